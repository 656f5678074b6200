/**
 * Schema of a framework pack and of a crosswalk pack.
 *
 * A pack is data, not code: a JSON file that records a published framework (the Oxford
 * Project's co-produced guidance, the Tech Suppliers' Pledge, CQC's AI principles, ...)
 * item by item, each item carrying where its words come from.
 *
 * Provenance, in one paragraph:
 * - Quoted framework words are data with a provenance; everything else (pack descriptions,
 *   item `note`s, provenance notes) is Candour's own words and never framework text.
 * - `provenance` describes the item's words. By default it covers both `title` and `text`.
 * - When the title and the body text come from different places, or the title is known but
 *   the body is not (a pledge heading whose promise text is unavailable), the item also has
 *   `titleProvenance`; then `titleProvenance` covers `title` and `provenance` covers `text` only.
 * - status `verbatim`: the words are copied exactly from the cited source, which is required.
 *   `partial` says when the source's wording was cut (`truncated`: it stops before the source
 *   does; `elided`: a middle part was left out, marked "…" in the text; `fragment`: a phrase
 *   lifted from a longer sentence).
 * - status `paraphrase`: the words are a summary or a label, not official wording.
 * - status `missing`: the words exist in the framework but are not available to us; the field
 *   they would fill is absent (a missing text never has a stand-in).
 *
 * Structural rules the shapes alone cannot state are enforced by `superRefine` checks below
 * (ids unique, references resolve, provenance consistent), each reported at the exact path.
 */
import * as z from 'zod/mini';

// ---------------------------------------------------------------------------------------
// Small building blocks
// ---------------------------------------------------------------------------------------

/** Semantic Versioning 2.0.0 (https://semver.org), e.g. `1.2.0` or `2.0.0-rc.1`. */
export const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Pack ids: lower-case words joined by `-` or `.`, e.g. `oxford-guidance`. */
export const PACK_ID_PATTERN = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?$/;

