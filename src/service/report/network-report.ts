// The network report as standalone HTML: cover, the network picture with its
// chokepoints and weak links, the flow picture, the plan and each measure's
// effect, the budget frontier, the rebuild before and after, screening, and
// the sources of every actor, channel and measure.

import { ROLES, type Channel, type Network } from '../../core/model/network.js';
import type { LabelBox } from './labels.js';
import { documentHtml, esc, formatNumber, formatPercent, table, type Cell, type Section } from './html.js';
import type { NetworkReportData } from './network-data.js';
import { stepPlot } from './plot.js';
import {
  CONFIDENCE_DASHES,
  drawNetwork,
  legendSvg,
  ROLE_SHAPES,
  type EdgeStyle,
  type Mark,
  type NodeStyle,
  type Picture,
} from './svg.js';

export interface Figure {
  /** File name in a bundle. */
  file: string;
  title: string;
  svg: string;
  /** Every label drawn in the figure (for overlap checks). */
  labels: LabelBox[];
}

export interface RenderedReport {
  html: string;
  figures: Figure[];
  /** Section ids and titles in order (the table of contents). */
  sections: { id: string; title: string }[];
}

const MAX_WIDTH = 7;

function capacityWidth(capacity: number, max: number): number {
  if (capacity === Infinity) return MAX_WIDTH;
  return 1 + (MAX_WIDTH - 1.5) * Math.sqrt(Math.max(0, capacity) / Math.max(max, 1e-9));
}

function maxFinite(channels: readonly Channel[]): number {
  return Math.max(1, ...channels.map((c) => c.capacity).filter((c) => Number.isFinite(c)));
}

function baseEdgeStyles(network: Network): Map<string, EdgeStyle> {
  const all = [...network.channels, ...(network.candidates ?? [])];
  const max = maxFinite(all);
  return new Map(
    all.map((c) => [
      c.id,
      {
        width: capacityWidth(c.capacity, max),
        ...(CONFIDENCE_DASHES[c.confidenceLabel] ? { dash: CONFIDENCE_DASHES[c.confidenceLabel] } : {}),
      },
    ]),
  );
}

const candidateIds = (network: Network) => new Set((network.candidates ?? []).map((c) => c.id));

function mid(data: NetworkReportData, channel: string) {
  return data.layout.edges.find((e) => e.id === channel)?.mid;
}

function nodeAt(data: NetworkReportData, id: string) {
  const n = data.layout.nodes.find((x) => x.id === id);
  return n ? { x: n.x, y: n.y - n.r - 8 } : undefined;
}

/** Ids given to the chokepoints (C1…) and weak links (W1…) on the picture and in the tables. */
function markIds(data: NetworkReportData) {
  const cuts = data.analysis.chokepoints.channels.edges.map((e, i) => ({ ...e, mark: `C${i + 1}` }));
  const weak = data.analysis.weakLinks.slice(0, 3).map((w, i) => ({ ...w, mark: `W${i + 1}` }));
  return { cuts, weak };
}

function networkFigure(data: NetworkReportData): Picture {
  const { network } = data;
  const edges = baseEdgeStyles(network);
  const { cuts, weak } = markIds(data);
  const marks: Mark[] = [];
  for (const c of cuts) {
    const at = mid(data, c.channel);
    if (at) marks.push({ id: c.channel, text: c.mark, at, tone: 'cut' });
    const st = edges.get(c.channel);
    if (st) edges.set(c.channel, { ...st, colour: '#B00020' });
  }
  for (const w of weak) {
    if (w.kind === 'node') {
      const at = nodeAt(data, w.id);
      if (at) marks.push({ id: w.id, text: w.mark, at, tone: 'weak' });
    } else {
      for (const c of network.channels.filter(
        (c) => c.jurisdiction === w.id && (data.channelFlow?.get(c.id) ?? 1) > 0,
      )) {
        const at = mid(data, c.id);
        if (at) marks.push({ id: `${w.id}:${c.id}`, text: w.mark, at, tone: 'weak' });
      }
    }
  }
  const nodes = new Map<string, NodeStyle>(
    (data.analysis.chokepoints.actors ?? []).map((id) => [id, { ring: true }]),
  );
  return drawNetwork({
    layout: data.layout,
    title: `The network: ${network.name}`,
    edges,
    hidden: candidateIds(network),
    nodes,
    marks,
  });
}

