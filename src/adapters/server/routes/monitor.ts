// Monitoring over HTTP: watches, alerts with their evidence, acknowledgement
// and decisions, a run on demand, a JSON Feed per watch and server-sent
// events of alert transitions that resume from Last-Event-ID.

import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { ERROR_SCHEMA } from '../../../contract/common.js';
import {
  ACK_BODY_SCHEMA,
  ALERTS_QUERY_SCHEMA,
  RESOLVE_BODY_SCHEMA,
  WATCH_BODY_SCHEMA,
  type AckBody,
  type AlertsQuery,
  type ResolveBody,
  type WatchBody,
} from '../../../contract/monitor.js';
import { DRIFT_SEARCH, pairsIn } from '../../../core/monitor/index.js';
import type { AlertRule, WatchSchedule } from '../../../core/monitor/types.js';
import type { InterdictionPlan } from '../../../core/plan/plan-interdiction.js';
import type { MonitorStore } from '../../../service/monitor-store.js';
import {
  ackAlert,
  addWatch,
  baselineBook,
  getAlert,
  listAlerts,
  listDecisions,
  listWatches,
  removeWatch,
  resolveAlertById,
  runMonitor,
  summary,
  watchFeed,
  type MonitorDeps,
} from '../../../service/monitor.js';
import { fullRescreenThread } from '../../node/full-rescreen-thread.js';
import { reverseRescreenThreads } from '../../node/reverse-threads.js';
import { deliverWebhooks } from '../../node/webhooks.js';
import { networkKey } from '../compute.js';
import type { ServerContext } from '../context.js';

type IdParams = { id: string };
const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 200 } },
} as const;
const ERRORS = { 400: ERROR_SCHEMA, 401: ERROR_SCHEMA, 404: ERROR_SCHEMA };

/** What a watch looks like over HTTP: webhook secrets never leave the server, a book shows its size. */
function publicWatch(w: Awaited<ReturnType<typeof listWatches>>[number]) {
  const channels = w.channels.map((c) => (c.type === 'webhook' ? { type: c.type, url: c.url } : c));
  return w.kind === 'book' ? { ...w, channels, counterparties: w.counterparties.length } : { ...w, channels };
}

function schedule(s: string | undefined): WatchSchedule {
  return !s || s === 'on-new-version' ? { type: 'on-new-version' } : { type: 'cron', expression: s };
}

const who = (request: FastifyRequest) => request.keyId ?? 'anonymous';

