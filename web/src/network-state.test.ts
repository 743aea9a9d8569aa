import { describe, expect, it } from 'vitest';
import {
  budgetRange,
  flowIsStale,
  frontierPointFor,
  INITIAL_STATE,
  networkReducer,
  parseUrlState,
  scopeOf,
  urlQuery,
  type NetworkAction,
  type NetworkState,
} from './network-state';
import type { FlowResponse, FrontierResponse } from './types';

const flowOf = (network: string, value: number, applied: string[] = []): FlowResponse => ({
  network,
  version: 1,
  from: ['s'],
  to: ['r'],
  applied,
  cost: 0,
  value,
  baseline: 80,
  perRecipient: [{ recipient: 'r', value }],
  cut: { edges: [], capacity: value },
  sourceSide: ['s'],
  paths: [],
  channelFlow: {},
  measuredCapacity: {},
  removedActors: [],
  weakLinks: [],
});

const frontier: FrontierResponse = {
  from: ['s'],
  to: ['r'],
  maxBudget: 6,
  points: [
    { budget: 0, cost: 0, residualFlow: 80, bound: 80, status: 'optimal', actions: [] },
    { budget: 2, cost: 2, residualFlow: 50, bound: 50, status: 'optimal', actions: ['cut-c2'] },
    { budget: 4, cost: 3, residualFlow: 20, bound: 20, status: 'optimal', actions: ['cut-c2', 'a1'] },
    { budget: 6, cost: 6, residualFlow: 0, bound: 0, status: 'optimal', actions: ['a3'] },
  ],
};

const run = (actions: NetworkAction[], from: NetworkState = INITIAL_STATE) =>
  actions.reduce(networkReducer, from);

describe('network view state', () => {
  it("resets everything at once when another network is chosen, and drops the old network's late answers", () => {
    const onA = run([
      { type: 'choose-network', id: 'a' },
      { type: 'frontier', id: 'a', result: { status: 'done', value: frontier } },
      { type: 'toggle-measure', action: 'a1' },
      { type: 'flow', id: 'a', actions: ['a1'], result: { status: 'done', value: flowOf('a', 30, ['a1']) } },
      { type: 'select', id: 'c1' },
    ]);
    expect(onA.flow.status).toBe('done');
    const onB = networkReducer(onA, { type: 'choose-network', id: 'b' });
    expect(onB.id).toBe('b');
    expect(onB.applied).toEqual([]);
    expect(onB.selected).toBeUndefined();
    expect(onB.budget).toBeUndefined();
    expect(onB.flow.status).toBe('loading');
    expect(onB.frontier.status).toBe('loading');
    // The answer to the old network's request arrives after the switch: ignored.
    const late = networkReducer(onB, {
      type: 'flow',
      id: 'a',
      actions: [],
      result: { status: 'done', value: flowOf('a', 80) },
    });
    expect(late).toBe(onB);
    const fresh = networkReducer(onB, {
      type: 'flow',
      id: 'b',
      actions: [],
      result: { status: 'done', value: flowOf('b', 12) },
    });
    expect(fresh.flow).toMatchObject({ status: 'done', value: { network: 'b', value: 12 } });
  });

  it('keeps only the answer for the measures now chosen', () => {
    const s = run([
      { type: 'choose-network', id: 'a' },
      { type: 'toggle-measure', action: 'x' },
      { type: 'toggle-measure', action: 'y' },
    ]);
    expect(s.applied).toEqual(['x', 'y']);
    const stale = networkReducer(s, {
      type: 'flow',
      id: 'a',
      actions: ['x'],
      result: { status: 'done', value: flowOf('a', 40, ['x']) },
    });
    expect(stale).toBe(s);
    expect(flowIsStale(s)).toBe(true);
    const current = networkReducer(s, {
      type: 'flow',
      id: 'a',
      actions: ['x', 'y'],
      result: { status: 'done', value: flowOf('a', 10, ['x', 'y']) },
    });
    expect(flowIsStale(current)).toBe(false);
  });

  it('applies the frontier plan for a budget, channel cuts included, and never runs past the frontier', () => {
    const s = run([
      { type: 'choose-network', id: 'a' },
      { type: 'frontier', id: 'a', result: { status: 'done', value: frontier } },
      { type: 'set-budget', budget: 3 },
    ]);
    expect(s.applied).toEqual(['cut-c2']);
    expect(s.budget).toBe(3);
    const far = networkReducer(s, { type: 'set-budget', budget: 40 });
    expect(far.budget).toBe(6);
    expect(far.applied).toEqual(['a3']);
    expect(budgetRange(frontier.points)).toEqual({ max: 6, step: 2 });
  });

  it('keeps the last good figures when a what-if fails, with the error beside them', () => {
    const s = run([
      { type: 'choose-network', id: 'a' },
      { type: 'flow', id: 'a', actions: [], result: { status: 'done', value: flowOf('a', 80) } },
      { type: 'toggle-measure', action: 'bad' },
      { type: 'flow', id: 'a', actions: ['bad'], result: { status: 'error', message: 'no action "bad"' } },
    ]);
    expect(s.flow).toMatchObject({ status: 'done', value: { value: 80 } });
    expect(s.flowError).toBe('no action "bad"');
  });

  it('asks for the rebuild again when the measures change while it is shown', () => {
    const s = run([
      { type: 'choose-network', id: 'a' },
      { type: 'show-rebuild', show: true },
    ]);
    expect(s.rebuild.status).toBe('loading');
    const done = networkReducer(s, {
      type: 'rebuild',
      id: 'a',
      actions: [],
      result: {
        status: 'done',
        value: {
          opened: [],
          cost: 0,
          residualBefore: 80,
          residualAfter: 80,
          evaluated: 1,
          against: [],
          rebuildBudget: 3,
        },
      },
    });
    expect(networkReducer(done, { type: 'toggle-measure', action: 'x' }).rebuild.status).toBe('loading');
    expect(networkReducer(done, { type: 'show-rebuild', show: false }).rebuild.status).toBe('idle');
  });
});

