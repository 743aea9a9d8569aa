// A team server's batch job for real: rows against 5,000 listed entities
// (a synthetic list recombining the OFAC SDN list's names; 240 rows in 12
// chunks exercise the queue, the scale itself is measured in bench/scale),
// screened once by a single-process server and once through an `interdict
// serve` replica on PostgreSQL and three `interdict worker` processes, one of
// them killed with SIGKILL while it holds a chunk. Every row is screened
// once, the killed chunk is retried, the dead-letter queue stays empty and
// the job's result is byte-identical to the single-process one.
// Runs when INTERDICT_TEST_PG_URL points at a server (CI sets it).

import { createWriteStream, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/testing/run-cli.js';
import { spawnCli, type SpawnedCli } from '../cli/testing/spawn-cli.js';
import { screeningCsv, sdnNameParts, syntheticListLines } from '../../testing/synthetic-list.js';
import { DEAD_QUEUE } from '../node/distributed-screen.js';
import { PgStore } from '../node/pg-store.js';
import { buildServer } from './app.js';

const baseUrl = process.env.INTERDICT_TEST_PG_URL;
const LISTED = 5_000;
const ROWS = 240;
const KEY = 'scale-test-key-0123456789abcdef';

async function until<T>(what: string, f: () => Promise<T | undefined>, tries = 3000): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

if (!baseUrl) {
  console.warn(
    'distributed-jobs.test.ts: INTERDICT_TEST_PG_URL is not set; skipping the distributed job test',
  );
  describe.skip('distributed batch jobs at scale (set INTERDICT_TEST_PG_URL)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  describe(`POST /jobs/screen of ${ROWS} rows against ${LISTED} listed entities on three worker processes`, () => {
    const dir = tempDir();
    const dbName = `interdict_scale_${process.pid}_${Date.now()}`;
    const admin = new pg.Pool({ connectionString: baseUrl, max: 1 });
    const u = new URL(baseUrl);
    u.pathname = `/${dbName}`;
    const url = u.toString();
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    // pool.end() resolves before its sockets have closed: the DROP … WITH (FORCE) of afterAll may
    // still reach one, whose error would otherwise be thrown by the pool as uncaught.
    pool.on('error', () => undefined);
    const procs: SpawnedCli[] = [];
    let csv = '';

    beforeAll(async () => {
      await admin.query(`CREATE DATABASE ${dbName}`);
      const parts = sdnNameParts();
      const list = join(dir, 'synthetic.ftm.json');
      const out = createWriteStream(list);
      for (const line of syntheticListLines(parts, LISTED)) if (!out.write(line)) await once(out, 'drain');
      out.end();
      await once(out, 'finish');
      const imported = await runCli(['import', 'ftm', list, '--dataset', 'synthetic', '--db', url]);
      expect(imported.code, imported.stderr).toBe(0);
      csv = screeningCsv(parts, LISTED, ROWS);
      writeFileSync(join(dir, 'rows.csv'), csv);
    }, 120_000);

    afterAll(async () => {
      for (const p of procs)
        if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGKILL');
      await Promise.all(procs.map((p) => p.exited));
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }, 60_000);

    it('screens every row once, retries the killed chunk and returns the single-process result byte for byte', async () => {
      const body = { dataset: 'synthetic', csv };

      // The baseline: a single-process server (no team state), the job run in its own process.
      const started = performance.now();
      const store = await PgStore.open(url);
      const single = await buildServer(store, { keys: new Map([[KEY, 'tester']]), rateLimit: 0 });
      let baseline: string;
      try {
        const r = await single.inject({
          method: 'POST',
          url: '/jobs/screen',
          headers: { authorization: `ApiKey ${KEY}` },
          payload: body,
        });
        expect(r.statusCode, r.body).toBe(202);
        const id = r.json<{ id: string }>().id;
        await until(
          'the single-process job',
          async () => {
            const s = (
              await single.inject({ url: `/jobs/${id}`, headers: { authorization: `ApiKey ${KEY}` } })
            ).json<{
              state: string;
            }>();
            expect(s.state).not.toBe('failed');
            return s.state === 'done' ? true : undefined;
          },
          6000,
        );
        baseline = (
          await single.inject({ url: `/jobs/${id}/result`, headers: { authorization: `ApiKey ${KEY}` } })
        ).body;
      } finally {
        await single.close();
        await store.close();
      }
      const singleSeconds = (performance.now() - started) / 1000;

      // The same rows through a replica and three workers.
      const port = 20_000 + (process.pid % 20_000);
      procs.push(
        spawnCli(
          [
            'serve',
            '--db',
            url,
            '--port',
            String(port),
            '--rate-limit',
            '0',
            '--chunk-size',
            String(ROWS / 12),
            // The killed worker's chunk is taken back once this has passed; a live worker's
            // chunk held longer is screened again, which writes nothing twice.
            '--chunk-timeout',
            '8',
            '--supervise-every',
            '1',
            '--log-level',
            'warn',
          ],
          { INTERDICT_API_KEYS: `tester:${KEY}` },
        ),
      );
      await until('the replica', async () =>
        procs[0]!.stderr().includes('Interdict on') ? true : undefined,
      );
      const api = `http://127.0.0.1:${port}`;
      const workers = [0, 1, 2].map(() => spawnCli(['worker', '--db', url, '--supervise-every', '1']));
      procs.push(...workers);
      const t0 = performance.now();
      const submitted = await fetch(`${api}/jobs/screen`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${KEY}` },
        body: JSON.stringify(body),
      });
      expect(submitted.status).toBe(202);
      const requestId = submitted.headers.get('x-request-id');
      const job = (await submitted.json()) as { id: string };

      // Kill the first worker seen holding a chunk.
      const { held, victim } = await until('a worker to take a chunk', async () => {
        const { rows } = await pool.query<{ chunk: number; worker: string }>(
          'SELECT chunk, worker FROM screen_chunks WHERE run = $1 AND worker IS NOT NULL AND done_at IS NULL LIMIT 1',
          [job.id],
        );
        const w = rows[0] && workers.find((p) => String(p.child.pid) === rows[0]!.worker);
        return w ? { held: rows[0]!.chunk, victim: w } : undefined;
      });
      victim.child.kill('SIGKILL');
      expect((await victim.exited).signal).toBe('SIGKILL');

      const events = await fetch(`${api}/jobs/${job.id}/events`, {
        headers: { authorization: `ApiKey ${KEY}` },
      });
      const stream = await events.text();
      const last = [...stream.matchAll(/^data: (.*)$/gm)]
        .map(
          (m) => JSON.parse(m[1]!) as { job: { state: string; progress: { done: number; total: number } } },
        )
        .at(-1)!;
      expect(last.job.state).toBe('done');
      expect(last.job.progress).toMatchObject({ done: ROWS, total: ROWS });
      const distributedSeconds = (performance.now() - t0) / 1000;
      const result = await (
        await fetch(`${api}/jobs/${job.id}/result`, { headers: { authorization: `ApiKey ${KEY}` } })
      ).text();
      expect(result.length).toBe(baseline.length);
      expect(result === baseline).toBe(true);
      console.log(
        `distributed-jobs.test.ts: ${ROWS} rows × ${LISTED} listed: single process ${singleSeconds.toFixed(1)} s, replica + 3 workers (one killed) ${distributedSeconds.toFixed(1)} s`,
      );

      const { rows: counts } = await pool.query<{ results: string; rows: string; audit: string }>(
        `SELECT (SELECT COUNT(*) FROM screen_results WHERE run = $1) AS results,
                (SELECT COUNT(*) FROM screen_rows WHERE run = $1) AS rows,
                (SELECT COUNT(*) FROM audit WHERE request_id = $2) AS audit`,
        [job.id, requestId],
      );
      expect(counts[0]).toEqual({ results: String(ROWS), rows: String(ROWS), audit: String(ROWS) });
      const { rows: chunk } = await pool.query<{ attempts: number; done: boolean; worker: string }>(
        'SELECT attempts, done_at IS NOT NULL AS done, worker FROM screen_chunks WHERE run = $1 AND chunk = $2',
        [job.id, held],
      );
      expect(chunk[0]!.attempts).toBeGreaterThanOrEqual(2);
      expect(chunk[0]!.done).toBe(true);
      expect(chunk[0]!.worker).not.toBe(String(victim.child.pid));

      const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
      boss.on('error', () => undefined);
      await boss.start();
      try {
        expect(await boss.getQueueSize(DEAD_QUEUE)).toBe(0);
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }
      const rest = workers.filter((w) => w !== victim);
      for (const w of rest) w.child.kill('SIGTERM');
      for (const w of rest) expect((await w.exited).code).toBe(0);
    }, 300_000);
  });
}