/** Registered only when the server has a monitor store (`interdict serve` opens one beside the Store). */
export function monitorRoutes(ctx: ServerContext, monitor: MonitorStore, pollMs: number): FastifyPluginAsync {
  return async (app) => {
    const tags = ['monitoring'];
    const rescreen = reverseRescreenThreads();
    // A network watch's first plan search runs where the server's analyses run (a compute worker
    // for a large network), so adding a watch holds no other request.
    const searchPlan: MonitorDeps['searchPlan'] = async (network, info, w) => {
      const pairs = pairsIn(network, w.pairs);
      const plan = await ctx.compute.run<InterdictionPlan>(network, networkKey(info), {
        kind: 'plan',
        query: { budget: w.budget, ...(pairs?.length ? { pairs } : {}), timeLimitMs: DRIFT_SEARCH.fullMs },
      });
      return plan.actions.map((a) => a.id);
    };
    // A book's full re-screen (a new book watch's baseline, the weekly check) runs on a thread of its own.
    const fullRescreen = fullRescreenThread();
    const deps = (): MonitorDeps => ({ store: ctx.store, monitor, rescreen, searchPlan, fullRescreen });

    app.get(
      '/watches',
      { schema: { tags, summary: 'List watches', response: { 401: ERROR_SCHEMA } } },
      async () => ({
        watches: (await listWatches(deps())).map(publicWatch),
      }),
    );

    app.post<{ Body: WatchBody }>(
      '/watches',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary: 'Add a watch over a stored network (with its adopted plan) or a book of counterparties',
          security: [{ ApiKey: [] }],
          body: WATCH_BODY_SCHEMA,
          response: ERRORS,
        },
      },
      async (request, reply) => {
        const b = request.body;
        const common = {
          schedule: schedule(b.schedule),
          channels: b.channels ?? [],
          ...(b.name ? { name: b.name } : {}),
        };
        const w =
          b.kind === 'network'
            ? await addWatch(deps(), {
                kind: 'network',
                network: b.network,
                plan: b.plan,
                ...(b.budget !== undefined ? { budget: b.budget } : {}),
                ...(b.pairs ? { pairs: b.pairs } : {}),
                ...(b.thresholds ? { thresholds: b.thresholds } : {}),
                ...common,
              })
            : await addWatch(deps(), {
                kind: 'book',
                datasets: b.datasets,
                counterparties: b.counterparties.map((c) => ({
                  id: c.id,
                  schema: c.schema ?? 'LegalEntity',
                  properties: c.properties,
                })),
                ...(b.threshold !== undefined ? { threshold: b.threshold } : {}),
                ...(b.scoreDelta !== undefined ? { scoreDelta: b.scoreDelta } : {}),
                ...common,
              });
        if (w.kind === 'book') await baselineBook(deps(), w.id);
        request.log.info({ watch: w.id, key: who(request) }, 'watch added');
        return reply.code(201).send({ watch: publicWatch(w) });
      },
    );

    app.delete<{ Params: IdParams }>(
      '/watches/:id',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary: 'Remove a watch (alerts and decisions are kept)',
          security: [{ ApiKey: [] }],
          params: ID_PARAMS,
          response: ERRORS,
        },
      },
      async (request, reply) => {
        await removeWatch(deps(), request.params.id);
        return reply.code(204).send();
      },
    );

    app.get<{ Params: IdParams }>(
      '/watches/:id/feed.json',
      {
        schema: {
          tags,
          summary: "A JSON Feed of the watch's alert transitions",
          params: ID_PARAMS,
          response: ERRORS,
        },
      },
      async (request, reply) => {
        const base = `${request.protocol}://${request.host}`;
        reply.type('application/feed+json');
        return watchFeed(deps(), request.params.id, base);
      },
    );

    app.post(
      '/monitor/run',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary: 'Evaluate every watch over new snapshots now, then deliver webhooks',
          security: [{ ApiKey: [] }],
          response: ERRORS,
        },
      },
      async () => {
        const reports = await runMonitor(deps());
        const delivery = await deliverWebhooks(deps().monitor);
        return {
          runs: reports.flatMap((r) =>
            r.runs.map((x) => ({ id: x.id, watch: x.watch, snapshot: x.snapshot, events: x.events.length })),
          ),
          raised: reports.flatMap((r) => r.raised.map(summary)),
          cleared: reports.flatMap((r) => r.cleared.map((a) => a.id)),
          delivery,
        };
      },
    );

    app.get<{ Querystring: AlertsQuery }>(
      '/alerts',
      {
        schema: {
          tags,
          summary: 'Alerts, newest first, with their evidence',
          querystring: ALERTS_QUERY_SCHEMA,
          response: ERRORS,
        },
      },
      async (request) => {
        const q = request.query;
        const alerts = await listAlerts(deps(), {
          ...(q.state ? { state: q.state } : {}),
          ...(q.watch ? { watch: q.watch } : {}),
          ...(q.rule ? { rule: q.rule as AlertRule } : {}),
        });
        return { total: alerts.length, alerts };
      },
    );

    // Before /alerts/:id so "stream" is not read as an id.
    app.get(
      '/alerts/stream',
      {
        schema: {
          tags,
          summary: 'Server-sent events of alert transitions; resumes after the Last-Event-ID header',
        },
      },
      async (request, reply) => {
        const d = deps();
        const header = request.headers['last-event-id'];
        let after = Number(Array.isArray(header) ? header[0] : header) || 0;
        reply.hijack();
        const res = reply.raw;
        res.writeHead(200, {
          'content-type': 'text/event-stream; charset=utf-8',
          'cache-control': 'no-store',
          connection: 'keep-alive',
        });
        res.write('retry: 2000\n\n');
        let closed = false;
        request.raw.on('close', () => (closed = true));
        const pump = async () => {
          while (!closed) {
            const rows = await d.monitor.outbox(after, 100);
            for (const r of rows) {
              res.write(`id: ${r.seq}\nevent: ${r.topic}\ndata: ${JSON.stringify(r.payload)}\n\n`);
              after = r.seq;
            }
            if (rows.length < 100) {
              res.write(': keep-alive\n\n');
              await new Promise((r) => setTimeout(r, pollMs));
            }
          }
          res.end();
        };
        void pump().catch(() => res.end());
      },
    );

    app.get<{ Params: IdParams }>(
      '/alerts/:id',
      {
        schema: {
          tags,
          summary: 'One alert with its evidence and history',
          params: ID_PARAMS,
          response: ERRORS,
        },
      },
      async (request) => ({ alert: await getAlert(deps(), request.params.id) }),
    );

    app.post<{ Params: IdParams; Body: AckBody }>(
      '/alerts/:id/ack',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary: 'Acknowledge an open alert',
          security: [{ ApiKey: [] }],
          params: ID_PARAMS,
          body: ACK_BODY_SCHEMA,
          response: ERRORS,
        },
      },
      async (request) => ({
        alert: await ackAlert(deps(), request.params.id, who(request), request.body?.note),
      }),
    );

    app.post<{ Params: IdParams; Body: ResolveBody }>(
      '/alerts/:id/resolve',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary: 'Resolve an alert; a verdict on a list match is kept as a decision across list versions',
          security: [{ ApiKey: [] }],
          params: ID_PARAMS,
          body: RESOLVE_BODY_SCHEMA,
          response: ERRORS,
        },
      },
      async (request) =>
        resolveAlertById(deps(), request.params.id, request.body.as, who(request), request.body.why),
    );

    app.get(
      '/decisions',
      { schema: { tags, summary: 'Decisions on (counterparty, list entity) pairs, with who, when and why' } },
      async () => ({
        decisions: await listDecisions(deps()),
      }),
    );
  };
}
