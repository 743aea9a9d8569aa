// The Reconciliation Service API (version 0.2) as OpenRefine speaks it, over
// the screening service: GET /reconcile/{dataset} is the manifest; queries
// and extend requests come as a `queries=` / `extend=` form field or query
// parameter (JSON); suggest (entity, type, property), preview and
// property proposals complete it. Scores are on a 0–100 scale.

import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { caption } from '../../../core/model/entity.js';
import { InputError } from '../../../core/model/errors.js';
import { QUERY_PROPERTIES, QUERY_SCHEMATA, type QuerySchema } from '../../../service/query.js';
import type { ServerContext } from '../context.js';
import { audit, DATASET_PARAMS, scopeOrRefuse } from './match.js';

interface ReconQuery {
  query?: string;
  type?: string;
  limit?: number;
  properties?: { pid?: string; p?: string; v?: unknown }[];
}

interface ReconParams {
  queries?: string;
  extend?: string;
  callback?: string;
}

/** Most queries in one reconciliation batch (OpenRefine sends 10 by default). */
const MAX_QUERIES = 100;

const PROPERTY_LABELS: Record<string, string> = {
  name: 'Name',
  alias: 'Other name',
  country: 'Country',
  nationality: 'Nationality',
  birthDate: 'Birth date',
  idNumber: 'ID number',
  registrationNumber: 'Registration number',
  jurisdiction: 'Jurisdiction',
  address: 'Address',
  topics: 'Topics',
  imoNumber: 'IMO number',
  passportNumber: 'Passport number',
  incorporationDate: 'Incorporation date',
};

function label(prop: string): string {
  return PROPERTY_LABELS[prop] ?? prop.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}

function parseJson(text: string, field: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new InputError(
      'E_PARSE',
      `${field} is not JSON: ${(e as Error).message}`,
      { path: field },
      `send ${field}={"q0": {"query": "Name"}}`,
    );
  }
}

function baseUrl(request: FastifyRequest): string {
  const proto = (request.headers['x-forwarded-proto'] as string | undefined) ?? request.protocol;
  return `${proto}://${request.headers.host ?? 'localhost'}`;
}

function schemaOf(type: string | undefined): QuerySchema {
  return type && (QUERY_SCHEMATA as readonly string[]).includes(type) ? (type as QuerySchema) : 'Thing';
}

