// Liveness (/healthz: the process answers) and readiness (/readyz: the
// store answers a query), both open to all.

import type { FastifyPluginAsync } from 'fastify';
import type { ServerContext } from '../context.js';

export function healthRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const STATUS = {
      type: 'object',
      properties: { status: { type: 'string' }, reason: { type: 'string' } },
    } as const;
    const schema = { tags: ['health'], response: { 200: STATUS, 503: STATUS } };
    app.get('/healthz', { config: { access: 'public' }, schema }, async () => ({ status: 'ok' }));
    app.get('/readyz', { config: { access: 'public' }, schema }, async (_req, reply) => {
      try {
        await ctx.store.listNetworks();
        return { status: 'ready' };
      } catch (e) {
        return reply.status(503).send({ status: 'unavailable', reason: (e as Error).message });
      }
    });
  };
}
