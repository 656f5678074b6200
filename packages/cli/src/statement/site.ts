/**
 * `buildStatementSite`: a valid manifest in, the files of a static AI
 * transparency statement out (path → content), nothing written. The same
 * manifest always gives the same files, byte for byte: no clock, no random
 * ids, and every list in the manifest's or the framework pack's order.
 *
 * Layout:
 *   index.html                    choose a language
 *   statement.css                 the one stylesheet
 *   <locale>/index.html           the product, the supplier, contacts, the AI features
 *   <locale>/feature-<id>.html    one AI feature: at a glance, an explanation per audience, purposes and choices
 *   <locale>/easy-read-<id>.html  the Easy Read explanation of one feature
 *   <locale>/pledge.html          the Technology Suppliers' Pledge, commitment by commitment
 *   <locale>/framework.html       the co-produced guidance's statements the features address
 */
import {
  assessPledge,
  BASE_LOCALE,
  frameworkCoverage,
  getDefaultRegistry,
  GUIDANCE_PACK_ID,
  noticeFor,
  noticeSectionKeys,
  type Audience,
  type CommitmentAssessment,
  type Contact,
  type EasyReadNotice,
  type Feature,
  type FrameworkItem,
  type FrameworkRegistry,
  type Manifest,
  type NoticeContent,
  type PledgeAssessment,
  type PledgeVerdict,
  type Purpose,
  type Source,
} from '@candour/core';
import {
  contactDetails,
  documentHead,
  escapeHtml as h,
  externalLink,
  inline,
  langAttr,
  longDate,
  name,
  page,
  paragraphs,
  pick,
  safeHref,
  shownUrl,
  STYLESHEET,
  STYLESHEET_TEXT,
  t,
  tPlain,
  titleText,
  type PageContext,
  type PageLink,
} from './html';
import { languageName, phrase, uiLocale } from './messages';

export interface StatementOptions {
  /** The Candour version, for the footer and `<meta name="generator">`. */
  version: string;
  /** Framework packs; defaults to the ones bundled with @candour/core. */
  registry?: FrameworkRegistry;
}

export interface StatementSite {
  /** Relative path (with `/`) → file content, in a stable order. */
  files: Map<string, string>;
  /** The locales the site has, base locale first. */
  locales: string[];
  /** Things the supplier should know (e.g. a picture that could not be used), one sentence each. */
  notes: string[];
}

const LOCALE_KEY = /^[a-z]{2,3}(?:-[A-Z][a-z]{3})?(?:-(?:[A-Z]{2}|[0-9]{3}))?(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*$/;

/** Every locale any localised text of the manifest is written in: en-GB first, then in alphabetical order. */
export function manifestLocales(manifest: Manifest): string[] {
  const found = new Set<string>([BASE_LOCALE]);
  const walk = (value: unknown, depth: number): void => {
    if (depth > 64 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) walk(v, depth + 1);
      return;
    }
    const record = value as Record<string, unknown>;
    if (typeof record[BASE_LOCALE] === 'string') {
      for (const [k, v] of Object.entries(record)) if (typeof v === 'string' && LOCALE_KEY.test(k)) found.add(k);
      return;
    }
    for (const v of Object.values(record)) walk(v, depth + 1);
  };
  walk(manifest, 0);
  const rest = [...found].filter((l) => l !== BASE_LOCALE).sort();
  return [BASE_LOCALE, ...rest];
}

export const featureFile = (id: string): string => `feature-${id}.html`;
export const easyReadFile = (id: string): string => `easy-read-${id}.html`;

const VERDICT_MARK: Record<PledgeVerdict, string> = { evidenced: '\u2713', partial: '\u25d0', 'no-evidence': '\u2717' };

interface Shared {
  manifest: Manifest;
  pledge: PledgeAssessment;
  registry: FrameworkRegistry;
  options: StatementOptions;
  locales: string[];
  notes: string[];
}

function context(locale: string, locales: readonly string[]): PageContext {
  return { locale, ui: uiLocale(locale), locales, usedOtherLanguage: false };
}

