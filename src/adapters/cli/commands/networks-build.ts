// `interdict networks build|link|merge|associate|timeline`: networks built
// from stored lists and FtM datasets, analyst actors tied to list entities,
// association analysis, and what a newer list version added.

import { expandLinkKinds, type LinkKind } from '../../../core/netbuild/link-kinds.js';
import type { AssociationResult, BuildReport, DesignationTimeline } from '../../../core/netbuild/index.js';
import { UsageError } from '../../../core/model/errors.js';
import {
  analyseAssociation,
  buildNetworkFromStore,
  designationTimelineFromStore,
  linkEntityToNode,
  mergeIntoScenario,
  parseDatasetSpec,
  type NetworkBuildDeps,
} from '../../../service/network-build.js';
import { linkIndexCache } from '../../node/link-cache.js';
import { loadNetwork } from '../../node/load-network.js';
import { resolveDbPath } from '../../node/paths.js';
import {
  COMMON_OPTIONS,
  flag,
  listOpt,
  numberOpt,
  printJson,
  stringOpt,
  withStore,
  type Command,
  type Io,
  type ParsedArgs,
} from '../command.js';
import { formatNumber, table } from '../format.js';

function networkRef(arg: string | undefined, usage: string): { name: string; version?: number } {
  const m = arg ? /^([A-Za-z0-9][A-Za-z0-9._-]*)(?:@(\d+))?$/.exec(arg) : null;
  if (!m) throw new UsageError(`give a stored NETWORK[@VERSION]${arg ? `, got "${arg}"` : ''}`, usage);
  return m[2] ? { name: m[1]!, version: Number(m[2]) } : { name: m[1]! };
}

function integerOpt(args: ParsedArgs, name: string): number | undefined {
  const n = numberOpt(args, name);
  if (n !== undefined && (!Number.isInteger(n) || n < 0))
    throw new UsageError(`--${name} must be a whole number ≥ 0, got ${n}`, `pass --${name} 2`);
  return n;
}

function buildOptionsOf(args: ParsedArgs) {
  const out: { hops?: number; linkKinds?: LinkKind[]; maxShared?: number; maxNodes?: number } = {};
  const hops = integerOpt(args, 'hops');
  if (hops !== undefined) out.hops = hops;
  const kinds = listOpt(args, 'link-kinds');
  if (kinds.length) out.linkKinds = expandLinkKinds(kinds);
  const maxShared = integerOpt(args, 'max-shared');
  if (maxShared !== undefined) out.maxShared = maxShared;
  const maxNodes = integerOpt(args, 'max-nodes');
  if (maxNodes !== undefined) out.maxNodes = maxNodes;
  return out;
}

/** `--around` values are not split on commas: listed names contain them ("BAZZI, Mohammad"). */
function aroundOpt(args: ParsedArgs): string[] {
  const v = args.values.around;
  const list = (Array.isArray(v) ? v : v === undefined ? [] : [v])
    .map((x) => String(x).trim())
    .filter(Boolean);
  if (list.length === 0)
    throw new UsageError('give at least one --around ID|NAME', 'pass --around HIZBALLAH');
  return list;
}

