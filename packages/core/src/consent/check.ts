/**
 * Checks on consent events that need no zod, so the browser ledger stays light:
 * the cross-field rules every event input must meet (shared with the zod
 * schema, which applies them too) and a structural check of events read back
 * from storage. `test/consent-schema.test.ts` holds `isConsentEvent` to the zod
 * schema on generated inputs.
 */
import type { ConsentEvent, ConsentEventInput } from './schema';

const TYPES = new Set(['shown', 'granted', 'declined', 'objected', 'objected-this-visit', 'withdrawn', 're-asked', 'expired', 'corrected']);
const MODELS = new Set(['explicit-consent', 'inform-and-object']);
const ROLES = new Set(['person', 'attorney', 'deputy', 'best-interests']);
const CHANNELS = new Set(['self-service', 'staff-assisted', 'verbal-recorded-by-staff', 'paper']);
const HEX64 = /^[0-9a-f]{64}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/;

/** One thing wrong with an event input: where, and what is expected. */
export interface ConsentInputProblem {
  path: string;
  message: string;
}

/**
 * The rules an event must meet beyond its shape: who may decide on what
 * authority, and the fields some event types need. Returns every problem.
 */
export function eventRules(input: Pick<ConsentEventInput, 'type' | 'decidedBy' | 'visit' | 'corrects' | 'shown' | 'feature' | 'model'>): ConsentInputProblem[] {
  const problems: ConsentInputProblem[] = [];
  const d = input.decidedBy;
  if (d.role !== 'person' && !d.name) {
    problems.push({ path: 'decidedBy.name', message: `decidedBy.name: required when someone other than the person decides (role "${d.role}")` });
  }
  if ((d.role === 'attorney' || d.role === 'deputy') && !d.authorityReference) {
    problems.push({
      path: 'decidedBy.authorityReference',
      message: `decidedBy.authorityReference: an ${d.role === 'attorney' ? 'attorney acts on a registered Lasting Power of Attorney for health and welfare' : 'deputy acts on a Court of Protection order'}; record its reference`,
    });
  }
  if (d.role === 'best-interests' && !d.capacity) {
    problems.push({ path: 'decidedBy.capacity', message: 'decidedBy.capacity: a best-interests decision rests on a capacity assessment; record who assessed, when and the outcome' });
  }
  if (d.role === 'best-interests' && d.capacity && d.capacity.outcome !== 'lacks-capacity') {
    problems.push({ path: 'decidedBy.capacity.outcome', message: 'decidedBy.capacity.outcome: a best-interests decision is made only for a person assessed as lacking capacity for this decision' });
  }
  if (input.type === 'objected-this-visit' && !input.visit) {
    problems.push({ path: 'visit', message: 'visit: an objection for one visit names the visit it applies to' });
  }
  if (input.type === 'corrected' && !input.corrects) {
    problems.push({ path: 'corrects', message: 'corrects: a correction names the event recorded in error' });
  }
  if (input.type === 'shown' && !input.shown) {
    problems.push({ path: 'shown', message: 'shown: say which notice was shown (feature, version, audience, locale, format, sha256)' });
  }
  if (input.shown && input.shown.feature !== input.feature) {
    problems.push({ path: 'shown.feature', message: `shown.feature: the notice shown is for "${input.shown.feature}", not for this event's feature "${input.feature}"` });
  }
  if ((input.type === 'granted') && input.model === 'explicit-consent' && !input.shown) {
    problems.push({ path: 'shown', message: 'shown: explicit consent is recorded with the notice the decider was shown' });
  }
  return problems;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 2000;
const optText = (v: unknown) => v === undefined || isText(v);

/**
 * Whether a value read back from storage is a well-formed event. It does not
 * check the hash: `verify()` does that over the chain.
 */
export function isConsentEvent(v: unknown): v is ConsentEvent {
  if (!isObject(v)) return false;
  const d = v.decidedBy;
  if (!isObject(d) || !ROLES.has(d.role as string) || !onlyKeys(d, DECIDER_KEYS)) return false;
  for (const k of ['name', 'relationship', 'authorityReference', 'authorityCheckedBy', 'consulted']) if (!optText(d[k])) return false;
  if (d.authorityCheckedAt !== undefined && !(typeof d.authorityCheckedAt === 'string' && INSTANT.test(d.authorityCheckedAt))) return false;
  if (d.capacity !== undefined) {
    const c = d.capacity;
    if (!isObject(c) || !onlyKeys(c, CAPACITY_KEYS) || !isText(c.decision) || (c.outcome !== 'lacks-capacity' && c.outcome !== 'has-capacity') || !isText(c.assessedBy)) return false;
    if (!(typeof c.assessedAt === 'string' && INSTANT.test(c.assessedAt)) || !optText(c.reference)) return false;
  }
  if (v.recordedBy !== undefined) {
    const r = v.recordedBy;
    if (!isObject(r) || !onlyKeys(r, RECORDER_KEYS) || !isText(r.id) || !optText(r.name) || !optText(r.role)) return false;
  }
  if (v.shown !== undefined) {
    const s = v.shown;
    if (!isObject(s) || !onlyKeys(s, SHOWN_KEYS) || !isText(s.feature) || !(typeof s.version === 'string' && /^\d+\.\d+$/.test(s.version)) || !isText(s.locale)) return false;
    if (!['person', 'representative', 'worker', 'provider'].includes(s.audience as string) || (s.format !== 'standard' && s.format !== 'easy-read')) return false;
    if (!(typeof s.sha256 === 'string' && HEX64.test(s.sha256))) return false;
  }
  return (
    v.format === 1 &&
    TYPES.has(v.type as string) &&
    MODELS.has(v.model as string) &&
    CHANNELS.has(v.channel as string) &&
    isText(v.id) &&
    isText(v.subject) &&
    isText(v.feature) &&
    isText(v.purpose) &&
    optText(v.featureVersion) &&
    optText(v.visit) &&
    optText(v.corrects) &&
    optText(v.reason) &&
    (v.expiresAt === undefined || (typeof v.expiresAt === 'string' && INSTANT.test(v.expiresAt))) &&
    Number.isInteger(v.seq) &&
    (v.seq as number) >= 0 &&
    typeof v.at === 'string' &&
    INSTANT.test(v.at) &&
    typeof v.prev === 'string' &&
    HEX64.test(v.prev) &&
    typeof v.hash === 'string' &&
    HEX64.test(v.hash) &&
    onlyKeys(v, KNOWN)
  );
}

const KNOWN = new Set([
  'type', 'subject', 'feature', 'featureVersion', 'purpose', 'model', 'decidedBy', 'recordedBy', 'channel', 'shown',
  'visit', 'expiresAt', 'corrects', 'reason', 'format', 'id', 'seq', 'at', 'prev', 'hash',
]);

const DECIDER_KEYS = new Set(['role', 'name', 'relationship', 'authorityReference', 'authorityCheckedBy', 'authorityCheckedAt', 'capacity', 'consulted']);
const CAPACITY_KEYS = new Set(['decision', 'outcome', 'assessedBy', 'assessedAt', 'reference']);
const RECORDER_KEYS = new Set(['id', 'name', 'role']);
const SHOWN_KEYS = new Set(['feature', 'version', 'audience', 'locale', 'format', 'sha256']);
function onlyKeys(o: Record<string, unknown>, known: ReadonlySet<string>): boolean {
  return Object.keys(o).every((k) => known.has(k));
}
