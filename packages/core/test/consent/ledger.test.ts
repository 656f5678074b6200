import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  ConsentInputError,
  GENESIS,
  canonicalJson,
  createLedger,
  decide,
  hashEvent,
  memoryStore,
  noticeSnapshot,
  sha256,
  shownFrom,
  type ConsentEvent,
  type DecisionQuery,
} from '@candour/core/consent';
import { readDisplayManifest } from '@candour/core/display';
import { example } from '../helpers';
import { clock, input, SHOWN } from './support';

const nodeSha = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');

describe('SHA-256 and the canonical form', () => {
  test('matches Node’s crypto on any text, including astral characters and lone surrogates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        // Lone surrogates are encoded as U+FFFD by both TextEncoder and Node.
        assert.equal(sha256(s), nodeSha(s));
      }),
      { numRuns: 300 },
    );
    for (const n of [0, 55, 56, 63, 64, 65, 119, 120, 5000]) assert.equal(sha256('a'.repeat(n)), nodeSha('a'.repeat(n)), `length ${n}`);
  });

  test('the canonical form sorts keys, drops undefined members and keeps array order', () => {
    assert.equal(canonicalJson({ b: 1, a: { d: [2, 'x'], c: undefined }, 'é': true }), '{"a":{"d":[2,"x"]},"b":1,"é":true}');
    assert.equal(canonicalJson({ z: 'q"uote', y: null }), '{"y":null,"z":"q\\"uote"}');
    assert.throws(() => canonicalJson({ n: Number.NaN }), /finite/);
  });

  test('an event’s hash is SHA-256 of its canonical form without the hash', () => {
    const event = { type: 'shown', subject: 's', feature: 'f', purpose: 'p', model: 'inform-and-object', decidedBy: { role: 'person' }, channel: 'paper', format: 1, id: 'e1', seq: 0, at: '2026-01-01T00:00:00.000Z', prev: GENESIS } as const;
    const text = `{"at":"2026-01-01T00:00:00.000Z","channel":"paper","decidedBy":{"role":"person"},"feature":"f","format":1,"id":"e1","model":"inform-and-object","prev":"${GENESIS}","purpose":"p","seq":0,"subject":"s","type":"shown"}`;
    assert.equal(hashEvent(event as unknown as ConsentEvent), nodeSha(text));
  });
});

