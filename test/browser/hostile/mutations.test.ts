/**
 * Broken manifests, made at random from the example (fast-check, seeded):
 * values of the wrong type, fields dropped, ids left dangling or used twice,
 * objects nested 60 deep, arrays where objects belong and the reverse, arrays
 * of 10,000 items. Fed to the provider with every element for one feature:
 * nothing throws, every element shows either what it was asked for or its
 * accessible fallback, and when an element falls back a `candour-error` names
 * the path that was broken (or, for a feature id that no longer resolves, says
 * the feature is unknown).
 *
 * A failure prints fast-check's seed and path; to replay it, put them in
 * `REPLAY` below. Change `SEED` to explore other manifests.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { allPaths, dropAt, getAt, pathText, related, setAt, type Path } from './manifest-walk';
import { CANDOUR_TAGS, accessiblyShown, renderPage, showsFallback } from './page';

const SEED = 20261127;
const RUNS = 40;
const REPLAY = undefined as { seed: number; path: string } | undefined;

type Json = Record<string, unknown>;

let example: Json | undefined;
async function manifest(): Promise<Json> {
  if (!example) example = (await (await fetch(new URL('../../../examples/candour.json', import.meta.url))).json()) as Json;
  return structuredClone(example);
}

const KINDS = ['swap-type', 'drop', 'dangle-id', 'duplicate-id', 'deep-nest', 'array-for-object', 'huge-array'] as const;
type Kind = (typeof KINDS)[number];
interface Mutation {
  kind: Kind;
  pick: number;
}

const SWAPS: unknown[] = [null, 0, -1, 42.5, true, false, '', '   ', 'text', [], {}, ['a'], { 'en-GB': 1 }, Number.NaN];

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = asArray ? [v] : { inner: v, 'en-GB': v };
  return v;
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Applies a mutation; returns the path it changed, in the manifest's own terms. */
function apply(m: Json, mutation: Mutation): string {
  // Half the picks land in the layers the elements show (not the record), where a change can break something visible.
  const every = [...allPaths(m)];
  const shown = every.filter((p) => p[0] !== 'features' || p[2] !== 'record');
  const pool = mutation.pick % 2 === 0 && shown.length ? shown : every;
  const target: Path = pool[Math.floor(mutation.pick / 2) % pool.length]!;
  const current = getAt(m, target);
  switch (mutation.kind) {
    case 'swap-type': {
      const swaps = SWAPS.filter((s) => typeOf(s) !== typeOf(current));
      setAt(m, target, swaps[mutation.pick % swaps.length]);
      return pathText(target);
    }
    case 'drop':
      dropAt(m, target);
      return pathText(target);
    case 'dangle-id': {
      const ids = every.filter((p) => p[p.length - 1] === 'id' || (typeof p[p.length - 1] === 'number' && ['statements', 'pledge'].includes(String(p[p.length - 2]))));
      const id = ids[mutation.pick % ids.length]!;
      setAt(m, id, `dangling-${mutation.pick}`);
      return pathText(id);
    }
    case 'duplicate-id': {
      const features = m.features as Json[];
      if (!Array.isArray(features) || features.length < 2) return '(none)';
      const to = 1 + (mutation.pick % (features.length - 1));
      if (!features[to] || typeof features[to] !== 'object') return '(none)';
      features[to]!.id = (features[0] as Json | undefined)?.id;
      return `features[${to}].id`;
    }
    case 'deep-nest':
      setAt(m, target, nest(60, current ?? 'deep', mutation.pick % 3 === 0));
      return pathText(target);
    case 'array-for-object':
      setAt(m, target, Array.isArray(current) ? Object.fromEntries(current.map((v, i) => [String(i), v])) : [current]);
      return pathText(target);
    case 'huge-array':
      setAt(m, target, Array.from({ length: 10000 }, (_, i) => (current !== null && typeof current === 'object' ? {} : i % 2 ? current : `item ${i}`)));
      return pathText(target);
  }
}

const mutationArb: fc.Arbitrary<Mutation> = fc.record({ kind: fc.constantFrom(...KINDS), pick: fc.nat({ max: 1_000_000 }) });

