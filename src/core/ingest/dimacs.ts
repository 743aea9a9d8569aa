// DIMACS max-flow files (`p max N M`, `n ID s|t`, `a U V CAP`, `c` comments)
// read into a Network: nodes '1'..'N', s is the sponsor, t the recipient.

import { InputError } from '../model/errors.js';
import { columnarNetwork, type ChannelColumns } from '../model/channel-columns.js';
import type { Network, NetworkNode } from '../model/network.js';
import { asChunks, forEachLine, type LineSource, type TextChunks } from './lines.js';

export interface DimacsGraph {
  nodeCount: number;
  sources: number[];
  sinks: number[];
  /** 1-based tails, heads and capacities of the arcs, in file order. */
  tails: Int32Array;
  heads: Int32Array;
  capacities: Float64Array;
}

/** Read DIMACS lines into typed arrays. Throws InputError. */
export async function parseDimacsGraph(
  source: LineSource,
  options: { file?: string } = {},
): Promise<DimacsGraph> {
  return parseDimacsGraphChunks(asChunks(source), options);
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 11 || c === 12;

/**
 * Read DIMACS text, in chunks of any size, into typed arrays: the lines are
 * scanned where they lie, with no string or object made per arc. Throws InputError.
 */
export async function parseDimacsGraphChunks(
  chunks: TextChunks,
  options: { file?: string } = {},
): Promise<DimacsGraph> {
  const file = options.file ?? '<dimacs>';
  let n = -1;
  let m = -1;
  let count = 0;
  let tails = new Int32Array(0);
  let heads = new Int32Array(0);
  let caps = new Float64Array(0);
  const sources: number[] = [];
  const sinks: number[] = [];
  const fail = (line: number, column: number, message: string, hint: string): never => {
    throw new InputError('E_PARSE', message, { file, line, column }, hint);
  };
  // Token k of the current line is text[ts[k], te[k]).
  const ts = new Int32Array(5);
  const te = new Int32Array(5);
  // The line being read, shared by the helpers below (no closure is made per line).
  let text = '';
  let start = 0;
  let end = 0;
  let line = 0;
  let tokens = 0;
  const tok = (k: number): string | undefined => (k < tokens ? text.slice(ts[k]!, te[k]!) : undefined);
  const col = (k: number): number => (k < tokens ? ts[k]! - start + 1 : end - start + 1);
  /** The token as a non-negative integer, or -1. */
  const int = (k: number): number => {
    if (k >= tokens) return -1;
    let v = 0;
    for (let i = ts[k]!; i < te[k]!; i++) {
      const d = text.charCodeAt(i) - 48;
      if (d < 0 || d > 9) return -1;
      v = v * 10 + d;
    }
    return v;
  };
  const nodeId = (k: number): number => {
    const v = int(k);
    if (v < 0)
      return fail(
        line,
        col(k),
        `expected a node number, got "${tok(k) ?? ''}"`,
        'node numbers are integers 1..N',
      );
    if (v < 1 || v > n)
      return fail(
        line,
        col(k),
        `node ${v} is out of range 1..${n}`,
        'fix the node number or the N of the p line',
      );
    return v;
  };
  await forEachLine(chunks, (chunk, from, to, lineNo) => {
    text = chunk;
    start = from;
    end = to;
    line = lineNo;
    tokens = 0;
    for (let i = start; i < end && tokens < 5;) {
      while (i < end && isSpace(text.charCodeAt(i))) i++;
      if (i >= end) break;
      ts[tokens] = i;
      while (i < end && !isSpace(text.charCodeAt(i))) i++;
      te[tokens++] = i;
    }
    if (tokens === 0) return;
    const first = text.charCodeAt(ts[0]!);
    if (first === 99 /* c */) return;
    const kind = te[0]! - ts[0]! === 1 ? first : 0;
    switch (kind) {
      case 112 /* p */: {
        if (n >= 0) fail(line, 1, 'second problem line', 'a DIMACS file has exactly one "p max N M" line');
        if (tok(1) !== 'max')
          fail(line, col(1), `problem type "${tok(1) ?? ''}" is not "max"`, 'write "p max N M"');
        if (int(2) < 0 || int(3) < 0)
          fail(line, col(2), 'N and M must be non-negative integers', 'write "p max N M"');
        n = int(2);
        m = int(3);
        tails = new Int32Array(m);
        heads = new Int32Array(m);
        caps = new Float64Array(m);
        break;
      }
      case 110 /* n */: {
        if (n < 0) fail(line, 1, 'node line before the problem line', 'put "p max N M" first');
        const id = nodeId(1);
        const which = tok(2);
        if (which === 's') sources.push(id);
        else if (which === 't') sinks.push(id);
        else
          fail(
            line,
            col(2),
            `node designator must be s or t, got "${which ?? ''}"`,
            'write "n ID s" or "n ID t"',
          );
        break;
      }
      case 97 /* a */: {
        if (n < 0) fail(line, 1, 'arc line before the problem line', 'put "p max N M" first');
        if (count >= m)
          fail(line, 1, `more arcs than the ${m} the problem line declares`, 'fix M in the p line');
        const u = nodeId(1);
        const v = nodeId(2);
        let cap = int(3);
        if (cap < 0) {
          const capTok = tok(3);
          cap = capTok === undefined ? NaN : capTok === 'inf' ? Infinity : Number(capTok);
          if (capTok === undefined || Number.isNaN(cap))
            fail(
              line,
              col(3),
              `capacity "${capTok ?? ''}" is not a number`,
              'write "a U V CAP" with CAP ≥ 0',
            );
          if (cap < 0) fail(line, col(3), `capacity ${cap} is negative`, 'capacities must be ≥ 0');
        }
        tails[count] = u;
        heads[count] = v;
        caps[count] = cap;
        count++;
        break;
      }
      default:
        fail(line, 1, `unknown line type "${tok(0)!}"`, 'DIMACS lines start with c, p, n or a');
    }
  });
  if (n < 0) throw new InputError('E_PARSE', 'no problem line', { file }, 'add "p max N M" before the arcs');
  if (count !== m)
    throw new InputError(
      'E_PARSE',
      `the problem line declares ${m} arcs but the file has ${count}`,
      { file },
      'the file may be truncated; fix M or add the arcs',
    );
  if (sources.length === 0 || sinks.length === 0) {
    throw new InputError(
      'E_PARSE',
      `missing ${sources.length === 0 ? 'source' : 'sink'} line`,
      { file },
      `add "n ID ${sources.length === 0 ? 's' : 't'}"`,
    );
  }
  return { nodeCount: n, sources, sinks, tails, heads, capacities: caps };
}

/** Read DIMACS into a Network (arcs become channels a1..aM, cost 1 each), its channels in columns. */
export async function parseDimacs(
  source: LineSource,
  options: { file?: string; id?: string } = {},
): Promise<Network> {
  return parseDimacsChunks(asChunks(source), options);
}

/** Read DIMACS text in chunks of any size (a file read in blocks) into a Network. */
export async function parseDimacsChunks(
  chunks: TextChunks,
  options: { file?: string; id?: string } = {},
): Promise<Network> {
  const g = await parseDimacsGraphChunks(chunks, options);
  const sources = new Set(g.sources);
  const sinks = new Set(g.sinks);
  const nodes: NetworkNode[] = [];
  for (let i = 1; i <= g.nodeCount; i++) {
    nodes.push({
      id: String(i),
      schema: 'LegalEntity',
      role: sources.has(i) ? 'sponsor' : sinks.has(i) ? 'recipient' : 'other',
      properties: { name: [String(i)] },
    });
  }
  const m = g.tails.length;
  const tails = new Int32Array(m);
  const heads = new Int32Array(m);
  for (let k = 0; k < m; k++) {
    tails[k] = g.tails[k]! - 1;
    heads[k] = g.heads[k]! - 1;
  }
  const columns: ChannelColumns = {
    count: m,
    tails,
    heads,
    capacities: g.capacities,
    costs: new Float64Array(m).fill(1),
    idPrefix: 'a',
  };
  const id = options.id ?? 'dimacs';
  return columnarNetwork({ id, name: options.file ?? id, nodes, jurisdictions: [], actions: [] }, columns);
}
