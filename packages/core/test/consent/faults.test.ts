/**
 * Fault injection: every storage and network failure the issue names, each
 * shown to lose nothing. The HTTP sink talks to a real HTTP server on
 * 127.0.0.1 started here.
 */
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { browserStore, createLedger, httpSink, type ConsentEvent, type LedgerNotice } from '@candour/core/consent';
import { FakeStorage, clock, input } from './support';

const noLocks = { locks: null } as const;

describe('browser storage', () => {
  test('stores one key per event and reads them back in order', async () => {
    const storage = new FakeStorage();
    const ledger = createLedger({ store: browserStore({ storage, namespace: 'care', ...noLocks }), now: clock() });
    await ledger.record(input({ type: 'shown' }));
    await ledger.record(input());
    assert.deepEqual([...storage.map.keys()].sort(), ['care:event:0000000000', 'care:event:0000000001', 'care:head']);
    const again = createLedger({ store: browserStore({ storage, namespace: 'care', ...noLocks }) });
    assert.equal((await again.events()).length, 2);
    assert.equal((await again.verify()).ok, true);
  });

  test('quota exceeded: the decision is kept, reported, counted as unsaved, and stored once there is room', async () => {
    const storage = new FakeStorage();
    const ledger = createLedger({ store: browserStore({ storage, ...noLocks }), now: clock() });
    const notices: LedgerNotice[] = [];
    ledger.subscribe((n) => notices.push(n));
    await ledger.record(input({ type: 'shown' }));
    storage.quotaFor = /event/;
    const result = await ledger.record(input());
    assert.equal(result.stored, false);
    assert.equal(result.problems[0]?.code, 'storage-quota');
    assert.match(result.problems[0]!.message, /not stored yet: storage is full .* kept in this page/);
    assert.equal(ledger.status().unsaved, 1);
    // Still counted in decisions while unsaved.
    assert.equal((await ledger.decision({ subject: 'person-1', feature: 'visit-transcription', purpose: 'improve-transcription', model: 'explicit-consent' })).state, 'granted');
    // A second decision while full queues behind the first, in order.
    const second = await ledger.record(input({ type: 'withdrawn', shown: undefined }));
    assert.equal(second.stored, false);
    assert.equal(second.event.prev, result.event.hash);
    storage.quotaFor = null;
    await ledger.retry();
    assert.equal(ledger.status().unsaved, 0);
    assert.deepEqual(ledger.status().problems, []);
    const stored = await createLedger({ store: browserStore({ storage, ...noLocks }) }).events();
    assert.deepEqual(stored.map((e) => e.type), ['shown', 'granted', 'withdrawn']);
    assert.ok(notices.some((n) => n.type === 'stored' && n.event.id === result.event.id));
  });

  test('storage disabled: decisions are kept in the page and every one is reported until it works', async () => {
    const storage = new FakeStorage();
    storage.disabled = true;
    const ledger = createLedger({ store: browserStore({ storage, ...noLocks }), now: clock() });
    const a = await ledger.record(input({ type: 'shown' }));
    const b = await ledger.record(input());
    assert.deepEqual([a.stored, b.stored], [false, false]);
    assert.equal(a.problems.find((p) => p.eventId === a.event.id)?.code, 'storage-unavailable');
    assert.match(a.problems.find((p) => p.eventId === a.event.id)!.message, /SecurityError/);
    assert.equal(ledger.status().unsaved, 2);
    assert.deepEqual((await ledger.events()).map((e) => e.id), [a.event.id, b.event.id]);
    storage.disabled = false;
    await ledger.retry();
    assert.equal(ledger.status().unsaved, 0);
    assert.equal(storage.map.size, 3);
  });

  test('corrupt stored data is reported, left in place, and named by verify(); new decisions still record', async () => {
    const storage = new FakeStorage();
    const ledger = createLedger({ store: browserStore({ storage, ...noLocks }), now: clock() });
    for (let i = 0; i < 3; i++) await ledger.record(input({ type: i === 1 ? 'granted' : 'shown' }));
    storage.map.set('candour:event:0000000001', '{"type":"granted", truncated');
    const notices: LedgerNotice[] = [];
    const reader = createLedger({ store: browserStore({ storage, ...noLocks }) });
    reader.subscribe((n) => notices.push(n));
    const v = await reader.verify();
    assert.deepEqual(v.faults.map((f) => [f.fault, f.seq]), [['unreadable', 1]]);
    assert.equal(storage.map.get('candour:event:0000000001'), '{"type":"granted", truncated', 'the damaged entry is not deleted');
    assert.ok(notices.some((n) => n.type === 'problem' && n.problem.code === 'storage-corrupt' && n.problem.key === 'candour:event:0000000001'));
    const next = await reader.record(input({ type: 'declined' }));
    assert.deepEqual([next.stored, next.event.seq], [true, 3]);
  });

  test('events removed from the end are found through the stored head', async () => {
    const storage = new FakeStorage();
    const ledger = createLedger({ store: browserStore({ storage, ...noLocks }), now: clock() });
    for (let i = 0; i < 4; i++) await ledger.record(input({ type: 'shown' }));
    storage.map.delete('candour:event:0000000003');
    storage.map.delete('candour:event:0000000002');
    const v = await ledger.verify();
    assert.deepEqual(v.faults.map((f) => [f.fault, f.seq]), [['removed', 2]]);
    assert.match(v.faults[0]!.message, /recorded 4 events; events from 2 on are missing/);
  });

  test('two tabs deciding at once without Web Locks: both decisions are kept and the chain stays whole', async () => {
    const storage = new FakeStorage();
    // Each "tab" reads the head, then yields before writing, so both pick the same place.
    const slow = (name: string) => {
      const store = browserStore({ storage, ...noLocks });
      const head = store.head.bind(store);
      return { ...store, name, head: async () => { const h = await head(); await new Promise((r) => setTimeout(r, 5)); return h; } };
    };
    const tabA = createLedger({ store: slow('a'), now: clock() });
    const tabB = createLedger({ store: slow('b'), now: clock() });
    const [a, b] = await Promise.all([tabA.record(input({ subject: 'from-a' })), tabB.record(input({ subject: 'from-b' }))]);
    await Promise.all([tabA.retry(), tabB.retry()]);
    const all = await createLedger({ store: browserStore({ storage, ...noLocks }) }).events();
    assert.deepEqual(all.map((e) => e.subject).sort(), ['from-a', 'from-b']);
    assert.deepEqual(new Set(all.map((e) => e.id)), new Set([a.event.id, b.event.id]));
    assert.equal((await createLedger({ store: browserStore({ storage, ...noLocks }) }).verify()).ok, true);
    // Both read the same head; the second to write found the place taken and chained after the first.
    const conflicted = [...a.problems, ...b.problems];
    assert.deepEqual(conflicted.map((p) => p.code), ['storage-conflict']);
    assert.deepEqual([tabA.status().unsaved, tabB.status().unsaved], [0, 0]);
  });

  test('two tabs with Web Locks append one at a time', async () => {
    const storage = new FakeStorage();
    let held = Promise.resolve();
    let concurrent = 0;
    let most = 0;
    const locks = {
      request<T>(_name: string, task: () => Promise<T>): Promise<T> {
        const run = held.then(async () => {
          most = Math.max(most, ++concurrent);
          try {
            return await task();
          } finally {
            concurrent--;
          }
        });
        held = run.then(() => undefined, () => undefined);
        return run;
      },
    };
    const tabs = [0, 1, 2].map(() => createLedger({ store: browserStore({ storage, locks }) }));
    await Promise.all(tabs.flatMap((t, i) => [t.record(input({ subject: `tab-${i}` })), t.record(input({ subject: `tab-${i}`, type: 'withdrawn', shown: undefined }))]));
    assert.equal(most, 1);
    const v = await createLedger({ store: browserStore({ storage, locks: null }) }).verify();
    assert.deepEqual([v.ok, v.count], [true, 6]);
  });
});

