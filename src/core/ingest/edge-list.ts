// CSV edge lists with header `from,to,capacity[,cost]` read into a Network.
// capacity may be `inf`; an empty or `inf` cost means the arc cannot be cut.
// The rows go straight into typed-array columns (model/channel-columns.ts):
// an edge list of a million arcs makes no object per arc.

import { columnarNetwork, type ChannelColumns } from '../model/channel-columns.js';
import { InputError } from '../model/errors.js';
import type { Network, NetworkNode, Role } from '../model/network.js';
import { CHANNEL_KINDS } from '../model/network.js';
import { splitCsvLine, type CsvField } from './csv-line.js';
import { asChunks, forEachLine, type LineSource, type TextChunks } from './lines.js';

const REQUIRED = ['from', 'to', 'capacity'] as const;
const OPTIONAL = ['cost', 'kind', 'confidence', 'jurisdiction', 'label'] as const;
const KNOWN = new Set<string>([...REQUIRED, ...OPTIONAL]);
const KIND_INDEX = new Map<string, number>(CHANNEL_KINDS.map((k, i) => [k, i]));

/** Nodes named like this take the sponsor or recipient role by convention. */
const SOURCE_NAMES = new Set(['s', 'source', 'sponsor']);
const SINK_NAMES = new Set(['t', 'sink', 'target', 'recipient']);

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

function parseAmount(raw: string): number {
  const v = raw.toLowerCase();
  if (v === 'inf' || v === 'infinity' || v === 'unlimited') return Infinity;
  if (!NUMBER.test(raw)) return NaN;
  return Number(raw);
}

/**
 * The value of `text[start, end)` when it is 1 to 15 decimal digits (what most
 * capacities and costs are), read without making a string; else -1.
 */
