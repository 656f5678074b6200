/**
 * Where a ledger keeps its events. A store only stores: the chain, the checks
 * and the recovery from failures live in the ledger, so every store gets them.
 */
import type { ConsentEvent } from './schema';
import { isConsentEvent } from './check';
import { classifyStorageError, LedgerStoreError, type LedgerProblem } from './problems';

export interface ChainHead {
  seq: number;
  hash: string;
}

export interface StoreLoad {
  /** Readable events in sequence order. */
  events: ConsentEvent[];
  /** Entries that could not be read, left in place. */
  problems: LedgerProblem[];
  /** The head the store recorded, to catch events removed from the end. */
  head: ChainHead | null;
  /** Sequence numbers whose entries exist but could not be read. */
  unreadable: number[];
}

export interface LedgerStore {
  /** A name for reports ("memory", "localStorage:candour"). */
  readonly name: string;
  load(): Promise<StoreLoad>;
  /** The last stored event's place in the chain, or null for an empty store. */
  head(): Promise<ChainHead | null>;
  /**
   * Stores an event at `event.seq` and makes it the head. Rejects with a
   * `LedgerStoreError`: `storage-conflict` if that place is taken, `storage-quota`
   * or `storage-unavailable` if it cannot store.
   */
  put(event: ConsentEvent): Promise<void>;
  /** Runs `task` with no other tab appending to the same store, where the platform allows. */
  exclusive?<T>(task: () => Promise<T>): Promise<T>;
  /** Calls `onChange` when another tab changed the store; returns an unsubscribe function. */
  watch?(onChange: () => void): () => void;
}

/** Keeps events in memory: for tests, servers that persist elsewhere, and as a last resort. */
export function memoryStore(): LedgerStore & { readonly events: readonly ConsentEvent[] } {
  const events: ConsentEvent[] = [];
  return {
    name: 'memory',
    get events() {
      return events;
    },
    async load() {
      const last = events[events.length - 1];
      return { events: [...events], problems: [], head: last ? { seq: last.seq, hash: last.hash } : null, unreadable: [] };
    },
    async head() {
      const last = events[events.length - 1];
      return last ? { seq: last.seq, hash: last.hash } : null;
    },
    async put(event) {
      if (event.seq !== events.length) throw new LedgerStoreError('storage-conflict', `place ${event.seq} is not the next (${events.length})`);
      // The ledger's events are frozen; anything else is copied so the caller cannot change what is stored.
      events.push(Object.isFrozen(event) ? event : structuredClone(event));
    },
  };
}

/** The part of the Web Storage API the browser store uses. */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface BrowserStoreOptions {
  /** Prefix of every key (default "candour"); one ledger per prefix. */
  namespace?: string;
  /** The storage to use (default `globalThis.localStorage`). */
  storage?: KeyValueStorage | (() => KeyValueStorage);
  /** Web Locks used to keep two tabs from appending at once (default `navigator.locks` where present). */
  locks?: { request<T>(name: string, callback: () => Promise<T>): Promise<T> } | null;
}

const pad = (seq: number) => String(seq).padStart(10, '0');

/**
 * Keeps events in `localStorage` (or any Web Storage), one key per event, so a
 * failure writing one never damages another. Two ledgers sharing one Storage
 * object append one at a time through Web Locks; without them, a taken place
 * is detected and the ledger chains its event after the other's.
 *
 * For two tabs, use `indexedDbStore`: browsers keep a copy of `localStorage`
 * per tab process and bring them into line later (measured in Chromium: a tab
 * can miss the other's write made a moment before, even under a Web Lock),
 * so two tabs deciding in the same instant can take the same place and one
 * event overwrite the other. This store suits a single tab, a worker's device
 * in kiosk use, or environments without IndexedDB.
 */
