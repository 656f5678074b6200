/**
 * Reads a crosswalk evidence path (`features[].record.risk.hazards`,
 * `supplier.contacts.aiConcerns`) against a manifest: which features fill it
 * in. A field counts when it is present and not empty.
 */
import type { Manifest } from '../manifest/schema';

export interface EvidenceReading {
  path: string;
  /** `feature` when the path starts at `features[]`, else `manifest`. */
  scope: 'feature' | 'manifest';
  /** For feature paths: ids of features where the field is filled in. */
  presentIn: string[];
  /** For feature paths: ids of features where it is not. */
  missingIn: string[];
  /** Filled in everywhere it applies. */
  complete: boolean;
  /** Filled in somewhere. */
  any: boolean;
}

function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'object') return Object.keys(value).length > 0;
  if (typeof value === 'string') return value.trim().length > 0;
  return true;
}

/** Splits `a.b[].c` into steps; `[]` means "any element". */
function steps(path: string): (string | '[]')[] {
  const out: (string | '[]')[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]+)((?:\[\*?\])*)$/.exec(part);
    if (!m) {
      out.push(part);
      continue;
    }
    out.push(m[1]!);
    for (let i = 0; i < (m[2]!.match(/\[/g)?.length ?? 0); i++) out.push('[]');
  }
  return out;
}

function filledAt(value: unknown, rest: readonly (string | '[]')[]): boolean {
  if (rest.length === 0) return isFilled(value);
  const [head, ...tail] = rest;
  if (head === '[]') return Array.isArray(value) && value.some((v) => filledAt(v, tail));
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  return filledAt((value as Record<string, unknown>)[head!], tail);
}

export function readEvidence(manifest: Manifest, path: string): EvidenceReading {
  const s = steps(path);
  if (s[0] === 'features' && s[1] === '[]') {
    const rest = s.slice(2);
    const presentIn: string[] = [];
    const missingIn: string[] = [];
    for (const f of manifest.features) (filledAt(f, rest) ? presentIn : missingIn).push(f.id);
    return { path, scope: 'feature', presentIn, missingIn, complete: missingIn.length === 0, any: presentIn.length > 0 };
  }
  const ok = filledAt(manifest, s);
  return { path, scope: 'manifest', presentIn: [], missingIn: [], complete: ok, any: ok };
}
