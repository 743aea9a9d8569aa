// The monitor's state in the same SQLite file as the Store, in its own tables.

import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Commit, DocKind, MonitorStore, OutboxRow } from '../../service/monitor-store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS monitor_docs (
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  body TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (kind, id)
);
CREATE TABLE IF NOT EXISTS monitor_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  topic TEXT NOT NULL,
  watch TEXT NOT NULL,
  payload TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS monitor_outbox_watch ON monitor_outbox (watch, seq);
CREATE TABLE IF NOT EXISTS monitor_blobs (id TEXT PRIMARY KEY, bytes BLOB NOT NULL);
`;

export class SqliteMonitorStore implements MonitorStore {
  private readonly db: Database.Database;

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 15000');
    this.db.exec(SCHEMA);
  }

  async get<T>(kind: DocKind, id: string): Promise<T | undefined> {
    const row = this.db.prepare('SELECT body FROM monitor_docs WHERE kind = ? AND id = ?').get(kind, id) as
      { body: string } | undefined;
    return row ? (JSON.parse(row.body) as T) : undefined;
  }

  async list<T>(kind: DocKind): Promise<T[]> {
    const rows = this.db.prepare('SELECT body FROM monitor_docs WHERE kind = ? ORDER BY id').all(kind) as {
      body: string;
    }[];
    return rows.map((r) => JSON.parse(r.body) as T);
  }

  async commit(change: Commit): Promise<number[]> {
    const now = new Date().toISOString();
    const put = this.db.prepare(
      `INSERT INTO monitor_docs (kind, id, body, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (kind, id) DO UPDATE SET body = excluded.body, updated_at = excluded.updated_at`,
    );
    const del = this.db.prepare('DELETE FROM monitor_docs WHERE kind = ? AND id = ?');
    const add = this.db.prepare('INSERT INTO monitor_outbox (at, topic, watch, payload) VALUES (?, ?, ?, ?)');
    return this.db
      .transaction(() => {
        for (const d of change.put ?? []) put.run(d.kind, d.id, JSON.stringify(d.body), now);
        for (const d of change.delete ?? []) del.run(d.kind, d.id);
        return (change.outbox ?? []).map((o) =>
          Number(add.run(o.at, o.topic, o.watch, JSON.stringify(o.payload)).lastInsertRowid),
        );
      })
      .immediate();
  }

  async outbox(afterSeq: number, limit: number, watch?: string): Promise<OutboxRow[]> {
    const rows = (
      watch === undefined
        ? this.db
            .prepare('SELECT * FROM monitor_outbox WHERE seq > ? ORDER BY seq LIMIT ?')
            .all(afterSeq, limit)
        : this.db
            .prepare('SELECT * FROM monitor_outbox WHERE seq > ? AND watch = ? ORDER BY seq LIMIT ?')
            .all(afterSeq, watch, limit)
    ) as { seq: number; at: string; topic: string; watch: string; payload: string }[];
    return rows.map((r) => ({ ...r, payload: JSON.parse(r.payload) as unknown }));
  }

  async putBlob(id: string, bytes: Uint8Array): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO monitor_blobs (id, bytes) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET bytes = excluded.bytes',
      )
      .run(id, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  async getBlob(id: string): Promise<Uint8Array | undefined> {
    const row = this.db.prepare('SELECT bytes FROM monitor_blobs WHERE id = ?').get(id) as
      { bytes: Buffer } | undefined;
    return row ? new Uint8Array(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) : undefined;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
