// List-change re-screening in reverse: when a dataset gets a new version, only
// the entities whose material fields changed are matched, each against an
// index of the watched counterparties, so the cost grows with the diff and not
// with the book. Delistings and removed sanctions of confirmed hits raise
// their own alerts. A full re-screen (the other direction, full-rescreen.ts)
// exists to check that the reverse path misses nothing.

import { factsOf, type Facts } from '../match/facts.js';
import { NAME_DEFAULTS } from '../match/name-compare.js';
import { PartCache } from '../match/part-cache.js';
import { bestNameScore, score, scoreCeiling, type BestPair, type Explanation } from '../match/score.js';
import { caption, type Entity } from '../model/entity.js';
import { BookIndex } from './book-index.js';
import type { AlertEvent, BookWatch, Counterparty, Decision, MatchEvidence, SnapshotRef } from './types.js';
import { MATERIAL_FIELDS, materialFingerprint } from './types.js';

/** What a new dataset version changed, as entities (the store's diff, with bodies). */
export interface ListChange {
  dataset: string;
  from: number;
  to: number;
  added: Entity[];
  changed: { before: Entity; after: Entity }[];
  removed: Entity[];
}

/** A pair already known to the monitor: an open alert or a decision. */
export interface StoredPair {
  counterparty: string;
  entity: string;
  score: number;
}

export interface ReverseScreenResult {
  events: AlertEvent[];
  /** List entities matched against the book (added + materially changed). */
  screened: number;
  /** Changed entities skipped because no material field changed. */
  skipped: number;
  /** Counterparties the book index weighed, those its second bound weighed, and those scored exactly. */
  weighed: number;
  refined: number;
  scored: number;
}

/** How far below the threshold candidates are taken before the exact score decides. */
export const CANDIDATE_SLACK = 0.2;

/** The index over a book's counterparties (build once per book, reuse across runs). */
export function bookIndex(book: readonly Counterparty[]): BookIndex {
  return BookIndex.build(book);
}

const SANCTION_PROPS = ['program', 'programId', 'sanctions'];

function sanctioned(e: Entity): boolean {
  return (
    (e.properties.topics ?? []).some((t) => t.startsWith('sanction')) ||
    SANCTION_PROPS.some((p) => (e.properties[p]?.length ?? 0) > 0)
  );
}

/** An entity with neither a name nor an identifier cannot be matched (some list records are bare). */
export function screenable(e: { schema: string; properties: Record<string, string[]> }): boolean {
  const f = factsOf({ schema: e.schema, properties: e.properties });
  return f.names.length > 0 || f.identifiers.size > 0;
}

/** Material fields whose values differ between two versions of an entity. */
export function changedMaterialFields(before: Entity, after: Entity): string[] {
  const out: string[] = [];
  const keys = new Set([...Object.keys(before.properties), ...Object.keys(after.properties)]);
  for (const k of keys) {
    const a = [...(before.properties[k] ?? [])].sort().join('\u001f');
    const b = [...(after.properties[k] ?? [])].sort().join('\u001f');
    if (a !== b) out.push(k);
  }
  const material = new Set<string>(MATERIAL_FIELDS);
  return out.filter((k) => material.has(k));
}

/** The decision on a pair, found through the entity's id or any of its referents. */
export function decisionFor(
  decisions: readonly Decision[],
  counterparty: string,
  entity: Entity | { id: string; referents?: string[] },
): Decision | undefined {
  const ids = new Set([entity.id, ...(entity.referents ?? [])]);
  return decisions.find(
    (d) => d.counterparty === counterparty && (ids.has(d.entity) || d.referents.some((r) => ids.has(r))),
  );
}

/** A decision still holds while neither side's material fields changed. */
export function decisionHolds(d: Decision, cp: Counterparty, entity: Entity): boolean {
  return (
    d.fingerprints.counterparty === materialFingerprint(cp) &&
    d.fingerprints.entity === materialFingerprint(entity)
  );
}

/** The score of a pair, always in one orientation (the counterparty as the query). */
export function pairScore(
  cp: Counterparty,
  entity: Entity,
  facts: { cp?: Facts; entity?: Facts } = {},
): ReturnType<typeof score> {
  return score(
    facts.cp ?? factsOf({ schema: cp.schema, properties: cp.properties }),
    facts.entity ?? factsOf(entity),
    {},
  );
}

