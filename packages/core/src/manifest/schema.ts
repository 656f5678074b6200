/**
 * The `candour.json` manifest: one per product, describing every AI feature in
 * three layers (label, notice, record). This is the single source of truth:
 * TypeScript types are inferred from it and the published JSON Schema is
 * generated from it.
 */
import * as z from 'zod/mini';
import { careSetting, companyNumber, contact, httpsUrl, isoDate, localisedText, name, slug } from './primitives';
import { label, notice, purpose } from './layers';
import { record } from './record';
import { featureRules, manifestRules, applyRules } from './rules';

export { MANIFEST_SCHEMA_VERSION, MANIFEST_SCHEMA_MAJOR } from './version';

/** `"1.0"`-style schema version (major.minor). */
export const schemaVersion = z.string().check(
  z.regex(/^\d+\.\d+$/, { error: 'a schema version written major.minor, such as "1.0"' }),
);

/** A notice version, `major.minor`. */
export const noticeVersion = z.string().check(
  z.regex(/^\d+\.\d+$/, { error: 'a notice version written major.minor, such as "2.1"' }),
);

/** An id in a framework pack: letters, digits, dots and hyphens (e.g. "ics.providers.3", "2b"). */
export const frameworkId = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9.-]*$/, { error: 'a framework id such as "ics.providers.3", "2b" or "cqc.2"' }),
);

/** Links from a feature to the frameworks, by id; checked against the loaded packs. */
export const frameworkLinks = z.strictObject({
  /** Which of the seed's ways social care uses AI this feature is (pack `ai-uses`). */
  uses: z.array(frameworkId).check(z.minLength(1, { error: 'at least one use, e.g. "summarisation"' })),
  /** Guidance statements the feature helps meet (pack `oxford-guidance`). */
  statements: z.optional(z.array(frameworkId)),
  /** Pledge commitments the feature evidences (pack `tech-pledge`). */
  pledge: z.optional(z.array(frameworkId)),
  /** CQC AI principles the feature supports (pack `cqc-ai`). */
  cqc: z.optional(z.array(frameworkId)),
});
export type FrameworkLinks = z.infer<typeof frameworkLinks>;

const featureShape = {
  id: slug,
  name: localisedText,
  version: name,
  /**
   * The notice's version, `major.minor`. Raise the major for a material change
   * (what the AI does, the data it uses, who sees it, the choices): everyone who
   * agreed is asked again. Raise the minor for a wording fix: nobody is.
   */
  noticeVersion: z.optional(noticeVersion),
  framework: frameworkLinks,
  label,
  notice,
  purposes: z.array(purpose).check(z.minLength(1, { error: 'at least one purpose' })),
  record,
};

/** A feature before its cross-field rules (the rules are typed against this). */
export const featureObject = z.strictObject(featureShape);
export type FeatureData = z.infer<typeof featureObject>;

export const feature = featureObject.check(z.superRefine((f, ctx) => applyRules(featureRules, f, ctx)));
export type Feature = z.infer<typeof feature>;

export const pledgeStatus = z.strictObject({
  signed: z.boolean(),
  signedOn: z.optional(isoDate),
  publicStatementUrl: z.optional(httpsUrl),
  /** Evidence the supplier offers for a commitment beyond what its features show. */
  commitments: z.optional(
    z.array(
      z.strictObject({
        id: frameworkId,
        evidence: localisedText,
        url: z.optional(httpsUrl),
      }),
    ),
  ),
});

export const supplier = z.strictObject({
  name,
  companyNumber: z.optional(companyNumber),
  website: httpsUrl,
  contacts: z.strictObject({
    general: contact,
    dataProtection: contact,
    aiConcerns: z.optional(contact),
    clinicalSafety: z.optional(contact),
  }),
  pledge: pledgeStatus,
});
export type Supplier = z.infer<typeof supplier>;

export const product = z.strictObject({
  name,
  version: name,
  description: localisedText,
  careSettings: z.array(careSetting).check(z.minLength(1, { error: 'at least one care setting' })),
  /** The UK nations the product is sold in: they decide the regulators, ombudsmen and capacity law that apply. */
  nations: z.optional(z.array(z.enum(['england', 'wales', 'scotland', 'northern-ireland']))),
  url: z.optional(httpsUrl),
});
export type Product = z.infer<typeof product>;

export const manifestShape = {
  $schema: z.optional(z.string()),
  schemaVersion,
  updated: isoDate,
  supplier,
  product,
  features: z.array(feature).check(z.minLength(1, { error: 'at least one AI feature' })),
};

export const manifestObject = z.strictObject(manifestShape);
export type ManifestData = z.infer<typeof manifestObject>;

export const manifestSchema = manifestObject.check(z.superRefine((m, ctx) => applyRules(manifestRules, m, ctx)));

/** A valid `candour.json` manifest. */
export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestInput = z.input<typeof manifestSchema>;
