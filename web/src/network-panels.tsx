// The network view's panels: the flow reaching the recipients (and what gets
// through after the adversary's rebuild), the measures with undo, the budget
// over the frontier (chart and slider), the rebuild with its own budget,
// chokepoints, weak links per recipient, and the legend (the sponsors and
// recipients picked for networks without roles are in terminals-panel.tsx).
// Each shows figures from the server's answers only, and every table exports
// as CSV and JSON. The panels that list many rows redraw only when their
// figures change.

import { memo, useState } from 'react';
import { ExportLinks } from './export-table';
import { fmt, change, pct } from './format';
import { FrontierChart } from './frontier-chart';
import { budgetRange, frontierPointFor, type NetworkAction, type NetworkState } from './network-state';
import type { FlowResponse, Measure, NetworkDocument, RebuildResponse } from './types';

type Dispatch = (action: NetworkAction) => void;

export { MapLegend as Legend } from './map-legend';

export const FlowPanel = memo(function FlowPanel({
  flow,
  stale,
  error,
  applied,
  rebuild,
  nameOf,
}: {
  flow?: FlowResponse;
  stale: boolean;
  error?: string;
  applied: readonly string[];
  rebuild?: RebuildResponse;
  nameOf: (id: string) => string;
}) {
  const rows = (flow?.perRecipient ?? []).map((r) => ({
    recipient: r.recipient,
    name: nameOf(r.recipient),
    flow: typeof r.value === 'number' ? r.value : String(r.value),
  }));
  return (
    <section className="panel flow" aria-live="polite" aria-busy={stale}>
      <h2>Support reaching the recipients</h2>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className={`big${stale ? ' stale' : ''}`}>
        <span data-testid="flow-value">{fmt(flow?.value)}</span>
        <small> units / month</small>
        {stale && <small className="muted"> updating…</small>}
      </p>
      {flow && applied.length > 0 && flow.applied.length > 0 && (
        <p className="delta" data-testid="flow-change">
          was {fmt(flow.baseline)} · {change(flow.baseline, flow.value)} · cost {flow.cost}
        </p>
      )}
      {rebuild && !stale && (
        <p className="delta rebuild-headline" data-testid="flow-after-rebuild">
          after the adversary's rebuild: <b>{fmt(rebuild.residualAfter)}</b> gets through
          {rebuild.opened.length
            ? ` (opens ${rebuild.opened.map((o) => `${nameOf(o.from)} → ${nameOf(o.to)}`).join(', ')})`
            : ' (no candidate route helps within its budget)'}
        </p>
      )}
      <ul className="recipients">
        {flow?.perRecipient.map((r) => (
          <li key={r.recipient}>
            {nameOf(r.recipient)} <b data-testid={`recipient-${r.recipient}`}>{fmt(r.value)}</b>
          </li>
        ))}
      </ul>
      <ExportLinks name="flow-per-recipient" rows={rows} json={flow} />
    </section>
  );
});

export function MeasuresPanel({
  measures,
  applied,
  canUndo,
  dispatch,
}: {
  measures: readonly Measure[];
  applied: readonly string[];
  canUndo: boolean;
  dispatch: Dispatch;
}) {
  // The network's own measures, then any channel cut a plan chose.
  const shown = measures.filter((a) => !a.id.startsWith('cut-') || applied.includes(a.id));
  const rows = shown.map((a) => ({
    id: a.id,
    label: a.label ?? '',
    kind: a.kind,
    cost: a.cost,
    applied: applied.includes(a.id),
  }));
  return (
    <section className="panel">
      <h2>
        Measures <ExportLinks name="measures" rows={rows} />
      </h2>
      <fieldset>
        <legend className="sr-only">Measures to apply</legend>
        {shown.map((a) => (
          <label key={a.id} className="measure">
            <input
              type="checkbox"
              checked={applied.includes(a.id)}
              onChange={() => dispatch({ type: 'toggle-measure', action: a.id })}
              data-testid={`measure-${a.id}`}
            />
            <span>{a.label ?? a.id}</span>
            <small>
              {a.kind} · cost {a.cost}
            </small>
          </label>
        ))}
        {shown.length === 0 && <p className="muted">This network lists no measures and no channel costs.</p>}
      </fieldset>
      <p className="buttons">
        <button
          type="button"
          onClick={() => dispatch({ type: 'undo' })}
          disabled={!canUndo}
          data-testid="undo"
          title="Undo the last change of measures (Ctrl+Z)"
        >
          Undo
        </button>{' '}
        {applied.length > 0 && (
          <button type="button" onClick={() => dispatch({ type: 'clear-measures' })}>
            Clear measures
          </button>
        )}
      </p>
    </section>
  );
}

