import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ifDefined } from 'lit/directives/if-defined.js';
import { canonicalNotice, createLedger, memoryStore, noticeSnapshot, sha256, type ConsentEvent, type Ledger, type LedgerStore, type Recorder } from '@candour/core/consent';
import { readDisplayManifest, type DisplayFeature } from '@candour/core/display';
import '../define/consent-prompt';
import type { CandourConsentPrompt } from './consent-prompt';
import { exampleManifest } from '../../test/fixtures';
import { captureWarnings, collect, emulate } from '../../test/helpers';
import type { CandourConsentDecisionEvent, CandourErrorEvent, CandourNoticeRequestEvent } from '../events/events';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Ctx = { timeout(ms: number): void };

const SUBJECT = 'person-7f3a';
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const root = (el: CandourConsentPrompt) => el.shadowRoot!;
const choices = (el: CandourConsentPrompt, purpose = 0) => [...root(el).querySelectorAll<HTMLButtonElement>('[part~="purpose"]')[purpose]!.querySelectorAll<HTMLButtonElement>('[part~="choice"]')];
const choice = (el: CandourConsentPrompt, label: string, purpose = 0) => {
  const found = choices(el, purpose).find((b) => text(b) === label);
  if (!found) throw new Error(`No "${label}" button; there are ${choices(el, purpose).map(text).join(', ')}`);
  return found;
};
const status = (el: CandourConsentPrompt, purpose = 0) => root(el).querySelectorAll<HTMLElement>('[part~="status"]')[purpose]!;
const input = (el: CandourConsentPrompt, name: string) => root(el).querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
const radio = (el: CandourConsentPrompt, name: string, value: string) => root(el).querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
const types = (events: ConsentEvent[]) => events.map((e) => `${e.purpose}:${e.type}`);
const active = (el: CandourConsentPrompt) => root(el).activeElement;

async function featureOf(id: string, manifest?: unknown): Promise<DisplayFeature> {
  const read = readDisplayManifest(manifest ?? (await exampleManifest()));
  if (!read.ok) throw new Error('the example manifest does not read');
  return read.manifest.features.get(id)!;
}

/** The hash of the notice as the person saw it, computed here from the snapshot's canonical text. */
async function expectedHash(id: string, audience: 'person' | 'representative' | 'worker', readingLevel: 'standard' | 'easy-read', locale: string): Promise<string> {
  return sha256(canonicalNotice(noticeSnapshot(await featureOf(id), { audience, readingLevel, locale })));
}

interface Options {
  feature?: string;
  purpose?: string;
  visit?: string;
  mode?: 'inline' | 'dialog';
  audience?: string;
  readingLevel?: string;
  locale?: string;
  /** null: no ledger at all. */
  ledger?: Ledger | null;
  /** null: no subject at all. */
  subject?: string | null;
  recorder?: Recorder;
  manifest?: unknown;
}

/** Ledgers made by tests, closed after each: one holding unsaved events would otherwise hold the page open (beforeunload). */
const ledgers: Ledger[] = [];
function newLedger(store?: LedgerStore): Ledger {
  const ledger = createLedger({ store: store ?? memoryStore() });
  ledgers.push(ledger);
  return ledger;
}

async function mount(o: Options = {}): Promise<{ element: CandourConsentPrompt; ledger: Ledger; before: HTMLButtonElement; after: HTMLButtonElement }> {
  const ledger = o.ledger === null ? undefined : (o.ledger ?? newLedger());
  const manifest = o.manifest ?? (await exampleManifest());
  const subject = o.subject === null ? undefined : (o.subject ?? SUBJECT);
  const page = await fixture<HTMLElement>(html`<div>
    <button id="before">Before</button>
    <candour-provider
      .manifest=${manifest}
      .ledger=${ledger}
      .recorder=${o.recorder}
      subject=${ifDefined(subject)}
      locale=${o.locale ?? 'en-GB'}
      audience=${o.audience ?? 'person'}
      reading-level=${o.readingLevel ?? 'standard'}
      ><candour-consent-prompt feature=${o.feature ?? 'family-chatbot'} purpose=${ifDefined(o.purpose)} visit=${ifDefined(o.visit)} mode=${ifDefined(o.mode)}></candour-consent-prompt
    ></candour-provider>
    <button id="after">After</button>
  </div>`);
  const element = page.querySelector<CandourConsentPrompt>('candour-consent-prompt')!;
  await element.updateComplete;
  await element.updateComplete;
  return { element, ledger: ledger!, before: page.querySelector('#before')!, after: page.querySelector('#after')! };
}

/** A store that cannot store: every put fails as a full browser storage does. */
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

