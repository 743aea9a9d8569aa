import { describe, expect, it } from 'vitest';
import type { Network } from '../model/network.js';
import { designatedIds, networkAsEntities } from './network-entities.js';
import { proximity } from './proximity.js';

const network: Network = {
  id: 'n',
  name: 'Front network',
  nodes: [
    {
      id: 'op',
      schema: 'Organization',
      role: 'operator',
      designated: true,
      properties: { name: ['Listed Operator'] },
    },
    { id: 'charity', schema: 'Organization', role: 'front', properties: { name: ['Relief Charity'] } },
    { id: 'shop', schema: 'Company', role: 'front', properties: { name: ['Exchange House'] } },
  ],
  channels: [
    {
      id: 'c1',
      from: 'op',
      to: 'charity',
      kind: 'financial',
      capacity: 5,
      confidence: 1,
      confidenceLabel: 'confirmed',
    },
    {
      id: 'c2',
      from: 'charity',
      to: 'shop',
      kind: 'land-route',
      capacity: 5,
      confidence: 1,
      confidenceLabel: 'confirmed',
    },
  ],
  jurisdictions: [],
  actions: [],
};

describe('network-aware screening inputs', () => {
  it('turns channels into FtM edges so a front one payment away from a listed operator is flagged', () => {
    const entities = networkAsEntities(network);
    expect(entities.find((e) => e.id === 'channel:c1')).toMatchObject({
      schema: 'Payment',
      properties: { payer: ['op'], beneficiary: ['charity'] },
    });
    const r = proximity(entities, ['op'], 'charity');
    expect(r.nearest).toBe(1);
    expect(r.hits[0]!.path[0]).toMatchObject({ from: 'charity', to: 'op', via: 'Payment' });
    expect(proximity(entities, ['op'], 'shop').nearest).toBe(2);
  });

  it('finds designated entities by Sanction entities and sanction topics', () => {
    const ids = designatedIds([
      { id: 's1', schema: 'Sanction', properties: { entity: ['a'] } },
      { id: 'b', schema: 'Person', properties: { topics: ['sanction'] } },
      { id: 'c', schema: 'Person', properties: { topics: ['role.pep'] } },
    ]);
    expect([...ids].sort()).toEqual(['a', 'b']);
  });
});