describe('recording', () => {
  test('chains each event to the one before, with the time, an id and its place', async () => {
    const ledger = createLedger({ now: clock(), newId: (() => { let i = 0; return () => `id-${++i}`; })() });
    const a = await ledger.record(input({ type: 'shown' }));
    const b = await ledger.record(input());
    assert.deepEqual([a.event.seq, b.event.seq], [0, 1]);
    assert.equal(a.event.prev, GENESIS);
    assert.equal(b.event.prev, a.event.hash);
    assert.deepEqual([a.event.id, b.event.id, a.event.at, b.event.at], ['id-1', 'id-2', '2026-11-27T10:00:01.000Z', '2026-11-27T10:00:02.000Z']);
    assert.equal(a.stored && b.stored, true);
    assert.ok(Object.isFrozen(b.event) && Object.isFrozen(b.event.decidedBy), 'recorded events cannot be changed in place');
  });

  test('refuses input that breaks the rules, says why, and records nothing', async () => {
    const store = memoryStore();
    const ledger = createLedger({ store });
    const cases: [Parameters<typeof input>[0], RegExp][] = [
      [{ decidedBy: { role: 'attorney', name: 'Sam Okafor' } }, /authorityReference: an attorney acts on a registered Lasting Power of Attorney/],
      [{ decidedBy: { role: 'deputy', authorityReference: 'COP-1' } }, /decidedBy.name: required when someone other than the person decides \(role "deputy"\)/],
      [{ decidedBy: { role: 'best-interests', name: 'Dr Rao' } }, /decidedBy.capacity: a best-interests decision rests on a capacity assessment/],
      [{ decidedBy: { role: 'best-interests', name: 'Dr Rao', capacity: { decision: 'AI transcription', outcome: 'has-capacity', assessedBy: 'Dr Rao', assessedAt: '2026-11-01T09:00:00.000Z' } } }, /only for a person assessed as lacking capacity/],
      [{ type: 'objected-this-visit' }, /visit: an objection for one visit names the visit/],
      [{ type: 'corrected' }, /corrects: a correction names the event recorded in error/],
      [{ shown: undefined }, /explicit consent is recorded with the notice the decider was shown/],
      [{ shown: { ...SHOWN, feature: 'rota-builder' } }, /shown.feature: the notice shown is for "rota-builder"/],
      [{ subject: '' }, /shape of a consent event/],
      [{ channel: 'carrier-pigeon' as never }, /shape of a consent event/],
    ];
    for (const [overrides, message] of cases) {
      await assert.rejects(ledger.record(input(overrides)), (e: unknown) => e instanceof ConsentInputError && message.test(e.message), String(message));
    }
    assert.equal(store.events.length, 0);
    // The ledger still works after refusing.
    assert.equal((await ledger.record(input())).event.seq, 0);
  });

  test('an attorney, a deputy and a best-interests decision are recorded with their authority', async () => {
    const ledger = createLedger();
    const capacity = { decision: 'Whether visits may be transcribed by AI', outcome: 'lacks-capacity', assessedBy: 'Dr Asha Rao', assessedAt: '2026-11-20T09:30:00.000Z', reference: 'MCA-2026-118' } as const;
    await ledger.record(input({ decidedBy: { role: 'attorney', name: 'Sam Okafor', relationship: 'son', authorityReference: 'OPG 7000-1234-5678' } }));
    await ledger.record(input({ decidedBy: { role: 'best-interests', name: 'Priya Shah', relationship: 'social worker', capacity, consulted: 'Son; GP; the person said they dislike recordings' } }));
    const events = await ledger.events();
    assert.equal(events[0]!.decidedBy.authorityReference, 'OPG 7000-1234-5678');
    assert.deepEqual(events[1]!.decidedBy.capacity, capacity);
  });
});

describe('fingerprint()', () => {
  test('gives the `shown` part of an event for a notice snapshot, as shownFrom does, hashing its canonical text', async () => {
    const read = readDisplayManifest(example('candour.json'));
    assert.ok(read.ok);
    const feature = read.manifest.features.get('family-chatbot')!;
    const ledger = createLedger();
    const welsh = noticeSnapshot(feature, { audience: 'representative', readingLevel: 'standard', locale: 'cy' });
    const shown = ledger.fingerprint(welsh);
    assert.deepEqual(shown, shownFrom(welsh));
    assert.deepEqual(Object.keys(shown).sort(), ['audience', 'feature', 'format', 'locale', 'sha256', 'version']);
    assert.match(shown.sha256, /^[0-9a-f]{64}$/);
    assert.equal(shown.locale, 'cy');
    // Another audience, reading level or language is another text, so another fingerprint.
    const easyRead = ledger.fingerprint(noticeSnapshot(feature, { audience: 'person', readingLevel: 'easy-read', locale: 'en-GB' }));
    assert.notEqual(easyRead.sha256, shown.sha256);
    assert.equal(easyRead.format, 'easy-read');
    // What it gives is accepted as the `shown` of a recorded event, and kept as given.
    const { event } = await ledger.record(input({ type: 'shown', feature: 'family-chatbot', shown }));
    assert.deepEqual(event.shown, shown);
    ledger.close();
  });
});

