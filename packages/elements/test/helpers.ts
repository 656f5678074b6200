/**
 * Helpers shared by the elements' browser tests: recording events and
 * console warnings, showing an element as printed or in the dark scheme, and
 * a context root holding a hand-made provider state.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { ContextProvider } from '@lit/context';
import { candourContext } from '../src/internal/context';

/** Records every event of a type that reaches the document, until `stop()`. */
export function collect<E extends Event>(type: string): { events: E[]; stop: () => void } {
  const events: E[] = [];
  const listener = (e: Event) => events.push(e as E);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

/** Silences and records console warnings, until `restore()`. */
export function captureWarnings(): { warnings: string[]; restore: () => void } {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

/**
 * Shows the element as printed, or in the dark colour scheme. Chromium
 * emulates the media; Firefox under WebDriver BiDi cannot, so there the
 * element's own rules for that media are applied unconditionally, which is
 * what the browser does when the media matches.
 */
export async function emulate(element: HTMLElement, what: 'print' | 'dark'): Promise<() => Promise<void>> {
  if (!/Firefox\//.test(navigator.userAgent)) {
    await emulateMedia(what === 'print' ? { media: 'print' } : { colorScheme: 'dark' });
    return async () => void (await emulateMedia(what === 'print' ? { media: 'screen' } : { colorScheme: 'light' }));
  }
  const condition = what === 'print' ? 'print' : '(prefers-color-scheme: dark)';
  const shadow = element.shadowRoot!;
  const before = [...shadow.adoptedStyleSheets];
  const rules = before
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.media.mediaText === condition)
    .flatMap((rule) => [...rule.cssRules].map((r) => r.cssText));
  expect(rules.length).to.be.greaterThan(0);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  shadow.adoptedStyleSheets = [...before, sheet];
  return async () => void (shadow.adoptedStyleSheets = before);
}

/** A context root holding a hand-made state, for states a real provider passes through too quickly to test. */
export class TestRoot extends LitElement {
  provider = new ContextProvider(this, { context: candourContext });
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('candour-test-root', TestRoot);
