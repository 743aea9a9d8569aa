import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../core/ingest/scenario.js';
import { frontier, planOverview, PLANNING_DEFAULTS, rebuild } from './planning.js';

const article = parseScenario(readFileSync('data/scenarios/article.yaml', 'utf8'), { file: 'article.yaml' });

describe('planning service on the article network', () => {
  it('summarises plans, frontier, rebuild and robust plan for the demo', async () => {
    const s = await planOverview(article, [3, 6]);
    expect(s.plans.map((p) => p.residualFlow)).toEqual([70, 0]);
    expect(s.rebuild?.against).toEqual(['designate-unit-190']);
    expect(s.rebuild?.rebuildBudget).toBe(PLANNING_DEFAULTS.rebuildBudget);
    expect(s.robust?.rebuildBudget).toBe(PLANNING_DEFAULTS.rebuildBudget);
    expect(s.frontier).toEqual(frontier(article).points);
  });

  it('answers a rebuild with the default rebuild budget when none is given', () => {
    const r = rebuild(article, { actions: ['designate-unit-190'] });
    expect(r.rebuildBudget).toBe(PLANNING_DEFAULTS.rebuildBudget);
    expect(r.cost).toBeLessThanOrEqual(PLANNING_DEFAULTS.rebuildBudget);
    expect(r.residualAfter).toBeGreaterThanOrEqual(r.residualBefore);
  });

  it('ends the frontier where spending more removes nothing, and says so in maxBudget', () => {
    const doc = frontier(article);
    const last = doc.points[doc.points.length - 1]!;
    expect(doc.maxBudget).toBe(last.budget);
    expect(last.residualFlow).toBe(0);
    expect(doc.from).toEqual(['iran']);
  });
});
