import { LitElement, html, css, type PropertyValues } from 'lit';
import { property, state, query } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { readDisplayManifest, type Audience, type ReadingLevel, type ManifestIssue } from '@candour/core/display';
import { browserStore, createLedger, httpSink, indexedDbStore, memoryStore, type ConsentChannel, type Ledger, type LedgerSink, type Recorder } from '@candour/core/consent';
import { candourContext, type CandourState } from '../internal/context';
import { CandourErrorEvent, CandourManifestLoadEvent, type CandourNoticeRequestEvent } from '../events/events';
import { commonMessages } from '../i18n/common';
import { badgeMessages } from '../i18n/badge';
import { translate } from '../i18n/translate';

const messages = { 'en-GB': { ...commonMessages['en-GB'], ...badgeMessages['en-GB'] }, cy: { ...commonMessages.cy, ...badgeMessages.cy } };

/**
 * The context root: gives every Candour element inside it the manifest, the
 * locale, the audience and the reading level. The manifest is an object
 * (`manifest` property) or the URL of the supplier's own `candour.json`
 * (`src`), the only network request Candour ever makes. The provider checks
 * the layers people see; a broken feature falls back on its own while the
 * others still show. When a badge asks for a full notice and nobody else
 * handles it, the provider opens it in a dialog, as `candour-ai-notice`
 * (registered with the provider by `define/provider.js`; register it yourself
 * if you register the provider's class under your own control).
 *
 *
 * Consent elements record through the provider's ledger: give one as the
 * `ledger` property, or let the provider make one with `consent-store`
 * (`local`: this browser's IndexedDB, kept consistent across tabs; `memory`: this page only) and, optionally,
 * `consent-endpoint` (the supplier's own URL, which then receives every
 * decision through a durable outbox). `subject` names the person the page is
 * about; `recorder` the care worker using it.
 *
 * @summary Context root for Candour elements.
 * @slot - The part of the page that uses Candour.
 * @csspart dialog - The dialog in which full notices open.
 * @csspart close - The dialog's close button.
 * @fires candour-manifest-load - The manifest was read.
 * @fires candour-error - The manifest could not be fetched or read.
 */
export class CandourProvider extends LitElement {
  static override styles = css`
    :host { display: contents; }
    dialog { max-inline-size: min(44rem, 94vw); max-block-size: 90vh; padding: 1.5rem; border: 2px solid var(--candour-tip-border, #0b0c0c); color: var(--candour-tip-fg, #0b0c0c); background: var(--candour-tip-bg, #fff); }
    dialog::backdrop { background: rgb(0 0 0 / 0.5); }
    .close { float: inline-end; font: inherit; min-height: 44px; min-width: 44px; padding: 0.25rem 0.75rem; cursor: pointer; }
    .close:focus-visible { outline: 3px solid var(--candour-focus, #ffdd00); box-shadow: 0 0 0 5px var(--candour-focus-ring, #0b0c0c); }
    @media (prefers-color-scheme: dark) { dialog { color: var(--candour-tip-fg, #f3f2f1); background: var(--candour-tip-bg, #1d1d1f); border-color: var(--candour-tip-border, #b1b4b6); } }
  `;

  /** The manifest object. Takes precedence over `src`. */
  @property({ attribute: false }) manifest?: unknown;

  /** URL of the supplier's own `candour.json`. Fetched once per change, same-origin credentials. */
  @property() src?: string;

  /** BCP 47 locale for every element inside; defaults to the page's `lang`, then en-GB. */
  @property({ reflect: true }) locale?: string;

  @property({ reflect: true }) audience: Audience = 'person';

  @property({ attribute: 'reading-level', reflect: true }) readingLevel: ReadingLevel = 'standard';

  /** Where full notices live, e.g. "/ai/{feature}". Without it, notices open in a dialog here. */
  @property({ attribute: 'notice-href' }) noticeHref?: string;

  /** A consent ledger made by the host (`createLedger` from `@candour/core/consent`). Takes precedence over `consent-store`. */
  @property({ attribute: false }) ledger?: Ledger;

