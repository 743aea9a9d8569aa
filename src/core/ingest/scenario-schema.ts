// The JSON Schema of scenario files (YAML or JSON). schema/scenario.schema.json
// is written from this object (npm run schema) and a test keeps them equal.

import { NODE_SCHEMATA } from '../model/entity.js';
import { ACTION_KINDS, CHANNEL_KINDS, CONFIDENCE_LABELS, LINK_KINDS, ROLES } from '../model/network.js';

const source = {
  type: 'object',
  additionalProperties: false,
  required: ['citation'],
  properties: {
    citation: { type: 'string', minLength: 1, description: 'Who said it: publication, author, title.' },
    date: { type: 'string', description: 'Publication date, ISO 8601.' },
    url: { type: 'string' },
    quote: { type: 'string', description: 'The sentence the claim rests on.' },
    dataset: { type: 'string', minLength: 1, description: 'Stored dataset the claim was read from.' },
    datasetVersion: { type: 'integer', minimum: 1, description: 'Version of that dataset.' },
    record: { type: 'string', description: 'The record in the dataset: file:line or entity id.' },
  },
} as const;

const designation = {
  type: 'object',
  additionalProperties: false,
  required: ['authority', 'programs', 'entity', 'dataset', 'datasetVersion'],
  properties: {
    authority: { type: 'string' },
    programs: { type: 'array', items: { type: 'string' } },
    listingDate: { type: 'string' },
    entity: { type: 'string', minLength: 1 },
    dataset: { type: 'string', minLength: 1 },
    datasetVersion: { type: 'integer', minimum: 1 },
  },
} as const;

const sources = { type: 'array', items: source } as const;
const isoDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const capacity = {
  description: 'Support per period: a number ≥ 0, or "unlimited" / "inf".',
  oneOf: [
    { type: 'number', minimum: 0 },
    { type: 'string', enum: ['unlimited', 'inf', 'infinity'] },
  ],
} as const;

const channel = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'from', 'to', 'kind', 'capacity'],
  properties: {
    id: { type: 'string', minLength: 1 },
    from: { type: 'string', minLength: 1 },
    to: { type: 'string', minLength: 1 },
    kind: { enum: CHANNEL_KINDS },
    label: { type: 'string' },
    capacity,
    confidence: {
      description: 'A probability 0–1, or a label (alleged, reported, confirmed), or both.',
      oneOf: [
        { type: 'number', minimum: 0, maximum: 1 },
        { enum: CONFIDENCE_LABELS },
        {
          type: 'object',
          additionalProperties: false,
          required: ['label'],
          properties: {
            value: { type: 'number', minimum: 0, maximum: 1 },
            label: { enum: CONFIDENCE_LABELS },
          },
        },
      ],
    },
    jurisdiction: { type: 'string' },
    validFrom: isoDate,
    validTo: isoDate,
    cost: {
      description: 'Cost to cut this channel on its own; null: it cannot be cut.',
      oneOf: [{ type: 'number', minimum: 0 }, { type: 'null' }],
    },
    link: {
      enum: LINK_KINDS,
      description: 'For a channel built from lists or FtM data: what the link rests on.',
    },
    sources,
  },
} as const;

export const SCENARIO_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://interdict.dev/schema/scenario.schema.json',
  title: 'Interdict scenario',
  description: 'A support network: actors, channels, jurisdictions and the measures that can act on them.',
  type: 'object',
  additionalProperties: false,
  required: ['interdict', 'id', 'name', 'nodes', 'channels'],
  properties: {
    interdict: { const: 1, description: 'Format version.' },
    id: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
    name: { type: 'string', minLength: 1 },
    description: { type: 'string' },
    notice: { type: 'string', description: 'Caveat shown with every result.' },
    defaultEnforcement: { type: 'number', minimum: 0, maximum: 1 },
    jurisdictions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: {
          id: { type: 'string', minLength: 1 },
          name: { type: 'string', minLength: 1 },
          enforcement: { type: 'number', minimum: 0, maximum: 1 },
          sources,
        },
      },
    },
    nodes: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'schema', 'name'],
        properties: {
          id: { type: 'string', minLength: 1 },
          schema: { enum: NODE_SCHEMATA },
          name: { type: 'string', minLength: 1 },
          role: { enum: ROLES },
          designated: { type: 'boolean' },
          jurisdiction: { type: 'string' },
          listed: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            description: 'Ids of the list entities this actor stands for, e.g. [ofac-4697].',
          },
          designations: { type: 'array', items: designation },
          properties: {
            type: 'object',
            description: 'FtM properties; every value a list of strings.',
            additionalProperties: { type: 'array', items: { type: 'string' } },
          },
          sources,
        },
      },
    },
    channels: { type: 'array', items: channel },
    candidates: {
      type: 'array',
      items: channel,
      description: 'Channels the adversary could open to rebuild; cost is the cost to open.',
    },
    actions: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'kind', 'target', 'cost'],
        properties: {
          id: { type: 'string', minLength: 1 },
          kind: { enum: ACTION_KINDS },
          label: { type: 'string' },
          target: {
            type: 'object',
            additionalProperties: false,
            minProperties: 1,
            maxProperties: 1,
            properties: {
              node: { type: 'string' },
              channel: { type: 'string' },
              jurisdiction: { type: 'string' },
            },
          },
          cost: { type: 'number', minimum: 0 },
          effect: {
            description: '"remove" (default), or { reduce: fraction } to cut capacity by that fraction.',
            oneOf: [
              { const: 'remove' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['reduce'],
                properties: { reduce: { type: 'number', exclusiveMinimum: 0, maximum: 1 } },
              },
            ],
          },
          sources,
        },
      },
    },
  },
} as const;
