// Screening, compatible with yente: POST /match/{dataset}. Each query is
// checked (missing schema 422, unknown schema 400, for the whole batch before
// any is screened), cleaned and screened by the screening service; every
// decision is written to the audit log with the dataset versions it used.

import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ERROR_SCHEMA } from '../../../contract/common.js';
import {
  MATCH_PARAMS_SCHEMA,
  MATCH_REQUEST_SCHEMA,
  MAX_BATCH,
  type MatchParams,
  type MatchRequest,
  type MatchResponse,
  type MatchResult,
} from '../../../contract/match.js';
import { resolveAlgorithm } from '../../../service/algorithms.js';
import { cleanQuery } from '../../../service/query.js';
import {
  NoDatasetsError,
  type DatasetVersion,
  type ScreeningHit,
  type ScreenRequest,
} from '../../../service/screening.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';

export const DATASET_PARAMS = {
  type: 'object',
  required: ['dataset'],
  properties: { dataset: { type: 'string', minLength: 1, maxLength: 200 } },
} as const;

/** Longest client request id kept in the audit log. */
const CLIENT_ID_LENGTH = 128;

/** What the audit keeps of the request: the server's id, and the client's own id apart (capped). */
export function requestIds(request: FastifyRequest): { requestId: string; clientRequestId?: string } {
  const given = request.headers['x-request-id'];
  const client =
    typeof given === 'string' ? given.replace(/[^\x20-\x7e]/g, '').slice(0, CLIENT_ID_LENGTH) : '';
  return { requestId: request.id, ...(client ? { clientRequestId: client } : {}) };
}

/**
 * One audit record per dataset version screened. `query` holds the cleaned
 * query (known properties only, capped by the query limits), the options and
 * the client's request id; a screening refused for want of datasets is
 * recorded too, against dataset `-`.
 */
export async function audit(
  ctx: ServerContext,
  request: FastifyRequest,
  action: string,
  datasets: DatasetVersion[],
  query: unknown,
  results: { id: string; score: number; match: boolean; datasets: string[] }[],
  extra: Record<string, unknown> = {},
): Promise<void> {
  const at = new Date().toISOString();
  const { requestId, clientRequestId } = requestIds(request);
  const doc = { ...(query as object), ...extra, ...(clientRequestId ? { clientRequestId } : {}) };
  const targets = datasets.length ? datasets : [{ name: '-', version: 0 }];
  for (const d of targets) {
    await ctx.store.appendAudit({
      at,
      keyId: request.keyId,
      action,
      dataset: d.name,
      datasetVersion: d.version,
      query: doc,
      results: results
        .filter((r) => r.datasets.includes(d.name))
        .map((r) => ({ id: r.id, score: r.score, match: r.match })),
      requestId,
    });
  }
}

/** A hit with its full entity: properties, referents, target and dates. */
export async function matchResult(ctx: ServerContext, hit: ScreeningHit): Promise<MatchResult> {
  const entities = [];
  for (const [name, version] of Object.entries(hit.versions)) {
    const e = await ctx.store.getEntity(name, hit.id, version);
    if (e) entities.push(e);
  }
  const view = entities.length
    ? await ctx.entities.view({ id: hit.id, versions: hit.versions, entities })
    : undefined;
  return {
    id: hit.id,
    caption: hit.caption,
    schema: hit.schema,
    properties: (view?.properties as Record<string, string[]>) ?? {},
    datasets: hit.datasets,
    referents: view?.referents ?? hit.referents,
    target: view?.target ?? false,
    first_seen: view?.first_seen ?? null,
    last_seen: view?.last_seen ?? null,
    last_change: view?.last_change ?? null,
    score: hit.score,
    match: hit.match,
    features: hit.features,
    explanations: hit.explanations,
    version: Object.values(hit.versions)[0] ?? 0,
    versions: hit.versions,
    ...(hit.proximity ? { proximity: hit.proximity } : {}),
  };
}

/** The request options of /match as the screening service reads them. */
export function matchOptions(
  dataset: string,
  p: MatchParams,
  body: Pick<MatchRequest, 'config' | 'weights'> = {},
): Omit<ScreenRequest, 'query'> {
  const config: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body.weights ?? {})) config[`weight_${k}`] = v;
  Object.assign(config, body.config ?? {});
  return {
    scope: dataset,
    ...(p.limit !== undefined ? { limit: p.limit } : {}),
    ...(p.threshold !== undefined ? { threshold: p.threshold } : {}),
    ...(p.cutoff !== undefined ? { cutoff: p.cutoff } : {}),
    ...(p.algorithm !== undefined ? { algorithm: p.algorithm } : {}),
    config,
    ...(p.include_dataset?.length ? { includeDatasets: p.include_dataset } : {}),
    ...(p.exclude_dataset?.length ? { excludeDatasets: p.exclude_dataset } : {}),
    ...(p.exclude_schema?.length ? { excludeSchema: p.exclude_schema } : {}),
    ...(p.topics?.length ? { topics: p.topics } : {}),
    ...(p.changed_since ? { changedSince: p.changed_since } : {}),
    ...(p.exclude_entity_ids?.length ? { excludeEntityIds: p.exclude_entity_ids } : {}),
  };
}

