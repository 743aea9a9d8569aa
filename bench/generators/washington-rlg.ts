// Washington random level graph (Anderson's generator): `levels` levels of
// `width` nodes; each node sends `degree` arcs to random nodes of the next level.

import { mulberry32 } from '../../src/core/graph/prng.js';
import { ArcBuffer, type FlowInstance } from './flow-instance.js';

export interface RlgOptions {
  levels: number;
  width: number;
  degree: number;
  maxCap: number;
  seed: number;
}

export const RLG_DEFAULTS = { degree: 3, maxCap: 10000, seed: 1 };

export function washingtonRlg(
  options: Pick<RlgOptions, 'levels' | 'width'> & Partial<RlgOptions>,
): FlowInstance {
  const { levels, width, degree, maxCap, seed } = { ...RLG_DEFAULTS, ...options };
  const rand = mulberry32(seed);
  const n = levels * width + 2;
  const source = n - 2;
  const sink = n - 1;
  const arcs = new ArcBuffer(levels * width * degree + 2 * width);
  for (let i = 0; i < width; i++) arcs.add(source, i, maxCap * degree);
  for (let l = 0; l < levels - 1; l++) {
    for (let i = 0; i < width; i++) {
      const v = l * width + i;
      for (let d = 0; d < degree; d++) {
        arcs.add(v, (l + 1) * width + Math.floor(rand() * width), 1 + Math.floor(rand() * maxCap));
      }
    }
  }
  for (let i = 0; i < width; i++) arcs.add((levels - 1) * width + i, sink, maxCap * degree);
  return arcs.instance(`Washington-RLG ${levels}×${width}`, n, source, sink);
}

/** Many short levels: the DIMACS "wide" shape. */
export function rlgWide(nodes: number, seed = 1): FlowInstance {
  const levels = 64;
  return {
    ...washingtonRlg({ levels, width: Math.max(2, Math.round(nodes / levels)), seed }),
    family: 'Washington-RLG-wide',
  };
}

/** Few nodes per level, many levels: the DIMACS "long" shape. */
export function rlgLong(nodes: number, seed = 1): FlowInstance {
  const width = 64;
  return {
    ...washingtonRlg({ levels: Math.max(2, Math.round(nodes / width)), width, seed }),
    family: 'Washington-RLG-long',
  };
}
