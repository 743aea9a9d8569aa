// A cheap upper bound on nameScore: screening skips a candidate name whose
// bound cannot beat the best name already found or reach the cutoff, without
// aligning its parts. The bound takes every part's best similarity to any
// query part (memoised per query in the part cache), treats every part that
// could join or sound alike with a run of the other side's parts as fully
// matched, and counts parts that can match nothing at their unmatched weight.
import type { NamePart, ParsedName } from './normalise.js';
import type { PartCache } from './part-cache.js';
import { joinGrade, lengthsMeet, NO_SOUND, soundRunnable, type NameCompareOptions } from './part-compare.js';

/** Weight of a part left unaligned: at least a floor for a distinctive part and for a generic word ("co" aside). */
export function unmatchedWeight(p: NamePart, w: number, opts: NameCompareOptions): number {
  if (p.kind === 'name' && !p.initial) return Math.max(w, opts.unmatchedNameFloor);
  return p.kind === 'generic' && p.text !== 'co' ? Math.max(w, opts.unmatchedGeneric) : w;
}

/**
 * Whether nameScore can only lose from its coverage ratio under these options
 * (non-negative weights and penalties, discounts at most 1): only then is
 * the bound an upper bound.
 */
export function boundable(o: NameCompareOptions): boolean {
  let b = BOUNDABLE.get(o);
  if (b === undefined) BOUNDABLE.set(o, (b = isBoundable(o)));
  return b;
}
const BOUNDABLE = new WeakMap<NameCompareOptions, boolean>();

function isBoundable(o: NameCompareOptions): boolean {
  const weights = [...Object.values(o.kindWeights), o.initialWeight];
  return (
    weights.every((w) => w >= 0) &&
    o.contradiction >= 0 &&
    o.bothLeftOver >= 0 &&
    [o.oneWordDiscount, o.inexactDiscount, o.commonDiscount].every((f) => f >= 0 && f <= 1)
  );
}

/** Adjacent pairs of `pairs` joined against each part of `ones`: raise the bounds of the parts involved. */
function joins(
  pairs: NamePart[],
  pairBound: Float64Array,
  ones: NamePart[],
  oneBound: Float64Array,
  opts: NameCompareOptions,
): void {
  for (let i = 0; i + 1 < pairs.length; i++) {
    const a = pairs[i] as NamePart;
    const b = pairs[i + 1] as NamePart;
    if (a.kind !== 'name' || b.kind !== 'name') continue;
    if ((pairBound[i] as number) >= 1 && (pairBound[i + 1] as number) >= 1) continue;
    // joinGrade is 0 unless the joined length meets one of the other part's forms: checked before joining.
    const length = (a.forms[0] ?? '').length + (b.forms[0] ?? '').length;
    let joined: string | undefined;
    for (let j = 0; j < ones.length; j++) {
      const o = ones[j] as NamePart;
      if (o.kind !== 'name' || !lengthsMeet(length, o.forms)) continue;
      joined ??= (a.forms[0] ?? '') + (b.forms[0] ?? '');
      const s = joinGrade(a, b, o, opts, joined);
      if (s === 0) continue;
      if (s > (pairBound[i] as number)) pairBound[i] = s;
      if (s > (pairBound[i + 1] as number)) pairBound[i + 1] = s;
      if (s > (oneBound[j] as number)) oneBound[j] = s;
    }
  }
}

/** Per part of the run side: 1 when it may be in a sound run (soundRuns' scratch). */
let RUNNABLE = new Uint8Array(16);

/**
 * Across scripts, runs of two or three parts of `runs` against one name part
 * of `ones` in another script (joinAcrossScripts): every part that may be
 * in such a run, and every part it may be run against, reaches at most `top`.
 */
