import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect } from 'storybook/test';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { readDisplayManifest } from '@candour/core/display';
import { createLedger, LedgerStoreError, memoryStore, noticeSnapshot, shownFrom, type ConsentEventInput, type Ledger, type LedgerStore, type Recorder } from '@candour/core/consent';
import '@candour/elements/define/provider.js';
import '@candour/elements/define/consent-centre.js';
import type { CandourConsentCentre } from '@candour/elements/consent-centre/consent-centre.js';
import { choice, exampleManifest, featureIds, hide, part, rendered } from './support';

interface CentreArgs {
  mode?: string;
  visit?: string;
  feature?: string;
  purpose?: string;
  'heading-level'?: number;
}

const SUBJECT = 'person-7f3a';
const WORKER: Recorder = { id: 'cw-12', name: 'Sam Carter', role: 'care worker' };

const read = readDisplayManifest(exampleManifest);
const shown = (id: string) => {
  if (!read.ok) throw new Error('The example manifest cannot be read');
  return shownFrom(noticeSnapshot(read.manifest.features.get(id)!, { audience: 'person', locale: 'en-GB' }));
};
const models: Record<string, ConsentEventInput['model']> = { 'family-updates': 'explicit-consent', 'improve-transcription': 'explicit-consent' };
const event = (feature: string, purpose: string, type: ConsentEventInput['type'], extra: Partial<ConsentEventInput> = {}): ConsentEventInput => ({
  type,
  subject: SUBJECT,
  feature,
  purpose,
  model: models[purpose] ?? 'inform-and-object',
  decidedBy: { role: 'person' },
  channel: 'self-service',
  ...extra,
});

/** A ledger holding a bit of everything: agreed, not objecting, objected, not today, a correction. */
async function seeded(store: LedgerStore = memoryStore()): Promise<Ledger> {
  const ledger = createLedger({ store });
  await ledger.record(event('visit-note-summary', 'visit-record', 'shown', { shown: shown('visit-note-summary') }));
  await ledger.record(event('visit-transcription', 'visit-transcription', 'shown', { shown: shown('visit-transcription') }));
  await ledger.record(event('visit-transcription', 'visit-transcription', 'objected-this-visit', { visit: 'visit-42', recordedBy: WORKER, channel: 'verbal-recorded-by-staff' }));
  await ledger.record(event('family-chatbot', 'family-updates', 'granted', { shown: shown('family-chatbot') }));
  const wrong = await ledger.record(event('rota-builder', 'visit-scheduling', 'objected', { recordedBy: WORKER, channel: 'staff-assisted' }));
  await ledger.record(event('rota-builder', 'visit-scheduling', 'corrected', { corrects: wrong.event.id, recordedBy: WORKER, channel: 'staff-assisted', reason: 'Recorded for the wrong person' }));
  await ledger.record(
    event('care-plan-drafting', 'care-planning', 'objected', { decidedBy: { role: 'attorney', name: 'Priya Shah', authorityReference: 'LPA-7000-1234' }, channel: 'staff-assisted', recordedBy: WORKER }),
  );
  return ledger;
}

/** A store that refuses everything, as private browsing or a full disk would. */
const failingStore = (): LedgerStore => ({
  name: 'failing',
  load: async () => ({ events: [], problems: [], head: null, unreadable: [] }),
  head: async () => null,
  put: async () => {
    throw new LedgerStoreError('storage-unavailable', 'storage is disabled in this story');
  },
});

