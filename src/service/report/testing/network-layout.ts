// The layered layout of a network as the report draws it, for report tests:
// every actor under its caption, channels and rebuild candidates alike.

import { caption } from '../../../core/model/entity.js';
import type { Network } from '../../../core/model/network.js';
import { layeredLayout, type LayoutOptions } from '../layout.js';

export function networkLayout(network: Network, options: Partial<LayoutOptions> = {}) {
  return layeredLayout(
    network.nodes.map((n) => ({ id: n.id, role: n.role, label: caption(n) })),
    [...network.channels, ...(network.candidates ?? [])],
    options,
  );
}
