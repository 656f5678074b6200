import { ReactiveElement, adoptStyles, supportsAdoptingStyleSheets, type PropertyValues } from '@lit/reactive-element';
import type { Audience, DisplayFeature, HumanReviewPractice, Involvement, ReadingLevel } from '@candour/core/display';
import type { CandourState } from '../internal/context';
import { ContextLink } from '../internal/context-link';
import { asInvolvement, asReview, findFeature, pickText, whyMissing, type FeatureLookup } from '../internal/feature';
import { safeHref } from '../internal/links';
import { lookup, onMessagesChanged, translate, type MessageKey } from '../i18n/translate';
import { badgeLabelMessages as messages } from '../i18n/badge';
import { CandourErrorEvent, CandourExplanationHideEvent, CandourExplanationShowEvent, CandourNoticeRequestEvent } from '../events/events';
import { badgeStyles, tipStyles } from './ai-badge.styles';
import { readerAudience, readerLocale, readerReadingLevel } from '../internal/reader';

// The badge is the element a page has hundreds of, so it is written for that: it
// extends Lit's `ReactiveElement` (properties, attributes, batched updates and
// adopted styles, without lit-html's templates: it builds its few nodes by hand),
// does not extend the other elements' base class, uses no decorators and asks
// for the provider's state with the context protocol's own event (no controller
// per badge). What the base class gives the others, it does itself, in little.

/** Badges on the page, re-rendered when a supplier registers messages. */
const live = new Set<CandourAiBadge>();
/** Badges whose request for the provider's state nobody has answered yet. */
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
export class CandourAiBadge extends ReactiveElement {
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
  /** The provider's state, asked for by hand (no @lit/context consumer). */
  private link = new ContextLink(this, (state) => {
    this.candour = state;
  });
  private warned?: Set<string>;
  /** The badge's button, made on the first update. */
  private button_?: HTMLButtonElement;
  /** The toggletip, made on the first open. */
  private tip?: HTMLDivElement;
  /** What the toggletip shows, so its content is rebuilt only when that changes. */
  private tipKey?: string;

  /** Starts, once, what all badges share: re-rendering on new messages. */
  private static watch(): void {
    if (watching) return;
    watching = true;
    onMessagesChanged(() => {
      labels.clear();
      live.forEach((badge) => badge.requestUpdate());
    });
  }

