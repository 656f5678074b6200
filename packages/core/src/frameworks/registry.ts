/**
 * The framework registry: look up framework items, the guidance grid and crosswalks, and
 * load newer or fuller packs at run time.
 *
 * Registries are immutable values. `load` and `loadAll` never change the registry they are
 * called on: they return a new registry that shares the unchanged packs. So the default
 * registry (`getDefaultRegistry()`, also what `createFrameworkRegistry()` returns) can be
 * shared safely by every part of a program, and a supplier's loaded packs stay with the
 * registry value the supplier holds. Packs inside a registry are deep-frozen.
 *
 * Invariant: every reference in every crosswalk of a registry resolves to an item of a
 * framework pack in the same registry.
 */
import * as z from 'zod/mini';
import aiUses from '../../data/ai-uses.pack.json';
import candourCrosswalk from '../../data/candour-crosswalk.pack.json';
import cqcAi from '../../data/cqc-ai.pack.json';
import ethicalPrinciples from '../../data/ethical-principles.pack.json';
import oxfordGuidance from '../../data/oxford-guidance.pack.json';
import responsibleAi from '../../data/responsible-ai.pack.json';
import sssc from '../../data/sssc.pack.json';
import techPledge from '../../data/tech-pledge.pack.json';
import { describeValue, formatIssues, formatPath, ROOT, type ValidationError } from './issues';
import { nearestId } from './nearest';
import {
  anyPackSchema,
  ITEM_REF_PATTERN,
  packKeys,
  SEMVER_PATTERN,
  type AnyPack,
  type CrosswalkLink,
  type CrosswalkPack,
  type FrameworkItem,
  type FrameworkPack,
  type ItemType,
  type ProvenanceStatus,
} from './pack-schema';

// ---------------------------------------------------------------------------------------
// Public types
// ---------------------------------------------------------------------------------------

/**
 * One problem with a pack: where (`items[3].provenance.source`; `(root)` for the pack as a
 * whole) and what, in plain words.
 */
export type PackError = ValidationError;

/** Result of validating one pack on its own. Never thrown. */
export type ParsePackResult = { readonly ok: true; readonly pack: AnyPack } | { readonly ok: false; readonly errors: PackError[] };

/** Result of loading into a registry. On success, `registry` is a new registry holding the pack. */
export type LoadResult =
  | { readonly ok: true; readonly pack: AnyPack; readonly registry: FrameworkRegistry }
  | { readonly ok: false; readonly errors: PackError[] };

/** Result of loading several packs at once. */
export type LoadAllResult =
  | { readonly ok: true; readonly packs: readonly AnyPack[]; readonly registry: FrameworkRegistry }
  | { readonly ok: false; readonly errors: PackError[] };

export interface LoadOptions {
  /**
   * Replace a loaded pack with the same id even if the new version is not higher
   * (e.g. a supplier's patched copy). Default false: only a higher version replaces.
   */
  readonly replace?: boolean;
}

export interface ItemFilter {
  readonly type?: ItemType;
  readonly perspective?: string;
  readonly domain?: string;
  readonly parent?: string;
  /** Provenance status of the item's text (`provenance.status`). */
  readonly status?: ProvenanceStatus;
}

export interface StatementFilter {
  readonly perspective?: string;
  readonly domain?: string;
  /** Provenance status; e.g. `'verbatim'` leaves out the placeholders for missing statements. */
  readonly status?: ProvenanceStatus;
  /** The guidance pack to read; default `oxford-guidance`. */
  readonly pack?: string;
}

/** A crosswalk link and the crosswalk it belongs to. */
export interface CrosswalkMatch {
  readonly crosswalk: CrosswalkPack;
  readonly link: CrosswalkLink;
}

