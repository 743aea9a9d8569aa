// The audit log of a SQLite store: records written by group commit (the
// records appended during one turn of the event loop go in one transaction,
// and each promise settles once its record is committed), read back newest
// first.
import type Database from 'better-sqlite3';
import { auditColumns, type AuditQuery, type AuditRecord } from '../../core/store/store.js';

interface AuditRow {
  id: number;
  at: string;
  key_id: string;
  action: string;
  dataset: string;
  dataset_version: number;
  query: string;
  results: string;
  request_id: string | null;
}

interface AuditWaiter {
  record: Omit<AuditRecord, 'id'>;
  resolve: (r: AuditRecord) => void;
  reject: (e: Error) => void;
}

export class SqliteAuditLog {
  // Records waiting for the next group commit.
  private queue: AuditWaiter[] = [];

  constructor(
    private readonly db: Database.Database,
    private readonly path: string,
    private readonly sql: (text: string) => Database.Statement,
  ) {}

  /** Stores a record; settles once it is committed (a response that waits for it waits for it to be stored). */
  append(record: Omit<AuditRecord, 'id'>): Promise<AuditRecord> {
    return new Promise((resolve, reject) => {
      if (this.queue.length === 0) setImmediate(() => this.flush());
      this.queue.push({ record, resolve, reject });
    });
  }

  /** Commits the records waiting (the store calls it before it closes). */
  flush(): void {
    const batch = this.queue;
    this.queue = [];
    if (batch.length === 0) return;
    if (!this.db.open) {
      // Appended after close(): refused, never thrown from the timer.
      for (const w of batch) w.reject(new Error(`database ${this.path} is closed: audit record not stored`));
      return;
    }
    const insert = this.sql(
      'INSERT INTO audit (at, key_id, action, dataset, dataset_version, query, results, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    let ids: number[];
    try {
      ids = this.db.transaction(() =>
        batch.map(({ record }) => Number(insert.run(...auditColumns(record)).lastInsertRowid)),
      )();
    } catch (e) {
      for (const w of batch) w.reject(e as Error);
      return;
    }
    batch.forEach((w, i) => w.resolve({ ...w.record, id: ids[i] as number }));
  }

  list(query: AuditQuery = {}): AuditRecord[] {
    const where: string[] = [];
    const args: unknown[] = [];
    if (query.before !== undefined) {
      where.push('id < ?');
      args.push(query.before);
    }
    if (query.dataset !== undefined) {
      where.push('dataset = ?');
      args.push(query.dataset);
    }
    if (query.keyId !== undefined) {
      where.push('key_id = ?');
      args.push(query.keyId);
    }
    const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ?`;
    const rows = this.db.prepare(sql).all(...args, query.limit ?? 100) as AuditRow[];
    return rows.map((row) => {
      const rec: AuditRecord = {
        id: row.id,
        at: row.at,
        keyId: row.key_id,
        action: row.action,
        dataset: row.dataset,
        datasetVersion: row.dataset_version,
        query: JSON.parse(row.query) as unknown,
        results: JSON.parse(row.results) as unknown,
      };
      if (row.request_id !== null) rec.requestId = row.request_id;
      return rec;
    });
  }
}