const meta = {
  title: 'Elements/Consent centre',
  component: 'candour-consent-centre',
  // Each story brings its provider, with a ledger seeded for one person.
  parameters: {
    candour: { provider: false },
    docs: {
      description: {
        component:
          'Every AI feature’s current decision for one person, its history, and a change or withdrawal in one press (the same as agreeing). “Get a copy of my choices” shows a printable receipt, in Easy Read at that reading level. Worker mode is for the care record: one-press “Record objection”, “Record withdrawal” and “Not today”, recorded as said aloud by the signed-in care worker.',
      },
    },
  },
  loaders: [async () => ({ ledger: await seeded() })],
  args: {},
  argTypes: {
    mode: choice(['person', 'worker']),
    feature: choice(featureIds),
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    ...hide('headingLevel', 'readingLevel', 'ledger', 'recorder', 'decider', 'features', 'channel'),
  },
  render: (a, { globals, loaded, parameters }) =>
    html`<candour-provider
      .manifest=${exampleManifest}
      .ledger=${(loaded as { ledger?: Ledger }).ledger}
      .recorder=${(parameters as { recorder?: Recorder }).recorder}
      subject=${SUBJECT}
      locale=${globals.locale}
      audience=${(parameters as { audience?: string }).audience ?? globals.audience}
      reading-level=${globals.readingLevel}
      ><candour-consent-centre
        mode=${ifDefined(a.mode)}
        visit=${ifDefined(a.visit)}
        feature=${ifDefined(a.feature)}
        purpose=${ifDefined(a.purpose)}
        heading-level=${ifDefined(a['heading-level'])}
      ></candour-consent-centre
    ></candour-provider>`,
} satisfies Meta<CentreArgs>;

export default meta;
type Story = StoryObj<CentreArgs>;

/** The person's own view (or whoever the toolbar says is reading). */
export const Default: Story = {};

/** At a visit: "not today" shows for it. */
export const AtAVisit: Story = { args: { visit: 'visit-42' } };

/** An attorney or deputy: asked once for their name and reference, then each change is one press. */
export const Representative: Story = { parameters: { audience: 'representative' } };

/** Withdrawing consent takes one press, as agreeing did (a click in the play function). */
export const WithdrawInOnePress: Story = {
  parameters: { audience: 'person' },
  play: async ({ canvasElement }) => {
    const centre = await rendered<CandourConsentCentre>(canvasElement, 'candour-consent-centre');
    await centre.refresh();
    await centre.updateComplete;
    const row = part<HTMLElement>(centre, '[part~="row"][data-key^="family-chatbot"]');
    const decided = new Promise((resolve) => centre.addEventListener('candour-consent-decision', resolve, { once: true }));
    row.querySelector<HTMLButtonElement>('button[part~="action"]')!.click();
    await decided;
    await expect(part(centre, '[role="status"]').textContent).toContain('Consent withdrawn');
  },
};

/** The care worker's view in the care record, at a visit. */
export const Worker: Story = { args: { mode: 'worker', visit: 'visit-42' }, parameters: { recorder: WORKER, audience: 'worker' } };

/** One row for one purpose, to sit in a care-record row: the one-action objection. */
export const WorkerRow: Story = { args: { mode: 'worker', feature: 'visit-transcription', purpose: 'visit-transcription', visit: 'visit-43', 'heading-level': 4 }, parameters: { recorder: WORKER } };

/** Worker mode without a signed-in care worker: nothing can be recorded, and it says so. */
export const WorkerWithoutRecorder: Story = { args: { mode: 'worker' } };

/** The printable copy (opened in the play function); Easy Read with the toolbar's reading level. */
export const Receipt: Story = {
  play: async ({ canvasElement }) => {
    const centre = await rendered<CandourConsentCentre>(canvasElement, 'candour-consent-centre');
    await centre.refresh();
    await centre.updateComplete;
    part<HTMLButtonElement>(centre, '[part~="receipt-button"]').click();
    await centre.updateComplete;
    await expect(part(centre, '[part~="receipt"]')).toBeTruthy();
  },
};

/** Storage refuses: a change is kept on this device, and the centre says it is not saved yet. */
export const NotSaved: Story = { loaders: [async () => ({ ledger: createLedger({ store: failingStore() }) })] };

/** No ledger: the accessible fallback. */
export const Unavailable: Story = { loaders: [async () => ({ ledger: undefined })] };
