import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '@candour/elements/define/ai-content.js';
import type { CandourAiContent } from '@candour/elements/ai-content/ai-content.js';
import { choice, featureIds, hide, locales, part, rendered } from './support';

interface ContentArgs {
  feature?: string;
  reviewable?: boolean;
  'reviewed-by'?: string;
  'reviewed-at'?: string;
  edited?: boolean;
  'content-id'?: string;
  'notice-href'?: string;
  locale?: string;
}

const note = html`<p>Eileen was sitting in the front room when I arrived and was pleased to see me. She told me she had slept well.</p>
  <p>She ate half of a ham sandwich and drank all of her tea. I prompted her 12:30 medicines and she took them with water.</p>
  <p>Eileen said her left knee felt a bit stiff. I saw no swelling.</p>`;

/** Records the review the way a host product would: who (the signed-in worker) and when. */
function recordReview(event: Event) {
  const element = event.target as CandourAiContent;
  element.setAttribute('reviewed-by', 'Priya Shah');
  element.setAttribute('reviewed-at', new Date().toISOString());
}

const content = (a: ContentArgs) =>
  html`<candour-ai-content
    feature=${ifDefined(a.feature)}
    ?reviewable=${a.reviewable}
    reviewed-by=${ifDefined(a['reviewed-by'])}
    reviewed-at=${ifDefined(a['reviewed-at'])}
    ?edited=${a.edited}
    content-id=${ifDefined(a['content-id'])}
    notice-href=${ifDefined(a['notice-href'])}
    locale=${ifDefined(a.locale)}
    @candour-content-review=${recordReview}
    >${note}</candour-ai-content
  >`;

const meta = {
  title: 'Elements/AI content',
  component: 'candour-ai-content',
  render: content,
  args: { feature: 'visit-note-summary', 'content-id': 'visit-2026-11-27-1230', reviewable: false, edited: false },
  argTypes: {
    feature: choice(featureIds),
    locale: choice(locales),
    'reviewed-at': { control: 'text' },
    // The element also has a CSS part called `edited`; Storybook keys rows by name, so say this is the attribute.
    edited: { control: 'boolean', description: 'A person changed the content after the AI drafted it.', table: { category: 'attributes' } },
    ...hide('reviewedBy', 'reviewedAt', 'contentId', 'noticeHref'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Wraps content an AI drafted, with its provenance and review state. It never claims a review itself: "Mark as checked" asks the host (`candour-content-review`), which records who and when and sets `reviewed-by` and `reviewed-at`. In these stories the host is a small listener that signs as Priya Shah.',
      },
    },
  },
} satisfies Meta<ContentArgs>;

export default meta;
type Story = StoryObj<ContentArgs>;

/** Drafted by AI, not yet checked: a warning in words, an icon and a dashed border. */
export const Unreviewed: Story = {};

/** With a "Mark as checked" button for the person who may check it. */
export const Reviewable: Story = { args: { reviewable: true } };

/** A care worker checks it (a click in the play function); the host records who and when. */
export const CheckedHere: Story = {
  args: { reviewable: true },
  play: async ({ canvasElement }) => {
    const element = await rendered<CandourAiContent>(canvasElement, 'candour-ai-content');
    part<HTMLButtonElement>(element, '[part~="review-button"]').click();
    await element.updateComplete;
    await expect(element.getAttribute('reviewed-by')).toBe('Priya Shah');
  },
};

/** Checked by a named person at a given time. */
export const Reviewed: Story = { args: { 'reviewed-by': 'Priya Shah', 'reviewed-at': '2026-11-27T13:12Z' } };

/** Checked, date only. */
export const ReviewedOnADay: Story = { args: { 'reviewed-by': 'Priya Shah', 'reviewed-at': '2026-11-27' } };

/** Checked, and changed by a person after the AI drafted it. */
export const Edited: Story = { args: { 'reviewed-by': 'Priya Shah', 'reviewed-at': '2026-11-27T13:12Z', edited: true } };

/** Welsh interface; the note itself stays in the language it was written in. */
export const Welsh: Story = { args: { reviewable: true }, globals: { locale: 'cy' } };

/** A feature the manifest does not describe: the content is still wrapped and marked. */
export const UnknownFeature: Story = { args: { feature: 'no-such-feature', reviewable: true } };
