// The network view: the map, the flow it carries, and the what-if controls
// (measures with undo, budget over the frontier, the adversary's rebuild,
// sponsors and recipients), with details and weak links per recipient.
// State lives in one reducer (network-state.ts) mirrored in the URL,
// requests in one hook (use-network-data.ts), figures in the panels
// (network-panels.tsx).

import { useCallback, useEffect, useMemo, useReducer, useState } from 'react';
import { api, errorText } from './api';
import { Details } from './details';
import { mapGraph } from './map-graph';
import { NetworkMap } from './network-map';
import { useMapLayout } from './use-map-layout';
import {
  BudgetPanel,
  ChokepointsPanel,
  FlowPanel,
  Legend,
  MeasuresPanel,
  RebuildPanel,
  WeakLinksPanel,
} from './network-panels';
import { flowIsStale, INITIAL_STATE, networkReducer, parseUrlState, urlQuery } from './network-state';
import type { VersionSummary } from './types';
import { UploadPanel } from './upload-panel';
import { TerminalsPanel } from './terminals-panel';
import { useNetworkData } from './use-network-data';

/** The query part of the URL's hash (`#/network?net=…`). */
function hashQuery(): string {
  const h = window.location.hash;
  const q = h.indexOf('?');
  return q >= 0 ? h.slice(q + 1) : '';
}

