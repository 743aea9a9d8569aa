// Build a network from a link index: the parties within N links of the
// seeds, and every link of the chosen kinds between them, each channel with
// the records it rests on and a confidence that follows from its kind.

import { caption, type NodeSchema } from '../model/entity.js';
import { NotFoundError, UsageError } from '../model/errors.js';
import type { Channel, LinkKind, Network, NetworkNode, Source } from '../model/network.js';
import type { DatasetRef, LinkIndex, PartyRecord } from './collect.js';
import { datasetSource, fold } from './collect.js';
import { CHANNEL_KIND_OF, LINK_KINDS, linkConfidence } from './link-kinds.js';

export interface BuildOptions {
  /** Network id (the stored name). */
  id: string;
  name?: string;
  /** Entity ids, or names matched exactly (case and accents folded) against name and alias. */
  seeds: string[];
  hops: number;
  linkKinds: readonly LinkKind[];
  /** Leave out links not in force on this date and parties first listed after it. */
  asOf?: string;
  /** A value shared by more parties than this links none of them (registered agents, mass addresses). */
  maxShared: number;
  /** Stop growing the network at this many actors (the report says so). */
  maxNodes: number;
}

export const BUILD_DEFAULTS: Omit<BuildOptions, 'id' | 'seeds'> = {
  hops: 2,
  linkKinds: LINK_KINDS,
  maxShared: 10,
  maxNodes: 50_000,
};

export interface SeedResolution {
  query: string;
  how: 'id' | 'name';
  ids: string[];
}

export interface BuildReport {
  seeds: SeedResolution[];
  hops: number;
  linkKinds: LinkKind[];
  asOf?: string;
  datasets: DatasetRef[];
  counts: { nodes: number; channels: number; designated: number; byKind: Partial<Record<LinkKind, number>> };
  /** Hops from the nearest seed, per actor id. */
  depth: Record<string, number>;
  /** Shared values skipped for being held by more than maxShared parties. */
  skippedShared: number;
  /** Link records of the datasets whose ends are not parties (e.g. "Linked To" names not listed). */
  unresolvedLinks: number;
  /** True when maxNodes stopped the search before N hops. */
  truncated: boolean;
  /** Built networks carry unit capacities: one per link, not a measured flow. */
  capacities: 'unit';
}

export const UNIT_CAPACITY_NOTICE =
  'Built from sanctions lists and FtM records: every link has unit capacity (1), not a measured flow; ' +
  'confidence follows the kind of link (stated 0.9, shared identifier 0.7, shared address 0.4).';

/**
 * Folded names → party ids over the parties' names and aliases (all of them, or only the
 * folded names in `wanted`), ids in party order, each once.
 */
export function partyNames(index: LinkIndex, wanted?: ReadonlySet<string>): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const { entity } of index.parties.values()) {
    const p = entity.properties;
    for (const list of [p.name, p.alias, p.weakAlias, p.previousName]) {
      for (const n of list ?? []) {
        const key = fold(n);
        if (wanted && !wanted.has(key)) continue;
        const ids = byName.get(key) ?? [];
        if (!ids.includes(entity.id)) ids.push(entity.id);
        byName.set(key, ids);
      }
    }
  }
  return byName;
}

/** Resolve each seed to party ids: an exact id first, else exact folded name or alias. */
export function resolveSeeds(index: LinkIndex, seeds: string[]): SeedResolution[] {
  const wanted = new Set(seeds.filter((q) => !index.parties.has(q)).map(fold));
  const byName = index.names ?? (wanted.size ? partyNames(index, wanted) : new Map<string, string[]>());
  return seeds.map((query) => {
    if (index.parties.has(query)) return { query, how: 'id' as const, ids: [query] };
    const ids = byName.get(fold(query));
    if (!ids?.length)
      throw new NotFoundError(
        `no entity with id or name "${query}" in ${index.datasets.map((d) => `${d.name}@${d.version}`).join(', ')}`,
        'give an entity id (ofac-4697, un-…) or a name exactly as listed (screen the name to see how it is listed)',
      );
    return { query, how: 'name' as const, ids: [...ids].sort() };
  });
}