const BUILD_OPTIONS = {
  ...COMMON_OPTIONS,
  dataset: { type: 'string', multiple: true },
  around: { type: 'string', multiple: true },
  hops: { type: 'string' },
  'link-kinds': { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  'max-shared': { type: 'string' },
  'max-nodes': { type: 'string' },
} as const;

export function printBuildReport(io: Io, report: BuildReport, stored?: string): void {
  const lines = [
    `${stored ? `stored ${stored}: ` : ''}${formatNumber(report.counts.nodes)} actors (${formatNumber(report.counts.designated)} designated), ${formatNumber(report.counts.channels)} links within ${report.hops} hops`,
    `from ${report.datasets.map((d) => `${d.name}@${d.version}`).join(', ')}${report.asOf ? ` as of ${report.asOf}` : ''}`,
    `seeds: ${report.seeds.map((s) => `${s.query} → ${s.ids.join(', ')}${s.how === 'name' ? ' (by exact name)' : ''}`).join('; ')}`,
    `links by kind: ${
      Object.entries(report.counts.byKind)
        .map(([k, n]) => `${k} ${n}`)
        .join(', ') || 'none'
    }`,
    'capacities: unit (1 per link); confidence by kind: stated 0.9, shared identifier 0.7, shared address 0.4',
  ];
  if (report.skippedShared)
    lines.push(
      `${report.skippedShared} shared values held by too many records were not used (see --max-shared)`,
    );
  if (report.truncated) lines.push('stopped at --max-nodes before the last hop: the network is partial');
  io.out(lines.join('\n') + '\n');
}

/** The link indexes are kept beside the database, like the screening indexes. */
function linkDeps(args: ParsedArgs, io: Io): NetworkBuildDeps {
  const links = linkIndexCache(resolveDbPath(stringOpt(args, 'db'), io.env), io.env);
  return links ? { links } : {};
}

const buildCommand: Command = {
  path: ['networks', 'build'],
  summary: 'Build a network from stored lists and FtM datasets around seed entities',
  usage:
    'interdict networks build NAME --dataset D[@V]… --around ID|NAME… [--hops N] [--link-kinds K,…] [--as-of DATE] [--max-shared N] [--max-nodes N] [--db FILE] [--json]',
  examples: [
    'interdict networks build hizballah --dataset us_ofac_sdn --around HIZBALLAH --hops 2',
    'interdict networks build axis --dataset us_ofac_sdn --dataset un_sc_sanctions --around ofac-4697 --around HAMAS --link-kinds stated',
  ],
  options: BUILD_OPTIONS,
  async run(args, io) {
    const name = args.positionals[0];
    if (!name || args.positionals.length > 1)
      throw new UsageError('give exactly one NAME for the network', this.usage);
    const datasets = listOpt(args, 'dataset').map(parseDatasetSpec);
    return withStore(args, io, async (store) => {
      const asOf = stringOpt(args, 'as-of');
      const r = await buildNetworkFromStore(
        store,
        {
          name,
          datasets,
          around: aroundOpt(args),
          ...buildOptionsOf(args),
          ...(asOf ? { asOf } : {}),
        },
        linkDeps(args, io),
      );
      if (flag(args, 'json')) {
        printJson(io, { info: r.info, report: r.report });
        return 0;
      }
      printBuildReport(io, r.report, `${r.info!.name}@${r.info!.version}`);
      io.out(
        `next: interdict networks associate ${r.info!.name} · interdict networks show ${r.info!.name}\n`,
      );
      return 0;
    });
  },
};

const linkCommand: Command = {
  path: ['networks', 'link'],
  summary: 'Tie an actor of a stored network to the list entity it stands for (accept a screening result)',
  usage:
    'interdict networks link NETWORK[@VERSION] ACTOR --entity ID --dataset D[@V] [--note TEXT] [--db FILE] [--json]',
  examples: ['interdict networks link article hezbollah --entity ofac-4697 --dataset demo-us-ofac-sdn'],
  options: {
    ...COMMON_OPTIONS,
    entity: { type: 'string' },
    dataset: { type: 'string' },
    note: { type: 'string' },
  },
  async run(args, io) {
    const [ref, node, ...rest] = args.positionals;
    if (!ref || !node || rest.length) throw new UsageError('give NETWORK and ACTOR', this.usage);
    const entity = stringOpt(args, 'entity');
    const dataset = stringOpt(args, 'dataset');
    if (!entity || !dataset) throw new UsageError('give --entity ID and --dataset D', this.usage);
    const { name, version } = networkRef(ref, this.usage);
    const note = stringOpt(args, 'note');
    return withStore(args, io, async (store) => {
      const r = await linkEntityToNode(store, {
        network: name,
        ...(version !== undefined ? { version } : {}),
        node,
        entity,
        dataset: parseDatasetSpec(dataset),
        ...(note ? { note } : {}),
      });
      if (flag(args, 'json')) printJson(io, r);
      else if (!r.changed) io.out(`${node} already stands for ${entity}; nothing stored\n`);
      else
        io.out(
          `stored ${r.info.name}@${r.info.version}: ${node} stands for ${r.node.listed!.join(', ')}${r.node.designated ? ' (designated)' : ''}\n`,
        );
      return 0;
    });
  },
};

const mergeCommand: Command = {
  path: ['networks', 'merge'],
  summary: 'Merge a built network into a scenario: actors unified by list id, sources kept',
  usage: 'interdict networks merge SCENARIO BUILT [--name NAME] [--db FILE] [--json]',
  examples: ['interdict networks merge data/scenarios/article.yaml hizballah --name article-listed'],
  options: { ...COMMON_OPTIONS, name: { type: 'string' } },
  async run(args, io) {
    const [scenarioArg, builtArg, ...rest] = args.positionals;
    if (!scenarioArg || !builtArg || rest.length)
      throw new UsageError('give SCENARIO (file or stored network) and BUILT (stored network)', this.usage);
    const db = stringOpt(args, 'db');
    const scenario = await loadNetwork(scenarioArg, { env: io.env, db });
    const built = await loadNetwork(builtArg, { env: io.env, db });
    const name = stringOpt(args, 'name');
    return withStore(args, io, async (store) => {
      const r = await mergeIntoScenario(store, scenario.network, built, name);
      if (flag(args, 'json')) {
        printJson(io, { info: r.info, report: r.report });
        return 0;
      }
      io.out(
        `stored ${r.info.name}@${r.info.version}: ${r.report.unified.length} actors unified by list id, ${r.report.addedNodes} actors and ${r.report.addedChannels} links added\n`,
      );
      for (const u of r.report.unified) io.out(`  ${u.actor} ← ${u.listed.join(', ')}\n`);
      return 0;
    });
  },
};

export function printAssociation(io: Io, a: AssociationResult): void {
  io.out(
    `${a.network}: ${formatNumber(a.nodes)} actors, ${formatNumber(a.links)} links, ${a.components} components (largest ${formatNumber(a.largestComponent)})\n`,
  );
  io.out(`capacities: unit — ${a.notice}\n`);
  if (a.betweenness) {
    io.out('\nMost central (betweenness)\n');
    io.out(
      table(
        ['actor', 'id', 'betweenness'],
        a.betweenness.map((b) => [b.name, b.id, b.score.toFixed(4)]),
      ),
    );
  } else io.out(`\nbetweenness skipped: ${a.betweennessSkipped}\n`);
  io.out('\nCut vertices (actors whose removal splits the network)\n');
  io.out(
    table(
      ['actor', 'id', 'parts', 'actors cut off'],
      a.articulationPoints.map((p) => [p.name, p.id, p.splitsInto, p.cutsOff]),
    ),
  );
  io.out('\nBridges (links whose removal splits the network)\n');
  io.out(
    table(
      ['from', 'to', 'link', 'smaller side'],
      a.bridges.map((b) => [b.from.name, b.to.name, b.link ?? '', b.smallerSide]),
    ),
  );
  if (a.separator) {
    const s = a.separator;
    const side = (g: { name: string }[]) => g.map((x) => x.name).join(', ');
    io.out(`\nSeparating ${side(s.groups[0])} from ${side(s.groups[1])}: `);
    if (s.status === 'optimal')
      io.out(`${s.actors.length} actors\n${s.actors.map((x) => `  ${x.name} (${x.id})`).join('\n')}\n`);
    else if (s.status === 'adjacent')
      io.out(`not possible by removing actors — linked directly (${s.directLinks.join(', ')})\n`);
    else io.out('already disconnected\n');
  }
  io.out(`\n${a.communityCount} communities (Louvain, modularity ${a.modularity}); the largest:\n`);
  io.out(
    table(
      ['#', 'size', 'best connected members'],
      a.communities.map((c) => [
        c.id,
        c.size,
        c.members
          .slice(0, 4)
          .map((m) => m.name)
          .join('; '),
      ]),
    ),
  );
  io.out(
    `\n${a.designations.length} actors are named by designations (--json lists them with programme and date)\n`,
  );
}

const associateCommand: Command = {
  path: ['networks', 'associate'],
  summary:
    'Association analysis (unit capacities): centrality, bridges, cut vertices, separator, communities',
  usage:
    'interdict networks associate NETWORK[@VERSION] [--between A,… --and B,…] [--top N] [--seed N] [--db FILE] [--json]',
  examples: [
    'interdict networks associate axis',
    'interdict networks associate axis --between "ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE" --and HAMAS',
  ],
  options: {
    ...COMMON_OPTIONS,
    between: { type: 'string', multiple: true },
    and: { type: 'string', multiple: true },
    top: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError('give one NETWORK', this.usage);
    const { name, version } = networkRef(args.positionals[0], this.usage);
    const a = rawList(args, 'between');
    const b = rawList(args, 'and');
    if ((a.length === 0) !== (b.length === 0))
      throw new UsageError(
        'give both --between and --and',
        'interdict networks associate NET --between A --and B',
      );
    const top = integerOpt(args, 'top');
    const seed = integerOpt(args, 'seed');
    return withStore(args, io, async (store) => {
      const r = await analyseAssociation(store, name, version, {
        ...(a.length ? { between: [a, b] as [string[], string[]] } : {}),
        ...(top !== undefined ? { top } : {}),
        ...(seed !== undefined ? { seed } : {}),
      });
      if (flag(args, 'json')) printJson(io, r);
      else printAssociation(io, r);
      return 0;
    });
  },
};

function rawList(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).map((x) => String(x).trim()).filter(Boolean);
}

