/**
 * Interface text of candour-statements, in en-GB and Welsh (cy). The
 * statements and their column and row headings are not here: they are the
 * guidance's own words, from the pack, and exist only in English.
 */
export const statementsMessages = {
  'en-GB': {
    'statements.heading': '{perspective}',
    'statements.intro': 'Quoted from {guidance}.',
    'statements.englishOnly': 'These statements are published in English only.',
    'statements.domainLabel': 'Candour\u2019s name for this area; the guidance\u2019s own title is not confirmed.',
    'statements.missing': 'The text of these statements is not available yet.',
    'statements.someMissing': 'The text of the other statements in this area is not available yet.',
    'statements.missingWhere': 'The full guidance is at {link}.',
    'statements.sourceUrl': 'Source: {link}',
    'statements.sourceSeed': 'Source: a working copy of the guidance, citing {link} (not yet checked against it)',
    'statements.sourceSeedNoLink': 'Source: a working copy of the guidance (not yet checked against the published text)',
    'statements.partial': 'Shortened quotation',
    'statements.paraphrase': 'Candour\u2019s summary, not the guidance\u2019s own words',
    'statements.addressedBy': 'AI features here that address it: {features}',
    'statements.notAddressed': 'No AI feature here says it addresses this.',
    'statements.fallbackHeading': 'Guidance statements',
    'statements.unavailable': 'These guidance statements could not be shown.',
  },
  cy: {
    'statements.heading': 'Datganiadau\u2019r canllawiau: {perspective}',
    'statements.intro': 'Wedi\u2019u dyfynnu o {guidance}.',
    'statements.englishOnly': 'Mae\u2019r datganiadau hyn wedi\u2019u cyhoeddi yn Saesneg yn unig.',
    'statements.domainLabel': 'Enw Candour ar y maes hwn; nid yw teitl y canllawiau ei hun wedi\u2019i gadarnhau.',
    'statements.missing': 'Nid yw testun y datganiadau hyn ar gael eto.',
    'statements.someMissing': 'Nid yw testun datganiadau eraill y maes hwn ar gael eto.',
    'statements.missingWhere': 'Mae\u2019r canllawiau llawn yn {link}.',
    'statements.sourceUrl': 'Ffynhonnell: {link}',
    'statements.sourceSeed': 'Ffynhonnell: copi gwaith o\u2019r canllawiau, sy\u2019n cyfeirio at {link} (heb ei wirio yn ei erbyn eto)',
    'statements.sourceSeedNoLink': 'Ffynhonnell: copi gwaith o\u2019r canllawiau (heb ei wirio eto yn erbyn y testun a gyhoeddwyd)',
    'statements.partial': 'Dyfyniad wedi\u2019i fyrhau',
    'statements.paraphrase': 'Crynodeb Candour, nid geiriau\u2019r canllawiau eu hunain',
    'statements.addressedBy': 'Nodweddion AI yma sy\u2019n mynd i\u2019r afael ag ef: {features}',
    'statements.notAddressed': 'Nid oes unrhyw nodwedd AI yma yn dweud ei bod yn mynd i\u2019r afael \u00e2 hyn.',
    'statements.fallbackHeading': 'Datganiadau\u2019r canllawiau',
    'statements.unavailable': 'Nid oedd modd dangos y datganiadau hyn o\u2019r canllawiau.',
  },
} as const;
