import { describe, expect, it } from 'vitest';
import { parseEdgeListChunks } from '../ingest/edge-list.js';
import { columnsOf } from '../model/channel-columns.js';
import type { Network } from '../model/network.js';
import {
  arcChannelId,
  arcChannelIds,
  arcChannelOf,
  networkAction,
  networkProblem,
} from './network-problem.js';
import { readFileSync } from 'node:fs';
import { parseScenario } from '../ingest/scenario.js';
import { planInterdiction } from './plan-interdiction.js';

const CSV =
  'from,to,capacity,cost\n' +
  's,a,inf,\n' +
  's,b,8,2\n' +
  'a,b,3,1\n' +
  'a,t,5,1.5\n' +
  'b,t,9,inf\n' +
  'b,a,2,1\n';

async function columnar(): Promise<Network> {
  return parseEdgeListChunks([CSV], { file: 'g.csv', id: 'g' });
}

/** The same network with its channels as objects: the general path builds its problem. */
function withObjects(network: Network): Network {
  const copy = { ...network, channels: network.channels.map((c) => ({ ...c })) };
  expect(columnsOf(copy)).toBeUndefined();
  return copy;
}

describe('problems of networks whose channels are columns', () => {
  it('are the problems the general path builds, without making channel or action objects', async () => {
    const net = await columnar();
    const fast = networkProblem(net, { budget: 3 });
    expect(columnsOf(net)).toBeDefined();
    // Single actions and channels read off the columns, before any object is made.
    const general = networkProblem(withObjects(await columnar()), { budget: 3 });
    fast.problem.actions.forEach((_a, k) => expect(networkAction(fast, k)).toEqual(general.actions[k]));
    for (let a = 0; a < general.arcChannel.length; a++) {
      expect(arcChannelOf(fast, a)).toEqual(general.arcChannel[a]);
      expect(arcChannelId(fast, a)).toBe(general.arcChannel[a]!.id);
    }
    const arcs = [...general.arcChannel.keys()].reverse();
    expect(arcChannelIds(fast, arcs)).toEqual(arcs.map((a) => general.arcChannel[a]!.id));
    expect(columnsOf(net)).toBeDefined();
    expect(fast.problem).toEqual(general.problem);
    expect(fast.pairs).toEqual(general.pairs);
    expect(fast.nodeIds).toEqual(general.nodeIds);
    expect(fast.arcActor).toEqual(general.arcActor);
    // Reading the arrays makes them, from the network's own channel objects.
    expect(fast.actions).toEqual(general.actions);
    expect(fast.arcChannel).toEqual(general.arcChannel);
    expect(fast.arcChannel[0]).toBe(net.channels[0]);
    expect(columnsOf(net)).toBeUndefined();
  });

  it('read changed channel objects once the channels are made', async () => {
    const net = await columnar();
    const np = networkProblem(net, { budget: 3 });
    net.channels[1]!.label = 'the b route';
    expect(arcChannelOf(np, 1)).toBe(net.channels[1]);
    expect(arcChannelOf(np, 1)?.label).toBe('the b route');
    expect(networkAction(np, 0)).toBe(np.actions[0]);
  });

  it('give the same plan, explained, as the general path', async () => {
    for (const budget of [1, 2, 3, 5]) {
      const fast = await planInterdiction(await columnar(), { budget });
      const general = await planInterdiction(withObjects(await columnar()), { budget });
      expect({ ...fast, elapsedMs: 0 }).toEqual({ ...general, elapsedMs: 0 });
      expect(fast.actions.length).toBeGreaterThan(0);
    }
  });

  it('name the channels of a path, skipping the in→out arcs of actors a measure removes', () => {
    const article = parseScenario(readFileSync('data/scenarios/article.yaml', 'utf8'), { file: 'a.yaml' });
    const np = networkProblem(article, { budget: 3 });
    const arcs = [...np.arcChannel.keys()];
    expect(np.arcChannel.some((c) => c === undefined)).toBe(true);
    expect(arcChannelIds(np, arcs)).toEqual(np.arcChannel.flatMap((c) => (c ? [c.id] : [])));
  });
});
