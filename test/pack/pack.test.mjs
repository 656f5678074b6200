// The packages as a supplier gets them. Packs every publishable package with
// `pnpm pack` (which applies publishConfig and replaces workspace: versions),
// checks each tarball's contents against its manifest, installs the tarballs
// with npm into a fresh project in the system's temporary folder (outside the
// workspace: nothing resolves through the workspace's node_modules), and uses
// them from there: every export imported in Node, every export's types
// checked by tsc (moduleResolution nodenext and bundler), `npx candour
// validate`, and a page bundled with esbuild that renders a badge in Chromium.
// A missing file or export fails here with a message that names it.
//
// Needs `pnpm build` first, and the npm registry for the packages' own
// dependencies (lit, zod, …). @candour/react is included when
// packages/react/dist exists. KEEP_PACK=1 keeps the temporary folder.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../..', import.meta.url));
const executablePath = ['/usr/bin/chromium', '/usr/lib/chromium/chromium'].find((p) => existsSync(p));

const wanted = ['core', 'elements', 'cli'];
if (existsSync(join(root, 'packages/react/dist/index.js'))) wanted.push('react');
const packages = wanted.map((dir) => {
  const manifest = JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8'));
  return { dir, path: join(root, 'packages', dir), name: manifest.name, version: manifest.version, workspaceManifest: manifest };
});

let work;
let app;
const packed = new Map(); // name → { tarball, files: Set<string>, manifest }

function run(cmd, args, options) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')} could not start: ${r.error.message}`);
  return r;
}

function mustRun(cmd, args, options, what) {
  const r = run(cmd, args, options);
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}): ${cmd} ${args.join(' ')}\n${r.stdout}\n${r.stderr}`);
  return r;
}

/** Files a pattern export (`./define/*.js` → `./dist/define/*.js`) reaches, as [subpath, file] pairs. */
function expandPattern(key, target, files) {
  const [tPre, tPost] = target.split('*');
  const [kPre, kPost] = key.split('*');
  const out = [];
  for (const f of files) {
    const rel = `./${f}`;
    if (rel.startsWith(tPre) && rel.endsWith(tPost) && rel.length >= tPre.length + tPost.length) {
      const middle = rel.slice(tPre.length, rel.length - tPost.length);
      out.push([`${kPre}${middle}${kPost}`, rel]);
    }
  }
  return out;
}

/** The condition targets of one export entry: { types?, import?, default? } or a string. */
const targetsOf = (entry) => (typeof entry === 'string' ? { default: entry } : entry ?? {});

/** Every concrete subpath of a package's exports map with what it points at; null exports are left out. */
function exportedSubpaths(manifest, files) {
  const out = [];
  const blocked = Object.entries(manifest.exports ?? {}).filter(([, v]) => v === null).map(([k]) => k);
  for (const [key, entry] of Object.entries(manifest.exports ?? {})) {
    if (entry === null) continue;
    const t = targetsOf(entry);
    const runtime = t.import ?? t.default;
    if (!key.includes('*')) {
      out.push({ subpath: key, runtime, types: t.types });
      continue;
    }
    const matches = expandPattern(key, runtime, files);
    for (const [subpath, file] of matches) {
      // A more specific key, or a null (private) key, takes the subpath instead.
      if (blocked.some((b) => subpath.startsWith(b.replace('*', '')))) continue;
      if (Object.keys(manifest.exports).some((k) => k !== key && !k.includes('*') && k === subpath)) continue;
      const longer = Object.keys(manifest.exports).find((k) => k !== key && k.includes('*') && k.split('*')[0].length > key.split('*')[0].length && subpath.startsWith(k.split('*')[0]) && subpath.endsWith(k.split('*')[1]));
      if (longer) continue;
      const middle = file.slice(runtime.split('*')[0].length, file.length - runtime.split('*')[1].length);
      out.push({ subpath, runtime: file, types: t.types?.replace('*', middle), pattern: key });
    }
    if (matches.length === 0) out.push({ subpath: key, runtime, types: t.types, pattern: key, empty: true });
  }
  return out;
}

