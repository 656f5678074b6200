/**
 * Hostile strings in every string field of the example manifest, through
 * every element: nothing runs, nothing is injected, supplier text shows as
 * text, bidirectional controls cannot reorder the interface around them, and
 * 100 KB strings leave the page usable.
 *
 * Fields are found by walking the example manifest (plus an Easy Read
 * picture, which the example does not use), so a field added to the example is
 * covered without touching this file. Free text (the values of localised-text
 * objects, and names) takes every text payload at once, in every feature, and
 * the page shows every element for every feature, audience and reading level.
 * Every other string (ids, enumerations, links, dates) takes a payload on its
 * own, one field of each shape, and the page must then show the element or its
 * fallback and say which path is wrong.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { getAt, pathText, related, seeded, setAt, stringPaths, type Path } from './manifest-walk';
import { LINK_PAYLOADS, LONG_WORD, LONG_WORDS, TEXT_PAYLOADS, type Payload } from './payloads';
import { CANDOUR_TAGS, accessiblyShown, bidiLeak, deepTextNodes, injections, overflowing, renderPage, settleAll, showsFallback, shownText, tagNames } from './page';

type Json = Record<string, unknown>;
type Win = Window & { __candourPwned?: unknown };

let example: Json | undefined;
/** The example manifest, with an Easy Read picture so picture fields are walked too. */
async function manifest(): Promise<Json> {
  if (!example) {
    const response = await fetch(new URL('../../../examples/candour.json', import.meta.url));
    const data = (await response.json()) as Json;
    const first = (data.features as Json[])[0] as { notice: { person: { easyRead: Json } } };
    first.notice.person.easyRead.pictures = { summary: { src: 'pictures/visit-note.png', alt: { 'en-GB': 'A care worker writing a note on a phone' } } };
    example = data;
  }
  return structuredClone(example);
}

const LOCALE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/;
/** A value of a localised-text object (every key a language tag), or a `name`: text the supplier writes for people to read. */
function isFreeText(root: unknown, path: Path): boolean {
  const last = path[path.length - 1];
  if (last === 'name') return true;
  const parent = getAt(root, path.slice(0, -1));
  return !!parent && typeof parent === 'object' && !Array.isArray(parent) && 'en-GB' in parent && Object.keys(parent).every((k) => LOCALE_TAG.test(k));
}

/** The shape of a path, with array indexes left out: one field of each shape is enough for constrained fields. */
const shape = (path: Path) => path.map((p) => (typeof p === 'number' ? '[]' : p)).join('.');
const looksLikeLink = (path: Path, value: string) => /url|website|href|email|phone|src/i.test(String(path[path.length - 1])) || /^(https?:|mailto:|tel:)/.test(value);

const featureIds = (m: Json) => (m.features as Json[]).map((f) => f.id as string);
const featureOf = (m: Json, path: Path): string | undefined => (path[0] === 'features' && typeof path[1] === 'number' ? ((m.features as Json[])[path[1]]?.id as string) : undefined);