describe('frontierPointFor', () => {
  it('takes the last point within the budget', () => {
    expect(frontierPointFor(frontier.points, 0)?.residualFlow).toBe(80);
    expect(frontierPointFor(frontier.points, 5)?.residualFlow).toBe(20);
    expect(frontierPointFor([], 5)).toBeUndefined();
  });
});

describe('state in the URL, undo and terminals', () => {
  it('round-trips network, version, terminals, measures, budget, selection and rebuild through the URL', () => {
    const s = run([
      { type: 'choose-network', id: 'net 1', version: 2 },
      { type: 'set-terminals', from: ['s'], to: ['r1', 'r2'] },
      { type: 'frontier', id: 'net 1@2|s>r1,r2', result: { status: 'done', value: frontier } },
      { type: 'set-budget', budget: 4 },
      { type: 'select', id: 'hamas' },
      { type: 'show-rebuild', show: true },
      { type: 'set-rebuild-budget', budget: 5 },
    ]);
    const q = urlQuery(s);
    expect(q).toBe('net=net+1&v=2&from=s&to=r1,r2&m=cut-c2,a1&b=4&sel=hamas&rebuild=1&rb=5');
    const back = parseUrlState(q);
    expect(back).toEqual({
      id: 'net 1',
      version: 2,
      from: ['s'],
      to: ['r1', 'r2'],
      applied: ['cut-c2', 'a1'],
      budget: 4,
      selected: 'hamas',
      showRebuild: true,
      rebuildBudget: 5,
    });
    // A reload restores it all in one step, the figures still to be fetched.
    const restored = networkReducer(INITIAL_STATE, {
      type: 'choose-network',
      id: back.id!,
      version: back.version,
      restore: back,
    });
    expect(urlQuery(restored)).toBe(q);
    expect(restored.flow.status).toBe('loading');
    expect(scopeOf(restored)).toBe('net 1@2|s>r1,r2');
  });

  it('keeps weighted pairs in the URL, and a change of pairs resets the frontier', () => {
    const s = run([
      { type: 'choose-network', id: 'net' },
      { type: 'frontier', id: 'net', result: { status: 'done', value: frontier } },
      {
        type: 'set-pairs',
        pairs: [
          { from: ['iran'], to: ['hezbollah'], weight: 3 },
          { from: ['iran', 'syria'], to: ['hamas'], weight: 0.5 },
        ],
      },
    ]);
    expect(s.frontier.status).toBe('loading');
    const q = urlQuery(s);
    expect(q).toBe('net=net&pairs=iran>hezbollah*3;iran,syria>hamas*0.5');
    expect(parseUrlState(q).pairs).toEqual(s.pairs);
    expect(scopeOf(s)).toBe('net|pairs:iran>hezbollah*3;iran,syria>hamas*0.5');
    // The same pairs again change nothing; a malformed pair in a URL is left out.
    expect(networkReducer(s, { type: 'set-pairs', pairs: [...s.pairs] })).toBe(s);
    expect(parseUrlState('pairs=a>b*2;>c*1;d>e*x').pairs).toEqual([{ from: ['a'], to: ['b'], weight: 2 }]);
  });

  it('ignores what the URL cannot mean', () => {
    expect(parseUrlState('v=0&b=-3&rb=x&m=,,a,&rebuild=yes')).toEqual({ applied: ['a'] });
  });

  it('undoes measure changes one at a time, budget moves included', () => {
    const s = run([
      { type: 'choose-network', id: 'a' },
      { type: 'frontier', id: 'a', result: { status: 'done', value: frontier } },
      { type: 'toggle-measure', action: 'x' },
      { type: 'set-budget', budget: 2 },
      { type: 'toggle-measure', action: 'y' },
    ]);
    expect(s.applied).toEqual(['cut-c2', 'y']);
    const u1 = networkReducer(s, { type: 'undo' });
    expect(u1.applied).toEqual(['cut-c2']);
    expect(u1.budget).toBe(2);
    const u2 = networkReducer(u1, { type: 'undo' });
    expect(u2.applied).toEqual(['x']);
    expect(u2.budget).toBeUndefined();
    const u3 = networkReducer(networkReducer(u2, { type: 'undo' }), { type: 'undo' });
    expect(u3.applied).toEqual([]);
    expect(u3.past).toEqual([]);
  });

  it('picking other sponsors and recipients resets the figures but keeps the network', () => {
    const s = run([
      { type: 'choose-network', id: 'a' },
      { type: 'flow', id: 'a', actions: [], result: { status: 'done', value: flowOf('a', 80) } },
      { type: 'toggle-measure', action: 'x' },
    ]);
    const picked = networkReducer(s, { type: 'set-terminals', from: ['s'], to: ['r'] });
    expect(picked.applied).toEqual([]);
    expect(picked.past).toEqual([]);
    expect(picked.flow.status).toBe('loading');
    expect(picked.network).toBe(s.network);
    // An answer for the old terminals is dropped.
    const late = networkReducer(picked, {
      type: 'flow',
      id: 'a',
      actions: [],
      result: { status: 'done', value: flowOf('a', 80) },
    });
    expect(late).toBe(picked);
  });
});
