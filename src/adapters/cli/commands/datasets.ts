// `interdict datasets list|diff`: the stored dataset versions, and exactly
// which entities were added, removed or changed between two of them.

import { UsageError } from '../../../core/model/errors.js';
import type { DiffEntity, Store } from '../../../core/store/store.js';
import { parseDatasetRef } from '../../../service/screening.js';
import { COMMON_OPTIONS, flag, printJson, withStore, type Command } from '../command.js';
import { formatNumber, table } from '../format.js';

/** "NAME@V" or "NAME" (latest) → name and version. */
export async function resolveDatasetRef(
  store: Store,
  ref: string,
): Promise<{ name: string; version: number }> {
  const { name, version } = parseDatasetRef(ref);
  const info = await store.datasetInfo(name, version);
  return { name: info.name, version: info.version };
}

const listCommand: Command = {
  path: ['datasets', 'list'],
  summary: 'List stored datasets (latest version of each)',
  usage: 'interdict datasets list [--db FILE] [--json]',
  examples: ['interdict datasets list --json'],
  options: COMMON_OPTIONS,
  async run(args, io) {
    return withStore(args, io, async (store) => {
      const list = await store.listDatasets();
      if (flag(args, 'json')) printJson(io, { datasets: list });
      else if (list.length === 0) io.out('no datasets stored yet; try: interdict import ofac-csv DIR\n');
      else
        io.out(
          table(
            ['name', 'version', 'entities', 'format', 'imported at', 'source'],
            list.map((v) => [
              v.name,
              v.version,
              formatNumber(Object.values(v.counts).reduce((a, b) => a + b, 0)),
              v.format ?? '',
              v.importedAt,
              v.sourceFile ?? '',
            ]),
          ),
        );
      return 0;
    });
  },
};

const diffCommand: Command = {
  path: ['datasets', 'diff'],
  summary: 'Show the entities added, removed and changed between two dataset versions',
  usage: 'interdict datasets diff NAME@V1 NAME@V2 [--db FILE] [--json]',
  examples: ['interdict datasets diff us_ofac_sdn@1 us_ofac_sdn@2 --json'],
  options: COMMON_OPTIONS,
  async run(args, io) {
    if (args.positionals.length !== 2)
      throw new UsageError(
        'give two dataset versions',
        'interdict datasets diff us_ofac_sdn@1 us_ofac_sdn@2',
      );
    return withStore(args, io, async (store) => {
      const a = await resolveDatasetRef(store, args.positionals[0]!);
      const b = await resolveDatasetRef(store, args.positionals[1]!);
      const diff = await store.diffDatasets(a.name, a.version, b.name, b.version);
      if (flag(args, 'json')) {
        printJson(io, diff);
        return 0;
      }
      const c = diff.counts;
      const lines = [
        `${a.name}@${a.version} → ${b.name}@${b.version}: ${formatNumber(c.added)} added, ${formatNumber(c.removed)} removed, ${formatNumber(c.changed)} changed, ${formatNumber(c.unchanged)} unchanged`,
      ];
      // One entity a line: its name, schema and id (and for a change, the fields).
      const show = (label: string, items: string[]) => {
        if (items.length === 0) return;
        lines.push(`${label}:`, ...items.slice(0, 20).map((t) => `  ${t}`));
        if (items.length > 20) lines.push(`  … ${items.length - 20} more; use --json for all`);
      };
      const name = (e: DiffEntity) => `${e.caption} (${e.schema} ${e.id})`;
      show('added', diff.added.map(name));
      show('removed', diff.removed.map(name));
      show(
        'changed',
        diff.changed.map((ch) => `${name(ch)}: ${ch.properties.join(', ')}`),
      );
      io.out(lines.join('\n') + '\n');
      return 0;
    });
  },
};

export const datasetCommands: Command[] = [listCommand, diffCommand];
