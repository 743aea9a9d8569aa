// The /flow, /cut and /weak-links answer: the service's flow document for a
// stored network version.

import type { Network } from '../../core/model/network.js';
import type { AnalysisRequest, FlowResponse } from '../../contract/networks.js';
import { flowDocument } from '../../service/analysis.js';

export function flowResponse(network: Network, version: number, request: AnalysisRequest): FlowResponse {
  return { network: network.id, version, ...flowDocument(network, request) };
}
