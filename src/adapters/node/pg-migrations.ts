// The PostgreSQL store's schema, as numbered migrations applied under an
// advisory lock so two processes starting at once don't both migrate.

import type pg from 'pg';
import { InterdictError, UsageError } from '../../core/model/errors.js';

/**
 * Each entry moves the schema one version up; never edit a shipped entry.
 * Ids and names use the "C" collation so they sort by code point, as SQLite
 * does, whatever the database's locale. Bodies are `json` (not `jsonb`) so
 * key order survives a round trip.
 */
export const PG_MIGRATIONS: string[] = [
  `CREATE TABLE versions (
     kind text NOT NULL, name text COLLATE "C" NOT NULL, version integer NOT NULL,
     source_file text, format text, content_hash text NOT NULL, imported_at timestamptz NOT NULL,
     counts json NOT NULL, notes json,
     PRIMARY KEY (kind, name, version));
   CREATE TABLE networks (
     name text COLLATE "C" NOT NULL, version integer NOT NULL, body text NOT NULL,
     PRIMARY KEY (name, version));
   CREATE TABLE entities (
     dataset text COLLATE "C" NOT NULL, version integer NOT NULL, id text COLLATE "C" NOT NULL,
     schema text NOT NULL, hash text NOT NULL, body json NOT NULL,
     PRIMARY KEY (dataset, version, id));`,
  // `at` stays text: the caller's timestamp comes back exactly as given.
  `CREATE TABLE audit (
     id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, at text NOT NULL, key_id text NOT NULL,
     action text NOT NULL, dataset text NOT NULL, dataset_version integer NOT NULL,
     query json NOT NULL, results json NOT NULL, request_id text);
   CREATE INDEX audit_dataset ON audit (dataset, id);
   CREATE INDEX audit_key ON audit (key_id, id);`,
];

/** Key of the advisory lock held while migrating (any stable bigint). */
const MIGRATE_LOCK = 'interdict:migrate';

/**
 * Brings the schema up to date in one transaction: DDL is transactional in
 * PostgreSQL, so a failed migration leaves the previous schema intact.
 */
export async function migrate(
  client: pg.ClientBase,
  schema: string | undefined,
  where: string,
): Promise<void> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [MIGRATE_LOCK]);
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const { rows } = await client.query<{ v: number }>(
      'SELECT COALESCE(MAX(version), 0)::integer AS v FROM schema_migrations',
    );
    const current = rows[0]!.v;
    if (current > PG_MIGRATIONS.length) {
      throw new InterdictError(
        'E_IO',
        `database ${where} has schema version ${current}, newer than this Interdict knows (${PG_MIGRATIONS.length})`,
        undefined,
        'upgrade Interdict',
      );
    }
    for (let v = current; v < PG_MIGRATIONS.length; v++) {
      await client.query(PG_MIGRATIONS[v]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [v + 1]);
    }
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}

/** A schema name checked and double-quoted for SQL. */
export function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(name)) {
    throw new UsageError(
      `"${name}" is not a usable PostgreSQL schema name`,
      'use letters, digits and underscores, starting with a letter',
    );
  }
  return `"${name}"`;
}
