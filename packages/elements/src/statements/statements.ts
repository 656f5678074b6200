import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import { getDefaultRegistry, GUIDANCE_PACK_ID, type FrameworkItem, type FrameworkPack, type FrameworkRegistry, type Source } from '@candour/core/frameworks';
import { CandourElement } from '../internal/candour-element';
import { pickText } from '../internal/feature';
import { safeHref } from '../internal/links';
import { statementsMessages as messages } from '../i18n/statements';
import { statementsStyles } from './statements.styles';

interface DomainCell {
  domain: FrameworkItem;
  /** Statements whose words are available (verbatim or paraphrase). */
  available: FrameworkItem[];
  /** Placeholders for statements whose words are not available. */
  missing: FrameworkItem[];
}

type Reading =
  | { kind: 'ready'; pack: FrameworkPack; perspective: FrameworkItem; cells: DomainCell[] }
  | { kind: 'invalid'; message: string };

interface Addresser {
  id: string;
  name?: { text: string; lang: string };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const headingTag = (level: number): StaticValue => headingTags[Math.min(6, Math.max(1, Math.round(level) || 2)) - 1]!;

/** Splits a phrase at its `{placeholders}` so that a part can be markup (a link) and not only text. */
function fill(phrase: string, parts: Readonly<Record<string, unknown>>): unknown[] {
  return phrase.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : piece in parts ? parts[piece] : `{${piece}}`));
}

