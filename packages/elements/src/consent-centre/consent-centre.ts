import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { DisplayFeature } from '@candour/core/display';
import {
  decide,
  noticeSnapshot,
  noticeVersionOf,
  shownFrom,
  type ConsentChannel,
  type ConsentEvent,
  type ConsentEventInput,
  type ConsentEventType,
  type Decider,
  type Decision,
  type DecisionState,
  type Ledger,
  type LedgerNotice,
  type Recorder,
  type RecordResult,
} from '@candour/core/consent';
import { CandourElement } from '../internal/candour-element';
import { pickText } from '../internal/feature';
import { commonMessages } from '../i18n/common';
import { consentCentreMessages } from '../i18n/consent-centre';
import { CandourConsentDecisionEvent, CandourNoticeRequestEvent, type CandourErrorCode } from '../events/events';
import { centreStyles } from './consent-centre.styles';

const messages = {
  'en-GB': { ...commonMessages['en-GB'], ...consentCentreMessages['en-GB'] },
  cy: { ...commonMessages.cy, ...consentCentreMessages.cy },
};
type Key = keyof (typeof messages)['en-GB'];

/** Heading tags from a fixed list: the level never reaches the markup as a string. */
const headingTags: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** A phrase with `{name}` placeholders filled by templates (so supplier text keeps its own `lang` and stays text). */
function fill(phrase: string, values: Record<string, unknown>): unknown[] {
  return phrase.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in values ? values[name] : part;
  });
}

type Model = 'explicit-consent' | 'inform-and-object';
type Text = { text: string; lang: string };

/** One feature × purpose the person has a say in. */
interface Row {
  key: string;
  feature: DisplayFeature;
  featureId: string;
  purposeId: string;
  name: Text;
  description: Text;
  model: Model;
  perVisit: boolean;
  decision: Decision;
}

/** What one press records. */
interface Action {
  type: ConsentEventType;
  label: Key;
  /** The first action of a row keeps its place (and focus) when the row's state changes. */
  primary: boolean;
}

type DeciderRole = 'person' | 'attorney' | 'deputy';

const AGREED: readonly DecisionState[] = ['granted', 'not-objected'];
const REFUSED: readonly DecisionState[] = ['declined', 'objected', 'withdrawn'];
const modes: readonly string[] = ['person', 'worker'];

/**
 * Every AI feature's current decision for one person, with its history, a
 * one-press way to change or withdraw it, and a printable copy (the receipt).
 *
 * It lists each purpose of each feature in the manifest whose consent model
 * is not `none`: what it is for, the decision in plain words, when and by
 * whom it was made, and "not today" for the visit (`visit`). Changing a
 * decision takes one press, as agreeing did: "Withdraw my consent", "I
 * object", "I agree now", "I no longer object". Agreeing to explicit consent
 * records the notice the person is offered (its version, format, language and
 * SHA-256); "Read the full explanation" opens it through the provider.
 *
 * Who decides: the person by default; an attorney or a deputy gives their
 * name and authority reference once (a `representative` audience is asked
 * for them), or the host sets `.decider` (e.g. a best-interests decision with
 * its capacity assessment).
 *
 * Worker mode (`mode="worker"`, or a `worker` audience) is for the care
 * record: compact rows with one-press "Record objection", "Record withdrawal"
 * and, for a visit, "Not today", recorded as said aloud and recorded by the
 * care worker the provider names as `recorder`. Without a recorder nothing is
 * recorded. With `feature` (and `purpose`) it shows just that row: the
 * one-action objection button for a care-record row.
 *
 * It records through the provider's ledger (or its own `.ledger`) for the
 * provider's `subject` (or its own), and follows the ledger live: decisions
 * recorded by a prompt elsewhere on the page or in another tab show at once.
 * A decision the store could not save yet is said to be kept on this device;
 * nothing is lost. Supplier text is shown as text.
 *
 * @summary A person's decisions about AI: current state, history, change in one press, receipt.
 * @csspart base - The centre (a section labelled by its title).
 * @csspart fallback - Added to `base` when the choices cannot be shown.
 * @csspart title - The centre's title.
 * @csspart intro - The sentence under the title.
 * @csspart decider - The "who is making these choices" group.
 * @csspart decider-error - Why a change was not recorded (details of the attorney or deputy missing).
 * @csspart list - The list of purposes.
 * @csspart row - One feature × purpose.
 * @csspart feature-name - The feature's name (a heading).
 * @csspart purpose - What the purpose is, in the supplier's words.
 * @csspart state - The decision in plain words; `state-<decision>` is added (e.g. `state-granted`).
 * @csspart when - When and by whom the decision was made.
 * @csspart not-today - "Not today" for the visit.
 * @csspart actions - The row's buttons.
 * @csspart action - A button that records a change in one press.
 * @csspart read-notice - The "Read the full explanation" button.
 * @csspart history - The history disclosure (`details`).
 * @csspart history-toggle - The history disclosure's summary.
 * @csspart history-entry - One event in the history; `in-error` is added when a correction voided it.
 * @csspart status - The live region announcing what was recorded.
 * @csspart warning - "Kept on this device, not saved yet".
 * @csspart receipt-button - "Get a copy of my choices".
 * @csspart receipt - The printable copy.
 * @csspart receipt-title - The copy's title.
 * @csspart receipt-heading - A feature's name in the copy.
 * @csspart print - The copy's print button.
 * @csspart close-receipt - The copy's "Back to the choices" button.
 * @cssproperty --candour-font-family - Font (inherits by default).
 * @cssproperty --candour-centre-fg - Text colour (#0b0c0c).
 * @cssproperty --candour-centre-bg - Background (#ffffff).
 * @cssproperty --candour-centre-padding - Padding inside the centre (1.25rem).
 * @cssproperty --candour-centre-border - Lines between rows (#b1b4b6).
 * @cssproperty --candour-centre-yes - Colour of the marker of a "yes" (#00703c).
 * @cssproperty --candour-centre-no - Colour of the marker of a "no" (#d4351c).
 * @cssproperty --candour-centre-open - Colour of the marker of an open question (#f47738).
 * @cssproperty --candour-centre-easy-read-font-size - Text size of the Easy Read copy (1.375rem).
 * @cssproperty --candour-button-bg - Button background (#f3f2f1).
 * @cssproperty --candour-button-fg - Button text colour (#0b0c0c).
 * @cssproperty --candour-focus - Focus highlight (#ffdd00).
 * @cssproperty --candour-focus-text - Text colour on the focus highlight (#0b0c0c).
 * @cssproperty --candour-focus-ring - Ring around the focus highlight (#0b0c0c).
 * @cssproperty --candour-error - Colour of error messages and their border (#d4351c).
 * @fires candour-consent-decision - A change was recorded (type, who decided, event id, whether it is stored yet).
 * @fires candour-notice-request - The reader asked for a feature's full notice (cancelable; the provider opens it otherwise).
 * @fires candour-error - `consent-unavailable` (no ledger, subject or manifest; or the ledger refused a record), `consent-not-saved` (kept on this device, not stored yet), `invalid-property`.
 */