function siteTitle(ctx: PageContext, m: Manifest): { plain: string; html: string } {
  return {
    plain: tPlain(ctx, 'site.title', { product: m.product.name }),
    html: t(ctx, 'site.title', { product: name(m.product.name) }),
  };
}

function navigation(ctx: PageContext): PageLink[] {
  return [
    { file: 'index.html', label: t(ctx, 'site.overview') },
    { file: 'pledge.html', label: t(ctx, 'pledge.heading') },
    { file: 'framework.html', label: t(ctx, 'site.framework') },
  ];
}

function footer(ctx: PageContext, s: Shared): string {
  return [
    `<p>${t(ctx, 'site.updated', { date: longDate(ctx, s.manifest.updated) })}</p>`,
    `<p>${t(ctx, 'site.madeWith', { version: h(s.options.version), supplier: name(s.manifest.supplier.name) })}</p>`,
  ].join('\n');
}

function render(ctx: PageContext, s: Shared, file: string, title: string, main: string, bodyClass?: string): string {
  const site = siteTitle(ctx, s.manifest);
  const foot = footer(ctx, s);
  return page({
    ctx,
    file,
    title,
    siteTitle: site.plain,
    siteName: site.html,
    nav: navigation(ctx),
    main,
    footer: foot,
    generator: `Candour ${s.options.version}`,
    ...(bodyClass ? { bodyClass } : {}),
  });
}

const CONTACT_KEYS = ['general', 'dataProtection', 'aiConcerns', 'clinicalSafety'] as const;

function contactList(ctx: PageContext, contacts: Partial<Record<(typeof CONTACT_KEYS)[number], Contact>>): string {
  const items = CONTACT_KEYS.flatMap((key) => {
    const c = contacts[key];
    return c ? [`<dt>${t(ctx, `contact.${key}`)}</dt><dd>${contactDetails(ctx, c)}</dd>`] : [];
  });
  return `<dl class="contacts">\n${items.join('\n')}\n</dl>`;
}

/* ------------------------------------------------------------------ index */

function indexPage(ctx: PageContext, s: Shared): string {
  const m = s.manifest;
  const product = name(m.product.name);
  const supplier = name(m.supplier.name);
  const parts: string[] = [];
  parts.push(`<h1>${t(ctx, 'site.title', { product })}</h1>`);
  parts.push(`<p class="lead">${t(ctx, 'index.intro', { supplier, product })}</p>`);

  parts.push(`<section aria-labelledby="features"><h2 id="features">${t(ctx, 'index.features', { product })}</h2>`);
  parts.push(`<p>${t(ctx, 'index.featuresIntro')}</p>`);
  parts.push('<ul class="features">');
  for (const f of m.features) {
    const fname = inline(ctx, f.name);
    const purposes = f.purposes.map((p) => `<li>${inline(ctx, p.description)}</li>`).join('');
    parts.push(
      [
        '<li>',
        `<h3><a href="${h(featureFile(f.id))}">${fname}</a></h3>`,
        f.purposes.length === 1 ? `<p dir="auto">${inline(ctx, f.purposes[0]!.description)}</p>` : `<ul>${purposes}</ul>`,
        `<p class="meta">${t(ctx, `involvement.${f.label.involvement}`)}; ${t(ctx, `review.${f.label.humanReview}`)}.</p>`,
        hasEasyRead(f) ? `<p><a href="${h(easyReadFile(f.id))}">${t(ctx, 'index.easyRead', { feature: fname })}</a></p>` : '',
        '</li>',
      ].join('\n'),
    );
  }
  parts.push('</ul></section>');

  parts.push(`<section aria-labelledby="more"><h2 id="more">${t(ctx, 'index.more', { supplier })}</h2><ul>`);
  parts.push(`<li><a href="pledge.html">${t(ctx, 'index.pledgeLink', { supplier })}</a></li>`);
  parts.push(`<li><a href="framework.html">${t(ctx, 'index.frameworkLink', { product })}</a></li>`);
  parts.push('</ul></section>');

  parts.push(`<section aria-labelledby="product"><h2 id="product">${t(ctx, 'index.product', { product })}</h2>`);
  parts.push(paragraphs(ctx, m.product.description));
  parts.push(`<p>${t(ctx, 'index.version', { version: name(m.product.version) })}</p>`);
  if (m.product.url && safeHref(m.product.url)) parts.push(`<p>${externalLink(t(ctx, 'index.productSite', { product }), m.product.url)}</p>`);
  parts.push('</section>');

  parts.push(`<section aria-labelledby="supplier"><h2 id="supplier">${t(ctx, 'index.supplier')}</h2>`);
  parts.push(`<p>${supplier}${m.supplier.companyNumber ? `. ${t(ctx, 'index.company', { number: name(m.supplier.companyNumber) })}` : '.'}</p>`);
  if (safeHref(m.supplier.website)) parts.push(`<p>${externalLink(t(ctx, 'index.supplierSite', { supplier }), m.supplier.website)}</p>`);
  parts.push(`<h3>${t(ctx, 'index.contacts', { supplier })}</h3>`);
  parts.push(contactList(ctx, m.supplier.contacts));
  parts.push('</section>');

  return render(ctx, s, 'index.html', tPlain(ctx, 'site.overview'), parts.join('\n'));
}

