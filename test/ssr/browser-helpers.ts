/**
 * Helpers of the browser tests of server-rendered pages (test/browser/ssr*.test.ts): each page loads in an
 * iframe, because Lit's hydration support must be installed before Lit is evaluated, and a test page has
 * Lit already.
 */
import { expect, waitUntil } from '@open-wc/testing';

export type Win = Window & typeof globalThis & { candourHydrated?: boolean };
export type Updatable = HTMLElement & { updateComplete?: Promise<unknown> };

export const frames: HTMLIFrameElement[] = [];

export async function frame(init: { src?: string; srcdoc?: string }): Promise<{ win: Win; doc: Document }> {
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width: 800px; height: 600px; border: 0';
  const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
  if (init.src) iframe.src = init.src;
  if (init.srcdoc !== undefined) iframe.srcdoc = init.srcdoc;
  document.body.append(iframe);
  frames.push(iframe);
  await loaded;
  return { win: iframe.contentWindow as Win, doc: iframe.contentDocument! };
}

/** Everything the page says on its console, and its uncaught errors. */
export function listen(win: Win): string[] {
  const said: string[] = [];
  for (const level of ['error', 'warn'] as const) {
    const original = win.console[level].bind(win.console);
    win.console[level] = (...args: unknown[]) => {
      const text = args.map(String).join(' ');
      // Lit's development build says so once per page; it is not about hydration.
      if (!/Lit is in dev mode/.test(text)) said.push(`${level}: ${text}`);
      original(...args);
    };
  }
  win.addEventListener('error', (e) => said.push(`uncaught: ${e.message}`));
  win.addEventListener('unhandledrejection', (e) => said.push(`unhandled rejection: ${String(e.reason)}`));
  return said;
}

/** Loads the elements as the supplier's page would (hydration support first), and waits for every element's first update. */
export async function loadElements(win: Win, doc: Document): Promise<void> {
  const script = doc.createElement('script');
  script.type = 'module';
  script.src = new URL('/test/ssr/hydrate-client.ts', location.href).href;
  doc.head.append(script);
  // Generous: the first load compiles every module on a busy machine.
  await waitUntil(() => win.candourHydrated === true, 'the elements loaded', { timeout: 90000 });
  await settle(doc);
}

export async function settle(doc: Document): Promise<void> {
  for (let i = 0; i < 3; i++) {
    const elements = [...doc.querySelectorAll<Updatable>('*')].filter((el) => el.localName.startsWith('candour-'));
    await Promise.all(elements.map((el) => el.updateComplete));
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A shadow tree as comparable text: elements with sorted attributes and collapsed text; no comments, styles or blank text. */
export function normalise(root: Node): string {
  let out = '';
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      const text = node.textContent!.replace(/\s+/g, ' ').trim();
      if (text) out += text;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const el = node as Element;
      if (el.localName === 'style' || el.localName === 'template') continue;
      const attrs = [...el.attributes].filter((a) => a.name !== 'defer-hydration').map((a) => `${a.name}="${a.value}"`).sort();
      out += `<${el.localName}${attrs.length ? ' ' + attrs.join(' ') : ''}>${normalise(el)}</${el.localName}>`;
    }
  }
  return out;
}

export const shadows = (doc: Document) =>
  Object.fromEntries([...doc.querySelectorAll<HTMLElement>('*')].filter((el) => el.localName.startsWith('candour-') && el.shadowRoot).map((el, i) => [`${i}:${el.localName}`, normalise(el.shadowRoot!)]));

/** The same page rendered only in the browser: the server's HTML without its declarative shadow roots. */
export async function clientOnly(name: string): Promise<{ win: Win; doc: Document }> {
  const html = await (await fetch(`/__ssr/${name}`)).text();
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  parsed.querySelectorAll('template[shadowrootmode]').forEach((t) => t.remove());
  const page = await frame({ srcdoc: `<!doctype html>${parsed.documentElement.outerHTML}` });
  await loadElements(page.win, page.doc);
  return page;
}

export const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/**
 * Loads a server-rendered page, checks it hydrates with nothing on the console, keeps the server's nodes and
 * ends with the same shadow DOM as the same page rendered only in the browser.
 */
export async function checkHydration(name: string): Promise<void> {
  const { win, doc } = await frame({ src: `/__ssr/${name}` });
  const said = listen(win);
  // Nodes the server wrote, to check hydration keeps them rather than rebuilding. (Not the consent centre's:
  // its server state, "loading", is replaced on purpose once the ledger in the browser answers.)
  const kept = [...doc.querySelectorAll('candour-ai-badge, candour-ai-notice, candour-ai-content, candour-statements, candour-pledge')].map(
    (el) => el.shadowRoot!.querySelector('button, h2, p')!,
  );
  expect(kept.every(Boolean), 'every server-rendered element has content').to.equal(true);
  await loadElements(win, doc);
  expect(said, said.join('\n')).to.deep.equal([]);
  for (const node of kept) expect(node.isConnected, `${node.localName} of ${(node.getRootNode() as ShadowRoot).host?.localName} is still in place`).to.equal(true);
  for (const badge of doc.querySelectorAll('candour-ai-badge')) expect(badge.shadowRoot!.querySelectorAll('button[part~="button"]')).to.have.length(1);
  const hydrated = shadows(doc);
  const client = await clientOnly(name);
  expect(Object.keys(hydrated).length).to.be.greaterThan(0);
  expect(hydrated).to.deep.equal(shadows(client.doc));
}

/** Asks for the server-rendered pages once (the first request renders them all in a child process: slow on a busy machine). */
export async function serverReady(): Promise<void> {
  const response = await fetch('/__ssr/badge');
  expect(response.status, await response.clone().text()).to.equal(200);
}
