// Highest-label push-relabel max flow with global relabelling and the gap
// heuristic (after Cherkassky & Goldberg's HIPR), then a second phase that returns stranded excess.
// The hot loops are top-level functions over typed arrays, with no closure made per call: a
// closure per call would be a new call target each time, which throws away V8's optimised code.

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
  phaseOne(new Labels(graph.n), graph, source, sink, res, excess);
  returnExcess(graph, source, sink, res, excess);
  return { value: excess[sink]!, flow: flowFromResidual(graph, res) };
}

/**
 * Distance labels, the active nodes by label (singly linked) and every labelled node by
 * label (doubly linked, for the gap heuristic).
 */
class Labels {
  readonly d: Int32Array;
  readonly cur: Int32Array;
  readonly activeHead: Int32Array;
  readonly activeNext: Int32Array;
  readonly allHead: Int32Array;
  readonly allNext: Int32Array;
  readonly allPrev: Int32Array;
  readonly queue: Int32Array;
  /** Highest label with an active node (may overstate), and highest label in use. */
  aMax = -1;
  dMax = 0;

  constructor(n: number) {
    this.d = new Int32Array(n);
    this.cur = new Int32Array(n);
    this.activeHead = new Int32Array(n + 1).fill(-1);
    this.activeNext = new Int32Array(n);
    this.allHead = new Int32Array(n + 1).fill(-1);
    this.allNext = new Int32Array(n);
    this.allPrev = new Int32Array(n);
    this.queue = new Int32Array(n);
  }
}

/**
 * Exact distances to the sink by a backward BFS, then both bucket lists rebuilt in BFS order.
 * Two loops in two functions: the lists' inserts, first reached late in the search (the nodes
 * with excess lie farthest from the sink), would otherwise throw away the code V8 compiled
 * for the search while it ran.
 */
function globalRelabel(
  L: Labels,
  g: CompactGraph,
  s: number,
  t: number,
  res: Float64Array,
  excess: Float64Array,
): void {
  const queued = distancesToSink(L, g, s, t, res);
  L.aMax = fillBuckets(L, g.first, excess, queued);
  // BFS order: the node queued last has the highest label.
  L.dMax = queued > 1 ? L.d[L.queue[queued - 1]!]! : 0;
}

/** Sets `d` to the residual distance to the sink (n when there is none); returns how many nodes the BFS queued, the sink first. */
function distancesToSink(L: Labels, g: CompactGraph, s: number, t: number, res: Float64Array): number {
  const { n, first, resHead, resPair } = g;
  const { d, queue } = L;
  d.fill(n);
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
        queue[tail++] = u;
      }
    }
  }
  return tail;
}

/**
 * Every node the BFS labelled (but the sink) into its label's lists, in BFS order; resets
 * current arcs and returns the highest active label. (`activeNext` of a node not put in a
 * list is never read.) Nothing but the return follows the loop: V8 may compile the loop
 * while it first runs, and a store after it, not yet run, would throw that code away.
 */
function fillBuckets(L: Labels, first: Int32Array, excess: Float64Array, queued: number): number {
  const { d, cur, activeHead, activeNext, allHead, allNext, allPrev, queue } = L;
  activeHead.fill(-1);
  allHead.fill(-1);
  let aMax = -1;
  for (let i = 1; i < queued; i++) {
    const u = queue[i]!;
    const du = d[u]!;
    cur[u] = first[u]!;
    const h = allHead[du]!;
    allNext[u] = h;
    allPrev[u] = -1;
    if (h >= 0) allPrev[h] = u;
    allHead[du] = u;
    // Active nodes go to the front of their active list. By selects rather than a branch: the
    // first of them is often queued last, and a branch first taken then would cost a recompile.
    const active = excess[u]! > 0;
    const next = activeHead[du]!;
    activeNext[u] = next;
    activeHead[du] = active ? u : next;
    aMax = du > aMax && active ? du : aMax;
  }
  return aMax;
}

/**
 * Discharges active node v: pushes along admissible arcs, relabels when none is left (or
 * closes a gap), and returns the relabel work done. `L.aMax` and `L.dMax` come in and go
 * out. A function of its own rather than the body of phaseOne's loop: called once per
 * discharge, it is small and hot at once, so V8 optimises it within the first max flow,
 * where a loop body that large waits on a slow optimising compile of all of phaseOne.
 */
