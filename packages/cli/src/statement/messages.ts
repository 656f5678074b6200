/**
 * Interface text of the statement site, in en-GB and Welsh (cy). Phrases the
 * web elements also show (notice section headings, verdicts, consent models,
 * the pledge's disclaimer, the guidance's source lines) use the elements' own
 * wording, so a person reads the same words on the site and in the product.
 *
 * Look-up: the exact tag, then the language, then en-GB; the result says which
 * locale it is in, so the page can set `lang` truthfully.
 */

const EN = {
  'site.title': 'AI transparency statement: {product}',
  'site.chooseLanguage': 'Choose a language',
  'site.skip': 'Skip to main content',
  'site.nav': 'Statement sections',
  'site.language': 'Language',
  'site.overview': 'Overview',
  'site.features': 'AI features',
  'site.framework': 'Guidance coverage',
  'site.updated': 'This statement was last updated on {date}.',
  'site.madeWith': 'Made with Candour {version} from the candour.json file that {supplier} publishes.',
  'site.englishOnly': 'Some text on this page is only available in English.',
  'site.breadcrumb': 'You are here',
  'site.onThisPage': 'On this page',

  'index.intro': '{supplier} uses AI in {product}. These pages say where it is used, what it does, who checks it, and what you can choose.',
  'index.product': 'About {product}',
  'index.version': 'Version {version}.',
  'index.productSite': 'Read more about {product}',
  'index.features': 'Where {product} uses AI',
  'index.featuresIntro': 'Each AI feature has its own page, with an explanation for each group of people who meet it.',
  'index.easyRead': 'Easy Read explanation of {feature}',
  'index.supplier': 'Who makes it',
  'index.company': 'Company number {number}.',
  'index.supplierSite': 'Website of {supplier}',
  'index.contacts': 'How to contact {supplier}',
  'index.more': 'More about how {supplier} uses AI',
  'index.pledgeLink': 'How {supplier} meets the Technology Suppliers\u2019 Pledge',
  'index.frameworkLink': 'Which parts of the co-produced guidance on AI in social care {product} addresses',

  'contact.general': 'General questions',
  'contact.dataProtection': 'Data protection',
  'contact.aiConcerns': 'Concerns about AI',
  'contact.clinicalSafety': 'Clinical safety',
  'contact.email': 'Email',
  'contact.phone': 'Phone',
  'contact.website': 'Website',
  'contact.post': 'Post',

  'feature.atAGlance': 'At a glance',
  'feature.involvement': 'How AI is involved',
  'feature.review': 'Checked by a person',
  'feature.version': 'Feature version',
  'feature.noticeVersion': 'Explanation version',
  'feature.easyReadLink': 'Read the Easy Read explanation of {feature}',
  'feature.audiences': 'Explanations for each group of people',
  'feature.person': 'For people who draw on care and support',
  'feature.representative': 'For family, attorneys, deputies and advocates',
  'feature.worker': 'For care workers',
  'feature.provider': 'For care providers',
  'feature.sameAsPerson': 'Family, attorneys, deputies and advocates read the same explanation as the person: see above.',
  'feature.purposes': 'What it is used for, and your choice',
  'feature.lawfulBasis': 'Lawful basis under UK GDPR: {basis}.',
  'feature.article6': 'Article 6(1)({letter})',
  'feature.article9': 'Article 9(2)({letter})',
  'feature.consentNone': 'Nobody is asked, because:',
  'feature.perVisit': 'You can also say no for one visit only.',
  'feature.backToOverview': 'Back to the overview of {product}',
  'feature.fullVersion': 'Read the full explanation of {feature}',
  'feature.easyReadIntro': 'This is the Easy Read explanation.',
  'feature.pictureNote': 'A picture',

  'pledge.heading': 'Technology Suppliers\u2019 Pledge',
  'pledge.signed': '{supplier} signed the pledge on {date}.',
  'pledge.signedNoDate': '{supplier} has signed the pledge.',
  'pledge.notSigned': '{supplier} has not signed the pledge.',
  'pledge.publicStatement': 'Read {supplier}\u2019s public statement on the pledge',
  'pledge.disclaimer':
    'The pledge is voluntary and is not a formal accreditation. This is {supplier}\u2019s own assessment, not an independent one: the verdicts are Candour\u2019s reading of what {supplier} discloses in its candour.json file, using Candour\u2019s own mapping from each commitment to that disclosure. Nobody else has checked them.',
  'pledge.englishOnly': 'The commitment headings are the pledge\u2019s own words, which are published in English only.',
  'pledge.summary': 'Commitments at a glance',
  'pledge.verdict': 'Verdict',
  'pledge.verdict.evidenced': 'Evidenced',
  'pledge.verdict.partial': 'Partly evidenced',
  'pledge.verdict.no-evidence': 'No evidence yet',
  'pledge.count': 'Number of commitments',
  'pledge.supplierStatement': 'In {supplier}\u2019s words',
  'pledge.readEvidence': 'Read {supplier}\u2019s evidence for commitment {id}',
  'pledge.evidence': 'What shows it',
  'pledge.noFields': 'Candour\u2019s mapping links no part of the description to this commitment.',
  'pledge.features': '{count} of {total} features',
  'pledge.featuresOne': '{count} of 1 feature',
  'pledge.filled': 'Filled in',
  'pledge.notFilled': 'Not filled in',
  'pledge.missingIn': 'Not filled in yet for {features}.',
  'pledge.claimedBy': 'AI features that name this commitment: {features}.',
  'pledge.basis': 'The verdicts come from {basis}.',
  'pledge.source': 'The pledge: {link}',

  'framework.intro':
    'The Oxford Project on the Responsible Use of Generative AI in Social Care co-produced guidance written as \u201cI\u201d and \u201cWe\u201d statements, for each group of people. Below are the statements, in the guidance\u2019s own words, and the AI features of {product} that {supplier} says address each one.',
  'framework.claims': 'These are {supplier}\u2019s own claims. Candour says how far the rest of the candour.json file backs each one up; nobody else has checked them.',
  'framework.quoted': 'Quoted from {guidance}.',
  'framework.englishOnly': 'These statements are published in English only.',
  'framework.domainLabel': 'Candour\u2019s name for this area; the guidance\u2019s own title is not confirmed.',
  'framework.missing': 'The text of these statements is not available yet.',
  'framework.someMissing': 'The text of the other statements in this area is not available yet.',
  'framework.missingWhere': 'The full guidance is at {link}.',
  'framework.sourceUrl': 'Source: {link}',
  'framework.sourceSeed': 'Source: a working copy of the guidance, citing {link} (not yet checked against it)',
  'framework.sourceSeedNoLink': 'Source: a working copy of the guidance (not yet checked against the published text)',
  'framework.partial': 'Shortened quotation',
  'framework.paraphrase': 'Candour\u2019s summary, not the guidance\u2019s own words',
  'framework.addressedBy': 'AI features here that address it:',
  'framework.notAddressed': 'No AI feature here says it addresses this.',
  'framework.support.supported': 'backed by its description',
  'framework.support.partly-supported': 'partly backed by its description',
  'framework.support.claimed-only': 'claimed only',
  'framework.summary': '{addressed} of {total} statements whose words are available are addressed by at least one AI feature.',

  'involvement.generated': 'AI generated',
  'involvement.assisted': 'AI assisted',
  'involvement.automated-decision': 'Automated decision',
  'involvement.conversational': 'AI chatbot',
  'review.before-use': 'Checked by a person',
  'review.after-use': 'Checked by a person after use',
  'review.sampled': 'Some answers checked by a person',
  'review.none': 'Not checked by a person',

  'notice.heading': 'How {feature} uses AI',
  'notice.summary': 'In short',
  'notice.whatItDoes': 'What it does',
  'notice.why': 'Why it is used',
  'notice.dataUsed': 'What information it uses',
  'notice.whoChecks': 'Who checks it',
  'notice.limits': 'What it can get wrong',
  'notice.yourChoices': 'Your choices',
  'notice.contact': 'Who to ask',
  'notice.concerns': 'How to raise a concern',
  'notice.alternative': 'Getting help without AI',
  'notice.easyRead': 'Easy Read',

  'kind.direct-care': 'For your care',
  'kind.care-administration': 'To organise your care',
  'kind.staff-support': 'To help the staff who support you',
  'kind.service-improvement': 'To improve the service',
  'kind.model-training': 'To improve the AI',
  'kind.research': 'For research',
  'kind.communication': 'To keep in touch',
  'consent.explicit': 'We would like to use AI for this. We will only do so if you say yes. You can change your mind at any time.',
  'consent.object': 'AI will be used for this unless you object. You can object at any time.',
  'consent.ifObjecting': 'If you object:',

  'date.months': 'January|February|March|April|May|June|July|August|September|October|November|December',
  'date.format': '{day} {month} {year}',
} as const;

