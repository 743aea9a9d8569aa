// `interdict flow`: how much support the sponsors can deliver to the
// recipients, the minimum cut that stops it, and the paths the flow takes.

import { MAX_FLOW_ALGORITHMS, type MaxFlowAlgorithmName } from '../../../core/graph/max-flow.js';
import { caption } from '../../../core/model/entity.js';
import { UsageError } from '../../../core/model/errors.js';
import type { Network } from '../../../core/model/network.js';
import { ANALYSIS_DEFAULTS, whatIfFlow, type FlowQuery, type WhatIfFlow } from '../../../service/analysis.js';
import { loadNetwork } from '../../node/load-network.js';
import { actionsOpt } from '../plan-actions.js';
import {
  COMMON_OPTIONS,
  flag,
  listOpt,
  numberOpt,
  printJson,
  stringOpt,
  type Command,
  type Io,
  type OptionSpec,
  type ParsedArgs,
} from '../command.js';
import { formatNumber, formatPath, table } from '../format.js';

/** Options every flow-analysis command takes. */
export const FLOW_OPTIONS: OptionSpec = {
  ...COMMON_OPTIONS,
  from: { type: 'string', multiple: true },
  to: { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  algorithm: { type: 'string' },
  format: { type: 'string' },
  /** Measures to apply first: action ids, or a plan file (`interdict plan --json`). */
  actions: { type: 'string', multiple: true },
};

/** Loads the FILE|NETWORK argument. */
export async function loadFromArgs(
  args: ParsedArgs,
  io: Io,
  example: string,
): Promise<{ network: Network; label: string }> {
  const arg = args.positionals[0];
  if (!arg) throw new UsageError('give a FILE or NETWORK', example);
  return loadNetwork(arg, { env: io.env, db: stringOpt(args, 'db'), format: stringOpt(args, 'format') });
}

/** The flow query the flow options describe: terminals, date, algorithm and --actions. */
export function flowQueryFromArgs(args: ParsedArgs): FlowQuery {
  const algorithm = stringOpt(args, 'algorithm') ?? ANALYSIS_DEFAULTS.algorithm;
  if (!(algorithm in MAX_FLOW_ALGORITHMS)) {
    throw new UsageError(
      `--algorithm ${algorithm} is not known`,
      `use one of ${Object.keys(MAX_FLOW_ALGORITHMS).join(', ')}`,
    );
  }
  return {
    from: listOpt(args, 'from'),
    to: listOpt(args, 'to'),
    asOf: stringOpt(args, 'as-of'),
    algorithm: algorithm as MaxFlowAlgorithmName,
    actions: actionsOpt(args),
  };
}

/** Loads the network and runs the flow analysis (with any --actions applied) the flow commands start from. */
export async function flowFromArgs(
  args: ParsedArgs,
  io: Io,
  example: string,
  maxPaths = 0,
): Promise<{ network: Network; label: string } & WhatIfFlow> {
  const query = flowQueryFromArgs(args);
  const { network, label } = await loadFromArgs(args, io, example);
  return { network, label, ...whatIfFlow(network, { ...query, maxPaths }) };
}

export function nameOf(network: Network): (id: string) => string {
  const names = new Map(network.nodes.map((n) => [n.id, caption(n)]));
  return (id) => names.get(id) ?? id;
}

export const flowCommand: Command = {
  path: ['flow'],
  summary: 'Maximum flow from sponsors to recipients, its minimum cut and flow paths',
  usage:
    'interdict flow FILE|NETWORK [--from ID...] [--to ID...] [--as-of DATE] [--actions ID,...|PLAN.json] [--max-paths N] [--algorithm push-relabel|dinic] [--json]',
  examples: [
    'interdict flow data/scenarios/article.yaml',
    'interdict flow graph.max --json',
    'interdict flow article --to hamas --as-of 2024-01-01',
    'interdict flow data/scenarios/article.yaml --actions pressure-cairo,inspect-air-route',
    'interdict plan data/scenarios/article.yaml --budget 3 --json > plan.json && interdict flow data/scenarios/article.yaml --actions plan.json',
  ],
  options: { ...FLOW_OPTIONS, 'max-paths': { type: 'string' } },
  async run(args, io) {
    const maxPaths = numberOpt(args, 'max-paths', 20)!;
    const { network, label, analysis, measures, baseline } = await flowFromArgs(
      args,
      io,
      'interdict flow data/scenarios/article.yaml',
      maxPaths,
    );
    const r = analysis.report;
    const applied = measures.actions.map((a) => a.id);
    if (flag(args, 'json')) {
      printJson(io, { network: label, ...r, applied, cost: measures.cost, baseline });
      return 0;
    }
    const name = nameOf(network);
    const kinds = new Map(network.channels.map((c) => [c.id, c.kind]));
    const quantity = (v: number | 'unbounded') => (v === 'unbounded' ? 'unbounded' : formatNumber(v));
    io.out(
      `Maximum flow from ${r.from.map(name).join(', ')} to ${r.to.map(name).join(', ')} in ${label}: ${quantity(r.value)}\n`,
    );
    if (applied.length) {
      io.out(
        `With ${applied.join(', ')} applied (cost ${formatNumber(measures.cost)}); ${quantity(baseline)} without them\n`,
      );
    }
    if (network.notice) io.out(`Note: ${network.notice}\n`);
    if (r.value === 'unbounded') {
      io.out(
        `\nEvery channel on this path is unlimited, so no finite cut exists:\n  ${r.unboundedPath!.join(' → ')}\n`,
      );
      return 0;
    }
    io.out(
      `\nMinimum cut: ${r.cut.edges.length} channel(s), capacity ${formatNumber(r.cut.capacity as number)}\n`,
    );
    io.out(
      table(
        ['channel', 'from', 'to', 'capacity'],
        r.cut.edges.map((e) => [e.channel, name(e.from), name(e.to), e.capacity]),
      ),
    );
    if (r.paths.length) {
      io.out(`\nFlow paths (largest first${r.paths.length >= maxPaths ? `, first ${maxPaths}` : ''}):\n`);
      io.out(
        table(
          ['amount', 'path'],
          r.paths.map((p) => [
            p.amount,
            formatPath(
              p.nodes,
              p.channels.map((c) => kinds.get(c) ?? ''),
              name,
            ),
          ]),
        ),
      );
    }
    return 0;
  },
};
