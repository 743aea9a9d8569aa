// One call for the demo and reports: how much reaches each recipient, the
// chokepoints (min cut channels and actors), the top weak link, and what pressure on it changes.

import { measuresFor } from '../model/measures.js';
import type { Network } from '../model/network.js';
import { analyseFlow, type FlowReport } from './flow-analysis.js';
import { weakLinks, type WeakLink } from './weak-links.js';
import { minVertexCut } from './vertex-cut.js';

export interface AnalyseNetworkOptions {
  asOf?: string;
  /** Capacity cut on the top weak jurisdiction's channels, to show what pressure there changes. */
  pressureFraction: number;
}

export const ANALYSE_NETWORK_DEFAULTS: AnalyseNetworkOptions = { pressureFraction: 0.5 };

export interface NetworkAnalysis {
  /** Max flow from all sponsors to each recipient on its own. */
  perRecipient: { recipient: string; value: number | 'unbounded' }[];
  /** Max flow from all sponsors to all recipients together. */
  total: FlowReport;
  chokepoints: {
    channels: FlowReport['cut'];
    /** Fewest actors whose removal disconnects sponsors and recipients; undefined when no set of actors can. */
    actors?: string[];
  };
  weakLinks: WeakLink[];
  topWeakLink?: WeakLink;
  /** Total flow after the top weak jurisdiction's channels lose `pressureFraction` of capacity. */
  pressure?: { jurisdiction: string; fraction: number; value: number | 'unbounded' };
}

export function analyseNetwork(
  network: Network,
  options: Partial<AnalyseNetworkOptions> = {},
): NetworkAnalysis {
  const { asOf, pressureFraction } = { ...ANALYSE_NETWORK_DEFAULTS, ...options };
  const total = analyseFlow(network, { asOf });
  const perRecipient = total.report.to.map((recipient) => ({
    recipient,
    value: analyseFlow(network, { asOf, from: total.report.from, to: [recipient], maxPaths: 0 }).report.value,
  }));
  const vc = minVertexCut(total.graph.graph, total.sources, total.sinks);
  const links = total.shares
    ? weakLinks(total.graph, total.shares, [...total.sources, ...total.sinks], { sources: total.sources })
    : [];
  const topJurisdiction = links.find((l) => l.kind === 'jurisdiction');
  const analysis: NetworkAnalysis = {
    perRecipient,
    total: total.report,
    chokepoints: {
      channels: total.report.cut,
      actors: vc.status === 'optimal' ? vc.nodes.map((v) => total.graph.nodeIds[v]!) : undefined,
    },
    weakLinks: links,
    topWeakLink: links[0],
  };
  if (topJurisdiction) {
    const pressured = analyseFlow(network, {
      asOf,
      from: total.report.from,
      to: total.report.to,
      maxPaths: 0,
      capacityOverride: measuresFor(network, [
        {
          id: `pressure-${topJurisdiction.id}`,
          kind: 'pressure',
          target: { type: 'jurisdiction', id: topJurisdiction.id },
          cost: 0,
          effect: { type: 'reduce', fraction: pressureFraction },
        },
      ]).capacity,
    });
    analysis.pressure = {
      jurisdiction: topJurisdiction.id,
      fraction: pressureFraction,
      value: pressured.report.value,
    };
  }
  return analysis;
}
