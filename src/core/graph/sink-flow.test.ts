import { describe, expect, it } from 'vitest';
import { graphFromArrays } from './compact-graph.js';
import { maxFlow } from './max-flow.js';
import { mulberry32 } from './prng.js';
import { maxFlowValuesTo } from './sink-flow.js';

describe('maxFlowValuesTo', () => {
  it('gives each sink the value a whole-graph max flow gives it, on random graphs with unlimited and empty arcs', () => {
    const rand = mulberry32(11);
    for (let round = 0; round < 200; round++) {
      const n = 3 + Math.floor(rand() * 12);
      const m = Math.floor(rand() * 3 * n);
      const tails: number[] = [];
      const heads: number[] = [];
      const caps: number[] = [];
      for (let i = 0; i < m; i++) {
        tails.push(Math.floor(rand() * n));
        heads.push(Math.floor(rand() * n));
        const r = rand();
        caps.push(r < 0.08 ? Infinity : r < 0.16 ? 0 : Math.round(rand() * 500) / 10);
      }
      const g = graphFromArrays(n, tails, heads, caps);
      const sources = [0, ...(rand() < 0.5 ? [1] : [])];
      const sinks = [...Array(n).keys()].filter((v) => !sources.includes(v));
      const got = maxFlowValuesTo(g, sources, sinks);
      sinks.forEach((t, k) => {
        const want = maxFlow(g, sources, [t]).value;
        if (want === 'unbounded') expect(got[k]).toBe('unbounded');
        else expect(got[k]).toBeCloseTo(want, 9);
      });
    }
  });

  it('answers 0 for a sink no source reaches, and refuses a sink that is also a source', () => {
    const g = graphFromArrays(4, [0, 2], [1, 3], [5, 7]);
    expect(maxFlowValuesTo(g, [0], [1, 3])).toEqual([5, 0]);
    expect(() => maxFlowValuesTo(g, [0], [0])).toThrow(/both a source and a sink/);
  });
});
