import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { noticeFor, noticeSectionKeys, type NoticeSectionKey } from '@candour/core/read';
import type { Audience, DisplayFeature, ReadingLevel } from '@candour/core/display';
import { CandourElement } from '../internal/candour-element';
import { findFeature, pickText, whyMissing } from '../internal/feature';
import { safeHref } from '../internal/links';
import { commonMessages } from '../i18n/common';
import { noticeMessages } from '../i18n/notice';
import { CandourExplanationShowEvent, CandourReadingLevelChangeEvent, type CandourErrorCode } from '../events/events';
import { noticeStyles } from './ai-notice.styles';

const messages = {
  'en-GB': { ...commonMessages['en-GB'], ...noticeMessages['en-GB'] },
  cy: { ...commonMessages.cy, ...noticeMessages.cy },
};

const audiences: readonly string[] = ['person', 'representative', 'worker', 'provider'];
const readingLevels: readonly string[] = ['standard', 'easy-read'];

/** Heading tags from a fixed list: the level never reaches the markup as a string. */
const headingTags: Record<number, StaticValue> = { 2: literal`h2`, 3: literal`h3`, 4: literal`h4`, 5: literal`h5`, 6: literal`h6` };

/** A relative path to a picture file: no scheme, no protocol-relative `//`. */
const relativePicture = /^(?:\.{1,2}\/|\/)?[A-Za-z0-9_][^\s:\\]*\.(?:png|svg|jpe?g|webp)$/i;

function pictureSrc(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const safe = safeHref(value);
  if (safe && /^https:/i.test(safe)) return safe;
  const v = value.trim();
  return relativePicture.test(v) ? v : undefined;
}

/** A phrase with `{name}` placeholders filled by templates (so supplier text keeps its own `lang` and stays text). */
function fill(phrase: string, values: Record<string, unknown>): unknown[] {
  return phrase.split(/(\{\w+\})/).map((part) => {
    const name = /^\{(\w+)\}$/.exec(part)?.[1];
    return name !== undefined && name in values ? values[name] : part;
  });
}

const lines = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

interface SectionView {
  key: NoticeSectionKey;
  lines: string[];
  lang: string;
  picture?: { src: string; alt: string; lang?: string };
}

type View =
  | { kind: 'loading' }
  | { kind: 'fallback' }
  | {
      kind: 'notice';
      id: string;
      name?: { text: string; lang: string };
      sections: SectionView[];
      /** Who is reading. */
      reader: Audience;
      /** The variant really shown, after `noticeFor`'s fallbacks. */
      audience: Audience;
      readingLevel: ReadingLevel;
      /** Easy Read is offered to the person and their representatives. */
      offersEasyRead: boolean;
      /** The locale most of the notice's text is in. */
      locale: string;
    };

interface ContactView {
  name: string;
  ways: { label: 'notice.email' | 'notice.phone' | 'notice.website'; text: string; href: string }[];
}

type Problem = [CandourErrorCode, string, { feature?: string; paths?: string[] }];

/**
 * The full notice for one AI feature and one audience: what it does, why,
 * what information it uses, who checks it, its limits, the reader's choices,
 * who to ask, how to raise a concern and how to get help without AI. People
 * who draw on care and their representatives can switch to Easy Read. The
 * notice prints cleanly. Supplier text is shown as text, each block marked
 * with the language it is really in.
 *
 * Audience and reading level come from its own attributes, then the
 * provider's. Without a provider, give it the feature as `.data`.
 *
 * @summary The full notice of an AI feature, with Easy Read and print.
 * @csspart base - The notice (an article labelled by its title).
 * @csspart fallback - Added to `base` when the notice cannot be shown and "AI is used here" is shown instead.
 * @csspart title - The notice's title.
 * @csspart actions - The row holding the Easy Read toggle and the print button.
 * @csspart easy-read-toggle - The Easy Read toggle button (`aria-pressed`).
 * @csspart print - The "Print this explanation" button.
 * @csspart section - One section of the notice.
 * @csspart section-heading - A section's heading.
 * @csspart picture - An Easy Read picture.
 * @csspart contact - The supplier's contact details, after "Who to ask".
 * @csspart footer - "Made by" line.
 * @cssproperty --candour-font-family - Font (inherits by default).
 * @cssproperty --candour-notice-font-size - Body text size (1rem; 1.1875rem on wide screens).
 * @cssproperty --candour-notice-easy-read-font-size - Body text size in Easy Read (1.375rem).
 * @cssproperty --candour-notice-fg - Text colour (#0b0c0c).
 * @cssproperty --candour-notice-bg - Background (#ffffff).
 * @cssproperty --candour-notice-padding - Padding inside the notice (1.25rem).
 * @cssproperty --candour-notice-picture-size - Width of Easy Read pictures (6rem).
 * @cssproperty --candour-link - Link colour (#1d70b8).
 * @cssproperty --candour-link-visited - Visited link colour (#4c2c92).
 * @cssproperty --candour-focus - Focus highlight (GOV.UK yellow #ffdd00).
 * @cssproperty --candour-focus-text - Text colour on the focus highlight (#0b0c0c).
 * @cssproperty --candour-focus-ring - Ring around the focus highlight (#0b0c0c).
 * @cssproperty --candour-button-bg - Button background (#f3f2f1).
 * @cssproperty --candour-button-fg - Button text colour (#0b0c0c).
 * @cssproperty --candour-button-pressed-bg - Pressed toggle background (#0b0c0c).
 * @cssproperty --candour-button-pressed-fg - Pressed toggle text colour (#ffffff).
 * @fires candour-explanation-show - The notice was shown (layer "notice"), again when the feature, audience, reading level or language changes. `audience` and `readingLevel` are the variant shown, `locale` the language most of its text is in.
 * @fires candour-reading-level-change - The reader switched between the standard notice and Easy Read.
 * @fires candour-error - Something could not be shown: the notice shows "AI is used here" or skips the section.
 */
