// The /flow, /cut and /weak-links answer: max flow with the requested
// measures applied, next to the untouched baseline, in the network's terms.

import { analyseFlow, minVertexCut, weakLinks } from '../../core/graph/index.js';
import type { Network } from '../../core/model/network.js';
import type { AnalysisRequest, FlowResponse } from '../../contract/networks.js';
import { applyMeasures } from './network-measures.js';

export function flowResponse(network: Network, version: number, request: AnalysisRequest): FlowResponse {
  const terminals = { from: request.from, to: request.to, asOf: request.asOf };
  const measures = applyMeasures(network, request.actions ?? []);
  const baseline = request.actions?.length
    ? analyseFlow(network, { ...terminals, maxPaths: 0 }).report.value
    : undefined;
  const flow = analyseFlow(network, {
    ...terminals,
    removedNodes: measures.removedNodes,
    capacityOverride: measures.capacityOverride,
  });
  const { report, graph } = flow;
  const perRecipient = report.to.map((recipient) => ({
    recipient,
    value: analyseFlow(network, {
      ...terminals,
      to: [recipient],
      maxPaths: 0,
      removedNodes: measures.removedNodes,
      capacityOverride: measures.capacityOverride,
    }).report.value,
  }));
  const channelFlow: Record<string, number> = {};
  if (flow.flow) {
    graph.channels.forEach((c, a) => {
      const f = flow.flow![a]!;
      if (f > 1e-9) channelFlow[c.id] = (channelFlow[c.id] ?? 0) + f;
    });
  }
  const vc = minVertexCut(graph.graph, flow.sources, flow.sinks);
  const links = flow.shares
    ? weakLinks(graph, flow.shares, [...flow.sources, ...flow.sinks], { sources: flow.sources })
    : [];
  const out: FlowResponse = {
    network: network.id,
    version,
    from: report.from,
    to: report.to,
    applied: measures.actions.map((a) => a.id),
    cost: measures.cost,
    value: report.value,
    baseline: baseline ?? report.value,
    perRecipient,
    cut: report.cut,
    paths: report.paths,
    channelFlow,
    weakLinks: links,
  };
  if (vc.status === 'optimal') out.chokepointActors = vc.nodes.map((v) => graph.nodeIds[v]!);
  if (report.unboundedPath) out.unboundedPath = report.unboundedPath;
  if (network.notice) out.notice = network.notice;
  return out;
}
