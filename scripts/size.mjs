// Weighs what a browser pays for each way of using @candour/core and for each
// element's registration entry: bundles a tiny module importing it (Rollup,
// node-resolve, terser), then reports the minified and gzipped bytes. Also
// weighs Lit's floor and, when npm can install them into a temporary folder
// outside the workspace, the anchors: IBM Carbon's AI label next to the badge,
// vanilla-cookieconsent and Klaro next to the consent prompt. Writes
// docs/SIZE.md. Run after `pnpm build` (the `size` script does both).
// `--no-anchors` (or `--no-carbon`, its older name) skips every anchor install
// (about a minute and 400 MB of temporary files).
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
const PROMPT_AIM_GZIP = 12 * 1024;
/** The consent anchors' versions, pinned so the comparison moves only when we move it. */
const VANILLA_COOKIECONSENT = '3.1.0';
const KLARO = '0.7.22';
const skipAnchors = process.argv.includes('--no-anchors') ? '`--no-anchors`' : process.argv.includes('--no-carbon') ? '`--no-carbon`' : undefined;

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

/**
 * A stylesheet as a browser gets it, minified conservatively: comments out and
 * runs of whitespace shortened (vanilla-cookieconsent ships its CSS minified already).
 */
function minifyCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .trim();
}

/** Installs pinned packages with npm, scripts disabled, into a temporary folder outside the workspace; runs `use` on it, then deletes it. */
async function withInstalled(specs, use) {
  const dir = mkdtempSync(join(tmpdir(), 'candour-size-anchor-'));
  try {
    execFileSync('npm', ['install', '--ignore-scripts', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', ...specs], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
    return await use(dir);
  } catch (error) {
    return { failed: String(error?.stderr || error?.message || error).trim().split('\n').slice(-3).join(' ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
if (skipAnchors) {
  carbon = { skipped: `skipped (${skipAnchors})` };
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

// The consent prompt's anchors: vanilla-cookieconsent (its ES module and its
// stylesheet, weighed apart and together) and Klaro (`dist/klaro.js`, its
// ready-made browser bundle with the CSS and every translation inside).
let vanilla;
let klaro;
if (skipAnchors) {
  vanilla = klaro = { skipped: `skipped (${skipAnchors})` };
} else {
  vanilla = await withInstalled([`vanilla-cookieconsent@${VANILLA_COOKIECONSENT}`], async (dir) => {
    const pkg = `${dir}/node_modules/vanilla-cookieconsent`;
    const version = JSON.parse(readFileSync(`${pkg}/package.json`, 'utf8')).version;
    const js = await weigh(`${pkg}/dist/cookieconsent.esm.js`, [], dir);
    const css = minifyCss(readFileSync(`${pkg}/dist/cookieconsent.css`, 'utf8'));
    const cssW = { min: Buffer.byteLength(css), gz: gzipSync(css, { level: 9 }).length };
    return { version, js, css: cssW };
  });
  klaro = await withInstalled([`klaro@${KLARO}`], async (dir) => {
    const version = JSON.parse(readFileSync(`${dir}/node_modules/klaro/package.json`, 'utf8')).version;
    return { version, ...(await weigh(`${dir}/node_modules/klaro/dist/klaro.js`, [], dir)) };
  });
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
const prompt = elementRows.find((r) => r.element === 'consent-prompt');
const anchorFailed = (name, spec, a) =>
  a.skipped ? `${name} was not weighed in this run: ${a.skipped}.` : `${name} could not be weighed in this run: \`npm install --ignore-scripts --no-save ${spec}\` in a temporary folder failed (${a.failed.replaceAll('|', '\\|')}).`;
const consentRows = [];
if (prompt) consentRows.push(`| Candour's consent prompt (\`@candour/elements/define/consent-prompt.js\`, Lit and its CSS included) | ${kb(prompt.min)} | ${kb(prompt.gz)} |`);
if (vanilla.version) {
  consentRows.push(
    `| vanilla-cookieconsent ${vanilla.version}: JS (\`dist/cookieconsent.esm.js\`) | ${kb(vanilla.js.min)} | ${kb(vanilla.js.gz)} |`,
    `| vanilla-cookieconsent ${vanilla.version}: CSS (\`dist/cookieconsent.css\`) | ${kb(vanilla.css.min)} | ${kb(vanilla.css.gz)} |`,
    `| **vanilla-cookieconsent ${vanilla.version}: JS + CSS** | ${kb(vanilla.js.min + vanilla.css.min)} | ${kb(vanilla.js.gz + vanilla.css.gz)} |`,
  );
}
if (klaro.version) consentRows.push(`| Klaro ${klaro.version} (\`dist/klaro.js\`: CSS and every translation inside) | ${kb(klaro.min)} | ${kb(klaro.gz)} |`);
const consentTable = ['| what a page loads to ask for consent | minified | gzipped |', '| --- | ---: | ---: |', ...consentRows].join('\n');
console.log();
console.log(consentTable);
const vanillaGz = vanilla.version ? vanilla.js.gz + vanilla.css.gz : undefined;
let promptVerdict;
if (!prompt) promptVerdict = 'The consent prompt has no registration entry in dist.';
else {
  const aim = prompt.gz <= PROMPT_AIM_GZIP ? `within the 12 KB aim by ${kb(PROMPT_AIM_GZIP - prompt.gz)}` : `over the 12 KB aim by ${kb(prompt.gz - PROMPT_AIM_GZIP)}`;
  const anchor = vanillaGz === undefined ? 'vanilla-cookieconsent was not weighed in this run, so the second half of the aim is unchecked' : prompt.gz < vanillaGz ? `${kb(vanillaGz - prompt.gz)} lighter than vanilla-cookieconsent's JS and CSS together (${kb(vanillaGz)})` : `${kb(prompt.gz - vanillaGz)} heavier than vanilla-cookieconsent's JS and CSS together (${kb(vanillaGz)})`;
  const met = prompt.gz <= PROMPT_AIM_GZIP && vanillaGz !== undefined && prompt.gz < vanillaGz;
  const verdict = met ? '**Met**' : prompt.gz > PROMPT_AIM_GZIP || (vanillaGz !== undefined && prompt.gz >= vanillaGz) ? `**Missed**` : '**Not checked**';
  promptVerdict = `${verdict} (aim: at most 12 KB gzipped, Lit included, and lighter than vanilla-cookieconsent): the prompt's entry is ${kb(prompt.gz)} gzipped, ${aim}, and ${anchor}.`;
}
const consentNotes = [
  vanilla.version
    ? `vanilla-cookieconsent ${vanilla.version} and Klaro were each installed from the npm registry at pinned versions (\`vanilla-cookieconsent@${VANILLA_COOKIECONSENT}\`, \`klaro@${KLARO}\`) with install scripts disabled into a temporary folder outside the workspace (\`npm install --ignore-scripts --no-save\`), weighed, then deleted. vanilla-cookieconsent's ES module was bundled the same way as our entries; its stylesheet, which it ships minified, had comments and extra whitespace taken out and was gzipped at level 9 on its own, so its JS + CSS row is the sum of two gzip streams, as a page loading the two files pays.`
    : anchorFailed('vanilla-cookieconsent', `vanilla-cookieconsent@${VANILLA_COOKIECONSENT}`, vanilla),
  klaro.version
    ? `Klaro's \`dist/klaro.js\` is its complete ready-made browser bundle, styles and every translation included, run through the same bundler and minifier; its lighter prebuilt variants (\`klaro-no-css.js\` with \`klaro.min.css\`, or the no-translations builds) are not weighed here.`
    : anchorFailed('Klaro', `klaro@${KLARO}`, klaro),
].join(' ');

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

## Consent prompt

What a page loads to ask for consent: Candour's prompt (its registration entry as above, Lit and the styles inside the
JS) against the consent banners suppliers would otherwise reach for.

${consentTable}

${promptVerdict}

${consentNotes}
`;
writeFileSync(`${root}docs/SIZE.md`, doc);