export class CandourAiNotice extends CandourElement {
  static override styles = noticeStyles;

  /** The feature's id in the manifest. */
  @property({ reflect: true }) feature?: string;

  /** Level of the notice's title, 2–6 (default 2); section headings are one level below. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** The feature itself, when the notice is used without a provider. */
  @property({ attribute: false }) data?: DisplayFeature;

  private view: View = { kind: 'fallback' };
  private problems: Problem[] = [];
  private contacts: ContactView[] = [];
  /** What the last `candour-explanation-show` was for, so it is sent once per variant. */
  private shownKey?: string;

  private get featureId(): string {
    const own = (this.data as { id?: unknown } | undefined)?.id;
    return this.feature ?? (typeof own === 'string' ? own : '');
  }

  private get level(): number {
    const n = Number(this.headingLevel);
    return Number.isInteger(n) && n >= 2 && n <= 6 ? n : 2;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.problems = [];
    const n = Number(this.headingLevel);
    if (!(Number.isInteger(n) && n >= 2 && n <= 6)) {
      this.problems.push(['invalid-property', `heading-level must be 2 to 6; found "${String(this.headingLevel)}". Using 2.`, {}]);
    }
    this.contacts = this.computeContacts();
    try {
      this.view = this.compute();
    } catch (error) {
      // A hand-made `.data` object can be any shape: never let it break the page.
      this.view = { kind: 'fallback' };
      this.problems.push(['invalid-property', `The feature could not be read: ${error instanceof Error ? error.message : String(error)}`, { feature: this.featureId }]);
    }
  }

