/**
 * Building blocks of the statement site's pages: escaping, text from the
 * manifest with its real language, interface phrases, and the page layout.
 *
 * Every string from the manifest goes through `escapeHtml`; every link made
 * from a manifest address goes through `safeHref` (https:, mailto: and tel:
 * only). Inline manifest text sits in `<bdi>` and block text in elements with
 * `dir="auto"`, so a bidirectional override in a manifest cannot reorder the
 * page's own words around it.
 */
import { localise, type LocalisedText, type Contact } from '@candour/core';
import { escapeHtml, mailLink, safeHref, telLink } from '../render/escape';
import { phrase, languageName, type MessageKey } from './messages';

export { escapeHtml, safeHref };
const h = escapeHtml;

/** What every page of one locale shares. */
export interface PageContext {
  /** The locale of this part of the site (its directory). */
  locale: string;
  /** The language the site's own words are in here (the page's `lang`). */
  ui: string;
  /** All locales of the site, in order, for the language switcher. */
  locales: readonly string[];
  /** Set when some text on the page is shown in a language other than the page's. */
  usedOtherLanguage: boolean;
}

/** ` lang="x"` when text in `lang` sits inside a page or element in `ctx.ui`. */
export function langAttr(ctx: PageContext, lang: string): string {
  if (lang === ctx.ui) return '';
  ctx.usedOtherLanguage = true;
  return ` lang="${h(lang)}"`;
}

/** Bidirectional formatting characters, removed where no element can isolate them (the page title). */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Plain text for `<title>`: escaped, without bidi controls. */
export function titleText(text: string): string {
  return h(text.replace(BIDI_CONTROLS, ''));
}

/**
 * An interface phrase as HTML. `params` are HTML already (escape manifest
 * text before passing it). A phrase that fell back to another language is
 * marked with its own `lang`.
 */
export function t(ctx: PageContext, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  const p = phrase(ctx.locale, key);
  const filled = p.text
    .split(/\{(\w+)\}/)
    .map((piece, i) => (i % 2 === 0 ? h(piece) : piece in params ? String(params[piece]) : h(`{${piece}}`)))
    .join('');
  return p.lang === ctx.ui ? filled : `<span${langAttr(ctx, p.lang)}>${filled}</span>`;
}

/** An interface phrase as plain text (for `<title>` and attributes), with `params` as plain text. */
export function tPlain(ctx: PageContext, key: MessageKey, params: Readonly<Record<string, string | number>> = {}): string {
  return phrase(ctx.locale, key).text.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}

/** Localised manifest text in the best language for the page. */
export function pick(ctx: PageContext, text: LocalisedText): { text: string; lang: string } {
  const found = localise(text, ctx.locale);
  return { text: found.text, lang: found.locale };
}

/** Localised manifest text, inline, isolated. */
export function inline(ctx: PageContext, text: LocalisedText): string {
  const { text: value, lang } = pick(ctx, text);
  return `<bdi${langAttr(ctx, lang)}>${h(value)}</bdi>`;
}

/** A plain (not localised) manifest string, inline, isolated. */
export function name(value: string): string {
  return `<bdi>${h(value)}</bdi>`;
}

/** Localised manifest text as paragraphs (one per line), each `dir="auto"`. */
export function paragraphs(ctx: PageContext, text: LocalisedText, className?: string): string {
  const { text: value, lang } = pick(ctx, text);
  const lines = value
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const cls = className ? ` class="${className}"` : '';
  return lines.map((l) => `<p${cls}${langAttr(ctx, lang)} dir="auto">${h(l)}</p>`).join('\n');
}

/** A link from a manifest address, or the escaped text alone when the address is not safe. */
export function externalLink(text: string, address: string | undefined, attrs = ''): string {
  const href = address === undefined ? undefined : safeHref(address);
  return href === undefined ? text : `<a href="${h(href)}"${attrs}>${text}</a>`;
}

/** An address as people read it: no scheme, no trailing slash. */
export function shownUrl(address: string): string {
  return address.replace(/^https:\/\//i, '').replace(/\/$/, '');
}

/** A date from the manifest (YYYY-MM-DD) in words, in the page's language, in `<time>`. */
export function longDate(ctx: PageContext, iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? tPlain(ctx, 'date.months').split('|')[Number(m[2]) - 1] : undefined;
  if (!m || !month) return h(iso);
  return `<time datetime="${h(iso)}">${h(tPlain(ctx, 'date.format', { day: Number(m[3]), month, year: m[1]! }))}</time>`;
}

/** How to reach a contact: its name (and role), then each way in, only safe addresses as links. */
export function contactDetails(ctx: PageContext, c: Contact): string {
  const ways: string[] = [];
  if (c.email) ways.push(`<li>${t(ctx, 'contact.email')}: <bdi>${mailLink(c.email)}</bdi></li>`);
  if (c.phone) ways.push(`<li>${t(ctx, 'contact.phone')}: <bdi>${telLink(c.phone)}</bdi></li>`);
  if (c.url) ways.push(`<li>${t(ctx, 'contact.website')}: ${externalLink(name(shownUrl(c.url)), c.url)}</li>`);
  if (c.postal) {
    const lines = c.postal.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).map(name);
    ways.push(`<li>${t(ctx, 'contact.post')}: <span dir="auto">${lines.join('<br>')}</span></li>`);
  }
  const role = c.role ? ` (${inline(ctx, c.role)})` : '';
  return `<p class="contact-name">${name(c.name)}${role}</p>\n<ul class="ways">${ways.join('')}</ul>`;
}

