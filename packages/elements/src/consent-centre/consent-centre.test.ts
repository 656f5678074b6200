import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nothing } from 'lit';
import { readDisplayManifest, type DisplayFeature } from '@candour/core/display';
import {
  browserStore,
  createLedger,
  LedgerStoreError,
  memoryStore,
  noticeSnapshot,
  shownFrom,
  type ConsentEventInput,
  type Ledger,
  type LedgerStore,
  type Recorder,
} from '@candour/core/consent';
import '../define/consent-centre';
import type { CandourConsentCentre } from './consent-centre';
import type { CandourConsentDecisionEvent, CandourErrorEvent, CandourNoticeRequestEvent } from '../events/events';
import { exampleManifest } from '../../test/fixtures';
import { collect, captureWarnings, emulate } from '../../test/helpers';

type Manifest = { features: Array<Record<string, any>>; supplier: Record<string, any>; product: Record<string, any> };

const SUBJECT = 'person-7f3a';
const WORKER: Recorder = { id: 'cw-12', name: 'Sam Carter', role: 'care worker' };

const root = (el: CandourConsentCentre) => el.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const rows = (el: CandourConsentCentre) => [...root(el).querySelectorAll<HTMLElement>('[part~="row"]')];
const row = (el: CandourConsentCentre, feature: string, purpose: string) => rows(el).find((r) => r.dataset.key === `${feature}\u0000${purpose}`)!;
const stateOf = (r: HTMLElement) => text(r.querySelector('[part~="state"] strong'));
const actions = (r: HTMLElement) => [...r.querySelectorAll<HTMLButtonElement>('button[part~="action"]')];
const action = (r: HTMLElement, label: string) => actions(r).find((b) => text(b) === label);
const status = (el: CandourConsentCentre) => root(el).querySelector<HTMLElement>('[role="status"]')!;

let displayFeatures: Map<string, DisplayFeature> | undefined;
async function feature(id: string): Promise<DisplayFeature> {
  if (!displayFeatures) {
    const read = readDisplayManifest(await exampleManifest());
    if (!read.ok) throw new Error('example manifest unreadable');
    displayFeatures = new Map(read.manifest.features);
  }
  return displayFeatures.get(id)!;
}

/** What the person's notice looks like when shown, for seeding explicit grants. */
async function shown(id: string, version?: string) {
  const s = shownFrom(noticeSnapshot(await feature(id), { audience: 'person', locale: 'en-GB' }));
  return version ? { ...s, version } : s;
}

const MODELS: Record<string, 'explicit-consent' | 'inform-and-object'> = {
  'visit-record': 'inform-and-object',
  'visit-transcription': 'inform-and-object',
  'improve-transcription': 'explicit-consent',
  'visit-scheduling': 'inform-and-object',
  'family-updates': 'explicit-consent',
  'pain-assessment': 'inform-and-object',
  'care-planning': 'inform-and-object',
};

/** An event input with sensible defaults: the person, self-service. */
function input(featureId: string, purpose: string, type: ConsentEventInput['type'], extra: Partial<ConsentEventInput> = {}): ConsentEventInput {
  return { type, subject: SUBJECT, feature: featureId, purpose, model: MODELS[purpose]!, decidedBy: { role: 'person' }, channel: 'self-service', ...extra };
}

interface MountOptions {
  ledger?: Ledger | null;
  subject?: string | null;
  recorder?: Recorder;
  audience?: string;
  readingLevel?: string;
  locale?: string;
  manifest?: unknown;
  mode?: string;
  visit?: string;
  feature?: string;
  purpose?: string;
}

/** A centre inside a provider with a ledger and a subject, once it has read the ledger. */
async function mount(options: MountOptions = {}): Promise<{ element: CandourConsentCentre; ledger: Ledger | undefined }> {
  const ledger = options.ledger === null ? undefined : options.ledger ?? createLedger({ store: memoryStore() });
  const manifest = options.manifest ?? (await exampleManifest());
  const provider = await fixture<HTMLElement>(html`<candour-provider
    .manifest=${manifest}
    .ledger=${ledger}
    .recorder=${options.recorder}
    subject=${options.subject === null ? nothing : options.subject ?? SUBJECT}
    locale=${options.locale ?? 'en-GB'}
    audience=${options.audience ?? 'person'}
    reading-level=${options.readingLevel ?? 'standard'}
    ><candour-consent-centre
      mode=${options.mode ?? nothing}
      visit=${options.visit ?? nothing}
      feature=${options.feature ?? nothing}
      purpose=${options.purpose ?? nothing}
    ></candour-consent-centre
  ></candour-provider>`);
  const element = provider.querySelector('candour-consent-centre') as CandourConsentCentre;
  await settle(element);
  return { element, ledger };
}

async function settle(element: CandourConsentCentre): Promise<void> {
  await element.updateComplete;
  await element.refresh();
  await element.updateComplete;
}

/** One interaction: a click on a button, then waits for the decision it records to be shown and announced. */
async function press(element: CandourConsentCentre, button: HTMLButtonElement | undefined, counter: { presses: number }): Promise<CandourConsentDecisionEvent> {
  expect(button, 'button to press').to.exist;
  const decided = oneEvent(element, 'candour-consent-decision') as Promise<CandourConsentDecisionEvent>;
  counter.presses++;
  button!.click();
  const event = await decided;
  await element.updateComplete;
  return event;
}

