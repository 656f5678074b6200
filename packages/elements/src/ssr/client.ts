/**
 * The browser side of a page rendered on the server with `@candour/elements/ssr/ssr.js`. Call
 * `hydrateCandour()` after `@lit-labs/ssr-client/lit-element-hydrate-support.js` and before the
 * elements' definitions load, from a module of its own:
 *
 * ```ts
 * // candour-client.ts, the page's script
 * import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
 * import './candour-hydrate.js'; // calls hydrateCandour()
 * import '@candour/elements/define/provider.js';
 * import '@candour/elements/define/ai-badge.js';
 * ```
 *
 * It gives each provider the manifest the server wrote into the page (`manifestScript`), so the provider has
 * it when it upgrades and nothing is fetched, and it lets the elements inside a provider hydrate (the server
 * marks them `defer-hydration`) only once the provider has read that manifest, so their first render in the
 * browser is the one the server wrote, whatever order the definitions load in.
 *
 * @module
 */

export interface HydrateCandourOptions {
  /** The id of the `<script type="application/json">` with the manifest; default `candour-manifest`. */
  manifestId?: string;
}

type Provider = HTMLElement & { manifest?: unknown; updateComplete?: Promise<unknown> };

/**
 * Prepares the server-rendered Candour elements in `root` (default: the document) for hydration. Returns a
 * promise that settles once every provider has read its manifest and released the elements inside it.
 */
export function hydrateCandour(root: Document | Element = document, options: HydrateCandourOptions = {}): Promise<void> {
  const id = options.manifestId ?? 'candour-manifest';
  const doc = root instanceof Document ? root : root.ownerDocument;
  const script = doc.getElementById(id);
  let manifest: unknown;
  if (script?.textContent) {
    try {
      manifest = JSON.parse(script.textContent);
    } catch (error) {
      return Promise.reject(new SyntaxError(`hydrateCandour: the manifest in #${id} is not JSON: ${error instanceof Error ? error.message : String(error)}`));
    }
  }
  const providers = [...root.querySelectorAll<Provider>('candour-provider')];
  // Set before the provider upgrades, the property is kept and read on its first update.
  if (manifest !== undefined) for (const provider of providers) if (provider.manifest === undefined) provider.manifest = manifest;
  return (async () => {
    if (!providers.length) return;
    await customElements.whenDefined('candour-provider');
    for (const provider of providers) {
      await provider.updateComplete;
      for (const el of provider.querySelectorAll('[defer-hydration]')) if (el.localName.startsWith('candour-')) el.removeAttribute('defer-hydration');
    }
  })();
}
