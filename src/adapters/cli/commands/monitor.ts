// `interdict monitor run|alerts|ack|resolve|replay|backtest|check`: the
// watches (commands/watch.ts) evaluated over new snapshots, and the alerts
// they raise, decided and replayed.

import { UsageError } from '../../../core/model/errors.js';
import { ALERT_STATES, RESOLUTIONS, type Alert } from '../../../core/monitor/types.js';
import {
  ackAlert,
  backtest,
  fullCheck,
  listAlerts,
  listRuns,
  replayRun,
  resolveAlertById,
  runMonitor,
} from '../../../service/monitor.js';
import { deliverWebhooks } from '../../node/webhooks.js';
import { COMMON_OPTIONS, flag, listOpt, printJson, stringOpt, type Command } from '../command.js';
import { formatNumber, table } from '../format.js';
import { withMonitor } from './monitor-deps.js';

function alertRows(alerts: Alert[]): string {
  return table(
    ['id', 'state', 'rule', 'severity', 'snapshot', 'what'],
    alerts.map((a) => [
      a.id,
      a.state + (a.resolution ? ` (${a.resolution})` : ''),
      a.rule,
      a.event.severity,
      `${a.event.snapshot.name} ${a.event.snapshot.from}→${a.event.snapshot.to}`,
      a.event.title,
    ]),
  );
}

