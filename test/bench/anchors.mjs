// The anchor libraries Candour is measured against, shared by the side-by-side
// benchmark (test/bench/anchors.bench.mjs) and the size table (scripts/size.mjs),
// so both load and weigh exactly the same entries.
//
// Each anchor is installed from the npm registry at a pinned version with install
// scripts disabled (`npm install --ignore-scripts`) into its own folder under
// node_modules/.cache/candour-anchors/, outside every workspace package. The folder
// is kept, so later runs need no network; delete it to start again.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const CACHE = `${root}node_modules/.cache/candour-anchors`;

/** Pinned, so a comparison moves only when we move it. */
export const PACKAGES = {
  carbon: { name: '@carbon/web-components', version: '2.63.0' },
  shoelace: { name: '@shoelace-style/shoelace', version: '2.20.1' },
  c2pa: { name: 'c2pa-wc', version: '0.14.17' },
  vanilla: { name: 'vanilla-cookieconsent', version: '3.1.0' },
  klaro: { name: 'klaro', version: '0.7.22' },
};

/**
 * Installs one pinned anchor (once) and says where it is.
 * @param {keyof typeof PACKAGES} key
 * @returns {{ dir: string, pkg: string, name: string, version: string, fresh: boolean }}
 */
export function installAnchor(key) {
  const spec = PACKAGES[key];
  if (!spec) throw new Error(`Unknown anchor "${key}": expected one of ${Object.keys(PACKAGES).join(', ')}`);
  const dir = `${CACHE}/${spec.name.replace(/[@/]/g, '_')}@${spec.version}`;
  const pkg = `${dir}/node_modules/${spec.name}`;
  const done = `${dir}/.installed`;
  const installedVersion = () => (existsSync(`${pkg}/package.json`) ? JSON.parse(readFileSync(`${pkg}/package.json`, 'utf8')).version : undefined);
  if (existsSync(done) && installedVersion() === spec.version) return { dir, pkg, ...spec, fresh: false };
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/package.json`, '{ "private": true }\n');
  try {
    execFileSync('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `${spec.name}@${spec.version}`], {
      cwd: dir,
      stdio: ['ignore', 'ignore', 'pipe'],
      timeout: 300_000,
    });
  } catch (error) {
    const why = String(error?.stderr || error?.message || error).trim().split('\n').slice(-3).join(' ');
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`Could not install ${spec.name}@${spec.version} with \`npm install --ignore-scripts\` into ${dir} (the first run needs the npm registry): ${why}`);
  }
  if (installedVersion() !== spec.version) throw new Error(`${spec.name}: npm installed ${installedVersion()} into ${dir}, not the pinned ${spec.version}`);
  writeFileSync(done, `${spec.name}@${spec.version}\n`);
  return { dir, pkg, ...spec, fresh: true };
}

/**
 * The badge's anchors: what a page imports to show each one, and how one instance is written.
 * `entry(pkg)` is the module a supplier would import (pkg: the installed package's folder).
 */
export const BADGE_ANCHORS = [
  {
    id: 'carbon',
    name: "IBM Carbon's AI label (`cds-ai-label`)",
    tags: ['cds-ai-label'],
    entryFile: 'es/components/ai-label/index.js',
    entry: (pkg) => `import '${pkg}/es/components/ai-label/index.js';`,
  },
  {
    id: 'shoelace',
    name: "Shoelace's `sl-tooltip` around an `sl-badge`",
    tags: ['sl-tooltip', 'sl-badge'],
    entryFile: 'dist/components/tooltip/tooltip.js + dist/components/badge/badge.js',
    entry: (pkg) => `import '${pkg}/dist/components/tooltip/tooltip.js';\nimport '${pkg}/dist/components/badge/badge.js';`,
  },
  {
    id: 'c2pa',
    name: "The Content Authenticity Initiative's `cai-indicator` in a `cai-popover` (c2pa-wc)",
    tags: ['cai-indicator', 'cai-popover'],
    entryFile: 'dist/components/Indicator/index.js + dist/components/Popover/index.js',
    entry: (pkg) => `import '${pkg}/dist/components/Indicator/index.js';\nimport '${pkg}/dist/components/Popover/index.js';`,
  },
];

/** Libraries written for bundlers read `process.env.NODE_ENV`; a browser has no `process`, so it becomes "production", as a bundler would make it. */
export const productionEnv = {
  name: 'production-env',
  transform: (code) => (code.includes('process.env.NODE_ENV') ? { code: code.replaceAll('process.env.NODE_ENV', '"production"'), map: null } : null),
};

export function virtualEntry(code) {
  return {
    name: 'virtual-entry',
    resolveId: (id) => (id === 'entry' ? id : null),
    load: (id) => (id === 'entry' ? code : null),
  };
}

/**
 * Bundles one module (or a file) into one ES module file, minified with terser.
 * @param {{ code?: string, input?: string, rootDir: string, plugins?: import('rollup').Plugin[] }} options
 * @returns {Promise<{ code: string, ids: string[] }>}
 */
export async function bundle({ code, input, rootDir, plugins = [] }) {
  const warnings = [];
  const b = await rollup({
    input: code === undefined ? input : 'entry',
    logLevel: 'silent',
    onwarn: (w) => warnings.push(w),
    plugins: [...(code === undefined ? [] : [virtualEntry(code)]), ...plugins, productionEnv, nodeResolve({ rootDir, browser: true })],
  });
  const { output } = await b.generate({ format: 'es', inlineDynamicImports: true, plugins: [terser({ format: { comments: false } })] });
  await b.close();
  const unresolved = warnings.filter((w) => w.code === 'UNRESOLVED_IMPORT');
  if (unresolved.length) throw new Error(`Bundling left imports unresolved: ${unresolved.map((w) => w.exporter ?? w.message).join(', ')}`);
  const chunks = output.filter((o) => o.type === 'chunk');
  return { code: chunks.map((o) => o.code).join('\n'), ids: chunks.flatMap((o) => Object.keys(o.modules)) };
}