export function BudgetPanel({ state, dispatch }: { state: NetworkState; dispatch: Dispatch }) {
  const { frontier } = state;
  const points = frontier.status === 'done' ? frontier.value.points : [];
  const { max, step } = budgetRange(points);
  const budget = state.budget ?? 0;
  const point = frontierPointFor(points, budget);
  const rows = points.map((p) => ({
    budget: p.budget,
    cost: p.cost,
    residualFlow: typeof p.residualFlow === 'number' ? p.residualFlow : String(p.residualFlow),
    status: p.status,
    actions: p.actions.join(' '),
  }));
  return (
    <section className="panel">
      <h2>
        Budget{' '}
        <ExportLinks
          name="frontier"
          rows={rows}
          json={frontier.status === 'done' ? frontier.value : undefined}
        />
      </h2>
      {frontier.status === 'done' ? (
        <>
          <FrontierChart
            points={points}
            budget={budget}
            onPick={(b) => dispatch({ type: 'set-budget', budget: b })}
          />
          <label className="budget">
            <span className="sr-only">Budget</span>
            <input
              type="range"
              min={0}
              max={max}
              step={step}
              value={Math.min(budget, max)}
              onChange={(e) => dispatch({ type: 'set-budget', budget: Number(e.target.value) })}
              data-testid="budget"
            />
            <span>{budget}</span>
          </label>
          {state.pairs.length > 0 && (
            <p className="muted" data-testid="frontier-pairs">
              Plans weigh {state.pairs.length} pair{state.pairs.length > 1 ? 's' : ''}: residual flow is the
              weighted sum of their flows.
            </p>
          )}
          <p className="muted">
            Best plan within budget {budget}: residual flow{' '}
            <span data-testid="frontier-residual">{fmt(point?.residualFlow)}</span>
            {point && point.actions.length ? ` (${point.actions.join(', ')})` : ''}
            {budget >= max && max > 0 ? ' — spending more removes nothing more' : ''}
          </p>
        </>
      ) : (
        <p className="muted" data-testid="frontier-unavailable">
          {frontier.status === 'error' ? (
            frontier.message
          ) : (
            <>
              Computing the frontier…{' '}
              {state.frontierProgress && (
                <>
                  <progress max={state.frontierProgress.total || 1} value={state.frontierProgress.done} />{' '}
                  {state.frontierProgress.done}/{state.frontierProgress.total} budgets
                </>
              )}
            </>
          )}
        </p>
      )}
    </section>
  );
}

