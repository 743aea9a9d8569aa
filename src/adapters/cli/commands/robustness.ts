// `interdict robustness`: Monte Carlo over which uncertain channels exist, by
// confidence (seeded): the distribution of the max flow and how often the two sides stay connected.

import { robustness } from '../../../core/graph/index.js';
import { UsageError } from '../../../core/model/errors.js';
import { flag, numberOpt, printJson, type Command } from '../command.js';
import { formatNumber, formatPercent, table } from '../format.js';
import { FLOW_OPTIONS, flowFromArgs } from './flow.js';

export const robustnessCommand: Command = {
  path: ['robustness'],
  summary:
    'Monte Carlo over uncertain channels: max-flow distribution and chance the network stays connected',
  usage:
    'interdict robustness FILE|NETWORK [--samples N] [--seed S] [--from ID...] [--to ID...] [--as-of DATE] [--json]',
  examples: [
    'interdict robustness data/scenarios/article.yaml --samples 10000 --seed 7',
    'interdict robustness article --json',
  ],
  options: { ...FLOW_OPTIONS, samples: { type: 'string' }, seed: { type: 'string' } },
  async run(args, io) {
    const samples = numberOpt(args, 'samples', 1000)!;
    const seed = numberOpt(args, 'seed', 1)!;
    if (!Number.isInteger(samples) || samples < 1)
      throw new UsageError(`--samples must be a whole number ≥ 1, got ${samples}`, 'pass --samples 1000');
    const { label, analysis } = await flowFromArgs(
      args,
      io,
      'interdict robustness data/scenarios/article.yaml --samples 1000',
    );
    const { graph, channels } = analysis.graph;
    const r = robustness(
      graph,
      channels.map((c) => c.confidence),
      analysis.sources,
      analysis.sinks,
      { samples, seed },
    );
    const { values: _values, ...summary } = r;
    if (flag(args, 'json')) {
      printJson(io, {
        network: label,
        from: analysis.report.from,
        to: analysis.report.to,
        allChannels: analysis.report.value,
        ...summary,
      });
      return 0;
    }
    const v = analysis.report.value;
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