export interface FrameworkRegistry {
  /** Every pack, framework packs first, each group in load order. */
  listPacks(): readonly AnyPack[];
  getPack(id: string): AnyPack | undefined;
  /** A framework pack by id; `undefined` for unknown ids and for crosswalks. */
  getFramework(id: string): FrameworkPack | undefined;
  /** An item by reference `"packId#itemId"`, or by pack id and item id. */
  getItem(ref: string): FrameworkItem | undefined;
  getItem(packId: string, itemId: string): FrameworkItem | undefined;
  /** Items of a framework pack in source order, optionally filtered. `[]` for an unknown pack. */
  items(packId: string, filter?: ItemFilter): readonly FrameworkItem[];
  /**
   * Statements of the guidance grid, sorted by domain, then perspective, then source order.
   * Includes the placeholders for missing statements unless `status` filters them out.
   */
  statements(filter?: StatementFilter): readonly FrameworkItem[];
  crosswalks(): readonly CrosswalkPack[];
  /** Links (of every crosswalk) starting from the item `ref` (`"packId#itemId"`). */
  crosswalkFrom(ref: string): readonly CrosswalkMatch[];
  /** Links (of every crosswalk) pointing to the item `ref`. */
  crosswalkTo(ref: string): readonly CrosswalkMatch[];
  /** Ids of the items of a framework pack (optionally of one type), in source order. */
  knownIds(packId: string, type?: ItemType): readonly string[];
  /** The known id closest to an unknown one, for "did you mean ...?" messages. */
  suggest(packId: string, itemId: string, type?: ItemType): string | undefined;
  /** Validate a pack and return a new registry holding it. Never throws. */
  load(json: unknown, options?: LoadOptions): LoadResult;
  /**
   * Validate several packs and return a new registry holding all of them, or none if any
   * fails (e.g. a new framework version together with a crosswalk updated for it). Error
   * paths start with the pack's index: `[1].links[0].to[2]`. Never throws.
   */
  loadAll(jsons: readonly unknown[], options?: LoadOptions): LoadAllResult;
}

/** Thrown by `createFrameworkRegistry` when the packs given to it are not valid. */
export class FrameworkPackError extends Error {
  readonly errors: readonly PackError[];
  constructor(errors: readonly PackError[]) {
    const shown = errors
      .slice(0, 10)
      .map((e) => `  ${e.path}: ${e.message}`)
      .join('\n');
    super(`Invalid framework packs:\n${shown}${errors.length > 10 ? `\n  ... and ${errors.length - 10} more` : ''}`);
    this.name = 'FrameworkPackError';
    this.errors = errors;
  }
}

// ---------------------------------------------------------------------------------------
// Bundled packs
// ---------------------------------------------------------------------------------------

/**
 * Ids of the packs shipped with @candour/core: seven framework packs and Candour's own
 * crosswalk between them. Other code depends on these ids: they never change.
 */
export const bundledPackIds = [
  'oxford-guidance',
  'tech-pledge',
  'responsible-ai',
  'ethical-principles',
  'cqc-ai',
  'sssc',
  'ai-uses',
  'candour-crosswalk',
] as const;
export type BundledPackId = (typeof bundledPackIds)[number];

/** The id of the pack holding the "I"/"We" guidance grid. */
export const GUIDANCE_PACK_ID = 'oxford-guidance' satisfies BundledPackId;

/**
 * The packs shipped with @candour/core, as JSON data. Typed without parsing, to keep module
 * load free: JSON imports widen literal types, so the cast is checked at run time instead,
 * when the default registry is first built (it validates them) and by the package's tests.
 */
export const bundledPacks: readonly AnyPack[] = [
  oxfordGuidance,
  techPledge,
  responsibleAi,
  ethicalPrinciples,
  cqcAi,
  sssc,
  aiUses,
  candourCrosswalk,
] as unknown as readonly AnyPack[];

// ---------------------------------------------------------------------------------------
// References and versions
// ---------------------------------------------------------------------------------------

