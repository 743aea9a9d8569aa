// Networks from data over HTTP: build a network from stored datasets, tie an
// actor to a list entity, merge a built network into a scenario, association
// analysis (unit capacities) and the designation timeline.

import type { FastifyPluginAsync } from 'fastify';
import { ERROR_SCHEMA, NAME_PARAMS_SCHEMA } from '../../../contract/common.js';
import {
  ASSOCIATION_BODY_SCHEMA,
  BUILD_NETWORK_BODY_SCHEMA,
  LINK_ENTITY_BODY_SCHEMA,
  MERGE_NETWORK_BODY_SCHEMA,
  TIMELINE_BODY_SCHEMA,
  type AssociationBody,
  type BuildNetworkBody,
  type LinkEntityBody,
  type MergeNetworkBody,
  type TimelineBody,
} from '../../../contract/network-build.js';
import { expandLinkKinds } from '../../../core/netbuild/link-kinds.js';
import {
  analyseAssociation,
  buildNetworkFromStore,
  designationTimelineFromStore,
  linkEntityToNode,
  MemoryLinkIndexCache,
  mergeIntoScenario,
  parseDatasetSpec,
} from '../../../service/network-build.js';
import type { ServerContext } from '../context.js';

type IdParams = { id: string };

const ERRORS = { 400: ERROR_SCHEMA, 401: ERROR_SCHEMA, 404: ERROR_SCHEMA };

function tuning(body: { hops?: number; linkKinds?: string[]; maxShared?: number; maxNodes?: number }) {
  return {
    ...(body.hops !== undefined ? { hops: body.hops } : {}),
    ...(body.linkKinds?.length ? { linkKinds: expandLinkKinds(body.linkKinds) } : {}),
    ...(body.maxShared !== undefined ? { maxShared: body.maxShared } : {}),
    ...(body.maxNodes !== undefined ? { maxNodes: body.maxNodes } : {}),
  };
}

export function networkBuildRoutes(ctx: ServerContext): FastifyPluginAsync {
  // The link index of the datasets last built from stays in memory between requests.
  const deps = { links: new MemoryLinkIndexCache(1) };
  return async (app) => {
    const tags = ['networks from data'];
    app.post<{ Body: BuildNetworkBody }>(
      '/networks/build',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary:
            'Build a network from stored datasets around seed entities (unit capacities) and store it as the next version',
          security: [{ ApiKey: [] }],
          body: BUILD_NETWORK_BODY_SCHEMA,
          response: ERRORS,
        },
      },
      async (request, reply) => {
        const b = request.body;
        const r = await buildNetworkFromStore(
          ctx.store,
          {
            name: b.name,
            datasets: b.datasets.map(parseDatasetSpec),
            around: b.around,
            ...tuning(b),
            ...(b.asOf ? { asOf: b.asOf } : {}),
          },
          deps,
        );
        request.log.info(
          { network: r.info!.name, version: r.info!.version, key: request.keyId },
          'network built',
        );
        return reply.status(201).send({ info: r.info, report: r.report });
      },
    );
    app.post<{ Params: IdParams; Body: LinkEntityBody }>(
      '/networks/:id/link',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary:
            'Tie an actor to the list entity it stands for (accept a screening result); stores a new version',
          security: [{ ApiKey: [] }],
          params: NAME_PARAMS_SCHEMA,
          body: LINK_ENTITY_BODY_SCHEMA,
          response: ERRORS,
        },
      },
      async (request) => {
        const b = request.body;
        return linkEntityToNode(ctx.store, {
          network: request.params.id,
          ...(b.version !== undefined ? { version: b.version } : {}),
          node: b.node,
          entity: b.entity,
          dataset: parseDatasetSpec(b.dataset),
          ...(b.note ? { note: b.note } : {}),
        });
      },
    );
    app.post<{ Params: IdParams; Body: MergeNetworkBody }>(
      '/networks/:id/merge',
      {
        config: { access: 'write' },
        schema: {
          tags,
          summary: 'Merge a built network into this one: actors unified by list id, sources kept',
          security: [{ ApiKey: [] }],
          params: NAME_PARAMS_SCHEMA,
          body: MERGE_NETWORK_BODY_SCHEMA,
          response: ERRORS,
        },
      },
      async (request) => {
        const b = request.body;
        const scenario = await ctx.store.getNetwork(request.params.id, b.version);
        const ref = parseDatasetSpec(b.built);
        const built = await ctx.store.getNetwork(ref.name, ref.version);
        const r = await mergeIntoScenario(
          ctx.store,
          scenario.network,
          { network: built.network, label: `${built.info.name}@${built.info.version}` },
          b.as,
        );
        return { info: r.info, report: r.report };
      },
    );
    app.post<{ Params: IdParams; Body: AssociationBody }>(
      '/networks/:id/association',
      {
        schema: {
          tags,
          summary:
            'Association analysis with unit capacities: betweenness, bridges, cut vertices, separator, communities, designations',
          params: NAME_PARAMS_SCHEMA,
          body: ASSOCIATION_BODY_SCHEMA,
          response: { 400: ERROR_SCHEMA, 404: ERROR_SCHEMA },
        },
      },
      async (request) => {
        const b = request.body ?? {};
        return analyseAssociation(ctx.store, request.params.id, b.version, {
          ...(b.between ? { between: b.between } : {}),
          ...(b.top !== undefined ? { top: b.top } : {}),
          ...(b.seed !== undefined ? { seed: b.seed } : {}),
        });
      },
    );
    app.post<{ Body: TimelineBody }>(
      '/networks/timeline',
      {
        schema: {
          tags,
          summary: 'What a newer list version added around the seeds, with the records as evidence',
          body: TIMELINE_BODY_SCHEMA,
          response: { 400: ERROR_SCHEMA, 404: ERROR_SCHEMA },
        },
      },
      async (request) => {
        const b = request.body;
        return designationTimelineFromStore(
          ctx.store,
          {
            before: b.before.map(parseDatasetSpec),
            after: b.after.map(parseDatasetSpec),
            around: b.around,
            ...tuning(b),
          },
          deps,
        );
      },
    );
  };
}
