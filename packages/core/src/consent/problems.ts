/**
 * What can go wrong while keeping consent records, each with a code a host
 * can act on. No problem loses a decision: the ledger keeps what it could not
 * store and says so until it has stored it.
 */
export type LedgerProblemCode =
  /** The store is full (browser quota); the event is kept in memory and retried. */
  | 'storage-quota'
  /** The store cannot be used at all (storage disabled, private mode, blocked); kept in memory and retried. */
  | 'storage-unavailable'
  /** A stored entry could not be read; it is left where it is for a person to look at. */
  | 'storage-corrupt'
  /** Another tab stored an event at the same place; this tab's event was chained after it. */
  | 'storage-conflict'
  /** A sink could not deliver (offline, server error); it keeps the event and retries. */
  | 'sink-failed'
  /** A sink's endpoint refused the event (4xx); it keeps the event and retries less often. */
  | 'sink-rejected'
  /** The sink's outbox could not be stored durably; it keeps the event in memory. */
  | 'outbox-unavailable';

export interface LedgerProblem {
  code: LedgerProblemCode;
  /** One sentence for the developer's console and the host's log. */
  message: string;
  /** The store or sink it happened in. */
  where: string;
  eventId?: string;
  /** The storage key, for corrupt entries. */
  key?: string;
}

export class LedgerStoreError extends Error {
  override readonly name = 'LedgerStoreError';
  constructor(
    readonly code: 'storage-quota' | 'storage-unavailable' | 'storage-conflict',
    message: string,
  ) {
    super(message);
  }
}

/** A caller asked the ledger to record something that breaks the rules; nothing was recorded. */
export class ConsentInputError extends TypeError {
  override readonly name = 'ConsentInputError';
  constructor(readonly problems: ReadonlyArray<{ path: string; message: string }>) {
    super(`Consent event not recorded: ${problems.map((p) => p.message).join('; ')}`);
  }
}

/** Turns a thrown storage error into a store error with a code. */
export function classifyStorageError(error: unknown): LedgerStoreError {
  if (error instanceof LedgerStoreError) return error;
  const name = (error as { name?: string } | null)?.name ?? '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || /quota/i.test(message)) {
    return new LedgerStoreError('storage-quota', `storage is full (${message})`);
  }
  return new LedgerStoreError('storage-unavailable', `storage cannot be used (${name ? `${name}: ` : ''}${message})`);
}
