/**
 * End to end: the BUILT executable (packages/cli/dist/cli.js), spawned as a
 * user would run it. It must exist: the project's test command builds first,
 * so a missing build is a failure, not a skip.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hasStackTrace, lines, minimal, Sandbox } from './helpers';

const BIN = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const EXAMPLE = fileURLToPath(new URL('../../../examples/candour.json', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

function assertBuilt(): void {
  assert.ok(existsSync(BIN), `${BIN} does not exist: run "pnpm build" first (the end-to-end test runs the built executable)`);
}

function candour(args: string[], cwd: string, env: Record<string, string> = {}): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    // No --conditions=source here: the built file must run on its own.
    env: { PATH: process.env['PATH'] ?? '', ...env },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let box: Sandbox;
before(() => {
  box = new Sandbox();
  box.write('candour.json', minimal());
  const bytes = new Uint8Array(256);
  for (let i = 0; i < bytes.length; i++) bytes[i] = 255 - i;
  box.write('binary.json', bytes);
  box.write('broken.json', '{\n  "a": 1,\n  oops\n}');
});
after(() => box?.cleanup());

describe('the built candour executable', () => {
  it('exists (run "pnpm build" first) and starts with a shebang', () => {
    assertBuilt();
    assert.match(readFileSync(BIN, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });

  it('runs through a symbolic link (as node_modules/.bin does), and only exports when imported', () => {
    assertBuilt();
    const link = join(box.dir, 'candour-bin.js');
    symlinkSync(BIN, link);
    const v = spawnSync(process.execPath, [link, '--version'], { cwd: box.dir, encoding: 'utf8' });
    assert.equal(v.status, 0, v.stderr);
    assert.equal(v.stdout, `${pkg.version}\n`);
    const script = `import(${JSON.stringify(pathToFileURL(BIN).href)}).then((m) => console.log(typeof m.main, m.VERSION))`;
    const imported = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: box.dir, encoding: 'utf8' });
    assert.equal(imported.status, 0, imported.stderr);
    assert.equal(imported.stdout, `function ${pkg.version}\n`);
    assert.equal(imported.stderr, '', 'importing does not run the command line');
  });

  it('--version and --help', () => {
    assertBuilt();
    const v = candour(['--version'], box.dir);
    assert.equal(v.code, 0, v.stderr);
    assert.equal(v.stdout, `${pkg.version}\n`);
    const h = candour(['--help'], box.dir);
    assert.equal(h.code, 0);
    assert.match(h.stdout, /candour validate <file>/);
  });

  it('validate and assess a valid manifest', () => {
    assertBuilt();
    const v = candour(['validate', 'candour.json'], box.dir);
    assert.equal(v.code, 0, v.stderr);
    assert.match(v.stdout, /^✓ candour\.json: valid candour\.json \(schema \d+\.\d+, 1 feature\)\n$/);
    const a = candour(['assess', 'candour.json'], box.dir, { NO_COLOR: '1' });
    assert.equal(a.code, 0, a.stderr);
    assert.match(a.stdout, /not a formal accreditation/);
    assert.match(a.stdout, /^Total: /m);
    const h = candour(['assess', 'candour.json', '--html', '--out', 'report.html'], box.dir);
    assert.equal(h.code, 0, h.stderr);
    assert.match(box.read('report.html'), /^<!doctype html>\n<html lang="en-GB">/);
    const j = candour(['assess', 'candour.json', '--json'], box.dir);
    assert.equal(j.code, 0);
    assert.ok((JSON.parse(j.stdout) as { pledge: unknown }).pledge);
  });

  it('input errors exit 2 with one line on stderr and no stack trace', () => {
    assertBuilt();
    const cases: [string[], RegExp][] = [
      [['validate', '.'], /is a directory/],
      [['assess', box.dir], /is a directory/],
      [['validate', 'binary.json'], /not UTF-8/],
      [['validate', 'missing.json'], /no such file/],
      [['validate', 'broken.json'], /line 3, column 3/],
      [['validate'], /missing the file/],
      [['frobnicate'], /unknown command/],
      [['validate', '--wat', 'candour.json'], /unknown option/],
    ];
    for (const [args, pattern] of cases) {
      const r = candour(args, box.dir);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.equal(lines(r.stderr).length, 1, `${args.join(' ')}: one line, got ${JSON.stringify(r.stderr)}`);
      assert.match(r.stderr, /^candour: /);
      assert.match(r.stderr, pattern);
      assert.ok(!hasStackTrace(r.stderr) && !r.stderr.includes('    at '), `${args.join(' ')}: stack trace in ${r.stderr}`);
      assert.equal(r.stdout, '');
    }
  });

  it('examples/candour.json validates and assesses (smoke test)', () => {
    assertBuilt();
    assert.ok(existsSync(EXAMPLE), `${EXAMPLE} does not exist yet`);
    const v = candour(['validate', EXAMPLE], box.dir);
    assert.equal(v.code, 0, v.stderr);
    const a = candour(['assess', EXAMPLE], box.dir);
    assert.equal(a.code, 0, a.stderr);
    assert.match(a.stdout, /^Total: /m);
  });
});
