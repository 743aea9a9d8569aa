// Network-aware screening: hops and shortest paths from a party to designated
// entities over FtM edges and shared addresses or identifiers.
import type { Entity } from '../model/entity.js';
import { EDGE_SCHEMATA } from '../model/entity.js';
import { NotFoundError } from '../model/errors.js';
import { ID_PROPS, normaliseIdentifier } from './facts.js';
import { foldText } from './fold.js';

export interface ProximityOptions {
  /** Longest path searched, in hops. */
  maxHops: number;
  /** Most designated entities reported. */
  maxHits: number;
  /** Edge schemata followed (either direction). */
  edgeSchemata: string[];
  /** Link entities that share an address (`address` text or `addressEntity` id). */
  viaAddress: boolean;
  /** Link entities that share an identifier (registration, passport, INN…). */
  viaIdentifier: boolean;
  /** Shared values held by more entities than this are ignored (registered agents, mass addresses). */
  maxShared: number;
}

export const PROXIMITY_DEFAULTS: ProximityOptions = {
  maxHops: 3,
  maxHits: 10,
  edgeSchemata: [
    'Ownership',
    'Directorship',
    'Membership',
    'Payment',
    'UnknownLink',
    'Family',
    'Associate',
    'Employment',
    'Representation',
  ],
  viaAddress: true,
  viaIdentifier: true,
  maxShared: 50,
};

export interface ProximityStep {
  from: string;
  to: string;
  /** Edge schema (Ownership…), or `sharedAddress` / `sharedIdentifier`. */
  via: string;
  /** Edge entity id, or the shared value. */
  evidence: string;
}

export interface ProximityHit {
  id: string;
  hops: number;
  path: ProximityStep[];
}

export interface ProximityResult {
  start: string;
  /** The start entity is itself designated. */
  designated: boolean;
  /** Hops to the nearest designated entity, null when none within maxHops. */
  nearest: number | null;
  hits: ProximityHit[];
}

type Adjacency = Map<string, { to: string; via: string; evidence: string }[]>;

function link(adj: Adjacency, a: string, b: string, via: string, evidence: string): void {
  if (a === b) return;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    const list = adj.get(x) ?? [];
    list.push({ to: y, via, evidence });
    adj.set(x, list);
  }
}

function sharedKeys(e: Entity, opts: ProximityOptions): [string, string, string][] {
  const out: [string, string, string][] = [];
  if (opts.viaAddress) {
    for (const a of e.properties.address ?? []) out.push([`a:${foldText(a)}`, 'sharedAddress', a]);
    for (const a of e.properties.addressEntity ?? []) out.push([`a:${a}`, 'sharedAddress', a]);
  }
  if (opts.viaIdentifier) {
    for (const p of ID_PROPS)
      for (const v of e.properties[p] ?? [])
        out.push([`i:${normaliseIdentifier(v)}`, 'sharedIdentifier', `${p} ${v}`]);
  }
  return out;
}

function buildAdjacency(
  entities: Iterable<Entity>,
  opts: ProximityOptions,
): { adj: Adjacency; ids: Set<string> } {
  const adj: Adjacency = new Map();
  const ids = new Set<string>();
  const groups = new Map<string, { members: string[]; via: string; evidence: string }>();
  for (const e of entities) {
    const edge = EDGE_SCHEMATA[e.schema];
    if (edge) {
      if (!opts.edgeSchemata.includes(e.schema)) continue;
      for (const s of e.properties[edge.source] ?? [])
        for (const t of e.properties[edge.target] ?? []) link(adj, s, t, e.schema, e.id);
      continue;
    }
    ids.add(e.id);
    for (const [key, via, evidence] of sharedKeys(e, opts)) {
      const g = groups.get(key) ?? { members: [], via, evidence };
      g.members.push(e.id);
      groups.set(key, g);
    }
  }
  for (const g of groups.values()) {
    if (g.members.length < 2 || g.members.length > opts.maxShared) continue;
    for (let i = 0; i < g.members.length; i++) {
      for (let j = i + 1; j < g.members.length; j++)
        link(adj, g.members[i] as string, g.members[j] as string, g.via, g.evidence);
    }
  }
  return { adj, ids };
}

/** The link graph proximity walks, built once and reused for many start entities. */
export interface ProximityGraph {
  adj: Adjacency;
  ids: Set<string>;
  options: ProximityOptions;
}

export function proximityGraph(
  entities: Iterable<Entity>,
  options: Partial<ProximityOptions> = {},
): ProximityGraph {
  const opts = { ...PROXIMITY_DEFAULTS, ...options };
  return { ...buildAdjacency(entities, opts), options: opts };
}

/** Hops and shortest paths from `startId` to designated entities, nearest first. */
export function proximity(
  entities: Iterable<Entity>,
  designatedIds: Iterable<string>,
  startId: string,
  options: Partial<ProximityOptions> = {},
): ProximityResult {
  return proximityIn(proximityGraph(entities, options), designatedIds, startId, options);
}

/** As `proximity`, over a graph built once; `maxHops` and `maxHits` may differ per call. */
export function proximityIn(
  graph: ProximityGraph,
  designatedIds: Iterable<string> | ReadonlySet<string>,
  startId: string,
  options: Partial<Pick<ProximityOptions, 'maxHops' | 'maxHits'>> = {},
): ProximityResult {
  const opts = { ...graph.options, ...options };
  const designated: ReadonlySet<string> =
    designatedIds instanceof Set ? designatedIds : new Set(designatedIds);
  const { adj, ids } = graph;
  if (!ids.has(startId) && !adj.has(startId)) {
    throw new NotFoundError(
      `proximity: start entity "${startId}" is not among the entities`,
      'pass the id of a node entity (Person, Company…) from the same set',
    );
  }
  const parent = new Map<string, ProximityStep | null>([[startId, null]]);
  const hits: ProximityHit[] = [];
  let frontier = [startId];
  for (let hops = 1; hops <= opts.maxHops && frontier.length && hits.length < opts.maxHits; hops++) {
    const next: string[] = [];
    for (const node of frontier) {
      for (const { to, via, evidence } of adj.get(node) ?? []) {
        if (parent.has(to)) continue;
        parent.set(to, { from: node, to, via, evidence });
        next.push(to);
        if (designated.has(to) && hits.length < opts.maxHits)
          hits.push({ id: to, hops, path: pathTo(parent, to) });
      }
    }
    frontier = next;
  }
  return {
    start: startId,
    designated: designated.has(startId),
    nearest: designated.has(startId) ? 0 : (hits[0]?.hops ?? null),
    hits,
  };
}

function pathTo(parent: Map<string, ProximityStep | null>, id: string): ProximityStep[] {
  const path: ProximityStep[] = [];
  for (let step = parent.get(id); step; step = parent.get(step.from)) path.push(step);
  return path.reverse();
}
