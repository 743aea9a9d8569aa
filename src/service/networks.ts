// Network use cases over the Store port: `name@version` references, import as
// the next version, lists, versions, diffs between versions, and which actors
// a flow runs between (sponsors → recipients unless named).

import { flowTerminals } from '../core/graph/terminals.js';
import { NotFoundError, UsageError } from '../core/model/errors.js';
import { networkActions } from '../core/model/measures.js';
import type { Action, Network } from '../core/model/network.js';
import { canonicalJson } from '../core/store/codec.js';
import type { SaveMeta, Store, VersionInfo } from '../core/store/store.js';
import type { EntityChange, NetworkDiffResponse, SectionDiff } from '../contract/networks.js';

/** Network names: a letter or digit, then letters, digits, `.`, `_` or `-`. */
export const NETWORK_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export interface NetworkRef {
  name: string;
  /** Latest when omitted. */
  version?: number;
}

/** `article` or `article@2`; undefined when the text is no network reference. */
export function parseNetworkRef(text: string): NetworkRef | undefined {
  const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:@(\d+))?$/.exec(text);
  if (!m) return undefined;
  return m[2] ? { name: m[1]!, version: Number(m[2]) } : { name: m[1]! };
}

/** `name@version`, the label of a stored network version. */
export function networkLabel(info: Pick<VersionInfo, 'name' | 'version'>): string {
  return `${info.name}@${info.version}`;
}

export function checkNetworkName(name: string): void {
  if (!NETWORK_NAME.test(name))
    throw new UsageError(
      `bad network name "${name}"`,
      'use letters, digits, . _ - (starting with a letter or digit)',
    );
}

export interface OpenedNetwork {
  network: Network;
  info: VersionInfo;
  label: string;
  /** Every measure a what-if or plan accepts: the network's actions and `cut-<channel>` for channels with a cost. */
  measures: Action[];
}

/** One stored network version (the latest by default). Throws NotFoundError naming what is stored. */
export async function openNetwork(store: Store, ref: NetworkRef | string): Promise<OpenedNetwork> {
  const r = typeof ref === 'string' ? parseNetworkRef(ref) : ref;
  if (!r) throw new UsageError(`"${String(ref)}" is not a network name`, 'write NAME or NAME@VERSION');
  const { network, info } = await store.getNetwork(r.name, r.version);
  return { network, info, label: networkLabel(info), measures: networkActions(network) };
}

export interface ImportMeta extends SaveMeta {
  /** Store under this name instead of the network's own id. */
  name?: string;
}

/** Stores a parsed network as the next version of its name. */
/**
 * Stores a network as its next version; the same content as the latest
 * version (same content hash) stores nothing and returns that version with
 * `unchanged: true`.
 */
export async function importNetwork(
  store: Store,
  network: Network,
  meta: ImportMeta,
): Promise<VersionInfo & { unchanged?: boolean }> {
  const { name, ...save } = meta;
  if (name !== undefined) {
    checkNetworkName(name);
    network.id = name;
  }
  if (save.contentHash) {
    const latest = (
      await store.networkVersions(network.id).catch((e: unknown) => {
        if (e instanceof NotFoundError) return [];
        throw e;
      })
    ).at(-1);
    if (latest?.contentHash === save.contentHash) return { ...latest, unchanged: true };
  }
  return store.saveNetwork(network, save);
}

/** Latest version of every stored network. */
export function listNetworks(store: Store): Promise<VersionInfo[]> {
  return store.listNetworks();
}

/** Every version of one network, oldest first. Throws NotFoundError when none is stored. */
export async function networkVersions(store: Store, name: string): Promise<VersionInfo[]> {
  const versions = await store.networkVersions(name);
  if (versions.length === 0)
    throw new NotFoundError(`no network "${name}" is stored`, 'list the stored networks');
  return versions;
}

/** What changed between two stored versions of a network. */
export async function diffNetworkVersions(
  store: Store,
  name: string,
  from: number,
  to: number,
): Promise<NetworkDiffResponse> {
  const a = await store.getNetwork(name, from);
  const b = await store.getNetwork(name, to);
  return diffNetworks(a.network, a.info.version, b.network, b.info.version);
}

/** Nodes, channels, actions and jurisdictions added, removed or changed (with the fields that differ). */
export function diffNetworks(a: Network, av: number, b: Network, bv: number): NetworkDiffResponse {
  return {
    network: b.id,
    from: av,
    to: bv,
    nodes: diffSection(a.nodes, b.nodes),
    channels: diffSection(a.channels, b.channels),
    actions: diffSection(a.actions, b.actions),
    jurisdictions: diffSection(a.jurisdictions, b.jurisdictions),
  };
}

function diffSection<T extends { id: string }>(a: readonly T[], b: readonly T[]): SectionDiff {
  const before = new Map(a.map((x) => [x.id, x]));
  const after = new Map(b.map((x) => [x.id, x]));
  const out: SectionDiff = { added: [], removed: [], changed: [] };
  for (const id of after.keys()) if (!before.has(id)) out.added.push(id);
  for (const [id, x] of before) {
    const y = after.get(id);
    if (!y) {
      out.removed.push(id);
      continue;
    }
    const change = changedFields(id, x as Record<string, unknown>, y as Record<string, unknown>);
    if (change) out.changed.push(change);
  }
  out.added.sort();
  out.removed.sort();
  return out;
}

function changedFields(
  id: string,
  x: Record<string, unknown>,
  y: Record<string, unknown>,
): EntityChange | undefined {
  const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
  const fields = [...keys].filter((k) => canonicalJson(x[k] ?? null) !== canonicalJson(y[k] ?? null)).sort();
  return fields.length ? { id, fields } : undefined;
}

/**
 * The actors a flow runs between: the ids given (each checked), else every
 * sponsor and every recipient. The one rule for the CLI, the server and the web app.
 */
export function resolveTerminals(
  network: Network,
  from: readonly string[] = [],
  to: readonly string[] = [],
): { from: string[]; to: string[] } {
  const t = flowTerminals(network, from, to);
  const ids = new Set(network.nodes.map((n) => n.id));
  for (const [field, list] of [
    ['from', t.from],
    ['to', t.to],
  ] as const) {
    const id = list.find((x) => !ids.has(x));
    if (id !== undefined) {
      const sample = network.nodes.slice(0, 8).map((n) => n.id);
      throw new UsageError(
        `network "${network.id}" has no actor "${id}"`,
        `use actor ids such as ${sample.join(', ')}${network.nodes.length > 8 ? ', …' : ''} in {${field}}`,
        field,
      );
    }
  }
  return t;
}
