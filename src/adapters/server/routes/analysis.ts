// Flow analysis of a stored network, with measures applied for what-ifs:
// /flow (everything), /cut (chokepoints) and /weak-links; large networks are
// analysed in a compute worker.

import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { ERROR_SCHEMA, NAME_PARAMS_SCHEMA } from '../../../contract/common.js';
import {
  ANALYSIS_REQUEST_SCHEMA,
  CUT_RESPONSE_SCHEMA,
  FLOW_RESPONSE_SCHEMA,
  WEAK_LINKS_RESPONSE_SCHEMA,
  type AnalysisRequest,
  type CutResponse,
  type FlowDocument,
  type FlowResponse,
  type WeakLinksResponse,
} from '../../../contract/networks.js';
import type { ServerContext } from '../context.js';
import { computeOn } from '../compute.js';

type Route = { Params: { id: string }; Body: AnalysisRequest | undefined };

export function analysisRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const schema = (summary: string, response?: object) => ({
      tags: ['analysis'],
      summary,
      params: NAME_PARAMS_SCHEMA,
      body: ANALYSIS_REQUEST_SCHEMA,
      response: { ...(response ? { 200: response } : {}), 400: ERROR_SCHEMA, 404: ERROR_SCHEMA },
    });
    // A large network is analysed in a compute worker: the event loop keeps answering.
    const analyse = async (
      id: string,
      body: AnalysisRequest = {},
      reply: FastifyReply,
    ): Promise<FlowResponse> => {
      const { network, info, result } = await computeOn<FlowDocument>(ctx, reply, id, body.version, {
        kind: 'flow',
        query: body,
      });
      return { network: network.id, version: info.version, ...result };
    };
    // A request with no body analyses the latest version as it stands.
    app.addHook('preValidation', async (request) => {
      if (request.body === undefined || request.body === null) request.body = {};
    });
    app.post<Route>(
      '/networks/:id/flow',
      {
        schema: schema(
          'Max flow sponsor → recipient, with the listed measures (actions) applied',
          FLOW_RESPONSE_SCHEMA,
        ),
      },
      async (request, reply) => analyse(request.params.id, request.body, reply),
    );
    app.post<Route>(
      '/networks/:id/cut',
      { schema: schema('Minimum cut: chokepoint channels and actors', CUT_RESPONSE_SCHEMA) },
      async (request, reply): Promise<CutResponse> => {
        const r = await analyse(request.params.id, request.body, reply);
        return {
          network: r.network,
          version: r.version,
          applied: r.applied,
          value: r.value,
          cut: r.cut,
          chokepointActors: r.chokepointActors,
        };
      },
    );
    app.post<Route>(
      '/networks/:id/weak-links',
      { schema: schema('Weak links: share of flow × (1 − enforcement)', WEAK_LINKS_RESPONSE_SCHEMA) },
      async (request, reply): Promise<WeakLinksResponse> => {
        const r = await analyse(request.params.id, request.body, reply);
        return {
          network: r.network,
          version: r.version,
          applied: r.applied,
          value: r.value,
          weakLinks: r.weakLinks,
        };
      },
    );
  };
}
