// `interdict watch add|list|remove`: watches over stored networks (under an
// adopted plan) and counterparty books (against the lists), evaluated by
// `interdict monitor run` when a new snapshot lands.

import { readScreeningQueries } from '../../../core/ingest/screening-queries.js';
import { UsageError } from '../../../core/model/errors.js';
import type { Counterparty, DeliveryChannel } from '../../../core/monitor/types.js';
import { addWatch, baselineBook, listWatches, removeWatch } from '../../../service/monitor.js';
import { readLines } from '../../node/files.js';
import {
  COMMON_OPTIONS,
  flag,
  listOpt,
  numberOpt,
  printJson,
  stringOpt,
  type Command,
  type ParsedArgs,
} from '../command.js';
import { formatNumber, table } from '../format.js';
import { actionsOpt, readPlanActions } from '../plan-actions.js';
import { withMonitor } from './monitor-deps.js';

function channelsOpt(args: ParsedArgs): DeliveryChannel[] {
  const hooks = listOpt(args, 'webhook');
  const secret = stringOpt(args, 'secret') ?? '';
  if (hooks.length && !secret)
    throw new UsageError(
      'a webhook needs a signing secret',
      'pass --secret whsec_… (Standard Webhooks) or any shared secret',
    );
  return hooks.map((url) => {
    try {
      new URL(url);
    } catch {
      throw new UsageError(`--webhook "${url}" is not a URL`, 'pass --webhook https://host/path');
    }
    return { type: 'webhook' as const, url, secret };
  });
}

function scheduleOpt(args: ParsedArgs) {
  const s = stringOpt(args, 'schedule');
  return !s || s === 'on-new-version'
    ? ({ type: 'on-new-version' } as const)
    : ({ type: 'cron', expression: s } as const);
}

async function readBook(path: string): Promise<Counterparty[]> {
  const format = /\.(jsonl|ndjson|json)$/i.test(path) ? 'jsonl' : 'csv';
  const out: Counterparty[] = [];
  for await (const row of readScreeningQueries(readLines(path), { file: path, format })) {
    const given = row.input.id ?? row.input.key;
    out.push({
      id: typeof given === 'string' && given ? given : `row-${row.line}`,
      schema: row.query.schema ?? 'LegalEntity',
      properties: row.query.properties,
    });
  }
  return out;
}

const WATCH_OPTIONS = {
  ...COMMON_OPTIONS,
  plan: { type: 'string' },
  actions: { type: 'string', multiple: true },
  budget: { type: 'string' },
  'breach-above': { type: 'string' },
  epsilon: { type: 'string' },
  'breach-delta': { type: 'string' },
  'drift-margin': { type: 'string' },
  'patch-budget': { type: 'string' },
  input: { type: 'string' },
  dataset: { type: 'string', multiple: true },
  threshold: { type: 'string' },
  schedule: { type: 'string' },
  webhook: { type: 'string', multiple: true },
  secret: { type: 'string' },
  name: { type: 'string' },
} as const;

