/**
 * `frameworkCoverage`: which guidance statements each feature addresses, by
 * perspective and domain, and which perspectives nothing addresses. A feature
 * addresses a statement when its manifest entry links to it; the crosswalk
 * then tells whether the fields that would show it are filled in, so a claim
 * with nothing behind it is visible as such.
 */
import type { Manifest } from '../manifest/schema';
import { getDefaultRegistry, formatRef, GUIDANCE_PACK_ID, type FrameworkRegistry } from '../frameworks/registry';
import { readEvidence } from './evidence';

export type ClaimSupport = 'supported' | 'partly-supported' | 'claimed-only';

export interface StatementCoverage {
  id: string;
  /** The statement's words; absent when the framework's text is not available. */
  text?: string;
  status: 'verbatim' | 'paraphrase' | 'missing';
  addressedBy: { feature: string; support: ClaimSupport; missingEvidence: string[] }[];
}

export interface DomainCoverage {
  id: string;
  title: string;
  statements: StatementCoverage[];
  /** The framework's statements for this cell are not available, so nothing can be matched. */
  textMissing: boolean;
}

export interface PerspectiveCoverage {
  id: string;
  title: string;
  voice?: string;
  domains: DomainCoverage[];
  addressed: boolean;
}

export interface FeatureCoverage {
  feature: string;
  statements: string[];
  perspectives: string[];
}

export interface FrameworkCoverage {
  pack: { id: string; version: string };
  perspectives: PerspectiveCoverage[];
  byFeature: FeatureCoverage[];
  /** Perspectives no feature addresses. */
  unaddressedPerspectives: string[];
  /** Features that link to no statement. */
  featuresWithoutStatements: string[];
}

export function frameworkCoverage(manifest: Manifest, options: { registry?: FrameworkRegistry } = {}): FrameworkCoverage {
  const registry = options.registry ?? getDefaultRegistry();
  const pack = registry.getFramework(GUIDANCE_PACK_ID);
  const perspectives = registry.items(GUIDANCE_PACK_ID, { type: 'perspective' });
  const domains = registry.items(GUIDANCE_PACK_ID, { type: 'domain' });

  const support = (statementId: string, featureIndex: number): { support: ClaimSupport; missingEvidence: string[] } => {
    const paths = registry
      .crosswalkFrom(formatRef(GUIDANCE_PACK_ID, statementId))
      .flatMap(({ link }) => link.evidence ?? [])
      .map((e) => e.path);
    const feature = manifest.features[featureIndex]!;
    const single: Manifest = { ...manifest, features: [feature] };
    const missing = paths.filter((p) => !readEvidence(single, p).complete);
    const level: ClaimSupport =
      paths.length === 0 || missing.length === paths.length ? 'claimed-only' : missing.length === 0 ? 'supported' : 'partly-supported';
    return { support: level, missingEvidence: missing };
  };

  const result: PerspectiveCoverage[] = perspectives.map((p) => {
    const perDomain: DomainCoverage[] = domains.map((d) => {
      const statements = registry.statements({ perspective: p.id, domain: d.id }).map((s) => {
        const addressedBy = manifest.features.flatMap((f, i) =>
          f.framework.statements?.includes(s.id) ? [{ feature: f.id, ...support(s.id, i) }] : [],
        );
        return {
          id: s.id,
          ...(s.text !== undefined ? { text: s.text } : {}),
          status: s.provenance.status,
          addressedBy,
        } satisfies StatementCoverage;
      });
      return {
        id: d.id,
        title: d.title ?? d.id,
        statements,
        textMissing: statements.length > 0 && statements.every((s) => s.status === 'missing'),
      };
    });
    return {
      id: p.id,
      title: p.title ?? p.id,
      ...(p.voice ? { voice: p.voice } : {}),
      domains: perDomain,
      addressed: perDomain.some((d) => d.statements.some((s) => s.addressedBy.length > 0)),
    };
  });

  const statementPerspective = new Map(registry.statements().map((s) => [s.id, s.perspective ?? '']));
  const byFeature = manifest.features.map((f) => {
    const statements = f.framework.statements ?? [];
    return {
      feature: f.id,
      statements: [...statements],
      perspectives: [...new Set(statements.map((s) => statementPerspective.get(s) ?? '').filter(Boolean))],
    };
  });

  return {
    pack: { id: GUIDANCE_PACK_ID, version: pack?.version ?? 'unknown' },
    perspectives: result,
    byFeature,
    unaddressedPerspectives: result.filter((p) => !p.addressed).map((p) => p.id),
    featuresWithoutStatements: byFeature.filter((f) => f.statements.length === 0).map((f) => f.feature),
  };
}
