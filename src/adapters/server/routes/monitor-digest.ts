// The monitoring digest over HTTP: GET /monitor/digest (one watch or all)
// and GET /watches/{id}/report, as HTML or PDF, from the same pure render as
// `interdict report monitor`.

import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { ERROR_SCHEMA } from '../../../contract/common.js';
import { DIGEST_QUERY_SCHEMA, type DigestQuery } from '../../../contract/reports.js';
import type { MonitorStore } from '../../../service/monitor-store.js';
import { monitorDigestData, renderMonitorDigest } from '../../../service/report/index.js';
import { htmlToPdf } from '../../node/pdf.js';
import type { ServerContext } from '../context.js';

const ERRORS = { 400: ERROR_SCHEMA, 401: ERROR_SCHEMA, 404: ERROR_SCHEMA };

/** Registered beside the monitoring routes, when the server has a monitor store. */
export function monitorDigestRoutes(ctx: ServerContext, monitor: MonitorStore): FastifyPluginAsync {
  return async (app) => {
    const digest = async (reply: FastifyReply, q: DigestQuery) => {
      const data = await monitorDigestData(
        { store: ctx.store, monitor },
        {
          ...(q.watch ? { watch: q.watch } : {}),
          ...(q.since ? { since: q.since } : {}),
          ...(q.until ? { until: q.until } : {}),
        },
      );
      const rendered = renderMonitorDigest(data);
      if (q.format === 'pdf') {
        const pdf = await htmlToPdf(rendered.html, {
          env: process.env,
          sections: rendered.sections.map((s) => s.id),
        });
        return reply
          .type('application/pdf')
          .header(
            'content-disposition',
            `attachment; filename="monitoring-digest${q.watch ? `-${q.watch}` : ''}.pdf"`,
          )
          .send(Buffer.from(pdf));
      }
      return reply.type('text/html; charset=utf-8').send(rendered.html);
    };

    app.get<{ Querystring: DigestQuery }>(
      '/monitor/digest',
      {
        schema: {
          tags: ['reports', 'monitoring'],
          summary:
            'The monitoring digest: alerts of a period with their evidence pictures, decisions and audit trail (HTML or PDF)',
          querystring: DIGEST_QUERY_SCHEMA,
          response: ERRORS,
        },
      },
      async (request, reply) => digest(reply, request.query),
    );

    app.get<{ Params: { id: string }; Querystring: Omit<DigestQuery, 'watch'> }>(
      '/watches/:id/report',
      {
        schema: {
          tags: ['reports', 'monitoring'],
          summary: "One watch's monitoring digest (HTML or PDF)",
          params: {
            type: 'object',
            required: ['id'],
            properties: { id: { type: 'string', maxLength: 200 } },
          },
          querystring: {
            ...DIGEST_QUERY_SCHEMA,
            properties: {
              since: DIGEST_QUERY_SCHEMA.properties.since,
              until: DIGEST_QUERY_SCHEMA.properties.until,
              format: DIGEST_QUERY_SCHEMA.properties.format,
            },
          },
          response: ERRORS,
        },
      },
      async (request, reply) => digest(reply, { ...request.query, watch: request.params.id }),
    );
  };
}
