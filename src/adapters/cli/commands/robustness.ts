// `interdict robustness`: Monte Carlo over which uncertain channels exist, by
// confidence (seeded): the distribution of the max flow and how often the two sides stay connected.

import { ROBUSTNESS_DEFAULTS } from '../../../core/graph/robustness.js';
import { flowRobustness } from '../../../service/analysis.js';
import { flag, numberOpt, printJson, type Command } from '../command.js';
import { formatNumber, formatPercent, table } from '../format.js';
import { FLOW_OPTIONS, flowQueryFromArgs, loadFromArgs } from './flow.js';

export const robustnessCommand: Command = {
  path: ['robustness'],
  summary:
    'Monte Carlo over uncertain channels: max-flow distribution and chance the network stays connected',
  usage:
    'interdict robustness FILE|NETWORK [--samples N] [--seed S] [--from ID...] [--to ID...] [--as-of DATE] [--actions ID,...|PLAN.json] [--json]',
  examples: [
    'interdict robustness data/scenarios/article.yaml --samples 10000 --seed 7',
    'interdict robustness article --json',
  ],
  options: { ...FLOW_OPTIONS, samples: { type: 'string' }, seed: { type: 'string' } },
  async run(args, io) {
    const samples = numberOpt(args, 'samples', ROBUSTNESS_DEFAULTS.samples)!;
    const seed = numberOpt(args, 'seed', ROBUSTNESS_DEFAULTS.seed)!;
    const { network, label } = await loadFromArgs(
      args,
      io,
      'interdict robustness data/scenarios/article.yaml',
    );
    const r = flowRobustness(network, { ...flowQueryFromArgs(args), samples, seed });
    if (flag(args, 'json')) {
      printJson(io, { network: label, ...r });
      return 0;
    }
    const v = r.allChannels;
    io.out(
      `Robustness of ${label} over ${samples} samples (seed ${seed}); with every channel: ${v === 'unbounded' ? 'unbounded' : formatNumber(v)}\n\n`,
    );
    io.out(
      table(
        ['measure', 'value'],
        [
          ['mean max flow', formatNumber(r.mean)],
          ['5th percentile', formatNumber(r.p5)],
          ['median', formatNumber(r.p50)],
          ['95th percentile', formatNumber(r.p95)],
          ['P(sponsor still reaches recipient)', formatPercent(r.connected)],
          ...(r.unbounded ? [['samples with an unlimited path', String(r.unbounded)]] : []),
        ],
      ),
    );
    return 0;
  },
};
