// GET /networks/{id}/layout: the map's positions for one network version,
// computed once per content (cached by content hash and layout revision) and
// off the event loop for large networks; an ETag lets the browser keep it.

import type { FastifyPluginAsync } from 'fastify';
import { ERROR_SCHEMA, NAME_PARAMS_SCHEMA } from '../../../contract/common.js';
import {
  LAYOUT_QUERY_SCHEMA,
  MAP_LAYOUT_RESPONSE_SCHEMA,
  type LayoutQuery,
  type MapLayoutResponse,
} from '../../../contract/layout.js';
import { MapLayoutCache, MAP_LAYOUT_REVISION } from '../../../service/map-layout.js';
import { layoutOffThread } from '../../node/map-layout.js';
import type { ServerContext } from '../context.js';

export function layoutRoutes(ctx: ServerContext): FastifyPluginAsync {
  const cache = new MapLayoutCache();
  return async (app) => {
    app.get<{ Params: { id: string }; Querystring: LayoutQuery }>(
      '/networks/:id/layout',
      {
        schema: {
          tags: ['networks'],
          summary:
            'Where the map draws each actor: layered (sponsors left, recipients right) or force-directed, with communities for the zoomed-out view',
          params: NAME_PARAMS_SCHEMA,
          querystring: LAYOUT_QUERY_SCHEMA,
          response: { 200: MAP_LAYOUT_RESPONSE_SCHEMA, 404: ERROR_SCHEMA },
        },
      },
      async (request, reply) => {
        const algorithm = request.query.algorithm ?? 'auto';
        const { network, info } = await ctx.networks.get(request.params.id, request.query.version);
        const etag = `"${MAP_LAYOUT_REVISION}-${algorithm}-${info.contentHash}"`;
        reply.header('etag', etag).header('cache-control', 'no-cache');
        if (request.headers['if-none-match'] === etag) return reply.status(304).send();
        const layout = await cache.get(
          `${algorithm}:${info.contentHash}`,
          async (): Promise<MapLayoutResponse> => ({
            network: info.name,
            version: info.version,
            contentHash: info.contentHash,
            ...(await layoutOffThread(network, { algorithm })),
          }),
        );
        return { ...layout, network: info.name, version: info.version };
      },
    );
  };
}