  /** Where the provider keeps consent decisions when no `ledger` is given: `local` (this browser's IndexedDB, or localStorage where there is none) or `memory` (this page only). */
  @property({ attribute: 'consent-store' }) consentStore?: 'local' | 'memory';

  /** The supplier's endpoint that receives every consent event (https:, or http: on localhost). */
  @property({ attribute: 'consent-endpoint' }) consentEndpoint?: string;

  /** The person the page is about: a pseudonymous id, never an NHS number. */
  @property() subject?: string;

  /** The care worker using the page, as `{ id, name?, role? }`; decisions are then recorded as staff-assisted. */
  @property({ attribute: false }) recorder?: Recorder;

  /** How decisions reach the record here; default `self-service`, or `staff-assisted` when a recorder is set. */
  @property() channel?: ConsentChannel;

  private ownLedger?: Ledger;

  @provide({ context: candourContext })
  @state()
  protected state: CandourState = { status: 'empty', issues: [], locale: 'en-GB', audience: 'person', readingLevel: 'standard' };

  @state() private dialogFeature?: string;
  @query('dialog') private dialog?: HTMLDialogElement;
  private returnFocusTo?: HTMLElement;
  private fetchToken = 0;

  constructor() {
    super();
    this.addEventListener('candour-notice-request', (e) => this.onNoticeRequest(e));
  }

  private get locale_(): string {
    return this.locale || this.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en-GB';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('manifest') && this.manifest !== undefined) this.read(this.manifest);
    else if (changed.has('src') && this.manifest === undefined) void this.load();
    if (changed.has('consentStore') || changed.has('consentEndpoint') || (changed.has('ledger') && !this.ledger)) this.makeLedger();
    const consentChanged = changed.has('ledger') || changed.has('consentStore') || changed.has('consentEndpoint') || changed.has('subject') || changed.has('recorder') || changed.has('channel');
    if (changed.has('locale') || changed.has('audience') || changed.has('readingLevel') || changed.has('noticeHref') || consentChanged || !this.hasUpdated) {
      const ledger = this.ledger ?? this.ownLedger;
      this.state = {
        ...this.state,
        locale: this.locale_,
        audience: this.audience,
        readingLevel: this.readingLevel,
        ...(this.noticeHref ? { noticeHref: this.noticeHref } : {}),
        ledger,
        subject: this.subject || undefined,
        recorder: this.recorder,
        channel: this.channel ?? (this.recorder ? 'staff-assisted' : 'self-service'),
      };
    }
  }

