// The share of the maximum flow through each node, channel and jurisdiction,
// computed from a path decomposition so every unit of flow is counted once per place.
// `SharesCollector` takes the paths one at a time (a FlowPathVisitor), so no
// path needs to be kept.

import type { FlowPath, FlowPathVisitor } from './flow-decomposition.js';
import type { NetworkGraph } from './network-graph.js';

export interface FlowShares {
  value: number;
  /** Share (0–1) of the flow through each node index, terminals included. */
  nodes: Float64Array;
  /** Share (0–1) of the flow on each arc index. */
  arcs: Float64Array;
  /**
   * Share of the flow that crosses each jurisdiction: on a channel there, or
   * through a transit actor based there (a path's own endpoints do not count).
   */
  jurisdictions: Map<string, number>;
}

/** Accumulates shares from paths as they are found; `shares()` once at the end. */
export class SharesCollector {
  private readonly nodes: Float64Array;
  private readonly arcs: Float64Array;
  private readonly names: string[] = [];
  private readonly amounts: number[] = [];
  /** Jurisdiction index of each node and each arc, -1 when none. */
  private readonly nodeJuris: Int32Array | undefined;
  private readonly arcJuris: Int32Array | undefined;
  /** Last path that touched each jurisdiction (counted once per path). */
  private readonly stamp: number[] = [];
  /** Jurisdictions in the order paths first touch them (the order of the result). */
  private readonly touched: number[] = [];
  private pathNo = 0;
  private value = 0;

  constructor(ng: NetworkGraph) {
    const { graph } = ng;
    this.nodes = new Float64Array(graph.n);
    this.arcs = new Float64Array(graph.m);
    const index = new Map<string, number>();
    const code = (j: string | undefined): number => {
      if (!j) return -1;
      let i = index.get(j);
      if (i === undefined) {
        i = this.names.length;
        index.set(j, i);
        this.names.push(j);
        this.amounts.push(0);
        this.stamp.push(-1);
      }
      return i;
    };
    if (ng.network.nodes.some((n) => n.jurisdiction)) {
      this.nodeJuris = Int32Array.from(ng.network.nodes, (n) => code(n.jurisdiction));
    }
    const arcJurisdiction = ng.arcJurisdiction;
    if (arcJurisdiction)
      this.arcJuris = Int32Array.from({ length: graph.m }, (_x, a) => code(arcJurisdiction(a)));
  }

  readonly visit: FlowPathVisitor = (nodes, arcs, length, amount) => {
    const p = this.pathNo++;
    this.value += amount;
    const { nodeJuris, arcJuris, stamp, amounts, touched } = this;
    for (let k = 0; k <= length; k++) {
      const v = nodes[k]!;
      this.nodes[v]! += amount;
      if (nodeJuris && k > 0 && k < length) {
        const j = nodeJuris[v]!;
        if (j >= 0 && stamp[j] !== p) {
          if (stamp[j] === -1) touched.push(j);
          stamp[j] = p;
          amounts[j]! += amount;
        }
      }
    }
    for (let k = 0; k < length; k++) {
      const a = arcs[k]!;
      this.arcs[a]! += amount;
      if (arcJuris) {
        const j = arcJuris[a]!;
        if (j >= 0 && stamp[j] !== p) {
          if (stamp[j] === -1) touched.push(j);
          stamp[j] = p;
          amounts[j]! += amount;
        }
      }
    }
  };

  shares(): FlowShares {
    const { value } = this;
    const scale = value > 0 ? 1 / value : 0;
    for (let v = 0; v < this.nodes.length; v++) this.nodes[v]! *= scale;
    for (let a = 0; a < this.arcs.length; a++) this.arcs[a]! *= scale;
    const jurisdictions = new Map<string, number>();
    for (const i of this.touched) jurisdictions.set(this.names[i]!, this.amounts[i]! * scale);
    return { value, nodes: this.nodes, arcs: this.arcs, jurisdictions };
  }
}

export function flowShares(ng: NetworkGraph, paths: readonly FlowPath[]): FlowShares {
  const collect = new SharesCollector(ng);
  for (const p of paths)
    collect.visit(Int32Array.from(p.nodes), Int32Array.from(p.arcs), p.arcs.length, p.amount);
  return collect.shares();
}