/* ---------------------------------------------------------------- feature */

function hasEasyRead(f: Feature): boolean {
  return Boolean(f.notice.person.easyRead);
}

function featureName(ctx: PageContext, f: Feature): { html: string; plain: string } {
  return { html: inline(ctx, f.name), plain: pick(ctx, f.name).text };
}

/** The notice's sections under headings of `level`; the contact section also lists the supplier's general and AI-concerns contacts. */
function noticeSections(ctx: PageContext, s: Shared, content: NoticeContent | EasyReadNotice, level: number, idPrefix: string, easyRead: boolean): string {
  const out: string[] = [];
  const pictures = easyRead ? (content as EasyReadNotice).pictures : undefined;
  for (const key of noticeSectionKeys) {
    const text = content[key];
    const id = `${idPrefix}-${key}`;
    let body = paragraphs(ctx, text);
    const picture = pictures?.[key];
    if (picture) {
      const src = /^https:\/\//i.test(picture.src) ? safeHref(picture.src) : undefined;
      if (src) {
        const alt = pick(ctx, picture.alt);
        body = `<div class="with-picture"><img src="${h(src)}" alt="${h(alt.text)}"${langAttr(ctx, alt.lang)}><div class="lines">${body}</div></div>`;
      }
    }
    if (key === 'contact') {
      const c = s.manifest.supplier.contacts;
      body += `\n${contactList(ctx, { general: c.general, ...(c.aiConcerns ? { aiConcerns: c.aiConcerns } : {}) })}`;
    }
    out.push(`<section class="section"><h${level} id="${h(id)}">${t(ctx, `notice.${key}`)}</h${level}>\n${body}\n</section>`);
  }
  return out.join('\n');
}

function lawfulBasis(ctx: PageContext, p: Purpose): string {
  const parts = [t(ctx, 'feature.article6', { letter: h(p.lawfulBasis.article6) })];
  if (p.lawfulBasis.article9) parts.push(t(ctx, 'feature.article9', { letter: h(p.lawfulBasis.article9) }));
  const note = p.lawfulBasis.note ? `\n${paragraphs(ctx, p.lawfulBasis.note, 'meta')}` : '';
  return `<p class="meta">${t(ctx, 'feature.lawfulBasis', { basis: parts.join(', ') })}</p>${note}`;
}

