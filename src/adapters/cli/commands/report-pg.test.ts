// The three reports on PostgreSQL, through the CLI and the API: the network
// report of a stored network, the screening dossier (screened now, and from
// the audit log), and the monitoring digest. The figures match what the same
// commands print on SQLite. Runs when INTERDICT_TEST_PG_URL names a server
// (CI starts one with .ci/services); PDFs when Chromium is installed.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../node/pdf.js';
import { buildServer } from '../../server/app.js';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';
import { writeWatchedDemo } from '../testing/watched-demo.js';

const pgUrl = process.env.INTERDICT_TEST_PG_URL;
const chromium = findChromium(process.env);
if (!pgUrl)
  console.warn('report-pg.test.ts: INTERDICT_TEST_PG_URL is not set; skipping the reports on PostgreSQL');
if (pgUrl && !chromium)
  console.warn('report-pg.test.ts: Chromium is missing; the reports are checked as HTML only');

const ARTICLE = 'data/scenarios/article.yaml';
const KEY = 'reports-pg-key-0123456789';
const SDN_2019 = 'data/lists/ofac-sdn-2019-01-demo';

/** Reports on PostgreSQL and on SQLite, the same steps on each. */
describe.skipIf(!pgUrl)('reports on PostgreSQL', () => {
  const schema = `reports_${process.pid}_${Date.now()}`;
  const pg = pgUrl ? `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${schema}` : '';
  const sqlite = tempDb();
  const dir = tempDir();
  const watches: Record<string, string> = {};

  async function ok(db: string, argv: string[]) {
    const r = await runCli([...argv, '--db', db]);
    expect(r.stderr, argv.join(' ')).toBe('');
    expect(r.code, argv.join(' ')).toBe(0);
    return r.stdout;
  }

  beforeAll(async () => {
    const { v1, v2 } = writeWatchedDemo(dir);
    for (const db of [pg, sqlite]) {
      await ok(db, ['networks', 'import', ARTICLE]);
      await ok(db, ['import', 'ofac-csv', SDN_2019, '--dataset', 'sdn']);
      await ok(db, ['networks', 'import', v1]);
      const add = JSON.parse(
        await ok(db, ['watch', 'add', 'network', 'watched', '--actions', 'designate-unit-190', '--json']),
      ) as { watch: { id: string } };
      watches[db] = add.watch.id;
      await ok(db, ['networks', 'import', v2]);
      expect((await runCli(['monitor', 'run', '--once', '--db', db])).code).toBe(1);
    }
  }, 300_000);

  afterAll(async () => {
    if (!pgUrl) return;
    const { default: pgLib } = await import('pg');
    const admin = new pgLib.Pool({ connectionString: pgUrl, max: 1 });
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
  });

  const ext = chromium ? 'pdf' : 'html';
  const textOf = (file: string) =>
    (file.endsWith('.pdf')
      ? execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      : readFileSync(file, 'utf8').replace(/<[^>]+>/g, '')
    ).replace(/\s+/g, ' ');

  it('prints the network report of a stored network from the CLI with the figures SQLite gives', async () => {
    const out = join(dir, `article-pg.${ext}`);
    const onPg = await ok(pg, ['report', 'article', '--budget', '4', '--output', out]);
    const onSqlite = await ok(sqlite, [
      'report',
      'article',
      '--budget',
      '4',
      '--output',
      join(dir, 'a.html'),
    ]);
    const figures = (s: string) => s.split('\n').find((l) => l.startsWith('Maximum flow'));
    expect(figures(onPg)).toMatch(/^Maximum flow \d+; minimum cut \d+ channel\(s\); plan cost \d+ leaves/);
    expect(figures(onPg)).toBe(figures(onSqlite));
    const text = textOf(out);
    const flow = /^Maximum flow (\d+)/.exec(figures(onPg)!)![1];
    expect(text).toContain(`All recipients together: ${flow} per period`);
    expect(text).toMatch(/article version 1 \(article@1\)/);
  }, 300_000);

  it('files a screening dossier from the CLI, then from the audit log, on PostgreSQL', async () => {
    const out = join(dir, `dossier-pg.${ext}`);
    const json = join(dir, 'trail.json');
    const dossier = (output: string) => [
      'report',
      'screening',
      'Hizbullah',
      '--schema',
      'Organization',
      '--output',
      output,
    ];
    const stdout = await ok(pg, [...dossier(out), '--trail-json', json]);
    expect(stdout).toMatch(/1 party: 1 match/);
    const sqliteOut = await ok(sqlite, dossier(join(dir, 'd.html')));
    expect(stdout.split('\n').filter((l) => /part(y|ies):/.test(l))).toEqual(
      sqliteOut.split('\n').filter((l) => /part(y|ies):/.test(l)),
    );
    const trail = JSON.parse(readFileSync(json, 'utf8')) as { records: { id: number }[] };
    expect(trail.records.length).toBeGreaterThan(0);
    expect(textOf(out)).toContain('HIZBALLAH');
    const audit = join(dir, `audit-pg.${ext}`);
    await ok(pg, ['report', 'screening', '--audit', '--limit', '10', '--output', audit]);
    expect(textOf(audit)).toContain('Hizbullah');
  }, 300_000);

  it('writes the monitoring digest from the CLI with the counts SQLite gives', async () => {
    const out = join(dir, `digest-pg.${ext}`);
    const onPg = await ok(pg, ['report', 'monitor', '--watch', watches[pg]!, '--output', out]);
    const onSqlite = await ok(sqlite, [
      'report',
      'monitor',
      '--watch',
      watches[sqlite]!,
      '--output',
      join(dir, 'g.html'),
    ]);
    const counts = (s: string) => s.split('\n')[1];
    expect(counts(onPg)).toMatch(
      /^6 alert\(s\): 6 open, 0 acknowledged, 0 resolved; 0 decision\(s\); 1 run\(s\)$/,
    );
    expect(counts(onPg)).toBe(counts(onSqlite));
    const text = textOf(out);
    expect(text).toContain(
      'Cheapest patch: Designate Gaza Relief Committee (scripted rebuild), extra cost 2, leaves 0',
    );
  }, 300_000);

  it('serves all three over HTTP from PostgreSQL', async () => {
    const { PgStore } = await import('../../node/pg-store.js');
    const { PgMonitorStore } = await import('../../node/monitor-store-pg.js');
    const store = await PgStore.open(pg);
    const monitor = await PgMonitorStore.open(pg);
    const app = await buildServer(store, { monitor, keys: new Map([[KEY, 'pg-test']]) });
    try {
      const auth = { authorization: `ApiKey ${KEY}` };
      const network = await app.inject({
        method: 'GET',
        url: `/networks/article/report?budget=4&format=${ext}`,
      });
      expect(network.statusCode).toBe(200);
      const dossier = await app.inject({ method: 'GET', url: `/audit/report?format=${ext}`, headers: auth });
      expect(dossier.statusCode).toBe(200);
      const digest = await app.inject({ method: 'GET', url: `/watches/${watches[pg]}/report?format=${ext}` });
      expect(digest.statusCode).toBe(200);
      for (const [name, res, expected] of [
        ['network', network, 'All recipients together'],
        ['dossier', dossier, 'HIZBALLAH'],
        ['digest', digest, '6 alert(s) from the first run to now: 6 open'],
      ] as const) {
        const file = join(dir, `api-${name}.${ext}`);
        writeFileSync(file, res.rawPayload);
        if (ext === 'pdf') expect(res.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
        expect(textOf(file), name).toContain(expected);
      }
    } finally {
      await app.close();
      await monitor.close();
      await store.close();
    }
  }, 300_000);
});
