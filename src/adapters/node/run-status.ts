// State and progress of distributed screening runs as any process sees them
// in the database: status, rows done, rate and ETA; listing, cancelling and
// reading a run's result lines in input order.

import type pg from 'pg';

export type RunState = 'loading' | 'queued' | 'running' | 'done' | 'cancelled' | 'failed';

export interface RunStatus {
  run: string;
  owner: string | null;
  kind: string | null;
  state: RunState;
  total: number;
  done: number;
  chunks: number;
  chunksDone: number;
  /** Rows per second since the chunks were queued. */
  rate: number;
  /** Seconds left at that rate (absent before the first chunk is done, or once finished). */
  etaSeconds?: number;
  createdAt: string;
  finishedAt?: string;
  error?: string;
}

/** A run's state and progress, as any process sees it from the database. */
export async function runStatus(pool: pg.Pool, run: string): Promise<RunStatus | undefined> {
  const { rows } = await pool.query<{
    owner: string | null;
    kind: string | null;
    status: string;
    total_rows: number;
    created_at: Date;
    finished_at: Date | null;
    error: string | null;
    chunks: string;
    chunks_done: string;
    done: string;
    attempts: string;
    elapsed: number | null;
  }>(
    `SELECT r.owner, r.kind, r.status, r.total_rows, r.created_at, r.finished_at, r.error,
       COUNT(c.chunk) AS chunks, COUNT(c.done_at) AS chunks_done,
       COALESCE(SUM(c.last_row - c.first_row + 1) FILTER (WHERE c.done_at IS NOT NULL), 0) AS done,
       COALESCE(SUM(c.attempts), 0) AS attempts,
       EXTRACT(EPOCH FROM COALESCE(r.finished_at, now()) - r.queued_at)::float8 AS elapsed
     FROM screen_runs r LEFT JOIN screen_chunks c ON c.run = r.id
     WHERE r.id = $1 GROUP BY r.id`,
    [run],
  );
  const r = rows[0];
  if (!r) return undefined;
  const chunks = Number(r.chunks);
  const chunksDone = Number(r.chunks_done);
  const done = Number(r.done);
  let state: RunState;
  if (r.status === 'running')
    state = chunks > 0 && chunksDone === chunks ? 'done' : Number(r.attempts) > 0 ? 'running' : 'queued';
  else state = r.status as RunState;
  const rate = r.elapsed && r.elapsed > 0 ? done / r.elapsed : 0;
  const finished = state === 'done' || state === 'cancelled' || state === 'failed';
  return {
    run,
    owner: r.owner,
    kind: r.kind,
    state,
    total: r.total_rows,
    done,
    chunks,
    chunksDone,
    rate,
    ...(!finished && rate > 0 ? { etaSeconds: Math.ceil((r.total_rows - done) / rate) } : {}),
    createdAt: r.created_at.toISOString(),
    ...(r.finished_at ? { finishedAt: r.finished_at.toISOString() } : {}),
    ...(r.error ? { error: r.error } : {}),
  };
}

/** Runs of one owner (or of every owner), newest first, finished ones kept for `keepSeconds`. */
export async function listRuns(
  pool: pg.Pool,
  owner: string | undefined,
  keepSeconds: number,
): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>(
    `SELECT id FROM screen_runs
     WHERE owner IS NOT NULL AND ($1::text IS NULL OR owner = $1)
       AND (finished_at IS NULL OR finished_at > now() - $2 * interval '1 second')
     ORDER BY created_at DESC LIMIT 200`,
    [owner ?? null, keepSeconds],
  );
  return rows.map((r) => r.id);
}

/** Runs of an owner still loading or being screened. */
export async function openRuns(pool: pg.Pool, owner: string): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(
    `SELECT COUNT(*) AS n FROM screen_runs r WHERE owner = $1
       AND (status = 'loading' OR (status = 'running'
         AND EXISTS (SELECT 1 FROM screen_chunks c WHERE c.run = r.id AND c.done_at IS NULL)))`,
    [owner],
  );
  return Number(rows[0]!.n);
}

/** Cancel a run that is loading or running; false when it had already finished. */
export async function cancelRun(pool: pg.Pool, run: string): Promise<boolean> {
  const { rowCount } = await pool.query(
    `UPDATE screen_runs SET status = 'cancelled', finished_at = now()
     WHERE id = $1 AND (status = 'loading' OR (status = 'running'
       AND EXISTS (SELECT 1 FROM screen_chunks c WHERE c.run = $1 AND c.done_at IS NULL)))`,
    [run],
  );
  return (rowCount ?? 0) > 0;
}

/** The result lines of a run in input order, read in slices. */
export async function* runLines(
  pool: pg.Pool,
  run: string,
  total: number,
): AsyncGenerator<{ text: string; matched: boolean; error: string | null }> {
  for (let from = 1; from <= total; from += 5000) {
    const { rows: part } = await pool.query<{ text: string; matched: boolean; error: string | null }>(
      'SELECT text, matched, error FROM screen_results WHERE run = $1 AND row BETWEEN $2 AND $3 ORDER BY row',
      [run, from, from + 4999],
    );
    yield* part;
  }
}
