import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { columnsOf } from '../model/channel-columns.js';
import {
  parseDimacs,
  parseDimacsChunks,
  parseDimacsGraph,
  parseDimacsGraphBytes,
  parseDimacsGraphChunks,
} from './dimacs.js';
import { linesOf } from './lines.js';
import { fixture } from '../../testing/fixtures.js';
import { errorText, type ErrorText } from '../../testing/error-text.js';

const small = 'c a comment\np max 3 2\nn 1 s\nn 3 t\na 1 2 5\na 2 3 7\n';

async function errorOf(text: string): Promise<ErrorText> {
  try {
    await parseDimacs(linesOf(text), { file: 'g.max' });
  } catch (e) {
    return errorText(e);
  }
  throw new Error('expected an error');
}

describe('DIMACS reader', () => {
  it('reads nodes, the source and sink, and arcs as channels', async () => {
    const n = await parseDimacs(linesOf(small), { file: 'g.max' });
    expect(n.nodes.map((x) => [x.id, x.role])).toEqual([
      ['1', 'sponsor'],
      ['2', 'other'],
      ['3', 'recipient'],
    ]);
    expect(n.channels.map((c) => [c.id, c.from, c.to, c.capacity])).toEqual([
      ['a1', '1', '2', 5],
      ['a2', '2', '3', 7],
    ]);
  });

  it('reads the NetworkX test graph gl1 with its declared size', async () => {
    const g = await parseDimacsGraph(linesOf(readFileSync(fixture('maxflow/gl1.max'), 'utf8')));
    expect(g.nodeCount).toBe(1116);
    expect(g.tails.length).toBe(4800);
    expect(g.sources.length).toBe(1);
    expect(g.sinks.length).toBe(1);
  });

  it('locates a non-numeric capacity', async () => {
    expect((await errorOf(small.replace('a 2 3 7', 'a 2 3 x'))).text).toBe(
      'g.max:6:7: capacity "x" is not a number; write "a U V CAP" with CAP ≥ 0',
    );
  });

  it('locates a negative capacity', async () => {
    expect((await errorOf(small.replace('a 2 3 7', 'a 2 3 -7'))).text).toMatch(
      /^g\.max:6:7: capacity -7 is negative/,
    );
  });

  it('locates a node outside 1..N', async () => {
    expect((await errorOf(small.replace('a 2 3 7', 'a 2 9 7'))).text).toMatch(
      /^g\.max:6:5: node 9 is out of range 1\.\.3/,
    );
  });

  it('rejects arcs before the problem line', async () => {
    expect((await errorOf('a 1 2 3\n')).text).toMatch(/^g\.max:1:1: arc line before the problem line/);
  });

  it('rejects a truncated file whose arc count falls short of the problem line', async () => {
    expect((await errorOf('p max 3 3\nn 1 s\nn 3 t\na 1 2 5\n')).text).toMatch(
      /declares 3 arcs but the file has 1/,
    );
  });

  it('rejects unknown line types and bad designators', async () => {
    expect((await errorOf(small + 'x 1 2\n')).text).toMatch(/g\.max:7:1: unknown line type "x"/);
    expect((await errorOf(small.replace('n 3 t', 'n 3 q'))).text).toMatch(
      /g\.max:4:5: node designator must be s or t/,
    );
  });
});

describe('DIMACS read in chunks', () => {
  it('gives the same graph whatever the chunk boundaries', async () => {
    const text = readFileSync(fixture('maxflow/gw1.max'), 'utf8');
    const whole = await parseDimacsGraph(linesOf(text));
    for (const size of [997, 65536]) {
      const pieces: string[] = [];
      for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
      const g = await parseDimacsGraphChunks(pieces);
      expect(g).toEqual(whole);
    }
  });

  it('reads the same graph from bytes in blocks of any size, a line cut anywhere', async () => {
    const bytes = readFileSync(fixture('maxflow/gw1.max'));
    const whole = await parseDimacsGraph(linesOf(bytes.toString('utf8')));
    for (const size of [1, 997, 65536]) {
      const blocks: Uint8Array[] = [];
      for (let i = 0; i < bytes.length; i += size) blocks.push(bytes.subarray(i, i + size));
      expect(await parseDimacsGraphBytes(blocks)).toEqual(whole);
    }
  });

  it('locates errors in bytes as in text, past a BOM, CRLF line ends and a non-ASCII comment', async () => {
    const text = '\ufeffc café\r\np max 3 2\r\nn 1 s\r\nn 3 t\r\na 1 2 5\r\na 2 3 né\r\n';
    const bytes = new TextEncoder().encode(text);
    const failure = (p: Promise<unknown>) =>
      p.then(
        () => undefined,
        (e: unknown) => errorText(e).text,
      );
    const expected = 'g.max:6:7: capacity "né" is not a number; write "a U V CAP" with CAP ≥ 0';
    expect(
      await failure(parseDimacsGraphBytes([bytes.subarray(0, 20), bytes.subarray(20)], { file: 'g.max' })),
    ).toBe(expected);
    expect(await failure(parseDimacsGraphChunks([text], { file: 'g.max' }))).toBe(expected);
    const ok = new TextEncoder().encode(text.replace('né', '7'));
    expect(Array.from((await parseDimacsGraphBytes([ok])).capacities)).toEqual([5, 7]);
  });

  it('reads every spelling of an arc line, and counts lines past plain ones for messages', async () => {
    const text =
      'p max 4 7\nn 1 s\nn 4 t\na 1 2 5\na\t1\t3  6 \na 2 4 7.5\na 3 4 inf\na 2 3 8\r\n  a 3 2 9\na 01 4 10 extra\n';
    const g = await parseDimacsGraphBytes([new TextEncoder().encode(text)]);
    // 0-based node indices: node ids minus one.
    expect(Array.from(g.tails)).toEqual([0, 0, 1, 2, 1, 2, 0]);
    expect(Array.from(g.heads)).toEqual([1, 2, 3, 3, 2, 1, 3]);
    expect(Array.from(g.capacities)).toEqual([5, 6, 7.5, Infinity, 8, 9, 10]);
    const bad = 'p max 3 3\nn 1 s\nn 3 t\na 1 2 5\na 2 3 7\na 2 9 1\n';
    const failure = await parseDimacsGraphBytes([new TextEncoder().encode(bad)], { file: 'g.max' }).then(
      () => undefined,
      (e: unknown) => errorText(e).text,
    );
    expect(failure).toBe(
      'g.max:6:5: node 9 is out of range 1..3; fix the node number or the N of the p line',
    );
  });

  it('keeps the arcs in columns until a channel object is asked for', async () => {
    const n = await parseDimacsChunks(['p max 3 2\nn 1 s\nn 3 t\na 1 2 5\n', 'a 2 3 7.5\n']);
    expect(columnsOf(n)?.count).toBe(2);
    expect(Array.from(columnsOf(n)!.capacities)).toEqual([5, 7.5]);
    expect(n.channels[1]).toMatchObject({ id: 'a2', from: '2', to: '3', capacity: 7.5, cost: 1 });
  });
});
