/**
 * FHIR Consent resources from the consent ledger: one resource per person ×
 * feature × purpose, its state derived with `decide`. R4 (4.0.1, the base of
 * UK Core) and R5 (5.0.0). The tests validate every resource against the
 * official FHIR JSON schemas.
 *
 * State mapping (both versions; R5 `decision` and R4 `provision.type` agree):
 *
 * | decide state                        | R4 status | R5 status | permit / deny |
 * |-------------------------------------|-----------|-----------|---------------|
 * | granted, not-objected               | active    | active    | permit        |
 * | declined, objected                  | active    | active    | deny          |
 * | withdrawn, expired, needs-asking-again | inactive | inactive | deny         |
 * | not-asked, not-informed (only shown) | proposed | draft     | deny          |
 * | every event corrected as an error   | entered-in-error | entered-in-error | deny |
 *
 * A refusal is an active "deny", never R4 `rejected` or R5 `not-done` (R5 uses
 * `not-done` for a consent process abandoned before it finished). An inactive
 * resource says "deny" rather than the permission that lapsed, so a consumer
 * that ignores the status still fails safe.
 *
 * The precise instant is kept: R4 `dateTime` holds it; R5 `date` is a date
 * only, so the instant goes in `period.start` and the `recorded` extension.
 * The notice shown is `sourceAttachment` with its SHA-256 in our extension
 * (FHIR `Attachment.hash` is SHA-1). Extensions: see `EXT` in vocabulary.ts.
 */
import type { Decision } from '../decide';
import type { ConsentEvent, Decider } from '../schema';
import { sha256 } from '../sha256';
import { localise } from '../../read';
import { ConsentExportError, type ExportContext, type ExportSubject } from './context';
import { decisionsFor, describe, isDecision, type ExportDecision } from './decisions';
import type {
  FhirAttachment, FhirBundle, FhirCodeableConcept, FhirCoding, FhirExtension, FhirR4Consent, FhirR4Provision,
  FhirR4ConsentStatus, FhirR5Consent, FhirR5ConsentStatus, FhirReference,
} from './fhir-types';
import { CODE_SYSTEM, EXT, HL7, featurePurposeCoding, lawfulBasisCodes, purposeOfUse } from './vocabulary';

/** What the FHIR exports need: the context, with the person's FHIR reference. */
export interface FhirExportContext extends ExportContext {
  subject: ExportSubject & { reference: string };
}

type Verdict = { r4: FhirR4ConsentStatus; r5: FhirR5ConsentStatus; type: 'permit' | 'deny' };

function verdict(d: ExportDecision): Verdict {
  if (d.allInError) return { r4: 'entered-in-error', r5: 'entered-in-error', type: 'deny' };
  switch (d.decision.state) {
    case 'granted':
    case 'not-objected':
      return { r4: 'active', r5: 'active', type: 'permit' };
    case 'declined':
    case 'objected':
      return { r4: 'active', r5: 'active', type: 'deny' };
    case 'withdrawn':
    case 'expired':
    case 'needs-asking-again':
      return { r4: 'inactive', r5: 'inactive', type: 'deny' };
    case 'not-asked':
    case 'not-informed':
      return { r4: 'proposed', r5: 'draft', type: 'deny' };
  }
}

const LOINC_CONSENT: FhirCodeableConcept = { coding: [{ system: HL7.loinc, code: '59284-0', display: 'Patient Consent' }] };
const PRIVACY_SCOPE: FhirCodeableConcept = { coding: [{ system: HL7.consentScope, code: 'patient-privacy', display: 'Privacy Consent' }] };
const USE_ACTION: FhirCodeableConcept = { coding: [{ system: HL7.consentAction, code: 'use', display: 'Use' }] };
const RECIPIENT_ROLE: FhirCodeableConcept = { coding: [{ system: HL7.participationType, code: 'IRCP', display: 'information recipient' }] };

const text = (key: string, value: string | undefined): FhirExtension[] => (value ? [{ url: key, valueString: value }] : []);
const dateTime = (key: string, value: string | undefined): FhirExtension[] => (value ? [{ url: key, valueDateTime: value }] : []);

function resourceId(d: ExportDecision): string {
  return `candour-${sha256(`${d.subject}\n${d.feature}\n${d.purpose}`).slice(0, 40)}`;
}

