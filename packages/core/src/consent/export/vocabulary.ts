/**
 * Our FHIR extension URLs and code systems, and the mapping of our terms to
 * HL7 code systems. Every URL under `https://candour.dev/fhir/` is ours and
 * stable: a receiving system may rely on it.
 */
import type { LawfulBasis, PurposeKind } from '../../manifest/layers';
import type { ConsentChannel } from '../schema';
import type { FhirCoding } from './fhir-types';

const SD = 'https://candour.dev/fhir/StructureDefinition/';
const CS = 'https://candour.dev/fhir/CodeSystem/';

/**
 * Our extensions. Each is documented here, once:
 *
 * - `decisionState` (on Consent; valueCode): the state `decide` derived: granted, not-objected, declined,
 *   objected, withdrawn, expired, needs-asking-again, not-asked, not-informed. FHIR's status and permit/deny
 *   say less than this (an objection and a refusal are both "deny").
 * - `consentModel` (on Consent; valueCode): `explicit-consent` or `inform-and-object`: the legal model the
 *   purpose rests on, as the decision was judged.
 * - `channel` (on Consent; valueCode): how the decision reached the record: self-service, staff-assisted,
 *   verbal-recorded-by-staff, paper.
 * - `history` (on Consent; complex): the ledger events behind this resource. Sub-extensions: `event`
 *   (valueString, one per event id, in chain order, corrected ones included), `voided` (valueString, ids a
 *   correction voided), `basis` (valueString, the id of the event the decision rests on), `chainHash`
 *   (valueString, SHA-256 hex of the latest of these events: it covers every event before it in the chain),
 *   `chainSeq` (valueInteger, that event's place in the chain).
 * - `decisionMaker` (on Consent; complex): who decided and on what authority. Sub-extensions: `role`
 *   (valueCode: person, attorney, deputy, best-interests), `name`, `relationship`, `authorityReference`
 *   (the OPG registration or court order), `authorityCheckedBy` (valueString), `authorityCheckedAt`
 *   (valueDateTime), `consulted` (valueString).
 * - `capacityAssessment` (on Consent; complex): the capacity assessment a decision for the person rests on.
 *   Sub-extensions: `decision`, `outcome` (valueCode: lacks-capacity, has-capacity), `assessedBy`,
 *   `assessedAt` (valueDateTime), `reference` (valueString: where the full assessment is kept).
 * - `noticeSha256` (on Attachment; valueString): SHA-256, lower-case hex, of the canonical form of the notice
 *   shown (`canonicalNotice`). FHIR's own `Attachment.hash` is SHA-1 over the attachment's data, so it is
 *   not used.
 * - `noticePresentation` (on Attachment; complex): `version` (valueString), `audience` (valueCode: person,
 *   representative, worker, provider), `format` (valueCode: standard, easy-read).
 * - `recorded` (on Consent, R5; valueInstant): the precise instant the decision was recorded. R5's
 *   `Consent.date` holds a date only; the instant is also `period.start`.
 * - `purpose` (on Consent, R5; valueCodeableConcept): the purpose this resource is about (HL7 PurposeOfUse
 *   and our feature/purpose code). In R5 provisions are exceptions to the decision, so the purpose cannot sit
 *   in a top-level provision as it does in R4.
 */
export const EXT = {
  decisionState: `${SD}consent-decision-state`,
  consentModel: `${SD}consent-model`,
  channel: `${SD}consent-channel`,
  history: `${SD}consent-history`,
  decisionMaker: `${SD}consent-decision-maker`,
  capacityAssessment: `${SD}consent-capacity-assessment`,
  noticeSha256: `${SD}notice-sha256`,
  noticePresentation: `${SD}notice-presentation`,
  recorded: `${SD}consent-recorded`,
  purpose: `${SD}consent-purpose`,
} as const;