export function NetworkView() {
  const [list, setList] = useState<VersionSummary[] | { error: string }>();
  const [state, dispatch] = useReducer(networkReducer, INITIAL_STATE);
  // Asked for with the network, not after it: the positions of one version.
  const layout = useMapLayout(state.id, state.version);
  // The map first: the analyses start once the network and its layout have arrived
  // (or failed), so they do not hold the server while it lays out a large network.
  const mapReady =
    state.network.status === 'error' ||
    (state.network.status === 'done' &&
      (layout.status === 'error' ||
        (layout.status === 'done' && layout.value.version === state.network.value.info.version)));
  useNetworkData(state, dispatch, mapReady);

  const loadList = useCallback((choose?: { name: string; version?: number }) => {
    const controller = new AbortController();
    api.networks(controller.signal).then(
      (l) => {
        setList(l);
        if (choose) return dispatch({ type: 'choose-network', id: choose.name });
        // The URL's network (with its measures, budget and selection), else the demo, else the first.
        const restore = parseUrlState(hashQuery());
        const named = restore.id && l.some((n) => n.name === restore.id) ? restore.id : undefined;
        const first = named ?? l.find((n) => n.name === 'article')?.name ?? l[0]?.name;
        if (first)
          dispatch({
            type: 'choose-network',
            id: first,
            ...(named ? { version: restore.version, restore } : {}),
          });
      },
      (e: unknown) => !controller.signal.aborted && setList({ error: errorText(e) }),
    );
    return () => controller.abort();
  }, []);
  useEffect(() => loadList(), [loadList]);

  // The URL follows the state (replaced, so the back button leaves the view rather than each click).
  const query = urlQuery(state);
  useEffect(() => {
    if (!state.id) return;
    const want = `#/network?${query}`;
    if (window.location.hash !== want) window.history.replaceState(null, '', want);
  }, [query, state.id]);

  // Ctrl+Z (Cmd+Z) undoes the last change of measures, outside text fields.
  useEffect(() => {
    const on = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (
        t &&
        (t.tagName === 'INPUT' || t.tagName === 'TEXTAREA') &&
        (t as HTMLInputElement).type !== 'checkbox'
      )
        return;
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        dispatch({ type: 'undo' });
      }
    };
    window.addEventListener('keydown', on);
    return () => window.removeEventListener('keydown', on);
  }, []);

  const loaded = state.network.status === 'done' ? state.network.value : undefined;
  const network = loaded?.network;
  const flow = state.flow.status === 'done' ? state.flow.value : undefined;
  const rebuild = state.rebuild.status === 'done' ? state.rebuild.value : undefined;
  const graph = useMemo(() => {
    if (!network || layout.status === 'loading' || layout.status === 'idle') return undefined;
    if (layout.status === 'done' && layout.value.version !== loaded.info.version) return undefined;
    const opened = new Set(rebuild?.opened.map((o) => o.id) ?? []);
    const vertical = window.innerWidth < 700;
    const positions = layout.status === 'done' ? layout.value : undefined;
    return mapGraph(network, { flow, rebuild: opened, vertical, layout: positions });
  }, [network, flow, rebuild, layout]);

  // Once per network, not per render: a render follows every answer and every click.
  const nameOf = useMemo(() => {
    const names = new Map(network?.nodes.map((n) => [n.id, n.properties.name?.[0] ?? n.id]));
    return (x: string) => names.get(x) ?? x;
  }, [network]);
  const hasRoles = useMemo(
    () =>
      !!network?.nodes.some((n) => n.role === 'sponsor') &&
      !!network?.nodes.some((n) => n.role === 'recipient'),
    [network],
  );
  const select = useCallback((id: string | undefined) => dispatch({ type: 'select', id }), []);

  if (Array.isArray(list) && list.length === 0) {
    return (
      <p className="empty">
        No network stored yet. Start the server with <code>interdict serve --demo</code> or upload one:{' '}
        <code>POST /networks</code>.
      </p>
    );
  }
  const noRoles = !!network && state.from.length === 0 && !hasRoles;
  const error =
    list && !Array.isArray(list)
      ? list.error
      : state.network.status === 'error'
        ? state.network.message
        : noRoles
          ? undefined
          : state.flow.status === 'error'
            ? state.flow.message
            : state.flowError;
  const versions = state.versions.status === 'done' ? state.versions.value : [];
  return (
    <div className="network-view">
      <section className="map-pane" aria-label="Map">
        <div className="map-head">
          <label>
            Network{' '}
            <select
              value={state.id ?? ''}
              onChange={(e) => dispatch({ type: 'choose-network', id: e.target.value })}
              data-testid="network-select"
            >
              {Array.isArray(list) &&
                list.map((n) => (
                  <option key={n.name} value={n.name}>
                    {n.name} (v{n.version})
                  </option>
                ))}
            </select>
          </label>
          {versions.length > 1 && (
            <label>
              Version{' '}
              <select
                value={state.version ?? ''}
                data-testid="version"
                onChange={(e) =>
                  dispatch({
                    type: 'choose-network',
                    id: state.id!,
                    ...(e.target.value ? { version: Number(e.target.value) } : {}),
                  })
                }
              >
                <option value="">latest (v{versions[versions.length - 1]!.version})</option>
                {versions.map((v) => (
                  <option key={v.version} value={v.version}>
                    v{v.version} · {v.importedAt.slice(0, 10)}
                  </option>
                ))}
              </select>
            </label>
          )}
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
        <UploadPanel onStored={(name) => loadList({ name })} />
        {network?.notice && <p className="notice">{network.notice}</p>}
        {graph ? (
          <NetworkMap graph={graph} onSelect={select} selected={state.selected} name={state.id} />
        ) : (
          <div className="map loading">{network ? 'Laying out the map…' : 'Loading…'}</div>
        )}
        <Legend />
      </section>
      <aside className="side">
        <TerminalsPanel
          key={`${state.id}@${state.version}`}
          network={network}
          state={state}
          dispatch={dispatch}
        />
        <FlowPanel
          flow={noRoles ? undefined : flow}
          stale={!noRoles && flowIsStale(state)}
          error={error}
          applied={state.applied}
          rebuild={state.showRebuild ? rebuild : undefined}
          nameOf={nameOf}
        />
        <MeasuresPanel
          measures={loaded?.measures ?? []}
          applied={state.applied}
          canUndo={state.past.length > 0}
          dispatch={dispatch}
        />
        <BudgetPanel state={state} dispatch={dispatch} />
        <RebuildPanel key={state.id} state={state} network={network} nameOf={nameOf} dispatch={dispatch} />
        <ChokepointsPanel flow={flow} nameOf={nameOf} dispatch={dispatch} />
        <WeakLinksPanel state={state} network={network} nameOf={nameOf} />
        {network && <Details network={network} selected={state.selected} flow={flow} onSelect={select} />}
      </aside>
    </div>
  );
}
