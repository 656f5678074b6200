import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readDisplayManifest, localise, noticeFor } from '@candour/core/display';
import { example, set, at, type JsonObject, type Json } from './helpers';

describe('readDisplayManifest', () => {
  test('reads the layers people see', () => {
    const r = readDisplayManifest(example('minimal.candour.json'));
    assert.ok(r.ok);
    const f = r.manifest.features.get('visit-note-summary');
    assert.equal(f?.label.involvement, 'generated');
    assert.equal(r.manifest.brokenFeatures.size, 0);
    assert.deepEqual(r.issues, []);
  });

  test('a broken feature is set aside with its errors, and the others still show', () => {
    const m = example('minimal.candour.json');
    const broken = structuredClone(at(m, ['features', 0])) as JsonObject;
    broken.id = 'family-chatbot';
    set(broken, ['label', 'involvement'], 'chatbot');
    (m.features as Json[]).push(broken);
    const r = readDisplayManifest(m);
    assert.ok(r.ok);
    assert.deepEqual([...r.manifest.features.keys()], ['visit-note-summary']);
    const issues = r.manifest.brokenFeatures.get('family-chatbot');
    assert.deepEqual(issues?.map((i) => i.path), ['features[1].label.involvement']);
    assert.match(issues![0]!.message, /^features\[1\]\.label\.involvement: /);
  });

  test('does not validate the record layer: that is the full validator\u2019s job', () => {
    const m = example('minimal.candour.json');
    set(m, ['features', 0, 'record'], 'not checked here');
    assert.ok(readDisplayManifest(m).ok);
  });

  test('a manifest without a readable supplier is refused with paths', () => {
    const m = example('minimal.candour.json');
    set(m, ['supplier', 'contacts'], undefined);
    const r = readDisplayManifest(m);
    assert.equal(r.ok, false);
    assert.deepEqual(r.issues.map((i) => i.path), ['supplier.contacts']);
  });

  test('a newer major schema version is refused', () => {
    const m = example('minimal.candour.json');
    m.schemaVersion = '2.0';
    const r = readDisplayManifest(m);
    assert.equal(r.ok, false);
    assert.equal(r.issues[0]?.code, 'rule:schema-version-supported');
  });

  test('never throws, whatever it is given', () => {
    for (const v of [null, undefined, 7, 'x', [], {}, { features: 'no' }, { get supplier(): never { throw new Error('trap'); } }]) {
      const r = readDisplayManifest(v);
      assert.equal(r.ok, false);
      assert.ok(r.issues.length > 0);
    }
  });

  test('a repeated feature id keeps the first and reports the second', () => {
    const m = example('minimal.candour.json');
    (m.features as Json[]).push(structuredClone(at(m, ['features', 0])));
    const r = readDisplayManifest(m);
    assert.ok(r.ok);
    assert.equal(r.manifest.features.size, 1);
    assert.deepEqual(r.issues.map((i) => [i.path, i.code]), [['features[1].id', 'rule:unique-feature-ids']]);
  });
});

describe('localise', () => {
  const text = { 'en-GB': 'Hello', cy: 'Helo', 'pa-Guru-IN': 'ਸਤ ਸ੍ਰੀ ਅਕਾਲ' };
  test('the exact locale first', () => assert.deepEqual(localise(text, 'cy'), { text: 'Helo', locale: 'cy' }));
  test('then the same language in another region', () => assert.deepEqual(localise(text, 'cy-GB'), { text: 'Helo', locale: 'cy' }));
  test('then en-GB, saying so', () => assert.deepEqual(localise(text, 'pl'), { text: 'Hello', locale: 'en-GB' }));
  test('script and region tags match by language', () => assert.equal(localise(text, 'pa').locale, 'pa-Guru-IN'));
});

describe('noticeFor', () => {
  const read = () => {
    const r = readDisplayManifest(example('minimal.candour.json'));
    assert.ok(r.ok);
    return r.manifest.features.get('visit-note-summary')!;
  };

  test('each audience gets its own notice', () => {
    const f = read();
    assert.equal(noticeFor(f, 'worker').content, f.notice.worker);
    assert.equal(noticeFor(f, 'provider').content, f.notice.provider);
    assert.equal(noticeFor(f, 'representative').content, f.notice.representative);
  });

  test('the person\u2019s notice comes without its Easy Read variant attached', () => {
    const n = noticeFor(read(), 'person');
    assert.equal(n.readingLevel, 'standard');
    assert.equal('easyRead' in n.content, false);
  });

  test('Easy Read is the person\u2019s Easy Read, for the person and for representatives', () => {
    const f = read();
    assert.equal(noticeFor(f, 'person', 'easy-read').content, f.notice.person.easyRead);
    assert.equal(noticeFor(f, 'representative', 'easy-read').content, f.notice.person.easyRead);
  });

  test('workers asking for Easy Read get their standard notice, and are told so', () => {
    const n = noticeFor(read(), 'worker', 'easy-read');
    assert.equal(n.readingLevel, 'standard');
    assert.equal(n.audience, 'worker');
  });

  test('representatives without a notice of their own read the person\u2019s', () => {
    const m = example('minimal.candour.json');
    set(m, ['features', 0, 'notice', 'representative'], undefined);
    const r = readDisplayManifest(m);
    assert.ok(r.ok);
    const n = noticeFor(r.manifest.features.get('visit-note-summary')!, 'representative');
    assert.equal(n.audience, 'person');
    assert.equal(n.content.summary, r.manifest.features.get('visit-note-summary')!.notice.person.summary);
  });
});
