// DIMACS max-flow files (`p max N M`, `n ID s|t`, `a U V CAP`, `c` comments)
// read into a Network: nodes '1'..'N', s is the sponsor, t the recipient.

import { InputError } from '../model/errors.js';
import { columnarNetwork, type ChannelColumns } from '../model/channel-columns.js';
import type { Network, Role } from '../model/network.js';
import { withNumberedNodes } from '../model/numbered-nodes.js';
import { asChunks, type LineSource, type TextChunks } from './lines.js';

export interface DimacsGraph {
  nodeCount: number;
  sources: number[];
  sinks: number[];
  /** Tails and heads of the arcs as 0-based node indices (node id − 1), and their capacities, in file order. */
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

/** Read DIMACS text, in chunks of any size, into typed arrays. Throws InputError. */
export async function parseDimacsGraphChunks(
  chunks: TextChunks,
  options: { file?: string } = {},
): Promise<DimacsGraph> {
  const scan = new DimacsScan(options.file ?? '<dimacs>');
  for await (const text of chunks) scanChunk(scan, utf8Bytes(text));
  return scan.finish();
}

/**
 * Read DIMACS as UTF-8 bytes, in blocks of any size (a file read in blocks), into typed
 * arrays: the lines are scanned where they lie, with no string or object made per arc.
 * Columns in messages count bytes. Throws InputError.
 */
export async function parseDimacsGraphBytes(
  chunks: ByteChunks,
  options: { file?: string } = {},
): Promise<DimacsGraph> {
  const scan = new DimacsScan(options.file ?? '<dimacs>');
  for await (const bytes of chunks) scanChunk(scan, bytes);
  return scan.finish();
}

/** Bytes in blocks of any size; a line may span blocks. */
export type ByteChunks = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

const EMPTY = new Uint8Array(0);

/** The reader's state across blocks: the declared sizes, the arcs so far, the current line's tokens. */
class DimacsScan {
  n = -1;
  m = -1;
  count = 0;
  tails = new Int32Array(0);
  heads = new Int32Array(0);
  caps = new Float64Array(0);
  readonly sources: number[] = [];
  readonly sinks: number[] = [];
  line = 0;
  /** Token k of the current line is bytes[ts[k], te[k]). */
  readonly ts = new Int32Array(5);
  readonly te = new Int32Array(5);
  tokens = 0;
  /** The start of a line cut by the end of the last block. */
  carry: Uint8Array = EMPTY;

  constructor(readonly file: string) {}

