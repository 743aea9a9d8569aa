// Number and label formatting shared by the views.

import type { Quantity } from './types';

export function fmt(q: Quantity | undefined, digits = 1): string {
  if (q === undefined) return '–';
  if (q === 'unbounded') return 'unlimited';
  return Number.isInteger(q) ? String(q) : q.toFixed(digits);
}

/** "−43.8 %" style change from a to b. */
export function change(a: Quantity, b: Quantity): string {
  if (typeof a !== 'number' || typeof b !== 'number' || a === 0) return '';
  const pct = ((b - a) / a) * 100;
  if (Math.abs(pct) < 0.05) return 'no change';
  return `${pct < 0 ? '−' : '+'}${Math.abs(pct).toFixed(1)} %`;
}

export function pct(x: number): string {
  return `${(x * 100).toFixed(0)} %`;
}
