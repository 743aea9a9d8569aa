// `interdict demo` (what `npm start` runs): loads the article's network into
// the store and walks a newcomer through it, section by section.

import { readFileSync } from 'node:fs';
import { simplePaths } from '../../../core/graph/simple-paths.js';
import { parseScenario } from '../../../core/ingest/scenario.js';
import { caption } from '../../../core/model/entity.js';
import { nodesWithRole, type Network, type Role } from '../../../core/model/network.js';
import { sha256 } from '../../node/files.js';
import { openStore } from '../../node/open-store.js';
import { packagePath } from '../../node/package-root.js';
import { resolveDbPath } from '../../node/paths.js';
import { COMMON_OPTIONS, flag, printJson, stringOpt, type Command, type Io } from '../command.js';
import { formatNumber, formatPath, table } from '../format.js';

export const DEMO_SCENARIO = 'data/scenarios/article.yaml';

const ROLE_TITLES: Partial<Record<Role, string>> = {
  sponsor: 'Sponsor',
  operator: 'Operators',
  front: 'Fronts',
  transit: 'Transit points and states',
  carrier: 'Carriers',
  recipient: 'Recipients',
  other: 'Others',
};

function heading(io: Io, title: string): void {
  io.out(`\n${title}\n${'═'.repeat(title.length)}\n`);
}

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
  const kinds = new Map(network.channels.map((c) => [c.id, c.kind]));
  const sponsors = nodesWithRole(network, 'sponsor');
  const results = [];
  for (const recipient of nodesWithRole(network, 'recipient')) {
    const result = simplePaths(network, sponsors, [recipient]);
    results.push(result);
    io.out(`\nTo ${names.get(recipient)}: ${result.paths.length} path(s)\n`);
    io.out(
      table(
        ['bottleneck', 'confidence', 'path'],
        result.paths.map((p) => [
          formatNumber(p.bottleneck),
          p.confidence.toFixed(3),
          formatPath(
            p.nodes,
            p.channels.map((c) => kinds.get(c) ?? ''),
            (id) => names.get(id) ?? id,
          ),
        ]),
      ),
    );
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
    const file = packagePath(DEMO_SCENARIO);
    const text = readFileSync(file, 'utf8');
    const network = parseScenario(text, { file: DEMO_SCENARIO });
    const contentHash = sha256(text);
    const dbPath = resolveDbPath(stringOpt(args, 'db'), io.env);
    const store = await openStore(dbPath);
    let version: number;
    try {
      const existing = (await store.listNetworks()).find((v) => v.name === network.id);
      version =
        existing && existing.contentHash === contentHash
          ? existing.version
          : (await store.saveNetwork(network, { sourceFile: DEMO_SCENARIO, format: 'scenario', contentHash }))
              .version;
    } finally {
      await store.close();
    }
    if (flag(args, 'json')) {
      const sponsors = nodesWithRole(network, 'sponsor');
      printJson(io, {
        network: { id: network.id, version, db: dbPath },
        notice: network.notice,
        recipients: nodesWithRole(network, 'recipient').map((r) => ({
          id: r,
          paths: simplePaths(network, sponsors, [r]).paths,
        })),
      });
      return 0;
    }
    io.out(`${network.name}\n`);
    io.out(`Stored as "${network.id}" version ${version} in ${dbPath}\n`);
    if (network.notice) io.out(`Note: ${network.notice}\n`);
    whoSupportsWhom(io, network);
    routes(io, network);
    paths(io, network);
    io.out(
      `\nNext: interdict paths ${network.id} --json · interdict networks show ${network.id} · interdict --help\n`,
    );
    return 0;
  },
};
