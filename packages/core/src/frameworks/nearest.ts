/**
 * "Did you mean ...?" for ids.
 *
 * Distance is the optimal-string-alignment form of the Damerau–Levenshtein distance
 * (insertions, deletions, substitutions and swaps of two adjacent characters each cost 1),
 * compared case-insensitively.
 */

/** Edit distance between `a` and `b` (optimal string alignment; case-sensitive). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length;
  const m = b.length;
  if (n === 0) return m;
  if (m === 0) return n;
  // Three rolling rows: two back (for swaps), previous, current.
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  let cur = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      cur[j] = d;
    }
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return prev[m]!;
}

/**
 * The id in `known` closest to `candidate`, compared case-insensitively, or `undefined` when
 * none is close enough. Close enough: distance <= max(2, 40% of the candidate's length,
 * rounded down). On a tie the id listed first in `known` wins.
 *
 * @example nearestId('ics.provider.3', ['ics.providers.3', 'ics.tech.1']) // 'ics.providers.3'
 */
export function nearestId(candidate: string, known: readonly string[]): string | undefined {
  if (candidate.length === 0) return undefined;
  const c = candidate.toLowerCase();
  const limit = Math.max(2, Math.floor(candidate.length * 0.4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const id of known) {
    // Cheap lower bound: the length difference.
    if (Math.abs(id.length - c.length) > limit || Math.abs(id.length - c.length) >= bestDistance) continue;
    const d = editDistance(c, id.toLowerCase());
    if (d < bestDistance) {
      best = id;
      bestDistance = d;
      if (d === 0) break;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
