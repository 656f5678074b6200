/**
 * Server rendering of Candour's elements with `@lit-labs/ssr` (declarative
 * shadow DOM), for a page that is readable before any script runs and that
 * hydrates without rebuilding what the server wrote.
 *
 * ```ts
 * import '@candour/elements/define/provider.js'; // and the other elements you use
 * import { html } from 'lit';
 * import { renderCandourToString } from '@candour/elements/ssr/ssr.js';
 *
 * const body = await renderCandourToString(
 *   html`<candour-provider .manifest=${manifest}><candour-ai-badge feature="visit-note-summary"></candour-ai-badge></candour-provider>`,
 * );
 * ```
 *
 * In the browser, import `@lit-labs/ssr-client/lit-element-hydrate-support.js`
 * before any element definition.
 *
 * How elements get the manifest on the server: the elements inside a
 * `candour-provider` ask it for its state with the context protocol's
 * `context-request` event, as in the browser, once and without subscribing
 * (Lit SSR dispatches events along the server's element tree). Their
 * `connectedCallback` is not called on the server, so nothing is left
 * listening after a render.
 *
 * The elements inside a provider are written with `defer-hydration`: in the browser, `hydrateCandour()`
 * (`@candour/elements/ssr/client.js`) releases them once the provider has its manifest, so their first
 * render there is the one written here. On the server, a provider never fetches (`src` renders as loading)
 * and never opens a consent ledger (consent elements render as loading their choices).
 *
 * Elements that build their shadow DOM by hand (no lit-html template, e.g. the
 * badge) plug in with a server shadow: a function, registered here with
 * `registerServerShadow(tag, fn)`, or an instance method `serverShadow()` on the
 * element's class, returning the shadow tree as {@link ServerNode}s. This module
 * writes it out and escapes every text and attribute value, so supplier text
 * can never become markup.
 *
 * @module
 */
import type { RenderInfo, RenderResult } from '@lit-labs/ssr';
import type { ElementRendererConstructor } from '@lit-labs/ssr/lib/element-renderer.js';
import type { ThunkedRenderResult } from '@lit-labs/ssr/lib/render-result.js';
import { ReactiveElement, type CSSResultOrNative } from '@lit/reactive-element';
import { candourContext, type CandourState } from '../internal/context';
import type { CandourAiBadge } from '../ai-badge/ai-badge';

// Lit SSR is the server's own dependency, loaded from the server's node_modules and never bundled into this
// module: a bundled copy would bring lit-html's browser build, which cannot run in Node. (The specifiers are
// variables so the package build leaves them alone; once `@lit-labs/ssr` is a peer dependency of this package,
// static imports do the same.)
const ssrEntry = '@lit-labs/ssr';
const resultEntry = '@lit-labs/ssr/lib/render-result.js';
const { render, ElementRenderer, LitElementRenderer } = (await import(ssrEntry)) as typeof import('@lit-labs/ssr');
const { collectResult } = (await import(resultEntry)) as typeof import('@lit-labs/ssr/lib/render-result.js');

/** An element of a server-rendered shadow tree: tag, attributes (null or false: left out; true: present, empty) and children. */
export interface ServerElement {
  tag: string;
  attrs?: Readonly<Record<string, string | boolean | null | undefined>>;
  children?: readonly ServerNode[];
}

/** A node of a server-rendered shadow tree: text (escaped when written) or an element. */
export type ServerNode = string | ServerElement;

/** What a hand-built element gives the server: its shadow tree, computed from its properties and the provider's state. */
export type ServerShadow<E extends HTMLElement = HTMLElement> = (element: E) => readonly ServerNode[];

/** Options of a server render. */
export interface CandourRenderOptions {
  /**
   * The page's language (its `<html lang>`), which elements use when neither they nor their provider
   * say otherwise, as they read `lang` from the page in the browser. Default `en-GB`.
   */
  lang?: string;
  /**
   * The page's address (its base URI), against which relative `notice-href` templates are resolved, as the
   * browser resolves them against the page. Without it, a relative `notice-href` gives no link on the server.
   */
  baseURI?: string;
  /** Renderers for other custom elements on the page, tried after Candour's. */
  elementRenderers?: ElementRendererConstructor[];
  /** Passed to Lit SSR: the top-level elements wait for `defer-hydration` to be removed. Default false. */
  deferHydration?: boolean;
}