/** Scope the request or, when no dataset can be screened, audit the refusal and answer 503. */
export async function scopeOrRefuse(
  ctx: ServerContext,
  request: FastifyRequest,
  action: string,
  options: Omit<ScreenRequest, 'query'>,
  query: unknown,
): Promise<DatasetVersion[]> {
  try {
    return await ctx.screening.scope(options.scope, {
      ...(options.includeDatasets ? { include: options.includeDatasets } : {}),
      ...(options.excludeDatasets ? { exclude: options.excludeDatasets } : {}),
    });
  } catch (e) {
    if (e instanceof NoDatasetsError) {
      await audit(ctx, request, action, [], query, [], { refused: 'no dataset to screen against' });
      throw new HttpError(
        503,
        'E_UNAVAILABLE',
        'no dataset to screen against: screening is unavailable, not clean',
        'import a list (interdict import …) or fix the refused import, then retry',
      );
    }
    throw e;
  }
}

export function matchRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const tags = ['screening'];
    app.post<{ Params: { dataset: string }; Querystring: MatchParams; Body: MatchRequest }>(
      '/match/:dataset',
      {
        schema: {
          tags,
          summary: 'Screen named queries against a dataset or collection (yente-compatible)',
          description:
            'Each query is `{schema, properties}`; a query without schema is 422, an unknown schema 400 for the whole batch. Values are cleaned as screened (country names to ISO codes, dates to YYYY[-MM[-DD]], numbers to strings; unknown properties dropped) and echoed in `responses.KEY.query`. `default` screens every dataset; named collections are configured on the server. Names are capped at 300 characters and 30 words, other values at 1,000 characters, 20 values per property and 40 properties per query (400 beyond).',
          params: DATASET_PARAMS,
          querystring: MATCH_PARAMS_SCHEMA,
          body: MATCH_REQUEST_SCHEMA,
          response: { 400: ERROR_SCHEMA, 404: ERROR_SCHEMA, 422: ERROR_SCHEMA, 503: ERROR_SCHEMA },
        },
      },
      async (request, reply): Promise<MatchResponse> => {
        const { queries } = request.body;
        const entries = Object.entries(queries);
        if (entries.length > MAX_BATCH)
          throw new HttpError(
            400,
            'E_LIMIT',
            `${entries.length} queries, at most ${MAX_BATCH}`,
            'split the batch',
          );
        // The whole batch is checked before any query is screened.
        for (const [key, q] of entries) {
          if (q.schema === undefined || q.schema === '')
            throw new HttpError(
              422,
              'E_SCHEMA',
              `query "${key}" has no schema`,
              'give each query a schema: Thing (anything), LegalEntity, Person, Organization, Company, Vessel …',
            );
          cleanQuery(q, { path: `body.queries.${key}` });
        }
        const options = matchOptions(request.params.dataset, request.query, request.body);
        const resolved = ctx.screening.options(options);
        const datasets = await scopeOrRefuse(ctx, request, 'match', options, {
          queries: Object.fromEntries(entries.map(([k, q]) => [k, cleanQuery(q)])),
        });
        const pinned = { ...options, scope: datasets.map((d) => `${d.name}@${d.version}`) };
        delete pinned.includeDatasets;
        delete pinned.excludeDatasets;
        const responses: MatchResponse['responses'] = {};
        for (const [key, q] of entries) {
          // Options checked and scope resolved above, once for every query of the request.
          const answer = await ctx.screening.screen(
            { ...pinned, query: q, where: { path: `body.queries.${key}` } },
            { options: resolved, datasets },
          );
          const results: MatchResult[] = [];
          for (const hit of answer.results) results.push(await matchResult(ctx, hit));
          await audit(
            ctx,
            request,
            'match',
            answer.datasets,
            {
              key,
              query: answer.query,
              params: { ...resolved, scoring: undefined },
              scope: request.params.dataset,
            },
            results,
          );
          const id = (q as { id?: unknown }).id;
          responses[key] = {
            status: 200,
            results,
            total: { value: answer.total, relation: 'eq' },
            query: { ...(typeof id === 'string' ? { id } : {}), ...answer.query },
          };
        }
        const algo = resolveAlgorithm(resolved.algorithm);
        reply.header('x-batch-size', String(entries.length));
        return {
          responses,
          matcher: { name: algo.name, features: algo.features },
          limit: resolved.limit,
        };
      },
    );
  };
}
