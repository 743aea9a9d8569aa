// The team-server Store backend on PostgreSQL (pg): a connection pool, schema
// migrations under an advisory lock, every write one transaction.

import pg from 'pg';
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
import { auditColumns } from '../../core/store/store.js';
import { migrate, quoteIdent } from './pg-migrations.js';
import { parseLocation, toAudit, toInfo, type AuditRow, type VersionRow } from './pg-rows.js';

/** Rows per INSERT while a dataset streams in, and per FETCH while it streams out. */
const BATCH = 500;

/** One statement inserts a whole batch: four arrays, unnested into rows. */
const INSERT_ENTITIES = {
  name: 'interdict-insert-entities',
  text: `INSERT INTO entities (dataset, version, id, schema, hash, body)
         SELECT $1, $2, * FROM unnest($3::text[], $4::text[], $5::text[], $6::json[])`,
};

type Queryable = pg.Pool | pg.PoolClient;

export class PgStore implements Store {
  private constructor(
    private readonly pool: pg.Pool,
    /** The server and database, without the password, for messages. */
    readonly where: string,
  ) {}

  /**
   * Connects and brings the schema up to date. `location` is a postgres://
   * URL; `?schema=name` keeps the tables in that schema (created if missing),
   * so several stores can share one database.
   */
  static async open(location: string): Promise<PgStore> {
    const { connectionString, schema, where } = parseLocation(location);
    const pool = new pg.Pool({
      connectionString,
      ...(schema !== undefined ? { options: `-c search_path=${quoteIdent(schema)}` } : {}),
    });
    // An idle connection that dies (server restart) is dropped by the pool and
    // the next query opens a new one; without a listener it would crash the process.
    pool.on('error', () => undefined);
    let client: pg.PoolClient;
    try {
      client = await pool.connect();
    } catch (e) {
      await pool.end();
      throw new InterdictError(
        'E_IO',
        `cannot connect to PostgreSQL at ${where}: ${(e as Error).message}`,
        undefined,
        'check the URL given by --db or INTERDICT_DB and that the server is running',
      );
    }
    try {
      await migrate(client, schema, where);
      client.release();
    } catch (e) {
      client.release(true);
      await pool.end();
      throw e;
    }
    return new PgStore(pool, where);
  }