const serverShadows = new Map<string, ServerShadow<HTMLElement>>();

/**
 * Registers how a hand-built element (one extending `ReactiveElement`, not `LitElement`) renders its shadow
 * tree on the server. The function gets the element with its attributes, properties and (inside a provider)
 * the provider's state set, and returns the nodes the element would build in the browser, the same ones,
 * so hydration can adopt them. Registering a tag again replaces its function.
 */
export function registerServerShadow<E extends HTMLElement>(tag: string, shadow: ServerShadow<E>): void {
  if (!/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(tag)) throw new TypeError(`registerServerShadow: "${tag}" is not a custom element name.`);
  if (typeof shadow !== 'function') throw new TypeError(`registerServerShadow: the shadow of <${tag}> must be a function.`);
  serverShadows.set(tag, shadow as ServerShadow<HTMLElement>);
}

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or an attribute value, safe to put in HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => escapes[c]!);
}

const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const namePattern = /^[a-z][a-z0-9-]*$/;
const attrPattern = /^[a-z_:][a-z0-9_.:-]*$/;

/** Writes server nodes out as HTML, escaping text and attribute values. */
export function serialiseNodes(nodes: readonly ServerNode[]): string {
  let out = '';
  for (const node of nodes) {
    if (typeof node === 'string') {
      out += escapeHtml(node);
      continue;
    }
    const tag = node.tag.toLowerCase();
    if (!namePattern.test(tag)) throw new TypeError(`A server shadow has an element named "${node.tag}", which is not a tag name.`);
    out += `<${tag}`;
    for (const [name, value] of Object.entries(node.attrs ?? {})) {
      if (value === null || value === undefined || value === false) continue;
      if (!attrPattern.test(name)) throw new TypeError(`A server shadow's <${tag}> has an attribute named "${name}", which is not an attribute name.`);
      out += value === true ? ` ${name}` : ` ${name}="${escapeHtml(value)}"`;
    }
    out += '>';
    if (voidTags.has(tag)) continue;
    out += serialiseNodes(node.children ?? []);
    out += `</${tag}>`;
  }
  return out;
}

/** The element as Lit SSR's DOM shim has it: its parent on the server's event path, and its attributes. */
type ServerSideElement = HTMLElement & { __eventTargetParent?: EventTarget; __host?: HTMLElement };

/**
 * A stand-in for `Element.closest('[lang]')`, which the DOM shim lacks: the nearest server-rendered
 * ancestor element with a `lang` attribute, else the page's language.
 */
function prepare(element: ServerSideElement, pageLang: string, baseURI: string | undefined): void {
  // The element's document, as far as elements read it: its base URI (the DOM shim has none).
  Object.defineProperty(element, 'ownerDocument', { configurable: true, value: { baseURI } });
  // A shadow root on the server, so the elements slotted into this one find it on their event path
  // (Lit SSR links slots to their host's shadow root) and their requests reach the provider.
  if (!element.shadowRoot) element.attachShadow((element.constructor as { shadowRootOptions?: ShadowRootInit }).shadowRootOptions ?? { mode: 'open' });
  const pageRoot = { getAttribute: (name: string) => (name === 'lang' ? pageLang : null) };
  Object.defineProperty(element, 'closest', {
    configurable: true,
    value(selector: string) {
      if (selector !== '[lang]') return null;
      for (let node: EventTarget | undefined = element; node; node = (node as ServerSideElement).__eventTargetParent ?? (node as ServerSideElement).__host) {
        if (node === (node as ServerSideElement).__eventTargetParent) break;
        const el = node as ServerSideElement;
        if (typeof el.hasAttribute === 'function' && el.hasAttribute('lang')) return el;
      }
      return pageRoot;
    },
  });
}

