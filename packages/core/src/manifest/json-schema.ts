/**
 * The JSON Schema of `candour.json`, generated from the zod schema so that
 * suppliers working in other languages can validate. Cross-field rules and
 * framework-id checks cannot be expressed in JSON Schema; the schema says so,
 * and `candour validate` remains the full check.
 */
import * as z from 'zod/mini';
import { manifestSchema, MANIFEST_SCHEMA_VERSION } from './schema';
import { BASE_LOCALE, localisedText, contact, httpsUrl, isoDate, slug, name, text, email, phone, localeTag, disclosedFact, careSetting } from './primitives';
import { noticeContent, easyReadNotice, purpose, consentModel, lawfulBasis, label } from './layers';
import { feature } from './schema';

export const MANIFEST_SCHEMA_ID = `https://candour.dev/schema/candour-manifest-${MANIFEST_SCHEMA_VERSION}.schema.json`;

type JsonSchemaNode = Record<string, unknown>;

/** Named definitions, so the schema reads as a document rather than one inlined tree. */
function definitions() {
  const registry = z.registry<{ id: string; description?: string }>();
  const named: [z.core.$ZodType, string, string][] = [
    [localisedText, 'LocalisedText', `Text keyed by BCP 47 locale; "${BASE_LOCALE}" is required.`],
    [contact, 'Contact', 'A way to reach a team or a person: at least one of email, phone, url or postal.'],
    [httpsUrl, 'HttpsUrl', 'A web address; only https is accepted.'],
    [isoDate, 'Date', 'A calendar date, YYYY-MM-DD.'],
    [slug, 'Id', 'Lower-case letters, digits and single hyphens, starting with a letter.'],
    [name, 'Name', 'A single line of 1 to 200 characters.'],
    [text, 'Text', 'Text of 1 to 4,000 characters.'],
    [email, 'Email', 'An email address.'],
    [phone, 'Phone', 'A telephone number.'],
    [localeTag, 'Locale', 'A BCP 47 language tag.'],
    [disclosedFact, 'DisclosedFact', 'A fact that may be yes, no, not disclosed (with a reason), unknown (with a reason) or not applicable.'],
    [careSetting, 'CareSetting', 'A care setting in UK adult social care.'],
    [label, 'Label', 'Layer 1: the badge.'],
    [noticeContent, 'Notice', 'Layer 2: a notice for one audience.'],
    [easyReadNotice, 'EasyReadNotice', 'The Easy Read variant of the person\u2019s notice.'],
    [purpose, 'Purpose', 'A purpose of a feature and the consent model it rests on.'],
    [consentModel, 'ConsentModel', 'explicit-consent, inform-and-object, or none with a reason.'],
    [lawfulBasis, 'LawfulBasis', 'UK GDPR Article 6 and 9 bases, and the common-law confidentiality basis.'],
    [feature, 'Feature', 'One AI feature, in three layers.'],
  ];
  for (const [schema, id, description] of named) registry.add(schema, { id, description });
  return registry;
}

export function manifestJsonSchema(): JsonSchemaNode {
  const schema = z.toJSONSchema(manifestSchema, {
    metadata: definitions(),
    target: 'draft-2020-12',
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      // Localised text must hold en-GB: a refinement JSON Schema can say with `required`.
      if (ctx.zodSchema === localisedText) (ctx.jsonSchema as JsonSchemaNode).required = [BASE_LOCALE];
    },
  }) as JsonSchemaNode;
  return {
    $schema: schema.$schema,
    $id: MANIFEST_SCHEMA_ID,
    title: 'Candour AI disclosure manifest (candour.json)',
    description: `Schema version ${MANIFEST_SCHEMA_VERSION}, generated from the zod schema in @candour/core. It checks shapes, types and formats; the cross-field rules (for example, an automated decision needs a human-intervention and appeal route) and the framework ids are checked by \`candour validate\` and parseManifest().`,
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