describe('decisions are derived from the events', () => {
  const explicit: DecisionQuery = { subject: 'person-1', feature: 'visit-transcription', purpose: 'improve-transcription', model: 'explicit-consent', noticeVersion: '2.0' };
  const inform: DecisionQuery = { ...explicit, purpose: 'visit-transcription', model: 'inform-and-object' };
  const informInput = (o: Parameters<typeof input>[0] = {}) => input({ purpose: 'visit-transcription', model: 'inform-and-object', ...o });

  async function after(steps: Parameters<typeof input>[0][], query: DecisionQuery) {
    const ledger = createLedger({ now: clock() });
    for (const s of steps) await ledger.record(input(s));
    return ledger.decision(query);
  }

  test('explicit consent: nothing until a yes; a no, a withdrawal and an expiry stop it', async () => {
    assert.deepEqual(await after([], explicit).then((d) => [d.state, d.permits]), ['not-asked', false]);
    assert.deepEqual(await after([{ type: 'shown' }], explicit).then((d) => [d.state, d.permits]), ['not-asked', false]);
    assert.deepEqual(await after([{ type: 'shown' }, {}], explicit).then((d) => [d.state, d.permits]), ['granted', true]);
    assert.deepEqual(await after([{}, { type: 'declined' }], explicit).then((d) => [d.state, d.permits]), ['declined', false]);
    assert.deepEqual(await after([{}, { type: 'withdrawn' }], explicit).then((d) => [d.state, d.permits]), ['withdrawn', false]);
    assert.deepEqual(await after([{}, { type: 'withdrawn' }, {}], explicit).then((d) => [d.state, d.permits]), ['granted', true]);
    assert.deepEqual(await after([{ expiresAt: '2026-11-27T10:00:30.000Z' }], { ...explicit, now: new Date('2026-11-27T10:00:29.000Z') }).then((d) => d.state), 'granted');
    assert.deepEqual(await after([{ expiresAt: '2026-11-27T10:00:30.000Z' }], { ...explicit, now: new Date('2026-11-27T10:00:30.000Z') }).then((d) => [d.state, d.permits]), ['expired', false]);
    assert.deepEqual(await after([{}, { type: 'expired' }], explicit).then((d) => d.state), 'expired');
  });

  test('inform and object: informed and not objecting permits; an objection stops it until withdrawn', async () => {
    const run = async (steps: Parameters<typeof input>[0][], q = inform) => {
      const ledger = createLedger({ now: clock() });
      for (const s of steps) await ledger.record(informInput(s));
      return ledger.decision(q);
    };
    assert.deepEqual(await run([]).then((d) => [d.state, d.permits]), ['not-informed', false]);
    assert.deepEqual(await run([{ type: 'shown' }]).then((d) => [d.state, d.permits]), ['not-objected', true]);
    assert.deepEqual(await run([{ type: 'shown' }, { type: 'objected', shown: undefined }]).then((d) => [d.state, d.permits]), ['objected', false]);
    assert.deepEqual(await run([{ type: 'shown' }, { type: 'objected', shown: undefined }, { type: 'granted' }]).then((d) => [d.state, d.permits]), ['not-objected', true]);
    assert.deepEqual(await run([{ type: 'shown' }, { type: 'withdrawn', shown: undefined }]).then((d) => d.state), 'objected');
  });

  test('"not today" stops the AI for that visit only', async () => {
    const ledger = createLedger({ now: clock() });
    await ledger.record(informInput({ type: 'shown' }));
    await ledger.record(informInput({ type: 'objected-this-visit', visit: 'visit-2026-11-27-am', shown: undefined }));
    const today = await ledger.decision({ ...inform, visit: 'visit-2026-11-27-am' });
    const tomorrow = await ledger.decision({ ...inform, visit: 'visit-2026-11-28-am' });
    assert.deepEqual([today.state, today.permits, today.objectedThisVisit], ['not-objected', false, true]);
    assert.deepEqual([tomorrow.permits, tomorrow.objectedThisVisit], [true, false]);
  });

  test('a material change to the notice asks again after a yes; a wording fix does not; a no stands', async () => {
    const yes = [{ type: 'shown' as const }, {}];
    assert.equal((await after(yes, { ...explicit, noticeVersion: '2.3' })).state, 'granted');
    const changed = await after(yes, { ...explicit, noticeVersion: '3.0' });
    assert.deepEqual([changed.state, changed.permits], ['needs-asking-again', false]);
    assert.equal((await after([{ type: 'declined' }], { ...explicit, noticeVersion: '3.0' })).state, 'declined');
    // A re-ask recorded against the new notice ends the old yes, and a new yes counts.
    assert.equal((await after([...yes, { type: 're-asked' }], explicit)).state, 'needs-asking-again');
    assert.equal((await after([...yes, { type: 're-asked' }, { shown: { ...SHOWN, version: '3.0' } }], { ...explicit, noticeVersion: '3.0' })).state, 'granted');
  });

  test('a correction voids the event recorded in error; agreement under inform-and-object is not explicit consent', async () => {
    const ledger = createLedger({ now: clock() });
    const wrong = await ledger.record(input({ type: 'declined' }));
    await ledger.record(input({ type: 'corrected', corrects: wrong.event.id, shown: undefined, reason: 'Recorded for the wrong person' }));
    const d = await ledger.decision(explicit);
    assert.equal(d.state, 'not-asked');
    assert.ok(d.voided.has(wrong.event.id));
    assert.equal(d.history.length, 2, 'the history keeps the event recorded in error');

    const other = createLedger();
    await other.record(input({ model: 'inform-and-object' }));
    assert.equal((await other.decision(explicit)).state, 'not-asked');
  });

  test('decide() ignores other people, features and purposes, and the order events arrive in', async () => {
    const ledger = createLedger({ now: clock() });
    await ledger.record(input({ type: 'shown' }));
    await ledger.record(input());
    await ledger.record(input({ type: 'declined', subject: 'person-2' }));
    await ledger.record(input({ type: 'declined', purpose: 'other' }));
    const events = await ledger.events();
    assert.equal(decide([...events].reverse(), explicit).state, 'granted');
    assert.equal(decide(events, { ...explicit, subject: 'person-2' }).state, 'declined');
  });
});

