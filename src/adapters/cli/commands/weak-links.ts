// `interdict weak-links`: where much of the flow passes and enforcement is
// weak, scored share × (1 − enforcement) per jurisdiction and transit actor.

import { weakLinksOf } from '../../../service/analysis.js';
import { flag, numberOpt, printJson, type Command } from '../command.js';
import { formatPercent, table } from '../format.js';
import { FLOW_OPTIONS, flowFromArgs, nameOf } from './flow.js';

export const weakLinksCommand: Command = {
  path: ['weak-links'],
  summary: 'Jurisdictions and transit actors carrying much of the flow under weak enforcement',
  usage: 'interdict weak-links FILE|NETWORK [--from ID...] [--to ID...] [--as-of DATE] [--limit N] [--json]',
  examples: ['interdict weak-links data/scenarios/article.yaml', 'interdict weak-links article --json'],
  options: { ...FLOW_OPTIONS, limit: { type: 'string' } },
  async run(args, io) {
    const { network, label, analysis } = await flowFromArgs(
      args,
      io,
      'interdict weak-links data/scenarios/article.yaml',
    );
    const limit = numberOpt(args, 'limit', 10)!;
    const { report, shares } = analysis;
    const links = weakLinksOf(analysis).slice(0, limit);
    if (flag(args, 'json')) {
      printJson(io, {
        network: label,
        from: report.from,
        to: report.to,
        value: report.value,
        weakLinks: links,
      });
      return 0;
    }
    if (!shares) {
      io.out(
        `The flow in ${label} is unbounded (unlimited channels ${report.unboundedPath!.join(' → ')}); shares are undefined\n`,
      );
      return 0;
    }
    const name = nameOf(network);
    const jurisdictions = new Map(network.jurisdictions.map((j) => [j.id, j.name]));
    io.out(`Weak links in ${label} (score = share of the flow × (1 − enforcement)):\n\n`);
    io.out(
      table(
        ['#', 'kind', 'id', 'name', 'share', 'enforcement', 'score'],
        links.map((l, i) => [
          String(i + 1),
          l.kind,
          l.id,
          l.kind === 'node' ? name(l.id) : (jurisdictions.get(l.id) ?? l.id),
          formatPercent(l.share),
          l.enforcement.toFixed(2),
          l.score.toFixed(3),
        ]),
      ),
    );
    return 0;
  },
};
