// The monitoring digest as standalone HTML: the alerts of a period with their
// evidence pictures (the network with what changed marked and the flow paths
// through the change; the adopted plan with the cheapest patch), the list
// matches with their features, the decisions taken and the audit trail of
// every alert transition, and the runs behind them.

import type { Network } from '../../core/model/network.js';
import type { Alert, MatchEvidence, NetworkEvidence, NetworkWatch, Watch } from '../../core/monitor/types.js';
import { documentHtml, esc, formatNumber, table, type Section } from './html.js';
import { digestCounts, snapshotKey, type DigestData, type DigestSnapshot } from './monitor-digest-data.js';
import type { Figure, RenderedReport } from './network-report.js';
import { CONFIDENCE_DASHES, drawNetwork, type EdgeStyle, type Mark, type NodeStyle } from './svg.js';

const round = (v: number) => Math.round(v * 100) / 100;
const num = (v: number) => formatNumber(round(v));
/** `2026-12-01 11:42:57Z`: an ISO time without milliseconds, short enough for a table cell. */
const when = (iso: string) => iso.replace('T', ' ').replace(/\.\d+Z$/, 'Z');

/** What an action id of a plan or patch acts on: the network's actions, `cut-CHANNEL`, `designate-ACTOR`. */
function actionTarget(
  network: Network,
  id: string,
): { type: 'node' | 'channel' | 'jurisdiction'; id: string; label: string } | undefined {
  const a = network.actions.find((x) => x.id === id);
  if (a) return { type: a.target.type, id: a.target.id, label: a.label ?? a.id };
  if (id.startsWith('cut-')) {
    const c = network.channels.find((x) => x.id === id.slice(4));
    if (c) return { type: 'channel', id: c.id, label: `Cut ${c.label ?? c.id}` };
  }
  if (id.startsWith('designate-')) {
    const n = network.nodes.find((x) => x.id === id.slice(10));
    if (n) return { type: 'node', id: n.id, label: `Designate ${String(n.properties.name?.[0] ?? n.id)}` };
  }
  return undefined;
}

function baseEdges(snap: DigestSnapshot): Map<string, EdgeStyle> {
  const after = new Set(snap.after.channels.map((c) => c.id));
  const all = [...snap.after.channels, ...snap.before.channels.filter((c) => !after.has(c.id))];
  const max = Math.max(1, ...all.map((c) => c.capacity).filter((c) => Number.isFinite(c)));
  return new Map(
    all.map((c) => {
      const w = c.capacity === Infinity ? 5 : 0.8 + 3.2 * Math.sqrt(Math.max(0, c.capacity) / max);
      const dash = CONFIDENCE_DASHES[c.confidenceLabel];
      return [c.id, { width: w, colour: '#999', ...(dash ? { dash } : {}) }];
    }),
  );
}

const midOf = (snap: DigestSnapshot, channel: string) => snap.layout.edges.find((e) => e.id === channel)?.mid;
function above(snap: DigestSnapshot, node: string) {
  const n = snap.layout.nodes.find((x) => x.id === node);
  return n ? { x: n.x, y: n.y - n.r - 8 } : undefined;
}

/** Channels the plan (and patch) act on are faded, actors they remove struck through. */
function applyPlan(
  snap: DigestSnapshot,
  actions: readonly string[],
  edges: Map<string, EdgeStyle>,
  nodes: Map<string, NodeStyle>,
) {
  const fade = (id: string) => {
    const st = edges.get(id);
    if (st) edges.set(id, { ...st, opacity: 0.3 });
  };
  for (const id of actions) {
    const t = actionTarget(snap.after, id);
    if (!t) continue;
    if (t.type === 'node') {
      nodes.set(t.id, { removed: true });
      for (const c of snap.after.channels) if (c.from === t.id || c.to === t.id) fade(c.id);
    } else if (t.type === 'channel') fade(t.id);
    else for (const c of snap.after.channels.filter((c) => c.jurisdiction === t.id)) fade(c.id);
  }
}

