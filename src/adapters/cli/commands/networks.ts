// `interdict networks import|list|show|versions|diff|export`: keep networks in
// the store as numbered versions, compare them, and write them back out as scenario files.

import { writeScenarioJson, writeScenarioYaml } from '../../../core/ingest/scenario-write.js';
import { UsageError } from '../../../core/model/errors.js';
import { caption } from '../../../core/model/entity.js';
import { writeFileAtomic } from '../../node/files.js';
import { loadNetwork } from '../../node/load-network.js';
import {
  diffNetworkVersions,
  importNetwork,
  listNetworks,
  networkVersions,
  parseNetworkRef,
} from '../../../service/networks.js';
import type { SectionDiff } from '../../../contract/networks.js';
import {
  COMMON_OPTIONS,
  flag,
  numberOpt,
  printJson,
  stringOpt,
  type Command,
  withStore,
} from '../command.js';
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
    const loaded = await loadNetwork(file, { env: io.env, format: stringOpt(args, 'format'), hash: true });
    if (loaded.format === 'stored')
      throw new UsageError(`no such file: ${file}`, 'give the path of a network file');
    const name = stringOpt(args, 'name');
    return withStore(args, io, async (store) => {
      const info = await importNetwork(store, loaded.network, {
        ...(name !== undefined ? { name } : {}),
        sourceFile: file,
        format: loaded.format,
        contentHash: loaded.contentHash ?? '',
      });
      if (flag(args, 'json')) printJson(io, info);
      else if (info.unchanged)
        io.out(`unchanged: ${info.name}@${info.version} already holds this content; nothing stored\n`);
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
      const list = await listNetworks(store);
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

const versionsCommand: Command = {
  path: ['networks', 'versions'],
  summary: 'List every stored version of a network',
  usage: 'interdict networks versions NAME [--db FILE] [--json]',
  examples: ['interdict networks versions article'],
  options: COMMON_OPTIONS,
  async run(args, io) {
    const name = args.positionals[0];
    if (!name) throw new UsageError('give a NAME', 'interdict networks versions article');
    return withStore(args, io, async (store) => {
      const versions = await networkVersions(store, name);
      if (flag(args, 'json')) printJson(io, { network: name, versions });
      else
        io.out(
          table(
            ['version', 'nodes', 'channels', 'actions', 'format', 'imported at', 'source'],
            versions.map((v) => [
              v.version,
              v.counts.nodes ?? 0,
              v.counts.channels ?? 0,
              v.counts.actions ?? 0,
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

const diffCommand: Command = {
  path: ['networks', 'diff'],
  summary: 'What changed between two stored versions of a network',
  usage: 'interdict networks diff NAME --from V1 --to V2 [--db FILE] [--json]',
  examples: [
    'interdict networks diff article --from 1 --to 2',
    'interdict networks diff article@1 --to 2 --json',
  ],
  options: { ...COMMON_OPTIONS, from: { type: 'string' }, to: { type: 'string' } },
  async run(args, io) {
    const ref = parseNetworkRef(args.positionals[0] ?? '');
    if (!ref)
      throw new UsageError('give a stored network NAME', 'interdict networks diff article --from 1 --to 2');
    const from = numberOpt(args, 'from', ref.version);
    const to = numberOpt(args, 'to');
    if (from === undefined || to === undefined)
      throw new UsageError('diff needs two versions', `interdict networks diff ${ref.name} --from 1 --to 2`);
    return withStore(args, io, async (store) => {
      const diff = await diffNetworkVersions(store, ref.name, from, to);
      if (flag(args, 'json')) {
        printJson(io, diff);
        return 0;
      }
      io.out(`${diff.network}: version ${diff.from} → ${diff.to}\n`);
      const sections: [string, SectionDiff][] = [
        ['nodes', diff.nodes],
        ['channels', diff.channels],
        ['actions', diff.actions],
        ['jurisdictions', diff.jurisdictions],
      ];
      const rows = sections.flatMap(([section, d]) => [
        ...d.added.map((id) => [section, '+ added', id, '']),
        ...d.removed.map((id) => [section, '− removed', id, '']),
        ...d.changed.map((c) => [section, '~ changed', c.id, c.fields.join(', ')]),
      ]);
      io.out(rows.length ? table(['section', 'change', 'id', 'fields'], rows) : 'no differences\n');
      return 0;
    });
  },
};

export const networkCommands = [
  importCommand,
  listCommand,
  showCommand,
  versionsCommand,
  diffCommand,
  exportCommand,
];