before(async () => {
  for (const p of packages) {
    const main = join(p.path, 'dist');
    assert.ok(existsSync(main), `${relative(root, main)} is missing: run \`pnpm build\` first`);
  }
  assert.ok(existsSync(join(root, 'packages/elements/dist/cdn/candour.js')), 'packages/elements/dist/cdn is missing: run `pnpm build` first');
  work = mkdtempSync(join(tmpdir(), 'candour-pack-'));
  assert.ok(!work.startsWith(root), 'the fresh project must be outside the workspace');
  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs);
  for (const p of packages) {
    const before = new Set(readdirSync(tarballs));
    mustRun('pnpm', ['pack', '--pack-destination', tarballs], { cwd: p.path }, `pnpm pack of ${p.name}`);
    const made = readdirSync(tarballs).filter((f) => !before.has(f));
    assert.equal(made.length, 1, `pnpm pack of ${p.name} made ${made.length} tarballs`);
    const tarball = join(tarballs, made[0]);
    const list = mustRun('tar', ['-tzf', tarball], {}, `listing ${made[0]}`).stdout.split('\n').filter(Boolean);
    const files = new Set(list.map((f) => f.replace(/^package\//, '')));
    const manifest = JSON.parse(mustRun('tar', ['-xzOf', tarball, 'package/package.json'], {}, `reading ${made[0]}`).stdout);
    packed.set(p.name, { tarball, files, manifest, pkg: p });
  }
  app = join(work, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'candour-pack-check', version: '1.0.0', private: true, type: 'module' }, null, 2));
  const extra = packed.has('@candour/react') ? ['@types/react@19'] : [];
  // Optional peers (e.g. what a server-rendering entry needs) are what a supplier using that entry installs: so do we.
  for (const { manifest } of packed.values()) {
    for (const [dep, meta] of Object.entries(manifest.peerDependenciesMeta ?? {})) {
      if (meta?.optional && manifest.peerDependencies?.[dep]) extra.push(`${dep}@${manifest.peerDependencies[dep]}`);
    }
  }
  mustRun(
    'npm',
    ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock', '--loglevel=error', ...[...packed.values()].map((p) => p.tarball), ...extra],
    { cwd: app, env: { ...process.env, npm_config_workspaces: 'false' } },
    'npm install of the tarballs into a fresh project',
  );
  console.log(`packed and installed into ${app}: ${[...packed.keys()].join(', ')}${packed.has('@candour/react') ? '' : ' (no @candour/react: packages/react/dist does not exist)'}`);
});

after(() => {
  if (work && !process.env.KEEP_PACK) rmSync(work, { recursive: true, force: true });
  else if (work) console.log(`kept ${work}`);
});

