import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { noticeSnapshot, noticeVersionOf, shownFrom } from '@candour/core/consent';
import type { ConsentEventInput, ConsentEventType, Decider, DeciderRole, Decision, Ledger, LedgerNotice, ShownNotice } from '@candour/core/consent';
import type { DisplayFeature } from '@candour/core/display';
import { CandourElement } from '../internal/candour-element';
import { findFeature, pickText, whyMissing } from '../internal/feature';
import { safeHref } from '../internal/links';
import { consentPromptMessages } from '../i18n/consent-prompt';
import type { MessageKey } from '../i18n/translate';
import { CandourConsentDecisionEvent, CandourNoticeRequestEvent, type CandourErrorCode } from '../events/events';
import { promptStyles } from './consent-prompt.styles';

const messages = consentPromptMessages;
type Key = keyof (typeof messages)['en-GB'] & MessageKey;

type Model = 'explicit-consent' | 'inform-and-object';

/** One question: a purpose of the feature and the consent model it rests on. */
interface Row {
  id: string;
  model: Model;
  kind: string;
  perVisit: boolean;
  description?: { text: string; lang: string };
  ifObjecting?: { text: string; lang: string };
}

type View =
  | { kind: 'loading' }
  | { kind: 'fallback'; name?: { text: string; lang: string } }
  | {
      kind: 'ready';
      id: string;
      featureVersion?: string;
      version: string;
      name?: { text: string; lang: string };
      summary: { lines: string[]; lang: string };
      picture?: { src: string; alt: string; lang: string };
      easyRead: boolean;
      rows: Row[];
      shown: ShownNotice;
      /** Identifies the notice variant shown, so `shown` is recorded once per variant (inline) or per show (dialog). */
      variant: string;
    };

/** What the last choice on a purpose came to, for the confirmation. */
interface Outcome {
  result: 'saved' | 'not-saved' | 'failed';
  eventId?: string;
}

type Ready = Extract<View, { kind: 'ready' }>;

type Field = 'name' | 'relationship' | 'authority' | 'assessedBy' | 'assessedOn' | 'outcome' | 'reference';
type Problem = [CandourErrorCode, string, { feature?: string; paths?: string[] }];

const ROLES: readonly DeciderRole[] = ['person', 'attorney', 'deputy', 'best-interests'];
const DECIDED = ['granted', 'not-objected', 'declined', 'objected', 'withdrawn'];
const NO = ['declined', 'objected', 'withdrawn'];
const KINDS = ['direct-care', 'care-administration', 'staff-support', 'service-improvement', 'model-training', 'research', 'communication'];

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** A relative path to a picture file, or an https: address. */
function pictureSrc(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const safe = safeHref(value);
  if (safe && /^https:/i.test(safe)) return safe;
  const v = value.trim();
  return /^(?:\.{1,2}\/|\/)?[A-Za-z0-9_][^\s:\\]*\.(?:png|svg|jpe?g|webp)$/i.test(v) ? v : undefined;
}

/** The focused element, looking inside shadow roots, so focus can go back to the very control that opened the dialog. */
function deepActive(): HTMLElement | undefined {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : undefined;
}

