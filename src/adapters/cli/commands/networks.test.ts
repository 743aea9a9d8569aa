import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../../core/ingest/scenario.js';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';

const ARTICLE = 'data/scenarios/article.yaml';

describe('interdict networks', () => {
  it('imports the article scenario, lists it, and exports it back to the same network', async () => {
    const db = tempDb();
    const imported = await runCli(['networks', 'import', ARTICLE, '--db', db, '--json']);
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toMatchObject({ name: 'article', version: 1, format: 'scenario' });
    const list = JSON.parse((await runCli(['networks', 'list', '--db', db, '--json'])).stdout);
    expect(list.networks.map((n: { name: string }) => n.name)).toEqual(['article']);
    const out = join(tempDir(), 'back.yaml');
    expect((await runCli(['networks', 'export', 'article', '--db', db, '--output', out])).code).toBe(0);
    expect(parseScenario(readFileSync(out, 'utf8'))).toEqual(parseScenario(readFileSync(ARTICLE, 'utf8')));
  });

  it('numbers imports of changed content as new versions', async () => {
    const db = tempDb();
    await runCli(['networks', 'import', ARTICLE, '--db', db]);
    const dir = tempDir();
    const edited = join(dir, 'article.yaml');
    writeFileSync(edited, readFileSync(ARTICLE, 'utf8').replace('capacity: 100', 'capacity: 90'));
    const second = await runCli(['networks', 'import', edited, '--db', db, '--json']);
    expect(JSON.parse(second.stdout).version).toBe(2);
    const shown = await runCli(['networks', 'show', 'article@1', '--db', db, '--json']);
    expect(JSON.parse(shown.stdout).id).toBe('article');
  });

  it('lists the versions of a network and shows what changed between two', async () => {
    const db = tempDb();
    const dir = tempDir();
    const changed = join(dir, 'article.yaml');
    writeFileSync(
      changed,
      readFileSync(ARTICLE, 'utf8').replace('id: pressure-cairo', 'id: pressure-egypt-harder'),
    );
    await runCli(['networks', 'import', ARTICLE, '--db', db]);
    await runCli(['networks', 'import', changed, '--db', db]);
    const versions = JSON.parse(
      (await runCli(['networks', 'versions', 'article', '--db', db, '--json'])).stdout,
    );
    expect(versions.versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    const diff = await runCli([
      'networks',
      'diff',
      'article',
      '--from',
      '1',
      '--to',
      '2',
      '--db',
      db,
      '--json',
    ]);
    expect(diff.code).toBe(0);
    const doc = JSON.parse(diff.stdout);
    expect(doc.actions).toMatchObject({ added: ['pressure-egypt-harder'], removed: ['pressure-cairo'] });
    expect(doc.nodes).toEqual({ added: [], removed: [], changed: [] });
    const text = await runCli(['networks', 'diff', 'article@1', '--to', '2', '--db', db]);
    expect(text.stdout).toMatch(/actions\s+\+ added\s+pressure-egypt-harder/);
    const unknown = await runCli(['networks', 'versions', 'nope', '--db', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('no network "nope"');
  });

  it('imports DIMACS and CSV edge lists under a chosen name', async () => {
    const db = tempDb();
    const dir = tempDir();
    writeFileSync(join(dir, 'g.csv'), 'from,to,capacity,cost\ns,a,3,1\na,t,inf,\n');
    const r = await runCli([
      'networks',
      'import',
      join(dir, 'g.csv'),
      '--name',
      'tiny',
      '--db',
      db,
      '--json',
    ]);
    expect(JSON.parse(r.stdout)).toMatchObject({ name: 'tiny', counts: { nodes: 3, channels: 2 } });
    const d = await runCli(['networks', 'import', 'test/fixtures/maxflow/gw1.max', '--db', db, '--json']);
    expect(JSON.parse(d.stdout)).toMatchObject({ name: 'gw1', counts: { nodes: 1024, channels: 4608 } });
  });

  const badInputs: [string, string, string, RegExp][] = [
    ['malformed YAML', 'bad.yaml', 'interdict: 1\nid: x\nnodes: [\n', /bad\.yaml:\d+:\d+: malformed YAML/],
    [
      'an unknown node id',
      'bad.yaml',
      readFileSync(ARTICLE, 'utf8').replace('to: hamas', 'to: hamass'),
      /bad\.yaml:\d+:\d+ at channels\[\d+\]\.to: channel "aid-fronts-to-hamas" names unknown node "hamass"; define it under nodes:/,
    ],
    ['a negative capacity', 'bad.csv', 'from,to,capacity\na,b,-1\n', /bad\.csv:2:5: capacity -1 is negative/],
    [
      'a non-numeric capacity',
      'bad.csv',
      'from,to,capacity\na,b,x\n',
      /bad\.csv:2:5: capacity "x" is not a number/,
    ],
    ['a missing CSV column', 'bad.csv', 'from,capacity\na,1\n', /bad\.csv:1:1: missing column "to"/],
    [
      'a bad DIMACS line',
      'bad.max',
      'p max 2 1\nn 1 s\nn 2 t\na 1 2\n',
      /bad\.max:4:6: capacity "" is not a number/,
    ],
  ];
  for (const [what, name, content, message] of badInputs) {
    it(`rejects ${what} with a located error, exit code 2 and nothing stored`, async () => {
      const db = tempDb();
      const file = join(tempDir(), name);
      writeFileSync(file, content);
      const r = await runCli(['networks', 'import', file, '--db', db]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
      const list = JSON.parse((await runCli(['networks', 'list', '--db', db, '--json'])).stdout);
      expect(list.networks).toEqual([]);
    });
  }

  it('says which network is missing', async () => {
    const r = await runCli(['networks', 'show', 'nope', '--db', tempDb()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no such file or stored network: nope/);
  });
});

describe('interdict networks import of the same content', () => {
  it('stores nothing the second time and says the version is unchanged', async () => {
    const db = tempDb();
    const first = await runCli(['networks', 'import', 'data/scenarios/article.yaml', '--db', db]);
    expect(first.stdout).toMatch(/stored article@1/);
    const again = await runCli(['networks', 'import', 'data/scenarios/article.yaml', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/unchanged: article@1/);
    const versions = JSON.parse((await runCli(['networks', 'list', '--db', db, '--json'])).stdout);
    expect(versions.networks.find((n: { name: string }) => n.name === 'article').version).toBe(1);
  });
});

describe('interdict paths and demo', () => {
  it('prints the sponsor → recipient paths as one JSON document', async () => {
    const r = await runCli(['paths', ARTICLE, '--to', 'hezbollah', '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.from).toEqual(['iran']);
    expect(doc.paths[0].nodes).toEqual(['iran', 'quds-force', 'unit-190', 'beirut-airport', 'hezbollah']);
  });

  it('uses the DIMACS source and sink by default', async () => {
    const r = await runCli(['paths', 'test/fixtures/maxflow/gw1.max', '--limit', '5', '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.paths.length).toBe(5);
    expect(doc.truncated).toBe(true);
  });

  it('runs the demo, storing the article network once', async () => {
    const db = tempDb();
    const first = await runCli(['demo', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Who supports whom/);
    expect(first.stdout).toMatch(/Beirut airport —arms→ Hezbollah/);
    // Flow, chokepoint, weak link, screening, plans and rebuild sections.
    expect(first.stdout).toMatch(/Hamas\s+65\n/);
    expect(first.stdout).toMatch(/✂ IRGC Quds Force → Quds Force Unit 190 \(80\)/);
    expect(first.stdout).toMatch(/Hamas\s+Egypt\s+54%/);
    expect(first.stdout).toMatch(
      /Hezbollah\s+recipient\s+HIZBALLAH \(ofac-4697, demo-us-ofac-sdn\)\s+0\.\d+\s+MATCH\s+listed/,
    );
    expect(first.stdout).toMatch(/Quds Force Unit 190 .* ⚠ 1 hop from IRGC Quds Force/);
    expect(first.stdout).toMatch(/4\s+4\s+0 of 80\s+optimal\s+Designate Unit 190/);
    expect(first.stdout).toMatch(/Support getting through: 0 → 15 per month/);
    // Monitoring: the scripted rebuild raises a reconnection with its patch.
    expect(first.stdout).toMatch(/reconnection\s+high\s+support reaches the recipients again/);
    expect(first.stdout).toMatch(/cheapest patch: designate-relief-committee \(extra cost 2\) → residual 0/);
    await runCli(['demo', '--db', db]);
    const list = JSON.parse((await runCli(['networks', 'list', '--db', db, '--json'])).stdout);
    const versionOf = (name: string) => list.networks.find((n: { name: string }) => n.name === name)?.version;
    expect(versionOf('article')).toBe(1);
    expect(versionOf('designated')).toBe(1);
    const datasets = JSON.parse((await runCli(['datasets', 'list', '--db', db, '--json'])).stdout);
    expect(JSON.stringify(datasets)).toMatch(/demo-us-ofac-sdn/);
  });

  it('prints the whole demo as one JSON document with --json', async () => {
    const r = await runCli(['demo', '--db', tempDb(), '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.flow.total).toBe(80);
    expect(doc.plans.plans.map((p: { residualFlow: number }) => p.residualFlow)).toEqual([80, 70, 0]);
    expect(doc.monitoring.plan).toEqual(['designate-unit-190']);
    expect(doc.monitoring.patch).toMatchObject({ actions: ['designate-relief-committee'], residual: 0 });
  });

  it('lists commands with examples in --help', async () => {
    const r = await runCli(['--help']);
    expect(r.stdout).toMatch(/networks import/);
    expect(r.stdout).toMatch(/Examples:/);
  });

  it('rejects unknown options with exit code 2', async () => {
    const r = await runCli(['paths', ARTICLE, '--frm', 'x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option --frm; did you mean --from?');
  });
});