  private compute(): View {
    const id = this.featureId;
    const extra = id ? { feature: id } : {};
    const found = findFeature(this.candour, this.feature, this.data);
    if (found.kind === 'loading') return { kind: 'loading' };
    if (found.kind === 'missing') {
      const message = whyMissing(found.reason, id, this.candour !== undefined);
      this.problems.push([found.reason, message, { ...extra, ...(found.paths ? { paths: found.paths } : {}) }]);
      return { kind: 'fallback' };
    }

    const feature = found.feature;
    let audience = this.effectiveAudience;
    if (!audiences.includes(audience)) {
      this.problems.push(['invalid-property', `audience must be person, representative, worker or provider; found "${String(audience)}". Using person.`, extra]);
      audience = 'person';
    }
    let readingLevel = this.effectiveReadingLevel;
    if (!readingLevels.includes(readingLevel)) {
      this.problems.push(['invalid-property', `reading-level must be standard or easy-read; found "${String(readingLevel)}". Using standard.`, extra]);
      readingLevel = 'standard';
    }
    const shown = noticeFor(feature, audience, readingLevel);
    const content = shown.content as unknown as Record<string, unknown> | undefined;
    const base = shown.readingLevel === 'easy-read' ? 'notice.person.easyRead' : `notice.${shown.audience}`;
    if (!content || typeof content !== 'object') {
      this.problems.push(['missing-text', `The feature has no notice for ${audience}.`, { ...extra, paths: [base] }]);
      return { kind: 'fallback' };
    }

    const locale = this.effectiveLocale;
    const pictures = shown.readingLevel === 'easy-read' ? (content.pictures as Record<string, unknown> | undefined) : undefined;
    const sections: SectionView[] = [];
    const missing: string[] = [];
    for (const key of noticeSectionKeys) {
      const text = pickText(content[key], locale);
      const split = text ? lines(text.text) : [];
      if (!text || !split.length) {
        missing.push(`${base}.${key}`);
        continue;
      }
      const section: SectionView = { key, lines: split, lang: text.lang };
      const picture = pictures && typeof pictures === 'object' ? (pictures[key] as { src?: unknown; alt?: unknown } | undefined) : undefined;
      if (picture) {
        const src = pictureSrc(picture.src);
        if (src) {
          const alt = pickText(picture.alt, locale);
          section.picture = { src, alt: alt?.text ?? '', ...(alt ? { lang: alt.lang } : {}) };
          if (!alt) this.problems.push(['missing-text', `The Easy Read picture for ${key} has no description.`, { ...extra, paths: [`${base}.pictures.${key}.alt`] }]);
        } else {
          this.problems.push(['invalid-property', `The Easy Read picture for ${key} is not an https:// address or a relative path to a picture, so it is not shown.`, { ...extra, paths: [`${base}.pictures.${key}.src`] }]);
        }
      }
      sections.push(section);
    }
    if (missing.length) this.problems.push(['missing-text', `The notice has no text for ${missing.map((p) => p.split('.').pop()).join(', ')}.`, { ...extra, paths: missing }]);
    if (!sections.length) return { kind: 'fallback' };

    const name = pickText((feature as { name?: unknown }).name, locale);
    if (!name) this.problems.push(['missing-text', 'The feature has no name.', { ...extra, paths: ['name'] }]);

    const counts = new Map<string, number>();
    for (const s of sections) counts.set(s.lang, (counts.get(s.lang) ?? 0) + 1);
    const mostUsed = [...counts].sort((a, b) => b[1] - a[1])[0]![0];

    return {
      kind: 'notice',
      id,
      ...(name ? { name } : {}),
      sections,
      reader: audience,
      audience: shown.audience,
      readingLevel: shown.readingLevel,
      offersEasyRead: audience === 'person' || audience === 'representative',
      locale: mostUsed,
    };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    for (const [code, message, extra] of this.problems) this.report(code, message, extra);
    const view = this.view;
    if (view.kind !== 'notice') {
      this.shownKey = undefined;
      return;
    }
    const key = [view.id, view.reader, view.audience, view.readingLevel, view.locale].join('\u0000');
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.dispatchEvent(
      new CandourExplanationShowEvent({ feature: view.id, layer: 'notice', reader: view.reader, audience: view.audience, readingLevel: view.readingLevel, locale: view.locale }),
    );
  }

  private toggleEasyRead(): void {
    if (this.view.kind !== 'notice') return;
    const next: ReadingLevel = this.view.readingLevel === 'easy-read' ? 'standard' : 'easy-read';
    this.readingLevel = next;
    this.dispatchEvent(new CandourReadingLevelChangeEvent({ feature: this.view.id, readingLevel: next }));
  }

  private heading(level: number, part: string, content: unknown, id?: string): TemplateResult {
    if (level <= 6) return staticHtml`<${headingTags[level]!} part=${part} id=${id ?? nothing} dir="auto">${content}</${headingTags[level]!}>`;
    // Below h6 there is no element; ARIA allows deeper levels, so levels are never skipped.
    return html`<div role="heading" aria-level=${level} part=${part} id=${id ?? nothing} dir="auto">${content}</div>`;
  }

  private supplierName(): string | undefined {
    const name: unknown = this.candour?.manifest?.supplier?.name;
    return typeof name === 'string' && name.trim() ? name : undefined;
  }

  /** The supplier's general and AI-concerns contacts, with only safe links. */
  private computeContacts(): ContactView[] {
    const supplier = this.candour?.manifest?.supplier;
    if (!supplier?.contacts) return [];
    const sources = [
      ['general', supplier.contacts.general],
      ['aiConcerns', supplier.contacts.aiConcerns],
    ] as const;
    return sources.flatMap(([which, c]) => {
      if (!c || typeof c !== 'object') return [];
      const ways: ContactView['ways'] = [];
      const add = (field: 'email' | 'phone' | 'url', value: unknown, href: string | undefined, label: ContactView['ways'][number]['label']) => {
        if (typeof value !== 'string' || !value.trim()) return;
        if (href) ways.push({ label, text: value.trim(), href });
        else this.problems.push(['invalid-property', `The ${which} contact's ${field} is not a safe address, so it is not shown.`, { paths: [`supplier.contacts.${which}.${field}`] }]);
      };
      add('email', c.email, typeof c.email === 'string' ? safeHref(`mailto:${c.email.trim()}`) : undefined, 'notice.email');
      add('phone', c.phone, typeof c.phone === 'string' ? safeHref(`tel:${c.phone.trim()}`) : undefined, 'notice.phone');
      add('url', c.url, safeHref(c.url), 'notice.website');
      return ways.length ? [{ name: typeof c.name === 'string' ? c.name : '', ways }] : [];
    });
  }

