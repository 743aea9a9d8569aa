// The monitor's state on PostgreSQL, beside the Store's tables.

import pg from 'pg';
import type { Commit, DocKind, MonitorStore, OutboxRow } from '../../service/monitor-store.js';
import { quoteIdent } from './pg-migrations.js';
import { parseLocation } from './pg-rows.js';
import { createTables } from './pg-transaction.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS monitor_docs (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  body JSONB NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, id)
);
CREATE TABLE IF NOT EXISTS monitor_outbox (
  seq BIGSERIAL PRIMARY KEY,
  at TEXT NOT NULL,
  topic TEXT NOT NULL,
  watch TEXT NOT NULL,
  payload JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS monitor_outbox_watch ON monitor_outbox (watch, seq);
CREATE TABLE IF NOT EXISTS monitor_blobs (id TEXT PRIMARY KEY, bytes BYTEA NOT NULL);
`;

export class PgMonitorStore implements MonitorStore {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(location: string): Promise<PgMonitorStore> {
    const { connectionString, schema } = parseLocation(location);
    const pool = new pg.Pool({
      connectionString,
      ...(schema !== undefined ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
    });
    pool.on('error', () => undefined);
    try {
      if (schema !== undefined) await pool.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
      // Two processes creating the tables at once would race: one at a time.
      await createTables(pool, 'interdict.monitor.schema', SCHEMA);
    } catch (e) {
      await pool.end();
      throw e;
    }
    return new PgMonitorStore(pool);
  }

  async get<T>(kind: DocKind, id: string): Promise<T | undefined> {
    const { rows } = await this.pool.query<{ body: T }>(
      'SELECT body FROM monitor_docs WHERE kind = $1 AND id = $2',
      [kind, id],
    );
    return rows[0]?.body;
  }

  async list<T>(kind: DocKind): Promise<T[]> {
    const { rows } = await this.pool.query<{ body: T }>(
      'SELECT body FROM monitor_docs WHERE kind = $1 ORDER BY id',
      [kind],
    );
    return rows.map((r) => r.body);
  }

  async commit(change: Commit): Promise<number[]> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      for (const d of change.put ?? []) {
        await client.query(
          `INSERT INTO monitor_docs (kind, id, body, updated_at) VALUES ($1, $2, $3, now())
           ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
          [d.kind, d.id, JSON.stringify(d.body)],
        );
      }
      for (const d of change.delete ?? [])
        await client.query('DELETE FROM monitor_docs WHERE kind = $1 AND id = $2', [d.kind, d.id]);
      const seqs: number[] = [];
      for (const o of change.outbox ?? []) {
        const { rows } = await client.query<{ seq: string }>(
          'INSERT INTO monitor_outbox (at, topic, watch, payload) VALUES ($1, $2, $3, $4) RETURNING seq',
          [o.at, o.topic, o.watch, JSON.stringify(o.payload)],
        );
        seqs.push(Number(rows[0]!.seq));
      }
      await client.query('COMMIT');
      client.release();
      return seqs;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      client.release(true);
      throw e;
    }
  }

  async outbox(afterSeq: number, limit: number, watch?: string): Promise<OutboxRow[]> {
    const { rows } = await this.pool.query<{
      seq: string;
      at: string;
      topic: string;
      watch: string;
      payload: unknown;
    }>(
      watch === undefined
        ? 'SELECT * FROM monitor_outbox WHERE seq > $1 ORDER BY seq LIMIT $2'
        : 'SELECT * FROM monitor_outbox WHERE seq > $1 AND watch = $3 ORDER BY seq LIMIT $2',
      watch === undefined ? [afterSeq, limit] : [afterSeq, limit, watch],
    );
    return rows.map((r) => ({ ...r, seq: Number(r.seq) }));
  }

  async putBlob(id: string, bytes: Uint8Array): Promise<void> {
    await this.pool.query(
      'INSERT INTO monitor_blobs (id, bytes) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes',
      [id, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)],
    );
  }

  async getBlob(id: string): Promise<Uint8Array | undefined> {
    const { rows } = await this.pool.query<{ bytes: Buffer }>(
      'SELECT bytes FROM monitor_blobs WHERE id = $1',
      [id],
    );
    const b = rows[0]?.bytes;
    return b ? new Uint8Array(b.buffer, b.byteOffset, b.byteLength) : undefined;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
