// Screening as one use case for every face (CLI, HTTP API, batch jobs, web
// app): the datasets a request screens against, one candidate index per
// dataset version (cached, and persisted through a port when the adapter
// gives one), one schema filter, one set of defaults, every algorithm, and
// proximity to listed entities for each result that is not listed itself.

import {
  buildIndex,
  designatedIds,
  markProximity,
  proximityGraph,
  proximityIn,
  factsOf,
  screenFacts,
  type ActorScreening,
  type CandidateIndex,
  type IndexOptions,
  type ProximityGraph,
  type ProximityStep,
  type ScoreOptions,
  type ScreenMatch,
} from '../core/match/index.js';
import { caption, EDGE_SCHEMATA, NODE_SCHEMATA, type Entity } from '../core/model/entity.js';
import type { Network } from '../core/model/network.js';
import { InputError, UsageError, type Location } from '../core/model/errors.js';
import type { Store, VersionInfo } from '../core/store/store.js';
import { DEFAULT_ALGORITHM, resolveAlgorithm, scoringOf } from './algorithms.js';
import { hitsByDataset, MergedIndexes, type MergedPersistence } from './merged-index.js';
import { cleanQuery, hasMatchable, QUERY_SCHEMATA, type CleanQuery, type RawQuery } from './query.js';

/** The defaults of every face: a request that sets nothing gets these. */
export const SCREENING_DEFAULTS = {
  /** Results per query (yente's default). */
  limit: 5,
  /** Most results a request may ask for. */
  maxLimit: 500,
  /** Score at or above which a result is a match. */
  threshold: 0.7,
  /** Lowest score returned at all. */
  cutoff: 0.5,
  algorithm: DEFAULT_ALGORITHM,
  /** Query schema when none is given: anything. */
  schema: 'Thing',
  /** Hops searched from a result to the nearest listed entity (0: none). */
  hops: 3,
  /** The collection that holds every dataset. */
  collection: 'default',
} as const;

/** Schemata that screening matches against: parties, not links, sanctions or addresses. */
export const MATCHABLE: ReadonlySet<string> = new Set<string>(NODE_SCHEMATA.filter((s) => s !== 'Country'));

export interface DatasetVersion {
  name: string;
  version: number;
}

/** The screening index of one dataset version: candidates, links and what filters read. */
export interface ScreeningIndex {
  index: CandidateIndex;
  /** Ids on a list (a Sanction names them, or they carry the sanction topic). */
  designated: Set<string>;
  /**
   * What proximity and reverse references read: parties with their shared
   * keys, edges with their ends. A function, so a persisted index reads it
   * only when a request needs it.
   */
  links: () => Entity[];
  /** Per indexed entity: topics and referents (for `topics` and `exclude_entity_ids`). */
  meta: Map<string, { topics?: string[]; referents?: string[] }>;
}

/** Keeps built indexes between runs (a file per dataset version, a table …); the adapter supplies it. */
export interface IndexPersistence extends MergedPersistence {
  load(info: VersionInfo): Promise<ScreeningIndex | undefined>;
  save(info: VersionInfo, value: ScreeningIndex): Promise<void>;
}

export interface ScreeningDeps {
  store: Store;
  persistence?: IndexPersistence;
  /** Named collections: name → dataset names (`default` always means every dataset). */
  collections?: Record<string, string[]>;
  /** Called between slices of long work so an event loop can serve other requests. */
  pause?: () => Promise<void>;
  /** Builds a candidate index (default: buildIndex on this thread); an adapter may build on several. */
  build?: (entities: AsyncIterable<Entity>, options: Partial<IndexOptions>) => Promise<CandidateIndex>;
}

/** A screening request as any face sends it: the raw query and the options it chose. */
export interface ScreenRequest {
  query: RawQuery;
  /** A collection, a dataset name, `name@version`, or a list of them (default: every dataset). */
  scope?: string | string[];
  limit?: number;
  threshold?: number;
  cutoff?: number;
  algorithm?: string;
  config?: Record<string, unknown>;
  includeDatasets?: string[];
  excludeDatasets?: string[];
  excludeSchema?: string[];
  /** Only results carrying one of these topics (e.g. `sanction`). */
  topics?: string[];
  /** Only results changed since this ISO date. */
  changedSince?: string;
  /** Results whose id or referents are listed here are dropped. */
  excludeEntityIds?: string[];
  hops?: number;
  /** Unreadable countries and dates are errors rather than dropped (the CLI's flags). */
  strict?: boolean;
  /** Where the query came from, for error locations (a file line, a request path). */
  where?: Location;
}

