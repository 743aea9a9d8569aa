import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';

const ARTICLE = 'data/scenarios/article.yaml';

describe('interdict report', () => {
  it('writes a standalone HTML report of the article with its picture, tables and sources', async () => {
    const dir = tempDir();
    const out = join(dir, 'article.html');
    const r = await runCli(['report', ARTICLE, '--budget', '4', '--output', out, '--db', tempDb()]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link /i);
    expect(html).toContain('<svg');
    for (const id of ['iran', 'quds-force', 'unit-190', 'egypt', 'hamas', 'hezbollah'])
      expect(html).toContain(`data-label="${id}"`);
    expect(html).toContain('What is illustrative: Capacities, confidences and costs are illustrative');
    expect(html).toContain('sha256:');
    // Every channel's quote is in the appendix.
    expect(html).toContain('Egypt, for instance, has proven to be a weak link in this regard');
    expect(html).toContain('The budget frontier');
    expect(html).toContain('How the network would rebuild');
  });

  it('prints the same maximum flow and plan as the flow and plan commands', async () => {
    const dir = tempDir();
    const db = tempDb();
    const r = await runCli(['report', ARTICLE, '--budget', '4', '--output', join(dir, 'r.html'), '--db', db]);
    const flow = JSON.parse((await runCli(['flow', ARTICLE, '--json'])).stdout) as { value: number };
    const plan = JSON.parse((await runCli(['plan', ARTICLE, '--budget', '4', '--json'])).stdout) as {
      cost: number;
      residualFlow: number;
    };
    expect(r.stdout).toContain(`Maximum flow ${flow.value};`);
    expect(r.stdout).toContain(`plan cost ${plan.cost} leaves ${plan.residualFlow}`);
  });

  it('reports a plan file from interdict plan --json, measure by measure', async () => {
    const dir = tempDir();
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, (await runCli(['plan', ARTICLE, '--budget', '3', '--json'])).stdout);
    const out = join(dir, 'r.html');
    const r = await runCli(['report', ARTICLE, '--plan', planFile, '--output', out, '--db', tempDb()]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(readFileSync(planFile, 'utf8')) as { actions: { label: string }[] };
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('the measures given in the plan file');
    for (const a of plan.actions) expect(html).toContain(a.label);
  });

  it('writes the HTML, every SVG and the data side by side with --bundle', async () => {
    const dir = join(tempDir(), 'bundle');
    const r = await runCli(['report', ARTICLE, '--bundle', dir, '--db', tempDb()]);
    expect(r.code).toBe(0);
    for (const f of [
      'report.html',
      'network.svg',
      'flow.svg',
      'frontier.svg',
      'rebuild-before.svg',
      'rebuild-after.svg',
      'network.ftm.json',
      'channels.csv',
      'actors.csv',
    ])
      expect(existsSync(join(dir, f)), f).toBe(true);
    const ftm = readFileSync(join(dir, 'network.ftm.json'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { schema: string });
    expect(ftm.filter((e) => e.schema === 'Payment').length).toBeGreaterThan(0);
    expect(ftm).toHaveLength(10 + 14);
    const csv = readFileSync(join(dir, 'channels.csv'), 'utf8').trim().split('\n');
    expect(csv).toHaveLength(15);
    expect(csv[0]).toContain('in_min_cut');
  });

  it('rejects a broken plan file by name and writes nothing', async () => {
    const dir = tempDir();
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, '{"actions": [');
    const out = join(dir, 'r.html');
    const r = await runCli(['report', ARTICLE, '--plan', planFile, '--output', out, '--db', tempDb()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('plan.json');
    expect(existsSync(out)).toBe(false);
    const unknown = join(dir, 'unknown.json');
    writeFileSync(unknown, '{"actions": ["no-such-measure"]}');
    const r2 = await runCli(['report', ARTICLE, '--plan', unknown, '--output', out, '--db', tempDb()]);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('no-such-measure');
  });

  it('asks for an output it can write', async () => {
    const r = await runCli(['report', ARTICLE, '--output', 'report.docx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('.html or .pdf');
  });
});
