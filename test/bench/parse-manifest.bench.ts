/**
 * Benchmark (a script, not a test): validating a 1,000-feature manifest with
 * `parseManifest` against Ajv validating the generated JSON Schema, in the
 * same run, alternating order. Writes the figures into docs/PERFORMANCE.md.
 *
 *   pnpm bench
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseManifest, manifestSchema, readDisplayManifest } from '@candour/core';

const root = new URL('../../', import.meta.url);
const example = JSON.parse(readFileSync(new URL('examples/candour.json', root), 'utf8')) as { features: { id: string }[] };
const jsonSchema = JSON.parse(readFileSync(new URL('packages/core/schema/candour-manifest.schema.json', root), 'utf8')) as object;

const FEATURES = 1000;
const ROUNDS = Number(process.env.ROUNDS ?? 9);

function bigManifest(): Record<string, unknown> {
  const features = Array.from({ length: FEATURES }, (_, i) => {
    const f = structuredClone(example.features[i % example.features.length]!);
    f.id = `${f.id}-${i}`;
    return f;
  });
  return { ...structuredClone(example), features };
}

const valid = bigManifest();
const broken = bigManifest();
// One fault deep in the last feature: a validator must still read everything.
(broken.features as { label: { involvement: string } }[])[FEATURES - 1]!.label.involvement = 'generatd';

const compileStart = performance.now();
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const ajvValidate = ajv.compile(jsonSchema);
const ajvCompileMs = performance.now() - compileStart;
const ajvFirstError = new Ajv2020({ allErrors: false, strict: false });
addFormats.default(ajvFirstError);
const ajvValidateFirst = ajvFirstError.compile(jsonSchema);

const now = new Date('2026-11-27');
type Case = { name: string; run: (doc: unknown) => boolean };
const cases: Case[] = [
  { name: 'Candour `parseManifest` (schema, rules, framework ids, warnings)', run: (d) => parseManifest(d, { now }).ok },
  { name: 'Candour zod schema alone (`manifestSchema.safeParse`, with rules)', run: (d) => manifestSchema.safeParse(d).success },
  { name: 'Candour display reader (`readDisplayManifest`: label, notice, purposes)', run: (d) => readDisplayManifest(d).ok },
  { name: 'Ajv 2020, generated JSON Schema, all errors', run: (d) => ajvValidate(d) },
  { name: 'Ajv 2020, generated JSON Schema, first error only', run: (d) => ajvValidateFirst(d) },
];

// Sanity: each validator must agree on what is valid before it is timed.
for (const c of cases) {
  if (!c.run(valid)) throw new Error(`${c.name} rejected the valid manifest`);
}
for (const c of cases.filter((c) => !c.name.includes('display'))) {
  if (c.run(broken)) throw new Error(`${c.name} accepted the broken manifest`);
}

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

const results = new Map<string, { valid: number[]; broken: number[] }>();
for (const c of cases) results.set(c.name, { valid: [], broken: [] });
for (const c of cases) c.run(valid); // warm-up
for (let round = 0; round < ROUNDS; round++) {
  const order = round % 2 === 0 ? cases : [...cases].reverse();
  for (const c of order) {
    results.get(c.name)!.valid.push(time(() => c.run(valid)));
    results.get(c.name)!.broken.push(time(() => c.run(broken)));
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
const baseline = median(results.get(cases[3]!.name)!.valid);
const rows = cases.map((c) => {
  const r = results.get(c.name)!;
  return `| ${c.name} | ${fmt(median(r.valid))} (${fmt(Math.min(...r.valid))}–${fmt(Math.max(...r.valid))}) | ${(median(r.valid) / baseline).toFixed(2)}× | ${fmt(median(r.broken))} |`;
});

const bytes = Buffer.byteLength(JSON.stringify(valid));
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${platform()} ${release()}, Node ${process.version}`;
const section = `## Validating a 1,000-feature manifest

Measured ${new Date().toISOString().slice(0, 10)} on ${machine}, by \`pnpm bench\` (test/bench/parse-manifest.bench.ts).
The manifest is the bundled example's features repeated to ${FEATURES.toLocaleString('en-GB')} (${(bytes / 2 ** 20).toFixed(1)} MiB of JSON).
Median of ${ROUNDS} rounds after a warm-up, alternating the order of the validators each round; (min–max) in brackets.
The ratio is to Ajv with all errors. "One fault" is the same manifest with one wrong value in the last feature.
Ajv compiled the schema in ${fmt(ajvCompileMs)} (not counted above).

| validator | valid manifest | ratio | one fault |
| --- | ---: | ---: | ---: |
${rows.join('\n')}

What the rows do differently: Ajv checks shapes and formats only, as JSON Schema can say them. \`parseManifest\` also
runs the cross-field rules, checks every framework id against the packs, and computes warnings (locale coverage,
Easy Read sentence length, overdue reviews). The display reader checks only what the elements show.
`;

console.log(section);
const docPath = new URL('docs/PERFORMANCE.md', root);
let doc: string;
try {
  doc = readFileSync(docPath, 'utf8');
} catch {
  doc = '# Performance\n\nFigures written by the project\u2019s benchmark scripts. Re-run them on your machine; they are not tests.\n';
}
const start = '<!-- bench:parse-manifest:start -->';
const end = '<!-- bench:parse-manifest:end -->';
const block = `${start}\n${section}${end}`;
doc = doc.includes(start) ? doc.replace(new RegExp(`${start}[\\s\\S]*?${end}`), block) : `${doc.trimEnd()}\n\n${block}\n`;
writeFileSync(docPath, doc);