  private renderContacts(): TemplateResult | typeof nothing {
    const supplier = this.supplierName();
    if (!supplier || !this.contacts.length) return nothing;
    return html`<div part="contact" class="contact">
      <p dir="auto">${fill(this.t(messages, 'notice.contactDetails'), { supplier: html`<bdi>${supplier}</bdi>` })}</p>
      <ul class="contacts">
        ${this.contacts.map(
          (c) => html`<li>
            ${c.name ? html`<p class="contact-name" dir="auto"><bdi>${c.name}</bdi></p>` : nothing}
            <ul class="ways">
              ${c.ways.map((w) => html`<li dir="auto">${this.t(messages, w.label)}: <a href=${w.href}><bdi>${w.text}</bdi></a></li>`)}
            </ul>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderSection(section: SectionView, level: number, easyRead: boolean): TemplateResult {
    const text = section.lines.map((line) => html`<p lang=${section.lang} dir="auto">${line}</p>`);
    return html`<div part="section" class="section">
      ${this.heading(level, 'section-heading', this.t(messages, `notice.${section.key}`))}
      ${easyRead && section.picture
        ? html`<div class="with-picture">
            <img part="picture" src=${section.picture.src} alt=${section.picture.alt} lang=${section.picture.lang ?? nothing} loading="lazy" />
            <div class="lines">${text}</div>
          </div>`
        : html`<div class="lines">${text}</div>`}
      ${section.key === 'contact' ? this.renderContacts() : nothing}
    </div>`;
  }

  private renderFallback(loading: boolean): TemplateResult {
    const who = this.supplierName();
    return html`<article part="base fallback" class="notice fallback" aria-labelledby="title" lang=${this.langOf(messages, 'fallback.title')}>
      ${this.heading(this.level, 'title', this.t(messages, 'fallback.title'), 'title')}
      ${loading
        ? html`<p role="status" dir="auto">${this.t(messages, 'fallback.loading')}</p>`
        : html`<p dir="auto">${fill(this.t(messages, 'fallback.ask'), { who: who ? html`<bdi>${who}</bdi>` : this.t(messages, 'fallback.askProvider') })}</p>`}
      ${loading ? nothing : this.renderContacts()}
    </article>`;
  }

  protected override render() {
    const view = this.view;
    if (view.kind !== 'notice') return this.renderFallback(view.kind === 'loading');
    const level = this.level;
    const easyRead = view.readingLevel === 'easy-read';
    const title = view.name
      ? fill(this.t(messages, 'notice.heading'), { feature: html`<bdi lang=${view.name.lang}>${view.name.text}</bdi>` })
      : this.t(messages, 'fallback.title');
    const supplier = this.supplierName();
    return html`<article part="base" class="notice ${easyRead ? 'easy-read' : 'standard'}" aria-labelledby="title" lang=${this.langOf(messages, 'notice.heading')}>
      ${this.heading(level, 'title', title, 'title')}
      <div part="actions" class="actions">
        ${view.offersEasyRead
          ? html`<button part="easy-read-toggle" class="toggle" type="button" aria-pressed=${easyRead ? 'true' : 'false'} @click=${this.toggleEasyRead}>
              <svg aria-hidden="true" focusable="false" viewBox="0 0 20 20"><rect x="1" y="1" width="18" height="18" fill="none" stroke="currentColor" stroke-width="2" /><path class="tick" d="M4.5 10.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" stroke-width="3" /></svg>
              <span>${this.t(messages, 'notice.easyRead')}</span>
            </button>`
          : nothing}
        <button part="print" class="print" type="button" @click=${() => window.print()}>${this.t(messages, 'notice.print')}</button>
      </div>
      ${view.sections.map((s) => this.renderSection(s, level + 1, easyRead))}
      ${supplier ? html`<p part="footer" class="footer" dir="auto">${fill(this.t(messages, 'notice.supplier'), { supplier: html`<bdi>${supplier}</bdi>` })}</p>` : nothing}
    </article>`;
  }
}
