/**
 * The consent ledger: records append-only, hash-chained events through a store
 * and any number of sinks, derives decisions from them and verifies the chain.
 *
 * Nothing is dropped. When the store fails (full, disabled, another tab in the
 * way) the event stays in memory, counted in `status().unsaved`, reported, and
 * stored by the next `record()` or `retry()`; sinks keep their own outbox.
 */
import { canonicalJson } from './canonical';
import { eventRules, isConsentEvent } from './check';
import { decide, type Decision, type DecisionQuery } from './decide';
import { shownFrom, type NoticeSnapshot } from './notice';
import { ConsentInputError, LedgerStoreError, classifyStorageError, type LedgerProblem } from './problems';
import type { ConsentEvent, ConsentEventInput, ShownNotice } from './schema';
import { sha256 } from './sha256';
import { memoryStore, type ChainHead, type LedgerStore } from './stores';

/** The `prev` of the first event. */
export const GENESIS = '0'.repeat(64);

/** Something that takes every recorded event and delivers it elsewhere, keeping it until it has. */
export interface LedgerSink {
  readonly name: string;
  /** Takes an event; resolves once the sink holds it (not once it is delivered). */
  accept(event: ConsentEvent): Promise<void>;
  /** Tries to deliver everything held now. */
  flush(): Promise<void>;
  /** Events held and not yet delivered. */
  undelivered(): number;
  /** Called once by the ledger, so the sink can report problems and deliveries. */
  connect(report: (problem: LedgerProblem) => void, delivered: (eventId: string) => void): void;
  close(): void;
}

export interface LedgerOptions {
  /** Where events are kept (default: in memory). */
  store?: LedgerStore;
  /** Where events are also sent (e.g. `httpSink` to the supplier's endpoint). */
  sinks?: LedgerSink[];
  /** The clock (default: `new Date()`). */
  now?: () => Date;
  /** Event ids (default: `crypto.randomUUID()`). */
  newId?: () => string;
}

export type LedgerNotice =
  | { type: 'recorded'; event: ConsentEvent; stored: boolean }
  | { type: 'stored'; event: ConsentEvent }
  | { type: 'problem'; problem: LedgerProblem }
  | { type: 'delivered'; sink: string; eventId: string }
  | { type: 'changed' };

export interface RecordResult {
  event: ConsentEvent;
  /** Whether the store holds it now; if not, the ledger holds it and retries. */
  stored: boolean;
  problems: LedgerProblem[];
}

export interface LedgerStatus {
  /** Events recorded but not yet in the store. */
  unsaved: number;
  /** Events each sink holds and has not delivered, by sink name. */
  undelivered: Record<string, number>;
  /** Problems still open (cleared when what they held back is stored or delivered). */
  problems: LedgerProblem[];
}

export type ChainFault = 'edited' | 'removed' | 'reordered' | 'broken-link' | 'unreadable';

export interface VerifyResult {
  ok: boolean;
  /** Events checked. */
  count: number;
  faults: Array<{ fault: ChainFault; seq: number; id?: string; message: string }>;
}

export interface EventFilter {
  subject?: string;
  feature?: string;
  purpose?: string;
}

export interface Ledger {
  /** Records one event; rejects with `ConsentInputError` (recording nothing) if the input breaks the rules. */
  record(input: ConsentEventInput): Promise<RecordResult>;
  /** Every event (stored, then unsaved), optionally for one person, feature or purpose. */
  events(filter?: EventFilter): Promise<ConsentEvent[]>;
  /** The current decision, derived from the events. */
  decision(query: DecisionQuery): Promise<Decision>;
  /** Checks the stored chain: finds any edited, removed or reordered event. */
  verify(): Promise<VerifyResult>;
  status(): LedgerStatus;
  /** Tries again to store unsaved events and to deliver what sinks hold. */
  retry(): Promise<void>;
  /** Listens to what the ledger does; returns an unsubscribe function. */
  subscribe(listener: (notice: LedgerNotice) => void): () => void;
  /**
   * The `shown` part of an event for a notice snapshot (`noticeSnapshot`): its
   * feature, version, audience, locale, format and the SHA-256 of its canonical
   * text, as `shownFrom` makes it. Lets a page that records through the ledger
   * leave the hashing to it, so a consent prompt need not carry SHA-256 itself.
   */
  fingerprint(snapshot: NoticeSnapshot): ShownNotice;
  close(): void;
}

/** The hash of an event: SHA-256 of its canonical form without `hash`. */
export function hashEvent(event: Omit<ConsentEvent, 'hash'> & { hash?: string }): string {
  const { hash: _hash, ...rest } = event;
  return sha256(canonicalJson(rest));
}

/** Recorded events cannot be changed in place, by the caller or by us. */
function freeze(event: ConsentEvent): ConsentEvent {
  for (const part of [event.decidedBy, event.decidedBy.capacity, event.recordedBy, event.shown]) if (part) Object.freeze(part);
  return Object.freeze(event);
}

