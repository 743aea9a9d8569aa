// `interdict plan` and `interdict frontier`: the best affordable measures
// against a network's flow, and the budget–residual frontier.

import { UsageError } from '../../../core/model/errors.js';
import { PLAN_METHODS, type PlanMethod } from '../../../core/plan/plan-interdiction.js';
import { resolveTerminals } from '../../../service/networks.js';
import { frontier, planNetwork, PLANNING_DEFAULTS } from '../../../service/planning.js';
import { loadNetwork } from '../../node/load-network.js';
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

const PLAN_OPTIONS = {
  ...COMMON_OPTIONS,
  from: { type: 'string', multiple: true },
  to: { type: 'string', multiple: true },
  'as-of': { type: 'string' },
  'time-limit': { type: 'string' },
  format: { type: 'string' },
  pair: { type: 'string', multiple: true },
} as const;

/** `--pair FROM:TO[:WEIGHT]`, repeated: several sponsor–recipient pairs, weighted. */
export function parsePairs(
  args: ParsedArgs,
  nodeIds: ReadonlySet<string>,
): { from: string[]; to: string[]; weight: number }[] {
  const raw = args.values.pair;
  const list = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).map(String);
  return list.map((text) => {
    const [from, to, weight = '1', ...rest] = text.split(':');
    const w = Number(weight);
    if (!from || !to || rest.length || !(w > 0)) {
      throw new UsageError(
        `bad --pair "${text}"`,
        'write --pair FROM:TO or --pair FROM:TO:WEIGHT, e.g. --pair iran:hamas:2',
      );
    }
    for (const id of [from, to]) {
      if (!nodeIds.has(id))
        throw new UsageError(
          `--pair names unknown node "${id}"`,
          'use node ids from: interdict networks show FILE',
        );
    }
    return { from: [from], to: [to], weight: w };
  });
}

async function load(args: ParsedArgs, env: Record<string, string | undefined>, usage: string) {
  const arg = args.positionals[0];
  if (!arg) throw new UsageError('give a FILE or NETWORK', usage);
  const loaded = await loadNetwork(arg, {
    env,
    db: stringOpt(args, 'db'),
    format: stringOpt(args, 'format'),
  });
  const { from, to } = resolveTerminals(loaded.network, listOpt(args, 'from'), listOpt(args, 'to'));
  const pairs = parsePairs(args, new Set(loaded.network.nodes.map((n) => n.id)));
  return {
    ...loaded,
    ...(pairs.length ? { pairs } : {}),
    from,
    to,
    asOf: stringOpt(args, 'as-of'),
    timeLimitMs: numberOpt(args, 'time-limit', PLANNING_DEFAULTS.timeLimitMs / 1000)! * 1000,
  };
}

export const planCommand: Command = {
  path: ['plan'],
  summary: 'The cheapest measures that cut the recipient off: best plan for a budget, explained',
  usage:
    'interdict plan FILE|NETWORK --budget B [--from ID...] [--to ID...] [--pair FROM:TO[:WEIGHT]...] [--method exact|heuristic|auto] [--solver bnb|highs] [--samples N] [--time-limit S] [--json]',
  examples: [
    'interdict plan data/scenarios/article.yaml --budget 3',
    'interdict plan article --budget 6 --method exact --json',
    'interdict plan article --budget 3 --pair iran:hamas:2 --pair iran:hezbollah:1',
  ],
  options: {
    ...PLAN_OPTIONS,
    budget: { type: 'string' },
    method: { type: 'string' },
    solver: { type: 'string' },
    samples: { type: 'string' },
    seed: { type: 'string' },
  },
  async run(args, io) {
    const budget = numberOpt(args, 'budget');
    if (budget === undefined) throw new UsageError('plan needs --budget', 'interdict plan FILE --budget 5');
    const method = (stringOpt(args, 'method') ?? PLANNING_DEFAULTS.method) as PlanMethod;
    if (!PLAN_METHODS.includes(method))
      throw new UsageError(`unknown --method "${method}"`, `use one of ${PLAN_METHODS.join(', ')}`);
    const solverName = stringOpt(args, 'solver') ?? 'bnb';
    if (solverName !== 'bnb' && solverName !== 'highs')
      throw new UsageError(`unknown --solver "${solverName}"`, 'use bnb or highs');
    const l = await load(args, io.env, planCommand.usage);
    // The HiGHS adapter (worker threads) is loaded only when asked for.
    const solver =
      solverName === 'highs' ? new (await import('../../node/highs-solver.js')).HighsSolver() : undefined;
    try {
      const plan = await planNetwork(l.network, {
        budget,
        from: l.from,
        to: l.to,
        ...(l.pairs ? { pairs: l.pairs } : {}),
        asOf: l.asOf,
        method,
        timeLimitMs: l.timeLimitMs,
        samples: numberOpt(args, 'samples', PLANNING_DEFAULTS.samples)!,
        seed: numberOpt(args, 'seed', PLANNING_DEFAULTS.seed)!,
        ...(solver ? { solver } : {}),
      });
      if (flag(args, 'json')) printJson(io, { network: l.label, ...plan });
      else (await import('./plan-output.js')).printPlan(io, plan, l.label);
    } finally {
      await solver?.close();
    }
    return 0;
  },
};

export const frontierCommand: Command = {
  path: ['frontier'],
  summary: 'Budget vs residual flow: the best plan for every budget until the recipient is cut off',
  usage:
    'interdict frontier FILE|NETWORK [--from ID...] [--to ID...] [--pair FROM:TO[:WEIGHT]...] [--step S] [--method exact|heuristic] [--time-limit S] [--json]',
  examples: ['interdict frontier data/scenarios/article.yaml'],
  options: { ...PLAN_OPTIONS, step: { type: 'string' }, method: { type: 'string' } },
  async run(args, io) {
    const method = stringOpt(args, 'method') ?? PLANNING_DEFAULTS.frontierMethod;
    if (method !== 'exact' && method !== 'heuristic')
      throw new UsageError(`unknown --method "${method}"`, 'use exact or heuristic');
    const l = await load(args, io.env, frontierCommand.usage);
    const step = numberOpt(args, 'step');
    const doc = frontier(l.network, {
      from: l.from,
      to: l.to,
      ...(l.pairs ? { pairs: l.pairs } : {}),
      asOf: l.asOf,
      method,
      timeLimitMs: l.timeLimitMs,
      ...(step !== undefined ? { step } : {}),
    });
    if (flag(args, 'json')) printJson(io, { network: l.label, ...doc });
    else (await import('./plan-output.js')).printFrontier(io, doc.points, l.label);
    return 0;
  },
};
