import { describe, expect, it } from 'vitest';
import { columnsOf } from '../model/channel-columns.js';
import { parseEdgeList, parseEdgeListChunks } from './edge-list.js';
import { linesOf } from './lines.js';
import { errorText, type ErrorText } from '../../testing/error-text.js';

async function errorOf(text: string): Promise<ErrorText> {
  try {
    await parseEdgeList(linesOf(text), { file: 'e.csv' });
  } catch (e) {
    return errorText(e);
  }
  throw new Error('expected an error');
}

describe('CSV edge lists', () => {
  it('reads arcs, unlimited capacity, and costs with empty or inf meaning not interdictable', async () => {
    const n = await parseEdgeList(
      linesOf('from,to,capacity,cost\ns,a,inf,\na,t,4,2.5\ns,t,1,inf\na,b,3\n'.replace('a,b,3', 'a,b,3,')),
    );
    expect(n.channels.map((c) => [c.from, c.to, c.capacity, c.cost])).toEqual([
      ['s', 'a', Infinity, null],
      ['a', 't', 4, 2.5],
      ['s', 't', 1, null],
      ['a', 'b', 3, null],
    ]);
    expect(n.nodes.find((x) => x.id === 's')!.role).toBe('sponsor');
    expect(n.nodes.find((x) => x.id === 't')!.role).toBe('recipient');
  });

  it('defaults the cost to 1 when the column is absent', async () => {
    const n = await parseEdgeList(linesOf('from,to,capacity\nx,y,2\n'));
    expect(n.channels[0]!.cost).toBe(1);
  });

  it('names a missing column', async () => {
    expect((await errorOf('from,to\nx,y\n')).text).toBe(
      'e.csv:1:1: missing column "capacity"; the header must be from,to,capacity[,cost]',
    );
  });

  it('names an unknown column', async () => {
    expect((await errorOf('from,to,capacity,weight\nx,y,1,2\n')).text).toMatch(
      /^e\.csv:1:18: unknown column "weight"/,
    );
  });

  it('locates negative and non-numeric capacities', async () => {
    expect((await errorOf('from,to,capacity\nx,y,-3\n')).text).toBe(
      'e.csv:2:5: capacity -3 is negative; capacities must be ≥ 0',
    );
    expect((await errorOf('from,to,capacity\nx,y,many\n')).text).toMatch(
      /^e\.csv:2:5: capacity "many" is not a number/,
    );
  });

  it('rejects rows with the wrong number of fields', async () => {
    expect((await errorOf('from,to,capacity\nx,y\n')).text).toMatch(
      /^e\.csv:2:1: 2 fields, the header has 3/,
    );
  });
});

describe('CSV edge lists read in chunks', () => {
  const text =
    'from,to,capacity,cost,kind,confidence,jurisdiction,label\r\n' +
    's,"a, the hub",5,2,financial,0.5,ir,first\r\n' +
    '# a comment\r\n' +
    '"a, the hub",t,inf,,,,,\r\n';

  it('reads quoted fields and the optional columns', async () => {
    const n = await parseEdgeList(linesOf(text));
    expect(n.channels).toEqual([
      {
        id: 'e1',
        from: 's',
        to: 'a, the hub',
        kind: 'financial',
        capacity: 5,
        confidence: 0.5,
        confidenceLabel: 'alleged',
        cost: 2,
        jurisdiction: 'ir',
        label: 'first',
      },
      {
        id: 'e2',
        from: 'a, the hub',
        to: 't',
        kind: 'unknown',
        capacity: Infinity,
        confidence: 1,
        confidenceLabel: 'confirmed',
        cost: null,
      },
    ]);
    expect(n.jurisdictions.map((j) => j.id)).toEqual(['ir']);
  });

  it('gives the same network whatever the chunk boundaries, without making channel objects', async () => {
    const whole = await parseEdgeList(linesOf(text));
    for (const size of [1, 2, 7, 64]) {
      const pieces: string[] = [];
      for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
      const n = await parseEdgeListChunks(pieces);
      expect(columnsOf(n)?.count).toBe(2);
      expect(n.nodes).toEqual(whole.nodes);
      expect(n.channels).toEqual(whole.channels);
    }
  });

  it('locates an error on a line that spans chunks', async () => {
    const pieces = ['from,to,capacity\nx,y,1\nx,', 'z,lots\n'];
    await expect(parseEdgeListChunks(pieces, { file: 'e.csv' })).rejects.toMatchObject({
      message: 'capacity "lots" is not a number',
      location: { file: 'e.csv', line: 3, column: 5 },
    });
  });

  it('finds quoted rows among plain rows of one chunk, and reads plain and other numbers alike', async () => {
    const text =
      'from,to,capacity,cost\n' +
      'a,b,007,12\n' +
      'b,"c, d",1234567890123456,1e2\n' +
      'c,d,2.5,\n' +
      '"d",e,+3,0\n' +
      'e,f,123456789012345,inf\n';
    const n = await parseEdgeListChunks([text]);
    expect(n.channels.map((c) => [c.from, c.to, c.capacity, c.cost])).toEqual([
      ['a', 'b', 7, 12],
      ['b', 'c, d', 1234567890123456, 100],
      ['c', 'd', 2.5, null],
      ['d', 'e', 3, 0],
      ['e', 'f', 123456789012345, null],
    ]);
    await expect(
      parseEdgeListChunks(['from,to,capacity\n"x",y,1\nx,y,1x\n'], { file: 'e.csv' }),
    ).rejects.toMatchObject({
      message: 'capacity "1x" is not a number',
      location: { file: 'e.csv', line: 3, column: 5 },
    });
    await expect(
      parseEdgeListChunks(['from,to,capacity\nx,y,1\n"x",,1\n'], { file: 'e.csv' }),
    ).rejects.toMatchObject({
      message: 'empty node id',
      location: { file: 'e.csv', line: 3, column: 5 },
    });
  });
});
