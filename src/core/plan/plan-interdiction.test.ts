import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../ingest/scenario.js';
import type { Network } from '../model/network.js';
import { planFrontier } from './frontier.js';
import { planInterdiction } from './plan-interdiction.js';
import { bestRebuild } from './rebuild.js';
import { robustPlan } from './robust-plan.js';

const article = parseScenario(readFileSync('data/scenarios/article.yaml', 'utf8'), { file: 'article.yaml' });

describe('planning on the article network', () => {
  it('closes both air and land routes into Lebanon on a budget of 3', async () => {
    const plan = await planInterdiction(article, { budget: 3, method: 'exact' });
    expect(plan).toMatchObject({ status: 'optimal', baseFlow: 80, residualFlow: 70, bound: 70, gap: 0 });
    expect(plan.actions.map((a) => a.id).sort()).toEqual(['inspect-air-route', 'thwart-lebanon-routes']);
  });

  it('designates Unit 190 once the budget allows, and explains what that breaks', async () => {
    const plan = await planInterdiction(article, { budget: 4 });
    expect(plan.residualFlow).toBe(0);
    const [a] = plan.actions;
    expect(a).toMatchObject({ id: 'designate-unit-190', targetType: 'node', flowRemoved: 80 });
    expect(a!.pathsBroken.length).toBeGreaterThan(0);
    expect(a!.pathsBroken.every((p) => p.nodes.includes('unit-190'))).toBe(true);
    expect(a!.sources.length).toBeGreaterThan(0);
  });

  it('gives a heuristic plan whose bound does not exceed its residual', async () => {
    const plan = await planInterdiction(article, { budget: 3, method: 'heuristic' });
    expect(plan.bound).toBeLessThanOrEqual(plan.residualFlow);
    expect(plan.residualFlow).toBeGreaterThanOrEqual(70);
  });

  it('walks the frontier down to zero with residuals that never rise', () => {
    const points = planFrontier(article);
    expect(points[0]).toMatchObject({ budget: 0, residualFlow: 80 });
    expect(points.at(-1)!.residualFlow).toBe(0);
    for (let i = 1; i < points.length; i++)
      expect(points[i]!.residualFlow).toBeLessThanOrEqual(points[i - 1]!.residualFlow);
  });

  it("finds the adversary's rebuild around a designated Unit 190", () => {
    const r = bestRebuild(article, ['designate-unit-190'], { rebuildBudget: 5 });
    expect(r.residualBefore).toBe(0);
    expect(r.residualAfter).toBe(15);
    expect(r.opened.map((c) => c.id)).toContain('rebuild-charity-channel');
  });

  it('plans against the worst rebuild until the bounds meet', () => {
    const r = robustPlan(article, { budget: 6, rebuildBudget: 2 });
    expect(r.status).toBe('optimal');
    expect(r.bound).toBe(r.worstResidual);
    expect(r.worstResidual).toBeLessThanOrEqual(
      bestRebuild(article, ['designate-unit-190'], { rebuildBudget: 2 }).residualAfter,
    );
  });

  it('minimises the expected residual over seeded samples of alleged channels, reproducibly', async () => {
    const a = await planInterdiction(article, { budget: 3, samples: 40, seed: 5 });
    const b = await planInterdiction(article, { budget: 3, samples: 40, seed: 5 });
    expect(a.residualFlow).toBe(b.residualFlow);
    expect(a.baseFlow).toBeLessThan(80);
    expect(a.samples).toBe(40);
  });

  it('weights several sponsor–recipient pairs', async () => {
    const plan = await planInterdiction(article, {
      budget: 2,
      pairs: [
        { from: ['iran'], to: ['hamas'], weight: 1 },
        { from: ['iran'], to: ['hezbollah'], weight: 3 },
      ],
    });
    expect(plan.actions.map((a) => a.id)).toEqual(['inspect-air-route']);
  });
});

describe('edge lists with cut costs', () => {
  const net: Network = {
    id: 'e',
    name: 'e',
    jurisdictions: [],
    actions: [],
    nodes: ['s', 'a', 't'].map((id, i) => ({
      id,
      schema: 'Organization',
      name: id,
      properties: {},
      role: i === 0 ? 'sponsor' : i === 2 ? 'recipient' : 'other',
    })) as Network['nodes'],
    channels: [
      {
        id: 'sa',
        from: 's',
        to: 'a',
        kind: 'unknown',
        capacity: 10,
        confidence: 1,
        confidenceLabel: 'confirmed',
        cost: 5,
      },
      {
        id: 'at',
        from: 'a',
        to: 't',
        kind: 'unknown',
        capacity: 7,
        confidence: 1,
        confidenceLabel: 'confirmed',
        cost: null,
      },
      {
        id: 'st',
        from: 's',
        to: 't',
        kind: 'unknown',
        capacity: 3,
        confidence: 1,
        confidenceLabel: 'confirmed',
        cost: 1,
      },
    ],
  };

  it('makes every arc with a finite cost a removal at that cost, and never cuts a null-cost arc', async () => {
    const plan = await planInterdiction(net, { budget: 5 });
    expect(plan.actions.map((a) => a.target)).toEqual(['sa']);
    expect(plan.residualFlow).toBe(3);
    const all = await planInterdiction(net, { budget: 100 });
    expect(all.residualFlow).toBe(0);
  });
});
