// Networks: upload a network (a scenario as JSON or YAML, FtM JSON lines, a CSV
// edge list or DIMACS), list, get one version, list versions, and diff two versions.

import { createHash } from 'node:crypto';
import type { FastifyPluginAsync } from 'fastify';
import { parseDimacs } from '../../../core/ingest/dimacs.js';
import { parseEdgeList } from '../../../core/ingest/edge-list.js';
import { parseFtmNetwork } from '../../../core/ingest/ftm-network.js';
import { linesOf } from '../../../core/ingest/lines.js';
import { parseScenario } from '../../../core/ingest/scenario.js';
import type { Network } from '../../../core/model/network.js';
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

const UPLOAD_FORMATS = ['scenario', 'ftm', 'csv', 'dimacs'] as const;
type UploadFormat = (typeof UPLOAD_FORMATS)[number];
type UploadQuery = { format?: UploadFormat; name?: string };

const UPLOAD_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    format: { type: 'string', enum: UPLOAD_FORMATS },
    name: { type: 'string', minLength: 1, maxLength: 200 },
  },
} as const;

/** Parse an uploaded network body in its format (FtM, CSV and DIMACS take the id from `name`). */
async function parseUpload(text: string, format: UploadFormat, name: string | undefined): Promise<Network> {
  const options = { file: 'body', ...(name ? { id: name } : { id: 'upload' }) };
  switch (format) {
    case 'scenario':
      return parseScenario(text, { file: 'body' });
    case 'ftm':
      return parseFtmNetwork(linesOf(text), options);
    case 'csv':
      return parseEdgeList(linesOf(text), options);
    case 'dimacs':
      return parseDimacs(linesOf(text), options);
  }
}

export function networkRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const tags = ['networks'];
    app.post<{ Querystring: UploadQuery }>(
      '/networks',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary: 'Upload a network as the next version (200 and nothing stored when it equals the latest)',
          description:
            'A scenario as JSON, or YAML with Content-Type: application/yaml; FtM JSON lines (`?format=ftm`), a CSV edge list (`?format=csv`) or DIMACS (`?format=dimacs`) sent as text/plain. `?name=` names the network (required for FtM, CSV and DIMACS, optional for a scenario, whose own id is used otherwise).',
          security: [{ ApiKey: [] }],
          querystring: UPLOAD_QUERY_SCHEMA,
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
            'send the scenario as JSON or YAML, or FtM, CSV or DIMACS as text/plain with ?format=',
          );
        }
        const format = request.query.format ?? 'scenario';
        const name = request.query.name;
        if (format !== 'scenario' && typeof body !== 'string')
          throw new HttpError(
            400,
            'E_PARSE',
            `a ${format} upload must be sent as text`,
            'send it with Content-Type: text/plain',
          );
        if (format !== 'scenario' && !name)
          throw new HttpError(
            400,
            'E_USAGE',
            `a ${format} upload needs a network name`,
            'add ?name=NAME to the URL (letters, digits, . _ -)',
          );
        const text = typeof body === 'string' ? body : JSON.stringify(body);
        const network = await parseUpload(text, format, name);
        const info = await importNetwork(ctx.store, network, {
          ...(name ? { name } : {}),
          contentHash: createHash('sha256').update(text).digest('hex'),
          format,
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
