/**
 * The parts of FHIR R4 (4.0.1) and R5 (5.0.0) the consent exports produce,
 * typed as plain JSON. Only the elements we fill are declared; the tests
 * check every resource against the official FHIR JSON schemas.
 */

export interface FhirCoding {
  system?: string;
  code?: string;
  display?: string;
}

export interface FhirCodeableConcept {
  coding?: FhirCoding[];
  text?: string;
}

export interface FhirIdentifier {
  system?: string;
  value?: string;
}

export interface FhirReference {
  reference?: string;
  /** The resource type the reference is to, when only an identifier or display is known. */
  type?: string;
  identifier?: FhirIdentifier;
  display?: string;
}

export interface FhirPeriod {
  start?: string;
  end?: string;
}

/** An extension: `url` and one value, or nested extensions. */
export interface FhirExtension {
  url: string;
  valueString?: string;
  valueCode?: string;
  valueInstant?: string;
  valueDateTime?: string;
  valueInteger?: number;
  valueBoolean?: boolean;
  valueCodeableConcept?: FhirCodeableConcept;
  valueReference?: FhirReference;
  extension?: FhirExtension[];
}

export interface FhirAttachment {
  extension?: FhirExtension[];
  contentType?: string;
  language?: string;
  url?: string;
  title?: string;
  creation?: string;
}

// ---- R4 ----

export interface FhirR4ConsentData {
  meaning: 'instance' | 'related' | 'dependents' | 'authoredby';
  reference: FhirReference;
}

export interface FhirR4ConsentActor {
  role: FhirCodeableConcept;
  reference: FhirReference;
}

export interface FhirR4Provision {
  type?: 'deny' | 'permit';
  period?: FhirPeriod;
  actor?: FhirR4ConsentActor[];
  action?: FhirCodeableConcept[];
  purpose?: FhirCoding[];
  data?: FhirR4ConsentData[];
  provision?: FhirR4Provision[];
}

export type FhirR4ConsentStatus = 'draft' | 'proposed' | 'active' | 'rejected' | 'inactive' | 'entered-in-error';

export interface FhirR4Consent {
  resourceType: 'Consent';
  id: string;
  extension?: FhirExtension[];
  identifier?: FhirIdentifier[];
  status: FhirR4ConsentStatus;
  scope: FhirCodeableConcept;
  category: FhirCodeableConcept[];
  patient: FhirReference;
  dateTime: string;
  performer?: FhirReference[];
  organization?: FhirReference[];
  sourceAttachment?: FhirAttachment;
  policy?: { authority?: string; uri?: string }[];
  policyRule?: FhirCodeableConcept;
  verification?: { verified: boolean; verifiedWith?: FhirReference; verificationDate?: string }[];
  provision?: FhirR4Provision;
}

// ---- R5 ----

export interface FhirR5Provision {
  period?: FhirPeriod;
  actor?: { role?: FhirCodeableConcept; reference?: FhirReference }[];
  action?: FhirCodeableConcept[];
  purpose?: FhirCoding[];
  data?: { meaning: 'instance' | 'related' | 'dependents' | 'authoredby'; reference: FhirReference }[];
  provision?: FhirR5Provision[];
}

export type FhirR5ConsentStatus = 'draft' | 'active' | 'inactive' | 'not-done' | 'entered-in-error' | 'unknown';

export interface FhirR5Consent {
  resourceType: 'Consent';
  id: string;
  extension?: FhirExtension[];
  identifier?: FhirIdentifier[];
  status: FhirR5ConsentStatus;
  category: FhirCodeableConcept[];
  subject: FhirReference;
  /** Date only (FHIR R5 `date`): the precise instant is in `period.start` and the `recorded` extension. */
  date: string;
  period: FhirPeriod;
  grantor?: FhirReference[];
  grantee?: FhirReference[];
  manager?: FhirReference[];
  controller?: FhirReference[];
  sourceAttachment?: FhirAttachment[];
  sourceReference?: FhirReference[];
  regulatoryBasis?: FhirCodeableConcept[];
  policyBasis?: { url?: string; reference?: FhirReference };
  verification?: {
    verified: boolean;
    verificationType?: FhirCodeableConcept;
    verifiedBy?: FhirReference;
    verifiedWith?: FhirReference;
    verificationDate?: string[];
  }[];
  decision?: 'deny' | 'permit';
  provision?: FhirR5Provision[];
}

export interface FhirBundle<R> {
  resourceType: 'Bundle';
  id?: string;
  type: 'collection';
  timestamp: string;
  entry: { fullUrl?: string; resource: R }[];
}
