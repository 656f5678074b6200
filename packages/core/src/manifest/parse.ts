/**
 * `parseManifest` never throws. It returns the manifest, or every problem found
 * with its path, what was expected and what was found; plus warnings that do
 * not make the manifest unusable (an overdue review, a missing translation).
 */
import { manifestSchema, type Manifest } from './schema';
import { MANIFEST_SCHEMA_MAJOR, MANIFEST_SCHEMA_VERSION } from './version';
import { toIssues, keysFromSchema, describeValue, ruleIssue, quote, formatPath, ROOT, type ManifestIssue } from '../issues';
import { nearestId } from '../frameworks/nearest';
import { checkFrameworkLinks, type FrameworkIdSource } from './links';
import { manifestWarnings } from './warnings';
import { jsonErrorOffset, lineColumn } from './json-position';

export type { ManifestIssue } from '../issues';

export type ParseManifestResult =
  | { ok: true; manifest: Manifest; warnings: ManifestIssue[] }
  | { ok: false; errors: ManifestIssue[]; warnings: ManifestIssue[] };

export interface ParseManifestOptions {
  /** Framework ids to check links against; defaults to the packs bundled with this SDK. */
  frameworks?: FrameworkIdSource;
  /** "Today", for warnings about overdue reviews; defaults to the current date. */
  now?: Date;
}

const manifestKeys = keysFromSchema(manifestSchema);

function fail(errors: ManifestIssue[], warnings: ManifestIssue[] = []): ParseManifestResult {
  return { ok: false, errors, warnings };
}

function rootError(code: string, expected: string, found: string): ManifestIssue {
  return { path: ROOT, code, expected, found, message: `${ROOT}: expected ${expected}; found ${found}.`, severity: 'error' };
}

/** Checks the declared schema version before anything else, so a newer manifest gets one clear message. */
function checkSchemaVersion(value: Record<string, unknown>): ManifestIssue | undefined {
  const declared = value.schemaVersion;
  if (typeof declared !== 'string') return undefined; // reported by the schema
  const match = /^(\d+)\.(\d+)$/.exec(declared);
  if (!match) return undefined;
  const major = Number(match[1]);
  if (major > MANIFEST_SCHEMA_MAJOR) {
    return ruleIssue(
      'schemaVersion',
      'schema-version-supported',
      `This manifest uses schema version ${declared}, which is newer than this version of Candour understands (${MANIFEST_SCHEMA_MAJOR}.x). Upgrade @candour/core, or write the manifest for schema ${MANIFEST_SCHEMA_VERSION}.`,
      `a schema version ${MANIFEST_SCHEMA_MAJOR}.x`,
      quote(declared),
    );
  }
  if (major < MANIFEST_SCHEMA_MAJOR) {
    return ruleIssue(
      'schemaVersion',
      'schema-version-supported',
      `Schema version ${declared} is older than any this version of Candour reads.`,
      `a schema version ${MANIFEST_SCHEMA_MAJOR}.x`,
      quote(declared),
    );
  }
  return undefined;
}

/**
 * Validates a parsed JSON value as a `candour.json` manifest. Never throws:
 * any input, however malformed or hostile, gives a result.
 */
export function parseManifest(value: unknown, options: ParseManifestOptions = {}): ParseManifestResult {
  try {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      return fail([rootError('invalid_type', 'a JSON object: the manifest', describeValue(value))]);
    }
    const versionError = checkSchemaVersion(value as Record<string, unknown>);
    if (versionError) return fail([versionError]);

    const result = manifestSchema.safeParse(value, { reportInput: true });
    if (!result.success) {
      return fail(toIssues(result.error.issues, value, manifestKeys));
    }
    const manifest = result.data;
    const linkErrors = checkFrameworkLinks(manifest, options.frameworks);
    const warnings = manifestWarnings(manifest, options.now ?? new Date());
    if (linkErrors.length) return fail(linkErrors, warnings);
    return { ok: true, manifest, warnings };
  } catch (error) {
    // A guard, not a path we expect: a getter or proxy in the input could still throw.
    return fail([rootError('unreadable', 'a plain JSON value', `a value that could not be read (${error instanceof Error ? error.message : String(error)})`)]);
  }
}

/** Where a JSON syntax error is, as line and column. */
function locate(text: string): string {
  const offset = jsonErrorOffset(text);
  const { line, column } = lineColumn(text, offset < 0 ? text.length : offset);
  return `line ${line}, column ${column}`;
}

/** Parses JSON text and validates it. A syntax error is reported with its line and column. */
export function parseManifestJson(text: string, options: ParseManifestOptions = {}): ParseManifestResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return fail([
      rootError('invalid_json', 'valid JSON', `a JSON syntax error at ${locate(body)}`),
    ]);
  }
  return parseManifest(value, options);
}

export { formatPath, nearestId };