export type MessageKey = keyof typeof EN;

const CY: Partial<Record<MessageKey, string>> = {
  'site.title': 'Datganiad tryloywder AI: {product}',
  'site.chooseLanguage': 'Dewiswch iaith',
  'site.skip': 'Neidio i\u2019r prif gynnwys',
  'site.nav': 'Adrannau\u2019r datganiad',
  'site.language': 'Iaith',
  'site.overview': 'Trosolwg',
  'site.features': 'Nodweddion AI',
  'site.framework': 'Cwmpas y canllawiau',
  'site.updated': 'Diweddarwyd y datganiad hwn ddiwethaf ar {date}.',
  'site.madeWith': 'Gwnaed gyda Candour {version} o\u2019r ffeil candour.json y mae {supplier} yn ei chyhoeddi.',
  'site.englishOnly': 'Mae rhywfaint o\u2019r testun ar y dudalen hon ar gael yn Saesneg yn unig.',
  'site.breadcrumb': 'Rydych chi yma',
  'site.onThisPage': 'Ar y dudalen hon',

  'index.intro': 'Mae {supplier} yn defnyddio AI yn {product}. Mae\u2019r tudalennau hyn yn dweud ble mae\u2019n cael ei ddefnyddio, beth mae\u2019n ei wneud, pwy sy\u2019n ei wirio, a beth allwch chi ei ddewis.',
  'index.product': 'Am {product}',
  'index.version': 'Fersiwn {version}.',
  'index.productSite': 'Darllen mwy am {product}',
  'index.features': 'Ble mae {product} yn defnyddio AI',
  'index.featuresIntro': 'Mae gan bob nodwedd AI ei thudalen ei hun, gydag esboniad ar gyfer pob gr\u0175p o bobl sy\u2019n dod ar ei thraws.',
  'index.easyRead': 'Esboniad Hawdd ei Ddeall o {feature}',
  'index.supplier': 'Pwy sy\u2019n ei wneud',
  'index.company': 'Rhif cwmni {number}.',
  'index.supplierSite': 'Gwefan {supplier}',
  'index.contacts': 'Sut i gysylltu \u00e2 {supplier}',
  'index.more': 'Mwy am sut mae {supplier} yn defnyddio AI',
  'index.pledgeLink': 'Sut mae {supplier} yn bodloni Addewid y Cyflenwyr Technoleg',
  'index.frameworkLink': 'Pa rannau o\u2019r canllawiau a gyd-gynhyrchwyd ar AI mewn gofal cymdeithasol y mae {product} yn mynd i\u2019r afael \u00e2 nhw',

  'contact.general': 'Cwestiynau cyffredinol',
  'contact.dataProtection': 'Diogelu data',
  'contact.aiConcerns': 'Pryderon am AI',
  'contact.clinicalSafety': 'Diogelwch clinigol',
  'contact.email': 'E-bost',
  'contact.phone': 'Ff\u00f4n',
  'contact.website': 'Gwefan',
  'contact.post': 'Post',

  'feature.atAGlance': 'Cipolwg',
  'feature.involvement': 'Sut mae AI yn rhan o hyn',
  'feature.review': 'Wedi\u2019i wirio gan berson',
  'feature.version': 'Fersiwn y nodwedd',
  'feature.noticeVersion': 'Fersiwn yr esboniad',
  'feature.easyReadLink': 'Darllen yr esboniad Hawdd ei Ddeall o {feature}',
  'feature.audiences': 'Esboniadau ar gyfer pob gr\u0175p o bobl',
  'feature.person': 'I bobl sy\u2019n derbyn gofal a chymorth',
  'feature.representative': 'I deuluoedd, atwrneiod, dirprwyon ac eiriolwyr',
  'feature.worker': 'I weithwyr gofal',
  'feature.provider': 'I ddarparwyr gofal',
  'feature.sameAsPerson': 'Mae teuluoedd, atwrneiod, dirprwyon ac eiriolwyr yn darllen yr un esboniad \u00e2\u2019r person: gweler uchod.',
  'feature.purposes': 'At beth mae\u2019n cael ei ddefnyddio, a\u2019ch dewis',
  'feature.lawfulBasis': 'Sail gyfreithlon o dan GDPR y DU: {basis}.',
  'feature.article6': 'Erthygl 6(1)({letter})',
  'feature.article9': 'Erthygl 9(2)({letter})',
  'feature.consentNone': 'Nid oes neb yn cael ei holi, oherwydd:',
  'feature.perVisit': 'Gallwch hefyd ddweud na ar gyfer un ymweliad yn unig.',
  'feature.backToOverview': 'Yn \u00f4l i drosolwg {product}',
  'feature.fullVersion': 'Darllen yr esboniad llawn o {feature}',
  'feature.easyReadIntro': 'Dyma\u2019r esboniad Hawdd ei Ddeall.',
  'feature.pictureNote': 'Llun',

  'pledge.heading': 'Addewid y Cyflenwyr Technoleg',
  'pledge.signed': 'Llofnododd {supplier} yr addewid ar {date}.',
  'pledge.signedNoDate': 'Mae {supplier} wedi llofnodi\u2019r addewid.',
  'pledge.notSigned': 'Nid yw {supplier} wedi llofnodi\u2019r addewid.',
  'pledge.publicStatement': 'Darllen datganiad cyhoeddus {supplier} am yr addewid',
  'pledge.disclaimer':
    'Mae\u2019r addewid yn wirfoddol ac nid yw\u2019n achrediad ffurfiol. Asesiad {supplier} ei hun yw hwn, nid un annibynnol: darlleniad Candour o\u2019r hyn y mae {supplier} yn ei ddatgelu yn ei ffeil candour.json yw\u2019r dyfarniadau, gan ddefnyddio mapio Candour ei hun o bob ymrwymiad i\u2019r datgeliad hwnnw. Nid oes neb arall wedi eu gwirio.',
  'pledge.englishOnly': 'Geiriau\u2019r addewid ei hun yw penawdau\u2019r ymrwymiadau, ac maen nhw wedi\u2019u cyhoeddi yn Saesneg yn unig.',
  'pledge.summary': 'Yr ymrwymiadau yn gryno',
  'pledge.verdict': 'Dyfarniad',
  'pledge.verdict.evidenced': 'Wedi\u2019i dystiolaethu',
  'pledge.verdict.partial': 'Wedi\u2019i dystiolaethu\u2019n rhannol',
  'pledge.verdict.no-evidence': 'Dim tystiolaeth eto',
  'pledge.count': 'Nifer yr ymrwymiadau',
  'pledge.supplierStatement': 'Yng ngeiriau {supplier}',
  'pledge.readEvidence': 'Darllen tystiolaeth {supplier} ar gyfer ymrwymiad {id}',
  'pledge.evidence': 'Beth sy\u2019n ei ddangos',
  'pledge.noFields': 'Nid yw mapio Candour yn cysylltu unrhyw ran o\u2019r disgrifiad \u00e2\u2019r ymrwymiad hwn.',
  'pledge.features': '{count} o {total} nodwedd',
  'pledge.featuresOne': '{count} o 1 nodwedd',
  'pledge.filled': 'Wedi\u2019i lenwi',
  'pledge.notFilled': 'Heb ei lenwi',
  'pledge.missingIn': 'Heb ei lenwi eto ar gyfer {features}.',
  'pledge.claimedBy': 'Nodweddion AI sy\u2019n enwi\u2019r ymrwymiad hwn: {features}.',
  'pledge.basis': 'Daw\u2019r dyfarniadau o {basis}.',
  'pledge.source': 'Yr addewid: {link}',

  'framework.intro':
    'Cyd-gynhyrchodd Prosiect Rhydychen ar Ddefnydd Cyfrifol o AI Cynhyrchiol mewn Gofal Cymdeithasol ganllawiau wedi\u2019u hysgrifennu fel datganiadau \u201cRwyf\u201d a \u201cRydym\u201d, ar gyfer pob gr\u0175p o bobl. Isod mae\u2019r datganiadau, yng ngeiriau\u2019r canllawiau eu hunain, a\u2019r nodweddion AI yn {product} y mae {supplier} yn dweud eu bod yn mynd i\u2019r afael \u00e2 phob un.',
  'framework.claims': 'Honiadau {supplier} ei hun yw\u2019r rhain. Mae Candour yn dweud i ba raddau y mae gweddill y ffeil candour.json yn ategu pob un; nid oes neb arall wedi eu gwirio.',
  'framework.quoted': 'Wedi\u2019u dyfynnu o {guidance}.',
  'framework.englishOnly': 'Mae\u2019r datganiadau hyn wedi\u2019u cyhoeddi yn Saesneg yn unig.',
  'framework.domainLabel': 'Enw Candour ar y maes hwn; nid yw teitl y canllawiau ei hun wedi\u2019i gadarnhau.',
  'framework.missing': 'Nid yw testun y datganiadau hyn ar gael eto.',
  'framework.someMissing': 'Nid yw testun datganiadau eraill y maes hwn ar gael eto.',
  'framework.missingWhere': 'Mae\u2019r canllawiau llawn yn {link}.',
  'framework.sourceUrl': 'Ffynhonnell: {link}',
  'framework.sourceSeed': 'Ffynhonnell: copi gwaith o\u2019r canllawiau, sy\u2019n cyfeirio at {link} (heb ei wirio yn ei erbyn eto)',
  'framework.sourceSeedNoLink': 'Ffynhonnell: copi gwaith o\u2019r canllawiau (heb ei wirio eto yn erbyn y testun a gyhoeddwyd)',
  'framework.partial': 'Dyfyniad wedi\u2019i fyrhau',
  'framework.paraphrase': 'Crynodeb Candour, nid geiriau\u2019r canllawiau eu hunain',
  'framework.addressedBy': 'Nodweddion AI yma sy\u2019n mynd i\u2019r afael ag ef:',
  'framework.notAddressed': 'Nid oes unrhyw nodwedd AI yma yn dweud ei bod yn mynd i\u2019r afael \u00e2 hyn.',
  'framework.support.supported': 'wedi\u2019i ategu gan ei disgrifiad',
  'framework.support.partly-supported': 'wedi\u2019i ategu\u2019n rhannol gan ei disgrifiad',
  'framework.support.claimed-only': 'honiad yn unig',
  'framework.summary': 'Mae o leiaf un nodwedd AI yn mynd i\u2019r afael \u00e2 {addressed} o\u2019r {total} datganiad y mae eu geiriau ar gael.',

  'involvement.generated': 'Wedi\u2019i greu gan AI',
  'involvement.assisted': 'Gyda chymorth AI',
  'involvement.automated-decision': 'Penderfyniad awtomataidd',
  'involvement.conversational': 'Sgwrsfot AI',
  'review.before-use': 'Wedi\u2019i wirio gan berson',
  'review.after-use': 'Wedi\u2019i wirio gan berson ar \u00f4l ei ddefnyddio',
  'review.sampled': 'Rhai atebion wedi\u2019u gwirio gan berson',
  'review.none': 'Heb ei wirio gan berson',

  'notice.heading': 'Sut mae {feature} yn defnyddio AI',
  'notice.summary': 'Yn fyr',
  'notice.whatItDoes': 'Beth mae\u2019n ei wneud',
  'notice.why': 'Pam mae\u2019n cael ei ddefnyddio',
  'notice.dataUsed': 'Pa wybodaeth mae\u2019n ei defnyddio',
  'notice.whoChecks': 'Pwy sy\u2019n ei wirio',
  'notice.limits': 'Beth all fynd o chwith',
  'notice.yourChoices': 'Eich dewisiadau',
  'notice.contact': 'Pwy i\u2019w holi',
  'notice.concerns': 'Sut i godi pryder',
  'notice.alternative': 'Cael help heb AI',
  'notice.easyRead': 'Hawdd ei Ddeall',

  'kind.direct-care': 'Ar gyfer eich gofal',
  'kind.care-administration': 'I drefnu eich gofal',
  'kind.staff-support': 'I helpu\u2019r staff sy\u2019n eich cefnogi',
  'kind.service-improvement': 'I wella\u2019r gwasanaeth',
  'kind.model-training': 'I wella\u2019r AI',
  'kind.research': 'Ar gyfer ymchwil',
  'kind.communication': 'I gadw mewn cysylltiad',
  'consent.explicit': 'Hoffem ddefnyddio AI ar gyfer hyn. Byddwn ond yn gwneud hynny os byddwch yn dweud ie. Gallwch newid eich meddwl unrhyw bryd.',
  'consent.object': 'Bydd AI yn cael ei ddefnyddio ar gyfer hyn oni bai eich bod yn gwrthwynebu. Gallwch wrthwynebu unrhyw bryd.',
  'consent.ifObjecting': 'Os byddwch yn gwrthwynebu:',

  'date.months': 'Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr',
  'date.format': '{day} {month} {year}',
};

