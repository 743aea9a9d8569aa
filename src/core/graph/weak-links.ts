// Weak links: places where much of the flow passes and enforcement is weak,
// scored share × (1 − enforcement), per jurisdiction and per transit actor.

import { enforcementOf } from '../model/network.js';
import type { FlowShares } from './flow-shares.js';
import type { NetworkGraph } from './network-graph.js';

export interface WeakLink {
  kind: 'jurisdiction' | 'node';
  id: string;
  /** Share of the maximum flow through it, 0–1. */
  share: number;
  /** Enforcement of the jurisdiction (for an actor: of its home jurisdiction). */
  enforcement: number;
  /** share × (1 − enforcement). */
  score: number;
}

export interface WeakLinkOptions {
  /**
   * Leave out the home jurisdictions of the sources: a sponsor state does not
   * enforce against itself, so scoring it says nothing about where to press.
   */
  skipSourceJurisdictions: boolean;
}

export const WEAK_LINK_DEFAULTS: WeakLinkOptions = { skipSourceJurisdictions: true };

/** Weak links with a positive share, highest score first; `terminals` lists sources first, then sinks. */
export function weakLinks(
  ng: NetworkGraph,
  shares: FlowShares,
  terminals: readonly number[],
  options: Partial<WeakLinkOptions> & { sources?: readonly number[] } = {},
): WeakLink[] {
  const { skipSourceJurisdictions, sources = [] } = { ...WEAK_LINK_DEFAULTS, ...options };
  const { network } = ng;
  const skip = new Set(
    skipSourceJurisdictions
      ? sources.map((v) => network.nodes[v]!.jurisdiction).filter((j): j is string => j !== undefined)
      : [],
  );
  const out: WeakLink[] = [];
  for (const [id, share] of shares.jurisdictions) {
    if (skip.has(id)) continue;
    const enforcement = enforcementOf(network, id);
    out.push({ kind: 'jurisdiction', id, share, enforcement, score: share * (1 - enforcement) });
  }
  const isTerminal = new Set(terminals);
  shares.nodes.forEach((share, v) => {
    // The sponsor's own organs (its operators at home) are the network, not a weak link in it.
    if (share <= 0 || isTerminal.has(v) || skip.has(network.nodes[v]!.jurisdiction ?? '')) return;
    const enforcement = enforcementOf(network, network.nodes[v]!.jurisdiction);
    out.push({ kind: 'node', id: ng.nodeIds[v]!, share, enforcement, score: share * (1 - enforcement) });
  });
  // Ties go to the jurisdiction: pressure is applied to states, then to actors.
  return out.sort(
    (a, b) =>
      b.score - a.score || (a.kind === b.kind ? (a.id < b.id ? -1 : 1) : a.kind === 'jurisdiction' ? -1 : 1),
  );
}
