// Weighs what a browser pays for each way of using @candour/core and for each
// element's registration entry: bundles a tiny module importing it (Rollup,
// node-resolve, terser), then reports the minified and gzipped bytes. Also
// weighs Lit's floor and the anchors, installed at pinned versions by
// test/bench/anchors.mjs (the same entries the side-by-side benchmark loads):
// IBM Carbon's AI label, Shoelace's tooltip and badge, and c2pa-wc's indicator
// next to the badge; vanilla-cookieconsent and Klaro next to the consent prompt.
// Writes docs/SIZE.md. Run after `pnpm build` (the `size` script does both).
// The anchors are installed once with `npm install --ignore-scripts` into
// node_modules/.cache/candour-anchors (the first run needs the npm registry and
// about 700 MB); `--no-anchors` (or `--no-carbon`, its older name) skips them.
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { gzipSync } from 'node:zlib';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BADGE_ANCHORS, installAnchor, PACKAGES, productionEnv } from '../test/bench/anchors.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = `${root}packages/core/dist`;
const elements = `${root}packages/elements`;
const BADGE_AIM_GZIP = 7.5 * 1024;
const PROMPT_AIM_GZIP = 12 * 1024;
/** The consent anchors' versions, pinned (in test/bench/anchors.mjs) so the comparison moves only when we move it. */
const VANILLA_COOKIECONSENT = PACKAGES.vanilla.version;
const KLARO = PACKAGES.klaro.version;
// `--check` (run by `pnpm check:generated`) re-weighs Candour's own entries, without the anchors, and fails when a row of
// docs/SIZE.md no longer matches; it writes nothing.
const check = process.argv.includes('--check');
const skipAnchors = check
  ? '`--check`'
  : process.argv.includes('--no-anchors')
    ? '`--no-anchors`'
    : process.argv.includes('--no-carbon')
      ? '`--no-carbon`'
      : undefined;

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

/** Installs one pinned anchor (cached between runs) and runs `use` on it; a failure is reported, not thrown. */
async function withInstalled(key, use) {
  try {
    return await use(installAnchor(key));
  } catch (error) {
    return { failed: String(error?.message || error).trim().split('\n').slice(-3).join(' ') };
  }
}

