// The network view's panels: the flow reaching the recipients, the measures,
// the budget over the frontier with the adversary's rebuild, chokepoints and
// weak links, and the legend. Each shows figures from the server's answers only.

import { fmt, change, pct } from './format';
import { CUT_COLOUR, DASHES, KIND_COLOURS, REBUILD_COLOUR, ROLE_COLOURS } from './map-style';
import { budgetRange, frontierPointFor, type NetworkAction, type NetworkState } from './network-state';
import type { FlowResponse, Measure, NetworkDocument } from './types';

type Dispatch = (action: NetworkAction) => void;

export function Legend() {
  return (
    <div className="legend" aria-label="Legend">
      <div>
        {Object.entries(ROLE_COLOURS).map(([role, c]) => (
          <span key={role}>
            <i className="dot" style={{ background: c }} />
            {role}
          </span>
        ))}
      </div>
      <div>
        {Object.entries(KIND_COLOURS)
          .filter(([k]) => !['membership', 'directorship'].includes(k))
          .map(([kind, c]) => (
            <span key={kind}>
              <i className="line" style={{ background: c }} />
              {kind === 'ownership' ? 'ownership etc.' : kind}
            </span>
          ))}
      </div>
      <div>
        {Object.entries(DASHES).map(([label, d]) => (
          <span key={label}>
            <i
              className="line"
              style={{
                background: d.gap
                  ? `repeating-linear-gradient(90deg,#374151 0 ${d.dash}px,transparent ${d.dash}px ${d.dash + d.gap}px)`
                  : '#374151',
              }}
            />
            {label}
          </span>
        ))}
        <span>
          <i className="line" style={{ background: CUT_COLOUR }} />
          min cut
        </span>
        <span>
          <i className="line" style={{ background: REBUILD_COLOUR }} />
          rebuild
        </span>
        <span>✂ chokepoint · ⚠ weak link · width = capacity · faded = no flow</span>
      </div>
    </div>
  );
}

export function FlowPanel({
  flow,
  stale,
  error,
  applied,
  nameOf,
}: {
  flow?: FlowResponse;
  stale: boolean;
  error?: string;
  applied: readonly string[];
  nameOf: (id: string) => string;
}) {
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
      <ul className="recipients">
        {flow?.perRecipient.map((r) => (
          <li key={r.recipient}>
            {nameOf(r.recipient)} <b data-testid={`recipient-${r.recipient}`}>{fmt(r.value)}</b>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MeasuresPanel({
  measures,
  applied,
  dispatch,
}: {
  measures: readonly Measure[];
  applied: readonly string[];
  dispatch: Dispatch;
}) {
  // The network's own measures, then any channel cut a plan chose.
  const shown = measures.filter((a) => !a.id.startsWith('cut-') || applied.includes(a.id));
  return (
    <section className="panel">
      <h2>Measures</h2>
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
      </fieldset>
      {applied.length > 0 && (
        <button type="button" onClick={() => dispatch({ type: 'clear-measures' })}>
          Clear measures
        </button>
      )}
    </section>
  );
}

export function BudgetPanel({
  state,
  candidates,
  dispatch,
}: {
  state: NetworkState;
  candidates: number;
  dispatch: Dispatch;
}) {
  const { frontier, rebuild } = state;
  const points = frontier.status === 'done' ? frontier.value.points : [];
  const { max, step } = budgetRange(points);
  const budget = state.budget ?? 0;
  const point = frontierPointFor(points, budget);
  return (
    <section className="panel">
      <h2>Budget</h2>
      {frontier.status === 'done' ? (
        <>
          <label className="budget">
            <span className="sr-only">Budget</span>
            <input
              type="range"
              min={0}
              max={max}
              step={step}
              value={budget}
              onChange={(e) => dispatch({ type: 'set-budget', budget: Number(e.target.value) })}
              data-testid="budget"
            />
            <span>{budget}</span>
          </label>
          <p className="muted">
            Best plan within budget {budget}: residual flow{' '}
            <span data-testid="frontier-residual">{fmt(point?.residualFlow)}</span>
            {budget >= max && max > 0 ? ' (spending more removes nothing more)' : ''}
          </p>
        </>
      ) : (
        <p className="muted" data-testid="frontier-unavailable">
          {frontier.status === 'error' ? frontier.message : 'Loading the frontier…'}
        </p>
      )}
      <label className="measure">
        <input
          type="checkbox"
          checked={state.showRebuild}
          onChange={(e) => dispatch({ type: 'show-rebuild', show: e.target.checked })}
        />
        <span>Show the adversary's best rebuild (from {candidates} candidate channels)</span>
      </label>
      {rebuild.status === 'error' && <p className="error">{rebuild.message}</p>}
      {rebuild.status === 'done' && (
        <p data-testid="rebuild">
          With {rebuild.value.rebuildBudget} to spend:{' '}
          {rebuild.value.opened.length
            ? `Opens ${rebuild.value.opened.map((o) => o.id).join(', ')}`
            : 'Opens nothing'}
          : flow {fmt(rebuild.value.residualBefore)} → <b>{fmt(rebuild.value.residualAfter)}</b>
        </p>
      )}
    </section>
  );
}

export function ChokepointsPanel({
  flow,
  network,
  nameOf,
  dispatch,
}: {
  flow?: FlowResponse;
  network?: NetworkDocument;
  nameOf: (id: string) => string;
  dispatch: Dispatch;
}) {
  const select = (id: string) => dispatch({ type: 'select', id });
  return (
    <section className="panel">
      <h2>Chokepoints</h2>
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
      <h2>Weak links</h2>
      <ul className="plain">
        {flow?.weakLinks.slice(0, 5).map((w) => (
          <li key={`${w.kind}:${w.id}`}>
            ⚠{' '}
            {w.kind === 'node'
              ? nameOf(w.id)
              : (network?.jurisdictions.find((j) => j.id === w.id)?.name ?? w.id)}{' '}
            <small>
              {pct(w.share)} of flow · enforcement {pct(w.enforcement)} · score {w.score.toFixed(2)}
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}
