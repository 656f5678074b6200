/**
 * Pages the server-rendering tests render: each Candour element inside a provider given the
 * example manifest (or, for the badge, alone with attributes), for the Node tests and, through
 * render-fixture.ts, for the browser's hydration tests.
 */
import '@candour/elements/define/provider.js';
import '@candour/elements/define/ai-badge.js';
import '@candour/elements/define/ai-notice.js';
import '@candour/elements/define/ai-content.js';
import '@candour/elements/define/pledge.js';
import '@candour/elements/define/statements.js';
import '@candour/elements/define/consent-centre.js';
import '@candour/elements/define/consent-prompt.js';
import { html, type TemplateResult } from 'lit';
import { readFileSync } from 'node:fs';

export const exampleManifest: Record<string, unknown> = JSON.parse(readFileSync(new URL('../../examples/candour.json', import.meta.url), 'utf8'));

export const HOSTILE = '<img src=x onerror="alert(1)"><script>alert(2)</script>&amp;';

/** The example manifest with supplier text that would be markup if it were not escaped. */
export function hostileManifest(): Record<string, unknown> {
  const m = structuredClone(exampleManifest) as {
    supplier: { name: string; pledge?: { commitments?: { evidence?: Record<string, string> }[] } };
    features: { name: Record<string, string>; label?: { short?: Record<string, string> }; notice?: Record<string, unknown> }[];
  };
  m.supplier.name = `Larkspur ${HOSTILE}`;
  const evidence = m.supplier.pledge?.commitments?.[0]?.evidence;
  if (evidence) evidence['en-GB'] = `Evidence ${HOSTILE}`;
  const feature = m.features[0]!;
  feature.name['en-GB'] = `Visit notes ${HOSTILE}`;
  if (feature.label?.short) feature.label.short['en-GB'] = `Short ${HOSTILE}`;
  return m as unknown as Record<string, unknown>;
}

export type Fixture = (manifest: unknown) => TemplateResult;

/** One page per element (with the provider around it), and the whole care page. */
export const fixtures: Record<string, Fixture> = {
  provider: (m) => html`<candour-provider .manifest=${m}><p>Inside the provider</p></candour-provider>`,
  badge: (m) => html`<candour-provider .manifest=${m}><p>Visit note <candour-ai-badge feature="visit-note-summary"></candour-ai-badge></p></candour-provider>`,
  'badge-alone': () => html`<p>Rota <candour-ai-badge involvement="assisted" review="sampled"></candour-ai-badge></p>`,
  'badge-welsh': (m) => html`<candour-provider .manifest=${m} locale="cy"><p><candour-ai-badge feature="visit-note-summary"></candour-ai-badge></p></candour-provider>`,
  notice: (m) => html`<candour-provider .manifest=${m}><candour-ai-notice feature="visit-note-summary"></candour-ai-notice></candour-provider>`,
  content: (m) => html`<candour-provider .manifest=${m}><candour-ai-content feature="visit-note-summary"><p>Mrs Evans ate a full breakfast.</p></candour-ai-content></candour-provider>`,
  pledge: (m) => html`<candour-provider .manifest=${m}><candour-pledge></candour-pledge></candour-provider>`,
  statements: (m) => html`<candour-provider .manifest=${m}><candour-statements perspective="people" domain="ics"></candour-statements></candour-provider>`,
  'consent-centre': (m) => html`<candour-provider .manifest=${m} consent-store="memory" subject="person-1"><candour-consent-centre></candour-consent-centre></candour-provider>`,
  'consent-prompt': (m) => html`<candour-provider .manifest=${m} consent-store="memory" subject="person-1"><candour-consent-prompt feature="visit-note-summary"></candour-consent-prompt></candour-provider>`,
  'care-page': (m) => html`<candour-provider .manifest=${m}>
    <h1>Visit on 20 November</h1>
    <p>Visit note <candour-ai-badge feature="visit-note-summary"></candour-ai-badge></p>
    <candour-ai-content feature="visit-note-summary"><p>Mrs Evans ate a full breakfast and said she slept well.</p></candour-ai-content>
    <candour-ai-notice feature="visit-note-summary"></candour-ai-notice>
    <candour-pledge></candour-pledge>
  </candour-provider>`,
};
