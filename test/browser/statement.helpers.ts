/**
 * Shared by the statement site's browser tests (statement*.test.ts): where the
 * site is served, its pages, loading a page in an iframe, and running axe in a
 * copy of a page.
 */
import { expect, fixture, html } from '@open-wc/testing';

export const ROOT = '/examples/statement/';
export const FEATURES = ['visit-note-summary', 'visit-transcription', 'rota-builder', 'family-chatbot', 'pain-assessment', 'care-plan-drafting'];
export const PAGES = [
  'index.html',
  ...['en-GB', 'cy'].flatMap((l) => ['index.html', 'pledge.html', 'framework.html', ...FEATURES.flatMap((f) => [`feature-${f}.html`, `easy-read-${f}.html`])].map((p) => `${l}/${p}`)),
];

/** A locale's feature pages, or its other pages (overview, pledge, guidance, Easy Read): each set fits the runner's time limit in Firefox. */
export function pagesOf(locale: string, which: 'features' | 'others'): string[] {
  return PAGES.filter((p) => p.startsWith(`${locale}/`) && p.includes('/feature-') === (which === 'features'));
}

export interface AxeResult {
  violations: { id: string; impact?: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[];
  passes: unknown[];
}
interface AxeWindow extends Window {
  axe?: { run(context: Node, options: object): Promise<AxeResult> };
}

/** The address the test runner serves axe-core from (it was loaded for chai-a11y-axe). */
let axeUrl: string | undefined;

async function findAxe(): Promise<string> {
  if (axeUrl) return axeUrl;
  // Loading axe through @open-wc/testing's own plugin makes the runner serve it; its address is then in the resource timings.
  const probe = await fixture(html`<p>probe</p>`);
  await expect(probe).to.be.accessible();
  const entry = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .find((n) => /axe-core\/axe(\.min)?\.js/.test(n));
  if (!entry) throw new Error('axe-core was not loaded by @open-wc/testing');
  axeUrl = entry;
  return entry;
}

export function frame(attrs: Record<string, string>): HTMLIFrameElement {
  const iframe = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) iframe.setAttribute(k, v);
  iframe.style.width = '1024px';
  iframe.style.height = '768px';
  document.body.append(iframe);
  return iframe;
}

export async function loaded(iframe: HTMLIFrameElement, start: () => void): Promise<Document> {
  const done = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  start();
  await done;
  const doc = iframe.contentDocument;
  if (!doc) throw new Error('the page could not be read');
  // The stylesheet is a separate file: wait until it applies.
  for (let i = 0; i < 100 && getComputedStyle(doc.body).fontSize === '16px'; i++) await new Promise((r) => setTimeout(r, 20));
  return doc;
}

/**
 * Runs axe inside a copy of the page: the same HTML with a <base> to its real
 * address, and axe's own script added (the real page's CSP, which forbids
 * every script, is left out of the copy only).
 */
export async function axePage(path: string): Promise<AxeResult> {
  const url = new URL(ROOT + path, location.href).href;
  const source = await (await fetch(url)).text();
  const copy = source
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
    .replace('<head>', `<head><base href="${url}">`)
    .replace('</body>', `<script src="${await findAxe()}"></script></body>`);
  const iframe = frame({ title: `axe: ${path}` });
  try {
    const doc = await loaded(iframe, () => {
      iframe.srcdoc = copy;
    });
    const win = iframe.contentWindow as AxeWindow | null;
    for (let i = 0; i < 100 && !win?.axe; i++) await new Promise((r) => setTimeout(r, 20));
    if (!win?.axe) throw new Error('axe did not load in the page');
    return await win.axe.run(doc, { resultTypes: ['violations'] });
  } finally {
    iframe.remove();
  }
}

export function describeViolations(r: AxeResult): string {
  return r.violations.map((v) => `${v.id} (${v.impact ?? ''}): ${v.help}\n  ${v.nodes.map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`).join('\n  ')}`).join('\n');
}

