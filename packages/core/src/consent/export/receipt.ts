/**
 * A receipt a person can read and keep: what was decided about each AI
 * feature and purpose, who decided and on what authority, when, which
 * explanation was shown, how to change their mind and who to contact.
 * `personReceipt` builds the structured model; `renderReceiptHtml` turns it
 * into a complete, self-contained, printable HTML page (standard or Easy
 * Read, en-GB or Welsh). Every supplier or provider string is escaped, and
 * only https, mailto and tel links are made.
 */
import type { DecisionState } from '../decide';
import type { CapacityAssessment, ConsentChannel, ConsentEvent, ConsentEventModel, DeciderRole } from '../schema';
import type { Contact } from '../../manifest/primitives';
import { localise } from '../../read';
import { ConsentExportError, type ExportAddress, type ExportContext } from './context';
import { decisionsFor, type ExportDecision } from './decisions';
import { receiptLocale, receiptMessages, type ReceiptLocale, type ReceiptMessageKey } from './receipt-messages';

/** Text with the language it is written in (supplier text may fall back to another language). */
export interface ReceiptText {
  text: string;
  lang: string;
}

export interface ReceiptDecision {
  feature: string;
  purpose: string;
  featureName: ReceiptText;
  purposeDescription: ReceiptText;
  model: ConsentEventModel;
  state: DecisionState;
  /** Whether the AI may be used for this purpose now. */
  permits: boolean;
  /** When the decision was recorded (UTC instant). */
  decidedAt: string;
  decidedBy: { role: DeciderRole; name?: string; relationship?: string; authorityReference?: string };
  capacity?: Pick<CapacityAssessment, 'decision' | 'outcome' | 'assessedBy' | 'assessedAt'>;
  channel: ConsentChannel;
  recordedBy?: string;
  notice?: { version: string; format: 'standard' | 'easy-read'; locale: string; sha256: string; shownAt: string };
  /** Visits the person said "not today" for. */
  visitObjections: { visit: string; at: string }[];
  /** What happens if the person objects (inform-and-object), from the manifest. */
  ifObjecting?: ReceiptText;
  expiresAt?: string;
}

export interface ReceiptContact {
  /** Who this is: the care provider or the supplier. */
  kind: 'provider' | 'supplier';
  name: string;
  role?: ReceiptText;
  email?: string;
  phone?: string;
  url?: string;
  address?: string;
}

export interface PersonReceipt {
  /** The interface language the model's texts were chosen for. */
  locale: ReceiptLocale;
  title: ReceiptText;
  issuedAt: string;
  person: { id: string; name?: string };
  provider: { name: string };
  supplier: { name: string; product: string };
  decisions: ReceiptDecision[];
  /** How to change your mind, in one sentence (standard reading level). */
  howToChange: ReceiptText;
  contacts: ReceiptContact[];
}

export interface PersonReceiptContext extends ExportContext {
  /** Interface language: en-GB (default) or cy. Supplier text is taken in this locale where it exists. */
  locale?: string;
}

const fill = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

function addressLine(a: ExportAddress | undefined): string | undefined {
  if (!a) return undefined;
  const line = [a.streetAddress, a.addressLocality, a.addressRegion, a.postalCode, a.addressCountry].filter(Boolean).join(', ');
  return line || undefined;
}

function supplierContact(c: Contact, locale: string): ReceiptContact {
  return {
    kind: 'supplier',
    name: c.name,
    ...(c.role ? { role: toText(localise(c.role, locale)) } : {}),
    ...(c.email ? { email: c.email } : {}),
    ...(c.phone ? { phone: c.phone } : {}),
    ...(c.url ? { url: c.url } : {}),
    ...(c.postal ? { address: c.postal } : {}),
  };
}

const toText = (l: { text: string; locale: string }): ReceiptText => ({ text: l.text, lang: l.locale });