/**
 * Asks a person about the AI uses of one feature, from the manifest: explicit
 * consent ("Yes, I agree" / "No, I do not agree") or inform-and-object ("That's
 * fine" / "I object"), one question per purpose whose consent model is not
 * `none`. The choices have identical weight and styling; "Not today, for this
 * visit" is offered when the purpose allows a per-visit answer and a `visit` is
 * given. Above the questions: the notice's summary for the audience and reading
 * level (Easy Read for the person and representatives) and a way to the full
 * notice.
 *
 * **Who is deciding.** The person, or (when the audience is `representative`,
 * or someone chooses "Someone else is making this choice") an attorney with
 * their LPA registration reference, a deputy with the court order reference, or
 * a professional deciding in the person's best interests with the capacity
 * assessment behind it (who assessed, when, the outcome). The ledger checks the
 * details; what it finds wrong is shown next to the fields and nothing is
 * recorded. Prefill known details with the `decider` property.
 *
 * **Recording.** Decisions go to the ledger given as the `ledger` property or by
 * the provider (`consent-store` or its `ledger`), for `subject` (else the
 * provider's), with the provider's `recorder` and `channel`. Each event says
 * exactly which notice was shown (feature, version, audience, locale, format and
 * SHA-256 of its text). When shown, the prompt records a `shown` event per
 * purpose: once per notice variant inline, once per `show()` as a dialog (for a
 * representative whose details are not known yet, just before their decision).
 * After a choice it records `granted`, `declined`, `objected`,
 * `objected-this-visit` or `withdrawn`, fires `candour-consent-decision` and
 * says what was recorded and how to change it, in a status message that takes
 * focus. If the store could not keep it yet, it says so plainly (the ledger
 * keeps it and retries) and reports `consent-not-saved`.
 *
 * **Existing decisions.** A current decision is shown ("You said yes on …")
 * with the other answer offered instead of asking again. When the notice has
 * changed materially since (a new major version) the question is asked again,
 * with a line saying which version changed.
 *
 * **Inline or dialog.** `mode="inline"` (default) is a non-blocking region with
 * a heading; focus never moves until a choice is made. `mode="dialog"` is a
 * native modal dialog opened with `show()` (or the `open` attribute): focus goes
 * to its heading, stays inside, Escape or "Close" closes it recording nothing
 * more, and focus returns to the control that was focused before. The content
 * is built without waiting for anything, so it paints in the frame it is asked
 * for; an existing decision, read from the ledger, follows.
 *
 * Without a ledger, a subject or a known feature it shows "We cannot record your
 * choice here…" and reports `consent-unavailable` (or `unknown-feature`); it
 * never throws.
 *
 * @summary Asks for consent, or informs and offers objection, and records the answer.
 * @csspart base - The prompt (the region inline; the dialog's content).
 * @csspart dialog - The native `<dialog>` (dialog mode).
 * @csspart fallback - Added to `base` when nothing can be recorded.
 * @csspart title - The prompt's heading.
 * @csspart summary - The notice's summary.
 * @csspart picture - The Easy Read picture beside the summary.
 * @csspart read-more - The link or button to the full notice.
 * @csspart who - "Who is making this choice?": the line and button, or the fieldset.
 * @csspart who-toggle - The "Someone else is making this choice" button.
 * @csspart field - One field of the decider's details (label, error and input).
 * @csspart error - An error message next to a field.
 * @csspart error-summary - "Nothing has been recorded…" above the decider's details.
 * @csspart purpose - The question about one purpose.
 * @csspart purpose-heading - The purpose's heading.
 * @csspart choices - The group of choice buttons.
 * @csspart choice - Every choice button (identical styling).
 * @csspart status - The confirmation after a choice (a status message).
 * @csspart not-saved - Added to `status` when the answer is not saved yet.
 * @csspart close - The dialog's "Close" button.
 * @cssproperty --candour-font-family - Font (inherits by default).
 * @cssproperty --candour-prompt-fg - Text colour (#0b0c0c).
 * @cssproperty --candour-prompt-bg - Background (#ffffff).
 * @cssproperty --candour-prompt-border - Border colour (#0b0c0c).
 * @cssproperty --candour-prompt-padding - Padding inside the prompt (1.25rem).
 * @cssproperty --candour-prompt-font-size - Body text size (1rem; 1.1875rem on wide screens).
 * @cssproperty --candour-prompt-easy-read-font-size - Body text size in Easy Read (1.375rem).
 * @cssproperty --candour-choice-bg - Choice button background (#ffffff).
 * @cssproperty --candour-choice-fg - Choice button text and border (#0b0c0c).
 * @cssproperty --candour-choice-min-inline-size - Narrowest a choice button gets before the choices stack (11rem).
 * @cssproperty --candour-error - Error colour (#d4351c).
 * @cssproperty --candour-link - Link colour (#1d70b8).
 * @cssproperty --candour-focus - Focus highlight (#ffdd00).
 * @cssproperty --candour-focus-text - Text colour on the focus highlight (#0b0c0c).
 * @cssproperty --candour-focus-ring - Ring around the focus highlight (#0b0c0c).
 * @fires candour-consent-decision - A choice was recorded: subject, feature, purpose, event type, who decided (role), the event's id and whether the store holds it yet.
 * @fires candour-notice-request - The person asked for the full notice (the provider opens it unless you cancel the event).
 * @fires candour-error - Nothing can be recorded (`consent-unavailable`, `unknown-feature`…), or an answer is not saved yet (`consent-not-saved`).
 * @fires close - The dialog closed (dialog mode). Does not bubble.
 */
export class CandourConsentPrompt extends CandourElement {
  static override styles = promptStyles;

  /** The feature's id in the manifest. */
  @property({ reflect: true }) feature?: string;

  /** The person the decision is about (a pseudonymous id); defaults to the provider's `subject`. */
  @property() subject?: string;

  /** The purposes to ask about, as space-separated ids; default every purpose of the feature whose consent model is not `none`. */
  @property() purpose?: string;

  /** `inline`: a region in the page; `dialog`: a modal dialog opened with `show()`. */
  @property({ reflect: true }) mode: 'inline' | 'dialog' = 'inline';

