/**
 * @candour/core: the disclosure manifest (`candour.json`), the framework packs
 * and their crosswalks, and the assessment of a manifest against the
 * Technology Suppliers' Pledge and the co-produced guidance. No DOM.
 *
 * Browser code that only shows a manifest should import `@candour/core/display`,
 * which leaves out the full record schema and the packs.
 */
export { parseManifest, parseManifestJson, type ParseManifestResult, type ParseManifestOptions } from './manifest/parse';
export { formatPath, detailOf, ROOT, type Issue, type ManifestIssue, type IssueSeverity } from './issues';
export {
  manifestSchema,
  feature as featureSchema,
  supplier as supplierSchema,
  product as productSchema,
  frameworkLinks as frameworkLinksSchema,
  MANIFEST_SCHEMA_VERSION,
  MANIFEST_SCHEMA_MAJOR,
  type Manifest,
  type ManifestInput,
  type Feature,
  type Supplier,
  type Product,
  type FrameworkLinks,
} from './manifest/schema';
export { label as labelSchema, notice as noticeSchema, purpose as purposeSchema, consentModel as consentModelSchema, noticeSectionKeys } from './manifest/layers';
export type {
  Label,
  Notice,
  NoticeContent,
  PersonNotice,
  EasyReadNotice,
  Audience,
  Involvement,
  HumanReviewPractice,
  Purpose,
  PurposeKind,
  ConsentModel,
  LawfulBasis,
  NoticeSectionKey,
} from './manifest/layers';
export { record as recordSchema, type TransparencyRecord } from './manifest/record';
export { localisedText as localisedTextSchema, BASE_LOCALE, type LocalisedText, type Contact, type DisclosedFact, type CareSetting } from './manifest/primitives';
export { allRules, type ManifestRule } from './manifest/rules';
export { manifestJsonSchema, MANIFEST_SCHEMA_ID } from './manifest/json-schema';
export { idSourceFromRegistry, type FrameworkIdSource } from './manifest/links';
export { EASY_READ_MAX_WORDS } from './manifest/warnings';

export * from './frameworks';

export { assessPledge, PLEDGE_DISCLAIMER, type PledgeAssessment, type CommitmentAssessment, type PledgeVerdict, type EvidenceItem, type AssessOptions } from './assessment/pledge';
export { frameworkCoverage, type FrameworkCoverage, type PerspectiveCoverage, type DomainCoverage, type StatementCoverage, type FeatureCoverage, type ClaimSupport } from './assessment/coverage';

export { readDisplayManifest, localise, noticeFor, type DisplayManifest, type DisplayFeature, type ReadDisplayResult, type ReadingLevel } from './display';

export {
  consentEvent as consentEventSchema,
  consentEventInput as consentEventInputSchema,
  consentEventInputChecked as consentEventInputCheckedSchema,
  CONSENT_EVENT_FORMAT,
  type ConsentEvent,
  type ConsentEventInput,
  type ConsentEventType,
  type ConsentEventModel,
  type Decider,
  type DeciderRole,
  type CapacityAssessment,
  type ConsentChannel,
  type Recorder,
  type ShownNotice,
} from './consent/schema';