  /** Makes (or replaces) the provider's own ledger from `consent-store` and `consent-endpoint`. */
  private makeLedger(): void {
    this.ownLedger?.close();
    this.ownLedger = undefined;
    if (this.ledger || (!this.consentStore && !this.consentEndpoint)) return;
    const sinks: LedgerSink[] = [];
    if (this.consentEndpoint) {
      try {
        sinks.push(httpSink({ url: this.consentEndpoint }));
      } catch (error) {
        const message = `consent-endpoint "${this.consentEndpoint}" cannot be used: ${error instanceof Error ? error.message : String(error)}`;
        console.warn(`<candour-provider>: ${message}`);
        this.dispatchEvent(new CandourErrorEvent({ code: 'invalid-property', message }));
      }
    }
    // IndexedDB stays consistent across tabs; localStorage is the fallback where IndexedDB is missing.
    const local = typeof indexedDB === 'undefined' ? browserStore() : indexedDbStore();
    this.ownLedger = createLedger({ store: this.consentStore === 'memory' ? memoryStore() : local, sinks });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The ledger keeps running while the element is only moved; a removed provider stops retrying.
    queueMicrotask(() => {
      if (!this.isConnected) {
        this.ownLedger?.close();
        this.ownLedger = undefined;
        if (this.state.ledger && !this.ledger) this.state = { ...this.state, ledger: undefined };
      }
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.ownLedger && !this.ledger && (this.consentStore || this.consentEndpoint)) {
      this.makeLedger();
      this.state = { ...this.state, ledger: this.ownLedger };
    }
  }

  private fail(issues: ManifestIssue[], code: 'invalid-manifest' | 'fetch-failed', message: string, source?: unknown): void {
    this.state = { ...this.state, status: 'error', issues, source, manifest: undefined };
    console.warn(`<candour-provider>: ${message}`);
    this.dispatchEvent(new CandourErrorEvent({ code, message, paths: issues.map((i) => i.path) }));
  }

  private read(value: unknown): void {
    const result = readDisplayManifest(value);
    if (!result.ok) {
      this.fail(result.issues, 'invalid-manifest', `The manifest could not be read: ${result.issues.slice(0, 3).map((i) => i.message).join(' ')}`, value);
      return;
    }
    this.state = { ...this.state, status: 'ready', manifest: result.manifest, issues: result.issues, source: value };
    for (const [id, issues] of result.manifest.brokenFeatures) {
      console.warn(`<candour-provider>: feature "${id}" cannot be shown: ${issues.map((i) => i.message).join(' ')}`);
    }
    this.dispatchEvent(
      new CandourManifestLoadEvent({
        features: [...result.manifest.features.keys()],
        brokenFeatures: [...result.manifest.brokenFeatures.keys()],
        issueCount: result.issues.length,
      }),
    );
  }

  private async load(): Promise<void> {
    const src = this.src;
    const token = ++this.fetchToken;
    if (!src) return;
    this.state = { ...this.state, status: 'loading', issues: [] };
    let response: Response;
    let value: unknown;
    const failed = (why: string) => {
      if (token !== this.fetchToken) return;
      const issue: ManifestIssue = { path: '(root)', code: 'fetch_failed', expected: `the manifest at ${src}`, found: why, message: `(root): expected the manifest at ${src}; found ${why}.`, severity: 'error' };
      this.fail([issue], 'fetch-failed', `The manifest at ${src} could not be loaded: ${why}.`);
    };
    try {
      response = await fetch(src, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch (error) {
      failed(error instanceof Error ? error.message : 'a network error');
      return;
    }
    if (!response.ok) return failed(`HTTP ${response.status}`);
    try {
      value = await response.json();
    } catch {
      return failed('a response that is not JSON');
    }
    if (token === this.fetchToken && this.manifest === undefined) this.read(value);
  }

  private onNoticeRequest(event: CandourNoticeRequestEvent): void {
    // Let listeners above us cancel first: the page may show notices its own way.
    const origin = event.composedPath()[0];
    queueMicrotask(() => {
      if (event.defaultPrevented || this.noticeHref) return;
      this.returnFocusTo = (origin instanceof HTMLElement ? origin : undefined) ?? (document.activeElement as HTMLElement | null) ?? undefined;
      this.dialogFeature = event.detail.feature;
      void this.updateComplete.then(() => {
        if (this.dialog && !this.dialog.open) this.dialog.showModal();
        this.renderRoot.querySelector<HTMLElement>('candour-ai-notice')?.focus();
      });
    });
  }

  private onDialogClose = (): void => {
    this.dialogFeature = undefined;
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    // Candour elements know which of their controls asked; anything else just takes focus.
    if (target && 'restoreFocus' in target && typeof target.restoreFocus === 'function') (target as { restoreFocus(): void }).restoreFocus();
    else target?.focus();
  };

  protected override render() {
    const locale = this.state.locale;
    return html`<slot></slot>${this.dialogFeature === undefined
      ? null
      : html`<dialog part="dialog" @close=${this.onDialogClose} aria-label=${translate(messages, locale, 'badge.about')}>
          <button part="close" class="close" type="button" @click=${() => this.dialog?.close()}>${translate(messages, locale, 'badge.close')}</button>
          <candour-ai-notice feature=${this.dialogFeature} tabindex="-1"></candour-ai-notice>
        </dialog>`}`;
  }
}
