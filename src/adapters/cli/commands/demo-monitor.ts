// The demo's monitoring section: adopt the budget-4 plan, let the adversary
// rebuild (a new front funded around Unit 190, more capacity on the Egypt
// route) as a second version of the network, and show the alerts with their
// evidence and the patch; then re-screen the demo actors when the shipped SDN
// extract moves from its 2019 to its 2021 version.

import { caption } from '../../../core/model/entity.js';
import type { Network } from '../../../core/model/network.js';
import type { NetworkEvidence, MatchEvidence } from '../../../core/monitor/types.js';
import type { Store } from '../../../core/store/store.js';
import {
  addWatch,
  listAlerts,
  listWatches,
  removeWatch,
  runMonitor,
  type MonitorDeps,
} from '../../../service/monitor.js';
import { planNetwork } from '../../../service/planning.js';
import { importList } from '../../node/import-list.js';
import { openMonitorStore } from '../../node/open-monitor-store.js';
import { packageRoot } from '../../node/package-root.js';
import type { Io } from '../command.js';
import { formatNumber, table } from '../format.js';
import { heading } from './demo-sections.js';
import { join } from 'node:path';

/** The adversary's answer the demo scripts: a new front around Unit 190 and a wider Egypt land route. */
export function articleRebuild(base: Network): Network {
  return {
    ...base,
    nodes: [
      ...base.nodes,
      {
        id: 'relief-committee',
        schema: 'Organization',
        role: 'front',
        properties: { name: ['Gaza Relief Committee (scripted rebuild)'] },
      },
    ],
    channels: [
      ...base.channels.map((c) => (c.id === 'land-route-egypt' ? { ...c, capacity: c.capacity + 15 } : c)),
      {
        id: 'quds-to-relief',
        from: 'quds-force',
        to: 'relief-committee',
        kind: 'financial',
        label: 'Quds Force funding a new relief committee, bypassing Unit 190',
        capacity: 12,
        confidence: 0.4,
        confidenceLabel: 'alleged',
      },
      {
        id: 'relief-to-hamas',
        from: 'relief-committee',
        to: 'hamas',
        kind: 'financial',
        label: 'Relief committee to Hamas',
        capacity: 10,
        confidence: 0.4,
        confidenceLabel: 'alleged',
      },
    ],
  };
}

export interface MonitorDemo {
  plan: string[];
  alerts: { rule: string; title: string }[];
  patch?: { actions: string[]; cost: number; residual: number };
  listRescreen: { screened: number; alerts: { counterparty: string; entity: string; score: number }[] };
}

const WATCHED = 'article-monitored';
const HISTORY = 'demo_sdn_history';
const DEMO_WATCHES = ['Article plan', 'Demo actors'];