/** Asks the nearest provider for its state, once (no subscription: nothing outlives the render). */
function askProvider(element: HTMLElement): CandourState | undefined {
  let answer: CandourState | undefined;
  const request = Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
    context: candourContext,
    contextTarget: element,
    callback: (state: CandourState | undefined) => {
      answer = state;
    },
    subscribe: false,
  });
  element.dispatchEvent(request);
  return answer;
}

const isCandourTag = (tag: string) => tag.startsWith('candour-');

/** Makes the renderers of one render, with its options. */
export function candourElementRenderers(options: CandourRenderOptions = {}): ElementRendererConstructor[] {
  const lang = options.lang || 'en-GB';

  /** Candour's Lit elements: Lit's own renderer, plus the provider's state and the page's language. */
  class CandourLitElementRenderer extends LitElementRenderer {
    static override matchesClass(ctor: typeof HTMLElement, tagName?: string): boolean {
      return isCandourTag(tagName ?? '') && LitElementRenderer.matchesClass(ctor);
    }

    constructor(tagName: string) {
      super(tagName);
      prepare(this.element as ServerSideElement, lang, options.baseURI);
    }

    /** Inside a provider: it hydrates once the provider in the browser has its manifest (see `hydrateCandour`). */
    private deferred = false;

    override connectedCallback(): void {
      if (this.tagName === 'candour-provider') {
        useServerLedger(this.element);
        useNoFetch(this.element);
      } else {
        const state = askProvider(this.element);
        if (state) (this.element as unknown as { candour?: CandourState }).candour = state;
        this.deferred = state !== undefined;
      }
      super.connectedCallback();
    }

    override renderAttributes(): ThunkedRenderResult {
      const attributes = super.renderAttributes();
      return this.deferred && !this.element.hasAttribute('defer-hydration') ? [...attributes, ' defer-hydration'] : attributes;
    }

    override renderShadow(renderInfo: RenderInfo): ThunkedRenderResult | undefined {
      // An element still working (the pledge reading the manifest with @candour/core) is written once it is done.
      const work = pendingWork(this.element);
      if (!work) return super.renderShadow(renderInfo);
      return [async () => {
        await work;
        return super.renderShadow(renderInfo) ?? '';
      }];
    }
  }

  /** Candour's hand-built elements (`ReactiveElement` without lit-html): their server shadow, written out. */
  class CandourHandBuiltRenderer extends ElementRenderer {
    declare element: ReactiveElement;

    static override matchesClass(ctor: typeof HTMLElement, tagName?: string): boolean {
      return isCandourTag(tagName ?? '') && ctor.prototype instanceof ReactiveElement && !LitElementRenderer.matchesClass(ctor) && shadowOf(ctor, tagName ?? '') !== undefined;
    }

    constructor(tagName: string) {
      super(tagName);
      const ctor = customElements.get(tagName) as unknown as new () => ReactiveElement;
      this.element = new ctor();
      prepare(this.element as ServerSideElement, lang, options.baseURI);
    }

    override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
      // As the browser would: the element turns the attribute into its property.
      (this.element as unknown as { attributeChangedCallback(n: string, o: string | null, v: string | null): void }).attributeChangedCallback(name, old, value);
    }

    override connectedCallback(): void {
      const state = askProvider(this.element);
      if (state) (this.element as unknown as { candour?: CandourState }).candour = state;
      // Reflects properties to attributes as the first update would, without rendering in a DOM.
      const changed = (this.element as unknown as { _$changedProperties: Map<PropertyKey, unknown> })._$changedProperties;
      (ReactiveElement.prototype as unknown as { update(c: Map<PropertyKey, unknown>): void }).update.call(this.element, changed);
    }

    override renderShadow(): ThunkedRenderResult {
      const ctor = this.element.constructor as typeof ReactiveElement;
      const shadow = shadowOf(ctor as unknown as typeof HTMLElement, this.tagName)!;
      const styles = ctor.elementStyles ?? [];
      const css = styles.map((s: CSSResultOrNative) => ('cssText' in s ? s.cssText : '')).join('');
      return [css ? `<style>${css}</style>` : '', serialiseNodes(shadow(this.element))];
    }
  }

  return [CandourLitElementRenderer, CandourHandBuiltRenderer, ...(options.elementRenderers ?? []), LitElementRenderer];
}

