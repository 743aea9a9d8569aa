// `interdict report NETWORK`: the network report as standalone HTML or PDF,
// optionally with a bundle of its pictures and data side by side.

import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { InputError, UsageError } from '../../../core/model/errors.js';
import type { Store } from '../../../core/store/store.js';
import { actorsCsv, channelsCsv, networkFtmLines } from '../../../service/report/bundle-data.js';
import {
  networkReportData,
  renderNetworkReport,
  type NetworkReportData,
  type PlanRequest,
  type RenderedReport,
} from '../../../service/report/index.js';
import { readText, writeFileAtomic } from '../../node/files.js';
import { loadNetwork } from '../../node/load-network.js';
import { DEMO_SCENARIO } from '../../node/demo-data.js';
import { openStore } from '../../node/open-store.js';
import { packagePath } from '../../node/package-root.js';
import { htmlToPdf } from '../../node/pdf.js';
import { networkScreening } from '../../node/report-screening-input.js';
import {
  COMMON_OPTIONS,
  listOpt,
  numberOpt,
  stringOpt,
  withStore,
  type Command,
  type Io,
  type ParsedArgs,
} from '../command.js';

/** Reads a plan file: the JSON `interdict plan --json` writes, `{ "actions": ["id", …] }`, or a bare list of ids. */
export function readPlanFile(path: string): PlanRequest {
  const text = readText(path);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new InputError(
      'E_PARSE',
      `${path} is not JSON: ${(e as Error).message}`,
      { file: path },
      'write the plan with: interdict plan NETWORK --budget B --json > plan.json',
    );
  }
  const list = Array.isArray(doc) ? doc : (doc as { actions?: unknown })?.actions;
  if (!Array.isArray(list))
    throw new InputError(
      'E_SCHEMA',
      `${path} has no "actions" list`,
      { file: path, path: 'actions' },
      'give {"actions": ["measure-id", …]} or the output of interdict plan --json',
    );
  const ids = list.map((a, i) => {
    const id = typeof a === 'string' ? a : (a as { id?: unknown })?.id;
    if (typeof id !== 'string' || !id)
      throw new InputError(
        'E_SCHEMA',
        `${path}: action ${i + 1} has no id`,
        { file: path, path: `actions[${i}]` },
        'each action is a measure id or an object with "id"',
      );
    return id;
  });
  const budget = (doc as { budget?: unknown })?.budget;
  return typeof budget === 'number' ? { actions: ids, budget } : { actions: ids };
}

export interface ReportRun {
  data: NetworkReportData;
  rendered: RenderedReport;
}

/** Loads, computes and renders a network report (shared by the CLI and the demo). */
export async function buildNetworkReport(
  arg: string,
  options: {
    env: Record<string, string | undefined>;
    db?: string | undefined;
    plan?: PlanRequest;
    rebuildBudget?: number;
    datasets?: string[];
    timeLimitMs?: number;
    now?: Date;
  },
  store: Store,
): Promise<ReportRun> {
  const loaded = await loadNetwork(arg, { env: options.env, db: options.db, hash: true });
  let contentHash = loaded.contentHash;
  if (loaded.format === 'stored') {
    const { info } = await store.getNetwork(loaded.network.id, loaded.version);
    contentHash = info.contentHash;
  }
  const data = await networkReportData({
    network: loaded.network,
    meta: {
      source: loaded.label,
      ...(loaded.version !== undefined ? { version: loaded.version } : {}),
      ...(contentHash ? { contentHash } : {}),
      date: (options.now ?? new Date()).toISOString().replace(/\.\d+Z$/, 'Z'),
    },
    ...(options.plan ? { plan: options.plan } : {}),
    ...(options.rebuildBudget !== undefined ? { rebuildBudget: options.rebuildBudget } : {}),
    ...(options.timeLimitMs !== undefined ? { timeLimitMs: options.timeLimitMs } : {}),
    ...(await networkScreening(store, loaded.network, options.datasets ?? []).then((s) =>
      s ? { screening: s } : {},
    )),
  });
  return { data, rendered: renderNetworkReport(data) };
}

const unknownReportFormat = (output: string) =>
  new UsageError(`cannot tell what to write from "${output}"`, 'end --output with .html or .pdf');

/** A report command's --output, checked before any work is done: it ends in .html or .pdf. */
export function reportOutputOpt(args: ParsedArgs): string | undefined {
  const output = stringOpt(args, 'output');
  if (output && !/\.(html?|pdf)$/i.test(output)) throw unknownReportFormat(output);
  return output;
}

/** Writes the report as HTML or PDF (by the extension), all or nothing. */
export async function writeReport(output: string, rendered: RenderedReport, env: Io['env']): Promise<void> {
  if (/\.pdf$/i.test(output)) {
    const pdf = await htmlToPdf(rendered.html, { env, sections: rendered.sections.map((s) => s.id) });
    writeFileAtomic(output, pdf);
  } else if (/\.html?$/i.test(output)) writeFileAtomic(output, rendered.html);
  else throw unknownReportFormat(output);
}

