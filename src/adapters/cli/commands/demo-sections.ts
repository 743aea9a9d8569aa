// The demo's analysis sections: how much support gets through, the
// chokepoints and weak link, screening against real list records, and plans.

import { analyseNetwork } from '../../../core/graph/analyse-network.js';
import { actionFraction } from '../../../core/model/measures.js';
import type { ActorScreening } from '../../../core/match/index.js';
import { actorScreeningTable } from '../actor-screening.js';
import { caption } from '../../../core/model/entity.js';
import type { Network } from '../../../core/model/network.js';
import type { Store } from '../../../core/store/store.js';
import { DEMO_LISTS, storeDemoLists } from '../../node/demo-data.js';
import { screeningService } from '../../node/screening.js';
import { flowValue, weakLinksPerRecipient } from '../../../service/analysis.js';
import { planOverview, type PlanOverview } from '../../../service/planning.js';
import type { Io } from '../command.js';
import { formatNumber, formatPercent, table } from '../format.js';

export function heading(io: Io, title: string): void {
  io.out(`\n${title}\n${'═'.repeat(title.length)}\n`);
}

const value = (v: number | 'unbounded'): string => (v === 'unbounded' ? 'unbounded' : formatNumber(v));

export function flowSection(io: Io, network: Network): ReturnType<typeof analyseNetwork> {
  const names = new Map(network.nodes.map((n) => [n.id, caption(n)]));
  const jurisdictions = new Map(network.jurisdictions.map((j) => [j.id, j.name]));
  const analysis = analyseNetwork(network);
  heading(io, '4. How much support can reach each recipient');
  io.out(
    table(
      ['recipient', 'maximum flow / month'],
      analysis.perRecipient.map((r) => [names.get(r.recipient) ?? r.recipient, value(r.value)]),
    ),
  );
  io.out(
    `Both together: ${value(analysis.total.value)} per month (they compete for the same upstream channels).\n`,
  );

  heading(io, '5. Chokepoints and the weak link');
  const cut = analysis.chokepoints.channels;
  io.out(`Smallest set of channels that cuts every recipient off (capacity ${value(cut.capacity)}):\n`);
  for (const e of cut.edges)
    io.out(`  ✂ ${names.get(e.from) ?? e.from} → ${names.get(e.to) ?? e.to} (${formatNumber(e.capacity)})\n`);
  if (analysis.chokepoints.actors?.length) {
    io.out(
      `Fewest actors whose removal disconnects sponsor and recipients: ${analysis.chokepoints.actors.map((a) => names.get(a) ?? a).join(', ')}\n`,
    );
  }
  const rows: (string | number)[][] = [];
  for (const r of weakLinksPerRecipient(network)) {
    for (const l of r.weakLinks.filter((x) => x.kind === 'jurisdiction'))
      rows.push([
        names.get(r.recipient) ?? r.recipient,
        jurisdictions.get(l.id) ?? l.id,
        formatPercent(l.share),
        l.enforcement.toFixed(2),
        l.score.toFixed(3),
      ]);
  }
  if (rows.length) {
    io.out('\nWeak links: transit states by share of the flow × (1 − enforcement), for each recipient:\n');
    io.out(table(['recipient', 'jurisdiction', 'flow share', 'enforcement', 'weakness'], rows));
  }
  for (const action of network.actions.filter(
    (a) => a.kind === 'pressure' && a.target.type === 'jurisdiction',
  )) {
    const fraction = actionFraction(action);
    const target = action.target.id;
    const after = flowValue(network, { actions: [action.id] });
    const perHamas = network.nodes
      .filter((n) => n.role === 'recipient')
      .map((r) => {
        const before = flowValue(network, { to: [r.id] });
        const v = flowValue(network, { to: [r.id], actions: [action.id] });
        return `${caption(r)} ${value(before)} → ${value(v)}`;
      });
    io.out(
      `\n"${action.label ?? action.id}" (cuts ${formatPercent(fraction)} of the capacity crossing ${jurisdictions.get(target) ?? target}): total ${value(analysis.total.value)} → ${value(after)} per month; ${perHamas.join('; ')}.\n`,
    );
  }
  return analysis;
}

export async function screeningSection(io: Io, network: Network, store: Store): Promise<ActorScreening[]> {
  await storeDemoLists(store);
  const service = screeningService(store);
  const { datasets, actors: rows } = await service.screenNetwork(network, {
    scope: DEMO_LISTS.map((l) => l.dataset),
  });
  heading(io, '6. Screening the actors against the sanctions lists');
  io.out(
    `Against real records from ${datasets.map((d) => `${d.name}@${d.version}`).join(' and ')} (OFAC SDN, July 2021; UN consolidated list, 27 Feb 2026)\n\n`,
  );
  io.out(actorScreeningTable(rows, network));
  const unnamed = rows.filter((r) => r.role === 'front' && r.results.length === 0).length;
  if (unnamed)
    io.out(
      `The article does not name its ${unnamed} fronts: add their names (properties.name) to screen them.\n`,
    );
  io.out(
    '"network": actors not on a list themselves, and how many channels separate them from a listed actor.\n',
  );
  return rows;
}

export async function planSection(io: Io, network: Network, budgets: number[]): Promise<PlanOverview> {
  const actions = new Map(network.actions.map((a) => [a.id, a]));
  const candidates = new Map((network.candidates ?? []).map((c) => [c.id, c]));
  const label = (id: string): string => actions.get(id)?.label ?? candidates.get(id)?.label ?? id;
  const summary = await planOverview(network, budgets);
  heading(io, '7. The best measures for a budget');
  io.out(
    table(
      ['budget', 'cost', 'still gets through', 'status', 'measures'],
      summary.plans.map((p) => [
        formatNumber(p.budget),
        formatNumber(p.cost),
        `${formatNumber(p.residualFlow)} of ${formatNumber(p.baseFlow)}`,
        p.status,
        p.actions.map((a) => `${label(a.id)} (−${formatNumber(a.flowRemoved)})`).join('; ') || '—',
      ]),
    ),
  );
  io.out('\nEvery budget until both recipients are cut off (the frontier):\n');
  io.out(
    table(
      ['budget', 'still gets through', 'measures'],
      summary.frontier.map((f) => [
        formatNumber(f.budget),
        formatNumber(f.residualFlow),
        f.actions.map(label).join('; ') || '—',
      ]),
    ),
  );
  if (summary.rebuild) {
    const r = summary.rebuild;
    heading(io, '8. How the network would rebuild');
    io.out(
      `Against the plan for budget ${formatNumber(Math.max(...budgets))}, with ${formatNumber(r.rebuildBudget)} to spend, the network's best answer is to open:\n`,
    );
    for (const o of r.opened)
      io.out(`  ↻ ${label(o.id)} (capacity ${formatNumber(o.capacity)}, cost ${formatNumber(o.cost)})\n`);
    io.out(
      `Support getting through: ${formatNumber(r.residualBefore)} → ${formatNumber(r.residualAfter)} per month.\n`,
    );
    if (summary.robust) {
      const rp = summary.robust;
      io.out(
        `\nThe plan that holds up best against any such rebuild (${rp.status}): ${rp.actions.map(label).join('; ') || '—'} — at worst ${formatNumber(rp.worstResidual)} per month gets through after the rebuild (${formatNumber(rp.residualWithoutRebuild)} before it).\n`,
      );
    }
  }
  return summary;
}