  finish(): DimacsGraph {
    if (this.carry.length) {
      const last = this.carry;
      this.carry = EMPTY;
      scanLine(this, last, 0, last.length);
    }
    const { file, n, m, count, sources, sinks } = this;
    if (n < 0)
      throw new InputError('E_PARSE', 'no problem line', { file }, 'add "p max N M" before the arcs');
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
    return { nodeCount: n, sources, sinks, tails: this.tails, heads: this.heads, capacities: this.caps };
  }
}

function concatBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Scans every whole line of a block; a cut last line waits for the next block. */
function scanChunk(scan: DimacsScan, bytes: Uint8Array): void {
  let start = 0;
  if (scan.carry.length) {
    const nl = bytes.indexOf(10);
    if (nl < 0) {
      scan.carry = concatBytes(scan.carry, bytes);
      return;
    }
    const joined = concatBytes(scan.carry, bytes.subarray(0, nl));
    scan.carry = EMPTY;
    scanLine(scan, joined, 0, joined.length);
    start = nl + 1;
  }
  for (;;) {
    const nl = bytes.indexOf(10, start);
    if (nl < 0) break;
    if (!arcLine(scan, bytes, start, nl)) scanLine(scan, bytes, start, nl);
    start = nl + 1;
  }
  if (start < bytes.length) scan.carry = new Uint8Array(bytes.subarray(start)); // a copy: the block may be reused
}

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 11 || c === 12;

/**
 * The common arc line, `a U V CAP` with integers separated by spaces or tabs, stored in one
 * pass over its bytes. Anything else (another line type, a CR, a decimal or `inf` capacity,
 * a node out of range, an extra token, the first line) returns false and goes to `scanLine`,
 * which reads it or names what is wrong. Most of a large file's lines take this path, often
 * before V8 has optimised it: one loop per number, no token table, no call per byte.
 */
function arcLine(scan: DimacsScan, b: Uint8Array, start: number, end: number): boolean {
  if (b[start] !== 97 || scan.count >= scan.m || scan.line === 0) return false;
  let i = start + 1;
  let c = b[i];
  if (c !== 32 && c !== 9) return false;
  while (c === 32 || c === 9) c = b[++i];
  let u = 0;
  for (let d = c! - 48; d >= 0 && d <= 9 && i < end; d = b[++i]! - 48) u = u * 10 + d;
  c = b[i];
  if (i >= end || (c !== 32 && c !== 9)) return false;
  while (c === 32 || c === 9) c = b[++i];
  let v = 0;
  const vStart = i;
  for (let d = c! - 48; d >= 0 && d <= 9 && i < end; d = b[++i]! - 48) v = v * 10 + d;
  c = b[i];
  if (i === vStart || i >= end || (c !== 32 && c !== 9)) return false;
  while (c === 32 || c === 9) c = b[++i];
  let cap = 0;
  const capStart = i;
  for (let d = c! - 48; d >= 0 && d <= 9 && i < end; d = b[++i]! - 48) cap = cap * 10 + d;
  if (i === capStart) return false;
  while (i < end && (b[i] === 32 || b[i] === 9)) i++;
  if (i !== end || u < 1 || u > scan.n || v < 1 || v > scan.n) return false;
  scan.line++;
  const k = scan.count++;
  scan.tails[k] = u - 1;
  scan.heads[k] = v - 1;
  scan.caps[k] = cap;
  return true;
}

/** Token k of the current line as text (for messages), or undefined. */
function tok(scan: DimacsScan, b: Uint8Array, k: number): string | undefined {
  return k < scan.tokens ? utf8Text(b, scan.ts[k]!, scan.te[k]!) : undefined;
}

/** Token k as a non-negative integer, or -1. */
function int(scan: DimacsScan, b: Uint8Array, k: number): number {
  if (k >= scan.tokens) return -1;
  let v = 0;
  for (let i = scan.ts[k]!, end = scan.te[k]!; i < end; i++) {
    const d = b[i]! - 48;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

function fail(scan: DimacsScan, column: number, message: string, hint: string): never {
  throw new InputError('E_PARSE', message, { file: scan.file, line: scan.line, column }, hint);
}

/** 1-based column of token k, or of the line's end when there is no such token. */
function col(scan: DimacsScan, start: number, end: number, k: number): number {
  return (k < scan.tokens ? scan.ts[k]! : end) - start + 1;
}

function nodeId(scan: DimacsScan, b: Uint8Array, start: number, end: number, k: number): number {
  const v = int(scan, b, k);
  if (v < 0)
    fail(
      scan,
      col(scan, start, end, k),
      `expected a node number, got "${tok(scan, b, k) ?? ''}"`,
      'node numbers are integers 1..N',
    );
  if (v < 1 || v > scan.n)
    fail(
      scan,
      col(scan, start, end, k),
      `node ${v} is out of range 1..${scan.n}`,
      'fix the node number or the N of the p line',
    );
  return v;
}

/** One line, bytes[start, end) without its newline. */
function scanLine(scan: DimacsScan, b: Uint8Array, start: number, end: number): void {
  scan.line++;
  if (
    scan.line === 1 &&
    end - start >= 3 &&
    b[start] === 0xef &&
    b[start + 1] === 0xbb &&
    b[start + 2] === 0xbf
  )
    start += 3;
  if (end > start && b[end - 1] === 13) end--;
  if (end > start && b[end - 1] === 0x1a) end--;
  const { ts, te } = scan;
  let tokens = 0;
  for (let i = start; i < end && tokens < 5;) {
    while (i < end && isSpace(b[i]!)) i++;
    if (i >= end) break;
    ts[tokens] = i;
    while (i < end && !isSpace(b[i]!)) i++;
    te[tokens++] = i;
  }
  scan.tokens = tokens;
  if (tokens === 0) return;
  const first = b[ts[0]!]!;
  if (first === 99 /* c */) return;
  const kind = te[0]! - ts[0]! === 1 ? first : 0;
  switch (kind) {
    case 97 /* a */: {
      if (scan.n < 0) fail(scan, 1, 'arc line before the problem line', 'put "p max N M" first');
      if (scan.count >= scan.m)
        fail(scan, 1, `more arcs than the ${scan.m} the problem line declares`, 'fix M in the p line');
      const u = nodeId(scan, b, start, end, 1);
      const v = nodeId(scan, b, start, end, 2);
      let cap = int(scan, b, 3);
      if (cap < 0) {
        const capTok = tok(scan, b, 3);
        cap = capTok === undefined ? NaN : capTok === 'inf' ? Infinity : Number(capTok);
        if (capTok === undefined || Number.isNaN(cap))
          fail(
            scan,
            col(scan, start, end, 3),
            `capacity "${capTok ?? ''}" is not a number`,
            'write "a U V CAP" with CAP ≥ 0',
          );
        if (cap < 0)
          fail(scan, col(scan, start, end, 3), `capacity ${cap} is negative`, 'capacities must be ≥ 0');
      }
      const k = scan.count++;
      scan.tails[k] = u - 1;
      scan.heads[k] = v - 1;
      scan.caps[k] = cap;
      break;
    }
    case 112 /* p */: {
      if (scan.n >= 0) fail(scan, 1, 'second problem line', 'a DIMACS file has exactly one "p max N M" line');
      if (tok(scan, b, 1) !== 'max')
        fail(
          scan,
          col(scan, start, end, 1),
          `problem type "${tok(scan, b, 1) ?? ''}" is not "max"`,
          'write "p max N M"',
        );
      const n = int(scan, b, 2);
      const m = int(scan, b, 3);
      if (n < 0 || m < 0)
        fail(scan, col(scan, start, end, 2), 'N and M must be non-negative integers', 'write "p max N M"');
      scan.n = n;
      scan.m = m;
      scan.tails = new Int32Array(m);
      scan.heads = new Int32Array(m);
      scan.caps = new Float64Array(m);
      break;
    }
    case 110 /* n */: {
      if (scan.n < 0) fail(scan, 1, 'node line before the problem line', 'put "p max N M" first');
      const id = nodeId(scan, b, start, end, 1);
      const which = tok(scan, b, 2);
      if (which === 's') scan.sources.push(id);
      else if (which === 't') scan.sinks.push(id);
      else
        fail(
          scan,
          col(scan, start, end, 2),
          `node designator must be s or t, got "${which ?? ''}"`,
          'write "n ID s" or "n ID t"',
        );
      break;
    }
    default:
      fail(scan, 1, `unknown line type "${tok(scan, b, 0)!}"`, 'DIMACS lines start with c, p, n or a');
  }
}

/** UTF-8 bytes of a text (the text chunks of tests and small inputs go through the byte scanner). */
function utf8Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) out[k++] = c;
    else if (c < 0x800) {
      out[k++] = 0xc0 | (c >> 6);
      out[k++] = 0x80 | (c & 63);
    } else {
      const d = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (c >= 0xd800 && c < 0xdc00 && d >= 0xdc00 && d < 0xe000) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        out[k++] = 0xf0 | (c >> 18);
        out[k++] = 0x80 | ((c >> 12) & 63);
      } else out[k++] = 0xe0 | (c >> 12);
      out[k++] = 0x80 | ((c >> 6) & 63);
      out[k++] = 0x80 | (c & 63);
    }
  }
  return out.subarray(0, k);
}

