import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { DisplayFeature } from '@candour/core/display';
import { CandourElement } from '../internal/candour-element';
import { findFeature, pickText, whyMissing } from '../internal/feature';
import { safeHref } from '../internal/links';
import { commonMessages } from '../i18n/common';
import { contentMessages } from '../i18n/content';
import { CandourContentReviewEvent, CandourNoticeRequestEvent, type CandourErrorCode } from '../events/events';
import { contentStyles } from './ai-content.styles';

const messages = {
  'en-GB': { ...commonMessages['en-GB'], ...contentMessages['en-GB'] },
  cy: { ...commonMessages.cy, ...contentMessages.cy },
};

/** A phrase with `{name}` placeholders filled by templates (so supplier text keeps its own `lang` and stays text). */
function fill(phrase: string, values: Record<string, unknown>): unknown[] {
  return phrase.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in values ? values[name] : part;
  });
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;
const isoDateTime = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})?$/i;

/** Reads an ISO 8601 date or date-time; `undefined` when it is not one (or not a real day, such as 30 February). */
function readDate(value: string): { date: Date; dateOnly: boolean } | undefined {
  const v = value.trim();
  const dateOnly = isoDate.exec(v);
  const parts = dateOnly ?? isoDateTime.exec(v);
  if (!parts) return undefined;
  const [y, m, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== m - 1 || day.getUTCDate() !== d) return undefined;
  const date = dateOnly ? day : new Date(v);
  return Number.isNaN(date.getTime()) ? undefined : { date, dateOnly: Boolean(dateOnly) };
}

function formatDate(when: { date: Date; dateOnly: boolean }, locale: string): string {
  // A date alone is a calendar day: format it in UTC so it never slips a day in another time zone.
  const zone: Intl.DateTimeFormatOptions = when.dateOnly ? { timeZone: 'UTC' } : {};
  let known: string | undefined;
  try {
    known = Intl.DateTimeFormat.supportedLocalesOf([locale])[0];
  } catch {
    known = undefined;
  }
  // Without the browser's data for the language (some builds have no Welsh), use digits in the UK order
  // rather than English month names inside a sentence in another language.
  const options: Intl.DateTimeFormatOptions = known
    ? { ...zone, dateStyle: 'long', ...(when.dateOnly ? {} : { timeStyle: 'short' }) }
    : { ...zone, day: '2-digit', month: '2-digit', year: 'numeric', ...(when.dateOnly ? {} : { hour: '2-digit', minute: '2-digit' }) };
  return new Intl.DateTimeFormat(known ?? 'en-GB', options).format(when.date);
}

type Problem = [CandourErrorCode, string, { feature?: string; paths?: string[] }];

/**
 * Wraps content that an AI drafted or helped write, such as a visit note,
 * and says where it came from: which AI feature drafted it, whether a person
 * has checked it (who, and when), and whether a person changed it
 * afterwards. Until someone checks it, the content is marked with a warning
 * in words, an icon and a dashed border, never by colour alone. The wrapper
 * is a group named by its provenance and described by its review state.
 *
 * The element never claims a review by itself: with `reviewable`, its "Mark
 * as checked" button asks the host (`candour-content-review`), which records
 * who checked it and when and then sets `reviewed-by` and `reviewed-at`.
 *
 * It does not embed a `candour-ai-badge`: the badge states the feature's
 * standing review practice ("Checked by a person"), which can contradict this
 * piece of content ("Not yet checked"), and its label would repeat the
 * provenance line in the group's name. A single "Read about this use of AI"
 * button leads to the full notice instead.
 *
 * @summary AI-drafted content with its provenance and human-review state.
 * @slot - The content the AI drafted or helped write.
 * @csspart base - The wrapper (role="group").
 * @csspart header - The provenance and review lines.
 * @csspart icon - The warning or tick icon.
 * @csspart provenance - "Drafted with AI: {feature}".
 * @csspart status - The review state ("Not yet checked…" or "Checked by…").
 * @csspart edited - "Changed by a person after the AI drafted it".
 * @csspart fallback - "To find out more, ask…" when the feature cannot be shown.
 * @csspart actions - The row of buttons.
 * @csspart review-button - "Mark as checked" (with `reviewable`).
 * @csspart about - The way to the feature's full notice.
 * @csspart content - The wrapper of the slotted content.
 * @cssproperty --candour-font-family - Font (inherits by default).
 * @cssproperty --candour-content-fg - Text colour (#0b0c0c).
 * @cssproperty --candour-content-bg - Background of the content (#ffffff).
 * @cssproperty --candour-content-unreviewed-bg - Header background before review (#fff7bf).
 * @cssproperty --candour-content-unreviewed-border - Border before review (#0b0c0c, dashed).
 * @cssproperty --candour-content-reviewed-bg - Header background after review (#f3f2f1).
 * @cssproperty --candour-content-reviewed-border - Border after review (#00703c, solid).
 * @cssproperty --candour-content-icon-bg - Warning icon background (#0b0c0c).
 * @cssproperty --candour-content-icon-fg - Warning icon "!" colour (#ffffff).
 * @cssproperty --candour-content-radius - Corner radius (0).
 * @cssproperty --candour-link - Link colour (#1d70b8).
 * @cssproperty --candour-focus - Focus highlight (GOV.UK yellow #ffdd00).
 * @cssproperty --candour-focus-text - Text colour on the focus highlight (#0b0c0c).
 * @cssproperty --candour-focus-ring - Ring around the focus highlight (#0b0c0c).
 * @cssproperty --candour-button-bg - Button background (#f3f2f1).
 * @cssproperty --candour-button-fg - Button text colour (#0b0c0c).
 * @fires candour-content-review - The person pressed "Mark as checked" (cancelable). Detail: `feature`, and `contentId` when set.
 * @fires candour-notice-request - The person asked for the feature's full notice (cancelable; the provider opens it unless cancelled).
 * @fires candour-error - The feature or a property could not be used; the element still wraps and marks the content.
 */
