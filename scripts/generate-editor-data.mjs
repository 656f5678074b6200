#!/usr/bin/env node
// Editor data for @candour/elements, from its custom-elements.json (which the
// analyzer builds from the elements' doc comments), so editors complete and
// document `candour-*` tags and their attributes in plain HTML:
// - packages/elements/vscode.html-custom-data.json: VS Code's HTML custom data
//   (a project lists it under `html.customData` in .vscode/settings.json);
// - packages/elements/web-types.json: JetBrains web-types (WebStorm and
//   IntelliJ find it through the `web-types` field of package.json).
// Attribute values come from the attribute's type: string-literal unions and
// the named enums of @candour/core (`z.enum([...])` or a literal union in its
// source) become suggestions; booleans are presence attributes.
//
//   node scripts/generate-editor-data.mjs           writes both files
//   node scripts/generate-editor-data.mjs --check   fails if either is stale
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const elementsDir = join(root, 'packages/elements');
const check = process.argv.includes('--check');
const unknown = process.argv.slice(2).filter((a) => a !== '--check');
if (unknown.length > 0) {
  console.error(`generate-editor-data: unknown argument ${unknown.join(' ')}; the only option is --check.`);
  process.exit(2);
}

const cemPath = join(elementsDir, 'custom-elements.json');
if (!existsSync(cemPath)) {
  console.error('generate-editor-data: packages/elements/custom-elements.json is missing: run `pnpm analyze:cem` first.');
  process.exit(1);
}
const cem = JSON.parse(readFileSync(cemPath, 'utf8'));
const pkg = JSON.parse(readFileSync(join(elementsDir, 'package.json'), 'utf8'));

/** Named string enums of @candour/core, read from its source: `const x = z.enum([...])` / `type X = z.infer<typeof x>` / `type X = 'a' | 'b'`. */
function coreEnums() {
  const files = [];
  const walk = (dir) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name.endsWith('.ts') && !d.name.endsWith('.test.ts')) files.push(join(dir, d.name));
    }
  };
  walk(join(root, 'packages/core/src'));
  const consts = new Map();
  const types = new Map();
  for (const f of files.sort()) {
    const text = readFileSync(f, 'utf8');
    for (const m of text.matchAll(/export const (\w+) = z\.enum\(\[([^\]]*)\]\)/g)) {
      consts.set(m[1], [...m[2].matchAll(/'([^']*)'/g)].map((v) => v[1]));
    }
    for (const m of text.matchAll(/export type (\w+) = z\.infer<typeof (\w+)>;/g)) types.set(m[1], { from: m[2] });
    for (const m of text.matchAll(/export type (\w+) = ((?:'[^']*'\s*\|\s*)+'[^']*');/g)) {
      types.set(m[1], { values: [...m[2].matchAll(/'([^']*)'/g)].map((v) => v[1]) });
    }
  }
  const out = new Map();
  for (const [name, t] of types) {
    const values = t.values ?? consts.get(t.from);
    if (values && values.length > 0) out.set(name, values);
  }
  return out;
}
const enums = coreEnums();

/** What an attribute's type text allows: `boolean`, a list of values, or free text. */
function valuesOf(typeText = '') {
  const parts = typeText.split('|').map((p) => p.trim()).filter((p) => p && p !== 'undefined' && p !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return { kind: 'boolean' };
  const values = [];
  for (const p of parts) {
    const literal = /^'([^']*)'$/.exec(p) ?? /^"([^"]*)"$/.exec(p);
    if (literal) values.push(literal[1]);
    else if (enums.has(p)) values.push(...enums.get(p));
    else return { kind: parts.length === 1 && parts[0] === 'number' ? 'number' : 'text' };
  }
  return values.length > 0 ? { kind: 'enum', values } : { kind: 'text' };
}

const tidy = (text = '') => text.replace(/\r\n/g, '\n').trim();

const elements = [];
for (const mod of cem.modules ?? []) {
  for (const d of mod.declarations ?? []) {
    if (!d.customElement || !d.tagName) continue;
    elements.push({
      tag: d.tagName,
      className: d.name,
      description: tidy(d.description || d.summary),
      attributes: (d.attributes ?? []).filter((a) => a.name).map((a) => ({ name: a.name, description: tidy(a.description), type: a.type?.text ?? 'string', ...valuesOf(a.type?.text) })),
      events: (d.events ?? []).filter((e) => e.name).map((e) => ({ name: e.name, description: tidy(e.description) })),
      slots: (d.slots ?? []).map((s) => ({ name: s.name, description: tidy(s.description) })),
      cssProperties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: tidy(p.description) })),
      cssParts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: tidy(p.description) })),
    });
  }
}
elements.sort((a, b) => a.tag.localeCompare(b.tag));
if (elements.length === 0) {
  console.error('generate-editor-data: custom-elements.json declares no custom elements; is it the analyzer output?');
  process.exit(1);
}

const vscode = {
  version: 1.1,
  tags: elements.map((el) => ({
    name: el.tag,
    description: { kind: 'markdown', value: el.description },
    attributes: el.attributes.map((a) => ({
      name: a.name,
      description: { kind: 'markdown', value: a.description },
      ...(a.kind === 'boolean' ? { valueSet: 'v' } : {}),
      ...(a.kind === 'enum' ? { values: a.values.map((name) => ({ name })) } : {}),
    })),
  })),
};

const webTypes = {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: elements.map((el) => ({
        name: el.tag,
        description: el.description,
        source: { module: pkg.name, symbol: el.className },
        attributes: el.attributes.map((a) => ({
          name: a.name,
          description: a.description,
          value:
            a.kind === 'boolean'
              ? { type: 'boolean', required: false }
              : a.kind === 'enum'
                ? { type: a.values.map((v) => `'${v}'`).join(' | '), required: true }
                : { type: a.kind === 'number' ? 'number' : 'string', required: true },
          ...(a.kind === 'enum' ? { values: a.values.map((name) => ({ name })) } : {}),
        })),
        ...(el.events.length > 0 ? { events: el.events } : {}),
        ...(el.slots.length > 0 ? { slots: el.slots.map((s) => ({ name: s.name || 'default', description: s.description })) } : {}),
        ...(el.cssProperties.length > 0 || el.cssParts.length > 0
          ? { css: { ...(el.cssProperties.length > 0 ? { properties: el.cssProperties } : {}), ...(el.cssParts.length > 0 ? { parts: el.cssParts } : {}) } }
          : {}),
      })),
    },
  },
};

const outputs = [
  [join(elementsDir, 'vscode.html-custom-data.json'), JSON.stringify(vscode, null, 2) + '\n'],
  [join(elementsDir, 'web-types.json'), JSON.stringify(webTypes, null, 2) + '\n'],
];

let stale = 0;
for (const [file, text] of outputs) {
  const rel = file.slice(root.length);
  if (check) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current !== text) {
      stale++;
      console.error(`${rel} is ${current === undefined ? 'missing' : 'stale'}: run \`node scripts/generate-editor-data.mjs\` (or \`pnpm generate\`) and commit the result.`);
    }
  } else {
    writeFileSync(file, text);
    console.log(`wrote ${rel} (${elements.length} elements)`);
  }
}
if (check) {
  if (stale > 0) process.exit(1);
  console.log('editor data is up to date');
}