describe('randomly broken manifests through every element', function () {
  this.timeout(600000);
  let ids: string[];
  const baseline = new Map<string, string[]>();
  let originalWarn: typeof console.warn;
  let originalError: typeof console.error;
  let consoleErrors: string[] = [];

  before(async () => {
    originalWarn = console.warn;
    originalError = console.error;
    console.warn = () => undefined;
    console.error = (...args: unknown[]) => void consoleErrors.push(args.map(String).join(' ').slice(0, 300));
    const m = await manifest();
    ids = (m.features as Json[]).map((f) => f.id as string);
    for (const id of ids) {
      const column = await renderPage(m, { features: [id] });
      baseline.set(id, fallenBack(column));
      column.remove();
    }
  });
  after(() => {
    console.warn = originalWarn;
    console.error = originalError;
  });

  const describeEl = (el: Element) => `<${el.localName}${['feature', 'audience', 'reading-level', 'mode'].map((a) => (el.getAttribute(a) ? ` ${a}="${el.getAttribute(a)}"` : '')).join('')}>`;
  const fallenBack = (column: HTMLElement) => [...column.querySelectorAll(CANDOUR_TAGS.join(','))].filter(showsFallback).map(describeEl);

  it(`${RUNS} broken manifests (seed ${SEED}): no element throws; each renders or falls back accessibly and the failing path is reported`, async () => {
    let runs = 0;
    let fellBack = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), fc.nat(), async (mutations, which) => {
        runs++;
        const m = await manifest();
        const changed = mutations.map((mu) => apply(m, mu));
        const feature = ids[which % ids.length]!;
        const errors: Array<{ code: string; paths?: string[]; from: string }> = [];
        const uncaught: string[] = [];
        consoleErrors = [];
        const onEvent = (e: Event) => errors.push({ ...(e as Event & { detail: { code: string; paths?: string[] } }).detail, from: (e.composedPath()[0] as Element).localName });
        const onError = (e: ErrorEvent) => uncaught.push(`error: ${e.message}`);
        const onRejection = (e: PromiseRejectionEvent) => uncaught.push(`unhandled rejection: ${String(e.reason)}`);
        document.addEventListener('candour-error', onEvent);
        window.addEventListener('error', onError);
        window.addEventListener('unhandledrejection', onRejection);
        let column: HTMLElement | undefined;
        try {
          column = await renderPage(m, { features: [feature] });
          await new Promise((r) => setTimeout(r, 0));
        } finally {
          document.removeEventListener('candour-error', onEvent);
          window.removeEventListener('error', onError);
          window.removeEventListener('unhandledrejection', onRejection);
        }
        const where = `after ${mutations.map((mu, i) => `${mu.kind} at ${changed[i]}`).join(', ')}, showing "${feature}"`;
        expect(uncaught, `${where}: uncaught errors`).to.deep.equal([]);
        expect(consoleErrors, `${where}: console errors`).to.deep.equal([]);
        for (const el of column.querySelectorAll(CANDOUR_TAGS.join(','))) {
          expect(accessiblyShown(el), `${where}: ${describeEl(el)}`).to.equal(undefined);
        }
        const newly = fallenBack(column).filter((d) => !baseline.get(feature)!.includes(d));
        if (newly.length) {
          fellBack++;
          const named = errors.some((e) => (e.paths ?? []).some((p) => changed.some((c) => related(p, c))));
          const unknown = errors.some((e) => e.code === 'unknown-feature');
          expect(named || unknown, `${where}: ${newly.join(', ')} fell back, but no candour-error named a changed path: ${JSON.stringify(errors.slice(0, 4)).slice(0, 600)}`).to.equal(true);
        }
        // A manifest the provider cannot read at all: every element that shows the manifest falls back, and the provider says where.
        const fromProvider = errors.find((e) => e.from === 'candour-provider' && e.code === 'invalid-manifest');
        if (fromProvider) {
          expect(fromProvider.paths?.length, `${where}: the provider's error has no paths`).to.be.greaterThan(0);
          for (const el of column.querySelectorAll('candour-ai-badge, candour-ai-notice, candour-ai-content')) expect(showsFallback(el), `${where}: ${describeEl(el)} still shows`).to.equal(true);
        }
        column.remove();
      }),
      { numRuns: RUNS, seed: REPLAY?.seed ?? SEED, ...(REPLAY ? { path: REPLAY.path } : {}), endOnFailure: true, includeErrorInReport: true },
    );
    expect(runs).to.equal(RUNS);
    // The mutations do break things: a run where nothing ever fell back would test nothing.
    expect(fellBack).to.be.greaterThan(RUNS / 4);
  });
});
