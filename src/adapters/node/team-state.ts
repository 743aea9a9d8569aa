// What API replicas share through PostgreSQL so that any replica answers any
// request: API keys (stored as SHA-256 hashes), rate-limit counters (one row
// per client and window, counted atomically), and the queue of distributed
// batch runs (job state, progress, cancellation, results). The audit log is
// the store's own table.

import { createHash } from 'node:crypto';
import pg from 'pg';
import { createTables } from './pg-transaction.js';
import { closeRunQueue, openRunQueue, type QueueTiming, type RunQueue } from './distributed-screen.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS api_keys (
  hash text PRIMARY KEY,
  id text NOT NULL,
  admin boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  revoked_at timestamptz
);
CREATE TABLE IF NOT EXISTS rate_limits (
  key text PRIMARY KEY,
  count integer NOT NULL,
  reset_at timestamptz NOT NULL
);`;

const SCHEMA_LOCK = 7_215_016;

export const hashKey = (key: string): string => createHash('sha256').update(key).digest('hex');

/** How long a key lookup is remembered (a key added or revoked elsewhere counts after this). */
const KEY_CACHE_MS = 5000;

export interface KeyEntry {
  id: string;
  admin: boolean;
}

/** The callback interface @fastify/rate-limit calls on its store. */
interface RateLimitStore {
  incr(
    key: string,
    cb: (err: Error | null, res?: { current: number; ttl: number }) => void,
    timeWindow?: number,
  ): void;
  child(options: { timeWindow?: number | string }): RateLimitStore;
}

export class TeamState {
  private readonly cache = new Map<string, { entry: KeyEntry | undefined; at: number }>();
  private swept = 0;

  private constructor(
    readonly pool: pg.Pool,
    readonly runs: RunQueue,
  ) {}

  static async open(db: string, timing: QueueTiming = {}): Promise<TeamState> {
    const pool = new pg.Pool({ connectionString: db, max: 8 });
    pool.on('error', () => undefined);
    try {
      await createTables(pool, SCHEMA_LOCK, SCHEMA);
      return new TeamState(pool, await openRunQueue(db, timing, 4));
    } catch (e) {
      await pool.end();
      throw e;
    }
  }

  /** Store keys given to this replica (environment, key file); a key revoked earlier stays revoked. */
  async addKeys(keys: Map<string, string>, admins: Set<string>): Promise<void> {
    for (const [key, id] of keys)
      await this.pool.query(
        `INSERT INTO api_keys (hash, id, admin) VALUES ($1, $2, $3)
         ON CONFLICT (hash) DO UPDATE SET id = EXCLUDED.id, admin = EXCLUDED.admin`,
        [hashKey(key), id, admins.has(id)],
      );
  }

  /** Revoke every key with this id; returns how many were revoked. */
  async revokeKey(id: string): Promise<number> {
    const { rowCount } = await this.pool.query(
      'UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL',
      [id],
    );
    this.cache.clear();
    return rowCount ?? 0;
  }

  async listKeys(): Promise<{ id: string; admin: boolean; createdAt: string; revokedAt?: string }[]> {
    const { rows } = await this.pool.query<{
      id: string;
      admin: boolean;
      created_at: Date;
      revoked_at: Date | null;
    }>('SELECT id, admin, created_at, revoked_at FROM api_keys ORDER BY id, created_at');
    return rows.map((r) => ({
      id: r.id,
      admin: r.admin,
      createdAt: r.created_at.toISOString(),
      ...(r.revoked_at ? { revokedAt: r.revoked_at.toISOString() } : {}),
    }));
  }

  /** The key's id and role, or undefined for an unknown or revoked key. */
  async lookupKey(key: string): Promise<KeyEntry | undefined> {
    const hash = hashKey(key);
    const now = Date.now();
    const hit = this.cache.get(hash);
    if (hit && now - hit.at < KEY_CACHE_MS) return hit.entry;
    const { rows } = await this.pool.query<KeyEntry>(
      'SELECT id, admin FROM api_keys WHERE hash = $1 AND revoked_at IS NULL',
      [hash],
    );
    const entry = rows[0] ? { id: rows[0].id, admin: rows[0].admin } : undefined;
    // Bounded: wrong keys are remembered too, so the map is cleared when it grows.
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(hash, { entry, at: now });
    return entry;
  }

  /**
   * Count one request of `key` in its window and return the count so far and
   * the milliseconds left: one statement, so replicas counting at once never
   * lose a request.
   */
  async countRequest(key: string, windowMs: number): Promise<{ current: number; ttl: number }> {
    const { rows } = await this.pool.query<{ count: number; ttl: string }>(
      `INSERT INTO rate_limits AS r (key, count, reset_at) VALUES ($1, 1, now() + $2 * interval '1 millisecond')
       ON CONFLICT (key) DO UPDATE SET
         count = CASE WHEN r.reset_at <= now() THEN 1 ELSE r.count + 1 END,
         reset_at = CASE WHEN r.reset_at <= now() THEN now() + $2 * interval '1 millisecond' ELSE r.reset_at END
       RETURNING count, GREATEST(0, CEIL(EXTRACT(EPOCH FROM r.reset_at - now()) * 1000)) AS ttl`,
      // The counter is named by a hash: a raw API key is never written down.
      [hashKey(key), windowMs],
    );
    const now = Date.now();
    if (now - this.swept > 60_000) {
      this.swept = now;
      await this.pool.query("DELETE FROM rate_limits WHERE reset_at < now() - interval '1 minute'");
    }
    return { current: rows[0]!.count, ttl: Number(rows[0]!.ttl) };
  }

  /** A store class for @fastify/rate-limit that counts in this database. */
  rateLimitStore(): new (options: { timeWindow?: number | string }) => RateLimitStore {
    const count = (key: string, ms: number) => this.countRequest(key, ms);
    const ms = (w: number | string | undefined): number => (typeof w === 'number' ? w : 60_000);
    class PgRateLimitStore implements RateLimitStore {
      constructor(
        private readonly options: { timeWindow?: number | string },
        private readonly prefix = '',
      ) {}
      incr(
        key: string,
        cb: (err: Error | null, res?: { current: number; ttl: number }) => void,
        timeWindow?: number,
      ) {
        count(this.prefix + key, timeWindow ?? ms(this.options.timeWindow)).then(
          (res) => cb(null, res),
          (e: Error) => cb(e),
        );
      }
      child(options: { timeWindow?: number | string; routeInfo?: { method: string; url: string } }) {
        const route = options.routeInfo ? `${options.routeInfo.method}${options.routeInfo.url}-` : '';
        return new PgRateLimitStore(options, this.prefix + route);
      }
    }
    return PgRateLimitStore;
  }

  async close(): Promise<void> {
    await closeRunQueue(this.runs);
    await this.pool.end();
  }
}
