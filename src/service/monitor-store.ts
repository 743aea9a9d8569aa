// The port the monitor keeps its state through: watches, alerts, decisions,
// runs and deliveries as JSON documents, plus a transactional outbox. One
// `commit` writes alert changes and the outbox rows that announce them
// together, so an alert is never announced without being stored, nor stored
// without being announced. Backends: SQLite and PostgreSQL (adapters/node).

export type DocKind = 'watch' | 'watch-state' | 'alert' | 'decision' | 'run' | 'delivery';

export interface Doc<T = unknown> {
  kind: DocKind;
  id: string;
  body: T;
}

export interface OutboxRow {
  /** Increasing; doubles as the server-sent event id. */
  seq: number;
  at: string;
  topic: string;
  /** The watch the row belongs to (feeds are per watch). */
  watch: string;
  payload: unknown;
}

export interface Commit {
  put?: Doc[];
  delete?: { kind: DocKind; id: string }[];
  outbox?: Omit<OutboxRow, 'seq'>[];
}

export interface MonitorStore {
  get<T>(kind: DocKind, id: string): Promise<T | undefined>;
  /** Every document of a kind, by id. */
  list<T>(kind: DocKind): Promise<T[]>;
  /** All of it in one transaction; returns the outbox sequence numbers assigned, in order. */
  commit(change: Commit): Promise<number[]>;
  /** Outbox rows after `seq` (oldest first), optionally of one watch. */
  outbox(afterSeq: number, limit: number, watch?: string): Promise<OutboxRow[]>;
  /** Binary data kept beside the documents (a book's candidate index), replaced whole. */
  putBlob(id: string, bytes: Uint8Array): Promise<void>;
  getBlob(id: string): Promise<Uint8Array | undefined>;
  close(): Promise<void>;
}
