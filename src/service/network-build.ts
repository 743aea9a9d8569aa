// Networks from data, as use cases over the Store: build a network from
// stored datasets, tie an actor to a list entity, merge a built network into
// a scenario, analyse an association network, and compare two list versions.

// The modules themselves, not the folder's index: that would load the association analysis too.
import { buildNetwork } from '../core/netbuild/build.js';
import { collectLinks } from '../core/netbuild/collect.js';
import { linkListedEntity } from '../core/netbuild/link.js';
import { mergeNetworks } from '../core/netbuild/merge.js';
import { designationTimeline } from '../core/netbuild/timeline.js';
import type {
  AssociationOptions,
  AssociationResult,
  BuildOptions,
  BuildReport,
  DatasetInput,
  DatasetRef,
  DesignationTimeline,
  LinkIndex,
  MergeReport,
} from '../core/netbuild/index.js';
import { NotFoundError, UsageError } from '../core/model/errors.js';
import type { LinkKind, Network, NetworkNode } from '../core/model/network.js';
import { encodeNetwork, hashString } from '../core/store/codec.js';
import type { Store, VersionInfo } from '../core/store/store.js';

export interface DatasetSpec {
  name: string;
  /** Latest when omitted. */
  version?: number;
}

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** `name` or `name@version`, as the CLI and the API take them. */
export function parseDatasetSpec(text: string): DatasetSpec {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:@(\d+))?$/.exec(text.trim());
  if (!m) throw new UsageError(`bad dataset "${text}"`, 'write NAME or NAME@VERSION, e.g. us_ofac_sdn@2');
  return m[2] ? { name: m[1]!, version: Number(m[2]) } : { name: m[1]! };
}

export async function resolveDatasets(store: Store, specs: DatasetSpec[]): Promise<DatasetRef[]> {
  if (specs.length === 0)
    throw new UsageError(
      'no dataset given',
      'name at least one stored dataset, e.g. us_ofac_sdn or us_ofac_sdn@2',
    );
  const out: DatasetRef[] = [];
  for (const s of specs) {
    const info = await store.datasetInfo(s.name, s.version);
    if (!out.some((d) => d.name === info.name && d.version === info.version))
      out.push({ name: info.name, version: info.version });
  }
  return out;
}

/**
 * Where link indexes are kept between builds (a file per set of dataset
 * versions, or memory in a long-running server). A stored version never
 * changes, so a key naming each version and its content hash is never stale.
 */
export interface LinkIndexCache {
  load(key: string): Promise<LinkIndex | undefined>;
  save(key: string, index: LinkIndex): Promise<void>;
}

/** The cache key of a set of dataset versions, in the order given (the first dataset's record wins a merge). */
export async function linkIndexKey(store: Store, datasets: DatasetRef[]): Promise<string> {
  const parts: string[] = [];
  for (const d of datasets) {
    const info = await store.datasetInfo(d.name, d.version);
    parts.push(`${info.name}@${info.version}#${info.contentHash}`);
  }
  return parts.join('|');
}

/**
 * Read the datasets once into a link index (the expensive step; reuse it for
 * several builds). With a cache, a set of versions already read is loaded
 * from it instead.
 */
export async function collectFromStore(
  store: Store,
  datasets: DatasetRef[],
  cache?: LinkIndexCache,
): Promise<LinkIndex> {
  const key = cache ? await linkIndexKey(store, datasets) : '';
  const cached = cache ? await cache.load(key) : undefined;
  if (cached) return cached;
  const inputs: DatasetInput[] = datasets.map((d) => ({
    ...d,
    entities: store.datasetEntities(d.name, d.version),
  }));
  const index = await collectLinks(inputs);
  if (cache) await cache.save(key, index);
  return index;
}

/** A cache in memory for a long-running process: the last few link indexes read. */
export class MemoryLinkIndexCache implements LinkIndexCache {
  private readonly entries = new Map<string, LinkIndex>();

  constructor(
    private readonly capacity = 2,
    private readonly next?: LinkIndexCache,
  ) {}

  async load(key: string): Promise<LinkIndex | undefined> {
    const hit = this.entries.get(key) ?? (await this.next?.load(key));
    if (hit) this.remember(key, hit);
    return hit;
  }

