// One contract suite every max-flow algorithm passes: brute-force cuts on
// thousands of random small graphs, unbounded detection, published DIMACS values.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { graphFromArrays, type CompactGraph } from './compact-graph.js';
import { MAX_FLOW_ALGORITHMS, maxFlow, type MaxFlowAlgorithmName } from './max-flow.js';
import { mulberry32 } from './prng.js';
import { fixture } from '../../testing/fixtures.js';

/** The minimum cut by enumerating every node set that holds the sources and no sink. */
function bruteMinCut(g: CompactGraph, sources: number[], sinks: number[]): number {
  const free = [...Array(g.n).keys()].filter((v) => !sources.includes(v) && !sinks.includes(v));
  let best = Infinity;
  for (let mask = 0; mask < 1 << free.length; mask++) {
    const inS = new Uint8Array(g.n);
    for (const s of sources) inS[s] = 1;
    free.forEach((v, k) => {
      if (mask & (1 << k)) inS[v] = 1;
    });
    let cut = 0;
    for (let i = 0; i < g.m; i++) if (inS[g.tails[i]!] && !inS[g.heads[i]!]) cut += g.caps[i]!;
    best = Math.min(best, cut);
  }
  return best;
}

function randomGraph(rand: () => number): { g: CompactGraph; sources: number[]; sinks: number[] } {
  const n = 2 + Math.floor(rand() * 7);
  const m = Math.floor(rand() * 4 * n);
  const style = rand();
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  for (let i = 0; i < m; i++) {
    tails.push(Math.floor(rand() * n));
    heads.push(Math.floor(rand() * n));
    const r = rand();
    if (style < 0.3 && r < 0.15) caps.push(Infinity);
    else if (style < 0.6) caps.push(Math.round(rand() * 1000) / 100);
    else caps.push(Math.floor(rand() * 10));
  }
  const order = [...Array(n).keys()].sort(() => rand() - 0.5);
  const nSources = rand() < 0.7 ? 1 : 1 + Math.floor(rand() * Math.min(2, n - 1));
  const nSinks = rand() < 0.7 ? 1 : 1 + Math.floor(rand() * Math.min(2, n - nSources));
  return {
    g: graphFromArrays(n, tails, heads, caps),
    sources: order.slice(0, nSources),
    sinks: order.slice(nSources, nSources + Math.max(1, nSinks)),
  };
}

/** DIMACS max-flow text to raw arrays (just enough for the fixture graphs). */
export function readDimacsArrays(text: string) {
  let n = 0;
  let s = 0;
  let t = 0;
  const tails: number[] = [];
  const heads: number[] = [];
  const caps: number[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] === 'p') n = Number(f[2]);
    else if (f[0] === 'n' && f[2] === 's') s = Number(f[1]) - 1;
    else if (f[0] === 'n') t = Number(f[1]) - 1;
    else if (f[0] === 'a') {
      tails.push(Number(f[1]) - 1);
      heads.push(Number(f[2]) - 1);
      caps.push(Number(f[3]));
    }
  }
  return { g: graphFromArrays(n, tails, heads, caps), s, t };
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-7 * Math.max(1, Math.abs(b));