const CATALOGS: Readonly<Record<string, Partial<Record<MessageKey, string>>>> = { 'en-GB': EN, cy: CY };

/** The locales the site's own words are written in. */
export const UI_LOCALES: readonly string[] = Object.keys(CATALOGS);

/** A phrase and the locale it is really in. */
export interface Phrase {
  text: string;
  lang: string;
}

/** The phrase for a key in the best locale: the exact tag, then its language, then en-GB. */
export function phrase(locale: string, key: MessageKey): Phrase {
  const language = locale.split('-')[0]!.toLowerCase();
  const tags = [locale, ...Object.keys(CATALOGS).filter((t) => t !== locale && t.split('-')[0]!.toLowerCase() === language)];
  for (const tag of tags) {
    const text = CATALOGS[tag]?.[key];
    if (text !== undefined) return { text, lang: tag };
  }
  return { text: EN[key], lang: 'en-GB' };
}

/** The language the site's own words are in for a locale (for `<html lang>`). */
export function uiLocale(locale: string): string {
  return phrase(locale, 'site.title').lang;
}

/** Autonyms for the language switcher; other tags fall back to `Intl.DisplayNames`, then to the tag. */
const AUTONYMS: Readonly<Record<string, string>> = {
  en: 'English',
  cy: 'Cymraeg',
  gd: 'G\u00e0idhlig',
  ga: 'Gaeilge',
  pl: 'Polski',
  ro: 'Rom\u00e2n\u0103',
  pa: '\u0a2a\u0a70\u0a1c\u0a3e\u0a2c\u0a40',
  ur: '\u0627\u0631\u062f\u0648',
  bn: '\u09ac\u09be\u0982\u09b2\u09be',
  gu: '\u0a97\u0ac1\u0a9c\u0ab0\u0abe\u0aa4\u0ac0',
  ar: '\u0627\u0644\u0639\u0631\u0628\u064a\u0629',
  so: 'Soomaali',
  pt: 'Portugu\u00eas',
  es: 'Espa\u00f1ol',
  fr: 'Fran\u00e7ais',
  uk: '\u0423\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430',
  zh: '\u4e2d\u6587',
};

/** The name of a locale's language, in that language. */
export function languageName(locale: string): string {
  const language = locale.split('-')[0]!.toLowerCase();
  const known = AUTONYMS[language];
  if (known) return known;
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(language);
    if (name && name !== language) return name;
  } catch {
    // an engine without display names: the tag will do
  }
  return locale;
}
