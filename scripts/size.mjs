// Weighs what a browser pays for each way of using @candour/core and for each
// element's registration entry: bundles a tiny module importing it (Rollup,
// node-resolve, terser), then reports the minified and gzipped bytes. Also
// weighs Lit's floor and, when npm can install it into a temporary folder
// outside the workspace, IBM Carbon's AI label. Writes docs/SIZE.md.
// Run after `pnpm build` (the `size` script does both). `--no-carbon` skips
// the Carbon install (about 40 s and 400 MB of temporary files).
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = `${root}packages/core/dist`;
const elements = `${root}packages/elements`;
const BADGE_AIM_GZIP = 7.5 * 1024;

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
    name: 'Reading without checking (`@candour/core/read`: localise, noticeFor)',
    code: `export { localise, noticeFor, noticeSectionKeys } from '${core}/read.js';`,
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

/** Bare imports of the entry and of this repository's own test files resolve as the elements package would. */
function resolveFrom(dir) {
  return {
    name: 'resolve-from',
    async resolveId(id, importer, options) {
      if (/^[./]/.test(id) || id === 'entry' || (importer && importer !== 'entry' && (importer.includes('/node_modules/') || importer.startsWith(`${root}packages/`)))) return null;
      return this.resolve(id, `${dir}/package.json`, { ...options, skipSelf: true });
    },
  };
}

