// Association analysis: for networks whose links say who is tied to whom but
// not how much flows (built from lists, or any network read with unit
// capacities). Centrality, bridges and cut vertices, the fewest actors
// separating two groups, communities, and the designations naming each actor.

import graphology from 'graphology';
import louvainModule, {
  type DetailedLouvainOutput,
  type LouvainOptions,
} from 'graphology-communities-louvain';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';
import { graphFromArrays } from '../graph/compact-graph.js';
import { mulberry32 } from '../graph/prng.js';
import { minVertexCut } from '../graph/vertex-cut.js';
import { caption } from '../model/entity.js';
import { NotFoundError, UsageError } from '../model/errors.js';
import type { Designation, LinkKind, Network } from '../model/network.js';
import { foldText } from '../match/fold.js';

const cjsDefault = <T>(mod: { default: T }): T => (mod as { default?: T }).default ?? (mod as unknown as T);
interface Louvain {
  detailed(
    graph: InstanceType<typeof graphology.UndirectedGraph>,
    options?: LouvainOptions,
  ): DetailedLouvainOutput;
}
const louvain = cjsDefault(louvainModule as unknown as { default: Louvain });
const betweenness = cjsDefault(betweennessModule);

export interface AssociationOptions {
  /** How many actors each ranking lists. */
  top: number;
  /** Two groups of actors (ids, names or list ids) to separate; omitted: no separator. */
  between?: [string[], string[]];
  /** Seed of Louvain's random order, so communities are the same on every run. */
  seed: number;
  /** Betweenness is O(actors × links): above this many actors it is skipped (the result says so). */
  maxBetweennessNodes: number;
}

export const ASSOCIATION_DEFAULTS: AssociationOptions = { top: 10, seed: 1, maxBetweennessNodes: 20_000 };

export interface ActorRef {
  id: string;
  name: string;
}

export interface Separator {
  groups: [ActorRef[], ActorRef[]];
  /** `optimal`: removing `actors` disconnects the groups; `adjacent`: a direct link joins them. */
  status: 'optimal' | 'adjacent' | 'disconnected';
  actors: (ActorRef & { designated: boolean })[];
  /** Direct links between the groups when `adjacent`. */
  directLinks: string[];
}

export interface AssociationResult {
  network: string;
  /** Every link counts once, whatever capacity the network gives it. */
  capacities: 'unit';
  notice: string;
  nodes: number;
  links: number;
  components: number;
  largestComponent: number;
  betweenness: (ActorRef & { score: number })[] | null;
  betweennessSkipped?: string;
  bridges: { channel: string; from: ActorRef; to: ActorRef; link?: LinkKind; smallerSide: number }[];
  articulationPoints: (ActorRef & { splitsInto: number; cutsOff: number })[];
  separator?: Separator;
  /** The largest `top` communities of two or more actors, biggest first. */
  communities: { id: number; size: number; members: ActorRef[] }[];
  /** How many communities of two or more actors there are in all. */
  communityCount: number;
  modularity: number;
  designations: (ActorRef & { designations: Designation[]; listed: string[] })[];
}

export const UNIT_NOTICE =
  'Association analysis: every link counts once (unit capacity); capacities and confidences in the network are not used.';

interface Undirected {
  ids: string[];
  index: Map<string, number>;
  /** Edge e joins eu[e]–ev[e]; channel id ec[e]. Parallel channels are one edge. */
  eu: number[];
  ev: number[];
  ec: string[];
  adj: number[][];
}