function maxFlowContract(name: MaxFlowAlgorithmName): void {
  describe(`max flow contract: ${name}`, () => {
    it('matches the brute-force minimum cut on 3000 random small graphs, with a valid flow and cut', () => {
      const rand = mulberry32(42);
      for (let k = 0; k < 3000; k++) {
        const { g, sources, sinks } = randomGraph(rand);
        const expected = bruteMinCut(g, sources, sinks);
        const r = maxFlow(g, sources, sinks, { algorithm: name });
        if (expected === Infinity) {
          expect(r.status, `graph ${k}`).toBe('unbounded');
          continue;
        }
        if (r.status !== 'optimal') throw new Error(`graph ${k}: expected a number, got unbounded`);
        expect(close(r.value, expected), `graph ${k}: ${r.value} vs ${expected}`).toBe(true);
        const net = new Float64Array(g.n);
        for (let i = 0; i < g.m; i++) {
          const f = r.flow[i]!;
          expect(f).toBeGreaterThanOrEqual(-1e-9);
          expect(f).toBeLessThanOrEqual(g.caps[i]! + 1e-9);
          net[g.tails[i]!]! -= f;
          net[g.heads[i]!]! += f;
        }
        for (let v = 0; v < g.n; v++) {
          if (!sources.includes(v) && !sinks.includes(v)) expect(Math.abs(net[v]!)).toBeLessThan(1e-7);
        }
        const out = sources.reduce((acc, s) => acc - net[s]!, 0);
        expect(close(out, expected)).toBe(true);
        const cutCap = r.cutArcs.reduce((acc, a) => acc + g.caps[a]!, 0);
        expect(close(cutCap, expected), `graph ${k}: cut ${cutCap} vs ${expected}`).toBe(true);
        for (const s of sources) expect(r.sourceSide[s]).toBe(1);
        for (const t of sinks) expect(r.sourceSide[t]).toBe(0);
        expect(disconnects(g, sources, sinks, new Set(r.cutArcs))).toBe(true);
      }
    });

    it('reports a path of unlimited channels as unbounded, with the path', () => {
      const g = graphFromArrays(4, [0, 1, 0, 2], [1, 3, 2, 3], [Infinity, Infinity, 5, 1]);
      const r = maxFlow(g, 0, 3, { algorithm: name });
      expect(r.value).toBe('unbounded');
      if (r.status === 'unbounded') expect(r.path).toEqual([0, 1]);
    });

    it('treats unlimited channels behind a finite bottleneck as finite', () => {
      const g = graphFromArrays(3, [0, 1], [1, 2], [Infinity, 2.5]);
      expect(maxFlow(g, 0, 2, { algorithm: name }).value).toBe(2.5);
    });

    it('returns 0 when the sink is unreachable', () => {
      const g = graphFromArrays(3, [0], [1], [4]);
      const r = maxFlow(g, 0, 2, { algorithm: name });
      expect(r.value).toBe(0);
      expect(r.status === 'optimal' && r.cutArcs).toEqual([]);
    });

    it.each([
      ['gl1.max', 156545],
      ['gw1.max', 1202018],
      ['wlm3.max', 11875108],
    ])('finds the published max flow of %s', (file, value) => {
      const { g, s, t } = readDimacsArrays(readFileSync(fixture(`maxflow/${file}`), 'utf8'));
      const r = maxFlow(g, s, t, { algorithm: name });
      expect(r.value).toBe(value);
    });
  });
}

function disconnects(g: CompactGraph, sources: number[], sinks: number[], cut: Set<number>): boolean {
  const seen = new Uint8Array(g.n);
  const stack = [...sources];
  for (const s of sources) seen[s] = 1;
  while (stack.length) {
    const v = stack.pop()!;
    for (let i = 0; i < g.m; i++) {
      if (g.tails[i] === v && !cut.has(i) && !seen[g.heads[i]!]) {
        seen[g.heads[i]!] = 1;
        stack.push(g.heads[i]!);
      }
    }
  }
  return sinks.every((t) => !seen[t]);
}

for (const name of Object.keys(MAX_FLOW_ALGORITHMS) as MaxFlowAlgorithmName[]) maxFlowContract(name);

describe('max flow algorithms', () => {
  it('agree with each other on 2000 random graphs', () => {
    const rand = mulberry32(7);
    for (let k = 0; k < 2000; k++) {
      const { g, sources, sinks } = randomGraph(rand);
      const a = maxFlow(g, sources, sinks, { algorithm: 'dinic' });
      const b = maxFlow(g, sources, sinks, { algorithm: 'push-relabel' });
      if (a.status === 'optimal' && b.status === 'optimal') {
        expect(close(a.value, b.value)).toBe(true);
        expect([...a.sourceSide]).toEqual([...b.sourceSide]);
      } else expect(a.status).toBe(b.status);
    }
  });
});

describe('max flow results', () => {
  it('read the minimum cut when first asked, as own enumerable fields that copies and JSON keep', () => {
    const rand = mulberry32(11);
    for (let k = 0; k < 300; k++) {
      const { g, sources, sinks } = randomGraph(rand);
      const r = maxFlow(g, sources, sinks);
      if (r.status !== 'optimal') continue;
      const again = maxFlow(g, sources, sinks);
      if (again.status !== 'optimal') throw new Error('expected the same status');
      // Read in the other order, after another flow: the same cut.
      const cutArcs = again.cutArcs;
      expect(r.sourceSide).toEqual(again.sourceSide);
      expect(r.cutArcs).toEqual(cutArcs);
      expect(r.cutArcs).toBe(r.cutArcs);
      const expected: number[] = [];
      for (let i = 0; i < g.m; i++)
        if (r.sourceSide[g.tails[i]!] && !r.sourceSide[g.heads[i]!]) expected.push(i);
      expect(r.cutArcs).toEqual(expected);
      expect(Object.keys(r).sort()).toEqual(['cutArcs', 'flow', 'sourceSide', 'status', 'value']);
      const copy = { ...r };
      expect(copy.cutArcs).toEqual(expected);
      expect(JSON.parse(JSON.stringify(r)).cutArcs).toEqual(expected);
    }
  });
});
