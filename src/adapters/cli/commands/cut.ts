// `interdict cut`: the cheapest set of channels (default) or of actors
// (--vertex) whose removal disconnects the sponsors from the recipients.

import { actorCut } from '../../../service/analysis.js';
import { flag, printJson, type Command } from '../command.js';
import { formatNumber, table } from '../format.js';
import { FLOW_OPTIONS, flowFromArgs, flowQueryFromArgs, nameOf } from './flow.js';

export const cutCommand: Command = {
  path: ['cut'],
  summary: 'Minimum cut: the channels (or with --vertex the actors) that disconnect sponsors from recipients',
  usage:
    'interdict cut FILE|NETWORK [--vertex [--cheapest]] [--from ID...] [--to ID...] [--as-of DATE] [--json]',
  examples: [
    'interdict cut data/scenarios/article.yaml',
    'interdict cut article --vertex',
    'interdict cut article --vertex --cheapest --json',
  ],
  options: {
    ...FLOW_OPTIONS,
    vertex: { type: 'boolean', default: false },
    cheapest: { type: 'boolean', default: false },
  },
  async run(args, io) {
    const { network, label, analysis } = await flowFromArgs(
      args,
      io,
      'interdict cut data/scenarios/article.yaml --vertex',
    );
    const name = nameOf(network);
    const r = analysis.report;
    if (!flag(args, 'vertex')) {
      if (flag(args, 'json')) {
        printJson(io, {
          network: label,
          kind: 'edge',
          from: r.from,
          to: r.to,
          value: r.value,
          cut: r.cut,
          sourceSide: r.sourceSide,
          unboundedPath: r.unboundedPath,
        });
        return 0;
      }
      if (r.value === 'unbounded') {
        io.out(
          `No finite cut in ${label}: unlimited channels ${r.unboundedPath!.join(' → ')} connect the two sides\n`,
        );
        return 0;
      }
      io.out(
        `Minimum edge cut in ${label}: ${r.cut.edges.length} channel(s), capacity ${formatNumber(r.cut.capacity as number)}\n\n`,
      );
      io.out(
        table(
          ['channel', 'from', 'to', 'capacity'],
          r.cut.edges.map((e) => [e.channel, name(e.from), name(e.to), e.capacity]),
        ),
      );
      return 0;
    }
    const cheapest = flag(args, 'cheapest');
    const vc = actorCut(network, { ...flowQueryFromArgs(args), cheapest });
    const measure = cheapest ? 'cost' : 'actors';
    if (vc.status === 'unbounded') {
      if (flag(args, 'json'))
        printJson(io, { network: label, kind: 'vertex', measure, status: 'unbounded', path: vc.path });
      else
        io.out(
          `No set of actors disconnects them in ${label}: channels ${vc.path.join(' → ')} need no cuttable actor\n`,
        );
      return 0;
    }
    const nodes = vc.actors.map((a) => ({ id: a.id, name: name(a.id), cost: a.cost }));
    if (flag(args, 'json')) {
      printJson(io, {
        network: label,
        kind: 'vertex',
        measure,
        from: r.from,
        to: r.to,
        nodes,
        cost: vc.cost,
      });
      return 0;
    }
    io.out(
      `Minimum vertex cut in ${label} (${cheapest ? 'cheapest, by removal action cost' : 'fewest actors'}): ${nodes.length} actor(s)${cheapest ? `, cost ${formatNumber(vc.cost)}` : ''}\n\n`,
    );
    io.out(
      table(
        ['actor', 'name', ...(cheapest ? ['cost'] : [])],
        nodes.map((n) => [n.id, n.name, ...(cheapest ? [n.cost] : [])]),
      ),
    );
    return 0;
  },
};
