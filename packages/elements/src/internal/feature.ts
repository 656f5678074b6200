/**
 * Reading a feature defensively: elements may be given a feature object
 * directly (no provider, no validation), so nothing here trusts its shape.
 */
import type { DisplayFeature, Involvement, HumanReviewPractice, LocalisedText } from '@candour/core/display';
import type { CandourState } from './context';

const involvements: readonly string[] = ['generated', 'assisted', 'automated-decision', 'conversational'];
const reviews: readonly string[] = ['before-use', 'after-use', 'sampled', 'none'];

export const asInvolvement = (v: unknown): Involvement | undefined =>
  typeof v === 'string' && involvements.includes(v) ? (v as Involvement) : undefined;
export const asReview = (v: unknown): HumanReviewPractice | undefined =>
  typeof v === 'string' && reviews.includes(v) ? (v as HumanReviewPractice) : undefined;

/** Text for a locale from a localised-text object that may be malformed: exact tag, then language, then en-GB. */
export function pickText(value: unknown, locale: string): { text: string; lang: string } | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const t = value as Record<string, unknown>;
  const language = locale.split('-')[0]!.toLowerCase();
  const tags = [locale, ...Object.keys(t).filter((k) => k.split('-')[0]!.toLowerCase() === language), 'en-GB'];
  for (const tag of tags) {
    const v = t[tag];
    if (typeof v === 'string' && v.trim()) return { text: v, lang: tag };
  }
  return undefined;
}

export type FeatureLookup =
  | { kind: 'found'; feature: DisplayFeature }
  | { kind: 'loading' }
  | { kind: 'missing'; reason: 'unknown-feature' | 'invalid-manifest' | 'fetch-failed'; paths?: string[] };

/** Finds a feature in the provider's manifest, saying why when it cannot. */
export function findFeature(state: CandourState | undefined, id: string | undefined, own?: DisplayFeature): FeatureLookup {
  if (own) return { kind: 'found', feature: own };
  if (!state) return { kind: 'missing', reason: 'unknown-feature' };
  // A provider that has not been given a manifest yet is waiting, not wrong.
  if (state.status === 'loading' || state.status === 'empty') return { kind: 'loading' };
  if (state.status === 'error') return { kind: 'missing', reason: state.issues.some((i) => i.code === 'fetch_failed') ? 'fetch-failed' : 'invalid-manifest' };
  const feature = id ? state.manifest?.features.get(id) : undefined;
  if (feature) return { kind: 'found', feature };
  const broken = id ? state.manifest?.brokenFeatures.get(id) : undefined;
  return broken ? { kind: 'missing', reason: 'invalid-manifest', paths: broken.map((i) => i.path) } : { kind: 'missing', reason: 'unknown-feature' };
}

export type { LocalisedText };

/** Says to the developer, in one sentence, why a feature cannot be shown. */
export function whyMissing(reason: 'unknown-feature' | 'invalid-manifest' | 'fetch-failed', id: string | undefined, insideProvider: boolean): string {
  if (reason === 'fetch-failed') return `The manifest could not be loaded, so "${id ?? ''}" cannot be shown.`;
  if (reason === 'invalid-manifest') return `The manifest could not be used for "${id ?? ''}".`;
  if (!id) return 'No feature given: set the feature attribute (or .data).';
  return insideProvider ? `No AI feature "${id}" in the manifest.` : `No feature to show for "${id}": place the element inside <candour-provider> or set its .data.`;
}