function undirected(network: Network): Undirected {
  const ids = network.nodes.map((n) => n.id);
  const index = new Map(ids.map((id, i) => [id, i]));
  const g: Undirected = { ids, index, eu: [], ev: [], ec: [], adj: ids.map(() => []) };
  const seen = new Set<string>();
  for (const c of network.channels) {
    const u = index.get(c.from);
    const v = index.get(c.to);
    if (u === undefined || v === undefined || u === v) continue;
    const key = u < v ? `${u}:${v}` : `${v}:${u}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const e = g.eu.length;
    g.eu.push(u);
    g.ev.push(v);
    g.ec.push(c.id);
    g.adj[u]!.push(e);
    g.adj[v]!.push(e);
  }
  return g;
}

function components(g: Undirected): Int32Array {
  const comp = new Int32Array(g.ids.length).fill(-1);
  let c = 0;
  for (let s = 0; s < g.ids.length; s++) {
    if (comp[s] !== -1) continue;
    const stack = [s];
    comp[s] = c;
    while (stack.length) {
      const u = stack.pop()!;
      for (const e of g.adj[u]!) {
        const w = g.eu[e] === u ? g.ev[e]! : g.eu[e]!;
        if (comp[w] === -1) {
          comp[w] = c;
          stack.push(w);
        }
      }
    }
    c++;
  }
  return comp;
}

/** Bridges and articulation points by one iterative depth-first search (Tarjan). */
function cutStructure(g: Undirected): {
  bridges: { edge: number; smallerSide: number }[];
  points: { node: number; splitsInto: number; cutsOff: number }[];
} {
  const n = g.ids.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const compSize = new Map<number, number>();
  const comp = components(g);
  for (let v = 0; v < n; v++) compSize.set(comp[v]!, (compSize.get(comp[v]!) ?? 0) + 1);
  const splits = new Int32Array(n);
  const cutOff = new Int32Array(n);
  const maxPart = new Int32Array(n);
  const isRoot = new Uint8Array(n);
  const bridges: { edge: number; smallerSide: number }[] = [];
  let time = 0;
  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    isRoot[root] = 1;
    const stack: { v: number; parentEdge: number; i: number }[] = [{ v: root, parentEdge: -1, i: 0 }];
    disc[root] = low[root] = time++;
    size[root] = 1;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const { v } = top;
      if (top.i < g.adj[v]!.length) {
        const e = g.adj[v]![top.i++]!;
        if (e === top.parentEdge) continue;
        const w = g.eu[e] === v ? g.ev[e]! : g.eu[e]!;
        if (disc[w] === -1) {
          disc[w] = low[w] = time++;
          size[w] = 1;
          stack.push({ v: w, parentEdge: e, i: 0 });
        } else low[v] = Math.min(low[v]!, disc[w]!);
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (!parent) continue;
      const p = parent.v;
      size[p]! += size[v]!;
      low[p] = Math.min(low[p]!, low[v]!);
      const total = compSize.get(comp[v]!)!;
      if (low[v]! > disc[p]!)
        bridges.push({ edge: top.parentEdge, smallerSide: Math.min(size[v]!, total - size[v]!) });
      if (low[v]! >= disc[p]!) {
        splits[p]!++;
        cutOff[p]! += size[v]!;
        maxPart[p] = Math.max(maxPart[p]!, size[v]!);
      }
    }
  }
  const points: { node: number; splitsInto: number; cutsOff: number }[] = [];
  for (let v = 0; v < n; v++) {
    // A search root is a cut vertex with two or more child subtrees; any other node with one.
    const root = isRoot[v] === 1;
    if (splits[v]! < (root ? 2 : 1)) continue;
    const total = compSize.get(comp[v]!)!;
    const rest = root ? 0 : total - 1 - cutOff[v]!;
    // Actors cut off from the largest remaining part when v goes.
    const largest = Math.max(maxPart[v]!, rest);
    points.push({ node: v, splitsInto: splits[v]! + (root ? 0 : 1), cutsOff: total - 1 - largest });
  }
  return { bridges, points };
}

/** Resolve actor names, ids or list ids to node ids. */
export function resolveActors(network: Network, queries: string[]): string[] {
  const out: string[] = [];
  for (const q of queries) {
    const folded = foldText(q);
    const hits = network.nodes.filter(
      (n) =>
        n.id === q ||
        n.listed?.includes(q) ||
        [...(n.properties.name ?? []), ...(n.properties.alias ?? [])].some((x) => foldText(x) === folded),
    );
    if (hits.length === 0)
      throw new NotFoundError(
        `network "${network.id}" has no actor "${q}"`,
        'give an actor id, a list id it stands for, or its name as the network shows it',
      );
    for (const h of hits) if (!out.includes(h.id)) out.push(h.id);
  }
  return out;
}

export function associationAnalysis(
  network: Network,
  options: Partial<AssociationOptions> = {},
): AssociationResult {
  const opts = { ...ASSOCIATION_DEFAULTS, ...options };
  const g = undirected(network);
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const ref = (i: number): ActorRef => ({ id: g.ids[i]!, name: caption(byId.get(g.ids[i]!)!) });
  const refId = (id: string): ActorRef => ({ id, name: caption(byId.get(id)!) });
  const comp = components(g);
  const compSizes = new Map<number, number>();
  for (const c of comp) compSizes.set(c, (compSizes.get(c) ?? 0) + 1);

  const simple = new graphology.UndirectedGraph();
  for (const id of g.ids) simple.addNode(id);
  for (let e = 0; e < g.eu.length; e++) simple.addEdge(g.ids[g.eu[e]!]!, g.ids[g.ev[e]!]!);

  let central: AssociationResult['betweenness'] = null;
  let betweennessSkipped: string | undefined;
  if (g.ids.length <= opts.maxBetweennessNodes) {
    const scores = betweenness(simple, { normalized: true });
    central = Object.entries(scores)
      .filter(([, s]) => s > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, opts.top)
      .map(([id, score]) => ({ ...refId(id), score: Math.round(score * 1e6) / 1e6 }));
  } else
    betweennessSkipped = `${g.ids.length} actors is above the ${opts.maxBetweennessNodes} betweenness limit`;

  const cuts = cutStructure(g);
  const linkOf = new Map(network.channels.map((c) => [c.id, c.link]));
  const bridges = cuts.bridges
    .sort((a, b) => b.smallerSide - a.smallerSide || a.edge - b.edge)
    .slice(0, opts.top)
    .map(({ edge, smallerSide }) => {
      const out: AssociationResult['bridges'][number] = {
        channel: g.ec[edge]!,
        from: ref(g.eu[edge]!),
        to: ref(g.ev[edge]!),
        smallerSide,
      };
      const link = linkOf.get(g.ec[edge]!);
      if (link) out.link = link;
      return out;
    });
  const articulationPoints = cuts.points
    .sort((a, b) => b.cutsOff - a.cutsOff || b.splitsInto - a.splitsInto || a.node - b.node)
    .slice(0, opts.top)
    .map((p) => ({ ...ref(p.node), splitsInto: p.splitsInto, cutsOff: p.cutsOff }));

  let separator: Separator | undefined;
  if (opts.between) separator = separate(network, g, opts.between, refId);

  let communities: AssociationResult['communities'] = [];
  let communityCount = 0;
  let modularity = 0;
  if (g.eu.length > 0) {
    const detailed = louvain.detailed(simple, { rng: mulberry32(opts.seed) });
    modularity = Math.round(detailed.modularity * 1e4) / 1e4;
    const groups = new Map<number, string[]>();
    for (const [id, c] of Object.entries(detailed.communities)) groups.set(c, [...(groups.get(c) ?? []), id]);
    const degree = (id: string) => simple.degree(id);
    const multi = [...groups.values()].filter((m) => m.length > 1);
    communityCount = multi.length;
    communities = multi
      .sort((a, b) => b.length - a.length || (a[0]! < b[0]! ? -1 : 1))
      .slice(0, opts.top)
      .map((members, i) => ({
        id: i + 1,
        size: members.length,
        members: [...members]
          .sort((a, b) => degree(b) - degree(a) || (a < b ? -1 : 1))
          .slice(0, opts.top)
          .map(refId),
      }));
  }

  const designations = network.nodes
    .filter((n) => n.designations?.length || n.listed?.length)
    .map((n) => ({
      id: n.id,
      name: caption(n),
      designations: n.designations ?? [],
      listed: n.listed ?? [],
    }));

  const result: AssociationResult = {
    network: network.id,
    capacities: 'unit',
    notice: UNIT_NOTICE,
    nodes: g.ids.length,
    links: g.eu.length,
    components: compSizes.size,
    largestComponent: Math.max(0, ...compSizes.values()),
    betweenness: central,
    bridges,
    articulationPoints,
    communities,
    communityCount,
    modularity,
    designations,
  };
  if (betweennessSkipped) result.betweennessSkipped = betweennessSkipped;
  if (separator) result.separator = separator;
  return result;
}

function separate(
  network: Network,
  g: Undirected,
  between: [string[], string[]],
  refId: (id: string) => ActorRef,
): Separator {
  const a = resolveActors(network, between[0]);
  const b = resolveActors(network, between[1]);
  const overlap = a.filter((id) => b.includes(id));
  if (overlap.length)
    throw new UsageError(
      `actor ${overlap.join(', ')} is in both groups`,
      'give two groups with no actor in common',
    );
  const groups: [ActorRef[], ActorRef[]] = [a.map(refId), b.map(refId)];
  const n = g.ids.length;
  const tails: number[] = [];
  const heads: number[] = [];
  for (let e = 0; e < g.eu.length; e++) {
    tails.push(g.eu[e]!, g.ev[e]!);
    heads.push(g.ev[e]!, g.eu[e]!);
  }
  const graph = graphFromArrays(n, tails, heads, new Array<number>(tails.length).fill(1));
  const src = a.map((id) => g.index.get(id)!);
  const dst = b.map((id) => g.index.get(id)!);
  const comp = components(g);
  if (!src.some((s) => dst.some((t) => comp[s] === comp[t])))
    return { groups, status: 'disconnected', actors: [], directLinks: [] };
  const r = minVertexCut(graph, src, dst);
  if (r.status === 'unbounded') {
    const aSet = new Set(src);
    const bSet = new Set(dst);
    const direct: string[] = [];
    for (let e = 0; e < g.eu.length; e++) {
      const u = g.eu[e]!;
      const v = g.ev[e]!;
      if ((aSet.has(u) && bSet.has(v)) || (aSet.has(v) && bSet.has(u))) direct.push(g.ec[e]!);
    }
    return { groups, status: 'adjacent', actors: [], directLinks: direct };
  }
  const byId = new Map(network.nodes.map((x) => [x.id, x]));
  return {
    groups,
    status: 'optimal',
    actors: r.nodes.map((v) => ({
      ...refId(g.ids[v]!),
      designated: byId.get(g.ids[v]!)?.designated === true,
    })),
    directLinks: [],
  };
}