  /** Whether the dialog is open (dialog mode). */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The visit (encounter) being asked about; offers "Not today, for this visit" where the purpose allows it. */
  @property() visit?: string;

  /** Level of the heading, 2–6 (default 2); each purpose's heading is one below. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** The ledger to record in; defaults to the provider's. */
  @property({ attribute: false }) ledger?: Ledger;

  /** Known details of whoever decides (e.g. a registered attorney already on the record), to spare them typing. */
  @property({ attribute: false }) decider?: Decider;

  /** The feature itself, when the prompt is used without a provider. */
  @property({ attribute: false }) data?: DisplayFeature;

  @state() private decisions = new Map<string, Decision>();
  @state() private outcomes = new Map<string, Outcome>();
  /** Who the form says is deciding, once someone has chosen. */
  @state() private chosenRole?: DeciderRole;
  @state() private whoOpen = false;
  @state() private errors: Partial<Record<Field, string>> = {};

  private view: View = { kind: 'loading' };
  private problems: Problem[] = [];
  /** The notice variant's key, the feature and the view, so the notice is hashed once per variant. */
  private memo?: [string, DisplayFeature, Ready];
  /** Versions the notice had when each purpose was last answered, for purposes asked again. */
  private changedFrom = new Map<string, string>();
  private loadKey?: string;
  private loadLedger?: Ledger;
  private loadToken = 0;
  private loaded: Promise<void> = Promise.resolve();
  /** Ledger writes, one at a time. */
  private queue: Promise<unknown> = Promise.resolve();
  private shownKey?: string;
  /** Who the latest `shown` events were recorded for; null while they still need recording. */
  private shownFor: string | null = null;
  private shows = 0;
  private choosing?: Promise<void>;
  private opener?: HTMLElement;
  private unsubscribe?: () => void;
  private subscribed?: Ledger;

  /** Opens the dialog (dialog mode). The content is already built: it paints in this frame. */
  show(): void {
    if (this.mode !== 'dialog') return;
    this.open = true;
    this.syncDialog();
  }

  /** Closes the dialog (dialog mode), recording nothing. */
  hide(): void {
    this.open = false;
    this.syncDialog();
  }

  /** Also waits for the ledger: decisions read, events recorded, and the render they cause. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.choosing;
    await this.queue;
    await this.loaded;
    return (await super.getUpdateComplete()) && first;
  }

  override restoreFocus(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="read-more"]')?.focus();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unsubscribe?.();
    this.unsubscribe = this.subscribed = undefined;
  }

  private get ctxLedger(): Ledger | undefined {
    return this.ledger ?? this.candour?.ledger;
  }

  private get ctxSubject(): string | undefined {
    return this.subject || this.candour?.subject;
  }

  /** Who is deciding: as chosen in the form, else the prefilled decider, else an attorney for a representative, else the person. */
  private get who(): DeciderRole {
    const given = this.decider?.role;
    return this.chosenRole ?? (given && ROLES.includes(given) ? given : this.effectiveAudience === 'representative' ? 'attorney' : 'person');
  }

