import { beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../node/sqlite-store.js';
import { runCli, tempDb } from '../testing/run-cli.js';
import { designatedNetworkSection } from './demo-network-build.js';

// The shipped extracts of the real SDN sets (data/lists/README.md): the 2019
// set is stored as version 1 of `sdn`, the 2021 set as version 2.
const SDN_2019 = 'data/lists/ofac-sdn-2019-01-demo';
const SDN_2021 = 'data/lists/ofac-sdn-2021-07-demo';
const SEEDS = ['--around', 'HIZBALLAH', '--around', 'HAMAS', '--around', 'IRGC-QF'];

let db: string;
beforeAll(async () => {
  db = tempDb();
  for (const dir of [SDN_2019, SDN_2021])
    expect((await runCli(['import', 'ofac-csv', dir, '--dataset', 'sdn', '--db', db])).code).toBe(0);
}, 120_000);

const json = async (argv: string[]) => {
  const r = await runCli([...argv, '--db', db, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('interdict networks build', () => {
  it('builds the designated network around HIZBALLAH, HAMAS and the IRGC-QF and stores it as a network', async () => {
    const r = await json(['networks', 'build', 'axis', '--dataset', 'sdn@2', ...SEEDS, '--hops', '1']);
    expect(r.info).toMatchObject({ name: 'axis', version: 1, format: 'built' });
    expect(r.report.seeds).toEqual([
      { query: 'HIZBALLAH', how: 'name', ids: ['ofac-4697'] },
      { query: 'HAMAS', how: 'name', ids: ['ofac-4695'] },
      { query: 'IRGC-QF', how: 'name', ids: ['ofac-10465'] },
    ]);
    expect(r.report.capacities).toBe('unit');
    const shown = await json(['networks', 'show', 'axis']);
    const ids = new Set(shown.nodes.map((n: { id: string }) => n.id));
    // Muhammad Sa'id IZADI (ofac-27255) is "Linked To" both HAMAS and the IRGC-QF.
    expect(ids.has('ofac-27255')).toBe(true);
    const izadi = shown.channels.filter((c: { from: string }) => c.from === 'ofac-27255');
    expect(izadi.map((c: { to: string }) => c.to).sort()).toEqual(['ofac-10465', 'ofac-4695']);
    expect(izadi[0].sources[0]).toMatchObject({ dataset: 'sdn', datasetVersion: 2 });
    expect(izadi[0].sources[0].record).toMatch(/^sdn\.csv:\d+$/);
    // Any analysis runs on it like on any other network.
    const paths = await runCli(['paths', 'axis', '--from', 'ofac-10465', '--to', 'ofac-4695', '--db', db]);
    expect(paths.code).toBe(0);
  });

  it('rejects an unknown link kind and an unknown seed with exit code 2 and the fix', async () => {
    const bad = await runCli([
      'networks',
      'build',
      'x',
      '--dataset',
      'sdn',
      ...SEEDS,
      '--link-kinds',
      'cousin',
      '--db',
      db,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown link kind "cousin"; kinds: ownership, .* groups: all, stated/);
    const missing = await runCli([
      'networks',
      'build',
      'x',
      '--dataset',
      'sdn',
      '--around',
      'NOBODY AT ALL',
      '--db',
      db,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/no entity with id or name "NOBODY AT ALL" in sdn@2/);
    const nodata = await runCli(['networks', 'build', 'x', '--dataset', 'nosuch', ...SEEDS, '--db', db]);
    expect(nodata.code).toBe(2);
    const list = await json(['networks', 'list']);
    expect(list.networks.map((n: { name: string }) => n.name)).not.toContain('x');
  });
});

describe('interdict networks associate', () => {
  it('finds the actor separating the IRGC-QF side from the HAMAS side, with unit capacities flagged', async () => {
    await json(['networks', 'build', 'axis2', '--dataset', 'sdn', ...SEEDS]);
    const a = await json(['networks', 'associate', 'axis2', '--between', 'IRGC-QF', '--and', 'HAMAS']);
    expect(a.capacities).toBe('unit');
    expect(a.separator.status).toBe('optimal');
    expect(a.separator.actors.map((x: { id: string }) => x.id)).toEqual(['ofac-27255']);
    expect(a.betweenness[0].id).toBe('ofac-10465');
    expect(a.articulationPoints.map((p: { id: string }) => p.id)).toContain('ofac-4697');
    expect(a.communities.length).toBeGreaterThan(3);
    const hizballah = a.designations.find((d: { id: string }) => d.id === 'ofac-4697');
    expect(hizballah.designations[0].programs).toEqual(['FTO', 'SDGT', 'SYRIA']);
    const text = await runCli([
      'networks',
      'associate',
      'axis2',
      '--between',
      'IRGC-QF',
      '--and',
      'HAMAS',
      '--db',
      db,
    ]);
    expect(text.stdout).toMatch(/capacities: unit/);
    expect(text.stdout).toMatch(
      /Separating ISLAMIC REVOLUTIONARY GUARD CORPS \(IRGC\)-QODS FORCE from HAMAS: 1 actors\n {2}Muhammad Sa'id IZADI/,
    );
  });
});

describe('interdict networks timeline', () => {
  it('shows what the 2021 designations added to the 2019 network, with the records as evidence', async () => {
    const r = await json([
      'networks',
      'timeline',
      '--before',
      'sdn@1',
      '--after',
      'sdn@2',
      ...SEEDS,
      '--hops',
      '1',
    ]);
    const t = r.timeline;
    expect(t.counts.added).toBeGreaterThan(10);
    const markazi = t.added.find((x: { id: string }) => x.id === 'ofac-4632');
    // The central bank was listed in 2019 but tied to the IRGC-QF and HIZBALLAH only by 2021.
    expect(markazi.newlyListed).toBe(false);
    expect(markazi.links.map((l: { to: string }) => l.to).sort()).toEqual(['ofac-10465', 'ofac-4697']);
    expect(markazi.links[0].sources[0]).toMatchObject({ dataset: 'sdn', datasetVersion: 2 });
    const izadi = t.added.find((x: { id: string }) => x.id === 'ofac-27255');
    expect(izadi.newlyListed).toBe(true);
  });
});

describe('interdict networks link and merge', () => {
  it('ties an analyst actor to a list entity, then merges a built network into the scenario by list id', async () => {
    expect((await runCli(['networks', 'import', 'data/scenarios/article.yaml', '--db', db])).code).toBe(0);
    const linked = await json([
      'networks',
      'link',
      'article',
      'hezbollah',
      '--entity',
      'ofac-4697',
      '--dataset',
      'sdn',
    ]);
    expect(linked).toMatchObject({
      changed: true,
      node: { id: 'hezbollah', listed: ['ofac-4697'], designated: true },
    });
    expect(linked.node.sources.at(-1)).toMatchObject({ dataset: 'sdn', datasetVersion: 2 });
    const again = await json([
      'networks',
      'link',
      'article',
      'hezbollah',
      '--entity',
      'ofac-4697',
      '--dataset',
      'sdn',
    ]);
    expect(again.changed).toBe(false);
    await json(['networks', 'build', 'hzb', '--dataset', 'sdn', '--around', 'HIZBALLAH', '--hops', '1']);
    const merged = await json(['networks', 'merge', 'article', 'hzb', '--name', 'article-listed']);
    expect(merged.report.unified).toEqual([{ actor: 'hezbollah', listed: ['ofac-4697'] }]);
    expect(merged.report.addedNodes).toBeGreaterThan(10);
    const shown = await json(['networks', 'show', 'article-listed']);
    const hezbollah = shown.nodes.find((n: { id: string }) => n.id === 'hezbollah');
    expect(hezbollah.role).toBe('recipient');
    expect(hezbollah.sources.length).toBeGreaterThan(1);
    // The article's flow still runs, on its own channels.
    expect((await runCli(['flow', 'article-listed', '--db', db])).code).toBe(0);
  });

  it('refuses an actor the network does not have', async () => {
    const r = await runCli([
      'networks',
      'link',
      'article',
      'nobody',
      '--entity',
      'ofac-4697',
      '--dataset',
      'sdn',
      '--db',
      db,
    ]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/network "article" has no actor "nobody"; choose one of: /);
  });
});

describe('the demo section on the designated network', () => {
  it('prints the size, central entities, separator and the 2019 → 2021 additions from the shipped records', async () => {
    const store = new SqliteStore(':memory:');
    let out = '';
    try {
      const s = await designatedNetworkSection(
        { out: (t) => void (out += t), err: () => undefined, isTTY: false, env: {} },
        store,
      );
      expect(s.capacities).toBe('unit');
      expect(s.network).toMatchObject({ id: 'designated', version: 1 });
      expect(s.network.nodes).toBeGreaterThan(300);
      expect(s.central![0]!.id).toBe('ofac-10465');
      expect(s.separator!.actors.map((a) => a.id)).toEqual(['ofac-27255']);
      expect(s.timeline.examples.some((x) => x.id === 'ofac-4632')).toBe(true);
      expect(out).toMatch(
        /Separating the IRGC-QF side from the HAMAS side takes 1 entity: Muhammad Sa'id IZADI/,
      );
      expect(out).toMatch(
        /What the designations added between January 2019 and July 2021: \d+ → \d+ entities/,
      );
      // Run again: the same content is not stored twice.
      expect(
        (
          await designatedNetworkSection(
            { out: () => undefined, err: () => undefined, isTTY: false, env: {} },
            store,
          )
        ).network.version,
      ).toBe(1);
    } finally {
      await store.close();
    }
  });
});