/**
 * Our code systems:
 * - `lawfulBasis`: `uk-gdpr-6-1-a`…`uk-gdpr-6-1-f` (UK GDPR Article 6(1)), `uk-gdpr-9-2-a`…`uk-gdpr-9-2-j`
 *   (Article 9(2)), `cldc-implied-consent`, `cldc-explicit-consent`, `cldc-statutory`, `cldc-public-interest`,
 *   `cldc-not-confidential` (the common-law duty of confidentiality).
 * - `featurePurpose`: `<feature id>:<purpose id>` from the supplier's manifest.
 * - `consentId`: identifier system of our Consent resources (value `<subject>:<feature>:<purpose>`).
 */
export const CODE_SYSTEM = {
  lawfulBasis: `${CS}uk-lawful-basis`,
  featurePurpose: `${CS}feature-purpose`,
  consentId: 'https://candour.dev/fhir/Id/consent',
} as const;

/** HL7 code systems used. */
export const HL7 = {
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  loinc: 'http://loinc.org',
  actReason: 'http://terminology.hl7.org/CodeSystem/v3-ActReason',
  consentAction: 'http://terminology.hl7.org/CodeSystem/consentaction',
  participationType: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType',
  consentVerification: 'http://terminology.hl7.org/CodeSystem/consentverification',
} as const;

/** The HL7 PurposeOfUse (v3 ActReason) code for each kind of purpose in the manifest. */
const PURPOSE_OF_USE: Record<PurposeKind, { code: string; display: string }> = {
  'direct-care': { code: 'TREAT', display: 'treatment' },
  'care-administration': { code: 'HOPERAT', display: 'healthcare operations' },
  'staff-support': { code: 'HOPERAT', display: 'healthcare operations' },
  'service-improvement': { code: 'HQUALIMP', display: 'health quality improvement' },
  'model-training': { code: 'SYSDEV', display: 'system development' },
  research: { code: 'HRESCH', display: 'healthcare research' },
  communication: { code: 'COC', display: 'coordination of care' },
};

export function purposeOfUse(kind: PurposeKind): FhirCoding {
  const p = PURPOSE_OF_USE[kind];
  return { system: HL7.actReason, code: p.code, display: p.display };
}

export function featurePurposeCoding(feature: string, purpose: string, display?: string): FhirCoding {
  return { system: CODE_SYSTEM.featurePurpose, code: `${feature}:${purpose}`, ...(display ? { display } : {}) };
}

const CLDC: Record<NonNullable<LawfulBasis['confidentiality']>, string> = {
  'implied-consent': 'implied consent',
  'explicit-consent': 'explicit consent',
  statutory: 'a statutory basis',
  'public-interest': 'the public interest',
  'not-confidential': 'not confidential information',
};

/** The lawful basis as codes in our code system and as one sentence. */
export function lawfulBasisCodes(basis: LawfulBasis): { coding: FhirCoding[]; text: string } {
  const coding: FhirCoding[] = [{ system: CODE_SYSTEM.lawfulBasis, code: `uk-gdpr-6-1-${basis.article6}`, display: `UK GDPR Article 6(1)(${basis.article6})` }];
  const parts = [`UK GDPR Article 6(1)(${basis.article6})`];
  if (basis.article9) {
    coding.push({ system: CODE_SYSTEM.lawfulBasis, code: `uk-gdpr-9-2-${basis.article9}`, display: `UK GDPR Article 9(2)(${basis.article9})` });
    parts.push(`Article 9(2)(${basis.article9})`);
  }
  let text = parts.join(' and ');
  if (basis.confidentiality) {
    coding.push({ system: CODE_SYSTEM.lawfulBasis, code: `cldc-${basis.confidentiality}`, display: `Common-law duty of confidentiality: ${CLDC[basis.confidentiality]}` });
    text += `; common-law duty of confidentiality: ${CLDC[basis.confidentiality]}`;
  }
  return { coding, text };
}

/** How each channel is described to a person (Kantara `collectionMethod`). */
export const CHANNEL_TEXT: Record<ConsentChannel, string> = {
  'self-service': 'Chosen by the person in the care app or website',
  'staff-assisted': 'Chosen with help from a member of staff, who recorded it',
  'verbal-recorded-by-staff': 'Said to a member of staff, who recorded it',
  paper: 'Written on a paper form, entered by staff',
};