function newUuid(): string {
  const c = globalThis.crypto as Crypto | undefined;
  if (c?.randomUUID) return c.randomUUID();
  const bytes = new Uint8Array(16);
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const matches = (e: ConsentEvent, f?: EventFilter) =>
  !f || ((!f.subject || e.subject === f.subject) && (!f.feature || e.feature === f.feature) && (!f.purpose || e.purpose === f.purpose));

export function createLedger(options: LedgerOptions = {}): Ledger {
  const store = options.store ?? memoryStore();
  const sinks = options.sinks ?? [];
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? newUuid;
  const listeners = new Set<(n: LedgerNotice) => void>();
  /** Recorded but not yet stored, in chain order. */
  let unsaved: ConsentEvent[] = [];
  const open = new Map<string, LedgerProblem>();
  let queue: Promise<unknown> = Promise.resolve();

  const emit = (notice: LedgerNotice) => {
    for (const l of listeners) {
      try {
        l(notice);
      } catch {
        // a listener's failure must not stop the record
      }
    }
  };
  let collecting: LedgerProblem[] | null = null;
  const report = (problem: LedgerProblem) => {
    collecting?.push(problem);
    open.set(`${problem.code}:${problem.where}:${problem.eventId ?? problem.key ?? ''}`, problem);
    emit({ type: 'problem', problem });
  };
  const clear = (where: string, eventId?: string) => {
    for (const [key, p] of open) if (p.where === where && (eventId === undefined || p.eventId === eventId || p.eventId === undefined)) open.delete(key);
  };
  for (const sink of sinks) {
    sink.connect(report, (eventId) => {
      clear(sink.name, eventId);
      emit({ type: 'delivered', sink: sink.name, eventId });
    });
  }
  const unwatch = store.watch?.(() => emit({ type: 'changed' }));

  // A page closed with unsaved decisions would lose them: ask the browser to warn.
  const onBeforeUnload = (e: Event) => {
    if (unsaved.length > 0) e.preventDefault();
  };
  const win = globalThis as unknown as { addEventListener?: (t: string, l: (e: Event) => void) => void; removeEventListener?: (t: string, l: (e: Event) => void) => void };
  win.addEventListener?.('beforeunload', onBeforeUnload);

  /** Runs tasks one at a time in this page and, where the store can, across tabs. */
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = () => (store.exclusive ? store.exclusive(task) : task());
    const result = queue.then(run, run);
    queue = result.catch(() => undefined);
    return result;
  };

  const build = (input: ConsentEventInput, head: ChainHead | null, id: string, at: string): ConsentEvent => {
    const base = { ...input, format: 1 as const, id, seq: head ? head.seq + 1 : 0, at, prev: head ? head.hash : GENESIS };
    return freeze({ ...base, hash: hashEvent(base) });
  };
  const rebase = (event: ConsentEvent, head: ChainHead | null): ConsentEvent => {
    const { hash: _h, seq: _s, prev: _p, ...rest } = event;
    const base = { ...rest, seq: head ? head.seq + 1 : 0, prev: head ? head.hash : GENESIS };
    return freeze({ ...base, hash: hashEvent(base) } as ConsentEvent);
  };

  /** Stores unsaved events in order; stops at the first failure. Must run inside `serial`. */
  const storeUnsaved = async (): Promise<void> => {
    let conflicts = 0;
    while (unsaved.length > 0) {
      const next = unsaved[0]!;
      try {
        await store.put(next);
        unsaved.shift();
        clear(store.name, next.id);
        emit({ type: 'stored', event: next });
      } catch (error) {
        const e = classifyStorageError(error);
        if (e.code === 'storage-conflict' && conflicts < 20) {
          conflicts++;
          // Another tab stored first: chain what we hold after its events, keeping ids and times.
          let head: ChainHead | null = await store.head();
          unsaved = unsaved.map((u) => {
            const moved = rebase(u, head);
            head = { seq: moved.seq, hash: moved.hash };
            return moved;
          });
          report({ code: 'storage-conflict', where: store.name, eventId: next.id, message: `Another tab recorded a consent event at the same moment; this one (${next.id}) was chained after it.` });
          clear(store.name, next.id);
          continue;
        }
        report({ code: e.code, where: store.name, eventId: next.id, message: `Consent event ${next.id} is not stored yet: ${e.message}. It is kept in this page and stored when storage works again.` });
        return;
      }
    }
  };

  const ledger: Ledger = {
    record(input) {
      return serial(async () => {
        let head: ChainHead | null;
        const last = unsaved[unsaved.length - 1];
        if (last) head = { seq: last.seq, hash: last.hash };
        else {
          try {
            head = await store.head();
          } catch (error) {
            const e = classifyStorageError(error);
            head = lastRecorded;
            report({ code: e.code, where: store.name, message: `Cannot read the consent store: ${e.message}.` });
          }
        }
        const event = build(input, head, newId(), now().toISOString());
        const problems = eventRules(input);
        if (problems.length === 0 && !isConsentEvent(event)) problems.push({ path: '', message: 'the event does not have the shape of a consent event (see the consent event JSON Schema)' });
        if (problems.length > 0) throw new ConsentInputError(problems);

        const problemsNow: LedgerProblem[] = [];
        collecting = problemsNow;
        unsaved.push(event);
        await storeUnsaved();
        const stored = !unsaved.some((u) => u.id === event.id);
        const recorded = stored ? event : unsaved.find((u) => u.id === event.id)!;
        lastRecorded = { seq: recorded.seq, hash: recorded.hash };
        for (const sink of sinks) {
          try {
            await sink.accept(recorded);
          } catch (error) {
            report({ code: 'sink-failed', where: sink.name, eventId: recorded.id, message: `Sink ${sink.name} could not take event ${recorded.id}: ${error instanceof Error ? error.message : String(error)}` });
          }
        }
        collecting = null;
        emit({ type: 'recorded', event: recorded, stored });
        return { event: recorded, stored, problems: problemsNow };
      });
    },
    async events(filter) {
      let stored: ConsentEvent[] = [];
      try {
        stored = (await store.load()).events;
      } catch (error) {
        const e = classifyStorageError(error);
        report({ code: e.code, where: store.name, message: `Cannot read the consent store: ${e.message}.` });
      }
      const ids = new Set(stored.map((e) => e.id));
      return [...stored, ...unsaved.filter((u) => !ids.has(u.id))].filter((e) => matches(e, filter));
    },
    async decision(query) {
      return decide(await ledger.events(query), query);
    },
    async verify() {
      let load;
      try {
        load = await store.load();
      } catch (error) {
        const e = classifyStorageError(error);
        return { ok: false, count: 0, faults: [{ fault: 'unreadable', seq: 0, message: `The store cannot be read: ${e.message}` }] };
      }
      for (const p of load.problems) report(p);
      const faults: VerifyResult['faults'] = [];
      const unreadable = new Set(load.unreadable);
      let expected = 0;
      let prev: string | null = GENESIS;
      let last: ConsentEvent | undefined;
      for (const e of load.events) {
        while (unreadable.has(expected)) {
          faults.push({ fault: 'unreadable', seq: expected, message: `Event ${expected} is stored but cannot be read.` });
          expected++;
          prev = null;
        }
        if (e.seq > expected) {
          faults.push({ fault: 'removed', seq: expected, message: `Events ${expected}${e.seq - 1 > expected ? `–${e.seq - 1}` : ''} are missing before event ${e.seq}.` });
        } else if (e.seq < expected) {
          faults.push({ fault: 'reordered', seq: e.seq, id: e.id, message: `Event ${e.seq} (${e.id}) is out of order: found where event ${expected} belongs.` });
        }
        if (hashEvent(e) !== e.hash) faults.push({ fault: 'edited', seq: e.seq, id: e.id, message: `Event ${e.seq} (${e.id}) was changed after it was recorded: its content no longer matches its hash.` });
        if (prev !== null && e.prev !== prev && e.seq >= expected) {
          faults.push({ fault: 'broken-link', seq: e.seq, id: e.id, message: `Event ${e.seq} (${e.id}) does not follow the event before it: one was changed, removed or moved.` });
        }
        prev = e.hash;
        expected = Math.max(expected, e.seq + 1);
        last = e;
      }
      while (unreadable.has(expected)) {
        faults.push({ fault: 'unreadable', seq: expected, message: `Event ${expected} is stored but cannot be read.` });
        expected++;
      }
      if (load.head && load.head.seq >= expected) {
        faults.push({ fault: 'removed', seq: expected, message: `The store recorded ${load.head.seq + 1} events; events from ${expected} on are missing.` });
      } else if (load.head && last && load.head.seq === last.seq && load.head.hash !== last.hash) {
        faults.push({ fault: 'edited', seq: last.seq, id: last.id, message: `The last event (${last.seq}) is not the one the store recorded as its head.` });
      }
      return { ok: faults.length === 0, count: load.events.length, faults };
    },
    status() {
      const undelivered: Record<string, number> = {};
      for (const s of sinks) undelivered[s.name] = s.undelivered();
      return { unsaved: unsaved.length, undelivered, problems: [...open.values()] };
    },
    async retry() {
      await serial(storeUnsaved);
      await Promise.all(sinks.map((s) => s.flush()));
    },
    fingerprint(snapshot) {
      return shownFrom(snapshot);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      unwatch?.();
      win.removeEventListener?.('beforeunload', onBeforeUnload);
      for (const s of sinks) s.close();
      listeners.clear();
    },
  };
  let lastRecorded: ChainHead | null = null;
  return ledger;
}

export { LedgerStoreError };
