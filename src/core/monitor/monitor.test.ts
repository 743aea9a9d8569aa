import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../ingest/scenario.js';
import type { Entity } from '../model/entity.js';
import type { Network } from '../model/network.js';
import { evaluate } from './evaluate.js';
import { acknowledge, applyEvents, resolveAlert } from './lifecycle.js';
import { fullRescreen } from './full-rescreen.js';
import { reverseRescreen, type ListChange } from './list-rules.js';
import { flowUnderPlan } from './network-rules.js';
import {
  NETWORK_THRESHOLDS,
  materialFingerprint,
  type BookWatch,
  type Decision,
  type NetworkEvidence,
  type NetworkWatch,
} from './types.js';

const article = parseScenario(
  readFileSync(new URL('../../../data/scenarios/article.yaml', import.meta.url), 'utf8'),
);

const watch: NetworkWatch = {
  kind: 'network',
  id: 'w-article',
  network: 'article',
  plan: ['designate-unit-190'],
  budget: 4,
  thresholds: { ...NETWORK_THRESHOLDS, breachAbove: 0 },
  schedule: { type: 'on-new-version' },
  channels: [],
  createdAt: '2026-01-01T00:00:00Z',
};

/** The scripted rebuild: a new front funded by the Quds Force around Unit 190, and more capacity on the Egypt land route. */
function rebuilt(base: Network): Network {
  return {
    ...base,
    nodes: [
      ...base.nodes,
      {
        id: 'relief-committee',
        schema: 'Organization',
        role: 'front',
        properties: { name: ['Gaza Relief Committee'] },
      },
    ],
    channels: [
      ...base.channels.map((c) => (c.id === 'land-route-egypt' ? { ...c, capacity: 45 } : c)),
      {
        id: 'quds-to-relief',
        from: 'quds-force',
        to: 'relief-committee',
        kind: 'financial',
        capacity: 12,
        confidence: 0.4,
        confidenceLabel: 'alleged',
      },
      {
        id: 'relief-to-hamas',
        from: 'relief-committee',
        to: 'hamas',
        kind: 'financial',
        capacity: 10,
        confidence: 0.4,
        confidenceLabel: 'alleged',
      },
    ],
  };
}

describe('network rules', () => {
  it('the adopted budget-4 plan leaves nothing on the article network', () => {
    expect(flowUnderPlan(article, watch.plan, undefined).residual).toBe(0);
  });

  it('a new front funded around the interdicted unit raises reconnection, breach, bypass and new-front with evidence and a patch', async () => {
    const { events } = await evaluate({
      watch,
      previous: { network: article, version: 1 },
      current: { network: rebuilt(article), version: 2 },
    });
    const rules = events.map((e) => `${e.rule}:${e.subject.id}`).sort();
    expect(rules).toEqual(
      [
        'new-front:relief-committee',
        'reconnection:article',
        'residual-breach:article',
        'restored-capacity:land-route-egypt',
        'restored-capacity:quds-to-relief',
        'restored-capacity:relief-to-hamas',
      ].sort(),
    );
    const reconnection = events.find((e) => e.rule === 'reconnection')!;
    const ev = reconnection.evidence as NetworkEvidence;
    expect(ev.residualBefore).toBe(0);
    expect(ev.residualAfter).toBe(10);
    expect(ev.paths[0]).toMatchObject({
      nodes: ['iran', 'quds-force', 'relief-committee', 'hamas'],
      amount: 10,
    });
    // The new front's own contribution: all 10 units go away without it.
    const own = ev.contributions.find((c) => c.element.id === 'relief-committee')!;
    expect(own).toMatchObject({ residualWith: 10, residualWithout: 0 });
    // The capacity rise on the Egypt land route changes nothing while Unit 190 stays designated.
    const egypt = ev.contributions.find((c) => c.element.id === 'land-route-egypt')!;
    expect(egypt.residualWith - egypt.residualWithout).toBe(0);
    expect(ev.patch).toBeDefined();
    expect(ev.patch!.residual).toBe(0);
    expect(ev.patch!.actions.length).toBeGreaterThan(0);
    expect(ev.patch!.actions).toEqual(['designate-relief-committee']);
    expect(ev.patch!.cost).toBe(2);
    const front = events.find((e) => e.rule === 'new-front')!;
    expect(front.title).toContain('quds-force (financial)');
  });

  it('an unchanged network raises nothing, and the same inputs give the same events (replay)', async () => {
    const same = await evaluate({
      watch,
      previous: { network: article, version: 1 },
      current: { network: article, version: 2 },
    });
    expect(same.events).toEqual([]);
    const input = {
      watch,
      previous: { network: article, version: 1 },
      current: { network: rebuilt(article), version: 2 },
    };
    const a = await evaluate(input);
    const b = await evaluate(input);
    expect(b.events).toEqual(a.events);
  });

  it('a channel on the cut that loses its only source raises provenance-retracted', async () => {
    const planOnChannel: NetworkWatch = { ...watch, id: 'w2', plan: ['inspect-air-route'], budget: 2 };
    const current: Network = {
      ...article,
      channels: article.channels.map((c) => (c.id === 'air-route-tehran-beirut' ? { ...c, sources: [] } : c)),
    };
    const { events } = await evaluate({
      watch: planOnChannel,
      previous: { network: article, version: 1 },
      current: { network: current, version: 2 },
      options: { skipPlanner: true },
    });
    expect(events.map((e) => `${e.rule}:${e.subject.id}`)).toContain(
      'provenance-retracted:air-route-tehran-beirut',
    );
  });

  it('plan drift fires when a better plan exists for the same budget', async () => {
    const weak: NetworkWatch = { ...watch, id: 'w3', plan: ['designate-aid-fronts'], budget: 4 };
    const { events } = await evaluate({
      watch: weak,
      previous: { network: article, version: 1 },
      current: { network: article, version: 2 },
    });
    const drift = events.find((e) => e.rule === 'plan-drift')!;
    expect(drift).toBeDefined();
    expect((drift.evidence as NetworkEvidence).bestPlan!.residual).toBeLessThan(
      (drift.evidence as NetworkEvidence).residualAfter,
    );
  });

  it('a later run starts the drift search from the best plan the previous run found, with the same verdict', async () => {
    const weak: NetworkWatch = { ...watch, id: 'w4', plan: ['designate-aid-fronts'], budget: 4 };
    const snapshots = {
      previous: { network: article, version: 1 },
      current: { network: article, version: 2 },
    };
    const first = await evaluate({ watch: weak, ...snapshots });
    expect(first.bestPlan?.length).toBeGreaterThan(0);
    const later = await evaluate({ watch: weak, ...snapshots, options: { bestPlanHint: first.bestPlan! } });
    const drift = (r: typeof first) => r.events.find((e) => e.rule === 'plan-drift')!;
    expect(drift(later).key).toBe(drift(first).key);
    expect((drift(later).evidence as NetworkEvidence).bestPlan!.residual).toBeLessThanOrEqual(
      (drift(first).evidence as NetworkEvidence).bestPlan!.residual + 1e-9,
    );
    // The adopted plan is the best there is: no drift, from a hint or not.
    const good = { ...watch, id: 'w5' };
    const none = await evaluate({ watch: good, ...snapshots, options: { bestPlanHint: good.plan } });
    expect(none.events.some((e) => e.rule === 'plan-drift')).toBe(false);
  });
});

