// Planning endpoints over the planning service: /plan (best measures within a
// budget), /frontier (best plan at every budget) and /rebuild (the adversary's
// answer), answered directly (in a compute worker for a large network); and
// POST /jobs/plan, which runs any of them as a job in a worker thread with
// progress over server-sent events.

import type { FastifyPluginAsync } from 'fastify';
import { ERROR_SCHEMA, NAME_PARAMS_SCHEMA } from '../../../contract/common.js';
import {
  FRONTIER_RESPONSE_SCHEMA,
  PLAN_JOB_REQUEST_SCHEMA,
  type PlanJobRequest,
  PLAN_REQUEST_SCHEMA,
  PLAN_RESPONSE_SCHEMA,
  REBUILD_RESPONSE_SCHEMA,
  type FrontierResponse,
  type PlanRequest,
  type PlanResponse,
  type RebuildResponse,
} from '../../../contract/plan.js';
import { runPlanInWorker, type PlanWorkerQuery } from '../../node/plan-job.js';
import type { ServerContext } from '../context.js';
import { computeOn } from '../compute.js';
import { submitJob } from './jobs.js';

/** Plans answered directly are kept bounded (the CLI allows the service default). */
export const PLAN_TIME_LIMIT_MS = 10_000;

type Route = { Params: { id: string }; Body: PlanRequest };

export function planRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const schema = (summary: string, response: object) => ({
      tags: ['planning'],
      summary,
      params: NAME_PARAMS_SCHEMA,
      body: PLAN_REQUEST_SCHEMA,
      response: { 200: response, 400: ERROR_SCHEMA, 404: ERROR_SCHEMA },
    });
    app.addHook('preValidation', async (request) => {
      if (request.body === undefined || request.body === null) request.body = {};
    });
    const load = async (id: string, version?: number) => (await ctx.store.getNetwork(id, version)).network;
    const terminals = (b: PlanRequest) => ({ from: b.from, to: b.to, asOf: b.asOf });
    /** A plan and a frontier may work against several weighted pairs (a rebuild against one flow). */
    const target = (b: PlanRequest) => ({ ...terminals(b), ...(b.pairs?.length ? { pairs: b.pairs } : {}) });
    app.post<{ Body: PlanJobRequest }>(
      '/jobs/plan',
      {
        schema: {
          tags: ['jobs', 'planning'],
          summary:
            'A frontier, plan or rebuild as a job in a worker thread (progress per frontier point over GET /jobs/{id}/events; the result as the direct endpoint answers)',
          body: PLAN_JOB_REQUEST_SCHEMA,
          security: [{ ApiKey: [] }],
          response: { 400: ERROR_SCHEMA, 401: ERROR_SCHEMA, 404: ERROR_SCHEMA, 429: ERROR_SCHEMA },
        },
      },
      async (request, reply) => {
        const { network: id, kind, ...b } = request.body;
        // An unknown network or version fails here, as a 404, not later inside the job.
        const network = await load(id, b.version);
        const query: PlanWorkerQuery = {
          ...(kind === 'rebuild' ? terminals(b) : target(b)),
          ...(kind === 'frontier' ? { timeLimitMs: PLAN_TIME_LIMIT_MS / 10 } : {}),
          ...(kind === 'plan' ? { budget: b.budget ?? 0, timeLimitMs: PLAN_TIME_LIMIT_MS } : {}),
          ...(kind === 'rebuild'
            ? { actions: b.actions ?? [], ...(b.budget !== undefined ? { rebuildBudget: b.budget } : {}) }
            : {}),
        };
        const status = submitJob(ctx, request, kind, (job) =>
          runPlanInWorker({ kind, network, query }, { signal: job.signal, progress: job.progress }),
        );
        return reply.status(202).header('location', `/jobs/${status.id}`).send(status);
      },
    );
    // On a large network each runs in a compute worker: the event loop keeps answering.
    app.post<Route>(
      '/networks/:id/plan',
      { schema: schema('Cheapest set of measures within a budget', PLAN_RESPONSE_SCHEMA) },
      async (request, reply): Promise<PlanResponse> => {
        const b = request.body;
        const query = { ...target(b), budget: b.budget ?? 0, timeLimitMs: PLAN_TIME_LIMIT_MS };
        return (
          await computeOn<PlanResponse>(ctx, reply, request.params.id, b.version, { kind: 'plan', query })
        ).result;
      },
    );
    app.post<Route>(
      '/networks/:id/frontier',
      { schema: schema('Best plan at every budget (cost/flow frontier)', FRONTIER_RESPONSE_SCHEMA) },
      async (request, reply): Promise<FrontierResponse> => {
        const b = request.body;
        const query = { ...target(b), timeLimitMs: PLAN_TIME_LIMIT_MS / 10 };
        return (
          await computeOn<FrontierResponse>(ctx, reply, request.params.id, b.version, {
            kind: 'frontier',
            query,
          })
        ).result;
      },
    );
    app.post<Route>(
      '/networks/:id/rebuild',
      {
        schema: schema(
          "The adversary's best rebuild after the measures in `actions`, within `budget`",
          REBUILD_RESPONSE_SCHEMA,
        ),
      },
      async (request, reply): Promise<RebuildResponse> => {
        const b = request.body;
        const query = {
          ...terminals(b),
          actions: b.actions ?? [],
          ...(b.budget !== undefined ? { rebuildBudget: b.budget } : {}),
        };
        return (
          await computeOn<RebuildResponse>(ctx, reply, request.params.id, b.version, {
            kind: 'rebuild',
            query,
          })
        ).result;
      },
    );
  };
}
