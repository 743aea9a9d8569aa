// PostgreSQL rows of the store's tables and their mapping to the Store port's
// values; the connection URL with its optional `?schema=`.

import { UsageError } from '../../core/model/errors.js';
import type { AuditRecord, VersionInfo, VersionKind } from '../../core/store/store.js';

export interface VersionRow {
  kind: VersionKind;
  name: string;
  version: number;
  source_file: string | null;
  format: string | null;
  content_hash: string;
  imported_at: Date;
  counts: Record<string, number>;
  notes: Record<string, unknown> | null;
}

export interface AuditRow {
  id: string;
  at: string;
  key_id: string;
  action: string;
  dataset: string;
  dataset_version: number;
  query: unknown;
  results: unknown;
  request_id: string | null;
}

export function toInfo(row: VersionRow): VersionInfo {
  const info: VersionInfo = {
    kind: row.kind,
    name: row.name,
    version: row.version,
    contentHash: row.content_hash,
    importedAt: row.imported_at.toISOString(),
    counts: row.counts,
  };
  if (row.source_file !== null) info.sourceFile = row.source_file;
  if (row.format !== null) info.format = row.format;
  if (row.notes !== null) info.notes = row.notes;
  return info;
}

export function toAudit(row: AuditRow): AuditRecord {
  const rec: AuditRecord = {
    id: Number(row.id),
    at: row.at,
    keyId: row.key_id,
    action: row.action,
    dataset: row.dataset,
    datasetVersion: row.dataset_version,
    query: row.query,
    results: row.results,
  };
  if (row.request_id !== null) rec.requestId = row.request_id;
  return rec;
}

/** Splits `?schema=` off a postgres:// URL and names the server without its password. */
export function parseLocation(location: string): {
  connectionString: string;
  schema?: string;
  where: string;
} {
  let url: URL;
  try {
    url = new URL(location);
  } catch {
    throw new UsageError(
      `"${location}" is not a PostgreSQL URL`,
      'write it as postgres://user:password@host:port/database',
    );
  }
  const schema = url.searchParams.get('schema') ?? undefined;
  url.searchParams.delete('schema');
  const where = `${url.protocol}//${url.username ? `${url.username}@` : ''}${url.host}${url.pathname}${schema ? ` (schema ${schema})` : ''}`;
  return { connectionString: url.toString(), where, ...(schema !== undefined ? { schema } : {}) };
}
