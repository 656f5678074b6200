// One build for every package: ESM with source maps, and one bundled .d.ts per
// entry point. Each package lists its entry points here; dependencies on other
// packages and on Node built-ins stay external.
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { dts } from 'rollup-plugin-dts';

/**
 * The elements' public modules, found rather than listed so a new element needs
 * no change here. dist/ mirrors src/, so the package's `./*.js` export maps one
 * path to both (`source` → src/*.ts, `import` → dist/*.js):
 * - `index` (src/index.ts): the classes, events and `registerMessages`, no registration;
 * - `define/<name>`: registers one element (the side-effect entries);
 * - `<element>/<module>`: each element's class module, e.g. `ai-badge/ai-badge`.
 * Everything else (internal/, i18n/, events/, *.styles.ts) is private: Rollup
 * puts it in shared chunks under dist/chunks/.
 */
function elementEntries(dir) {
  const src = `${dir}/src`;
  const privateDirs = new Set(['internal', 'i18n', 'events', 'test']);
  const isModule = (f) => f.endsWith('.ts') && !/\.(test|styles|stories|d)\.ts$/.test(f);
  const entries = existsSync(`${src}/index.ts`) ? ['index'] : [];
  for (const d of readdirSync(src, { withFileTypes: true })) {
    if (!d.isDirectory() || privateDirs.has(d.name)) continue;
    for (const f of readdirSync(`${src}/${d.name}`).filter(isModule).sort()) entries.push(`${d.name}/${f.slice(0, -3)}`);
  }
  return entries;
}

const packages = [
  { dir: 'packages/core', entries: ['index', 'display', 'read', 'frameworks', 'consent', 'consent-export'] },
  { dir: 'packages/cli', entries: ['cli'], banner: '#!/usr/bin/env node' },
  { dir: 'packages/elements', entries: elementEntries('packages/elements') },
];

function externalFor(dir) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return (id) => builtins.has(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));
}

/**
 * Shared chunks are named by content hash, so each build that changes them
 * would leave the old ones behind in dist/chunks. After writing, removes the
 * chunks of this build's kind (`.js` and maps, or `.d.ts`) that it did not write.
 */
function pruneStaleChunks(kind) {
  const ours = kind === 'dts' ? (f) => f.endsWith('.d.ts') : (f) => /\.js(\.map)?$/.test(f);
  return {
    name: 'prune-stale-chunks',
    writeBundle(options, bundle) {
      const dir = `${options.dir}/chunks`;
      if (!existsSync(dir)) return;
      for (const f of readdirSync(dir)) {
        if (ours(f) && !(`chunks/${f}` in bundle)) rmSync(`${dir}/${f}`);
      }
    },
  };
}

const onwarn = (warning, warn) => {
  // Circular imports between type-only modules are harmless; everything else is shown.
  if (warning.code === 'CIRCULAR_DEPENDENCY') return;
  warn(warning);
};

export default packages.flatMap(({ dir, entries, banner }) => {
  const input = Object.fromEntries(entries.map((e) => [e, `${dir}/src/${e}.ts`]));
  const external = externalFor(dir);
  return [
    {
      input,
      external,
      onwarn,
      output: { dir: `${dir}/dist`, format: 'es', sourcemap: true, banner, entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      plugins: [
        nodeResolve({ exportConditions: ['import', 'default'] }),
        json({ preferConst: true, compact: true }),
        typescript({
          tsconfig: './tsconfig.json',
          include: [`${dir}/src/**/*.ts`, `${dir}/data/*.json`],
          exclude: ['**/test/**', '**/*.test.ts', '**/*.stories.ts'],
          compilerOptions: { declaration: false, sourceMap: true, noEmit: false, customConditions: ['source'] },
          noEmitOnError: true,
        }),
        pruneStaleChunks('js'),
      ],
    },
    {
      input,
      external,
      onwarn,
      output: { dir: `${dir}/dist`, format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
      plugins: [json(), dts({ tsconfig: './tsconfig.json', compilerOptions: { customConditions: ['source'] } }), pruneStaleChunks('dts')],
    },
  ];
});
