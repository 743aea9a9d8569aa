// Highest-label push-relabel max flow with global relabelling and the gap
// heuristic (after Cherkassky & Goldberg's HIPR), then a second phase that returns stranded excess.

import type { CompactGraph } from './compact-graph.js';
import { flowFromResidual, initialResidual, type FlowState } from './flow-state.js';

/** Global relabelling runs once relabel work exceeds (ALPHA·n + m) / FREQUENCY. */
const ALPHA = 6;
const BETA = 12;
const FREQUENCY = 0.5;

export function pushRelabel(graph: CompactGraph, source: number, sink: number): FlowState {
  const res = initialResidual(graph);
  if (source === sink) return { value: 0, flow: flowFromResidual(graph, res) };
  const excess = new Float64Array(graph.n);
  phaseOne(graph, source, sink, res, excess);
  returnExcess(graph, source, sink, res, excess);
  return { value: excess[sink]!, flow: flowFromResidual(graph, res) };
}

/** Finds a maximum preflow: afterwards `excess[sink]` is the max-flow value. */
function phaseOne(g: CompactGraph, s: number, t: number, res: Float64Array, excess: Float64Array): void {
  const { n, first, resHead, resPair } = g;
  const d = new Int32Array(n);
  const cur = new Int32Array(n);
  const activeHead = new Int32Array(n).fill(-1);
  const activeNext = new Int32Array(n);
  const allHead = new Int32Array(n).fill(-1);
  const allNext = new Int32Array(n);
  const allPrev = new Int32Array(n);
  const queue = new Int32Array(n);
  let aMax = -1;
  let dMax = 0;
  let work = 0;
  const workLimit = (ALPHA * n + g.m) / FREQUENCY;

  const addAll = (v: number, l: number): void => {
    const h = allHead[l]!;
    allNext[v] = h;
    allPrev[v] = -1;
    if (h >= 0) allPrev[h] = v;
    allHead[l] = v;
    if (l > dMax) dMax = l;
  };
  const removeAll = (v: number, l: number): void => {
    const nx = allNext[v]!;
    const pv = allPrev[v]!;
    if (pv >= 0) allNext[pv] = nx;
    else allHead[l] = nx;
    if (nx >= 0) allPrev[nx] = pv;
  };
  const addActive = (v: number, l: number): void => {
    activeNext[v] = activeHead[l]!;
    activeHead[l] = v;
    if (l > aMax) aMax = l;
  };

  const globalRelabel = (): void => {
    d.fill(n);
    activeHead.fill(-1);
    allHead.fill(-1);
    aMax = -1;
    dMax = 0;
    d[t] = 0;
    let head = 0;
    let tail = 0;
    queue[tail++] = t;
    while (head < tail) {
      const w = queue[head++]!;
      const dw = d[w]! + 1;
      for (let p = first[w]!, end = first[w + 1]!; p < end; p++) {
        const u = resHead[p]!;
        if (d[u] === n && u !== s && res[resPair[p]!]! > 0) {
          d[u] = dw;
          cur[u] = first[u]!;
          queue[tail++] = u;
          addAll(u, dw);
          if (excess[u]! > 0) addActive(u, dw);
        }
      }
    }
  };

  // Saturate every arc out of the source.
  for (let p = first[s]!, end = first[s + 1]!; p < end; p++) {
    const w = resHead[p]!;
    const r = res[p]!;
    if (r > 0 && w !== s) {
      res[p] = 0;
      res[resPair[p]!]! += r;
      excess[w]! += r;
    }
  }
  globalRelabel();

  while (aMax >= 0) {
    const v = activeHead[aMax]!;
    if (v < 0) {
      aMax--;
      continue;
    }
    activeHead[aMax] = activeNext[v]!;
    // Discharge v: push along admissible arcs, relabel when none is left.
    let e = excess[v]!;
    for (;;) {
      const dv = d[v]!;
      const end = first[v + 1]!;
      let p = cur[v]!;
      for (; p < end; p++) {
        const r = res[p]!;
        if (r > 0) {
          const w = resHead[p]!;
          if (d[w] === dv - 1) {
            const delta = e < r ? e : r;
            res[p] = r - delta;
            res[resPair[p]!]! += delta;
            if (excess[w] === 0 && w !== t) addActive(w, dv - 1);
            excess[w]! += delta;
            e -= delta;
            if (e === 0) break;
          }
        }
      }
      cur[v] = p;
      if (e === 0) break;
      // Relabel, or close a gap.
      removeAll(v, dv);
      if (allHead[dv]! < 0) {
        for (let l = dv + 1; l <= dMax; l++) {
          for (let u = allHead[l]!; u >= 0; u = allNext[u]!) d[u] = n;
          allHead[l] = -1;
        }
        dMax = dv - 1;
        d[v] = n;
        break;
      }
      let best = n;
      let bestP = end;
      const start = first[v]!;
      for (let q = start; q < end; q++) {
        if (res[q]! > 0) {
          const dw = d[resHead[q]!]! + 1;
          if (dw < best) {
            best = dw;
            bestP = q;
          }
        }
      }
      work += BETA + end - start;
      d[v] = best;
      if (best >= n) break;
      cur[v] = bestP;
      addAll(v, best);
    }
    excess[v] = e;
    if (work > workLimit) {
      work = 0;
      globalRelabel();
    }
  }
}

