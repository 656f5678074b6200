import { LitElement, html, nothing, type PropertyValues } from 'lit';
import type { Audience, DisplayFeature, HumanReviewPractice, Involvement, ReadingLevel } from '@candour/core/display';
import { candourContext, type CandourState } from '../internal/context';
import { asInvolvement, asReview, findFeature, pickText, whyMissing, type FeatureLookup } from '../internal/feature';
import { safeHref } from '../internal/links';
import { lookup, onMessagesChanged, translate, type MessageKey } from '../i18n/translate';
import { badgeLabelMessages as messages } from '../i18n/badge';
import { CandourErrorEvent, CandourExplanationHideEvent, CandourExplanationShowEvent, CandourNoticeRequestEvent } from '../events/events';
import { badgeStyles } from './ai-badge.styles';

// The badge is the element a page has hundreds of, so it is written for that: it
// does not extend the other elements' base class, uses no decorators and asks
// for the provider's state with the context protocol's own event (no controller
// per badge). What the base class gives the others, it does itself, in little.

/** Badges on the page, re-rendered when a supplier registers messages. */
const live = new Set<CandourAiBadge>();
/** Badges whose request for the provider's state nobody has answered yet. */
const waiting = new Set<CandourAiBadge>();
let watching = false;
/** Labels and the language they are in, by locale (and involvement and review); emptied when catalogues change. */
const labels = new Map<string, string>();

/**
 * An inline AI label: says how AI is involved where its output appears and,
 * when known, whether a person reviewed it. Its button opens a toggletip with
 * the feature's short explanation and a way to the full notice. The
 * toggletip is built when first opened, so a page of badges stays cheap.
 *
 * @summary Inline AI label with an accessible toggletip.
 * @csspart button - The badge itself (a real button).
 * @csspart toggletip - The short explanation.
 * @csspart notice-link - The way to the full notice.
 * @cssproperty --candour-badge-bg - Badge background.
 * @cssproperty --candour-badge-fg - Badge text colour.
 * @cssproperty --candour-badge-border - Badge border colour.
 * @cssproperty --candour-focus - Focus outline colour (GOV.UK yellow by default).
 * @cssproperty --candour-tip-bg - Toggletip background.
 * @fires candour-explanation-show - The toggletip opened (layer "label").
 * @fires candour-explanation-hide - The toggletip closed.
 * @fires candour-notice-request - The person asked for the full notice (cancelable).
 * @fires candour-error - The feature could not be shown; the badge falls back to "AI is used here".
 */
export class CandourAiBadge extends LitElement {
  static override styles = badgeStyles;

  static override properties = {
    feature: { reflect: true },
    size: { reflect: true },
    involvement: {},
    review: {},
    data: { attribute: false },
    noticeHref: { attribute: 'notice-href' },
    locale: { reflect: true },
    audience: { reflect: true },
    readingLevel: { attribute: 'reading-level', reflect: true },
    candour: { state: true, attribute: false },
    open: { state: true, attribute: false },
  };

  /** The feature's id in the manifest. */
  declare feature?: string;

  /**
   * `inline` (in running text, the default when unset), `cell` (table cells) or `heading`.
   * Unset rather than `'inline'` by default, so a page of badges is not also a page of reflected attributes.
   */
  declare size?: 'inline' | 'cell' | 'heading';

  /** How AI is involved, when the badge is used without a manifest. */
  declare involvement?: Involvement;

  /** Whether a person reviewed this output; overrides the feature's standing practice. */
  declare review?: HumanReviewPractice;

  /** The feature itself, when the badge is used without a provider. */
  declare data?: DisplayFeature;

  /** Where the full notice is; overrides the provider's `notice-href`. `{feature}` is replaced by the id. */
  declare noticeHref?: string;

  /** BCP 47 locale to render in; defaults to the provider's, then the page's `lang`, then en-GB. */
  declare locale?: string;

  /** Who is reading: the person, a representative, a worker or the provider. Defaults to the provider's, then `person`. */
  declare audience?: Audience;

  /** `standard` or `easy-read`. Defaults to the provider's, then `standard`. */
  declare readingLevel?: ReadingLevel;

  /** The provider's state, when the badge is inside a `candour-provider`. */
  declare protected candour?: CandourState;

