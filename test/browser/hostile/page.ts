/**
 * A page holding every Candour element inside one provider, and the checks
 * the hostile-input tests make on it: nothing injected, links safe, supplier
 * text shown as text and isolated for bidirectional text, each element either
 * rendered or showing its accessible fallback.
 */
import { fixture, html } from '@open-wc/testing';
import { nothing, type TemplateResult } from 'lit';
import '@candour/elements/define/provider.js';
import '@candour/elements/define/ai-badge.js';
import '@candour/elements/define/ai-notice.js';
import '@candour/elements/define/ai-content.js';
import '@candour/elements/define/pledge.js';
import '@candour/elements/define/statements.js';
import '@candour/elements/define/consent-prompt.js';
import '@candour/elements/define/consent-centre.js';

export const AUDIENCES = ['person', 'representative', 'worker', 'provider'] as const;
export const LEVELS = ['standard', 'easy-read'] as const;

export const CANDOUR_TAGS = [
  'candour-ai-badge',
  'candour-ai-notice',
  'candour-ai-content',
  'candour-pledge',
  'candour-statements',
  'candour-consent-prompt',
  'candour-consent-centre',
] as const;

export interface PageOptions {
  /** Feature ids to show badges, notices, content and prompts for. */
  features: readonly string[];
  /** Notices for every audience and reading level (otherwise the person's, standard and Easy Read). */
  everyAudience?: boolean;
  /** Width of the page's column, to see long text wrap. */
  width?: string;
}

type Updatable = Element & { updateComplete?: Promise<unknown>; refresh?: () => Promise<unknown> };

/** Waits until every Candour element on the page (and the provider) has rendered, twice over for context updates. */
export async function settleAll(root: Element): Promise<void> {
  for (let round = 0; round < 2; round++) {
    const all = [root, ...root.querySelectorAll('*')] as Updatable[];
    for (const el of all) {
      if (!el.localName.startsWith('candour-')) continue;
      await el.updateComplete;
      if (el.localName === 'candour-consent-centre' && typeof el.refresh === 'function') await el.refresh().catch(() => undefined);
    }
  }
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
}

/** Mounts a provider with `manifest` and every element for `features`. Returns the column holding it. */
export async function renderPage(manifest: unknown, options: PageOptions): Promise<HTMLElement> {
  const notices: TemplateResult[] = [];
  for (const id of options.features) {
    const audiences = options.everyAudience ? AUDIENCES : (['person'] as const);
    for (const audience of audiences)
      for (const level of LEVELS) notices.push(html`<candour-ai-notice feature=${id} audience=${audience} reading-level=${level} heading-level="3"></candour-ai-notice>`);
  }
  const column = await fixture<HTMLElement>(html`<div class="column" style="inline-size: ${options.width ?? '40rem'}; overflow: auto; font: 16px sans-serif">
    <candour-provider .manifest=${manifest} locale="en-GB" consent-store="memory" subject="person-1">
      ${options.features.map(
        (id) => html`<p>Before <candour-ai-badge feature=${id}></candour-ai-badge> after.</p>
          <candour-ai-content feature=${id} reviewable><p>Drafted text.</p></candour-ai-content>
          <candour-consent-prompt feature=${id}></candour-consent-prompt>`,
      )}
      ${notices}
      <candour-pledge></candour-pledge>
      <candour-pledge audience="provider"></candour-pledge>
      <candour-statements perspective="people" domain="ics" addressed-by></candour-statements>
      <candour-consent-centre></candour-consent-centre>
      <candour-consent-centre mode="worker" feature=${options.features[0] ?? nothing}></candour-consent-centre>
    </candour-provider>
  </div>`);
  await settleAll(column);
  return column;
}

/** Every element under `root`, through open shadow roots, with the shadow roots themselves. */
export function deepElements(root: Node): { elements: Element[]; roots: Array<ShadowRoot | Element> } {
  const elements: Element[] = [];
  const roots: Array<ShadowRoot | Element> = [];
  const visit = (node: Node) => {
    if (node instanceof Element) {
      elements.push(node);
      if (node.shadowRoot) {
        roots.push(node.shadowRoot);
        visit(node.shadowRoot);
      }
    }
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  if (root instanceof Element) roots.push(root);
  visit(root);
  return { elements, roots };
}

/** Every text node under `root`, through shadow roots. */
export function deepTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const visit = (node: Node) => {
    if (node instanceof Text) out.push(node);
    if (node instanceof Element && node.shadowRoot) visit(node.shadowRoot);
    for (let child = node.firstChild; child; child = child.nextSibling) visit(child);
  };
  visit(root);
  return out;
}

/** The names of the elements the page's own markup and the elements render. */
export function tagNames(root: Node): Set<string> {
  return new Set(deepElements(root).elements.map((e) => e.localName));
}

const NEVER = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'meta', 'link', 'form', 'math', 'foreignobject', 'animate', 'set', 'use']);
const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'cite', 'background', 'ping'];

