/**
 * `@candour/core/frameworks`: framework packs (the Oxford Project's co-produced guidance,
 * the Tech Suppliers' Pledge, the shared definition of responsible AI, the ethical
 * principles, CQC's AI principles, SSSC's principles, uses of AI in social care), their
 * schema, and a registry to look items up and load newer or fuller packs.
 *
 * Quoted framework text is data with its provenance; see `./frameworks/pack-schema`.
 */
export {
  bundledPackIds,
  bundledPacks,
  compareVersions,
  createFrameworkRegistry,
  formatRef,
  FrameworkPackError,
  getDefaultRegistry,
  GUIDANCE_PACK_ID,
  parsePack,
  parseRef,
} from './frameworks/registry';
export type {
  BundledPackId,
  CrosswalkMatch,
  FrameworkRegistry,
  ItemFilter,
  LoadAllResult,
  LoadOptions,
  LoadResult,
  PackError,
  ParsePackResult,
  StatementFilter,
} from './frameworks/registry';
export {
  anyPackSchema,
  crosswalkEvidenceSchema,
  crosswalkLinkSchema,
  crosswalkPackSchema,
  EVIDENCE_PATH_PATTERN,
  frameworkItemSchema,
  frameworkPackSchema,
  ITEM_ID_PATTERN,
  ITEM_REF_PATTERN,
  itemTypeSchema,
  PACK_ID_PATTERN,
  partialSchema,
  provenanceSchema,
  provenanceStatusSchema,
  SEMVER_PATTERN,
  seedSourceSchema,
  sourceSchema,
  urlSourceSchema,
  voiceSchema,
} from './frameworks/pack-schema';
export type {
  AnyPack,
  CrosswalkEvidence,
  CrosswalkLink,
  CrosswalkPack,
  FrameworkItem,
  FrameworkPack,
  ItemType,
  PartialQuote,
  Provenance,
  ProvenanceStatus,
  SeedSource,
  Source,
  UrlSource,
  Voice,
} from './frameworks/pack-schema';
export { formatIssues, formatPath, ROOT } from './frameworks/issues';
export type { FormatIssuesOptions, ValidationError } from './frameworks/issues';
export type { KeysAt } from './issues';
export { editDistance, nearestId } from './frameworks/nearest';
