import { ReactiveElement, adoptStyles, supportsAdoptingStyleSheets, type PropertyValues } from '@lit/reactive-element';
import { noticeSnapshot, noticeVersionOf } from '@candour/core/consent';
import type { ConsentEventInput, ConsentEventType, Decider, DeciderRole, Decision, Ledger, LedgerNotice, ShownNotice } from '@candour/core/consent';
import type { Audience, DisplayFeature, ReadingLevel } from '@candour/core/display';
import type { CandourState } from '../internal/context';
import { ContextLink } from '../internal/context-link';
import { findFeature, pickText, whyMissing } from '../internal/feature';
import { safeHref } from '../internal/links';
import { consentPromptMessages as messages, loadConsentPromptMessages } from '../i18n/consent-prompt';
import { onMessagesChanged, translate, type MessageKey } from '../i18n/translate';
import { CandourConsentDecisionEvent, CandourErrorEvent, CandourNoticeRequestEvent, type CandourErrorCode } from '../events/events';
import { promptStyles } from './consent-prompt.styles';
import { readerAudience, readerLocale, readerReadingLevel } from '../internal/reader';
import { h, heading, para, patch } from './build/dom';
import type { Field } from './build/who';

// Written to be light, as the badge is: Lit's `ReactiveElement` (properties,
// attributes, batched updates, adopted styles) without lit-html's templates,
// no shared base class, no decorators, the provider's state asked for with the
// context protocol's own event, and the notice's SHA-256 left to the ledger
// (`ledger.fingerprint`). Its shadow tree is described by one method, `build()`,
// from the element's state; `patch()` brings the live tree in line with it,
// keeping the nodes that stay (focus, typed values), and one listener per event
// type on the shadow root acts on clicks and changes. Supplier text always goes
// in as text, never as markup.

type Key = keyof (typeof messages)['en-GB'] & MessageKey;
type Text = { text: string; lang: string };
type Model = 'explicit-consent' | 'inform-and-object';

/** One question: a purpose of the feature and the consent model it rests on. */
interface Row {
  id: string;
  model: Model;
  kind: string;
  perVisit: boolean;
  description?: Text;
  ifObjecting?: Text;
}

interface Ready {
  id: string;
  featureVersion?: string;
  version: string;
  name?: Text;
  summary: Text;
  picture?: { src: string; alt: string; lang: string };
  easyRead: boolean;
  rows: Row[];
  shown: ShownNotice;
  /** Identifies the notice variant shown, so `shown` is recorded once per variant (inline) or per show (dialog). */
  variant: string;
}

/** Nothing to ask yet (undefined: loading), nothing can be recorded (a name, maybe), or the questions. */
type View = undefined | { fallback: true; name?: Text } | (Ready & { fallback?: undefined });

/** What the last choice on a purpose came to, for the confirmation: saved, not saved yet, or failed. */
type Outcome = { result: 'saved' | 'not-saved' | 'failed'; eventId?: string };

const ROLES: readonly DeciderRole[] = ['person', 'attorney', 'deputy', 'best-interests'];
const NO = ['declined', 'objected', 'withdrawn'];
const DECIDED = ['granted', 'not-objected', ...NO];
const KINDS = ['direct-care', 'care-administration', 'staff-support', 'service-improvement', 'model-training', 'research', 'communication'];

/** The form for representatives, once fetched (`build/who.ts`): every prompt on the page shares it. */
let form: typeof import('./build/who') | undefined;
let formLoading: Promise<unknown> | undefined;

/** Fetches the form for representatives, once; its English joins the catalogue. A failed fetch is tried again next time. */
function loadForm(): Promise<unknown> {
  return (formLoading ??= import('./build/who').then(
    (m) => {
      Object.assign(messages['en-GB'], m.consentPromptWhoEnglish);
      form = m;
    },
    (error) => {
      formLoading = undefined;
      throw error;
    },
  ));
}

/** The same object without its undefined members, so no event holds an empty member. */
const clean = <T>(o: T): T => JSON.parse(JSON.stringify(o));