/** A link the elements may render: https:, mailto: or tel:, or a fragment of the page itself. */
export const safeLink = (v: string) => /^(https:\/\/|mailto:|tel:|#)/i.test(v.trim());
/** A picture the elements may load: https:, or a relative path with no scheme and no `//`. */
export const safeSource = (v: string) => /^https:\/\//i.test(v.trim()) || (!/^[a-z][a-z0-9+.-]*:/i.test(v.trim()) && !v.trim().startsWith('//') && !v.includes('\\'));

/**
 * What was injected into the page: elements the clean page never renders (and
 * never ones that run script), `on*` attributes, links that are not
 * https/mailto/tel, pictures from anything but https or a relative path, and
 * styles that load anything.
 */
export function injections(root: Node, allowedTags: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const el of deepElements(root).elements) {
    const where = `<${el.localName}> in ${(el.getRootNode() as ShadowRoot).host?.localName ?? 'the page'}`;
    if (NEVER.has(el.localName)) problems.push(`${where} must never be rendered`);
    else if (!allowedTags.has(el.localName)) problems.push(`${where} is not rendered by the clean page`);
    for (const attr of el.getAttributeNames()) {
      const value = el.getAttribute(attr) ?? '';
      if (/^on/i.test(attr)) problems.push(`${where} has an event handler attribute ${attr}`);
      if (URL_ATTRIBUTES.includes(attr.toLowerCase())) {
        const ok = attr === 'src' ? safeSource(value) : attr === 'cite' ? /^https:\/\//i.test(value) : safeLink(value);
        if (!ok) problems.push(`${where} has ${attr}="${value.slice(0, 80)}"`);
      }
      if (attr === 'style' && /url\(|expression|@import/i.test(value)) problems.push(`${where} has a style that loads something: ${value.slice(0, 80)}`);
    }
  }
  return problems;
}

/** The page's text, shadow roots included, one string per root. */
export function shownText(root: Node): string {
  return deepTextNodes(root)
    .map((t) => t.data)
    .join('\u0001');
}

/**
 * Whether the supplier text in `node` cannot reorder the interface text
 * around it: the nearest ancestor that starts a bidi isolate (computed
 * `unicode-bidi` isolate or plaintext, or <bdi>) or a new paragraph (a block
 * box) holds no words but the supplier's own. Returns the text that could be
 * affected, or undefined when none can.
 */
export function bidiLeak(node: Text, supplierText: string): string | undefined {
  let el: Element | null = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host ?? null);
  while (el) {
    const style = getComputedStyle(el);
    const isolates = el.localName === 'bdi' || /isolate|plaintext/.test(style.unicodeBidi) || (el.hasAttribute('dir') && el.localName !== 'html');
    const block = !['inline', 'contents', 'none'].includes(style.display) || el instanceof HTMLElement === false;
    if (isolates || block) {
      const rest = (deepTextNodes(el).map((t) => t.data).join(' ')).split(supplierText).join(' ');
      return /[\p{L}\p{N}]/u.test(rest) ? rest.replace(/\s+/g, ' ').trim().slice(0, 120) : undefined;
    }
    el = el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);
  }
  return undefined;
}

/** Whether an element shows its accessible fallback rather than what it was asked for. */
export function showsFallback(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root) return false;
  if (el.localName === 'candour-ai-badge') return root.querySelector('button')?.textContent?.trim() === 'AI is used here';
  return root.querySelector('[part~="fallback"]') !== null;
}

/** Whether an element's fallback (or its content) can be found by assistive technology: visible text and, for a fallback, a heading, group, region or status. */
export function accessiblyShown(el: Element): string | undefined {
  const root = el.shadowRoot;
  if (!root) return 'no shadow root';
  const text = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text) return 'no text at all';
  if (!showsFallback(el)) return undefined;
  if (el.localName === 'candour-ai-badge') return root.querySelector('button') ? undefined : 'no button';
  const landmark = root.querySelector('[role="heading"], h1, h2, h3, h4, h5, h6, [role="group"], [role="region"], [role="status"], section, article');
  return landmark || el.localName === 'candour-ai-content' ? undefined : 'a fallback without a heading, group, region or status';
}

/** Elements (through shadow roots) whose box runs past the right edge of `column`, for a message that says where. */
export function overflowing(column: HTMLElement): string[] {
  const edge = column.getBoundingClientRect().right + 1;
  const out = new Set<string>();
  for (const el of deepElements(column).elements) {
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > edge) {
      const host = (el.getRootNode() as ShadowRoot).host?.localName ?? 'page';
      out.add(`${host} <${el.localName}${el.getAttribute('part') ? ` part="${el.getAttribute('part')}"` : ''}${el.className && typeof el.className === 'string' ? ` class="${el.className}"` : ''}> ${Math.round(r.width)}px`);
    }
  }
  return [...out].slice(0, 15);
}
