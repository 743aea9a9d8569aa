import { describe, expect, it } from 'vitest';
import { parseEdgeList } from './edge-list.js';
import { linesOf } from './lines.js';

async function errorOf(text: string): Promise<{ code: string; message: string }> {
  try {
    await parseEdgeList(linesOf(text), { file: 'e.csv' });
  } catch (e) {
    return e as { code: string; message: string };
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
    expect((await errorOf('from,to\nx,y\n')).message).toBe(
      'e.csv:1:1: missing column "capacity"; the header must be from,to,capacity[,cost]',
    );
  });

  it('names an unknown column', async () => {
    expect((await errorOf('from,to,capacity,weight\nx,y,1,2\n')).message).toMatch(
      /^e\.csv:1:18: unknown column "weight"/,
    );
  });

  it('locates negative and non-numeric capacities', async () => {
    expect((await errorOf('from,to,capacity\nx,y,-3\n')).message).toBe(
      'e.csv:2:5: capacity -3 is negative; capacities must be ≥ 0',
    );
    expect((await errorOf('from,to,capacity\nx,y,many\n')).message).toMatch(
      /^e\.csv:2:5: capacity "many" is not a number/,
    );
  });

  it('rejects rows with the wrong number of fields', async () => {
    expect((await errorOf('from,to,capacity\nx,y\n')).message).toMatch(
      /^e\.csv:2:1: 2 fields, the header has 3/,
    );
  });
});