export interface ProximityContext {
  /** On a list itself (a Sanction names it, or it carries the sanction topic). */
  designated: boolean;
  /** Hops to the nearest listed entity; null when none is within reach. */
  nearest: number | null;
  path: ProximityStep[];
  /** The path in words, with names. */
  explanation: string;
}

export interface ScreeningHit extends ScreenMatch {
  /** yente's per-feature values. */
  features: Record<string, number>;
  /** Every dataset (latest screened version) holding this entity. */
  datasets: string[];
  /** Dataset → version the entity was found in. */
  versions: Record<string, number>;
  referents: string[];
  proximity?: ProximityContext;
}

export interface ScreeningAnswer {
  query: CleanQuery;
  datasets: DatasetVersion[];
  algorithm: string;
  results: ScreeningHit[];
  /** Results above the cutoff before the limit was applied. */
  total: number;
}

export interface ResolvedOptions {
  limit: number;
  threshold: number;
  cutoff: number;
  hops: number;
  algorithm: string;
  scoring: Partial<ScoreOptions>;
  candidates: number;
}

/** What prepare() resolves once for many queries: checked options and the dataset versions to screen. */
export interface PreparedScreen {
  options: ResolvedOptions;
  datasets: DatasetVersion[];
}

/** Screening has nothing to screen against: the server answers 503, the CLI exits 2. */
export class NoDatasetsError extends UsageError {
  readonly unavailable = true;
  constructor(message = 'no datasets to screen against') {
    super(message, 'import a list first (OFAC, UN or an FtM dataset; see the README, "Sanctions lists")');
    this.name = 'NoDatasetsError';
  }
}

/** Parse `NAME` or `NAME@VERSION`. */
export function parseDatasetRef(ref: string): { name: string; version?: number } {
  const m = /^([^@]+)(?:@(\d+))?$/.exec(ref);
  if (!m)
    throw new UsageError(`bad dataset reference "${ref}"`, 'write NAME or NAME@VERSION, e.g. us_ofac_sdn@2');
  return m[2] ? { name: m[1]!, version: Number(m[2]) } : { name: m[1]! };
}

/** Properties proximity reads; everything else (notes, source records) stays in the store. */
const LINK_PROPERTIES = new Set([
  'address',
  'addressEntity',
  'registrationNumber',
  'idNumber',
  'passportNumber',
  'imoNumber',
  'innCode',
  'taxNumber',
  'topics',
  'entity',
  'holder',
  'name',
]);

/** Properties whose values are ids of other entities (what nesting and reverse lookups follow). */
export const REFERENCE_PROPERTIES: ReadonlySet<string> = new Set([
  'entity',
  'holder',
  'addressEntity',
  ...Object.values(EDGE_SCHEMATA).flatMap((e) => [e.source, e.target]),
]);

/** The part of an entity proximity reads: edges keep their ends, parties their shared keys. */
export function linkView(e: Entity): Entity {
  const edge = EDGE_SCHEMATA[e.schema];
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(e.properties)) {
    if (LINK_PROPERTIES.has(k) || (edge && (k === edge.source || k === edge.target))) properties[k] = v;
  }
  return { id: e.id, schema: e.schema, properties };
}

/** When an entity was first and last seen in a dataset, and when its content last changed (import times). */
export interface EntityHistory {
  firstSeen?: string;
  lastSeen?: string;
  lastChange?: string;
}

export { MERGED_INDEX_LIMIT } from './merged-index.js';

/** Entity histories kept (about 200 bytes each). */
const HISTORY_MEMO = 50_000;

const noPause = async (): Promise<void> => undefined;

function checkNumber(value: number, name: string, min: number, max: number, integer = false): void {
  if (!(value >= min && value <= max) || (integer && !Number.isInteger(value)))
    throw new InputError(
      'E_VALUE',
      `${name} ${value} is outside [${min}, ${max}]${integer ? ' or not a whole number' : ''}`,
      { field: name },
      `pass a ${name} such as ${SCREENING_DEFAULTS[name as 'limit' | 'threshold'] ?? min}`,
    );
}

