import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@candour/elements/define/statements.js';
import { choice, hide, locales } from './support';

interface StatementsArgs {
  perspective?: string;
  domain?: string;
  'addressed-by'?: boolean;
  'heading-level'?: number;
  locale?: string;
}

const perspectives = ['people', 'workforce', 'providers', 'tech'] as const;

const statements = (a: StatementsArgs) =>
  html`<candour-statements
    perspective=${ifDefined(a.perspective)}
    domain=${ifDefined(a.domain)}
    ?addressed-by=${a['addressed-by']}
    heading-level=${ifDefined(a['heading-level'])}
    locale=${ifDefined(a.locale)}
  ></candour-statements>`;

const meta = {
  title: 'Elements/Statements',
  component: 'candour-statements',
  render: statements,
  args: { perspective: 'people', 'addressed-by': false },
  argTypes: {
    perspective: choice(perspectives),
    // The element also has CSS parts called `domain` and `addressed-by`; Storybook keys rows by name, so say these are the attributes.
    domain: { ...choice(['ics', 'sg', 'tr', 'ep']), description: 'One domain (e.g. `ics`); without it, every domain of the guidance, in order.', table: { category: 'attributes' } },
    'addressed-by': { control: 'boolean', description: 'Inside a provider: say which AI features of the manifest address each statement.', table: { category: 'attributes' } },
    'heading-level': { control: { type: 'number', min: 1, max: 6 } },
    locale: choice(locales),
    ...hide('addressedBy', 'headingLevel', 'readingLevel', 'reading-level', 'audience'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'The co-produced guidance’s "I" and "We" statements for one perspective, quoted as published with their source. A domain whose statements are not available says so. With `addressed-by`, each statement lists the manifest’s features that claim to address it.',
      },
    },
  },
} satisfies Meta<StatementsArgs>;

export default meta;
type Story = StoryObj<StatementsArgs>;

/** People who draw on care. */
export const People: Story = { args: { perspective: 'people' } };

/** The care workforce. */
export const Workforce: Story = { args: { perspective: 'workforce' } };

/** Care providers. */
export const Providers: Story = { args: { perspective: 'providers' } };

/** Technology providers: the supplier's own perspective. */
export const TechnologyProviders: Story = { args: { perspective: 'tech' } };

/** One domain only. */
export const OneDomain: Story = { args: { perspective: 'workforce', domain: 'ics' } };

/** Which of Larkspur's features claim to address each statement. */
export const AddressedByFeatures: Story = { args: { perspective: 'workforce', 'addressed-by': true } };

/** Welsh interface; the statements are quoted in English, as published. */
export const Welsh: Story = { args: { perspective: 'people' }, globals: { locale: 'cy' } };

/** A perspective the guidance does not have: a visible fallback. */
export const UnknownPerspective: Story = { args: { perspective: 'carers' } };