function listedBy(party: PartyRecord, asOf: string | undefined): boolean {
  if (!asOf) return true;
  const dates = party.designations.map((d) => d.listingDate);
  // A party is left out only when every designation is dated and all are after the date.
  return dates.length === 0 || dates.some((d) => d === undefined || d <= asOf);
}

interface Edge {
  to: string;
  /** Index into stated links, or −(shared group index + 1). */
  ref: number;
}

export function buildNetwork(
  index: LinkIndex,
  options: Partial<BuildOptions> & Pick<BuildOptions, 'id' | 'seeds'>,
): { network: Network; report: BuildReport } {
  const opts: BuildOptions = { ...BUILD_DEFAULTS, ...options };
  if (!Number.isInteger(opts.hops) || opts.hops < 0 || opts.hops > 10)
    throw new UsageError(`hops must be a whole number 0–10, got ${opts.hops}`, 'pass {hops=2}', 'hops');
  if (opts.seeds.length === 0)
    throw new UsageError(
      'no seeds given',
      'name at least one seed entity ({around}): an id or a name',
      'around',
    );
  const kinds = new Set(opts.linkKinds);
  const asOf = opts.asOf;
  const inForce = (from?: string, to?: string) => !asOf || ((!from || from <= asOf) && (!to || to >= asOf));
  const eligible = (id: string) => {
    const party = index.parties.get(id);
    return party !== undefined && listedBy(party, asOf);
  };

  const adjacency = new Map<string, Edge[]>();
  const connect = (a: string, b: string, ref: number) => {
    for (const [x, y] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = adjacency.get(x);
      if (list) list.push({ to: y, ref });
      else adjacency.set(x, [{ to: y, ref }]);
    }
  };
  index.stated.forEach((l, i) => {
    if (kinds.has(l.kind) && inForce(l.validFrom, l.validTo)) connect(l.from, l.to, i);
  });
  let skippedShared = 0;
  const groupsOf = new Map<string, number[]>();
  index.shared.forEach((g, gi) => {
    if (!kinds.has(g.kind)) return;
    if (g.members.length > opts.maxShared) {
      skippedShared++;
      return;
    }
    for (const m of g.members) {
      const list = groupsOf.get(m);
      if (list) list.push(gi);
      else groupsOf.set(m, [gi]);
    }
  });

  const seeds = resolveSeeds(index, opts.seeds);
  const depth = new Map<string, number>();
  for (const s of seeds) for (const id of s.ids) if (eligible(id)) depth.set(id, 0);
  let frontier = [...depth.keys()];
  let truncated = false;
  for (let hop = 1; hop <= opts.hops && frontier.length && !truncated; hop++) {
    const next: string[] = [];
    const visit = (to: string) => {
      if (depth.has(to) || !eligible(to)) return;
      if (depth.size >= opts.maxNodes) {
        truncated = true;
        return;
      }
      depth.set(to, hop);
      next.push(to);
    };
    for (const id of frontier) {
      for (const e of adjacency.get(id) ?? []) visit(e.to);
      for (const gi of groupsOf.get(id) ?? []) for (const m of index.shared[gi]!.members) visit(m);
    }
    frontier = next;
  }

  const nodes: NetworkNode[] = [...depth.keys()].map((id) => toNode(index.parties.get(id)!));
  const channels = new Map<string, Channel>();
  const addChannel = (from: string, to: string, kind: LinkKind, label: string, sources: Source[]) => {
    const key = `${kind}:${from}:${to}`;
    const existing = channels.get(key);
    if (existing) {
      for (const s of sources)
        if (!existing.sources!.some((t) => t.record === s.record && t.quote === s.quote))
          existing.sources!.push(s);
      return;
    }
    channels.set(key, {
      id: key,
      from,
      to,
      kind: CHANNEL_KIND_OF[kind],
      capacity: 1,
      ...linkConfidence(kind),
      label,
      link: kind,
      sources: [...sources],
    });
  };
  const seenGroups = new Set<number>();
  for (const id of depth.keys()) {
    for (const e of adjacency.get(id) ?? []) {
      const l = index.stated[e.ref]!;
      if (l.from !== id || !depth.has(l.to)) continue;
      addChannel(l.from, l.to, l.kind, l.label, [l.source]);
      const ch = channels.get(`${l.kind}:${l.from}:${l.to}`)!;
      if (l.validFrom) ch.validFrom = l.validFrom;
      if (l.validTo) ch.validTo = l.validTo;
    }
    for (const gi of groupsOf.get(id) ?? []) {
      if (seenGroups.has(gi)) continue;
      seenGroups.add(gi);
      const g = index.shared[gi]!;
      const inside = g.members.map((m, i) => [m, g.sources[i]!] as const).filter(([m]) => depth.has(m));
      inside.sort((a, b) => (a[0] < b[0] ? -1 : 1));
      for (let i = 0; i < inside.length; i++)
        for (let j = i + 1; j < inside.length; j++)
          addChannel(inside[i]![0], inside[j]![0], g.kind, g.label, [inside[i]![1], inside[j]![1]]);
    }
  }

  const byKind: Partial<Record<LinkKind, number>> = {};
  for (const c of channels.values()) byKind[c.link!] = (byKind[c.link!] ?? 0) + 1;
  const network: Network = {
    id: opts.id,
    name: opts.name ?? `${opts.id}: ${opts.hops} hops around ${opts.seeds.join(', ')}`,
    description: `Built from ${index.datasets.map((d) => `${d.name}@${d.version}`).join(', ')} around ${seeds
      .flatMap((s) => s.ids)
      .map((id) => caption(index.parties.get(id)!.entity))
      .join(', ')}${asOf ? ` as of ${asOf}` : ''}.`,
    notice: UNIT_CAPACITY_NOTICE,
    nodes,
    channels: [...channels.values()],
    jurisdictions: [],
    actions: [],
  };
  const report: BuildReport = {
    seeds,
    hops: opts.hops,
    linkKinds: [...kinds],
    datasets: index.datasets,
    counts: {
      nodes: nodes.length,
      channels: network.channels.length,
      designated: nodes.filter((n) => n.designated).length,
      byKind,
    },
    depth: Object.fromEntries(depth),
    skippedShared,
    unresolvedLinks: index.unresolved,
    truncated,
    capacities: 'unit',
  };
  if (asOf) report.asOf = asOf;
  return { network, report };
}

const NODE_SCHEMA_OF: Record<string, NodeSchema> = { LegalEntity: 'LegalEntity' };

function toNode(party: PartyRecord): NetworkNode {
  const e = party.entity;
  const node: NetworkNode = {
    id: e.id,
    schema: (NODE_SCHEMA_OF[e.schema] ?? e.schema) as NodeSchema,
    role: 'other',
    properties: nodeProperties(e.properties),
    sources: party.datasets.map((d, i) => datasetSource(d, party.records[i] ?? e.id)),
  };
  if (party.designations.length || e.properties.topics?.includes('sanction')) {
    node.designated = true;
    node.listed = [e.id];
  }
  if (party.designations.length) node.designations = party.designations;
  return node;
}

/** Properties an actor keeps: names, identifiers, places and programmes, not the raw source rows. */
const DROPPED = new Set(['sourceRecord']);
function nodeProperties(props: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(props)) if (!DROPPED.has(k) && v.length) out[k] = v;
  if (!out.name?.length) out.name = [props.alias?.[0] ?? 'unnamed'];
  return out;
}