export class ScreeningService {
  private readonly cache = new Map<string, Promise<ScreeningIndex>>();
  private readonly merged: MergedIndexes;
  /** The stored version of each dataset version indexed (what persistence keys files by). */
  private readonly infos = new Map<string, VersionInfo>();
  private readonly graphs = new Map<string, ProximityGraph>();
  private readonly changes = new Map<string, Set<string> | 'all'>();
  // Stored versions never change, so an entity's history up to a version is computed once.
  private readonly histories = new Map<string, Promise<EntityHistory>>();
  private readonly derived = new WeakMap<
    ScreeningIndex,
    {
      referents?: Map<string, string>;
      reverse?: Map<string, { from: string; schema: string; prop: string }[]>;
    }
  >();
  private readonly pause: () => Promise<void>;

  constructor(private readonly deps: ScreeningDeps) {
    this.pause = deps.pause ?? noPause;
    this.merged = new MergedIndexes(deps.persistence);
  }

  get store(): Store {
    return this.deps.store;
  }

  /** Collections: `default` (every dataset) and the configured ones. */
  collections(): Record<string, string[] | 'all'> {
    return { [SCREENING_DEFAULTS.collection]: 'all', ...(this.deps.collections ?? {}) };
  }

  /** The dataset versions a scope names; never empty (NoDatasetsError). */
  async scope(
    scope: string | string[] = SCREENING_DEFAULTS.collection,
    filter: { include?: string[]; exclude?: string[] } = {},
  ): Promise<DatasetVersion[]> {
    const refs = Array.isArray(scope) ? scope : [scope];
    const usable = (i: VersionInfo) => !(i.notes && (i.notes as { refused?: unknown }).refused);
    let infos: VersionInfo[] = [];
    const all = refs.length === 0 || refs.some((r) => r === 'default' || r === 'all');
    if (all) infos = (await this.store.listDatasets()).filter(usable);
    else
      for (const ref of refs) {
        const named = this.deps.collections?.[ref];
        if (named) {
          for (const n of named) infos.push(await this.store.datasetInfo(n));
          continue;
        }
        const { name, version } = parseDatasetRef(ref);
        infos.push(await this.store.datasetInfo(name, version));
      }
    let out = infos.filter(usable).map((i) => ({ name: i.name, version: i.version }));
    if (filter.include?.length) out = out.filter((d) => filter.include!.includes(d.name));
    if (filter.exclude?.length) out = out.filter((d) => !filter.exclude!.includes(d.name));
    const seen = new Set<string>();
    out = out.filter((d) => !seen.has(`${d.name}@${d.version}`) && seen.add(`${d.name}@${d.version}`));
    if (out.length === 0) throw new NoDatasetsError();
    return out;
  }

  /** The index of one dataset version: from memory, from the persistence port, or built. */
  index(d: DatasetVersion): Promise<ScreeningIndex> {
    const key = `${d.name}@${d.version}`;
    let p = this.cache.get(key);
    if (!p) {
      // Keep one version of a dataset in memory: a newer one replaces it.
      for (const k of this.cache.keys()) if (k.startsWith(`${d.name}@`)) this.cache.delete(k);
      p = this.loadIndex(d);
      p.catch(() => this.cache.delete(key));
      this.cache.set(key, p);
    }
    return p;
  }

  private async loadIndex(d: DatasetVersion): Promise<ScreeningIndex> {
    const info = await this.store.datasetInfo(d.name, d.version);
    this.infos.set(`${d.name}@${d.version}`, info);
    const saved = await this.deps.persistence?.load(info);
    if (saved) return saved;
    const links: Entity[] = [];
    const meta: ScreeningIndex['meta'] = new Map();
    const pause = this.pause;
    const store = this.store;
    let n = 0;
    async function* entities(): AsyncGenerator<Entity> {
      for await (const e of store.datasetEntities(d.name, d.version)) {
        if (++n % 500 === 0) await pause();
        links.push(linkView(e));
        if (!MATCHABLE.has(e.schema)) continue;
        const topics = e.properties.topics;
        if (topics?.length || e.referents?.length)
          meta.set(e.id, {
            ...(topics?.length ? { topics } : {}),
            ...(e.referents?.length ? { referents: e.referents } : {}),
          });
        yield { ...e, datasets: [d.name] };
      }
    }
    const index = await (this.deps.build ?? buildIndex)(entities(), {
      defaultDataset: d.name,
      versions: { [d.name]: String(d.version) },
    });
    const value: ScreeningIndex = {
      index,
      designated: designatedIds(links),
      links: () => links,
      meta,
    };
    await this.deps.persistence?.save(info, value);
    return value;
  }

  /** Let other work run (the adapter's pause); long loops call this between slices. */
  yieldNow(): Promise<void> {
    return this.pause();
  }