export interface PageLink {
  /** The page's file name within the locale's directory, e.g. "pledge.html". */
  file: string;
  /** The page's name in the site navigation (HTML). */
  label: string;
}

export interface PageSpec {
  ctx: PageContext;
  /** The page's file within the locale directory. */
  file: string;
  /** Title for `<title>`, plain text. */
  title: string;
  /** Plain site name for `<title>`. */
  siteTitle: string;
  /** The site name shown in the header (HTML). */
  siteName: string;
  /** The main navigation. */
  nav: readonly PageLink[];
  /** Body of `<main>`, starting with its h1. */
  main: string;
  /** Footer content (HTML). */
  footer: string;
  /** Extra class on `<body>`. */
  bodyClass?: string;
  /** Generator, e.g. "Candour 0.1.0". */
  generator: string;
}

/** The Content-Security-Policy every page carries: no script, styles and pictures only as files. */
export const CSP = "default-src 'none'; style-src 'self'; img-src 'self' https:; base-uri 'none'; form-action 'none'";

/** The file name of the one stylesheet, at the root of the site. */
export const STYLESHEET = 'statement.css';

/** The document's start, from the doctype to the end of <head>: the same on every page of the site. */
export function documentHead(o: { lang: string; generator: string; title: string; stylesheet: string; extra?: string }): string {
  return `<!doctype html>
<html lang="${h(o.lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<meta name="generator" content="${h(o.generator)}">
<title>${o.title}</title>
<link rel="stylesheet" href="${o.stylesheet}">
${o.extra ? `${o.extra}\n` : ''}</head>`;
}

export function page(spec: PageSpec): string {
  const { ctx } = spec;
  const others = ctx.locales.map((l) => {
    const label = h(languageName(l));
    if (l === ctx.locale) return `<li><span class="current" aria-current="true" lang="${h(l)}">${label}</span></li>`;
    return `<li><a href="../${h(l)}/${h(spec.file)}" hreflang="${h(l)}" lang="${h(l)}">${label}</a></li>`;
  });
  const nav = spec.nav
    .map((n) => `<li><a href="${h(n.file)}"${n.file === spec.file ? ' aria-current="page"' : ''}>${n.label}</a></li>`)
    .join('');
  const alternates = ctx.locales
    .filter((l) => l !== ctx.locale)
    .map((l) => `<link rel="alternate" hreflang="${h(l)}" href="../${h(l)}/${h(spec.file)}">`)
    .join('\n');
  const main = spec.main;
  // Decided after the main content and footer are built: they set usedOtherLanguage.
  const note = ctx.usedOtherLanguage && ctx.ui.split('-')[0] !== 'en' ? `<p class="note">${t(ctx, 'site.englishOnly')}</p>` : '';
  const head = documentHead({ lang: ctx.ui, generator: spec.generator, title: `${titleText(spec.title)} \u2013 ${titleText(spec.siteTitle)}`, stylesheet: `../${STYLESHEET}`, extra: alternates });
  return `${head}
<body${spec.bodyClass ? ` class="${spec.bodyClass}"` : ''}>
<a class="skip" href="#main">${t(ctx, 'site.skip')}</a>
<header class="site-header">
<div class="wrap">
<p class="site-name"><a href="index.html">${spec.siteName}</a></p>
${ctx.locales.length > 1 ? `<nav class="languages" aria-label="${h(tPlain(ctx, 'site.language'))}"><ul>${others.join('')}</ul></nav>` : ''}
<nav class="sections" aria-label="${h(tPlain(ctx, 'site.nav'))}"><ul>${nav}</ul></nav>
</div>
</header>
<main id="main" tabindex="-1">
<div class="wrap">
${note}
${main}
</div>
</main>
<footer class="site-footer">
<div class="wrap">
${spec.footer}
</div>
</footer>
</body>
</html>
`;
}