function purposeSection(ctx: PageContext, p: Purpose, index: number): string {
  const id = `purpose-${index + 1}`;
  const out: string[] = [`<section class="purpose"><h3 id="${id}">${t(ctx, `kind.${p.kind}`)}</h3>`];
  out.push(paragraphs(ctx, p.description));
  const consent = p.consent;
  if (consent.model === 'explicit-consent') {
    out.push(`<p>${t(ctx, 'consent.explicit')}</p>`);
    if (consent.perVisit) out.push(`<p>${t(ctx, 'feature.perVisit')}</p>`);
  } else if (consent.model === 'inform-and-object') {
    out.push(`<p>${t(ctx, 'consent.object')}</p>`);
    out.push(`<p><strong>${t(ctx, 'consent.ifObjecting')}</strong></p>`);
    out.push(paragraphs(ctx, consent.ifObjecting));
    if (consent.perVisit) out.push(`<p>${t(ctx, 'feature.perVisit')}</p>`);
  } else {
    out.push(`<p><strong>${t(ctx, 'feature.consentNone')}</strong></p>`);
    out.push(paragraphs(ctx, consent.reason));
  }
  out.push(lawfulBasis(ctx, p));
  out.push('</section>');
  return out.join('\n');
}

const AUDIENCES: readonly Audience[] = ['person', 'representative', 'worker', 'provider'];

function featurePage(ctx: PageContext, s: Shared, f: Feature): string {
  const fname = featureName(ctx, f);
  const heading = t(ctx, 'notice.heading', { feature: fname.html });
  const parts: string[] = [`<h1>${heading}</h1>`];
  if (hasEasyRead(f)) parts.push(`<p><a href="${h(easyReadFile(f.id))}">${t(ctx, 'feature.easyReadLink', { feature: fname.html })}</a></p>`);

  parts.push(`<section aria-labelledby="glance"><h2 id="glance">${t(ctx, 'feature.atAGlance')}</h2>`);
  parts.push(paragraphs(ctx, f.label.short, 'lead'));
  parts.push('<dl class="glance">');
  parts.push(`<dt>${t(ctx, 'feature.involvement')}</dt><dd>${t(ctx, `involvement.${f.label.involvement}`)}</dd>`);
  parts.push(`<dt>${t(ctx, 'feature.review')}</dt><dd>${t(ctx, `review.${f.label.humanReview}`)}</dd>`);
  parts.push(`<dt>${t(ctx, 'feature.version')}</dt><dd>${name(f.version)}</dd>`);
  if (f.noticeVersion) parts.push(`<dt>${t(ctx, 'feature.noticeVersion')}</dt><dd>${name(f.noticeVersion)}</dd>`);
  parts.push('</dl></section>');

  const shown = AUDIENCES.filter((a) => a !== 'representative' || f.notice.representative);
  const toc = [...AUDIENCES.filter((a) => shown.includes(a)).map((a) => ({ id: a, label: t(ctx, `feature.${a}`) })), { id: 'purposes', label: t(ctx, 'feature.purposes') }];
  parts.push(
    `<nav class="toc" aria-labelledby="toc"><h2 id="toc">${t(ctx, 'site.onThisPage')}</h2><ul>${toc.map((x) => `<li><a href="#${x.id}">${x.label}</a></li>`).join('')}</ul></nav>`,
  );

  for (const audience of AUDIENCES) {
    if (audience === 'representative' && !f.notice.representative) {
      continue;
    }
    const notice = noticeFor(f, audience, 'standard');
    parts.push(`<section class="audience" id="${audience}" aria-labelledby="${audience}-heading"><h2 id="${audience}-heading">${t(ctx, `feature.${audience}`)}</h2>`);
    parts.push(noticeSections(ctx, s, notice.content, 3, audience, false));
    if (audience === 'person' && !f.notice.representative) parts.push(`<p class="note">${t(ctx, 'feature.sameAsPerson')}</p>`);
    parts.push('</section>');
  }

  parts.push(`<section class="audience" id="purposes" aria-labelledby="purposes-heading"><h2 id="purposes-heading">${t(ctx, 'feature.purposes')}</h2>`);
  f.purposes.forEach((p, i) => parts.push(purposeSection(ctx, p, i)));
  parts.push('</section>');
  parts.push(`<p><a href="index.html">${t(ctx, 'feature.backToOverview', { product: name(s.manifest.product.name) })}</a></p>`);
  return render(ctx, s, featureFile(f.id), tPlain(ctx, 'notice.heading', { feature: fname.plain }), parts.join('\n'));
}