  /**
   * Entities of a dataset version added or changed since an ISO date: the
   * diff from the last version imported before it. `all` when every version
   * is newer than the date.
   */
  async changedSince(d: DatasetVersion, since: string): Promise<Set<string> | 'all'> {
    const key = `${d.name}@${d.version}@${since}`;
    const hit = this.changes.get(key);
    if (hit) return hit;
    const versions = (await this.store.datasetVersions(d.name))
      .filter((v) => v.version <= d.version)
      .sort((a, b) => a.version - b.version);
    const before = versions.filter((v) => v.importedAt < since).pop();
    let out: Set<string> | 'all';
    if (!before) out = 'all';
    else if (before.version === d.version) out = new Set();
    else {
      const diff = await this.store.diffDatasets(d.name, before.version, d.name, d.version);
      out = new Set([...diff.added.map((a) => a.id), ...diff.changed.map((c) => c.id)]);
    }
    if (this.changes.size > 100) this.changes.clear();
    this.changes.set(key, out);
    return out;
  }

  private derivedOf(ix: ScreeningIndex) {
    let d = this.derived.get(ix);
    if (!d) this.derived.set(ix, (d = {}));
    return d;
  }

  /** Referent id → canonical id, in one dataset version. */
  async referentsOf(d: DatasetVersion): Promise<Map<string, string>> {
    const ix = await this.index(d);
    const cached = this.derivedOf(ix);
    if (!cached.referents) {
      cached.referents = new Map();
      for (const [id, m] of ix.meta)
        for (const r of m.referents ?? []) if (r !== id) cached.referents.set(r, id);
    }
    return cached.referents;
  }

  /** Entity id → the entities whose reference properties name it, in one dataset version. */
  async reverseOf(d: DatasetVersion): Promise<Map<string, { from: string; schema: string; prop: string }[]>> {
    const ix = await this.index(d);
    const cached = this.derivedOf(ix);
    if (!cached.reverse) {
      const reverse = new Map<string, { from: string; schema: string; prop: string }[]>();
      for (const e of ix.links())
        for (const [prop, values] of Object.entries(e.properties)) {
          if (!REFERENCE_PROPERTIES.has(prop)) continue;
          for (const v of values) {
            const list = reverse.get(v) ?? [];
            list.push({ from: e.id, schema: e.schema, prop });
            reverse.set(v, list);
          }
        }
      cached.reverse = reverse;
    }
    return cached.reverse;
  }

  /** Check a request's options once (a batch checks them before its first row). */
  options(request: Omit<ScreenRequest, 'query'>): ResolvedOptions {
    const limit = request.limit ?? SCREENING_DEFAULTS.limit;
    const threshold = request.threshold ?? SCREENING_DEFAULTS.threshold;
    const cutoff = Math.min(request.cutoff ?? SCREENING_DEFAULTS.cutoff, threshold);
    const hops = request.hops ?? SCREENING_DEFAULTS.hops;
    checkNumber(limit, 'limit', 1, SCREENING_DEFAULTS.maxLimit, true);
    checkNumber(threshold, 'threshold', 0, 1);
    checkNumber(cutoff, 'cutoff', 0, 1);
    checkNumber(hops, 'hops', 0, 6, true);
    for (const s of request.excludeSchema ?? [])
      if (!(QUERY_SCHEMATA as readonly string[]).includes(s) && !MATCHABLE.has(s))
        throw new InputError(
          'E_VALUE',
          `unknown schema "${s}"`,
          { path: 'exclude_schema' },
          `use one of: ${QUERY_SCHEMATA.join(', ')}`,
        );
    if (request.changedSince !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(request.changedSince))
      throw new InputError(
        'E_VALUE',
        `changed_since "${request.changedSince}" is not a date`,
        { path: 'changed_since' },
        'write YYYY-MM-DD or an ISO timestamp',
      );
    const algo = resolveAlgorithm(request.algorithm ?? SCREENING_DEFAULTS.algorithm);
    const { scoring, candidates } = scoringOf(algo, request.config);
    return { limit, threshold, cutoff, hops, algorithm: algo.name, scoring, candidates };
  }

  /**
   * A request's options checked and its scope resolved, once for many queries
   * (a batch): every query screened with it sees the same dataset versions.
   */
  async prepare(request: Omit<ScreenRequest, 'query'>): Promise<PreparedScreen> {
    const options = this.options(request);
    const datasets = await this.scope(request.scope, {
      ...(request.includeDatasets ? { include: request.includeDatasets } : {}),
      ...(request.excludeDatasets ? { exclude: request.excludeDatasets } : {}),
    });
    return { options, datasets };
  }