  /** Runs `work` in one transaction on one client; any error rolls all of it back. */
  private async transaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await work(client);
      await client.query('COMMIT');
      client.release();
      return out;
    } catch (e) {
      // A client that cannot even roll back is broken: destroy it, don't pool it.
      const broken = await client.query('ROLLBACK').then(
        () => undefined,
        (r: unknown) => r as Error,
      );
      client.release(broken);
      throw e;
    }
  }

  /**
   * The next version number, holding a lock on (kind, name) until the
   * transaction ends, so concurrent saves of one name queue instead of
   * colliding; saves of different names don't wait for each other.
   */
  private async nextVersion(client: pg.PoolClient, kind: VersionKind, name: string): Promise<number> {
    await client.query(
      "SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.' || $1), hashtext($2))",
      [kind, name],
    );
    const { rows } = await client.query<{ v: number }>(
      'SELECT COALESCE(MAX(version), 0)::integer + 1 AS v FROM versions WHERE kind = $1 AND name = $2',
      [kind, name],
    );
    return rows[0]!.v;
  }

  private async insertVersion(
    client: pg.PoolClient,
    kind: VersionKind,
    name: string,
    version: number,
    meta: SaveMeta,
    counts: Record<string, number>,
  ): Promise<VersionInfo> {
    const { rows } = await client.query<VersionRow>(
      `INSERT INTO versions (kind, name, version, source_file, format, content_hash, imported_at, counts, notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING *`,
      [
        kind,
        name,
        version,
        meta.sourceFile ?? null,
        meta.format ?? null,
        meta.contentHash,
        new Date(),
        JSON.stringify(counts),
        meta.notes ? JSON.stringify(meta.notes) : null,
      ],
    );
    return toInfo(rows[0]!);
  }

  async saveNetwork(network: Network, meta: SaveMeta): Promise<VersionInfo> {
    return this.transaction(async (client) => {
      const version = await this.nextVersion(client, 'network', network.id);
      await client.query('INSERT INTO networks (name, version, body) VALUES ($1, $2, $3)', [
        network.id,
        version,
        encodeNetwork(network),
      ]);
      return this.insertVersion(client, 'network', network.id, version, meta, networkCounts(network));
    });
  }

  private async info(
    kind: VersionKind,
    name: string,
    version?: number,
    db: Queryable = this.pool,
  ): Promise<VersionInfo> {
    const { rows } =
      version === undefined
        ? await db.query<VersionRow>(
            'SELECT * FROM versions WHERE kind = $1 AND name = $2 ORDER BY version DESC LIMIT 1',
            [kind, name],
          )
        : await db.query<VersionRow>(
            'SELECT * FROM versions WHERE kind = $1 AND name = $2 AND version = $3',
            [kind, name, version],
          );
    if (!rows[0]) {
      const what = version === undefined ? `${kind} "${name}"` : `${kind} "${name}" version ${version}`;
      throw new NotFoundError(
        `no ${what}`,
        kind === 'network'
          ? 'list them with: interdict networks list'
          : 'list them with: interdict datasets list',
      );
    }
    return toInfo(rows[0]);
  }

  async getNetwork(name: string, version?: number): Promise<{ network: Network; info: VersionInfo }> {
    const info = await this.info('network', name, version);
    const { rows } = await this.pool.query<{ body: string }>(
      'SELECT body FROM networks WHERE name = $1 AND version = $2',
      [name, info.version],
    );
    return { network: decodeNetwork(rows[0]!.body), info };
  }

  private async latest(kind: VersionKind): Promise<VersionInfo[]> {
    const { rows } = await this.pool.query<VersionRow>(
      'SELECT DISTINCT ON (name) * FROM versions WHERE kind = $1 ORDER BY name, version DESC',
      [kind],
    );
    return rows.map(toInfo);
  }

  private async versions(kind: VersionKind, name: string): Promise<VersionInfo[]> {
    const { rows } = await this.pool.query<VersionRow>(
      'SELECT * FROM versions WHERE kind = $1 AND name = $2 ORDER BY version',
      [kind, name],
    );
    if (rows.length === 0) await this.info(kind, name); // throws NotFoundError
    return rows.map(toInfo);
  }

  async listNetworks(): Promise<VersionInfo[]> {
    return this.latest('network');
  }

  async networkVersions(name: string): Promise<VersionInfo[]> {
    return this.versions('network', name);
  }

  async saveDataset(
    name: string,
    entities: AsyncIterable<Entity> | Iterable<Entity>,
    meta: SaveMeta,
  ): Promise<VersionInfo> {
    // One transaction on one client spans the awaits of a streaming source;
    // rows go in as they arrive, and any error rolls all of them back.
    return this.transaction(async (client) => {
      const version = await this.nextVersion(client, 'dataset', name);
      const counts: Record<string, number> = {};
      let ids: string[] = [];
      let schemas: string[] = [];
      let hashes: string[] = [];
      let bodies: string[] = [];
      const flush = async (): Promise<void> => {
        if (ids.length === 0) return;
        try {
          await client.query({ ...INSERT_ENTITIES, values: [name, version, ids, schemas, hashes, bodies] });
        } catch (e) {
          // The primary key finds duplicate ids: no id set grows in memory with the list.
          const err = e as { code?: string; detail?: string };
          if (err.code === '23505')
            throw duplicateId(/=\(.*, (.*)\) already exists/.exec(err.detail ?? '')?.[1] ?? '?', name);
          throw e;
        }
        [ids, schemas, hashes, bodies] = [[], [], [], []];
      };
      for await (const entity of entities) {
        ids.push(entity.id);
        schemas.push(entity.schema);
        hashes.push(hashString(entityFingerprint(entity)));
        bodies.push(JSON.stringify(entity));
        counts[entity.schema] = (counts[entity.schema] ?? 0) + 1;
        if (ids.length >= BATCH) await flush();
      }
      await flush();
      return this.insertVersion(client, 'dataset', name, version, meta, counts);
    });
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
    const info = await this.info('dataset', name, version);
    // A server-side cursor lives in a transaction on one client: memory stays
    // at one batch however large the dataset.
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN READ ONLY');
      await client.query(
        'DECLARE entity_cursor NO SCROLL CURSOR FOR SELECT body FROM entities WHERE dataset = $1 AND version = $2 ORDER BY id',
        [name, info.version],
      );
      for (;;) {
        const { rows } = await client.query<{ body: Entity }>(`FETCH ${BATCH} FROM entity_cursor`);
        for (const row of rows) yield row.body;
        if (rows.length < BATCH) break;
      }
    } finally {
      // Also runs when the consumer stops early; ending the transaction closes the cursor.
      const broken = await client.query('ROLLBACK').then(
        () => undefined,
        (r: unknown) => r as Error,
      );
      client.release(broken);
    }
  }

  async getEntity(name: string, id: string, version?: number): Promise<Entity | undefined> {
    const info = await this.info('dataset', name, version);
    const { rows } = await this.pool.query<{ body: Entity }>(
      'SELECT body FROM entities WHERE dataset = $1 AND version = $2 AND id = $3',
      [name, info.version, id],
    );
    return rows[0]?.body;
  }

  async diffDatasets(
    name1: string,
    v1: number,
    name2: string,
    v2: number,
    options: DiffOptions = {},
  ): Promise<DatasetDiff> {
    const size = (info: VersionInfo) => Object.values(info.counts).reduce((x, y) => x + y, 0);
    const from = { name: name1, version: v1, size: size(await this.info('dataset', name1, v1)) };
    const to = { name: name2, version: v2, size: size(await this.info('dataset', name2, v2)) };
    // Ids compare in the "C" collation the columns carry: code-point order, as the merge expects.
    const source: DiffSource = {
      hashes: async (name, version, after, limit) =>
        (
          await this.pool.query<HashRow>(
            'SELECT id, hash FROM entities WHERE dataset = $1 AND version = $2 AND ($3::text IS NULL OR id > $3) ORDER BY id LIMIT $4',
            [name, version, after, limit],
          )
        ).rows,
      bodies: async (name, version, ids) =>
        (
          await this.pool.query<{ body: Entity }>(
            'SELECT body FROM entities WHERE dataset = $1 AND version = $2 AND id = ANY($3::text[])',
            [name, version, ids],
          )
        ).rows.map((r) => r.body),
      // The queries wait on the server; the diff's own work pauses for other requests.
      pause: () => new Promise((resolve) => setImmediate(resolve)),
    };
    return diffDatasetVersions(source, from, to, options);
  }

  async appendAudit(record: Omit<AuditRecord, 'id'>): Promise<AuditRecord> {
    const { rows } = await this.pool.query<{ id: string }>(
      `INSERT INTO audit (at, key_id, action, dataset, dataset_version, query, results, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      auditColumns(record),
    );
    return { ...record, id: Number(rows[0]!.id) };
  }

  async listAudit(query: AuditQuery = {}): Promise<AuditRecord[]> {
    const where: string[] = [];
    const args: unknown[] = [];
    const arg = (v: unknown): string => `$${args.push(v)}`;
    if (query.before !== undefined) where.push(`id < ${arg(query.before)}`);
    if (query.dataset !== undefined) where.push(`dataset = ${arg(query.dataset)}`);
    if (query.keyId !== undefined) where.push(`key_id = ${arg(query.keyId)}`);
    const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${arg(query.limit ?? 100)}`;
    const { rows } = await this.pool.query<AuditRow>(sql, args);
    return rows.map(toAudit);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