function targetMarks(snap: DigestSnapshot, id: string, text: string, tone: Mark['tone']): Mark[] {
  const t = actionTarget(snap.after, id);
  if (!t) return [];
  if (t.type === 'node') {
    const at = above(snap, t.id);
    return at ? [{ id: `${id}:${t.id}`, text, at, tone }] : [];
  }
  const channels =
    t.type === 'channel'
      ? [t.id]
      : snap.after.channels.filter((c) => c.jurisdiction === t.id).map((c) => c.id);
  return channels.flatMap((c) => {
    const at = midOf(snap, c);
    return at ? [{ id: `${id}:${c}`, text, at, tone }] : [];
  });
}

interface Drawn {
  figures: Figure[];
  html: string;
}

/** The evidence pictures of one network alert, numbered from `n`. */
function networkEvidence(
  alert: Alert,
  label: string,
  watch: NetworkWatch | undefined,
  snap: DigestSnapshot | undefined,
  n: () => number,
): Drawn {
  const ev = alert.event.evidence as NetworkEvidence;
  const figures: Figure[] = [];
  const parts: string[] = [];
  const name = (id: string) => snap?.names.get(id) ?? id;
  const changeMark = new Map(
    ev.contributions.map((c, i) => [`${c.element.type}:${c.element.id}`, `Δ${i + 1}`]),
  );
  parts.push(
    `<p>Support getting through under the adopted plan: <span class="key">${num(ev.residualBefore)}</span> at version ${alert.event.snapshot.from}, <span class="key">${num(ev.residualAfter)}</span> at version ${alert.event.snapshot.to} per period.</p>`,
  );
  if (snap) {
    // Picture 1: what changed, and the flow paths through it.
    const edges = baseEdges(snap);
    const nodes = new Map<string, NodeStyle>();
    applyPlan(snap, watch?.plan ?? [], edges, nodes);
    const flow = new Map<string, number>();
    for (const p of ev.paths) for (const c of p.channels) flow.set(c, (flow.get(c) ?? 0) + p.amount);
    const maxFlow = Math.max(1e-9, ...flow.values());
    for (const [c, v] of flow) {
      const st = edges.get(c);
      if (st)
        edges.set(c, { ...st, colour: '#0072B2', width: 1.5 + 4.5 * Math.sqrt(v / maxFlow), opacity: 1 });
    }
    const marks: Mark[] = [];
    for (const c of ev.contributions) {
      const text = changeMark.get(`${c.element.type}:${c.element.id}`)!;
      const tone: Mark['tone'] = c.change === 'added' ? 'added' : c.change === 'removed' ? 'removed' : 'cut';
      if (c.element.type === 'channel') {
        const st = edges.get(c.element.id);
        if (st && c.change === 'removed')
          edges.set(c.element.id, { ...st, colour: '#B00020', dash: '2 2', opacity: 0.6 });
        else if (st && !flow.has(c.element.id))
          edges.set(c.element.id, {
            ...st,
            colour: c.change === 'added' ? '#006D4F' : '#B00020',
            opacity: 1,
          });
        const at = midOf(snap, c.element.id);
        if (at) marks.push({ id: `change:${c.element.id}`, text, at, tone });
      } else {
        if (c.change === 'removed') nodes.set(c.element.id, { removed: true });
        else nodes.set(c.element.id, { ...(nodes.get(c.element.id) ?? {}), ring: true });
        const at = above(snap, c.element.id);
        if (at) marks.push({ id: `change:${c.element.id}`, text, at, tone });
      }
    }
    const k = n();
    const pic = drawNetwork({
      layout: snap.layout,
      title: `${label}: what changed and where the flow goes`,
      edges,
      nodes,
      marks,
    });
    figures.push({
      file: `alert-${k}-change.svg`,
      title: `${label}: what changed`,
      svg: pic.svg,
      labels: pic.labels,
    });
    parts.push(
      `<figure class="network">${pic.svg}<figcaption>Figure ${k}. ${esc(snap.after.name)}, version ${snap.from} → ${snap.to}, under the adopted plan (faded and struck through: what the plan acts on). Δ marks what changed (ringed: a new or changed actor); blue: the flow paths through the change, as wide as what they carry.</figcaption></figure>`,
    );
  }
  if (ev.contributions.length)
    parts.push(
      table(
        ['mark', 'element', 'change', 'residual with it', 'with only it put back'],
        ev.contributions.map((c) => [
          changeMark.get(`${c.element.type}:${c.element.id}`)!,
          `${c.element.type} ${c.element.type === 'node' ? name(c.element.id) : c.element.id}`,
          c.change,
          round(c.residualWith),
          round(c.residualWithout),
        ]),
        'What changed, and what each change does on its own',
      ),
    );
  if (ev.paths.length)
    parts.push(
      table(
        ['#', 'carries', 'path'],
        ev.paths.slice(0, 20).map((p, i) => [i + 1, round(p.amount), p.nodes.map(name).join(' → ')]),
        `Flow paths under the plan${ev.paths.length > 20 ? ` (20 of ${ev.paths.length})` : ''}`,
      ),
    );
  if (ev.patch) {
    const patch = ev.patch;
    const labels = patch.actions.map((id) => (snap ? actionTarget(snap.after, id)?.label : undefined) ?? id);
    parts.push(
      `<p>Cheapest patch: <span class="key">${esc(labels.join('; ') || 'none found')}</span>, extra cost <span class="key">${num(patch.cost)}</span>, leaves <span class="key">${num(patch.residual)}</span> per period.</p>`,
    );
    if (snap && patch.actions.length) {
      const edges = baseEdges(snap);
      const nodes = new Map<string, NodeStyle>();
      applyPlan(snap, [...(watch?.plan ?? []), ...patch.actions], edges, nodes);
      const marks = patch.actions.flatMap((id, i) => targetMarks(snap, id, `P${i + 1}`, 'weak'));
      for (const id of watch?.plan ?? []) marks.push(...targetMarks(snap, id, '×', 'removed'));
      const k = n();
      const pic = drawNetwork({
        layout: snap.layout,
        title: `${label}: the cheapest patch`,
        edges,
        nodes,
        marks,
      });
      figures.push({
        file: `alert-${k}-patch.svg`,
        title: `${label}: the cheapest patch`,
        svg: pic.svg,
        labels: pic.labels,
      });
      parts.push(
        `<figure class="network">${pic.svg}<figcaption>Figure ${k}. The adopted plan (×) with the cheapest patch (P) applied to version ${snap.to}.</figcaption></figure>`,
      );
      parts.push(
        table(
          ['mark', 'measure', 'acts on'],
          patch.actions.map((id, i) => {
            const t = actionTarget(snap.after, id);
            return [
              `P${i + 1}`,
              t?.label ?? id,
              t ? `${t.type} ${t.type === 'node' ? name(t.id) : t.id}` : '',
            ];
          }),
          'The patch',
        ),
      );
    }
  }
  if (ev.bestPlan)
    parts.push(
      `<p>Best plan for the same budget: <span class="key">${esc(ev.bestPlan.actions.map((id) => (snap ? actionTarget(snap.after, id)?.label : undefined) ?? id).join('; '))}</span>, leaving ${num(ev.bestPlan.residual)} per period.</p>`,
    );
  return { figures, html: parts.join('\n') };
}