function flowFigure(data: NetworkReportData): Picture | undefined {
  if (!data.channelFlow) return undefined;
  const flows = data.channelFlow;
  const max = Math.max(1e-9, ...flows.values());
  const edges = new Map<string, EdgeStyle>();
  const marks: Mark[] = [];
  for (const c of data.network.channels) {
    const v = flows.get(c.id) ?? 0;
    if (v > 1e-9) {
      edges.set(c.id, { width: 1 + (MAX_WIDTH - 1) * Math.sqrt(v / max), colour: '#0072B2' });
      const at = mid(data, c.id);
      if (at) marks.push({ id: c.id, text: formatNumber(round(v)), at, tone: 'added' });
    } else edges.set(c.id, { width: 0.8, colour: '#999', dash: '3 3' });
  }
  return drawNetwork({
    layout: data.layout,
    title: 'Where the maximum flow goes',
    edges,
    hidden: candidateIds(data.network),
    marks,
  });
}

const round = (v: number) => Math.round(v * 100) / 100;

/** The network with the plan's measures applied, and (after) the channels the adversary opens. */
function rebuildFigures(data: NetworkReportData): [Picture, Picture] | undefined {
  const { network, plan, rebuild } = data;
  if (!plan || !rebuild) return undefined;
  const base = baseEdgeStyles(network);
  const nodes = new Map<string, NodeStyle>();
  const marks: Mark[] = [];
  const faded = (id: string) => {
    const st = base.get(id);
    if (st) base.set(id, { ...st, opacity: 0.25 });
  };
  for (const a of plan.actions) {
    const tag = a.effect === 'remove' ? '×' : `−${a.effect.replace(/^reduce /, '')}`;
    if (a.targetType === 'node') {
      nodes.set(a.target, { removed: a.effect === 'remove' });
      for (const c of network.channels) if (c.from === a.target || c.to === a.target) faded(c.id);
      const at = nodeAt(data, a.target);
      if (at) marks.push({ id: a.id, text: tag, at, tone: 'removed' });
    } else if (a.targetType === 'channel') {
      if (a.effect === 'remove') faded(a.target);
      const at = mid(data, a.target);
      if (at) marks.push({ id: a.id, text: tag, at, tone: 'removed' });
    } else {
      for (const c of network.channels.filter((c) => c.jurisdiction === a.target)) {
        if (a.effect === 'remove') faded(c.id);
        const at = mid(data, c.id);
        if (at) marks.push({ id: `${a.id}:${c.id}`, text: tag, at, tone: 'removed' });
      }
    }
  }
  const allCandidates = candidateIds(network);
  const before = drawNetwork({
    layout: data.layout,
    title: 'Before the rebuild: the plan applied',
    edges: base,
    hidden: allCandidates,
    nodes,
    marks,
  });
  const opened = new Set(rebuild.opened.map((o) => o.id));
  const afterEdges = new Map(base);
  const afterMarks = [...marks];
  rebuild.opened.forEach((o, i) => {
    const st = afterEdges.get(o.id);
    if (st) afterEdges.set(o.id, { ...st, colour: '#006D4F' });
    const at = mid(data, o.id);
    if (at) afterMarks.push({ id: o.id, text: `N${i + 1}`, at, tone: 'added' });
  });
  const after = drawNetwork({
    layout: data.layout,
    title: 'After the rebuild: channels the network opens',
    edges: afterEdges,
    hidden: new Set([...allCandidates].filter((id) => !opened.has(id))),
    nodes,
    marks: afterMarks,
  });
  return [before, after];
}

function figureHtml(p: Picture, caption: string, cls = 'network'): string {
  return `<figure class="${cls}">${p.svg}<figcaption>${caption}</figcaption></figure>`;
}

function sourcesHtml(
  sources: readonly { citation: string; date?: string; url?: string; quote?: string }[] = [],
) {
  if (!sources.length) return '<span class="muted">no source given</span>';
  return sources
    .map(
      (s) =>
        `${s.quote ? `<span class="quote">“${esc(s.quote)}”</span> — ` : ''}${esc(s.citation)}${s.date ? ` (${esc(s.date)})` : ''}${s.url ? ` <span class="muted">${esc(s.url)}</span>` : ''}`,
    )
    .join('<br>');
}

