// Network endpoints: the analysis request (terminals, date, measures applied)
// and the flow, cut, weak-link and diff responses the web map draws.

import type { Action, Channel, Network } from '../core/model/network.js';
import { QUANTITY_SCHEMA, type Quantity, type VersionSummary } from './common.js';
import type { FromSchema } from './from-schema.js';

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

const ID_LIST = { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 1000 } as const;

export const ANALYSIS_REQUEST_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** Network version; latest when omitted. */
    version: { type: 'integer', minimum: 1 },
    /** Source actors; default every sponsor. */
    from: ID_LIST,
    /** Sink actors; default every recipient. */
    to: ID_LIST,
    /** Only channels in force on this date (yyyy-mm-dd). */
    asOf: { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' },
    /** Ids of measures to apply before analysing: the network's actions and `cut-<channel>`. */
    actions: ID_LIST,
  },
} as const;

export type AnalysisRequest = FromSchema<typeof ANALYSIS_REQUEST_SCHEMA>;

const STRINGS = { type: 'array', items: { type: 'string' } } as const;

export const CUT_CHANNEL_SCHEMA = {
  type: 'object',
  required: ['channel', 'from', 'to', 'capacity'],
  properties: {
    channel: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    capacity: { type: 'number' },
  },
} as const;

export type CutChannel = FromSchema<typeof CUT_CHANNEL_SCHEMA>;

export const WEAK_LINK_SCHEMA = {
  type: 'object',
  required: ['kind', 'id', 'share', 'enforcement', 'score'],
  properties: {
    kind: { type: 'string', enum: ['jurisdiction', 'node'] },
    id: { type: 'string' },
    /** Share of the maximum flow through it, 0–1. */
    share: { type: 'number' },
    enforcement: { type: 'number' },
    /** share × (1 − enforcement). */
    score: { type: 'number' },
  },
} as const;

export type WeakLinkOut = FromSchema<typeof WEAK_LINK_SCHEMA>;

export const FLOW_PATH_SCHEMA = {
  type: 'object',
  required: ['nodes', 'channels', 'amount'],
  properties: { nodes: STRINGS, channels: STRINGS, amount: { type: 'number' } },
} as const;

const FLOW_DOCUMENT_PROPERTIES = {
  from: STRINGS,
  to: STRINGS,
  /** Measures applied, in the order given (each once). */
  applied: STRINGS,
  /** Cost of the applied measures. */
  cost: { type: 'number' },
  /** Max flow with the measures applied. */
  value: QUANTITY_SCHEMA,
  /** Max flow of the untouched network. */
  baseline: QUANTITY_SCHEMA,
  perRecipient: {
    type: 'array',
    items: {
      type: 'object',
      required: ['recipient', 'value'],
      properties: { recipient: { type: 'string' }, value: QUANTITY_SCHEMA },
    },
  },
  cut: {
    type: 'object',
    required: ['edges', 'capacity'],
    properties: { edges: { type: 'array', items: CUT_CHANNEL_SCHEMA }, capacity: QUANTITY_SCHEMA },
  },
  /** Actors on the sponsors' side of the minimum cut. */
  sourceSide: STRINGS,
  /** Fewest actors whose removal disconnects sponsors from recipients. */
  chokepointActors: STRINGS,
  paths: { type: 'array', items: FLOW_PATH_SCHEMA },
  /** Flow carried by each channel (channels with none are left out). */
  channelFlow: { type: 'object', additionalProperties: { type: 'number' } },
  /** Capacity of each channel the measures change (0 when cut off), by the one measures rule. */
  measuredCapacity: { type: 'object', additionalProperties: { type: 'number' } },
  /** Actors the measures remove. */
  removedActors: STRINGS,
  weakLinks: { type: 'array', items: WEAK_LINK_SCHEMA },
  /** Channels of an uncuttable path when the value is unbounded. */
  unboundedPath: STRINGS,
  notice: { type: 'string' },
} as const;

const FLOW_DOCUMENT_REQUIRED = [
  'from',
  'to',
  'applied',
  'cost',
  'value',
  'baseline',
  'perRecipient',
  'cut',
  'sourceSide',
  'paths',
  'channelFlow',
  'measuredCapacity',
  'removedActors',
  'weakLinks',
] as const;

/** One what-if: the flow with measures applied, next to the untouched baseline. */
export const FLOW_DOCUMENT_SCHEMA = {
  type: 'object',
  required: FLOW_DOCUMENT_REQUIRED,
  properties: FLOW_DOCUMENT_PROPERTIES,
} as const;

export type FlowDocument = FromSchema<typeof FLOW_DOCUMENT_SCHEMA>;

/** POST /networks/{id}/flow. */
export const FLOW_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['network', 'version', ...FLOW_DOCUMENT_REQUIRED],
  properties: { network: { type: 'string' }, version: { type: 'integer' }, ...FLOW_DOCUMENT_PROPERTIES },
} as const;

export type FlowResponse = FromSchema<typeof FLOW_RESPONSE_SCHEMA>;

/** POST /networks/{id}/cut. */
export const CUT_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['network', 'version', 'applied', 'value', 'cut'],
  properties: {
    network: { type: 'string' },
    version: { type: 'integer' },
    applied: STRINGS,
    value: QUANTITY_SCHEMA,
    cut: FLOW_DOCUMENT_PROPERTIES.cut,
    chokepointActors: STRINGS,
  },
} as const;

export type CutResponse = FromSchema<typeof CUT_RESPONSE_SCHEMA>;

/** POST /networks/{id}/weak-links. */
export const WEAK_LINKS_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['network', 'version', 'applied', 'value', 'weakLinks'],
  properties: {
    network: { type: 'string' },
    version: { type: 'integer' },
    applied: STRINGS,
    value: QUANTITY_SCHEMA,
    weakLinks: FLOW_DOCUMENT_PROPERTIES.weakLinks,
  },
} as const;

export type WeakLinksResponse = FromSchema<typeof WEAK_LINKS_RESPONSE_SCHEMA>;

const SECTION_DIFF_SCHEMA = {
  type: 'object',
  required: ['added', 'removed', 'changed'],
  properties: {
    added: STRINGS,
    removed: STRINGS,
    changed: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'fields'],
        /** `fields`: the fields whose values differ. */
        properties: { id: { type: 'string' }, fields: STRINGS },
      },
    },
  },
} as const;

export type SectionDiff = FromSchema<typeof SECTION_DIFF_SCHEMA>;
export type EntityChange = SectionDiff['changed'][number];

/** GET /networks/{id}/diff. */
export const NETWORK_DIFF_RESPONSE_SCHEMA = {
  type: 'object',
  required: ['network', 'from', 'to', 'nodes', 'channels', 'actions', 'jurisdictions'],
  properties: {
    network: { type: 'string' },
    from: { type: 'integer' },
    to: { type: 'integer' },
    nodes: SECTION_DIFF_SCHEMA,
    channels: SECTION_DIFF_SCHEMA,
    actions: SECTION_DIFF_SCHEMA,
    jurisdictions: SECTION_DIFF_SCHEMA,
  },
} as const;

export type NetworkDiffResponse = FromSchema<typeof NETWORK_DIFF_RESPONSE_SCHEMA>;

export const DIFF_QUERY_SCHEMA = {
  type: 'object',
  required: ['from', 'to'],
  properties: { from: { type: 'integer', minimum: 1 }, to: { type: 'integer', minimum: 1 } },
} as const;

export const VERSION_QUERY_SCHEMA = {
  type: 'object',
  properties: { version: { type: 'integer', minimum: 1 } },
} as const;