function matchEvidence(alert: Alert): string {
  const ev = alert.event.evidence as MatchEvidence;
  return [
    `<p>Counterparty <span class="key">${esc(ev.counterparty)}</span> against <span class="key">${esc(ev.caption)}</span> <span class="muted">${esc(ev.entity)}</span> in ${esc(alert.event.snapshot.name)} version ${alert.event.snapshot.to}: score <span class="key">${ev.score.toFixed(2)}</span>${ev.previousScore !== undefined ? ` (was ${ev.previousScore.toFixed(2)})` : ''}.</p>`,
    ev.changedFields?.length ? `<p>Changed on the list: ${esc(ev.changedFields.join(', '))}.</p>` : '',
    ev.explanations.length
      ? table(
          ['feature', 'contribution', 'detail'],
          ev.explanations.map((x) => [x.feature, x.score.toFixed(3), x.detail ?? '']),
          'What the score rests on',
        )
      : '',
  ].join('\n');
}

function watchLine(w: Watch): string {
  if (w.kind === 'network')
    return `network <span class="key">${esc(w.network)}</span> under the plan ${esc(w.plan.join(', ') || '(no measures)')} (budget ${formatNumber(w.budget)}); breach above ${formatNumber(w.thresholds.breachAbove)}`;
  return `a book of ${formatNumber(w.counterparties.length)} counterparties against ${esc(w.datasets.join(', '))} (threshold ${w.threshold})`;
}

