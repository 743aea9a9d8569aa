import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../testing/run-cli.js';

const ARTICLE = 'data/scenarios/article.yaml';

describe('interdict plan', () => {
  it('prints the best plan for a budget as a table', async () => {
    const r = await runCli(['plan', ARTICLE, '--budget', '3']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('optimal');
    expect(r.stdout).toContain('inspect-air-route');
  });

  it('prints one JSON document with status, residual, bound, gap and actions', async () => {
    const r = await runCli(['plan', ARTICLE, '--budget', '4', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ status: 'optimal', residualFlow: 0, bound: 0, gap: 0 });
    expect(doc.actions[0]).toMatchObject({
      id: 'designate-unit-190',
      target: 'unit-190',
      kind: 'designate',
      cost: 4,
      flowRemoved: 80,
    });
  });

  it('solves the same plan with HiGHS in a worker', async () => {
    const r = await runCli(['plan', ARTICLE, '--budget', '3', '--solver', 'highs', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.solver).toBe('highs');
    expect(doc.residualFlow).toBe(70);
  });

  it('flow --actions with the plan file reports the residual the plan reported', async () => {
    const dir = tempDir();
    const planFile = join(dir, 'plan.json');
    const plan = await runCli(['plan', ARTICLE, '--budget', '3', '--json']);
    writeFileSync(planFile, plan.stdout);
    const flow = JSON.parse((await runCli(['flow', ARTICLE, '--actions', planFile, '--json'])).stdout);
    const doc = JSON.parse(plan.stdout);
    expect(flow.value).toBe(doc.residualFlow);
    expect(flow.baseline).toBe(doc.baseFlow);
    expect(flow.applied).toEqual(doc.actions.map((a: { id: string }) => a.id));
    const byIds = await runCli(['flow', ARTICLE, '--actions', flow.applied.join(','), '--json']);
    expect(JSON.parse(byIds.stdout).value).toBe(doc.residualFlow);
  });

  it('flow --actions rejects an unknown action with the ids to pick from', async () => {
    const r = await runCli(['flow', ARTICLE, '--actions', 'no-such-measure']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('no action "no-such-measure"');
    expect(r.stderr).toContain('pressure-cairo');
  });

  it('rejects a missing budget with the fix', async () => {
    const r = await runCli(['plan', ARTICLE]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('--budget');
  });
});

describe('interdict frontier', () => {
  it('lists budgets from 0 until the recipients are cut off', async () => {
    const r = await runCli(['frontier', ARTICLE, '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.points[0]).toMatchObject({ budget: 0, residualFlow: 80 });
    expect(doc.points.at(-1).residualFlow).toBe(0);
  });
});

describe('interdict rebuild', () => {
  it("answers a plan with the adversary's best rebuild from the network's candidates", async () => {
    const dir = tempDir();
    const plan = await runCli(['plan', ARTICLE, '--budget', '4', '--json']);
    const file = join(dir, 'plan.json');
    writeFileSync(file, plan.stdout);
    const r = await runCli(['rebuild', ARTICLE, '--plan', file, '--rebuild-budget', '2', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.residualBefore).toBe(0);
    expect(doc.opened.map((c: { id: string }) => c.id)).toEqual(['rebuild-charity-channel']);
    expect(doc.residualAfter).toBe(15);
  });

  it('finds the plan robust to the rebuild with --robust', async () => {
    const r = await runCli(['rebuild', ARTICLE, '--robust', '--budget', '6', '--rebuild-budget', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('optimal');
  });
});

describe('several weighted pairs', () => {
  it('weights the flow to each recipient with --pair FROM:TO:WEIGHT', async () => {
    const r = await runCli([
      'plan',
      ARTICLE,
      '--budget',
      '3',
      '--pair',
      'iran:hamas:2',
      '--pair',
      'iran:hezbollah:1',
      '--json',
    ]);
    const doc = JSON.parse(r.stdout);
    expect(doc.pairs).toEqual([
      { from: ['iran'], to: ['hamas'], weight: 2 },
      { from: ['iran'], to: ['hezbollah'], weight: 1 },
    ]);
    expect(doc.baseFlow).toBe(2 * 65 + 55);
    expect(doc.residualFlow).toBe(135);
  });

  it('rejects a malformed pair and an unknown node', async () => {
    expect((await runCli(['plan', ARTICLE, '--budget', '3', '--pair', 'iran:hamas:x'])).stderr).toMatch(
      /bad --pair/,
    );
    expect((await runCli(['frontier', ARTICLE, '--pair', 'iran:gaza'])).stderr).toMatch(
      /unknown node "gaza"/,
    );
  });
});
