// The new-front rule: a new actor linked (by a channel, a shared address or
// identifier) to a known operator, front, designated actor or confirmed hit.

import type { Network, NetworkNode } from '../model/network.js';
import { event, type RuleContext } from './network-event.js';
import type { AlertEvent } from './types.js';

export function newFronts(ctx: RuleContext, confirmedHits: readonly string[]): AlertEvent[] {
  const { changes, current, after, thresholds: t } = ctx;
  const known = knownActors(ctx.previous, confirmedHits);
  const events: AlertEvent[] = [];
  for (const n of changes.addedNodes) {
    const links = linksToKnown(n, current, known);
    if (!links.length) continue;
    const own = ctx.contributions.find((c) => c.element.type === 'node' && c.element.id === n.id);
    events.push(
      event(
        ctx,
        'new-front',
        { type: 'node', id: n.id },
        {
          severity: own && own.residualWith > own.residualWithout + t.epsilon ? 'high' : 'medium',
          title: `new actor ${String(n.properties.name?.[0] ?? n.id)} linked to ${links.map((l) => `${l.to} (${l.how})`).join(', ')}`,
          value: own ? own.residualWith - own.residualWithout : 0,
          facts: `front:${links
            .map((l) => `${l.to}/${l.how}`)
            .sort()
            .join(',')}`,
        },
        { ...ctx.base(), paths: after.paths.filter((p) => p.nodes.includes(n.id)) },
      ),
    );
  }
  return events;
}

function knownActors(previous: Network, confirmed: readonly string[]): Map<string, NetworkNode> {
  const hits = new Set(confirmed);
  return new Map(
    previous.nodes
      .filter((n) => n.role === 'operator' || n.role === 'front' || n.designated || hits.has(n.id))
      .map((n) => [n.id, n]),
  );
}

const IDENTIFYING = ['address', 'idNumber', 'registrationNumber', 'taxNumber', 'imoNumber', 'phone', 'email'];
const norm = (v: string) => v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** How a new actor is tied to known ones: a channel, or a shared address or identifier. */
function linksToKnown(
  node: NetworkNode,
  network: Network,
  known: Map<string, NetworkNode>,
): { to: string; how: string }[] {
  const out: { to: string; how: string }[] = [];
  for (const c of network.channels) {
    const other = c.from === node.id ? c.to : c.to === node.id ? c.from : undefined;
    if (other && known.has(other)) out.push({ to: other, how: c.kind === 'unknown' ? 'channel' : c.kind });
  }
  for (const prop of IDENTIFYING) {
    const mine = new Set((node.properties[prop] ?? []).map(norm).filter((v) => v.length >= 4));
    if (!mine.size) continue;
    for (const k of known.values()) {
      if ((k.properties[prop] ?? []).some((v) => mine.has(norm(v))))
        out.push({ to: k.id, how: `shared ${prop}` });
    }
  }
  const seen = new Set<string>();
  return out.filter((l) => {
    const key = `${l.to}/${l.how}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