function entry(d: ExportDecision, locale: string): ReceiptDecision {
  const deciding = d.deciding;
  const by = deciding.decidedBy;
  const shownEvent = d.shownEvent;
  const basis = d.decision.basis;
  const consent = d.purposeInfo?.consent;
  return {
    feature: d.feature,
    purpose: d.purpose,
    featureName: d.featureInfo ? toText(localise(d.featureInfo.name, locale)) : { text: d.feature, lang: 'en-GB' },
    purposeDescription: d.purposeInfo ? toText(localise(d.purposeInfo.description, locale)) : { text: d.purpose, lang: 'en-GB' },
    model: d.model,
    state: d.decision.state,
    permits: d.decision.state === 'granted' || d.decision.state === 'not-objected',
    decidedAt: d.recordedAt,
    decidedBy: {
      role: by.role,
      ...(by.name ? { name: by.name } : {}),
      ...(by.relationship ? { relationship: by.relationship } : {}),
      ...(by.authorityReference ? { authorityReference: by.authorityReference } : {}),
    },
    ...(by.capacity ? { capacity: { decision: by.capacity.decision, outcome: by.capacity.outcome, assessedBy: by.capacity.assessedBy, assessedAt: by.capacity.assessedAt } } : {}),
    channel: deciding.channel,
    ...(deciding.recordedBy?.name ? { recordedBy: deciding.recordedBy.name } : {}),
    ...(shownEvent?.shown
      ? { notice: { version: shownEvent.shown.version, format: shownEvent.shown.format, locale: shownEvent.shown.locale, sha256: shownEvent.shown.sha256, shownAt: shownEvent.at } }
      : {}),
    visitObjections: d.visitObjections.map((e) => ({ visit: e.visit!, at: e.at })),
    ...(consent?.model === 'inform-and-object' ? { ifObjecting: toText(localise(consent.ifObjecting, locale)) } : {}),
    ...(basis?.type === 'granted' && basis.expiresAt ? { expiresAt: basis.expiresAt } : {}),
  };
}

/** The receipt model for the context's subject: one entry per feature × purpose they have events for. */
export function personReceipt(events: readonly ConsentEvent[], context: PersonReceiptContext): PersonReceipt {
  const locale = receiptLocale(context.locale);
  const m = receiptMessages[locale];
  const decisions = decisionsFor(events, context);
  if (decisions.length === 0) throw new ConsentExportError(`There is nothing to put on a receipt: no consent events for subject "${context.subject.id}".`, ['events']);
  const p = context.provider;
  const supplier = context.manifest.supplier;
  const address = addressLine(p.address);
  const contacts: ReceiptContact[] = [
    {
      kind: 'provider',
      name: p.name,
      ...(p.email ? { email: p.email } : {}),
      ...(p.phone ? { phone: p.phone } : {}),
      ...(p.url ? { url: p.url } : {}),
      ...(address ? { address } : {}),
    },
    supplierContact(supplier.contacts.dataProtection ?? supplier.contacts.general, context.locale ?? locale),
    ...(supplier.contacts.aiConcerns ? [supplierContact(supplier.contacts.aiConcerns, context.locale ?? locale)] : []),
  ];
  return {
    locale,
    title: { text: m.title, lang: locale },
    issuedAt: (context.now ?? new Date()).toISOString(),
    person: { id: context.subject.id, ...(context.subject.display ? { name: context.subject.display } : {}) },
    provider: { name: p.name },
    supplier: { name: supplier.name, product: context.manifest.product.name },
    decisions: decisions.map((d) => entry(d, context.locale ?? locale)),
    howToChange: { text: `${m.changeAny} ${fill(m.changeHow, { provider: p.name })}`, lang: locale },
    contacts,
  };
}

// ---- HTML ----

export interface RenderReceiptOptions {
  readingLevel?: 'standard' | 'easy-read';
  /** Interface language (default: the receipt's). */
  locale?: string;
}

