/**
 * Turns zod issues into messages a supplier can act on: the JSON path, what was
 * expected and what was found, in plain words. Found values are quoted safely
 * (control and bidirectional characters escaped, long strings cut).
 */
import type * as z from 'zod/mini';
import { formatPath } from '../frameworks/issues';
import { nearestId } from '../frameworks/nearest';

export type IssueSeverity = 'error' | 'warning';

export interface ManifestIssue {
  /** Where, e.g. `features[2].notice.person.summary`; `(root)` for the whole document. */
  path: string;
  /** Stable machine code: a zod code, `unknown_key`, `unknown_framework_id`, `schema_version` or `rule:<id>`. */
  code: string;
  /** What was expected there, in words. */
  expected: string;
  /** What was found there, in words. */
  found: string;
  /** One sentence combining the above, ready to print. */
  message: string;
  severity: IssueSeverity;
}

const MAX_PREVIEW = 60;

/** Quotes a string for a message: escapes controls and bidi overrides so a hostile value cannot reorder or hide text. */
export function quote(value: string): string {
  const cut = value.length > MAX_PREVIEW ? `${value.slice(0, MAX_PREVIEW)}…` : value;
  const escaped = JSON.stringify(cut).replace(
    /[\u00ad\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ud800-\udfff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return value.length > MAX_PREVIEW ? `${escaped} (${value.length} characters)` : escaped;
}

/** Describes any value briefly, for the "found" half of a message. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return value.length === 0 ? 'an empty string' : `the text ${quote(value)}`;
  if (typeof value === 'number') return Number.isFinite(value) ? `the number ${value}` : `the number ${String(value)}`;
  if (typeof value === 'boolean') return `${value}`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const typeWords: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  record: 'text keyed by locale, such as {"en-GB": "…"}',
  null: 'null',
};

function listChoices(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  const more = values.length > 12 ? `, … (${values.length} in all)` : '';
  return `one of ${shown.join(', ')}${more}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, key)) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** The object keys a schema accepts at a path, for suggesting the intended key when one is misspelt. */
export function knownKeysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.core.$ZodType | undefined = schema;
  for (const key of [...path, null]) {
    // Step through wrappers until an object, array or record.
    for (let guard = 0; node && guard < 10; guard++) {
      const def: z.core.$ZodTypeDef & Record<string, unknown> = node._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
      if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default' || def.type === 'readonly') {
        node = def.innerType as z.core.$ZodType;
      } else if (def.type === 'pipe') {
        node = def.in as z.core.$ZodType;
      } else break;
    }
    if (!node) return [];
    const def = node._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
    if (key === null) {
      return def.type === 'object' ? Object.keys(def.shape as Record<string, unknown>) : [];
    }
    if (def.type === 'object') node = (def.shape as Record<string, z.core.$ZodType>)[String(key)];
    else if (def.type === 'array') node = def.element as z.core.$ZodType;
    else if (def.type === 'record') node = def.valueType as z.core.$ZodType;
    else return [];
  }
  return [];
}

function issue(path: string, code: string, expected: string, found: string, severity: IssueSeverity = 'error'): ManifestIssue {
  const where = path || '(root)';
  return { path: where, code, expected, found, message: `${where}: expected ${expected}; found ${found}.`, severity };
}

/** Builds an issue with a message of our own (rules explain why, not only what). */
export function ruleIssue(
  path: string,
  rule: string,
  description: string,
  expected: string,
  found: string,
  severity: IssueSeverity = 'error',
): ManifestIssue {
  const where = path || '(root)';
  return {
    path: where,
    code: `rule:${rule}`,
    expected,
    found,
    message: `${where}: ${description} Expected ${expected}; found ${found}.`,
    severity,
  };
}

/**
 * Converts zod issues for a parsed document into manifest issues. `schema` lets
 * us name the keys that were expected when an unknown key is found.
 */
