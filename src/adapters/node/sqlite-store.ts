// The embedded Store backend on SQLite (better-sqlite3): one file, schema
// migrations by user_version, every write a transaction.

import Database from 'better-sqlite3';
import { SqliteAuditLog } from './sqlite-audit.js';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Entity } from '../../core/model/entity.js';
import { InterdictError, NotFoundError } from '../../core/model/errors.js';
import type { Network } from '../../core/model/network.js';
import {
  duplicateId,
  decodeNetwork,
  encodeNetwork,
  entityFingerprint,
  hashString,
  networkCounts,
} from '../../core/store/codec.js';
import { diffDatasetVersions, type DiffSource, type HashRow } from '../../core/store/diff.js';
import type {
  AuditQuery,
  AuditRecord,
  DatasetDiff,
  DiffOptions,
  SaveMeta,
  Store,
  VersionInfo,
  VersionKind,
} from '../../core/store/store.js';

/** Each entry moves the schema one version up; never edit a shipped entry. */
const MIGRATIONS: string[] = [
  `CREATE TABLE versions (
     kind TEXT NOT NULL, name TEXT NOT NULL, version INTEGER NOT NULL,
     source_file TEXT, format TEXT, content_hash TEXT NOT NULL, imported_at TEXT NOT NULL,
     counts TEXT NOT NULL, notes TEXT,
     PRIMARY KEY (kind, name, version));
   CREATE TABLE networks (
     name TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL,
     PRIMARY KEY (name, version));
   CREATE TABLE entities (
     dataset TEXT NOT NULL, version INTEGER NOT NULL, id TEXT NOT NULL,
     schema TEXT NOT NULL, hash TEXT NOT NULL, body TEXT NOT NULL,
     PRIMARY KEY (dataset, version, id)) WITHOUT ROWID;`,
  `CREATE TABLE audit (
     id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, key_id TEXT NOT NULL,
     action TEXT NOT NULL, dataset TEXT NOT NULL, dataset_version INTEGER NOT NULL,
     query TEXT NOT NULL, results TEXT NOT NULL, request_id TEXT);
   CREATE INDEX audit_dataset ON audit (dataset, id);`,
];

interface VersionRow {
  kind: VersionKind;
  name: string;
  version: number;
  source_file: string | null;
  format: string | null;
  content_hash: string;
  imported_at: string;
  counts: string;
  notes: string | null;
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function toInfo(row: VersionRow): VersionInfo {
  const info: VersionInfo = {
    kind: row.kind,
    name: row.name,
    version: row.version,
    contentHash: row.content_hash,
    importedAt: row.imported_at,
    counts: JSON.parse(row.counts) as Record<string, number>,
  };
  if (row.source_file !== null) info.sourceFile = row.source_file;
  if (row.format !== null) info.format = row.format;
  if (row.notes !== null) info.notes = JSON.parse(row.notes) as Record<string, unknown>;
  return info;
}

/** How long a read or a small write (an audit row) waits for a lock. */
const BUSY_TIMEOUT_MS = 15_000;

/** How long a publish waits for another process's write lock before giving up. */
export const PUBLISH_WAIT_MS = 10 * 60 * 1000;

export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private stagings = 0;
  // Prepared statements by SQL text: a request's lookups prepare nothing (SQLite parses each text once).
  private readonly statements = new Map<string, Database.Statement>();
  private readonly audit: SqliteAuditLog;

  constructor(readonly path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    try {
      this.db = new Database(path);
    } catch (e) {
      throw new InterdictError(
        'E_IO',
        `cannot open database ${path}: ${(e as Error).message}`,
        undefined,
        'check the path given by --db or INTERDICT_DB',
      );
    }
    // The busy timeout first: processes opening a new file at once wait for each other's set-up.
    this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.migrate();
    this.audit = new SqliteAuditLog(this.db, path, (text) => this.sql(text));
  }

  private sql(text: string): Database.Statement {
    let stmt = this.statements.get(text);
    if (!stmt) {
      stmt = this.db.prepare(text);
      this.statements.set(text, stmt);
    }
    return stmt;
  }

  private migrate(): void {
    const current = this.db.pragma('user_version', { simple: true }) as number;
    if (current > MIGRATIONS.length) {
      throw new InterdictError(
        'E_IO',
        `database ${this.path} has schema version ${current}, newer than this Interdict knows (${MIGRATIONS.length})`,
        undefined,
        'upgrade Interdict',
      );
    }
    for (let v = current; v < MIGRATIONS.length; v++) {
      // Another process may have run this step meanwhile: the version is read again under the lock.
      this.db
        .transaction(() => {
          if ((this.db.pragma('user_version', { simple: true }) as number) !== v) return;
          this.db.exec(MIGRATIONS[v]!);
          this.db.pragma(`user_version = ${v + 1}`);
        })
        .immediate();
    }
  }

