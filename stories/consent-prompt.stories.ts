import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { createLedger, memoryStore, type Decider, type Ledger, type LedgerStore } from '@candour/core/consent';
import '@candour/elements/define/consent-prompt.js';
import type { CandourConsentPrompt } from '@candour/elements/consent-prompt/consent-prompt.js';
import { audiences, choice, featureIds, hide, locales, part, readingLevels, rendered } from './support';

interface PromptArgs {
  feature?: string;
  purpose?: string;
  mode?: string;
  visit?: string;
  subject?: string;
  'heading-level'?: number;
  locale?: string;
  audience?: string;
  'reading-level'?: string;
}

interface Loaded {
  ledger?: Ledger;
  decider?: Decider;
}

const SUBJECT = 'person-7f3a';

/** A store that cannot store, as a full browser storage behaves. */
function fullStore(): LedgerStore {
  const inner = memoryStore();
  return {
    name: 'full',
    load: () => inner.load(),
    head: () => inner.head(),
    put: async () => {
      const error = new Error('The quota has been exceeded.');
      error.name = 'QuotaExceededError';
      throw error;
    },
  };
}

/** A ledger holding one earlier answer about the family chatbot. */
async function answered(type: 'granted' | 'declined', version = '1.1'): Promise<Loaded> {
  const ledger = createLedger();
  await ledger.record({
    type,
    subject: SUBJECT,
    feature: 'family-chatbot',
    purpose: 'family-updates',
    model: 'explicit-consent',
    decidedBy: { role: 'person' },
    channel: 'self-service',
    shown: { feature: 'family-chatbot', version, audience: 'person', locale: 'en-GB', format: 'standard', sha256: 'a'.repeat(64) },
  });
  return { ledger };
}

const prompt = (a: PromptArgs, loaded: Loaded = {}) =>
  html`<candour-consent-prompt
    feature=${ifDefined(a.feature)}
    purpose=${ifDefined(a.purpose)}
    mode=${ifDefined(a.mode)}
    visit=${ifDefined(a.visit)}
    subject=${ifDefined(a.subject)}
    heading-level=${ifDefined(a['heading-level'])}
    locale=${ifDefined(a.locale)}
    audience=${ifDefined(a.audience)}
    reading-level=${ifDefined(a['reading-level'])}
    .ledger=${loaded.ledger ?? createLedger()}
    .decider=${loaded.decider}
  ></candour-consent-prompt>`;

const meta = {
  title: 'Elements/Consent prompt',
  component: 'candour-consent-prompt',
  render: (args, { loaded }) => prompt(args, loaded as Loaded),
  args: { feature: 'family-chatbot', subject: SUBJECT },
  argTypes: {
    feature: choice(featureIds),
    mode: choice(['inline', 'dialog']),
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    locale: choice(locales),
    audience: choice(audiences),
    'reading-level': choice(readingLevels),
    ...hide('headingLevel', 'readingLevel', 'ledger', 'decider', 'data', 'open'),
  },
  parameters: {
    docs: {
      description: {
        component:
          'Asks for explicit consent, or informs and offers objection, for each purpose of an AI feature, and records the answer in the consent ledger with the exact notice shown. Choices of equal weight; "Not today" for one visit; representatives and best-interests decisions; inline or as a modal dialog. Each story has its own ledger in memory.',
      },
    },
  },
} satisfies Meta<PromptArgs>;

export default meta;
type Story = StoryObj<PromptArgs>;

/** Explicit consent: the family chatbot may answer the family's questions only with a yes. */
export const ExplicitConsent: Story = {};

/** Inform and object: the AI is used unless the person objects, and the prompt says what happens then. */
export const InformAndObject: Story = { args: { feature: 'visit-note-summary' } };

/** Two purposes, each asked on its own; "Not today, for this visit" because a visit is given. */
export const TwoPurposesWithNotToday: Story = { args: { feature: 'visit-transcription', visit: 'visit-2026-11-27-0900' } };

