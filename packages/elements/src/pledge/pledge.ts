import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';
import type { FrameworkRegistry } from '@candour/core/frameworks';
import { CandourElement } from '../internal/candour-element';
import { pickText } from '../internal/feature';
import { safeHref } from '../internal/links';
import { commonMessages } from '../i18n/common';
import { pledgeMessages } from '../i18n/pledge';
import { pledgeStyles } from './pledge.styles';

const messages = {
  'en-GB': { ...commonMessages['en-GB'], ...pledgeMessages['en-GB'] },
  cy: { ...commonMessages.cy, ...pledgeMessages.cy },
};

type Verdict = 'evidenced' | 'partial' | 'no-evidence';
const verdicts: readonly string[] = ['evidenced', 'partial', 'no-evidence'];

/** What the element shows of one commitment: a `CommitmentAssessment`, read defensively. */
interface CommitmentView {
  id: string;
  title: string;
  parent?: string;
  verdict: Verdict;
  evidence: { path: string; scope: 'feature' | 'manifest'; presentIn: string[]; missingIn: string[]; complete: boolean; any: boolean; why: string }[];
  claimedBy: string[];
  statement?: { evidence: unknown; url?: unknown };
  toAdd: string[];
}

/** What the element shows: a `PledgeAssessment`, read defensively (it may come from JSON). */
interface PledgeView {
  supplier?: string;
  signed: boolean;
  signedOn?: string;
  basis: string[];
  commitments: CommitmentView[];
  /** Only known when the manifest itself is at hand (or given with `candour assess --json`). */
  publicStatementUrl?: unknown;
}

type Reading =
  | { kind: 'ready'; view: PledgeView }
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'invalid-manifest'; message: string; paths: string[] }
  | { kind: 'fetch-failed' }
  | { kind: 'core-failed'; message: string }
  | { kind: 'invalid-property'; message: string };

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isRegistry = (r: unknown): r is FrameworkRegistry =>
  r !== null && typeof r === 'object' && ['items', 'crosswalkFrom'].every((m) => typeof (r as Record<string, unknown>)[m] === 'function');
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** Reads a `PledgeAssessment`, or the whole output of `candour assess --json`. `undefined` when it is not one. */
function readAssessment(value: unknown): PledgeView | undefined {
  if (!isObject(value)) return undefined;
  const pledge = isObject(value.pledge) && Array.isArray(value.pledge.commitments) ? value.pledge : value;
  if (!Array.isArray(pledge.commitments)) return undefined;
  const commitments: CommitmentView[] = [];
  for (const c of pledge.commitments) {
    if (!isObject(c) || !text(c.id) || typeof c.verdict !== 'string' || !verdicts.includes(c.verdict)) return undefined;
    const evidence = (Array.isArray(c.evidence) ? c.evidence : []).filter(isObject).flatMap((e) =>
      text(e.path)
        ? [{
            path: e.path as string,
            scope: e.scope === 'manifest' ? ('manifest' as const) : ('feature' as const),
            presentIn: strings(e.presentIn),
            missingIn: strings(e.missingIn),
            complete: e.complete === true,
            any: e.any === true,
            why: text(e.why) ?? '',
          }]
        : [],
    );
    commitments.push({
      id: c.id as string,
      title: text(c.title) ?? (c.id as string),
      ...(text(c.parent) ? { parent: c.parent as string } : {}),
      verdict: c.verdict as Verdict,
      evidence,
      claimedBy: strings(c.claimedBy),
      ...(isObject(c.supplierStatement) ? { statement: { evidence: c.supplierStatement.evidence, url: c.supplierStatement.url } } : {}),
      toAdd: strings(c.toAdd),
    });
  }
  const basis = (Array.isArray(pledge.basis) ? pledge.basis : []).filter(isObject).flatMap((b) => (text(b.crosswalk) ? [`${b.crosswalk as string} ${text(b.version) ?? ''}`.trim()] : []));
  const manifestPledge = isObject(value.manifest) && isObject(value.manifest.supplier) && isObject(value.manifest.supplier.pledge) ? value.manifest.supplier.pledge : undefined;
  return {
    ...(text(pledge.supplier) ? { supplier: pledge.supplier as string } : {}),
    signed: pledge.signed === true,
    ...(text(pledge.signedOn) ? { signedOn: pledge.signedOn as string } : {}),
    basis,
    commitments,
    ...(manifestPledge ? { publicStatementUrl: manifestPledge.publicStatementUrl } : {}),
  };
}