/** Split `"packId#itemId"`; `undefined` if it is not a well-formed reference. */
export function parseRef(ref: string): { packId: string; itemId: string } | undefined {
  if (!ITEM_REF_PATTERN.test(ref)) return undefined;
  const at = ref.indexOf('#');
  return { packId: ref.slice(0, at), itemId: ref.slice(at + 1) };
}

/** Join a pack id and an item id into `"packId#itemId"`. */
export function formatRef(packId: string, itemId: string): string {
  return `${packId}#${itemId}`;
}

/**
 * Compare two semantic versions by precedence (https://semver.org §11): negative if `a` is
 * lower, positive if higher, 0 if equal (build metadata is ignored). Throws on a malformed
 * version, which validated packs never have.
 */
export function compareVersions(a: string, b: string): number {
  const pa = SEMVER_PATTERN.exec(a);
  const pb = SEMVER_PATTERN.exec(b);
  if (!pa || !pb) throw new TypeError(`not a semantic version: ${pa ? b : a}`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  const ra = pa[4];
  const rb = pb[4];
  if (ra === undefined || rb === undefined) return ra === rb ? 0 : ra === undefined ? 1 : -1;
  const xa = ra.split('.');
  const xb = rb.split('.');
  for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
    const ia = xa[i];
    const ib = xb[i];
    if (ia === undefined) return -1;
    if (ib === undefined) return 1;
    const na = /^\d+$/.test(ia);
    const nb = /^\d+$/.test(ib);
    if (na && nb) {
      const d = Number(ia) - Number(ib);
      if (d !== 0) return d;
    } else if (na !== nb) return na ? -1 : 1;
    else if (ia !== ib) return ia < ib ? -1 : 1;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------
// Validation of one pack
// ---------------------------------------------------------------------------------------

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = json;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function keysAtFor(json: unknown) {
  return (path: readonly PropertyKey[]): readonly string[] | undefined => {
    const last = path[path.length - 1];
    const kindAt = (p: readonly PropertyKey[]) => {
      const v = valueAt(json, p);
      return v !== null && typeof v === 'object' ? (v as Record<string, unknown>)['kind'] : undefined;
    };
    if (path.length === 0) return kindAt(path) === 'crosswalk' ? packKeys.crosswalk : packKeys.framework;
    if (last === 'provenance' || last === 'titleProvenance') return packKeys.provenance;
    if (last === 'source') return kindAt(path) === 'seed' ? packKeys.seedSource : packKeys.urlSource;
    const parent = path[path.length - 2];
    if (typeof last === 'number' && parent === 'items') return packKeys.item;
    if (typeof last === 'number' && parent === 'links') return packKeys.link;
    if (typeof last === 'number' && parent === 'evidence') return packKeys.evidence;
    return undefined;
  };
}

/**
 * Validate one pack (framework or crosswalk) on its own: its shape and its internal rules.
 * References from a crosswalk to other packs are checked when it is loaded into a registry.
 * Never throws.
 */
export function parsePack(json: unknown): ParsePackResult {
  const result = z.safeParse(anyPackSchema, json, { reportInput: true });
  if (result.success) return { ok: true, pack: result.data };
  return { ok: false, errors: formatIssues(result.error.issues, { keysAt: keysAtFor(json), input: json }) };
}

// ---------------------------------------------------------------------------------------
// The registry
// ---------------------------------------------------------------------------------------

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const EMPTY: readonly never[] = Object.freeze([]);

interface PackIndex {
  readonly pack: FrameworkPack;
  readonly byId: ReadonlyMap<string, FrameworkItem>;
  readonly ordered: readonly FrameworkItem[];
}

function indexPack(pack: FrameworkPack): PackIndex {
  const byId = new Map<string, FrameworkItem>();
  for (const item of pack.items) byId.set(item.id, item);
  const ordered = pack.items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.order - b.item.order || a.i - b.i)
    .map((x) => x.item);
  return { pack, byId, ordered };
}

/** Check that every crosswalk reference resolves; errors are keyed by crosswalk id. */
function crosswalkRefErrors(
  crosswalk: CrosswalkPack,
  frameworks: ReadonlyMap<string, PackIndex>,
  allIds: ReadonlySet<string>,
): { path: PropertyKey[]; message: string; ref: string }[] {
  const errors: { path: PropertyKey[]; message: string; ref: string }[] = [];
  const check = (ref: string, path: PropertyKey[]) => {
    const parsed = parseRef(ref);
    if (!parsed) return; // shape errors were reported by the schema
    const index = frameworks.get(parsed.packId);
    if (!index) {
      const isCrosswalk = allIds.has(parsed.packId);
      const near = isCrosswalk ? undefined : nearestId(parsed.packId, [...frameworks.keys()]);
      errors.push({
        path,
        ref,
        message: isCrosswalk
          ? `refers to "${ref}", but "${parsed.packId}" is a crosswalk; links must point to items of framework packs`
          : `refers to "${ref}", but no framework pack "${parsed.packId}" is loaded${near ? ` (did you mean "${near}"?)` : ''}`,
      });
    } else if (!index.byId.has(parsed.itemId)) {
      const near = nearestId(parsed.itemId, [...index.byId.keys()]);
      errors.push({
        path,
        ref,
        message: `refers to "${ref}", but pack "${parsed.packId}" (version ${index.pack.version}) has no item "${parsed.itemId}"${near ? `; did you mean "${parsed.packId}#${near}"?` : ''}`,
      });
    }
  };
  crosswalk.links.forEach((link, i) => {
    check(link.from, ['links', i, 'from']);
    link.to.forEach((to, j) => check(to, ['links', i, 'to', j]));
  });
  return errors;
}

function matchesFilter(item: FrameworkItem, f: ItemFilter | StatementFilter): boolean {
  if ('type' in f && f.type !== undefined && item.type !== f.type) return false;
  if ('parent' in f && f.parent !== undefined && item.parent !== f.parent) return false;
  if (f.perspective !== undefined && item.perspective !== f.perspective) return false;
  if (f.domain !== undefined && item.domain !== f.domain) return false;
  if (f.status !== undefined && item.provenance.status !== f.status) return false;
  return true;
}

class Registry implements FrameworkRegistry {
  readonly #packs: readonly AnyPack[];
  readonly #byId: ReadonlyMap<string, AnyPack>;
  readonly #frameworks: ReadonlyMap<string, PackIndex>;
  readonly #crosswalks: readonly CrosswalkPack[];
  readonly #from: ReadonlyMap<string, readonly CrosswalkMatch[]>;
  readonly #to: ReadonlyMap<string, readonly CrosswalkMatch[]>;

  /** `packs` must be validated, frozen, unique by id and crosswalk-consistent. */
  constructor(packs: readonly AnyPack[], reuse?: ReadonlyMap<string, PackIndex>) {
    const frameworks = new Map<string, PackIndex>();
    const crosswalks: CrosswalkPack[] = [];
    for (const pack of packs) {
      if (pack.kind === 'framework') {
        const old = reuse?.get(pack.id);
        frameworks.set(pack.id, old && old.pack === pack ? old : indexPack(pack));
      } else crosswalks.push(pack);
    }
    const from = new Map<string, CrosswalkMatch[]>();
    const to = new Map<string, CrosswalkMatch[]>();
    const add = (map: Map<string, CrosswalkMatch[]>, key: string, m: CrosswalkMatch) => {
      const list = map.get(key);
      if (list) list.push(m);
      else map.set(key, [m]);
    };
    for (const crosswalk of crosswalks)
      for (const link of crosswalk.links) {
        const m = { crosswalk, link };
        add(from, link.from, m);
        for (const ref of new Set(link.to)) add(to, ref, m);
      }
    this.#packs = Object.freeze([
      ...packs.filter((p) => p.kind === 'framework'),
      ...packs.filter((p) => p.kind === 'crosswalk'),
    ]);
    this.#byId = new Map(packs.map((p) => [p.id, p]));
    this.#frameworks = frameworks;
    this.#crosswalks = Object.freeze(crosswalks);
    this.#from = from;
    this.#to = to;
  }

  listPacks(): readonly AnyPack[] {
    return this.#packs;
  }

  getPack(id: string): AnyPack | undefined {
    return this.#byId.get(id);
  }

  getFramework(id: string): FrameworkPack | undefined {
    return this.#frameworks.get(id)?.pack;
  }

  getItem(refOrPack: string, itemId?: string): FrameworkItem | undefined {
    let packId = refOrPack;
    let id = itemId;
    if (id === undefined) {
      const parsed = parseRef(refOrPack);
      if (!parsed) return undefined;
      packId = parsed.packId;
      id = parsed.itemId;
    }
    return this.#frameworks.get(packId)?.byId.get(id);
  }

  items(packId: string, filter?: ItemFilter): readonly FrameworkItem[] {
    const index = this.#frameworks.get(packId);
    if (!index) return EMPTY;
    if (!filter) return index.ordered;
    return index.ordered.filter((item) => matchesFilter(item, filter));
  }

  statements(filter: StatementFilter = {}): readonly FrameworkItem[] {
    const index = this.#frameworks.get(filter.pack ?? GUIDANCE_PACK_ID);
    if (!index) return EMPTY;
    const rank = (id: string | undefined) => (id === undefined ? Infinity : (index.byId.get(id)?.order ?? Infinity));
    return index.ordered
      .filter((item) => item.type === 'statement' && matchesFilter(item, filter))
      .map((item, i) => ({ item, i, d: rank(item.domain), p: rank(item.perspective) }))
      .sort((a, b) => a.d - b.d || a.p - b.p || a.i - b.i)
      .map((x) => x.item);
  }

  crosswalks(): readonly CrosswalkPack[] {
    return this.#crosswalks;
  }

  crosswalkFrom(ref: string): readonly CrosswalkMatch[] {
    return this.#from.get(ref) ?? EMPTY;
  }

  crosswalkTo(ref: string): readonly CrosswalkMatch[] {
    return this.#to.get(ref) ?? EMPTY;
  }

  knownIds(packId: string, type?: ItemType): readonly string[] {
    return this.items(packId, type === undefined ? undefined : { type }).map((item) => item.id);
  }

  suggest(packId: string, itemId: string, type?: ItemType): string | undefined {
    return nearestId(itemId, this.knownIds(packId, type));
  }

  load(json: unknown, options?: LoadOptions): LoadResult {
    const result = this.#loadAll([json], options, false);
    return result.ok ? { ok: true, pack: result.packs[0]!, registry: result.registry } : result;
  }

  loadAll(jsons: readonly unknown[], options?: LoadOptions): LoadAllResult {
    return this.#loadAll(jsons, options, true);
  }

  #loadAll(jsons: readonly unknown[], options: LoadOptions = {}, prefixed: boolean): LoadAllResult {
    const errors: PackError[] = [];
    const prefix = (i: number, path: string) =>
      !prefixed ? path : path === ROOT ? `[${i}]` : `[${i}]${path.startsWith('[') ? path : `.${path}`}`;
    const push = (i: number, path: string, message: string) => errors.push({ path: prefix(i, path), message });

    if (!Array.isArray(jsons)) {
      return { ok: false, errors: [{ path: ROOT, message: `expected a list of packs, found ${describeValue(jsons)}` }] };
    }
    const parsed: (AnyPack | undefined)[] = jsons.map((json, i) => {
      const r = parsePack(json);
      if (r.ok) return r.pack;
      for (const e of r.errors) push(i, e.path, e.message);
      return undefined;
    });

    // versions and ids
    const incoming = new Map<string, number>();
    parsed.forEach((pack, i) => {
      if (!pack) return;
      const twin = incoming.get(pack.id);
      if (twin !== undefined) {
        push(i, 'id', `pack "${pack.id}" is given twice in this load (also at [${twin}]); give each pack once`);
        return;
      }
      incoming.set(pack.id, i);
      const current = this.#byId.get(pack.id);
      if (!current) return;
      if (current.kind !== pack.kind) {
        push(i, 'kind', `a ${current.kind} pack with id "${pack.id}" is already loaded; a ${pack.kind} pack cannot replace it (choose another id)`);
      } else if (!options.replace && compareVersions(pack.version, current.version) <= 0) {
        push(
          i,
          'version',
          `pack "${pack.id}" version ${current.version} is already loaded, and this is version ${pack.version}; ` +
            `only a higher version replaces it (or load with { replace: true } to replace it anyway)`,
        );
      }
    });
    if (errors.length > 0) return { ok: false, errors };

    // the registry this load would make
    const fresh = parsed.map((p) => deepFreeze(p!));
    const next: AnyPack[] = this.#packs.map((p) => {
      const i = incoming.get(p.id);
      return i === undefined ? p : fresh[i]!;
    });
    for (const p of fresh) if (!this.#byId.has(p.id)) next.push(p);

    const frameworks = new Map<string, PackIndex>();
    for (const p of next)
      if (p.kind === 'framework') {
        const old = this.#frameworks.get(p.id);
        frameworks.set(p.id, old && old.pack === p ? old : indexPack(p));
      }
    const allIds = new Set(next.map((p) => p.id));
    for (const p of next) {
      if (p.kind !== 'crosswalk') continue;
      const refErrors = crosswalkRefErrors(p, frameworks, allIds);
      const i = incoming.get(p.id);
      if (i !== undefined) {
        for (const e of refErrors) push(i, formatPath(e.path), e.message);
      } else {
        // An unchanged crosswalk would break: blame the framework pack that removed the item.
        for (const e of refErrors) {
          const target = parseRef(e.ref)?.packId;
          const j = target === undefined ? undefined : incoming.get(target);
          if (j === undefined) continue;
          push(
            j,
            'items',
            `this version has no item "${parseRef(e.ref)?.itemId}", but crosswalk "${p.id}" refers to it ` +
              `(${formatPath(e.path)}); load an updated crosswalk together with this pack (loadAll)`,
          );
        }
      }
    }
    if (errors.length > 0) return { ok: false, errors };
    return { ok: true, packs: fresh, registry: new Registry(next, frameworks) };
  }
}

