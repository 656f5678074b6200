/**
 * The example manifests in /examples are documentation that must stay true:
 * the full and minimal examples parse cleanly, and every file in
 * examples/invalid fails with exactly the errors its `.errors.json` lists.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { parseManifestJson, type ManifestIssue } from '../src/manifest/parse';
import { noticeSectionKeys } from '../src/manifest/layers';

const examples = new URL('../../../examples/', import.meta.url);
const invalidDir = new URL('invalid/', examples);
const now = new Date('2026-11-27');

const read = (url: URL) => readFileSync(url, 'utf8');
const parse = (url: URL) => parseManifestJson(read(url), { now });

function describeIssues(issues: readonly ManifestIssue[]): string {
  return issues.map((i) => `${i.severity} ${i.code}: ${i.message}`).join('\n');
}

type PathCode = { path: string; code: string };
const key = (i: PathCode) => `${i.path}\u0000${i.code}`;
const sorted = (items: readonly PathCode[]) => items.map((i) => ({ path: i.path, code: i.code })).sort((a, b) => key(a).localeCompare(key(b)));

describe('examples/candour.json', () => {
  const result = parse(new URL('candour.json', examples));

  test('parses with no errors and no warnings', () => {
    assert.ok(result.ok, result.ok ? '' : describeIssues(result.errors));
    assert.deepEqual(result.warnings, [], describeIssues(result.warnings));
  });

  test('describes at least the six features of the seed\u2019s uses', () => {
    assert.ok(result.ok);
    const features = result.manifest.features;
    assert.ok(features.length >= 6);
    const ids = features.map((f) => f.id);
    for (const id of ['visit-note-summary', 'visit-transcription', 'rota-builder', 'family-chatbot', 'pain-assessment', 'care-plan-drafting']) {
      assert.ok(ids.includes(id), `missing feature ${id}`);
    }
    const uses = new Set(features.flatMap((f) => f.framework.uses));
    for (const use of ['summarisation', 'transcription', 'automation', 'chatbots', 'pain-wound-assessment']) {
      assert.ok(uses.has(use), `no feature links to the use ${use}`);
    }
  });

  test('every feature has an Easy Read notice for the person, section by section', () => {
    assert.ok(result.ok);
    for (const f of result.manifest.features) {
      for (const section of noticeSectionKeys) {
        const text = f.notice.person.easyRead[section]['en-GB'];
        assert.ok(text && text.trim().length > 0, `${f.id}: Easy Read ${section} is empty`);
      }
    }
  });

  test('every feature has a notice for representatives, workers and providers', () => {
    assert.ok(result.ok);
    for (const f of result.manifest.features) {
      assert.ok(f.notice.representative, `${f.id}: no representative notice`);
      assert.ok(f.notice.worker && f.notice.provider);
    }
  });

  test('every purpose declares a consent model and a lawful basis', () => {
    assert.ok(result.ok);
    for (const f of result.manifest.features) {
      assert.ok(f.purposes.length > 0, `${f.id}: no purposes`);
      for (const p of f.purposes) {
        assert.ok(['explicit-consent', 'inform-and-object', 'none'].includes(p.consent.model), `${f.id}/${p.id}`);
        assert.ok(p.lawfulBasis.article6, `${f.id}/${p.id}: no Article 6 basis`);
      }
    }
  });

  test('transcription keeps model improvement apart, on explicit consent', () => {
    assert.ok(result.ok);
    const f = result.manifest.features.find((x) => x.id === 'visit-transcription')!;
    const care = f.purposes.find((p) => p.kind === 'direct-care');
    const training = f.purposes.find((p) => p.kind === 'model-training');
    assert.equal(care?.consent.model, 'inform-and-object');
    assert.equal(training?.consent.model, 'explicit-consent');
    assert.equal(f.record.data.usedForTraining.value, 'yes');
  });

  test('the family chatbot speaks Welsh to the person and their representatives', () => {
    assert.ok(result.ok);
    const f = result.manifest.features.find((x) => x.id === 'family-chatbot')!;
    assert.ok(f.name.cy);
    assert.ok(f.label.short.cy);
    for (const section of noticeSectionKeys) {
      assert.ok(f.notice.person[section].cy, `person.${section}`);
      assert.ok(f.notice.person.easyRead[section].cy, `person.easyRead.${section}`);
      assert.ok(f.notice.representative?.[section].cy, `representative.${section}`);
    }
  });
});

describe('examples/minimal.candour.json', () => {
  test('parses with no errors and no warnings', () => {
    const r = parse(new URL('minimal.candour.json', examples));
    assert.ok(r.ok, r.ok ? '' : describeIssues(r.errors));
    assert.deepEqual(r.warnings, [], describeIssues(r.warnings));
    assert.equal(r.manifest.features.length, 1);
  });
});

describe('examples/invalid', () => {
  const files = readdirSync(invalidDir)
    .filter((name) => name.endsWith('.json') && !name.endsWith('.errors.json'))
    .sort();

  test('there are invalid examples, each with its expected errors', () => {
    assert.ok(files.length >= 16, `only ${files.length} invalid examples`);
    const all = readdirSync(invalidDir);
    for (const name of files) assert.ok(all.includes(name.replace(/\.json$/, '.errors.json')), `${name} has no .errors.json`);
    for (const name of all.filter((n) => n.endsWith('.errors.json'))) {
      assert.ok(files.includes(name.replace(/\.errors\.json$/, '.json')), `${name} has no manifest`);
    }
  });

  for (const name of files) {
    test(name, () => {
      const expected = JSON.parse(read(new URL(name.replace(/\.json$/, '.errors.json'), invalidDir))) as PathCode[];
      assert.ok(Array.isArray(expected) && expected.length > 0, 'the .errors.json must list at least one error');
      const r = parse(new URL(name, invalidDir));
      assert.equal(r.ok, false, `${name} was accepted`);
      if (r.ok) return;

      assert.deepEqual(sorted(r.errors), sorted(expected), describeIssues(r.errors));

      for (const e of r.errors) {
        assert.equal(e.severity, 'error');
        assert.ok(e.message.includes(e.path), `message does not name its path: ${e.message}`);
        assert.doesNotMatch(e.message, /[\r\n]/, `message is not a single line: ${e.message}`);
        assert.doesNotMatch(e.message, /Invalid input|\[object Object\]/, e.message);
      }
    });
  }
});
