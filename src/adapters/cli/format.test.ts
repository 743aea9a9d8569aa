import { describe, expect, it } from 'vitest';
import { formatNumber } from './format.js';

describe('formatNumber', () => {
  it('formats as en-US does, with at most two decimals', () => {
    for (const v of [0, 7, 999, 1000, 1234567, -1234.5, 0.125, 2.005, 1e15, 12.3456, 4297029]) {
      expect(formatNumber(v)).toBe(v.toLocaleString('en-US', { maximumFractionDigits: 2 }));
    }
    expect(formatNumber(Infinity)).toBe('unlimited');
    expect(formatNumber(-0.001)).toBe('0');
  });
});
