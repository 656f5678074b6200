/**
 * Sends every consent event to the supplier's own endpoint, once, in order,
 * surviving being offline: events wait in a durable outbox (localStorage where
 * there is one, memory otherwise) until the endpoint answers 2xx. Each POST
 * carries the event's id as `Idempotency-Key`, so an endpoint that stored an
 * event but whose answer was lost can recognise the retry; the endpoint must
 * treat a repeated key as success. Two tabs send one at a time through Web Locks.
 *
 * The request: `POST <url>` with `Content-Type: application/json`, body
 * `{"event": <ConsentEvent>}`. 2xx or 409 means delivered; 408, 425, 429 and
 * 5xx or a network failure are retried with backoff; any other 4xx is
 * reported as a rejection and retried at the longest interval, never dropped.
 */
import type { LedgerSink } from './ledger';
import type { LedgerProblem } from './problems';
import type { ConsentEvent } from './schema';
import type { KeyValueStorage, BrowserStoreOptions } from './stores';

export interface HttpSinkOptions {
  /** The supplier's endpoint (https:, or http: on localhost). */
  url: string;
  /** Extra headers (an authorisation token, say). */
  headers?: Record<string, string>;
  /** Prefix of the outbox's storage keys (default "candour"). */
  namespace?: string;
  /** Storage for the outbox (default `localStorage`; memory if none works). `null` keeps it in memory. */
  storage?: KeyValueStorage | null;
  /** Web Locks (default `navigator.locks`), so two tabs do not send the same event at once. */
  locks?: BrowserStoreOptions['locks'];
  /** The fetch to use (default `globalThis.fetch`). */
  fetch?: typeof fetch;
  /** First retry delay in ms (default 1,000); doubles up to `maxDelay`. */
  minDelay?: number;
  /** Longest retry delay in ms (default 60,000). */
  maxDelay?: number;
  /** Give up waiting for an answer after this many ms (default 15,000) and retry. */
  timeout?: number;
}

export function httpSink(options: HttpSinkOptions): LedgerSink {
  const url = new URL(options.url, (globalThis as { location?: { href: string } }).location?.href);
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && local)) {
    throw new TypeError(`httpSink: the endpoint must use https: (or http: on localhost); got ${url.protocol}`);
  }
  const name = `http:${url.origin}${url.pathname}`;
  const ns = options.namespace ?? 'candour';
  const prefix = `${ns}:outbox:`;
  const minDelay = options.minDelay ?? 1000;
  const maxDelay = options.maxDelay ?? 60_000;
  const timeout = options.timeout ?? 15_000;
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  const locks = options.locks === undefined ? (globalThis.navigator as { locks?: BrowserStoreOptions['locks'] } | undefined)?.locks ?? null : options.locks;

  let storage: KeyValueStorage | null = null;
  try {
    storage = options.storage === undefined ? globalThis.localStorage ?? null : options.storage;
  } catch {
    storage = null;
  }
  /** Events held in memory when the outbox cannot be stored, or always without storage. */
  const memory = new Map<string, ConsentEvent>();
  let report: (p: LedgerProblem) => void = () => {};
  let delivered: (id: string) => void = () => {};
  let delay = minDelay;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sending: Promise<void> | null = null;
  let closed = false;

  const held = (): ConsentEvent[] => {
    const events = new Map(memory);
    if (storage) {
      try {
        for (let i = 0; i < storage.length; i++) {
          const key = storage.key(i);
          if (!key?.startsWith(prefix)) continue;
          const raw = storage.getItem(key);
          try {
            const e = JSON.parse(raw ?? '') as ConsentEvent;
            if (e && typeof e.id === 'string') events.set(e.id, e);
          } catch {
            report({ code: 'storage-corrupt', where: name, key, message: `Outbox entry ${key} cannot be read; it is left as it is.` });
          }
        }
      } catch {
        // storage became unusable: what is in memory still goes
      }
    }
    return [...events.values()].sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
  };
  const remove = (id: string) => {
    memory.delete(id);
    try {
      storage?.removeItem(prefix + id);
    } catch {
      // nothing to do: it is delivered, and the next read finds it gone or sends it again (the endpoint dedupes)
    }
  };

  const schedule = () => {
    if (closed || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      void sink.flush();
    }, delay);
    delay = Math.min(delay * 2, maxDelay);
  };

  const post = async (event: ConsentEvent): Promise<'delivered' | 'retry' | 'rejected'> => {
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    const timeoutId = setTimeout(() => controller?.abort(), timeout);
    try {
      const response = await doFetch(url.href, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': event.id, ...options.headers },
        body: JSON.stringify({ event }),
        signal: controller?.signal,
        credentials: 'same-origin',
        keepalive: false,
      });
      if (response.ok || response.status === 409) return 'delivered';
      const retryable = response.status === 408 || response.status === 425 || response.status === 429 || response.status >= 500;
      report({
        code: retryable ? 'sink-failed' : 'sink-rejected',
        where: name,
        eventId: event.id,
        message: `The endpoint answered ${response.status} for consent event ${event.id}; it is kept and sent again${retryable ? '' : ' less often'}.`,
      });
      return retryable ? 'retry' : 'rejected';
    } catch (error) {
      report({ code: 'sink-failed', where: name, eventId: event.id, message: `Consent event ${event.id} could not be sent (${error instanceof Error ? error.message : String(error)}); it is kept and sent again.` });
      return 'retry';
    } finally {
      clearTimeout(timeoutId);
    }
  };

  const sendAll = async () => {
    // Read the outbox afresh each time round: events accepted while sending go too.
    for (;;) {
      const event = held()[0];
      if (!event || closed) return;
      const outcome = await post(event);
      if (outcome === 'delivered') {
        remove(event.id);
        delivered(event.id);
        delay = minDelay;
        continue;
      }
      // Keep order: nothing after a failed event is sent before it.
      if (outcome === 'rejected') delay = maxDelay;
      schedule();
      return;
    }
  };

  const onOnline = () => {
    delay = minDelay;
    void sink.flush();
  };
  const win = globalThis as unknown as { addEventListener?: (t: string, l: () => void) => void; removeEventListener?: (t: string, l: () => void) => void };
  win.addEventListener?.('online', onOnline);

  const sink: LedgerSink = {
    name,
    async accept(event) {
      let durable = false;
      if (storage) {
        try {
          storage.setItem(prefix + event.id, JSON.stringify(event));
          durable = true;
        } catch (error) {
          report({ code: 'outbox-unavailable', where: name, eventId: event.id, message: `The outbox cannot be stored (${error instanceof Error ? error.message : String(error)}); consent event ${event.id} is kept in this page until sent.` });
        }
      }
      if (!durable) memory.set(event.id, event);
      void sink.flush();
    },
    flush() {
      if (closed) return Promise.resolve();
      if (sending) return sending;
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      const run = () => sendAll();
      sending = (locks ? locks.request(`${ns}:outbox`, run) : run()).finally(() => {
        sending = null;
      });
      return sending;
    },
    undelivered() {
      return held().length;
    },
    connect(r, d) {
      report = r;
      delivered = d;
      // Anything left from an earlier page goes now.
      if (held().length > 0) void sink.flush();
    },
    close() {
      closed = true;
      if (timer !== undefined) clearTimeout(timer);
      win.removeEventListener?.('online', onOnline);
    },
  };
  return sink;
}
