import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@candour/elements/define/pledge.js';
import newerSchema from '../examples/invalid/03-newer-schema-version.json';
import { audiences, choice, exampleManifest, hide, locales } from './support';

interface PledgeArgs {
  'heading-level'?: number;
  locale?: string;
  audience?: string;
}

const pledge = (a: PledgeArgs) =>
  html`<candour-pledge heading-level=${ifDefined(a['heading-level'])} locale=${ifDefined(a.locale)} audience=${ifDefined(a.audience)}></candour-pledge>`;

const meta = {
  title: 'Elements/Pledge',
  component: 'candour-pledge',
  render: pledge,
  argTypes: {
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    locale: choice(locales),
    audience: choice(audiences),
    ...hide('headingLevel', 'readingLevel', 'reading-level'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'The supplier’s Technology Suppliers’ Pledge: signed or not, and for each commitment a verdict in words, the evidence in its manifest and its own statement. Inside a provider it validates the whole manifest and assesses it, loading the rest of @candour/core on demand.',
      },
    },
  },
} satisfies Meta<PledgeArgs>;

export default meta;
type Story = StoryObj<PledgeArgs>;

/** Read from the provider's manifest, for whoever the toolbar says. */
export const Default: Story = {};

/** For the person who draws on care: verdicts and statements, no field lists. */
export const ForPeople: Story = { args: { audience: 'person' } };

/** For care workers: with the manifest fields behind each verdict. */
export const ForWorkers: Story = { args: { audience: 'worker' } };

/** For care providers: also what would strengthen the evidence. */
export const ForProviders: Story = { args: { audience: 'provider' } };

/** Welsh interface (the pledge's own words are quoted in English). */
export const Welsh: Story = { globals: { locale: 'cy' } };

/** Without a provider: a `PledgeAssessment` given as `.assessment` (what `candour assess --json` prints). */
export const FromAnAssessment: Story = {
  parameters: { candour: { provider: false } },
  loaders: [
    async () => {
      const { assessPledge, parseManifest } = await import('@candour/core');
      const parsed = parseManifest(exampleManifest);
      return { assessment: parsed.ok ? assessPledge(parsed.manifest) : undefined };
    },
  ],
  render: (a, { loaded }) => html`<candour-pledge .assessment=${loaded.assessment} audience=${ifDefined(a.audience)}></candour-pledge>`,
};

/** A manifest that cannot be read: the fallback says so, accessibly. */
export const InvalidManifest: Story = { parameters: { candour: { manifest: newerSchema } } };