/** An address as people read it: no scheme, no trailing slash. */
const shownUrl = (href: string): string => href.replace(/^https:\/\//i, '').replace(/\/$/, '');

const isRegistry = (r: unknown): r is FrameworkRegistry =>
  r !== null && typeof r === 'object' && ['getFramework', 'items', 'statements'].every((m) => typeof (r as Record<string, unknown>)[m] === 'function');

/**
 * The co-produced guidance's "I" and "We" statements for one perspective
 * (people who draw on care, the workforce, providers, technology providers)
 * and one domain or all of them. Statements are quoted as published, in
 * English, with where the words come from; a domain whose statements are not
 * available says so instead of disappearing. With `addressed-by`, inside a
 * provider, each statement also says which AI features of the manifest claim
 * to address it.
 *
 * The statements come from a framework registry: the packs bundled with
 * @candour/core by default, or a newer or fuller pack the supplier loaded
 * (`registry.load(json)`), without code changes.
 *
 * @summary The framework's "I"/"We" statements for a perspective and domain.
 * @csspart base - The whole element (a section).
 * @csspart heading - The perspective's heading (the guidance's column heading).
 * @csspart intro - Where the statements are quoted from.
 * @csspart domain - One domain (a section with its heading).
 * @csspart statements - The list of statements of a domain.
 * @csspart statement - One statement, with its source; also `addressed` when a feature addresses it.
 * @csspart quote - The statement's words.
 * @csspart source - Where the words come from.
 * @csspart addressed-by - Which AI features address the statement (with `addressed-by`).
 * @csspart missing - Said when a domain's statements are not available.
 * @csspart fallback - Shown when the perspective, domain or registry cannot be used.
 * @cssproperty --candour-statements-fg - Text colour.
 * @cssproperty --candour-statements-muted - Colour of sources and notes.
 * @cssproperty --candour-quote-border - The quotation's side rule.
 * @cssproperty --candour-addressed-border - Side rule of a statement a feature addresses.
 * @cssproperty --candour-missing-bg - Background of the "not available" note.
 * @cssproperty --candour-link - Link colour.
 * @cssproperty --candour-focus - Focus outline colour (GOV.UK yellow by default).
 * @cssproperty --candour-focus-ring - Ring around the focus outline.
 * @fires candour-error - The perspective, domain, pack or registry is unknown or unusable (invalid-property); a fallback is shown.
 */
export class CandourStatements extends CandourElement {
  static override styles = statementsStyles;

  /** Whose statements: `people`, `workforce`, `providers` or `tech` (ids of the pack's perspectives). */
  @property({ reflect: true }) perspective?: string;

  /** One domain (e.g. `ics`); without it, every domain of the guidance, in order. */
  @property({ reflect: true }) domain?: string;

  /** The guidance pack to read; defaults to `oxford-guidance`. */
  @property({ reflect: true }) pack: string = GUIDANCE_PACK_ID;

  /** Inside a provider: say which AI features of the manifest address each statement. */
  @property({ attribute: 'addressed-by', type: Boolean, reflect: true }) addressedBy = false;

  /** Level of the perspective's heading (1–6); domains are one level below. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** The framework registry to read; defaults to `getDefaultRegistry()` from @candour/core/frameworks. */
  @property({ attribute: false }) registry?: FrameworkRegistry;

  private reading(): Reading {
    const registry: unknown = this.registry ?? getDefaultRegistry();
    if (!isRegistry(registry)) return { kind: 'invalid', message: 'The "registry" property is not a framework registry (expected the value of getDefaultRegistry() or of registry.load(...).registry).' };
    try {
      const pack = registry.getFramework(this.pack);
      if (!pack) return { kind: 'invalid', message: `No framework pack "${this.pack}" is loaded.` };
      const perspectives = registry.items(this.pack, { type: 'perspective' });
      const perspective = perspectives.find((p) => p.id === this.perspective);
      if (!perspective) {
        return { kind: 'invalid', message: `Unknown perspective "${this.perspective ?? ''}"; expected one of: ${perspectives.map((p) => p.id).join(', ')}.` };
      }
      const domains = registry.items(this.pack, { type: 'domain' });
      const chosen = this.domain ? domains.filter((d) => d.id === this.domain) : domains;
      if (chosen.length === 0) {
        return { kind: 'invalid', message: `Unknown domain "${this.domain ?? ''}"; expected one of: ${domains.map((d) => d.id).join(', ')}.` };
      }
      const cells = chosen.map((domain) => {
        const statements = registry.statements({ pack: this.pack, perspective: perspective.id, domain: domain.id });
        return {
          domain,
          available: statements.filter((s) => s.provenance.status !== 'missing' && s.text !== undefined),
          missing: statements.filter((s) => s.provenance.status === 'missing' || s.text === undefined),
        };
      });
      return { kind: 'ready', pack, perspective, cells };
    } catch (error) {
      return { kind: 'invalid', message: `The framework registry could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const r = this.reading();
    if (r.kind === 'invalid') this.report('invalid-property', r.message);
  }

  private get uiLang(): string {
    return this.langOf(messages, 'statements.heading');
  }

  /**
   * Features of the provider's manifest that name each statement, from
   * `features[].framework.statements` of the manifest as given (read
   * defensively: it has not been fully validated here).
   */
  private addressers(): Map<string, Addresser[]> | undefined {
    const source = this.addressedBy ? this.candour?.source : undefined;
    if (!isObject(source) || !Array.isArray(source.features)) return undefined;
    const map = new Map<string, Addresser[]>();
    for (const f of source.features) {
      if (!isObject(f) || typeof f.id !== 'string' || !isObject(f.framework) || !Array.isArray(f.framework.statements)) continue;
      const name = pickText(f.name, this.effectiveLocale);
      for (const id of new Set(f.framework.statements)) {
        if (typeof id !== 'string') continue;
        const list = map.get(id) ?? [];
        list.push({ id: f.id, ...(name ? { name } : {}) });
        map.set(id, list);
      }
    }
    return map;
  }

  private link(url: string | undefined): TemplateResult | undefined {
    const href = safeHref(url);
    return href ? html`<a href=${href} lang="en-GB">${shownUrl(href)}</a>` : undefined;
  }

  private renderSource(source: Source | undefined) {
    if (!source) return nothing;
    if (source.kind === 'url') {
      const link = this.link(source.url);
      return html`<p part="source" class="source">${fill(this.t(messages, 'statements.sourceUrl'), { link: link ?? source.url })}</p>`;
    }
    const link = this.link(source.cites);
    return html`<p part="source" class="source">${link ? fill(this.t(messages, 'statements.sourceSeed'), { link }) : this.t(messages, 'statements.sourceSeedNoLink')}</p>`;
  }

  private renderAddressedBy(item: FrameworkItem, addressers: Map<string, Addresser[]> | undefined) {
    if (!addressers) return nothing;
    const by = addressers.get(item.id) ?? [];
    if (by.length === 0) return html`<p part="addressed-by" class="addressed-by none">${this.t(messages, 'statements.notAddressed')}</p>`;
    const names = by.map((a, i) => html`${i ? ', ' : ''}${a.name ? html`<bdi lang=${a.name.lang}>${a.name.text}</bdi>` : html`<code translate="no">${a.id}</code>`}`);
    return html`<p part="addressed-by" class="addressed-by">${fill(this.t(messages, 'statements.addressedBy'), { features: names })}</p>`;
  }

  private renderStatement(item: FrameworkItem, addressers: Map<string, Addresser[]> | undefined) {
    const { status, source, partial } = item.provenance;
    const cite = source?.kind === 'url' ? safeHref(source.url) : safeHref(source?.cites);
    const addressed = (addressers?.get(item.id)?.length ?? 0) > 0;
    // Only verbatim words are shown as a quotation; a paraphrase is said to be Candour's.
    return html`<li part=${addressed ? 'statement addressed' : 'statement'} class=${addressed ? 'statement addressed' : 'statement'}>
      ${status === 'verbatim'
        ? html`<blockquote part="quote" lang="en-GB" cite=${cite ?? nothing}><p>${item.text}</p></blockquote>`
        : html`<p part="quote" class="paraphrase" lang="en-GB">${item.text}</p>
            <p class="note">${this.t(messages, 'statements.paraphrase')}</p>`}
      ${partial ? html`<p class="note">${this.t(messages, 'statements.partial')}</p>` : nothing}
      ${this.renderSource(source)}
      ${this.renderAddressedBy(item, addressers)}
    </li>`;
  }

  private renderDomain(cell: DomainCell, index: number, addressers: Map<string, Addresser[]> | undefined) {
    const { domain, available, missing } = cell;
    const h = headingTag(this.headingLevel + 1);
    const titleStatus = (domain.titleProvenance ?? domain.provenance).status;
    const id = `d-${index}`;
    // Where the missing statements should be, when the pack says so.
    const where = missing.map((m) => (m.provenance.source?.kind === 'url' ? this.link(m.provenance.source.url) : undefined)).find(Boolean);
    return staticHtml`<section part="domain" class="domain" aria-labelledby=${id}>
      <${h} id=${id}>${domain.title ? html`<span lang="en-GB">${domain.title}</span>` : html`<code translate="no">${domain.id}</code>`}</${h}>
      ${titleStatus === 'paraphrase' ? html`<p class="note">${this.t(messages, 'statements.domainLabel')}</p>` : nothing}
      ${available.length ? html`<ul part="statements" class="statements" role="list">${available.map((s) => this.renderStatement(s, addressers))}</ul>` : nothing}
      ${available.length === 0 || missing.length
        ? html`<div part="missing" class="missing">
            <p>${this.t(messages, available.length ? 'statements.someMissing' : 'statements.missing')}</p>
            ${where ? html`<p>${fill(this.t(messages, 'statements.missingWhere'), { link: where })}</p>` : nothing}
          </div>`
        : nothing}
    </section>`;
  }

  protected override render() {
    const r = this.reading();
    const h = headingTag(this.headingLevel);
    if (r.kind === 'invalid') {
      return staticHtml`<section part="base" aria-labelledby="heading" lang=${this.uiLang}>
        <${h} id="heading" part="heading">${this.t(messages, 'statements.fallbackHeading')}</${h}>
        <p part="fallback" class="fallback">${this.t(messages, 'statements.unavailable')}</p>
      </section>`;
    }
    const { pack, perspective, cells } = r;
    const addressers = this.addressers();
    const packHref = safeHref(pack.url);
    const guidance = html`<cite lang="en-GB">${packHref ? html`<a href=${packHref}>${pack.title}</a>` : pack.title}</cite>`;
    const title = perspective.title ? html`<span lang="en-GB">${perspective.title}</span>` : html`<code translate="no">${perspective.id}</code>`;
    return staticHtml`<section part="base" aria-labelledby="heading" lang=${this.uiLang}>
      <${h} id="heading" part="heading">${fill(this.t(messages, 'statements.heading'), { perspective: title })}</${h}>
      <p part="intro" class="intro">${fill(this.t(messages, 'statements.intro'), { guidance })}
        ${this.uiLang.split('-')[0] === 'en' ? nothing : this.t(messages, 'statements.englishOnly')}</p>
      ${cells.map((cell, i) => this.renderDomain(cell, i, addressers))}
    </section>`;
  }
}