export function browserStore(options: BrowserStoreOptions = {}): LedgerStore {
  const ns = options.namespace ?? 'candour';
  const eventPrefix = `${ns}:event:`;
  const headKey = `${ns}:head`;
  const name = `localStorage:${ns}`;
  const locks = options.locks === undefined ? (globalThis.navigator as { locks?: BrowserStoreOptions['locks'] } | undefined)?.locks ?? null : options.locks;

  const storage = (): KeyValueStorage => {
    try {
      const s = typeof options.storage === 'function' ? options.storage() : options.storage ?? globalThis.localStorage;
      if (!s) throw new Error('no localStorage in this environment');
      return s;
    } catch (error) {
      throw classifyStorageError(error);
    }
  };
  const read = (key: string): string | null => {
    try {
      return storage().getItem(key);
    } catch (error) {
      throw classifyStorageError(error);
    }
  };
  const readHead = (): ChainHead | null => {
    const raw = read(headKey);
    if (raw === null) return null;
    try {
      const head = JSON.parse(raw) as ChainHead;
      if (Number.isInteger(head.seq) && typeof head.hash === 'string') return head;
    } catch {
      // fall through: a damaged head is rebuilt from the events
    }
    return null;
  };

  return {
    name,
    async load() {
      const s = storage();
      const keys: string[] = [];
      try {
        for (let i = 0; i < s.length; i++) {
          const key = s.key(i);
          if (key?.startsWith(eventPrefix)) keys.push(key);
        }
      } catch (error) {
        throw classifyStorageError(error);
      }
      keys.sort();
      const events: ConsentEvent[] = [];
      const problems: LedgerProblem[] = [];
      const unreadable: number[] = [];
      for (const key of keys) {
        const raw = read(key);
        let value: unknown;
        try {
          value = raw === null ? undefined : JSON.parse(raw);
        } catch {
          value = undefined;
        }
        const seq = Number(key.slice(eventPrefix.length));
        // An event stored under another place's key is kept as it is: verify() reports it as out of order.
        if (isConsentEvent(value)) {
          events.push(value);
        } else {
          unreadable.push(seq);
          problems.push({ code: 'storage-corrupt', where: name, key, message: `Stored consent event ${key} cannot be read; it is left as it is for someone to look at.` });
        }
      }
      return { events, problems, unreadable, head: readHead() };
    },
    async head() {
      const recorded = readHead();
      // The head key is written after the event; if a tab stopped in between, the event is there and the head lags.
      let seq = recorded ? recorded.seq : -1;
      let hash = recorded?.hash ?? '';
      for (;;) {
        const raw = read(eventPrefix + pad(seq + 1));
        if (raw === null) break;
        try {
          const next = JSON.parse(raw) as { hash?: unknown };
          hash = typeof next.hash === 'string' ? next.hash : hash;
        } catch {
          hash = '';
        }
        seq++;
      }
      return seq < 0 ? null : { seq, hash };
    },
    async put(event) {
      const key = eventPrefix + pad(event.seq);
      const s = storage();
      if (read(key) !== null) throw new LedgerStoreError('storage-conflict', `another tab stored an event at ${key}`);
      try {
        s.setItem(key, JSON.stringify(event));
      } catch (error) {
        throw classifyStorageError(error);
      }
      try {
        s.setItem(headKey, JSON.stringify({ seq: event.seq, hash: event.hash }));
      } catch {
        // The event is stored; the head is recomputed from the events when it lags.
      }
    },
    exclusive: locks ? (task) => locks.request(`${ns}:ledger`, task) : undefined,
    watch(onChange) {
      const target = globalThis as unknown as { addEventListener?: (t: string, l: (e: { key: string | null }) => void) => void; removeEventListener?: (t: string, l: (e: { key: string | null }) => void) => void };
      if (!target.addEventListener) return () => {};
      const listener = (e: { key: string | null }) => {
        if (e.key === null || e.key.startsWith(`${ns}:`)) onChange();
      };
      target.addEventListener('storage', listener);
      return () => target.removeEventListener?.('storage', listener);
    },
  };
}
