import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { manifestJsonSchema } from '@candour/core';
import { example, set } from './helpers';

const committed = JSON.parse(
  readFileSync(new URL('../schema/candour-manifest.schema.json', import.meta.url), 'utf8'),
) as Record<string, unknown>;

const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(committed);

test('the committed JSON Schema is the one generated from the zod schema', () => {
  assert.deepEqual(committed, JSON.parse(JSON.stringify(manifestJsonSchema())));
});

test('suppliers validating with the JSON Schema accept the valid examples', () => {
  for (const name of ['minimal.candour.json', 'candour.json'] as const) {
    assert.equal(validate(example(name)), true, JSON.stringify(validate.errors?.slice(0, 3)));
  }
});

test('the JSON Schema refuses what the shapes forbid', () => {
  const cases: [string, (m: ReturnType<typeof example>) => void][] = [
    ['text without en-GB', (m) => set(m, ['product', 'description'], { cy: 'Cofnod gofal' })],
    ['an http link', (m) => set(m, ['supplier', 'website'], 'http://larkspur-care.example')],
    ['an unknown key', (m) => set(m, ['product', 'nmae'], 'x')],
    ['an unknown consent model', (m) => set(m, ['features', 0, 'purposes', 0, 'consent'], { model: 'opt-in' })],
    ['a bad locale key', (m) => set(m, ['product', 'description', 'EN'], 'x')],
  ];
  for (const [what, change] of cases) {
    const m = example('minimal.candour.json');
    change(m);
    assert.equal(validate(m), false, `${what} was accepted`);
  }
});

test('the JSON Schema says which checks it cannot make', () => {
  assert.match(String(committed.description), /cross-field rules/);
});
