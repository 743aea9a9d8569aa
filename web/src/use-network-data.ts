// The network view's requests: one effect per resource, each cancelled (with
// an AbortController) when the network or the measures change, each answer
// dispatched with the network and measures it was asked for.

import { useEffect, type Dispatch } from 'react';
import { api, errorText, isAbort } from './api';
import type { NetworkAction, NetworkState, Remote } from './network-state';

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

export function useNetworkData(state: NetworkState, dispatch: Dispatch<NetworkAction>): void {
  const { id, applied, showRebuild } = state;
  const key = applied.join('\u0000');

  // The figures first: the what-if is asked for before the network and its frontier.
  useEffect(() => {
    if (!id) return;
    const actions = key ? key.split('\u0000') : [];
    return run(
      dispatch,
      (signal) => api.flow(id, { actions }, signal),
      (result) => ({ type: 'flow', id, actions, result }),
    );
  }, [id, key, dispatch]);

  useEffect(() => {
    if (!id) return;
    const stopNetwork = run(
      dispatch,
      (signal) => api.network(id, signal),
      (result) => ({ type: 'network', id, result }),
    );
    const stopFrontier = run(
      dispatch,
      (signal) => api.frontier(id, signal),
      (result) => ({ type: 'frontier', id, result }),
    );
    return () => {
      stopNetwork();
      stopFrontier();
    };
  }, [id, dispatch]);

  useEffect(() => {
    if (!id || !showRebuild) return;
    const actions = key ? key.split('\u0000') : [];
    return run(
      dispatch,
      (signal) => api.rebuild(id, actions, signal),
      (result) => ({ type: 'rebuild', id, actions, result }),
    );
  }, [id, key, showRebuild, dispatch]);
}
