// Prints network screening for people: each actor's best list candidate, and
// for actors not listed themselves, how close they sit to listed ones.

import type { ActorScreening } from '../../core/match/index.js';
import type { Network } from '../../core/model/network.js';
import { caption } from '../../core/model/entity.js';
import { table } from './format.js';

export function describeProximity(row: ActorScreening, network: Network): string {
  if (row.listed) return 'listed';
  if (row.nearestListed === null) return '';
  const names = new Map(network.nodes.map((n) => [n.id, caption(n)]));
  const last = row.path[row.path.length - 1];
  const target = last ? (names.get(last.to) ?? last.to) : '';
  const via = [...new Set(row.path.map((s) => (s.via === 'UnknownLink' ? 'channel' : s.via)))].join(', ');
  return `⚠ ${row.nearestListed} hop${row.nearestListed === 1 ? '' : 's'} from ${target} (${via})`;
}

export function actorScreeningTable(rows: ActorScreening[], network: Network): string {
  return table(
    ['actor', 'role', 'best list candidate', 'score', 'match', 'network'],
    rows.map((r) => {
      const best = r.results[0];
      return [
        r.name,
        r.role,
        best ? `${best.caption} (${best.id}, ${best.dataset})` : '—',
        best ? best.score.toFixed(3) : '',
        best?.match ? 'MATCH' : '',
        describeProximity(r, network),
      ];
    }),
  );
}
