/**
 * Turns zod issues into errors a person can act on: the JSON path, what was
 * expected and what was found, in plain words. One converter serves the
 * manifest and the framework packs. Found values are quoted safely (control
 * and bidirectional characters escaped, long strings cut).
 *
 * Conventions for schema authors: messages given to format and size checks
 * (`z.regex(re, { error })`, `z.minLength(1, { error })`, `z.refine`) name what
 * is expected, as a noun phrase ("a date written YYYY-MM-DD"). A custom issue
 * that is a whole sentence carries `params: { sentence: true }`; one raised by
 * a manifest rule carries `params: { rule, expected, found }`.
 */
import type * as z from 'zod/mini';
import { nearestId } from './frameworks/nearest';

/** The path shown for the document itself. */
export const ROOT = '(root)';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A path as people write it in JavaScript: `features[2].notice.person.summary`.
 * Numbers become `[n]`; keys that are not identifiers become `["en-GB"]`. The
 * empty path is `""` (messages show `ROOT` for it).
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'symbol') out += `[${key.toString()}]`;
    else if (IDENTIFIER.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

export type IssueSeverity = 'error' | 'warning';

export interface Issue {
  /** Where, e.g. `features[2].notice.person.summary`; `(root)` for the whole document. */
  path: string;
  /** Stable machine code: a zod code, `unknown_key`, `missing_base_locale`, `unknown_framework_id`, `invalid_json` or `rule:<id>`. */
  code: string;
  /** What was expected there, in words. */
  expected: string;
  /** What was found there, in words. */
  found: string;
  /** One line combining the above, starting with the path, ready to print. */
  message: string;
  severity: IssueSeverity;
}

/** An issue of a manifest. */
export type ManifestIssue = Issue;

/** The message without its leading path, for callers that show the path apart. */
export function detailOf(issue: Issue): string {
  return issue.message.startsWith(`${issue.path}: `) ? issue.message.slice(issue.path.length + 2) : issue.message;
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
  record: 'an object; for text, keyed by locale, such as {"en-GB": "…"}',
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

function issue(path: string, code: string, expected: string, found: string, severity: IssueSeverity = 'error'): Issue {
  const where = path || ROOT;
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
): Issue {
  const where = path || ROOT;
  return {
    path: where,
    code: `rule:${rule}`,
    expected,
    found,
    message: `${where}: ${description} Expected ${expected}; found ${found}.`,
    severity,
  };
}

/** Names the keys allowed at a path, to suggest the intended key when one is misspelt. */
export type KeysAt = (path: readonly PropertyKey[]) => readonly string[] | undefined;

/** Keys allowed at a path, read from the schema itself. */
export const keysFromSchema =
  (schema: z.core.$ZodType): KeysAt =>
  (path) =>
    knownKeysAt(schema, path);

/**
 * Converts zod issues for a parsed document into issues a person can act on.
 * `keysAt` lets us name the keys that were expected when an unknown key is found.
 */
export function toIssues(issues: readonly z.core.$ZodIssue[], input: unknown, keysAt: KeysAt = () => undefined): Issue[] {
  const out: Issue[] = [];
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
        const known = keysAt(p) ?? [];
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
            message: `${where}: unknown key ${quote(key)}.${hint} Candour refuses unknown keys so that a typo cannot silently drop what you wrote; allowed here: ${known.join(', ') || 'none'}.`,
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
        const small = raw.code === 'too_small';
        const bound = Number(small ? (raw as { minimum: number | bigint }).minimum : (raw as { maximum: number | bigint }).maximum);
        const origin = (raw as { origin?: string }).origin;
        const least = small ? 'at least' : 'at most';
        const fallback =
          origin === 'string'
            ? small && bound === 1
              ? 'some text (it is empty)'
              : `text of ${least} ${bound} characters`
            : origin === 'array'
              ? `${least} ${bound} ${bound === 1 ? 'entry' : 'entries'}`
              : `a number ${least} ${bound}`;
        out.push(issue(at, raw.code, custom ?? fallback, describeValue(given)));
        break;
      }
      case 'custom': {
        const params = (raw as { params?: Record<string, string | boolean> }).params as { rule?: string; expected?: string; found?: string; sentence?: boolean; candour?: string } | undefined;
        if (params?.rule) {
          out.push(ruleIssue(at, params.rule, raw.message, params.expected ?? '', params.found ?? ''));
        } else if (params?.sentence) {
          const where = at || ROOT;
          out.push({ path: where, code: raw.code, expected: raw.message, found: describeValue(given), message: `${where}: ${raw.message}.`, severity: 'error' });
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