/** Bundles, minifies and gzips; says which packages ended up inside. */
async function weigh(input, plugins, rootDir) {
  const bundle = await rollup({ input, plugins: [...plugins, nodeResolve({ rootDir, browser: true })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const js = chunks.map((o) => o.code).join('\n');
  const ids = chunks.flatMap((o) => Object.keys(o.modules));
  const has = (re) => ids.some((id) => re.test(id.replaceAll('\\', '/')));
  return {
    min: Buffer.byteLength(js),
    gz: gzipSync(js, { level: 9 }).length,
    zod: has(/\/node_modules\/(\.pnpm\/zod@[^/]+\/node_modules\/)?zod\//),
    core: has(/\/packages\/core\/dist\//),
    context: has(/\/@lit\/context\//),
  };
}

const rows = [];
for (const c of cases) {
  rows.push({ name: c.name, ...(await weigh('entry', [virtual(c.code)], `${root}packages/core`)) });
}

// Elements: each registration entry as a supplier imports it, from dist, with Lit,
// @lit/context and whatever of @candour/core it pulls in.
const defineDir = `${elements}/dist/define`;
if (!existsSync(defineDir)) throw new Error('packages/elements/dist is missing: run `pnpm build` first.');
const elementRows = [];
const floor = await weigh(`${root}test/bench/lit-floor.js`, [resolveFrom(elements)], elements);
elementRows.push({ name: 'For scale: Lit alone (a minimal `LitElement` that renders a label: test/bench/lit-floor.js)', ...floor });
for (const file of readdirSync(defineDir).filter((f) => f.endsWith('.js')).sort()) {
  const name = file.slice(0, -3);
  const w = await weigh('entry', [virtual(`import '${defineDir}/${file}';`)], elements);
  elementRows.push({ name: `\`@candour/elements/define/${file}\``, element: name, ...w });
}

// IBM Carbon's AI label, installed with scripts disabled into a temporary folder outside the workspace.
let carbon;
if (process.argv.includes('--no-carbon')) {
  carbon = { skipped: 'skipped (`--no-carbon`)' };
} else {
  const dir = mkdtempSync(join(tmpdir(), 'candour-size-carbon-'));
  try {
    execFileSync('npm', ['install', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', '@carbon/web-components'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
    const version = JSON.parse(readFileSync(`${dir}/node_modules/@carbon/web-components/package.json`, 'utf8')).version;
    const w = await weigh(`${dir}/node_modules/@carbon/web-components/es/components/ai-label/index.js`, [], dir);
    carbon = { version, ...w };
    elementRows.push({ name: `For comparison: IBM Carbon's AI label (\`@carbon/web-components\` ${version}, \`es/components/ai-label/index.js\`)`, ...w });
  } catch (error) {
    carbon = { failed: String(error?.stderr || error?.message || error).trim().split('\n').slice(-3).join(' ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const table = [
  '| what a browser bundle imports | minified | gzipped |',
  '| --- | ---: | ---: |',
  ...rows.map((r) => `| ${r.name} | ${kb(r.min)} | ${kb(r.gz)} |`),
].join('\n');
const yes = (b) => (b ? 'yes' : 'no');
const elementTable = [
  '| entry (Lit included) | minified | gzipped | over Lit alone (gzip) | @candour/core code | zod |',
  '| --- | ---: | ---: | ---: | :---: | :---: |',
  ...elementRows.map((r) => `| ${r.name} | ${kb(r.min)} | ${kb(r.gz)} | ${r === elementRows[0] ? '—' : `${r.gz >= floor.gz ? '+' : '−'}${kb(Math.abs(r.gz - floor.gz))}`} | ${yes(r.core)} | ${yes(r.zod)} |`),
].join('\n');
console.log(table);
console.log();
console.log(elementTable);

const badge = elementRows.find((r) => r.element === 'ai-badge');
const badgeVerdict = badge
  ? badge.gz <= BADGE_AIM_GZIP
    ? `**Met**: the badge's entry is ${kb(badge.gz)} gzipped, Lit included, against an aim of at most 7.5 KB${badge.zod ? '' : ', and it carries no zod'}.`
    : `**Missed** by ${kb(badge.gz - BADGE_AIM_GZIP)}: the badge's entry is ${kb(badge.gz)} gzipped, Lit included, against an aim of at most 7.5 KB.`
  : 'The badge has no registration entry in dist.';
const carbonNote = carbon.version
  ? `Carbon's AI label was installed from the npm registry with install scripts disabled into a temporary folder outside the workspace (\`npm install --ignore-scripts --no-save\`), bundled the same way, then deleted. It brings its own copy of Lit.`
  : carbon.skipped
    ? `Carbon's AI label was not weighed in this run: ${carbon.skipped}.`
    : `Carbon's AI label could not be weighed in this run: installing \`@carbon/web-components\` with \`npm install --ignore-scripts --no-save\` in a temporary folder failed (${carbon.failed.replaceAll('|', '\\|')}).`;
const zodVersion = JSON.parse(readFileSync(`${root}node_modules/zod/package.json`, 'utf8')).version;
const doc = `<!-- Written by scripts/size.mjs (\`pnpm size\`): do not edit by hand. -->
# Bundle sizes

What each way of using \`@candour/core\` costs a browser bundle, measured by bundling a one-line module that imports it
with Rollup, \`@rollup/plugin-node-resolve\` and terser, then gzip at level 9. zod ${zodVersion} (\`zod/mini\`) is included.

${table}

The elements read manifests through the display reader: it checks the label, notice and purposes of each feature with the
same zod schemas the full validator uses, but leaves out the full record schema, the cross-field rules and the framework
packs. Full validation belongs in CI or on the server (\`candour validate\`).

## Elements

What a page pays for each element, measured the same way on each registration entry from \`packages/elements/dist\`
(what a supplier imports, e.g. \`import '@candour/elements/define/ai-badge.js'\`), with Lit ${JSON.parse(readFileSync(`${elements}/node_modules/lit/package.json`, 'utf8')).version}, \`@lit/context\`
and whatever of \`@candour/core\` the entry pulls in all bundled. Entries share Lit, so a page with several elements pays
for Lit once. "@candour/core code" and "zod" say whether any of their modules ended up in the bundle.

${elementTable}

${badgeVerdict} (1 KB = 1,024 bytes.)

${carbonNote}
`;
writeFileSync(`${root}docs/SIZE.md`, doc);
