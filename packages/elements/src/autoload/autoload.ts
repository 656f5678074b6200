/**
 * The autoloader: import it once and write `candour-*` tags in your HTML. It
 * defines only the elements the page uses, each fetched when its tag first
 * appears: those in the document when it runs, those added later (watched
 * with a MutationObserver) and those inside open shadow roots it can see.
 *
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/@candour/elements@0.1/dist/cdn/autoload.js"></script>
 * <candour-ai-badge feature="visit-transcription"></candour-ai-badge>
 * ```
 *
 * A `candour-` tag that is not a Candour element gets one console warning.
 * A shadow root attached after its host was seen is not watched: pass it to
 * {@link autoload} yourself.
 */

/** One loader per element; each is a static `import()` so bundlers and the CDN build split them. */
const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
  'candour-ai-badge': () => import('../define/ai-badge'),
  'candour-ai-content': () => import('../define/ai-content'),
  'candour-ai-notice': () => import('../define/ai-notice'),
  'candour-consent-centre': () => import('../define/consent-centre'),
  'candour-consent-prompt': () => import('../define/consent-prompt'),
  'candour-pledge': () => import('../define/pledge'),
  'candour-provider': () => import('../define/provider'),
  'candour-statements': () => import('../define/statements'),
};

/** Every tag the autoloader can define. */
export const autoloadTags: readonly string[] = Object.keys(loaders);

const requested = new Set<string>();
const warned = new Set<string>();
const watched = new WeakSet<Node>();
const pending = new Map<string, Promise<void>>();

function load(tag: string): void {
  if (requested.has(tag)) return;
  const loader = loaders[tag];
  if (!loader) {
    if (!warned.has(tag) && !customElements.get(tag)) {
      warned.add(tag);
      console.warn(`<${tag}> is not a Candour element, so the autoloader does not define it. Candour's elements are: ${autoloadTags.join(', ')}.`);
    }
    return;
  }
  requested.add(tag);
  if (customElements.get(tag)) return;
  const done = loader().then(
    () => undefined,
    (error: unknown) => {
      // Let a later sighting try again (a network blip, say).
      requested.delete(tag);
      console.error(`Candour could not load <${tag}>:`, error);
    },
  );
  pending.set(tag, done);
}

function visit(el: Element): void {
  const tag = el.localName;
  if (tag.startsWith('candour-')) load(tag);
  // Candour's own shadow roots hold nothing the autoloader needs to define.
  else if (el.shadowRoot) autoload(el.shadowRoot);
}

const observer =
  typeof MutationObserver === 'undefined'
    ? undefined
    : new MutationObserver((records) => {
        for (const record of records) {
          for (const node of record.addedNodes) {
            if (node.nodeType !== 1) continue;
            const el = node as Element;
            visit(el);
            for (const inner of el.querySelectorAll('*')) visit(inner);
          }
        }
      });

/**
 * Defines the Candour elements used in `root` and keeps watching it for more.
 * Runs on the document by itself; call it for a shadow root that the
 * autoloader cannot see (a closed one, or one attached after its host was
 * added). Calling it again for the same root does nothing more.
 */
export function autoload(root: Document | ShadowRoot | Element = document): void {
  if (watched.has(root)) return;
  watched.add(root);
  if (root instanceof Element) visit(root);
  for (const el of root.querySelectorAll('*')) visit(el);
  observer?.observe(root, { childList: true, subtree: true });
}

/**
 * Resolves when every element the autoloader has started loading is defined
 * (or failed to load): useful in tests and before measuring layout.
 */
export async function autoloaded(): Promise<void> {
  let size = -1;
  // Loading one element can reveal more tags (in its shadow root), so wait until nothing new starts.
  while (size !== pending.size) {
    size = pending.size;
    await Promise.all(pending.values());
  }
}

if (typeof document !== 'undefined' && typeof customElements !== 'undefined') autoload(document);