const monitorRun: Command = {
  path: ['monitor', 'run'],
  summary: 'Evaluate the watches over new snapshots; exit 1 when new alerts were raised (for cron)',
  usage: 'interdict monitor run [--once] [--watch ID] [--force] [--json]',
  examples: ['interdict monitor run --once', 'interdict monitor run --once --watch wn_… --json'],
  options: {
    ...COMMON_OPTIONS,
    once: { type: 'boolean', default: true },
    watch: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  async run(args, io) {
    return withMonitor(args, io, async (deps) => {
      const watch = stringOpt(args, 'watch');
      const reports = await runMonitor(deps, { ...(watch ? { watch } : {}), force: flag(args, 'force') });
      const delivery = await deliverWebhooks(deps.monitor);
      const raised = reports.flatMap((r) => r.raised);
      if (flag(args, 'json')) {
        printJson(io, {
          runs: reports.flatMap((r) =>
            r.runs.map((x) => ({
              id: x.id,
              watch: x.watch,
              snapshot: x.snapshot,
              events: x.events.length,
              transitions: x.transitions,
              stats: x.stats,
            })),
          ),
          raised,
          cleared: reports.flatMap((r) => r.cleared.map((a) => a.id)),
          delivery,
        });
      } else {
        const runs = reports.reduce((s, r) => s + r.runs.length, 0);
        io.out(
          `${runs} snapshot comparison(s) over ${reports.length} watch(es); ${raised.length} alert(s) raised, ${reports.reduce((s, r) => s + r.cleared.length, 0)} cleared\n`,
        );
        if (raised.length) io.out(alertRows(raised));
        if (delivery.delivered || delivery.failed)
          io.out(`webhooks: ${delivery.delivered} delivered, ${delivery.failed} failed (retried later)\n`);
      }
      return raised.length ? 1 : 0;
    });
  },
};

const monitorAlerts: Command = {
  path: ['monitor', 'alerts'],
  summary: 'List alerts with their evidence',
  usage: `interdict monitor alerts [--state ${ALERT_STATES.join('|')}] [--watch ID] [--json]`,
  examples: ['interdict monitor alerts --state open', 'interdict monitor alerts --json'],
  options: { ...COMMON_OPTIONS, state: { type: 'string' }, watch: { type: 'string' } },
  async run(args, io) {
    const state = stringOpt(args, 'state');
    if (state && !(ALERT_STATES as readonly string[]).includes(state))
      throw new UsageError(`--state ${state} is not one of ${ALERT_STATES.join(', ')}`, 'pass --state open');
    return withMonitor(args, io, async (deps) => {
      const watch = stringOpt(args, 'watch');
      const alerts = await listAlerts(deps, {
        ...(state ? { state: state as Alert['state'] } : {}),
        ...(watch ? { watch } : {}),
      });
      if (flag(args, 'json')) printJson(io, { alerts });
      else if (!alerts.length) io.out('no alerts\n');
      else {
        io.out(alertRows(alerts));
        for (const a of alerts.filter((x) => x.state !== 'resolved')) {
          const ev = a.event.evidence as {
            paths?: { nodes: string[]; amount: number }[];
            patch?: { actions: string[]; cost: number; residual: number };
          };
          if (ev.paths?.length)
            io.out(
              `  ${a.id} path: ${ev.paths[0]!.nodes.join(' → ')} (${formatNumber(ev.paths[0]!.amount)})\n`,
            );
          if (ev.patch)
            io.out(
              `  ${a.id} patch: ${ev.patch.actions.join(', ') || 'none'} (cost ${formatNumber(ev.patch.cost)}, residual ${formatNumber(ev.patch.residual)})\n`,
            );
        }
      }
      return 0;
    });
  },
};

const monitorAck: Command = {
  path: ['monitor', 'ack'],
  summary: 'Acknowledge an open alert',
  usage: 'interdict monitor ack ID [--by NAME] [--note TEXT]',
  examples: ['interdict monitor ack al_… --by analyst --note "patch proposed to the desk"'],
  options: { ...COMMON_OPTIONS, by: { type: 'string' }, note: { type: 'string' } },
  async run(args, io) {
    const id = args.positionals[0];
    if (!id) throw new UsageError('name the alert', 'interdict monitor alerts shows the ids');
    return withMonitor(args, io, async (deps) => {
      const a = await ackAlert(
        deps,
        id,
        stringOpt(args, 'by') ?? io.env.USER ?? 'cli',
        stringOpt(args, 'note'),
      );
      if (flag(args, 'json')) printJson(io, { alert: a });
      else io.out(`alert ${a.id} acknowledged\n`);
      return 0;
    });
  },
};

const RESOLVABLE = RESOLUTIONS.filter((r) => r !== 'auto-cleared');

const monitorResolve: Command = {
  path: ['monitor', 'resolve'],
  summary: 'Resolve an alert: true-match, false-positive, not-material or duplicate (kept as a decision)',
  usage: `interdict monitor resolve ID --as ${RESOLVABLE.join('|')} --why TEXT [--by NAME]`,
  examples: ['interdict monitor resolve al_… --as false-positive --why "different date of birth"'],
  options: { ...COMMON_OPTIONS, as: { type: 'string' }, why: { type: 'string' }, by: { type: 'string' } },
  async run(args, io) {
    const id = args.positionals[0];
    const as = stringOpt(args, 'as');
    if (!id) throw new UsageError('name the alert', 'interdict monitor alerts shows the ids');
    if (!as || !(RESOLVABLE as readonly string[]).includes(as))
      throw new UsageError(`--as must be one of ${RESOLVABLE.join(', ')}`, 'pass --as false-positive');
    const why = stringOpt(args, 'why');
    if (!why)
      throw new UsageError('a decision needs a reason', 'pass --why "…" (it goes into the audit trail)');
    return withMonitor(args, io, async (deps) => {
      const r = await resolveAlertById(
        deps,
        id,
        as as (typeof RESOLVABLE)[number],
        stringOpt(args, 'by') ?? io.env.USER ?? 'cli',
        why,
      );
      if (flag(args, 'json')) printJson(io, r);
      else
        io.out(
          `alert ${r.alert.id} resolved as ${as}${r.decision ? '; the decision holds until either side changes' : ''}\n`,
        );
      return 0;
    });
  },
};

const monitorReplay: Command = {
  path: ['monitor', 'replay'],
  summary: 'Derive the alerts of past runs again from their snapshots and configuration',
  usage: 'interdict monitor replay [RUN_ID…] [--watch ID] [--json]',
  examples: ['interdict monitor replay --watch wn_…'],
  options: { ...COMMON_OPTIONS, watch: { type: 'string' } },
  async run(args, io) {
    return withMonitor(args, io, async (deps) => {
      const ids = args.positionals.length
        ? args.positionals
        : (await listRuns(deps, stringOpt(args, 'watch'))).map((r) => r.id);
      const results = [];
      for (const id of ids) results.push(await replayRun(deps, id));
      const differ = results.filter((r) => !r.same);
      if (flag(args, 'json')) printJson(io, { replayed: results.length, differ: differ.length, results });
      else
        io.out(
          `${results.length} run(s) replayed; ${differ.length} differ${differ.length ? `: ${differ.map((d) => d.run).join(', ')}` : ''}\n`,
        );
      return differ.length ? 1 : 0;
    });
  },
};

const monitorBacktest: Command = {
  path: ['monitor', 'backtest'],
  summary: 'Run a watch over stored versions: how many alerts each threshold would have raised',
  usage: 'interdict monitor backtest WATCH --thresholds X,Y,… [--json]',
  examples: ['interdict monitor backtest wn_… --thresholds 0,5,10,20'],
  options: { ...COMMON_OPTIONS, thresholds: { type: 'string' } },
  async run(args, io) {
    const id = args.positionals[0];
    if (!id) throw new UsageError('name the watch', 'interdict watch list shows the ids');
    const thresholds = listOpt(args, 'thresholds').map(Number);
    if (!thresholds.length || thresholds.some((t) => !Number.isFinite(t)))
      throw new UsageError('--thresholds needs numbers', 'pass --thresholds 0,5,10');
    return withMonitor(args, io, async (deps) => {
      const rows = await backtest(deps, id, thresholds);
      if (flag(args, 'json')) printJson(io, { watch: id, rows });
      else
        io.out(
          table(
            ['threshold', 'alerts', 'by rule'],
            rows.map((r) => [
              r.threshold,
              r.alerts,
              Object.entries(r.byRule)
                .map(([k, v]) => `${k} ${v}`)
                .join(', '),
            ]),
          ),
        );
      return 0;
    });
  },
};

const monitorCheck: Command = {
  path: ['monitor', 'check'],
  summary: 'Full re-screen of a book watch: lists any pair the reverse re-screening missed (should be none)',
  usage: 'interdict monitor check WATCH [--json]',
  examples: ['interdict monitor check wb_…'],
  options: COMMON_OPTIONS,
  async run(args, io) {
    const id = args.positionals[0];
    if (!id) throw new UsageError('name the book watch', 'interdict watch list shows the ids');
    return withMonitor(args, io, async (deps) => {
      const r = await fullCheck(deps, id);
      if (flag(args, 'json')) printJson(io, r);
      else
        io.out(
          `${r.checked} pair(s) at or above the threshold; ${r.missed.length} missed by the reverse path${r.missed.length ? `:\n  ${r.missed.join('\n  ')}` : ''}\n`,
        );
      return r.missed.length ? 1 : 0;
    });
  },
};

export const monitorCommands: Command[] = [
  monitorRun,
  monitorAlerts,
  monitorAck,
  monitorResolve,
  monitorReplay,
  monitorBacktest,
  monitorCheck,
];
