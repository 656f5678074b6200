import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { consentEventSchema, consentEventInputCheckedSchema } from '@candour/core';
import { readDisplayManifest } from '@candour/core/display';
import { canonicalNotice, createLedger, isConsentEvent, noticeSnapshot, sha256, shownFrom, type ConsentEvent } from '@candour/core/consent';
import { example } from '../helpers';
import { input } from './support';

async function recorded(): Promise<ConsentEvent[]> {
  const ledger = createLedger();
  await ledger.record(input({ type: 'shown' }));
  await ledger.record(input({ decidedBy: { role: 'attorney', name: 'Sam', authorityReference: 'OPG 1', authorityCheckedAt: '2026-11-01T00:00:00Z' }, reason: 'Asked on behalf' }));
  await ledger.record(input({ type: 'objected-this-visit', model: 'inform-and-object', visit: 'v1', shown: undefined, recordedBy: { id: 'staff-7', role: 'Care worker' }, channel: 'verbal-recorded-by-staff' }));
  await ledger.record(input({ decidedBy: { role: 'best-interests', name: 'Dr Rao', capacity: { decision: 'AI', outcome: 'lacks-capacity', assessedBy: 'Dr Rao', assessedAt: '2026-11-01T00:00:00.000Z' } }, expiresAt: '2027-11-01T00:00:00.000Z' }));
  return ledger.events();
}

describe('the consent event schema', () => {
  test('events the ledger records pass the zod schema and the generated JSON Schema', async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schema/consent-event.schema.json', import.meta.url), 'utf8')));
    for (const event of await recorded()) {
      assert.equal(consentEventSchema.safeParse(event).success, true);
      assert.equal(validate(event), true, JSON.stringify(validate.errors));
    }
  });

  test('the zod schema applies the rules on authority', () => {
    const result = consentEventInputCheckedSchema.safeParse(input({ decidedBy: { role: 'deputy', name: 'Jo' } }));
    assert.equal(result.success, false);
    assert.deepEqual(result.error!.issues.map((i) => i.path.join('.')), ['decidedBy.authorityReference']);
  });

  test('the browser’s structural check agrees with the zod schema on well-formed and mutated events', async () => {
    const events = await recorded();
    const leafMutation = fc.record({
      index: fc.nat(events.length - 1),
      key: fc.constantFrom('type', 'seq', 'at', 'prev', 'hash', 'model', 'channel', 'subject', 'format', 'extra', 'decidedBy', 'shown', 'recordedBy', 'expiresAt'),
      value: fc.oneof(fc.string({ maxLength: 70 }), fc.integer(), fc.constant(null), fc.constant(undefined), fc.boolean(), fc.object({ maxDepth: 1 }), fc.constantFrom('granted', 'paper', 'a'.repeat(64), '2026-01-01T00:00:00Z', { role: 'person', extra: 1 }, { role: 'attorney' })),
    });
    fc.assert(
      fc.property(leafMutation, ({ index, key, value }) => {
        const event = { ...events[index]! } as Record<string, unknown>;
        if (value === undefined) delete event[key];
        else event[key] = value;
        // The structural check skips the cross-field rules (the ledger applies them when recording).
        const zod = consentEventSchema.safeParse(event);
        const zodShapeOk = zod.success || zod.error.issues.every((i) => i.code === 'custom');
        assert.equal(isConsentEvent(event), zodShapeOk, `${key} = ${JSON.stringify(value)}`);
      }),
      { numRuns: 600 },
    );
  });
});

describe('what was shown', () => {
  const manifest = readDisplayManifest(example('candour.json'));
  assert.ok(manifest.ok);
  const feature = manifest.manifest.features.get('visit-transcription')!;

  test('the snapshot holds the exact text of each section in the language shown, and its hash is SHA-256 of the canonical text', () => {
    const snap = noticeSnapshot(feature, { audience: 'person', readingLevel: 'easy-read', locale: 'en-GB' });
    const raw = example('candour.json') as { features: { id: string; notice: { person: { easyRead: Record<string, Record<string, string>> } } }[] };
    const easyRead = raw.features.find((f) => f.id === 'visit-transcription')!.notice.person.easyRead;
    assert.equal(snap.sections.whatItDoes!.text, easyRead.whatItDoes!['en-GB']);
    assert.deepEqual([snap.format, snap.version, snap.audience, snap.locale], ['easy-read', '2.0', 'person', 'en-GB']);
    const shown = shownFrom(snap);
    assert.equal(shown.sha256, sha256(canonicalNotice(snap)));
    // The canonical text is plain sorted JSON of what was shown, without the locale asked for.
    const parsed = JSON.parse(canonicalNotice(snap)) as Record<string, unknown>;
    assert.deepEqual(Object.keys(parsed), ['audience', 'feature', 'format', 'locale', 'sections', 'version']);
  });

  test('another reading level, audience or a changed word gives another hash; asking in another locale that falls back does not', () => {
    const base = shownFrom(noticeSnapshot(feature, { audience: 'person', locale: 'en-GB' })).sha256;
    assert.notEqual(shownFrom(noticeSnapshot(feature, { audience: 'person', readingLevel: 'easy-read', locale: 'en-GB' })).sha256, base);
    assert.notEqual(shownFrom(noticeSnapshot(feature, { audience: 'worker', locale: 'en-GB' })).sha256, base);
    assert.equal(shownFrom(noticeSnapshot(feature, { audience: 'person', locale: 'fr-FR' })).sha256, base, 'French falls back to the same English text');
    const edited = structuredClone(feature);
    edited.notice.person.limits['en-GB'] += ' ';
    assert.notEqual(shownFrom(noticeSnapshot(edited, { audience: 'person', locale: 'en-GB' })).sha256, base);
  });
});
