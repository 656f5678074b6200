import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@candour/elements/define/ai-badge.js';
import type { CandourAiBadge } from '@candour/elements/ai-badge/ai-badge.js';
import { audiences, choice, featureIds, hide, locales, part, readingLevels, rendered } from './support';

interface BadgeArgs {
  feature?: string;
  size?: 'inline' | 'cell' | 'heading';
  involvement?: string;
  review?: string;
  'notice-href'?: string;
  locale?: string;
  audience?: string;
  'reading-level'?: string;
}

const involvements = ['generated', 'assisted', 'automated-decision', 'conversational'] as const;
const reviews = ['before-use', 'after-use', 'sampled', 'none'] as const;

const badge = (a: BadgeArgs) =>
  html`<candour-ai-badge
    feature=${ifDefined(a.feature)}
    size=${ifDefined(a.size)}
    involvement=${ifDefined(a.involvement)}
    review=${ifDefined(a.review)}
    notice-href=${ifDefined(a['notice-href'])}
    locale=${ifDefined(a.locale)}
    audience=${ifDefined(a.audience)}
    reading-level=${ifDefined(a['reading-level'])}
  ></candour-ai-badge>`;

/** Opens the toggletip the way a person does: a click on the badge. */
async function open(canvasElement: HTMLElement) {
  const element = await rendered<CandourAiBadge>(canvasElement, 'candour-ai-badge');
  const button = part<HTMLButtonElement>(element, 'button[part~="button"]');
  button.click();
  await element.updateComplete;
  await expect(button.getAttribute('aria-expanded')).toBe('true');
  await expect(part<HTMLElement>(element, '[part~="toggletip"]').hidden).toBe(false);
}

const meta = {
  title: 'Elements/AI badge',
  component: 'candour-ai-badge',
  render: (a) => html`<p>Visit note, 09:40, written by Sam Jones ${badge(a)}</p>`,
  args: { feature: 'visit-note-summary', size: 'inline' },
  argTypes: {
    feature: choice(featureIds),
    size: choice(['inline', 'cell', 'heading']),
    involvement: choice(involvements),
    review: choice(reviews),
    locale: choice(locales),
    audience: choice(audiences),
    'reading-level': choice(readingLevels),
    ...hide('noticeHref', 'readingLevel'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Says how AI is involved where its output appears and whether a person reviewed it. The button opens a toggletip with the short explanation from the manifest and a way to the full notice. Every story sits in a `candour-provider` holding the example manifest; the toolbar sets its language, audience, reading level, theme and direction.',
      },
    },
  },
} satisfies Meta<BadgeArgs>;

export default meta;
type Story = StoryObj<BadgeArgs>;

/** A visit note the AI drafted and a care worker checked. */
export const Default: Story = {};

/** The toggletip, opened by a click in the play function. */
export const Open: Story = {
  play: async ({ canvasElement }) => open(canvasElement),
};

/** Each way AI can be involved, from the manifest's features (or the `involvement` attribute). */
export const Involvements: Story = {
  render: () => html`<ul>
    ${involvements.map((involvement) => html`<li>${involvement}: ${badge({ feature: 'visit-note-summary', involvement, review: 'none' })}</li>`)}
  </ul>`,
};

/** Each review practice: whether, and when, a person checks the output. */
export const Reviews: Story = {
  render: () => html`<ul>
    ${reviews.map((review) => html`<li>${review}: ${badge({ feature: 'visit-note-summary', review })}</li>`)}
  </ul>`,
};

export const Generated: Story = { args: { feature: 'visit-note-summary' } };
export const Assisted: Story = { args: { feature: 'rota-builder' } };
export const AutomatedDecision: Story = { args: { feature: 'pain-assessment', involvement: 'automated-decision', review: 'none' } };
export const Conversational: Story = { args: { feature: 'family-chatbot' } };

/** Inline in running text, in a table cell (shorter: review goes into the toggletip), beside a heading. */
export const Sizes: Story = {
  render: () => html`
    <h2 style="margin-block-start:0">Care plan ${badge({ feature: 'care-plan-drafting', size: 'heading' })}</h2>
    <p>Morning routine ${badge({ feature: 'care-plan-drafting', size: 'inline' })}: help to wash and dress, breakfast, medicines.</p>
    <table>
      <caption>Rota, Monday</caption>
      <thead><tr><th scope="col">Time</th><th scope="col">Care worker</th><th scope="col">How it was planned</th></tr></thead>
      <tbody><tr><td>08:00</td><td>Sam Jones</td><td>${badge({ feature: 'rota-builder', size: 'cell' })}</td></tr></tbody>
    </table>`,
};

export const SizeCell: Story = { args: { feature: 'rota-builder', size: 'cell' } };
export const SizeHeading: Story = {
  args: { feature: 'care-plan-drafting', size: 'heading' },
  render: (a) => html`<h2>Care plan ${badge(a)}</h2>`,
};

/** A feature the manifest does not describe: the badge still says AI is used, and how to ask. */
export const UnknownFeature: Story = {
  args: { feature: 'no-such-feature' },
  play: async ({ canvasElement }) => open(canvasElement),
};

/** Without a provider or a feature: the badge's attributes alone. */
export const WithoutManifest: Story = {
  args: { feature: undefined, involvement: 'generated', review: 'after-use' },
  parameters: { candour: { provider: false } },
};

/** While the manifest is still loading (a `src` that never answers). */
export const Loading: Story = {
  parameters: { candour: { src: 'candour-never-answers.json' } },
  beforeEach: () => {
    const original = window.fetch;
    window.fetch = (input, init) => (String(input).includes('candour-never-answers') ? new Promise<Response>(() => {}) : original(input, init));
    return () => {
      window.fetch = original;
    };
  },
  play: async ({ canvasElement }) => open(canvasElement),
};

/** The manifest could not be loaded (HTTP 404): the fallback says AI is used here. */
export const FetchFailed: Story = {
  parameters: { candour: { src: 'manifests/not-there.json' } },
  play: async ({ canvasElement }) => open(canvasElement),
};

/** Welsh interface and the manifest's Welsh text (the family chatbot has it). */
export const Welsh: Story = {
  args: { feature: 'family-chatbot' },
  globals: { locale: 'cy' },
  play: async ({ canvasElement }) => open(canvasElement),
};

/** Right to left: the toggletip opens from the inline start. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  play: async ({ canvasElement }) => open(canvasElement),
};

/** Full notices at their own pages instead of the provider's dialog. */
export const NoticeLink: Story = {
  args: { 'notice-href': '/ai/{feature}' },
  play: async ({ canvasElement }) => open(canvasElement),
};
