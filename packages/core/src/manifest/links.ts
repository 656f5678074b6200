/**
 * Links from a manifest to the frameworks, by id. An unknown id is an error
 * that names the nearest real id, so a typo cannot silently claim nothing.
 */
import type { Manifest } from './schema';
import { ruleIssue, quote, formatPath, type ManifestIssue } from '../issues';
import { nearestId } from '../frameworks/nearest';
import { getDefaultRegistry, type FrameworkRegistry } from '../frameworks/registry';

/** Which ids a manifest may link to, per pack. A registry of loaded packs is one. */
export interface FrameworkIdSource {
  /** Ids a manifest may cite in a pack: the item exists and its text is not missing. */
  linkableIds(packId: string): readonly string[];
  /** Every id in a pack, including placeholders for text that is not available. */
  allIds(packId: string): readonly string[];
}

export function idSourceFromRegistry(registry: FrameworkRegistry): FrameworkIdSource {
  return {
    linkableIds: (packId) =>
      registry
        .items(packId)
        .filter((item) => item.provenance.status !== 'missing' || item.title !== undefined)
        .map((item) => item.id),
    allIds: (packId) => registry.items(packId).map((item) => item.id),
  };
}

/** The manifest fields that cite framework ids, and the pack each cites. */
const LINK_FIELDS = [
  { field: 'uses', pack: 'ai-uses', what: 'a use of AI in social care' },
  { field: 'statements', pack: 'oxford-guidance', what: 'a statement of the co-produced guidance' },
  { field: 'pledge', pack: 'tech-pledge', what: 'a commitment of the Technology Suppliers\u2019 Pledge' },
  { field: 'cqc', pack: 'cqc-ai', what: 'a CQC AI principle or regulation' },
] as const;

function checkId(
  source: FrameworkIdSource,
  pack: string,
  what: string,
  id: string,
  path: (string | number)[],
): ManifestIssue | undefined {
  const linkable = source.linkableIds(pack);
  if (linkable.includes(id)) return undefined;
  const where = formatPath(path);
  if (source.allIds(pack).includes(id)) {
    return ruleIssue(
      where,
      'framework-text-available',
      `${quote(id)} in pack ${pack} stands for text that is not available yet, so nothing can be shown to have met it.`,
      `${what} whose text is known`,
      quote(id),
    );
  }
  const guess = nearestId(id, linkable);
  return {
    path: where,
    code: 'unknown_framework_id',
    expected: `${what} (an id in pack ${pack})${guess ? `; did you mean ${quote(guess)}?` : ''}`,
    found: `the unknown id ${quote(id)}`,
    message: `${where}: ${quote(id)} is not ${what} in pack ${pack}.${guess ? ` Did you mean ${quote(guess)}?` : ''}`,
    severity: 'error',
  };
}

let defaultSource: FrameworkIdSource | undefined;

export function checkFrameworkLinks(manifest: Manifest, source?: FrameworkIdSource): ManifestIssue[] {
  const ids = source ?? (defaultSource ??= idSourceFromRegistry(getDefaultRegistry()));
  const out: ManifestIssue[] = [];
  manifest.features.forEach((feature, i) => {
    for (const { field, pack, what } of LINK_FIELDS) {
      (feature.framework[field] ?? []).forEach((id, j) => {
        const problem = checkId(ids, pack, what, id, ['features', i, 'framework', field, j]);
        if (problem) out.push(problem);
      });
    }
  });
  (manifest.supplier.pledge.commitments ?? []).forEach((c, j) => {
    const problem = checkId(ids, 'tech-pledge', 'a commitment of the Technology Suppliers\u2019 Pledge', c.id, ['supplier', 'pledge', 'commitments', j, 'id']);
    if (problem) out.push(problem);
  });
  return out;
}