  constructor() {
    super();
    // One listener per badge, on the host, instead of one per inner node. Escape
    // and outside clicks are listened for only while the toggletip is open.
    this.addEventListener('click', this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    CandourAiBadge.watch();
    live.add(this);
    this.link.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    live.delete(this);
    this.link.disconnect();
    document.removeEventListener('click', this, true);
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
    if (this.open) this.fitTip();
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
    if (event.type === 'resize') this.fitTip();
    else if (event.currentTarget === document) {
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
    if (open && !this.built) {
      // The first open brings the toggletip's rules (adopted sheets are replaced, so the badge's own stay first;
      // without adopted sheets, Lit appends a <style>).
      const own = (this.constructor as typeof ReactiveElement).elementStyles;
      adoptStyles(this.renderRoot as ShadowRoot, supportsAdoptingStyleSheets ? [...own, tipStyles] : [tipStyles]);
    }
    // The open badge is lifted above its neighbours (and positions its toggletip).
    this.toggleAttribute('data-open', open);
    this.built ||= open;
    const feature = this.feature ?? '';
    if (open) {
      document.addEventListener('click', this, true);
      window.addEventListener('resize', this);
      this.addEventListener('keydown', this);
      const found = this.lookup();
      const short = found.kind === 'found' ? pickText(found.feature.label?.short, this.effectiveLocale) : undefined;
      const audience = this.effectiveAudience;
      this.dispatchEvent(
        new CandourExplanationShowEvent({ feature, layer: 'label', reader: audience, audience, readingLevel: this.effectiveReadingLevel, locale: short?.lang ?? this.lang_ }),
      );
    } else {
      document.removeEventListener('click', this, true);
      window.removeEventListener('resize', this);
      this.removeEventListener('keydown', this);
      this.dispatchEvent(new CandourExplanationHideEvent({ feature, reason }));
    }
  }

  /**
   * Moves the open toggletip sideways, if need be, so that it stays inside the viewport (at 320 px
   * wide or zoomed in, a badge near the inline end would otherwise push it off the page).
   */
  private fitTip(): void {
    const tip = this.tip;
    if (!tip) return;
    tip.style.translate = '';
    const { left, right } = tip.getBoundingClientRect();
    const margin = 8;
    let shift = Math.max(right - (document.documentElement.clientWidth - margin), 0);
    if (left - shift < margin) shift = left - margin;
    if (Math.abs(shift) >= 1) tip.style.translate = `${Math.round(-shift)}px 0`;
  }

  /** Focus returns to the badge's own button (after its notice dialog closes, say). */
  restoreFocus(): void {
    this.button_?.focus();
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

  /** What the toggletip shows now: its paragraphs (text, language) and its way to the notice. */
  private tipContent(found: FeatureLookup): [text: string, lang: string | null, review: string | null, href: string | null, action: string | null] {
    const short = found.kind === 'found' ? pickText(found.feature.label?.short, this.effectiveLocale) : undefined;
    const review = this.reviewOf(found);
    const template = this.noticeHref ?? this.candour?.noticeHref;
    const href = template && this.feature ? safeHref(new URL(template.replace('{feature}', encodeURIComponent(this.feature)), document.baseURI).href) : undefined;
    const supplier = this.candour?.manifest?.supplier.name;
    return [
      short ? short.text : found.kind === 'loading' ? this.t('fallback.loading') : this.t('fallback.ask', { who: supplier ?? this.t('fallback.askProvider') }),
      short ? short.lang : null,
      review && this.size === 'cell' ? this.t(`review.${review}`) : null,
      href ?? null,
      found.kind === 'found' ? this.t('badge.readNotice') : null,
    ];
  }

  /**
   * Renders by hand, with no template library: the button is made on the first
   * update, the toggletip on the first open, and later updates change only what
   * differs. Supplier text goes in as text (`textContent`), never as markup.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const found = this.lookup();
    const root = this.renderRoot;
    let button = this.button_;
    if (!button) {
      // A server-rendered badge (declarative shadow DOM) already has its button: it is kept.
      button = this.button_ = root.querySelector('button') ?? make('button', 'button');
      button.type = 'button';
    }
    // Attributes are written only when they change, and the new button gets them all before it is
    // put in the shadow root, so a page of badges costs one style pass rather than one per write.
    // The interface text may be in another language than the page (a Welsh badge on an English page).
    const lang = this.lang_;
    if (button.lang !== lang) button.lang = lang;
    const expanded = this.open ? 'true' : 'false';
    if (button.getAttribute('aria-expanded') !== expanded) button.setAttribute('aria-expanded', expanded);
    const label = this.labelText(found);
    if (button.textContent !== label) button.textContent = label;
    if (!button.parentNode) root.append(button);
    if (!this.built) return;
    let tip = this.tip;
    if (!tip) {
      tip = this.tip = make('div', 'toggletip');
      tip.id = 'tip';
      tip.setAttribute('role', 'status');
      root.append(tip);
      button.setAttribute('aria-controls', 'tip');
    }
    tip.hidden = !this.open;
    const content = this.tipContent(found);
    const key = JSON.stringify(content);
    if (key === this.tipKey) return;
    this.tipKey = key;
    const [text, textLang, review, href, action] = content;
    const nodes: Node[] = [make('p', '', text)];
    if (textLang) (nodes[0] as HTMLElement).lang = textLang;
    if (review) nodes.push(make('p', '', review));
    if (action) {
      if (href) {
        const link = make('a', 'notice-link', action);
        link.href = href;
        nodes.push(link);
      } else {
        const notice = make('button', 'notice-link notice-button', action);
        notice.type = 'button';
        notice.className = 'link';
        nodes.push(notice);
      }
    }
    tip.replaceChildren(...nodes);
  }
}

/** An element of the badge's shadow tree, with its `part` names and its text. */
function make<K extends keyof HTMLElementTagNameMap>(tag: K, part: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (part) node.setAttribute('part', part);
  if (text !== undefined) node.textContent = text;
  return node;
}
