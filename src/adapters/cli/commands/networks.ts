// `interdict networks import|list|show|export`: keep networks in the store
// as numbered versions and write them back out as scenario files.

import { writeScenarioJson, writeScenarioYaml } from '../../../core/ingest/scenario-write.js';
import { UsageError } from '../../../core/model/errors.js';
import { caption } from '../../../core/model/entity.js';
import { writeFileAtomic } from '../../node/files.js';
import { loadNetwork } from '../../node/load-network.js';
import { COMMON_OPTIONS, flag, printJson, stringOpt, type Command, withStore } from '../command.js';
import { formatNumber, table } from '../format.js';

const importCommand: Command = {
  path: ['networks', 'import'],
  summary: 'Store a network file (scenario YAML/JSON, FtM, CSV edge list, DIMACS) as a new version',
  usage:
    'interdict networks import FILE [--name NAME] [--format scenario|ftm|csv|dimacs] [--db FILE] [--json]',
  examples: [
    'interdict networks import data/scenarios/article.yaml',
    'interdict networks import edges.csv --name grid',
  ],
  options: { ...COMMON_OPTIONS, name: { type: 'string' }, format: { type: 'string' } },
  async run(args, io) {
    const file = args.positionals[0];
    if (!file || args.positionals.length > 1)
      throw new UsageError('give exactly one FILE', 'interdict networks import FILE');
    // Parse fully before opening the store: a bad file stores nothing.
    const loaded = await loadNetwork(file, { env: io.env, format: stringOpt(args, 'format') });
    if (loaded.format === 'stored')
      throw new UsageError(`no such file: ${file}`, 'give the path of a network file');
    const network = loaded.network;
    const name = stringOpt(args, 'name');
    if (name !== undefined) {
      if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
        throw new UsageError(`bad network name "${name}"`, 'use letters, digits, . _ -');
      network.id = name;
    }
    return withStore(args, io, async (store) => {
      const info = await store.saveNetwork(network, {
        sourceFile: file,
        format: loaded.format,
        contentHash: loaded.contentHash ?? '',
      });
      if (flag(args, 'json')) printJson(io, info);
      else
        io.out(
          `stored ${info.name}@${info.version}: ${info.counts.nodes} nodes, ${info.counts.channels} channels, ${info.counts.actions} actions\n`,
        );
      return 0;
    });
  },
};

const listCommand: Command = {
  path: ['networks', 'list'],
  summary: 'List stored networks (latest version of each)',
  usage: 'interdict networks list [--db FILE] [--json]',
  examples: ['interdict networks list --json'],
  options: COMMON_OPTIONS,
  async run(args, io) {
    return withStore(args, io, async (store) => {
      const list = await store.listNetworks();
      if (flag(args, 'json')) printJson(io, { networks: list });
      else if (list.length === 0)
        io.out('no networks stored yet; try: interdict networks import data/scenarios/article.yaml\n');
      else
        io.out(
          table(
            ['name', 'version', 'nodes', 'channels', 'format', 'imported at', 'source'],
            list.map((v) => [
              v.name,
              v.version,
              v.counts.nodes ?? 0,
              v.counts.channels ?? 0,
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

const showCommand: Command = {
  path: ['networks', 'show'],
  summary: 'Show a network: actors by role and its channels',
  usage: 'interdict networks show FILE|NETWORK[@VERSION] [--db FILE] [--json]',
  examples: ['interdict networks show article', 'interdict networks show article@1 --json'],
  options: COMMON_OPTIONS,
  async run(args, io) {
    const arg = args.positionals[0];
    if (!arg) throw new UsageError('give a FILE or NETWORK', 'interdict networks show article');
    const { network, label } = await loadNetwork(arg, { env: io.env, db: stringOpt(args, 'db') });
    if (flag(args, 'json')) {
      printJson(io, network);
      return 0;
    }
    const names = new Map(network.nodes.map((n) => [n.id, caption(n)]));
    io.out(`${network.name}  (${label})\n`);
    if (network.notice) io.out(`note: ${network.notice}\n`);
    io.out(
      `\n${table(
        ['id', 'role', 'schema', 'name', 'designated'],
        network.nodes.map((n) => [n.id, n.role, n.schema, caption(n), n.designated ? 'yes' : '']),
      )}`,
    );
    io.out(
      `\n${table(
        ['channel', 'from', 'to', 'kind', 'capacity', 'confidence', 'jurisdiction'],
        network.channels
          .slice(0, 200)
          .map((c) => [
            c.id,
            names.get(c.from) ?? c.from,
            names.get(c.to) ?? c.to,
            c.kind,
            formatNumber(c.capacity),
            `${c.confidenceLabel} ${c.confidence}`,
            c.jurisdiction ?? '',
          ]),
      )}`,
    );
    if (network.channels.length > 200)
      io.out(`… and ${network.channels.length - 200} more channels (use --json for all)\n`);
    return 0;
  },
};

const exportCommand: Command = {
  path: ['networks', 'export'],
  summary: 'Write a network as a scenario file (YAML, or JSON with --format json)',
  usage: 'interdict networks export FILE|NETWORK[@VERSION] [--output FILE] [--format yaml|json] [--db FILE]',
  examples: [
    'interdict networks export article --output article.yaml',
    'interdict networks export graph.max --format json',
  ],
  options: {
    ...COMMON_OPTIONS,
    output: { type: 'string', short: 'o' },
    format: { type: 'string', default: 'yaml' },
  },
  async run(args, io) {
    const arg = args.positionals[0];
    if (!arg) throw new UsageError('give a FILE or NETWORK', 'interdict networks export article');
    const format = stringOpt(args, 'format');
    if (format !== 'yaml' && format !== 'json')
      throw new UsageError(`unknown format "${format}"`, 'use --format yaml or --format json');
    const { network } = await loadNetwork(arg, { env: io.env, db: stringOpt(args, 'db') });
    const text = format === 'json' ? writeScenarioJson(network) : writeScenarioYaml(network);
    const output = stringOpt(args, 'output');
    if (output) {
      writeFileAtomic(output, text);
      io.err(`wrote ${output}\n`);
    } else io.out(text);
    return 0;
  },
};

export const networkCommands = [importCommand, listCommand, showCommand, exportCommand];