export async function monitorSection(
  io: Io,
  network: Network,
  store: Store,
  dbPath: string,
): Promise<MonitorDemo> {
  heading(io, 'Monitoring the rebuild');
  const monitor = await openMonitorStore(dbPath);
  const deps: MonitorDeps = { store, monitor };
  try {
    // Earlier demo runs' watches make way for this run's.
    for (const w of await listWatches(deps))
      if (DEMO_WATCHES.includes(w.name ?? '')) await removeWatch(deps, w.id);
    const plan = await planNetwork(network, { budget: 4 });
    const ids = plan.actions.map((a) => a.id);
    io.out(`Adopted plan (budget 4): ${ids.join(', ')}; residual ${formatNumber(plan.residualFlow)}\n`);
    // A copy of the network for the monitor, so the article's own versions stay as they are.
    await store.saveNetwork(
      { ...network, id: WATCHED },
      { contentHash: `demo-monitor-base-${Date.now()}`, format: 'scenario' },
    );
    const watch = await addWatch(deps, {
      kind: 'network',
      network: WATCHED,
      plan: ids,
      budget: 4,
      name: 'Article plan',
    });
    await store.saveNetwork(articleRebuild({ ...network, id: WATCHED }), {
      contentHash: `demo-monitor-rebuild-${Date.now()}`,
      format: 'scenario',
    });
    io.out(
      'The adversary rebuilds: a relief committee funded by the Quds Force around Unit 190, and 15 more units on the Egypt land route.\n',
    );
    const [report] = await runMonitor(deps, { watch: watch.id });
    const raised = report?.raised ?? [];
    io.out(
      table(
        ['rule', 'severity', 'what'],
        raised.map((a) => [a.rule, a.event.severity, a.event.title]),
      ),
    );
    const ev = raised.find((a) => a.rule === 'reconnection')?.event.evidence as NetworkEvidence | undefined;
    if (ev) {
      const names = new Map(
        [...network.nodes, ...articleRebuild(network).nodes].map((n) => [n.id, caption(n)]),
      );
      for (const p of ev.paths.slice(0, 3))
        io.out(
          `  flow path: ${p.nodes.map((n) => names.get(n) ?? n).join(' → ')} (${formatNumber(p.amount)})\n`,
        );
      for (const c of ev.contributions.slice(0, 4))
        io.out(
          `  ${c.element.type} ${c.element.id} (${c.change}): residual ${formatNumber(c.residualWith)} with it, ${formatNumber(c.residualWithout)} without\n`,
        );
      if (ev.patch)
        io.out(
          `  cheapest patch: ${ev.patch.actions.join(', ') || 'none'} (extra cost ${formatNumber(ev.patch.cost)}) → residual ${formatNumber(ev.patch.residual)}\n`,
        );
    }

    // The demo actors as a book of counterparties, re-screened as the SDN extract moves from 2019 to 2021.
    const book = network.nodes
      .filter((n) => n.schema !== 'Country')
      .map((n) => ({
        id: n.id,
        schema: n.schema,
        properties: { name: [caption(n)], ...pick(n.properties, ['alias']) },
      }));
    const versions = await store.datasetVersions(HISTORY).catch(() => []);
    const root = packageRoot();
    if (versions.length === 0)
      await importList(store, {
        format: 'ofac-csv',
        path: join(root, 'data/lists/ofac-sdn-2019-01-demo'),
        dataset: HISTORY,
      });
    const bookWatch = await addWatch(deps, {
      kind: 'book',
      datasets: [HISTORY],
      counterparties: book,
      threshold: 0.7,
      name: 'Demo actors',
    });
    if (versions.length < 2) {
      const before = (await store.datasetInfo(HISTORY)).version;
      await importList(store, {
        format: 'ofac-csv',
        path: join(root, 'data/lists/ofac-sdn-2021-07-demo'),
        dataset: HISTORY,
      });
      if ((await store.datasetInfo(HISTORY)).version === before)
        io.out('(the 2021 extract is already stored)\n');
    }
    // A watch added after both versions starts from the latest: compare the two explicitly.
    await monitor.commit({
      put: [
        { kind: 'watch-state', id: bookWatch.id, body: { watch: bookWatch.id, datasets: { [HISTORY]: 1 } } },
      ],
    });
    const [bookReport] = await runMonitor(deps, { watch: bookWatch.id });
    const run = bookReport?.runs[0];
    const matches = (await listAlerts(deps, { watch: bookWatch.id, rule: 'list-match' })).map(
      (a) => a.event.evidence as MatchEvidence,
    );
    io.out(
      `\nRe-screening the ${book.length} demo actors against what the SDN extract added or changed from January 2019 to July 2021: ${formatNumber(run?.stats.screened ?? 0)} list entities screened (${formatNumber(run?.stats.skipped ?? 0)} changed only in non-material fields), ${matches.length} new match(es)\n`,
    );
    if (matches.length)
      io.out(
        table(
          ['actor', 'list entity', 'score'],
          matches.map((m) => [m.counterparty, `${m.caption} (${m.entity})`, m.score.toFixed(2)]),
        ),
      );
    return {
      plan: ids,
      alerts: raised.map((a) => ({ rule: a.rule, title: a.event.title })),
      ...(ev?.patch ? { patch: ev.patch } : {}),
      listRescreen: {
        screened: run?.stats.screened ?? 0,
        alerts: matches.map((m) => ({ counterparty: m.counterparty, entity: m.entity, score: m.score })),
      },
    };
  } finally {
    await monitor.close();
  }
}

function pick(props: Record<string, string[]>, keys: string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const k of keys) if (props[k]?.length) out[k] = props[k]!;
  return out;
}
