// Builds the HTTP server: plugins (OpenAPI, rate limits, static web app),
// request ids and logs, auth, the error table, then one route file per area.

import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { Store } from '../../core/store/store.js';
import { installAuth, keyFrom } from './auth.js';
import { installBodyParsers } from './body-parsers.js';
import { SERVER_DEFAULTS, type ServerConfig } from './config.js';
import { toJson, type ServerContext } from './context.js';
import { installErrorHandler } from './errors.js';
import { installSecurityHeaders, privateStrings } from './hardening.js';
import { JOBS_DEFAULTS, JobQueue } from './jobs.js';
import { analysisRoutes } from './routes/analysis.js';
import { datasetRoutes } from './routes/datasets.js';
import { healthRoutes } from './routes/health.js';
import { jobRoutes } from './routes/jobs.js';
import { matchRoutes } from './routes/match.js';
import { monitorRoutes } from './routes/monitor.js';
import { monitorDigestRoutes } from './routes/monitor-digest.js';
import { searchRoutes } from './routes/search.js';
import { catalogRoutes } from './routes/catalog.js';
import { reconcileRoutes } from './routes/reconcile.js';
import { EntityService } from '../../service/entities.js';
import { SearchService } from '../../service/search.js';
import { NoDatasetsError, type ScreeningService } from '../../service/screening.js';
import { screeningService } from '../node/screening.js';
import { ComputePool } from '../node/compute-pool.js';
import { NetworkCache } from './compute.js';
import { networkRoutes } from './routes/networks.js';
import { layoutRoutes } from './routes/layout.js';
import { networkBuildRoutes } from './routes/network-build.js';
import { planRoutes } from './routes/plan.js';
import { reportRoutes } from './routes/reports.js';

export async function buildServer(
  store: Store,
  options: Partial<ServerConfig> = {},
): Promise<FastifyInstance> {
  const config: ServerConfig = { ...SERVER_DEFAULTS, ...options };
  const app = Fastify({
    logger: config.logger,
    bodyLimit: config.bodyLimit,
    // The server names every request; a client's x-request-id is kept apart in the audit (capped).
    genReqId: () => randomUUID(),
    ajv: { customOptions: { allErrors: false, coerceTypes: 'array', removeAdditional: false } },
  });
  const screening = screeningService(store, {
    persist: false,
    ...(config.collections ? { collections: config.collections } : {}),
  });
  const entities = new EntityService(screening);
  const ctx: ServerContext = {
    store,
    config,
    screening,
    entities,
    search: new SearchService(screening, entities),
    jobs: new JobQueue({ ...JOBS_DEFAULTS, maxPerOwner: config.maxJobsPerKey }),
    compute: new ComputePool(),
    networks: new NetworkCache(store),
  };

  app.setSerializerCompiler(() => (data) => toJson(data));
  app.setReplySerializer((payload) => toJson(payload));
  installBodyParsers(app);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  installErrorHandler(app, privateStrings(config.privateStrings));
  installSecurityHeaders(app);
  const team = config.team;
  installAuth(app, config, team && ((key) => team.lookupKey(key)));
  if (config.rateLimit > 0) {
    await app.register(rateLimit, {
      max: config.rateLimit,
      timeWindow: 60_000,
      keyGenerator: (req) => keyFrom(req) ?? req.ip,
      // Replicas count in the team database, so the limit holds across them.
      ...(team ? { store: team.rateLimitStore() as never } : {}),
    });
  }
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Interdict API',
        version: '0.1.0',
        description:
          'Networks, flow analysis and planning; screening compatible with yente (POST /match/{dataset}). Writes need an API key: Authorization: ApiKey KEY.',
      },
      components: { securitySchemes: { ApiKey: { type: 'apiKey', in: 'header', name: 'Authorization' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  await app.register(healthRoutes(ctx));
  await app.register(networkRoutes(ctx));
  await app.register(layoutRoutes(ctx));
  await app.register(networkBuildRoutes(ctx));
  await app.register(analysisRoutes(ctx));
  await app.register(planRoutes(ctx));
  await app.register(datasetRoutes(ctx));
  await app.register(matchRoutes(ctx));
  await app.register(searchRoutes(ctx));
  await app.register(catalogRoutes(ctx));
  await app.register(reconcileRoutes(ctx));
  await app.register(jobRoutes(ctx));
  await app.register(reportRoutes(ctx));
  if (config.monitor) {
    await app.register(monitorRoutes(ctx, config.monitor, config.monitorPollMs));
    await app.register(monitorDigestRoutes(ctx, config.monitor));
  }
  app.get('/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  if (config.webRoot && existsSync(config.webRoot)) {
    await app.register(fastifyStatic, { root: config.webRoot, prefix: '/', index: 'index.html' });
  }
  // Jobs are cancelled before the server closes, so their event streams end and close need not wait for them.
  app.addHook('preClose', async () => ctx.jobs.close());
  app.addHook('onClose', async () => ctx.compute.close());
  if (team && config.reloadEveryMs > 0) {
    // Another replica or a CLI import may add a dataset version: load its index before a request needs it.
    const reload = setInterval(() => void warmIndexes(screening, app), config.reloadEveryMs);
    reload.unref();
    app.addHook('onClose', async () => clearInterval(reload));
  }
  return app;
}

const warming = new WeakSet<ScreeningService>();

/**
 * Build (or load) the index of every dataset's latest version. Requests go on
 * with the index they hold; the service keeps one version per dataset, so at
 * most two are in memory while a new one is built.
 */
export async function warmIndexes(screening: ScreeningService, app?: FastifyInstance): Promise<void> {
  if (warming.has(screening)) return;
  warming.add(screening);
  try {
    for (const d of await screening.scope()) await screening.index(d);
  } catch (e) {
    if (!(e instanceof NoDatasetsError)) app?.log.warn({ err: (e as Error).message }, 'index reload failed');
  } finally {
    warming.delete(screening);
  }
}
