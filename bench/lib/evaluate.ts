// Precision, recall and F1 of a pair scorer on the labelled set, per category
// and per script, for two engines side by side.
import type { LabelledPair } from './labelled.js';

export type PairScorer = (p: LabelledPair) => number;

export interface Counts {
  n: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

const empty = (): Counts => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });

export function count(pairs: LabelledPair[], scores: number[], threshold: number): Counts {
  const c = empty();
  pairs.forEach((p, i) => {
    const hit = (scores[i] as number) >= threshold;
    c.n++;
    if (p.label === 1) {
      if (hit) c.tp++;
      else c.fn++;
    } else if (hit) c.fp++;
    else c.tn++;
  });
  return c;
}

export function prf(c: Counts): { p: number; r: number; f1: number } {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : NaN;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : NaN;
  const f1 = p + r ? (2 * p * r) / (p + r) : NaN;
  return { p, r, f1 };
}

const f = (x: number) => (Number.isNaN(x) ? '—' : x.toFixed(3));

/** Rows of "key | n (pos/neg) | P R F1 (engine A) | P R F1 (engine B)" grouped by `key`. */
export function table(
  pairs: LabelledPair[],
  scores: [number[], number[]],
  key: (p: LabelledPair) => string,
  threshold: number,
): string[] {
  const groups = new Map<string, number[]>();
  pairs.forEach((p, i) => {
    const k = key(p);
    let l = groups.get(k);
    if (!l) groups.set(k, (l = []));
    l.push(i);
  });
  const rows: string[] = [];
  for (const [k, idx] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    const sub = idx.map((i) => pairs[i] as LabelledPair);
    const cells = scores.map((s) => {
      if (idx.every((i) => Number.isNaN(s[i] as number))) return '—';
      const c = count(
        sub,
        idx.map((i) => s[i] as number),
        threshold,
      );
      const m = prf(c);
      // Pure negative groups report the share wrongly matched instead of precision and recall.
      if (c.tp + c.fn === 0) return `false match ${((100 * c.fp) / Math.max(1, c.n)).toFixed(1)}%`;
      return `${f(m.p)} / ${f(m.r)} / ${f(m.f1)}`;
    });
    const pos = sub.filter((p) => p.label === 1).length;
    rows.push(`| ${k} | ${sub.length} (${pos}/${sub.length - pos}) | ${cells.join(' | ')} |`);
  }
  return rows;
}

/** Overall P/R/F1 over every pair of `pairs`. */
export function overall(pairs: LabelledPair[], scores: number[], threshold: number) {
  return prf(count(pairs, scores, threshold));
}