function easyReadPage(ctx: PageContext, s: Shared, f: Feature): string {
  const fname = featureName(ctx, f);
  const notice = noticeFor(f, 'person', 'easy-read');
  const parts: string[] = [`<h1>${t(ctx, 'notice.heading', { feature: fname.html })}: ${t(ctx, 'notice.easyRead')}</h1>`];
  parts.push(`<p>${t(ctx, 'feature.easyReadIntro')}</p>`);
  parts.push(`<p><a href="${h(featureFile(f.id))}">${t(ctx, 'feature.fullVersion', { feature: fname.html })}</a></p>`);
  parts.push(noticeSections(ctx, s, notice.content, 2, 'er', true));
  const title = `${tPlain(ctx, 'notice.heading', { feature: fname.plain })}: ${tPlain(ctx, 'notice.easyRead')}`;
  return render(ctx, s, easyReadFile(f.id), title, parts.join('\n'), 'easy-read');
}

/* ----------------------------------------------------------------- pledge */

function featureLinks(ctx: PageContext, s: Shared, ids: readonly string[]): string {
  return ids
    .map((id) => {
      const f = s.manifest.features.find((x) => x.id === id);
      return f ? `<a href="${h(featureFile(f.id))}">${inline(ctx, f.name)}</a>` : `<code>${h(id)}</code>`;
    })
    .join(', ');
}

function englishAttr(ctx: PageContext): string {
  return langAttr(ctx, 'en-GB');
}

