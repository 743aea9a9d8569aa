// Batch screening jobs of a team server: the rows are copied into
// PostgreSQL and screened by `interdict worker` processes, chunk by chunk.
// State, progress, cancellation and the result are read from the database,
// so any replica answers about any job.

import type { FastifyRequest } from 'fastify';
import type { QueryRow } from '../../core/ingest/screening-queries.js';
import type {
  BatchRowResult,
  BatchScreenRequest,
  BatchScreenResult,
  JobStatus,
} from '../../contract/jobs.js';
import type { BatchOptions } from '../../service/batch-screening.js';
import type { DatasetVersion } from '../../service/screening.js';
import {
  cancelRun,
  listRuns,
  openRuns,
  queueRun,
  runLines,
  runStatus,
  type RunStatus,
} from '../node/distributed-screen.js';
import type { TeamState } from '../node/team-state.js';
import type { ServerContext } from './context.js';
import { HttpError } from './errors.js';
import { JOBS_DEFAULTS } from './jobs.js';
import { requestIds } from './routes/match.js';

/** A distributed job as the job routes see it. */
export interface DistributedJob {
  status: JobStatus;
  owner: string;
  distributed: true;
}

function jobStatus(s: RunStatus): JobStatus {
  return {
    id: s.run,
    kind: s.kind ?? 'screen',
    state: s.state === 'loading' ? 'queued' : s.state,
    progress: {
      done: s.done,
      total: s.total,
      rate: Math.round(s.rate * 10) / 10,
      ...(s.etaSeconds !== undefined ? { etaSeconds: s.etaSeconds } : {}),
    },
    createdAt: s.createdAt,
    ...(s.finishedAt ? { finishedAt: s.finishedAt } : {}),
    ...(s.error ? { error: s.error } : {}),
  };
}

/** Queue the rows for the workers; replies once they are all in the database. */
export async function queueDistributedJob(
  ctx: ServerContext,
  request: FastifyRequest,
  body: BatchScreenRequest,
  options: BatchOptions,
  datasets: DatasetVersion[],
  rows: AsyncIterable<QueryRow>,
): Promise<JobStatus> {
  const team = ctx.config.team!;
  const open =
    (await openRuns(team.runs.pool, request.keyId)) +
    ctx.jobs.list(request.keyId).filter((j) => j.state === 'queued' || j.state === 'running').length;
  if (open >= ctx.config.maxJobsPerKey)
    throw new HttpError(
      429,
      'E_LIMIT',
      `this key already has ${ctx.config.maxJobsPerKey} jobs queued or running`,
      'wait for one to finish (GET /jobs/{id}/events) or cancel one (DELETE /jobs/{id})',
    );
  const pinned = datasets.map((d) => `${d.name}@${d.version}`);
  const { requestId, clientRequestId } = requestIds(request);
  const { run } = await queueRun(team.runs, rows, {
    input: body.dataset,
    inFormat: body.csv && !body.rows?.length ? 'csv' : 'rows',
    format: 'api',
    options: { ...options, scope: pinned, hops: 0 },
    datasets: pinned,
    chunkSize: ctx.config.jobChunkSize,
    owner: request.keyId,
    kind: 'screen',
    audit: { keyId: request.keyId, requestId, ...(clientRequestId ? { clientRequestId } : {}) },
  });
  return jobStatus((await runStatus(team.runs.pool, run))!);
}

export async function distributedJob(team: TeamState, id: string): Promise<DistributedJob | undefined> {
  const s = await runStatus(team.runs.pool, id);
  if (!s || s.owner === null) return undefined; // a command-line run is not a job of the API
  return { status: jobStatus(s), owner: s.owner, distributed: true };
}

/** The jobs of one key (or every key), finished ones for as long as the server keeps jobs. */
export async function distributedJobs(team: TeamState, owner: string | undefined): Promise<JobStatus[]> {
  const out: JobStatus[] = [];
  for (const id of await listRuns(team.runs.pool, owner, JOBS_DEFAULTS.keepMs / 1000)) {
    const s = await runStatus(team.runs.pool, id);
    if (s) out.push(jobStatus(s));
  }
  return out;
}

export async function cancelDistributedJob(team: TeamState, id: string): Promise<boolean> {
  return cancelRun(team.runs.pool, id);
}

/** The result of a finished job, its rows in input order. */
export async function distributedResult(team: TeamState, id: string): Promise<BatchScreenResult> {
  const { rows: meta } = await team.runs.pool.query<{
    input: string;
    datasets: string[];
    total_rows: number;
  }>('SELECT input, datasets, total_rows FROM screen_runs WHERE id = $1', [id]);
  const m = meta[0]!;
  const first = m.datasets[0] ?? '';
  const out: BatchScreenResult = {
    dataset: m.input,
    version: Number(first.slice(first.lastIndexOf('@') + 1)) || 0,
    rows: [],
    matched: 0,
    errors: 0,
  };
  for await (const line of runLines(team.runs.pool, id, m.total_rows)) {
    const row = JSON.parse(line.text) as BatchRowResult;
    out.rows.push(row);
    if (line.matched) out.matched++;
    if (row.error) out.errors++;
  }
  return out;
}
