/**
 * Registration that tolerates a second copy of Candour on the page (a host
 * product and an embedded widget): the first definition wins, and a warning
 * says so when the versions differ.
 */
import { ContextRoot } from '@lit/context';

export const CANDOUR_VERSION = '0.1.0';

const registered = (globalThis as { __candourVersions?: Map<string, string> }).__candourVersions ?? new Map<string, string>();
(globalThis as { __candourVersions?: Map<string, string> }).__candourVersions = registered;

/**
 * Elements written in static HTML may ask for the provider's context before
 * `candour-provider` is defined; a context root on the document keeps those
 * requests and answers them once the provider arrives, whatever the order in
 * which a page imports the definitions.
 */
function ensureContextRoot(): void {
  const key = Symbol.for('candour-context-root');
  const g = globalThis as { [key: symbol]: unknown };
  if (g[key] || typeof document === 'undefined') return;
  g[key] = true;
  new ContextRoot().attach(document.documentElement);
}

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  ensureContextRoot();
  if (customElements.get(tag)) {
    const existing = registered.get(tag);
    if (existing !== CANDOUR_VERSION) {
      console.warn(`<${tag}> is already defined by Candour ${existing ?? 'of an unknown version'}; this copy (${CANDOUR_VERSION}) is not used.`);
    }
    return;
  }
  customElements.define(tag, ctor);
  registered.set(tag, CANDOUR_VERSION);
}