/** Item ids: lower-case letters, digits, `.`, `-`, `_`; never `#` (it separates pack and item in a ref). */
export const ITEM_ID_PATTERN = /^[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;

/** An item reference: `<packId>#<itemId>`, e.g. `oxford-guidance#ics.providers.3`. */
export const ITEM_REF_PATTERN = /^[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?#[a-z0-9](?:[a-z0-9._-]*[a-z0-9])?$/;

/**
 * A manifest field path used as evidence in a crosswalk, e.g. `supplier.pledge.signed` or
 * `features[].record.oversight.model` (`[]` = every element; `[2]` or `[*]` also accepted).
 */
export const EVIDENCE_PATH_PATTERN =
  /^[A-Za-z_$][\w$]*(?:\[(?:\d+|\*)?\])*(?:\.[A-Za-z_$][\w$]*(?:\[(?:\d+|\*)?\])*)*$/;

const nonEmpty = () => z.string().check(z.minLength(1), z.regex(/\S/, 'some text, not only spaces'));

const text = () =>
  z.string().check(
    z.minLength(1),
    z.refine((s) => s.trim() === s, 'text that does not start or end with spaces (quoted text is stored exactly)'),
  );

const url = () =>
  z.string().check(z.regex(/^https?:\/\/[^\s]+$/, 'a web address starting with https:// or http://'));

const semver = () =>
  z.string().check(z.regex(SEMVER_PATTERN, 'a semantic version such as "1.0.0" (major.minor.patch)'));

const packId = () =>
  z.string().check(
    z.regex(PACK_ID_PATTERN, 'a pack id of lower-case letters and digits joined by "-" or ".", e.g. "oxford-guidance"'),
  );

const itemId = () =>
  z.string().check(
    z.regex(ITEM_ID_PATTERN, 'an item id of lower-case letters, digits, ".", "-" or "_" (no spaces, no "#"), e.g. "ics.providers.3"'),
  );

const itemRef = () =>
  z.string().check(
    z.regex(ITEM_REF_PATTERN, 'an item reference "<packId>#<itemId>", e.g. "oxford-guidance#ics.providers.3"'),
  );

// ---------------------------------------------------------------------------------------
// Provenance
// ---------------------------------------------------------------------------------------

/** Where quoted words come from: a public web page. */
export const urlSourceSchema = z.strictObject({
  kind: z.literal('url'),
  /** The page the words were copied from. */
  url: url().check(z.describe('The page the words were copied from.')),
  /** Candour's words: which part of the page, who is quoted, dates. */
  note: z.optional(nonEmpty().check(z.describe("The pack author's words: which part of the page, who is quoted, dates."))),
});

/**
 * Where quoted words come from: the project's seed document (a working copy of the
 * framework material), not a public page. `cites` is the address the seed gives for the
 * words; Candour has not been able to check the words against it.
 */
export const seedSourceSchema = z.strictObject({
  kind: z.literal('seed'),
  /** Candour's words: names the seed file and, where it gives one, the source it cites. */
  note: nonEmpty().check(z.describe('Names the seed file and section.')),
  /** The address the seed document cites for these words (not itself checked). */
  cites: z.optional(url().check(z.describe('The address the seed document cites for these words (not itself checked).'))),
});

export const sourceSchema = z
  .discriminatedUnion('kind', [urlSourceSchema, seedSourceSchema])
  .check(z.describe('Where the words come from: a web page ("url") or the project seed document ("seed").'));

export const provenanceStatusSchema = z.enum(['verbatim', 'paraphrase', 'missing']);

/** How a verbatim quotation was cut, if it was. */
export const partialSchema = z.enum(['truncated', 'elided', 'fragment']);

export const provenanceSchema = z.strictObject({
  status: provenanceStatusSchema.check(
    z.describe(
      'verbatim: copied exactly from the source (source required); paraphrase: a summary or label, not official wording; missing: the words exist but are not available, so the field is absent.',
    ),
  ),
  /** Required when status is `verbatim`; for `missing` it may say where the words should be. */
  source: z.optional(sourceSchema),
  /** Set when only part of the source's wording is stored; say how in `note`. */
  partial: z.optional(
    partialSchema.check(
      z.describe('Only part of the wording is stored. truncated: it stops before the source does; elided: a middle part is left out and marked "…"; fragment: a phrase from a longer sentence.'),
    ),
  ),
  /** Candour's words about this provenance: gaps, caveats, checks still to do. */
  note: z.optional(nonEmpty()),
});

// ---------------------------------------------------------------------------------------
// Framework pack
// ---------------------------------------------------------------------------------------

/**
 * Item types. `statement` = an "I"/"We" statement of the guidance grid (it names its
 * `perspective` and `domain`); `commitment` = a pledge commitment; `note` = a quoted remark
 * about the framework itself (e.g. that the pledge is not an accreditation); `method` = a
 * method the framework uses (e.g. the FAIR model).
 */
export const itemTypeSchema = z.enum([
  'perspective',
  'domain',
  'statement',
  'commitment',
  'value',
  'definition',
  'principle',
  'regulation',
  'use',
  'vision',
  'mission',
  'method',
  'note',
]);

export const voiceSchema = z.enum(['I', 'We']);

export const frameworkItemSchema = z.strictObject({
  /** Stable: never changes once published; unique within the pack. */
  id: itemId().check(z.describe('Stable id, unique within the pack; never changes once published.')),
  type: itemTypeSchema,
  /** Heading or name. Covered by `titleProvenance` if present, else by `provenance`. */
  title: z.optional(text().check(z.describe('Heading or name. Covered by titleProvenance if present, else by provenance.'))),
  /** Body text. Covered by `provenance`. Absent when the text is missing. */
  text: z.optional(text().check(z.describe('Body text, covered by provenance. Absent when the text is missing.'))),
  /** Id of the parent item in this pack (e.g. pledge commitment `2a` has parent `2`). */
  parent: z.optional(itemId()),
  /** For statements: id of an item of type `perspective` in this pack. */
  perspective: z.optional(itemId()),
  /** For statements: id of an item of type `domain` in this pack. */
  domain: z.optional(itemId()),
  /** For perspectives: the grammatical voice of their statements. */
  voice: z.optional(voiceSchema),
  /** Position in the source, to keep source order. */
  order: z.number().check(z.int(), z.gte(0), z.describe('Position in the source; items sort by it.')),
  /** For ethical principles: adjacent principles, words from the same source as the title. */
  adjacent: z.optional(z.array(text())),
  provenance: provenanceSchema.check(
    z.describe('Where the words of this item come from: title and text, or the text only when titleProvenance is given.'),
  ),
  /** Provenance of `title` when it differs from that of `text` (see the file comment). */
  titleProvenance: z.optional(
    provenanceSchema.check(z.describe('Provenance of the title, when it differs from that of the text; then provenance covers the text only.')),
  ),
  /** Candour's words about the item; never framework text. */
  note: z.optional(nonEmpty().check(z.describe("The pack author's words about the item; never framework text."))),
});

const frameworkPackShape = z.strictObject({
  $schema: z.optional(z.string()),
  /** Stable pack id, e.g. `oxford-guidance`. */
  id: packId(),
  /** Semver. Major bumps when an item id is removed or an item's meaning changes. */
  version: semver().check(z.describe("Semantic version of the pack; the major number goes up when an item id is removed or an item's meaning changes.")),
  title: nonEmpty(),
  /** Who wrote the framework (not who wrote this pack). */
  publisher: nonEmpty(),
  /** Canonical address of the framework, if it has one. */
  url: z.optional(url()),
  /** Candour's words: what the framework is and what this pack does and does not hold. */
  description: nonEmpty().check(z.describe("The pack author's words: what the framework is and what this pack holds and lacks.")),
  kind: z.literal('framework'),
  items: z.array(frameworkItemSchema),
});

type FrameworkItemShape = z.output<typeof frameworkItemSchema>;
type ProvenanceShape = z.output<typeof provenanceSchema>;
type Issue = { message: string; path: PropertyKey[]; input: unknown };

function checkProvenance(
  prov: ProvenanceShape,
  fields: { title?: string | undefined; text?: string | undefined },
  governs: 'title' | 'text' | 'both',
  at: PropertyKey[],
  add: (issue: Issue) => void,
): void {
  const words =
    governs === 'title' ? fields.title : governs === 'text' ? fields.text : (fields.text ?? fields.title);
  const what = governs === 'both' ? '"text" (or, for a heading-only item, "title")' : `"${governs}"`;
  if (prov.status === 'verbatim') {
    if (!prov.source)
      add({
        path: [...at, 'source'],
        message: `a verbatim quotation needs a "source" saying where the words were copied from; found none`,
        input: prov,
      });
    if (words === undefined)
      add({
        path: [...at.slice(0, -1), governs === 'title' ? 'title' : 'text'],
        message: `status is "verbatim" but there is no ${what} to quote; add the words, or use status "missing" if they are not available`,
        input: undefined,
      });
  } else if (prov.status === 'paraphrase') {
    if (words === undefined)
      add({
        path: [...at.slice(0, -1), governs === 'title' ? 'title' : 'text'],
        message: `status is "paraphrase" but there is no ${what}; add the paraphrase, or use status "missing"`,
        input: undefined,
      });
  } else {
    // missing: the words it covers must be absent
    if (governs !== 'title' && fields.text !== undefined)
      add({
        path: [...at.slice(0, -1), 'text'],
        message: `status is "missing" but the item has "text"; remove the text, or give its real provenance ("verbatim" with a source, or "paraphrase")`,
        input: fields.text,
      });
    if (governs === 'title' && fields.title !== undefined)
      add({
        path: [...at.slice(0, -1), 'title'],
        message: `"titleProvenance" says the title is missing but a "title" is given; remove one of them`,
        input: fields.title,
      });
    if (governs === 'both' && fields.title !== undefined)
      add({
        path: [...at.slice(0, -1), 'titleProvenance'],
        message: `the item's text is missing but it has a "title": say where the title comes from in "titleProvenance"`,
        input: undefined,
      });
    if (prov.partial !== undefined)
      add({
        path: [...at, 'partial'],
        message: `"partial" describes a cut quotation, but status is "missing"; remove "partial"`,
        input: prov.partial,
      });
  }
}

function checkItems(items: readonly FrameworkItemShape[], add: (issue: Issue) => void): void {
  const firstIndex = new Map<string, number>();
  items.forEach((item, i) => {
    const seen = firstIndex.get(item.id);
    if (seen !== undefined)
      add({
        path: ['items', i, 'id'],
        message: `duplicate id "${item.id}": items[${seen}] already uses it; ids must be unique within a pack`,
        input: item.id,
      });
    else firstIndex.set(item.id, i);
  });
  const byId = new Map<string, FrameworkItemShape>();
  for (const item of items) if (!byId.has(item.id)) byId.set(item.id, item);

  const ref = (i: number, field: 'parent' | 'perspective' | 'domain', type?: 'perspective' | 'domain') => {
    const item = items[i];
    const target = item?.[field];
    if (item === undefined || target === undefined) return;
    const found = byId.get(target);
    if (!found) {
      add({
        path: ['items', i, field],
        message: `"${field}" refers to "${target}", which is not an item of this pack${type ? ` (expected the id of a ${type})` : ''}`,
        input: target,
      });
    } else if (type && found.type !== type) {
      add({
        path: ['items', i, field],
        message: `"${field}" refers to "${target}", which is a ${found.type}; expected the id of a ${type}`,
        input: target,
      });
    } else if (field === 'parent' && target === item.id) {
      add({ path: ['items', i, field], message: `an item cannot be its own parent`, input: target });
    }
  };

  items.forEach((item, i) => {
    ref(i, 'parent');
    ref(i, 'perspective', 'perspective');
    ref(i, 'domain', 'domain');

    // parent chains must end (no cycles)
    if (item.parent !== undefined && item.parent !== item.id) {
      const visited = new Set<string>([item.id]);
      let cur = byId.get(item.parent);
      while (cur) {
        if (visited.has(cur.id)) {
          add({
            path: ['items', i, 'parent'],
            message: `parents form a loop through "${cur.id}"; each chain of parents must end at an item without one`,
            input: item.parent,
          });
          break;
        }
        visited.add(cur.id);
        cur = cur.parent === undefined ? undefined : byId.get(cur.parent);
      }
    }

    // a statement's voice must agree with its perspective's
    if (item.voice && item.perspective) {
      const p = byId.get(item.perspective);
      if (p?.voice && p.voice !== item.voice)
        add({
          path: ['items', i, 'voice'],
          message: `voice is "${item.voice}" but perspective "${p.id}" speaks as "${p.voice}"`,
          input: item.voice,
        });
    }

    const fields = { title: item.title, text: item.text };
    if (item.titleProvenance) {
      if (item.title === undefined && item.titleProvenance.status !== 'missing')
        add({
          path: ['items', i, 'title'],
          message: `"titleProvenance" is "${item.titleProvenance.status}" but there is no "title"`,
          input: undefined,
        });
      checkProvenance(item.titleProvenance, fields, 'title', ['items', i, 'titleProvenance'], add);
      checkProvenance(item.provenance, fields, 'text', ['items', i, 'provenance'], add);
    } else {
      checkProvenance(item.provenance, fields, 'both', ['items', i, 'provenance'], add);
    }
  });
}

/** A framework pack: a framework's items with their provenance. */
export const frameworkPackSchema = frameworkPackShape.check(
  z.superRefine((pack, ctx) => {
    checkItems(pack.items, (issue) => ctx.addIssue({ code: 'custom', ...issue, params: { sentence: true } }));
  }),
);

// ---------------------------------------------------------------------------------------
// Crosswalk pack
// ---------------------------------------------------------------------------------------

export const crosswalkEvidenceSchema = z.strictObject({
  /** A manifest field path, e.g. `features[].record.oversight.model`. */
  path: z.string().check(
    z.regex(
      EVIDENCE_PATH_PATTERN,
      'a manifest field path such as "supplier.pledge.signed" or "features[].record.oversight.model"',
    ),
  ),
  /** Candour's words: why this field is evidence for the link. */
  why: nonEmpty(),
});

export const crosswalkLinkSchema = z.strictObject({
  /** Stable id of the link, unique within the crosswalk. */
  id: itemId(),
  /** The item the link starts from, `<packId>#<itemId>`. */
  from: itemRef(),
  /** The items it is related to. */
  to: z.array(itemRef()).check(z.minLength(1, 'at least one item reference')),
  /** Manifest fields that show the link in practice. */
  evidence: z.optional(z.array(crosswalkEvidenceSchema)),
  /** Candour's words. */
  note: z.optional(nonEmpty()),
});

const crosswalkPackShape = z.strictObject({
  $schema: z.optional(z.string()),
  id: packId(),
  version: semver(),
  title: nonEmpty(),
  kind: z.literal('crosswalk'),
  /** Who made the mapping (for Candour's own crosswalk: "Candour"). It is not framework text. */
  authoredBy: nonEmpty(),
  /** Must say plainly that this is the author's own mapping, not part of any framework. */
  description: nonEmpty().check(z.describe("Says plainly that this is the author's own mapping, not part of any framework.")),
  links: z.array(crosswalkLinkSchema),
});

/** A crosswalk pack: the author's own mapping between items of framework packs. */
export const crosswalkPackSchema = crosswalkPackShape.check(
  z.superRefine((pack, ctx) => {
    const first = new Map<string, number>();
    pack.links.forEach((link, i) => {
      const seen = first.get(link.id);
      if (seen !== undefined)
        ctx.addIssue({
          code: 'custom',
          params: { sentence: true },
          path: ['links', i, 'id'],
          message: `duplicate link id "${link.id}": links[${seen}] already uses it; link ids must be unique within a crosswalk`,
          input: link.id,
        });
      else first.set(link.id, i);
      link.to.forEach((to, j) => {
        if (to === link.from)
          ctx.addIssue({
            code: 'custom',
            params: { sentence: true },
            path: ['links', i, 'to', j],
            message: `a link cannot point to the item it starts from ("${to}")`,
            input: to,
          });
        if (link.to.indexOf(to) !== j)
          ctx.addIssue({
            code: 'custom',
            params: { sentence: true },
            path: ['links', i, 'to', j],
            message: `"${to}" is listed twice in "to"`,
            input: to,
          });
      });
    });
  }),
);

/** Either kind of pack, told apart by `kind`. Used for the JSON Schema of pack files. */
export const anyPackSchema = z.discriminatedUnion('kind', [frameworkPackSchema, crosswalkPackSchema]);

// ---------------------------------------------------------------------------------------
// Types (inferred, never written twice)
// ---------------------------------------------------------------------------------------

export type UrlSource = z.output<typeof urlSourceSchema>;
export type SeedSource = z.output<typeof seedSourceSchema>;
export type Source = z.output<typeof sourceSchema>;
export type ProvenanceStatus = z.output<typeof provenanceStatusSchema>;
export type PartialQuote = z.output<typeof partialSchema>;
export type Provenance = z.output<typeof provenanceSchema>;
export type ItemType = z.output<typeof itemTypeSchema>;
export type Voice = z.output<typeof voiceSchema>;
export type FrameworkItem = z.output<typeof frameworkItemSchema>;
export type FrameworkPack = z.output<typeof frameworkPackSchema>;
export type CrosswalkEvidence = z.output<typeof crosswalkEvidenceSchema>;
export type CrosswalkLink = z.output<typeof crosswalkLinkSchema>;
export type CrosswalkPack = z.output<typeof crosswalkPackSchema>;
export type AnyPack = z.output<typeof anyPackSchema>;

/** Keys allowed at each level of a pack, for "did you mean" hints on unknown keys. */
export const packKeys = {
  framework: Object.keys(frameworkPackShape.def.shape),
  crosswalk: Object.keys(crosswalkPackShape.def.shape),
  item: Object.keys(frameworkItemSchema.def.shape),
  provenance: Object.keys(provenanceSchema.def.shape),
  urlSource: Object.keys(urlSourceSchema.def.shape),
  seedSource: Object.keys(seedSourceSchema.def.shape),
  link: Object.keys(crosswalkLinkSchema.def.shape),
  evidence: Object.keys(crosswalkEvidenceSchema.def.shape),
} as const;