export class CandourAiContent extends CandourElement {
  static override styles = contentStyles;

  /** The id of the feature that drafted the content. */
  @property({ reflect: true }) feature?: string;

  /** Name of the person who checked the content. Set by the host once it has recorded the review. */
  @property({ attribute: 'reviewed-by', reflect: true }) reviewedBy?: string;

  /** When it was checked: an ISO 8601 date (2026-11-20) or date and time (2026-11-20T14:05Z). */
  @property({ attribute: 'reviewed-at', reflect: true }) reviewedAt?: string;

  /** A person changed the content after the AI drafted it. */
  @property({ type: Boolean, reflect: true }) edited = false;

  /** The host's id for this piece of content, passed back in `candour-content-review` for the audit trail. */
  @property({ attribute: 'content-id', reflect: true }) contentId?: string;

  /** Shows a "Mark as checked" button while the content is unchecked. */
  @property({ type: Boolean, reflect: true }) reviewable = false;

  /** The feature itself, when the element is used without a provider. */
  @property({ attribute: false }) data?: DisplayFeature;

  /** Where the full notice is; overrides the provider's `notice-href`. `{feature}` is replaced by the id. */
  @property({ attribute: 'notice-href' }) noticeHref?: string;

  private problems: Problem[] = [];
  /** Set when the review button had focus as the content became checked: focus then moves to the new status. */
  private focusStatus = false;

  private get featureId(): string {
    const own = (this.data as { id?: unknown } | undefined)?.id;
    return this.feature ?? (typeof own === 'string' ? own : '');
  }

  private get reviewer(): string | undefined {
    return typeof this.reviewedBy === 'string' && this.reviewedBy.trim() ? this.reviewedBy.trim() : undefined;
  }

  private get reviewDate(): { date: Date; dateOnly: boolean } | undefined {
    return typeof this.reviewedAt === 'string' && this.reviewedAt.trim() ? readDate(this.reviewedAt) : undefined;
  }

  /** Checked when the host has named who checked it, or recorded a valid date of the check. */
  private get reviewed(): boolean {
    return Boolean(this.reviewer || this.reviewDate);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.problems = [];
    const at = typeof this.reviewedAt === 'string' ? this.reviewedAt.trim() : '';
    if (at && !readDate(at)) {
      this.problems.push(['invalid-property', `reviewed-at must be an ISO 8601 date or date and time; found "${at.slice(0, 100)}". The date is not shown.`, this.featureId ? { feature: this.featureId } : {}]);
    }
    if (changed.has('reviewedBy') || changed.has('reviewedAt')) {
      const button = this.renderRoot.querySelector('[part~="review-button"]');
      this.focusStatus = this.reviewed && button !== null && this.shadowRoot?.activeElement === button;
    }
  }

