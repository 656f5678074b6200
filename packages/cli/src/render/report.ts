/**
 * What `candour assess` reports, gathered once and rendered as text, HTML or JSON.
 */
import {
  assessPledge,
  frameworkCoverage,
  localise,
  BASE_LOCALE,
  type CommitmentAssessment,
  type EvidenceItem,
  type FrameworkCoverage,
  type Manifest,
  type ManifestIssue,
  type PledgeAssessment,
  type PledgeVerdict,
  type Product,
  type Supplier,
  type ClaimSupport,
} from '@candour/core';

export interface AssessReport {
  /** The manifest file as named on the command line. */
  file: string;
  schemaVersion: string;
  updated: string;
  product: Product;
  supplier: Supplier;
  features: { id: string; name: string; version: string }[];
  pledge: PledgeAssessment;
  coverage: FrameworkCoverage;
  warnings: ManifestIssue[];
  /** When the report was made (ISO date). */
  generatedOn: string;
  /** Version of this command. */
  toolVersion: string;
}

export function buildReport(manifest: Manifest, warnings: ManifestIssue[], file: string, now: Date, toolVersion: string): AssessReport {
  return {
    file,
    schemaVersion: manifest.schemaVersion,
    updated: manifest.updated,
    product: manifest.product,
    supplier: manifest.supplier,
    features: manifest.features.map((f) => ({ id: f.id, name: localise(f.name, BASE_LOCALE).text, version: f.version })),
    pledge: assessPledge(manifest),
    coverage: frameworkCoverage(manifest),
    warnings,
    generatedOn: now.toISOString().slice(0, 10),
    toolVersion,
  };
}

/** The shape printed by `candour assess --json`. */
export function reportJson(report: AssessReport): { manifest: { product: Product; supplier: Supplier }; pledge: PledgeAssessment; coverage: FrameworkCoverage; warnings: ManifestIssue[] } {
  return {
    manifest: { product: report.product, supplier: report.supplier },
    pledge: report.pledge,
    coverage: report.coverage,
    warnings: report.warnings,
  };
}

export const VERDICT_WORDS: Record<PledgeVerdict, string> = {
  evidenced: 'evidenced',
  partial: 'partial',
  'no-evidence': 'no evidence',
};

export const SUPPORT_WORDS: Record<ClaimSupport, string> = {
  supported: 'supported',
  'partly-supported': 'partly supported',
  'claimed-only': 'claimed only (none of the fields that would show it are filled in)',
};

/** Commitments in pledge order, each top-level one followed by its parts (2a–2d under 2). */
export function orderedCommitments(pledge: PledgeAssessment): { commitment: CommitmentAssessment; depth: number }[] {
  const ids = new Set(pledge.commitments.map((c) => c.id));
  const out: { commitment: CommitmentAssessment; depth: number }[] = [];
  for (const c of pledge.commitments) {
    if (c.parent !== undefined && ids.has(c.parent)) continue;
    out.push({ commitment: c, depth: 0 });
    for (const part of pledge.commitments) if (part.parent === c.id) out.push({ commitment: part, depth: 1 });
  }
  return out;
}

/** "4 of 6 features", or for a manifest-wide field "filled in" / "not filled in". */
export function evidenceCoverage(e: EvidenceItem): string {
  if (e.scope === 'manifest') return e.complete ? 'filled in' : 'not filled in';
  const total = e.presentIn.length + e.missingIn.length;
  return `${e.presentIn.length} of ${total} ${total === 1 ? 'feature' : 'features'}`;
}

/** Statements of the guidance whose text is available, and how many of them some feature addresses. */
export function statementTotals(coverage: FrameworkCoverage): { available: number; addressed: number; all: number } {
  const seen = new Map<string, { available: boolean; addressed: boolean }>();
  for (const p of coverage.perspectives)
    for (const d of p.domains)
      for (const s of d.statements) seen.set(s.id, { available: s.status !== 'missing', addressed: s.addressedBy.length > 0 });
  let available = 0;
  let addressed = 0;
  for (const s of seen.values()) {
    if (s.available) available++;
    if (s.addressed) addressed++;
  }
  return { available, addressed, all: seen.size };
}

/** The one-line total at the end of a report. */
export function totalLine(report: AssessReport): string {
  const t = report.pledge.totals;
  const s = statementTotals(report.coverage);
  return `Total: ${t.evidenced} evidenced, ${t.partial} partial, ${t['no-evidence']} no evidence; ${s.addressed} of ${s.available} statements addressed.`;
}

/** Title of a perspective by id (for the list of perspectives nothing addresses). */
export function perspectiveTitle(coverage: FrameworkCoverage, id: string): string {
  return coverage.perspectives.find((p) => p.id === id)?.title ?? id;
}
