// Networks: upload a scenario (JSON or YAML), list, get one version, list
// versions, and diff two versions.

import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { parseScenario } from '../../../core/ingest/scenario.js';
import {
  ERROR_SCHEMA,
  NAME_PARAMS_SCHEMA,
  VERSION_LIST_SCHEMA,
  VERSION_SCHEMA,
} from '../../../contract/common.js';
import {
  DIFF_QUERY_SCHEMA,
  NETWORK_DIFF_RESPONSE_SCHEMA,
  VERSION_QUERY_SCHEMA,
} from '../../../contract/networks.js';
import type { ServerContext } from '../context.js';
import { HttpError } from '../errors.js';
import {
  diffNetworkVersions,
  importNetwork,
  listNetworks,
  networkVersions,
  openNetwork,
} from '../../../service/networks.js';

type IdParams = { id: string };

export function networkRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const tags = ['networks'];
    app.post(
      '/networks',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary:
            'Upload a scenario (JSON, or YAML with Content-Type: application/yaml) as the next version (200 and nothing stored when it equals the latest)',
          security: [{ ApiKey: [] }],
          response: { 200: VERSION_SCHEMA, 201: VERSION_SCHEMA, 400: ERROR_SCHEMA, 401: ERROR_SCHEMA },
        },
      },
      async (request, reply) => {
        const body = request.body;
        if (body === undefined || body === null || (typeof body !== 'string' && typeof body !== 'object')) {
          throw new HttpError(
            400,
            'E_PARSE',
            'the body holds no scenario',
            'send the scenario as JSON or YAML',
          );
        }
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        const network = parseScenario(text, { file: 'body' });
        const info = await importNetwork(ctx.store, network, {
          contentHash: createHash('sha256').update(text).digest('hex'),
          format: 'scenario',
          sourceFile: 'upload',
          notes: { uploadedBy: request.keyId },
        });
        request.log.info(
          { network: info.name, version: info.version, key: request.keyId },
          'network uploaded',
        );
        return reply.status(info.unchanged ? 200 : 201).send(info);
      },
    );
    app.get(
      '/networks',
      {
        schema: { tags, summary: 'Latest version of every network', response: { 200: VERSION_LIST_SCHEMA } },
      },
      async () => listNetworks(ctx.store),
    );
    app.get<{ Params: IdParams; Querystring: { version?: number } }>(
      '/networks/:id',
      {
        schema: {
          tags,
          summary: 'One network version (latest by default) with its version metadata',
          params: NAME_PARAMS_SCHEMA,
          querystring: VERSION_QUERY_SCHEMA,
          response: { 404: ERROR_SCHEMA },
        },
      },
      async (request) => {
        const { network, info, measures } = await openNetwork(ctx.store, {
          name: request.params.id,
          ...(request.query.version !== undefined ? { version: request.query.version } : {}),
        });
        return { info, network, measures };
      },
    );
    app.get<{ Params: IdParams }>(
      '/networks/:id/versions',
      {
        schema: {
          tags,
          summary: 'Every version of a network',
          params: NAME_PARAMS_SCHEMA,
          response: { 200: VERSION_LIST_SCHEMA },
        },
      },
      async (request) => networkVersions(ctx.store, request.params.id),
    );
    app.get<{ Params: IdParams; Querystring: { from: number; to: number } }>(
      '/networks/:id/diff',
      {
        schema: {
          tags,
          summary: 'What changed between two versions',
          params: NAME_PARAMS_SCHEMA,
          querystring: DIFF_QUERY_SCHEMA,
          response: { 200: NETWORK_DIFF_RESPONSE_SCHEMA, 400: ERROR_SCHEMA, 404: ERROR_SCHEMA },
        },
      },
      async (request) => {
        return diffNetworkVersions(ctx.store, request.params.id, request.query.from, request.query.to);
      },
    );
  };
}