  private nextVersion(kind: VersionKind, name: string): number {
    const row = this.sql('SELECT MAX(version) AS v FROM versions WHERE kind = ? AND name = ?').get(
      kind,
      name,
    ) as { v: number | null };
    return (row.v ?? 0) + 1;
  }

  private insertVersion(
    kind: VersionKind,
    name: string,
    version: number,
    meta: SaveMeta,
    counts: Record<string, number>,
  ): VersionInfo {
    const row: VersionRow = {
      kind,
      name,
      version,
      source_file: meta.sourceFile ?? null,
      format: meta.format ?? null,
      content_hash: meta.contentHash,
      imported_at: new Date().toISOString(),
      counts: JSON.stringify(counts),
      notes: meta.notes ? JSON.stringify(meta.notes) : null,
    };
    this.sql(
      'INSERT INTO versions VALUES (@kind, @name, @version, @source_file, @format, @content_hash, @imported_at, @counts, @notes)',
    ).run(row);
    return toInfo(row);
  }

  async saveNetwork(network: Network, meta: SaveMeta): Promise<VersionInfo> {
    return this.db
      .transaction(() => {
        const version = this.nextVersion('network', network.id);
        this.sql('INSERT INTO networks VALUES (?, ?, ?)').run(network.id, version, encodeNetwork(network));
        return this.insertVersion('network', network.id, version, meta, networkCounts(network));
      })
      .immediate();
  }

  private info(kind: VersionKind, name: string, version?: number): VersionInfo {
    const row = (
      version === undefined
        ? this.sql('SELECT * FROM versions WHERE kind = ? AND name = ? ORDER BY version DESC LIMIT 1').get(
            kind,
            name,
          )
        : this.sql('SELECT * FROM versions WHERE kind = ? AND name = ? AND version = ?').get(
            kind,
            name,
            version,
          )
    ) as VersionRow | undefined;
    if (!row) {
      const what = version === undefined ? `${kind} "${name}"` : `${kind} "${name}" version ${version}`;
      throw new NotFoundError(
        `no ${what}`,
        kind === 'network'
          ? 'list them with: interdict networks list'
          : 'list them with: interdict datasets list',
      );
    }
    return toInfo(row);
  }

  async getNetwork(name: string, version?: number): Promise<{ network: Network; info: VersionInfo }> {
    const info = this.info('network', name, version);
    const row = this.sql('SELECT body FROM networks WHERE name = ? AND version = ?').get(
      name,
      info.version,
    ) as { body: string };
    return { network: decodeNetwork(row.body), info };
  }

  private latest(kind: VersionKind): VersionInfo[] {
    const rows = this.sql(
      'SELECT v.* FROM versions v WHERE kind = ? AND version = (SELECT MAX(version) FROM versions w WHERE w.kind = v.kind AND w.name = v.name) ORDER BY name',
    ).all(kind) as VersionRow[];
    return rows.map(toInfo);
  }

  private versions(kind: VersionKind, name: string): VersionInfo[] {
    const rows = this.sql('SELECT * FROM versions WHERE kind = ? AND name = ? ORDER BY version').all(
      kind,
      name,
    ) as VersionRow[];
    if (rows.length === 0) this.info(kind, name); // throws NotFoundError
    return rows.map(toInfo);
  }

  async listNetworks(): Promise<VersionInfo[]> {
    return this.latest('network');
  }

  async networkVersions(name: string): Promise<VersionInfo[]> {
    return this.versions('network', name);
  }