export function toManifestIssues(
  issues: readonly z.core.$ZodIssue[],
  input: unknown,
  schema: z.core.$ZodType,
): ManifestIssue[] {
  const out: ManifestIssue[] = [];
  for (const raw of issues) {
    const p = raw.path;
    const at = formatPath(p);
    const given = 'input' in raw && raw.input !== undefined ? raw.input : valueAt(input, p);
    const custom = raw.message && raw.message !== 'Invalid input' ? raw.message : undefined;
    switch (raw.code) {
      case 'invalid_type': {
        const expected = typeWords[raw.expected] ?? raw.expected;
        out.push(issue(at, raw.code, given === undefined ? `${expected} (this field is required)` : expected, describeValue(given)));
        break;
      }
      case 'unrecognized_keys': {
        const known = knownKeysAt(schema, p);
        for (const key of raw.keys) {
          const where = formatPath([...p, key]);
          const guess = nearestId(key, known);
          const expected = known.length ? `one of the keys allowed here (${known.join(', ')})` : 'no keys here';
          const found = `the unknown key ${quote(key)}`;
          const hint = guess ? ` Did you mean ${quote(guess)}?` : '';
          out.push({
            path: where,
            code: 'unknown_key',
            expected,
            found,
            message: `${where}: unknown key.${hint} Candour refuses unknown keys so that a typo cannot silently drop what you wrote; allowed here: ${known.join(', ') || 'none'}.`,
            severity: 'error',
          });
        }
        break;
      }
      case 'invalid_value': {
        const guess = typeof given === 'string' ? nearestId(given, raw.values.map(String)) : undefined;
        const required = given === undefined ? ' (this field is required)' : '';
        out.push(issue(at, raw.code, `${listChoices(raw.values)}${required}${guess ? ` (did you mean ${quote(guess)}?)` : ''}`, describeValue(given)));
        break;
      }
      case 'invalid_union': {
        if ('discriminator' in raw && Array.isArray((raw as { options?: unknown }).options)) {
          const options = (raw as unknown as { options: unknown[] }).options;
          const value = valueAt(input, p);
          const guess = typeof value === 'string' ? nearestId(value, options.map(String)) : undefined;
          out.push(issue(at, raw.code, `${listChoices(options)}${guess ? ` (did you mean ${quote(guess)}?)` : ''}`, describeValue(value)));
        } else {
          out.push(issue(at, raw.code, custom ?? 'a value of one of the accepted forms', describeValue(given)));
        }
        break;
      }
      case 'invalid_key': {
        const key = p[p.length - 1];
        const inner = raw.issues[0]?.message;
        out.push(
          issue(at, raw.code, inner && inner !== 'Invalid input' ? inner : 'a valid key', `the key ${quote(String(key))}`),
        );
        break;
      }
      case 'too_small':
      case 'too_big': {
        const bound = raw.code === 'too_small' ? (raw as { minimum: number | bigint }).minimum : (raw as { maximum: number | bigint }).maximum;
        const fallback = raw.code === 'too_small' ? `at least ${String(bound)}` : `at most ${String(bound)}`;
        out.push(issue(at, raw.code, custom ?? fallback, describeValue(given)));
        break;
      }
      case 'custom': {
        const params = (raw as { params?: Record<string, string> }).params;
        if (params?.rule) {
          out.push(ruleIssue(at, params.rule, raw.message, params.expected ?? '', params.found ?? ''));
        } else if (params?.candour === 'missing-base-locale' && given && typeof given === 'object') {
          const locales = Object.keys(given);
          out.push(issue(at, 'missing_base_locale', raw.message, locales.length ? `text only in ${locales.join(', ')}` : 'no text at all'));
        } else {
          out.push(issue(at, raw.code, custom ?? 'a valid value', describeValue(given)));
        }
        break;
      }
      default:
        out.push(issue(at, raw.code, custom ?? 'a valid value', describeValue(given)));
    }
  }
  return out;
}
