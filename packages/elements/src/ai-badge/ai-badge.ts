import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { DisplayFeature, HumanReviewPractice, Involvement } from '@candour/core/display';
import { CandourElement } from '../internal/candour-element';
import { asInvolvement, asReview, findFeature, pickText, whyMissing, type FeatureLookup } from '../internal/feature';
import { safeHref } from '../internal/links';
import { commonMessages } from '../i18n/common';
import { badgeMessages } from '../i18n/badge';
import { CandourExplanationHideEvent, CandourExplanationShowEvent, CandourNoticeRequestEvent } from '../events/events';
import { badgeStyles } from './ai-badge.styles';

const messages = {
  'en-GB': { ...commonMessages['en-GB'], ...badgeMessages['en-GB'] },
  cy: { ...commonMessages.cy, ...badgeMessages.cy },
};

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
export class CandourAiBadge extends CandourElement {
  static override styles = badgeStyles;

  /** The feature's id in the manifest. */
  @property({ reflect: true }) feature?: string;

  /**
   * `inline` (in running text, the default when unset), `cell` (table cells) or `heading`.
   * Unset rather than `'inline'` by default, so a page of badges is not also a page of reflected attributes.
   */
  @property({ reflect: true }) size?: 'inline' | 'cell' | 'heading';

  /** How AI is involved, when the badge is used without a manifest. */
  @property() involvement?: Involvement;

  /** Whether a person reviewed this output; overrides the feature's standing practice. */
  @property() review?: HumanReviewPractice;

  /** The feature itself, when the badge is used without a provider. */
  @property({ attribute: false }) data?: DisplayFeature;

  /** Where the full notice is; overrides the provider's `notice-href`. `{feature}` is replaced by the id. */
  @property({ attribute: 'notice-href' }) noticeHref?: string;

  @state() private open = false;
  /** Set on first open: the toggletip's content exists only from then on. */
  private built = false;

  constructor() {
    super();
    // One listener per badge, on the host, instead of one per inner node. Escape
    // and outside clicks are listened for only while the toggletip is open.
    this.addEventListener('click', this.onClick);
  }

  private lookup() {
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
    if (found.kind === 'missing' && !this.involvement) {
      if (this.feature || this.candour) {
        this.report(found.reason, whyMissing(found.reason, this.feature, this.candour !== undefined), {
          ...(this.feature ? { feature: this.feature } : {}),
          ...(found.paths ? { paths: found.paths } : {}),
        });
      }
    }
  }

  private onClick = (event: MouseEvent): void => {
    const target = event.composedPath()[0] as Element | undefined;
    if (!target || !(target instanceof Element)) return;
    if (target.closest('button[part~="button"]')) this.toggle(!this.open, 'toggle');
    else if (target.closest('[part~="notice-button"]')) this.requestNotice();
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.toggle(false, 'escape');
      this.restoreFocus();
    }
  };

  private onOutside = (event: Event): void => {
    if (!event.composedPath().includes(this)) this.toggle(false, 'outside');
  };

  private toggle(open: boolean, reason: 'escape' | 'toggle' | 'outside'): void {
    if (open === this.open) return;
    this.open = open;
    // Layout containment makes each badge a stacking context: lift the open one above its neighbours.
    this.toggleAttribute('data-open', open);
    this.built ||= open;
    const id = this.feature ?? '';
    if (open) {
      document.addEventListener('click', this.onOutside, true);
      this.addEventListener('keydown', this.onKeyDown);
      const found = this.lookup();
      const short = found.kind === 'found' ? pickText(found.feature.label?.short, this.effectiveLocale) : undefined;
      this.dispatchEvent(
        new CandourExplanationShowEvent({
          feature: id,
          layer: 'label',
          reader: this.effectiveAudience,
          audience: this.effectiveAudience,
          readingLevel: this.effectiveReadingLevel,
          locale: short?.lang ?? this.langOf(messages, 'fallback.title'),
        }),
      );
    } else {
      document.removeEventListener('click', this.onOutside, true);
      this.removeEventListener('keydown', this.onKeyDown);
      this.dispatchEvent(new CandourExplanationHideEvent({ feature: id, reason }));
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('click', this.onOutside, true);
  }

  /** Focus returns to the badge's own button (after its notice dialog closes, say). */
  override restoreFocus(): void {
    this.renderRoot.querySelector<HTMLButtonElement>('button[part~="button"]')?.focus();
  }

  private requestNotice(): void {
    const event = new CandourNoticeRequestEvent({ feature: this.feature ?? '', audience: this.effectiveAudience, readingLevel: this.effectiveReadingLevel });
    this.dispatchEvent(event);
    if (!event.defaultPrevented) this.toggle(false, 'toggle');
  }

  private labelText(found: FeatureLookup): string {
    const involvement = this.involvementOf(found);
    if (!involvement) return this.t(messages, 'fallback.title');
    const review = this.reviewOf(found);
    const words = this.t(messages, `involvement.${involvement}`);
    return review && this.size !== 'cell' ? `${words} · ${this.t(messages, `review.${review}`)}` : words;
  }

  private renderTip(found: FeatureLookup) {
    const locale = this.effectiveLocale;
    const short = found.kind === 'found' ? pickText(found.feature.label?.short, locale) : undefined;
    const review = this.reviewOf(found);
    const template = this.noticeHref ?? this.candour?.noticeHref;
    const href = template && this.feature ? safeHref(new URL(template.replace('{feature}', encodeURIComponent(this.feature)), document.baseURI).href) : undefined;
    const supplier = this.candour?.manifest?.supplier.name;
    return html`<div part="toggletip" id="tip" role="status" ?hidden=${!this.open}>
      ${short
        ? html`<p lang=${short.lang}>${short.text}</p>`
        : found.kind === 'loading'
          ? html`<p>${this.t(messages, 'fallback.loading')}</p>`
          : html`<p>${this.t(messages, 'fallback.ask', { who: supplier ?? this.t(messages, 'fallback.askProvider') })}</p>`}
      ${review && this.size === 'cell' ? html`<p>${this.t(messages, `review.${review}`)}</p>` : nothing}
      ${found.kind !== 'found'
        ? nothing
        : href
          ? html`<a part="notice-link" href=${href}>${this.t(messages, 'badge.readNotice')}</a>`
          : html`<button part="notice-link notice-button" class="link" type="button">${this.t(messages, 'badge.readNotice')}</button>`}
    </div>`;
  }

  protected override render() {
    const found = this.lookup();
    // The interface text may be in another language than the page (a Welsh badge on an English page).
    const lang = this.langOf(messages, 'fallback.title');
    return html`<button part="button" type="button" lang=${lang} aria-expanded=${this.open ? 'true' : 'false'} aria-controls=${this.built ? 'tip' : nothing}>${this.labelText(found)}</button>${this.built ? this.renderTip(found) : nothing}`;
  }
}