/**
 * Second phase: excess stranded on the source side goes back to the source by
 * FIFO push-relabel on distances to the source, leaving a valid flow.
 */
function returnExcess(g: CompactGraph, s: number, t: number, res: Float64Array, excess: Float64Array): void {
  const { n, first, resHead, resPair } = g;
  let any = false;
  for (let v = 0; v < n; v++) if (v !== s && v !== t && excess[v]! > 0) any = true;
  if (!any) return;
  const unreached = 2 * n + 1;
  const d = new Int32Array(n).fill(unreached);
  const queue = new Int32Array(n);
  d[s] = 0;
  let head = 0;
  let tail = 0;
  queue[tail++] = s;
  while (head < tail) {
    const w = queue[head++]!;
    for (let p = first[w]!, end = first[w + 1]!; p < end; p++) {
      const u = resHead[p]!;
      if (d[u] === unreached && u !== t && res[resPair[p]!]! > 0) {
        d[u] = d[w]! + 1;
        queue[tail++] = u;
      }
    }
  }
  // A ring buffer of active nodes; each node is queued at most once at a time.
  const ring = new Int32Array(n);
  const queued = new Uint8Array(n);
  head = 0;
  let size = 0;
  const enqueue = (v: number): void => {
    ring[(head + size) % n] = v;
    size++;
    queued[v] = 1;
  };
  for (let v = 0; v < n; v++) if (v !== s && v !== t && excess[v]! > 0) enqueue(v);
  while (size > 0) {
    const v = ring[head]!;
    head = (head + 1) % n;
    size--;
    queued[v] = 0;
    let e = excess[v]!;
    while (e > 0) {
      const dv = d[v]!;
      for (let p = first[v]!, end = first[v + 1]!; p < end && e > 0; p++) {
        const r = res[p]!;
        const w = resHead[p]!;
        if (r > 0 && w !== t && d[w] === dv - 1) {
          const delta = e < r ? e : r;
          res[p] = r - delta;
          res[resPair[p]!]! += delta;
          excess[w]! += delta;
          e -= delta;
          if (w !== s && queued[w] === 0) enqueue(w);
        }
      }
      if (e > 0) {
        let best = unreached;
        for (let p = first[v]!, end = first[v + 1]!; p < end; p++) {
          const w = resHead[p]!;
          if (res[p]! > 0 && w !== t && d[w]! + 1 < best) best = d[w]! + 1;
        }
        if (best >= unreached) break; // cannot happen for a valid preflow; guards float residue
        d[v] = best;
      }
    }
    excess[v] = e;
  }
}
