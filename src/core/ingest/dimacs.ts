// DIMACS max-flow files (`p max N M`, `n ID s|t`, `a U V CAP`, `c` comments)
// read into a Network: nodes '1'..'N', s is the sponsor, t the recipient.

import { InputError } from '../model/errors.js';
import { columnarNetwork, type ChannelColumns } from '../model/channel-columns.js';
import type { Network, NetworkNode } from '../model/network.js';
import { numberedLines, type LineSource } from './lines.js';

export interface DimacsGraph {
  nodeCount: number;
  sources: number[];
  sinks: number[];
  /** 1-based tails, heads and capacities of the arcs, in file order. */
  tails: Int32Array;
  heads: Int32Array;
  capacities: Float64Array;
}

const INT = /^\d+$/;

/** Read DIMACS into typed arrays (fast path for large graphs). Throws InputError. */
export async function parseDimacsGraph(
  source: LineSource,
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
  const nodeId = (tok: string | undefined, line: number, column: number): number => {
    if (tok === undefined || !INT.test(tok))
      return fail(
        line,
        column,
        `expected a node number, got "${tok ?? ''}"`,
        'node numbers are integers 1..N',
      );
    const v = Number(tok);
    if (v < 1 || v > n)
      return fail(
        line,
        column,
        `node ${v} is out of range 1..${n}`,
        'fix the node number or the N of the p line',
      );
    return v;
  };
  for await (const { line, text } of numberedLines(source)) {
    const trimmed = text.trim();
    if (trimmed === '' || trimmed[0] === 'c') continue;
    const tok = trimmed.split(/\s+/);
    const col = (i: number): number => text.indexOf(tok[i]!) + 1;
    switch (tok[0]) {
      case 'p': {
        if (n >= 0) fail(line, 1, 'second problem line', 'a DIMACS file has exactly one "p max N M" line');
        if (tok[1] !== 'max')
          fail(line, col(1), `problem type "${tok[1] ?? ''}" is not "max"`, 'write "p max N M"');
        if (!INT.test(tok[2] ?? '') || !INT.test(tok[3] ?? ''))
          fail(line, col(2), 'N and M must be non-negative integers', 'write "p max N M"');
        n = Number(tok[2]);
        m = Number(tok[3]);
        tails = new Int32Array(m);
        heads = new Int32Array(m);
        caps = new Float64Array(m);
        break;
      }
      case 'n': {
        if (n < 0) fail(line, 1, 'node line before the problem line', 'put "p max N M" first');
        const id = nodeId(tok[1], line, col(1));
        if (tok[2] === 's') sources.push(id);
        else if (tok[2] === 't') sinks.push(id);
        else
          fail(
            line,
            tok[2] === undefined ? text.length + 1 : col(2),
            `node designator must be s or t, got "${tok[2] ?? ''}"`,
            'write "n ID s" or "n ID t"',
          );
        break;
      }
      case 'a': {
        if (n < 0) fail(line, 1, 'arc line before the problem line', 'put "p max N M" first');
        if (count >= m)
          fail(line, 1, `more arcs than the ${m} the problem line declares`, 'fix M in the p line');
        const u = nodeId(tok[1], line, col(1));
        const v = nodeId(tok[2], line, col(2));
        const capTok = tok[3];
        const cap = capTok === undefined ? NaN : capTok === 'inf' ? Infinity : Number(capTok);
        if (capTok === undefined || Number.isNaN(cap))
          fail(
            line,
            capTok === undefined ? text.length + 1 : col(3),
            `capacity "${capTok ?? ''}" is not a number`,
            'write "a U V CAP" with CAP ≥ 0',
          );
        if (cap < 0) fail(line, col(3), `capacity ${cap} is negative`, 'capacities must be ≥ 0');
        tails[count] = u;
        heads[count] = v;
        caps[count] = cap;
        count++;
        break;
      }
      default:
        fail(line, 1, `unknown line type "${tok[0]}"`, 'DIMACS lines start with c, p, n or a');
    }
  }
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
  const g = await parseDimacsGraph(source, options);
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
