// The network view: the map, the flow it carries, and the what-if controls
// (measures, budget over the frontier, the adversary's rebuild), with details.
// State lives in one reducer (network-state.ts), requests in one hook
// (use-network-data.ts), figures in the panels (network-panels.tsx).

import { useEffect, useMemo, useReducer, useState } from 'react';
import { api, errorText } from './api';
import { Details } from './details';
import { mapGraph } from './map-graph';
import { NetworkMap } from './network-map';
import { BudgetPanel, ChokepointsPanel, FlowPanel, Legend, MeasuresPanel } from './network-panels';
import { flowIsStale, INITIAL_STATE, networkReducer } from './network-state';
import type { VersionSummary } from './types';
import { useNetworkData } from './use-network-data';

export function NetworkView() {
  const [list, setList] = useState<VersionSummary[] | { error: string }>();
  const [state, dispatch] = useReducer(networkReducer, INITIAL_STATE);
  useNetworkData(state, dispatch);

  useEffect(() => {
    const controller = new AbortController();
    api.networks(controller.signal).then(
      (l) => {
        setList(l);
        const first = l.find((n) => n.name === 'article')?.name ?? l[0]?.name;
        if (first) dispatch({ type: 'choose-network', id: first });
      },
      (e: unknown) => !controller.signal.aborted && setList({ error: errorText(e) }),
    );
    return () => controller.abort();
  }, []);

  const loaded = state.network.status === 'done' ? state.network.value : undefined;
  const network = loaded?.network;
  const flow = state.flow.status === 'done' ? state.flow.value : undefined;
  const rebuild = state.rebuild.status === 'done' ? state.rebuild.value : undefined;
  const graph = useMemo(() => {
    if (!network) return undefined;
    const opened = new Set(rebuild?.opened.map((o) => o.id) ?? []);
    const vertical = window.innerWidth < 700;
    return mapGraph(network, { flow, rebuild: opened, selected: state.selected, vertical });
  }, [network, flow, rebuild, state.selected]);

  if (Array.isArray(list) && list.length === 0) {
    return (
      <p className="empty">
        No network stored yet. Start the server with <code>interdict serve --demo</code> or upload one:{' '}
        <code>POST /networks</code>.
      </p>
    );
  }
  const names = new Map(network?.nodes.map((n) => [n.id, n.properties.name?.[0] ?? n.id]));
  const nameOf = (x: string) => names.get(x) ?? x;
  const select = (id: string | undefined) => dispatch({ type: 'select', id });
  const error =
    list && !Array.isArray(list)
      ? list.error
      : state.network.status === 'error'
        ? state.network.message
        : state.flow.status === 'error'
          ? state.flow.message
          : state.flowError;
  return (
    <div className="network-view">
      <section className="map-pane" aria-label="Map">
        <div className="map-head">
          <label>
            Network{' '}
            <select
              value={state.id ?? ''}
              onChange={(e) => dispatch({ type: 'choose-network', id: e.target.value })}
            >
              {Array.isArray(list) &&
                list.map((n) => (
                  <option key={n.name} value={n.name}>
                    {n.name} (v{n.version})
                  </option>
                ))}
            </select>
          </label>
          <span className="title">{network?.name}</span>
          {state.id && (
            <span className="export">
              Export report:{' '}
              <a href={`/networks/${encodeURIComponent(state.id)}/report`} target="_blank" rel="noreferrer">
                HTML
              </a>{' '}
              · <a href={`/networks/${encodeURIComponent(state.id)}/report?format=pdf`}>PDF</a>
            </span>
          )}
        </div>
        {network?.notice && <p className="notice">{network.notice}</p>}
        {graph ? <NetworkMap graph={graph} onSelect={select} /> : <div className="map loading">Loading…</div>}
        <Legend />
      </section>
      <aside className="side">
        <FlowPanel
          flow={flow}
          stale={flowIsStale(state)}
          error={error}
          applied={state.applied}
          nameOf={nameOf}
        />
        <MeasuresPanel measures={loaded?.measures ?? []} applied={state.applied} dispatch={dispatch} />
        <BudgetPanel state={state} candidates={network?.candidates?.length ?? 0} dispatch={dispatch} />
        <ChokepointsPanel flow={flow} network={network} nameOf={nameOf} dispatch={dispatch} />
        {network && <Details network={network} selected={state.selected} flow={flow} onSelect={select} />}
      </aside>
    </div>
  );
}
