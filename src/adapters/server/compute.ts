// Runs an analysis or planning task for a request on a stored network version:
// in a compute worker when the network is large (ctx.compute), stopped when
// the client goes away before the answer. Large networks are kept decoded
// between requests (a version never changes), so a page's dozen requests on
// one network read and parse it once.

import type { FastifyReply } from 'fastify';
import type { Network } from '../../core/model/network.js';
import type { Store, VersionInfo } from '../../core/store/store.js';
import type { ComputeTask } from '../node/compute-protocol.js';
import type { ServerContext } from './context.js';

/** Networks at least this large are kept decoded. */
const KEEP_ACTORS = 1500;
/** Most actors kept decoded over all networks kept. */
const KEEP_TOTAL_ACTORS = 250_000;

/** The key compute workers know a stored network version by. */
export const networkKey = (info: VersionInfo) => `${info.name}@${info.version}:${info.contentHash}`;

export class NetworkCache {
  /** Least recently used first. */
  private readonly kept = new Map<string, { network: Network; info: VersionInfo }>();

  constructor(private readonly store: Store) {}

  async get(name: string, version?: number): Promise<{ network: Network; info: VersionInfo; key: string }> {
    // The latest version is resolved first (cheap): another writer may have stored a newer one.
    const info = version === undefined ? (await this.store.networkVersions(name)).at(-1) : undefined;
    const v = version ?? info?.version;
    const hit = [...this.kept.entries()].find(
      ([, e]) =>
        e.info.name === name && e.info.version === v && (!info || e.info.contentHash === info.contentHash),
    );
    if (hit) {
      this.kept.delete(hit[0]);
      this.kept.set(hit[0], hit[1]);
      return { ...hit[1], key: hit[0] };
    }
    const got = await this.store.getNetwork(name, v);
    const key = networkKey(got.info);
    if (got.network.nodes.length >= KEEP_ACTORS) {
      this.kept.set(key, got);
      let total = 0;
      for (const e of this.kept.values()) total += e.network.nodes.length;
      for (const [k, e] of this.kept) {
        if (total <= KEEP_TOTAL_ACTORS || this.kept.size === 1) break;
        this.kept.delete(k);
        total -= e.network.nodes.length;
      }
    }
    return { ...got, key };
  }
}

export async function computeOn<T>(
  ctx: ServerContext,
  reply: FastifyReply,
  name: string,
  version: number | undefined,
  task: ComputeTask,
): Promise<{ network: Network; info: VersionInfo; result: T }> {
  const { network, info, key } = await ctx.networks.get(name, version);
  const controller = new AbortController();
  const gone = () => {
    if (!reply.raw.writableFinished) controller.abort(new Error('the client closed the request'));
  };
  reply.raw.once('close', gone);
  try {
    const result = await ctx.compute.run<T>(network, key, task, controller.signal);
    return { network, info, result };
  } finally {
    reply.raw.off('close', gone);
  }
}
