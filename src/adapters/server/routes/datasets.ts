// Datasets (sanctions lists imported with `interdict import`): list, versions,
// the diff of two versions, and the screening audit log.

import type { FastifyPluginAsync } from 'fastify';
import { ERROR_SCHEMA, NAME_PARAMS_SCHEMA, VERSION_LIST_SCHEMA } from '../../../contract/common.js';
import {
  DATASET_DIFF_REQUEST_SCHEMA,
  DATASET_DIFF_SCHEMA,
  type DatasetDiffRequest,
} from '../../../contract/datasets.js';
import { DIFF_QUERY_SCHEMA } from '../../../contract/networks.js';
import type { ServerContext } from '../context.js';
import { requireJobKey, submitJob } from './jobs.js';

export function datasetRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const tags = ['datasets'];
    app.get(
      '/datasets',
      {
        schema: { tags, summary: 'Latest version of every dataset', response: { 200: VERSION_LIST_SCHEMA } },
      },
      async () => ctx.store.listDatasets(),
    );
    app.get<{ Params: { id: string } }>(
      '/datasets/:id/versions',
      {
        schema: {
          tags,
          summary: 'Every version of a dataset',
          params: NAME_PARAMS_SCHEMA,
          response: { 200: VERSION_LIST_SCHEMA },
        },
      },
      async (request) => ctx.store.datasetVersions(request.params.id),
    );
    app.get<{ Params: { id: string }; Querystring: { from: number; to: number } }>(
      '/datasets/:id/diff',
      {
        schema: {
          tags,
          summary:
            'Entities added, removed and changed between two versions, by content, each named (for progress, POST /jobs/diff)',
          params: NAME_PARAMS_SCHEMA,
          querystring: DIFF_QUERY_SCHEMA,
          response: { 200: DATASET_DIFF_SCHEMA },
        },
      },
      async (request) => {
        const { id } = request.params;
        return ctx.store.diffDatasets(id, request.query.from, id, request.query.to);
      },
    );
    app.post<{ Body: DatasetDiffRequest }>(
      '/jobs/diff',
      {
        schema: {
          tags: ['jobs', ...tags],
          summary: 'Diff two versions of a dataset as a job (progress over GET /jobs/{id}/events)',
          body: DATASET_DIFF_REQUEST_SCHEMA,
          security: [{ ApiKey: [] }],
          response: { 400: ERROR_SCHEMA, 401: ERROR_SCHEMA, 404: ERROR_SCHEMA, 429: ERROR_SCHEMA },
        },
      },
      async (request, reply) => {
        const { dataset, from, to } = request.body;
        // Unknown versions fail here, as a 404, not later inside the job.
        await ctx.store.datasetInfo(dataset, from);
        await ctx.store.datasetInfo(dataset, to);
        requireJobKey(ctx, request);
        const status = submitJob(ctx, request, 'dataset-diff', (job) =>
          ctx.store.diffDatasets(dataset, from, dataset, to, {
            signal: job.signal,
            progress: job.progress,
          }),
        );
        return reply.status(202).header('location', `/jobs/${status.id}`).send(status);
      },
    );
    app.get<{ Querystring: { limit?: number; before?: number; dataset?: string } }>(
      '/audit',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary: 'Screening decisions, newest first (needs an API key)',
          security: [{ ApiKey: [] }],
          querystring: {
            type: 'object',
            properties: {
              limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 },
              before: { type: 'integer' },
              dataset: { type: 'string' },
            },
          },
        },
      },
      async (request) => ctx.store.listAudit(request.query),
    );
  };
}
