// Screening, compatible with yente: POST /match/{dataset}, GET /search/{dataset},
// GET /entities/{id}. Every decision is written to the audit log.

import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { caption } from '../../../core/model/entity.js';
import { ERROR_SCHEMA } from '../../../contract/common.js';
import {
  MATCH_PARAMS_SCHEMA,
  MATCH_REQUEST_SCHEMA,
  SEARCH_QUERY_SCHEMA,
  type EntityResponse,
  type MatchParams,
  type MatchRequest,
  type MatchResponse,
  type MatchResult,
} from '../../../contract/match.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { resolveAlgorithm, type Indexed, type ScreenParams } from '../match-service.js';

const DATASET_PARAMS = {
  type: 'object',
  required: ['dataset'],
  properties: { dataset: { type: 'string', minLength: 1 } },
} as const;

/** Write one audit record per dataset screened. */
export async function audit(
  ctx: ServerContext,
  request: FastifyRequest,
  action: string,
  indexes: Indexed[],
  query: unknown,
  results: MatchResult[],
): Promise<void> {
  const at = new Date().toISOString();
  for (const ix of indexes) {
    await ctx.store.appendAudit({
      at,
      keyId: request.keyId,
      action,
      dataset: ix.dataset,
      datasetVersion: ix.version,
      query,
      results: results
        .filter((r) => r.datasets.includes(ix.dataset))
        .map((r) => ({ id: r.id, score: r.score, match: r.match })),
      requestId: request.id,
    });
  }
}

export function matchRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const tags = ['screening'];
    app.post<{ Params: { dataset: string }; Querystring: Required<MatchParams>; Body: MatchRequest }>(
      '/match/:dataset',
      {
        schema: {
          tags,
          summary:
            'Screen named queries against a dataset (yente-compatible); `default` screens every dataset',
          params: DATASET_PARAMS,
          querystring: MATCH_PARAMS_SCHEMA,
          body: MATCH_REQUEST_SCHEMA,
          response: { 400: ERROR_SCHEMA, 404: ERROR_SCHEMA },
        },
      },
      async (request): Promise<MatchResponse> => {
        const params: ScreenParams = request.query;
        resolveAlgorithm(params.algorithm);
        const indexes = await ctx.matches.indexes(request.params.dataset);
        const responses: MatchResponse['responses'] = {};
        for (const [key, query] of Object.entries(request.body.queries)) {
          const results = await ctx.matches.match(indexes, query, params);
          await audit(ctx, request, 'match', indexes, { key, ...query, params }, results);
          responses[key] = { status: 200, results, total: { value: results.length, relation: 'eq' }, query };
        }
        return { responses, limit: params.limit };
      },
    );
    app.get<{ Params: { dataset: string }; Querystring: { q: string; limit: number; schema?: string } }>(
      '/search/:dataset',
      {
        schema: {
          tags,
          summary: 'Find entities by name',
          params: DATASET_PARAMS,
          querystring: SEARCH_QUERY_SCHEMA,
        },
      },
      async (request) => {
        const indexes = await ctx.matches.indexes(request.params.dataset);
        const { q, limit, schema } = request.query;
        const results = await ctx.matches.search(indexes, q, limit, schema);
        await audit(ctx, request, 'search', indexes, { q, schema }, results);
        return {
          results: results.map(({ explanations: _e, features: _f, match: _m, ...rest }) => rest),
          total: { value: results.length, relation: 'eq' },
          limit,
        };
      },
    );
    app.get<{ Params: { id: string } }>(
      '/entities/:id',
      {
        schema: {
          tags,
          summary: 'One entity from the latest dataset versions, with the entities it refers to',
          params: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
          response: { 404: ERROR_SCHEMA },
        },
      },
      async (request): Promise<EntityResponse> => {
        const found = await ctx.matches.entity(request.params.id);
        if (!found)
          throw new HttpError(
            404,
            'E_NOT_FOUND',
            `no entity "${request.params.id}" in any dataset`,
            'find ids with GET /search/default?q=NAME',
          );
        const { entity, dataset, version } = found;
        const adjacent: EntityResponse['adjacent'] = [];
        for (const [property, values] of Object.entries(entity.properties)) {
          for (const value of values.slice(0, 50)) {
            if (value === entity.id) continue;
            const other = await ctx.store.getEntity(dataset, value, version);
            if (other)
              adjacent.push({
                property,
                entity: { id: other.id, schema: other.schema, caption: caption(other), dataset },
              });
          }
        }
        return {
          id: entity.id,
          caption: caption(entity),
          schema: entity.schema,
          properties: entity.properties,
          datasets: [dataset],
          adjacent,
        };
      },
    );
  };
}
