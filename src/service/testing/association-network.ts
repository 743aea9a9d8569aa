// A seeded association network of any size (no roles, unit capacities), as
// networks built from lists look: groups of tied entities of uneven sizes,
// a few ties between groups, some pairs tied twice (two link kinds), and a
// few actors with no tie at all.

import { mulberry32 } from '../../core/graph/prng.js';
import type { Channel, Network, NetworkNode } from '../../core/model/network.js';

const KINDS = ['ownership', 'membership', 'directorship', 'unknown'] as const;
const WORDS = [
  'Al',
  'Noor',
  'Trading',
  'Holding',
  'Exchange',
  'Group',
  'Bank',
  'Foundation',
  'Shipping',
  'General',
];

export function associationNetwork(actors = 1000, seed = 11): Network {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const nodes: NetworkNode[] = [];
  for (let i = 0; i < actors; i++) {
    const name = `${pick(WORDS)} ${pick(WORDS)} ${i + 1}`;
    nodes.push({ id: `e${i + 1}`, schema: 'Organization', role: 'other', properties: { name: [name] } });
  }
  // Groups with sizes from a heavy-tailed draw; the last 1% of actors stay unlinked.
  const linked = actors - Math.floor(actors / 100);
  const groups: [number, number][] = [];
  for (let start = 0; start < linked;) {
    const size = Math.min(linked - start, 3 + Math.floor(Math.pow(rand(), 3) * 120));
    groups.push([start, size]);
    start += size;
  }
  const channels: Channel[] = [];
  const link = (u: number, v: number) => {
    channels.push({
      id: `l${channels.length + 1}`,
      from: nodes[u]!.id,
      to: nodes[v]!.id,
      kind: pick(KINDS),
      capacity: 1,
      confidence: 0.9,
      confidenceLabel: 'reported',
    });
  };
  for (const [start, size] of groups) {
    // A tree inside the group, plus a few extra ties.
    for (let k = 1; k < size; k++) link(start + Math.floor(rand() * k), start + k);
    for (let k = 0; k < Math.floor(size / 4); k++)
      link(start + Math.floor(rand() * size), start + Math.floor(rand() * size));
  }
  const ties = Math.max(1, Math.floor(groups.length * 1.5));
  for (let k = 0; k < ties; k++) {
    const [a, sa] = pick(groups);
    const [b, sb] = pick(groups);
    link(a + Math.floor(rand() * sa), b + Math.floor(rand() * sb));
  }
  // A second tie of another kind between some pairs already tied.
  const doubled = Math.floor(channels.length / 40);
  for (let k = 0; k < doubled; k++) {
    const c = channels[Math.floor(rand() * channels.length)]!;
    if (c.from === c.to) continue;
    channels.push({
      ...c,
      id: `l${channels.length + 1}`,
      kind: c.kind === 'ownership' ? 'directorship' : 'ownership',
    });
  }
  return {
    id: `association-${actors}`,
    name: `Generated association network of ${actors} actors (seed ${seed})`,
    notice: 'Every actor and tie is generated for testing; capacities are units.',
    nodes: nodes.map((n) => n),
    channels: channels.filter((c) => c.from !== c.to),
    jurisdictions: [],
    actions: [],
  };
}
