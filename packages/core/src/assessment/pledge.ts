/**
 * `assessPledge`: for each commitment of the Technology Suppliers' Pledge,
 * what the manifest shows. The verdicts come from Candour's crosswalk (our own
 * mapping, loaded as data), never from the pledge's authors, and the pledge
 * itself is not an accreditation: the result says both.
 */
import type { Manifest } from '../manifest/schema';
import type { LocalisedText } from '../manifest/primitives';
import { getDefaultRegistry, formatRef, type FrameworkRegistry } from '../frameworks/registry';
import { readEvidence, type EvidenceReading } from './evidence';

export const PLEDGE_PACK_ID = 'tech-pledge';

export type PledgeVerdict = 'evidenced' | 'partial' | 'no-evidence';

export interface EvidenceItem extends EvidenceReading {
  /** Why this field is evidence, from the crosswalk. */
  why: string;
}

export interface CommitmentAssessment {
  /** Commitment id in the pledge pack, e.g. "2b". */
  id: string;
  /** The commitment's heading, as the pledge gives it. */
  title: string;
  /** For 2a–2d: the commitment they belong to. */
  parent?: string;
  verdict: PledgeVerdict;
  /** The manifest fields behind the verdict. */
  evidence: EvidenceItem[];
  /** Features whose framework links claim this commitment. */
  claimedBy: string[];
  /** The supplier's own statement for this commitment, if it gave one. */
  supplierStatement?: { evidence: LocalisedText; url?: string };
  /** What to add to the manifest to strengthen the evidence, in words. */
  toAdd: string[];
  /** Related items of other frameworks, as references ("cqc-ai#cqc.3"). */
  relatedTo: string[];
}

export interface PledgeAssessment {
  supplier: string;
  signed: boolean;
  signedOn?: string;
  /** Said plainly, every time. */
  disclaimer: string;
  /** Which crosswalk the verdicts come from, and its version. */
  basis: { crosswalk: string; version: string }[];
  commitments: CommitmentAssessment[];
  totals: Record<PledgeVerdict, number>;
}

export const PLEDGE_DISCLAIMER =
  'The Technology Suppliers\u2019 Pledge is voluntary and is not a formal accreditation. This assessment is Candour\u2019s reading of what this manifest discloses, using Candour\u2019s own mapping from each commitment to manifest fields; it is not a certification by the pledge\u2019s authors or by anyone else.';

function verdictOf(evidence: readonly EvidenceReading[]): PledgeVerdict {
  if (evidence.length === 0 || !evidence.some((e) => e.any)) return 'no-evidence';
  return evidence.every((e) => e.complete) ? 'evidenced' : 'partial';
}

function advice(e: EvidenceItem): string {
  if (e.scope === 'manifest') return `Fill in ${e.path}: it ${e.why}.`;
  const fields = e.path.replace(/^features\[\]\./, '');
  return `Fill in ${fields} for ${e.missingIn.join(', ')}: it ${e.why}.`;
}

export interface AssessOptions {
  registry?: FrameworkRegistry;
}

export function assessPledge(manifest: Manifest, options: AssessOptions = {}): PledgeAssessment {
  const registry = options.registry ?? getDefaultRegistry();
  const commitments = registry.items(PLEDGE_PACK_ID, { type: 'commitment' });
  const usedCrosswalks = new Map<string, string>();

  const results: CommitmentAssessment[] = commitments.map((item) => {
    const ref = formatRef(PLEDGE_PACK_ID, item.id);
    const evidence: EvidenceItem[] = [];
    const relatedTo = new Set<string>();
    for (const { crosswalk, link } of registry.crosswalkFrom(ref)) {
      usedCrosswalks.set(crosswalk.id, crosswalk.version);
      for (const to of link.to) relatedTo.add(to);
      for (const e of link.evidence ?? []) {
        if (!evidence.some((x) => x.path === e.path)) evidence.push({ ...readEvidence(manifest, e.path), why: e.why });
      }
    }
    const claimedBy = manifest.features.filter((f) => f.framework.pledge?.includes(item.id)).map((f) => f.id);
    const statement = manifest.supplier.pledge.commitments?.find((c) => c.id === item.id);
    return {
      id: item.id,
      title: item.title ?? item.id,
      ...(item.parent ? { parent: item.parent } : {}),
      verdict: verdictOf(evidence),
      evidence,
      claimedBy,
      ...(statement ? { supplierStatement: { evidence: statement.evidence, ...(statement.url ? { url: statement.url } : {}) } } : {}),
      toAdd: evidence.filter((e) => !e.complete).map(advice),
      relatedTo: [...relatedTo],
    };
  });

  // A commitment with parts (2 and 2a–2d) is evidenced only when its parts are.
  for (const parent of results) {
    const parts = results.filter((r) => r.parent === parent.id);
    if (parts.length === 0) continue;
    const verdicts = [parent.verdict, ...parts.map((p) => p.verdict)];
    if (verdicts.every((v) => v === 'evidenced')) parent.verdict = 'evidenced';
    else if (verdicts.every((v) => v === 'no-evidence')) parent.verdict = 'no-evidence';
    else parent.verdict = 'partial';
    for (const p of parts) if (p.verdict !== 'evidenced') parent.toAdd.push(`Strengthen ${p.id} (${p.title}).`);
  }

  const totals: Record<PledgeVerdict, number> = { evidenced: 0, partial: 0, 'no-evidence': 0 };
  for (const r of results) totals[r.verdict]++;
  const { signed, signedOn } = manifest.supplier.pledge;
  return {
    supplier: manifest.supplier.name,
    signed,
    ...(signedOn ? { signedOn } : {}),
    disclaimer: PLEDGE_DISCLAIMER,
    basis: [...usedCrosswalks].map(([crosswalk, version]) => ({ crosswalk, version })),
    commitments: results,
    totals,
  };
}