export function RebuildPanel({
  state,
  network,
  nameOf,
  dispatch,
}: {
  state: NetworkState;
  network?: NetworkDocument;
  nameOf: (id: string) => string;
  dispatch: Dispatch;
}) {
  const { rebuild } = state;
  const candidates = network?.candidates ?? [];
  const [draft, setDraft] = useState<string>('');
  const opened = new Set(rebuild.status === 'done' ? rebuild.value.opened.map((o) => o.id) : []);
  const rows = candidates.map((c) => ({
    id: c.id,
    from: nameOf(c.from),
    to: nameOf(c.to),
    kind: c.kind,
    capacity: typeof c.capacity === 'number' ? c.capacity : String(c.capacity),
    cost: c.cost ?? '',
    opened: opened.has(c.id),
  }));
  return (
    <section className="panel">
      <h2>
        The adversary's rebuild{' '}
        <ExportLinks
          name="rebuild-candidates"
          rows={rows}
          json={rebuild.status === 'done' ? { candidates, rebuild: rebuild.value } : candidates}
        />
      </h2>
      <label className="measure">
        <input
          type="checkbox"
          checked={state.showRebuild}
          onChange={(e) => dispatch({ type: 'show-rebuild', show: e.target.checked })}
          data-testid="show-rebuild"
        />
        <span>Show the adversary's best rebuild (from {candidates.length} candidate channels)</span>
      </label>
      <form
        className="inline"
        onSubmit={(e) => {
          e.preventDefault();
          const n = draft.trim() === '' ? undefined : Number(draft);
          if (n === undefined || (Number.isFinite(n) && n >= 0))
            dispatch({ type: 'set-rebuild-budget', budget: n });
        }}
      >
        <label>
          Rebuild budget{' '}
          <input
            type="number"
            min={0}
            step="any"
            value={draft}
            placeholder={rebuild.status === 'done' ? String(rebuild.value.rebuildBudget) : 'default'}
            onChange={(e) => setDraft(e.target.value)}
            data-testid="rebuild-budget"
          />
        </label>{' '}
        <button type="submit">Set</button>
      </form>
      {rebuild.status === 'loading' && <p className="muted">Finding the best rebuild…</p>}
      {rebuild.status === 'error' && <p className="error">{rebuild.message}</p>}
      {rebuild.status === 'done' && (
        <p data-testid="rebuild">
          With {rebuild.value.rebuildBudget} to spend, the adversary{' '}
          {rebuild.value.opened.length
            ? `opens ${rebuild.value.opened.map((o) => `${nameOf(o.from)} → ${nameOf(o.to)}`).join(', ')} (cost ${rebuild.value.cost})`
            : 'opens nothing'}
          : flow {fmt(rebuild.value.residualBefore)} → <b>{fmt(rebuild.value.residualAfter)}</b>
        </p>
      )}
      {candidates.length > 0 && (
        <details>
          <summary>Candidate channels</summary>
          <ul className="plain">
            {candidates.map((c) => (
              <li key={c.id} className={opened.has(c.id) ? 'opened' : undefined}>
                {opened.has(c.id) ? '↺ ' : ''}
                {nameOf(c.from)} → {nameOf(c.to)}{' '}
                <small>
                  {c.label ?? c.kind} · capacity {fmt(c.capacity)} · cost {c.cost ?? '–'}
                </small>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

export const ChokepointsPanel = memo(function ChokepointsPanel({
  flow,
  nameOf,
  dispatch,
}: {
  flow?: FlowResponse;
  nameOf: (id: string) => string;
  dispatch: Dispatch;
}) {
  const select = (id: string) => dispatch({ type: 'select', id });
  const rows = [
    ...(flow?.cut.edges.map((e) => ({
      kind: 'channel',
      id: e.channel,
      from: nameOf(e.from),
      to: nameOf(e.to),
      capacity: e.capacity,
    })) ?? []),
    ...(flow?.chokepointActors?.map((a) => ({
      kind: 'actor',
      id: a,
      from: nameOf(a),
      to: '',
      capacity: '',
    })) ?? []),
  ];
  return (
    <section className="panel">
      <h2>
        Chokepoints <ExportLinks name="chokepoints" rows={rows} />
      </h2>
      <ul className="plain">
        {flow?.cut.edges.map((e) => (
          <li key={e.channel}>
            <button type="button" className="link" onClick={() => select(e.channel)}>
              ✂ {nameOf(e.from)} → {nameOf(e.to)}
            </button>{' '}
            <small>capacity {fmt(e.capacity)}</small>
          </li>
        ))}
        {flow?.chokepointActors?.map((a) => (
          <li key={a}>
            <button type="button" className="link" onClick={() => select(a)}>
              ✂ {nameOf(a)}
            </button>{' '}
            <small>actor</small>
          </li>
        ))}
      </ul>
    </section>
  );
});

export const WeakLinksPanel = memo(function WeakLinksPanel({
  state,
  network,
  nameOf,
}: {
  state: NetworkState;
  network?: NetworkDocument;
  nameOf: (id: string) => string;
}) {
  const label = (kind: string, id: string) =>
    kind === 'node' ? nameOf(id) : (network?.jurisdictions.find((j) => j.id === id)?.name ?? id);
  const per = state.weakLinks.status === 'done' ? state.weakLinks.value : [];
  const rows = per.flatMap((r) =>
    r.response.weakLinks.map((w) => ({
      recipient: nameOf(r.recipient),
      kind: w.kind,
      id: w.id,
      name: label(w.kind, w.id),
      share: w.share,
      enforcement: w.enforcement,
      score: w.score,
    })),
  );
  return (
    <section className="panel">
      <h2>
        Weak links per recipient <ExportLinks name="weak-links" rows={rows} />
      </h2>
      {state.weakLinks.status === 'error' && <p className="error">{state.weakLinks.message}</p>}
      {state.weakLinks.status === 'loading' && <p className="muted">Finding weak links…</p>}
      {per.map((r) => (
        <div key={r.recipient} data-testid={`weak-links-${r.recipient}`}>
          <h3>{nameOf(r.recipient)}</h3>
          {r.response.weakLinks.length === 0 ? (
            <p className="muted">none</p>
          ) : (
            <ul className="plain">
              {r.response.weakLinks.slice(0, 5).map((w) => (
                <li key={`${w.kind}:${w.id}`}>
                  ⚠ {label(w.kind, w.id)}{' '}
                  <small>
                    {w.kind === 'jurisdiction' ? 'transit state' : 'actor'} · {pct(w.share)} of its flow ·
                    enforcement {pct(w.enforcement)} · weakness {w.score.toFixed(2)}
                  </small>
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </section>
  );
});
