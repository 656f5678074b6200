/**
 * The IndexedDB consent store in real browsers: what it keeps, what it does
 * when two ledgers (two tabs) write at once, when IndexedDB is missing, when a
 * stored record is damaged, and when events are removed from the end.
 */
import { expect } from '@open-wc/testing';
import { createLedger, indexedDbStore, type ConsentEventInput, type LedgerNotice } from '@candour/core/consent';

let n = 0;
const fresh = () => `test-${Date.now()}-${++n}`;

const input = (o: Partial<ConsentEventInput> = {}): ConsentEventInput => ({
  type: 'objected',
  subject: 'person-1',
  feature: 'visit-transcription',
  purpose: 'visit-transcription',
  model: 'inform-and-object',
  decidedBy: { role: 'person' },
  channel: 'self-service',
  ...o,
});

function rawDb(namespace: string): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open(`candour-consent:${namespace}`, 1);
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
}
async function tamper(namespace: string, change: (events: IDBObjectStore) => void): Promise<void> {
  const db = await rawDb(namespace);
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('events', 'readwrite');
    change(tx.objectStore('events'));
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('indexedDbStore', () => {
  it('keeps events across ledgers (a reload) and verifies the chain', async () => {
    const ns = fresh();
    const first = createLedger({ store: indexedDbStore({ namespace: ns }) });
    await first.record(input({ type: 'shown', shown: { feature: 'visit-transcription', version: '2.0', audience: 'person', locale: 'en-GB', format: 'standard', sha256: 'b'.repeat(64) } }));
    await first.record(input());
    first.close();
    const again = createLedger({ store: indexedDbStore({ namespace: ns }) });
    const events = await again.events();
    expect(events.map((e) => [e.seq, e.type])).to.deep.equal([[0, 'shown'], [1, 'objected']]);
    expect((await again.verify()).ok).to.equal(true);
    again.close();
  });

  it('two ledgers writing at once never take the same place: every decision is kept in one chain', async () => {
    const ns = fresh();
    const a = createLedger({ store: indexedDbStore({ namespace: ns }) });
    const b = createLedger({ store: indexedDbStore({ namespace: ns }) });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => (i % 2 ? a : b).record(input({ subject: `p${i}` }))));
    expect(results.every((r) => r.stored)).to.equal(true);
    const events = await a.events();
    expect(events.length).to.equal(12);
    expect(new Set(events.map((e) => e.id)).size).to.equal(12);
    expect(events.map((e) => e.seq)).to.deep.equal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((await b.verify()).ok).to.equal(true);
    // The two ledgers did meet: at least one write found its place taken and was chained after.
    expect(results.flatMap((r) => r.problems).some((p) => p.code === 'storage-conflict')).to.equal(true);
    a.close();
    b.close();
  });

  it('without IndexedDB, decisions stay in the page, are reported, and are not lost', async () => {
    const ledger = createLedger({ store: indexedDbStore({ namespace: fresh(), indexedDB: null }) });
    const notices: LedgerNotice[] = [];
    ledger.subscribe((n) => notices.push(n));
    const r = await ledger.record(input());
    expect(r.stored).to.equal(false);
    expect(r.problems.map((p) => p.code)).to.include('storage-unavailable');
    expect(ledger.status().unsaved).to.equal(1);
    expect((await ledger.events()).map((e) => e.id)).to.deep.equal([r.event.id]);
    ledger.close();
  });

  it('a damaged record is reported, left in place and named by verify(); events removed from the end are found', async () => {
    const ns = fresh();
    const ledger = createLedger({ store: indexedDbStore({ namespace: ns }) });
    for (let i = 0; i < 4; i++) await ledger.record(input({ subject: `p${i}` }));
    await tamper(ns, (events) => events.put({ not: 'an event' }, 1));
    const notices: LedgerNotice[] = [];
    ledger.subscribe((n) => notices.push(n));
    let v = await ledger.verify();
    expect(v.faults.map((f) => [f.fault, f.seq])).to.deep.equal([['unreadable', 1]]);
    expect(notices.some((n) => n.type === 'problem' && n.problem.code === 'storage-corrupt')).to.equal(true);
    await tamper(ns, (events) => events.delete(3));
    v = await ledger.verify();
    expect(v.faults.map((f) => f.fault)).to.deep.equal(['unreadable', 'removed']);
    ledger.close();
  });
});
