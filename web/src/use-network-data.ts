// The network view's requests: one effect per resource, each cancelled (with
// an AbortController) when the network, version, terminals or measures
// change, each answer dispatched with the scope and measures it was asked for.
// The network document comes first; the analyses (flow, frontier, weak links,
// rebuild) once the map can be drawn, so a large network is on screen before
// the server starts analysing it.

import { useEffect, type Dispatch } from 'react';
import { api, errorText, frontierWithProgress, isAbort } from './api';
import {
  networkKey,
  scopeOf,
  type NetworkAction,
  type NetworkState,
  type RecipientWeakLinks,
  type Remote,
} from './network-state';

/** Recipients whose weak links are asked for one by one (a large network has hundreds). */
const WEAK_LINK_RECIPIENTS = 12;

function run<T>(
  dispatch: Dispatch<NetworkAction>,
  request: (signal: AbortSignal) => Promise<T>,
  done: (result: Remote<T>) => NetworkAction,
): () => void {
  const controller = new AbortController();
  request(controller.signal).then(
    (value) => dispatch(done({ status: 'done', value })),
    (e: unknown) => {
      if (!isAbort(e)) dispatch(done({ status: 'error', message: errorText(e) }));
    },
  );
  return () => controller.abort();
}

const SEP = '\u0000';
const split = (key: string) => (key ? key.split(SEP) : []);

export function useNetworkData(
  state: NetworkState,
  dispatch: Dispatch<NetworkAction>,
  /** The network and its layout are in: the analyses may start. */
  mapReady: boolean,
): void {
  const { id, version, showRebuild, rebuildBudget, pairs } = state;
  const key = state.applied.join(SEP);
  const fromKey = state.from.join(SEP);
  const toKey = state.to.join(SEP);
  const scope = scopeOf(state);
  const netKey = networkKey(state);
  const recipients =
    state.flow.status === 'done' && state.flow.value.applied.join(SEP) === key
      ? state.flow.value.to.join(SEP)
      : undefined;

  /** What every analysis request carries: version and, when picked, the terminals. */
  const base = () => ({
    ...(version !== undefined ? { version } : {}),
    ...(fromKey ? { from: split(fromKey) } : {}),
    ...(toKey ? { to: split(toKey) } : {}),
  });

  // The what-if, then the frontier, once the map is drawn.
  useEffect(() => {
    if (!id || !mapReady) return;
    const actions = split(key);
    return run(
      dispatch,
      (signal) => api.flow(id, { ...base(), actions }, signal),
      (result) => ({ type: 'flow', id: scope, actions, result }),
    );
  }, [scope, key, mapReady, dispatch]);

  useEffect(() => {
    if (!id) return;
    const stopNetwork = run(
      dispatch,
      (signal) => api.network(id, version, signal),
      (result) => ({ type: 'network', id: netKey, result }),
    );
    const stopVersions = run(
      dispatch,
      (signal) => api.networkVersions(id, signal),
      (result) => ({ type: 'versions', id, result }),
    );
    return () => {
      stopNetwork();
      stopVersions();
    };
  }, [netKey, dispatch]);

  useEffect(() => {
    if (!id || !mapReady) return;
    return run(
      dispatch,
      (signal) =>
        frontierWithProgress(
          id,
          // The plan and the frontier weigh the pairs picked, when there are any.
          { ...base(), ...(pairs.length ? { pairs } : {}) },
          (done, total) => dispatch({ type: 'frontier-progress', id: scope, done, total }),
          signal,
        ),
      (result) => ({ type: 'frontier', id: scope, result }),
    );
  }, [scope, mapReady, dispatch]);

  // Weak links of each recipient on its own (the first few: one request each),
  // once the flow says who the recipients are.
  useEffect(() => {
    if (!id || recipients === undefined) return;
    const actions = split(key);
    return run(
      dispatch,
      async (signal): Promise<RecipientWeakLinks> =>
        Promise.all(
          split(recipients)
            .slice(0, WEAK_LINK_RECIPIENTS)
            .map(async (recipient) => ({
              recipient,
              response: await api.weakLinks(id, { ...base(), to: [recipient], actions }, signal),
            })),
        ),
      (result) => ({ type: 'weak-links', id: scope, actions, result }),
    );
  }, [scope, key, recipients, dispatch]);

  useEffect(() => {
    if (!id || !showRebuild || !mapReady) return;
    const actions = split(key);
    return run(
      dispatch,
      (signal) =>
        api.rebuild(
          id,
          { ...base(), actions, ...(rebuildBudget !== undefined ? { budget: rebuildBudget } : {}) },
          signal,
        ),
      (result) => ({ type: 'rebuild', id: scope, actions, result }),
    );
  }, [scope, key, showRebuild, rebuildBudget, mapReady, dispatch]);
}
