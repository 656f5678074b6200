/**
 * Fixtures for the elements' browser tests: the bundled example manifest and
 * helpers to mount elements inside a provider. The manifest is imported as a
 * JSON module through the dev server (no network beyond the test server).
 */
import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/define/provider';
import { exampleManifest } from './fixtures-data';

export { exampleManifest };

/** Mounts `inner` inside a provider holding `manifest`, and waits for both to render. */
export async function withProvider<T extends Element>(
  inner: TemplateResult,
  options: { manifest?: unknown; locale?: string; audience?: string; readingLevel?: string } = {},
): Promise<{ provider: HTMLElement; element: T }> {
  const manifest = options.manifest ?? (await exampleManifest());
  const provider = await fixture<HTMLElement>(
    html`<candour-provider
      .manifest=${manifest}
      locale=${options.locale ?? 'en-GB'}
      audience=${options.audience ?? 'person'}
      reading-level=${options.readingLevel ?? 'standard'}
      >${inner}</candour-provider
    >`,
  );
  const element = provider.firstElementChild as T;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return { provider, element };
}

/** Waits for an element's next render. */
export async function settled(element: Element): Promise<void> {
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
}
