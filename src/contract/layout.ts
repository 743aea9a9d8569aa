// GET /networks/{id}/layout: where the map draws every actor, computed once
// per network version on the server, with the communities it shows as
// super-nodes when zoomed out and the order in which labels are placed.

import type { FromSchema } from './from-schema.js';

const NUMBERS = { type: 'array', items: { type: 'number' } } as const;
const INTEGERS = { type: 'array', items: { type: 'integer' } } as const;

export const LAYOUT_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    /** Network version; latest when omitted. */
    version: { type: 'integer', minimum: 1 },
    /** `layered` (sponsors left, recipients right) or `force`; by default layered when the network has a sponsor and a recipient. */
    algorithm: { type: 'string', enum: ['auto', 'layered', 'force'], default: 'auto' },
  },
} as const;

export type LayoutQuery = FromSchema<typeof LAYOUT_QUERY_SCHEMA>;

export const MAP_LAYOUT_RESPONSE_SCHEMA = {
  type: 'object',
  required: [
    'network',
    'version',
    'contentHash',
    'algorithm',
    'revision',
    'nodes',
    'x',
    'y',
    'community',
    'rank',
    'communities',
    'communityLinks',
  ],
  properties: {
    network: { type: 'string' },
    version: { type: 'integer' },
    /** Content hash of the version laid out (the cache key, with `revision`). */
    contentHash: { type: 'string' },
    algorithm: { type: 'string', enum: ['layered', 'force'] },
    /** Revision of the layout code; a new revision may draw the same network differently. */
    revision: { type: 'integer' },
    /** Actor ids; `x`, `y`, `community` and `rank` are given in this order. */
    nodes: { type: 'array', items: { type: 'string' } },
    x: NUMBERS,
    y: NUMBERS,
    /** Index into `communities` of each actor: its Louvain community (force) or band of rows of its column (layered). */
    community: INTEGERS,
    /** Label priority of each actor: 0 is labelled first (terminals, then the best-linked). */
    rank: INTEGERS,
    communities: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'size', 'x', 'y', 'radius', 'top'],
        properties: {
          id: { type: 'integer' },
          size: { type: 'integer' },
          x: { type: 'number' },
          y: { type: 'number' },
          /** Distance from the centre to the farthest member. */
          radius: { type: 'number' },
          /** The member labelled first. */
          top: { type: 'string' },
        },
      },
    },
    /** Channels between groups, counted once per linked pair of actors. */
    communityLinks: {
      type: 'array',
      items: {
        type: 'object',
        required: ['a', 'b', 'count'],
        properties: { a: { type: 'integer' }, b: { type: 'integer' }, count: { type: 'integer' } },
      },
    },
  },
} as const;

export type MapLayoutResponse = FromSchema<typeof MAP_LAYOUT_RESPONSE_SCHEMA>;