function subjectReference(context: FhirExportContext): FhirReference {
  return { reference: context.subject.reference, ...(context.subject.display ? { display: context.subject.display } : {}) };
}

function providerReference(context: ExportContext): FhirReference {
  const p = context.provider;
  const id = p.identifiers?.[0];
  return {
    ...(p.reference ? { reference: p.reference } : { type: 'Organization' }),
    ...(!p.reference && id ? { identifier: { system: id.system, value: id.value } } : {}),
    display: p.name,
  };
}

function deciderReference(decider: Decider, context: FhirExportContext): FhirReference {
  if (decider.role === 'person') return subjectReference(context);
  const type = decider.role === 'best-interests' ? 'Practitioner' : 'RelatedPerson';
  const ref = context.references?.decider?.(decider);
  const display = [decider.name, decider.relationship ? `(${decider.relationship})` : undefined].filter(Boolean).join(' ');
  return ref ? { reference: ref, ...(display ? { display } : {}) } : { type, ...(display ? { display } : {}) };
}

function decisionMakerExtension(decider: Decider): FhirExtension {
  return {
    url: EXT.decisionMaker,
    extension: [
      { url: 'role', valueCode: decider.role },
      ...text('name', decider.name),
      ...text('relationship', decider.relationship),
      ...text('authorityReference', decider.authorityReference),
      ...text('authorityCheckedBy', decider.authorityCheckedBy),
      ...dateTime('authorityCheckedAt', decider.authorityCheckedAt),
      ...text('consulted', decider.consulted),
    ],
  };
}

function capacityExtension(decider: Decider): FhirExtension[] {
  const c = decider.capacity;
  if (!c) return [];
  return [{
    url: EXT.capacityAssessment,
    extension: [
      { url: 'decision', valueString: c.decision },
      { url: 'outcome', valueCode: c.outcome },
      { url: 'assessedBy', valueString: c.assessedBy },
      { url: 'assessedAt', valueDateTime: c.assessedAt },
      ...text('reference', c.reference),
    ],
  }];
}

function historyExtension(d: ExportDecision): FhirExtension {
  const latest = d.decision.history[d.decision.history.length - 1]!;
  return {
    url: EXT.history,
    extension: [
      ...d.decision.history.map((e): FhirExtension => ({ url: 'event', valueString: e.id })),
      ...[...d.decision.voided].map((id): FhirExtension => ({ url: 'voided', valueString: id })),
      ...text('basis', d.decision.basis?.id),
      { url: 'chainHash', valueString: latest.hash },
      { url: 'chainSeq', valueInteger: latest.seq },
    ],
  };
}

function commonExtensions(d: ExportDecision, deciding: ConsentEvent): FhirExtension[] {
  return [
    { url: EXT.decisionState, valueCode: d.decision.state },
    { url: EXT.consentModel, valueCode: d.model },
    { url: EXT.channel, valueCode: deciding.channel },
    decisionMakerExtension(deciding.decidedBy),
    ...capacityExtension(deciding.decidedBy),
    historyExtension(d),
  ];
}

function noticeUri(d: ExportDecision, context: ExportContext): string {
  const shown = d.shownEvent?.shown;
  if (shown) {
    const custom = context.references?.notice?.(shown);
    if (custom) return custom;
    return `urn:candour:notice:${shown.feature}:${shown.version}`;
  }
  const version = d.featureInfo ? (d.featureInfo.noticeVersion ?? '1.0') : undefined;
  return `urn:candour:notice:${d.feature}${version ? `:${version}` : ''}`;
}

function noticeAttachment(d: ExportDecision, context: ExportContext): FhirAttachment | undefined {
  const event = d.shownEvent;
  const shown = event?.shown;
  if (!event || !shown) return undefined;
  const url = context.references?.notice?.(shown);
  const name = d.featureInfo ? localise(d.featureInfo.name, shown.locale).text : shown.feature;
  return {
    extension: [
      { url: EXT.noticeSha256, valueString: shown.sha256 },
      {
        url: EXT.noticePresentation,
        extension: [
          { url: 'version', valueString: shown.version },
          { url: 'audience', valueCode: shown.audience },
          { url: 'format', valueCode: shown.format },
        ],
      },
    ],
    contentType: 'application/json',
    language: shown.locale,
    ...(url ? { url } : {}),
    title: `${name}: notice version ${shown.version} (${shown.format === 'easy-read' ? 'Easy Read' : 'standard'}, ${shown.audience})`,
    creation: event.at,
  };
}