/** The person answers yes: the answer is recorded and a confirmation takes focus. */
export const Answered: Story = {
  play: async ({ canvasElement }) => {
    const element = await rendered<CandourConsentPrompt>(canvasElement, 'candour-consent-prompt');
    part<HTMLButtonElement>(element, '[part~="choice"]').click();
    await element.updateComplete;
    await expect(part(element, '[part~="status"]').textContent).toContain('Your answer has been recorded.');
  },
};

/** An earlier yes is shown instead of asking again, with the way to change it. */
export const ExistingDecision: Story = { loaders: [() => answered('granted')] };

/** An earlier no. */
export const ExistingNo: Story = { loaders: [() => answered('declined')] };

/** The notice changed materially since the yes (version 0.9 then, 1.1 now): asked again, saying so. */
export const NoticeChanged: Story = { loaders: [() => answered('granted', '0.9')] };

/** A representative reads the prompt: an attorney with the LPA registration reference decides. */
export const Representative: Story = {
  args: { audience: 'representative' },
  loaders: [async () => ({ decider: { role: 'attorney', name: 'Amira Khan', relationship: 'daughter', authorityReference: '7000-1234-5678' } })],
};

/** A best-interests decision by a named professional, with the capacity assessment behind it. */
export const BestInterests: Story = {
  args: { feature: 'visit-note-summary', audience: 'worker' },
  loaders: [
    async () => ({
      decider: {
        role: 'best-interests',
        name: 'Dr Joan Ellis',
        relationship: 'GP',
        capacity: { decision: 'Whether AI may be used: Visit note drafting', outcome: 'lacks-capacity', assessedBy: 'Dr Joan Ellis', assessedAt: '2026-11-20T00:00:00.000Z' },
      },
    }),
  ],
};

/** A representative answers without saying who they are: the ledger's problems next to the fields, nothing recorded. */
export const ValidationErrors: Story = {
  args: { audience: 'representative' },
  play: async ({ canvasElement }) => {
    const element = await rendered<CandourConsentPrompt>(canvasElement, 'candour-consent-prompt');
    part<HTMLButtonElement>(element, '[part~="choice"]').click();
    await element.updateComplete;
    await expect(part(element, '[part~="error-summary"]').textContent).toContain('Nothing has been recorded.');
  },
};

/** The browser's storage is full: the answer is kept on this device, and the prompt says so plainly. */
export const NotSavedYet: Story = {
  loaders: [async () => ({ ledger: createLedger({ store: fullStore() }) })],
  play: async ({ canvasElement }) => {
    const element = await rendered<CandourConsentPrompt>(canvasElement, 'candour-consent-prompt');
    part<HTMLButtonElement>(element, '[part~="choice"]').click();
    await element.updateComplete;
    await expect(part(element, '[part~="status"]').textContent).toContain('not saved yet');
  },
};

/** A blocking dialog for when the workflow must pause (a visit about to be recorded). Escape closes it and records nothing. */
export const Dialog: Story = {
  args: { feature: 'visit-transcription', mode: 'dialog', visit: 'visit-2026-11-27-0900' },
  render: (args, { loaded }) =>
    html`<button type="button" @click=${(e: Event) => ((e.currentTarget as HTMLElement).nextElementSibling as CandourConsentPrompt).show()}>Start recording the visit</button>
      ${prompt(args, loaded as Loaded)}`,
  play: async ({ canvasElement }) => {
    const element = await rendered<CandourConsentPrompt>(canvasElement, 'candour-consent-prompt');
    element.show();
    await element.updateComplete;
    await expect(part<HTMLDialogElement>(element, 'dialog').open).toBe(true);
  },
};

/** Easy Read: the Easy Read summary, shorter sentences and larger text. */
export const EasyRead: Story = { args: { feature: 'visit-transcription', 'reading-level': 'easy-read' } };

/** Welsh. */
export const Welsh: Story = { args: { locale: 'cy' }, globals: { locale: 'cy' } };

/** No ledger and no subject: "We cannot record your choice here", and a `candour-error`. */
export const CannotRecord: Story = {
  args: { subject: undefined },
  render: (a) => html`<candour-consent-prompt feature=${ifDefined(a.feature)}></candour-consent-prompt>`,
};

/** A feature the manifest does not describe. */
export const UnknownFeature: Story = { args: { feature: 'no-such-feature' } };