export function matchEvent(
  watch: Pick<BookWatch, 'id'>,
  snapshot: SnapshotRef,
  cp: Counterparty,
  entity: Entity,
  value: number,
  explanations: MatchEvidence['explanations'],
  extra: Partial<MatchEvidence> = {},
): AlertEvent {
  const name = caption(entity);
  return {
    key: `${watch.id}:list-match:pair:${cp.id}|${entity.id}`,
    watch: watch.id,
    rule: 'list-match',
    severity: value >= 0.9 ? 'high' : 'medium',
    title: `${String(cp.properties.name?.[0] ?? cp.id)} matches ${name} (${snapshot.name}) at ${value.toFixed(2)}`,
    value,
    fingerprint: `${materialFingerprint(cp)}:${materialFingerprint(entity)}`,
    snapshot,
    subject: { type: 'pair', id: `${cp.id}|${entity.id}` },
    evidence: { counterparty: cp.id, entity: entity.id, caption: name, score: value, explanations, ...extra },
  };
}

/** A list entity to match against the book, with the material fields that changed (none: added). */
export interface ReverseTarget {
  entity: Entity;
  changedFields?: string[];
}

/** The list entities a change asks to match: the added ones, then the materially changed ones. */
export function reverseTargets(change: ListChange): { targets: ReverseTarget[]; skipped: number } {
  let skipped = 0;
  const targets: ReverseTarget[] = change.added.map((entity) => ({ entity }));
  for (const { before, after } of change.changed) {
    if (materialFingerprint(before) === materialFingerprint(after)) {
      // Not material for matching, but a lost sanction still matters for a confirmed hit.
      if (sanctioned(before) && !sanctioned(after))
        targets.push({ entity: after, changedFields: ['sanction'] });
      else skipped++;
      continue;
    }
    targets.push({ entity: after, changedFields: changedMaterialFields(before, after) });
  }
  return { targets, skipped };
}

/** One target's match events and what its search weighed. */
export interface TargetMatches {
  events: AlertEvent[];
  weighed: number;
  refined: number;
  scored: number;
}

/**
 * Matches list entities against a book, one at a time: the book is reached
 * through its index and `counterpartyAt` (ordinal → counterparty), so a
 * caller may hold the counterparties in any form. Each target's events do not
 * depend on the targets matched before it, so targets may be split between
 * matchers and their events put back in target order.
 */
export class ReverseMatcher {
  private readonly previousScore: Map<string, number>;
  /** Counterparties' facts, made once per run for those that come up (a book's names are parsed lazily). */
  private readonly cpFacts = new Map<number, Facts>();

  constructor(
    private readonly watch: Pick<BookWatch, 'id' | 'threshold'>,
    private readonly snapshot: SnapshotRef,
    private readonly index: BookIndex,
    private readonly counterpartyAt: (ordinal: number) => Counterparty | undefined,
    private readonly decisions: readonly Decision[],
    stored: readonly StoredPair[],
  ) {
    this.previousScore = new Map(stored.map((p) => [`${p.counterparty}|${p.entity}`, p.score]));
  }

  private factsAt(ordinal: number, cp: Counterparty): Facts {
    let f = this.cpFacts.get(ordinal);
    if (!f) {
      if (this.cpFacts.size >= 200_000) this.cpFacts.clear();
      f = factsOf({ schema: cp.schema, properties: cp.properties });
      this.cpFacts.set(ordinal, f);
    }
    return f;
  }

  match({ entity, changedFields }: ReverseTarget): TargetMatches {
    const out: TargetMatches = { events: [], weighed: 0, refined: 0, scored: 0 };
    const entityFacts = factsOf(entity);
    // An entity with neither a name nor an identifier cannot be matched (see screenable).
    if (!entityFacts.names.length && !entityFacts.identifiers.size) return out;
    const { watch, snapshot } = this;
    const found = this.index.candidates(entityFacts, watch.threshold);
    out.weighed = found.weighed;
    out.scored = found.ordinals.length;
    out.refined = found.refined;
    for (const ordinal of found.ordinals) {
      const cp = this.counterpartyAt(ordinal);
      if (!cp) continue;
      // The name score first (no evidence), and the most the pair could score with it.
      // Only the list names whose bound reaches the threshold can give a passing best pair.
      const cpF = this.factsAt(ordinal, cp);
      const cache = new PartCache(NAME_DEFAULTS);
      const pair: BestPair = { score: 0, query: 0, candidate: 0 };
      const which = found.names.get(ordinal);
      const some = which ? { ...entityFacts, names: which.map((i) => entityFacts.names[i]!) } : entityFacts;
      const quick = bestNameScore(cpF, some, cache, NAME_DEFAULTS, pair);
      if (scoreCeiling(quick, cpF) < watch.threshold) continue;
      if (which) pair.candidate = which[pair.candidate]!;
      const exact = score(cpF, entityFacts, {}, cache, pair);
      if (exact.score < watch.threshold) continue;
      const decision = decisionFor(this.decisions, cp.id, entity);
      if (decision && decisionHolds(decision, cp, entity)) continue;
      const prev = this.previousScore.get(`${cp.id}|${entity.id}`);
      out.events.push(
        matchEvent(watch, snapshot, cp, entity, round(exact.score), explanationsOf(exact.explanations), {
          ...(prev !== undefined ? { previousScore: prev } : {}),
          ...(changedFields ? { changedFields } : {}),
        }),
      );
    }
    return out;
  }
}

