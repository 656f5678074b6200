/**
 * Walking a manifest for the hostile-input tests: every string field's path,
 * found from the data rather than a hand-kept list (a new field in the example
 * manifest is covered without touching these tests), and ways to read, set and
 * drop a value at a path.
 */

export type Path = ReadonlyArray<string | number>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** `features[0].label.short["en-GB"]`, the form the provider and the elements report paths in. */
export function pathText(path: Path): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : !IDENTIFIER.test(part) ? `[${JSON.stringify(part)}]` : out ? `.${part}` : part;
  return out || '(root)';
}

/** One spelling for a path: `a["en-GB"]` and `a.en-GB` are the same place. */
const canonical = (p: string) => p.replace(/\["((?:[^"\\]|\\.)*)"\]/g, (_, key: string) => `.${key}`).replace(/^\./, '');

/** Every path in `value` that holds a string, depth first, in document order. */
export function* stringPaths(value: unknown, at: Path = []): Generator<Path> {
  if (typeof value === 'string') {
    yield at;
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* stringPaths(value[i], [...at, i]);
    return;
  }
  if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) yield* stringPaths(inner, [...at, key]);
}

/** Every path in `value` (objects, arrays and leaves), root excluded. */
export function* allPaths(value: unknown, at: Path = []): Generator<Path> {
  if (at.length) yield at;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* allPaths(value[i], [...at, i]);
  else if (value && typeof value === 'object') for (const [key, inner] of Object.entries(value)) yield* allPaths(inner, [...at, key]);
}

export function getAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const part of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[part];
  }
  return v;
}

export function setAt(root: unknown, path: Path, value: unknown): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  parent[path[path.length - 1]!] = value;
}

/** Removes the value at `path`: an array item is spliced out, an object key deleted. */
export function dropAt(root: unknown, path: Path): void {
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
  else delete (parent as Record<string | number, unknown>)[last];
}

/** True when one path is the other or lies inside it: a problem reported at either one is about the change. */
export function related(a: string, b: string): boolean {
  a = canonical(a);
  b = canonical(b);
  const inside = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
  return inside(a, b) || inside(b, a);
}

/** A small seeded generator (mulberry32), so a sample is the same on every run and in both browsers. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