/** Opens every badge's toggletip. */
async function openBadges(column: HTMLElement): Promise<void> {
  for (const badge of column.querySelectorAll('candour-ai-badge')) {
    badge.shadowRoot!.querySelector('button')!.click();
    await (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  // Long enough for an injected <img src=x onerror> to have failed to load.
  await new Promise((r) => setTimeout(r, 100));
}

const candourElements = (column: HTMLElement) => [...column.querySelectorAll(CANDOUR_TAGS.join(','))];
const describe_ = (el: Element) => `<${el.localName} ${['feature', 'audience', 'reading-level', 'mode'].map((a) => el.getAttribute(a)).filter(Boolean).join(' ')}>`;
/** Which elements show their fallback, by tag and attributes. */
const fallbacks = (column: HTMLElement) => candourElements(column).filter((el) => showsFallback(el)).map(describe_);

function collectErrors(): { events: Array<{ code: string; paths?: string[]; feature?: string }>; stop: () => void } {
  const events: Array<{ code: string; paths?: string[]; feature?: string }> = [];
  const listener = (e: Event) => events.push((e as CustomEvent & { detail: { code: string; paths?: string[] } }).detail);
  document.addEventListener('candour-error', listener);
  return { events, stop: () => document.removeEventListener('candour-error', listener) };
}

function uncaught(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return { errors, stop: () => (window.removeEventListener('error', onError), window.removeEventListener('unhandledrejection', onRejection)) };
}

describe('hostile strings in every manifest field', function () {
  this.timeout(180000);
  let originalWarn: typeof console.warn;
  let baselineTags: Set<string>;
  let baselineFallbacks: string[];
  let ids: string[];
  let freePaths: Path[];
  let constrained: Path[];

  before(async () => {
    originalWarn = console.warn;
    console.warn = () => undefined;
    const m = await manifest();
    ids = featureIds(m);
    const paths = [...stringPaths(m)];
    freePaths = paths.filter((p) => isFreeText(m, p));
    const byShape = new Map<string, Path>();
    for (const p of paths) if (!isFreeText(m, p) && !byShape.has(shape(p))) byShape.set(shape(p), p);
    constrained = [...byShape.values()];
    const column = await renderPage(m, { features: ids, everyAudience: true });
    await openBadges(column);
    baselineTags = tagNames(column);
    baselineFallbacks = fallbacks(column);
    column.remove();
  });
  after(() => (console.warn = originalWarn));
  beforeEach(() => delete (window as Win).__candourPwned);

  it('finds the fields from the data: hundreds of free-text fields and every shape of constrained one', () => {
    // The walk, not a list kept by hand: the example has text in every layer and ids, enumerations and links besides.
    expect(freePaths.length).to.be.greaterThan(500);
    expect(freePaths.some((p) => pathText(p) === 'features[0].label.short["en-GB"]')).to.equal(true);
    expect(freePaths.some((p) => pathText(p) === 'features[0].notice.person.easyRead.pictures.summary.alt["en-GB"]')).to.equal(true);
    expect(constrained.map(pathText)).to.include.members(['supplier.website', 'features[0].id', 'features[0].label.involvement', 'features[0].notice.person.easyRead.pictures.summary.src']);
    // The clean page renders every element, and the badges, notices, content and pledge show the manifest rather than a fallback.
    expect(baselineFallbacks).to.deep.equal([]);
  });

  for (const payload of TEXT_PAYLOADS) {
    it(`${payload.name}, in every free-text field at once, through every element, audience and reading level`, async () => {
      const m = await manifest();
      for (const p of freePaths) setAt(m, p, payload.value);
      const trouble = uncaught();
      const column = await renderPage(m, { features: ids, everyAudience: true });
      await openBadges(column);
      trouble.stop();
      expect((window as Win).__candourPwned, 'script ran').to.equal(undefined);
      expect(trouble.errors).to.deep.equal([]);
      expect(injections(column, baselineTags)).to.deep.equal([]);
      // Text in text fields does not break anything that worked.
      expect(fallbacks(column)).to.deep.equal(baselineFallbacks);
      const shown = shownText(column);
      expect(shown.includes(payload.value), 'the payload is shown as text').to.equal(true);
      if (payload.bidi) expectIsolated(column, payload);
      column.remove();
    });
  }

  it('100 KB strings given straight to the elements (.data, unvalidated) wrap: nothing overflows a narrow column, toggletips stay on screen, controls can be clicked', async () => {
    const m = await manifest();
    const feature = (m.features as Json[])[0]!;
    const texts = freePaths.filter((p) => p[0] === 'features' && p[1] === 0);
    texts.forEach((p, i) => setAt(m, p, i % 2 ? LONG_WORDS : LONG_WORD));
    const trouble = uncaught();
    const column = await fixture<HTMLElement>(html`<div style="inline-size: 360px; overflow: auto; font: 16px sans-serif">
      <p>Before <candour-ai-badge .data=${feature} feature="visit-note-summary"></candour-ai-badge> after.</p>
      <candour-ai-content .data=${feature} feature="visit-note-summary" reviewable><p>Drafted text.</p></candour-ai-content>
      <candour-ai-notice .data=${feature} feature="visit-note-summary"></candour-ai-notice>
      <candour-ai-notice .data=${feature} feature="visit-note-summary" reading-level="easy-read"></candour-ai-notice>
    </div>`);
    await settleAll(column);
    trouble.stop();
    expect(trouble.errors).to.deep.equal([]);
    expect(shownText(column).length, 'the long text is shown, not refused').to.be.greaterThan(20 * 100 * 1024);
    await expectUsable(column);
    column.remove();
  });

  it('100 KB strings through the provider are refused as too long: each element falls back, the path is reported, nothing overflows', async () => {
    const m = await manifest();
    const random = seeded(20261127);
    const chosen = freePaths.filter((p) => (p.includes('short') && p[1] === 1) || random() < 0.02);
    chosen.forEach((p, i) => setAt(m, p, i % 2 ? LONG_WORDS : LONG_WORD));
    const errors = collectErrors();
    const trouble = uncaught();
    const column = await renderPage(m, { features: ids.slice(0, 3), width: '360px' });
    errors.stop();
    trouble.stop();
    expect(trouble.errors).to.deep.equal([]);
    // The second feature's short label is too long, so its badge, notice and content fall back and say where.
    expect(fallbacks(column)).to.include.members(['<candour-ai-badge visit-transcription>', '<candour-ai-content visit-transcription>', '<candour-ai-notice visit-transcription person standard>']);
    const paths = errors.events.flatMap((e) => e.paths ?? []);
    expect(paths.some((p) => related(p, 'features[1].label.short.en-GB')), JSON.stringify(paths.slice(0, 10))).to.equal(true);
    for (const el of candourElements(column)) expect(accessiblyShown(el), el.localName).to.equal(undefined);
    await expectUsable(column);
    column.remove();
  });

  it('every constrained field (ids, enumerations, links, dates) with a hostile value: the element or its fallback, and the path reported', async () => {
    const cases = constrained.map((path, i) => {
      const pool = looksLikeLink(path, String(getAt(example, path))) ? LINK_PAYLOADS : TEXT_PAYLOADS;
      return { path, payload: pool[i % pool.length]! };
    });
    const single = new Map<string, { tags: Set<string>; fallbacks: string[] }>();
    const problems: string[] = [];
    for (const { path, payload } of cases) {
      const clean = await manifest();
      const feature = featureOf(clean, path) ?? ids[0]!;
      if (!single.has(feature)) {
        const column = await renderPage(clean, { features: [feature] });
        await openBadges(column);
        single.set(feature, { tags: tagNames(column), fallbacks: fallbacks(column) });
        column.remove();
      }
      const base = single.get(feature)!;
      const m = await manifest();
      setAt(m, path, payload.value);
      delete (window as Win).__candourPwned;
      const errors = collectErrors();
      const trouble = uncaught();
      const column = await renderPage(m, { features: [feature] });
      await openBadges(column);
      errors.stop();
      trouble.stop();
      const where = `${pathText(path)} = ${payload.name}`;
      if ((window as Win).__candourPwned !== undefined) problems.push(`${where}: script ran`);
      problems.push(...trouble.errors.map((e) => `${where}: ${e}`));
      problems.push(...injections(column, new Set([...base.tags, ...baselineTags])).map((p) => `${where}: ${p}`));
      for (const el of candourElements(column)) {
        const bad = accessiblyShown(el);
        if (bad) problems.push(`${where}: <${el.localName}> ${bad}`);
      }
      const now = fallbacks(column);
      const newlyBroken = now.some((f) => !base.fallbacks.includes(f));
      if (newlyBroken) {
        const said = errors.events.some((e) => e.code === 'unknown-feature' || (e.paths ?? []).some((p) => related(p, pathText(path))));
        if (!said) problems.push(`${where}: an element fell back but no candour-error named the path (got ${JSON.stringify(errors.events.slice(0, 3))})`);
      }
      column.remove();
    }
    expect(cases.length).to.be.greaterThan(50);
    expect(problems).to.deep.equal([]);
  });
});

/** Every place the payload is shown, it sits in a bidi isolate or a paragraph of its own. */
function expectIsolated(column: HTMLElement, payload: Payload): void {
  const leaks = new Map<string, string>();
  let seen = 0;
  for (const node of deepTextNodes(column)) {
    if (!node.data.includes(payload.value)) continue;
    seen++;
    const leak = bidiLeak(node, payload.value);
    if (leak !== undefined) {
      const host = (node.getRootNode() as ShadowRoot).host?.localName ?? 'page';
      const key = `${host} <${node.parentElement?.localName}> ${node.parentElement?.getAttribute('part') ?? ''}`;
      if (!leaks.has(key)) leaks.set(key, leak);
    }
  }
  expect(seen).to.be.greaterThan(0);
  expect([...leaks].map(([k, v]) => `${k}: "${v}"`)).to.deep.equal([]);
}


/** No box runs past the column; every toggletip opens on screen; every notice's controls can be reached by a pointer, and Easy Read switches. */
async function expectUsable(column: HTMLElement): Promise<void> {
  expect(overflowing(column), 'boxes wider than the column').to.deep.equal([]);
  expect(column.scrollWidth, 'the column scrolls sideways').to.be.at.most(column.clientWidth + 1);
  const viewport = document.documentElement.clientWidth;
  for (const badge of column.querySelectorAll('candour-ai-badge')) {
    const button = badge.shadowRoot!.querySelector('button')!;
    expect(button.getBoundingClientRect().width).to.be.at.most(column.clientWidth);
    button.click();
    await (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    const tip = badge.shadowRoot!.querySelector<HTMLElement>('#tip')!;
    expect(tip.hidden).to.equal(false);
    const box = tip.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right, 'the toggletip runs off the screen').to.be.at.most(viewport + 1);
    button.click();
    await (badge as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  }
  for (const notice of column.querySelectorAll('candour-ai-notice')) {
    const toggle = notice.shadowRoot!.querySelector<HTMLButtonElement>('[part~="easy-read-toggle"]');
    const print = notice.shadowRoot!.querySelector<HTMLButtonElement>('[part~="print"]');
    for (const control of [toggle, print]) {
      if (!control) continue;
      control.scrollIntoView({ block: 'center', inline: 'center' });
      const r = control.getBoundingClientRect();
      expect(r.width).to.be.greaterThan(0);
      const hit = notice.shadowRoot!.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      expect(hit !== null && (hit === control || control.contains(hit)), `${control.getAttribute('part')} is covered by ${hit?.localName}`).to.equal(true);
    }
    if (toggle) {
      const before = toggle.getAttribute('aria-pressed');
      toggle.click();
      await (notice as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(notice.shadowRoot!.querySelector('[part~="easy-read-toggle"]')!.getAttribute('aria-pressed')).to.not.equal(before);
    }
  }
}