  private lookup(): { name?: { text: string; lang: string }; state: 'found' | 'loading' | 'missing' } {
    const id = this.featureId;
    const extra = id ? { feature: id } : {};
    const found = findFeature(this.candour, this.feature, this.data);
    // While the manifest loads the provenance says "AI-drafted content": no announcement for every note on the page.
    if (found.kind === 'loading') return { state: 'loading' };
    if (found.kind === 'missing') {
      // Content with no feature named, outside a provider, is plain AI-drafted content: nothing to report.
      if (id || this.candour) {
        const message = whyMissing(found.reason, id, this.candour !== undefined);
        this.problems.push([found.reason, message, { ...extra, ...(found.paths ? { paths: found.paths } : {}) }]);
      }
      return { state: 'missing' };
    }
    const name = pickText((found.feature as { name?: unknown }).name, this.effectiveLocale);
    if (!name) {
      this.problems.push(['missing-text', 'The feature has no name.', { ...extra, paths: ['name'] }]);
      return { state: 'missing' };
    }
    return { name, state: 'found' };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const [code, message, extra] of this.problems) this.report(code, message, extra);
    if (this.focusStatus) {
      this.focusStatus = false;
      this.renderRoot.querySelector<HTMLElement>('[part~="status"]')?.focus();
    }
  }

  private markReviewed(): void {
    // The host records who checked it and when; the element never marks itself checked.
    this.dispatchEvent(new CandourContentReviewEvent({ feature: this.featureId, ...(this.contentId ? { contentId: this.contentId } : {}) }));
  }

  private requestNotice(): void {
    this.dispatchEvent(new CandourNoticeRequestEvent({ feature: this.featureId, audience: this.effectiveAudience, readingLevel: this.effectiveReadingLevel }));
  }

  private noticeLink(): string | undefined {
    const template = this.noticeHref ?? this.candour?.noticeHref;
    if (!template || !this.featureId) return undefined;
    try {
      return safeHref(new URL(template.replace('{feature}', encodeURIComponent(this.featureId)), this.ownerDocument.baseURI).href);
    } catch {
      return undefined;
    }
  }

  private renderStatus(): TemplateResult {
    if (!this.reviewed) {
      return html`<p part="status" id="status" class="status" tabindex="-1" dir="auto">
        <strong><span class="visually-hidden">${this.t(messages, 'content.warning')}: </span>${this.t(messages, 'content.unreviewed')}</strong>
      </p>`;
    }
    const name = this.reviewer;
    const when = this.reviewDate;
    const locale = this.langOf(messages, 'content.reviewed');
    const date = when ? html`<time datetime=${this.reviewedAt!.trim()}>${formatDate(when, locale)}</time>` : undefined;
    const phrase = name && date ? fill(this.t(messages, 'content.reviewed'), { name: html`<bdi>${name}</bdi>`, date }) : name ? fill(this.t(messages, 'content.reviewedNoDate'), { name: html`<bdi>${name}</bdi>` }) : fill(this.t(messages, 'content.reviewedNoName'), { date });
    return html`<p part="status" id="status" class="status" tabindex="-1" dir="auto">${phrase}</p>`;
  }

  /** Focus returns to "Read about this use of AI" once the notice it asked for is closed. */
  override restoreFocus(): void {
    (this.renderRoot.querySelector<HTMLElement>('[part~="about"]') ?? this).focus();
  }

  protected override render() {
    const feature = this.lookup();
    const reviewed = this.reviewed;
    const supplier: unknown = this.candour?.manifest?.supplier?.name;
    const who = typeof supplier === 'string' && supplier.trim() ? html`<bdi>${supplier}</bdi>` : this.t(messages, 'fallback.askProvider');
    const href = feature.state === 'found' ? this.noticeLink() : undefined;
    // The way to the notice needs someone to answer the request: a provider, or a page at notice-href.
    const about = feature.state === 'found' && (href !== undefined || this.candour !== undefined);
    const describedBy = ['status', this.edited ? 'edited' : '', feature.state === 'missing' ? 'fallback' : ''].filter(Boolean).join(' ');
    return html`<div
      part="base"
      class="base ${reviewed ? 'reviewed' : 'unreviewed'}"
      role="group"
      aria-labelledby="provenance"
      aria-describedby=${describedBy}
      lang=${this.langOf(messages, 'content.draftedBy')}
    >
      <div part="header" class="header">
        <span part="icon" class="icon" aria-hidden="true">${reviewed
          ? html`<svg viewBox="0 0 20 20" focusable="false"><path d="M4.5 10.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="3" /></svg>`
          : '!'}</span>
        <div class="lines">
          <p part="provenance" id="provenance" class="provenance" dir="auto">
            ${feature.name
              ? fill(this.t(messages, 'content.draftedBy'), { feature: html`<bdi lang=${feature.name.lang}>${feature.name.text}</bdi>` })
              : this.t(messages, 'content.label')}
          </p>
          ${this.renderStatus()}
          ${this.edited ? html`<p part="edited" id="edited" class="edited" dir="auto">${this.t(messages, 'content.edited')}</p>` : nothing}
          ${feature.state === 'missing'
            ? html`<p part="fallback" id="fallback" class="fallback" dir="auto">${fill(this.t(messages, 'fallback.ask'), { who })}</p>`
            : nothing}
          ${(this.reviewable && !reviewed) || about
            ? html`<div part="actions" class="actions">
                ${this.reviewable && !reviewed
                  ? html`<button part="review-button" class="review" type="button" @click=${this.markReviewed}>${this.t(messages, 'content.markReviewed')}</button>`
                  : nothing}
                ${!about
                  ? nothing
                  : href
                    ? html`<a part="about" class="about" href=${href}>${this.t(messages, 'content.about')}</a>`
                    : html`<button part="about" class="about link" type="button" @click=${this.requestNotice}>${this.t(messages, 'content.about')}</button>`}
              </div>`
            : nothing}
        </div>
      </div>
      <div part="content" class="content"><slot></slot></div>
    </div>`;
  }
}
