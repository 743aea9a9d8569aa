import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../ingest/scenario.js';
import type { Network } from '../model/network.js';
import { mostReliablePaths, simplePaths } from './simple-paths.js';

const diamond: Network = {
  id: 'diamond',
  name: 'Diamond',
  nodes: ['s', 'a', 'b', 't'].map((id) => ({
    id,
    schema: 'LegalEntity' as const,
    role: 'other' as const,
    properties: { name: [id] },
  })),
  channels: [
    {
      id: 'sa',
      from: 's',
      to: 'a',
      kind: 'financial',
      capacity: 5,
      confidence: 0.5,
      confidenceLabel: 'alleged',
    },
    {
      id: 'at',
      from: 'a',
      to: 't',
      kind: 'financial',
      capacity: 3,
      confidence: 1,
      confidenceLabel: 'confirmed',
    },
    {
      id: 'sb',
      from: 's',
      to: 'b',
      kind: 'financial',
      capacity: Infinity,
      confidence: 1,
      confidenceLabel: 'confirmed',
      validTo: '2020-01-01',
    },
    {
      id: 'bt',
      from: 'b',
      to: 't',
      kind: 'financial',
      capacity: 9,
      confidence: 0.9,
      confidenceLabel: 'confirmed',
    },
    {
      id: 'ba',
      from: 'b',
      to: 'a',
      kind: 'financial',
      capacity: 1,
      confidence: 1,
      confidenceLabel: 'confirmed',
    },
  ],
  jurisdictions: [],
  actions: [],
};

describe('simple sponsor → recipient paths', () => {
  it('lists every simple path with its bottleneck and joint confidence, widest first', () => {
    const { paths, truncated } = simplePaths(diamond, ['s'], ['t']);
    expect(truncated).toBe(false);
    expect(paths.map((p) => [p.nodes.join('>'), p.bottleneck, p.confidence])).toEqual([
      ['s>b>t', 9, 0.9],
      ['s>a>t', 3, 0.5],
      ['s>b>a>t', 1, 1],
    ]);
  });

  it('drops channels not in force on the given date', () => {
    const { paths } = simplePaths(diamond, ['s'], ['t'], { asOf: '2024-06-01' });
    expect(paths.map((p) => p.nodes.join('>'))).toEqual(['s>a>t']);
  });

  it('stops at maxPaths and says so', () => {
    const { paths, truncated } = simplePaths(diamond, ['s'], ['t'], { maxPaths: 1 });
    expect(paths.length).toBe(1);
    expect(truncated).toBe(true);
  });

  it('finds the air route from Iran to Hezbollah in the article network', () => {
    const network = parseScenario(readFileSync('data/scenarios/article.yaml', 'utf8'));
    const { paths } = simplePaths(network, ['iran'], ['hezbollah']);
    expect(paths[0]!.nodes).toEqual(['iran', 'quds-force', 'unit-190', 'beirut-airport', 'hezbollah']);
    expect(paths[0]!.bottleneck).toBe(40);
  });

  it('ranks paths by joint confidence when asked for the most reliable ones', () => {
    const paths = mostReliablePaths(diamond, ['s'], ['t'], 2);
    expect(paths.map((p) => [p.nodes.join('>'), p.channels.join(','), p.confidence])).toEqual([
      ['s>b>a>t', 'sb,ba,at', 1],
      ['s>b>t', 'sb,bt', 0.9],
    ]);
  });
});
