/**
 * `main` in-process, with a fake io over a real temporary directory: each
 * command, its exit code and its output, and every input error path.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { MANIFEST_SCHEMA_VERSION } from '@candour/core';
import { main, VERSION, type CliIo } from '../src/main';
import { at, hasStackTrace, lines, minimal, Sandbox, type Run } from './helpers';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

let box: Sandbox;
before(() => {
  box = new Sandbox();
  box.write('candour.json', minimal());
  const invalid = minimal();
  const label = at(invalid, 'features', 0, 'label');
  label['humanReveiw'] = label['humanReview'] ?? null;
  delete label['humanReview'];
  at(invalid, 'supplier')['website'] = 'http://larkspur-care.example';
  box.write('invalid.json', invalid);
  const warned = minimal();
  delete at(warned, 'features', 0, 'notice')['representative'];
  box.write('warned.json', warned);
});
after(() => box.cleanup());

/** An input or usage error: exit 2, one line on stderr starting "candour: ", no stack trace, nothing on stdout. */
function assertInputError(r: Run, pattern?: RegExp): void {
  assert.equal(r.code, 2, `exit code; stderr: ${r.stderr}`);
  assert.equal(lines(r.stderr).length, 1, `one line on stderr, got: ${JSON.stringify(r.stderr)}`);
  assert.match(r.stderr, /^candour: /);
  assert.ok(!hasStackTrace(r.stderr), `no stack trace: ${r.stderr}`);
  assert.ok(!r.stderr.includes('    at '), 'no stack frames');
  assert.equal(r.stdout, '');
  if (pattern) assert.match(r.stderr, pattern);
}