test('each tarball holds what its manifest points at, and nothing private', () => {
  const problems = [];
  for (const [name, { files, manifest, pkg }] of packed) {
    const has = (p) => files.has(p.replace(/^\.\//, ''));
    for (const f of ['package.json', 'README.md', 'LICENSE']) if (!has(f)) problems.push(`${name}: ${f} is not in the tarball`);
    if (!readFileSync(join(pkg.path, 'README.md'), 'utf8').split('\n').slice(0, 12).some((l) => l.startsWith('```'))) problems.push(`${name}: README.md does not start with an example`);
    if (manifest.license !== 'Apache-2.0') problems.push(`${name}: licence is ${manifest.license}`);
    for (const [dep, spec] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
      if (String(spec).startsWith('workspace:')) problems.push(`${name}: dependency ${dep} is still ${spec}`);
    }
    // The workspace-only `source` condition points at src/*.ts: it must not reach users.
    if (JSON.stringify(manifest.exports).includes('"source"')) problems.push(`${name}: the published exports still have the \`source\` condition`);
    // publishConfig.exports replaces exports; it must not drop or add a subpath.
    const keys = (e) => Object.keys(e ?? {}).sort().join(', ');
    if (keys(manifest.exports) !== keys(pkg.workspaceManifest.exports)) {
      problems.push(`${name}: published exports (${keys(manifest.exports)}) differ from the workspace's (${keys(pkg.workspaceManifest.exports)}): update publishConfig.exports`);
    }
    for (const field of ['main', 'types', 'customElements', 'web-types', 'unpkg', 'jsdelivr']) {
      if (manifest[field] && !has(manifest[field])) problems.push(`${name}: "${field}": ${manifest[field]} is not in the tarball`);
    }
    for (const [bin, file] of Object.entries(manifest.bin ?? {})) if (!has(file)) problems.push(`${name}: bin ${bin} → ${file} is not in the tarball`);
    for (const e of exportedSubpaths(manifest, [...files])) {
      if (e.empty) problems.push(`${name}: export ${e.subpath} matches no file in the tarball`);
      else if (!has(e.runtime)) problems.push(`${name}: export ${e.subpath} → ${e.runtime} is not in the tarball`);
      if (e.types && !e.empty && !has(e.types)) problems.push(`${name}: export ${e.subpath} types → ${e.types} is not in the tarball`);
    }
    for (const f of files) {
      if (/\.(test|stories)\.[cm]?[jt]sx?$/.test(f) || /(^|\/)test\//.test(f)) problems.push(`${name}: a test file is published: ${f}`);
      if (/^dist\/.*\.js$/.test(f) && !files.has(`${f}.map`)) problems.push(`${name}: ${f} has no source map`);
    }
    // Source maps must lead somewhere: their sources are published, or inlined.
    for (const f of [...files].filter((x) => x.endsWith('.js.map') && !x.startsWith('dist/cdn/'))) {
      const map = JSON.parse(mustRun('tar', ['-xzOf', packed.get(name).tarball, `package/${f}`], {}, 'reading a map').stdout);
      (map.sources ?? []).forEach((s, i) => {
        const target = join(dirname(f), s).replace(/\\/g, '/');
        if (!map.sourcesContent?.[i] && !files.has(target)) problems.push(`${name}: ${f} points at ${s}, which is neither published nor inlined`);
      });
    }
    if (name === '@candour/elements') {
      // The version the two-copies warning names must be the package's own.
      const chunk = [...files].find((f) => /^dist\/chunks\/define-[^/]+\.js$/.test(f));
      const text = chunk ? mustRun('tar', ['-xzOf', packed.get(name).tarball, `package/${chunk}`], {}, 'reading define').stdout : '';
      const v = /CANDOUR_VERSION = ['"]([^'"]+)['"]/.exec(text)?.[1];
      if (v !== manifest.version) problems.push(`${name}: CANDOUR_VERSION is ${v ?? 'not found'} but the package is ${manifest.version} (packages/elements/src/internal/define.ts)`);
      for (const f of ['custom-elements.json', 'vscode.html-custom-data.json', 'web-types.json', 'dist/cdn/candour.js', 'dist/cdn/autoload.js']) if (!has(f)) problems.push(`${name}: ${f} is not in the tarball`);
    }
  }
  assert.deepEqual(problems, [], `\n${problems.join('\n')}`);
});

/** Subpaths that only make sense in a browser: the CDN build (browser Lit, minified). */
const browserOnly = (name, subpath) => name === '@candour/elements' && subpath.startsWith('./cdn/');

test('every export resolves from the fresh project and the Node-loadable ones import', () => {
  const specifiers = [];
  for (const [name] of packed) {
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8'));
    const files = listFiles(join(app, 'node_modules', name));
    for (const e of exportedSubpaths(installed, files)) {
      const spec = e.subpath === '.' ? name : `${name}/${e.subpath.slice(2)}`;
      specifiers.push({ spec, load: !browserOnly(name, e.subpath), json: e.runtime.endsWith('.json') });
    }
  }
  assert.ok(specifiers.length > 20, `only ${specifiers.length} exports found`);
  // One child process in the fresh project: resolution is Node's, from there, with no workspace around it.
  const script = `
    import { readFileSync } from 'node:fs';
    import { fileURLToPath } from 'node:url';
    const specs = ${JSON.stringify(specifiers)};
    const failures = [];
    for (const { spec, load, json } of specs) {
      let url;
      try { url = import.meta.resolve(spec); } catch (e) { failures.push(spec + ': does not resolve: ' + e.message); continue; }
      if (!url.includes('/node_modules/')) failures.push(spec + ': resolved outside node_modules: ' + url);
      try {
        if (json) JSON.parse(readFileSync(fileURLToPath(url), 'utf8'));
        else if (load) await import(spec);
        else readFileSync(fileURLToPath(url));
      } catch (e) { failures.push(spec + ': ' + (e && e.message)); }
    }
    console.log(JSON.stringify({ checked: specs.length, failures }));
  `;
  writeFileSync(join(app, 'check-exports.mjs'), script);
  const r = run(process.execPath, ['check-exports.mjs'], { cwd: app });
  assert.equal(r.status, 0, `the export check crashed:\n${r.stderr}`);
  const result = JSON.parse(r.stdout.trim().split('\n').pop());
  assert.deepEqual(result.failures, [], `\n${result.failures.join('\n')}`);
  assert.equal(result.checked, specifiers.length);
});

function listFiles(dir, base = dir) {
  const out = [];
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    if (d.name === 'node_modules') continue;
    const p = join(dir, d.name);
    if (d.isDirectory()) out.push(...listFiles(p, base));
    else out.push(relative(base, p).replace(/\\/g, '/'));
  }
  return out;
}

for (const resolution of ['nodenext', 'bundler']) {
  test(`the types of every export resolve and check (moduleResolution ${resolution})`, () => {
    const lines = [];
    let n = 0;
    for (const [name] of packed) {
      const installed = JSON.parse(readFileSync(join(app, 'node_modules', name, 'package.json'), 'utf8'));
      for (const e of exportedSubpaths(installed, listFiles(join(app, 'node_modules', name)))) {
        if (!e.types) continue;
        const spec = e.subpath === '.' ? name : `${name}/${e.subpath.slice(2)}`;
        lines.push(`import * as m${n++} from '${spec}';`, `void m${n - 1};`);
      }
    }
    assert.ok(n > 15, `only ${n} typed exports`);
    // What a supplier writes: typed tags, typed events, typed parse results.
    lines.push(
      `import '@candour/elements/define/ai-badge.js';`,
      `import { parseManifestJson } from '@candour/core';`,
      `import type { CandourAiBadge } from '@candour/elements';`,
      `const badge: CandourAiBadge = document.createElement('candour-ai-badge');`,
      `badge.feature = 'visit-note-summary';`,
      `const parsed = parseManifestJson('{}');`,
      `if (!parsed.ok) { const first: string | undefined = parsed.errors[0]?.message; void first; }`,
      `// @ts-expect-error the badge has no such property`,
      `badge.notAProperty = 1;`,
    );
    writeFileSync(join(app, `types-${resolution}.mts`), lines.join('\n') + '\n');
    writeFileSync(
      join(app, `tsconfig.${resolution}.json`),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: resolution === 'nodenext' ? 'NodeNext' : 'ESNext',
          moduleResolution: resolution === 'nodenext' ? 'NodeNext' : 'Bundler',
          lib: ['ES2022', 'DOM', 'DOM.Iterable'],
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          types: [],
        },
        files: [`types-${resolution}.mts`],
      }),
    );
    const r = run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${resolution}.json`], { cwd: app });
    assert.equal(r.status, 0, `tsc found errors:\n${r.stdout}${r.stderr}`);
  });
}

test('npx candour validate works from the installed package', () => {
  const ok = run('npx', ['--no-install', 'candour', 'validate', join(root, 'examples/candour.json')], { cwd: app });
  assert.equal(ok.status, 0, `candour validate failed:\n${ok.stdout}\n${ok.stderr}`);
  assert.match(ok.stdout, /✓ .*candour\.json: valid candour\.json/);
  const bad = run('npx', ['--no-install', 'candour', 'validate', join(root, 'examples/invalid/04-misspelt-key.json')], { cwd: app });
  assert.equal(bad.status, 1, `an invalid manifest must exit 1:\n${bad.stdout}\n${bad.stderr}`);
  const version = run('npx', ['--no-install', 'candour', '--version'], { cwd: app });
  assert.equal(version.status, 0, version.stderr);
  assert.ok(version.stdout.includes(packed.get('@candour/cli').manifest.version), `--version printed ${version.stdout}`);
});

test('a page bundled from the installed packages (esbuild) and the installed CDN file render a badge in Chromium', async () => {
  assert.ok(executablePath, 'Debian chromium is not installed (scripts/install.sh installs it)');
  const esbuildDir = readdirSync(join(root, 'node_modules/.pnpm')).filter((d) => /^esbuild@\d/.test(d)).sort().pop();
  assert.ok(esbuildDir, 'esbuild is not in the workspace (vite brings it)');
  const esbuild = await import(pathToFileURL(join(root, 'node_modules/.pnpm', esbuildDir, 'node_modules/esbuild/lib/main.js')).href);
  writeFileSync(join(app, 'page.js'), `import '@candour/elements/define/ai-badge.js';\n`);
  // Resolution from the fresh project only: absWorkingDir is the app, with no nodePaths.
  const result = await esbuild.build({ absWorkingDir: app, entryPoints: ['page.js'], bundle: true, format: 'esm', write: false, minify: true, logLevel: 'silent', metafile: true });
  const bundled = result.outputFiles[0].text;
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.every((i) => i === 'page.js' || i.startsWith('node_modules/')), `the bundle reached outside the fresh project: ${inputs.filter((i) => !i.startsWith('node_modules/')).join(', ')}`);
  assert.ok(inputs.some((i) => i.startsWith('node_modules/@candour/elements/dist/')), 'the bundle did not use the installed @candour/elements');
  // `sideEffects` keeps the registration: an empty bundle would mean it was shaken away.
  assert.match(bundled, /candour-ai-badge/);
  const cdnFile = readFileSync(join(app, 'node_modules/@candour/elements/dist/cdn/candour.js'));

  const html = (script) => `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>pack</title></head><body>
    <p>Visit note <candour-ai-badge involvement="generated" review="before-use"></candour-ai-badge></p>
    <script type="module" src="${script}"></script></body></html>`;
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    for (const [page, script, body] of [
      ['bundled', '/page.js', bundled],
      ['cdn', '/candour.js', cdnFile],
    ]) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const errors = [];
      tab.on('pageerror', (e) => errors.push(String(e)));
      tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await tab.route('**/*', (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: html(script) });
        if (url.pathname === script) return route.fulfill({ contentType: 'text/javascript', body });
        errors.push(`unexpected request ${url}`);
        return route.fulfill({ status: 404, body: '' });
      });
      await tab.goto('http://app.example/');
      await tab.waitForFunction(() => document.querySelector('candour-ai-badge')?.shadowRoot?.querySelector('button[part~="button"]')?.textContent, undefined, { timeout: 30000 });
      const label = await tab.evaluate(() => document.querySelector('candour-ai-badge').shadowRoot.querySelector('button[part~="button"]').textContent);
      assert.equal(label, 'AI generated · Checked by a person', `${page}: the badge's label`);
      assert.deepEqual(errors, [], `${page}: ${errors.join('\n')}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
});

test('the pack test really ran: every package was packed and installed', () => {
  for (const p of packages) {
    assert.ok(packed.has(p.name), `${p.name} was not packed`);
    assert.ok(statSync(join(app, 'node_modules', p.name, 'package.json')).isFile(), `${p.name} is not installed in the fresh project`);
  }
  assert.ok(!execFileSync('npm', ['ls', '--all', '--parseable'], { cwd: app, encoding: 'utf8' }).includes(root), 'something in the fresh project links back to the workspace');
});