describe('candour-consent-prompt', () => {
  let warnings: ReturnType<typeof captureWarnings>;
  beforeEach(() => (warnings = captureWarnings()));
  afterEach(() => {
    warnings.restore();
    // Lit (in dev mode) warns when an element changes state after it rendered: the prompt never should.
    expect(warnings.warnings.filter((w) => /change-in-update|scheduled an update/i.test(w))).to.deep.equal([]);
    for (const l of ledgers.splice(0)) l.close();
  });

  describe('explicit consent', () => {
    it('asks with "Yes, I agree" and "No, I do not agree", records that the notice was shown, then the yes, with the exact notice', async function (this: Ctx) {
      this.timeout(30000);
      const { element, ledger } = await mount({ feature: 'family-chatbot' });
      expect(text(root(element).querySelector('[part~="title"]'))).to.equal('Family questions chatbot: your choice about AI');
      // Inline: a region named by its heading, not a dialog.
      const base = root(element).querySelector('[part~="base"]')!;
      expect(base.getAttribute('role')).to.equal('region');
      expect(root(element).getElementById(base.getAttribute('aria-labelledby')!)!.getAttribute('role')).to.equal('heading');
      expect(root(element).querySelector('dialog')).to.equal(null);
      expect(choices(element).map(text)).to.deep.equal(['Yes, I agree', 'No, I do not agree']);
      expect(text(root(element).querySelector('[part~="purpose"]'))).to.contain('We will only do so if you say yes.');
      const hash = await expectedHash('family-chatbot', 'person', 'standard', 'en-GB');
      const shown = await ledger.events();
      expect(types(shown)).to.deep.equal(['family-updates:shown']);
      expect(shown[0]!.shown).to.deep.equal({ feature: 'family-chatbot', version: '1.1', audience: 'person', locale: 'en-GB', format: 'standard', sha256: hash });
      await expect(element).to.be.accessible();

      const decisions = collect<CandourConsentDecisionEvent>('candour-consent-decision');
      choice(element, 'Yes, I agree').click();
      await element.updateComplete;
      decisions.stop();
      const events = await ledger.events();
      expect(types(events)).to.deep.equal(['family-updates:shown', 'family-updates:granted']);
      const granted = events[1]!;
      expect(granted.decidedBy).to.deep.equal({ role: 'person' });
      expect(granted.model).to.equal('explicit-consent');
      expect(granted.channel).to.equal('self-service');
      expect(granted.subject).to.equal(SUBJECT);
      expect(granted.featureVersion).to.equal((await featureOf('family-chatbot')).version);
      expect(granted.shown!.sha256).to.equal(hash);
      expect(decisions.events.map((e) => e.detail)).to.deep.equal([
        { subject: SUBJECT, feature: 'family-chatbot', purpose: 'family-updates', type: 'granted', decidedBy: 'person', eventId: granted.id, stored: true },
      ]);
      expect(decisions.events[0]!.bubbles && decisions.events[0]!.composed).to.equal(true);
      expect((await ledger.decision({ subject: SUBJECT, feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', noticeVersion: '1.1' })).state).to.equal('granted');

      // The confirmation is a status message and takes focus; the current answer is shown, with the other one offered.
      expect(status(element).getAttribute('role')).to.equal('status');
      expect([...status(element).querySelectorAll('p')].map(text)).to.deep.equal(['Your answer has been recorded.', 'You can change your mind at any time. Come back here, or ask the person supporting you.']);
      expect(active(element) === status(element), 'focus is on the confirmation').to.equal(true);
      const today = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' }).format(new Date(granted.at));
      expect(text(root(element).querySelector('.said'))).to.equal(`You said yes on ${today}.`);
      expect(choices(element).map(text)).to.deep.equal(['No, I do not agree']);
      await expect(element).to.be.accessible();
    });

    it('records a no as declined, and offers yes afterwards', async () => {
      const { element, ledger } = await mount({ feature: 'family-chatbot' });
      choice(element, 'No, I do not agree').click();
      await element.updateComplete;
      expect(types(await ledger.events())).to.deep.equal(['family-updates:shown', 'family-updates:declined']);
      expect(text(root(element).querySelector('.said'))).to.match(/^You said no on /);
      expect(choices(element).map(text)).to.deep.equal(['Yes, I agree']);
    });

    it('shows an existing yes instead of asking again, and records a change of mind as a withdrawal', async function (this: Ctx) {
      this.timeout(30000);
      const ledger = newLedger();
      const shown = { feature: 'family-chatbot', version: '1.1', audience: 'person' as const, locale: 'en-GB', format: 'standard' as const, sha256: await expectedHash('family-chatbot', 'person', 'standard', 'en-GB') };
      await ledger.record({ type: 'granted', subject: SUBJECT, feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', decidedBy: { role: 'person' }, channel: 'self-service', shown });
      const { element } = await mount({ feature: 'family-chatbot', ledger });
      expect(text(root(element).querySelector('.said'))).to.match(/^You said yes on .+\.$/);
      expect(text(root(element).querySelector('[part~="purpose"]'))).to.contain('You can change this answer:');
      expect(choices(element).map(text)).to.deep.equal(['No, I do not agree']);
      await expect(element).to.be.accessible();
      choice(element, 'No, I do not agree').click();
      await element.updateComplete;
      expect(types(await ledger.events())).to.deep.equal(['family-updates:granted', 'family-updates:shown', 'family-updates:withdrawn']);
      expect(choices(element).map(text)).to.deep.equal(['Yes, I agree']);
    });

    it('asks again when the notice changed materially, saying which version changed', async () => {
      const ledger = newLedger();
      const old = { feature: 'family-chatbot', version: '0.9', audience: 'person' as const, locale: 'en-GB', format: 'standard' as const, sha256: 'a'.repeat(64) };
      await ledger.record({ type: 'granted', subject: SUBJECT, feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', decidedBy: { role: 'person' }, channel: 'self-service', shown: old });
      const { element } = await mount({ feature: 'family-chatbot', ledger });
      expect(text(root(element).querySelector('.notice-line'))).to.equal(
        'The explanation has changed since the last answer (it was version 0.9; it is now version 1.1). Please read it and choose again.',
      );
      expect(choices(element).map(text)).to.deep.equal(['Yes, I agree', 'No, I do not agree']);
      choice(element, 'Yes, I agree').click();
      await element.updateComplete;
      expect(root(element).querySelector('.notice-line')).to.equal(null);
      expect((await ledger.decision({ subject: SUBJECT, feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', noticeVersion: '1.1' })).state).to.equal('granted');
    });
  });

  describe('inform and object', () => {
    it('says the AI will be used and what happens on objecting, with "That’s fine" and "I object"', async function (this: Ctx) {
      this.timeout(30000);
      const { element, ledger } = await mount({ feature: 'visit-note-summary', visit: 'visit-1' });
      const purpose = root(element).querySelector('[part~="purpose"]')!;
      expect(text(purpose)).to.contain('AI will be used for this unless you object.');
      expect(text(purpose)).to.contain('If you object: Your care worker writes your visit notes themselves, without the AI. Nothing else about your care changes.');
      // perVisit is false for this purpose: no "Not today", even with a visit.
      expect(choices(element).map(text)).to.deep.equal(['That\u2019s fine', 'I object']);
      await expect(element).to.be.accessible();
      choice(element, 'I object').click();
      await element.updateComplete;
      const events = await ledger.events();
      expect(types(events)).to.deep.equal(['visit-record:shown', 'visit-record:objected']);
      expect(events[1]!.model).to.equal('inform-and-object');
      expect(text(root(element).querySelector('.said'))).to.match(/^You objected on /);
      expect(choices(element).map(text)).to.deep.equal(['That\u2019s fine']);
      choice(element, 'That\u2019s fine').click();
      await element.updateComplete;
      expect(types(await ledger.events()).slice(2)).to.deep.equal(['visit-record:granted']);
      expect((await ledger.decision({ subject: SUBJECT, feature: 'visit-note-summary', purpose: 'visit-record', model: 'inform-and-object' })).state).to.equal('not-objected');
      expect(text(root(element).querySelector('.said'))).to.match(/^You said this was fine on /);
    });

    it('asks about every purpose that needs asking, each on its own, with "Not today" where a visit is given', async function (this: Ctx) {
      this.timeout(30000);
      const { element, ledger } = await mount({ feature: 'visit-transcription', visit: 'visit-42' });
      const purposes = [...root(element).querySelectorAll('[part~="purpose"]')];
      expect(purposes.map((p) => text(p.querySelector('[part~="purpose-heading"]')))).to.deep.equal(['For your care', 'To improve the AI']);
      expect(choices(element, 0).map(text)).to.deep.equal(['That\u2019s fine', 'I object', 'Not today, for this visit']);
      expect(choices(element, 1).map(text)).to.deep.equal(['Yes, I agree', 'No, I do not agree', 'Not today, for this visit']);
      expect(types(await ledger.events())).to.deep.equal(['visit-transcription:shown', 'improve-transcription:shown']);
      await expect(element).to.be.accessible();

      const decisions = collect<CandourConsentDecisionEvent>('candour-consent-decision');
      choice(element, 'Not today, for this visit', 0).click();
      await element.updateComplete;
      decisions.stop();
      const events = await ledger.events();
      expect(types(events).slice(2)).to.deep.equal(['visit-transcription:objected-this-visit']);
      expect(events[2]!.visit).to.equal('visit-42');
      expect(decisions.events[0]!.detail.type).to.equal('objected-this-visit');
      const today = await ledger.decision({ subject: SUBJECT, feature: 'visit-transcription', purpose: 'visit-transcription', model: 'inform-and-object', noticeVersion: '2.0', visit: 'visit-42' });
      expect(today.objectedThisVisit).to.equal(true);
      expect(today.permits).to.equal(false);
      expect(text(purposes[0]!)).to.contain('Not today: AI will not be used for this at this visit.');
      expect(choices(element, 0).map(text)).to.deep.equal(['That\u2019s fine', 'I object']);
      // The other purpose is untouched.
      expect(choices(element, 1).map(text)).to.deep.equal(['Yes, I agree', 'No, I do not agree', 'Not today, for this visit']);
      expect(active(element) === status(element, 0)).to.equal(true);
    });

    it('offers no "Not today" without a visit, and asks only the purposes named', async () => {
      const { element, ledger } = await mount({ feature: 'visit-transcription', purpose: 'improve-transcription' });
      expect(root(element).querySelectorAll('[part~="purpose"]')).to.have.length(1);
      expect(choices(element).map(text)).to.deep.equal(['Yes, I agree', 'No, I do not agree']);
      expect(types(await ledger.events())).to.deep.equal(['improve-transcription:shown']);
    });
  });

  describe('who is deciding', () => {
    it('records an attorney with the LPA registration reference; the notice is recorded as shown to them', async function (this: Ctx) {
      this.timeout(30000);
      const { element, ledger } = await mount({ feature: 'family-chatbot', audience: 'representative' });
      const who = root(element).querySelector('fieldset[part~="who"]')!;
      expect(text(who.querySelector('legend'))).to.equal('Who is making this choice?');
      expect(radio(element, 'role', 'attorney').checked).to.equal(true);
      // Nothing is recorded until we know who the attorney is.
      expect(await ledger.events()).to.have.length(0);
      await expect(element).to.be.accessible();
      input(element, 'name').value = 'Amira Khan';
      input(element, 'relationship').value = 'daughter';
      input(element, 'authority').value = '7000-1234-5678';
      choice(element, 'Yes, I agree').click();
      await element.updateComplete;
      const events = await ledger.events();
      expect(types(events)).to.deep.equal(['family-updates:shown', 'family-updates:granted']);
      const attorney = { role: 'attorney', name: 'Amira Khan', relationship: 'daughter', authorityReference: '7000-1234-5678' };
      expect(events[0]!.decidedBy).to.deep.equal(attorney);
      expect(events[1]!.decidedBy).to.deep.equal(attorney);
      expect(events[1]!.shown!.audience).to.equal('representative');
      expect(events[1]!.shown!.sha256).to.equal(await expectedHash('family-chatbot', 'representative', 'standard', 'en-GB'));
      expect(text(root(element).querySelector('.said'))).to.match(/^Amira Khan said yes on /);
      expect(text(root(element).querySelector('[part~="purpose"]'))).to.contain('Decided as: An attorney (Lasting Power of Attorney for health and welfare).');
    });

    it('records a best-interests decision with the capacity assessment behind it', async () => {
      const { element, ledger } = await mount({ feature: 'visit-note-summary', audience: 'worker', recorder: { id: 'worker-12', name: 'Sam Patel', role: 'care worker' } });
      // The person is deciding by default; the worker says someone else is.
      expect(text(root(element).querySelector('[part~="who"]'))).to.contain('You are making this choice for yourself.');
      const toggle = root(element).querySelector<HTMLButtonElement>('[part~="who-toggle"]')!;
      toggle.click();
      await element.updateComplete;
      expect(active(element) === radio(element, 'role', 'person')).to.equal(true);
      radio(element, 'role', 'best-interests').click();
      await element.updateComplete;
      input(element, 'name').value = 'Dr Joan Ellis';
      input(element, 'relationship').value = 'GP';
      input(element, 'assessedBy').value = 'Dr Joan Ellis';
      input(element, 'assessedOn').value = '2026-11-20';
      radio(element, 'outcome', 'lacks-capacity').click();
      choice(element, 'I object').click();
      await element.updateComplete;
      const events = await ledger.events();
      expect(types(events)).to.deep.equal(['visit-record:shown', 'visit-record:shown', 'visit-record:objected']);
      const objected = events[2]!;
      expect(objected.decidedBy).to.deep.equal({
        role: 'best-interests',
        name: 'Dr Joan Ellis',
        relationship: 'GP',
        capacity: { decision: 'Whether AI may be used: Visit note drafting', outcome: 'lacks-capacity', assessedBy: 'Dr Joan Ellis', assessedAt: '2026-11-20T00:00:00.000Z' },
      });
      // The first "shown" was to the person, the second to the professional deciding.
      expect(events[1]!.decidedBy).to.deep.equal(objected.decidedBy);
      expect(objected.recordedBy).to.deep.equal({ id: 'worker-12', name: 'Sam Patel', role: 'care worker' });
      expect(objected.channel).to.equal('staff-assisted');
      expect(objected.shown!.audience).to.equal('worker');
    });

    it('shows what the ledger finds wrong next to the fields and records nothing', async function (this: Ctx) {
      this.timeout(30000);
      const { element, ledger } = await mount({ feature: 'family-chatbot', audience: 'representative' });
      const decisions = collect<CandourConsentDecisionEvent>('candour-consent-decision');
      choice(element, 'Yes, I agree').click();
      await element.updateComplete;
      expect(await ledger.events()).to.have.length(0);
      for (const [field, message] of [
        ['name', 'Enter the full name of the person deciding'],
        ['authority', 'Enter the LPA registration reference'],
      ] as const) {
        const box = input(element, field);
        expect(box.getAttribute('aria-invalid')).to.equal('true');
        const error = root(element).getElementById(box.getAttribute('aria-describedby')!)!;
        expect(text(error)).to.equal(message);
      }
      expect(text(root(element).querySelector('[part~="error-summary"]'))).to.equal('Nothing has been recorded. Check who is making this choice.');
      expect(active(element) === input(element, 'name'), 'focus is on the first field to correct').to.equal(true);
      await expect(element).to.be.accessible();

      // A deputy needs a court order reference.
      radio(element, 'role', 'deputy').click();
      await element.updateComplete;
      input(element, 'name').value = 'Pat Jones';
      choice(element, 'Yes, I agree').click();
      await element.updateComplete;
      expect(await ledger.events()).to.have.length(0);
      expect(input(element, 'name').hasAttribute('aria-invalid')).to.equal(false);
      expect(text(root(element).getElementById(input(element, 'authority').getAttribute('aria-describedby')!))).to.equal('Enter the court order reference');

      // A best-interests decision only for a person who lacks capacity.
      radio(element, 'role', 'best-interests').click();
      await element.updateComplete;
      input(element, 'name').value = 'Dr Joan Ellis';
      input(element, 'assessedBy').value = 'Dr Joan Ellis';
      input(element, 'assessedOn').value = '2026-11-20';
      radio(element, 'outcome', 'has-capacity').click();
      choice(element, 'Yes, I agree').click();
      await element.updateComplete;
      expect(await ledger.events()).to.have.length(0);
      expect(radio(element, 'outcome', 'has-capacity').getAttribute('aria-invalid')).to.equal('true');
      expect(text(root(element).querySelector('#error-outcome'))).to.contain('A best-interests decision can only be made for a person assessed as lacking capacity');
      decisions.stop();
      expect(decisions.events).to.have.length(0);
      await expect(element).to.be.accessible();
    });

    it('keeps what was typed, the radio picked and the focus when it updates for another reason', async () => {
      const { element } = await mount({ feature: 'visit-note-summary', audience: 'representative' });
      radio(element, 'role', 'best-interests').click();
      await element.updateComplete;
      radio(element, 'outcome', 'lacks-capacity').click();
      const name = input(element, 'name');
      name.focus();
      name.value = 'Dr Joan Ellis';
      element.headingLevel = 3;
      await element.updateComplete;
      expect(root(element).querySelector('[part~="title"]')!.getAttribute('aria-level')).to.equal('3');
      expect(input(element, 'name') === name, 'the same field').to.equal(true);
      expect(name.value).to.equal('Dr Joan Ellis');
      expect(radio(element, 'outcome', 'lacks-capacity').checked).to.equal(true);
      expect(active(element) === name, 'focus stays in the field').to.equal(true);
    });

    it('brings the form\u2019s own styles with it when someone else is deciding', async () => {
      const { element } = await mount({ feature: 'visit-note-summary', audience: 'worker' });
      expect(root(element).querySelector('fieldset')).to.equal(null);
      root(element).querySelector<HTMLButtonElement>('[part~="who-toggle"]')!.click();
      await element.updateComplete;
      const who = root(element).querySelector('fieldset[part~="who"]')!;
      expect(getComputedStyle(who).borderTopStyle).to.equal('none');
      expect(getComputedStyle(who.querySelector('legend')!).fontWeight).to.equal('700');
      // The prompt's own rules are still there.
      expect(getComputedStyle(choices(element)[0]!).fontWeight).to.equal('700');
    });
  });

  describe('equal weight and the keyboard', () => {
    it('styles the choices identically', async () => {
      const { element } = await mount({ feature: 'visit-transcription', visit: 'visit-1' });
      const props = ['background-color', 'color', 'border-top-width', 'border-top-style', 'border-top-color', 'border-inline-start-width', 'font-size', 'font-weight', 'font-family', 'font-style', 'padding-top', 'padding-inline-start', 'text-decoration-line', 'box-shadow', 'min-block-size', 'opacity', 'text-align'];
      for (const purpose of [0, 1]) {
        const buttons = choices(element, purpose);
        expect(buttons).to.have.length(3);
        const [first, ...rest] = buttons.map((b) => getComputedStyle(b));
        for (const other of rest) for (const p of props) expect(other.getPropertyValue(p), p).to.equal(first!.getPropertyValue(p));
        // Side by side in equal columns: the same size, to the pixel.
        const [a, ...others] = buttons.map((b) => b.getBoundingClientRect());
        for (const r of others) {
          expect(Math.abs(r.width - a!.width), 'width').to.be.below(0.5);
          expect(Math.abs(r.height - a!.height), 'height').to.be.below(0.5);
          expect(Math.abs(r.top - a!.top), 'on one row').to.be.below(0.5);
        }
      }
      const yes = choice(element, 'Yes, I agree', 1).getBoundingClientRect();
      expect(yes.height).to.be.at.least(44);
    });

    it('is used with the keyboard: Tab order, Enter and Space', async () => {
      const { element, ledger, after } = await mount({ feature: 'visit-transcription' });
      const readMore = root(element).querySelector<HTMLButtonElement>('[part~="read-more"]')!;
      readMore.focus();
      const order = [root(element).querySelector('[part~="who-toggle"]'), ...choices(element, 0), ...choices(element, 1)];
      for (const expected of order) {
        await sendKeys({ press: 'Tab' });
        expect(active(element) === expected, `focus on ${text(expected)}`).to.equal(true);
      }
      // Inline, the prompt does not hold on to focus.
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement === after, 'focus left the prompt').to.equal(true);

      choices(element, 1)[1]!.focus();
      await sendKeys({ press: 'Enter' });
      await element.updateComplete;
      choices(element, 0)[0]!.focus();
      await sendKeys({ press: ' ' });
      await element.updateComplete;
      expect(types(await ledger.events()).slice(2)).to.deep.equal(['improve-transcription:declined', 'visit-transcription:granted']);
    });

    it('asks for the full notice, and takes focus back from the provider', async () => {
      const { element } = await mount({ feature: 'family-chatbot' });
      const requests = collect<CandourNoticeRequestEvent>('candour-notice-request');
      const readMore = root(element).querySelector<HTMLButtonElement>('[part~="read-more"]')!;
      expect(text(readMore)).to.equal('Read the full explanation');
      readMore.click();
      requests.stop();
      expect(requests.events.map((e) => e.detail)).to.deep.equal([{ feature: 'family-chatbot', audience: 'person', readingLevel: 'standard' }]);
      requests.events[0]!.preventDefault();
      element.restoreFocus();
      expect(active(element) === readMore).to.equal(true);
    });
  });

  describe('dialog mode', () => {
    it('opens in the same frame, focuses its heading, closes on Escape recording nothing more, and returns focus', async function (this: Ctx) {
      this.timeout(30000);
      const { element, ledger, before } = await mount({ feature: 'family-chatbot', mode: 'dialog' });
      const dialog = root(element).querySelector('dialog')!;
      expect(dialog.open).to.equal(false);
      expect(await ledger.events()).to.have.length(0);
      before.focus();
      element.show();
      // No waiting: the content is there and the dialog is open now.
      expect(dialog.open).to.equal(true);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(text(dialog.querySelector('[part~="title"]'))).to.equal('Family questions chatbot: your choice about AI');
      expect(choices(element).map(text)).to.deep.equal(['Yes, I agree', 'No, I do not agree']);
      expect(active(element) === root(element).querySelector('[part~="title"]'), 'focus on the heading').to.equal(true);
      await element.updateComplete;
      expect(element.open).to.equal(true);
      expect(element.hasAttribute('open')).to.equal(true);
      expect(types(await ledger.events())).to.deep.equal(['family-updates:shown']);
      await expect(element).to.be.accessible();

      let closed = 0;
      element.addEventListener('close', () => closed++);
      await sendKeys({ press: 'Escape' });
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(element.open).to.equal(false);
      expect(closed).to.equal(1);
      expect(document.activeElement === before, 'focus is back on the opener').to.equal(true);
      expect(types(await ledger.events())).to.deep.equal(['family-updates:shown']);

      // Once per show.
      element.show();
      await element.updateComplete;
      expect(types(await ledger.events())).to.deep.equal(['family-updates:shown', 'family-updates:shown']);
      choice(element, 'Yes, I agree').click();
      await element.updateComplete;
      expect(active(element) === status(element)).to.equal(true);
      expect(dialog.open, 'the confirmation stays until closed').to.equal(true);
      root(element).querySelector<HTMLButtonElement>('[part~="close"]')!.click();
      await element.updateComplete;
      expect(dialog.open).to.equal(false);
      expect(document.activeElement === before).to.equal(true);
      expect(types(await ledger.events())).to.deep.equal(['family-updates:shown', 'family-updates:shown', 'family-updates:granted']);
    });

    it('keeps Tab inside the open dialog', async () => {
      const { element, before } = await mount({ feature: 'family-chatbot', mode: 'dialog' });
      before.focus();
      element.show();
      await element.updateComplete;
      // Through the dialog's own controls (fewer than it has: past the last one Firefox moves focus to its own
      // toolbar, as native modal dialogs allow, and keys sent to later test pages would then go astray).
      const controls = root(element).querySelectorAll('dialog button, dialog a[href], dialog input, dialog select').length;
      expect(controls).to.be.greaterThan(3);
      for (let i = 0; i < controls - 1; i++) {
        await sendKeys({ press: 'Tab' });
        expect(document.activeElement === element, 'focus stays in the dialog and never reaches the page behind').to.equal(true);
      }
      element.hide();
      await element.updateComplete;
      expect(document.activeElement === before).to.equal(true);
    });

    it('opens from the open attribute', async () => {
      const { element, ledger } = await mount({ feature: 'family-chatbot', mode: 'dialog' });
      element.setAttribute('open', '');
      await element.updateComplete;
      expect(root(element).querySelector('dialog')!.open).to.equal(true);
      expect(types(await ledger.events())).to.deep.equal(['family-updates:shown']);
      element.hide();
      await element.updateComplete;
    });
  });

  describe('reading level and language', () => {
    it('uses the Easy Read summary and words, and records the Easy Read notice as shown', async function (this: Ctx) {
      this.timeout(30000);
      const { element, ledger } = await mount({ feature: 'visit-transcription', readingLevel: 'easy-read' });
      expect(root(element).querySelector('.prompt')!.classList.contains('easy-read')).to.equal(true);
      expect([...root(element).querySelectorAll('[part~="summary"] p')].map(text)).to.deep.equal([
        'Your care worker can record what is said during a visit.',
        'A computer writes down the words.',
        'This computer help is called AI.',
        'It helps your care worker write your notes.',
      ]);
      const paragraphs = [...root(element).querySelectorAll('[part~="purpose"]')[1]!.querySelectorAll('p')].map(text);
      expect(paragraphs).to.include.members(['We would like to use AI for this.', 'We only do it if you say yes.', 'You can change your mind.']);
      const [first] = await ledger.events();
      expect(first!.shown!.format).to.equal('easy-read');
      expect(first!.shown!.sha256).to.equal(await expectedHash('visit-transcription', 'person', 'easy-read', 'en-GB'));
      await expect(element).to.be.accessible();
    });

    it('speaks Welsh, marking supplier text with its language', async function (this: Ctx) {
      this.timeout(30000);
      const { element, ledger } = await mount({ feature: 'family-chatbot', locale: 'cy' });
      expect(text(root(element).querySelector('[part~="title"]'))).to.equal('Sgwrsfot cwestiynau i\u2019r teulu: eich dewis am AI');
      expect(choices(element).map(text)).to.deep.equal(['Ydw, rwy\u2019n cytuno', 'Na, nid wyf yn cytuno']);
      expect(root(element).querySelector('[part~="summary"] > div')!.getAttribute('lang')).to.equal('cy');
      expect(root(element).querySelector('[part~="purpose"] p')!.getAttribute('lang')).to.equal('cy');
      const [shown] = await ledger.events();
      expect(shown!.shown!.locale).to.equal('cy');
      expect(shown!.shown!.sha256).to.equal(await expectedHash('family-chatbot', 'person', 'standard', 'cy'));
      choice(element, 'Ydw, rwy\u2019n cytuno').click();
      await element.updateComplete;
      expect(text(status(element))).to.match(/^Mae eich ateb wedi’i gofnodi\./);
      await expect(element).to.be.accessible();
    });
  });

  it('reads the decisions of a ledger given later, and tells it what was shown', async () => {
    const { element, ledger } = await mount({ feature: 'family-chatbot' });
    const other = newLedger();
    const shown = { feature: 'family-chatbot', version: '1.1', audience: 'person' as const, locale: 'en-GB', format: 'standard' as const, sha256: await expectedHash('family-chatbot', 'person', 'standard', 'en-GB') };
    await other.record({ type: 'declined', subject: SUBJECT, feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', decidedBy: { role: 'person' }, channel: 'self-service', shown });
    element.ledger = other;
    await element.updateComplete;
    expect(text(root(element).querySelector('.said'))).to.match(/^You said no on /);
    expect(types(await other.events())).to.deep.equal(['family-updates:declined', 'family-updates:shown']);
    expect(types(await ledger.events())).to.deep.equal(['family-updates:shown']);
  });

  describe('hostile text', () => {
    it('renders supplier text as text', async () => {
      const manifest = (await exampleManifest()) as Json;
      const chatbot = (manifest.features as Json[]).find((f) => f.id === 'family-chatbot')!;
      chatbot.name = { 'en-GB': '<img src=x onerror="window.__pwned=1">' };
      chatbot.purposes[0].description = { 'en-GB': '<script>window.__pwned=1</script>' };
      chatbot.notice.person.summary = { 'en-GB': '<b onmouseover=alert(1)>hi</b>' };
      const { element } = await mount({ feature: 'family-chatbot', manifest });
      expect(root(element).querySelector('img, script, b')).to.equal(null);
      expect(text(root(element).querySelector('[part~="title"]'))).to.equal('<img src=x onerror="window.__pwned=1">: your choice about AI');
      expect(text(root(element).querySelector('[part~="summary"]'))).to.equal('<b onmouseover=alert(1)>hi</b>');
      expect(text(root(element).querySelector('[part~="purpose"] p'))).to.equal('<script>window.__pwned=1</script>');
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('when nothing can be recorded', () => {
    for (const [what, options, code] of [
      ['no ledger', { ledger: null }, 'consent-unavailable'],
      ['no subject', { subject: null }, 'consent-unavailable'],
      ['an unknown feature', { feature: 'no-such-feature' }, 'unknown-feature'],
    ] as const) {
      it(`says so plainly with ${what}, warns and reports ${code}`, async function (this: Ctx) {
        this.timeout(30000);
        const errors = collect<CandourErrorEvent>('candour-error');
        const { element } = await mount(options as Options);
        errors.stop();
        const base = root(element).querySelector('[part~="base"]')!;
        expect(base.getAttribute('part')).to.contain('fallback');
        expect(base.getAttribute('role')).to.equal('region');
        expect(text(base)).to.contain('We cannot record your choice here. Please tell the person supporting you what you would like.');
        expect(root(element).querySelectorAll('[part~="choice"]')).to.have.length(0);
        expect(errors.events.map((e) => e.detail.code)).to.include(code);
        expect(warnings.warnings.some((w) => w.includes('<candour-consent-prompt>'))).to.equal(true);
        await expect(element).to.be.accessible();
      });
    }

    it('says plainly when the store is full that the answer is kept on this device and not saved yet, and loses nothing', async function (this: Ctx) {
      this.timeout(30000);
      const ledger = newLedger(fullStore());
      const errors = collect<CandourErrorEvent>('candour-error');
      const decisions = collect<CandourConsentDecisionEvent>('candour-consent-decision');
      const { element } = await mount({ feature: 'family-chatbot', ledger });
      choice(element, 'Yes, I agree').click();
      await element.updateComplete;
      errors.stop();
      decisions.stop();
      expect(status(element).getAttribute('part')).to.contain('not-saved');
      expect(text(status(element))).to.equal(
        'Your answer is kept on this device, but it is not saved yet. We will keep trying. Please tell the person supporting you what you chose.',
      );
      expect(errors.events.map((e) => e.detail.code)).to.include('consent-not-saved');
      expect(decisions.events[0]!.detail.stored).to.equal(false);
      expect(ledger.status().unsaved).to.equal(2);
      expect(types(await ledger.events())).to.deep.equal(['family-updates:shown', 'family-updates:granted']);
      expect((await ledger.decision({ subject: SUBJECT, feature: 'family-chatbot', purpose: 'family-updates', model: 'explicit-consent', noticeVersion: '1.1' })).state).to.equal('granted');
      await expect(element).to.be.accessible();
    });
  });

  it('reads well in the dark colour scheme', async function (this: Ctx) {
    this.timeout(30000);
    const { element } = await mount({ feature: 'family-chatbot' });
    const restore = await emulate(element, 'dark');
    try {
      expect(getComputedStyle(root(element).querySelector('.prompt')!).backgroundColor).to.equal('rgb(29, 29, 31)');
      await expect(element).to.be.accessible();
    } finally {
      await restore();
    }
  });
});