export function reconcileRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const tags = ['reconciliation'];

    const manifest = (request: FastifyRequest, dataset: string) => {
      const base = `${baseUrl(request)}/reconcile/${encodeURIComponent(dataset)}`;
      return {
        versions: ['0.2'],
        name: `Interdict screening (${dataset})`,
        identifierSpace: `${baseUrl(request)}/entities/`,
        schemaSpace: 'https://followthemoney.tech/explorer/schemata/',
        defaultTypes: QUERY_SCHEMATA.map((s) => ({ id: s, name: s })),
        documentation: `${baseUrl(request)}/docs`,
        view: { url: `${baseUrl(request)}/entities/{{id}}` },
        preview: { url: `${base}/preview?id={{id}}`, width: 430, height: 300 },
        suggest: {
          entity: { service_url: base, service_path: '/suggest/entity' },
          type: { service_url: base, service_path: '/suggest/type' },
          property: { service_url: base, service_path: '/suggest/property' },
        },
        extend: {
          propose_properties: { service_url: base, service_path: '/extend/propose' },
          property_settings: [],
        },
      };
    };

    const reconcile = async (request: FastifyRequest, dataset: string, queriesText: string) => {
      const parsed = parseJson(queriesText, 'queries');
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        throw new InputError(
          'E_SCHEMA',
          'queries must be an object of named queries',
          { path: 'queries' },
          'send {"q0": {"query": "Name"}}',
        );
      const entries = Object.entries(parsed as Record<string, ReconQuery>);
      if (entries.length > MAX_QUERIES)
        throw new InputError(
          'E_VALUE',
          `${entries.length} queries, at most ${MAX_QUERIES}`,
          { path: 'queries' },
          'send smaller batches',
        );
      const options = { scope: dataset };
      const datasets = await scopeOrRefuse(ctx, request, 'reconcile', options, { queries: entries.length });
      const scope = datasets.map((d) => `${d.name}@${d.version}`);
      const out: Record<string, { result: unknown[] }> = {};
      for (const [key, q] of entries) {
        const schema = schemaOf(q.type);
        const properties: Record<string, string[]> = {};
        if (typeof q.query === 'string' && q.query.trim()) properties.name = [q.query];
        for (const p of q.properties ?? []) {
          const pid = p.pid ?? p.p;
          if (!pid || !QUERY_PROPERTIES[schema].has(pid)) continue;
          const values = (Array.isArray(p.v) ? p.v : [p.v])
            .map((v) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v))
            .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
            .map(String);
          if (values.length) properties[pid] = [...(properties[pid] ?? []), ...values];
        }
        if (!properties.name && !Object.keys(properties).length) {
          out[key] = { result: [] };
          continue;
        }
        const limit = Math.min(Math.max(1, Number(q.limit) || 5), 50);
        const answer = await ctx.screening.screen({
          query: { schema, properties },
          scope,
          limit,
          hops: 0,
          where: { path: `queries.${key}` },
        });
        await audit(ctx, request, 'reconcile', answer.datasets, { key, query: answer.query }, answer.results);
        out[key] = {
          result: answer.results.map((r) => ({
            id: r.id,
            name: r.caption,
            type: [{ id: r.schema, name: r.schema }],
            score: Math.round(r.score * 1000) / 10,
            match: r.match,
            description: r.datasets.join(', '),
            features: Object.entries(r.features).map(([id, value]) => ({ id, value })),
          })),
        };
      }
      return out;
    };

    const extend = async (extendText: string, dataset: string) => {
      const parsed = parseJson(extendText, 'extend') as { ids?: unknown; properties?: unknown };
      const ids = Array.isArray(parsed?.ids)
        ? parsed.ids.filter((x): x is string => typeof x === 'string')
        : [];
      const props = Array.isArray(parsed?.properties)
        ? parsed.properties
            .map((p) => (p && typeof p === 'object' ? (p as { id?: unknown }).id : undefined))
            .filter((x): x is string => typeof x === 'string')
        : [];
      const datasets = await ctx.screening.scope(dataset);
      const rows: Record<string, Record<string, { str: string }[]>> = {};
      for (const id of ids.slice(0, 500)) {
        const located = await ctx.entities.locate(id, datasets);
        const view = located ? await ctx.entities.view(located) : undefined;
        rows[id] = Object.fromEntries(
          props.map((p) => [
            p,
            ((view?.properties[p] ?? []) as unknown[])
              .filter((v): v is string => typeof v === 'string')
              .map((str) => ({ str })),
          ]),
        );
      }
      return { meta: props.map((id) => ({ id, name: label(id) })), rows };
    };

    const handle = async (
      request: FastifyRequest<{ Params: { dataset: string }; Querystring: ReconParams; Body?: unknown }>,
      reply: FastifyReply,
    ) => {
      const body = (request.body && typeof request.body === 'object' ? request.body : {}) as ReconParams;
      const queries = body.queries ?? request.query.queries;
      const extendText = body.extend ?? request.query.extend;
      const { dataset } = request.params;
      let doc: unknown;
      if (queries !== undefined) doc = await reconcile(request, dataset, queries);
      else if (extendText !== undefined) doc = await extend(extendText, dataset);
      else {
        await ctx.screening.scope(dataset);
        doc = manifest(request, dataset);
      }
      const callback = request.query.callback;
      if (callback && /^[A-Za-z_$][\w$.]{0,60}$/.test(callback))
        return reply.type('application/javascript').send(`${callback}(${JSON.stringify(doc)});`);
      return doc;
    };

    const RECON_QUERY = {
      type: 'object',
      properties: {
        queries: { type: 'string', maxLength: 1_000_000 },
        extend: { type: 'string', maxLength: 1_000_000 },
        callback: { type: 'string', maxLength: 64 },
      },
    } as const;
    const schema = {
      tags,
      summary: 'Reconciliation Service API: the manifest, or a batch of `queries` / an `extend` request',
      params: DATASET_PARAMS,
      querystring: RECON_QUERY,
    };
    app.get('/reconcile/:dataset', { schema }, handle);
    app.post('/reconcile/:dataset', { schema }, handle);

    app.get<{ Params: { dataset: string }; Querystring: { prefix: string; limit?: number } }>(
      '/reconcile/:dataset/suggest/entity',
      {
        schema: {
          tags,
          summary: 'Entity suggestions for a name prefix',
          params: DATASET_PARAMS,
          querystring: {
            type: 'object',
            required: ['prefix'],
            properties: {
              prefix: { type: 'string', maxLength: 200 },
              limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
            },
          },
        },
      },
      async (request) => {
        const words = request.query.prefix
          .trim()
          .split(/\s+/)
          .filter((w) => w);
        const answer = await ctx.search.search({
          scope: request.params.dataset,
          q: words
            .map((w) => `${w.replace(/[^\p{L}\p{N}]/gu, '')}*`)
            .filter((w) => w !== '*')
            .join(' '),
          limit: request.query.limit ?? 10,
          facets: [],
        });
        return {
          result: answer.results.map((r) => ({ id: r.id, name: r.caption, description: r.schema })),
        };
      },
    );
    app.get<{ Params: { dataset: string }; Querystring: { prefix?: string } }>(
      '/reconcile/:dataset/suggest/type',
      { schema: { tags, summary: 'Type suggestions', params: DATASET_PARAMS } },
      async (request) => {
        const prefix = (request.query.prefix ?? '').toLowerCase();
        return {
          result: QUERY_SCHEMATA.filter((s) => s.toLowerCase().startsWith(prefix)).map((s) => ({
            id: s,
            name: s,
          })),
        };
      },
    );
    app.get<{ Params: { dataset: string }; Querystring: { prefix?: string; type?: string } }>(
      '/reconcile/:dataset/suggest/property',
      { schema: { tags, summary: 'Property suggestions', params: DATASET_PARAMS } },
      async (request) => {
        const prefix = (request.query.prefix ?? '').toLowerCase();
        const props = [...QUERY_PROPERTIES[schemaOf(request.query.type)]];
        return {
          result: props
            .filter((p) => p.toLowerCase().startsWith(prefix) || label(p).toLowerCase().startsWith(prefix))
            .map((p) => ({ id: p, name: label(p) })),
        };
      },
    );
    app.get<{ Params: { dataset: string }; Querystring: { type?: string } }>(
      '/reconcile/:dataset/extend/propose',
      { schema: { tags, summary: 'Properties a data extension can add', params: DATASET_PARAMS } },
      async (request) => {
        const type = schemaOf(request.query.type);
        return {
          type,
          properties: [...QUERY_PROPERTIES[type]].map((p) => ({ id: p, name: label(p) })),
        };
      },
    );
    app.get<{ Params: { dataset: string }; Querystring: { id: string } }>(
      '/reconcile/:dataset/preview',
      {
        schema: {
          tags,
          summary: 'A small HTML card of an entity, for OpenRefine',
          params: DATASET_PARAMS,
          querystring: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string', minLength: 1, maxLength: 300 } },
          },
        },
      },
      async (request, reply) => {
        const located = await ctx.entities.locate(request.query.id);
        const esc = (s: string) =>
          s.replace(
            /[&<>"']/g,
            (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
          );
        if (!located)
          return reply
            .status(404)
            .type('text/html')
            .send(`<p>No entity ${esc(request.query.id)}</p>`);
        const view = await ctx.entities.view(located);
        const rows = Object.entries(view.properties)
          .slice(0, 12)
          .map(
            ([k, vs]) =>
              `<tr><th>${esc(label(k))}</th><td>${esc((vs as string[]).slice(0, 5).join('; '))}</td></tr>`,
          )
          .join('');
        return reply
          .type('text/html; charset=utf-8')
          .send(
            `<!doctype html><html><body style="font:13px sans-serif;margin:0"><h3 style="margin:4px 0">${esc(caption({ id: view.id, properties: view.properties as Record<string, string[]> }))}</h3><p>${esc(view.schema)} · ${esc(view.datasets.join(', '))}${view.target ? ' · <b>listed</b>' : ''}</p><table>${rows}</table></body></html>`,
          );
      },
    );
  };
}