  /**
   * Streams the entities into a staging table of this connection's temporary
   * database (no lock on the main file while the list is read), then
   * publishes the version in one short transaction. When another process
   * holds the write lock, the publish waits its turn (up to PUBLISH_WAIT_MS),
   * telling `meta.onWait` once.
   */
  async saveDataset(
    name: string,
    entities: AsyncIterable<Entity> | Iterable<Entity>,
    meta: SaveMeta,
  ): Promise<VersionInfo> {
    const table = `temp.staging_${++this.stagings}`;
    this.db.exec(
      `CREATE TABLE ${table} (id TEXT PRIMARY KEY, schema TEXT NOT NULL, hash TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID`,
    );
    try {
      const insert = this.db.prepare(`INSERT INTO ${table} VALUES (?, ?, ?, ?)`);
      const counts: Record<string, number> = {};
      // Rows go in batches, each one synchronous transaction on the temporary database only.
      const flush = this.db.transaction((batch: Entity[]) => {
        for (const entity of batch) {
          try {
            insert.run(
              entity.id,
              entity.schema,
              hashString(entityFingerprint(entity)),
              JSON.stringify(entity),
            );
          } catch (e) {
            // The primary key finds duplicate ids: no id set grows in memory with the list.
            if ((e as { code?: string }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY')
              throw duplicateId(entity.id, name);
            throw e;
          }
          counts[entity.schema] = (counts[entity.schema] ?? 0) + 1;
        }
      });
      let batch: Entity[] = [];
      for await (const entity of entities) {
        batch.push(entity);
        if (batch.length >= 1000) {
          flush(batch);
          batch = [];
        }
      }
      flush(batch);
      return await this.publish(() => {
        const version = this.nextVersion('dataset', name);
        this.db
          .prepare(`INSERT INTO entities SELECT ?, ?, id, schema, hash, body FROM ${table}`)
          .run(name, version);
        return this.insertVersion('dataset', name, version, meta, counts);
      }, meta.onWait);
    } finally {
      this.db.exec(`DROP TABLE IF EXISTS ${table}`);
    }
  }

  /** Runs `write` as one IMMEDIATE transaction, retrying while another process holds the lock. */
  private async publish<T>(write: () => T, onWait?: (message: string) => void): Promise<T> {
    const run = this.db.transaction(write);
    const start = Date.now();
    let told = false;
    for (;;) {
      // Short busy waits, then a timer: the event loop stays free while the other writer finishes.
      this.db.pragma('busy_timeout = 200');
      try {
        return run.immediate();
      } catch (e) {
        if ((e as { code?: string }).code !== 'SQLITE_BUSY') throw e;
        const waited = Date.now() - start;
        if (waited >= PUBLISH_WAIT_MS)
          throw new InterdictError(
            'E_CONFLICT',
            `another writer kept the database locked for ${Math.round(waited / 1000)} s; nothing was stored`,
            undefined,
            'run the import again when the other import has finished',
          );
        if (!told) {
          told = true;
          onWait?.('another import is publishing to this database; waiting for it to finish');
        }
        await new Promise((r) => setTimeout(r, 50));
      } finally {
        this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      }
    }
  }

  async listDatasets(): Promise<VersionInfo[]> {
    return this.latest('dataset');
  }

  async datasetVersions(name: string): Promise<VersionInfo[]> {
    return this.versions('dataset', name);
  }

  async datasetInfo(name: string, version?: number): Promise<VersionInfo> {
    return this.info('dataset', name, version);
  }

  async *datasetEntities(name: string, version?: number): AsyncIterable<Entity> {
    const info = this.info('dataset', name, version);
    // Its own statement: a cached one would be busy while another iteration of it is under way.
    const stmt = this.db.prepare('SELECT body FROM entities WHERE dataset = ? AND version = ? ORDER BY id');
    for (const row of stmt.iterate(name, info.version) as IterableIterator<{ body: string }>) {
      yield JSON.parse(row.body) as Entity;
    }
  }

  async getEntity(name: string, id: string, version?: number): Promise<Entity | undefined> {
    const info = this.info('dataset', name, version);
    const row = this.sql('SELECT body FROM entities WHERE dataset = ? AND version = ? AND id = ?').get(
      name,
      info.version,
      id,
    ) as { body: string } | undefined;
    return row ? (JSON.parse(row.body) as Entity) : undefined;
  }

  async diffDatasets(
    name1: string,
    v1: number,
    name2: string,
    v2: number,
    options: DiffOptions = {},
  ): Promise<DatasetDiff> {
    const size = (info: VersionInfo) => Object.values(info.counts).reduce((x, y) => x + y, 0);
    const from = { name: name1, version: v1, size: size(this.info('dataset', name1, v1)) };
    const to = { name: name2, version: v2, size: size(this.info('dataset', name2, v2)) };
    const first = this.sql(
      'SELECT id, hash FROM entities WHERE dataset = ? AND version = ? ORDER BY id LIMIT ?',
    );
    const page = this.sql(
      'SELECT id, hash FROM entities WHERE dataset = ? AND version = ? AND id > ? ORDER BY id LIMIT ?',
    );
    const bodies = this.sql(
      'SELECT body FROM entities WHERE dataset = ? AND version = ? AND id IN (SELECT value FROM json_each(?))',
    );
    // Each page is a short synchronous read; yielding between pages keeps the
    // event loop (a server's other requests) answering during a large diff.
    const source: DiffSource = {
      hashes: async (name, version, after, limit) => {
        await yieldToEventLoop();
        return (
          after === null ? first.all(name, version, limit) : page.all(name, version, after, limit)
        ) as HashRow[];
      },
      bodies: async (name, version, ids) => {
        await yieldToEventLoop();
        return (bodies.all(name, version, JSON.stringify(ids)) as { body: string }[]).map(
          (r) => JSON.parse(r.body) as Entity,
        );
      },
      pause: yieldToEventLoop,
    };
    return diffDatasetVersions(source, from, to, options);
  }

  appendAudit(record: Omit<AuditRecord, 'id'>): Promise<AuditRecord> {
    return this.audit.append(record);
  }

  async listAudit(query: AuditQuery = {}): Promise<AuditRecord[]> {
    return this.audit.list(query);
  }

  async close(): Promise<void> {
    this.audit.flush();
    this.db.close();
  }
}