export class CandourConsentCentre extends CandourElement {
  static override styles = centreStyles;

  /** The person the choices are about (a pseudonymous id). Defaults to the provider's `subject`. */
  @property({ reflect: true }) subject?: string;

  /** `person` (default; `worker` when the audience is `worker`) or `worker`: compact rows with one-press actions for staff. */
  @property({ reflect: true }) mode?: 'person' | 'worker';

  /** The visit (encounter) now, so "not today" can be shown and recorded for it. */
  @property({ reflect: true }) visit?: string;

  /** Show only this feature's purposes (e.g. in a care-record row). */
  @property({ reflect: true }) feature?: string;

  /** With `feature`, show only this purpose. */
  @property({ reflect: true }) purpose?: string;

  /** Level of the title, 2–6 (default 2); each feature's name is one level below. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** How changes reach the record; defaults to the provider's channel (worker mode: `verbal-recorded-by-staff`). */
  @property() channel?: ConsentChannel;

  /** A ledger of the host's own; defaults to the provider's. */
  @property({ attribute: false }) ledger?: Ledger;

  /** The care worker using the page; defaults to the provider's `recorder`. */
  @property({ attribute: false }) recorder?: Recorder;

  /** Who decides, when the host knows (e.g. a best-interests decision with its capacity assessment). Replaces the "who is making these choices" question. */
  @property({ attribute: false }) decider?: Decider;

  /** The features, when the centre is used without a provider's manifest. */
  @property({ attribute: false }) features?: DisplayFeature[];

  @state() private events: ConsentEvent[] = [];
  @state() private loaded = false;
  @state() private unsaved = 0;
  @state() private busy = false;
  @state() private statusText = '';
  @state() private statusKind: 'ok' | 'warn' | 'error' = 'ok';
  @state() private receiptOpen = false;
  @state() private deciderRole: DeciderRole | undefined;
  @state() private deciderName = '';
  @state() private deciderRef = '';
  @state() private deciderError = false;

  private rows: Row[] = [];
  private view: 'loading' | 'fallback' | 'ready' = 'loading';
  private problems: Array<[CandourErrorCode, string]> = [];
  private subscribed?: Ledger;
  private unsubscribe?: () => void;
  private loadToken = 0;
  private refreshQueued = false;
  private focusAfter?: string;
  private focusTarget?: 'receipt' | 'receipt-button';
  private restoreTarget?: HTMLElement;

  private get activeLedger(): Ledger | undefined {
    return this.ledger ?? this.candour?.ledger;
  }

