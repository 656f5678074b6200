/** Fixtures shared by the core tests: the bundled example manifests, cloned fresh for each use. */
import { readFileSync } from 'node:fs';

const examples = new URL('../../../examples/', import.meta.url);

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const cache = new Map<string, JsonObject>();
export function example(name: 'minimal.candour.json' | 'candour.json'): JsonObject {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(new URL(name, examples), 'utf8')) as JsonObject);
  return structuredClone(cache.get(name)!);
}

/** Reads or writes a value at a path of keys, for targeted mutations. */
export function at(root: Json, path: readonly (string | number)[]): Json {
  let node: Json = root;
  for (const key of path) node = (node as Record<string | number, Json>)[key]!;
  return node;
}
export function set(root: Json, path: readonly (string | number)[], value: Json | undefined): void {
  const parent = at(root, path.slice(0, -1)) as Record<string | number, Json>;
  const key = path[path.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(key), 1);
    else delete parent[key];
  } else parent[key] = value;
}

/** Every path to a leaf (string, number, boolean, null) in a JSON value. */
export function leafPaths(value: Json, path: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => leafPaths(v, [...path, i]));
  return Object.entries(value).flatMap(([k, v]) => leafPaths(v, [...path, k]));
}