function purposeCodings(d: ExportDecision): FhirCoding[] {
  const display = d.purposeInfo ? localise(d.purposeInfo.description, 'en-GB').text : undefined;
  return [...(d.purposeInfo ? [purposeOfUse(d.purposeInfo.kind)] : []), featurePurposeCoding(d.feature, d.purpose, display)];
}

function identifier(d: ExportDecision) {
  return [{ system: CODE_SYSTEM.consentId, value: `${d.subject}:${d.feature}:${d.purpose}` }];
}

function supplierActor(context: ExportContext) {
  return { role: RECIPIENT_ROLE, reference: { type: 'Organization', display: context.manifest.supplier.name } };
}

function encounter(visit: string, context: ExportContext): FhirReference {
  return { reference: context.references?.encounter?.(visit) ?? `Encounter/${visit}` };
}

function period(d: ExportDecision) {
  const basis = d.decision.basis;
  return { start: d.recordedAt, ...(basis?.type === 'granted' && basis.expiresAt ? { end: basis.expiresAt } : {}) };
}

function checkSubject(d: ExportDecision, context: ExportContext) {
  if (d.subject !== context.subject.id) {
    throw new ConsentExportError(`This decision is about subject "${d.subject}", but the context describes subject "${context.subject.id}": refusing to label one person's consent with another's reference.`, ['subject.id']);
  }
}

function authorityVerification(decider: Decider, context: FhirExportContext) {
  if (decider.role !== 'attorney' && decider.role !== 'deputy') return undefined;
  return {
    verified: Boolean(decider.authorityCheckedAt || decider.authorityCheckedBy),
    verifiedWith: deciderReference(decider, context),
    checkedBy: decider.authorityCheckedBy,
    date: decider.authorityCheckedAt,
  };
}

/** One R4 Consent from a described decision. */
function r4(d: ExportDecision, context: FhirExportContext): FhirR4Consent {
  checkSubject(d, context);
  const v = verdict(d);
  const deciding = d.deciding;
  const decider = deciding.decidedBy;
  const attachment = noticeAttachment(d, context);
  const verification = authorityVerification(decider, context);
  const visitDenials: FhirR4Provision[] = d.visitObjections.map((e) => ({ type: 'deny', data: [{ meaning: 'related', reference: encounter(e.visit!, context) }] }));
  const basis = d.purposeInfo ? lawfulBasisCodes(d.purposeInfo.lawfulBasis) : undefined;
  return {
    resourceType: 'Consent',
    id: resourceId(d),
    extension: commonExtensions(d, deciding),
    identifier: identifier(d),
    status: v.r4,
    scope: PRIVACY_SCOPE,
    category: [LOINC_CONSENT],
    patient: subjectReference(context),
    dateTime: d.recordedAt,
    performer: [deciderReference(decider, context)],
    organization: [providerReference(context)],
    ...(attachment ? { sourceAttachment: attachment } : {}),
    policy: [{ ...(context.provider.privacyNoticeUrl ? { authority: context.provider.privacyNoticeUrl } : {}), uri: noticeUri(d, context) }],
    ...(basis ? { policyRule: basis } : {}),
    ...(verification ? { verification: [{ verified: verification.verified, verifiedWith: verification.verifiedWith, ...(verification.date ? { verificationDate: verification.date } : {}) }] } : {}),
    provision: {
      type: v.type,
      period: period(d),
      actor: [supplierActor(context)],
      action: [USE_ACTION],
      purpose: purposeCodings(d),
      ...(visitDenials.length ? { provision: visitDenials } : {}),
    },
  };
}

