// `interdict demo` (what `npm start` runs): loads the article's network into
// the store and walks a newcomer through it, section by section.

import { simplePaths } from '../../../core/graph/simple-paths.js';
import { caption } from '../../../core/model/entity.js';
import { nodesWithRole, type Network, type Role } from '../../../core/model/network.js';
import { storeDemoNetwork } from '../../node/demo-data.js';
import { openStore } from '../../node/open-store.js';
import { resolveDbPath } from '../../node/paths.js';
import { COMMON_OPTIONS, flag, printJson, stringOpt, type Command, type Io } from '../command.js';
import { formatNumber, pathsTable, table } from '../format.js';
import { monitorSection } from './demo-monitor.js';
import { writeDemoReport } from './report.js';
import { flowSection, heading, planSection, screeningSection } from './demo-sections.js';
import { designatedNetworkSection } from './demo-network-build.js';

const DEMO_BUDGETS = [2, 3, 4];

const ROLE_TITLES: Partial<Record<Role, string>> = {
  sponsor: 'Sponsor',
  operator: 'Operators',
  front: 'Fronts',
  transit: 'Transit points and states',
  carrier: 'Carriers',
  recipient: 'Recipients',
  other: 'Others',
};

function whoSupportsWhom(io: Io, network: Network): void {
  heading(io, '1. Who supports whom');
  for (const [role, title] of Object.entries(ROLE_TITLES) as [Role, string][]) {
    const nodes = network.nodes.filter((n) => n.role === role);
    if (nodes.length === 0) continue;
    io.out(`${title}: ${nodes.map((n) => caption(n)).join('; ')}\n`);
  }
}

function routes(io: Io, network: Network): void {
  heading(io, '2. Over which channels and routes');
  const names = new Map(network.nodes.map((n) => [n.id, caption(n)]));
  const jur = new Map(network.jurisdictions.map((j) => [j.id, j.name]));
  io.out(
    table(
      ['kind', 'from', 'to', 'capacity/month', 'confidence', 'crosses'],
      network.channels.map((c) => [
        c.kind,
        names.get(c.from) ?? c.from,
        names.get(c.to) ?? c.to,
        formatNumber(c.capacity),
        c.confidenceLabel,
        c.jurisdiction ? (jur.get(c.jurisdiction) ?? c.jurisdiction) : '',
      ]),
    ),
  );
}

function paths(io: Io, network: Network): ReturnType<typeof simplePaths>[] {
  heading(io, '3. Paths from the sponsor to each recipient');
  const names = new Map(network.nodes.map((n) => [n.id, caption(n)]));
  const sponsors = nodesWithRole(network, 'sponsor');
  const results = [];
  for (const recipient of nodesWithRole(network, 'recipient')) {
    const result = simplePaths(network, sponsors, [recipient]);
    results.push(result);
    io.out(`\nTo ${names.get(recipient)}: ${result.paths.length} path(s)\n`);
    io.out(pathsTable(result.paths, network));
  }
  return results;
}

export const demoCommand: Command = {
  path: ['demo'],
  summary: "Load the article's network and walk through it",
  usage: 'interdict demo [--db FILE] [--json]',
  examples: ['interdict demo', 'npm start'],
  options: COMMON_OPTIONS,
  async run(args, io) {
    const dbPath = resolveDbPath(stringOpt(args, 'db'), io.env);
    const store = await openStore(dbPath);
    const json = flag(args, 'json');
    const quiet: Io = { ...io, out: () => undefined };
    const show = json ? quiet : io;
    try {
      const { network, version } = await storeDemoNetwork(store);
      show.out(`${network.name}\n`);
      show.out(`Stored as "${network.id}" version ${version} in ${dbPath}\n`);
      if (network.notice) show.out(`Note: ${network.notice}\n`);
      whoSupportsWhom(show, network);
      routes(show, network);
      const pathResults = paths(show, network);
      const analysis = flowSection(show, network);
      const screening = await screeningSection(show, network, store);
      const plans = await planSection(show, network, DEMO_BUDGETS);
      const monitoring = await monitorSection(show, network, store, dbPath);
      const designatedNetwork = await designatedNetworkSection(show, store);
      if (json) {
        printJson(io, {
          network: { id: network.id, version, db: dbPath },
          notice: network.notice,
          paths: pathResults.map((r) => r.paths),
          flow: {
            perRecipient: analysis.perRecipient,
            total: analysis.total.value,
            cut: analysis.chokepoints,
            weakLinks: analysis.weakLinks,
          },
          screening: screening.map((r) => ({
            node: r.node,
            listed: r.listed,
            nearestListed: r.nearestListed,
            best: r.results[0] ?? null,
          })),
          plans,
          monitoring,
          designatedNetwork,
        });
        return 0;
      }
    } finally {
      await store.close();
    }
    io.out(`\nThe article's report (budget 4): ${await writeDemoReport(dbPath, io.env)}\n`);
    io.out(
      `\nNext: interdict serve --demo (the map in a browser) · interdict plan article --budget 4 · interdict screen "Hizbullah" · interdict --help\n`,
    );
    return 0;
  },
};
