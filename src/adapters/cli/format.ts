// Plain-text output for people: aligned tables, number formatting and
// sponsor → recipient paths.

import { caption } from '../../core/model/entity.js';
import type { Network } from '../../core/model/network.js';
import type { SimplePath } from '../../core/graph/simple-paths.js';

/**
 * Thousands separated by commas, at most two decimals (as en-US formats them),
 * without toLocaleString: its first call loads the ICU locale data, a quarter
 * of a second of a short command's start.
 */
export function formatNumber(v: number): string {
  if (v === Infinity) return 'unlimited';
  if (v === -Infinity) return '-unlimited';
  if (Number.isNaN(v)) return 'NaN';
  const rounded = Math.round(Math.abs(v) * 100) / 100;
  if (rounded >= 1e21) return v.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const [whole, fraction] = rounded.toFixed(2).split('.') as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const decimals = fraction.replace(/0+$/, '');
  const sign = v < 0 && rounded > 0 ? '-' : '';
  return `${sign}${grouped}${decimals ? `.${decimals}` : ''}`;
}

export function formatPercent(v: number): string {
  return `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%`;
}

/** An aligned table; numbers right-aligned. */
export function table(headers: string[], rows: (string | number)[][]): string {
  const cells = rows.map((r) => r.map((c) => (typeof c === 'number' ? formatNumber(c) : c)));
  const widths = headers.map((h, i) => Math.max(h.length, ...cells.map((r) => (r[i] ?? '').length)));
  const numeric = headers.map((_h, i) => rows.length > 0 && rows.every((r) => typeof r[i] === 'number'));
  const line = (r: string[]): string =>
    r
      .map((c, i) => (numeric[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '─'.repeat(w))), ...cells.map(line)].join('\n') + '\n';
}

/** `A —land-route→ B —financial→ C`: a path with the kind of each channel. */
export function formatPath(nodes: string[], channelKinds: string[], name: (id: string) => string): string {
  let out = name(nodes[0] ?? '');
  for (let i = 1; i < nodes.length; i++) out += ` —${channelKinds[i - 1] ?? ''}→ ${name(nodes[i]!)}`;
  return out;
}

/** Paths as a table: rank, bottleneck, joint confidence, and the route with channel kinds. */
export function pathsTable(paths: SimplePath[], network: Network): string {
  const names = new Map(network.nodes.map((n) => [n.id, caption(n)]));
  const kinds = new Map(network.channels.map((c) => [c.id, c.kind]));
  return table(
    ['#', 'bottleneck', 'confidence', 'path'],
    paths.map((p, i) => [
      String(i + 1),
      formatNumber(p.bottleneck),
      p.confidence.toFixed(3),
      formatPath(
        p.nodes,
        p.channels.map((c) => kinds.get(c) ?? ''),
        (id) => names.get(id) ?? id,
      ),
    ]),
  );
}
