/**
 * Helpers the stories share: waiting for Candour elements to render, and
 * reaching into their shadow roots from play functions.
 */
import type { ReactiveElement } from 'lit';
import exampleManifest from '../examples/candour.json';

export { exampleManifest };

/** A deep copy of the example manifest to change for one story. */
export function manifestWith(change: (manifest: typeof exampleManifest) => void): typeof exampleManifest {
  const copy = structuredClone(exampleManifest);
  change(copy);
  return copy;
}

/** The example manifest with the visit-note feature's notice missing a required section. */
export const missingSection = manifestWith((m) => {
  delete (m.features[0]!.notice.person as Partial<(typeof m.features)[0]['notice']['person']>).yourChoices;
});

/** The first element matching `selector` in the canvas, once it and its provider have rendered. */
export async function rendered<T extends ReactiveElement>(canvas: HTMLElement, selector: string): Promise<T> {
  const element = canvas.querySelector<T>(selector);
  if (!element) throw new Error(`No ${selector} in the story`);
  await customElements.whenDefined(element.localName);
  const provider = element.closest('candour-provider') as ReactiveElement | null;
  if (provider) await provider.updateComplete;
  await element.updateComplete;
  // Context updates re-render the element once more.
  await element.updateComplete;
  return element;
}

/** An element inside a shadow root. */
export function part<T extends Element>(host: Element, selector: string): T {
  const found = host.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`No ${selector} in <${host.localName}>`);
  return found;
}

/**
 * Argument types the Storybook controls should offer as choices rather than
 * free text. The rest (descriptions, defaults, events, parts, custom
 * properties) come from custom-elements.json.
 */
export const choice = (options: readonly string[]) => ({ control: { type: 'select' as const }, options: [undefined, ...options] });
export const audiences = ['person', 'representative', 'worker', 'provider'] as const;
export const readingLevels = ['standard', 'easy-read'] as const;
export const locales = ['en-GB', 'cy'] as const;
export const featureIds = exampleManifest.features.map((f) => f.id);

/**
 * Rows to leave out of the controls and the docs table: properties that
 * mirror an attribute listed under its own name (one control is enough), or
 * that the element does not use.
 */
export const hide = (...names: string[]): Record<string, { table: { disable: true } }> =>
  Object.fromEntries(names.map((name) => [name, { table: { disable: true } }]));
