// `interdict export ftm DATASET[@VERSION]`: a stored dataset as FtM JSON
// lines that OpenSanctions' tools read (Interdict-only properties dropped).

import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Entity } from '../../../core/model/entity.js';
import { UsageError } from '../../../core/model/errors.js';
import { LOCAL_PROPERTIES } from '../../../core/ingest/ofac-entry.js';
import { COMMON_OPTIONS, flag, stringOpt, type Command, withStore } from '../command.js';
import { resolveDatasetRef } from './datasets.js';

/** One FtM JSON line; `keepSource` keeps sourceRecord and other Interdict properties. */
export function ftmLine(entity: Entity, dataset: string, keepSource: boolean): string {
  const properties: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(entity.properties))
    if (keepSource || !LOCAL_PROPERTIES.includes(k)) properties[k] = v;
  const out: Record<string, unknown> = {
    id: entity.id,
    schema: entity.schema,
    properties,
    datasets: entity.datasets ?? [dataset],
  };
  for (const k of ['referents', 'first_seen', 'last_seen', 'target'] as const)
    if (entity[k] !== undefined) out[k] = entity[k];
  return JSON.stringify(out) + '\n';
}

export const exportFtmCommand: Command = {
  path: ['export', 'ftm'],
  summary: 'Write a stored dataset as FollowTheMoney JSON lines',
  usage: 'interdict export ftm DATASET[@VERSION] [--output FILE] [--keep-source] [--db FILE]',
  examples: ['interdict export ftm us_ofac_sdn@2 --output sdn.ftm.json'],
  options: {
    ...COMMON_OPTIONS,
    output: { type: 'string', short: 'o' },
    'keep-source': { type: 'boolean', default: false },
  },
  async run(args, io) {
    if (args.positionals.length !== 1)
      throw new UsageError('give one DATASET[@VERSION]', 'interdict export ftm us_ofac_sdn');
    return withStore(args, io, async (store) => {
      const ref = await resolveDatasetRef(store, args.positionals[0]!);
      const output = stringOpt(args, 'output');
      const file = output ? createWriteStream(output) : undefined;
      let n = 0;
      for await (const entity of store.datasetEntities(ref.name, ref.version)) {
        const line = ftmLine(entity, ref.name, flag(args, 'keep-source'));
        if (file) {
          if (!file.write(line)) await once(file, 'drain');
        } else io.out(line);
        n++;
      }
      if (file) {
        file.end();
        await once(file, 'finish');
        io.err(`wrote ${n} entities of ${ref.name}@${ref.version} to ${output}\n`);
      }
      return 0;
    });
  },
};