export function renderNetworkReport(data: NetworkReportData): RenderedReport {
  const { network, names, analysis } = data;
  const name = (id: string) => names.get(id) ?? id;
  const jurisdiction = new Map(network.jurisdictions.map((j) => [j.id, j.name]));
  const channelById = new Map([...network.channels, ...(network.candidates ?? [])].map((c) => [c.id, c]));
  const figures: Figure[] = [];
  const sections: Section[] = [];
  const { cuts, weak } = markIds(data);
  const keep = (file: string, title: string, p: Picture) => {
    figures.push({ file, title, svg: p.svg, labels: p.labels });
    return p;
  };

  // 1. The network.
  const picture = keep('network.svg', 'The network', networkFigure(data));
  const usedRoles = ROLES.filter((r) => network.nodes.some((n) => n.role === r));
  // Wide pictures print on landscape pages, tall ones on portrait pages.
  const wide = data.layout.width > data.layout.height;
  sections.push({
    id: 'network',
    title: 'The network',
    wide,
    body: [
      `<p>${network.nodes.length} actors and ${network.channels.length} channels, from the ${usedRoles.includes('sponsor') ? 'sponsors' : 'sources'} on the left to the recipients on the right. Shape and colour give the role (${usedRoles.map((r) => `${r}: ${ROLE_SHAPES[r]}`).join(', ')}); line width gives capacity and the dash gives confidence. <span class="key">C</span> marks the channels of the minimum cut, <span class="key">W</span> the weak links; ringed actors are the fewest whose removal disconnects sponsors from recipients.</p>`,
      figureHtml(picture, `Figure 1. ${esc(network.name)}.`),
      `<figure class="legend">${legendSvg(usedRoles)}</figure>`,
    ].join('\n'),
  });

  // 2. Actors and channels.
  sections.push({
    id: 'actors',
    title: 'Actors and channels',
    body: [
      table(
        ['actor', 'role', 'schema', 'jurisdiction', 'listed'],
        network.nodes.map((n) => [
          name(n.id),
          n.role,
          n.schema,
          n.jurisdiction ? (jurisdiction.get(n.jurisdiction) ?? n.jurisdiction) : '',
          n.designated ? 'yes' : '',
        ]),
        'Actors',
      ),
      table(
        ['channel', 'from', 'to', 'kind', 'capacity', 'confidence', 'crosses'],
        network.channels.map((c) => [
          c.label ?? c.id,
          name(c.from),
          name(c.to),
          c.kind,
          c.capacity,
          `${c.confidenceLabel} (${c.confidence})`,
          c.jurisdiction ? (jurisdiction.get(c.jurisdiction) ?? c.jurisdiction) : '',
        ]),
        'Channels',
      ),
    ].join('\n'),
  });

  // 3. Flow.
  const flowPic = flowFigure(data);
  const flowBody = [
    table(
      ['recipient', 'maximum flow'],
      analysis.perRecipient.map((r) => [name(r.recipient), r.value === 'unbounded' ? 'unlimited' : r.value]),
      'Support that can reach each recipient (per period)',
    ),
    `<p>All recipients together: <span class="key">${formatNumber(analysis.total.value)}</span> per period (they compete for the same upstream channels).</p>`,
  ];
  if (flowPic) {
    keep('flow.svg', 'Where the maximum flow goes', flowPic);
    flowBody.push(
      figureHtml(
        flowPic,
        'Figure 2. The maximum flow decomposed: each channel drawn as wide as the flow it carries, with the amount; grey dashed channels carry none.',
      ),
    );
    flowBody.push(
      table(
        ['#', 'amount', 'path'],
        data.flowPaths.slice(0, 40).map((p, i) => [i + 1, round(p.amount), p.nodes.map(name).join(' → ')]),
        `Flow paths, largest first${data.flowPaths.length > 40 ? ` (40 of ${data.flowPaths.length})` : ''}`,
      ),
    );
  } else {
    flowBody.push(
      `<p>The flow is unlimited: a path of channels without a capacity limit runs from a sponsor to a recipient (${esc((analysis.total.unboundedPath ?? []).join(', '))}).</p>`,
    );
  }
  sections.push({
    id: 'flow',
    title: 'How much support gets through',
    wide: !!flowPic && wide,
    body: flowBody.join('\n'),
  });

  // 4. Chokepoints and weak links.
  const chokeBody = [
    table(
      ['mark', 'channel', 'from', 'to', 'capacity'],
      cuts.map((c) => [
        c.mark,
        channelById.get(c.channel)?.label ?? c.channel,
        name(c.from),
        name(c.to),
        c.capacity,
      ]),
      `Minimum cut: the smallest set of channels that cuts every recipient off (capacity ${formatNumber(analysis.chokepoints.channels.capacity)})`,
    ),
    analysis.chokepoints.actors?.length
      ? `<p>Fewest actors whose removal disconnects sponsors and recipients (ringed on Figure 1): <span class="key">${esc(analysis.chokepoints.actors.map(name).join(', '))}</span>.</p>`
      : '<p>No set of actors short of the sponsors and recipients themselves disconnects them.</p>',
    weak.length
      ? table(
          ['mark', 'weak link', 'kind', 'flow share', 'enforcement', 'weakness'],
          weak.map((w) => [
            w.mark,
            w.kind === 'jurisdiction' ? (jurisdiction.get(w.id) ?? w.id) : name(w.id),
            w.kind,
            formatPercent(w.share),
            w.enforcement.toFixed(2),
            w.score.toFixed(3),
          ]),
          'Weak links: share of the flow passing through × (1 − enforcement)',
        )
      : '<p>No weak links: no transit jurisdiction or actor carries flow.</p>',
  ];
  if (analysis.pressure) {
    const p = analysis.pressure;
    chokeBody.push(
      `<p>Cutting ${formatPercent(p.fraction)} of the capacity crossing ${esc(jurisdiction.get(p.jurisdiction) ?? p.jurisdiction)} lowers the total from ${formatNumber(analysis.total.value)} to <span class="key">${formatNumber(p.value)}</span> per period.</p>`,
    );
  }
  sections.push({ id: 'chokepoints', title: 'Chokepoints and weak links', body: chokeBody.join('\n') });

  // 5. The plan.
  const actionLabel = new Map(network.actions.map((a) => [a.id, a.label ?? a.id]));
  if (data.plan) {
    const p = data.plan;
    const origin =
      p.origin === 'file'
        ? 'the measures given in the plan file'
        : p.origin === 'budget'
          ? `the best plan for a budget of ${formatNumber(p.budget)}`
          : `the cheapest plan on the frontier that does most (budget ${formatNumber(p.budget)})`;
    sections.push({
      id: 'plan',
      title: 'The plan and what each measure does',
      body: [
        `<p>Shown: ${origin}. Cost <span class="key">${formatNumber(p.cost)}</span>; support still getting through <span class="key">${formatNumber(round(p.residualFlow))} of ${formatNumber(round(p.baseFlow))}</span> per period (${esc(p.status)}).</p>`,
        p.actions.length
          ? table(
              ['measure', 'acts on', 'cost', 'effect', 'flow removed', 'paths broken'],
              p.actions.map((a) => [
                a.label ?? actionLabel.get(a.id) ?? a.id,
                `${a.targetType} ${a.targetType === 'node' ? name(a.target) : a.targetType === 'jurisdiction' ? (jurisdiction.get(a.target) ?? a.target) : (channelById.get(a.target)?.label ?? a.target)}`,
                a.cost,
                a.effect,
                round(a.flowRemoved),
                a.pathsBroken.length,
              ]),
              'Measures (flow removed: with this measure versus without it, the others kept)',
            )
          : '<p>The plan takes no measures.</p>',
      ].join('\n'),
    });
  }

  // 6. Frontier.
  if (data.frontier.length) {
    const plot = stepPlot(
      data.frontier.map((pt) => ({
        x: pt.budget,
        y: pt.residualFlow,
        label: formatNumber(round(pt.residualFlow)),
      })),
      { x: 'budget', y: 'support still getting through', title: 'Budget frontier' },
    );
    figures.push({ file: 'frontier.svg', title: 'Budget frontier', svg: plot.svg, labels: plot.labels });
    sections.push({
      id: 'frontier',
      title: 'The budget frontier',
      body: [
        `<figure class="plot">${plot.svg}<figcaption>Figure 3. The best plan for every budget: what still gets through.</figcaption></figure>`,
        table(
          ['budget', 'cost', 'still gets through', 'status', 'measures'],
          data.frontier.map((pt) => [
            pt.budget,
            pt.cost,
            round(pt.residualFlow),
            pt.status,
            pt.actions.map((id) => actionLabel.get(id) ?? id).join('; ') || '—',
          ]),
        ),
      ].join('\n'),
    });
  }

  // 7. Rebuild.
  const pair = rebuildFigures(data);
  if (pair && data.rebuild) {
    const r = data.rebuild;
    keep('rebuild-before.svg', 'Before the rebuild', pair[0]);
    keep('rebuild-after.svg', 'After the rebuild', pair[1]);
    sections.push({
      id: 'rebuild',
      title: 'How the network would rebuild',
      wide,
      body: [
        `<p>Against the plan above, with ${formatNumber(r.rebuildBudget)} to spend, the network's best answer opens ${r.opened.length} channel(s); support getting through goes from <span class="key">${formatNumber(round(r.residualBefore))}</span> to <span class="key">${formatNumber(round(r.residualAfter))}</span> per period. Both pictures share one layout; × and − mark the plan's measures, N the channels opened.</p>`,
        `<div class="pair${wide ? '' : ' side'}">${figureHtml(pair[0], 'Figure 4a. The plan applied.')}${figureHtml(pair[1], 'Figure 4b. After the rebuild.')}</div>`,
        r.opened.length
          ? table(
              ['mark', 'opened channel', 'from', 'to', 'capacity', 'cost'],
              r.opened.map((o, i) => [
                `N${i + 1}`,
                channelById.get(o.id)?.label ?? o.id,
                name(o.from),
                name(o.to),
                o.capacity,
                o.cost,
              ]),
            )
          : '<p>No affordable candidate channel restores any flow.</p>',
      ].join('\n'),
    });
  }

  // 8. Screening.
  if (data.screening) {
    const s = data.screening;
    sections.push({
      id: 'screening',
      title: 'Screening against the sanctions lists',
      body: [
        `<p>Screened against ${esc(s.datasets.map((d) => `${d.name}@${d.version}`).join(', '))}.</p>`,
        table(
          ['actor', 'role', 'listed', 'best candidate', 'score', 'nearest listed'],
          s.actors.map((a) => {
            const best = a.results[0];
            return [
              a.name,
              a.role,
              a.listed ? 'yes' : '',
              best ? `${best.caption} (${best.dataset}@${best.version})` : '—',
              best ? best.score.toFixed(3) : '',
              a.listed ? '' : a.nearestListed === null ? '—' : `${a.nearestListed} hop(s)`,
            ] as Cell[];
          }),
        ),
      ].join('\n'),
    });
  }

  // Appendix.
  sections.push({
    id: 'sources',
    title: 'Appendix: sources and quotes',
    body: [
      table(
        ['channel', 'sources'],
        [...network.channels, ...(network.candidates ?? [])].map((c) => [
          `${c.label ?? c.id} (${name(c.from)} → ${name(c.to)})`,
          { html: sourcesHtml(c.sources) },
        ]),
        'Channels (and candidate channels of the rebuild)',
      ),
      table(
        ['actor', 'sources'],
        network.nodes.map((n) => [name(n.id), { html: sourcesHtml(n.sources) }]),
        'Actors',
      ),
      network.actions.length
        ? table(
            ['measure', 'sources'],
            network.actions.map((a) => [a.label ?? a.id, { html: sourcesHtml(a.sources) }]),
            'Measures',
          )
        : '',
    ].join('\n'),
  });

  const m = data.meta;
  const listsLine = data.screening
    ? esc(data.screening.datasets.map((d) => `${d.name}@${d.version}`).join(', '))
    : '<span class="muted">not screened (no lists imported)</span>';
  const cover = [
    `<h1>${esc(network.name)}</h1>`,
    network.description ? `<p>${esc(network.description)}</p>` : '',
    '<dl>',
    `<dt>Network</dt><dd>${esc(network.id)}${m.version !== undefined ? ` version ${m.version}` : ''} (${esc(m.source)})</dd>`,
    `<dt>Content hash</dt><dd>${m.contentHash ? `sha256:${esc(m.contentHash)}` : '<span class="muted">not known</span>'}</dd>`,
    `<dt>Lists screened against</dt><dd>${listsLine}</dd>`,
    `<dt>Date</dt><dd>${esc(m.date)}</dd>`,
    `<dt>Size</dt><dd>${network.nodes.length} actors, ${network.channels.length} channels, ${network.actions.length} measures</dd>`,
    '</dl>',
    `<div class="notice">What is illustrative: ${esc(network.notice ?? 'nothing is marked illustrative in the network file; every figure follows from its capacities, confidences and costs.')}</div>`,
  ].join('\n');
  const html = documentHtml({ title: `Report: ${network.name}`, cover, sections });
  return { html, figures, sections: sections.map((s) => ({ id: s.id, title: s.title })) };
}
