// Jobs: start a batch screening, poll its status, stream its progress as
// server-sent events, fetch the result, cancel it.

import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ERROR_SCHEMA } from '../../../contract/common.js';
import {
  BATCH_SCREEN_SCHEMA,
  type BatchScreenRequest,
  type JobEvent,
  type JobStatus,
} from '../../../contract/jobs.js';
import { batchRows, runBatch } from '../batch-screen.js';
import {
  distributedJob,
  distributedJobs,
  distributedResult,
  queueDistributedJob,
  cancelDistributedJob,
} from '../distributed-jobs.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { JobLimitError, type JobRunner } from '../jobs.js';
import { audit, scopeOrRefuse } from './match.js';

/** How often a stream of a distributed job looks at its progress, ms. */
const SSE_POLL_MS = 500;

const JOB_PARAMS = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } } as const;

/** Starting a job needs a key unless the server allows anonymous jobs (401). */
export function requireJobKey(ctx: ServerContext, request: FastifyRequest): void {
  if (request.keyId === 'anonymous' && !ctx.config.anonymousJobs)
    throw new HttpError(
      401,
      'E_AUTH',
      'starting a job needs an API key',
      'send Authorization: ApiKey KEY (or start the server with --anonymous-jobs)',
    );
}

/**
 * Queue a job for the caller's key, under the rules every job route shares:
 * a key (see requireJobKey), and only so many unfinished jobs per key (429).
 */
export function submitJob(
  ctx: ServerContext,
  request: FastifyRequest,
  kind: string,
  runner: JobRunner,
): JobStatus {
  requireJobKey(ctx, request);
  try {
    return ctx.jobs.submit(kind, request.keyId, runner);
  } catch (e) {
    if (e instanceof JobLimitError)
      throw new HttpError(
        429,
        'E_LIMIT',
        e.message,
        'wait for one to finish (GET /jobs/{id}/events) or cancel one (DELETE /jobs/{id})',
      );
    throw e;
  }
}

export function jobRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const tags = ['jobs'];
    // A job is its owner's: another key (or no key) is told it does not exist, admins see all.
    // On a team server, batch screening jobs live in the database: any replica finds them.
    const find = async (
      request: FastifyRequest,
      id: string,
    ): Promise<{ status: JobStatus; owner: string; result?: unknown; distributed?: boolean }> => {
      const job =
        ctx.jobs.get(id) ?? (ctx.config.team ? await distributedJob(ctx.config.team, id) : undefined);
      if (!job || (job.owner !== request.keyId && !request.isAdmin))
        throw new HttpError(
          404,
          'E_NOT_FOUND',
          `no job "${id}" for this key`,
          'a job is seen only with the key that started it; jobs are kept for an hour after they finish (GET /jobs lists yours)',
        );
      return job;
    };
    app.post<{ Body: BatchScreenRequest }>(
      '/jobs/screen',
      {
        schema: {
          tags,
          summary: 'Screen many rows (or a CSV) as a job',
          body: BATCH_SCREEN_SCHEMA,
          response: { 400: ERROR_SCHEMA },
        },
      },
      async (request, reply) => {
        requireJobKey(ctx, request);
        const body = request.body;
        const options = {
          scope: body.dataset,
          ...(body.limit !== undefined ? { limit: body.limit } : {}),
          ...(body.threshold !== undefined ? { threshold: body.threshold } : {}),
          ...(body.algorithm !== undefined ? { algorithm: body.algorithm } : {}),
        };
        ctx.screening.options(options);
        const datasets = await scopeOrRefuse(ctx, request, 'batch', options, {
          rows: body.rows?.length ?? 0,
        });
        const { rows, total } = await batchRows(body);
        if (ctx.config.team) {
          const status = await queueDistributedJob(ctx, request, body, options, datasets, rows);
          return reply.status(202).header('location', `/jobs/${status.id}`).send(status);
        }
        const status = submitJob(ctx, request, 'screen', (jobCtx) =>
          runBatch(
            ctx,
            body,
            rows,
            total,
            (row, query, datasets) =>
              audit(ctx, request, 'batch', datasets, { key: row.key, line: row.line, query }, row.results),
            jobCtx,
          ),
        );
        return reply.status(202).header('location', `/jobs/${status.id}`).send(status);
      },
    );
    app.get(
      '/jobs',
      { schema: { tags, summary: "This key's jobs (an admin key: every job)" } },
      async (request) => {
        if (request.keyId === 'anonymous' && !request.isAdmin) return [];
        const owner = request.isAdmin ? undefined : request.keyId;
        const here = ctx.jobs.list(owner);
        const shared = ctx.config.team ? await distributedJobs(ctx.config.team, owner) : [];
        return [...shared, ...here];
      },
    );
    app.get<{ Params: { id: string } }>(
      '/jobs/:id',
      { schema: { tags, summary: 'Job status and progress', params: JOB_PARAMS } },
      async (request) => (await find(request, request.params.id)).status,
    );
    app.get<{ Params: { id: string } }>(
      '/jobs/:id/result',
      { schema: { tags, summary: 'Result of a finished job', params: JOB_PARAMS } },
      async (request) => {
        const job = await find(request, request.params.id);
        if (job.status.state !== 'done') {
          throw new HttpError(
            409,
            'E_CONFLICT',
            `job is ${job.status.state}`,
            'wait until its state is done (GET /jobs/{id} or /events)',
          );
        }
        return job.distributed ? distributedResult(ctx.config.team!, job.status.id) : job.result;
      },
    );
    app.get<{ Params: { id: string } }>(
      '/jobs/:id/events',
      { schema: { tags, summary: 'Progress as server-sent events (text/event-stream)', params: JOB_PARAMS } },
      async (request, reply) => {
        const job = await find(request, request.params.id);
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream',
          'cache-control': 'no-cache',
          connection: 'keep-alive',
          'x-request-id': request.id,
        });
        const send = (event: JobEvent) =>
          res.write(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`);
        const finished = (s: string) => s === 'done' || s === 'failed' || s === 'cancelled';
        send({ type: 'state', job: job.status });
        if (finished(job.status.state)) return void res.end();
        if (job.distributed) {
          // Progress from the database, whichever replica or worker moves the job on.
          let last = job.status;
          let open = true;
          request.raw.on('close', () => (open = false));
          while (open) {
            await new Promise((resolve) => setTimeout(resolve, SSE_POLL_MS));
            const now = await distributedJob(ctx.config.team!, job.status.id).catch(() => undefined);
            if (!open || !now) break;
            const type = now.status.state !== last.state ? 'state' : 'progress';
            if (type === 'state' || now.status.progress.done !== last.progress.done)
              send({ type, job: now.status });
            last = now.status;
            if (finished(last.state)) break;
          }
          return void res.end();
        }
        const off = ctx.jobs.subscribe(job.status.id, (status, type) => {
          send({ type, job: status });
          if (finished(status.state)) {
            off();
            res.end();
          }
        });
        request.raw.on('close', off);
      },
    );
    app.delete<{ Params: { id: string } }>(
      '/jobs/:id',
      { schema: { tags, summary: 'Cancel a job', params: JOB_PARAMS } },
      async (request) => {
        const job = await find(request, request.params.id);
        if (job.distributed) await cancelDistributedJob(ctx.config.team!, job.status.id);
        else ctx.jobs.cancel(request.params.id);
        return (await find(request, request.params.id)).status;
      },
    );
  };
}