const sdnPerson = (id: string, name: string, extra: Record<string, string[]> = {}): Entity => ({
  id,
  schema: 'Person',
  properties: { name: [name], program: ['SDGT'], ...extra },
});

const book: BookWatch = {
  kind: 'book',
  id: 'w-book',
  datasets: ['us_ofac_sdn'],
  threshold: 0.7,
  scoreDelta: 0.05,
  counterparties: [
    { id: 'c1', schema: 'Person', properties: { name: ['Mohammad Reza Naqdi'], birthDate: ['1952'] } },
    { id: 'c2', schema: 'Person', properties: { name: ['Anna Schmidt'] } },
    { id: 'c3', schema: 'Person', properties: { name: ['Hassan Nasrallah'] } },
  ],
  schedule: { type: 'on-new-version' },
  channels: [],
  createdAt: '2026-01-01T00:00:00Z',
};

describe('list rules: reverse re-screening', () => {
  const naqdi = sdnPerson('ofac-1001', 'NAQDI, Mohammad Reza', { birthDate: ['1952'] });
  const change: ListChange = {
    dataset: 'us_ofac_sdn',
    from: 1,
    to: 2,
    added: [naqdi, sdnPerson('ofac-1002', 'KARIMI, Javad')],
    changed: [],
    removed: [],
  };

  it('matches each added list entity against the book and finds the right counterparty only', () => {
    const r = reverseRescreen(book, change, [], []);
    expect(r.screened).toBe(2);
    expect(r.events.map((e) => e.subject.id)).toEqual(['c1|ofac-1001']);
    expect(r.events[0]!.value).toBeGreaterThan(0.9);
  });

  it('skips changed entities whose material fields did not change', () => {
    const before = sdnPerson('ofac-2', 'NASRALLAH, Hassan', { notes: ['a'] });
    const after = { ...before, properties: { ...before.properties, notes: ['b'] } };
    const r = reverseRescreen(book, { ...change, added: [], changed: [{ before, after }] }, [], []);
    expect(r).toMatchObject({ screened: 0, skipped: 1, events: [] });
  });

  it('a decided false positive stays quiet until one side changes', () => {
    const cp = book.counterparties[0]!;
    const decision: Decision = {
      counterparty: 'c1',
      entity: 'ofac-1001',
      referents: [],
      verdict: 'false-positive',
      by: 'analyst',
      at: '2026-01-02T00:00:00Z',
      why: 'different person',
      fingerprints: { counterparty: materialFingerprint(cp), entity: materialFingerprint(naqdi) },
    };
    expect(reverseRescreen(book, change, [decision], []).events).toEqual([]);
    const moved = { ...naqdi, properties: { ...naqdi.properties, alias: ['NAGHDI, Mohammad Reza'] } };
    const again = reverseRescreen(
      book,
      { ...change, added: [], changed: [{ before: naqdi, after: moved }] },
      [decision],
      [],
    );
    expect(again.events.map((e) => e.subject.id)).toEqual(['c1|ofac-1001']);
    expect((again.events[0]!.evidence as { changedFields?: string[] }).changedFields).toEqual(['alias']);
  });

  it('a delisted confirmed hit and a lifted sanction raise their own alerts', () => {
    const nasrallah = sdnPerson('ofac-3', 'NASRALLAH, Hassan');
    const confirmed = (entity: string): Decision => ({
      counterparty: 'c3',
      entity,
      referents: [],
      verdict: 'true-match',
      by: 'analyst',
      at: '2026-01-02T00:00:00Z',
      why: 'same person',
      fingerprints: {
        counterparty: materialFingerprint(book.counterparties[2]!),
        entity: materialFingerprint(nasrallah),
      },
    });
    const removed = reverseRescreen(
      book,
      { ...change, added: [], removed: [nasrallah] },
      [confirmed('ofac-3')],
      [],
    );
    expect(removed.events.map((e) => e.rule)).toEqual(['delisting']);
    const lifted = { ...nasrallah, properties: { name: nasrallah.properties.name! } };
    const r = reverseRescreen(
      book,
      { ...change, added: [], changed: [{ before: nasrallah, after: lifted }] },
      [confirmed('ofac-3')],
      [],
    );
    expect(r.events.map((e) => e.rule)).toEqual(['sanction-removed']);
  });

  it('the full re-screen finds nothing the reverse path missed', () => {
    const entities = [...change.added, sdnPerson('ofac-9', 'SCHMIDT, Anne')];
    const full = fullRescreen(book, entities, []);
    const reverse = reverseRescreen(book, { ...change, added: entities }, [], []);
    const keys = new Set(reverse.events.map((e) => e.key));
    expect([...full.keys()].filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('alert lifecycle', () => {
  const now = (d: number) => `2026-02-0${d}T00:00:00Z`;
  const ev = (value: number, fingerprint = 'f1') => ({
    key: 'w:residual-breach:network:n',
    watch: 'w',
    rule: 'residual-breach' as const,
    severity: 'high' as const,
    title: 'breach',
    value,
    fingerprint,
    snapshot: { kind: 'network' as const, name: 'n', from: 1, to: 2 },
    subject: { type: 'network' as const, id: 'n' },
    evidence: { residualBefore: 0, residualAfter: value, paths: [], contributions: [] },
  });
  const rules = new Set(['residual-breach' as const]);

  it('one alert per key; acknowledged alerts reopen only on a material rise; quiet runs clear with hysteresis', () => {
    const opts = (d: number) => ({ now: now(d), clearAfterRuns: 2, delta: 5 });
    let r = applyEvents([], [ev(10)], rules, opts(1));
    expect(r.transitions.map((t) => t.kind)).toEqual(['opened']);
    r = applyEvents(r.alerts, [ev(10)], rules, opts(2));
    expect(r.transitions).toEqual([]);
    const acked = r.alerts.map((a) => acknowledge(a, 'analyst', now(2)));
    r = applyEvents(acked, [ev(12)], rules, opts(3));
    expect(r.transitions).toEqual([]);
    expect(r.alerts[0]!.state).toBe('acknowledged');
    r = applyEvents(r.alerts, [ev(16)], rules, opts(4));
    expect(r.transitions.map((t) => t.kind)).toEqual(['escalated']);
    r = applyEvents(r.alerts, [], rules, opts(5));
    expect(r.alerts[0]!.state).toBe('open');
    r = applyEvents(r.alerts, [], rules, opts(6));
    expect(r.transitions.map((t) => t.kind)).toEqual(['cleared']);
    expect(r.alerts[0]).toMatchObject({ state: 'resolved', resolution: 'auto-cleared' });
    expect(r.alerts).toHaveLength(1);
  });

  it('a resolved alert comes back only when its facts change', () => {
    const opts = { now: now(1), clearAfterRuns: 2, delta: 5 };
    let r = applyEvents([], [ev(10)], rules, opts);
    const resolved = r.alerts.map((a) => resolveAlert(a, 'not-material', 'analyst', now(1)));
    r = applyEvents(resolved, [ev(11)], rules, opts);
    expect(r.transitions).toEqual([]);
    r = applyEvents(r.alerts, [ev(11, 'f2')], rules, opts);
    expect(r.transitions.map((t) => t.kind)).toEqual(['reopened']);
  });
});
