// The monitoring digest as a reader gets it: the article's rebuild raises
// alerts on a watched network, a book of counterparties raises list matches,
// analysts acknowledge and resolve; `interdict report monitor` prints the
// digest to PDF (pages turned into PNGs under test-output/), and its text
// holds the figures the CLI prints. Label boxes are checked from the layout.

import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { intersectingPairs } from '../../../service/report/labels.js';
import { monitorDigestData, renderMonitorDigest } from '../../../service/report/index.js';
import { readDemoNetwork } from '../../node/demo-data.js';
import { openMonitorStore } from '../../node/open-monitor-store.js';
import { openStore } from '../../node/open-store.js';
import { packagePath } from '../../node/package-root.js';
import { pdfPageCount } from '../../node/pdf.js';
import { buildServer } from '../../server/app.js';
import { pdfSkipReason, pdfText, pdfToPngs } from '../testing/pdf-files.js';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';
import { writeWatchedDemo } from '../testing/watched-demo.js';
import { articleRebuild } from './demo-monitor.js';

const skipPdf = pdfSkipReason;
if (skipPdf) console.warn(`monitoring digest PDF test skipped: ${skipPdf}`);

const OUT = packagePath('test-output');
const SDN_2019 = 'data/lists/ofac-sdn-2019-01-demo';

let db: string;
let networkWatch: string;
let bookWatch: string;
const { network } = readDemoNetwork();