/** A relative path to a picture file, or an https: address. */
function pictureSrc(value: unknown): string | undefined {
  const v = typeof value === 'string' ? value.trim() : '';
  return /^https:/i.test(v) ? safeHref(v) : /^(?:\.{0,2}\/)?\w[^\s:\\]*\.(?:png|svg|jpe?g|webp)$/i.test(v) ? v : undefined;
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
 * SHA-256 of its text, which the ledger computes: `ledger.fingerprint`). When
 * shown, the prompt records a `shown` event per purpose: once per notice
 * variant inline, once per `show()` as a dialog (for a representative whose
 * details are not known yet, just before their decision). After a choice it
 * records `granted`, `declined`, `objected`, `objected-this-visit` or
 * `withdrawn`, fires `candour-consent-decision` and says what was recorded and
 * how to change it, in a status message that takes focus. If the store could
 * not keep it yet, it says so plainly (the ledger keeps it and retries) and
 * reports `consent-not-saved`.
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
 * **Loaded in parts.** Two parts of the prompt come only when first needed, so
 * a page pays for them only then: the Welsh text, the first time a prompt
 * speaks Welsh, and the form for whoever decides for the person, the first
 * time it is shown. The prompt waits for the part before it shows anything
 * that needs it (never English first, then Welsh).
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
 * @cssproperty --candour-prompt-border - Border colour (the text colour).
 * @cssproperty --candour-prompt-padding - Padding inside the prompt (1.25rem).
 * @cssproperty --candour-prompt-font-size - Body text size (1.1875rem).
 * @cssproperty --candour-prompt-easy-read-font-size - Body text size in Easy Read (1.375rem).
 * @cssproperty --candour-choice-bg - Choice button background (the prompt's background).
 * @cssproperty --candour-choice-fg - Choice button text and border (the prompt's text colour).
 * @cssproperty --candour-choice-bg-hover - Choice button background under the pointer (#f3f2f1).
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
export class CandourConsentPrompt extends ReactiveElement {
  static override styles = promptStyles;

  static override properties = {
    feature: { reflect: true },
    subject: {},
    purpose: {},
    mode: { reflect: true },
    open: { type: Boolean, reflect: true },
    visit: {},
    headingLevel: { attribute: 'heading-level', type: Number, reflect: true },
    locale: { reflect: true },
    audience: { reflect: true },
    readingLevel: { attribute: 'reading-level', reflect: true },
    ledger: { attribute: false },
    decider: { attribute: false },
    data: { attribute: false },
    candour: { state: true, attribute: false },
    decisions: { state: true, attribute: false },
    outcomes: { state: true, attribute: false },
    chosenRole: { state: true, attribute: false },
    whoOpen: { state: true, attribute: false },
    errors: { state: true, attribute: false },
  };

  /** The feature's id in the manifest. */
  declare feature?: string;

  /** The person the decision is about (a pseudonymous id); defaults to the provider's `subject`. */
  declare subject?: string;

  /** The purposes to ask about, as space-separated ids; default every purpose of the feature whose consent model is not `none`. */
  declare purpose?: string;

  /** `inline`: a region in the page; `dialog`: a modal dialog opened with `show()`. */
  declare mode: 'inline' | 'dialog';

  /** Whether the dialog is open (dialog mode). */
  declare open: boolean;

  /** The visit (encounter) being asked about; offers "Not today, for this visit" where the purpose allows it. */
  declare visit?: string;

  /** Level of the heading, 2–6 (default 2); each purpose's heading is one below. */
  declare headingLevel: number;

  /** BCP 47 locale to render in; defaults to the provider's, then the page's `lang`, then en-GB. */
  declare locale?: string;

  /** Who is reading: the person, a representative, a worker or the provider. Defaults to the provider's, then `person`. */
  declare audience?: Audience;

  /** `standard` or `easy-read`. Defaults to the provider's, then `standard`. */
  declare readingLevel?: ReadingLevel;

  /** The ledger to record in; defaults to the provider's. */
  declare ledger?: Ledger;

  /** Known details of whoever decides (e.g. a registered attorney already on the record), to spare them typing. */
  declare decider?: Decider;

  /** The feature itself, when the prompt is used without a provider. */
  declare data?: DisplayFeature;

  /** The provider's state, when the prompt is inside a `candour-provider`. */
  declare protected candour?: CandourState;
  declare private decisions: Map<string, Decision>;
  declare private outcomes: Map<string, Outcome>;
  /** Who the form says is deciding, once someone has chosen. */
  declare private chosenRole?: DeciderRole;
  declare private whoOpen: boolean;
  declare private errors: Partial<Record<Field, string>>;

  private view: View;
  private problems: [CandourErrorCode, string, { feature?: string; paths?: string[] }][] = [];
  /** The notice variant's key, the feature and the view, so the notice is fingerprinted once per variant. */
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
  private unsubscribe?: () => void;
  private subscribed?: Ledger;
  /** The provider's state, asked for by hand (no @lit/context consumer). */
  private link = new ContextLink(this, (state) => {
    this.candour = state;
  });
  private stopListening?: () => void;
  private warned = new Set<string>();
  /** Whether the form's rules are in the shadow root yet. */
  private formAdopted = false;

  constructor() {
    super();
    this.mode = 'inline';
    this.open = false;
    this.headingLevel = 2;
    this.decisions = new Map();
    this.outcomes = new Map();
    this.whoOpen = false;
    this.errors = {};
  }

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

  /** Puts focus back on the control that asked for the full notice, once the provider has shown it. */
  restoreFocus(): void {
    this.renderRoot.querySelector<HTMLElement>('[part~="read-more"]')?.focus();
  }

  /** Also waits for the ledger: decisions read, events recorded, and the render they cause. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const first = await super.getUpdateComplete();
    await this.choosing;
    await this.queue;
    await this.loaded;
    return (await super.getUpdateComplete()) && first;
  }

  /**
   * Before building, fetches what the tree needs and the page does not have
   * yet, so nothing shows half done: the Welsh catalogue, the first time the
   * prompt speaks Welsh, and the form for representatives, the first time it
   * is shown. Either is a small module of this package, fetched once.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const pending = [loadConsentPromptMessages(this.effectiveLocale), this.needsForm && !form && loadForm().catch((error: unknown) => this.report('consent-unavailable', `The form for representatives could not be loaded: ${error}`))];
    return pending.some(Boolean) ? Promise.all(pending).then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Whether the tree shows "Who is making this choice?" with its fields, rather than the line and the button. */
  private get needsForm(): boolean {
    return this.whoOpen || this.who !== 'person' || !!this.chosenRole;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.link.connect();
    this.stopListening = onMessagesChanged(() => this.requestUpdate());
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.link.disconnect();
    this.stopListening?.();
    this.unsubscribe?.();
    this.unsubscribe = this.subscribed = undefined;
  }

  private get effectiveLocale(): string {
    return readerLocale(this, this.locale, this.candour);
  }

  private get effectiveAudience(): Audience {
    return readerAudience(this.audience, this.candour);
  }

  private get effectiveReadingLevel(): ReadingLevel {
    return readerReadingLevel(this.readingLevel, this.candour);
  }

  private get ctxLedger(): Ledger | undefined {
    return this.ledger ?? this.candour?.ledger;
  }

  private get ctxSubject(): string | undefined {
    return this.subject || this.candour?.subject;
  }

  private get ready(): Ready | undefined {
    return this.view?.fallback ? undefined : this.view;
  }

  /** Who is deciding: as chosen in the form, else the prefilled decider, else an attorney for a representative, else the person. */
  private get who(): DeciderRole {
    const given = this.decider?.role;
    return this.chosenRole ?? (given && ROLES.includes(given) ? given : this.effectiveAudience === 'representative' ? 'attorney' : 'person');
  }

  private tx(key: Key, params?: Record<string, string>): string {
    return translate(messages, this.effectiveLocale, key, params);
  }

  /** Warns once per problem and emits `candour-error`; the prompt shows its fallback. */
  private report(code: CandourErrorCode, message: string, extra: { feature?: string; paths?: string[] } = { feature: this.feature ?? '' }): void {
    const key = `${code}:${extra.feature ?? ''}:${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`<${this.localName}>: ${message}`);
    this.dispatchEvent(new CandourErrorEvent({ code, message, ...extra }));
  }

  protected override willUpdate(): void {
    this.problems = [];
    try {
      this.view = this.compute();
    } catch (error) {
      this.view = { fallback: true };
      this.problems.push(['invalid-property', `The feature could not be read: ${error}`, { feature: this.feature ?? '' }]);
    }
  }

  private compute(): View {
    const id = this.feature ?? ((this.data as { id?: unknown } | undefined)?.id as string | undefined) ?? '';
    const extra = id ? { feature: id } : {};
    const found = findFeature(this.candour, this.feature, this.data);
    if (found.kind === 'loading') return undefined;
    if (found.kind === 'missing') {
      this.problems.push([found.reason, whyMissing(found.reason, id, !!this.candour), { ...extra, ...(found.paths ? { paths: found.paths } : {}) }]);
      return { fallback: true };
    }
    const feature = found.feature;
    const locale = this.effectiveLocale;
    const name = pickText(feature.name, locale);
    const ledger = this.ctxLedger;
    const subject = this.ctxSubject;
    if (!ledger || !subject) {
      this.problems.push(['consent-unavailable', `Cannot record consent for "${id}": ${!ledger ? 'no ledger (set the ledger property, or consent-store on the provider)' : 'no subject (set subject here or on the provider)'}.`, extra]);
      return { fallback: true, name };
    }

    const wanted = this.purpose?.split(/\s+/).filter(Boolean);
    const purposes = Array.isArray(feature.purposes) ? feature.purposes : [];
    for (const p of wanted ?? []) {
      if (!purposes.some((q) => q.id === p)) this.problems.push(['invalid-property', `No purpose "${p}" in feature "${id}".`, { ...extra, paths: ['purposes'] }]);
    }
    const rows: Row[] = [];
    for (const p of purposes) {
      const c = p?.consent as { model?: Model | 'none'; perVisit?: boolean; ifObjecting?: unknown } | undefined;
      if (!c?.model || c.model === 'none' || (wanted && !wanted.includes(p.id))) continue;
      rows.push({
        id: p.id,
        model: c.model,
        kind: p.kind,
        perVisit: c.perVisit === true,
        description: pickText(p.description, locale),
        ifObjecting: c.model === 'inform-and-object' ? pickText(c.ifObjecting, locale) : undefined,
      });
    }
    if (!rows.length) {
      this.problems.push(['consent-unavailable', `Nothing to ask about "${id}": no purpose${wanted ? ' of those named' : ''} rests on explicit consent or inform-and-object.`, extra]);
      return { fallback: true, name };
    }

    const audience = this.effectiveAudience;
    const readingLevel = this.effectiveReadingLevel;
    const key = [id, audience, readingLevel, locale, subject].join('\u0000');
    let base = this.memo?.[0] === key && this.memo[1] === feature ? this.memo[2] : undefined;
    if (!base) {
      const snapshot = noticeSnapshot(feature, { audience, readingLevel, locale });
      const easyRead = snapshot.format === 'easy-read';
      const src = easyRead ? pictureSrc((feature.notice.person.easyRead.pictures?.summary as { src?: unknown } | undefined)?.src) : undefined;
      const alt = snapshot.pictures?.summary;
      base = {
        id,
        featureVersion: feature.version,
        version: noticeVersionOf(feature),
        summary: snapshot.sections.summary!,
        picture: src && alt ? { ...alt, src } : undefined,
        easyRead,
        rows,
        shown: ledger.fingerprint(snapshot),
        variant: key,
      };
      this.memo = [key, feature, base];
    }
    const view: Ready = { ...base, name, rows };
    // Decisions are read again when the question changes (not when only the wording does).
    const loadKey = [id, view.version, subject, this.visit, rows.map((r) => r.id + r.model)].join('\u0000');
    if (loadKey !== this.loadKey || ledger !== this.loadLedger) {
      this.loadKey = loadKey;
      this.loadLedger = ledger;
      this.decisions = new Map();
      this.view = view;
      this.loaded = this.load();
    }
    return view;
  }

  protected override updated(): void {
    for (const [code, message, extra] of this.problems) this.report(code, message, extra);
    const view = this.ready;
    const ledger = view && this.ctxLedger;
    if (ledger !== this.subscribed) {
      this.unsubscribe?.();
      // A new ledger has not been told what was shown.
      if (this.subscribed) this.shownKey = undefined;
      this.subscribed = ledger;
      this.unsubscribe = ledger?.subscribe((n) => this.onLedger(n));
    }
    this.syncDialog();
    if (!view) {
      this.loadKey = this.shownKey = undefined;
      return;
    }
    const shownKey = this.mode !== 'dialog' ? view.variant : this.open ? `${view.variant}#${this.shows}` : undefined;
    if (shownKey !== this.shownKey && (this.shownKey = shownKey)) {
      this.shownFor = null;
      void this.write(() => this.recordShown(false));
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
    const view = this.ready;
    const ledger = this.ctxLedger;
    const subject = this.ctxSubject;
    if (!view || !ledger || !subject) return;
    const found = new Map<string, Decision>();
    try {
      for (const row of view.rows) {
        found.set(row.id, await ledger.decision({ subject, feature: view.id, purpose: row.id, model: row.model, noticeVersion: view.version, visit: this.visit }));
      }
    } catch {
      return; // the ledger reports its own problems; the questions stay asked
    }
    if (token !== this.loadToken) return;
    for (const [purpose, d] of found) {
      const seen = (d.basis ?? d.lastShown)?.shown;
      if (d.state === 'needs-asking-again' && seen && !this.changedFrom.has(purpose)) this.changedFrom.set(purpose, seen.version);
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

  private input(type: ConsentEventType, purpose: string, decidedBy: Decider): ConsentEventInput | undefined {
    const view = this.ready;
    const subject = this.ctxSubject;
    const row = view?.rows.find((r) => r.id === purpose);
    if (!view || !subject || !row) return undefined;
    const c = this.candour;
    return clean({
      type,
      subject,
      feature: view.id,
      featureVersion: view.featureVersion,
      purpose,
      model: row.model,
      decidedBy,
      recordedBy: c?.recorder,
      channel: c?.channel ?? (c?.recorder ? 'staff-assisted' : 'self-service'),
      shown: view.shown,
      visit: type === 'objected-this-visit' ? this.visit : undefined,
    });
  }

  /**
   * Records that the notice was shown, for every purpose, to whoever is
   * deciding. A decider whose details are incomplete is not an error here: the
   * events wait until the decision, which records them first. Throws the
   * ledger's input error only when `strict`.
   */
  private async recordShown(strict: boolean): Promise<void> {
    const ledger = this.ctxLedger;
    const view = this.ready;
    if (!ledger || !view) return;
    const decidedBy = this.readDecider();
    const who = JSON.stringify(decidedBy);
    if (this.shownFor === who) return;
    for (const row of view.rows) {
      const input = this.input('shown', row.id, decidedBy);
      if (!input) return;
      try {
        this.notSaved(await ledger.record(input));
      } catch (error) {
        if (strict) throw error;
        return;
      }
    }
    this.shownFor = who;
  }

  private notSaved({ stored, problems }: { stored: boolean; problems: unknown[] }): boolean {
    if (stored && !problems.length) return false;
    this.report('consent-not-saved', `A consent event for "${this.feature ?? ''}" is not saved yet: the ledger keeps it and retries (see ledger.status()).`);
    return true;
  }

  /** Records a choice about one purpose; one at a time, so a double click records once. */
  private async choose(purpose: string, type: ConsentEventType, index: number): Promise<void> {
    if (this.choosing) return;
    this.choosing = this.record(purpose, type, index).finally(() => (this.choosing = undefined));
    await this.choosing;
  }

  private async record(purpose: string, type: ConsentEventType, index: number): Promise<void> {
    const ledger = this.ctxLedger!;
    const decidedBy = this.readDecider();
    let outcome: Outcome;
    try {
      const result = await this.write(async () => {
        await this.recordShown(true);
        return ledger.record(this.input(type, purpose, decidedBy)!);
      });
      this.errors = {};
      outcome = { result: this.notSaved(result) ? 'not-saved' : 'saved', eventId: result.event.id };
      this.changedFrom.delete(purpose);
      this.dispatchEvent(
        new CandourConsentDecisionEvent({ subject: result.event.subject, feature: result.event.feature, purpose, type, decidedBy: decidedBy.role, eventId: result.event.id, stored: result.stored }),
      );
    } catch (error) {
      const problems = (error as { name?: string; problems?: { path: string }[] } | null)?.name === 'ConsentInputError' ? (error as { problems: { path: string }[] }).problems : undefined;
      if (problems) return this.showProblems(problems);
      this.report('consent-not-saved', `A choice about "${this.feature ?? ''}" could not be recorded: ${error}`);
      outcome = { result: 'failed' };
    }
    this.outcomes = new Map(this.outcomes).set(purpose, outcome);
    this.loaded = this.load();
    await this.loaded;
    await super.getUpdateComplete();
    this.focusOn(`#status-${index}`);
  }

  private focusOn(selector: string): void {
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  private async showProblems(problems: readonly { path: string }[]): Promise<void> {
    await loadForm().catch(() => undefined);
    this.errors = form ? form.errorsFor(problems, this.who, (f) => this.value(f), (key) => this.tx(key)) : {};
    await super.getUpdateComplete();
    this.focusOn('[aria-invalid="true"]');
  }

  private value(field: Field): string {
    return (this.renderRoot.querySelector<HTMLInputElement>(field === 'outcome' ? 'input[name="outcome"]:checked' : `input[name="${field}"]`)?.value ?? '').trim();
  }

  /** The decider from the form (or the prefilled `decider` while the form is not shown). */
  private readDecider(): Decider {
    const role = this.who;
    if (role === 'person') return { role };
    const v = (f: Field) => this.value(f) || undefined;
    // Details the host knows that this form does not ask for (who checked the authority, and when; who was consulted) are kept.
    const known = this.decider?.role === role ? this.decider : undefined;
    const d: Decider = {
      role,
      name: v('name'),
      relationship: v('relationship'),
      authorityReference: role !== 'best-interests' ? v('authority') : undefined,
      authorityCheckedBy: known?.authorityCheckedBy,
      authorityCheckedAt: known?.authorityCheckedAt,
      consulted: known?.consulted,
    };
    const on = v('assessedOn') ?? '';
    const outcome = v('outcome') as 'lacks-capacity' | 'has-capacity' | undefined;
    if (role === 'best-interests' && v('assessedBy') && /^\d{4}-\d\d-\d\d$/.test(on) && outcome) {
      d.capacity = {
        decision: this.tx('prompt.capacityDecision', { feature: this.ready?.name?.text ?? this.ready?.id ?? '' }),
        outcome,
        assessedBy: v('assessedBy')!,
        assessedAt: `${on}T00:00:00.000Z`,
        reference: v('reference'),
      };
    }
    return clean(d);
  }

  private syncDialog(): void {
    const dialog = this.renderRoot?.querySelector('dialog');
    if (!dialog || !this.isConnected) return;
    if (this.open && !dialog.open) {
      this.shows++;
      dialog.showModal();
      this.focusOn('#title');
    } else if (!this.open) dialog.close();
  }

  /** The dialog closed (Escape, "Close" or `hide()`); the browser puts focus back where it was before. */
  private onClose(): void {
    this.open = false;
    this.dispatchEvent(new Event('close'));
  }

  private requestNotice(): void {
    const view = this.ready;
    if (view) this.dispatchEvent(new CandourNoticeRequestEvent({ feature: view.id, audience: this.effectiveAudience, readingLevel: this.effectiveReadingLevel }));
  }

  /** Where clicks, changes and the dialog's `close` are handled: one listener each, on the shadow root. */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    root.addEventListener('click', this);
    root.addEventListener('change', this);
    // `close` does not bubble: caught on its way down instead.
    root.addEventListener('close', this, true);
    return root;
  }

  /**
   * The prompt's listener: a choice, "Close", the way to the full notice,
   * "Someone else is making this choice", a role picked, the dialog closed.
   * @internal
   */
  handleEvent(event: Event): void {
    const target = event.target as Element;
    if (event.type === 'close') {
      if (target.localName === 'dialog') this.onClose();
      return;
    }
    if (event.type === 'change') {
      const input = target as HTMLInputElement;
      if (input.name === 'role') this.setRole(input.value as DeciderRole);
      return;
    }
    const button = target.closest?.('button');
    const part = button?.getAttribute('part');
    const type = button?.dataset.type as ConsentEventType | undefined;
    if (type) {
      const purposes = [...this.renderRoot.querySelectorAll('[part~="purpose"]')];
      const index = purposes.indexOf(button!.closest('[part~="purpose"]')!);
      const row = this.ready?.rows[index];
      if (row) void this.choose(row.id, type, index);
    } else if (part === 'close') this.hide();
    else if (part === 'read-more') this.requestNotice();
    else if (part === 'who-toggle') void this.openWho();
  }

  private date(iso: string): string {
    try {
      return new Date(iso).toLocaleDateString(this.effectiveLocale, { dateStyle: 'long' });
    } catch {
      return iso.slice(0, 10);
    }
  }

  private async openWho(): Promise<void> {
    this.whoOpen = true;
    await super.getUpdateComplete();
    this.focusOn('input[name="role"]:checked');
  }

  private setRole(role: DeciderRole): void {
    this.chosenRole = role;
    this.errors = {};
  }

  /** Builds the tree by hand and brings the live one in line with it. */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    patch(this.renderRoot, this.build());
  }

  /**
   * The shadow tree for the prompt's state, as new nodes (no listeners: the
   * shadow root's listener acts for them). Supplier text is only ever text.
   */
  private build(): Node[] {
    const view = this.view;
    // Without the form a representative needs (it could not be fetched), nothing can be recorded.
    const ready = this.needsForm && !form ? undefined : this.ready;
    const n = Number(this.headingLevel);
    const level = n >= 2 && n <= 6 ? Math.floor(n) : 2;
    const dialog = this.mode === 'dialog';
    // The feature's name sits in a <bdi>, so bidi controls in it cannot reorder the sentence around it.
    const name = view?.name;
    const title = name
      ? this.tx('prompt.heading', { feature: '{feature}' }).split('{feature}').flatMap((piece, i) => (i ? [h('bdi', { lang: name.lang }, name.text), piece] : [piece]))
      : this.tx('prompt.title');
    const template = this.candour?.noticeHref;
    const href = ready && template ? safeHref(new URL(template.replace('{feature}', encodeURIComponent(ready.id)), document.baseURI).href) : undefined;
    const readMore = this.tx('prompt.readMore');
    const body = h(
      'div',
      { part: `base${ready ? '' : ' fallback'}`, class: `prompt ${ready?.easyRead ? 'easy-read' : ''}`, role: dialog ? null : 'region', 'aria-labelledby': 'title' },
      heading(level, 'title', title, 'title', dialog),
      !ready
        ? h('p', { role: view ? null : 'status', dir: 'auto' }, this.tx(view ? 'prompt.unavailable' : 'prompt.loading'))
        : [
            h(
              'div',
              { part: 'summary', class: 'summary' },
              ready.picture && h('img', { part: 'picture', src: ready.picture.src, alt: ready.picture.alt, lang: ready.picture.lang }),
              h('div', { lang: ready.summary.lang }, para(ready.summary.text)),
            ),
            h('p', null, href ? h('a', { part: 'read-more', href }, readMore) : h('button', { part: 'read-more', class: 'link', type: 'button' }, readMore)),
            this.buildWho(),
            ready.rows.map((row, i) => this.buildRow(row, i, level + 1, ready)),
          ],
    );
    return [dialog ? h('dialog', { part: 'dialog', 'aria-labelledby': 'title' }, body, h('button', { part: 'close', class: 'choice', type: 'button' }, this.tx('prompt.close'))) : body];
  }

  private buildWho(): HTMLElement {
    const role = this.who;
    if (this.needsForm && form) {
      if (!this.formAdopted) {
        // The form's rules join the prompt's (adopted sheets are replaced, so the prompt's stay first; without adopted sheets, a <style> is added).
        this.formAdopted = true;
        adoptStyles(this.renderRoot as ShadowRoot, supportsAdoptingStyleSheets ? [...(this.constructor as typeof ReactiveElement).elementStyles, form.whoStyles] : [form.whoStyles]);
      }
      return form.whoForm(role, ROLES, this.errors, this.decider?.role === role ? this.decider : undefined, (key) => this.tx(key));
    }
    return h(
      'div',
      { part: 'who', class: 'who' },
      h('p', { dir: 'auto' }, this.tx('prompt.who.self')),
      h('button', { part: 'who-toggle', class: 'link', type: 'button', 'aria-expanded': 'false' }, this.tx('prompt.who.other')),
    );
  }

  private buildRow(row: Row, index: number, level: number, view: Ready): HTMLElement {
    const d = this.decisions.get(row.id);
    const explicit = row.model === 'explicit-consent';
    const decided = d?.basis && DECIDED.includes(d.state) ? d : undefined;
    const said = decided?.basis;
    const no = decided && NO.includes(decided.state);
    const yes: [Key, ConsentEventType] = [explicit ? 'prompt.yes' : 'prompt.fine', 'granted'];
    const against: [Key, ConsentEventType] = explicit ? ['prompt.no', decided ? 'withdrawn' : 'declined'] : ['prompt.object', 'objected'];
    const choices = !decided ? [yes, against] : no ? [yes] : [against];
    if (row.perVisit && this.visit && !d?.objectedThisVisit && !no) choices.push(['prompt.notToday', 'objected-this-visit']);

    const from = this.changedFrom.get(row.id);
    const outcome = this.outcomes.get(row.id);
    const notice = (text: string | false | undefined) => text && h('p', { class: 'notice-line', dir: 'auto' }, text);
    let sentence = '';
    if (said) {
      const state = decided!.state as 'granted';
      const date = this.date(said.at);
      sentence =
        said.decidedBy.role === 'person' && this.effectiveAudience === 'person'
          ? this.tx(`prompt.you.${state}`, { date })
          : this.tx(`prompt.they.${state}`, { date, name: said.decidedBy.name ?? this.tx('prompt.thePerson') });
    }
    return h(
      'section',
      { part: 'purpose', class: 'purpose', 'aria-labelledby': `purpose-${index}` },
      heading(level, 'purpose-heading', KINDS.includes(row.kind) ? this.tx(`prompt.kind.${row.kind as 'research'}`) : row.id, `purpose-${index}`),
      row.description && para(row.description.text, row.description.lang),
      notice(!decided && from && this.tx('prompt.changed', { from, to: view.version })),
      notice(!decided && d?.state === 'expired' && this.tx('prompt.expired')),
      notice(d?.objectedThisVisit && this.tx('prompt.thisVisit')),
      said
        ? [
            h('p', { class: 'said', dir: 'auto' }, sentence),
            said.decidedBy.role !== 'person' && h('p', { dir: 'auto' }, this.tx('prompt.as', { role: this.tx(`prompt.role.${said.decidedBy.role}`) })),
            h('p', { dir: 'auto' }, this.tx('prompt.change')),
          ]
        : [
            para(this.tx(`prompt.${view.easyRead ? 'er.' : ''}${explicit ? 'explicit' : 'object'}.intro`)),
            row.ifObjecting && h('p', { dir: 'auto' }, h('strong', null, this.tx('prompt.ifObjecting')), ' ', h('bdi', { lang: row.ifObjecting.lang }, row.ifObjecting.text)),
          ],
      h(
        'div',
        { part: 'choices', class: 'choices', role: 'group', 'aria-labelledby': `purpose-${index}` },
        choices.map(([key, type]) => h('button', { part: 'choice', class: 'choice', type: 'button', 'data-type': type }, this.tx(key))),
      ),
      // Nothing but the answer inside, not even a space: the status takes room (:not(:empty)) only when it says something.
      h(
        'div',
        { part: `status${outcome && outcome.result !== 'saved' ? ' not-saved' : ''}`, class: 'status', id: `status-${index}`, role: 'status', tabindex: '-1' },
        outcome && para(outcome.result === 'saved' ? `${this.tx('prompt.saved')}\n${this.tx('prompt.changeLater')}` : this.tx(outcome.result === 'failed' ? 'prompt.failed' : 'prompt.notSaved')),
      ),
    );
  }
}