/** Build a registry from already-validated, frozen packs, checking ids and crosswalks. */
function buildRegistry(packs: readonly unknown[]): Registry {
  const result = new Registry([]).loadAll(packs);
  if (!result.ok) throw new FrameworkPackError(result.errors);
  return result.registry as Registry;
}

let defaultRegistry: Registry | undefined;

/**
 * The registry of the bundled packs, built (and validated) on first use and shared. It is
 * immutable: loading into it returns a new registry and leaves it as it is.
 */
export function getDefaultRegistry(): FrameworkRegistry {
  defaultRegistry ??= buildRegistry(bundledPacks);
  return defaultRegistry;
}

/**
 * A registry holding exactly `packs` (framework and crosswalk packs, as JSON values), or the
 * bundled packs when `packs` is omitted (then it is the shared default registry). To add to
 * the bundled packs, use `getDefaultRegistry().load(json)` or pass `[...bundledPacks, json]`.
 * Throws `FrameworkPackError` (with `errors`) if a pack is invalid, an id is given twice, or
 * a crosswalk refers to an item that is not there. For a result instead of an exception,
 * use `createFrameworkRegistry([]).loadAll(packs)`.
 */
export function createFrameworkRegistry(packs?: readonly unknown[]): FrameworkRegistry {
  return packs === undefined ? getDefaultRegistry() : buildRegistry(packs);
}