  declare private open?: boolean;
  /** Set on first open: the toggletip's content exists only from then on. */
  private built?: boolean;
  /** Stops the provider's updates (given with its first answer). */
  private unsubscribe?: () => void;
  private warned?: Set<string>;

  /** Starts, once, what all badges share: re-rendering on new messages, and waiting for a late provider. */
  private static watch(): void {
    if (watching) return;
    watching = true;
    onMessagesChanged(() => {
      labels.clear();
      live.forEach((badge) => badge.requestUpdate());
    });
    // A provider defined after the badges (static HTML, the badge's script first)
    // announces itself with `context-provider`: the waiting badges ask again.
    document.addEventListener('context-provider', (event) => {
      if ((event as Event & { context?: unknown }).context === candourContext) waiting.forEach((badge) => badge.ask());
    });
  }

  constructor() {
    super();
    // One listener per badge, on the host, instead of one per inner node. Escape
    // and outside clicks are listened for only while the toggletip is open.
    this.addEventListener('click', this);
  }

  /** Asks for the provider's state with the context protocol's `context-request` event (what @lit/context's consumer sends), subscribing to changes. */
  private ask(): void {
    this.dispatchEvent(Object.assign(new Event('context-request', { bubbles: true, composed: true }), { context: candourContext, contextTarget: this, callback: this.provide, subscribe: true }));
  }

  /** The provider's answer, now and on every change. */
  private provide = (state: CandourState | undefined, unsubscribe?: () => void): void => {
    // A different unsubscribe means a different provider: leave the old one.
    if (this.unsubscribe !== unsubscribe) this.unsubscribe?.();
    this.unsubscribe = unsubscribe;
    waiting.delete(this);
    this.candour = state;
  };

  override connectedCallback(): void {
    super.connectedCallback();
    CandourAiBadge.watch();
    live.add(this);
    this.ask();
    // Providers answer at once; without an answer, ask again when one appears.
    if (!this.unsubscribe) waiting.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    waiting.delete(this);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    document.removeEventListener('click', this, true);
  }

  private get effectiveLocale(): string {
    return this.locale || this.candour?.locale || this.closest('[lang]')?.getAttribute('lang') || 'en-GB';
  }

  private get effectiveAudience(): Audience {
    return this.audience ?? this.candour?.audience ?? 'person';
  }

  private get effectiveReadingLevel(): ReadingLevel {
    return this.readingLevel ?? this.candour?.readingLevel ?? 'standard';
  }

  private t(key: MessageKey & keyof (typeof messages)['en-GB'], params?: Readonly<Record<string, string>>): string {
    return translate(messages, this.effectiveLocale, key, params);
  }

  /** The locale the badge's interface text is really in, for `lang`. */
  private get lang_(): string {
    const locale = this.effectiveLocale;
    let lang = labels.get(locale);
    if (lang === undefined) labels.set(locale, (lang = lookup(messages, locale, 'fallback.title').locale));
    return lang;
  }

  private lookup(): FeatureLookup {
    return findFeature(this.candour, this.feature, this.data);
  }

  private involvementOf(found: FeatureLookup): Involvement | undefined {
    return asInvolvement(this.involvement) ?? (found.kind === 'found' ? asInvolvement(found.feature.label?.involvement) : undefined);
  }

  private reviewOf(found: FeatureLookup): HumanReviewPractice | undefined {
    return asReview(this.review) ?? (found.kind === 'found' ? asReview(found.feature.label?.humanReview) : undefined);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (!changed.has('feature') && !changed.has('candour' as keyof CandourAiBadge)) return;
    const found = this.lookup();
    if (found.kind === 'missing' && !this.involvement && (this.feature || this.candour)) {
      const message = whyMissing(found.reason, this.feature, this.candour !== undefined);
      // Warns once per problem and emits `candour-error`; the badge shows its fallback.
      const key = `${found.reason}:${this.feature ?? ''}:${message}`;
      if (this.warned?.has(key)) return;
      (this.warned ??= new Set()).add(key);
      console.warn(`<${this.localName}>: ${message}`);
      this.dispatchEvent(
        new CandourErrorEvent({ code: found.reason, message, ...(this.feature ? { feature: this.feature } : {}), ...(found.paths ? { paths: found.paths } : {}) }),
      );
    }
  }