/** The snapshot a change's events refer to. */
export const changeSnapshot = (change: ListChange): SnapshotRef => ({
  kind: 'dataset',
  name: change.dataset,
  from: change.from,
  to: change.to,
});

/** A reverse re-screen as a port: the same result as reverseRescreen, however it is computed. */
export type ReverseRescreen = (
  watch: BookWatch,
  change: ListChange,
  decisions: readonly Decision[],
  stored: readonly StoredPair[],
  index: BookIndex,
) => Promise<ReverseScreenResult>;

/** Re-screen the book against what changed in one dataset version. */
export function reverseRescreen(
  watch: BookWatch,
  change: ListChange,
  decisions: readonly Decision[],
  stored: readonly StoredPair[],
  index: BookIndex = bookIndex(watch.counterparties),
): ReverseScreenResult {
  const counterparties = watch.counterparties;
  if (index.size !== counterparties.length)
    throw new Error(`the book index has ${index.size} entries, the book ${counterparties.length}`);
  const { targets, skipped } = reverseTargets(change);
  const matcher = new ReverseMatcher(
    watch,
    changeSnapshot(change),
    index,
    (ordinal) => counterparties[ordinal],
    decisions,
    stored,
  );
  return assembleReverse(
    watch,
    change,
    decisions,
    targets,
    skipped,
    targets.map((t) => matcher.match(t)),
  );
}

/**
 * The result of a reverse re-screen from each target's matches (in target
 * order): their events, then the alerts of confirmed hits delisted or whose
 * sanction was lifted.
 */
export function assembleReverse(
  watch: BookWatch,
  change: ListChange,
  decisions: readonly Decision[],
  targets: readonly ReverseTarget[],
  skipped: number,
  matches: readonly TargetMatches[],
): ReverseScreenResult {
  const snapshot = changeSnapshot(change);
  const counterparties = watch.counterparties;
  const events: AlertEvent[] = [];
  let weighed = 0;
  let scored = 0;
  let refined = 0;
  for (const m of matches) {
    for (const e of m.events) events.push(e);
    weighed += m.weighed;
    scored += m.scored;
    refined += m.refined;
  }
  // Confirmed hits: delisted, or their sanction lifted.
  const confirmed = decisions.filter((d) => d.verdict === 'true-match');
  const lifted = new Map(
    targets.filter((t) => t.changedFields?.includes('sanction')).map((t) => [t.entity.id, t.entity]),
  );
  const book = confirmed.length
    ? new Map(counterparties.map((c) => [c.id, c]))
    : new Map<string, Counterparty>();
  for (const d of confirmed) {
    const cp = book.get(d.counterparty);
    if (!cp) continue;
    const gone = change.removed.find((e) => e.id === d.entity || d.referents.includes(e.id));
    const liftedEntity = lifted.get(d.entity) ?? [...lifted.values()].find((e) => d.referents.includes(e.id));
    const entity = gone ?? liftedEntity;
    if (!entity) continue;
    const rule = gone ? 'delisting' : 'sanction-removed';
    events.push({
      key: `${watch.id}:${rule}:pair:${cp.id}|${entity.id}`,
      watch: watch.id,
      rule,
      severity: 'high',
      title: gone
        ? `confirmed hit ${caption(entity)} was removed from ${change.dataset} (version ${change.to})`
        : `confirmed hit ${caption(entity)} no longer carries a sanction in ${change.dataset} (version ${change.to})`,
      value: 1,
      fingerprint: `${rule}:${materialFingerprint(entity)}`,
      snapshot,
      subject: { type: 'pair', id: `${cp.id}|${entity.id}` },
      evidence: {
        counterparty: cp.id,
        entity: entity.id,
        caption: caption(entity),
        score: 1,
        explanations: [],
      },
    });
  }
  return { events, screened: targets.length, skipped, weighed, refined, scored };
}

export function explanationsOf(ex: readonly Explanation[]): MatchEvidence['explanations'] {
  return ex.map((x) => ({
    feature: x.feature,
    score: round(x.contribution),
    ...(x.detail ? { detail: x.detail } : {}),
  }));
}

export const round = (x: number) => Math.round(x * 1e4) / 1e4;