/** A token's bytes as text (messages only; undecodable bytes become U+FFFD). */
function utf8Text(b: Uint8Array, start: number, end: number): string {
  let ascii = '';
  let escaped = '';
  let plain = true;
  for (let i = start; i < end; i++) {
    const c = b[i]!;
    if (c >= 0x80) plain = false;
    ascii += String.fromCharCode(c);
    escaped += '%' + c.toString(16).padStart(2, '0');
  }
  if (plain) return ascii;
  try {
    return decodeURIComponent(escaped);
  } catch {
    return ascii.replace(/[\x80-\xff]/g, '\ufffd');
  }
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
  return dimacsNetwork(await parseDimacsGraphChunks(chunks, options), options);
}

/** Read DIMACS bytes in blocks of any size (a file read in blocks) into a Network. */
export async function parseDimacsBytes(
  chunks: ByteChunks,
  options: { file?: string; id?: string } = {},
): Promise<Network> {
  return dimacsNetwork(await parseDimacsGraphBytes(chunks, options), options);
}

function dimacsNetwork(g: DimacsGraph, options: { file?: string; id?: string }): Network {
  // Nodes '1'..'N': made as objects only if read (a flow on the file never needs them).
  const roles = new Map<number, Role>();
  for (const t of g.sinks) roles.set(t, 'recipient');
  for (const s of g.sources) roles.set(s, 'sponsor');
  const m = g.tails.length;
  const columns: ChannelColumns = {
    count: m,
    tails: g.tails,
    heads: g.heads,
    capacities: g.capacities,
    costs: new Float64Array(m).fill(1),
    idPrefix: 'a',
  };
  const id = options.id ?? 'dimacs';
  const network = columnarNetwork(
    { id, name: options.file ?? id, nodes: [], jurisdictions: [], actions: [] },
    columns,
  );
  return withNumberedNodes(network, { count: g.nodeCount, roles });
}
