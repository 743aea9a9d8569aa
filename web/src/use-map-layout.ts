// The map's positions from GET /networks/{id}/layout, asked for once per
// network version (the server caches by content; the browser revalidates
// with the ETag) and cancelled when the network changes.

import { useEffect, useState } from 'react';
import type { MapLayoutResponse } from '../../src/contract/layout.js';

export type MapLayoutState =
  | { status: 'idle' | 'loading' }
  | { status: 'done'; value: MapLayoutResponse }
  | { status: 'error'; message: string };

/** The layout of `id` at `version` (the latest when undefined). */
export function useMapLayout(id: string | undefined, version: number | undefined): MapLayoutState {
  const [state, setState] = useState<MapLayoutState>({ status: 'idle' });
  useEffect(() => {
    if (!id) {
      setState({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    setState({ status: 'loading' });
    const query = version === undefined ? '' : `?version=${version}`;
    fetch(`/networks/${encodeURIComponent(id)}/layout${query}`, { signal: controller.signal })
      .then(async (res) => {
        if (!res.ok) throw new Error(`the layout was refused: ${res.status}`);
        return (await res.json()) as MapLayoutResponse;
      })
      .then(
        (value) => setState({ status: 'done', value }),
        (e: unknown) => {
          if (!controller.signal.aborted) setState({ status: 'error', message: (e as Error).message });
        },
      );
    return () => controller.abort();
  }, [id, version]);
  return state;
}