  /**
   * Screen one query: cleaned, matched in every dataset of the scope, one
   * result per entity. `prepared` (prepare() of the same request's options)
   * skips checking the options and resolving the scope again.
   */
  async screen(request: ScreenRequest, prepared?: PreparedScreen): Promise<ScreeningAnswer> {
    const { limit, threshold, cutoff, hops, algorithm, scoring, candidates } =
      prepared?.options ?? this.options(request);
    const query = cleanQuery(request.query, request.where ?? {}, { strict: request.strict ?? false });
    if (!hasMatchable(query))
      throw new InputError(
        'E_VALUE',
        'the query has no name and no identifier',
        { ...request.where, path: request.where?.path ? `${request.where.path}.properties` : 'properties' },
        'set properties.name (or firstName/lastName) or an idNumber',
      );
    const datasets =
      prepared?.datasets ??
      (await this.scope(request.scope, {
        ...(request.includeDatasets ? { include: request.includeDatasets } : {}),
        ...(request.excludeDatasets ? { exclude: request.excludeDatasets } : {}),
      }));
    const indexes = await Promise.all(datasets.map((d) => this.index(d)));
    // Read once, screened against every index.
    const facts = factsOf(query);
    const filtered = Boolean(
      request.excludeSchema?.length ||
      request.topics?.length ||
      request.excludeEntityIds?.length ||
      request.changedSince,
    );
    // Filters drop results after scoring: take more so the limit can still be filled.
    const take = filtered ? Math.min(SCREENING_DEFAULTS.maxLimit, limit * 4 + 20) : limit;
    const byId = new Map<string, ScreeningHit>();
    const excluded = new Set(request.excludeEntityIds ?? []);
    const options = { limit: take, threshold, cutoff, candidates: Math.max(candidates, take), scoring };
    const together = await this.merged.of(
      datasets,
      indexes.map((ix) => ix.index),
      datasets.map((d) => this.infos.get(`${d.name}@${d.version}`)),
    );
    // Hits per dataset of the scope, in its order: from the merged index, or from each index.
    const perDataset = together
      ? hitsByDataset(datasets, screenFacts(together, facts, { ...options, limit: take * datasets.length }))
      : undefined;
    for (let i = 0; i < indexes.length; i++) {
      const ix = indexes[i]!;
      const d = datasets[i]!;
      const hits = perDataset ? perDataset[i]! : screenFacts(ix.index, facts, options);
      for (const hit of hits) {
        const meta = ix.meta.get(hit.id);
        if (request.excludeSchema?.includes(hit.schema)) continue;
        if (excluded.size && (excluded.has(hit.id) || meta?.referents?.some((r) => excluded.has(r))))
          continue;
        if (request.topics?.length && !meta?.topics?.some((t) => request.topics!.includes(t))) continue;
        const seen = byId.get(hit.id);
        if (seen) {
          if (!seen.datasets.includes(d.name)) seen.datasets.push(d.name);
          seen.versions[d.name] = d.version;
          for (const r of meta?.referents ?? []) if (!seen.referents.includes(r)) seen.referents.push(r);
          if (hit.score > seen.score) Object.assign(seen, { ...hit, datasets: seen.datasets });
          continue;
        }
        const features: Record<string, number> = {};
        for (const e of hit.explanations) features[e.feature] = e.value;
        byId.set(hit.id, {
          ...hit,
          features,
          datasets: [d.name],
          versions: { [d.name]: d.version },
          referents: [...(meta?.referents ?? [])],
        });
      }
      if (!perDataset) await this.pause();
    }
    let results = [...byId.values()].sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
    if (request.changedSince) {
      const changed = await Promise.all(datasets.map((d) => this.changedSince(d, request.changedSince!)));
      results = results.filter((r) =>
        datasets.some(
          (d, i) => d.name in r.versions && (changed[i] === 'all' || (changed[i] as Set<string>).has(r.id)),
        ),
      );
    }
    const total = results.length;
    results = results.slice(0, limit);
    if (hops > 0 && results.length) this.addProximity(results, datasets, indexes, hops);
    return { query, datasets, algorithm, results, total };
  }

