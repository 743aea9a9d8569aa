// The network view: the map, the flow it carries, and the what-if controls
// (measures, budget over the frontier, the adversary's rebuild), with details.

import { useEffect, useMemo, useState } from 'react';
import { api, ApiError } from './api';
import { Details } from './details';
import { change, fmt, pct } from './format';
import { mapGraph } from './map-graph';
import { CUT_COLOUR, DASHES, KIND_COLOURS, REBUILD_COLOUR, ROLE_COLOURS } from './map-style';
import { NetworkMap } from './network-map';
import type { FlowResponse, FrontierPoint, NetworkDocument, RebuildResponse, VersionSummary } from './types';

function measuresEffect(network: NetworkDocument, applied: ReadonlySet<string>) {
  const removed = new Set<string>();
  const reduced = new Set<string>();
  for (const a of network.actions) {
    if (!applied.has(a.id)) continue;
    if (a.target.type === 'node' && a.effect.type === 'remove') removed.add(a.target.id);
    if (a.target.type === 'channel' && a.effect.type === 'remove') reduced.add(a.target.id);
  }
  return { removed, reduced };
}

function Legend() {
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

export function NetworkView() {
  const [list, setList] = useState<VersionSummary[]>();
  const [id, setId] = useState<string>();
  const [network, setNetwork] = useState<NetworkDocument>();
  const [applied, setApplied] = useState<Set<string>>(new Set());
  const [flow, setFlow] = useState<FlowResponse>();
  const [error, setError] = useState<string>();
  const [selected, setSelected] = useState<string>();
  const [showRebuild, setShowRebuild] = useState(false);
  const [frontier, setFrontier] = useState<FrontierPoint[] | string>();
  const [budget, setBudget] = useState(0);
  const [rebuild, setRebuild] = useState<RebuildResponse | string>();

  useEffect(() => {
    api.networks().then(
      (l) => {
        setList(l);
        setId(l.find((n) => n.name === 'article')?.name ?? l[0]?.name);
      },
      (e: Error) => setError(e.message),
    );
  }, []);

  useEffect(() => {
    if (!id) return;
    setNetwork(undefined);
    setApplied(new Set());
    setSelected(undefined);
    api.network(id).then(
      (r) => setNetwork(r.network),
      (e: Error) => setError(e.message),
    );
    api.frontier(id).then(
      (r) => setFrontier(r.points),
      (e: unknown) =>
        setFrontier(e instanceof ApiError ? `${e.message}${e.hint ? ` — ${e.hint}` : ''}` : String(e)),
    );
  }, [id]);

  useEffect(() => {
    if (!id) return;
    let live = true;
    api.flow(id, { actions: [...applied] }).then(
      (f) => live && (setFlow(f), setError(undefined)),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [id, applied]);

  useEffect(() => {
    if (!id || !showRebuild) return setRebuild(undefined);
    let live = true;
    api.rebuild(id, [...applied]).then(
      (r) => live && setRebuild(r),
      (e: Error) => live && setRebuild(e.message),
    );
    return () => {
      live = false;
    };
  }, [id, applied, showRebuild]);

  const graph = useMemo(() => {
    if (!network) return undefined;
    const { removed, reduced } = measuresEffect(network, applied);
    const opened = new Set(typeof rebuild === 'object' ? rebuild.opened.map((o) => o.id) : []);
    const vertical = window.innerWidth < 700;
    return mapGraph(network, { flow, removed, reduced, rebuild: opened, selected, vertical });
  }, [network, flow, applied, rebuild, selected]);

  const toggle = (actionId: string) =>
    setApplied((prev) => {
      const next = new Set(prev);
      if (next.has(actionId)) next.delete(actionId);
      else next.add(actionId);
      return next;
    });

  const applyBudget = (b: number) => {
    setBudget(b);
    if (!Array.isArray(frontier)) return;
    const best = [...frontier]
      .filter((p) => p.cost <= b)
      .sort((x, y) => x.cost - y.cost)
      .pop();
    setApplied(new Set(best?.actions ?? []));
  };

  if (list && list.length === 0) {
    return (
      <p className="empty">
        No network stored yet. Start the server with <code>interdict serve --demo</code> or upload one:{' '}
        <code>POST /networks</code>.
      </p>
    );
  }
  const names = new Map(network?.nodes.map((n) => [n.id, n.properties.name?.[0] ?? n.id]));
  const nameOf = (x: string) => names.get(x) ?? x;
  const maxBudget = network ? network.actions.reduce((a, x) => a + x.cost, 0) : 0;
  return (
    <div className="network-view">
      <section className="map-pane" aria-label="Map">
        <div className="map-head">
          <label>
            Network{' '}
            <select value={id ?? ''} onChange={(e) => setId(e.target.value)}>
              {list?.map((n) => (
                <option key={n.name} value={n.name}>
                  {n.name} (v{n.version})
                </option>
              ))}
            </select>
          </label>
          <span className="title">{network?.name}</span>
        </div>
        {network?.notice && <p className="notice">{network.notice}</p>}
        {graph ? (
          <NetworkMap graph={graph} onSelect={setSelected} />
        ) : (
          <div className="map loading">Loading…</div>
        )}
        <Legend />
      </section>
      <aside className="side">
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <section className="panel flow" aria-live="polite">
          <h2>Support reaching the recipients</h2>
          <p className="big">
            <span data-testid="flow-value">{fmt(flow?.value)}</span>
            <small> units / month</small>
          </p>
          {flow && applied.size > 0 && (
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
        <section className="panel">
          <h2>Measures</h2>
          <fieldset>
            <legend className="sr-only">Measures to apply</legend>
            {network?.actions.map((a) => (
              <label key={a.id} className="measure">
                <input
                  type="checkbox"
                  checked={applied.has(a.id)}
                  onChange={() => toggle(a.id)}
                  data-testid={`measure-${a.id}`}
                />
                <span>{a.label ?? a.id}</span>
                <small>
                  {a.kind} · cost {a.cost}
                </small>
              </label>
            ))}
          </fieldset>
          {applied.size > 0 && (
            <button type="button" onClick={() => setApplied(new Set())}>
              Clear measures
            </button>
          )}
        </section>
        <section className="panel">
          <h2>Budget</h2>
          {Array.isArray(frontier) ? (
            <>
              <label className="budget">
                <span className="sr-only">Budget</span>
                <input
                  type="range"
                  min={0}
                  max={maxBudget}
                  step={1}
                  value={budget}
                  onChange={(e) => applyBudget(Number(e.target.value))}
                  data-testid="budget"
                />
                <span>{budget}</span>
              </label>
              <p className="muted">
                Best plan within budget {budget}: residual flow{' '}
                {fmt(
                  [...frontier]
                    .filter((p) => p.cost <= budget)
                    .sort((x, y) => x.cost - y.cost)
                    .pop()?.residualFlow ?? flow?.baseline,
                )}
              </p>
            </>
          ) : (
            <p className="muted" data-testid="frontier-unavailable">
              {frontier ?? 'Loading the frontier…'}
            </p>
          )}
          <label className="measure">
            <input type="checkbox" checked={showRebuild} onChange={(e) => setShowRebuild(e.target.checked)} />
            <span>
              Show the adversary's best rebuild (budget 3, from {network?.candidates?.length ?? 0} candidate
              channels)
            </span>
          </label>
          {typeof rebuild === 'string' && <p className="error">{rebuild}</p>}
          {typeof rebuild === 'object' && (
            <p data-testid="rebuild">
              {rebuild.opened.length
                ? `Opens ${rebuild.opened.map((o) => o.id).join(', ')}`
                : 'Opens nothing'}
              : flow {fmt(rebuild.residualBefore)} → <b>{fmt(rebuild.residualAfter)}</b>
            </p>
          )}
        </section>
        <section className="panel">
          <h2>Chokepoints</h2>
          <ul className="plain">
            {flow?.cut.edges.map((e) => (
              <li key={e.channel}>
                <button type="button" className="link" onClick={() => setSelected(e.channel)}>
                  ✂ {nameOf(e.from)} → {nameOf(e.to)}
                </button>{' '}
                <small>capacity {fmt(e.capacity)}</small>
              </li>
            ))}
            {flow?.chokepointActors?.map((a) => (
              <li key={a}>
                <button type="button" className="link" onClick={() => setSelected(a)}>
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
        {network && <Details network={network} selected={selected} flow={flow} onSelect={setSelected} />}
      </aside>
    </div>
  );
}
