/**
 * Errors of a framework pack: `{ path, message }`, where `path` reads like
 * `items[3].provenance.source` and `message` says what was expected and what
 * was found. The conversion from zod issues is the one the manifest uses
 * (`../issues`); here the path is kept apart from the message.
 */
import type * as z from 'zod/mini';
import { toIssues, detailOf, type KeysAt } from '../issues';

export { formatPath, describeValue, ROOT } from '../issues';

/** One validation error. `path` is `(root)` for the document itself. */
export interface ValidationError {
  readonly path: string;
  readonly message: string;
}

export interface FormatIssuesOptions {
  /** The keys allowed on the object at a path, to suggest a spelling for an unknown key. */
  readonly keysAt?: KeysAt;
  /** The document, so that a missing value can be told from a wrong one. */
  readonly input?: unknown;
}

/** Turn zod issues into `{ path, message }` errors, in the order zod reported them. */
export function formatIssues(issues: readonly z.core.$ZodIssue[], options: FormatIssuesOptions = {}): ValidationError[] {
  return toIssues(issues, options.input, options.keysAt).map((issue) => ({ path: issue.path, message: detailOf(issue) }));
}