/** A consent endpoint on 127.0.0.1 that can be told to fail. */
class Endpoint {
  server!: Server;
  url = '';
  /** Event ids stored, in arrival order (each once: repeated Idempotency-Keys are acknowledged, not stored). */
  stored: string[] = [];
  requests = 0;
  failNext = 0;
  failWith: number | 'drop' | 'drop-after-store' = 503;
  reject = new Set<string>();

  async start(): Promise<void> {
    this.server = createServer((req, res) => this.handle(req, res));
    await new Promise<void>((r) => this.server.listen(0, '127.0.0.1', r));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/consent`;
  }
  private handle(req: IncomingMessage, res: ServerResponse): void {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      this.requests++;
      const key = String(req.headers['idempotency-key']);
      const event = (JSON.parse(body) as { event: ConsentEvent }).event;
      if (event.id !== key) return void res.writeHead(400).end('key mismatch');
      if (this.reject.has(key)) return void res.writeHead(422).end();
      if (this.failNext > 0) {
        this.failNext--;
        if (this.failWith === 'drop') return void req.socket.destroy();
        if (this.failWith === 'drop-after-store') {
          if (!this.stored.includes(key)) this.stored.push(key);
          return void req.socket.destroy();
        }
        return void res.writeHead(this.failWith).end();
      }
      if (!this.stored.includes(key)) this.stored.push(key);
      res.writeHead(201, { 'content-type': 'application/json' }).end('{}');
    });
  }
  stop(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}

const until = async (cond: () => boolean, what: string, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('HTTP sink to the supplier’s endpoint', () => {
  const endpoint = new Endpoint();
  before(() => endpoint.start());
  after(() => endpoint.stop());
  const fresh = () => {
    endpoint.stored = [];
    endpoint.requests = 0;
    endpoint.failNext = 0;
    endpoint.reject.clear();
  };

  test('delivers every event once, in order, with its id as Idempotency-Key', async () => {
    fresh();
    const outbox = new FakeStorage();
    const sink = httpSink({ url: endpoint.url, storage: outbox, locks: null, minDelay: 5 });
    const ledger = createLedger({ sinks: [sink] });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await ledger.record(input({ type: i ? 'granted' : 'shown' }))).event.id);
    await until(() => endpoint.stored.length === 5 && outbox.map.size === 0, 'five deliveries');
    assert.deepEqual(endpoint.stored, ids);
    assert.equal(ledger.status().undelivered[sink.name], 0);
    assert.equal(outbox.map.size, 0, 'the outbox is empty once delivered');
    ledger.close();
  });

  test('an endpoint failing for a while (503s, dropped connections) still gets each event exactly once', async () => {
    fresh();
    endpoint.failNext = 4;
    endpoint.failWith = 503;
    const sink = httpSink({ url: endpoint.url, storage: new FakeStorage(), locks: null, minDelay: 5, maxDelay: 20 });
    const ledger = createLedger({ sinks: [sink] });
    const notices: LedgerNotice[] = [];
    ledger.subscribe((n) => notices.push(n));
    const ids = [];
    for (let i = 0; i < 3; i++) ids.push((await ledger.record(input())).event.id);
    await until(() => endpoint.stored.length === 3, 'three deliveries');
    endpoint.failNext = 2;
    endpoint.failWith = 'drop';
    ids.push((await ledger.record(input({ type: 'withdrawn', shown: undefined }))).event.id);
    await until(() => endpoint.stored.length === 4 && sink.undelivered() === 0, 'delivery after dropped connections');
    assert.deepEqual(endpoint.stored, ids);
    assert.ok(notices.some((n) => n.type === 'problem' && n.problem.code === 'sink-failed' && /answered 503/.test(n.problem.message)));
    assert.ok(notices.filter((n) => n.type === 'delivered').length === 4);
    assert.deepEqual(ledger.status().problems, [], 'problems clear once delivered');
    ledger.close();
  });

  test('an answer lost after the endpoint stored the event: the retry carries the same key, and it is stored once', async () => {
    fresh();
    endpoint.failNext = 1;
    endpoint.failWith = 'drop-after-store';
    const ledger = createLedger({ sinks: [httpSink({ url: endpoint.url, storage: new FakeStorage(), locks: null, minDelay: 5 })] });
    const { event } = await ledger.record(input());
    await until(() => endpoint.requests >= 2 && ledger.status().undelivered[`http:${new URL(endpoint.url).origin}/consent`] === 0, 'the retry');
    assert.deepEqual(endpoint.stored, [event.id]);
    ledger.close();
  });

  test('offline (nothing listening) then back: the outbox survives a reload and delivers once', async () => {
    fresh();
    const outbox = new FakeStorage();
    const dead = 'http://127.0.0.1:9/consent'; // the discard port: nothing answers
    const offline = httpSink({ url: dead, storage: outbox, locks: null, minDelay: 5, maxDelay: 10 });
    const ledger = createLedger({ sinks: [offline] });
    const { event } = await ledger.record(input());
    await until(() => ledger.status().problems.some((p) => p.code === 'sink-failed'), 'a reported failure');
    ledger.close();
    assert.equal(outbox.map.size, 1, 'the undelivered event is in the durable outbox');
    // The page is reloaded later with the endpoint reachable: the new sink finds the outbox and sends it.
    const stored = JSON.parse([...outbox.map.values()][0]!) as ConsentEvent;
    assert.equal(stored.id, event.id);
    outbox.map.clear();
    outbox.map.set(`candour:outbox:${event.id}`, JSON.stringify(stored));
    const online = httpSink({ url: endpoint.url, storage: outbox, locks: null, minDelay: 5 });
    const reloaded = createLedger({ sinks: [online] });
    // The endpoint stores before it answers: wait for the answer to empty the outbox too.
    await until(() => endpoint.stored.length === 1 && outbox.map.size === 0, 'delivery after reload');
    assert.deepEqual(endpoint.stored, [event.id]);
    reloaded.close();
  });

  test('a refused event (4xx) is kept, reported as rejected and never dropped; events after it wait in order', async () => {
    fresh();
    const sink = httpSink({ url: endpoint.url, storage: new FakeStorage(), locks: null, minDelay: 5, maxDelay: 30 });
    const ledger = createLedger({ sinks: [sink] });
    const first = await ledger.record(input());
    endpoint.reject.add(first.event.id);
    // The first may have gone already; record a second that is refused for sure.
    const second = await ledger.record(input({ type: 'withdrawn', shown: undefined }));
    endpoint.reject.add(second.event.id);
    const third = await ledger.record(input({ subject: 'person-9' }));
    await until(() => ledger.status().problems.some((p) => p.code === 'sink-rejected'), 'a rejection');
    assert.ok(!endpoint.stored.includes(third.event.id), 'nothing overtakes a refused event');
    assert.ok(sink.undelivered() >= 2);
    endpoint.reject.clear();
    await until(() => endpoint.stored.includes(third.event.id), 'delivery once accepted');
    assert.deepEqual(endpoint.stored.slice(-2), [second.event.id, third.event.id]);
    ledger.close();
  });

  test('an outbox that cannot be stored keeps events in memory, says so, and still delivers', async () => {
    fresh();
    const outbox = new FakeStorage();
    outbox.quotaFor = /outbox/;
    const ledger = createLedger({ sinks: [httpSink({ url: endpoint.url, storage: outbox, locks: null, minDelay: 5 })] });
    const { event, problems } = await ledger.record(input());
    assert.equal(problems.find((p) => p.code === 'outbox-unavailable')?.eventId, event.id);
    await until(() => endpoint.stored.length === 1, 'delivery from memory');
    assert.deepEqual(endpoint.stored, [event.id]);
    ledger.close();
  });

  test('refuses an endpoint that is not https (except on localhost)', () => {
    assert.throws(() => httpSink({ url: 'http://consent.example.org/in' }), /must use https: \(or http: on localhost\); got http:/);
    assert.throws(() => httpSink({ url: 'ftp://127.0.0.1/in' }), /got ftp:/);
  });
});