function alertFacts(a: Alert, watchName: string): string {
  const s = a.event.snapshot;
  return [
    '<dl class="facts">',
    `<dt>Alert</dt><dd>${esc(a.id)} · ${esc(a.rule)} · severity ${esc(a.event.severity)}</dd>`,
    `<dt>Watch</dt><dd>${esc(watchName)}</dd>`,
    `<dt>Snapshot</dt><dd>${esc(s.kind)} ${esc(s.name)} version ${s.from} → ${s.to}</dd>`,
    `<dt>State</dt><dd>${esc(a.state)}${a.resolution ? ` (${esc(a.resolution)})` : ''}; opened ${esc(when(a.openedAt))}, updated ${esc(when(a.updatedAt))}</dd>`,
    `<dt>Value</dt><dd>${num(a.event.value)}</dd>`,
    '</dl>',
  ].join('');
}

export function renderMonitorDigest(data: DigestData): RenderedReport {
  const watchById = new Map(data.watches.map((w) => [w.id, w]));
  const watchName = (id: string) => {
    const w = watchById.get(id);
    return w ? `${w.name ?? w.id} (${w.id})` : `${id} (removed)`;
  };
  const counts = digestCounts(data);
  const ref = new Map(data.alerts.map((a, i) => [a.id, `A${i + 1}`]));
  const sections: Section[] = [];
  const figures: Figure[] = [];
  let figureNo = 0;
  const nextFigure = () => ++figureNo;

  const periodText = `${data.period.since ?? 'the first run'} to ${data.period.until ?? 'now'}`;
  sections.push({
    id: 'alerts',
    title: 'Alerts of the period',
    body: [
      `<p><span class="key">${counts.alerts}</span> alert(s) from ${esc(periodText)}: ${counts.open} open, ${counts.acknowledged} acknowledged, ${counts.resolved} resolved; ${counts.decisions} decision(s); ${counts.runs} run(s).</p>`,
      data.alerts.length
        ? table(
            ['#', 'rule', 'severity', 'state', 'value', 'what', 'snapshot', 'opened'],
            data.alerts.map((a) => [
              ref.get(a.id)!,
              a.rule,
              a.event.severity,
              a.resolution ? `${a.state} (${a.resolution})` : a.state,
              round(a.event.value),
              a.event.title,
              `${a.event.snapshot.name} ${a.event.snapshot.from} → ${a.event.snapshot.to}`,
              when(a.openedAt),
            ]),
          )
        : '<p>No alert was raised, acknowledged or resolved in the period.</p>',
    ].join('\n'),
  });

  // One section per network alert; alerts resting on the same evidence point back to the first.
  const seen = new Map<string, string>();
  for (const a of data.alerts) {
    if (a.event.snapshot.kind !== 'network') continue;
    const r = ref.get(a.id)!;
    const snap = data.snapshots.get(snapshotKey(a.event.snapshot));
    const w = watchById.get(a.watch);
    const key = JSON.stringify([a.watch, a.event.snapshot, a.event.evidence]);
    const same = seen.get(key);
    let body: string;
    let wide = false;
    if (same) body = `<p>The evidence is the same as for ${esc(same)}: see its pictures.</p>`;
    else {
      seen.set(key, r);
      const drawn = networkEvidence(a, r, w?.kind === 'network' ? w : undefined, snap, nextFigure);
      figures.push(...drawn.figures);
      body = drawn.html;
      wide = !!snap && snap.layout.width > snap.layout.height;
    }
    sections.push({
      id: `alert-${r.toLowerCase()}`,
      title: `${r} ${a.rule}: ${a.event.title}`,
      wide,
      body: [alertFacts(a, watchName(a.watch)), body].join('\n'),
    });
  }
  const matches = data.alerts.filter((a) => a.event.snapshot.kind === 'dataset');
  if (matches.length)
    sections.push({
      id: 'list-alerts',
      title: 'List alerts',
      body: matches
        .map(
          (a) =>
            `<h3>${esc(ref.get(a.id)!)} ${esc(a.rule)}: ${esc(a.event.title)}</h3>${alertFacts(a, watchName(a.watch))}${matchEvidence(a)}`,
        )
        .join('\n'),
    });

  sections.push({
    id: 'decisions',
    title: 'Decisions',
    body: data.decisions.length
      ? [
          '<p>Each decision holds across list versions until the material fields of one side change (their fingerprints when it was taken are given).</p>',
          table(
            ['counterparty', 'list entity', 'verdict', 'by', 'at', 'why', 'fingerprints'],
            data.decisions.map((d) => [
              d.counterparty,
              d.referents.length ? `${d.entity} (${d.referents.join(', ')})` : d.entity,
              d.verdict,
              d.by,
              when(d.at),
              d.why,
              `${d.fingerprints.counterparty} / ${d.fingerprints.entity}`,
            ]),
          ),
        ].join('\n')
      : '<p>No decision was taken in the period.</p>',
  });

  const trail = data.alerts
    .flatMap((a) => a.history.map((h) => ({ a, h })))
    .filter(({ h }) => inPeriod(h.at, data))
    .sort((x, y) => x.h.at.localeCompare(y.h.at) || x.a.id.localeCompare(y.a.id));
  sections.push({
    id: 'audit',
    title: 'Audit trail',
    body: [
      table(
        ['at', 'alert', 'rule', 'state', 'by', 'value', 'note'],
        trail.map(({ a, h }) => [
          when(h.at),
          ref.get(a.id)!,
          a.rule,
          h.state,
          h.by,
          h.value !== undefined ? round(h.value) : '',
          h.note ?? '',
        ]),
        'Every transition of these alerts in the period, oldest first',
      ),
      data.runs.length
        ? table(
            ['run', 'at', 'watch', 'snapshot', 'events', 'transitions'],
            data.runs.map((run) => [
              run.id,
              when(run.at),
              watchName(run.watch),
              `${run.snapshot.kind} ${run.snapshot.name} ${run.snapshot.from} → ${run.snapshot.to}`,
              run.events.length,
              run.transitions.map((t) => `${t.kind} ${ref.get(t.alert) ?? t.alert}`).join(', ') || '—',
            ]),
            'Runs (each can be derived again with interdict monitor replay RUN)',
          )
        : '',
    ].join('\n'),
  });

  const title = data.watches.length === 1 ? (data.watches[0]!.name ?? data.watches[0]!.id) : 'all watches';
  const cover = [
    `<h1>Monitoring digest: ${esc(title)}</h1>`,
    '<dl>',
    `<dt>Period</dt><dd>${esc(periodText)}</dd>`,
    ...data.watches.map((w) => `<dt>Watch ${esc(w.name ?? w.id)}</dt><dd>${esc(w.id)}: ${watchLine(w)}</dd>`),
    ...data.removedWatches.map((id) => `<dt>Watch ${esc(id)}</dt><dd>removed; its alerts are kept</dd>`),
    `<dt>Alerts</dt><dd>${counts.alerts} (${counts.open} open, ${counts.acknowledged} acknowledged, ${counts.resolved} resolved)</dd>`,
    `<dt>Decisions</dt><dd>${counts.decisions}</dd>`,
    `<dt>Date</dt><dd>${esc(data.date)}</dd>`,
    '</dl>',
  ].join('\n');
  return {
    html: documentHtml({ title: `Monitoring digest: ${title}`, cover, sections }),
    figures,
    sections: sections.map((s) => ({ id: s.id, title: s.title })),
  };
}

function inPeriod(at: string, data: DigestData): boolean {
  const t = new Date(at).toISOString();
  return (!data.bounds.from || t >= data.bounds.from) && (!data.bounds.to || t < data.bounds.to);
}