function commitmentItem(ctx: PageContext, s: Shared, c: CommitmentAssessment, depth: number): string {
  const level = 2 + depth;
  const id = `commitment-${c.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const supplier = name(s.manifest.supplier.name);
  const out: string[] = [`<li><article aria-labelledby="${h(id)}">`];
  out.push(`<h${level} id="${h(id)}">${h(c.id)}. <span${englishAttr(ctx)}>${h(c.title)}</span></h${level}>`);
  out.push(
    `<p class="verdict ${c.verdict}">${t(ctx, 'pledge.verdict')}: <span aria-hidden="true">${VERDICT_MARK[c.verdict]} </span>${t(ctx, `pledge.verdict.${c.verdict}`)}</p>`,
  );
  if (c.supplierStatement) {
    out.push(`<p>${t(ctx, 'pledge.supplierStatement', { supplier })}:</p>`);
    out.push(`<blockquote>${paragraphs(ctx, c.supplierStatement.evidence)}</blockquote>`);
    const url = c.supplierStatement.url;
    if (url && safeHref(url)) out.push(`<p>${externalLink(t(ctx, 'pledge.readEvidence', { supplier, id: h(c.id) }), url)}</p>`);
  }
  out.push(`<h${level + 1}>${t(ctx, 'pledge.evidence')}</h${level + 1}>`);
  if (c.evidence.length) {
    out.push('<ul class="evidence">');
    for (const e of c.evidence) {
      const state: PledgeVerdict = e.complete ? 'evidenced' : e.any ? 'partial' : 'no-evidence';
      const total = e.presentIn.length + e.missingIn.length;
      const coverage =
        e.scope === 'manifest'
          ? t(ctx, e.complete ? 'pledge.filled' : 'pledge.notFilled')
          : t(ctx, total === 1 ? 'pledge.featuresOne' : 'pledge.features', { count: e.presentIn.length, total });
      const missing =
        e.scope === 'feature' && e.missingIn.length && e.presentIn.length ? ` ${t(ctx, 'pledge.missingIn', { features: featureLinks(ctx, s, e.missingIn) })}` : '';
      out.push(
        `<li><span${englishAttr(ctx)}>${h(e.why)}</span> (<code>${h(e.path)}</code>): <span class="fill ${state}"><span aria-hidden="true">${VERDICT_MARK[state]} </span>${coverage}</span>.${missing}</li>`,
      );
    }
    out.push('</ul>');
  } else {
    out.push(`<p>${t(ctx, 'pledge.noFields')}</p>`);
  }
  if (c.claimedBy.length) out.push(`<p>${t(ctx, 'pledge.claimedBy', { features: featureLinks(ctx, s, c.claimedBy) })}</p>`);
  const parts = depth === 0 ? s.pledge.commitments.filter((p) => p.parent === c.id && p !== c) : [];
  if (parts.length) {
    out.push(`<ol class="commitments">${parts.map((p) => commitmentItem(ctx, s, p, depth + 1)).join('\n')}</ol>`);
  }
  out.push('</article></li>');
  return out.join('\n');
}

function pledgePage(ctx: PageContext, s: Shared): string {
  const m = s.manifest;
  const a = s.pledge;
  const supplier = name(m.supplier.name);
  const parts: string[] = [`<h1>${t(ctx, 'pledge.heading')}</h1>`];
  const status = !a.signed ? 'pledge.notSigned' : a.signedOn ? 'pledge.signed' : 'pledge.signedNoDate';
  parts.push(`<p class="lead">${t(ctx, status, { supplier, date: a.signedOn ? longDate(ctx, a.signedOn) : '' })}</p>`);
  const statementUrl = m.supplier.pledge.publicStatementUrl;
  if (statementUrl && safeHref(statementUrl)) parts.push(`<p>${externalLink(t(ctx, 'pledge.publicStatement', { supplier }), statementUrl)}</p>`);
  parts.push(`<p class="disclaimer">${t(ctx, 'pledge.disclaimer', { supplier })}</p>`);
  const pack = s.registry.getFramework('tech-pledge');
  if (pack) {
    const title = `<cite${englishAttr(ctx)}>${h(pack.title)}</cite>`;
    parts.push(`<p>${t(ctx, 'pledge.source', { link: pack.url && safeHref(pack.url) ? externalLink(title, pack.url) : title })}</p>`);
  }
  if (ctx.ui.split('-')[0] !== 'en') parts.push(`<p class="note">${t(ctx, 'pledge.englishOnly')}</p>`);
  if (a.basis.length) {
    parts.push(`<p class="meta">${t(ctx, 'pledge.basis', { basis: `<span${englishAttr(ctx)}>${a.basis.map((b) => h(`${b.crosswalk} ${b.version}`)).join(', ')}</span>` })}</p>`);
  }
  parts.push(`<table class="summary"><caption>${t(ctx, 'pledge.summary')}</caption>`);
  parts.push(`<thead><tr><th scope="col">${t(ctx, 'pledge.verdict')}</th><th scope="col">${t(ctx, 'pledge.count')}</th></tr></thead><tbody>`);
  for (const v of ['evidenced', 'partial', 'no-evidence'] as const) {
    parts.push(`<tr><th scope="row" class="verdict ${v}"><span aria-hidden="true">${VERDICT_MARK[v]} </span>${t(ctx, `pledge.verdict.${v}`)}</th><td>${a.totals[v]}</td></tr>`);
  }
  parts.push('</tbody></table>');
  const ids = new Set(a.commitments.map((c) => c.id));
  const top = a.commitments.filter((c) => c.parent === undefined || !ids.has(c.parent) || c.parent === c.id);
  parts.push(`<ol class="commitments">${top.map((c) => commitmentItem(ctx, s, c, 0)).join('\n')}</ol>`);
  return render(ctx, s, 'pledge.html', tPlain(ctx, 'pledge.heading'), parts.join('\n'));
}

/* -------------------------------------------------------------- framework */

function sourceLine(ctx: PageContext, source: Source | undefined): string {
  if (!source) return '';
  if (source.kind === 'url') {
    const href = safeHref(source.url);
    const link = href ? `<a href="${h(href)}"${englishAttr(ctx)}>${h(shownUrl(href))}</a>` : h(source.url);
    return `<p class="source">${t(ctx, 'framework.sourceUrl', { link })}</p>`;
  }
  const href = source.cites ? safeHref(source.cites) : undefined;
  return href
    ? `<p class="source">${t(ctx, 'framework.sourceSeed', { link: `<a href="${h(href)}"${englishAttr(ctx)}>${h(shownUrl(href))}</a>` })}</p>`
    : `<p class="source">${t(ctx, 'framework.sourceSeedNoLink')}</p>`;
}

function frameworkPage(ctx: PageContext, s: Shared): string {
  const m = s.manifest;
  const registry = s.registry;
  const coverage = frameworkCoverage(m, { registry });
  const pack = registry.getFramework(GUIDANCE_PACK_ID);
  const supplier = name(m.supplier.name);
  const product = name(m.product.name);
  const parts: string[] = [`<h1>${t(ctx, 'site.framework')}</h1>`];
  parts.push(`<p class="lead">${t(ctx, 'framework.intro', { product, supplier })}</p>`);
  parts.push(`<p class="disclaimer">${t(ctx, 'framework.claims', { supplier })}</p>`);
  if (pack) {
    const title = `<cite${englishAttr(ctx)}>${h(pack.title)}</cite>`;
    const guidance = pack.url && safeHref(pack.url) ? externalLink(title, pack.url) : title;
    parts.push(`<p>${t(ctx, 'framework.quoted', { guidance })}${ctx.ui.split('-')[0] !== 'en' ? ` ${t(ctx, 'framework.englishOnly')}` : ''}</p>`);
  }
  const byId = new Map<string, FrameworkItem>(registry.statements({ pack: GUIDANCE_PACK_ID }).map((x) => [x.id, x]));
  let available = 0;
  let addressed = 0;
  for (const p of coverage.perspectives)
    for (const d of p.domains)
      for (const st of d.statements)
        if (st.status !== 'missing' && st.text !== undefined) {
          available++;
          if (st.addressedBy.length) addressed++;
        }
  parts.push(`<p>${t(ctx, 'framework.summary', { addressed, total: available })}</p>`);

  const perspectives = registry.items(GUIDANCE_PACK_ID, { type: 'perspective' });
  const domains = registry.items(GUIDANCE_PACK_ID, { type: 'domain' });
  coverage.perspectives.forEach((p, pi) => {
    const pid = `perspective-${pi + 1}`;
    const pItem = perspectives.find((x) => x.id === p.id);
    parts.push(`<section aria-labelledby="${pid}"><h2 id="${pid}"><span${englishAttr(ctx)}>${h(pItem?.title ?? p.title)}</span></h2>`);
    p.domains.forEach((d, di) => {
      const did = `${pid}-domain-${di + 1}`;
      const dItem = domains.find((x) => x.id === d.id);
      parts.push(`<section class="domain"><h3 id="${did}"><span${englishAttr(ctx)}>${h(dItem?.title ?? d.title)}</span></h3>`);
      if (dItem && (dItem.titleProvenance ?? dItem.provenance).status === 'paraphrase') parts.push(`<p class="note">${t(ctx, 'framework.domainLabel')}</p>`);
      const shown = d.statements.filter((st) => st.status !== 'missing' && st.text !== undefined);
      const missing = d.statements.filter((st) => st.status === 'missing' || st.text === undefined);
      if (shown.length) {
        parts.push('<ul class="statements">');
        for (const st of shown) {
          const item = byId.get(st.id);
          const prov = item?.provenance;
          const cite = prov?.source?.kind === 'url' ? safeHref(prov.source.url) : prov?.source?.cites ? safeHref(prov.source.cites) : undefined;
          const words = `<p${englishAttr(ctx)}>${h(st.text ?? '')}</p>`;
          const li: string[] = [`<li${st.addressedBy.length ? ' class="addressed"' : ''}>`];
          if (st.status === 'verbatim') li.push(`<blockquote${cite ? ` cite="${h(cite)}"` : ''}>${words}</blockquote>`);
          else li.push(`<div class="paraphrase">${words}</div><p class="note">${t(ctx, 'framework.paraphrase')}</p>`);
          if (prov?.partial) li.push(`<p class="note">${t(ctx, 'framework.partial')}</p>`);
          li.push(sourceLine(ctx, prov?.source));
          if (st.addressedBy.length) {
            li.push(`<p>${t(ctx, 'framework.addressedBy')}</p><ul>`);
            for (const by of st.addressedBy) li.push(`<li>${featureLinks(ctx, s, [by.feature])}: ${t(ctx, `framework.support.${by.support}`)}</li>`);
            li.push('</ul>');
          } else {
            li.push(`<p class="note">${t(ctx, 'framework.notAddressed')}</p>`);
          }
          li.push('</li>');
          parts.push(li.join('\n'));
        }
        parts.push('</ul>');
      }
      if (missing.length) {
        const where = missing
          .map((x) => byId.get(x.id)?.provenance.source)
          .map((src) => (src?.kind === 'url' ? safeHref(src.url) : undefined))
          .find((x): x is string => x !== undefined);
        parts.push(`<div class="missing"><p>${t(ctx, shown.length ? 'framework.someMissing' : 'framework.missing')}</p>`);
        if (where) parts.push(`<p>${t(ctx, 'framework.missingWhere', { link: `<a href="${h(where)}"${englishAttr(ctx)}>${h(shownUrl(where))}</a>` })}</p>`);
        parts.push('</div>');
      }
      parts.push('</section>');
    });
    parts.push('</section>');
  });
  return render(ctx, s, 'framework.html', tPlain(ctx, 'site.framework'), parts.join('\n'));
}

/* ------------------------------------------------------------------- root */

function rootPage(s: Shared): string {
  const m = s.manifest;
  const ctx = context(BASE_LOCALE, s.locales);
  const items = s.locales.map((l) => {
    const title = phrase(l, 'site.title');
    const [before = '', after = ''] = title.text.split('{product}');
    return `<li><a href="${h(l)}/index.html" hreflang="${h(l)}" lang="${h(l)}">${h(languageName(l))}</a>: <span lang="${h(title.lang)}">${h(before)}${name(m.product.name)}${h(after)}</span></li>`;
  });
  const headings = s.locales
    .map((l) => phrase(l, 'site.chooseLanguage'))
    .filter((p, i, all) => all.findIndex((q) => q.text === p.text) === i)
    .map((p) => `<span lang="${h(p.lang)}">${h(p.text)}</span>`)
    .join(' / ');
  const head = documentHead({ lang: ctx.ui, generator: `Candour ${s.options.version}`, title: titleText(tPlain(ctx, 'site.title', { product: m.product.name })), stylesheet: STYLESHEET });
  return `${head}
<body>
<main id="main">
<div class="wrap">
<h1>${t(ctx, 'site.title', { product: name(m.product.name) })}</h1>
<nav aria-labelledby="choose"><h2 id="choose">${headings}</h2>
<ul>
${items.join('\n')}
</ul>
</nav>
</div>
</main>
<footer class="site-footer"><div class="wrap">${footer(ctx, s)}</div></footer>
</body>
</html>
`;
}

/* ------------------------------------------------------------------ build */

export function buildStatementSite(manifest: Manifest, options: StatementOptions): StatementSite {
  const registry = options.registry ?? getDefaultRegistry();
  const locales = manifestLocales(manifest);
  const shared: Shared = { manifest, pledge: assessPledge(manifest, { registry }), registry, options, locales, notes: [] };
  const files = new Map<string, string>();
  files.set('index.html', rootPage(shared));
  files.set(STYLESHEET, STYLESHEET_TEXT);
  for (const locale of locales) {
    const at = (file: string): string => `${locale}/${file}`;
    files.set(at('index.html'), indexPage(context(locale, locales), shared));
    for (const f of manifest.features) {
      files.set(at(featureFile(f.id)), featurePage(context(locale, locales), shared, f));
      if (hasEasyRead(f)) files.set(at(easyReadFile(f.id)), easyReadPage(context(locale, locales), shared, f));
    }
    files.set(at('pledge.html'), pledgePage(context(locale, locales), shared));
    files.set(at('framework.html'), frameworkPage(context(locale, locales), shared));
  }
  for (const f of manifest.features) {
    const pictures = f.notice.person.easyRead.pictures ?? {};
    for (const [key, picture] of Object.entries(pictures)) {
      if (picture && !/^https:\/\//i.test(picture.src)) {
        shared.notes.push(`features[${f.id}].notice.person.easyRead.pictures.${key}: the picture "${picture.src}" is a relative path; it is not copied into the site, so the Easy Read page shows the words without it.`);
      }
    }
  }
  return { files, locales, notes: shared.notes };
}