const watchAdd: Command = {
  path: ['watch', 'add'],
  summary: 'Watch a stored network under its adopted plan, or a book of counterparties against lists',
  usage:
    'interdict watch add network NETWORK --actions ID,…|--plan PLAN.json [--budget B] [--breach-above X] [--schedule CRON] [--webhook URL --secret S]\n' +
    '       interdict watch add book --input PARTIES.csv --dataset D… [--threshold 0.7] [--schedule CRON] [--webhook URL --secret S]',
  examples: [
    'interdict plan article --budget 4 --json > plan.json && interdict watch add network article --plan plan.json',
    'interdict watch add book --input examples/book.csv --dataset us_ofac_sdn --schedule "0 6 * * *"',
  ],
  options: WATCH_OPTIONS,
  async run(args, io) {
    const [kind, network] = args.positionals;
    return withMonitor(args, io, async (deps) => {
      let watch;
      let raised = 0;
      if (kind === 'network') {
        if (!network)
          throw new UsageError(
            'name the network to watch',
            'interdict watch add network article --plan plan.json',
          );
        const planFile = stringOpt(args, 'plan');
        const plan = [...actionsOpt(args), ...(planFile ? readPlanActions(planFile) : [])];
        const thresholds = {
          ...(numberOpt(args, 'epsilon') !== undefined ? { epsilon: numberOpt(args, 'epsilon')! } : {}),
          ...(numberOpt(args, 'breach-above') !== undefined
            ? { breachAbove: numberOpt(args, 'breach-above')! }
            : {}),
          ...(numberOpt(args, 'breach-delta') !== undefined
            ? { breachDelta: numberOpt(args, 'breach-delta')! }
            : {}),
          ...(numberOpt(args, 'drift-margin') !== undefined
            ? { driftMargin: numberOpt(args, 'drift-margin')! }
            : {}),
          ...(numberOpt(args, 'patch-budget') !== undefined
            ? { patchBudget: numberOpt(args, 'patch-budget')! }
            : {}),
        };
        const budget = numberOpt(args, 'budget');
        watch = await addWatch(deps, {
          kind: 'network',
          network,
          plan,
          ...(budget !== undefined ? { budget } : {}),
          thresholds,
          schedule: scheduleOpt(args),
          channels: channelsOpt(args),
          ...(stringOpt(args, 'name') ? { name: stringOpt(args, 'name')! } : {}),
        });
      } else if (kind === 'book') {
        const input = stringOpt(args, 'input');
        if (!input)
          throw new UsageError(
            'a book watch needs --input PARTIES.csv',
            'columns: id,name,schema,country,birth_date,id_number',
          );
        const threshold = numberOpt(args, 'threshold');
        watch = await addWatch(deps, {
          kind: 'book',
          datasets: listOpt(args, 'dataset'),
          counterparties: await readBook(input),
          ...(threshold !== undefined ? { threshold } : {}),
          schedule: scheduleOpt(args),
          channels: channelsOpt(args),
          ...(stringOpt(args, 'name') ? { name: stringOpt(args, 'name')! } : {}),
        });
        raised = (await baselineBook(deps, watch.id)).raised.length;
      } else {
        throw new UsageError(
          `watch kind "${kind ?? ''}" is not network or book`,
          'interdict watch add network NAME … or interdict watch add book …',
        );
      }
      if (flag(args, 'json'))
        printJson(io, {
          watch: {
            ...watch,
            ...(watch.kind === 'book' ? { counterparties: watch.counterparties.length } : {}),
          },
        });
      else
        io.out(
          `watch ${watch.id} added (${watch.kind}${watch.kind === 'network' ? ` ${watch.network}, plan ${watch.plan.join(', ') || 'none'}` : `, ${formatNumber(watch.counterparties.length)} counterparties against ${watch.datasets.join(', ')}`})\n`,
        );
      if (raised && !flag(args, 'json'))
        io.out(`the first screen of the book raised ${raised} alert(s): interdict monitor alerts\n`);
      return 0;
    });
  },
};

const watchList: Command = {
  path: ['watch', 'list'],
  summary: 'List watches',
  usage: 'interdict watch list [--json]',
  examples: ['interdict watch list'],
  options: COMMON_OPTIONS,
  async run(args, io) {
    return withMonitor(args, io, async (deps) => {
      const watches = await listWatches(deps);
      if (flag(args, 'json'))
        printJson(io, {
          watches: watches.map((w) =>
            w.kind === 'book' ? { ...w, counterparties: w.counterparties.length } : w,
          ),
        });
      else if (!watches.length)
        io.out('no watches yet; try: interdict watch add network NAME --plan plan.json\n');
      else
        io.out(
          table(
            ['id', 'kind', 'watches', 'schedule', 'delivery'],
            watches.map((w) => [
              w.id,
              w.kind,
              w.kind === 'network'
                ? `${w.network} (plan: ${w.plan.join(', ') || 'none'})`
                : `${w.counterparties.length} parties × ${w.datasets.join(', ')}`,
              w.schedule.type === 'cron' ? w.schedule.expression : 'every new version',
              w.channels.map((c) => (c.type === 'webhook' ? c.url : c.type)).join(', ') || 'store only',
            ]),
          ),
        );
      return 0;
    });
  },
};

const watchRemove: Command = {
  path: ['watch', 'remove'],
  summary: 'Remove a watch (its alerts and decisions are kept)',
  usage: 'interdict watch remove ID',
  examples: ['interdict watch remove wn_…'],
  options: COMMON_OPTIONS,
  async run(args, io) {
    const id = args.positionals[0];
    if (!id) throw new UsageError('name the watch to remove', 'interdict watch list shows the ids');
    return withMonitor(args, io, async (deps) => {
      await removeWatch(deps, id);
      io.out(`watch ${id} removed\n`);
      return 0;
    });
  },
};

export const watchCommands: Command[] = [watchAdd, watchList, watchRemove];