/** The core is loaded only when the element has to assess a manifest itself; `.assessment` never loads it. */
type Core = typeof import('@candour/core');
let corePromise: Promise<Core> | undefined;
const loadCore = (): Promise<Core> => (corePromise ??= import('@candour/core'));

function assess(core: Core, source: unknown, registry: FrameworkRegistry | undefined): Reading {
  try {
    const parsed = core.parseManifest(source, registry ? { frameworks: core.idSourceFromRegistry(registry) } : {});
    if (!parsed.ok) {
      const shown = parsed.errors.slice(0, 3).map((e) => e.message).join(' ');
      return { kind: 'invalid-manifest', message: `The manifest failed full validation, so the pledge cannot be assessed: ${shown}`, paths: parsed.errors.map((e) => e.path) };
    }
    const view = readAssessment(core.assessPledge(parsed.manifest, registry ? { registry } : {}));
    if (!view) return { kind: 'invalid-property', message: 'The pledge assessment could not be read.' };
    return { kind: 'ready', view: { ...view, publicStatementUrl: parsed.manifest.supplier.pledge.publicStatementUrl } };
  } catch (error) {
    return { kind: 'invalid-property', message: `The pledge could not be assessed with this framework registry: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const headingTags = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];
const headingTag = (level: number): StaticValue => headingTags[Math.min(6, Math.max(1, Math.round(level) || 2)) - 1]!;

/** Splits a phrase at its `{placeholders}` so that a part can be markup (a date, a link) and not only text. */
function fill(phrase: string, parts: Readonly<Record<string, unknown>>): unknown[] {
  return phrase.split(/\{(\w+)\}/).map((piece, i) => (i % 2 === 0 ? piece : piece in parts ? parts[piece] : `{${piece}}`));
}

/** The supplier's name inside interface text, isolated so right-to-left text or bidi controls in it cannot reorder the sentence. */
const isolate = (name: string): TemplateResult => html`<bdi>${name}</bdi>`;

/** The verdict's shape: full, half or empty circle. It repeats the words, never replaces them. */
function verdictIcon(verdict: Verdict): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
    <circle cx="8" cy="8" r="6.5" fill=${verdict === 'evidenced' ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.5"></circle>
    ${verdict === 'partial' ? svg`<path d="M8 1.5a6.5 6.5 0 0 0 0 13z" fill="currentColor"></path>` : nothing}
  </svg>`;
}

/**
 * The supplier's Technology Suppliers' Pledge: whether it signed and when,
 * and for each commitment (1–7, with 2a–2d under 2) Candour's verdict in
 * words, the manifest fields behind it and the supplier's own statement.
 * The disclaimer (the pledge is voluntary, not an accreditation, and the
 * verdicts are Candour's own mapping) is always shown.
 *
 * Data: give `.assessment` (a `PledgeAssessment`, e.g. from
 * `candour assess --json`) to keep the page light, or put the element inside
 * a `candour-provider`: it then validates the whole manifest with
 * `parseManifest` and runs `assessPledge`, loading `@candour/core` (full
 * validation and the framework packs) on demand.
 *
 * @summary The supplier's pledge commitments, with the evidence from its manifest.
 * @csspart base - The whole pledge (a section).
 * @csspart heading - The pledge's heading.
 * @csspart status - Whether the supplier signed the pledge, and when.
 * @csspart disclaimer - The disclaimer; always shown.
 * @csspart summary - How many commitments have each verdict.
 * @csspart commitments - The list of commitments (and, nested, of 2a–2d).
 * @csspart commitment - One commitment.
 * @csspart commitment-heading - A commitment's heading: its number and the pledge's own words.
 * @csspart verdict - A commitment's verdict, in words with a shape.
 * @csspart supplier-statement - The supplier's own statement about a commitment.
 * @csspart evidence - The expandable list of manifest fields behind a verdict (workers and providers).
 * @csspart to-add - What would strengthen the evidence (providers).
 * @csspart fallback - Shown when the pledge cannot be read or is loading.
 * @cssproperty --candour-pledge-bg - Background of each commitment.
 * @cssproperty --candour-pledge-fg - Text colour.
 * @cssproperty --candour-pledge-border - Border of each commitment.
 * @cssproperty --candour-pledge-muted - Colour of secondary text.
 * @cssproperty --candour-disclaimer-bg - Background of the disclaimer.
 * @cssproperty --candour-disclaimer-border - The disclaimer's side rule.
 * @cssproperty --candour-verdict-evidenced - Colour of "Evidenced".
 * @cssproperty --candour-verdict-partial - Colour of "Partly evidenced".
 * @cssproperty --candour-verdict-none - Colour of "No evidence yet".
 * @cssproperty --candour-link - Link colour.
 * @cssproperty --candour-focus - Focus outline colour (GOV.UK yellow by default).
 * @cssproperty --candour-focus-ring - Ring around the focus outline.
 * @fires candour-error - The pledge could not be shown (invalid-manifest with the error paths, fetch-failed, or invalid-property); a fallback is shown instead.
 */
export class CandourPledge extends CandourElement {
  static override styles = pledgeStyles;

  /**
   * A precomputed `PledgeAssessment` (or the whole output of `candour assess --json`).
   * When set (not `null`), the element uses it and never loads the validator.
   */
  @property({ attribute: false }) assessment?: unknown;

  /** Framework packs to assess against (a newer pledge or crosswalk); defaults to the packs bundled with @candour/core. */
  @property({ attribute: false }) registry?: FrameworkRegistry;

  /** Level of the pledge's heading (1–6); commitments are one level below, 2a–2d two. */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 2;

  /** The assessment made from the provider's manifest, with what it was made from. */
  @state() private computed?: { source: unknown; registry: FrameworkRegistry | undefined; reading: Reading };
  private job?: { source: unknown; registry: FrameworkRegistry | undefined; done: Promise<void>; settled: boolean };
  /** Details opened for printing, closed again afterwards. */
  private openedForPrint: HTMLDetailsElement[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
  }

  // Printed, every detail is expanded: paper cannot be clicked.
  private onBeforePrint = (): void => {
    this.openedForPrint = [...this.renderRoot.querySelectorAll('details')].filter((d) => !d.open);
    for (const d of this.openedForPrint) d.open = true;
  };

  private onAfterPrint = (): void => {
    for (const d of this.openedForPrint) d.open = false;
    this.openedForPrint = [];
  };

  /** Also waits for an assessment being made from the provider's manifest. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const job = this.job;
    if (!job || job.settled) return result;
    await job.done;
    return super.getUpdateComplete();
  }

  /**
   * A server-rendered pledge (its shadow root came with the page, see `@candour/elements/ssr/ssr.js`)
   * hydrates once its reading of the manifest is ready here too, so its first render is the server's.
   */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    if (!this.hasUpdated && [...this.renderRoot.children].some((child) => child.localName !== 'style')) {
      this.willUpdate(changed);
      if (this.job && !this.job.settled) return false;
    }
    return super.shouldUpdate(changed);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.assessment != null || (this.registry !== undefined && !isRegistry(this.registry))) return;
    const s = this.candour;
    if (!s || (s.status !== 'ready' && s.status !== 'error') || s.source === undefined) return;
    const { source } = s;
    const registry = this.registry;
    const current = this.job ?? this.computed;
    if (current && current.source === source && current.registry === registry) return;
    const job = { source, registry, settled: false, done: Promise.resolve() };
    job.done = loadCore().then(
      (core) => {
        if (this.job === job) this.computed = { source, registry, reading: assess(core, source, registry) };
      },
      (error: unknown) => {
        const message = `@candour/core could not be loaded to assess the pledge: ${error instanceof Error ? error.message : String(error)}`;
        if (this.job === job) this.computed = { source, registry, reading: { kind: 'core-failed', message } };
      },
    ).finally(() => {
      job.settled = true;
    });
    this.job = job;
  }

  private reading(): Reading {
    if (this.assessment != null) {
      const view = readAssessment(this.assessment);
      return view ? { kind: 'ready', view } : { kind: 'invalid-property', message: 'The "assessment" property is not a pledge assessment (expected an object with a "commitments" list, as `candour assess --json` gives).' };
    }
    if (this.registry !== undefined && !isRegistry(this.registry)) {
      return { kind: 'invalid-property', message: 'The "registry" property is not a framework registry (expected the value of getDefaultRegistry() or of registry.load(...).registry).' };
    }
    const s = this.candour;
    if (!s) return { kind: 'empty' };
    // A provider not yet given a manifest is waiting, not wrong.
    if (s.status === 'empty' || s.status === 'loading') return { kind: 'loading' };
    if (s.status === 'error' && s.source === undefined) return { kind: 'fetch-failed' };
    const c = this.computed;
    return c && c.source === s.source && c.registry === this.registry ? c.reading : { kind: 'loading' };
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const r = this.reading();
    if (r.kind === 'invalid-manifest') this.report('invalid-manifest', r.message, { paths: r.paths });
    else if (r.kind === 'invalid-property') this.report('invalid-property', r.message);
    else if (r.kind === 'fetch-failed') this.report('fetch-failed', 'The manifest could not be loaded, so the pledge cannot be shown.');
    else if (r.kind === 'core-failed') this.report('fetch-failed', r.message);
  }

  private get uiLang(): string {
    return this.langOf(messages, 'pledge.heading');
  }

  /** Framework and core text is English only: marked as such when the interface is not. */
  private get englishLang(): string | typeof nothing {
    return this.uiLang.split('-')[0] === 'en' ? nothing : 'en-GB';
  }

  private supplierName(view?: PledgeView): string {
    return view?.supplier ?? this.candour?.manifest?.supplier.name ?? this.t(messages, 'pledge.theSupplier');
  }

  private featureNames(ids: readonly string[]): TemplateResult[] {
    const features = this.candour?.manifest?.features;
    return ids.map((id, i) => {
      const name = pickText(features?.get(id)?.name, this.effectiveLocale);
      return html`${i ? ', ' : ''}${name ? html`<bdi lang=${name.lang}>${name.text}</bdi>` : html`<code translate="no">${id}</code>`}`;
    });
  }

  /**
   * A date in the language of the sentence around it. Browsers without that
   * language's calendar data (Welsh, in some Chromium builds) get the month
   * names from the phrase catalog instead of an English date.
   */
  private date(iso: string): TemplateResult {
    const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00Z`) : undefined;
    if (!d || Number.isNaN(d.getTime())) return html`${iso}`;
    const lang = this.langOf(messages, 'pledge.signed');
    let shown: string | undefined;
    try {
      if (Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0) shown = new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(d);
    } catch {
      shown = undefined;
    }
    shown ??= this.t(messages, 'pledge.date', {
      day: d.getUTCDate(),
      month: this.t(messages, 'pledge.months').split('|')[d.getUTCMonth()] ?? String(d.getUTCMonth() + 1),
      year: d.getUTCFullYear(),
    });
    return html`<time datetime=${iso}>${shown}</time>`;
  }

  private renderDisclaimer(supplier: string) {
    // People and representatives get the same three facts in plainer words.
    const plain = this.effectiveAudience === 'person' || this.effectiveAudience === 'representative';
    return html`<p part="disclaimer" class="disclaimer">${fill(this.t(messages, plain ? 'pledge.disclaimerPlain' : 'pledge.disclaimer'), { supplier: isolate(supplier) })}</p>`;
  }

  /** Heading, then what is known (or why nothing is), then the disclaimer, then the commitments. */
  private renderShell(lead: unknown, body: unknown, supplier: string, busy = false) {
    const h = headingTag(this.headingLevel);
    return staticHtml`<section part="base" aria-labelledby="heading" lang=${this.uiLang} aria-busy=${busy ? 'true' : nothing}>
      <${h} id="heading" part="heading">${this.t(messages, 'pledge.heading')}</${h}>
      ${lead}
      ${this.renderDisclaimer(supplier)}
      ${body}
    </section>`;
  }

  private renderFallback(r: Exclude<Reading, { kind: 'ready' }>) {
    const key = r.kind === 'loading' ? 'pledge.loading' : r.kind === 'invalid-manifest' ? 'error.invalid' : r.kind === 'fetch-failed' ? 'error.fetch' : 'pledge.unavailable';
    return this.renderShell(html`<p part="fallback" class="fallback">${this.t(messages, key)}</p>`, nothing, this.supplierName(), r.kind === 'loading');
  }

  private renderStatus(view: PledgeView, supplier: string) {
    const key = !view.signed ? 'pledge.notSigned' : view.signedOn ? 'pledge.signed' : 'pledge.signedNoDate';
    const href = safeHref(view.publicStatementUrl);
    return html`<p part="status" class="status">${fill(this.t(messages, key), { supplier: isolate(supplier), date: view.signedOn ? this.date(view.signedOn) : '' })}</p>
      ${href ? html`<p class="public"><a href=${href}>${fill(this.t(messages, 'pledge.publicStatement'), { supplier: isolate(supplier) })}</a></p>` : nothing}`;
  }

  private renderSummary(view: PledgeView) {
    const count = (v: Verdict) => view.commitments.filter((c) => c.verdict === v).length;
    return html`<dl part="summary" class="summary" aria-label=${this.t(messages, 'pledge.summary')}>
      ${(['evidenced', 'partial', 'no-evidence'] as const).map(
        (v) => html`<div class="verdict ${v}"><dt>${verdictIcon(v)}${this.t(messages, `pledge.verdict.${v}`)}</dt><dd>${count(v)}</dd></div>`,
      )}
    </dl>`;
  }

  private renderEvidence(c: CommitmentView) {
    const en = this.englishLang;
    const items = c.evidence.map((e) => {
      const state: Verdict = e.complete ? 'evidenced' : e.any ? 'partial' : 'no-evidence';
      const total = e.presentIn.length + e.missingIn.length;
      const coverage =
        e.scope === 'manifest'
          ? this.t(messages, e.complete ? 'pledge.filled' : 'pledge.notFilled')
          : this.t(messages, total === 1 ? 'pledge.featuresOne' : 'pledge.features', { count: e.presentIn.length, total });
      return html`<li>
        <code translate="no">${e.path}</code> ${e.why ? html`<span lang=${en}>${e.why}</span>` : nothing}
        <span class="fill ${state}">${verdictIcon(state)}${coverage}</span>
        ${e.scope === 'feature' && e.missingIn.length && e.presentIn.length
          ? html`<span class="missing">${fill(this.t(messages, 'pledge.missingIn'), { features: this.featureNames(e.missingIn) })}</span>`
          : nothing}
      </li>`;
    });
    return html`<details part="evidence" class="evidence">
      <summary>${this.t(messages, 'pledge.evidence')}</summary>
      ${items.length ? html`<ul role="list">${items}</ul>` : html`<p>${this.t(messages, 'pledge.noFields')}</p>`}
      ${c.claimedBy.length ? html`<p class="claimed">${fill(this.t(messages, 'pledge.claimedBy'), { features: this.featureNames(c.claimedBy) })}</p>` : nothing}
    </details>`;
  }

  private renderStatement(c: CommitmentView, supplier: string) {
    const said = pickText(c.statement?.evidence, this.effectiveLocale);
    if (!said) return nothing;
    const href = safeHref(c.statement?.url);
    return html`<div part="supplier-statement" class="supplier-statement">
      <p class="label">${fill(this.t(messages, 'pledge.supplierStatement'), { supplier: isolate(supplier) })}</p>
      <blockquote lang=${said.lang}><p>${said.text}</p></blockquote>
      ${href ? html`<p><a href=${href}>${fill(this.t(messages, 'pledge.readEvidence'), { supplier: isolate(supplier) })}</a></p>` : nothing}
    </div>`;
  }

  private renderCommitment(c: CommitmentView, index: number, depth: number, view: PledgeView, supplier: string): TemplateResult {
    // Who sees what. People and representatives: the heading, the verdict in
    // words and the supplier's own statement; field paths and advice to the
    // supplier would bury the answer and they cannot act on them. Workers: also
    // the evidence, to see which features of the tools they use back which
    // claim. Providers, who review the supplier: also what would strengthen it.
    const audience = this.effectiveAudience;
    const showEvidence = audience === 'worker' || audience === 'provider';
    const showAdvice = audience === 'provider';
    const h = headingTag(this.headingLevel + 1 + depth);
    // Parts nest one level (2a–2d under 2); the depth limit guards against a malformed assessment.
    const parts = depth < 2 ? view.commitments.filter((p) => p.parent === c.id && p !== c) : [];
    const id = `c-${index}`;
    return html`<li part="commitment" class="commitment">
      ${staticHtml`<article aria-labelledby=${id}>
        <${h} id=${id} part="commitment-heading" class="commitment-heading"><span class="number">${c.id}</span> <span lang=${this.englishLang}>${c.title}</span></${h}>
        <p part="verdict" class="verdict ${c.verdict}">${verdictIcon(c.verdict)}${this.t(messages, `pledge.verdict.${c.verdict}`)}</p>
        ${this.renderStatement(c, supplier)}
        ${showEvidence ? this.renderEvidence(c) : nothing}
        ${showAdvice && c.toAdd.length
          ? html`<details part="to-add" class="to-add">
              <summary>${this.t(messages, 'pledge.toAdd')}</summary>
              <ul lang=${this.englishLang}>${c.toAdd.map((a) => html`<li>${a}</li>`)}</ul>
            </details>`
          : nothing}
        ${parts.length
          ? html`<ol part="commitments" class="commitments parts" role="list" aria-label=${this.t(messages, 'pledge.parts', { id: c.id })}>
              ${parts.map((p) => this.renderCommitment(p, view.commitments.indexOf(p), depth + 1, view, supplier))}
            </ol>`
          : nothing}
      </article>`}
    </li>`;
  }

  protected override render() {
    const r = this.reading();
    if (r.kind !== 'ready') return this.renderFallback(r);
    const { view } = r;
    const supplier = this.supplierName(view);
    const ids = new Set(view.commitments.map((c) => c.id));
    const top = view.commitments.filter((c) => c.parent === undefined || !ids.has(c.parent) || c.parent === c.id);
    return this.renderShell(
      this.renderStatus(view, supplier),
      html`${this.englishLang === nothing ? nothing : html`<p class="note">${this.t(messages, 'pledge.englishOnly')}</p>`}
        ${this.effectiveAudience === 'provider' && view.basis.length
          ? html`<p class="basis">${fill(this.t(messages, 'pledge.basis'), { basis: html`<span translate="no" lang="en-GB">${view.basis.join(', ')}</span>` })}</p>`
          : nothing}
        ${this.renderSummary(view)}
        <ol part="commitments" class="commitments" role="list">
          ${top.map((c) => this.renderCommitment(c, view.commitments.indexOf(c), 0, view, supplier))}
        </ol>`,
      supplier,
    );
  }
}
