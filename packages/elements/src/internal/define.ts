/**
 * Registration that tolerates a second copy of Candour on the page (a host
 * product and an embedded widget): the first definition wins, and a warning
 * says so when the versions differ.
 */
export const CANDOUR_VERSION = '0.1.0';

const registered = (globalThis as { __candourVersions?: Map<string, string> }).__candourVersions ?? new Map<string, string>();
(globalThis as { __candourVersions?: Map<string, string> }).__candourVersions = registered;

export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
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
