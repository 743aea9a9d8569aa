// `interdict rebuild`: the adversary's best answer to a plan from candidate
// channels, and with --robust the plan best against that answer.

import { readFileSync } from 'node:fs';
import { readPlanActions } from '../plan-actions.js';
import { parseScenario } from '../../../core/ingest/scenario.js';
import { UsageError } from '../../../core/model/errors.js';
import { resolveTerminals } from '../../../service/networks.js';
import { PLANNING_DEFAULTS, rebuild, robust } from '../../../service/planning.js';
import { loadNetwork } from '../../node/load-network.js';
import { COMMON_OPTIONS, flag, listOpt, numberOpt, printJson, stringOpt, type Command } from '../command.js';
import { formatNumber, table } from '../format.js';
import { printRebuild } from './plan-output.js';

export const rebuildCommand: Command = {
  path: ['rebuild'],
  summary: "The adversary's best rebuild against a plan (--robust: the plan best against it)",
  usage: `interdict rebuild FILE|NETWORK (--plan PLAN.json | --robust --budget B) [--candidates FILE] [--rebuild-budget R (default ${PLANNING_DEFAULTS.rebuildBudget})] [--from ID...] [--to ID...] [--json]`,
  examples: [
    'interdict plan data/scenarios/article.yaml --budget 6 --json > plan.json && interdict rebuild data/scenarios/article.yaml --plan plan.json --rebuild-budget 3',
    'interdict rebuild data/scenarios/article.yaml --robust --budget 6 --rebuild-budget 3',
  ],
  options: {
    ...COMMON_OPTIONS,
    plan: { type: 'string' },
    candidates: { type: 'string' },
    'rebuild-budget': { type: 'string' },
    robust: { type: 'boolean', default: false },
    budget: { type: 'string' },
    from: { type: 'string', multiple: true },
    to: { type: 'string', multiple: true },
    format: { type: 'string' },
  },
  async run(args, io) {
    const arg = args.positionals[0];
    if (!arg) throw new UsageError('give a FILE or NETWORK', rebuildCommand.usage);
    const { network, label } = await loadNetwork(arg, {
      env: io.env,
      db: stringOpt(args, 'db'),
      format: stringOpt(args, 'format'),
    });
    const { from, to } = resolveTerminals(network, listOpt(args, 'from'), listOpt(args, 'to'));
    const candidatesFile = stringOpt(args, 'candidates');
    const candidates = candidatesFile
      ? (parseScenario(readFileSync(candidatesFile, 'utf8'), { file: candidatesFile }).candidates ?? [])
      : (network.candidates ?? []);
    const rebuildBudget = numberOpt(args, 'rebuild-budget', PLANNING_DEFAULTS.rebuildBudget)!;
    const common = { from, to, candidates, rebuildBudget };
    if (flag(args, 'robust')) {
      const budget = numberOpt(args, 'budget');
      if (budget === undefined)
        throw new UsageError('--robust needs --budget', 'interdict rebuild FILE --robust --budget 6');
      const r = robust(network, { ...common, budget });
      if (flag(args, 'json')) printJson(io, { network: label, ...r });
      else {
        io.out(
          `Plan robust to the adversary's rebuild in ${label} (budget ${formatNumber(budget)}, rebuild budget ${formatNumber(rebuildBudget)}): ${r.status}\n`,
        );
        io.out(
          `worst residual ${formatNumber(r.worstResidual)} (bound ${formatNumber(r.bound)}), ${formatNumber(r.residualWithoutRebuild)} before any rebuild\n\n`,
        );
        io.out(
          table(
            ['action'],
            r.actions.map((a) => [a]),
          ),
        );
        io.out(`\nworst rebuild: ${r.worstRebuild.join(', ') || 'none'}\n`);
      }
      return 0;
    }
    const planFile = stringOpt(args, 'plan');
    if (!planFile)
      throw new UsageError(
        'rebuild needs --plan PLAN.json (or --robust --budget B)',
        'interdict plan FILE --budget 6 --json > plan.json',
      );
    const r = rebuild(network, { ...common, actions: readPlanActions(planFile) });
    if (flag(args, 'json')) printJson(io, { network: label, ...r });
    else printRebuild(io, r, label, rebuildBudget);
    return 0;
  },
};
