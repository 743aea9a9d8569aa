// CSV edge lists with header `from,to,capacity[,cost]` read into a Network.
// capacity may be `inf`; an empty or `inf` cost means the arc cannot be cut.

import { InputError } from '../model/errors.js';
import type { Channel, Network, NetworkNode, Role } from '../model/network.js';
import { CHANNEL_KINDS, confidenceLabelFor, type ChannelKind } from '../model/network.js';
import { splitCsvLine } from './csv-line.js';
import { numberedLines, type LineSource } from './lines.js';

const REQUIRED = ['from', 'to', 'capacity'] as const;
const OPTIONAL = ['cost', 'kind', 'confidence', 'jurisdiction', 'label'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);

/** Nodes named like this take the sponsor or recipient role by convention. */
const SOURCE_NAMES = new Set(['s', 'source', 'sponsor']);
const SINK_NAMES = new Set(['t', 'sink', 'target', 'recipient']);

function parseAmount(raw: string): number {
  const v = raw.toLowerCase();
  if (v === 'inf' || v === 'infinity' || v === 'unlimited') return Infinity;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(raw)) return NaN;
  return Number(raw);
}

export async function parseEdgeList(
  source: LineSource,
  options: { file?: string; id?: string } = {},
): Promise<Network> {
  const file = options.file ?? '<edges.csv>';
  let columns: string[] | undefined;
  const nodes = new Map<string, NetworkNode>();
  const channels: Channel[] = [];
  const node = (id: string): void => {
    if (nodes.has(id)) return;
    const key = id.toLowerCase();
    const role: Role = SOURCE_NAMES.has(key) ? 'sponsor' : SINK_NAMES.has(key) ? 'recipient' : 'other';
    nodes.set(id, { id, schema: 'LegalEntity', role, properties: { name: [id] } });
  };
  for await (const { line, text } of numberedLines(source)) {
    if (text.trim() === '' || text.startsWith('#')) continue;
    const fields = splitCsvLine(text);
    if (!columns) {
      columns = fields.map((f) => f.value.toLowerCase());
      for (const f of fields) {
        if (!KNOWN.has(f.value.toLowerCase())) {
          throw new InputError(
            'E_SCHEMA',
            `unknown column "${f.value}"`,
            { file, line, column: f.column },
            `the header is from,to,capacity[,cost] (optional: ${OPTIONAL.slice(1).join(', ')})`,
          );
        }
      }
      for (const r of REQUIRED) {
        if (!columns.includes(r)) {
          throw new InputError(
            'E_SCHEMA',
            `missing column "${r}"`,
            { file, line, column: 1 },
            'the header must be from,to,capacity[,cost]',
          );
        }
      }
      continue;
    }
    const get = (name: string): { value: string; column: number } | undefined => {
      const i = columns!.indexOf(name);
      return i < 0 ? undefined : fields[i];
    };
    if (fields.length !== columns.length) {
      throw new InputError(
        'E_PARSE',
        `${fields.length} fields, the header has ${columns.length}`,
        { file, line, column: 1 },
        "give every row the header's columns",
      );
    }
    const from = get('from')!;
    const to = get('to')!;
    for (const end of [from, to]) {
      if (!end.value)
        throw new InputError(
          'E_VALUE',
          'empty node id',
          { file, line, column: end.column },
          'name both ends of every arc',
        );
    }
    const capField = get('capacity')!;
    const capacity = parseAmount(capField.value);
    if (Number.isNaN(capacity)) {
      throw new InputError(
        'E_VALUE',
        `capacity "${capField.value}" is not a number`,
        { file, line, column: capField.column },
        'write a number ≥ 0 or inf',
      );
    }
    if (capacity < 0) {
      throw new InputError(
        'E_VALUE',
        `capacity ${capField.value} is negative`,
        { file, line, column: capField.column },
        'capacities must be ≥ 0',
      );
    }
    const costField = get('cost');
    let cost: number | null = 1;
    if (costField) {
      const c = costField.value === '' ? Infinity : parseAmount(costField.value);
      if (Number.isNaN(c) || c < 0)
        throw new InputError(
          'E_VALUE',
          `cost "${costField.value}" is not a number`,
          { file, line, column: costField.column },
          'write a number ≥ 0, or leave it empty or inf if the arc cannot be cut',
        );
      cost = Number.isFinite(c) ? c : null;
    }
    const channel: Channel = {
      id: `e${channels.length + 1}`,
      from: from.value,
      to: to.value,
      kind: 'unknown',
      capacity,
      confidence: 1,
      confidenceLabel: 'confirmed',
      cost,
    };
    const kind = get('kind');
    if (kind && kind.value) {
      if (!(CHANNEL_KINDS as readonly string[]).includes(kind.value)) {
        throw new InputError(
          'E_VALUE',
          `unknown channel kind "${kind.value}"`,
          { file, line, column: kind.column },
          `use one of: ${CHANNEL_KINDS.join(', ')}`,
        );
      }
      channel.kind = kind.value as ChannelKind;
    }
    const conf = get('confidence');
    if (conf && conf.value) {
      const p = Number(conf.value);
      if (!(p >= 0 && p <= 1))
        throw new InputError(
          'E_VALUE',
          `confidence "${conf.value}" is not in [0, 1]`,
          { file, line, column: conf.column },
          'write a probability such as 0.8',
        );
      channel.confidence = p;
      channel.confidenceLabel = confidenceLabelFor(p);
    }
    const jur = get('jurisdiction');
    if (jur && jur.value) channel.jurisdiction = jur.value;
    const label = get('label');
    if (label && label.value) channel.label = label.value;
    node(from.value);
    node(to.value);
    channels.push(channel);
  }
  if (!columns)
    throw new InputError('E_PARSE', 'empty file', { file }, 'start with the header from,to,capacity[,cost]');
  const jurisdictions = [...new Set(channels.map((c) => c.jurisdiction).filter((j): j is string => !!j))].map(
    (id) => ({ id, name: id, enforcement: 0.5 }),
  );
  const id = options.id ?? 'edges';
  return { id, name: options.file ?? id, nodes: [...nodes.values()], channels, jurisdictions, actions: [] };
}
