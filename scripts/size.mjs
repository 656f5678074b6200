// Weighs what a browser pays for each way of using @candour/core: bundles a
// tiny module importing it (Rollup, node-resolve, terser), then reports the
// minified and gzipped bytes. Writes the table into docs/SIZE.md.
// Run after `pnpm build` (the `size` script does both).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = `${root}packages/core/dist`;

const cases = [
  {
    name: 'For scale: `zod/mini` with a one-field schema (the floor of any zod validation)',
    code: `import * as z from 'zod/mini'; export const check = (v) => z.strictObject({ a: z.string() }).safeParse(v).success;`,
  },
  {
    name: 'For scale: classic `zod` with the same one-field schema',
    code: `import * as z from 'zod'; export const check = (v) => z.strictObject({ a: z.string() }).safeParse(v).success;`,
  },
  {
    name: 'Display reader (`@candour/core/display`: readDisplayManifest, localise, noticeFor)',
    code: `export { readDisplayManifest, localise, noticeFor } from '${core}/display.js';`,
  },
  {
    name: 'Full validation (`parseManifest`, with the framework packs for id checks)',
    code: `export { parseManifest } from '${core}/index.js';`,
  },
  {
    name: 'Framework registry alone (`@candour/core/frameworks`)',
    code: `export { getDefaultRegistry } from '${core}/frameworks.js';`,
  },
  {
    name: 'Everything in `@candour/core`',
    code: `export * from '${core}/index.js';`,
  },
];

function virtual(code) {
  return {
    name: 'virtual-entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) => (id === 'entry' ? code : null),
  };
}

const rows = [];
for (const c of cases) {
  const bundle = await rollup({ input: 'entry', plugins: [virtual(c.code), nodeResolve({ rootDir: `${root}packages/core` })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
  await bundle.close();
  const js = output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n');
  const min = Buffer.byteLength(js);
  const gz = gzipSync(js, { level: 9 }).length;
  rows.push({ name: c.name, min, gz });
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = [
  '| what a browser bundle imports | minified | gzipped |',
  '| --- | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${kb(r.min)} | ${kb(r.gz)} |`),
].join('\n');
console.log(table);

const zodVersion = JSON.parse(readFileSync(`${root}node_modules/zod/package.json`, 'utf8')).version;
const doc = `<!-- Written by scripts/size.mjs (\`pnpm size\`): do not edit by hand. -->
# Bundle sizes

What each way of using \`@candour/core\` costs a browser bundle, measured by bundling a one-line module that imports it
with Rollup, \`@rollup/plugin-node-resolve\` and terser, then gzip at level 9. zod ${zodVersion} (\`zod/mini\`) is included.

${table}

The elements read manifests through the display reader: it checks the label, notice and purposes of each feature with the
same zod schemas the full validator uses, but leaves out the full record schema, the cross-field rules and the framework
packs. Full validation belongs in CI or on the server (\`candour validate\`).
`;
writeFileSync(`${root}docs/SIZE.md`, doc);
