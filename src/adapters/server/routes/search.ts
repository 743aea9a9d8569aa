// yente's data access: GET /search/{dataset} (text search with filters and
// facets), GET /entities/{id} (nested one level; a referent id redirects to
// its canonical entity) and GET /entities/{id}/adjacent[/{prop}].

import type { FastifyPluginAsync } from 'fastify';
import { ERROR_SCHEMA } from '../../../contract/common.js';
import {
  SEARCH_QUERY_SCHEMA,
  type AdjacentPage,
  type AdjacentResponse,
  type EntityDocument,
  type SearchResponse,
} from '../../../contract/match.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import { audit, DATASET_PARAMS } from './match.js';

interface SearchQuery {
  q: string;
  simple: boolean;
  schema: string;
  exclude_schema?: string[];
  countries?: string[];
  topics?: string[];
  datasets?: string[];
  include_dataset?: string[];
  exclude_dataset?: string[];
  changed_since?: string;
  filter?: string[];
  filter_op: string;
  fuzzy: boolean;
  limit: number;
  offset: number;
  sort?: string[];
  facets: string[];
  target?: boolean;
}

const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', minLength: 1, maxLength: 300 } },
} as const;

const PAGE = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 10 },
    offset: { type: 'integer', minimum: 0, maximum: 10000, default: 0 },
  },
} as const;

export function searchRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const tags = ['screening'];
    app.get<{ Params: { dataset: string }; Querystring: SearchQuery }>(
      '/search/:dataset',
      {
        schema: {
          tags,
          summary: 'Search entities by text, with filters and facets (yente-compatible)',
          description:
            '`q` uses query-string syntax (words, "phrases", field:value, prefix*, +/-, AND/OR/NOT, parentheses; all words must match); `simple=true` reads it as plain words. Without `q`, entities are listed. `countries` and `topics` combine by `filter_op` (OR or AND); `filter=prop:value` requires a property value. `fuzzy=true` accepts one or two typos per word.',
          params: DATASET_PARAMS,
          querystring: SEARCH_QUERY_SCHEMA,
          response: { 400: ERROR_SCHEMA, 404: ERROR_SCHEMA, 503: ERROR_SCHEMA },
        },
      },
      async (request): Promise<SearchResponse> => {
        const p = request.query;
        const answer = await ctx.search.search({
          scope: request.params.dataset,
          q: p.q,
          simple: p.simple,
          schema: p.schema,
          ...(p.exclude_schema ? { excludeSchema: p.exclude_schema } : {}),
          ...(p.countries ? { countries: p.countries } : {}),
          ...(p.topics ? { topics: p.topics } : {}),
          ...(p.datasets ? { datasets: p.datasets } : {}),
          ...(p.include_dataset ? { includeDatasets: p.include_dataset } : {}),
          ...(p.exclude_dataset ? { excludeDatasets: p.exclude_dataset } : {}),
          ...(p.changed_since ? { changedSince: p.changed_since } : {}),
          ...(p.filter ? { filter: p.filter } : {}),
          filterOp: p.filter_op.toUpperCase() === 'AND' ? 'AND' : 'OR',
          fuzzy: p.fuzzy,
          limit: p.limit,
          offset: p.offset,
          ...(p.sort ? { sort: p.sort } : {}),
          facets: p.facets,
          ...(p.target !== undefined ? { target: p.target } : {}),
        });
        await audit(
          ctx,
          request,
          'search',
          answer.datasets,
          { q: p.q.slice(0, 300), schema: p.schema },
          answer.results.map((r) => ({ id: r.id, score: 0, match: false, datasets: r.datasets })),
        );
        return {
          results: answer.results as EntityDocument[],
          facets: answer.facets,
          total: { value: answer.total, relation: 'eq' },
          limit: answer.limit,
          offset: answer.offset,
        };
      },
    );

    const find = async (id: string) => {
      const located = await ctx.entities.locate(id);
      if (!located)
        throw new HttpError(
          404,
          'E_NOT_FOUND',
          `no entity "${id}" in any dataset`,
          'find ids with GET /search/default?q=NAME',
        );
      return located;
    };

    app.get<{ Params: { id: string }; Querystring: { nested: boolean } }>(
      '/entities/:id',
      {
        schema: {
          tags,
          summary: 'One entity, merged across datasets, with its adjacent entities nested one level',
          description:
            "Forward references (a Sanction's entity, an Ownership's asset) and reverse ones (a person's `sanctions`, a donor's `paymentPayer`) are embedded; interstitial entities carry their other ends. A referent id (merged into another entity) redirects (308) to the canonical id.",
          params: ID_PARAMS,
          querystring: {
            type: 'object',
            properties: { nested: { type: 'boolean', default: true } },
          },
          response: { 404: ERROR_SCHEMA },
        },
      },
      async (request, reply) => {
        const located = await find(request.params.id);
        if (located.id !== request.params.id)
          return reply.redirect(`/entities/${encodeURIComponent(located.id)}`, 308);
        const view = request.query.nested
          ? await ctx.entities.nested(located)
          : await ctx.entities.view(located);
        // Which version of each dataset the entity was read from (the latest holding it).
        return { ...view, versions: located.versions };
      },
    );

    app.get<{ Params: { id: string }; Querystring: { limit: number; offset: number } }>(
      '/entities/:id/adjacent',
      {
        schema: {
          tags,
          summary: 'An entity and its adjacent entities, by property (each list paged)',
          params: ID_PARAMS,
          querystring: PAGE,
          response: { 404: ERROR_SCHEMA },
        },
      },
      async (request): Promise<AdjacentResponse> => {
        const located = await find(request.params.id);
        const adjacent = await ctx.entities.adjacent(located, request.query);
        return {
          entity: (await ctx.entities.view(located)) as EntityDocument,
          adjacent: adjacent as Record<string, AdjacentPage>,
        };
      },
    );

    app.get<{ Params: { id: string; prop: string }; Querystring: { limit: number; offset: number } }>(
      '/entities/:id/adjacent/:prop',
      {
        schema: {
          tags,
          summary: 'The adjacent entities of one property, paged',
          params: {
            type: 'object',
            required: ['id', 'prop'],
            properties: {
              id: ID_PARAMS.properties.id,
              prop: { type: 'string', minLength: 1, maxLength: 100 },
            },
          },
          querystring: PAGE,
          response: { 404: ERROR_SCHEMA },
        },
      },
      async (request): Promise<AdjacentPage> => {
        const located = await find(request.params.id);
        const adjacent = await ctx.entities.adjacent(located, {
          ...request.query,
          property: request.params.prop,
        });
        return adjacent[request.params.prop] as AdjacentPage;
      },
    );
  };
}