function discharge(
  L: Labels,
  g: CompactGraph,
  v: number,
  t: number,
  res: Float64Array,
  excess: Float64Array,
): number {
  const { n, first, resHead, resPair } = g;
  const { d, cur, activeHead, activeNext, allHead, allNext, allPrev } = L;
  let aMax = L.aMax;
  let dMax = L.dMax;
  let work = 0;
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
          if (excess[w] === 0 && w !== t) {
            activeNext[w] = activeHead[dv - 1]!;
            activeHead[dv - 1] = w;
            if (dv - 1 > aMax) aMax = dv - 1;
          }
          excess[w]! += delta;
          e -= delta;
          if (e === 0) break;
        }
      }
    }
    cur[v] = p;
    if (e === 0) break;
    // Relabel, or close a gap: take v out of its label's list first.
    const nx = allNext[v]!;
    const pv = allPrev[v]!;
    if (pv >= 0) allNext[pv] = nx;
    else allHead[dv] = nx;
    if (nx >= 0) allPrev[nx] = pv;
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
    const h = allHead[best]!;
    allNext[v] = h;
    allPrev[v] = -1;
    if (h >= 0) allPrev[h] = v;
    allHead[best] = v;
    if (best > dMax) dMax = best;
  }
  // Excess left over means v's label reached n: it can no longer reach the sink.
  excess[v] = e;
  L.aMax = aMax;
  L.dMax = dMax;
  return work;
}

/** Finds a maximum preflow: afterwards `excess[sink]` is the max-flow value. */
function phaseOne(
  L: Labels,
  g: CompactGraph,
  s: number,
  t: number,
  res: Float64Array,
  excess: Float64Array,
): void {
  const { n, first, resHead, resPair } = g;
  const workLimit = (ALPHA * n + g.m) / FREQUENCY;

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
  globalRelabel(L, g, s, t, res, excess);
  while (dischargeActive(L, g, t, res, excess, workLimit)) globalRelabel(L, g, s, t, res, excess);
}

/**
 * Discharges active nodes, highest label first, until none is left (false) or the relabel
 * work exceeds `workLimit` (true: time for a global relabel). The global relabel is called by
 * phaseOne rather than from this loop, where V8's code compiled while the loop runs would be
 * thrown away when the call is first reached.
 */
function dischargeActive(
  L: Labels,
  g: CompactGraph,
  t: number,
  res: Float64Array,
  excess: Float64Array,
  workLimit: number,
): boolean {
  const { activeHead, activeNext } = L;
  let work = 0;
  let aMax = L.aMax;
  while (aMax >= 0) {
    const v = activeHead[aMax]!;
    if (v < 0) {
      aMax--;
      continue;
    }
    activeHead[aMax] = activeNext[v]!;
    L.aMax = aMax;
    work += discharge(L, g, v, t, res, excess);
    if (work > workLimit) return true;
    aMax = L.aMax;
  }
  return false;
}

/**
 * Second phase: excess stranded on the source side goes back to the source by
 * FIFO push-relabel on distances to the source, leaving a valid flow.
 */
function returnExcess(g: CompactGraph, s: number, t: number, res: Float64Array, excess: Float64Array): void {
  if (!strandedExcess(g.n, s, t, excess)) return;
  const unreached = 2 * g.n + 1;
  drainToSource(g, s, t, res, excess, distancesToSource(g, s, t, res, unreached), unreached);
}

/** True when a node other than the terminals holds excess. */
function strandedExcess(n: number, s: number, t: number, excess: Float64Array): boolean {
  let any = false;
  for (let v = 0; v < n; v++) if (v !== s && v !== t && excess[v]! > 0) any = true;
  return any;
}

/**
 * Residual distances to the source (`unreached` where there is none), by a backward BFS.
 * The second phase's steps are functions of their own: V8 compiles a long loop while it
 * runs, and code after the loop not yet run would throw that code away on first use.
 */
function distancesToSource(
  g: CompactGraph,
  s: number,
  t: number,
  res: Float64Array,
  unreached: number,
): Int32Array {
  const { n, first, resHead, resPair } = g;
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
  return d;
}

/**
 * Queues (in node order) every node but the terminals that holds excess; returns how many.
 * Its own function, so that V8's code for this loop is not thrown away by the drain after it.
 */
function queueStranded(
  s: number,
  t: number,
  excess: Float64Array,
  ring: Int32Array,
  queued: Uint8Array,
): number {
  let size = 0;
  for (let v = 0; v < excess.length; v++) {
    if (v !== s && v !== t && excess[v]! > 0) {
      ring[size++] = v;
      queued[v] = 1;
    }
  }
  return size;
}

/** FIFO push-relabel on the distances `d` to the source, until no node but the terminals holds excess. */
function drainToSource(
  g: CompactGraph,
  s: number,
  t: number,
  res: Float64Array,
  excess: Float64Array,
  d: Int32Array,
  unreached: number,
): void {
  const { n, first, resHead, resPair } = g;
  // A ring buffer of active nodes; each node is queued at most once at a time.
  const ring = new Int32Array(n);
  const queued = new Uint8Array(n);
  let head = 0;
  let size = queueStranded(s, t, excess, ring, queued);
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
          if (w !== s && queued[w] === 0) {
            ring[(head + size) % n] = w;
            size++;
            queued[w] = 1;
          }
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