/** Escapes text for HTML content and quoted attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"'`]/g, (c) => `&#${c.charCodeAt(0)};`);
}

const LANG_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

/** A link target we allow: https URLs, mailto for an email address, tel for a phone number; otherwise undefined. */
export function safeHref(kind: 'url' | 'email' | 'phone', value: string): string | undefined {
  if (kind === 'url') {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' && !url.username && !url.password ? url.href : undefined;
    } catch {
      return undefined;
    }
  }
  if (kind === 'email') return /^[^\s@<>"'()\\,;:]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$/.test(value) ? `mailto:${value}` : undefined;
  const digits = value.replace(/[\s().-]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}

function link(kind: 'url' | 'email' | 'phone', value: string): string {
  const href = safeHref(kind, value);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(value)}</a>` : escapeHtml(value);
}

/** Supplier text, marked with its language when it differs from the page's. */
function inLang(t: ReceiptText, pageLang: string, tag = 'span'): string {
  const lang = t.lang !== pageLang && LANG_TAG.test(t.lang) ? ` lang="${escapeHtml(t.lang)}"` : '';
  return `<${tag}${lang}>${escapeHtml(t.text)}</${tag}>`;
}

function formatDate(instant: string, locale: ReceiptLocale, withTime: boolean): string {
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  const options: Intl.DateTimeFormatOptions = withTime
    ? { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' }
    : { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' };
  return new Intl.DateTimeFormat(locale, options).format(date);
}

const time = (instant: string, locale: ReceiptLocale, withTime: boolean) =>
  `<time datetime="${escapeHtml(instant)}">${escapeHtml(formatDate(instant, locale, withTime))}</time>`;

/** Fills a message: every value is escaped here, except values already built as markup (`raw`). */
function msg(m: Record<ReceiptMessageKey, string>, key: ReceiptMessageKey, values: Record<string, string> = {}, raw: Record<string, string> = {}): string {
  return escapeHtml(m[key]).replace(/\{(\w+)\}/g, (all, k: string) => (k in raw ? raw[k]! : k in values ? escapeHtml(values[k]!) : all));
}

const STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: Arial, Helvetica, sans-serif; line-height: 1.5; color: #0b0c0c; background: #fff; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.5rem; margin: 2rem 0 0.75rem; }
h3 { font-size: 1.2rem; margin: 1.25rem 0 0.5rem; }
a { color: #1d4ed8; text-decoration: underline; text-underline-offset: 0.15em; }
a:focus-visible { outline: 3px solid #0b0c0c; outline-offset: 2px; background: #ffdd00; }
section.decision { border-left: 0.3rem solid #505a5f; padding: 0 0 0 1rem; margin: 1.5rem 0; break-inside: avoid; }
dl { margin: 0; }
dt { font-weight: bold; margin-top: 0.6rem; }
dd { margin: 0; overflow-wrap: anywhere; }
.hash { font-family: "Courier New", monospace; font-size: 0.85em; overflow-wrap: anywhere; }
ul.contacts { list-style: none; padding: 0; }
ul.contacts > li { margin-bottom: 1rem; }
.easy-read { font-size: 1.375rem; line-height: 1.6; }
.easy-read main { max-width: 40rem; }
.easy-read h1 { font-size: 2.25rem; }
.easy-read h2 { font-size: 1.75rem; }
.easy-read p { margin: 0 0 0.75rem; }
@media print {
  body { font-size: 11pt; }
  body.easy-read { font-size: 16pt; }
  main { max-width: none; padding: 0; }
  a { color: #000; }
  a[href^="https:"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
  section.decision, ul.contacts > li { break-inside: avoid; }
  .no-print { display: none; }
}
@page { margin: 18mm 16mm; }
`;

function whoDecided(d: ReceiptDecision, m: Record<ReceiptMessageKey, string>): string {
  const name = d.decidedBy.name ?? '';
  const parts = [msg(m, `who.${d.decidedBy.role}`, { name })];
  if (d.decidedBy.relationship) parts.push(msg(m, 'who.relationship', { relationship: d.decidedBy.relationship }));
  if (d.decidedBy.authorityReference) parts.push(msg(m, 'who.reference', { ref: d.decidedBy.authorityReference }));
  return parts.join('<br>');
}

function contactList(r: PersonReceipt, m: Record<ReceiptMessageKey, string>, lang: string): string {
  const items = r.contacts.map((c) => {
    const label = c.kind === 'provider' ? m.contactProvider : m.contactSupplier;
    const lines = [`<strong>${escapeHtml(c.name)}</strong> (${escapeHtml(label)})`];
    if (c.role) lines.push(inLang(c.role, lang));
    if (c.phone) lines.push(`${escapeHtml(m.phone)}: ${link('phone', c.phone)}`);
    if (c.email) lines.push(`${escapeHtml(m.email)}: ${link('email', c.email)}`);
    if (c.url) lines.push(`${escapeHtml(m.website)}: ${link('url', c.url)}`);
    if (c.address) lines.push(`${escapeHtml(m.address)}: ${escapeHtml(c.address)}`);
    return `<li>${lines.join('<br>')}</li>`;
  });
  return `<ul class="contacts">${items.join('')}</ul>`;
}

function standardDecision(d: ReceiptDecision, i: number, m: Record<ReceiptMessageKey, string>, locale: ReceiptLocale): string {
  const rows: string[] = [];
  const row = (term: string, value: string) => rows.push(`<dt>${escapeHtml(term)}</dt><dd>${value}</dd>`);
  row(m.decision, `${msg(m, `state.${d.state}`)}<br>${msg(m, `model.${d.model}`)}`);
  row(m.use, escapeHtml(d.permits ? m.used : m.notUsed));
  row(m.whoDecided, whoDecided(d, m));
  row(m.when, time(d.decidedAt, locale, true));
  row(m.how, [msg(m, `channel.${d.channel}`), ...(d.recordedBy ? [msg(m, 'recordedBy', { name: d.recordedBy })] : [])].join('<br>'));
  if (d.capacity) {
    row(m.capacity, msg(m, 'capacityText', { by: d.capacity.assessedBy, decision: d.capacity.decision, outcome: m[`capacity.${d.capacity.outcome}`] }, { date: time(d.capacity.assessedAt, locale, false) }));
  }
  row(
    m.notice,
    d.notice
      ? `${msg(m, 'noticeText', { version: d.notice.version, format: m[`format.${d.notice.format}`], locale: d.notice.locale }, { date: time(d.notice.shownAt, locale, true) })}<br>${msg(m, 'fingerprint', {}, { hash: `<span class="hash">${escapeHtml(d.notice.sha256)}</span>` })}`
      : escapeHtml(m.noNotice),
  );
  if (d.expiresAt) row(m.when, msg(m, 'expires', {}, { date: time(d.expiresAt, locale, false) }));
  if (d.visitObjections.length) {
    row(m.visits, d.visitObjections.map((v) => msg(m, 'visitText', { visit: v.visit }, { date: time(v.at, locale, false) })).join('<br>'));
  }
  if (d.ifObjecting) row(m.ifObjecting, inLang(d.ifObjecting, locale));
  return `<section class="decision" aria-labelledby="decision-${i}"><h3 id="decision-${i}">${inLang(d.featureName, locale)}: ${inLang(d.purposeDescription, locale)}</h3><dl>${rows.join('')}</dl></section>`;
}

function easyReadDecision(d: ReceiptDecision, i: number, m: Record<ReceiptMessageKey, string>, locale: ReceiptLocale): string {
  const lines: string[] = [];
  const say = (key: ReceiptMessageKey, values: Record<string, string> = {}, raw: Record<string, string> = {}) => lines.push(`<p>${msg(m, key, values, raw)}</p>`);
  switch (d.state) {
    case 'granted': say('er.yes'); break;
    case 'not-objected': say('er.notObjected'); say('er.notObjected2'); break;
    case 'declined':
    case 'objected': say('er.no'); break;
    case 'withdrawn': say('er.withdrawn'); say('er.withdrawn2'); break;
    case 'expired':
    case 'needs-asking-again': say('er.askAgain'); break;
    case 'not-asked':
    case 'not-informed': say('er.notAsked'); break;
  }
  say(d.permits ? 'er.used' : 'er.notUsed');
  const name = d.decidedBy.name ?? '';
  say(`er.who.${d.decidedBy.role}`, { name });
  if (d.decidedBy.role === 'attorney' || d.decidedBy.role === 'deputy' || d.decidedBy.role === 'best-interests') say(`er.who.${d.decidedBy.role}2`, { name });
  say('er.when', {}, { date: time(d.decidedAt, locale, false) });
  for (const v of d.visitObjections) say('er.notToday', {}, { date: time(v.at, locale, false) });
  return `<section class="decision" aria-labelledby="decision-${i}"><h2 id="decision-${i}">${inLang(d.featureName, locale)}</h2><p>${inLang(d.purposeDescription, locale)}</p>${lines.join('')}</section>`;
}

/**
 * The receipt as a complete HTML document: self-contained (inline styles, no
 * scripts, no external resources), printable, with headings and `lang`
 * attributes. Easy Read uses short sentences, one idea per line, larger text.
 */
export function renderReceiptHtml(receipt: PersonReceipt, options: RenderReceiptOptions = {}): string {
  const locale = receiptLocale(options.locale ?? receipt.locale);
  const m = receiptMessages[locale];
  const easy = options.readingLevel === 'easy-read';
  const title = easy ? m['er.title'] : m.title;
  const who = receipt.person.name ?? receipt.person.id;
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(title)}</h1>`);
  if (easy) {
    parts.push(`<p>${msg(m, 'er.intro')}</p>`, `<p>${msg(m, 'er.for', { name: who })}</p>`, `<p>${msg(m, 'er.made', {}, { date: time(receipt.issuedAt, locale, false) })}</p>`, `<p>${msg(m, 'er.help')}</p>`);
    parts.push(receipt.decisions.map((d, i) => easyReadDecision(d, i + 1, m, locale)).join(''));
    parts.push(`<section aria-labelledby="change"><h2 id="change">${escapeHtml(m['er.changeHeading'])}</h2><p>${msg(m, 'er.change')}</p><p>${msg(m, 'er.change2')}</p><p>${msg(m, 'er.tell')}</p><p>${msg(m, 'er.orContact', { provider: receipt.provider.name })}</p></section>`);
    parts.push(`<section aria-labelledby="contact"><h2 id="contact">${escapeHtml(m['er.contactHeading'])}</h2>${contactList(receipt, m, locale)}</section>`);
  } else {
    parts.push(`<p>${msg(m, 'intro')}</p>`);
    parts.push(`<p>${msg(m, 'for', { name: who })}${receipt.person.name ? `<br>${msg(m, 'reference', { id: receipt.person.id })}` : ''}<br>${msg(m, 'made', { provider: receipt.provider.name }, { date: time(receipt.issuedAt, locale, true) })}<br>${msg(m, 'product', { product: receipt.supplier.product, supplier: receipt.supplier.name })}</p>`);
    parts.push(`<section aria-labelledby="decisions"><h2 id="decisions">${escapeHtml(m.decisionsHeading)}</h2>${receipt.decisions.length ? receipt.decisions.map((d, i) => standardDecision(d, i + 1, m, locale)).join('') : `<p>${escapeHtml(m.none)}</p>`}</section>`);
    parts.push(`<section aria-labelledby="change"><h2 id="change">${escapeHtml(m.changeHeading)}</h2><p>${msg(m, 'changeAny')}</p><p>${msg(m, 'changeHow', { provider: receipt.provider.name })}</p></section>`);
    parts.push(`<section aria-labelledby="contact"><h2 id="contact">${escapeHtml(m.contactHeading)}</h2>${contactList(receipt, m, locale)}</section>`);
  }
  parts.push(`<p class="no-print">${escapeHtml(m.print)}</p>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${locale}" dir="ltr">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`,
    `<title>${escapeHtml(title)}: ${escapeHtml(who)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    `<body class="${easy ? 'easy-read' : 'standard'}">`,
    `<main>${parts.join('\n')}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
