// Network endpoints: the analysis request (terminals, date, measures applied)
// and the flow, cut, weak-link and diff responses the web map draws.

import type { Action, Channel, Network } from '../core/model/network.js';
import { QUANTITY_SCHEMA, type Quantity, type VersionSummary } from './common.js';

/** A channel as JSON carries it: unlimited capacity is "unbounded". */
export type WireChannel = Omit<Channel, 'capacity'> & { capacity: Quantity };

/** A network as GET /networks/{id} returns it. */
export type NetworkDocument = Omit<Network, 'channels' | 'candidates'> & {
  channels: WireChannel[];
  candidates?: WireChannel[];
};

export interface NetworkResponse {
  info: VersionSummary;
  network: NetworkDocument;
  /** Every measure the what-if and the planner accept: the network's actions and `cut-<channel>` for channels with a cost. */
  measures: Action[];
}

export interface AnalysisRequest {
  /** Network version; latest when omitted. */
  version?: number;
  /** Source actors; default every sponsor. */
  from?: string[];
  /** Sink actors; default every recipient. */
  to?: string[];
  /** Only channels in force on this date (yyyy-mm-dd). */
  asOf?: string;
  /** Ids of the network's actions (measures) to apply before analysing. */
  actions?: string[];
}

const ID_LIST = { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 1000 } as const;

export const ANALYSIS_REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    version: { type: 'integer', minimum: 1 },
    from: ID_LIST,
    to: ID_LIST,
    asOf: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    actions: ID_LIST,
  },
} as const;

export interface CutChannel {
  channel: string;
  from: string;
  to: string;
  capacity: number;
}

export interface WeakLinkOut {
  kind: 'jurisdiction' | 'node';
  id: string;
  share: number;
  enforcement: number;
  score: number;
}

/** One what-if: the flow with measures applied, next to the untouched baseline. */
export interface FlowDocument {
  from: string[];
  to: string[];
  /** Measures applied, in the order given (each once). */
  applied: string[];
  /** Cost of the applied measures. */
  cost: number;
  /** Max flow with the measures applied. */
  value: Quantity;
  /** Max flow of the untouched network. */
  baseline: Quantity;
  perRecipient: { recipient: string; value: Quantity }[];
  cut: { edges: CutChannel[]; capacity: Quantity };
  /** Actors on the sponsors' side of the minimum cut. */
  sourceSide: string[];
  /** Fewest actors whose removal disconnects sponsors from recipients. */
  chokepointActors?: string[];
  paths: { nodes: string[]; channels: string[]; amount: number }[];
  /** Flow carried by each channel (channels with none are left out). */
  channelFlow: Record<string, number>;
  /** Capacity of each channel the measures change (0 when cut off), by the one measures rule. */
  measuredCapacity: Record<string, number>;
  /** Actors the measures remove. */
  removedActors: string[];
  weakLinks: WeakLinkOut[];
  /** Channels of an uncuttable path when the value is unbounded. */
  unboundedPath?: string[];
  notice?: string;
}

export interface FlowResponse extends FlowDocument {
  network: string;
  version: number;
}

export const FLOW_RESPONSE_SCHEMA = {
  type: 'object',
  additionalProperties: true,
  required: [
    'network',
    'version',
    'applied',
    'value',
    'baseline',
    'cut',
    'paths',
    'channelFlow',
    'weakLinks',
  ],
  properties: {
    network: { type: 'string' },
    version: { type: 'integer' },
    applied: { type: 'array', items: { type: 'string' } },
    cost: { type: 'number' },
    value: QUANTITY_SCHEMA,
    baseline: QUANTITY_SCHEMA,
    channelFlow: { type: 'object', additionalProperties: { type: 'number' } },
  },
} as const;

export interface EntityChange {
  id: string;
  /** Fields whose values differ. */
  fields: string[];
}

export interface SectionDiff {
  added: string[];
  removed: string[];
  changed: EntityChange[];
}

export interface NetworkDiffResponse {
  network: string;
  from: number;
  to: number;
  nodes: SectionDiff;
  channels: SectionDiff;
  actions: SectionDiff;
  jurisdictions: SectionDiff;
}

export const DIFF_QUERY_SCHEMA = {
  type: 'object',
  required: ['from', 'to'],
  properties: { from: { type: 'integer', minimum: 1 }, to: { type: 'integer', minimum: 1 } },
} as const;

export const VERSION_QUERY_SCHEMA = {
  type: 'object',
  properties: { version: { type: 'integer', minimum: 1 } },
} as const;
