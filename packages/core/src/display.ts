/**
 * `@candour/core/display`: what the browser elements need to read a manifest,
 * without the full record schema or the framework packs. It checks the layers
 * people see (label, notice, purposes) with the same schemas the full
 * validator uses, and keeps going when one feature is broken: that feature
 * gets a fallback, the others still show. Validate the full manifest with
 * `parseManifest` in CI or with `candour validate`.
 */
import * as z from 'zod/mini';
import { label, notice, purpose } from './manifest/layers';
import { contact, httpsUrl, localisedText, name, slug } from './manifest/primitives';
import { toIssues, keysFromSchema, describeValue, ROOT, type ManifestIssue } from './issues';
import { MANIFEST_SCHEMA_MAJOR } from './manifest/version';

export { BASE_LOCALE } from './manifest/primitives';
export type { LocalisedText, Contact } from './manifest/primitives';
export type { Audience, Label, Notice, NoticeContent, PersonNotice, EasyReadNotice, Purpose, ConsentModel, Involvement, HumanReviewPractice, NoticeSectionKey } from './manifest/layers';
export { noticeSectionKeys } from './manifest/layers';
export type { ManifestIssue } from './issues';

const displayFeature = z.looseObject({
  id: slug,
  name: localisedText,
  version: z.optional(z.string()),
  noticeVersion: z.optional(z.string().check(z.regex(/^\d+\.\d+$/, { error: 'a notice version written major.minor, such as "2.1"' }))),
  label,
  notice,
  purposes: z.array(purpose),
});
export type DisplayFeature = z.infer<typeof displayFeature>;

const displayEnvelope = z.looseObject({
  schemaVersion: z.string(),
  supplier: z.looseObject({
    name,
    website: httpsUrl,
    contacts: z.looseObject({ general: contact, dataProtection: z.optional(contact), aiConcerns: z.optional(contact) }),
  }),
  product: z.looseObject({ name }),
  features: z.array(z.unknown()),
});

export interface DisplayManifest {
  supplier: z.infer<typeof displayEnvelope>['supplier'];
  product: z.infer<typeof displayEnvelope>['product'];
  /** Features whose visible layers are valid, by id. */
  features: ReadonlyMap<string, DisplayFeature>;
  /** Features that could not be read, by id where one could be found, with what is wrong. */
  brokenFeatures: ReadonlyMap<string, ManifestIssue[]>;
}

export type ReadDisplayResult =
  | { ok: true; manifest: DisplayManifest; issues: ManifestIssue[] }
  | { ok: false; issues: ManifestIssue[] };

function prefix(issues: ManifestIssue[], index: number): ManifestIssue[] {
  return issues.map((i) => {
    const path = i.path === ROOT ? `features[${index}]` : `features[${index}].${i.path}`;
    return { ...i, path, message: i.message.replace(/^[^:]*:/, `${path}:`) };
  });
}

/**
 * Reads the visible layers of a manifest. Never throws. `ok: false` only when
 * the supplier and product cannot be read at all; a broken feature is listed
 * in `brokenFeatures` and the rest are usable.
 */
export function readDisplayManifest(value: unknown): ReadDisplayResult {
  try {
    const envelope = displayEnvelope.safeParse(value, { reportInput: true });
    if (!envelope.success) return { ok: false, issues: toIssues(envelope.error.issues, value, keysFromSchema(displayEnvelope)) };
    const major = Number(/^(\d+)\./.exec(envelope.data.schemaVersion)?.[1]);
    if (!(major === MANIFEST_SCHEMA_MAJOR)) {
      const found = describeValue(envelope.data.schemaVersion);
      const expected = `schema version ${MANIFEST_SCHEMA_MAJOR}.x`;
      return { ok: false, issues: [{ path: 'schemaVersion', code: 'rule:schema-version-supported', expected, found, message: `schemaVersion: expected ${expected}; found ${found}.`, severity: 'error' }] };
    }
    const features = new Map<string, DisplayFeature>();
    const broken = new Map<string, ManifestIssue[]>();
    const issues: ManifestIssue[] = [];
    envelope.data.features.forEach((raw, index) => {
      const parsed = displayFeature.safeParse(raw, { reportInput: true });
      if (parsed.success) {
        if (features.has(parsed.data.id)) {
          const dup = prefix([{ path: 'id', code: 'rule:unique-feature-ids', expected: 'an id not used by another feature', found: `"${parsed.data.id}", already used`, message: 'id: duplicate feature id', severity: 'error' }], index);
          issues.push(...dup);
        } else features.set(parsed.data.id, parsed.data);
        return;
      }
      const featureIssues = prefix(toIssues(parsed.error.issues, raw, keysFromSchema(displayFeature)), index);
      issues.push(...featureIssues);
      const id = raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string' ? (raw as { id: string }).id : `#${index}`;
      broken.set(id, featureIssues);
    });
    return {
      ok: true,
      manifest: { supplier: envelope.data.supplier, product: envelope.data.product, features, brokenFeatures: broken },
      issues,
    };
  } catch (error) {
    const found = `a value that could not be read (${error instanceof Error ? error.message : String(error)})`;
    return { ok: false, issues: [{ path: ROOT, code: 'unreadable', expected: 'a plain JSON value', found, message: `${ROOT}: expected a plain JSON value; found ${found}.`, severity: 'error' }] };
  }
}

export { localise, noticeFor, type ReadingLevel } from './read';