/** Work an element started while preparing its first render (the pledge's reading of the manifest), if any. */
function pendingWork(element: HTMLElement): Promise<unknown> | undefined {
  const job = (element as unknown as { job?: { done?: unknown; settled?: boolean } }).job;
  return job && !job.settled && job.done instanceof Promise ? job.done : undefined;
}

/**
 * Consent is recorded in the browser (IndexedDB, or the supplier's endpoint through the browser's outbox), never
 * while rendering on the server. A provider that will have a ledger in the browser gets a stand-in on the server
 * instead, so consent elements render what they show before the ledger answers ("loading the choices") rather than
 * saying the choices cannot be shown; nothing is opened, stored or sent.
 */
const serverLedger = new Proxy(
  {},
  {
    get(_target, name) {
      if (name === 'then') return undefined;
      return () => {
        throw new Error(`The consent ledger is not available while rendering on the server (ledger.${String(name)}).`);
      };
    },
  },
);

/**
 * The server never fetches a manifest: a provider given only `src` renders as loading (what the browser shows
 * until its fetch answers), and the browser fetches it. Give the manifest as a property to render it.
 */
function useNoFetch(provider: HTMLElement): void {
  Object.defineProperty(provider, 'load', {
    configurable: true,
    value(this: { src?: string; state: CandourState }) {
      if (this.src) this.state = { ...this.state, status: 'loading', issues: [] };
      return Promise.resolve();
    },
  });
}

function useServerLedger(provider: HTMLElement): void {
  Object.defineProperty(provider, 'makeLedger', {
    configurable: true,
    value(this: { ledger?: unknown; consentStore?: string; consentEndpoint?: string; ownLedger?: unknown }) {
      this.ownLedger = !this.ledger && (this.consentStore || this.consentEndpoint) ? serverLedger : undefined;
    },
  });
}

function shadowOf(ctor: typeof HTMLElement, tagName: string): ServerShadow<HTMLElement> | undefined {
  const own = (ctor.prototype as { serverShadow?: () => readonly ServerNode[] }).serverShadow;
  if (typeof own === 'function') return (element) => own.call(element);
  return serverShadows.get(tagName);
}

/**
 * The manifest as a `<script type="application/json">` for the page, so the provider in the browser gets the same
 * manifest the server rendered with (set it as the provider's `manifest` before its definition loads) and hydrates
 * without fetching it. `<` is written as `\u003c`, so no string in the manifest can close the script.
 */
export function manifestScript(manifest: unknown, id = 'candour-manifest'): string {
  if (!/^[A-Za-z][\w-]*$/.test(id)) throw new TypeError(`manifestScript: "${id}" is not a usable id (letters, digits, "-" and "_", starting with a letter).`);
  const json = JSON.stringify(manifest);
  if (json === undefined) throw new TypeError('manifestScript: the manifest cannot be written as JSON.');
  return `<script type="application/json" id="${id}">${json.replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')}</script>`;
}

/** Renders a lit-html template (or any value Lit renders) with Candour's elements, as a stream of HTML. */
export function renderCandour(value: unknown, options: CandourRenderOptions = {}): RenderResult {
  const info: Partial<RenderInfo> = { elementRenderers: candourElementRenderers(options), deferHydration: options.deferHydration ?? false };
  return render(value, info);
}

/** Renders to one string (for a page fragment). */
export function renderCandourToString(value: unknown, options: CandourRenderOptions = {}): Promise<string> {
  return collectResult(renderCandour(value, options));
}

/**
 * The badge's server shadow: its button with the label it would show, closed. The toggletip is built
 * on the first open in the browser, so the server writes none.
 */
registerServerShadow<CandourAiBadge>('candour-ai-badge', (badge) => {
  // The badge's own label logic, so server and browser say the same thing.
  const internals = badge as unknown as { lookup(): unknown; labelText(found: unknown): string; lang_: string };
  const label = internals.labelText(internals.lookup());
  return [{ tag: 'button', attrs: { part: 'button', type: 'button', lang: internals.lang_, 'aria-expanded': 'false' }, children: [label] }];
});
