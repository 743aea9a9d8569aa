// The full re-screen: every counterparty of a book against a whole list
// version, the other direction from the reverse path (list-rules.ts), run
// weekly to check that the reverse path misses nothing.

import { buildIndexSync } from '../match/candidate-index.js';
import { screen } from '../match/screen.js';
import type { Entity } from '../model/entity.js';
import {
  CANDIDATE_SLACK,
  decisionFor,
  decisionHolds,
  explanationsOf,
  matchEvent,
  pairScore,
  round,
  screenable,
} from './list-rules.js';
import type { AlertEvent, BookWatch, Decision, SnapshotRef } from './types.js';

/**
 * The full re-screen: every counterparty against the whole list version. Run
 * weekly to check the reverse path; returns the pairs it finds with their
 * scores, keyed as the reverse path keys its alerts.
 */
export function fullRescreen(
  watch: BookWatch,
  entities: readonly Entity[],
  decisions: readonly Decision[],
  snapshot: SnapshotRef = { kind: 'dataset', name: 'list', from: 0, to: 0 },
): Map<string, AlertEvent> {
  const listIndex = buildIndexSync(entities, { versions: { list: '1' }, defaultDataset: 'list' });
  const byId = new Map(entities.map((e) => [e.id, e]));
  const found = new Map<string, AlertEvent>();
  for (const cp of watch.counterparties) {
    if (!screenable(cp)) continue;
    const hits = screen(
      listIndex,
      { schema: cp.schema, properties: cp.properties },
      {
        threshold: watch.threshold,
        cutoff: Math.max(0, watch.threshold - CANDIDATE_SLACK),
        limit: 50,
        candidates: 60,
      },
    );
    for (const h of hits) {
      const entity = byId.get(h.id);
      if (!entity) continue;
      const exact = pairScore(cp, entity);
      if (exact.score < watch.threshold) continue;
      const d = decisionFor(decisions, cp.id, entity);
      if (d && decisionHolds(d, cp, entity)) continue;
      const e = matchEvent(
        watch,
        snapshot,
        cp,
        entity,
        round(exact.score),
        explanationsOf(exact.explanations),
      );
      found.set(e.key, e);
    }
  }
  return found;
}
