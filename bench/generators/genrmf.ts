// GENRMF (Goldfarb & Grigoriadis): b frames of a×a grids; grid arcs carry
// c2·a², arcs between frames follow a random permutation with capacity in [c1, c2].

import { mulberry32 } from '../../src/core/graph/prng.js';
import { ArcBuffer, type FlowInstance } from './flow-instance.js';

export interface GenrmfOptions {
  a: number;
  b: number;
  c1: number;
  c2: number;
  seed: number;
}

export const GENRMF_DEFAULTS = { c1: 1, c2: 10000, seed: 1 };

export function genrmf(options: Pick<GenrmfOptions, 'a' | 'b'> & Partial<GenrmfOptions>): FlowInstance {
  const { a, b, c1, c2, seed } = { ...GENRMF_DEFAULTS, ...options };
  const rand = mulberry32(seed);
  const frame = a * a;
  const n = frame * b;
  const arcs = new ArcBuffer(6 * n);
  const inFrame = c2 * frame;
  const perm = new Int32Array(frame);
  for (let k = 0; k < b; k++) {
    const base = k * frame;
    for (let x = 0; x < a; x++) {
      for (let y = 0; y < a; y++) {
        const v = base + x * a + y;
        if (x > 0) arcs.add(v, v - a, inFrame);
        if (x < a - 1) arcs.add(v, v + a, inFrame);
        if (y > 0) arcs.add(v, v - 1, inFrame);
        if (y < a - 1) arcs.add(v, v + 1, inFrame);
      }
    }
    if (k === b - 1) break;
    for (let i = 0; i < frame; i++) perm[i] = i;
    for (let i = frame - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = perm[i]!;
      perm[i] = perm[j]!;
      perm[j] = t;
    }
    for (let i = 0; i < frame; i++)
      arcs.add(base + i, base + frame + perm[i]!, c1 + Math.floor(rand() * (c2 - c1 + 1)));
  }
  return arcs.instance(`GENRMF a=${a} b=${b}`, n, 0, n - 1);
}

/** DIMACS "long" shape: a = 2^(x/4), b = 2^(x/2), scaled here to a target node count. */
export function genrmfLong(nodes: number, seed = 1): FlowInstance {
  const a = Math.max(2, Math.round(nodes ** 0.25));
  const b = Math.max(2, Math.round(nodes / (a * a)));
  return { ...genrmf({ a, b, seed }), family: 'GENRMF-long' };
}

/** DIMACS "wide" shape: a = 2^(2x/5), b = 2^(x/5): large frames, few of them. */
export function genrmfWide(nodes: number, seed = 1): FlowInstance {
  const b = Math.max(2, Math.round(nodes ** 0.2));
  const a = Math.max(2, Math.round(Math.sqrt(nodes / b)));
  return { ...genrmf({ a, b, seed }), family: 'GENRMF-wide' };
}
