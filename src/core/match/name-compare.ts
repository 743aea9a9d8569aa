// Name similarity on aligned parts: each query part pairs with at most one
// candidate part; generic words and legal forms never carry a match alone.
import { typoSimilarity } from './distance.js';
import type { NamePart, ParsedName, PartKind } from './normalise.js';

export interface NameCompareOptions {
  /** Lowest part similarity that counts as an aligned pair. */
  alignThreshold: number;
  /** Weight of a part in the coverage sums, by kind. */
  kindWeights: Record<PartKind, number>;
  /** Weight of a one-letter part (an initial). */
  initialWeight: number;
  /** Ceiling of the name score when only particles, generic words or legal forms align. */
  genericCeiling: number;
  /** Part similarity when only consonant skeletons agree, within Latin and across scripts. */
  skeletonLatin: number;
  skeletonCrossScript: number;
  /** Part similarity when vowel-class phonetic keys agree. */
  phoneticEqual: number;
}

export const NAME_DEFAULTS: NameCompareOptions = {
  alignThreshold: 0.7,
  kindWeights: { name: 1, particle: 0.25, generic: 0.2, legal: 0.15 },
  initialWeight: 0.3,
  genericCeiling: 0.3,
  skeletonLatin: 0.75,
  skeletonCrossScript: 0.88,
  phoneticEqual: 0.9,
};

export type PartMatchKind = 'exact' | 'equivalent' | 'typo' | 'phonetic' | 'skeleton' | 'joined';

export interface PartPair {
  query: string;
  candidate: string;
  similarity: number;
  how: PartMatchKind;
}

export interface NameComparison {
  score: number;
  pairs: PartPair[];
  /** Share of the query's distinctive parts whose sound (phonetic key or skeleton) the candidate shares. */
  phonetic: number;
  /** Query parts with no partner (distinctive ones only). */
  unmatched: string[];
}

function intersects(a: string[], b: string[], minLength: number): string | undefined {
  for (const x of a) if (x.length >= minLength && b.includes(x)) return x;
  return undefined;
}

/** Similarity of two parts and how it was reached. */
export function comparePart(q: NamePart, c: NamePart, opts: NameCompareOptions = NAME_DEFAULTS): [number, PartMatchKind] {
  const fixed = (k: PartKind) => k === 'legal' || k === 'generic';
  if (fixed(q.kind) || fixed(c.kind)) return q.kind === c.kind && q.text === c.text ? [1, 'exact'] : [0, 'exact'];
  if (q.text === c.text) return [1, 'exact'];
  if (q.group !== undefined && q.group === c.group) return [1, 'equivalent'];
  let best = 0;
  for (const a of q.forms) {
    for (const b of c.forms) {
      if (a === b) return [q.script === c.script ? 1 : 0.97, 'equivalent'];
      const s = typoSimilarity(a, b);
      if (s > best) best = s;
    }
  }
  let how: PartMatchKind = 'typo';
  const cross = q.script !== c.script;
  if (best < opts.phoneticEqual && intersects(q.phonetics, c.phonetics, 2)) [best, how] = [opts.phoneticEqual, 'phonetic'];
  const skel = cross ? opts.skeletonCrossScript : opts.skeletonLatin;
  if (best < skel) {
    const shared = intersects(q.skeletons, c.skeletons, cross ? 1 : 3);
    if (shared !== undefined && (cross || q.text[0] === c.text[0] || shared.length >= 4)) {
      const sim = shared.length === 1 ? skel - 0.08 : skel;
      if (sim > best) [best, how] = [sim, 'skeleton'];
    }
  }
  return [best, how];
}

function weightOf(p: NamePart, opts: NameCompareOptions): number {
  if (p.kind === 'name' && p.text.length === 1) return opts.initialWeight;
  return opts.kindWeights[p.kind];
}

/** Whole-name spellings without spaces; a one-word name offers every romanisation (김정은 → kimjongun). */
function joinedForms(p: ParsedName): string[] {
  const names = p.parts.filter((x) => x.kind === 'name');
  if (names.length === 1 && p.parts.length === 1) return (names[0] as NamePart).forms;
  return [p.joined];
}

function joinedSimilarity(q: ParsedName, c: ParsedName): number {
  let best = 0;
  for (const a of joinedForms(q)) {
    if (a.length < 5) continue;
    for (const b of joinedForms(c)) if (b.length >= 5) best = Math.max(best, typoSimilarity(a, b));
  }
  return best;
}

/** Compare a query name with a candidate name. */
export function compareNames(q: ParsedName, c: ParsedName, opts: NameCompareOptions = NAME_DEFAULTS): NameComparison {
  const n = q.parts.length;
  const m = c.parts.length;
  const cells: [number, number, number, PartMatchKind][] = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const [s, how] = comparePart(q.parts[i] as NamePart, c.parts[j] as NamePart, opts);
      if (s >= opts.alignThreshold) cells.push([s, i, j, how]);
    }
  }
  cells.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  const qUsed = new Uint8Array(n);
  const cUsed = new Uint8Array(m);
  const pairs: PartPair[] = [];
  let matched = 0;
  let distinctive = false;
  let sounding = 0;
  for (const [s, i, j, how] of cells) {
    if (qUsed[i] || cUsed[j]) continue;
    qUsed[i] = 1;
    cUsed[j] = 1;
    const qp = q.parts[i] as NamePart;
    const cp = c.parts[j] as NamePart;
    matched += s * (weightOf(qp, opts) + weightOf(cp, opts));
    if (qp.kind === 'name' && cp.kind === 'name' && qp.text.length > 1) distinctive = true;
    if (qp.kind === 'name') sounding++;
    pairs.push({ query: qp.text, candidate: cp.text, similarity: s, how });
  }
  let total = 0;
  const unmatched: string[] = [];
  let qNames = 0;
  q.parts.forEach((p, i) => {
    total += weightOf(p, opts);
    if (p.kind === 'name') qNames++;
    if (!qUsed[i] && p.kind === 'name') unmatched.push(p.text);
  });
  for (const p of c.parts) total += weightOf(p, opts);
  let score = total > 0 ? matched / total : 0;
  if (!distinctive) score = Math.min(score, opts.genericCeiling);
  const joined = joinedSimilarity(q, c);
  if (joined > score) {
    score = joined;
    pairs.splice(0, pairs.length, { query: q.joined, candidate: c.joined, similarity: joined, how: 'joined' });
    unmatched.length = 0;
  }
  return { score, pairs, phonetic: qNames > 0 ? Math.min(1, sounding / qNames) : 0, unmatched };
}
