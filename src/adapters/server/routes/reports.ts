// Reports over HTTP: GET /networks/{id}/report (the network report as HTML
// or PDF) and GET /audit/report (a screening dossier from the audit log as
// HTML, PDF, or the trail as CSV or JSON).

import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { ERROR_SCHEMA, NAME_PARAMS_SCHEMA } from '../../../contract/common.js';
import {
  auditDossier,
  auditTrailCsv,
  auditTrailJson,
  AUDIT_DOSSIER_MAX,
  networkReportData,
  renderNetworkReport,
  renderScreeningDossier,
  type RenderedReport,
} from '../../../service/report/index.js';
import { htmlToPdf } from '../../node/pdf.js';
import { networkScreening } from '../../node/report-screening-input.js';
import type { ServerContext } from '../context.js';
import { PLAN_TIME_LIMIT_MS } from './plan.js';

const now = () => new Date().toISOString().replace(/\.\d+Z$/, 'Z');

async function send(reply: FastifyReply, rendered: RenderedReport, format: string, name: string) {
  if (format === 'pdf') {
    const pdf = await htmlToPdf(rendered.html, {
      env: process.env,
      sections: rendered.sections.map((s) => s.id),
    });
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="${name}.pdf"`)
      .send(Buffer.from(pdf));
  }
  return reply.type('text/html; charset=utf-8').send(rendered.html);
}

export function reportRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    app.get<{ Params: { id: string }; Querystring: { version?: number; budget?: number; format: string } }>(
      '/networks/:id/report',
      {
        schema: {
          tags: ['reports'],
          summary:
            'The network report: picture, flows, chokepoints, plan, frontier, rebuild, screening, sources (HTML or PDF)',
          params: NAME_PARAMS_SCHEMA,
          querystring: {
            type: 'object',
            properties: {
              version: { type: 'integer', minimum: 1 },
              budget: { type: 'number', minimum: 0 },
              format: { type: 'string', enum: ['html', 'pdf'], default: 'html' },
            },
          },
          response: { 400: ERROR_SCHEMA, 404: ERROR_SCHEMA },
        },
      },
      async (request, reply) => {
        const { version, budget, format } = request.query;
        const { network, info } = await ctx.store.getNetwork(request.params.id, version);
        const screening = await networkScreening(ctx.store, network);
        const data = await networkReportData({
          network,
          meta: {
            source: `${info.name}@${info.version}`,
            version: info.version,
            contentHash: info.contentHash,
            date: now(),
          },
          ...(budget !== undefined ? { plan: { budget } } : {}),
          ...(screening ? { screening } : {}),
          timeLimitMs: PLAN_TIME_LIMIT_MS,
        });
        return send(reply, renderNetworkReport(data), format, `${info.name}-${info.version}-report`);
      },
    );

    app.get<{
      Querystring: { limit: number; before?: number; dataset?: string; keyId?: string; format: string };
    }>(
      '/audit/report',
      {
        config: { access: 'write' },
        schema: {
          tags: ['reports'],
          summary:
            'A screening dossier from the audit log: queries, candidates explained, decisions, list versions (HTML, PDF; the trail as CSV or JSON)',
          security: [{ ApiKey: [] }],
          querystring: {
            type: 'object',
            properties: {
              limit: { type: 'integer', minimum: 1, maximum: AUDIT_DOSSIER_MAX, default: 100 },
              before: { type: 'integer' },
              dataset: { type: 'string' },
              keyId: { type: 'string' },
              format: { type: 'string', enum: ['html', 'pdf', 'csv', 'json'], default: 'html' },
            },
          },
          response: { 400: ERROR_SCHEMA },
        },
      },
      async (request, reply) => {
        const { format, ...query } = request.query;
        const data = await auditDossier(ctx.store, query, { date: now() });
        if (format === 'csv')
          return reply
            .type('text/csv; charset=utf-8')
            .header('content-disposition', 'attachment; filename="audit-trail.csv"')
            .send(auditTrailCsv(data.audit));
        if (format === 'json')
          return reply.type('application/json').send(auditTrailJson(data.audit, data.datasets));
        return send(reply, renderScreeningDossier(data), format, 'screening-dossier');
      },
    );
  };
}
