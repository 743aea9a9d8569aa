// String distances on char codes for short name parts: optimal-string-alignment
// Levenshtein with an early exit, and Jaro-Winkler.

let prev2 = new Int32Array(64);
let prev = new Int32Array(64);
let curr = new Int32Array(64);

/**
 * Edit distance counting insertions, deletions, substitutions and adjacent
 * transpositions (Putni → Putin is one edit). Returns `max + 1` as soon as the
 * distance must exceed `max`.
 */
export function editDistance(a: string, b: string, max = Number.MAX_SAFE_INTEGER): number {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m + 1 > curr.length) {
    prev2 = new Int32Array(m + 1);
    prev = new Int32Array(m + 1);
    curr = new Int32Array(m + 1);
  }
  const big = max + 1;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i++) {
    // Only the band |i − j| ≤ max can stay within max edits; cells outside count as max + 1.
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    curr[0] = i <= max ? i : big;
    if (lo > 1) curr[lo - 1] = big;
    if (hi < m) curr[hi + 1] = big;
    let rowMin = i <= max ? i : big;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (curr[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = curr;
    curr = t;
  }
  return Math.min(prev[m] as number, big);
}

/** Jaro-Winkler similarity in [0, 1], with the usual 0.1 prefix scale over up to four characters. */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(n, m) / 2) - 1);
  const aMatch = new Uint8Array(n);
  const bMatch = new Uint8Array(m);
  let matches = 0;
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(m - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!bMatch[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        aMatch[i] = 1;
        bMatch[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let transposed = 0;
  for (let i = 0; i < n; i++) {
    if (!aMatch[i]) continue;
    while (!bMatch[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transposed++;
    k++;
  }
  const jaro = (matches / n + matches / m + (matches - transposed / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < n && prefix < m && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Edits tolerated in a word of this length: none up to 3 letters, one up to 8, two up to 12, then three. */
export function allowedEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 8) return 1;
  return length <= 12 ? 2 : 3;
}

/** Typo-tolerant similarity: 0 beyond the allowed edits, else 1 − half the edit ratio. */
export function typoSimilarity(a: string, b: string, maxEdits?: number): number {
  if (a === b) return 1;
  const len = Math.max(a.length, b.length);
  const allowed = maxEdits ?? allowedEdits(len);
  if (allowed === 0) return 0;
  const d = editDistance(a, b, allowed);
  return d > allowed ? 0 : 1 - (0.5 * d) / len;
}
