import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@candour/elements/define/ai-notice.js';
import type { CandourAiNotice } from '@candour/elements/ai-notice/ai-notice.js';
import { audiences, choice, exampleManifest, featureIds, hide, locales, missingSection, part, readingLevels, rendered } from './support';

interface NoticeArgs {
  feature?: string;
  'heading-level'?: number;
  locale?: string;
  audience?: string;
  'reading-level'?: string;
}

const notice = (a: NoticeArgs) =>
  html`<candour-ai-notice
    feature=${ifDefined(a.feature)}
    heading-level=${ifDefined(a['heading-level'])}
    locale=${ifDefined(a.locale)}
    audience=${ifDefined(a.audience)}
    reading-level=${ifDefined(a['reading-level'])}
  ></candour-ai-notice>`;

const meta = {
  title: 'Elements/AI notice',
  component: 'candour-ai-notice',
  render: notice,
  args: { feature: 'visit-note-summary' },
  argTypes: {
    feature: choice(featureIds),
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    locale: choice(locales),
    audience: choice(audiences),
    'reading-level': choice(readingLevels),
    ...hide('headingLevel', 'readingLevel'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'The full notice of one AI feature for one audience, in ten sections, with Easy Read for the person and their representatives, and print. Audience and reading level come from the element’s attributes, then the provider’s (the toolbar).',
      },
    },
  },
} satisfies Meta<NoticeArgs>;

export default meta;
type Story = StoryObj<NoticeArgs>;

/** For the person who draws on care (or whoever the toolbar says). */
export const Default: Story = {};

/** The person who draws on care. */
export const Person: Story = { args: { audience: 'person' } };

/** A family member, attorney or advocate. */
export const Representative: Story = { args: { audience: 'representative' } };

/** A care worker who uses the feature. */
export const Worker: Story = { args: { audience: 'worker' } };

/** The care provider: registered manager, data protection officer. */
export const Provider: Story = { args: { audience: 'provider' } };

/** Easy Read: short sentences, larger text. */
export const EasyRead: Story = { args: { audience: 'person', 'reading-level': 'easy-read' } };

/** The reader switches to Easy Read with the toggle (a click in the play function). */
export const SwitchToEasyRead: Story = {
  args: { audience: 'person' },
  play: async ({ canvasElement }) => {
    const element = await rendered<CandourAiNotice>(canvasElement, 'candour-ai-notice');
    const toggle = part<HTMLButtonElement>(element, '[part~="easy-read-toggle"]');
    toggle.click();
    await element.updateComplete;
    await expect(toggle.getAttribute('aria-pressed')).toBe('true');
  },
};

/** Welsh: the family chatbot's notice is written in Welsh too. */
export const Welsh: Story = { args: { feature: 'family-chatbot', audience: 'representative' }, globals: { locale: 'cy' } };

/** Welsh interface around English text where the supplier wrote no Welsh: each block is marked with its real language. */
export const WelshFallingBackToEnglish: Story = { args: { feature: 'visit-note-summary' }, globals: { locale: 'cy' } };

/** A feature the manifest does not describe: "AI is used here", and who to ask. */
export const UnknownFeature: Story = { args: { feature: 'no-such-feature' } };

/** A manifest whose notice lacks a required section (`yourChoices`): that feature falls back, visibly. */
export const MissingSection: Story = {
  parameters: { candour: { manifest: missingSection } },
};

/** While the manifest loads. */
export const Loading: Story = {
  parameters: { candour: { src: 'candour-never-answers.json' } },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) => (String(input).includes('candour-never-answers') ? new Promise<Response>(() => {}) : original(input, init));
    return () => {
      window.fetch = original;
    };
  },
};

/** Without a provider: the feature given as the `.data` property. */
export const WithoutProvider: Story = {
  parameters: { candour: { provider: false } },
  render: (a) =>
    html`<candour-ai-notice
      .data=${exampleManifest.features.find((f) => f.id === 'pain-assessment')}
      audience=${ifDefined(a.audience)}
    ></candour-ai-notice>`,
};
