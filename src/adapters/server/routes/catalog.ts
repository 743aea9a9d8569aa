// The catalogue (GET /catalog: every dataset and collection, as yente lists
// them) and the matching algorithms with their config docs (GET /algorithms).

import type { FastifyPluginAsync } from 'fastify';
import type { AlgorithmsResponse, CatalogDataset, CatalogResponse } from '../../../contract/match.js';
import { ALGORITHMS, DEFAULT_ALGORITHM } from '../../../service/algorithms.js';
import type { ServerContext } from '../context.js';

export function catalogRoutes(ctx: ServerContext): FastifyPluginAsync {
  return async (app) => {
    const tags = ['screening'];
    app.get(
      '/catalog',
      { schema: { tags, summary: 'Datasets and collections that can be screened (yente-compatible)' } },
      async (): Promise<CatalogResponse> => {
        const infos = (await ctx.store.listDatasets()).filter(
          (i) => !(i.notes && (i.notes as { refused?: unknown }).refused),
        );
        const collections = ctx.screening.collections();
        const memberOf = (name: string) =>
          Object.entries(collections)
            .filter(([, members]) => members === 'all' || members.includes(name))
            .map(([c]) => c);
        const datasets: CatalogDataset[] = infos.map((i) => ({
          name: i.name,
          title: i.name,
          version: String(i.version),
          load: true,
          children: [],
          collections: memberOf(i.name),
          entity_count: Object.values(i.counts).reduce((a, b) => a + b, 0),
          updated_at: i.importedAt,
          index_current: true,
        }));
        for (const [name, members] of Object.entries(collections)) {
          const children = members === 'all' ? infos.map((i) => i.name) : members;
          const held = infos.filter((i) => children.includes(i.name));
          datasets.push({
            name,
            title: name === 'default' ? 'Every dataset' : name,
            version: held.map((i) => `${i.name}@${i.version}`).join(',') || '0',
            load: true,
            children,
            collections: [],
            entity_count: held.reduce((s, i) => s + Object.values(i.counts).reduce((a, b) => a + b, 0), 0),
            updated_at:
              held
                .map((i) => i.importedAt)
                .sort()
                .pop() ?? null,
            index_current: true,
          });
        }
        return {
          datasets,
          current: datasets.map((d) => d.name),
          outdated: [],
          index_stale: false,
        };
      },
    );
    app.get(
      '/algorithms',
      { schema: { tags, summary: 'Matching algorithms, their features and their config variables' } },
      async (): Promise<AlgorithmsResponse> => ({
        algorithms: ALGORITHMS.map((a) => ({ ...a })),
        default: DEFAULT_ALGORITHM,
        best: DEFAULT_ALGORITHM,
      }),
    );
  };
}
