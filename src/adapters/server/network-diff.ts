// What changed between two versions of a network: nodes, channels, actions
// and jurisdictions added, removed, or changed (with the fields that differ).

import { canonicalJson } from '../../core/store/codec.js';
import type { Network } from '../../core/model/network.js';
import type { NetworkDiffResponse, SectionDiff } from '../../contract/networks.js';

function diffSection<T extends { id: string }>(a: readonly T[], b: readonly T[]): SectionDiff {
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Map(b.map((x) => [x.id, x]));
  const out: SectionDiff = { added: [], removed: [], changed: [] };
  for (const id of after.keys()) if (!before.has(id)) out.added.push(id);
  for (const [id, x] of before) {
    const y = after.get(id);
    if (!y) {
      out.removed.push(id);
      continue;
    }
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    const fields = [...keys]
      .filter(
        (k) =>
          canonicalJson((x as Record<string, unknown>)[k] ?? null) !==
          canonicalJson((y as Record<string, unknown>)[k] ?? null),
      )
      .sort();
    if (fields.length) out.changed.push({ id, fields });
  }
  out.added.sort();
  out.removed.sort();
  return out;
}

export function diffNetworks(a: Network, av: number, b: Network, bv: number): NetworkDiffResponse {
  return {
    network: b.id,
    from: av,
    to: bv,
    nodes: diffSection(a.nodes, b.nodes),
    channels: diffSection(a.channels, b.channels),
    actions: diffSection(a.actions, b.actions),
    jurisdictions: diffSection(a.jurisdictions, b.jurisdictions),
  };
}
