// A seeded support network of any size for report tests: sponsors feed
// operators, operators feed fronts, carriers and transit points, which feed
// recipients; names of realistic length; a few measures and rebuild candidates.

import { mulberry32 } from '../../../core/graph/prng.js';
import type {
  Action,
  Channel,
  ConfidenceLabel,
  Network,
  NetworkNode,
  Role,
} from '../../../core/model/network.js';
import { CONFIDENCE_DEFAULTS } from '../../../core/model/network.js';

const WORDS = [
  'Gulf',
  'Trading',
  'Maritime',
  'Charity',
  'Relief',
  'Logistics',
  'Holding',
  'Exchange',
  'Brothers',
  'International',
  'Shipping',
  'Foundation',
  'Services',
  'Petroleum',
  'Cargo',
  'Aviation',
];

const PLACES = [
  'Dubai',
  'Istanbul',
  'Beirut',
  'Damascus',
  'Baghdad',
  'Sana’a',
  'Muscat',
  'Khartoum',
  'Cairo',
];

export function generatedNetwork(actors = 200, seed = 7): Network {
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const shares: [Role, number][] = [
    ['sponsor', 0.02],
    ['operator', 0.12],
    ['front', 0.3],
    ['carrier', 0.16],
    ['transit', 0.18],
    ['recipient', 0.2],
  ];
  const nodes: NetworkNode[] = [];
  const byRole = new Map<Role, string[]>();
  let made = 0;
  shares.forEach(([role, share], i) => {
    const count = i === shares.length - 1 ? actors - made : Math.max(1, Math.round(actors * share));
    for (let k = 0; k < count; k++) {
      const id = `${role}-${k + 1}`;
      const words = 1 + Math.floor(rand() * 3);
      const name = `${Array.from({ length: words }, () => pick(WORDS)).join(' ')} ${role} ${k + 1} (${pick(PLACES)})`;
      nodes.push({
        id,
        schema: role === 'sponsor' ? 'Country' : 'Organization',
        role,
        properties: { name: [name] },
      });
      byRole.set(role, [...(byRole.get(role) ?? []), id]);
    }
    made += count;
  });
  const channels: Channel[] = [];
  const link = (from: string, to: string) => {
    const label: ConfidenceLabel = pick(['alleged', 'reported', 'confirmed'] as const);
    channels.push({
      id: `c${channels.length + 1}`,
      from,
      to,
      kind: pick(['financial', 'arms', 'land-route', 'sea-route', 'air-route'] as const),
      capacity: 5 + Math.floor(rand() * 60),
      confidence: CONFIDENCE_DEFAULTS[label],
      confidenceLabel: label,
      sources: [{ citation: `Generated example, seed ${seed}`, quote: `Channel ${from} → ${to}` }],
    });
  };
  const get = (r: Role) => byRole.get(r) ?? [];
  for (const op of get('operator')) link(pick(get('sponsor')), op);
  for (const r of ['front', 'carrier', 'transit'] as const)
    for (const id of get(r)) {
      link(pick(get('operator')), id);
      link(id, pick(get('recipient')));
    }
  for (const rec of get('recipient'))
    if (!channels.some((c) => c.to === rec)) link(pick(get('transit')), rec);
  const actions: Action[] = get('operator')
    .slice(0, 6)
    .map((id, i) => ({
      id: `designate-${id}`,
      kind: 'designate',
      label: `Designate operator ${i + 1}`,
      target: { type: 'node', id },
      cost: 2 + (i % 3),
      effect: { type: 'remove' },
    }));
  const candidates: Channel[] = get('operator')
    .slice(0, 3)
    .map((op, i) => ({
      id: `rebuild-${i + 1}`,
      from: get('operator')[(i + 4) % get('operator').length]!,
      to: get('transit')[i]!,
      kind: 'sea-route',
      capacity: 20,
      confidence: 0.4,
      confidenceLabel: 'alleged',
      cost: 1 + i,
      label: `Rebuilt route ${i + 1} (${op})`,
    }));
  return {
    id: `generated-${actors}`,
    name: `Generated network of ${actors} actors (seed ${seed})`,
    notice: 'Every actor, channel and figure is generated for testing.',
    nodes,
    channels,
    jurisdictions: [],
    actions,
    candidates,
  };
}
