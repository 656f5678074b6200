/**
 * `@candour/core/consent-export`: the consent record as others read it.
 * FHIR R4 and R5 Consent resources (and Bundles of a person's consents), a
 * Kantara Consent Receipt v1.1-style JSON receipt, and a receipt a person can
 * read and print (standard or Easy Read, English or Welsh). Zod-free: built
 * from the ledger's events, the manifest and what the provider says about
 * itself. The events stay the source of truth; these are views of them.
 */
export {
  ConsentExportError,
  ODS_ORGANISATION_SYSTEM,
  type ExportContext,
  type ExportManifest,
  type ExportFeature,
  type ExportPurpose,
  type ExportDataCategory,
  type ExportOrganisation,
  type ExportAddress,
  type ExportIdentifier,
  type ExportSubject,
  type ExportReferences,
} from './consent/export/context';
export { toFhirR4Consent, toFhirR5Consent, toFhirR4Bundle, toFhirR5Bundle, type FhirExportContext, type ConsentExportInput } from './consent/export/fhir';
export { EXT as FHIR_EXTENSIONS, CODE_SYSTEM as FHIR_CODE_SYSTEMS } from './consent/export/vocabulary';
export type {
  FhirR4Consent,
  FhirR5Consent,
  FhirBundle,
  FhirR4Provision,
  FhirR5Provision,
  FhirR4ConsentStatus,
  FhirR5ConsentStatus,
  FhirExtension,
  FhirAttachment,
  FhirReference,
  FhirCoding,
  FhirCodeableConcept,
  FhirIdentifier,
  FhirPeriod,
} from './consent/export/fhir-types';
export {
  toKantaraReceipt,
  KANTARA_VERSION,
  KANTARA_EXTENSION_FORMAT,
  type KantaraContext,
  type KantaraReceipt,
  type KantaraController,
  type KantaraService,
  type KantaraPurpose,
  type KantaraDecisionRecord,
} from './consent/export/kantara';
export {
  personReceipt,
  renderReceiptHtml,
  escapeHtml,
  safeHref,
  type PersonReceipt,
  type PersonReceiptContext,
  type ReceiptDecision,
  type ReceiptContact,
  type ReceiptText,
  type RenderReceiptOptions,
} from './consent/export/receipt';
export type { ReceiptLocale } from './consent/export/receipt-messages';
