import { afterAll, describe, expect, it } from 'vitest';
import { HighsSolver } from './highs-solver.js';

const solver = new HighsSolver();
afterAll(() => solver.close());

describe('HighsSolver', () => {
  it('solves a small MILP in a worker and returns the values asked for', async () => {
    const lp =
      'Minimize\n obj: x + 2 y\nSubject To\n c1: x + y >= 1.5\nBounds\n 0 <= x <= 1\nBinary\n y\nEnd\n';
    const s = await solver.solve(lp, { timeLimitSeconds: 10, columns: ['y'] });
    expect(s).toMatchObject({ status: 'optimal', objective: 2.5, values: { y: 1 } });
  });
});
