import { describe, expect, it } from 'vitest';
import { PairTable } from './pair-table.js';

describe('PairTable', () => {
  it('gives back what was stored while it has room (but for the odd full set)', () => {
    const t = new PairTable(2 ** 12, 4);
    const want = new Map<string, [number, number]>();
    for (let i = 0; i < 5000; i++) {
      const x = (i * 7919) % 1000;
      const y = (i * 104729) % 3000;
      const v = Math.sin(i) / 3;
      t.put(x, y, v, i % 10);
      want.set(`${x},${y}`, [v, i % 10]);
    }
    let found = 0;
    for (const [k, [v, e]] of want) {
      const [x, y] = k.split(',').map(Number) as [number, number];
      const slot = t.find(x, y);
      if (slot < 0) continue;
      found++;
      expect(t.value(slot)).toBe(v);
      expect(t.extra(slot)).toBe(e);
    }
    expect(found).toBe(t.size);
    expect(found).toBeGreaterThan(want.size * 0.99);
    expect(t.find(1000, 0)).toBe(-1);
  });

  it('stays within its limit, and what it still finds is right', () => {
    const t = new PairTable(16);
    for (let i = 0; i < 10_000; i++) t.put(i, i * 3, i / 7);
    expect(t.size).toBeLessThanOrEqual(16 * 4);
    let found = 0;
    for (let i = 0; i < 10_000; i++) {
      const slot = t.find(i, i * 3);
      if (slot < 0) continue;
      found++;
      expect(t.value(slot)).toBe(i / 7);
    }
    expect(found).toBe(t.size);
  });
});