  async save(key: string, index: LinkIndex): Promise<void> {
    this.remember(key, index);
    await this.next?.save(key, index);
  }

  private remember(key: string, index: LinkIndex): void {
    this.entries.delete(key);
    this.entries.set(key, index);
    while (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

/** What the build use cases may be given besides the store. */
export interface NetworkBuildDeps {
  links?: LinkIndexCache;
}

export interface BuildRequest {
  /** Stored network name. */
  name: string;
  datasets: DatasetSpec[];
  around: string[];
  hops?: number;
  linkKinds?: LinkKind[];
  asOf?: string;
  maxShared?: number;
  maxNodes?: number;
  /** Store the result as the next version of `name` (default true). */
  save?: boolean;
}

export interface BuildResult {
  network: Network;
  report: BuildReport;
  /** The stored version, when saved. */
  info?: VersionInfo;
}

function checkName(name: string): void {
  if (!NAME.test(name)) throw new UsageError(`bad network name "${name}"`, 'use letters, digits, . _ -');
}

function buildOptions(req: BuildRequest): Partial<BuildOptions> & Pick<BuildOptions, 'id' | 'seeds'> {
  const opts: Partial<BuildOptions> & Pick<BuildOptions, 'id' | 'seeds'> = {
    id: req.name,
    seeds: req.around,
  };
  if (req.hops !== undefined) opts.hops = req.hops;
  if (req.linkKinds?.length) opts.linkKinds = req.linkKinds;
  if (req.asOf !== undefined) {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(req.asOf))
      throw new UsageError(`bad date "${req.asOf}"`, 'write the date as YYYY-MM-DD');
    opts.asOf = req.asOf;
  }
  if (req.maxShared !== undefined) opts.maxShared = req.maxShared;
  if (req.maxNodes !== undefined) opts.maxNodes = req.maxNodes;
  return opts;
}

export async function saveBuilt(store: Store, network: Network, report: BuildReport): Promise<VersionInfo> {
  return store.saveNetwork(network, {
    format: 'built',
    sourceFile: report.datasets.map((d) => `${d.name}@${d.version}`).join(' '),
    contentHash: hashString(encodeNetwork(network)),
    notes: {
      seeds: report.seeds,
      hops: report.hops,
      linkKinds: report.linkKinds,
      ...(report.asOf ? { asOf: report.asOf } : {}),
      capacities: 'unit',
    },
  });
}

export async function buildNetworkFromStore(
  store: Store,
  req: BuildRequest,
  deps: NetworkBuildDeps = {},
): Promise<BuildResult> {
  checkName(req.name);
  const options = buildOptions(req);
  const datasets = await resolveDatasets(store, req.datasets);
  const index = await collectFromStore(store, datasets, deps.links);
  const { network, report } = buildNetwork(index, options);
  if (req.save === false) return { network, report };
  return { network, report, info: await saveBuilt(store, network, report) };
}

export interface LinkRequest {
  network: string;
  version?: number;
  node: string;
  entity: string;
  dataset: DatasetSpec;
  note?: string;
}

export interface LinkResult {
  node: NetworkNode;
  changed: boolean;
  info: VersionInfo;
}

/** Accept a list entity (a screening result) as what an actor stands for; stores a new version. */
export async function linkEntityToNode(store: Store, req: LinkRequest): Promise<LinkResult> {
  const { network, info: before } = await store.getNetwork(req.network, req.version);
  const [dataset] = await resolveDatasets(store, [req.dataset]);
  const entity = await store.getEntity(dataset!.name, req.entity, dataset!.version);
  if (!entity)
    throw new NotFoundError(
      `dataset ${dataset!.name}@${dataset!.version} has no entity "${req.entity}"`,
      'give the id a screening result shows (ofac-…, un-…)',
    );
  const sanction = await store.getEntity(dataset!.name, `${entity.id}-sanction`, dataset!.version);
  const r = linkListedEntity(network, {
    node: req.node,
    entity,
    dataset: dataset!,
    sanctions: sanction?.schema === 'Sanction' ? [sanction] : [],
    ...(req.note ? { note: req.note } : {}),
  });
  if (!r.changed) return { node: r.node, changed: false, info: before };
  const info = await store.saveNetwork(r.network, {
    format: before.format ?? 'scenario',
    ...(before.sourceFile ? { sourceFile: before.sourceFile } : {}),
    contentHash: hashString(encodeNetwork(r.network)),
    notes: { linked: { node: req.node, entity: entity.id, dataset: `${dataset!.name}@${dataset!.version}` } },
  });
  return { node: r.node, changed: true, info };
}

export interface MergeResult {
  network: Network;
  report: MergeReport;
  info: VersionInfo;
}

/** Merge a built network into a scenario network; stores the result as the next version of `name`. */
export async function mergeIntoScenario(
  store: Store,
  scenario: Network,
  built: { network: Network; label: string },
  name?: string,
): Promise<MergeResult> {
  const { network, report } = mergeNetworks(scenario, built.network);
  if (name !== undefined) {
    checkName(name);
    network.id = name;
  }
  const info = await store.saveNetwork(network, {
    format: 'merged',
    sourceFile: built.label,
    contentHash: hashString(encodeNetwork(network)),
    notes: { merged: built.label, unified: report.unified.length },
  });
  return { network, report, info };
}

export async function analyseAssociation(
  store: Store,
  name: string,
  version: number | undefined,
  options: Partial<AssociationOptions> = {},
): Promise<AssociationResult & { version: number }> {
  const { network, info } = await store.getNetwork(name, version);
  // Loaded only here: it brings graphology, which building, linking and merging never need.
  const { associationAnalysis } = await import('../core/netbuild/association.js');
  return { ...associationAnalysis(network, options), version: info.version };
}

export interface TimelineRequest {
  before: DatasetSpec[];
  after: DatasetSpec[];
  around: string[];
  hops?: number;
  linkKinds?: LinkKind[];
  maxShared?: number;
  /** Store both networks as two versions of this name (older first) when given. */
  name?: string;
}

export interface TimelineResult {
  timeline: DesignationTimeline;
  before: BuildReport;
  after: BuildReport;
  /** Stored versions (before, after) when `name` was given. */
  versions?: [number, number];
}

/** Build the same network from two list versions and report what the newer designations added. */
export async function designationTimelineFromStore(
  store: Store,
  req: TimelineRequest,
  deps: NetworkBuildDeps = {},
): Promise<TimelineResult> {
  const id = req.name ?? 'timeline';
  checkName(id);
  const options = buildOptions({ name: id, datasets: [], around: req.around, ...pick(req) });
  const beforeSets = await resolveDatasets(store, req.before);
  const afterSets = await resolveDatasets(store, req.after);
  // Seeds resolve against the newer list; the older one is built around the same ids it holds.
  const afterIndex = await collectFromStore(store, afterSets, deps.links);
  const after = buildNetwork(afterIndex, options);
  const beforeIndex = await collectFromStore(store, beforeSets, deps.links);
  const ids = after.report.seeds.flatMap((s) => s.ids).filter((id) => beforeIndex.parties.has(id));
  if (ids.length === 0)
    throw new NotFoundError(
      `none of the seeds (${after.report.seeds.flatMap((s) => s.ids).join(', ')}) is in ${beforeSets.map((d) => `${d.name}@${d.version}`).join(', ')}`,
      'choose seeds listed in both versions',
    );
  const before = buildNetwork(beforeIndex, { ...options, seeds: ids });
  const result: TimelineResult = {
    timeline: designationTimeline(before.network, after.network, (id) => beforeIndex.parties.has(id)),
    before: before.report,
    after: after.report,
  };
  if (req.name) {
    const a = await saveBuilt(store, before.network, before.report);
    const b = await saveBuilt(store, after.network, after.report);
    result.versions = [a.version, b.version];
  }
  return result;
}

function pick(req: TimelineRequest): Partial<BuildRequest> {
  const out: Partial<BuildRequest> = {};
  if (req.hops !== undefined) out.hops = req.hops;
  if (req.linkKinds) out.linkKinds = req.linkKinds;
  if (req.maxShared !== undefined) out.maxShared = req.maxShared;
  return out;
}