  private get activeSubject(): string | undefined {
    return this.subject || this.candour?.subject || undefined;
  }

  private get activeRecorder(): Recorder | undefined {
    return this.recorder ?? this.candour?.recorder;
  }

  private get isWorker(): boolean {
    if (this.mode && modes.includes(this.mode)) return this.mode === 'worker';
    return this.effectiveAudience === 'worker';
  }

  /** Readers other than the person are not addressed as "you"/"my". */
  private get forPerson(): boolean {
    return !this.isWorker && this.effectiveAudience === 'person';
  }

  private get level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
  }

  private get defaultRole(): DeciderRole {
    return !this.isWorker && this.effectiveAudience === 'representative' ? 'attorney' : 'person';
  }

  private get chosenRole(): DeciderRole {
    return this.deciderRole ?? this.defaultRole;
  }

  private tx(key: Key, params?: Readonly<Record<string, string | number>>): string {
    return this.t(messages, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved or re-attached: follow the ledger again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscribed = undefined;
  }

  /** Puts focus back on the "Read the full explanation" button that opened a notice. */
  override restoreFocus(): void {
    if (this.restoreTarget?.isConnected) this.restoreTarget.focus();
    else this.focus();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.problems = [];
    this.syncLedger();
    const n = Number(this.headingLevel);
    if (!(Number.isInteger(n) && n >= 2 && n <= 6)) this.problems.push(['invalid-property', `heading-level must be 2 to 6; found "${String(this.headingLevel)}". Using 2.`]);
    if (this.mode !== undefined && !modes.includes(this.mode)) this.problems.push(['invalid-property', `mode must be person or worker; found "${String(this.mode)}". Using ${this.isWorker ? 'worker' : 'person'}.`]);
    try {
      this.compute();
    } catch (error) {
      // A hand-made `.features` array can be any shape: never let it break the page.
      this.view = 'fallback';
      this.rows = [];
      this.problems.push(['consent-unavailable', `The features could not be read: ${error instanceof Error ? error.message : String(error)}`]);
    }
  }

  private featureList(): DisplayFeature[] | 'loading' | undefined {
    if (Array.isArray(this.features)) return this.features;
    const state = this.candour;
    if (!state) return undefined;
    if (state.status === 'loading' || state.status === 'empty') return 'loading';
    if (state.status === 'error' || !state.manifest) return undefined;
    return [...state.manifest.features.values()];
  }

  private compute(): void {
    const ledger = this.activeLedger;
    const subject = this.activeSubject;
    const features = this.featureList();
    if (!ledger || !subject || features === undefined) {
      this.view = 'fallback';
      this.rows = [];
      const missing = [!ledger && 'a ledger (give the provider `ledger` or `consent-store`, or set `.ledger`)', !subject && 'a subject (the provider\u2019s or the element\u2019s `subject`)', features === undefined && 'a manifest (place it inside <candour-provider> with a manifest, or set `.features`)'].filter(Boolean);
      this.problems.push(['consent-unavailable', `Consent choices cannot be shown without ${missing.join(', ')}.`]);
      return;
    }
    if (features === 'loading' || !this.loaded) {
      this.view = 'loading';
      this.rows = [];
      return;
    }
    const locale = this.effectiveLocale;
    const now = new Date();
    const rows: Row[] = [];
    for (const feature of features) {
      if (!feature || typeof feature !== 'object' || typeof feature.id !== 'string') continue;
      if (this.feature && feature.id !== this.feature) continue;
      const name = pickText(feature.name, locale) ?? { text: feature.id, lang: 'en' };
      for (const purpose of Array.isArray(feature.purposes) ? feature.purposes : []) {
        const consent = purpose?.consent as { model?: unknown; perVisit?: unknown } | undefined;
        const model = consent?.model;
        if (model !== 'explicit-consent' && model !== 'inform-and-object') continue;
        if (typeof purpose.id !== 'string' || (this.purpose && purpose.id !== this.purpose)) continue;
        const decision = decide(this.events, {
          subject,
          feature: feature.id,
          purpose: purpose.id,
          model,
          noticeVersion: noticeVersionOf(feature),
          ...(this.visit ? { visit: this.visit } : {}),
          now,
        });
        rows.push({
          key: `${feature.id}\u0000${purpose.id}`,
          feature,
          featureId: feature.id,
          purposeId: purpose.id,
          name,
          description: pickText(purpose.description, locale) ?? { text: purpose.id, lang: 'en' },
          model,
          perVisit: consent?.perVisit === true,
          decision,
        });
      }
    }
    if (this.feature && rows.length === 0) {
      this.problems.push(['unknown-feature', `No purpose of "${this.feature}"${this.purpose ? ` called "${this.purpose}"` : ''} asks for a decision in the manifest.`]);
    }
    this.rows = rows;
    this.view = 'ready';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const [code, message] of this.problems) this.report(code, message);
    this.moveFocus();
  }

  /** Follows the ledger in use (and the person): subscribes, unsubscribes, reads the events again. */
  private syncLedger(): void {
    const ledger = this.isConnected ? this.activeLedger : undefined;
    const subject = this.activeSubject;
    if (ledger !== this.subscribed) {
      this.unsubscribe?.();
      this.unsubscribe = undefined;
      this.subscribed = ledger;
      this.events = [];
      this.loaded = false;
      if (ledger) {
        this.unsubscribe = ledger.subscribe((notice) => this.onNotice(notice));
        void this.refresh();
      }
    } else if (ledger && subject !== this.requestedSubject) {
      this.loaded = false;
      void this.refresh();
    }
  }

  private requestedSubject?: string;

  private onNotice(notice: LedgerNotice): void {
    // Reading the events can itself report a problem (an unreadable store): only changes to the record count here.
    if (notice.type !== 'recorded' && notice.type !== 'stored' && notice.type !== 'changed') return;
    // Several notices arrive for one record: read the events once.
    if (this.refreshQueued) return;
    this.refreshQueued = true;
    queueMicrotask(() => {
      this.refreshQueued = false;
      void this.refresh();
    });
  }

  /** Reads the person's events from the ledger again. Never throws. */
  async refresh(): Promise<void> {
    const ledger = this.activeLedger;
    const subject = this.activeSubject;
    const token = ++this.loadToken;
    this.requestedSubject = subject;
    if (!ledger || !subject) return;
    let events: ConsentEvent[] = [];
    try {
      events = await ledger.events({ subject });
    } catch {
      events = this.events;
    }
    if (token !== this.loadToken) return;
    this.events = events;
    this.loaded = true;
    try {
      this.unsaved = ledger.status().unsaved;
    } catch {
      this.unsaved = 0;
    }
  }

  private moveFocus(): void {
    const root = this.renderRoot as ShadowRoot;
    if (this.focusTarget) {
      const target = this.focusTarget === 'receipt' ? root.querySelector<HTMLElement>('#receipt-title') : root.querySelector<HTMLElement>('[part~="receipt-button"]');
      this.focusTarget = undefined;
      target?.focus();
    }
    if (this.focusAfter === undefined) return;
    const key = this.focusAfter;
    this.focusAfter = undefined;
    const inside = root.activeElement;
    if (inside && inside.isConnected && inside.localName !== 'body') return;
    const row = [...root.querySelectorAll<HTMLElement>('[part~="row"]')].find((r) => r.dataset.key === key);
    (row?.querySelector<HTMLElement>('[part~="action"]') ?? row?.querySelector<HTMLElement>('[part~="state"]'))?.focus();
  }

  // --- who decides -------------------------------------------------------

  /** The decider to record, or undefined when an attorney's or deputy's details are missing. */
  private currentDecider(): Decider | undefined {
    if (this.decider && typeof this.decider === 'object' && typeof this.decider.role === 'string') return this.decider;
    const role = this.chosenRole;
    if (role === 'person') return { role: 'person' };
    const name = this.deciderName.trim();
    const ref = this.deciderRef.trim();
    if (!name || !ref) return undefined;
    return { role, name: name.slice(0, 2000), authorityReference: ref.slice(0, 2000) };
  }

  private whoPhrase(d: Decider | undefined): string {
    if (!d || d.role === 'person') return this.tx(this.forPerson ? 'centre.who.you' : 'centre.who.person');
    return this.tx(`centre.who.${d.role}` as Key, { name: d.name ?? '' });
  }

  // --- actions -------------------------------------------------------------

  private actionsFor(row: Row): Action[] {
    const s = row.decision.state;
    const explicit = row.model === 'explicit-consent';
    const actions: Action[] = [];
    if (this.isWorker) {
      if (explicit && s === 'granted') actions.push({ type: 'withdrawn', label: 'centre.worker.withdraw', primary: true });
      else if (!REFUSED.includes(s)) actions.push({ type: explicit ? 'declined' : 'objected', label: 'centre.worker.object', primary: true });
      if (this.visit && row.perVisit && !REFUSED.includes(s) && !row.decision.objectedThisVisit) {
        actions.push({ type: 'objected-this-visit', label: 'centre.worker.notToday', primary: actions.length === 0 });
      }
      return actions;
    }
    const k = (name: string) => `centre.${this.forPerson ? 'action' : 'actionOther'}.${name}` as Key;
    if (AGREED.includes(s)) {
      actions.push(explicit ? { type: 'withdrawn', label: k('withdraw'), primary: true } : { type: 'objected', label: k('object'), primary: true });
    } else if (REFUSED.includes(s)) {
      actions.push({ type: 'granted', label: k(explicit ? 'agreeNow' : 'noLongerObject'), primary: true });
    } else if (explicit) {
      actions.push({ type: 'granted', label: k('agree'), primary: true }, { type: 'declined', label: k('decline'), primary: false });
    } else {
      actions.push({ type: 'objected', label: k('object'), primary: true });
    }
    return actions;
  }

  private async act(row: Row, action: Action): Promise<void> {
    if (this.busy) return;
    const ledger = this.activeLedger;
    const subject = this.activeSubject;
    if (!ledger || !subject) return;
    const worker = this.isWorker;
    const recorder = this.activeRecorder;
    if (worker && !(recorder && typeof recorder.id === 'string' && recorder.id)) {
      this.say('error', this.tx('centre.worker.needsRecorder'));
      this.report('consent-unavailable', 'Worker mode records nothing without a recorder: give the provider (or the element) `recorder`.');
      return;
    }
    const decidedBy = this.currentDecider();
    if (!decidedBy) {
      this.deciderError = true;
      await this.updateComplete;
      const field = this.renderRoot.querySelector<HTMLInputElement>(this.deciderName.trim() ? '#decider-ref' : '#decider-name');
      field?.focus();
      return;
    }
    this.deciderError = false;
    const input: ConsentEventInput = {
      type: action.type,
      subject,
      feature: row.featureId,
      ...(typeof row.feature.version === 'string' && row.feature.version ? { featureVersion: row.feature.version } : {}),
      purpose: row.purposeId,
      model: row.model,
      decidedBy,
      ...(recorder && typeof recorder.id === 'string' && recorder.id ? { recordedBy: recorder } : {}),
      channel: this.channel ?? (worker ? 'verbal-recorded-by-staff' : this.candour?.channel ?? (recorder ? 'staff-assisted' : 'self-service')),
      ...(action.type === 'objected-this-visit' && this.visit ? { visit: this.visit } : {}),
    };
    this.busy = true;
    let result: RecordResult;
    try {
      if (action.type === 'granted') {
        // The grant carries the exact notice offered here: the reader's own version, at their reading level, in their language.
        const audience = this.effectiveAudience === 'representative' ? 'representative' : 'person';
        input.shown = shownFrom(noticeSnapshot(row.feature, { audience, readingLevel: this.effectiveReadingLevel, locale: this.effectiveLocale }));
      }
      result = await ledger.record(input);
    } catch (error) {
      this.busy = false;
      this.say('error', this.tx('centre.failed', { who: this.tx('centre.askProvider') }));
      this.report('consent-unavailable', `The ledger did not record the change: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    // Show the new state before announcing it, so the words match the row.
    await this.refresh();
    this.busy = false;
    await this.updateComplete;
    const after = this.rows.find((r) => r.key === row.key) ?? row;
    const saved = this.tx('centre.saved', { feature: row.name.text, purpose: row.description.text, state: this.stateWords(after) });
    if (result.stored) this.say('ok', saved);
    else {
      this.say('warn', `${saved} ${this.tx('centre.notSaved')}`);
      this.report('consent-not-saved', `Consent event ${result.event.id} is recorded but not stored yet: ${result.problems.map((p) => p.message).join(' ') || 'the store did not take it'}. The ledger keeps it and retries.`);
    }
    this.focusAfter = row.key;
    await this.updateComplete;
    this.dispatchEvent(
      new CandourConsentDecisionEvent({ subject, feature: row.featureId, purpose: row.purposeId, type: action.type, decidedBy: decidedBy.role, eventId: result.event.id, stored: result.stored }),
    );
  }

  private say(kind: 'ok' | 'warn' | 'error', text: string): void {
    this.statusKind = kind;
    this.statusText = text;
  }

  private requestNotice(row: Row, button: HTMLElement): void {
    this.restoreTarget = button;
    const audience = this.isWorker ? 'worker' : this.effectiveAudience;
    this.dispatchEvent(new CandourNoticeRequestEvent({ feature: row.featureId, audience, readingLevel: this.effectiveReadingLevel }));
  }

  private openReceipt(): void {
    this.receiptOpen = true;
    this.focusTarget = 'receipt';
  }

  private closeReceipt(): void {
    this.receiptOpen = false;
    this.focusTarget = 'receipt-button';
  }

  // --- words -----------------------------------------------------------------

  private stateWords(row: Row): string {
    return this.tx(`centre.state.${row.decision.state}` as Key);
  }

  private date(iso: string): TemplateResult {
    let text = iso;
    try {
      text = new Intl.DateTimeFormat(this.effectiveLocale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
    } catch {
      // an unknown locale: the instant as recorded
    }
    return html`<time datetime=${iso}>${text}</time>`;
  }

  private eventWords(e: ConsentEvent): string {
    const io = e.model === 'inform-and-object';
    switch (e.type) {
      case 'shown':
        return this.tx('centre.event.shown', { version: e.shown?.version ?? '?', format: this.tx(e.shown?.format === 'easy-read' ? 'centre.format.easy-read' : 'centre.format.standard') });
      case 'granted':
        return this.tx(io ? 'centre.event.grantedIo' : 'centre.event.granted');
      case 'withdrawn':
        return this.tx(io ? 'centre.event.withdrawnIo' : 'centre.event.withdrawn');
      case 'objected-this-visit':
        return this.tx('centre.event.objected-this-visit', { visit: e.visit ?? '' });
      default:
        return this.tx(`centre.event.${e.type}` as Key);
    }
  }

  private whoDid(e: ConsentEvent): string {
    const parts = [this.whoPhrase(e.decidedBy)];
    if (e.recordedBy) parts.push(this.tx('centre.recordedBy', { name: e.recordedBy.name || e.recordedBy.id }));
    return parts.join(', ');
  }

  // --- rendering ---------------------------------------------------------------

  private heading(level: number, part: string, content: unknown, id?: string, focusable = false): TemplateResult {
    if (level <= 6) {
      return staticHtml`<${headingTags[level]!} part=${part} id=${id ?? nothing} tabindex=${focusable ? '-1' : nothing} dir="auto">${content}</${headingTags[level]!}>`;
    }
    return html`<div role="heading" aria-level=${level} part=${part} id=${id ?? nothing} tabindex=${focusable ? '-1' : nothing} dir="auto">${content}</div>`;
  }

  private renderStatus(): TemplateResult {
    return html`<div part="status" class="status ${this.statusKind}" role="status">${this.statusText ? html`<p dir="auto">${this.statusText}</p>` : nothing}</div>`;
  }

  private renderDecider(): TemplateResult | typeof nothing {
    if (this.decider && typeof this.decider === 'object' && typeof this.decider.role === 'string') {
      return html`<p part="decider" class="decider given" dir="auto">${this.tx('centre.decider.given', { who: this.whoPhrase(this.decider) })}</p>`;
    }
    const role = this.chosenRole;
    const options: Array<[DeciderRole, Key]> = [
      ...(this.effectiveAudience === 'representative' && !this.isWorker ? [] : [['person', this.forPerson ? 'centre.decider.me' : 'centre.decider.person'] as [DeciderRole, Key]]),
      ['attorney', 'centre.decider.attorney'],
      ['deputy', 'centre.decider.deputy'],
    ];
    const needsDetails = role !== 'person';
    const missing = this.deciderError && needsDetails;
    return html`<fieldset part="decider" class="decider" aria-describedby=${missing ? 'decider-error' : nothing}>
      <legend dir="auto">${this.tx('centre.decider.legend')}</legend>
      ${missing ? html`<p part="decider-error" id="decider-error" class="error-message" dir="auto">${this.tx('centre.decider.missing')}</p>` : nothing}
      <div class="radios">
        ${options.map(
          ([value, label]) => html`<label class="radio">
            <input type="radio" name="decider" .value=${value} .checked=${role === value} @change=${() => ((this.deciderRole = value), (this.deciderError = false))} />
            <span dir="auto">${this.tx(label)}</span>
          </label>`,
        )}
      </div>
      ${needsDetails
        ? html`<div class="details">
            <label for="decider-name" dir="auto">${this.tx('centre.decider.name')}</label>
            <input id="decider-name" type="text" autocomplete="name" maxlength="200" .value=${this.deciderName} aria-invalid=${missing && !this.deciderName.trim() ? 'true' : 'false'}
              @input=${(e: Event) => (this.deciderName = (e.target as HTMLInputElement).value)} />
            <label for="decider-ref" dir="auto">${this.tx('centre.decider.reference')}</label>
            <input id="decider-ref" type="text" autocomplete="off" maxlength="200" .value=${this.deciderRef} aria-invalid=${missing && !this.deciderRef.trim() ? 'true' : 'false'}
              @input=${(e: Event) => (this.deciderRef = (e.target as HTMLInputElement).value)} />
          </div>`
        : nothing}
    </fieldset>`;
  }

  private renderHistory(row: Row): TemplateResult {
    const history = row.decision.history;
    return html`<details part="history" class="history">
      <summary part="history-toggle">${this.tx('centre.history', { count: history.length })}</summary>
      ${history.length === 0
        ? html`<p dir="auto">${this.tx('centre.historyEmpty')}</p>`
        : html`<ol class="events">
            ${history.map((e) => {
              const voided = row.decision.voided.has(e.id);
              return html`<li part=${voided ? 'history-entry in-error' : 'history-entry'} class=${voided ? 'in-error' : ''} data-event=${e.id} dir="auto">
                <span class="what">${this.eventWords(e)}</span>${voided ? html` <strong class="error-tag">(${this.tx('centre.inError')})</strong>` : nothing}
                <span class="meta">${this.date(e.at)} · <bdi>${this.whoDid(e)}</bdi> · ${this.tx(`centre.channel.${e.channel}` as Key)}</span>
              </li>`;
            })}
          </ol>`}
    </details>`;
  }

  /** When and by whom the standing decision was made; or, with none, when the person was told. */
  private renderWhen(d: Decision, part?: string): TemplateResult | typeof nothing {
    if (d.basis) return html`<p part=${part ?? nothing} class="when" dir="auto">${fill(this.tx('centre.decided'), { date: this.date(d.basis.at), who: html`<bdi>${this.whoDid(d.basis)}</bdi>` })}</p>`;
    if (d.lastShown) return html`<p part=${part ?? nothing} class="when" dir="auto">${fill(this.tx('centre.told'), { date: this.date(d.lastShown.at) })}</p>`;
    return nothing;
  }

  private renderRow(row: Row, index: number): TemplateResult {
    const d = row.decision;
    const id = `row-${index}`;
    const actions = this.actionsFor(row);
    const tone = AGREED.includes(d.state) ? 'yes' : REFUSED.includes(d.state) ? 'no' : 'open';
    const canRecord = !this.isWorker || !!this.activeRecorder;
    return html`<li part="row" class="row ${tone}" data-key=${row.key}>
      <div class="about">
        ${this.heading(this.level + 1, 'feature-name', html`<bdi lang=${row.name.lang}>${row.name.text}</bdi>`, `${id}-name`)}
        <p part="purpose" id="${id}-purpose" lang=${row.description.lang} dir="auto">${row.description.text}</p>
      </div>
      <div class="decision">
        <p part="state state-${d.state}" class="state" tabindex="-1" id="${id}-state" dir="auto"><span class="marker" aria-hidden="true"></span><strong>${this.stateWords(row)}</strong>
          <span class="effect">${this.tx(d.permits ? 'centre.used' : 'centre.notUsed')}</span></p>
        ${this.renderWhen(d, 'when')}
        ${d.objectedThisVisit ? html`<p part="not-today" class="not-today" dir="auto">${this.tx('centre.notToday')}</p>` : nothing}
      </div>
      <div part="actions" class="actions">
        ${canRecord
          ? actions.map(
              (a) => html`<button part="action" class=${a.primary ? 'primary' : 'secondary'} type="button" data-type=${a.type} aria-describedby="${id}-name ${id}-purpose"
                aria-disabled=${this.busy ? 'true' : nothing} @click=${() => void this.act(row, a)}>${this.tx(a.label)}</button>`,
            )
          : nothing}
        ${this.isWorker
          ? nothing
          : html`<button part="read-notice" class="link-button" type="button" aria-describedby="${id}-name" @click=${(e: Event) => this.requestNotice(row, e.currentTarget as HTMLElement)}>${this.tx('centre.readNotice')}</button>`}
      </div>
      ${this.renderHistory(row)}
    </li>`;
  }

  private renderFallback(loading: boolean): TemplateResult {
    const title = this.tx(this.forPerson ? 'centre.title' : 'centre.titleOther');
    return html`<section part="base fallback" class="centre fallback" aria-labelledby="title" lang=${this.langOf(messages, 'centre.title')}>
      ${this.heading(this.level, 'title', title, 'title')}
      ${loading ? html`<p role="status" dir="auto">${this.tx('centre.loading')}</p>` : html`<p dir="auto">${this.tx('centre.unavailable', { who: this.tx('centre.askProvider') })}</p>`}
    </section>`;
  }

  private renderReceiptRow(row: Row, easyRead: boolean): TemplateResult {
    const d = row.decision;
    const basis = d.basis;
    const shown = (basis?.shown ?? d.lastShown?.shown) as ConsentEvent['shown'];
    const name = html`<bdi lang=${row.name.lang}>${row.name.text}</bdi>`;
    if (easyRead) {
      const sentence: Key = d.state === 'granted' ? 'centre.er.yes' : REFUSED.includes(d.state) ? 'centre.er.no' : d.state === 'not-objected' ? 'centre.er.used' : d.state === 'not-asked' || d.state === 'not-informed' ? 'centre.er.notAsked' : 'centre.er.askAgain';
      return html`<li class="receipt-row">
        ${this.heading(this.level + 2, 'receipt-heading', name)}
        <p lang=${row.description.lang} dir="auto">${row.description.text}</p>
        <p dir="auto"><strong>${this.tx(sentence)}</strong></p>
        ${basis ? html`<p dir="auto">${this.date(basis.at)}</p>` : nothing}
      </li>`;
    }
    return html`<li class="receipt-row">
      ${this.heading(this.level + 2, 'receipt-heading', name)}
      <p lang=${row.description.lang} dir="auto">${row.description.text}</p>
      <p dir="auto"><strong>${this.tx('centre.receipt.decision')}: ${this.stateWords(row)}.</strong> ${this.tx(d.permits ? 'centre.used' : 'centre.notUsed')}</p>
      ${this.renderWhen(d)}
      ${d.objectedThisVisit ? html`<p dir="auto">${this.tx('centre.notToday')}</p>` : nothing}
      ${shown
        ? html`<p class="fingerprint" dir="auto">${this.tx('centre.receipt.shown', { version: shown.version, format: this.tx(shown.format === 'easy-read' ? 'centre.format.easy-read' : 'centre.format.standard'), locale: shown.locale, hash: shown.sha256.slice(0, 16) })}</p>`
        : nothing}
      ${d.history.length
        ? html`<p class="entries-label" dir="auto">${this.tx('centre.receipt.entries')}:</p>
            <ol class="events">
              ${d.history.map(
                (e) => html`<li class=${d.voided.has(e.id) ? 'in-error' : ''} dir="auto">${this.eventWords(e)}${d.voided.has(e.id) ? ` (${this.tx('centre.inError')})` : ''}: ${this.date(e.at)}, <bdi>${this.whoDid(e)}</bdi>, ${this.tx(`centre.channel.${e.channel}` as Key)}</li>`,
              )}
            </ol>`
        : nothing}
    </li>`;
  }

  private renderReceipt(): TemplateResult {
    const easyRead = this.effectiveReadingLevel === 'easy-read' && !this.isWorker;
    const manifest = this.candour?.manifest;
    const supplier = typeof manifest?.supplier?.name === 'string' ? manifest.supplier.name : undefined;
    const product = typeof manifest?.product?.name === 'string' ? manifest.product.name : undefined;
    const made = new Date().toISOString();
    return html`<section part="receipt" class="receipt ${easyRead ? 'easy-read' : 'standard'}" aria-labelledby="receipt-title">
      ${this.heading(this.level + 1, 'receipt-title', this.tx(easyRead ? 'centre.er.title' : 'centre.receipt.title'), 'receipt-title', true)}
      <div class="receipt-actions">
        <button part="print" type="button" @click=${() => window.print()}>${this.tx('centre.receipt.print')}</button>
        <button part="close-receipt" type="button" @click=${this.closeReceipt}>${this.tx('centre.receipt.close')}</button>
      </div>
      ${easyRead ? nothing : html`<p dir="auto">${fill(this.tx('centre.receipt.for'), { subject: html`<bdi>${this.activeSubject}</bdi>` })}</p>`}
      <p dir="auto">${fill(this.tx('centre.receipt.made'), { date: this.date(made) })}</p>
      ${!easyRead && supplier && product ? html`<p dir="auto">${fill(this.tx('centre.receipt.from'), { product: html`<bdi>${product}</bdi>`, supplier: html`<bdi>${supplier}</bdi>` })}</p>` : nothing}
      <ul class="receipt-list">${this.rows.map((r) => this.renderReceiptRow(r, easyRead))}</ul>
      <p dir="auto">${this.tx(easyRead ? 'centre.er.change' : 'centre.receipt.change')}</p>
      ${easyRead ? html`<p dir="auto">${this.tx('centre.er.help')}</p>` : nothing}
    </section>`;
  }

  protected override render() {
    if (this.view !== 'ready') return this.renderFallback(this.view === 'loading');
    const worker = this.isWorker;
    const title = this.tx(this.forPerson ? 'centre.title' : 'centre.titleOther');
    const single = !!this.feature;
    return html`<section part="base" class="centre ${worker ? 'worker' : 'person'} ${single ? 'single' : ''}" aria-labelledby="title" lang=${this.langOf(messages, 'centre.title')}>
      ${this.heading(this.level, 'title', title, 'title')}
      ${this.receiptOpen
        ? this.renderReceipt()
        : html`${worker ? nothing : html`<p part="intro" class="intro" dir="auto">${this.tx(this.forPerson ? 'centre.intro' : 'centre.introOther')}</p>`}
            ${worker && !this.activeRecorder ? html`<p class="error-message" dir="auto">${this.tx('centre.worker.needsRecorder')}</p>` : nothing}
            ${this.rows.length ? this.renderDecider() : nothing}
            ${this.unsaved > 0 ? html`<p part="warning" class="warning" dir="auto">${this.tx('centre.unsavedWarning')}</p>` : nothing}
            ${this.rows.length
              ? html`<ul part="list" class="list">${this.rows.map((r, i) => this.renderRow(r, i))}</ul>`
              : html`<p dir="auto">${this.tx('centre.none')}</p>`}
            ${this.rows.length && !single
              ? html`<button part="receipt-button" class="receipt-button" type="button" @click=${this.openReceipt}>${this.tx(this.forPerson ? 'centre.receipt.open' : 'centre.receipt.openOther')}</button>`
              : nothing}`}
      ${this.renderStatus()}
    </section>`;
  }
}
