/**
 * Keeps events in IndexedDB: the browser store to use when a person may have
 * the product open in two tabs. Unlike `localStorage`, whose copies in two
 * tabs can lag behind each other (Chromium keeps one per renderer and syncs
 * them later), an IndexedDB transaction sees every committed write, so a place
 * in the chain can never be taken twice: the second tab's write fails as a
 * conflict and the ledger chains its event after the first's. Nothing is
 * overwritten, ever.
 */
import type { ConsentEvent } from './schema';
import { isConsentEvent } from './check';
import { LedgerStoreError, type LedgerProblem } from './problems';
import type { ChainHead, LedgerStore, StoreLoad } from './stores';

export interface IndexedDbStoreOptions {
  /** Database name suffix (default "candour"): the database is `candour-consent:<namespace>`. */
  namespace?: string;
  /** The IndexedDB factory (default `globalThis.indexedDB`). */
  indexedDB?: IDBFactory | null;
}

const EVENTS = 'events';
const META = 'meta';

function unavailable(error: unknown): LedgerStoreError {
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError') return new LedgerStoreError('storage-quota', `storage is full (${message})`);
  if (name === 'ConstraintError') return new LedgerStoreError('storage-conflict', `another tab stored an event at the same place (${message})`);
  return new LedgerStoreError('storage-unavailable', `IndexedDB cannot be used (${name ? `${name}: ` : ''}${message})`);
}

const done = (request: IDBRequest) =>
  new Promise<unknown>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

export function indexedDbStore(options: IndexedDbStoreOptions = {}): LedgerStore {
  const ns = options.namespace ?? 'candour';
  const dbName = `candour-consent:${ns}`;
  const name = `indexedDB:${ns}`;
  let opening: Promise<IDBDatabase> | null = null;
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(dbName) : null;

  const open = (): Promise<IDBDatabase> => {
    if (opening) return opening;
    opening = new Promise<IDBDatabase>((resolve, reject) => {
      let factory: IDBFactory | null | undefined;
      try {
        factory = options.indexedDB === undefined ? globalThis.indexedDB : options.indexedDB;
        if (!factory) throw new Error('no IndexedDB in this environment');
        const request = factory.open(dbName, 1);
        request.onupgradeneeded = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains(EVENTS)) db.createObjectStore(EVENTS);
          if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
        };
        request.onsuccess = () => {
          const db = request.result;
          // Another tab upgrading later closes us; open again on the next call.
          db.onversionchange = () => {
            db.close();
            opening = null;
          };
          resolve(db);
        };
        request.onerror = () => reject(unavailable(request.error));
        request.onblocked = () => reject(new LedgerStoreError('storage-unavailable', 'IndexedDB is blocked by another tab'));
      } catch (error) {
        reject(unavailable(error));
      }
    });
    opening.catch(() => {
      opening = null;
    });
    return opening;
  };

  const lastEntry = async (tx: IDBTransaction): Promise<{ seq: number; value: unknown } | null> => {
    const cursor = (await done(tx.objectStore(EVENTS).openCursor(null, 'prev'))) as IDBCursorWithValue | null;
    return cursor ? { seq: Number(cursor.key), value: cursor.value } : null;
  };

  return {
    name,
    async load(): Promise<StoreLoad> {
      const db = await open();
      try {
        const tx = db.transaction([EVENTS, META], 'readonly');
        const [keys, values, head] = await Promise.all([
          done(tx.objectStore(EVENTS).getAllKeys()) as Promise<IDBValidKey[]>,
          done(tx.objectStore(EVENTS).getAll()) as Promise<unknown[]>,
          done(tx.objectStore(META).get('head')) as Promise<ChainHead | undefined>,
        ]);
        const events: ConsentEvent[] = [];
        const problems: LedgerProblem[] = [];
        const unreadable: number[] = [];
        values.forEach((value, i) => {
          const seq = Number(keys[i]);
          if (isConsentEvent(value)) events.push(value);
          else {
            unreadable.push(seq);
            problems.push({ code: 'storage-corrupt', where: name, key: String(seq), message: `Stored consent event ${seq} cannot be read; it is left as it is for someone to look at.` });
          }
        });
        return { events, problems, unreadable, head: head ?? null };
      } catch (error) {
        throw unavailable(error);
      }
    },
    async head() {
      const db = await open();
      try {
        const last = await lastEntry(db.transaction(EVENTS, 'readonly'));
        if (!last) return null;
        const hash = (last.value as { hash?: unknown } | null)?.hash;
        return { seq: last.seq, hash: typeof hash === 'string' ? hash : '' };
      } catch (error) {
        throw unavailable(error);
      }
    },
    async put(event) {
      const db = await open();
      await new Promise<void>((resolve, reject) => {
        let tx: IDBTransaction;
        try {
          tx = db.transaction([EVENTS, META], 'readwrite');
        } catch (error) {
          reject(unavailable(error));
          return;
        }
        let failure: LedgerStoreError | null = null;
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(failure ?? unavailable(tx.error));
        tx.onerror = (e) => e.preventDefault();
        // Check and write in one transaction: the place must be the next one after what is stored now.
        const events = tx.objectStore(EVENTS);
        const cursor = events.openCursor(null, 'prev');
        cursor.onsuccess = () => {
          const last = cursor.result ? Number(cursor.result.key) : -1;
          if (event.seq !== last + 1) {
            failure = new LedgerStoreError('storage-conflict', `another tab stored event ${last} first`);
            tx.abort();
            return;
          }
          events.add(event, event.seq);
          tx.objectStore(META).put({ seq: event.seq, hash: event.hash }, 'head');
        };
      });
      channel?.postMessage('changed');
    },
    watch(onChange) {
      if (!channel) return () => {};
      const listener = () => onChange();
      channel.addEventListener('message', listener);
      return () => channel.removeEventListener('message', listener);
    },
  };
}