describe('verify() finds any edited, removed or reordered event', () => {
  async function chain(n: number) {
    const store = memoryStore();
    const ledger = createLedger({ store, now: clock() });
    for (let i = 0; i < n; i++) await ledger.record(input({ type: i % 2 ? 'granted' : 'shown', subject: `p${i % 3}` }));
    const events = store.events as ConsentEvent[];
    return { ledger, events };
  }

  test('an untouched chain verifies', async () => {
    const { ledger } = await chain(6);
    assert.deepEqual(await ledger.verify(), { ok: true, count: 6, faults: [] });
  });

  test('an edited field, a removed event and a swapped pair are each found (a cut-off end: see the browser store)', async () => {
    {
      const { ledger, events } = await chain(5);
      events[2] = { ...events[2]!, type: 'declined' };
      const v = await ledger.verify();
      // The next event still points at the stored hash, so only the edited one is named.
      assert.deepEqual(v.faults.map((f) => [f.fault, f.seq]), [['edited', 2]]);
    }
    {
      const { ledger, events } = await chain(5);
      events.splice(1, 1);
      const v = await ledger.verify();
      assert.deepEqual(v.faults.map((f) => [f.fault, f.seq]), [['removed', 1], ['broken-link', 2]]);
    }
    {
      const { ledger, events } = await chain(5);
      [events[1], events[2]] = [events[2]!, events[1]!];
      const v = await ledger.verify();
      assert.ok(v.faults.some((f) => f.fault === 'reordered' && f.seq === 1), JSON.stringify(v.faults));
      assert.equal(v.ok, false);
    }
  });

  test('any single change to any field of any event is found (property)', async () => {
    const { events } = await chain(4);
    const original = structuredClone(events);
    await fc.assert(
      fc.asyncProperty(fc.nat(3), fc.constantFrom('type', 'subject', 'purpose', 'at', 'reason', 'decidedBy', 'seq', 'prev'), fc.string({ minLength: 1, maxLength: 5 }), async (i, field, value) => {
        const copy = structuredClone(original);
        const changed = { ...copy[i]! } as Record<string, unknown>;
        changed[field] = field === 'decidedBy' ? { role: 'person', name: value } : field === 'seq' ? (copy[i]!.seq + 1 + value.length) : `${String(changed[field] ?? '')}${value}`;
        copy[i] = changed as unknown as ConsentEvent;
        const store = memoryStore();
        (store.events as ConsentEvent[]).push(...copy);
        const v = await createLedger({ store }).verify();
        assert.equal(v.ok, false, `${field} of event ${i} changed to ${JSON.stringify(changed[field])} was not found`);
      }),
      { numRuns: 150 },
    );
  });
});
