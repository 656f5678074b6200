// Runs every *.test.ts of the Node packages (core, cli), test/unit and the server-rendering tests (test/ssr) with Node's own test runner.
// The elements' tests run in real browsers (web-test-runner.config.mjs), not here.
// Node 20 does not expand globs and counts an empty run as a pass, so we list the files
// ourselves and fail loudly when there are none.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const roots = ['packages/core/test', 'packages/cli/test', 'test/unit', 'test/ssr'];
const files = [];
function walk(dir) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts')) files.push(relative(process.cwd(), path));
  }
}
for (const root of roots) walk(root);
files.sort();
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
if (selected.length === 0) {
  console.error('No test files found: refusing to report an empty run as a pass.');
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ['--conditions=source', '--import', 'tsx', '--test', '--test-reporter=spec', ...selected],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
);
process.stdout.write(result.stdout ?? '');
const passMatch = /^ℹ pass (\d+)$/m.exec(result.stdout ?? '');
const passed = passMatch ? Number(passMatch[1]) : 0;
if (result.status === 0 && passed === 0) {
  console.error('The test runner reported no passing tests: failing the run.');
  process.exit(1);
}
process.exit(result.status ?? 1);