  /**
   * An entity's history in one dataset up to `version`: the import time of
   * its first version, its latest, and the version whose content last changed.
   */
  history(dataset: string, id: string, version: number): Promise<EntityHistory> {
    const key = JSON.stringify([dataset, id, version]);
    let h = this.histories.get(key);
    if (!h) {
      if (this.histories.size >= HISTORY_MEMO) this.histories.clear();
      h = this.readHistory(dataset, id, version);
      // A failed read is not kept: the next call reads again.
      h.catch(() => this.histories.delete(key));
      this.histories.set(key, h);
    }
    return h;
  }

  private async readHistory(dataset: string, id: string, version: number): Promise<EntityHistory> {
    const versions = (await this.store.datasetVersions(dataset))
      .filter((v) => v.version <= version)
      .sort((a, b) => a.version - b.version);
    let firstSeen: string | undefined;
    let lastSeen: string | undefined;
    let lastChange: string | undefined;
    let previous: string | undefined;
    for (const v of versions) {
      const e = await this.store.getEntity(dataset, id, v.version);
      if (!e) {
        previous = undefined;
        continue;
      }
      const body = JSON.stringify([e.schema, e.properties]);
      firstSeen ??= v.importedAt;
      lastSeen = v.importedAt;
      if (body !== previous) lastChange = v.importedAt;
      previous = body;
    }
    return {
      ...(firstSeen ? { firstSeen } : {}),
      ...(lastSeen ? { lastSeen } : {}),
      ...(lastChange ? { lastChange } : {}),
    };
  }

  /**
   * Screen every actor of a network (Country nodes are not screened by name),
   * then mark the actors not listed themselves by their hops to listed ones.
   */
  async screenNetwork(
    network: Network,
    request: Omit<ScreenRequest, 'query'> = {},
  ): Promise<{ datasets: DatasetVersion[]; actors: ActorScreening[] }> {
    const datasets = await this.scope(request.scope);
    const rows: ActorScreening[] = [];
    const pinned = datasets.map((d) => `${d.name}@${d.version}`);
    // Every actor is screened with the same options against the same versions: resolved once.
    const prepared: PreparedScreen = { options: this.options({ limit: 3, ...request, hops: 0 }), datasets };
    for (const n of network.nodes) {
      if (n.schema === 'Country') continue;
      const query = { schema: n.schema, properties: n.properties };
      let results: ScreeningHit[] = [];
      let matchable = false;
      try {
        matchable = hasMatchable(cleanQuery(query));
      } catch {
        // an actor whose properties cannot be a query (too long, wrong type) is reported unscreened
      }
      if (matchable)
        results = (await this.screen({ limit: 3, ...request, hops: 0, query, scope: pinned }, prepared))
          .results;
      rows.push({
        node: n.id,
        name: caption(n),
        role: n.role,
        results,
        listed: Boolean(n.designated) || Boolean(results[0]?.match),
        nearestListed: null,
        path: [],
      });
    }
    return { datasets, actors: markProximity(network, rows, request.hops ?? SCREENING_DEFAULTS.hops) };
  }

  private addProximity(
    results: ScreeningHit[],
    datasets: DatasetVersion[],
    indexes: ScreeningIndex[],
    hops: number,
  ): void {
    const isListed = (id: string) => indexes.some((ix) => ix.designated.has(id));
    let designated: Set<string> | undefined;
    const key = datasets.map((d) => `${d.name}@${d.version}`).join(',');
    let graph: ProximityGraph | undefined;
    const names = new Map<string, string>();
    for (const r of results) {
      if (isListed(r.id)) {
        r.proximity = { designated: true, nearest: 0, path: [], explanation: 'listed' };
        continue;
      }
      if (!graph) {
        graph = this.graphs.get(key);
        if (!graph) {
          graph = proximityGraph(indexes.flatMap((ix) => ix.links()));
          this.graphs.clear();
          this.graphs.set(key, graph);
        }
        for (const ix of indexes)
          for (const e of ix.links()) if (e.properties.name?.[0]) names.set(e.id, e.properties.name[0]);
      }
      let p;
      try {
        designated ??= new Set(indexes.flatMap((ix) => [...ix.designated]));
        p = proximityIn(graph, designated, r.id, { maxHops: hops, maxHits: 1 });
      } catch {
        r.proximity = { designated: false, nearest: null, path: [], explanation: '' };
        continue;
      }
      const path = p.hits[0]?.path ?? [];
      const name = (id: string): string => `${names.get(id) ?? id} (${id})`;
      r.proximity = {
        designated: false,
        nearest: p.nearest,
        path,
        explanation: path.map((s) => `${name(s.from)} —${s.via}→ ${name(s.to)}`).join(', '),
      };
    }
  }
}
