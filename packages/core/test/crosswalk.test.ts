import { test } from 'node:test';
import assert from 'node:assert/strict';
import { getDefaultRegistry, manifestSchema } from '@candour/core';
import { knownKeysAt } from '../src/issues';

/** Every crosswalk evidence path must name a field the manifest schema really has. */
function pathExists(path: string): boolean {
  const keys: string[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]+)((?:\[\])*)$/.exec(part);
    if (!m) return false;
    keys.push(m[1]!);
    for (let i = 0; i < m[2]!.length / 2; i++) keys.push('0');
  }
  const parent = keys.slice(0, -1).map((k) => (k === '0' ? 0 : k));
  const last = keys[keys.length - 1]!;
  return knownKeysAt(manifestSchema, parent).includes(last);
}

test('every evidence path of the bundled crosswalk is a real manifest field', () => {
  const registry = getDefaultRegistry();
  const paths = registry.crosswalks().flatMap((c) => c.links.flatMap((l) => (l.evidence ?? []).map((e) => e.path)));
  assert.ok(paths.length > 50);
  const bad = paths.filter((p) => !pathExists(p));
  assert.deepEqual(bad, []);
});

test('the path check itself refuses a field that does not exist', () => {
  assert.equal(pathExists('features[].record.oversight.model'), true);
  assert.equal(pathExists('features[].record.oversight.modle'), false);
  assert.equal(pathExists('supplier.pledge.signed'), true);
});

test('the crosswalk says it is Candour\u2019s own mapping', () => {
  const [crosswalk] = getDefaultRegistry().crosswalks();
  assert.equal(crosswalk?.authoredBy, 'Candour');
  assert.match(crosswalk!.description, /Candour's own mapping, not part of any framework/);
});

test('every pledge commitment has a crosswalk link with evidence', () => {
  const registry = getDefaultRegistry();
  for (const id of ['1', '2', '2a', '2b', '2c', '2d', '3', '4', '5', '6', '7']) {
    const links = registry.crosswalkFrom(`tech-pledge#${id}`);
    assert.ok(links.some((l) => (l.link.evidence ?? []).length >= 3), `commitment ${id}`);
  }
});
