// One build for every package: ESM with source maps, and one bundled .d.ts per
// entry point. Each package lists its entry points here; dependencies on other
// packages and on Node built-ins stay external.
import { builtinModules } from 'node:module';
import { readFileSync } from 'node:fs';
import typescript from '@rollup/plugin-typescript';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { dts } from 'rollup-plugin-dts';

const packages = [
  { dir: 'packages/core', entries: ['index', 'display', 'frameworks'] },
  { dir: 'packages/cli', entries: ['cli'], banner: '#!/usr/bin/env node' },
];

function externalFor(dir) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const deps = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
  return (id) => builtins.has(id) || deps.some((d) => id === d || id.startsWith(`${d}/`));
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
          exclude: ['**/test/**'],
          compilerOptions: { declaration: false, sourceMap: true, noEmit: false, customConditions: ['source'] },
          noEmitOnError: true,
        }),
      ],
    },
    {
      input,
      external,
      onwarn,
      output: { dir: `${dir}/dist`, format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'chunks/[name]-[hash].d.ts' },
      plugins: [json(), dts({ tsconfig: './tsconfig.json', compilerOptions: { customConditions: ['source'] } })],
    },
  ];
});