  /**
   * The badge's one listener: clicks on the host (its button, the notice button),
   * and while open, Escape on the host and clicks anywhere on the page.
   * @internal
   */
  handleEvent(event: Event): void {
    if (event.currentTarget === document) {
      if (!event.composedPath().includes(this)) this.toggle(false, 'outside');
    } else if (event.type === 'keydown') {
      if ((event as KeyboardEvent).key === 'Escape' && this.open) {
        event.stopPropagation();
        this.toggle(false, 'escape');
        this.restoreFocus();
      }
    } else {
      const target = event.composedPath()[0];
      if (!(target instanceof Element)) return;
      if (target.closest('button[part~="button"]')) this.toggle(!this.open, 'toggle');
      else if (target.closest('[part~="notice-button"]')) this.requestNotice();
    }
  }

  private toggle(open: boolean, reason: 'escape' | 'toggle' | 'outside'): void {
    if (open === !!this.open) return;
    this.open = open;
    // The open badge is lifted above its neighbours (and positions its toggletip).
    this.toggleAttribute('data-open', open);
    this.built ||= open;
    const feature = this.feature ?? '';
    if (open) {
      document.addEventListener('click', this, true);
      this.addEventListener('keydown', this);
      const found = this.lookup();
      const short = found.kind === 'found' ? pickText(found.feature.label?.short, this.effectiveLocale) : undefined;
      const audience = this.effectiveAudience;
      this.dispatchEvent(
        new CandourExplanationShowEvent({ feature, layer: 'label', reader: audience, audience, readingLevel: this.effectiveReadingLevel, locale: short?.lang ?? this.lang_ }),
      );
    } else {
      document.removeEventListener('click', this, true);
      this.removeEventListener('keydown', this);
      this.dispatchEvent(new CandourExplanationHideEvent({ feature, reason }));
    }
  }

  /** Focus returns to the badge's own button (after its notice dialog closes, say). */
  restoreFocus(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('button[part~="button"]')?.focus();
  }

  private requestNotice(): void {
    const event = new CandourNoticeRequestEvent({ feature: this.feature ?? '', audience: this.effectiveAudience, readingLevel: this.effectiveReadingLevel });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.toggle(false, 'toggle');
  }

  private labelText(found: FeatureLookup): string {
    const involvement = this.involvementOf(found);
    const review = this.size === 'cell' ? undefined : this.reviewOf(found);
    const locale = this.effectiveLocale;
    // Badges on a page share a handful of labels: each is looked up once per catalogue change.
    const key = `${locale}|${involvement}|${review}`;
    let text = labels.get(key);
    if (text === undefined) {
      text = !involvement ? this.t('fallback.title') : review ? `${this.t(`involvement.${involvement}`)} · ${this.t(`review.${review}`)}` : this.t(`involvement.${involvement}`);
      labels.set(key, text);
    }
    return text;
  }

  private renderTip(found: FeatureLookup) {
    const short = found.kind === 'found' ? pickText(found.feature.label?.short, this.effectiveLocale) : undefined;
    const review = this.reviewOf(found);
    const template = this.noticeHref ?? this.candour?.noticeHref;
    const href = template && this.feature ? safeHref(new URL(template.replace('{feature}', encodeURIComponent(this.feature)), document.baseURI).href) : undefined;
    const supplier = this.candour?.manifest?.supplier.name;
    return html`<div part="toggletip" id="tip" role="status" ?hidden=${!this.open}>
      ${short
        ? html`<p lang=${short.lang}>${short.text}</p>`
        : html`<p>${found.kind === 'loading' ? this.t('fallback.loading') : this.t('fallback.ask', { who: supplier ?? this.t('fallback.askProvider') })}</p>`}
      ${review && this.size === 'cell' ? html`<p>${this.t(`review.${review}`)}</p>` : nothing}
      ${found.kind !== 'found'
        ? nothing
        : href
          ? html`<a part="notice-link" href=${href}>${this.t('badge.readNotice')}</a>`
          : html`<button part="notice-link notice-button" class="link" type="button">${this.t('badge.readNotice')}</button>`}
    </div>`;
  }

  protected override render() {
    const found = this.lookup();
    // The interface text may be in another language than the page (a Welsh badge on an English page).
    return html`<button part="button" type="button" lang=${this.lang_} aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.built ? 'tip' : nothing}>${this.labelText(found)}</button>${this.built ? this.renderTip(found) : nothing}`;
  }
}
