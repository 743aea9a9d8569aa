import { describe, expect, it } from 'vitest';
import { parseDimacs } from '../ingest/dimacs.js';
import { linesOf } from '../ingest/lines.js';
import { indicesOf, networkGraph } from '../graph/network-graph.js';
import { analyseFlow } from '../graph/flow-analysis.js';
import { nodesWithRole } from './network.js';
import { NumberedIndex, numberedNodesOf } from './numbered-nodes.js';

// Four nodes: 1 and 2 are sources (listed out of order), 4 the sink.
const text = 'p max 4 3\nn 2 s\nn 1 s\nn 4 t\na 1 3 5\na 2 3 2\na 3 4 9\n';

describe('numbered nodes (a DIMACS network)', () => {
  it('finds the roles and builds the graph without making the node objects', async () => {
    const network = await parseDimacs(linesOf(text));
    expect(nodesWithRole(network, 'sponsor')).toEqual(['1', '2']);
    expect(nodesWithRole(network, 'recipient')).toEqual(['4']);
    expect(nodesWithRole(network, 'other')).toEqual([]);
    const ng = networkGraph(network);
    expect(ng.nodeIds).toEqual(['1', '2', '3', '4']);
    expect(indicesOf(ng, ['4', '1'], 'sink')).toEqual([3, 0]);
    expect(() => indicesOf(ng, ['04'], 'sink')).toThrow('sink "04" is not a node');
    expect(analyseFlow(network).report.value).toBe(7);
    expect(numberedNodesOf(network)).toBeDefined();
  });

  it('makes the same node objects when they are read, once, and from then on reads them', async () => {
    const network = await parseDimacs(linesOf(text));
    const nodes = network.nodes;
    expect(nodes).toEqual([
      { id: '1', schema: 'LegalEntity', role: 'sponsor', properties: { name: ['1'] } },
      { id: '2', schema: 'LegalEntity', role: 'sponsor', properties: { name: ['2'] } },
      { id: '3', schema: 'LegalEntity', role: 'other', properties: { name: ['3'] } },
      { id: '4', schema: 'LegalEntity', role: 'recipient', properties: { name: ['4'] } },
    ]);
    expect(network.nodes).toBe(nodes);
    expect(numberedNodesOf(network)).toBeUndefined();
    nodes[2]!.role = 'recipient';
    expect(nodesWithRole(network, 'recipient')).toEqual(['3', '4']);
    expect(Object.keys(network)).toContain('nodes');
    expect(JSON.parse(JSON.stringify(network)).nodes).toHaveLength(4);
  });

  it('gives a node a source line and a sink line name the role sponsor, as before', async () => {
    const network = await parseDimacs(linesOf('p max 2 1\nn 1 s\nn 1 t\nn 2 t\na 1 2 1\n'));
    expect(nodesWithRole(network, 'sponsor')).toEqual(['1']);
    expect(network.nodes.map((n) => n.role)).toEqual(['sponsor', 'recipient']);
  });

  it('looks up ids as a Map of "1".."N" would', () => {
    const index = new NumberedIndex(12);
    const map = new Map(Array.from({ length: 12 }, (_x, k) => [String(k + 1), k] as [string, number]));
    for (const id of ['1', '12', '13', '0', '01', '1.0', '1e1', ' 1', '-1', '', 'x', '10']) {
      expect([id, index.get(id), index.has(id)]).toEqual([id, map.get(id), map.has(id)]);
    }
    expect(index.size).toBe(map.size);
    expect([...index]).toEqual([...map]);
    expect([...index.keys()]).toEqual([...map.keys()]);
    expect([...index.values()]).toEqual([...map.values()]);
  });
});
