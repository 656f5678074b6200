/**
 * Turning zod issues into errors a person can act on: `{ path, message }`, where `path` reads
 * like `items[3].provenance.source` and `message` says what was expected and what was found.
 *
 * zod/mini ships no message catalogue (its default message is "Invalid input"), so the
 * messages for zod's built-in issue codes are written here; messages given to checks
 * (`z.regex(re, '...')`, `ctx.addIssue({ message })`) are kept.
 */
import type * as z from 'zod/mini';
import { nearestId } from './nearest';

/** The `path` of an error about the document as a whole. */
export const ROOT = '(root)';

/** One validation error. `path` is `(root)` for the document itself. */
export interface ValidationError {
  readonly path: string;
  readonly message: string;
}

export interface FormatIssuesOptions {
  /**
   * The keys allowed on the object at `path`, if known; used to suggest a spelling for an
   * unknown key ("unknown key "titel"; did you mean "title"?").
   */
  readonly keysAt?: (path: readonly PropertyKey[]) => readonly string[] | undefined;
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * A path as people write it in JavaScript: `features[2].notice.person.summary`.
 * Numbers become `[n]`; keys that are not identifiers become `["some key"]`; the empty path
 * is `""` (callers show `ROOT` for it).
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

/** A short description of a value for "found ..." messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
      return value === '' ? 'an empty string' : `the text ${JSON.stringify(shown)}`;
    }
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

const EXPECTED: Record<string, string> = {
  string: 'text (a string)',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list (JSON array)',
  object: 'an object (JSON object)',
  record: 'an object (JSON object)',
  null: 'null',
};

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((v) => JSON.stringify(v));
  if (shown.length === 1) return shown[0]!;
  if (shown.length === 2) return `${shown[0]} or ${shown[1]}`;
  return `one of ${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

function didYouMean(found: unknown, options: readonly unknown[]): string {
  if (typeof found !== 'string') return '';
  const near = nearestId(
    found,
    options.filter((o): o is string => typeof o === 'string'),
  );
  return near === undefined ? '' : ` (did you mean ${JSON.stringify(near)}?)`;
}

function isDefaultMessage(message: string): boolean {
  return message === '' || message.startsWith('Invalid');
}

function plural(n: number | bigint, one: string, many: string): string {
  return `${n} ${Number(n) === 1 ? one : many}`;
}

/** Turn zod issues into `{ path, message }` errors, in the order zod reported them. */
export function formatIssues(
  issues: readonly z.core.$ZodIssue[],
  options: FormatIssuesOptions = {},
): ValidationError[] {
  const out: ValidationError[] = [];
  for (const issue of issues) {
    const path = issue.path;
    const push = (message: string, at: readonly PropertyKey[] = path) =>
      out.push({ path: formatPath(at) || ROOT, message });
    switch (issue.code) {
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected] ?? issue.expected;
        if (!('input' in issue) || issue.input === undefined) push(`is required: expected ${expected}, found nothing`);
        else push(`expected ${expected}, found ${describeValue(issue.input)}`);
        break;
      }
      case 'unrecognized_keys': {
        const allowed = options.keysAt?.(path);
        for (const key of issue.keys) {
          const hint = allowed ? didYouMean(key, allowed) : '';
          const list = allowed ? `; allowed keys here: ${allowed.join(', ')}` : '';
          push(`unknown key ${JSON.stringify(key)}${hint}${list}`, [...path, key]);
        }
        break;
      }
      case 'invalid_value':
        push(
          `expected ${oneOf(issue.values)}, found ${describeValue(issue.input)}${didYouMean(issue.input, issue.values)}`,
        );
        break;
      case 'invalid_union': {
        const choices = 'options' in issue ? issue.options : undefined;
        if (issue.discriminator !== undefined && choices) {
          const found =
            issue.input !== null && typeof issue.input === 'object'
              ? (issue.input as Record<string, unknown>)[issue.discriminator]
              : issue.input;
          push(
            `expected "${issue.discriminator}" to be ${oneOf(choices)}, found ${describeValue(found)}${didYouMean(found, choices)}`,
          );
        } else {
          push(`does not match any of the allowed shapes (found ${describeValue(issue.input)})`);
        }
        break;
      }
      case 'too_small': {
        const min = issue.minimum;
        if (issue.origin === 'string')
          push(Number(min) === 1 ? 'must not be empty' : `must be at least ${plural(min, 'character', 'characters')} long`);
        else if (issue.origin === 'array')
          push(`must have at least ${plural(min, 'entry', 'entries')}, found ${describeValue(issue.input)}`);
        else push(`must be ${issue.inclusive ? 'at least' : 'more than'} ${min}, found ${describeValue(issue.input)}`);
        break;
      }
      case 'too_big': {
        const max = issue.maximum;
        if (issue.origin === 'string') push(`must be at most ${plural(max, 'character', 'characters')} long`);
        else if (issue.origin === 'array') push(`must have at most ${plural(max, 'entry', 'entries')}`);
        else push(`must be ${issue.inclusive ? 'at most' : 'less than'} ${max}, found ${describeValue(issue.input)}`);
        break;
      }
      case 'invalid_format': {
        const what = isDefaultMessage(issue.message)
          ? issue.pattern
            ? `must match the pattern ${issue.pattern}`
            : `must be a valid ${issue.format}`
          : issue.message;
        push(`${what}; found ${describeValue(issue.input)}`);
        break;
      }
      case 'not_multiple_of':
        push(`must be a multiple of ${issue.divisor}, found ${describeValue(issue.input)}`);
        break;
      case 'invalid_key':
      case 'invalid_element':
        for (const inner of formatIssues(issue.issues, options))
          push(`${issue.code === 'invalid_key' ? 'key' : 'element'}: ${inner.message}`);
        break;
      case 'custom':
      default:
        push(isDefaultMessage(issue.message) ? 'is not valid here' : issue.message);
    }
  }
  return out;
}