/** The HTML, every picture as SVG and the data (FtM JSON lines, CSV) in one directory. */
export function writeBundle(dir: string, run: ReportRun): string[] {
  mkdirSync(dir, { recursive: true });
  const files: [string, string][] = [
    ['report.html', run.rendered.html],
    ...run.rendered.figures.map((f): [string, string] => [f.file, f.svg]),
    ['network.ftm.json', networkFtmLines(run.data.network)],
    ['actors.csv', actorsCsv(run.data)],
    ['channels.csv', channelsCsv(run.data)],
  ];
  for (const [name, text] of files) writeFileAtomic(join(dir, name), text);
  return files.map(([name]) => join(dir, name));
}

export const reportCommand: Command = {
  path: ['report'],
  summary:
    'A report to hand over: network picture, flows, chokepoints, plan, frontier, rebuild (HTML or PDF)',
  usage:
    'interdict report FILE|NETWORK --output report.html|report.pdf [--plan plan.json | --budget B] [--rebuild-budget R] [--dataset NAME[@V]...] [--bundle DIR] [--time-limit S] [--db FILE]',
  examples: [
    'interdict report data/scenarios/article.yaml --budget 4 --output article.pdf',
    'interdict plan article --budget 4 --json > plan.json && interdict report article --plan plan.json --output article.html',
    'interdict report article --output article.html --bundle article-report/',
  ],
  options: {
    ...COMMON_OPTIONS,
    output: { type: 'string', short: 'o' },
    plan: { type: 'string' },
    budget: { type: 'string' },
    'rebuild-budget': { type: 'string' },
    dataset: { type: 'string', multiple: true },
    bundle: { type: 'string' },
    'time-limit': { type: 'string' },
  },
  async run(args, io) {
    const arg = args.positionals[0];
    if (!arg || args.positionals.length > 1)
      throw new UsageError('give one FILE or NETWORK', reportCommand.usage);
    const output = reportOutputOpt(args);
    const bundle = stringOpt(args, 'bundle');
    if (!output && !bundle)
      throw new UsageError('report needs --output FILE (or --bundle DIR)', reportCommand.examples[0]!);
    const planFile = stringOpt(args, 'plan');
    const budget = numberOpt(args, 'budget');
    if (planFile && budget !== undefined)
      throw new UsageError('give --plan or --budget, not both', 'the plan file already says what is bought');
    if (budget !== undefined && !(budget >= 0))
      throw new UsageError(`--budget ${budget} is below 0`, 'pass --budget 4');
    const plan: PlanRequest | undefined = planFile
      ? readPlanFile(planFile)
      : budget !== undefined
        ? { budget }
        : undefined;
    const rebuildBudget = numberOpt(args, 'rebuild-budget');
    const timeLimit = numberOpt(args, 'time-limit');
    return withStore(args, io, async (store) => {
      const run = await buildNetworkReport(
        arg,
        {
          env: io.env,
          db: stringOpt(args, 'db'),
          ...(plan ? { plan } : {}),
          ...(rebuildBudget !== undefined ? { rebuildBudget } : {}),
          ...(timeLimit !== undefined ? { timeLimitMs: timeLimit * 1000 } : {}),
          datasets: listOpt(args, 'dataset'),
        },
        store,
      );
      if (output) {
        await writeReport(output, run.rendered, io.env);
        io.out(`Wrote ${output}\n`);
      }
      if (bundle) {
        const files = writeBundle(bundle, run);
        io.out(`Wrote ${files.length} files to ${bundle}\n`);
      }
      const d = run.data;
      io.out(
        `Maximum flow ${d.analysis.total.value === 'unbounded' ? 'unlimited' : d.analysis.total.value}; minimum cut ${d.analysis.chokepoints.channels.edges.length} channel(s)` +
          (d.plan ? `; plan cost ${d.plan.cost} leaves ${Math.round(d.plan.residualFlow * 100) / 100}` : '') +
          '\n',
      );
      return 0;
    });
  },
};

/** The demo's last step: the article's report for budget 4, as HTML beside the database (or here). */
export async function writeDemoReport(dbPath: string, env: Io['env']): Promise<string> {
  const dir = dbPath === ':memory:' || /^postgres(ql)?:/.test(dbPath) ? '.' : dirname(dbPath);
  const output = join(dir, 'article-report.html');
  const store = await openStore(dbPath);
  try {
    const run = await buildNetworkReport(
      packagePath(DEMO_SCENARIO),
      { env, db: dbPath, plan: { budget: 4 } },
      store,
    );
    writeFileAtomic(output, run.rendered.html);
  } finally {
    await store.close();
  }
  return output;
}