async function ok(argv: string[]) {
  const r = await runCli([...argv, '--db', db]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.stdout;
}

const alertId = async (rule: string, watch: string, title?: RegExp) => {
  const { alerts } = JSON.parse(await ok(['monitor', 'alerts', '--watch', watch, '--json'])) as {
    alerts: { id: string; rule: string; event: { title: string } }[];
  };
  return alerts.find((a) => a.rule === rule && (!title || title.test(a.event.title)))!.id;
};

beforeAll(async () => {
  db = tempDb();
  const dir = tempDir();
  const { v1, v2 } = writeWatchedDemo(dir);
  await ok(['networks', 'import', v1]);
  const add = JSON.parse(
    await ok([
      'watch',
      'add',
      'network',
      'watched',
      '--actions',
      'designate-unit-190',
      '--budget',
      '4',
      '--json',
    ]),
  ) as { watch: { id: string } };
  networkWatch = add.watch.id;
  await ok(['networks', 'import', v2]);
  expect((await runCli(['monitor', 'run', '--once', '--db', db])).code).toBe(1); // new alerts
  await ok(['monitor', 'ack', await alertId('residual-breach', networkWatch)]);
  await ok([
    'monitor',
    'resolve',
    await alertId('restored-capacity', networkWatch, /Egypt/),
    '--as',
    'not-material',
    '--why',
    'the Egypt route is watched by the border desk',
  ]);

  await ok(['import', 'ofac-csv', SDN_2019, '--dataset', 'sdn']);
  const book = join(dir, 'book.csv');
  writeFileSync(book, 'id,name,schema\ncp-hizb,Hizballah,Organization\ncp-none,Anna Example Nobody,Person\n');
  await ok(['watch', 'add', 'book', '--input', book, '--dataset', 'sdn', '--name', 'Counterparties']);
  const watches = JSON.parse(await ok(['watch', 'list', '--json'])) as {
    watches: { id: string; kind: string }[];
  };
  bookWatch = watches.watches.find((w) => w.kind === 'book')!.id;
  await ok([
    'monitor',
    'resolve',
    await alertId('list-match', bookWatch, /matches HIZBALLAH \(/),
    '--as',
    'true-match',
    '--why',
    'the same organisation, confirmed by the desk',
  ]);
}, 180_000);

describe('interdict report monitor', () => {
  it('writes the digest of one watch: its alerts with their evidence pictures, the audit trail, the figures the CLI prints', async () => {
    const out = join(tempDir(), 'digest.html');
    const stdout = await ok(['report', 'monitor', '--watch', networkWatch, '--output', out]);
    expect(stdout).toMatch(
      /^Wrote .*digest\.html\n6 alert\(s\): 4 open, 1 acknowledged, 1 resolved; 0 decision\(s\); 1 run\(s\)\n/,
    );
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('4 open, 1 acknowledged, 1 resolved; 0 decision(s); 1 run(s)');
    // Every network alert: the picture of what changed, the flow path through it, and the cheapest patch.
    expect(html).toContain('Gaza Relief Committee (scripted rebuild)');
    expect(html).toContain(
      'Cheapest patch: <span class="key">Designate Gaza Relief Committee (scripted rebuild)</span>, extra cost <span class="key">2</span>',
    );
    expect(html).toMatch(/<g class="mark" data-mark="change:quds-to-relief">.*?>Δ1<\/text>/);
    expect(html).toMatch(/data-mark="designate-relief-committee:relief-committee">.*?>P1</);
    expect(html).toContain('the Egypt route is watched by the border desk');
    expect(html).toMatch(/acknowledged<\/td><td>cli<\/td>/);
    // The book watch's alerts are not in this watch's digest.
    expect(html).not.toContain('HIZBALLAH');
  });

  it('takes every watch: list matches with their features and the decision with its fingerprints', async () => {
    const out = join(tempDir(), 'all.html');
    const stdout = await ok(['report', 'monitor', '--output', out]);
    expect(stdout).toMatch(/8 alert\(s\): 5 open, 1 acknowledged, 2 resolved; 1 decision\(s\); 2 run\(s\)/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('List alerts');
    expect(html).toContain('name_similarity');
    expect(html).toMatch(/<td>cp-hizb<\/td><td>ofac-4697[^<]*<\/td><td>true-match<\/td><td>cli<\/td>/);
    expect(html).toMatch(/<td>[0-9a-f]{8} \/ [0-9a-f]{8}<\/td>/);
  });

  it('keeps to the period: nothing before the watches existed, and refuses a bad date with exit 2 writing nothing', async () => {
    const dir = tempDir();
    const out = join(dir, 'old.html');
    const stdout = await ok(['report', 'monitor', '--until', '2001-01-01', '--output', out]);
    expect(stdout).toContain('0 alert(s): 0 open, 0 acknowledged, 0 resolved; 0 decision(s); 0 run(s)');
    expect(readFileSync(out, 'utf8')).toContain(
      'No alert was raised, acknowledged or resolved in the period.',
    );
    const today = new Date().toISOString().slice(0, 10);
    expect(await ok(['report', 'monitor', '--since', today, '--until', today, '--output', out])).toContain(
      '8 alert(s)',
    );
    const bad = await runCli([
      'report',
      'monitor',
      '--since',
      'last tuesday',
      '--output',
      join(dir, 'x.html'),
      '--db',
      db,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--since "last tuesday" is not a date.*YYYY-MM-DD/s);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
    const reversed = await runCli([
      'report',
      'monitor',
      '--since',
      '2026-02-01',
      '--until',
      '2026-01-01',
      '--output',
      join(dir, 'x.html'),
      '--db',
      db,
    ]);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toMatch(/starts .* after it ends/);
    const unknown = await runCli([
      'report',
      'monitor',
      '--watch',
      'wn_nosuch',
      '--output',
      join(dir, 'x.html'),
      '--db',
      db,
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no watch "wn_nosuch".*interdict watch list/s);
  });

  it('draws every actor of both versions with its label, no two label boxes meeting (from the layout)', async () => {
    const store = await openStore(db);
    const monitor = await openMonitorStore(db);
    try {
      const data = await monitorDigestData({ store, monitor }, { watch: networkWatch });
      const rendered = renderMonitorDigest(data);
      expect(rendered.figures.length).toBeGreaterThanOrEqual(2);
      const actors = articleRebuild(network).nodes.map((n) => n.id);
      for (const f of rendered.figures) {
        for (const id of actors) expect(f.svg, `${f.file} ${id}`).toContain(`data-label="${id}"`);
        expect(intersectingPairs(f.labels.map((l) => l.box)), f.file).toEqual([]);
      }
    } finally {
      await monitor.close();
      await store.close();
    }
  });

  it('serves the same digest over HTTP: GET /monitor/digest and GET /watches/{id}/report', async () => {
    const store = await openStore(db);
    const monitor = await openMonitorStore(db);
    const app = await buildServer(store, { monitor });
    try {
      const all = await app.inject({ method: 'GET', url: '/monitor/digest' });
      expect(all.statusCode).toBe(200);
      expect(all.headers['content-type']).toMatch(/text\/html/);
      expect(all.body).toContain('5 open, 1 acknowledged, 2 resolved; 1 decision(s); 2 run(s)');
      const one = await app.inject({ method: 'GET', url: `/watches/${networkWatch}/report` });
      expect(one.statusCode).toBe(200);
      expect(one.body).toContain('4 open, 1 acknowledged, 1 resolved; 0 decision(s); 1 run(s)');
      const bad = await app.inject({ method: 'GET', url: '/monitor/digest?since=yesterday' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().error.message).toMatch(/not a date/);
      const missing = await app.inject({ method: 'GET', url: '/watches/wn_nosuch/report' });
      expect(missing.statusCode).toBe(400);
      const spec = (await app.inject({ method: 'GET', url: '/openapi.json' })).json() as {
        paths: Record<string, { get?: { parameters?: { name: string }[] } }>;
      };
      expect(spec.paths['/monitor/digest']?.get?.parameters?.map((p) => p.name).sort()).toEqual([
        'format',
        'since',
        'until',
        'watch',
      ]);
      expect(spec.paths['/watches/{id}/report']?.get).toBeDefined();
    } finally {
      await app.close();
      await monitor.close();
      await store.close();
    }
  });

  it.skipIf(!!skipPdf)(
    'prints the digest to PDF: pages, contents, PNGs, and the alert figures the CLI prints',
    async () => {
      mkdirSync(OUT, { recursive: true });
      const pdf = join(OUT, 'digest-monitor.pdf');
      const stdout = await ok(['report', 'monitor', '--output', pdf]);
      const pages = pdfToPngs(pdf, OUT, 'digest-monitor');
      expect(pdfPageCount(readFileSync(pdf))).toBe(pages);
      expect(
        readdirSync(OUT).filter((f) => f.startsWith('digest-monitor-') && f.endsWith('.png')),
      ).toHaveLength(pages);
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain(`page ${pages} of ${pages}`);
      // A section per network alert after the summary, then list alerts, decisions, audit trail.
      expect(pages).toBeGreaterThanOrEqual(10);

      // The figures the CLI printed, alert by alert.
      const [counts, ...lines] = stdout.split('\n').slice(1).filter(Boolean);
      const c = /^(\d+) alert\(s\): (.*)$/.exec(counts!)!;
      expect(text).toContain(`${c[1]} alert(s) from the first run to now: ${c[2]}`);
      expect(lines).toHaveLength(Number(c[1]));
      for (const line of lines) {
        const m = /^ {2}(A\d+) ([a-z-]+) \(([a-z]+), ([a-z-]+)[^)]*\): (.*?); (.*)$/.exec(line)!;
        const [, ref, rule, , , title, rest] = m;
        // pdftotext joins a word broken at a hyphen at the end of a line: compare without hyphens.
        const unhyphenated = (t: string) => t.replace(/-/g, '');
        expect(unhyphenated(text), line).toContain(unhyphenated(`${ref} ${rule}: ${title}`));
        const residual = /residual ([\d.,]+) → ([\d.,]+)/.exec(rest!);
        if (residual)
          expect(text, line).toContain(
            `Support getting through under the adopted plan: ${residual[1]} at version 1, ${residual[2]} at version 2 per period`,
          );
        const patch = /patch (\S+) cost ([\d.,]+) leaves ([\d.,]+)/.exec(rest!);
        if (patch)
          expect(text, line).toMatch(new RegExp(`extra cost ${patch[2]}, leaves ${patch[3]} per period`));
        const score = /score ([\d.]+)/.exec(rest!);
        if (score) expect(text, line).toMatch(new RegExp(`score ${score[1]!.replace('.', '\\.')}`));
      }
    },
    300_000,
  );
});