export function printTimeline(io: Io, t: DesignationTimeline, top = 15): void {
  io.out(
    `${t.before.nodes} → ${t.after.nodes} actors: ${t.counts.added} added (${t.counts.newlyListed} newly listed, ${t.counts.addedLinkedToExisting} linked to actors already in the network), ${t.counts.removed} delisted or gone, ${t.counts.addedLinks} new links between existing actors\n`,
  );
  io.out(
    table(
      ['added actor', 'id', 'new on list', 'linked to (already in network)', 'evidence'],
      t.added.slice(0, top).map((x) => {
        const old = x.links.filter((l) => l.toExisting);
        return [
          x.name,
          x.id,
          x.newlyListed ? 'yes' : 'no',
          old.map((l) => l.toName).join('; ') || '(only new actors)',
          (old[0] ?? x.links[0])?.sources[0]?.citation ?? '',
        ];
      }),
    ),
  );
  if (t.added.length > top) io.out(`… and ${t.added.length - top} more (use --json)\n`);
}

const timelineCommand: Command = {
  path: ['networks', 'timeline'],
  summary: 'What a newer list version added around the seeds: new entities linked to listed ones',
  usage:
    'interdict networks timeline --before D@V… --after D@V… --around ID|NAME… [--hops N] [--link-kinds K,…] [--name NAME] [--db FILE] [--json]',
  examples: [
    'interdict networks timeline --before us_ofac_sdn@1 --after us_ofac_sdn@2 --around HIZBALLAH --around HAMAS',
  ],
  options: {
    ...BUILD_OPTIONS,
    before: { type: 'string', multiple: true },
    after: { type: 'string', multiple: true },
    name: { type: 'string' },
  },
  async run(args, io) {
    if (args.positionals.length) throw new UsageError('timeline takes no positional arguments', this.usage);
    const before = listOpt(args, 'before').map(parseDatasetSpec);
    const after = listOpt(args, 'after').map(parseDatasetSpec);
    if (!before.length || !after.length)
      throw new UsageError('give --before D@V and --after D@V', this.usage);
    const name = stringOpt(args, 'name');
    return withStore(args, io, async (store) => {
      const r = await designationTimelineFromStore(
        store,
        {
          before,
          after,
          around: aroundOpt(args),
          ...buildOptionsOf(args),
          ...(name ? { name } : {}),
        },
        linkDeps(args, io),
      );
      if (flag(args, 'json')) printJson(io, r);
      else printTimeline(io, r.timeline);
      return 0;
    });
  },
};

export const networkBuildCommands: Command[] = [
  buildCommand,
  linkCommand,
  mergeCommand,
  associateCommand,
  timelineCommand,
];
