// `interdict report monitor`: the monitoring digest — the alerts of a period
// with their evidence pictures, the decisions and the audit trail — as HTML
// or PDF.

import type { Alert, NetworkEvidence } from '../../../core/monitor/types.js';
import { UsageError } from '../../../core/model/errors.js';
import {
  digestCounts,
  monitorDigestData,
  renderMonitorDigest,
  type DigestData,
} from '../../../service/report/index.js';
import { openMonitorStore } from '../../node/open-monitor-store.js';
import { resolveDbPath } from '../../node/paths.js';
import { COMMON_OPTIONS, printJson, flag, stringOpt, withStore, type Command, type Io } from '../command.js';
import { formatNumber } from '../format.js';
import { reportOutputOpt, writeReport } from './report.js';

const round = (v: number) => Math.round(v * 100) / 100;

/** One line per alert: the figures the digest shows for it. */
export function alertLine(a: Alert, ref: string): string {
  const parts = [
    `${ref} ${a.rule} (${a.event.severity}, ${a.state}${a.resolution ? ` ${a.resolution}` : ''}): ${a.event.title}`,
  ];
  if (a.event.snapshot.kind === 'network') {
    const ev = a.event.evidence as NetworkEvidence;
    parts.push(
      `residual ${formatNumber(round(ev.residualBefore))} → ${formatNumber(round(ev.residualAfter))}`,
    );
    if (ev.patch)
      parts.push(
        `patch ${ev.patch.actions.join(', ') || 'none'} cost ${formatNumber(round(ev.patch.cost))} leaves ${formatNumber(round(ev.patch.residual))}`,
      );
  } else parts.push(`score ${a.event.value.toFixed(2)}`);
  return parts.join('; ');
}

export function digestSummary(data: DigestData): string {
  const c = digestCounts(data);
  const lines = [
    `${c.alerts} alert(s): ${c.open} open, ${c.acknowledged} acknowledged, ${c.resolved} resolved; ${c.decisions} decision(s); ${c.runs} run(s)`,
    ...data.alerts.map((a, i) => `  ${alertLine(a, `A${i + 1}`)}`),
  ];
  return lines.join('\n') + '\n';
}

export const reportMonitorCommand: Command = {
  path: ['report', 'monitor'],
  summary: 'The monitoring digest: alerts of a period with their evidence pictures, decisions, audit trail',
  usage:
    'interdict report monitor --output digest.html|digest.pdf [--watch ID] [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--db FILE]',
  examples: [
    'interdict report monitor --watch wn_1a2b3c4d5e6f --since 2026-11-01 --output digest.pdf',
    'interdict report monitor --output digest.html',
  ],
  options: {
    ...COMMON_OPTIONS,
    output: { type: 'string', short: 'o' },
    watch: { type: 'string' },
    since: { type: 'string' },
    until: { type: 'string' },
  },
  async run(args, io: Io) {
    if (args.positionals.length)
      throw new UsageError(
        `unexpected "${args.positionals[0]}"`,
        'name the watch with --watch ID; interdict watch list shows the ids',
      );
    const output = reportOutputOpt(args);
    if (!output && !flag(args, 'json'))
      throw new UsageError('report monitor needs --output FILE', reportMonitorCommand.examples[0]!);
    const watch = stringOpt(args, 'watch');
    const since = stringOpt(args, 'since');
    const until = stringOpt(args, 'until');
    return withStore(args, io, async (store) => {
      const monitor = await openMonitorStore(resolveDbPath(stringOpt(args, 'db'), io.env));
      let data: DigestData;
      try {
        data = await monitorDigestData(
          { store, monitor },
          { ...(watch ? { watch } : {}), ...(since ? { since } : {}), ...(until ? { until } : {}) },
        );
      } finally {
        await monitor.close();
      }
      if (output) await writeReport(output, renderMonitorDigest(data), io.env);
      if (flag(args, 'json')) {
        printJson(io, {
          ...(output ? { output } : {}),
          counts: digestCounts(data),
          alerts: data.alerts.map((a) => ({ id: a.id, rule: a.rule, state: a.state, title: a.event.title })),
        });
        return 0;
      }
      io.out(`Wrote ${output}\n`);
      io.out(digestSummary(data));
      return 0;
    });
  },
};