/** Bundles, minifies and gzips; says which packages ended up inside. */
async function weigh(input, plugins, rootDir) {
  const bundle = await rollup({ input, plugins: [...plugins, nodeResolve({ rootDir, browser: true })], logLevel: 'silent' });
  const { output } = await bundle.generate({ format: 'es', plugins: [terser({ format: { comments: false } })] });
  await bundle.close();
  const chunks = output.filter((o) => o.type === 'chunk');
  const js = chunks.map((o) => o.code).join('\n');
  // What loads before any dynamic import: the entry and what it imports statically, transitively.
  const byName = new Map(chunks.map((o) => [o.fileName, o]));
  const upFront = new Set();
  const visit = (c) => {
    if (!c || upFront.has(c)) return;
    upFront.add(c);
    for (const f of c.imports) visit(byName.get(f));
  };
  for (const c of chunks) if (c.isEntry) visit(c);
  const firstJs = [...upFront].map((o) => o.code).join('\n');
  const ids = chunks.flatMap((o) => Object.keys(o.modules));
  const has = (re) => ids.some((id) => re.test(id.replaceAll('\\', '/')));
  return {
    min: Buffer.byteLength(js),
    gz: gzipSync(js, { level: 9 }).length,
    firstMin: Buffer.byteLength(firstJs),
    firstGz: gzipSync(firstJs, { level: 9 }).length,
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

// The badge's anchors (test/bench/anchors.mjs): each element's entry as a page imports it, with its own Lit.
const badgeAnchors = [];
const c2paIndicatorAlone = { id: 'c2pa', name: "c2pa-wc's `cai-indicator` alone", entry: (pkg) => `import '${pkg}/dist/components/Indicator/index.js';`, entryFile: 'dist/components/Indicator/index.js' };
for (const anchor of [...BADGE_ANCHORS, c2paIndicatorAlone]) {
  if (skipAnchors) {
    badgeAnchors.push({ anchor, skipped: `skipped (${skipAnchors})` });
    continue;
  }
  const result = await withInstalled(anchor.id, async ({ pkg, dir, name, version }) => ({ name, version, ...(await weigh('entry', [virtual(anchor.entry(pkg)), productionEnv], dir)) }));
  badgeAnchors.push({ anchor, ...result });
  if (result.version) elementRows.push({ ...result, name: `For comparison: ${anchor.name} (\`${result.name}\` ${result.version}, \`${anchor.entryFile}\`)`, anchorOf: anchor.id });
}

// The consent prompt's anchors: vanilla-cookieconsent (its ES module and its
// stylesheet, weighed apart and together) and Klaro (`dist/klaro.js`, its
// ready-made browser bundle with the CSS and every translation inside).
let vanilla;
let klaro;
if (skipAnchors) {
  vanilla = klaro = { skipped: `skipped (${skipAnchors})` };
} else {
  vanilla = await withInstalled('vanilla', async ({ dir, pkg, version }) => {
    const js = await weigh(`${pkg}/dist/cookieconsent.esm.js`, [], dir);
    const css = minifyCss(readFileSync(`${pkg}/dist/cookieconsent.css`, 'utf8'));
    const cssW = { min: Buffer.byteLength(css), gz: gzipSync(css, { level: 9 }).length };
    return { version, js, css: cssW };
  });
  klaro = await withInstalled('klaro', async ({ dir, pkg, version }) => ({ version, ...(await weigh(`${pkg}/dist/klaro.js`, [], dir)) }));
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
const weighedAnchors = badgeAnchors.filter((a) => a.version && a.anchor !== c2paIndicatorAlone);
const notWeighed = badgeAnchors.filter((a) => !a.version);
let badgeVerdict;
if (!badge) badgeVerdict = 'The badge has no registration entry in dist.';
else {
  const aim =
    badge.gz <= BADGE_AIM_GZIP
      ? `**Met**: the badge's entry is ${kb(badge.gz)} gzipped, Lit included, against an aim of at most 7.5 KB${badge.zod ? '' : ', and it carries no zod'}.`
      : `**Missed** by ${kb(badge.gz - BADGE_AIM_GZIP)}: the badge's entry is ${kb(badge.gz)} gzipped, Lit included, against an aim of at most 7.5 KB.`;
  const heavier = weighedAnchors.filter((a) => a.gz <= badge.gz);
  const lighter = !weighedAnchors.length
    ? 'Lighter than every anchor: **not checked** in this run (no anchor was weighed).'
    : heavier.length
      ? `Lighter than every anchor: **Missed**: ${heavier.map((a) => `${a.anchor.name} is ${kb(a.gz)} (${kb(badge.gz - a.gz)} lighter than the badge)`).join('; ')}.`
      : `Lighter than every anchor: **${notWeighed.length ? 'Met for those weighed' : 'Met'}**: ${weighedAnchors.map((a) => `${a.anchor.name} ${kb(a.gz)} (${(a.gz / badge.gz).toFixed(1)}× the badge)`).join('; ')}, all gzipped with their own Lit.`;
  badgeVerdict = `${aim}\n\n${lighter}`;
}
const anchorNotes = badgeAnchors.map((a) =>
  a.version
    ? `${a.anchor.name}: \`${a.name}\` ${a.version}, \`${a.anchor.entryFile}\`.`
    : a.skipped
      ? `${a.anchor.name} was not weighed in this run: ${a.skipped}.`
      : `${a.anchor.name} could not be weighed in this run: ${a.failed.replaceAll('|', '\\|')}.`,
);
const carbonNote = `${badgeAnchors.some((a) => a.version) ? '' : 'No badge anchor was weighed in this run. '}The badge's anchors are installed from the npm registry at pinned versions with install scripts disabled (\`npm install --ignore-scripts\`) into node_modules/.cache/candour-anchors, outside every workspace package (test/bench/anchors.mjs), and each element's entry is bundled, minified and gzipped the same way as ours, with the library's own copy of Lit (Carbon and Shoelace Lit 3, c2pa-wc Lit 2) and whatever else the entry imports; \`process.env.NODE_ENV\` is set to "production" as a bundler would. Shoelace's entry is its tooltip and badge components (the tooltip brings its popup and Floating UI); c2pa-wc's is its indicator with the popover that shows an explanation, and the indicator alone for reference.\n\n${anchorNotes.map((n) => `- ${n}`).join('\n')}`;
const prompt = elementRows.find((r) => r.element === 'consent-prompt');
const anchorFailed = (name, spec, a) =>
  a.skipped ? `${name} (\`${spec}\`) was not weighed in this run: ${a.skipped}.` : `${name} (\`${spec}\`) could not be weighed in this run: ${a.failed.replaceAll('|', '\\|')}.`;
const consentRows = [];
if (prompt) {
  consentRows.push(
    `| Candour's consent prompt, what a page loads up front (\`@candour/elements/define/consent-prompt.js\` and its static imports, Lit and its CSS included; enough for English, the person deciding) | ${kb(prompt.firstMin)} | ${kb(prompt.firstGz)} |`,
    `| Candour's consent prompt with every part it can load on first use (Welsh text, the form for an attorney, deputy or best-interests decision) | ${kb(prompt.min)} | ${kb(prompt.gz)} |`,
  );
}
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
  const lighter =
    vanillaGz === undefined
      ? `Lighter than vanilla-cookieconsent: **not checked** (it was not weighed in this run).`
      : prompt.gz < vanillaGz
        ? `Lighter than vanilla-cookieconsent: **Met**: the prompt with every part it can load is ${kb(prompt.gz)} gzipped, Lit included, ${kb(vanillaGz - prompt.gz)} lighter than vanilla-cookieconsent's JS and CSS together (${kb(vanillaGz)}).`
        : `Lighter than vanilla-cookieconsent: **Missed** by ${kb(prompt.gz - vanillaGz)}: the prompt with every part it can load is ${kb(prompt.gz)} gzipped, Lit included, against vanilla-cookieconsent's JS and CSS together (${kb(vanillaGz)}).`;
  const upFront =
    prompt.firstGz <= PROMPT_AIM_GZIP
      ? `**Met** for what a page loads up front: ${kb(prompt.firstGz)}, ${kb(PROMPT_AIM_GZIP - prompt.firstGz)} under`
      : `**Missed** for what a page loads up front: ${kb(prompt.firstGz)}, ${kb(prompt.firstGz - PROMPT_AIM_GZIP)} over`;
  const all =
    prompt.gz <= PROMPT_AIM_GZIP
      ? `also met with every part loaded (${kb(prompt.gz)})`
      : `**missed** by ${kb(prompt.gz - PROMPT_AIM_GZIP)} with every part loaded (${kb(prompt.gz)}: a Welsh page or a representative deciding loads some of them)`;
  const aim = `At most 12 KB gzipped: ${upFront}; ${all}.`;
  promptVerdict = `Aims for the prompt:\n\n- ${lighter}\n- ${aim}`;
}
const consentNotes = [
  vanilla.version
    ? `vanilla-cookieconsent ${vanilla.version} and Klaro were each installed from the npm registry at pinned versions (\`vanilla-cookieconsent@${VANILLA_COOKIECONSENT}\`, \`klaro@${KLARO}\`) with install scripts disabled (\`npm install --ignore-scripts\`) into node_modules/.cache/candour-anchors, outside every workspace package, and weighed. vanilla-cookieconsent's ES module was bundled the same way as our entries; its stylesheet, which it ships minified, had comments and extra whitespace taken out and was gzipped at level 9 on its own, so its JS + CSS row is the sum of two gzip streams, as a page loading the two files pays.`
    : anchorFailed('vanilla-cookieconsent', `vanilla-cookieconsent@${VANILLA_COOKIECONSENT}`, vanilla),
  klaro.version
    ? `Klaro's \`dist/klaro.js\` is its complete ready-made browser bundle, styles and every translation included, run through the same bundler and minifier; its lighter prebuilt variants (\`klaro-no-css.js\` with \`klaro.min.css\`, or the no-translations builds) are not weighed here.`
    : anchorFailed('Klaro', `klaro@${KLARO}`, klaro),
].join(' ');

if (check) {
  const committed = new Set(readFileSync(`${root}docs/SIZE.md`, 'utf8').split('\n'));
  const ours = [...table.split('\n').slice(2), ...elementTable.split('\n').slice(2).filter((l) => !l.startsWith('| For comparison')), ...consentRows.filter((l) => l.startsWith("| Candour's"))];
  const stale = ours.filter((line) => !committed.has(line));
  if (stale.length) {
    console.error(`docs/SIZE.md is stale: ${stale.length} of Candour's rows weigh differently now. Run \`pnpm size\` and commit the result.\nNow:\n${stale.join('\n')}`);
    process.exit(1);
  }
  console.log(`docs/SIZE.md is up to date (${ours.length} rows of Candour's own entries re-weighed)`);
  process.exit(0);
}

const zodVersion = JSON.parse(readFileSync(`${root}node_modules/zod/package.json`, 'utf8')).version;
const doc = `<!-- Written by scripts/size.mjs (\`pnpm size\`): do not edit by hand. -->
# Bundle sizes

Weighed ${new Date().toISOString().slice(0, 10)} by \`pnpm size\` (scripts/size.mjs${process.argv.length > 2 ? ` ${process.argv.slice(2).join(' ')}` : ''}), Node ${process.version}. Every figure below comes from that one run; sizes do not depend on the machine.

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
