// `interdict lists update`: fetch the current official lists (conditional
// requests, retries, checksums) and import whatever changed.

import { dirname, join } from 'node:path';
import { UsageError } from '../../../core/model/errors.js';
import { importList } from '../../node/import-list.js';
import { fetchSource, type FetchedFile } from '../../node/list-fetch.js';
import { DEFAULT_SOURCES, readSources } from '../../node/list-sources.js';
import { openStore } from '../../node/open-store.js';
import { resolveDbPath } from '../../node/paths.js';
import { COMMON_OPTIONS, flag, listOpt, printJson, stringOpt, type Command } from '../command.js';
import { formatNumber } from '../format.js';
import { SANITY_OPTIONS, sanityOptions } from './import.js';

export const listsUpdateCommand: Command = {
  path: ['lists', 'update'],
  summary: 'Fetch the official OFAC and UN lists and import the ones that changed',
  usage:
    'interdict lists update [--sources FILE] [--only DATASET,…] [--cache DIR] [--skip-invalid] [--allow-shrink] [--max-shrink PCT] [--db FILE] [--json]',
  examples: ['interdict lists update', 'interdict lists update --only un_sc_sanctions --json'],
  options: {
    ...COMMON_OPTIONS,
    sources: { type: 'string' },
    only: { type: 'string', multiple: true },
    cache: { type: 'string' },
    'skip-invalid': { type: 'boolean', default: false },
    ...SANITY_OPTIONS,
  },
  async run(args, io) {
    const all = stringOpt(args, 'sources') ? readSources(stringOpt(args, 'sources')!) : DEFAULT_SOURCES;
    const only = listOpt(args, 'only');
    const unknown = only.filter((d) => !all.some((s) => s.dataset === d));
    if (unknown.length)
      throw new UsageError(
        `no source for dataset ${unknown.join(', ')}`,
        `choose from ${all.map((s) => s.dataset).join(', ')}`,
      );
    const shrink = sanityOptions(args);
    const sources = only.length ? all.filter((s) => only.includes(s.dataset)) : all;
    const dbPath = resolveDbPath(stringOpt(args, 'db'), io.env);
    const cache = stringOpt(args, 'cache') ?? join(dirname(dbPath), 'lists');
    const store = await openStore(dbPath);
    const report: {
      dataset: string;
      files: FetchedFile[];
      status: 'imported' | 'unchanged';
      version: number;
      counts: Record<string, number>;
      skipped: number;
    }[] = [];
    try {
      for (const source of sources) {
        const dir = join(cache, source.dataset);
        const files = await fetchSource(source, dir);
        const path = source.format === 'ofac-csv' ? dir : join(dir, source.files[0]!.file);
        const result = await importList(store, {
          format: source.format,
          path,
          dataset: source.dataset,
          skipInvalid: flag(args, 'skip-invalid'),
          skipIfUnchanged: true,
          ...shrink,
          progress: io,
        });
        report.push({
          dataset: source.dataset,
          files,
          status: result.unchanged ? 'unchanged' : 'imported',
          version: result.info.version,
          counts: result.info.counts,
          skipped: result.skipped,
        });
        if (!flag(args, 'json')) {
          const total = Object.values(result.info.counts).reduce((a, b) => a + b, 0);
          const fetched = files.filter((f) => f.status === 'downloaded').length;
          io.out(
            result.unchanged
              ? `${source.dataset}: unchanged (version ${result.info.version}; ${fetched} of ${files.length} files downloaded)\n`
              : `${source.dataset}: stored version ${result.info.version}, ${formatNumber(total)} entities${result.skipped ? `, ${result.skipped} invalid records skipped` : ''}\n`,
          );
        }
      }
      if (flag(args, 'json')) printJson(io, { lists: report });
      return 0;
    } finally {
      await store.close();
    }
  },
};
