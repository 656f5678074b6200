/**
 * `@candour/core/consent`: the consent and objection record. Append-only,
 * hash-chained events per person, feature and purpose; the current decision
 * derived from them; stores (memory, browser storage) and an HTTP sink with a
 * durable outbox. Zod-free, so the consent prompt stays light; the zod schema
 * and JSON Schema of an event are exported from `@candour/core`.
 */
export { createLedger, hashEvent, GENESIS, type Ledger, type LedgerOptions, type LedgerSink, type LedgerNotice, type LedgerStatus, type RecordResult, type VerifyResult, type ChainFault, type EventFilter } from './consent/ledger';
export { decide, concerns, type Decision, type DecisionQuery, type DecisionState } from './consent/decide';
export { memoryStore, browserStore, type LedgerStore, type StoreLoad, type ChainHead, type KeyValueStorage, type BrowserStoreOptions } from './consent/stores';
export { indexedDbStore, type IndexedDbStoreOptions } from './consent/indexeddb-store';
export { httpSink, type HttpSinkOptions } from './consent/http-sink';
export { ConsentInputError, LedgerStoreError, type LedgerProblem, type LedgerProblemCode } from './consent/problems';
export { eventRules, isConsentEvent, type ConsentInputProblem } from './consent/check';
export { noticeSnapshot, canonicalNotice, shownFrom, noticeVersionOf, type NoticeSnapshot } from './consent/notice';
export { canonicalJson } from './consent/canonical';
export { sha256 } from './consent/sha256';
export type {
  ConsentEvent,
  ConsentEventInput,
  ConsentEventType,
  ConsentEventModel,
  ConsentChannel,
  Decider,
  DeciderRole,
  CapacityAssessment,
  Recorder,
  ShownNotice,
} from './consent/schema';
