import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { proximity } from './proximity.js';
import { catchError, errorText } from '../../testing/error-text.js';

const node = (id: string, schema: string, properties: Record<string, string[]> = {}): Entity => ({
  id,
  schema,
  properties,
});
const edge = (id: string, schema: string, properties: Record<string, string[]>): Entity => ({
  id,
  schema,
  properties,
});

// A listed company, its director, a charity the director also runs, a donor
// paying the charity, and a shop sharing the listed company's address.
const NETWORK: Entity[] = [
  node('listed-co', 'Company', { address: ['12 Harbour Rd, Port Said'] }),
  node('director', 'Person'),
  node('charity', 'Organization'),
  node('donor', 'Person'),
  node('shop', 'Company', { address: ['12 Harbour Road Port Said'.replace('Road', 'Rd')] }),
  node('loner', 'Person'),
  edge('d1', 'Directorship', { director: ['director'], organization: ['listed-co'] }),
  edge('d2', 'Directorship', { director: ['director'], organization: ['charity'] }),
  edge('p1', 'Payment', { payer: ['donor'], beneficiary: ['charity'] }),
];

describe('proximity', () => {
  it('flags a charity that shares a director with a listed company as two hops away', () => {
    const r = proximity(NETWORK, ['listed-co'], 'charity');
    expect(r.nearest).toBe(2);
    expect(r.hits[0]?.path.map((s) => s.via)).toEqual(['Directorship', 'Directorship']);
  });

  it('links entities at a shared address in one hop', () => {
    const r = proximity(NETWORK, ['listed-co'], 'shop');
    expect(r.hits[0]).toMatchObject({ id: 'listed-co', hops: 1, path: [{ via: 'sharedAddress' }] });
  });

  it('stops at maxHops and reports no path as null', () => {
    expect(proximity(NETWORK, ['listed-co'], 'donor', { maxHops: 2 }).nearest).toBeNull();
    expect(proximity(NETWORK, ['listed-co'], 'donor').nearest).toBe(3);
    expect(proximity(NETWORK, ['listed-co'], 'loner').hits).toEqual([]);
  });

  it('reports a designated start as distance zero and rejects unknown ids', () => {
    expect(proximity(NETWORK, ['listed-co'], 'listed-co').nearest).toBe(0);
    expect(errorText(catchError(() => proximity(NETWORK, ['listed-co'], 'nobody'))).hint).toMatch(
      /pass the id of a node entity/,
    );
  });
});