describe('help and version', () => {
  it('--help prints usage listing every command and exits 0', async () => {
    const r = await box.run(['--help']);
    assert.equal(r.code, 0);
    for (const c of ['validate', 'assess', 'schema', 'frameworks']) assert.match(r.stdout, new RegExp(`candour ${c}`));
    assert.match(r.stdout, /Exit codes/);
    assert.equal(r.stderr, '');
  });

  it('<command> --help and help <command> print the command help', async () => {
    for (const c of ['validate', 'assess', 'schema', 'frameworks']) {
      const r = await box.run([c, '--help']);
      assert.equal(r.code, 0);
      assert.match(r.stdout, new RegExp(`^Usage: candour ${c}`));
      const h = await box.run(['help', c]);
      assert.equal(h.stdout, r.stdout);
    }
  });

  it('--version prints the version from package.json', async () => {
    const r = await box.run(['--version']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${pkg.version}\n`);
    assert.equal(VERSION, pkg.version);
  });

  it('every help text fits in 80 columns', async () => {
    for (const argv of [['--help'], ['validate', '--help'], ['assess', '--help'], ['schema', '--help'], ['frameworks', '--help']]) {
      const r = await box.run(argv);
      for (const line of lines(r.stdout)) assert.ok([...line].length <= 80, `too long: ${line}`);
    }
  });
});

describe('usage and input errors exit 2 with one line and no stack trace', () => {
  it('no command', async () => assertInputError(await box.run([]), /missing command/));
  it('unknown command, with a suggestion', async () => assertInputError(await box.run(['validat', 'candour.json']), /unknown command "validat"; did you mean "validate"/));
  it('unknown top-level option', async () => assertInputError(await box.run(['--frobnicate']), /unknown option "--frobnicate"/));
  it('unknown option of a command', async () => assertInputError(await box.run(['validate', '--nope', 'candour.json']), /unknown option "--nope" for "validate"/));
  it('option missing its value', async () => assertInputError(await box.run(['assess', 'candour.json', '--out']), /--out.*needs a value/));
  it('value given to a flag', async () => assertInputError(await box.run(['validate', '--strict=yes', 'candour.json']), /--strict.*does not take a value/));
  it('missing file argument (validate)', async () => assertInputError(await box.run(['validate']), /missing the file/));
  it('missing file argument (assess)', async () => assertInputError(await box.run(['assess', '--json']), /missing the file/));
  it('two files', async () => assertInputError(await box.run(['validate', 'candour.json', 'other.json']), /expected one file/));
  it('--json with --html', async () => assertInputError(await box.run(['assess', 'candour.json', '--json', '--html']), /one of --json and --html/));
  it('file not found', async () => assertInputError(await box.run(['validate', 'nope.json']), /cannot read nope\.json: no such file/));
  it('a directory', async () => {
    assertInputError(await box.run(['validate', '.']), /is a directory/);
    assertInputError(await box.run(['assess', box.dir]), /is a directory/);
  });
  it('a path through a file', async () => assertInputError(await box.run(['validate', 'candour.json/x.json'])));
  it('invalid JSON, with line and column', async () => {
    box.write('broken.json', '{\n  "schemaVersion": "1.0",\n  "updated": ,\n}\n');
    const r = await box.run(['validate', 'broken.json']);
    assertInputError(r, /broken\.json is not valid JSON: syntax error at line 3, column 14/);
    assertInputError(await box.run(['assess', 'broken.json', '--json']), /line 3, column 14/);
  });
  it('an empty file', async () => {
    box.write('empty.json', '  \n');
    assertInputError(await box.run(['validate', 'empty.json']), /empty/);
  });
  it('a binary file (not UTF-8)', async () => {
    const bytes = new Uint8Array(512);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 73 + 200) % 256;
    box.write('binary.json', bytes);
    assertInputError(await box.run(['validate', 'binary.json']), /not UTF-8/);
    assertInputError(await box.run(['assess', 'binary.json', '--html']), /not UTF-8/);
  });
  it('a binary file that happens to be valid UTF-8 (NUL bytes)', async () => {
    box.write('nul.json', new Uint8Array([0x7b, 0x00, 0x00, 0x7d]));
    assertInputError(await box.run(['validate', 'nul.json']), /binary/);
  });
  it('a file name with control characters is shown escaped, on one line', async () => {
    const r = await box.run(['validate', 'bad\nname\u001b[2J.json']);
    assertInputError(r, /no such file/);
    assert.ok(!r.stderr.includes('\u001b'));
  });
  it('unknown pack id, with a suggestion', async () => assertInputError(await box.run(['frameworks', 'tech-pledg']), /did you mean "tech-pledge"/));
  it('--out into a directory that does not exist', async () => {
    const r = await box.run(['schema', '--out', 'no/such/dir/schema.json']);
    assertInputError(r, /directory does not exist/);
  });
  it('--out onto the manifest itself is refused', async () => {
    const before = box.read('candour.json');
    assertInputError(await box.run(['assess', 'candour.json', '--out', './candour.json']), /the manifest itself/);
    assert.equal(box.read('candour.json'), before);
  });
  it('an unexpected exception becomes one line, exit 2', async () => {
    const { io, result } = box.io({
      readFile: () => {
        throw new TypeError('something odd\n    at somewhere (file.js:1:1)');
      },
    });
    const code = await main(['validate', 'candour.json'], io);
    assertInputError({ code, ...result() }, /cannot read candour\.json/);
    // Anything else thrown (here: stdout itself fails) is caught at the top: one line, exit 2.
    let stderr = '';
    const broken: CliIo = {
      ...io,
      stdout: () => {
        throw new RangeError('boom\n    at write (stream.js:1:1)');
      },
      stderr: (s) => {
        stderr += s;
      },
    };
    const code2 = await main(['--version'], broken);
    assertInputError({ code: code2, stdout: '', stderr }, /^candour: unexpected error: boom/);
  });
});

describe('validate', () => {
  it('a valid manifest: exit 0 and one line on stdout', async () => {
    const r = await box.run(['validate', 'candour.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, `✓ candour.json: valid candour.json (schema ${MANIFEST_SCHEMA_VERSION}, 1 feature)\n`);
    assert.equal(r.stderr, '');
  });

  it('an invalid manifest: exit 1, each error with its path, then the count', async () => {
    const r = await box.run(['validate', 'invalid.json']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    const err = lines(r.stderr);
    assert.ok(err.some((l) => l.startsWith('error: features[0].label.humanReveiw: unknown key')), r.stderr);
    assert.ok(err.some((l) => l.startsWith('error: features[0].label.humanReview:')), r.stderr);
    assert.ok(err.some((l) => l.startsWith('error: supplier.website:')), r.stderr);
    assert.match(err[err.length - 1]!, /^✗ invalid\.json: not a valid candour\.json \(3 errors\)$/);
    assert.ok(!hasStackTrace(r.stderr));
  });

  it('an invalid manifest with --json: {ok: false, errors, warnings}, exit 1', async () => {
    const r = await box.run(['validate', 'invalid.json', '--json']);
    assert.equal(r.code, 1);
    const out = JSON.parse(r.stdout) as { ok: boolean; errors: { path: string; code: string }[]; warnings: unknown[] };
    assert.equal(out.ok, false);
    assert.deepEqual(
      out.errors.map((e) => e.path).sort(),
      ['features[0].label.humanReveiw', 'features[0].label.humanReview', 'supplier.website'].sort(),
    );
    assert.ok(Array.isArray(out.warnings));
  });

  it('a valid manifest with --json', async () => {
    const r = await box.run(['validate', '--json', 'candour.json']);
    assert.equal(r.code, 0);
    assert.deepEqual(JSON.parse(r.stdout), { ok: true, errors: [], warnings: [] });
  });

  it('JSON that is not an object is an invalid manifest (1), not an input error', async () => {
    box.write('list.json', '[1, 2]');
    const r = await box.run(['validate', 'list.json']);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /\(root\)/);
  });

  it('warnings print with "warning:" and do not fail without --strict', async () => {
    const r = await box.run(['validate', 'warned.json']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^✓ warned\.json: valid candour\.json/);
    assert.ok(lines(r.stderr).some((l) => /^warning: features\[0\]\.notice\.representative: /.test(l)), r.stderr);
  });

  it('--strict makes warnings fail (exit 1)', async () => {
    const r = await box.run(['validate', '--strict', 'warned.json']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^warning: /m);
    assert.match(r.stderr, /--strict/);
    const j = await box.run(['validate', '--strict', '--json', 'warned.json']);
    assert.equal(j.code, 1);
    assert.equal((JSON.parse(j.stdout) as { ok: boolean }).ok, false);
  });

  it('--strict with no warnings passes', async () => {
    const r = await box.run(['validate', '--strict', 'candour.json']);
    assert.equal(r.code, 0);
  });

  it('an overdue review is a warning, judged against io.now', async () => {
    const late = await box.run(['validate', '--strict', 'candour.json'], { now: new Date('2030-01-01T00:00:00Z') });
    assert.equal(late.code, 1);
    assert.match(late.stderr, /reviewDue/);
  });

  it('a byte-order mark is accepted', async () => {
    box.write('bom.json', `\ufeff${JSON.stringify(minimal())}`);
    assert.equal((await box.run(['validate', 'bom.json'])).code, 0);
  });
});

describe('assess', () => {
  it('text report: product, supplier, pledge, disclaimer, commitments, coverage, total', async () => {
    const r = await box.run(['assess', 'candour.json']);
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout;
    assert.match(out, /^Larkspur Home Care Record 4\.2\.0$/m);
    assert.match(out, /Supplier: Larkspur Care Systems Ltd/);
    assert.match(out, /has signed the pledge \(on 12 June 2025\)/);
    assert.ok(out.includes('not a formal accreditation'), 'the disclaimer');
    // Commitments, with 2a–2d indented under 2
    assert.match(out, /^1 {3}Ethical innovation: (evidenced|partial|no evidence)$/m);
    assert.match(out, /^ {2}2a {2}Tech user collaboration and education: (evidenced|partial|no evidence)$/m);
    assert.match(out, /^ {6}[✓✗] features\[\]\.notice\.worker: \d of 1 feature$/m);
    assert.match(out, /To add:/);
    assert.match(out, /Framework coverage/);
    assert.match(out, /As people who draw on care and support/);
    assert.match(out, /Text not available: Safeguarding/);
    assert.match(out, /Perspectives no feature addresses/);
    assert.match(lines(out).at(-1)!, /^Total: \d+ evidenced, \d+ partial, \d+ no evidence; \d+ of \d+ statements addressed\.$/);
    for (const line of lines(out)) assert.ok([...line].length <= 80, `wider than 80 columns: ${line}`);
    assert.ok(!out.includes('\u001b'), 'no colour when not a terminal');
  });

  it('the disclaimer is printed verbatim from the assessment', async () => {
    const j = JSON.parse((await box.run(['assess', 'candour.json', '--json'])).stdout) as { pledge: { disclaimer: string } };
    const text = (await box.run(['assess', 'candour.json'])).stdout.replace(/\s+/g, ' ');
    assert.ok(text.includes(j.pledge.disclaimer), 'disclaimer verbatim (modulo wrapping)');
  });

  it('statements a feature addresses are listed with the feature and support level', async () => {
    const m = minimal();
    at(m, 'features', 0, 'framework')['statements'] = ['ics.providers.3', 'ics.tech.2'];
    at(m, 'features', 0, 'framework')['pledge'] = ['2b'];
    box.write('linked.json', m);
    const r = await box.run(['assess', 'linked.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /ics\.providers\.3: We ensure/);
    assert.match(r.stdout, /- visit-note-summary: (supported|partly supported|claimed only)/);
    assert.match(r.stdout, /Claimed by: visit-note-summary/);
    assert.match(r.stdout, /; [1-9]\d* of \d+ statements addressed\.\n$/);
  });

  it('not signed', async () => {
    const m = minimal();
    at(m, 'supplier', 'pledge')['signed'] = false;
    delete at(m, 'supplier', 'pledge')['signedOn'];
    box.write('unsigned.json', m);
    const r = await box.run(['assess', 'unsigned.json']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /has not signed the pledge/);
  });

  it('colour only on a terminal with NO_COLOR unset', async () => {
    const tty = await box.run(['assess', 'candour.json'], { isTTY: true, env: {} });
    assert.ok(tty.stdout.includes('\u001b['), 'colour on a terminal');
    const noColor = await box.run(['assess', 'candour.json'], { isTTY: true, env: { NO_COLOR: '1' } });
    assert.ok(!noColor.stdout.includes('\u001b'), 'NO_COLOR');
    const plain = await box.run(['assess', 'candour.json'], { isTTY: false, env: {} });
    assert.ok(!plain.stdout.includes('\u001b'));
    assert.equal(noColor.stdout, plain.stdout);
  });

  it('terminal control characters from the manifest are never printed raw', async () => {
    const m = minimal();
    at(m, 'product')['name'] = 'Evil\u001b]0;pwned\u0007\u001b[2J\u202eProduct';
    box.write('escapes.json', m);
    const r = await box.run(['assess', 'escapes.json'], { isTTY: true, env: {} });
    assert.equal(r.code, 0, r.stderr);
    assert.ok(!r.stdout.includes('\u001b]'), 'no OSC sequence');
    assert.ok(!r.stdout.includes('\u001b[2J'), 'no clear-screen');
    assert.ok(!r.stdout.includes('\u202e'), 'no bidi override');
    assert.ok(!r.stdout.includes('\u0007'));
    assert.match(r.stdout, /Evil\\u001b\]0;pwned/);
  });

  it('--json prints {manifest: {product, supplier}, pledge, coverage, warnings}', async () => {
    const r = await box.run(['assess', 'warned.json', '--json']);
    assert.equal(r.code, 0);
    assert.equal(r.stderr, '', 'warnings are in the JSON, not on stderr');
    const out = JSON.parse(r.stdout) as Record<string, unknown> & {
      manifest: { product: { name: string }; supplier: { name: string } };
      pledge: { commitments: { id: string; verdict: string }[]; totals: Record<string, number> };
      coverage: { perspectives: unknown[] };
      warnings: { path: string }[];
    };
    assert.deepEqual(Object.keys(out).sort(), ['coverage', 'manifest', 'pledge', 'warnings']);
    assert.deepEqual(Object.keys(out.manifest).sort(), ['product', 'supplier']);
    assert.equal(out.manifest.product.name, 'Larkspur Home Care Record');
    assert.equal(out.manifest.supplier.name, 'Larkspur Care Systems Ltd');
    assert.ok(out.pledge.commitments.some((c) => c.id === '2a'));
    assert.ok(out.coverage.perspectives.length > 0);
    assert.ok(out.warnings.some((w) => w.path === 'features[0].notice.representative'));
  });

  it('warnings go to stderr with the text and HTML reports, and do not fail', async () => {
    const r = await box.run(['assess', 'warned.json']);
    assert.equal(r.code, 0);
    assert.match(r.stderr, /^warning: features\[0\]\.notice\.representative/m);
    const h = await box.run(['assess', 'warned.json', '--html']);
    assert.equal(h.code, 0);
    assert.match(h.stderr, /^warning: /m);
    assert.match(h.stdout, /<h2 id="warnings">Warnings \(1\)<\/h2>/);
  });

  it('an invalid manifest: exit 1, errors listed with their paths, no report', async () => {
    const r = await box.run(['assess', 'invalid.json', '--html']);
    assert.equal(r.code, 1);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /^error: features\[0\]\.label\.humanReveiw/m);
    assert.match(r.stderr, /^error: supplier\.website/m);
  });

  it('--html writes one accessible page', async () => {
    const r = await box.run(['assess', 'candour.json', '--html']);
    assert.equal(r.code, 0, r.stderr);
    const html = r.stdout;
    assert.match(html, /^<!doctype html>\n<html lang="en-GB">/);
    assert.equal(html.match(/<h1[\s>]/g)?.length, 1, 'one h1');
    assert.ok(!/<script/i.test(html), 'no script');
    assert.ok(!/<link|<img|@import|url\(/i.test(html), 'no outside resources');
    assert.equal(html.match(/<style>/g)?.length, 1);
    // Headings never skip a level.
    const levels = [...html.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
    for (let i = 1; i < levels.length; i++) assert.ok(levels[i]! <= levels[i - 1]! + 1, `heading h${levels[i]} after h${levels[i - 1]}`);
    // Every table has a caption and scoped header cells.
    const tables = html.split(/<table(?:\s[^>]*)?>/).slice(1);
    assert.ok(tables.length >= 10, `found ${tables.length} tables`);
    assert.equal(tables.length, html.match(/<caption>/g)?.length);
    for (const t of tables) {
      assert.match(t, /^\s*<caption>/);
      assert.ok(!/<th(?=[\s>])(?![^>]*scope=)/.test(t.split('</table>')[0]!), 'every th has a scope');
    }
    // Verdicts in words.
    assert.match(html, /(evidenced|partial|no evidence)<\/span>/);
    assert.ok(html.includes('not a formal accreditation'));
    assert.match(html, /@media print/);
    assert.match(html, /Text not available/);
  });

  it('--out writes the report to a file and nothing else', async () => {
    const sub = new Sandbox();
    try {
      sub.write('candour.json', minimal());
      const r = await sub.run(['assess', 'candour.json', '--html', '--out', 'report.html']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(r.stdout, '');
      assert.match(sub.read('report.html'), /^<!doctype html>/);
      const { readdirSync } = await import('node:fs');
      assert.deepEqual(readdirSync(sub.dir).sort(), ['candour.json', 'report.html']);
      const t = await sub.run(['assess', 'candour.json', '--out', 'report.txt'], { isTTY: true, env: {} });
      assert.equal(t.code, 0);
      assert.ok(!sub.read('report.txt').includes('\u001b'), 'no colour in a file');
      const bad = await sub.run(['assess', 'nope.json', '--out', 'never.txt']);
      assert.equal(bad.code, 2);
      assert.ok(!readdirSync(sub.dir).includes('never.txt'), 'no file when the input fails');
    } finally {
      sub.cleanup();
    }
  });
});

describe('schema', () => {
  it('prints the JSON Schema of candour.json', async () => {
    const r = await box.run(['schema']);
    assert.equal(r.code, 0);
    const schema = JSON.parse(r.stdout) as { $schema: string; $id: string; properties: Record<string, unknown> };
    assert.match(schema.$schema, /2020-12/);
    assert.ok('features' in schema.properties);
  });

  it('--out writes it to a file', async () => {
    const r = await box.run(['schema', '--out', 'schema.json']);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, '');
    assert.equal(box.read('schema.json'), (await box.run(['schema'])).stdout);
  });

  it('refuses a positional argument', async () => assertInputError(await box.run(['schema', 'x.json'])));
});

describe('frameworks', () => {
  it('lists the bundled packs with version, item count and provenance counts', async () => {
    const r = await box.run(['frameworks']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^oxford-guidance +\d+\.\d+\.\d+ +\d+ items: \d+ verbatim, \d+ paraphrase, \d+ missing$/m);
    assert.match(r.stdout, /^tech-pledge /m);
    assert.match(r.stdout, /^candour-crosswalk +\S+ +crosswalk, \d+ links$/m);
    for (const line of lines(r.stdout)) assert.ok([...line].length <= 80, `too long: ${line}`);
  });

  it('--json lists packs with counts that add up', async () => {
    const r = await box.run(['frameworks', '--json']);
    const packs = JSON.parse(r.stdout) as { id: string; kind: string; items?: number; provenance?: Record<string, number> }[];
    const guidance = packs.find((p) => p.id === 'oxford-guidance');
    assert.ok(guidance?.provenance);
    assert.equal(guidance.provenance.verbatim! + guidance.provenance.paraphrase! + guidance.provenance.missing!, guidance.items);
  });

  it('with a pack id, lists its items and says when text is not available', async () => {
    const r = await box.run(['frameworks', 'oxford-guidance']);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /^ics\.people\.1 {2}statement .*\[verbatim\]$/m);
    assert.match(r.stdout, /^sg\.people\.missing {2}statement .*\[missing\]\n {2}\(text not available\)$/m);
    const p = await box.run(['frameworks', 'tech-pledge']);
    assert.match(p.stdout, /^2a {2}commitment \(part of 2\) {2}\[title verbatim, text missing\]$/m);
    const j = JSON.parse((await box.run(['frameworks', 'tech-pledge', '--json'])).stdout) as { items: { id: string; status: string }[] };
    assert.ok(j.items.some((i) => i.id === '2a' && i.status === 'missing'));
    const c = await box.run(['frameworks', 'candour-crosswalk']);
    assert.equal(c.code, 0);
    assert.match(c.stdout, /tech-pledge#1/);
  });
});

describe('any input', () => {
  it('any arguments: exit 0, 1 or 2, never a stack trace', async () => {
    const fc = await import('fast-check');
    const word = fc.oneof(
      fc.constantFrom('validate', 'assess', 'schema', 'frameworks', 'help', '--help', '-h', '--version', '--json', '--html', '--strict', '--out', '--', '-', '.', 'candour.json', 'invalid.json', 'nope.json', 'tech-pledge'),
      fc.string({ maxLength: 12 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(word, { maxLength: 5 }), async (argv) => {
        // Never write files from a fuzz run.
        const r = await box.run(argv, { writeFile: () => undefined });
        assert.ok([0, 1, 2].includes(r.code), `exit ${r.code} for ${JSON.stringify(argv)}`);
        assert.ok(!hasStackTrace(r.stderr), `stack trace for ${JSON.stringify(argv)}: ${r.stderr}`);
        if (r.code === 2) assert.equal(lines(r.stderr).length, 1, `one line for ${JSON.stringify(argv)}: ${r.stderr}`);
      }),
      { numRuns: 150 },
    );
  });

  it('any file content: exit 0, 1 or 2, never a stack trace', async () => {
    const fc = await import('fast-check');
    const content = fc.oneof(
      fc.uint8Array({ maxLength: 200 }),
      fc.string({ maxLength: 200 }),
      fc.json().map((j) => j),
      fc.constantFrom('{"schemaVersion": "9.0"}', '{"__proto__": {"polluted": true}}', 'null', '"x"', '1e999', '{'.repeat(5000)),
    );
    await fc.assert(
      fc.asyncProperty(content, fc.constantFrom('validate', 'assess'), async (data, command) => {
        const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
        const r = await box.run([command, 'fuzz.json'], { readFile: () => bytes });
        assert.ok([0, 1, 2].includes(r.code), `exit ${r.code}`);
        assert.ok(!hasStackTrace(r.stderr), r.stderr);
        if (r.code === 2) assert.equal(lines(r.stderr).length, 1, r.stderr);
      }),
      { numRuns: 150 },
    );
  });
});
