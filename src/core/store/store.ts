// The Store port: networks and entity datasets kept as immutable numbered
// versions. Backends (SQLite, PostgreSQL) live in adapters and pass the
// contract suite in store-contract.ts.

import type { Entity } from '../model/entity.js';
import type { Network } from '../model/network.js';

export type VersionKind = 'network' | 'dataset';

/** Metadata of one stored version. */
export interface VersionInfo {
  kind: VersionKind;
  name: string;
  version: number;
  /** Where the content came from (path or URL), if known. */
  sourceFile?: string;
  /** Format the content was read from: scenario, ftm, csv, dimacs, ofac-csv, un-xml … */
  format?: string;
  /** SHA-256 of the source bytes (or of the canonical content). */
  contentHash: string;
  /** ISO timestamp. */
  importedAt: string;
  /** Counts by schema (datasets) or of nodes/channels/actions (networks). */
  counts: Record<string, number>;
  /** Free-form notes such as skipped-record counts. */
  notes?: Record<string, unknown>;
}

export interface SaveMeta {
  sourceFile?: string;
  format?: string;
  contentHash: string;
  notes?: Record<string, unknown>;
  /** Told (once) when the save has to wait for another writer before it can publish. */
  onWait?: (message: string) => void;
}

/** An entity named in a diff. */
export interface DiffEntity {
  id: string;
  schema: string;
  /** Display name (the first name-like property, else the id). */
  caption: string;
}

export interface DatasetChange extends DiffEntity {
  /**
   * Content property names whose values differ between the versions
   * (`schema` if the schema changed); bookkeeping properties never appear.
   */
  properties: string[];
}

export interface DatasetDiff {
  from: { name: string; version: number };
  to: { name: string; version: number };
  /** In code-point order of id, as are `removed` and `changed`. */
  added: DiffEntity[];
  removed: DiffEntity[];
  changed: DatasetChange[];
  counts: { added: number; removed: number; changed: number; unchanged: number };
}

export interface DiffOptions {
  /** Checked between pages; an aborted diff rejects. */
  signal?: { readonly aborted: boolean };
  /** Called after each page with work done and total (rows and bodies read). */
  progress?: (done: number, total: number) => void;
  /** Rows read per page (default 2,000). */
  pageSize?: number;
}

/** One screening decision, kept for audit: what was asked, against what, what came back. */
export interface AuditRecord {
  /** Assigned by the store, increasing. */
  id: number;
  /** ISO timestamp of the decision. */
  at: string;
  /** Id of the API key that asked (never the key itself); `anonymous` when reads are open. */
  keyId: string;
  /** What produced the decision: `match`, `search`, `batch` … */
  action: string;
  dataset: string;
  datasetVersion: number;
  query: unknown;
  results: unknown;
  requestId?: string;
}

/** An audit record's columns in table order (at, key_id, action, dataset, dataset_version, query, results, request_id), for the SQL stores. */
export function auditColumns(record: Omit<AuditRecord, 'id'>): (string | number | null)[] {
  return [
    record.at,
    record.keyId,
    record.action,
    record.dataset,
    record.datasetVersion,
    JSON.stringify(record.query),
    JSON.stringify(record.results),
    record.requestId ?? null,
  ];
}

export interface AuditQuery {
  /** Most records returned, newest first (default 100). */
  limit?: number;
  /** Only records with an id below this (paging backwards). */
  before?: number;
  dataset?: string;
  keyId?: string;
}

export interface Store {
  /** Save a network as the next version under `network.id`. */
  saveNetwork(network: Network, meta: SaveMeta): Promise<VersionInfo>;
  /** The latest version when `version` is omitted. Throws NotFoundError. */
  getNetwork(name: string, version?: number): Promise<{ network: Network; info: VersionInfo }>;
  /** Latest version of every network. */
  listNetworks(): Promise<VersionInfo[]>;
  networkVersions(name: string): Promise<VersionInfo[]>;

  /**
   * Save entities as the next version of a dataset, all or nothing: if the
   * iterable throws, nothing is stored and the error propagates.
   */
  saveDataset(
    name: string,
    entities: AsyncIterable<Entity> | Iterable<Entity>,
    meta: SaveMeta,
  ): Promise<VersionInfo>;
  /** Latest version of every dataset. */
  listDatasets(): Promise<VersionInfo[]>;
  datasetVersions(name: string): Promise<VersionInfo[]>;
  /** Resolve a version (latest when omitted). Throws NotFoundError. */
  datasetInfo(name: string, version?: number): Promise<VersionInfo>;
  /** Stream the entities of a dataset version, ordered by id. */
  datasetEntities(name: string, version?: number): AsyncIterable<Entity>;
  getEntity(name: string, id: string, version?: number): Promise<Entity | undefined>;
  /**
   * What changed from one dataset version to another, compared by content
   * (bookkeeping properties left out), each entity named. Reads page by page,
   * so other work interleaves with a large diff.
   */
  diffDatasets(
    name1: string,
    v1: number,
    name2: string,
    v2: number,
    options?: DiffOptions,
  ): Promise<DatasetDiff>;

  /** Append a screening decision to the audit log; it survives restarts. */
  appendAudit(record: Omit<AuditRecord, 'id'>): Promise<AuditRecord>;
  /** Audit records, newest first. */
  listAudit(query?: AuditQuery): Promise<AuditRecord[]>;

  close(): Promise<void>;
}
