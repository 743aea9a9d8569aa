// `interdict paths`: the sponsor → recipient paths of a network with their
// bottleneck capacity and joint confidence.

import { mostReliablePaths, simplePaths } from '../../../core/graph/simple-paths.js';
import { loadNetwork } from '../../node/load-network.js';
import { COMMON_OPTIONS, flag, listOpt, numberOpt, printJson, stringOpt, type Command } from '../command.js';
import { pathsTable } from '../format.js';
import { resolveTerminals } from '../../../service/networks.js';
import { UsageError } from '../../../core/model/errors.js';

export const pathsCommand: Command = {
  path: ['paths'],
  summary: 'List sponsor → recipient paths with bottleneck capacity and joint confidence',
  usage:
    'interdict paths FILE|NETWORK [--from ID...] [--to ID...] [--as-of DATE] [--limit N] [--max-depth N] [--reliable K] [--json]',
  examples: [
    'interdict paths data/scenarios/article.yaml',
    'interdict paths article --to hezbollah --json',
    'interdict paths article --reliable 3',
  ],
  options: {
    ...COMMON_OPTIONS,
    from: { type: 'string', multiple: true },
    to: { type: 'string', multiple: true },
    'as-of': { type: 'string' },
    limit: { type: 'string' },
    'max-depth': { type: 'string' },
    reliable: { type: 'string' },
    format: { type: 'string' },
  },
  async run(args, io) {
    const arg = args.positionals[0];
    if (!arg) throw new UsageError('give a FILE or NETWORK', 'interdict paths data/scenarios/article.yaml');
    const { network, label } = await loadNetwork(arg, {
      env: io.env,
      db: stringOpt(args, 'db'),
      format: stringOpt(args, 'format'),
    });
    const { from: sources, to: targets } = resolveTerminals(
      network,
      listOpt(args, 'from'),
      listOpt(args, 'to'),
    );
    const reliable = numberOpt(args, 'reliable');
    if (reliable !== undefined && (!Number.isInteger(reliable) || reliable < 1)) {
      throw new UsageError(`--reliable ${reliable} must be a whole number ≥ 1`, 'pass --reliable 5');
    }
    const result = reliable
      ? {
          paths: mostReliablePaths(network, sources, targets, reliable, { asOf: stringOpt(args, 'as-of') }),
          truncated: false,
        }
      : simplePaths(network, sources, targets, {
          maxPaths: numberOpt(args, 'limit', 1000)!,
          maxDepth: numberOpt(args, 'max-depth', 12)!,
          asOf: stringOpt(args, 'as-of'),
        });
    if (flag(args, 'json')) {
      printJson(io, { network: label, from: sources, to: targets, ...result });
      return 0;
    }
    io.out(
      `${result.paths.length} path(s) from ${sources.join(', ')} to ${targets.join(', ')} in ${label}${result.truncated ? ' (search stopped early: raise --limit or --max-depth)' : ''}\n\n`,
    );
    io.out(pathsTable(result.paths, network));
    return 0;
  },
};
