// FtM JSON lines read into a Network: node schemata become actors, edge
// schemata (Ownership, Payment, …) become channels, Sanctions mark their subject.

import { EDGE_SCHEMATA, NODE_SCHEMATA, type Entity, type NodeSchema } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import type { Channel, ChannelKind, Network, NetworkNode, Source } from '../model/network.js';
import { numberedLines, type LineSource } from './lines.js';

const KIND_BY_SCHEMA: Record<string, ChannelKind> = {
  Ownership: 'ownership',
  Directorship: 'directorship',
  Membership: 'membership',
  Payment: 'financial',
};

/** Parse one FtM JSON line, with errors located at file:line:column. */
export function parseFtmLine(text: string, file: string, line: number): Entity {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const msg = (e as Error).message;
    const pos = /position (\d+)/.exec(msg);
    throw new InputError(
      'E_PARSE',
      `malformed JSON: ${msg}`,
      { file, line, column: pos ? Number(pos[1]) + 1 : 1 },
      'each line must be one JSON object',
    );
  }
  const obj = value as Partial<Entity> | null;
  if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
    throw new InputError(
      'E_SCHEMA',
      'line is not a JSON object',
      { file, line, column: 1 },
      'each line must be one FtM entity object',
    );
  }
  for (const field of ['id', 'schema'] as const) {
    if (typeof obj[field] !== 'string' || !obj[field]) {
      throw new InputError(
        'E_SCHEMA',
        `missing or empty "${field}"`,
        { file, line, path: field },
        `every FtM entity needs a string ${field}`,
      );
    }
  }
  const props = obj.properties ?? {};
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw new InputError(
      'E_SCHEMA',
      '"properties" is not an object',
      { file, line, path: 'properties' },
      'write properties as {"name": ["…"]}',
    );
  }
  for (const [k, v] of Object.entries(props)) {
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
      throw new InputError(
        'E_SCHEMA',
        `property "${k}" is not a list of strings`,
        { file, line, path: `properties.${k}` },
        'every FtM property value is a list of strings',
      );
    }
  }
  return { ...obj, properties: props } as Entity;
}

export async function* readFtmEntities(
  source: LineSource,
  options: { file?: string } = {},
): AsyncGenerator<Entity & { line: number }> {
  const file = options.file ?? '<ftm>';
  for await (const { line, text } of numberedLines(source)) {
    if (text.trim() === '') continue;
    yield Object.assign(parseFtmLine(text, file, line), { line });
  }
}

function amount(entity: Entity): number {
  for (const key of ['amountEur', 'amountUsd', 'amount']) {
    const raw = entity.properties[key]?.[0];
    if (raw !== undefined && Number.isFinite(Number(raw))) return Number(raw);
  }
  return 1;
}

export async function parseFtmNetwork(
  source: LineSource,
  options: { file?: string; id?: string } = {},
): Promise<Network> {
  const file = options.file ?? '<ftm>';
  const nodes = new Map<string, NetworkNode>();
  const edges: (Entity & { line: number })[] = [];
  const sanctioned = new Set<string>();
  for await (const e of readFtmEntities(source, { file })) {
    if ((NODE_SCHEMATA as readonly string[]).includes(e.schema)) {
      const node: NetworkNode = {
        id: e.id,
        schema: e.schema as NodeSchema,
        role: 'other',
        properties: e.properties,
      };
      if (e.properties.topics?.includes('sanction')) node.designated = true;
      const country = e.properties.country?.[0] ?? e.properties.jurisdiction?.[0];
      if (country) node.jurisdiction = country;
      nodes.set(e.id, node);
    } else if (EDGE_SCHEMATA[e.schema]) {
      edges.push(e);
    } else if (e.schema === 'Sanction') {
      for (const subject of e.properties.entity ?? []) sanctioned.add(subject);
    }
  }
  const channels: Channel[] = [];
  for (const e of edges) {
    const ends = EDGE_SCHEMATA[e.schema]!;
    const froms = e.properties[ends.source] ?? [];
    const tos = e.properties[ends.target] ?? [];
    for (const [prop, ids] of [
      [ends.source, froms],
      [ends.target, tos],
    ] as const) {
      if (ids.length === 0) {
        throw new InputError(
          'E_SCHEMA',
          `${e.schema} "${e.id}" has no ${prop}`,
          { file, line: e.line, path: `properties.${prop}` },
          `give the edge a ${prop}`,
        );
      }
      for (const id of ids) {
        if (!nodes.has(id)) {
          throw new InputError(
            'E_REFERENCE',
            `${e.schema} "${e.id}" names unknown entity "${id}" as ${prop}`,
            { file, line: e.line, path: `properties.${prop}` },
            'include that entity in the file',
          );
        }
      }
    }
    const sources: Source[] = (e.properties.sourceUrl ?? []).map((url) => ({ citation: url, url }));
    const date = e.properties.date?.[0] ?? e.properties.startDate?.[0];
    for (const from of froms) {
      for (const to of tos) {
        const channel: Channel = {
          id: froms.length * tos.length === 1 ? e.id : `${e.id}:${from}:${to}`,
          from,
          to,
          kind: KIND_BY_SCHEMA[e.schema] ?? 'unknown',
          capacity: e.schema === 'Payment' ? amount(e) : 1,
          confidence: 1,
          confidenceLabel: 'confirmed',
          label: e.schema,
        };
        if (sources.length) channel.sources = sources;
        if (e.properties.startDate?.[0] ?? date)
          channel.validFrom = (e.properties.startDate?.[0] ?? date)!.slice(0, 10);
        if (e.properties.endDate?.[0]) channel.validTo = e.properties.endDate[0].slice(0, 10);
        channels.push(channel);
      }
    }
  }
  for (const id of sanctioned) {
    const n = nodes.get(id);
    if (n) n.designated = true;
  }
  const id = options.id ?? 'ftm';
  return {
    id,
    name: options.file ?? id,
    nodes: [...nodes.values()],
    channels,
    jurisdictions: [],
    actions: [],
  };
}