/** One R5 Consent from a described decision. */
function r5(d: ExportDecision, context: FhirExportContext): FhirR5Consent {
  checkSubject(d, context);
  const v = verdict(d);
  const deciding = d.deciding;
  const decider = deciding.decidedBy;
  const attachment = noticeAttachment(d, context);
  const verification = authorityVerification(decider, context);
  const capacity = decider.capacity;
  const basis = d.purposeInfo ? lawfulBasisCodes(d.purposeInfo.lawfulBasis) : undefined;
  const provider = providerReference(context);
  return {
    resourceType: 'Consent',
    id: resourceId(d),
    extension: [
      ...commonExtensions(d, deciding),
      { url: EXT.recorded, valueInstant: d.recordedAt },
      { url: EXT.purpose, valueCodeableConcept: { coding: purposeCodings(d) } },
    ],
    identifier: identifier(d),
    status: v.r5,
    category: [LOINC_CONSENT],
    subject: subjectReference(context),
    date: d.recordedAt.slice(0, 10),
    period: period(d),
    grantor: [deciderReference(decider, context)],
    grantee: [provider],
    manager: [provider],
    controller: [provider],
    ...(attachment ? { sourceAttachment: [attachment] } : {}),
    ...(capacity?.reference ? { sourceReference: [{ type: 'DocumentReference', identifier: { value: capacity.reference }, display: `Capacity assessment: ${capacity.decision}` }] } : {}),
    ...(basis ? { regulatoryBasis: [basis] } : {}),
    policyBasis: { url: noticeUri(d, context) },
    ...(verification
      ? {
          verification: [{
            verified: verification.verified,
            verificationType: { coding: [{ system: HL7.consentVerification, code: 'validation', display: 'Validation' }] },
            ...(verification.checkedBy ? { verifiedBy: { display: verification.checkedBy } } : {}),
            verifiedWith: verification.verifiedWith,
            ...(verification.date ? { verificationDate: [verification.date] } : {}),
          }],
        }
      : {}),
    decision: v.type,
    // R5 provisions are exceptions to `decision`: a visit objection is an exception only to a "permit"
    // (under a "deny" it would read as a permission for that visit). It stays in the history extension.
    ...(v.type === 'permit' && d.visitObjections.length
      ? { provision: d.visitObjections.map((e) => ({ data: [{ meaning: 'related' as const, reference: encounter(e.visit!, context) }] })) }
      : {}),
  };
}

/** A decision from `decide`, or every event (the person's events are picked out by `context.subject.id`). */
export type ConsentExportInput = Decision | readonly ConsentEvent[];

/** The FHIR R4 Consent for one decision. */
export function toFhirR4Consent(decision: Decision, context: FhirExportContext): FhirR4Consent;
/** One FHIR R4 Consent per feature × purpose the person has events for. */
export function toFhirR4Consent(events: readonly ConsentEvent[], context: FhirExportContext): FhirR4Consent[];
export function toFhirR4Consent(input: ConsentExportInput, context: FhirExportContext): FhirR4Consent | FhirR4Consent[] {
  requireReference(context);
  return isDecision(input) ? r4(describe(input, context), context) : decisionsFor(input, context).map((d) => r4(d, context));
}

/** The FHIR R5 Consent for one decision. */
export function toFhirR5Consent(decision: Decision, context: FhirExportContext): FhirR5Consent;
/** One FHIR R5 Consent per feature × purpose the person has events for. */
export function toFhirR5Consent(events: readonly ConsentEvent[], context: FhirExportContext): FhirR5Consent[];
export function toFhirR5Consent(input: ConsentExportInput, context: FhirExportContext): FhirR5Consent | FhirR5Consent[] {
  requireReference(context);
  return isDecision(input) ? r5(describe(input, context), context) : decisionsFor(input, context).map((d) => r5(d, context));
}

function bundle<R extends { id: string }>(resources: R[], context: ExportContext): FhirBundle<R> {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: (context.now ?? new Date()).toISOString(),
    entry: resources.map((resource) => ({ resource })),
  };
}

/** All of a person's consents as an R4 `Bundle` of type `collection`. */
export function toFhirR4Bundle(events: readonly ConsentEvent[], context: FhirExportContext): FhirBundle<FhirR4Consent> {
  return bundle(toFhirR4Consent(events, context), context);
}

/** All of a person's consents as an R5 `Bundle` of type `collection`. */
export function toFhirR5Bundle(events: readonly ConsentEvent[], context: FhirExportContext): FhirBundle<FhirR5Consent> {
  return bundle(toFhirR5Consent(events, context), context);
}

function requireReference(context: ExportContext) {
  if (!context.subject.reference) {
    throw new ConsentExportError('A FHIR Consent names the person by their FHIR reference: give context.subject.reference (e.g. "Patient/123").', ['subject.reference']);
  }
}
