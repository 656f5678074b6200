import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@candour/elements/define/provider.js';
import '@candour/elements/define/ai-badge.js';
import type { CandourAiBadge } from '@candour/elements/ai-badge/ai-badge.js';
import newerSchema from '../examples/invalid/03-newer-schema-version.json';
import { exampleManifest, hide, missingSection, part, rendered } from './support';

interface ProviderArgs {
  manifest?: unknown;
  src?: string;
  'notice-href'?: string;
}

/** What the provider and the elements inside it reported, as a developer would see it in their console. */
function log(event: Event) {
  const list = (event.currentTarget as HTMLElement).querySelector('.event-log');
  const item = document.createElement('li');
  const detail = (event as CustomEvent).detail as Record<string, unknown>;
  item.textContent = `${event.type}: ${typeof detail.message === 'string' ? detail.message : JSON.stringify(detail)}`;
  list?.append(item);
}

const featureList = html`<ul>
  ${exampleManifest.features.map((f) => html`<li>${f.name['en-GB']} <candour-ai-badge feature=${f.id}></candour-ai-badge></li>`)}
</ul>`;

const meta = {
  title: 'Elements/Provider',
  component: 'candour-provider',
  // These stories bring their own provider, to show its attributes and its events.
  parameters: {
    candour: { provider: false },
    docs: {
      description: {
        component:
          'The context root. It reads the manifest (an object, or the URL of the supplier’s own `candour.json`: the only request Candour makes) and gives every element inside it the manifest, locale, audience and reading level. A broken feature falls back on its own; a manifest that cannot be read makes every element fall back visibly. Full notices open in its dialog unless `notice-href` says where they live.',
      },
    },
  },
  args: { manifest: exampleManifest },
  argTypes: { manifest: { control: 'object' }, ...hide('noticeHref', 'readingLevel') },
  render: (a, { globals }) =>
    html`<div @candour-manifest-load=${log} @candour-error=${log}>
      <candour-provider
        .manifest=${a.src ? undefined : a.manifest}
        src=${ifDefined(a.src)}
        notice-href=${ifDefined(a['notice-href'])}
        locale=${globals.locale}
        audience=${globals.audience}
        reading-level=${globals.readingLevel}
        >${featureList}</candour-provider
      >
      <h2 style="font-size:1rem">Events</h2>
      <ol class="event-log" style="overflow-wrap:anywhere"></ol>
    </div>`,
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** The example manifest as an object: every feature's badge. */
export const WithManifest: Story = {};

/** The manifest loaded from a URL with `src`. */
export const LoadedFromSrc: Story = { args: { src: 'manifests/candour.json' } };

/** The URL does not answer with a manifest (HTTP 404): every element falls back. */
export const FetchFailed: Story = { args: { src: 'manifests/not-there.json' } };

/** A manifest that cannot be read (schema version 2.0): every element falls back, and the error says why. */
export const InvalidManifest: Story = { args: { manifest: newerSchema } };

/** One broken feature (its notice lacks a section): it falls back, the others still show. */
export const OneBrokenFeature: Story = { args: { manifest: missingSection } };

/** A badge asks for the full notice; the provider opens it in a dialog (clicks in the play function). */
export const NoticeInDialog: Story = {
  play: async ({ canvasElement }) => {
    const badge = await rendered<CandourAiBadge>(canvasElement, 'candour-ai-badge');
    part<HTMLButtonElement>(badge, 'button[part~="button"]').click();
    await badge.updateComplete;
    part<HTMLButtonElement>(badge, '[part~="notice-button"]').click();
    const provider = canvasElement.querySelector('candour-provider')!;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(provider.shadowRoot?.querySelector('dialog')?.open).toBe(true);
  },
};

/** Full notices live at the supplier's own pages: badges link there. */
export const NoticePages: Story = { args: { 'notice-href': '/ai/{feature}' } };
