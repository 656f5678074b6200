/**
 * The consent record's shape: one append-only event per thing that happened
 * (a notice shown, a yes, a no, an objection for one visit, a withdrawal…).
 * The current decision is derived from these events (`decide`), never stored
 * beside them. This zod schema is the source of truth: the TypeScript types
 * are inferred from it and the published JSON Schema is generated from it.
 * The browser reads stored events with a small structural check
 * (`isConsentEvent`) that a test holds to this schema.
 */
import * as z from 'zod/mini';
import { eventRules } from './check';
import { audience } from '../manifest/layers';

/** Version of the event format; a newer major is refused when read. */
export const CONSENT_EVENT_FORMAT = 1;

/** What happened. */
export const consentEventType = z.enum([
  /** The notice was shown (or read out) to the person deciding. */
  'shown',
  /** Explicit consent given; under inform-and-object, "I am happy for it to be used" (also ends an objection). */
  'granted',
  /** Explicit consent refused. */
  'declined',
  /** A standing objection (inform-and-object). */
  'objected',
  /** An objection for one visit only ("not today"); the standing decision is untouched. */
  'objected-this-visit',
  /** Consent withdrawn, or (inform-and-object) an objection made after agreeing. */
  'withdrawn',
  /** Asked again because the notice changed materially. */
  're-asked',
  /** A grant lapsed (its expiry passed or the provider's review policy ended it). */
  'expired',
  /** An earlier event was recorded in error; `corrects` names it. It no longer counts. */
  'corrected',
]);
export type ConsentEventType = z.infer<typeof consentEventType>;

/** The legal model the purpose rests on, copied from the manifest when the event was recorded. */
export const consentEventModel = z.enum(['explicit-consent', 'inform-and-object']);
export type ConsentEventModel = z.infer<typeof consentEventModel>;

/**
 * Who decided. `person`: the person themselves. `attorney`: a registered
 * Lasting Power of Attorney for health and welfare. `deputy`: a deputy
 * appointed by the Court of Protection. `best-interests`: a best-interests
 * decision by a named professional, resting on a capacity assessment.
 */
export const deciderRole = z.enum(['person', 'attorney', 'deputy', 'best-interests']);
export type DeciderRole = z.infer<typeof deciderRole>;

const text = z.string().check(z.minLength(1), z.maxLength(2000));
const instant = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?Z$/, { error: 'a UTC instant such as 2026-11-27T14:05:00.000Z' }),
);
const sha256Hex = z.string().check(z.regex(/^[0-9a-f]{64}$/, { error: 'a SHA-256 digest in lower-case hex' }));

/** The capacity assessment a best-interests decision (or an attorney's or deputy's) rests on. */
export const capacityAssessment = z.strictObject({
  /** The decision the assessment was about, in words ("whether AI may transcribe visits"). */
  decision: text,
  outcome: z.enum(['lacks-capacity', 'has-capacity']),
  assessedBy: text,
  assessedAt: instant,
  /** Where the full assessment is kept (a document id in the care record). */
  reference: z.optional(text),
});
export type CapacityAssessment = z.infer<typeof capacityAssessment>;

/** The person deciding and the authority they decide on. */
export const decider = z.strictObject({
  role: deciderRole,
  /** Name of the decider; required for everyone but the person. */
  name: z.optional(text),
  /** Relationship to the person ("daughter", "social worker"). */
  relationship: z.optional(text),
  /** The authority's reference: OPG registration (LPA), court order (deputy). */
  authorityReference: z.optional(text),
  /** When the authority was checked, and by whom. */
  authorityCheckedBy: z.optional(text),
  authorityCheckedAt: z.optional(instant),
  /** Required for a best-interests decision; recorded for attorneys and deputies when known. */
  capacity: z.optional(capacityAssessment),
  /** People consulted and the person's known wishes (best interests). */
  consulted: z.optional(text),
});
export type Decider = z.infer<typeof decider>;

/** How the decision reached the record. */
export const consentChannel = z.enum(['self-service', 'staff-assisted', 'verbal-recorded-by-staff', 'paper']);
export type ConsentChannel = z.infer<typeof consentChannel>;

export const recorder = z.strictObject({
  /** The recording user's id in the care system. */
  id: text,
  name: z.optional(text),
  role: z.optional(text),
});
export type Recorder = z.infer<typeof recorder>;

/** Exactly what was shown: enough to show it again years later and prove it is the same text. */
export const shownNotice = z.strictObject({
  /** The feature whose notice it was. */
  feature: text,
  /** The notice's version (`major.minor`): a new major is a material change. */
  version: z.string().check(z.regex(/^\d+\.\d+$/, { error: 'a notice version written major.minor, such as "2.1"' })),
  /** Whose version of the notice was shown. */
  audience,
  /** The locale of the text actually shown (after fallback). */
  locale: text,
  format: z.enum(['standard', 'easy-read']),
  /** SHA-256 of the canonical form of the text shown (see `canonicalNotice`). */
  sha256: sha256Hex,
});
export type ShownNotice = z.infer<typeof shownNotice>;

/** What a caller supplies to record an event; the ledger adds id, time, sequence and hashes. */
export const consentEventInput = z.strictObject({
  type: consentEventType,
  /** The person the decision is about (a pseudonymous id; never an NHS number). */
  subject: text,
  feature: text,
  /** The feature's version from the manifest. */
  featureVersion: z.optional(text),
  purpose: text,
  model: consentEventModel,
  decidedBy: decider,
  recordedBy: z.optional(recorder),
  channel: consentChannel,
  shown: z.optional(shownNotice),
  /** The visit (encounter) an `objected-this-visit` applies to. */
  visit: z.optional(text),
  /** When a grant lapses. */
  expiresAt: z.optional(instant),
  /** The event recorded in error (for `corrected`). */
  corrects: z.optional(text),
  /** Why, in the decider's or recorder's words. Never required. */
  reason: z.optional(text),
});
export type ConsentEventInput = z.infer<typeof consentEventInput>;

/** The cross-field rules (`eventRules`) as a zod check. */
const rules = z.superRefine((input: ConsentEventInput, ctx) => {
  for (const p of eventRules(input)) {
    ctx.issues.push({ code: 'custom', path: p.path.split('.'), message: p.message, input, params: { sentence: true } });
  }
});

/** An event input, with the rules on who may decide and what each type needs. */
export const consentEventInputChecked = consentEventInput.check(rules);

const consentEventShape = z.strictObject({
  ...consentEventInput.def.shape,
  format: z.literal(CONSENT_EVENT_FORMAT),
  id: text,
  /** Position in the ledger's chain, from 0. */
  seq: z.int().check(z.gte(0)),
  /** When it was recorded: a UTC instant with milliseconds. */
  at: instant,
  /** The previous event's hash (64 zeros for the first event). */
  prev: sha256Hex,
  /** SHA-256 of this event's canonical form without `hash`. */
  hash: sha256Hex,
});
export type ConsentEvent = z.infer<typeof consentEventShape>;

/** A recorded event, chained to the one before it, with the rules applied. */
export const consentEvent = consentEventShape.check(rules);