  private get level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
  }

  private tx(key: Key, params?: Record<string, string | number>): string {
    return this.t(messages, key, params);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.problems = [];
    try {
      this.view = this.compute();
    } catch (error) {
      this.view = { kind: 'fallback' };
      this.problems.push(['invalid-property', `The feature could not be read: ${error instanceof Error ? error.message : String(error)}`, { feature: this.feature ?? '' }]);
    }
  }

  private compute(): View {
    const id = this.feature ?? ((this.data as { id?: unknown } | undefined)?.id as string | undefined) ?? '';
    const extra = id ? { feature: id } : {};
    const found = findFeature(this.candour, this.feature, this.data);
    if (found.kind === 'loading') return { kind: 'loading' };
    if (found.kind === 'missing') {
      this.problems.push([found.reason, whyMissing(found.reason, id, this.candour !== undefined), { ...extra, ...(found.paths ? { paths: found.paths } : {}) }]);
      return { kind: 'fallback' };
    }
    const feature = found.feature;
    const locale = this.effectiveLocale;
    const name = pickText(feature.name, locale);
    const ledger = this.ctxLedger;
    const subject = this.ctxSubject;
    if (!ledger || !subject) {
      this.problems.push(['consent-unavailable', `Cannot record consent for "${id}": ${!ledger ? 'no ledger (set the ledger property, or consent-store on the provider)' : 'no subject (set subject here or on the provider)'}.`, extra]);
      return { kind: 'fallback', name };
    }

    const wanted = this.purpose?.split(/\s+/).filter(Boolean);
    const purposes = Array.isArray(feature.purposes) ? feature.purposes : [];
    for (const p of wanted ?? []) {
      if (!purposes.some((q) => q.id === p)) this.problems.push(['invalid-property', `No purpose "${p}" in feature "${id}".`, { ...extra, paths: ['purposes'] }]);
    }
    const rows: Row[] = [];
    for (const p of purposes) {
      const c = p?.consent as { model?: string; perVisit?: boolean; ifObjecting?: unknown } | undefined;
      if (!c || (c.model !== 'explicit-consent' && c.model !== 'inform-and-object') || (wanted && !wanted.includes(p.id))) continue;
      const description = pickText(p.description, locale);
      const ifObjecting = c.model === 'inform-and-object' ? pickText(c.ifObjecting, locale) : undefined;
      rows.push({ id: p.id, model: c.model, kind: p.kind, perVisit: c.perVisit === true, ...(description ? { description } : {}), ...(ifObjecting ? { ifObjecting } : {}) });
    }
    if (!rows.length) {
      this.problems.push(['consent-unavailable', `Nothing to ask about "${id}": no purpose${wanted ? ' of those named' : ''} rests on explicit consent or inform-and-object.`, extra]);
      return { kind: 'fallback', name };
    }

    const audience = this.effectiveAudience;
    const readingLevel = this.effectiveReadingLevel;
    const key = [id, audience, readingLevel, locale, subject].join('\u0000');
    let base = this.memo?.[0] === key && this.memo[1] === feature ? this.memo[2] : undefined;
    if (!base) {
      const snapshot = noticeSnapshot(feature, { audience, readingLevel, locale });
      const summary = snapshot.sections.summary!;
      const easyRead = snapshot.format === 'easy-read';
      const pic = easyRead ? (feature.notice.person.easyRead.pictures?.summary as { src?: unknown } | undefined) : undefined;
      const src = pictureSrc(pic?.src);
      const alt = snapshot.pictures?.summary;
      base = {
        kind: 'ready',
        id,
        ...(feature.version ? { featureVersion: feature.version } : {}),
        version: noticeVersionOf(feature),
        name,
        summary: { lines: lines(summary.text), lang: summary.lang },
        ...(src && alt ? { picture: { src, alt: alt.alt, lang: alt.lang } } : {}),
        easyRead,
        rows: [],
        shown: shownFrom(snapshot),
        variant: key,
      };
      this.memo = [key, feature, base];
    }
    const view: Ready = { ...base, name, rows };
    // Decisions are read again when the question changes (not when only the wording does).
    const loadKey = [id, view.version, subject, this.visit, rows.map((r) => r.id + r.model).join()].join('\u0000');
    if (loadKey !== this.loadKey || ledger !== this.loadLedger) {
      this.loadKey = loadKey;
      this.loadLedger = ledger;
      this.decisions = new Map();
      this.view = view;
      this.loaded = this.load();
    }
    return view;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const [code, message, extra] of this.problems) this.report(code, message, extra);
    const ledger = this.view.kind === 'ready' ? this.ctxLedger : undefined;
    if (ledger !== this.subscribed) {
      this.unsubscribe?.();
      // A new ledger has not been told what was shown.
      if (this.subscribed) this.shownKey = undefined;
      this.subscribed = ledger;
      this.unsubscribe = ledger?.subscribe((n) => this.onLedger(n));
    }
    this.syncDialog();
    const view = this.view;
    if (view.kind !== 'ready') {
      this.loadKey = this.shownKey = undefined;
    } else {
      const shownKey = this.mode === 'dialog' ? (this.open ? `${view.variant}#${this.shows}` : undefined) : view.variant;
      if (shownKey !== this.shownKey) {
        this.shownKey = shownKey;
        if (shownKey) {
          this.shownFor = null;
          void this.write(() => this.recordShown(false));
        }
      }
    }
  }

  private onLedger(notice: LedgerNotice): void {
    if (notice.type === 'stored') {
      for (const [purpose, o] of this.outcomes) {
        if (o.eventId === notice.event.id && o.result === 'not-saved') this.outcomes = new Map(this.outcomes).set(purpose, { ...o, result: 'saved' });
      }
    }
    if (notice.type === 'recorded' || notice.type === 'changed') this.loaded = this.load();
  }

  /** Reads the current decision of every purpose asked about. */
  private async load(): Promise<void> {
    const token = ++this.loadToken;
    const view = this.view;
    const ledger = this.ctxLedger;
    const subject = this.ctxSubject;
    if (view.kind !== 'ready' || !ledger || !subject) return;
    const found = new Map<string, Decision>();
    try {
      for (const row of view.rows) {
        found.set(row.id, await ledger.decision({ subject, feature: view.id, purpose: row.id, model: row.model, noticeVersion: view.version, ...(this.visit ? { visit: this.visit } : {}) }));
      }
    } catch {
      return; // the ledger reports its own problems; the questions stay asked
    }
    if (token !== this.loadToken) return;
    for (const [purpose, d] of found) {
      const seen = d.basis?.shown ?? d.lastShown?.shown;
      if (d.state === 'needs-asking-again' && !this.changedFrom.has(purpose) && seen) this.changedFrom.set(purpose, seen.version);
    }
    this.decisions = found;
  }

  /** Runs ledger writes one after another, after the decisions are read. */
  private write<T>(task: () => Promise<T>): Promise<T> {
    const run = async () => {
      await this.loaded;
      return task();
    };
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private base(type: ConsentEventType, purpose: string, decidedBy: Decider): ConsentEventInput | undefined {
    const view = this.view;
    const subject = this.ctxSubject;
    const row = view.kind === 'ready' ? view.rows.find((r) => r.id === purpose) : undefined;
    if (view.kind !== 'ready' || !subject || !row) return undefined;
    const c = this.candour;
    return {
      type,
      subject,
      feature: view.id,
      ...(view.featureVersion ? { featureVersion: view.featureVersion } : {}),
      purpose,
      model: row.model,
      decidedBy,
      ...(c?.recorder ? { recordedBy: c.recorder } : {}),
      channel: c?.channel ?? (c?.recorder ? 'staff-assisted' : 'self-service'),
      shown: view.shown,
      ...(type === 'objected-this-visit' && this.visit ? { visit: this.visit } : {}),
    };
  }

  /**
   * Records that the notice was shown, for every purpose, to whoever is
   * deciding. A decider whose details are incomplete is not an error here: the
   * events wait until the decision, which records them first. Throws the
   * ledger's input error only when `strict`.
   */
  private async recordShown(strict: boolean): Promise<void> {
    const ledger = this.ctxLedger;
    const view = this.view;
    if (!ledger || view.kind !== 'ready') return;
    const decidedBy = this.readDecider();
    const who = JSON.stringify(decidedBy);
    if (this.shownFor === who) return;
    for (const row of view.rows) {
      const input = this.base('shown', row.id, decidedBy);
      if (!input) return;
      try {
        const result = await ledger.record(input);
        this.notSaved(result.stored, result.problems.length);
      } catch (error) {
        if (strict) throw error;
        return;
      }
    }
    this.shownFor = who;
  }

  private notSaved(stored: boolean, problems: number): boolean {
    if (stored && !problems) return false;
    this.report('consent-not-saved', `A consent event for "${this.feature ?? ''}" is not saved yet: the ledger keeps it and retries (see ledger.status()).`, { feature: this.feature ?? '' });
    return true;
  }

  /** Records a choice about one purpose. */
  private async choose(purpose: string, type: ConsentEventType, index: number): Promise<void> {
    // One choice at a time: a double click records once.
    if (this.choosing) return;
    this.choosing = this.record(purpose, type, index).finally(() => (this.choosing = undefined));
    await this.choosing;
  }

  private async record(purpose: string, type: ConsentEventType, index: number): Promise<void> {
    const ledger = this.ctxLedger;
    const decidedBy = this.readDecider();
    let outcome: Outcome;
    try {
      const result = await this.write(async () => {
        await this.recordShown(true);
        return ledger!.record(this.base(type, purpose, decidedBy)!);
      });
      this.errors = {};
      const unsaved = this.notSaved(result.stored, result.problems.length);
      outcome = { result: unsaved ? 'not-saved' : 'saved', eventId: result.event.id };
      this.changedFrom.delete(purpose);
      this.dispatchEvent(
        new CandourConsentDecisionEvent({ subject: result.event.subject, feature: result.event.feature, purpose, type, decidedBy: decidedBy.role, eventId: result.event.id, stored: result.stored }),
      );
    } catch (error) {
      const problems = (error as { name?: string; problems?: { path: string }[] } | null)?.name === 'ConsentInputError' ? (error as { problems: { path: string }[] }).problems : undefined;
      if (problems) return this.showProblems(problems);
      this.report('consent-not-saved', `A choice about "${this.feature ?? ''}" could not be recorded: ${error instanceof Error ? error.message : String(error)}`, { feature: this.feature ?? '' });
      outcome = { result: 'failed' };
    }
    this.outcomes = new Map(this.outcomes).set(purpose, outcome);
    this.loaded = this.load();
    await this.loaded;
    await super.getUpdateComplete();
    this.renderRoot.querySelector<HTMLElement>(`#status-${index}`)?.focus();
  }

  private async showProblems(problems: readonly { path: string }[]): Promise<void> {
    const errors: Partial<Record<Field, string>> = {};
    const value = (f: Field) => this.value(f);
    for (const { path } of problems) {
      if (path === 'decidedBy.name') errors.name = this.tx('prompt.error.name');
      else if (path === 'decidedBy.authorityReference') errors.authority = this.tx(this.who === 'deputy' ? 'prompt.error.deputy' : 'prompt.error.attorney');
      else if (path === 'decidedBy.capacity.outcome') errors.outcome = this.tx('prompt.error.outcome');
      else if (path === 'decidedBy.capacity') {
        if (!value('assessedBy')) errors.assessedBy = this.tx('prompt.error.assessedBy');
        if (!value('assessedOn')) errors.assessedOn = this.tx('prompt.error.assessedOn');
        if (!value('outcome')) errors.outcome = this.tx('prompt.error.outcome');
      }
    }
    this.errors = errors;
    await super.getUpdateComplete();
    this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  private value(field: Field): string {
    if (field === 'outcome') return this.renderRoot.querySelector<HTMLInputElement>('input[name="outcome"]:checked')?.value ?? '';
    return (this.renderRoot.querySelector<HTMLInputElement>(`input[name="${field}"]`)?.value ?? '').trim();
  }

  /** The decider from the form (or the prefilled `decider` while the form is not shown). */
  private readDecider(): Decider {
    const role = this.who;
    if (role === 'person') return { role };
    const v = (f: Field) => this.value(f);
    const d: Decider = { role };
    if (v('name')) d.name = v('name');
    if (v('relationship')) d.relationship = v('relationship');
    if (role !== 'best-interests' && v('authority')) d.authorityReference = v('authority');
    if (role === 'best-interests') {
      const on = v('assessedOn');
      const outcome = v('outcome') as 'lacks-capacity' | 'has-capacity' | '';
      if (v('assessedBy') && /^\d{4}-\d{2}-\d{2}$/.test(on) && outcome) {
        d.capacity = {
          decision: this.tx('prompt.capacityDecision', { feature: this.view.kind === 'ready' ? (this.view.name?.text ?? this.view.id) : '' }),
          outcome,
          assessedBy: v('assessedBy'),
          assessedAt: `${on}T00:00:00.000Z`,
          ...(v('reference') ? { reference: v('reference') } : {}),
        };
      }
    }
    // Details the host knows that this form does not ask for (who checked the authority, and when; who was consulted) are kept.
    const known = this.decider?.role === role ? this.decider : undefined;
    for (const k of ['authorityCheckedBy', 'authorityCheckedAt', 'consulted'] as const) if (known?.[k]) d[k] = known[k];
    return d;
  }

  private syncDialog(): void {
    const dialog = this.renderRoot?.querySelector?.('dialog');
    if (!dialog || !this.isConnected) return;
    if (this.open && !dialog.open) {
      this.opener = deepActive();
      this.shows++;
      dialog.showModal();
      this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
    } else if (!this.open && dialog.open) dialog.close();
  }

  private onClose = (): void => {
    this.open = false;
    const opener = this.opener;
    this.opener = undefined;
    if (opener && 'restoreFocus' in opener && typeof opener.restoreFocus === 'function') (opener as { restoreFocus(): void }).restoreFocus();
    else opener?.focus();
    this.dispatchEvent(new Event('close'));
  };

  private requestNotice(): void {
    const view = this.view;
    if (view.kind !== 'ready') return;
    this.dispatchEvent(new CandourNoticeRequestEvent({ feature: view.id, audience: this.effectiveAudience, readingLevel: this.effectiveReadingLevel }));
  }

  private heading(level: number, part: string, content: unknown, id: string, focusable = false): TemplateResult {
    return html`<div role="heading" aria-level=${level} part=${part} id=${id} tabindex=${focusable ? '-1' : nothing} dir="auto">${content}</div>`;
  }

  private date(iso: string): string {
    try {
      return new Intl.DateTimeFormat(this.effectiveLocale, { dateStyle: 'long' }).format(new Date(iso));
    } catch {
      return iso.slice(0, 10);
    }
  }

  private para(text: string): TemplateResult[] {
    return lines(text).map((l) => html`<p dir="auto">${l}</p>`);
  }

  private renderWho(): TemplateResult {
    const role = this.who;
    if (!this.whoOpen && role === 'person' && !this.chosenRole) {
      return html`<div part="who" class="who">
        <p dir="auto">${this.tx('prompt.who.self')}</p>
        <button part="who-toggle" class="link" type="button" aria-expanded="false" @click=${this.openWho}>${this.tx('prompt.who.other')}</button>
      </div>`;
    }
    const e = this.errors;
    const known = this.decider?.role === role ? this.decider : undefined;
    const anyError = Object.keys(e).length > 0;
    return html`<fieldset part="who" class="who">
      <legend>${this.tx('prompt.who')}</legend>
      ${anyError ? html`<p part="error-summary" class="error-summary" role="alert">${this.tx('prompt.error.summary')}</p>` : nothing}
      <div class="radios">
        ${ROLES.map(
          (r) => html`<label class="radio"><input type="radio" name="role" value=${r} .checked=${r === role} @change=${() => this.setRole(r)} /> <span>${this.tx(`prompt.role.${r}`)}</span></label>`,
        )}
      </div>
      ${role === 'person'
        ? nothing
        : html`${this.field('name', 'prompt.field.name', known?.name, 'name')}${this.field('relationship', 'prompt.field.relationship', known?.relationship)}
          ${role === 'best-interests'
            ? html`${this.field('assessedBy', 'prompt.field.assessedBy', known?.capacity?.assessedBy)}${this.field('assessedOn', 'prompt.field.assessedOn', known?.capacity?.assessedAt?.slice(0, 10), undefined, 'date')}
                <fieldset part="field" class="field outcome ${e.outcome ? 'invalid' : ''}" aria-describedby=${e.outcome ? 'error-outcome' : nothing}>
                  <legend>${this.tx('prompt.field.outcome')}</legend>
                  ${e.outcome ? html`<p part="error" class="error" id="error-outcome">${e.outcome}</p>` : nothing}
                  ${(['lacks-capacity', 'has-capacity'] as const).map(
                    (o) => html`<label class="radio"><input type="radio" name="outcome" value=${o} ?checked=${known?.capacity?.outcome === o} aria-invalid=${e.outcome ? 'true' : nothing} /> <span>${this.tx(`prompt.outcome.${o}`)}</span></label>`,
                  )}
                </fieldset>
                ${this.field('reference', 'prompt.field.reference', known?.capacity?.reference)}`
            : this.field('authority', role === 'deputy' ? 'prompt.field.order' : 'prompt.field.lpa', known?.authorityReference)}`}
    </fieldset>`;
  }

  private openWho = async (): Promise<void> => {
    this.whoOpen = true;
    await super.getUpdateComplete();
    this.renderRoot.querySelector<HTMLInputElement>('input[name="role"]:checked')?.focus();
  };

  private setRole(role: DeciderRole): void {
    this.chosenRole = role;
    this.errors = {};
  }

  private field(name: Field, label: Key, value?: string, autocomplete?: string, type = 'text'): TemplateResult {
    const error = this.errors[name];
    return html`<div part="field" class="field ${error ? 'invalid' : ''}">
      <label for="field-${name}">${this.tx(label)}</label>
      ${error ? html`<p part="error" class="error" id="error-${name}">${error}</p>` : nothing}
      <input
        id="field-${name}"
        name=${name}
        type=${type}
        value=${value ?? ''}
        autocomplete=${autocomplete ?? 'off'}
        spellcheck="false"
        aria-invalid=${error ? 'true' : nothing}
        aria-describedby=${error ? `error-${name}` : nothing}
      />
    </div>`;
  }

  private renderRow(row: Row, index: number, level: number, easyRead: boolean): TemplateResult {
    const d = this.decisions.get(row.id);
    const explicit = row.model === 'explicit-consent';
    const decided = d?.basis && DECIDED.includes(d.state) ? d : undefined;
    const said = decided?.basis;
    const choices: [Key, ConsentEventType][] = [];
    if (!decided) {
      choices.push(explicit ? ['prompt.yes', 'granted'] : ['prompt.fine', 'granted'], explicit ? ['prompt.no', 'declined'] : ['prompt.object', 'objected']);
    } else if (NO.includes(decided.state)) choices.push([explicit ? 'prompt.yes' : 'prompt.fine', 'granted']);
    else choices.push(explicit ? ['prompt.no', 'withdrawn'] : ['prompt.object', 'objected']);
    if (row.perVisit && this.visit && !d?.objectedThisVisit && !(decided && NO.includes(decided.state))) choices.push(['prompt.notToday', 'objected-this-visit']);

    const from = this.changedFrom.get(row.id);
    const view = this.view as Extract<View, { kind: 'ready' }>;
    const outcome = this.outcomes.get(row.id);
    let sentence: string | undefined;
    if (said) {
      const self = said.decidedBy.role === 'person' && this.effectiveAudience === 'person';
      const date = this.date(said.at);
      sentence = self
        ? this.tx(`prompt.you.${decided!.state as 'granted'}`, { date })
        : this.tx(`prompt.they.${decided!.state as 'granted'}`, { date, name: said.decidedBy.name ?? this.tx('prompt.thePerson') });
    }
    return html`<section part="purpose" class="purpose" aria-labelledby="purpose-${index}">
      ${this.heading(level, 'purpose-heading', KINDS.includes(row.kind) ? this.tx(`prompt.kind.${row.kind as 'research'}`) : row.id, `purpose-${index}`)}
      ${row.description ? html`<p lang=${row.description.lang} dir="auto">${row.description.text}</p>` : nothing}
      ${!decided && from ? html`<p class="notice-line" dir="auto">${this.tx('prompt.changed', { from, to: view.version })}</p>` : nothing}
      ${!decided && d?.state === 'expired' ? html`<p class="notice-line" dir="auto">${this.tx('prompt.expired')}</p>` : nothing}
      ${d?.objectedThisVisit ? html`<p class="notice-line" dir="auto">${this.tx('prompt.thisVisit')}</p>` : nothing}
      ${decided
        ? html`<p class="said" dir="auto">${sentence}</p>
            ${said!.decidedBy.role !== 'person' ? html`<p dir="auto">${this.tx('prompt.as', { role: this.tx(`prompt.role.${said!.decidedBy.role}`) })}</p>` : nothing}
            <p dir="auto">${this.tx('prompt.change')}</p>`
        : html`${this.para(this.tx(explicit ? (easyRead ? 'prompt.er.explicit.intro' : 'prompt.explicit.intro') : easyRead ? 'prompt.er.object.intro' : 'prompt.object.intro'))}
          ${row.ifObjecting ? html`<p dir="auto"><strong>${this.tx('prompt.ifObjecting')}</strong> <span lang=${row.ifObjecting.lang}>${row.ifObjecting.text}</span></p>` : nothing}`}
      <div part="choices" class="choices" role="group" aria-labelledby="purpose-${index}">
        ${choices.map(([key, type]) => html`<button part="choice" class="choice" type="button" data-type=${type} @click=${() => this.choose(row.id, type, index)}>${this.tx(key)}</button>`)}
      </div>
      <div part=${outcome && outcome.result !== 'saved' ? 'status not-saved' : 'status'} class="status ${outcome ? 'filled' : ''}" id="status-${index}" role="status" tabindex="-1">
        ${outcome
          ? outcome.result === 'saved'
            ? html`<p>${this.tx('prompt.saved')}</p><p>${this.tx('prompt.changeLater')}</p>`
            : html`<p>${this.tx(outcome.result === 'failed' ? 'prompt.failed' : 'prompt.notSaved')}</p>`
          : nothing}
      </div>
    </section>`;
  }

  private renderBody(): TemplateResult {
    const view = this.view;
    const level = this.level;
    const dialog = this.mode === 'dialog';
    if (view.kind !== 'ready') {
      const title = view.kind === 'fallback' && view.name ? this.tx('prompt.heading', { feature: view.name.text }) : this.tx('prompt.title');
      return html`<div part="base fallback" class="prompt fallback" role=${dialog ? nothing : 'region'} aria-labelledby="title">
        ${this.heading(level, 'title', title, 'title', dialog)}
        ${view.kind === 'loading' ? html`<p role="status" dir="auto">${this.tx('prompt.loading')}</p>` : html`<p dir="auto">${this.tx('prompt.unavailable')}</p>`}
      </div>`;
    }
    const href = this.candour?.noticeHref ? safeHref(new URL(this.candour.noticeHref.replace('{feature}', encodeURIComponent(view.id)), document.baseURI).href) : undefined;
    const title = view.name ? this.tx('prompt.heading', { feature: view.name.text }) : this.tx('prompt.title');
    return html`<div part="base" class="prompt ${view.easyRead ? 'easy-read' : ''}" role=${dialog ? nothing : 'region'} aria-labelledby="title">
      ${this.heading(level, 'title', title, 'title', dialog)}
      <div part="summary" class="summary">
        ${view.picture ? html`<img part="picture" src=${view.picture.src} alt=${view.picture.alt} lang=${view.picture.lang} />` : nothing}
        <div lang=${view.summary.lang}>${view.summary.lines.map((l) => html`<p dir="auto">${l}</p>`)}</div>
      </div>
      <p>
        ${href
          ? html`<a part="read-more" href=${href}>${this.tx('prompt.readMore')}</a>`
          : html`<button part="read-more" class="link" type="button" @click=${this.requestNotice}>${this.tx('prompt.readMore')}</button>`}
      </p>
      ${this.renderWho()} ${view.rows.map((row, i) => this.renderRow(row, i, level + 1, view.easyRead))}
    </div>`;
  }

  protected override render() {
    if (this.mode !== 'dialog') return this.renderBody();
    return html`<dialog part="dialog" aria-labelledby="title" @close=${this.onClose}>
      ${this.renderBody()}
      <button part="close" class="close" type="button" @click=${this.hide}>${this.tx('prompt.close')}</button>
    </dialog>`;
  }
}
