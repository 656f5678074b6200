/**
 * What every export needs besides the events: the manifest (purposes, lawful
 * basis, supplier), the care provider, the person and the date. The events
 * hold only a pseudonymous subject id and the decision itself; everything a
 * FHIR server or a receipt must say about organisations comes from here.
 */
import type { LawfulBasis, ConsentModel, PurposeKind } from '../../manifest/layers';
import type { Contact, LocalisedText } from '../../manifest/primitives';
import type { Decider, ShownNotice } from '../schema';

/** A purpose as the manifest declares it (the parts the exports read). */
export interface ExportPurpose {
  id: string;
  kind: PurposeKind;
  description: LocalisedText;
  consent: ConsentModel;
  lawfulBasis: LawfulBasis;
}

/** The kinds of data a feature uses (manifest `record.data.categories`). */
export type ExportDataCategory =
  | 'identity' | 'contact' | 'health' | 'care-needs' | 'medication' | 'audio' | 'video' | 'images'
  | 'location' | 'financial' | 'staff-records' | 'free-text-notes' | 'special-category-other';

/** A feature as the manifest declares it (the parts the exports read). */
export interface ExportFeature {
  id: string;
  name: LocalisedText;
  version?: string;
  noticeVersion?: string;
  purposes: readonly ExportPurpose[];
  record?: {
    data?: {
      categories?: readonly ExportDataCategory[];
      processors?: readonly { name: string }[];
    };
  };
}

/** The manifest: a parsed `candour.json` (`parseManifest(...).manifest`) fits this shape. */
export interface ExportManifest {
  supplier: {
    name: string;
    website: string;
    contacts: { general: Contact; dataProtection?: Contact; aiConcerns?: Contact };
  };
  product: { name: string; version?: string };
  features: readonly ExportFeature[];
}

/** A postal address, with schema.org PostalAddress member names (what Kantara receipts use). */
export interface ExportAddress {
  streetAddress?: string;
  addressLocality?: string;
  addressRegion?: string;
  postalCode?: string;
  addressCountry?: string;
}

/** An identifier of an organisation: an ODS code, a CQC location id… */
export interface ExportIdentifier {
  /** The identifier's namespace, a URI (e.g. `ODS_ORGANISATION_SYSTEM`). */
  system: string;
  value: string;
}

/** NHS ODS organisation codes (NHS England's FHIR naming system). */
export const ODS_ORGANISATION_SYSTEM = 'https://fhir.nhs.uk/Id/ods-organization-code';

/** The care provider: the custodian of the consent record and (usually) the controller. */
export interface ExportOrganisation {
  name: string;
  /** Its FHIR reference where the receiving system knows it ("Organization/123"). */
  reference?: string;
  /** ODS code, CQC location id (with a system URI the receiving system recognises)… */
  identifiers?: readonly ExportIdentifier[];
  /** Its website (https). */
  url?: string;
  /** Its privacy notice (https): Kantara `policyUrl`, FHIR policy authority. */
  privacyNoticeUrl?: string;
  /** Who to contact about consent: a named person or role (Kantara `contact`). */
  contact?: string;
  email?: string;
  phone?: string;
  address?: ExportAddress;
}

/** The person the decisions are about. */
export interface ExportSubject {
  /** The pseudonymous subject id used in the ledger (never an NHS number). */
  id: string;
  /** The person's FHIR reference in the receiving system ("Patient/123"). Required by the FHIR exports. */
  reference?: string;
  /** The person's name, shown on a receipt and as the reference's display. */
  display?: string;
}

/** Ways to turn what the events hold into references the receiving system understands. */
export interface ExportReferences {
  /** A FHIR reference for someone deciding for the person ("RelatedPerson/7", "Practitioner/12"). */
  decider?(decider: Decider): string | undefined;
  /** A FHIR reference for a visit (default `Encounter/<visit>`). */
  encounter?(visit: string): string;
  /** Where the notice text shown is kept (default: `urn:candour:notice:<feature>:<version>`). */
  notice?(shown: ShownNotice): string | undefined;
}

export interface ExportContext {
  manifest: ExportManifest;
  provider: ExportOrganisation;
  subject: ExportSubject;
  /** The moment the export is made: decisions are judged at it (expiry) and it dates the bundle or receipt. Default: now. */
  now?: Date;
  references?: ExportReferences;
}

/** Thrown when an export cannot be made honestly from what it was given; says what is missing. */
export class ConsentExportError extends Error {
  override readonly name = 'ConsentExportError';
  constructor(message: string, readonly missing: readonly string[] = []) {
    super(message);
  }
}