describe('candour-consent-centre', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => warnings.restore());

  describe('what it lists', () => {
    it('lists every purpose whose model is not none, under a titled section, with the purpose in the supplier’s words', async () => {
      const { element } = await mount();
      const base = root(element).querySelector<HTMLElement>('[part~="base"]')!;
      const title = root(element).querySelector<HTMLElement>('[part~="title"]')!;
      expect(title.localName).to.equal('h2');
      expect(text(title)).to.equal('Your choices about AI');
      expect(base.getAttribute('aria-labelledby')).to.equal(title.id);
      expect(rows(element).map((r) => r.dataset.key!.replace('\u0000', '/'))).to.deep.equal([
        'visit-note-summary/visit-record',
        'visit-transcription/visit-transcription',
        'visit-transcription/improve-transcription',
        'rota-builder/visit-scheduling',
        'family-chatbot/family-updates',
        'pain-assessment/pain-assessment',
        'care-plan-drafting/care-planning',
      ]);
      const r = row(element, 'visit-transcription', 'improve-transcription');
      expect(text(r.querySelector('[part~="feature-name"]'))).to.equal('Visit transcription');
      expect(r.querySelector('[part~="feature-name"]')!.localName).to.equal('h3');
      const m = (await exampleManifest()) as Manifest;
      expect(text(r.querySelector('[part~="purpose"]'))).to.equal(m.features[1]!.purposes[1].description['en-GB']);
      expect(warnings.warnings).to.deep.equal([]);
    });

    it('leaves out purposes nobody is asked about (model none)', async () => {
      const manifest = (await exampleManifest()) as Manifest;
      manifest.features[3]!.purposes[0].consent = { model: 'none', reason: { 'en-GB': 'No personal data.' } };
      const { element } = await mount({ manifest });
      expect(rows(element).some((r) => r.dataset.key!.startsWith('family-chatbot'))).to.equal(false);
      expect(rows(element)).to.have.length(6);
    });

    it('follows heading-level', async () => {
      const { element } = await mount();
      element.headingLevel = 3;
      await element.updateComplete;
      expect(root(element).querySelector('[part~="title"]')!.localName).to.equal('h3');
      expect(root(element).querySelector('[part~="feature-name"]')!.localName).to.equal('h4');
    });
  });

  describe('every state, in plain words', () => {
    const cases: Array<{ state: string; feature: string; purpose: string; words: string; used: boolean; seed: () => Promise<ConsentEventInput[]> }> = [
      { state: 'granted', feature: 'family-chatbot', purpose: 'family-updates', words: 'Agreed', used: true, seed: async () => [input('family-chatbot', 'family-updates', 'granted', { shown: await shown('family-chatbot') })] },
      { state: 'not-objected', feature: 'visit-note-summary', purpose: 'visit-record', words: 'Not objecting', used: true, seed: async () => [input('visit-note-summary', 'visit-record', 'shown', { shown: await shown('visit-note-summary') })] },
      { state: 'declined', feature: 'family-chatbot', purpose: 'family-updates', words: 'Declined', used: false, seed: async () => [input('family-chatbot', 'family-updates', 'declined')] },
      { state: 'objected', feature: 'rota-builder', purpose: 'visit-scheduling', words: 'Objected', used: false, seed: async () => [input('rota-builder', 'visit-scheduling', 'objected')] },
      {
        state: 'withdrawn',
        feature: 'family-chatbot',
        purpose: 'family-updates',
        words: 'Consent withdrawn',
        used: false,
        seed: async () => [input('family-chatbot', 'family-updates', 'granted', { shown: await shown('family-chatbot') }), input('family-chatbot', 'family-updates', 'withdrawn')],
      },
      { state: 'not-asked', feature: 'family-chatbot', purpose: 'family-updates', words: 'Not asked yet', used: false, seed: async () => [] },
      { state: 'not-informed', feature: 'pain-assessment', purpose: 'pain-assessment', words: 'Not told about it yet', used: false, seed: async () => [] },
      {
        state: 'needs-asking-again',
        feature: 'visit-transcription',
        purpose: 'visit-transcription',
        words: 'The explanation changed: needs asking again',
        used: false,
        seed: async () => [input('visit-transcription', 'visit-transcription', 'shown', { shown: await shown('visit-transcription', '1.0') })],
      },
      {
        state: 'expired',
        feature: 'visit-transcription',
        purpose: 'improve-transcription',
        words: 'Agreement expired: needs asking again',
        used: false,
        seed: async () => [input('visit-transcription', 'improve-transcription', 'granted', { shown: await shown('visit-transcription'), expiresAt: '2020-01-01T00:00:00.000Z' })],
      },
    ];
    for (const c of cases) {
      it(`shows ${c.state} as “${c.words}”, whether AI is used, and passes axe`, async () => {
        const ledger = createLedger({ store: memoryStore() });
        for (const e of await c.seed()) await ledger.record(e);
        const { element } = await mount({ ledger });
        const r = row(element, c.feature, c.purpose);
        expect(stateOf(r)).to.equal(c.words);
        expect(r.querySelector('[part~="state"]')!.getAttribute('part')).to.contain(`state-${c.state}`);
        expect(text(r.querySelector('.effect'))).to.equal(c.used ? 'AI is used for this.' : 'AI is not used for this.');
        await expect(element).to.be.accessible();
      });
    }

    it('says when and by whom: the person, an attorney, a deputy, a best-interests decision', async () => {
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('visit-note-summary', 'visit-record', 'objected'));
      await ledger.record(input('rota-builder', 'visit-scheduling', 'objected', { decidedBy: { role: 'attorney', name: 'Priya Shah', authorityReference: 'LPA-123' } }));
      await ledger.record(input('care-plan-drafting', 'care-planning', 'objected', { decidedBy: { role: 'deputy', name: 'Tom Price', authorityReference: 'COP-9' } }));
      await ledger.record(
        input('pain-assessment', 'pain-assessment', 'objected', {
          decidedBy: { role: 'best-interests', name: 'Dr Ada Okafor', capacity: { decision: 'pain camera', outcome: 'lacks-capacity', assessedBy: 'Dr Ada Okafor', assessedAt: '2026-01-02T10:00:00.000Z' } },
          recordedBy: WORKER,
          channel: 'staff-assisted',
        }),
      );
      const { element } = await mount({ ledger });
      const when = (f: string, p: string) => text(row(element, f, p).querySelector('[part~="when"]'));
      expect(when('visit-note-summary', 'visit-record')).to.match(/^Since .+, decided by you\.$/);
      expect(when('rota-builder', 'visit-scheduling')).to.match(/decided by attorney Priya Shah\.$/);
      expect(when('care-plan-drafting', 'care-planning')).to.match(/decided by deputy Tom Price\.$/);
      expect(when('pain-assessment', 'pain-assessment')).to.match(/decided by a best-interests decision by Dr Ada Okafor, recorded by Sam Carter\.$/);
      const time = row(element, 'rota-builder', 'visit-scheduling').querySelector('time')!;
      expect(time.getAttribute('datetime')).to.match(/^\d{4}-\d{2}-\d{2}T/);
    });

    it('shows “not today” for the visit when the person objected for it alone', async () => {
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('visit-transcription', 'visit-transcription', 'shown', { shown: await shown('visit-transcription') }));
      await ledger.record(input('visit-transcription', 'visit-transcription', 'objected-this-visit', { visit: 'visit-42' }));
      const { element } = await mount({ ledger, visit: 'visit-42' });
      const r = row(element, 'visit-transcription', 'visit-transcription');
      expect(stateOf(r)).to.equal('Not objecting');
      expect(text(r.querySelector('[part~="not-today"]'))).to.equal('Not today: AI is not used at this visit.');
      expect(text(r.querySelector('.effect'))).to.equal('AI is not used for this.');
      expect(text(r.querySelector('[part~="when"]'))).to.match(/^Told about it on .+\.$/);
      await expect(element).to.be.accessible();
    });
  });

  describe('changing a decision in one press', () => {
    it('withdraws explicit consent in one press, and agrees again in one press with the notice recorded', async () => {
      const ledger = createLedger({ store: memoryStore() });
      const counter = { presses: 0 };
      await ledger.record(input('family-chatbot', 'family-updates', 'granted', { shown: await shown('family-chatbot') }));
      const { element } = await mount({ ledger });
      let r = row(element, 'family-chatbot', 'family-updates');
      expect(actions(r).map(text)).to.deep.equal(['Withdraw my consent']);

      const withdrawn = await press(element, action(r, 'Withdraw my consent'), counter);
      expect(counter.presses).to.equal(1);
      expect(withdrawn.detail).to.include({ subject: SUBJECT, feature: 'family-chatbot', purpose: 'family-updates', type: 'withdrawn', decidedBy: 'person', stored: true });
      let events = await ledger.events({ subject: SUBJECT, feature: 'family-chatbot' });
      expect(events.map((e) => e.type)).to.deep.equal(['granted', 'withdrawn']);
      expect(events[1]!.decidedBy).to.deep.equal({ role: 'person' });
      expect(events[1]!.channel).to.equal('self-service');
      expect(events[1]!.model).to.equal('explicit-consent');
      r = row(element, 'family-chatbot', 'family-updates');
      expect(stateOf(r)).to.equal('Consent withdrawn');
      expect(text(status(element))).to.contain('Consent withdrawn');

      await press(element, action(r, 'I agree now'), counter);
      expect(counter.presses).to.equal(2);
      events = await ledger.events({ subject: SUBJECT, feature: 'family-chatbot' });
      expect(events.map((e) => e.type)).to.deep.equal(['granted', 'withdrawn', 'granted']);
      const grant = events[2]!;
      expect(grant.shown).to.deep.equal(await shown('family-chatbot'));
      expect(grant.featureVersion).to.equal(((await exampleManifest()) as Manifest).features[3]!.version);
      expect(stateOf(row(element, 'family-chatbot', 'family-updates'))).to.equal('Agreed');
    });

    it('objects and stops objecting in one press each (inform and object)', async () => {
      const ledger = createLedger({ store: memoryStore() });
      const counter = { presses: 0 };
      await ledger.record(input('visit-note-summary', 'visit-record', 'shown', { shown: await shown('visit-note-summary') }));
      const { element } = await mount({ ledger });
      await press(element, action(row(element, 'visit-note-summary', 'visit-record'), 'I object'), counter);
      expect(stateOf(row(element, 'visit-note-summary', 'visit-record'))).to.equal('Objected');
      await press(element, action(row(element, 'visit-note-summary', 'visit-record'), 'I no longer object'), counter);
      expect(counter.presses).to.equal(2);
      const events = await ledger.events({ subject: SUBJECT, feature: 'visit-note-summary' });
      expect(events.map((e) => [e.type, e.model, e.decidedBy.role, e.channel])).to.deep.equal([
        ['shown', 'inform-and-object', 'person', 'self-service'],
        ['objected', 'inform-and-object', 'person', 'self-service'],
        ['granted', 'inform-and-object', 'person', 'self-service'],
      ]);
      expect(stateOf(row(element, 'visit-note-summary', 'visit-record'))).to.equal('Not objecting');
    });

    it('asks an explicit question with two equal choices when nobody has asked yet', async () => {
      const { element, ledger } = await mount();
      const r = row(element, 'family-chatbot', 'family-updates');
      expect(actions(r).map(text)).to.deep.equal(['I agree', 'I do not agree']);
      const [agree, decline] = actions(r);
      expect(getComputedStyle(agree!).backgroundColor).to.equal(getComputedStyle(decline!).backgroundColor);
      await press(element, decline, { presses: 0 });
      expect((await ledger!.events({ feature: 'family-chatbot' })).map((e) => e.type)).to.deep.equal(['declined']);
    });

    it('records staff-assisted changes with the care worker when the page has one', async () => {
      const { element, ledger } = await mount({ recorder: WORKER });
      await press(element, action(row(element, 'rota-builder', 'visit-scheduling'), 'I object'), { presses: 0 });
      const [event] = await ledger!.events({ feature: 'rota-builder' });
      expect(event!.channel).to.equal('staff-assisted');
      expect(event!.recordedBy).to.deep.equal(WORKER);
    });

    it('works from the keyboard: Enter records, focus stays on the row’s button and the change is announced', async () => {
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('family-chatbot', 'family-updates', 'granted', { shown: await shown('family-chatbot') }));
      const { element } = await mount({ ledger });
      const button = action(row(element, 'family-chatbot', 'family-updates'), 'Withdraw my consent')!;
      button.focus();
      expect(root(element).activeElement === button).to.equal(true);
      const decided = oneEvent(element, 'candour-consent-decision');
      await sendKeys({ press: 'Enter' });
      await decided;
      await element.updateComplete;
      const now = action(row(element, 'family-chatbot', 'family-updates'), 'I agree now')!;
      expect(root(element).activeElement === now).to.equal(true);
      expect(status(element).getAttribute('role')).to.equal('status');
      expect(text(status(element))).to.equal('Saved. Family questions chatbot, ' + ((await exampleManifest()) as Manifest).features[3]!.purposes[0].description['en-GB'] + ': Consent withdrawn.');

      const again = oneEvent(element, 'candour-consent-decision');
      await sendKeys({ press: ' ' });
      await again;
      await element.updateComplete;
      expect(stateOf(row(element, 'family-chatbot', 'family-updates'))).to.equal('Agreed');
      expect(root(element).activeElement === action(row(element, 'family-chatbot', 'family-updates'), 'Withdraw my consent')).to.equal(true);
    });

    it('offers the full notice through candour-notice-request and gives focus back to the button that asked', async () => {
      const { element } = await mount();
      const requests = collect<CandourNoticeRequestEvent>('candour-notice-request');
      const stop = (e: Event) => e.preventDefault();
      document.addEventListener('candour-notice-request', stop);
      try {
        const button = row(element, 'family-chatbot', 'family-updates').querySelector<HTMLButtonElement>('[part~="read-notice"]')!;
        expect(text(button)).to.equal('Read the full explanation');
        button.click();
        expect(requests.events.map((e) => e.detail)).to.deep.equal([{ feature: 'family-chatbot', audience: 'person', readingLevel: 'standard' }]);
        button.blur();
        element.restoreFocus();
        expect(root(element).activeElement === button).to.equal(true);
      } finally {
        requests.stop();
        document.removeEventListener('candour-notice-request', stop);
      }
    });
  });

  describe('representatives', () => {
    it('asks an attorney for their name and reference once, then records each change in one press as theirs', async () => {
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('family-chatbot', 'family-updates', 'declined'));
      await ledger.record(input('rota-builder', 'visit-scheduling', 'shown', { shown: await shown('rota-builder') }));
      const { element } = await mount({ ledger, audience: 'representative' });
      expect(text(root(element).querySelector('[part~="title"]'))).to.equal('Choices about AI for this person');
      const decider = root(element).querySelector<HTMLFieldSetElement>('[part~="decider"]')!;
      expect(text(decider.querySelector('legend'))).to.equal('Who is making these choices?');
      const checked = decider.querySelector<HTMLInputElement>('input[type="radio"]:checked')!;
      expect(checked.value).to.equal('attorney');

      // Without the details nothing is recorded and the first missing field takes focus.
      const agree = action(row(element, 'family-chatbot', 'family-updates'), 'Agree now')!;
      agree.click();
      await waitUntil(() => root(element).querySelector('[part~="decider-error"]'), 'no error about the missing details');
      await element.updateComplete;
      expect((await ledger.events({ feature: 'family-chatbot' })).map((e) => e.type)).to.deep.equal(['declined']);
      const name = root(element).querySelector<HTMLInputElement>('#decider-name')!;
      expect(root(element).activeElement === name).to.equal(true);
      expect(name.getAttribute('aria-invalid')).to.equal('true');
      await expect(element).to.be.accessible();

      await sendKeys({ type: 'Priya Shah' });
      const ref = root(element).querySelector<HTMLInputElement>('#decider-ref')!;
      ref.focus();
      await sendKeys({ type: 'LPA-7000-1234' });
      await element.updateComplete;

      const counter = { presses: 0 };
      const decided = await press(element, action(row(element, 'family-chatbot', 'family-updates'), 'Agree now'), counter);
      expect(decided.detail.decidedBy).to.equal('attorney');
      await press(element, action(row(element, 'rota-builder', 'visit-scheduling'), 'Object'), counter);
      expect(counter.presses).to.equal(2);
      const events = await ledger.events({ subject: SUBJECT });
      const grant = events.find((e) => e.feature === 'family-chatbot' && e.type === 'granted')!;
      expect(grant.decidedBy).to.deep.equal({ role: 'attorney', name: 'Priya Shah', authorityReference: 'LPA-7000-1234' });
      expect(grant.shown!.feature).to.equal('family-chatbot');
      const objection = events.find((e) => e.feature === 'rota-builder' && e.type === 'objected')!;
      expect(objection.decidedBy).to.deep.equal({ role: 'attorney', name: 'Priya Shah', authorityReference: 'LPA-7000-1234' });
      expect(text(row(element, 'rota-builder', 'visit-scheduling').querySelector('[part~="when"]'))).to.match(/decided by attorney Priya Shah\.$/);
      await expect(element).to.be.accessible();
    });

    it('records a best-interests decision the host gives as .decider', async () => {
      const { element, ledger } = await mount({ mode: 'worker', recorder: WORKER });
      element.decider = { role: 'best-interests', name: 'Dr Ada Okafor', capacity: { decision: 'pain camera', outcome: 'lacks-capacity', assessedBy: 'Dr Ada Okafor', assessedAt: '2026-01-02T10:00:00.000Z' } };
      await element.updateComplete;
      expect(text(root(element).querySelector('[part~="decider"]'))).to.equal('Choices are recorded as made by a best-interests decision by Dr Ada Okafor.');
      await press(element, action(row(element, 'pain-assessment', 'pain-assessment'), 'Record objection'), { presses: 0 });
      const [event] = await ledger!.events({ feature: 'pain-assessment' });
      expect(event!.decidedBy.role).to.equal('best-interests');
      expect(event!.decidedBy.capacity!.outcome).to.equal('lacks-capacity');
    });
  });

  describe('worker mode', () => {
    it('records an objection and a withdrawal in one action each, said aloud and recorded by the care worker', async () => {
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('family-chatbot', 'family-updates', 'granted', { shown: await shown('family-chatbot') }));
      const { element } = await mount({ ledger, mode: 'worker', recorder: WORKER });
      expect(root(element).querySelector('.centre')!.classList.contains('worker')).to.equal(true);
      expect(root(element).querySelector('[part~="read-notice"]')).to.equal(null);
      const counter = { presses: 0 };
      await press(element, action(row(element, 'visit-note-summary', 'visit-record'), 'Record objection'), counter);
      await press(element, action(row(element, 'family-chatbot', 'family-updates'), 'Record withdrawal'), counter);
      expect(counter.presses).to.equal(2);
      const events = (await ledger.events({ subject: SUBJECT })).slice(1);
      expect(events.map((e) => [e.feature, e.type, e.channel, e.decidedBy.role])).to.deep.equal([
        ['visit-note-summary', 'objected', 'verbal-recorded-by-staff', 'person'],
        ['family-chatbot', 'withdrawn', 'verbal-recorded-by-staff', 'person'],
      ]);
      for (const e of events) expect(e.recordedBy).to.deep.equal(WORKER);
      expect(stateOf(row(element, 'family-chatbot', 'family-updates'))).to.equal('Consent withdrawn');
      expect(actions(row(element, 'family-chatbot', 'family-updates'))).to.have.length(0);
      // Nothing left to press in that row: focus goes to its new state, which says what happened.
      await expect(element).to.be.accessible();
    });

    it('is the mode for a worker audience, and records “not today” for the visit where the purpose allows it', async () => {
      const { element, ledger } = await mount({ audience: 'worker', recorder: WORKER, visit: 'visit-42' });
      expect(root(element).querySelector('.centre')!.classList.contains('worker')).to.equal(true);
      expect(action(row(element, 'rota-builder', 'visit-scheduling'), 'Not today')).to.equal(undefined);
      await press(element, action(row(element, 'visit-transcription', 'visit-transcription'), 'Not today'), { presses: 0 });
      const [event] = await ledger!.events({ feature: 'visit-transcription' });
      expect(event).to.include({ type: 'objected-this-visit', visit: 'visit-42', channel: 'verbal-recorded-by-staff' });
      const r = row(element, 'visit-transcription', 'visit-transcription');
      expect(text(r.querySelector('[part~="not-today"]'))).to.equal('Not today: AI is not used at this visit.');
      expect(action(r, 'Not today')).to.equal(undefined);
      expect(action(r, 'Record objection')).to.exist;
    });

    it('shows one row for a care-record row with feature and purpose', async () => {
      const { element } = await mount({ mode: 'worker', recorder: WORKER, feature: 'visit-transcription', purpose: 'improve-transcription' });
      expect(rows(element)).to.have.length(1);
      expect(root(element).querySelector('[part~="receipt-button"]')).to.equal(null);
      await expect(element).to.be.accessible();
    });

    it('records nothing without a care worker, and says so', async () => {
      const errors = collect<CandourErrorEvent>('candour-error');
      try {
        const { element, ledger } = await mount({ mode: 'worker' });
        expect(text(root(element).querySelector('.error-message'))).to.contain('has not said which care worker is using it');
        expect(root(element).querySelectorAll('button[part~="action"]')).to.have.length(0);
        expect(await ledger!.events()).to.deep.equal([]);
        await expect(element).to.be.accessible();
      } finally {
        errors.stop();
      }
    });
  });

  describe('history', () => {
    it('lists every event in order with when, who and how, and marks events recorded in error', async () => {
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('family-chatbot', 'family-updates', 'shown', { shown: await shown('family-chatbot') }));
      await ledger.record(input('family-chatbot', 'family-updates', 'granted', { shown: await shown('family-chatbot') }));
      const wrong = await ledger.record(input('family-chatbot', 'family-updates', 'withdrawn', { recordedBy: WORKER, channel: 'verbal-recorded-by-staff' }));
      await ledger.record(input('family-chatbot', 'family-updates', 'corrected', { corrects: wrong.event.id, recordedBy: WORKER, channel: 'staff-assisted', reason: 'wrong person' }));
      const { element } = await mount({ ledger });
      const r = row(element, 'family-chatbot', 'family-updates');
      expect(stateOf(r)).to.equal('Agreed');
      const details = r.querySelector<HTMLDetailsElement>('details[part~="history"]')!;
      const summary = details.querySelector('summary')!;
      expect(text(summary)).to.equal('What happened (4)');
      expect(details.open).to.equal(false);
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      const entries = [...details.querySelectorAll<HTMLElement>('[part~="history-entry"]')];
      expect(entries.map((e) => text(e.querySelector('.what')))).to.deep.equal(['Shown the explanation (version 1.1, standard)', 'Agreed', 'Withdrew consent', 'Corrected an entry recorded in error']);
      expect(entries.map((e) => e.getAttribute('part'))).to.deep.equal(['history-entry', 'history-entry', 'history-entry in-error', 'history-entry']);
      expect(text(entries[2])).to.contain('(recorded in error)');
      expect(text(entries[2]!.querySelector('.meta'))).to.match(/ · you, recorded by Sam Carter · said aloud, recorded by staff$/);
      expect(text(entries[0]!.querySelector('.meta'))).to.match(/ · you · online$/);
      expect(entries[0]!.querySelector('time')!.getAttribute('datetime')).to.equal((await ledger.events())[0]!.at);
      await expect(element).to.be.accessible();
    });
  });

  describe('the receipt', () => {
    it('opens a printable copy of every choice with what was shown, and goes back', async () => {
      const ledger = createLedger({ store: memoryStore() });
      const s = await shown('family-chatbot');
      await ledger.record(input('family-chatbot', 'family-updates', 'granted', { shown: s }));
      await ledger.record(input('rota-builder', 'visit-scheduling', 'objected'));
      const { element } = await mount({ ledger });
      const open = root(element).querySelector<HTMLButtonElement>('[part~="receipt-button"]')!;
      expect(text(open)).to.equal('Get a copy of my choices');
      open.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      const receipt = root(element).querySelector<HTMLElement>('[part~="receipt"]')!;
      const title = receipt.querySelector<HTMLElement>('#receipt-title')!;
      expect(root(element).activeElement === title).to.equal(true);
      expect(text(title)).to.equal('A copy of the choices about AI');
      const all = text(receipt);
      expect(all).to.contain(`Person’s reference: ${SUBJECT}`);
      expect(all).to.contain('From Larkspur Home Care Record, made by Larkspur Care Systems Ltd.');
      expect(all).to.contain('Family questions chatbot');
      expect(all).to.contain('Choice: Agreed.');
      expect(all).to.contain(`Explanation shown: version ${s.version}, standard, language ${s.locale}, fingerprint ${s.sha256.slice(0, 16)}.`);
      expect(all).to.contain('Choice: Objected.');
      expect(receipt.querySelectorAll('.receipt-row')).to.have.length(7);
      expect(root(element).querySelector('[part~="list"]')).to.equal(null);
      await expect(element).to.be.accessible();

      const restore = await emulate(element, 'print');
      try {
        expect(getComputedStyle(receipt.querySelector('[part~="print"]')!).display).to.equal('none');
        expect(getComputedStyle(receipt).display).to.equal('block');
      } finally {
        await restore();
      }

      receipt.querySelector<HTMLButtonElement>('[part~="close-receipt"]')!.click();
      await element.updateComplete;
      expect(root(element).activeElement === root(element).querySelector('[part~="receipt-button"]')).to.equal(true);
    });

    it('is in Easy Read when the reading level is easy-read', async () => {
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('family-chatbot', 'family-updates', 'granted', { shown: await shown('family-chatbot') }));
      await ledger.record(input('rota-builder', 'visit-scheduling', 'objected'));
      const { element: standard } = await mount();
      root(standard).querySelector<HTMLButtonElement>('[part~="receipt-button"]')!.click();
      await standard.updateComplete;
      const standardSize = parseFloat(getComputedStyle(root(standard).querySelector('[part~="receipt"]')!).fontSize);
      standard.closest('candour-provider')!.remove();

      const { element } = await mount({ ledger, readingLevel: 'easy-read' });
      root(element).querySelector<HTMLButtonElement>('[part~="receipt-button"]')!.click();
      await element.updateComplete;
      const receipt = root(element).querySelector<HTMLElement>('[part~="receipt"]')!;
      expect(receipt.classList.contains('easy-read')).to.equal(true);
      expect(text(receipt.querySelector('#receipt-title'))).to.equal('A copy of your choices');
      const chatbot = [...receipt.querySelectorAll('.receipt-row')].find((r) => text(r).includes('Family questions chatbot'))!;
      expect(text(chatbot)).to.contain('You said yes.');
      const rota = [...receipt.querySelectorAll('.receipt-row')].find((r) => text(r).includes('Rota builder'))!;
      expect(text(rota)).to.contain('You said no.');
      expect(text(receipt)).to.contain('You can change your mind at any time.');
      expect(text(receipt)).not.to.contain('fingerprint');
      expect(parseFloat(getComputedStyle(receipt).fontSize)).to.be.greaterThan(standardSize);
      await expect(element).to.be.accessible();
    });
  });

  describe('live updates', () => {
    it('shows a decision recorded elsewhere on the page (a prompt using the same ledger)', async () => {
      const { element, ledger } = await mount();
      expect(stateOf(row(element, 'rota-builder', 'visit-scheduling'))).to.equal('Not told about it yet');
      await ledger!.record(input('rota-builder', 'visit-scheduling', 'objected'));
      await waitUntil(() => stateOf(row(element, 'rota-builder', 'visit-scheduling')) === 'Objected', 'the centre did not follow the ledger');
    });

    it('shows a decision recorded in another tab, and stops listening once removed', async () => {
      const namespace = `candour-test-${Math.random().toString(36).slice(2)}`;
      const here = createLedger({ store: browserStore({ namespace, locks: null }) });
      const otherTab = createLedger({ store: browserStore({ namespace, locks: null }) });
      try {
        const { element } = await mount({ ledger: here });
        await otherTab.record(input('care-plan-drafting', 'care-planning', 'objected'));
        // The browser tells other tabs with a storage event; this page is the other tab here.
        window.dispatchEvent(new StorageEvent('storage', { key: `${namespace}:event:0000000000` }));
        await waitUntil(() => stateOf(row(element, 'care-plan-drafting', 'care-planning')) === 'Objected', 'the centre did not follow the other tab');

        let reads = 0;
        const events = here.events.bind(here);
        here.events = (f) => (reads++, events(f));
        element.remove();
        await here.record(input('rota-builder', 'visit-scheduling', 'objected'));
        await Promise.resolve();
        expect(reads).to.equal(0);
      } finally {
        for (const key of Object.keys(localStorage)) if (key.startsWith(namespace)) localStorage.removeItem(key);
        here.close();
        otherTab.close();
      }
    });
  });

  describe('problems', () => {
    it('says plainly when a change is kept on this device but not saved, reports it, and loses nothing', async () => {
      const failing: LedgerStore = {
        name: 'failing',
        load: async () => ({ events: [], problems: [], head: null, unreadable: [] }),
        head: async () => null,
        put: async () => {
          throw new LedgerStoreError('storage-unavailable', 'storage is disabled');
        },
      };
      const ledger = createLedger({ store: failing });
      const errors = collect<CandourErrorEvent>('candour-error');
      try {
        const { element } = await mount({ ledger });
        const decided = await press(element, action(row(element, 'rota-builder', 'visit-scheduling'), 'I object'), { presses: 0 });
        expect(decided.detail.stored).to.equal(false);
        expect(text(status(element))).to.contain('kept on this device but is not saved yet');
        expect(text(root(element).querySelector('[part~="warning"]'))).to.equal('Some choices are kept on this device and are not saved yet.');
        expect(errors.events.map((e) => e.detail.code)).to.include('consent-not-saved');
        expect(warnings.warnings.some((w) => w.includes('not stored yet'))).to.equal(true);
        expect(ledger.status().unsaved).to.equal(1);
        expect(stateOf(row(element, 'rota-builder', 'visit-scheduling'))).to.equal('Objected');
        expect((await ledger.events({ subject: SUBJECT })).map((e) => e.type)).to.deep.equal(['objected']);
        await expect(element).to.be.accessible();
      } finally {
        errors.stop();
        ledger.close();
      }
    });

    it('keeps working when the store cannot even be read, without reading it over and over', async () => {
      const unreadable: LedgerStore = {
        name: 'unreadable',
        load: async () => {
          throw new LedgerStoreError('storage-unavailable', 'blocked');
        },
        head: async () => {
          throw new LedgerStoreError('storage-unavailable', 'blocked');
        },
        put: async () => {
          throw new LedgerStoreError('storage-unavailable', 'blocked');
        },
      };
      const ledger = createLedger({ store: unreadable });
      let reads = 0;
      const events = ledger.events.bind(ledger);
      ledger.events = (f) => (reads++, events(f));
      try {
        const { element } = await mount({ ledger });
        expect(rows(element)).to.have.length(7);
        await press(element, action(row(element, 'rota-builder', 'visit-scheduling'), 'I object'), { presses: 0 });
        expect(stateOf(row(element, 'rota-builder', 'visit-scheduling'))).to.equal('Objected');
        const after = reads;
        await element.updateComplete;
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(reads).to.equal(after);
        expect(ledger.status().unsaved).to.equal(1);
      } finally {
        ledger.close();
      }
    });

    for (const missing of ['ledger', 'subject'] as const) {
      it(`shows an accessible fallback, warns and reports consent-unavailable without a ${missing}`, async () => {
        const errors = collect<CandourErrorEvent>('candour-error');
        try {
          const { element } = await mount(missing === 'ledger' ? { ledger: null } : { subject: null });
          const base = root(element).querySelector<HTMLElement>('[part~="base"]')!;
          expect(base.getAttribute('part')).to.equal('base fallback');
          expect(text(base)).to.contain('These choices cannot be shown or changed here at the moment.');
          expect(errors.events.map((e) => e.detail.code)).to.deep.equal(['consent-unavailable']);
          expect(warnings.warnings.join(' ')).to.contain(`a ${missing}`);
          await expect(element).to.be.accessible();
        } finally {
          errors.stop();
        }
      });
    }

    it('never throws when the ledger refuses a record, and says nothing changed', async () => {
      const ledger = createLedger({ store: memoryStore() });
      const errors = collect<CandourErrorEvent>('candour-error');
      try {
        const { element } = await mount({ ledger });
        ledger.record = async () => {
          throw new Error('refused');
        };
        action(row(element, 'rota-builder', 'visit-scheduling'), 'I object')!.click();
        await waitUntil(() => text(status(element)).length > 0, 'nothing was said');
        expect(text(status(element))).to.equal('This choice could not be recorded, so nothing has changed. Ask your care provider for help.');
        expect(errors.events.map((e) => e.detail.code)).to.deep.equal(['consent-unavailable']);
      } finally {
        errors.stop();
      }
    });

    it('shows supplier and recorded strings as text, never as markup', async () => {
      const hostile = '<img src=x onerror="window.__pwned=1">';
      const manifest = (await exampleManifest()) as Manifest;
      manifest.features[3]!.name = { 'en-GB': hostile };
      manifest.features[3]!.purposes[0].description = { 'en-GB': `<script>window.__pwned=1</script>` };
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('family-chatbot', 'family-updates', 'declined', { subject: '<em>subject</em>', decidedBy: { role: 'attorney', name: '<b>Mallory</b>', authorityReference: '<i>x</i>' }, recordedBy: { id: 'x', name: '<u>Eve</u>' } }));
      const { element } = await mount({ ledger, manifest, subject: '<em>subject</em>' });
      const r = row(element, 'family-chatbot', 'family-updates');
      expect(text(r.querySelector('[part~="feature-name"]'))).to.equal(hostile);
      expect(text(r.querySelector('[part~="when"]'))).to.contain('attorney <b>Mallory</b>, recorded by <u>Eve</u>');
      expect(root(element).querySelectorAll('img, script, b, u, em')).to.have.length(0);
      root(element).querySelector<HTMLButtonElement>('[part~="receipt-button"]')!.click();
      await element.updateComplete;
      expect(text(root(element).querySelector('[part~="receipt"]'))).to.contain('Person’s reference: <em>subject</em>');
      expect(root(element).querySelectorAll('img, script, b, u, em')).to.have.length(0);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('Welsh', () => {
    it('speaks Welsh, marks supplier text with its own language, and records as in English', async () => {
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('family-chatbot', 'family-updates', 'granted', { shown: await shown('family-chatbot') }));
      const { element } = await mount({ ledger, locale: 'cy' });
      const base = root(element).querySelector<HTMLElement>('[part~="base"]')!;
      expect(base.getAttribute('lang')).to.equal('cy');
      expect(text(root(element).querySelector('[part~="title"]'))).to.equal('Eich dewisiadau am AI');
      const r = row(element, 'family-chatbot', 'family-updates');
      expect(text(r.querySelector('[part~="feature-name"]'))).to.equal('Sgwrsfot cwestiynau i’r teulu');
      expect(r.querySelector('[part~="feature-name"] bdi')!.getAttribute('lang')).to.equal('cy');
      expect(stateOf(r)).to.equal('Wedi cytuno');
      const notes = row(element, 'visit-note-summary', 'visit-record');
      expect(notes.querySelector('[part~="purpose"]')!.getAttribute('lang')).to.equal('en-GB');
      await press(element, action(r, 'Tynnu fy nghaniatâd yn ôl'), { presses: 0 });
      expect(stateOf(row(element, 'family-chatbot', 'family-updates'))).to.equal('Caniatâd wedi’i dynnu’n ôl');
      expect(text(status(element))).to.match(/^Wedi’i gadw\./);
      const grant = (await ledger.events())[0]!;
      expect(text(r.querySelector('time'))).to.equal(new Intl.DateTimeFormat('cy', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(grant.at)));
      await expect(element).to.be.accessible();
    });
  });

  describe('look', () => {
    it('has 44px targets, and a dark scheme', async () => {
      const ledger = createLedger({ store: memoryStore() });
      await ledger.record(input('family-chatbot', 'family-updates', 'granted', { shown: await shown('family-chatbot') }));
      const { element } = await mount({ ledger });
      for (const b of root(element).querySelectorAll<HTMLElement>('button, summary')) expect(b.getBoundingClientRect().height, text(b)).to.be.at.least(44);
      const base = root(element).querySelector<HTMLElement>('.centre')!;
      const light = getComputedStyle(base).backgroundColor;
      const restore = await emulate(element, 'dark');
      try {
        expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      } finally {
        await restore();
      }
    });
  });
});
