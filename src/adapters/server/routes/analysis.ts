// Flow analysis of a stored network, with measures applied for what-ifs:
// /flow (everything), /cut (chokepoints) and /weak-links.

import type { FastifyPluginAsync } from 'fastify';
import { ERROR_SCHEMA, NAME_PARAMS_SCHEMA } from '../../../contract/common.js';
import {
  ANALYSIS_REQUEST_SCHEMA,
  CUT_RESPONSE_SCHEMA,
  FLOW_RESPONSE_SCHEMA,
  WEAK_LINKS_RESPONSE_SCHEMA,
  type AnalysisRequest,
  type CutResponse,
  type FlowResponse,
  type WeakLinksResponse,
} from '../../../contract/networks.js';
import type { ServerContext } from '../context.js';
import { flowDocument } from '../../../service/analysis.js';

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
    const analyse = async (id: string, body: AnalysisRequest = {}): Promise<FlowResponse> => {
      const { network, info } = await ctx.store.getNetwork(id, body.version);
      return { network: network.id, version: info.version, ...flowDocument(network, body) };
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
      async (request) => analyse(request.params.id, request.body),
    );
    app.post<Route>(
      '/networks/:id/cut',
      { schema: schema('Minimum cut: chokepoint channels and actors', CUT_RESPONSE_SCHEMA) },
      async (request): Promise<CutResponse> => {
        const r = await analyse(request.params.id, request.body);
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
      async (request): Promise<WeakLinksResponse> => {
        const r = await analyse(request.params.id, request.body);
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