function plainCount(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/** Typed arrays that double when full. */
class Column<T extends Int32Array | Float64Array | Uint8Array> {
  constructor(
    public data: T,
    private readonly make: (size: number) => T,
  ) {}

  set(i: number, v: number): void {
    if (i >= this.data.length) {
      const bigger = this.make(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[i] = v;
  }

  trimmed(size: number): T {
    return this.data.subarray(0, size) as T;
  }
}

export async function parseEdgeList(
  source: LineSource,
  options: { file?: string; id?: string } = {},
): Promise<Network> {
  return parseEdgeListChunks(asChunks(source), options);
}

/** Read a CSV edge list, in text chunks of any size (a file read in blocks), into a Network. */
export async function parseEdgeListChunks(
  chunks: TextChunks,
  options: { file?: string; id?: string } = {},
): Promise<Network> {
  const file = options.file ?? '<edges.csv>';
  let header: string[] | undefined;
  let at: Record<string, number> = {};
  const nodeIndex = new Map<string, number>();
  const nodes: NetworkNode[] = [];
  const node = (id: string): number => {
    let i = nodeIndex.get(id);
    if (i !== undefined) return i;
    i = nodes.length;
    const key = id.toLowerCase();
    const role: Role = SOURCE_NAMES.has(key) ? 'sponsor' : SINK_NAMES.has(key) ? 'recipient' : 'other';
    nodes.push({ id, schema: 'LegalEntity', role, properties: { name: [id] } });
    nodeIndex.set(id, i);
    return i;
  };
  const start = 1024;
  const tails = new Column(new Int32Array(start), (n) => new Int32Array(n));
  const heads = new Column(new Int32Array(start), (n) => new Int32Array(n));
  const caps = new Column(new Float64Array(start), (n) => new Float64Array(n));
  const costs = new Column(new Float64Array(start), (n) => new Float64Array(n));
  let kinds: Column<Uint8Array> | undefined;
  let confidences: Column<Float64Array> | undefined;
  let jurisdictions: string[] | undefined;
  let labels: string[] | undefined;
  let count = 0;
  // Field k of a plain row (no quotes) is text[fs[k], fe[k]); quoted rows go through splitCsvLine.
  let fs = new Int32Array(8);
  let fe = new Int32Array(8);

  // The row being read: its fields are quoted[k] when it has quotes, else rowText[fs[k], fe[k]).
  let quoted: CsvField[] | undefined;
  let rowText = '';
  let rowStart = 0;
  // The first quote at or after the current row in quoteText (-1: none left).
  let quoteText: string | undefined;
  let quoteAt = -1;
  const value = (k: number): string => (quoted ? quoted[k]!.value : rowText.slice(fs[k]!, fe[k]!));
  const column = (k: number): number => (quoted ? quoted[k]!.column : fs[k]! - rowStart + 1);
  const emptyId = (line: number, k: number) =>
    new InputError(
      'E_VALUE',
      'empty node id',
      { file, line, column: column(k) },
      'name both ends of every arc',
    );

  // The header, the rows' slow paths (quotes aside: numbers that are not plain digits, errors)
  // and the optional columns are functions of their own, called only when needed: the row
  // callback stays small, so V8 optimises it early in a file.
  let optional = false;
  const readHeader = (headerText: string, line: number): void => {
    const fields = splitCsvLine(headerText);
    const names = fields.map((f) => f.value.toLowerCase());
    header = names;
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
      if (!names.includes(r)) {
        throw new InputError(
          'E_SCHEMA',
          `missing column "${r}"`,
          { file, line, column: 1 },
          'the header must be from,to,capacity[,cost]',
        );
      }
    }
    at = Object.fromEntries(names.map((h, i) => [h, i]));
    if (at.kind !== undefined) kinds = new Column(new Uint8Array(start), (n) => new Uint8Array(n));
    if (at.confidence !== undefined)
      confidences = new Column(new Float64Array(start), (n) => new Float64Array(n));
    if (at.jurisdiction !== undefined) jurisdictions = [];
    if (at.label !== undefined) labels = [];
    optional = Boolean(kinds || confidences || jurisdictions || labels);
    if (names.length > fs.length) {
      fs = new Int32Array(names.length + 1);
      fe = new Int32Array(names.length + 1);
    }
  };
  const slowCapacity = (line: number, capK: number): number => {
    const capText = value(capK);
    const capacity = parseAmount(capText);
    if (Number.isNaN(capacity)) {
      throw new InputError(
        'E_VALUE',
        `capacity "${capText}" is not a number`,
        { file, line, column: column(capK) },
        'write a number ≥ 0 or inf',
      );
    }
    if (capacity < 0) {
      throw new InputError(
        'E_VALUE',
        `capacity ${capText} is negative`,
        { file, line, column: column(capK) },
        'capacities must be ≥ 0',
      );
    }
    return capacity;
  };
  const slowCost = (line: number, costK: number): number => {
    const costText = value(costK);
    const c = costText === '' ? Infinity : parseAmount(costText);
    if (Number.isNaN(c) || c < 0)
      throw new InputError(
        'E_VALUE',
        `cost "${costText}" is not a number`,
        { file, line, column: column(costK) },
        'write a number ≥ 0, or leave it empty or inf if the arc cannot be cut',
      );
    return Number.isFinite(c) ? c : NaN;
  };
  const readOptional = (line: number): void => {
    if (kinds) {
      const kindText = value(at.kind!);
      const k = kindText ? KIND_INDEX.get(kindText) : KIND_INDEX.get('unknown');
      if (k === undefined) {
        throw new InputError(
          'E_VALUE',
          `unknown channel kind "${kindText}"`,
          { file, line, column: column(at.kind!) },
          `use one of: ${CHANNEL_KINDS.join(', ')}`,
        );
      }
      kinds.set(count, k);
    }
    if (confidences) {
      const confText = value(at.confidence!);
      let p = 1;
      if (confText) {
        p = Number(confText);
        if (!(p >= 0 && p <= 1))
          throw new InputError(
            'E_VALUE',
            `confidence "${confText}" is not in [0, 1]`,
            { file, line, column: column(at.confidence!) },
            'write a probability such as 0.8',
          );
      }
      confidences.set(count, p);
    }
    if (jurisdictions) jurisdictions.push(value(at.jurisdiction!));
    if (labels) labels.push(value(at.label!));
  };

  await forEachLine(chunks, (text, lineStart, lineEnd, line) => {
    if (lineEnd === lineStart || text.charCodeAt(lineStart) === 35 /* # */) return;
    let allBlank = true;
    for (let i = lineStart; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9) {
        allBlank = false;
        break;
      }
    }
    if (allBlank) return;
    if (!header) {
      readHeader(text.slice(lineStart, lineEnd), line);
      return;
    }
    // Split the row: in place when it has no quote, else field by field. The next quote
    // in the chunk is found once and kept, so rows without quotes cost no search past their end.
    if (text !== quoteText || (quoteAt >= 0 && quoteAt < lineStart)) {
      quoteText = text;
      quoteAt = text.indexOf('"', lineStart);
    }
    quoted = undefined;
    rowStart = lineStart;
    rowText = text;
    let fieldCount = 0;
    if (quoteAt < 0 || quoteAt >= lineEnd) {
      let i = lineStart;
      for (;;) {
        const comma = text.indexOf(',', i);
        const stop = comma < 0 || comma >= lineEnd ? lineEnd : comma;
        if (fieldCount < fs.length) {
          fs[fieldCount] = i;
          fe[fieldCount] = stop;
        }
        fieldCount++;
        if (stop === lineEnd) break;
        i = stop + 1;
      }
    } else {
      quoted = splitCsvLine(text.slice(lineStart, lineEnd));
      fieldCount = quoted.length;
    }
    if (fieldCount !== header.length) {
      throw new InputError(
        'E_PARSE',
        `${fieldCount} fields, the header has ${header.length}`,
        { file, line, column: 1 },
        "give every row the header's columns",
      );
    }
    const fromK = at.from!;
    const toK = at.to!;
    const from = value(fromK);
    const to = value(toK);
    if (!from) throw emptyId(line, fromK);
    if (!to) throw emptyId(line, toK);
    const capK = at.capacity!;
    let capacity = quoted ? -1 : plainCount(text, fs[capK]!, fe[capK]!);
    if (capacity < 0) capacity = slowCapacity(line, capK);
    let cost = 1;
    const costK = at.cost;
    if (costK !== undefined) {
      const plain = quoted ? -1 : plainCount(text, fs[costK]!, fe[costK]!);
      cost = plain >= 0 ? plain : slowCost(line, costK);
    }
    if (optional) readOptional(line);
    tails.set(count, node(from));
    heads.set(count, node(to));
    caps.set(count, capacity);
    costs.set(count, cost);
    count++;
  });
  if (!header)
    throw new InputError('E_PARSE', 'empty file', { file }, 'start with the header from,to,capacity[,cost]');
  const columns: ChannelColumns = {
    count,
    tails: tails.trimmed(count),
    heads: heads.trimmed(count),
    capacities: caps.trimmed(count),
    costs: costs.trimmed(count),
    ...(kinds ? { kinds: kinds.trimmed(count) } : {}),
    ...(confidences ? { confidences: confidences.trimmed(count) } : {}),
    ...(jurisdictions ? { jurisdictions } : {}),
    ...(labels ? { labels } : {}),
    idPrefix: 'e',
  };
  const jurisdictionList = [...new Set((jurisdictions ?? []).filter(Boolean))].map((id) => ({
    id,
    name: id,
    enforcement: 0.5,
  }));
  const id = options.id ?? 'edges';
  return columnarNetwork(
    { id, name: options.file ?? id, nodes, jurisdictions: jurisdictionList, actions: [] },
    columns,
  );
}