export const STYLESHEET_TEXT = `/* candour statement: the stylesheet of an AI transparency statement made by \`candour statement\`. */
:root {
  color-scheme: light;
  --ink: #0b0c0c;
  --muted: #484949;
  --rule: #b1b4b6;
  --link: #1d4f91;
  --visited: #4c2c92;
  --focus: #ffdd00;
  --panel: #f3f2f1;
  --ok: #00703c;
  --part: #7a4500;
  --no: #aa2a16;
}
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; font: 1.125rem/1.55 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
.wrap { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.5rem; line-height: 1.25; margin: 2.25rem 0 .75rem; }
h3 { font-size: 1.25rem; line-height: 1.3; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.125rem; margin: 1.25rem 0 .5rem; }
p, ul, ol, dl, blockquote { margin: .5rem 0 1rem; }
li { margin: .25rem 0; }
a { color: var(--link); text-decoration-thickness: max(1px, .0625rem); text-underline-offset: .15em; }
a:visited { color: var(--visited); }
a:hover { text-decoration-thickness: max(3px, .1875rem); }
a:focus, a:focus-visible { outline: 3px solid transparent; color: var(--ink); background: var(--focus); box-shadow: 0 -2px var(--focus), 0 4px var(--ink); text-decoration: none; }
main:focus { outline: none; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .9em; overflow-wrap: anywhere; }
.skip { position: absolute; left: -9999px; top: 0; padding: .5rem 1rem; }
.skip:focus { position: static; display: inline-block; margin: .5rem; }
.site-header { border-bottom: 4px solid var(--ink); padding: .75rem 0; }
.site-header ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.site-name { font-weight: 700; font-size: 1.25rem; margin: 0 0 .5rem; }
.site-name a, .site-name a:visited { color: var(--ink); text-decoration: none; }
.site-name a:hover { text-decoration: underline; }
.languages { margin: 0 0 .5rem; }
.languages .current { font-weight: 700; }
.sections a[aria-current="page"] { font-weight: 700; color: var(--ink); }
.site-footer { border-top: 1px solid var(--rule); margin-top: 3rem; padding: 1rem 0 2rem; color: var(--muted); font-size: 1rem; }
.site-footer a { color: var(--link); }
.lead { font-size: 1.25rem; }
.note, .meta { color: var(--muted); }
.features { list-style: none; padding: 0; }
.features > li { border-left: 5px solid var(--rule); padding: .25rem 0 .25rem 1rem; margin: 0 0 1.5rem; }
.features h3 { margin-top: 0; }
.glance { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
.glance dt { font-weight: 700; }
.glance dd { margin: 0; }
.contacts dt { font-weight: 700; margin-top: .75rem; }
.contacts dd { margin: 0; }
.contact-name { margin: 0; }
.ways { list-style: none; padding: 0; margin: 0 0 .5rem; }
.toc { background: var(--panel); padding: .75rem 1rem; }
.toc h2 { font-size: 1.125rem; margin: 0 0 .25rem; }
.toc ul { margin: 0; }
.audience { border-top: 2px solid var(--ink); margin-top: 2.5rem; }
.purpose { border-left: 5px solid var(--rule); padding-left: 1rem; }
.disclaimer { border-left: 5px solid var(--ink); background: var(--panel); padding: .75rem 1rem; }
.verdict { font-weight: 700; }
.verdict.evidenced, .fill.evidenced { color: var(--ok); }
.verdict.partial, .fill.partial { color: var(--part); }
.verdict.no-evidence, .fill.no-evidence { color: var(--no); }
.commitments { list-style: none; padding: 0; }
.commitments .commitments { padding-left: 1.25rem; border-left: 3px solid var(--rule); }
blockquote { border-left: 5px solid var(--rule); margin-left: 0; padding: .25rem 0 .25rem 1rem; }
blockquote p { margin: .25rem 0; }
.statements { list-style: none; padding: 0; }
.statements > li { margin: 0 0 1.5rem; }
.statements > li.addressed blockquote { border-left-color: var(--ok); }
.source { font-size: 1rem; color: var(--muted); }
.missing { background: var(--panel); padding: .5rem 1rem; }
table { border-collapse: collapse; margin: .5rem 0 1rem; }
caption { text-align: left; font-weight: 700; padding: .25rem 0; }
th, td { text-align: left; padding: .35rem .75rem .35rem 0; border-bottom: 1px solid var(--rule); }
body.easy-read { font-size: 1.375rem; line-height: 1.7; }
.easy-read .section { border-top: 2px solid var(--rule); padding-top: .5rem; }
.easy-read .with-picture { display: flex; gap: 1rem; align-items: flex-start; }
.easy-read .with-picture img { width: 8rem; height: auto; flex: none; }
@media (prefers-reduced-motion: no-preference) { html { scroll-behavior: smooth; } }
@media print {
  body, body.easy-read { font-size: 11pt; }
  .skip, .languages, .sections, .toc { display: none !important; }
  .site-header { border-bottom: 2px solid #000; }
  .wrap { max-width: none; padding: 0; }
  a, a:visited { color: #000; }
  a[href^="https:"]::after { content: " (" attr(href) ")"; font-size: .85em; overflow-wrap: anywhere; }
  h1, h2, h3, h4 { break-after: avoid; }
  blockquote, .disclaimer, .purpose, li { break-inside: avoid; }
}
`;