function soundRuns(
  runs: NamePart[],
  runBound: Float64Array,
  ones: NamePart[],
  oneBound: Float64Array,
  top: number,
): void {
  if (RUNNABLE.length < runs.length) RUNNABLE = new Uint8Array(runs.length * 2);
  for (let i = 0; i < runs.length; i++) RUNNABLE[i] = soundRunnable(runs[i] as NamePart) ? 1 : 0;
  for (let j = 0; j < ones.length; j++) {
    const o = ones[j] as NamePart;
    if (o.kind !== 'name' || NO_SOUND.has(o.script)) continue;
    for (let i = 0; i + 1 < runs.length; i++) {
      const a = runs[i] as NamePart;
      const b = runs[i + 1] as NamePart;
      if (!RUNNABLE[i] || !RUNNABLE[i + 1] || a.script === o.script || b.script === o.script) continue;
      if (top > (oneBound[j] as number)) oneBound[j] = top;
      if (top > (runBound[i] as number)) runBound[i] = top;
      if (top > (runBound[i + 1] as number)) runBound[i + 1] = top;
      // A third part of the run.
      const c = runs[i + 2];
      if (c && RUNNABLE[i + 2] && c.script !== o.script && top > (runBound[i + 2] as number))
        runBound[i + 2] = top;
    }
  }
}

let QB = new Float64Array(16);
let CB = new Float64Array(16);

/**
 * An upper bound on nameScore(q, c) (also on its acronym and whole-name
 * alternatives, which it computes exactly when they may apply). Each part
 * counts at most its best similarity to any part of the other side, or to a
 * join or sound run it may take part in; parts that can match nothing count
 * at their unmatched weight. Fills part similarities in the cache as
 * nameScore would.
 */
export function nameBound(
  q: ParsedName,
  c: ParsedName,
  cache: PartCache,
  opts: NameCompareOptions,
  acronym: (q: ParsedName, c: ParsedName, opts: NameCompareOptions) => number,
  joined: (q: ParsedName, c: ParsedName) => number,
): number {
  const qp = q.parts;
  const cp = c.parts;
  const n = qp.length;
  const m = cp.length;
  if (n > QB.length || m > CB.length) {
    QB = new Float64Array(Math.max(n, m) * 2);
    CB = new Float64Array(Math.max(n, m) * 2);
  }
  QB.fill(0, 0, n);
  CB.fill(0, 0, m);
  const slots = cache.slotsOf(q);
  for (let j = 0; j < m; j++) {
    const part = cp[j] as NamePart;
    const row = cache.row(part);
    for (let i = 0; i < n; i++) {
      // Pairs below the threshold count nothing: those that surely are go uncompared.
      const s = cache.aligned(row, slots[i] as number, part);
      if (s < opts.alignThreshold) continue;
      if (s > (CB[j] as number)) CB[j] = s;
      if (s > (QB[i] as number)) QB[i] = s;
    }
  }
  if (n > 1 || m > 1) {
    joins(qp, QB, cp, CB, opts);
    joins(cp, CB, qp, QB, opts);
    if ((qp[0]?.script === 'latin') !== (cp[0]?.script === 'latin')) {
      const top = Math.max(opts.soundTop, opts.alignThreshold);
      soundRuns(qp, QB, cp, CB, top);
      soundRuns(cp, CB, qp, QB, top);
    }
  }
  let covered = 0;
  let lower = 0;
  for (let k = 0; k < n + m; k++) {
    const p = (k < n ? qp[k] : cp[k - n]) as NamePart;
    const u = (k < n ? QB[k] : CB[k - n]) as number;
    const w = cache.weight(p);
    if (u > 0) {
      covered += w * u;
      lower += w;
    } else lower += unmatchedWeight(p, w, opts);
  }
  let bound = lower > 0 ? covered / lower : 0;
  if (bound < 1) {
    if (q.initials.length || c.initials.length) bound = Math.max(bound, acronym(q, c, opts));
    if (q.parts.length !== c.parts.length || q.parts.length === 1) bound = Math.max(bound, joined(q, c));
  }
  // Room for rounding: the bound sums in another order than nameScore.
  return bound * (1 + 1e-9) + 1e-12;
}
