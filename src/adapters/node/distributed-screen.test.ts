// Distributed batch screening for real: a PostgreSQL team store, three
// `interdict worker` processes, one of them killed with SIGKILL while it holds
// a chunk; the output must match a single-process run byte for byte.
// Runs when INTERDICT_TEST_PG_URL points at a server (CI sets it).

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/testing/run-cli.js';
import { spawnCli, type SpawnedCli } from '../cli/testing/spawn-cli.js';
import { DEAD_QUEUE } from './distributed-screen.js';

const url = process.env.INTERDICT_TEST_PG_URL;
const SDN = 'data/lists/ofac-sdn-2021-07-demo';
/** Ten chunks: enough for three workers to share, one to be killed and its chunk retried. */
const ROWS = 600;

/** Rows of a screening file: every third a listed name from the extract, the others made-up names. */
function inputRows(count: number): string {
  const names = readFileSync(join(SDN, 'sdn.csv'), 'utf8')
    .split('\n')
    .map((l) => /^\d+,"([^"]+)"/.exec(l)?.[1])
    .filter((n): n is string => Boolean(n));
  const tails = ['Ali', 'Smith', 'Trading LLC', 'Ivanov', 'Shipping Co'];
  let text = 'key,name\n';
  for (let i = 0; i < count; i++) {
    const name = i % 3 === 0 ? names[(i * 7) % names.length]! : `Person ${i} ${tails[i % tails.length]}`;
    text += `${i},"${name.replace(/"/g, '""')}"\n`;
  }
  return text;
}

if (!url) {
  console.warn(
    'distributed-screen.test.ts: INTERDICT_TEST_PG_URL is not set; skipping the worker-process test',
  );
  describe.skip('distributed screening over worker processes (set INTERDICT_TEST_PG_URL)', () => {
    it('needs a PostgreSQL server', () => undefined);
  });
} else {
  describe('interdict screen --distributed with interdict worker processes', () => {
    const dir = tempDir();
    const input = join(dir, 'parties.csv');
    const workers: SpawnedCli[] = [];
    const pool = new pg.Pool({ connectionString: url, max: 2 });

    beforeAll(async () => {
      const imported = await runCli(['import', 'ofac-csv', SDN, '--dataset', 'sdn', '--db', url]);
      expect(imported.code, imported.stderr).toBe(0);
      writeFileSync(input, inputRows(ROWS));
    }, 120_000);

    afterAll(async () => {
      for (const w of workers)
        if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
      await Promise.all(workers.map((w) => w.exited));
      await pool.end();
    });

    it('screens every row once, retries the chunk of a killed worker and matches the single-process output', async () => {
      const baseline = join(dir, 'baseline.csv');
      const single = await runCli([
        'screen',
        '--input',
        input,
        '--output',
        baseline,
        '--db',
        url,
        '--workers',
        '1',
      ]);
      expect(single.code, single.stderr).toBe(0);

      // The third worker screens its chunks on two threads sharing one index.
      for (let i = 0; i < 3; i++)
        workers.push(
          spawnCli(['worker', '--db', url, '--supervise-every', '1', ...(i === 2 ? ['--threads', '2'] : [])]),
        );
      const output = join(dir, 'distributed.csv');
      const submitted = runCli([
        'screen',
        '--input',
        input,
        '--output',
        output,
        '--db',
        url,
        '--distributed',
        '--chunk-size',
        String(ROWS / 10),
        '--chunk-timeout',
        '8',
        '--supervise-every',
        '1',
      ]);

      // Kill the first worker the moment it holds a chunk.
      const victim = workers[0]!;
      let held: { run: string; chunk: number } | undefined;
      for (let tries = 0; !held && tries < 600; tries++) {
        // On a new database the tables appear only once the submitter or a worker has made them.
        const rows = await pool
          .query<{ run: string; chunk: number }>(
            "SELECT c.run, c.chunk FROM screen_chunks c JOIN screen_runs r ON r.id = c.run WHERE r.status = 'running' AND c.worker = $1 AND c.done_at IS NULL",
            [String(victim.child.pid)],
          )
          .then(
            (r) => r.rows,
            (e: { code?: string }) => {
              if (e.code === '42P01') return [];
              throw e;
            },
          );
        held = rows[0];
        if (!held) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      expect(held, 'the first worker never took a chunk').toBeDefined();
      victim.child.kill('SIGKILL');
      expect((await victim.exited).signal).toBe('SIGKILL');

      const result = await submitted;
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toMatch(
        new RegExp(`screened ${ROWS.toLocaleString('en')} of ${ROWS.toLocaleString('en')} rows`),
      );
      expect(readFileSync(output, 'utf8')).toBe(readFileSync(baseline, 'utf8'));

      const { rows: counts } = await pool.query<{ results: string; rows: string }>(
        'SELECT (SELECT COUNT(*) FROM screen_results WHERE run = $1) AS results, (SELECT COUNT(*) FROM screen_rows WHERE run = $1) AS rows',
        [held!.run],
      );
      expect(counts[0]).toEqual({ results: String(ROWS), rows: String(ROWS) });
      const { rows: chunk } = await pool.query<{ attempts: number; done: boolean; worker: string }>(
        'SELECT attempts, done_at IS NOT NULL AS done, worker FROM screen_chunks WHERE run = $1 AND chunk = $2',
        [held!.run, held!.chunk],
      );
      expect(chunk[0]!.attempts).toBeGreaterThanOrEqual(2);
      expect(chunk[0]!.done).toBe(true);
      expect(chunk[0]!.worker).not.toBe(String(victim.child.pid));
      const { rows: undone } = await pool.query(
        'SELECT 1 FROM screen_chunks WHERE run = $1 AND done_at IS NULL',
        [held!.run],
      );
      expect(undone).toHaveLength(0);
      const { rows: threaded } = await pool.query<{ n: string }>(
        'SELECT COUNT(*) AS n FROM screen_chunks WHERE run = $1 AND worker = $2',
        [held!.run, String(workers[2]!.child.pid)],
      );
      expect(Number(threaded[0]!.n), 'the two-thread worker screened chunks').toBeGreaterThan(0);

      const boss = new PgBoss({ connectionString: url, supervise: false, schedule: false });
      boss.on('error', () => undefined);
      await boss.start();
      try {
        expect(await boss.getQueueSize(DEAD_QUEUE)).toBe(0);
      } finally {
        await boss.stop({ graceful: false, wait: true });
      }

      // SIGTERM stops the remaining workers cleanly.
      for (const w of workers.slice(1)) w.child.kill('SIGTERM');
      for (const w of workers.slice(1)) expect((await w.exited).code).toBe(0);
    }, 300_000);
  });
}
