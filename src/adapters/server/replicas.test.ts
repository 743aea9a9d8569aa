// Stateless API replicas for real: two `interdict serve` processes on one
// PostgreSQL team store behind Debian's haproxy on 127.0.0.1. Keys, rate
// limits, the audit log and batch jobs live in the database, so the replicas
// answer /match identically, share one exact rate limit, write one audit row
// per request, and either one answers about a job the other took; a new list
// version imported meanwhile is loaded by both.
// Runs when INTERDICT_TEST_PG_URL points at a server and haproxy is installed (CI has both).

import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/testing/run-cli.js';
import { spawnCli, type SpawnedCli } from '../cli/testing/spawn-cli.js';
import { freePort } from './testing/free-port.js';

const baseUrl = process.env.INTERDICT_TEST_PG_URL;
const haproxy = spawnSync('haproxy', ['-v'], { encoding: 'utf8' }).status === 0;
const SDN_2019 = 'data/lists/ofac-sdn-2019-01-demo';
const SDN_2021 = 'data/lists/ofac-sdn-2021-07-demo';
const KEY_A = randomBytes(16).toString('hex');
const KEY_B = randomBytes(16).toString('hex');
const KEY_C = randomBytes(16).toString('hex');
const LIMIT = 40;

async function until<T>(what: string, f: () => Promise<T | undefined>, tries = 600): Promise<T> {
  for (let i = 0; i < tries; i++) {
    const v = await f().catch(() => undefined);
    if (v !== undefined) return v;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const reason = !baseUrl
  ? 'INTERDICT_TEST_PG_URL is not set'
  : !haproxy
    ? 'haproxy is not installed (apt-get install haproxy)'
    : undefined;

if (reason) {
  console.warn(`replicas.test.ts: ${reason}; skipping the API replica test`);
  describe.skip('API replicas behind haproxy (needs PostgreSQL and haproxy)', () => {
    it('needs a PostgreSQL server and haproxy', () => undefined);
  });
} else {
  describe('two interdict serve replicas behind haproxy on one PostgreSQL store', () => {
    const dir = tempDir();
    const dbName = `interdict_replicas_${process.pid}_${Date.now()}`;
    const admin = new pg.Pool({ connectionString: baseUrl, max: 1 });
    const u = new URL(baseUrl!);
    u.pathname = `/${dbName}`;
    const url = u.toString();
    const pool = new pg.Pool({ connectionString: url, max: 2 });
    // pool.end() resolves before its sockets have closed: the DROP … WITH (FORCE) of afterAll may
    // still reach one, whose error would otherwise be thrown by the pool as uncaught.
    pool.on('error', () => undefined);
    const procs: SpawnedCli[] = [];
    const ports: number[] = [];
    let front = '';

    const serve = (port: number, env: Record<string, string>) =>
      spawnCli(
        [
          'serve',
          '--db',
          url,
          '--port',
          String(port),
          '--rate-limit',
          String(LIMIT),
          '--chunk-size',
          '25',
          '--reload-every',
          '1',
          '--log-level',
          'warn',
        ],
        env,
      );

    beforeAll(async () => {
      await admin.query(`CREATE DATABASE ${dbName}`);
      const imported = await runCli(['import', 'ofac-csv', SDN_2019, '--dataset', 'sdn', '--db', url]);
      expect(imported.code, imported.stderr).toBe(0);
      ports.push(await freePort(), await freePort(), await freePort());
      // Replica 1 is given both keys; replica 2 none: it knows them from the database.
      procs.push(serve(ports[1]!, { INTERDICT_API_KEYS: `alice:${KEY_A},bob:${KEY_B},carol:${KEY_C}` }));
      await until('replica 1', async () => (procs[0]!.stderr().includes('Interdict on') ? true : undefined));
      procs.push(serve(ports[2]!, { INTERDICT_API_KEYS: '' }));
      await until('replica 2', async () => (procs[1]!.stderr().includes('Interdict on') ? true : undefined));
      const cfg = join(dir, 'haproxy.cfg');
      writeFileSync(
        cfg,
        [
          'global',
          '  maxconn 256',
          'defaults',
          '  mode http',
          '  timeout connect 5s',
          '  timeout client 120s',
          '  timeout server 120s',
          'frontend api',
          `  bind 127.0.0.1:${ports[0]}`,
          '  default_backend replicas',
          'backend replicas',
          '  balance roundrobin',
          '  http-response set-header x-served-by %s',
          `  server r1 127.0.0.1:${ports[1]}`,
          `  server r2 127.0.0.1:${ports[2]}`,
          '',
        ].join('\n'),
      );
      const child = spawn('haproxy', ['-db', '-f', cfg], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (d: Buffer) => (err += d.toString()));
      const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.on('exit', (code, signal) => resolve({ code, signal })),
      );
      procs.push({ child, stderr: () => err, stdout: () => '', exited });
      front = `http://127.0.0.1:${ports[0]}`;
      await until('haproxy', async () => ((await fetch(`${front}/healthz`)).ok ? true : undefined));
    }, 180_000);

    afterAll(async () => {
      for (const p of procs)
        if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill('SIGTERM');
      const timer = setTimeout(() => {
        for (const p of procs) if (p.child.exitCode === null) p.child.kill('SIGKILL');
      }, 10_000);
      await Promise.all(procs.map((p) => p.exited));
      clearTimeout(timer);
      await pool.end();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
      await admin.end();
    }, 60_000);

    const post = (base: string, path: string, body: unknown, key = KEY_A) =>
      fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `ApiKey ${key}` },
        body: JSON.stringify(body),
      });
    const get = (base: string, path: string, key = KEY_A) =>
      fetch(`${base}${path}`, { headers: { authorization: `ApiKey ${key}` } });
    const replica = (i: number) => `http://127.0.0.1:${ports[i]}`;

    const QUERIES = {
      queries: {
        a: { schema: 'Person', properties: { name: ['Hasan Nasrallah'] } },
        b: { schema: 'Organization', properties: { name: ['Bank Markazi Jomhouri Islami Iran'] } },
        c: { schema: 'Person', properties: { name: ['Jane Nobody Smith'] } },
      },
    };

    it('answers /match identically from either replica and audits each request once', async () => {
      const bodies: string[] = [];
      const ids: string[] = [];
      const servedBy = new Set<string>();
      for (const base of [front, front, replica(1), replica(2)]) {
        const r = await post(base, '/match/sdn', QUERIES);
        expect(r.status).toBe(200);
        ids.push(r.headers.get('x-request-id')!);
        if (base === front) servedBy.add(r.headers.get('x-served-by')!);
        bodies.push(await r.text());
      }
      expect(servedBy).toEqual(new Set(['r1', 'r2']));
      for (const b of bodies.slice(1)) expect(b).toBe(bodies[0]);
      expect(JSON.parse(bodies[0]!).responses.a.results[0].match).toBe(true);
      const { rows } = await pool.query<{ request_id: string; n: string }>(
        'SELECT request_id, COUNT(*) AS n FROM audit WHERE request_id = ANY($1) GROUP BY request_id',
        [ids],
      );
      // One audit row per query of each request (one dataset), whichever replica answered.
      expect(rows).toHaveLength(ids.length);
      for (const r of rows) expect(Number(r.n)).toBe(Object.keys(QUERIES.queries).length);
    }, 60_000);

    it('refuses the request after the limit on whichever replica it lands, counting both', async () => {
      // All at once through haproxy: both replicas count into the same row.
      const answers = await Promise.all(Array.from({ length: LIMIT }, () => get(front, '/catalog', KEY_B)));
      expect(answers.map((a) => a.status)).toEqual(Array(LIMIT).fill(200));
      expect(new Set(answers.map((a) => a.headers.get('x-served-by')))).toEqual(new Set(['r1', 'r2']));
      for (const base of [replica(1), replica(2), front]) {
        const over = await get(base, '/catalog', KEY_B);
        expect(over.status).toBe(429);
      }
      // Another key still has its own allowance.
      expect((await get(front, '/catalog', KEY_A)).status).toBe(200);
    }, 60_000);

    it('runs a batch job on workers: any replica reports its progress, cancels it or returns its result', async () => {
      const names = ['Hasan Nasrallah', 'Al Manar TV', 'Jane Nobody Smith', 'Mousa Mohammed Abu Marzook'];
      const rows = Array.from({ length: 100 }, (_, i) => ({ key: `r${i}`, name: names[i % names.length]! }));

      // No worker yet: a job stays queued; replica 2 cancels the job replica 1 took.
      const queued = await post(replica(1), '/jobs/screen', { dataset: 'sdn', rows });
      expect(queued.status).toBe(202);
      const idle = (await queued.json()) as { id: string; state: string };
      expect(idle.state).toBe('queued');
      const cancelled = await fetch(`${replica(2)}/jobs/${idle.id}`, {
        method: 'DELETE',
        headers: { authorization: `ApiKey ${KEY_A}` },
      });
      expect(((await cancelled.json()) as { state: string }).state).toBe('cancelled');
      expect(((await (await get(replica(1), `/jobs/${idle.id}`)).json()) as { state: string }).state).toBe(
        'cancelled',
      );
      // Another key is told the job does not exist.
      expect((await get(replica(2), `/jobs/${idle.id}`, KEY_C)).status).toBe(404);

      const submitted = await post(replica(1), '/jobs/screen', { dataset: 'sdn', rows });
      expect(submitted.status).toBe(202);
      const requestId = submitted.headers.get('x-request-id');
      const job = (await submitted.json()) as { id: string };
      procs.push(spawnCli(['worker', '--db', url, '--supervise-every', '1']));
      // Progress as server-sent events from the replica that did not take the job.
      const events = await get(replica(2), `/jobs/${job.id}/events`);
      expect(events.headers.get('content-type')).toMatch(/text\/event-stream/);
      const stream = await events.text();
      const seen = [...stream.matchAll(/^data: (.*)$/gm)].map(
        (m) =>
          JSON.parse(m[1]!) as {
            type: string;
            job: { state: string; progress: { done: number; total: number; rate?: number } };
          },
      );
      expect(seen.at(-1)!.job.state).toBe('done');
      expect(seen.at(-1)!.job.progress).toMatchObject({ done: 100, total: 100 });
      expect(seen.at(-1)!.job.progress.rate).toBeGreaterThan(0);

      const result = (await (await get(front, `/jobs/${job.id}/result`)).json()) as {
        rows: { key: string; results: { match: boolean }[] }[];
        matched: number;
        errors: number;
      };
      expect(result.rows.map((r) => r.key)).toEqual(rows.map((r) => r.key));
      expect(result.errors).toBe(0);
      expect(result.matched).toBeGreaterThanOrEqual(50);
      // The same rows screened one by one through /match give the same best scores.
      const direct = (await (
        await post(replica(2), '/match/sdn', {
          queries: Object.fromEntries(
            names.map((n, i) => [`q${i}`, { schema: 'LegalEntity', properties: { name: [n] } }]),
          ),
        })
      ).json()) as { responses: Record<string, { results: { match: boolean }[] }> };
      for (let i = 0; i < names.length; i++)
        expect(result.rows[i]!.results.some((r) => r.match)).toBe(
          direct.responses[`q${i}`]!.results.some((r) => r.match),
        );
      // One audit row per screened row, written with the job's request.
      const { rows: audit } = await pool.query<{ n: string }>(
        "SELECT COUNT(*) AS n FROM audit WHERE request_id = $1 AND action = 'batch'",
        [requestId],
      );
      expect(Number(audit[0]!.n)).toBe(100);
      // Both replicas list it for its owner.
      for (const base of [replica(1), replica(2)]) {
        const list = (await (await get(base, '/jobs')).json()) as { id: string }[];
        expect(list.map((j) => j.id)).toContain(job.id);
      }
    }, 180_000);

    it('loads the index of a list version imported while it runs', async () => {
      const before = (await (await post(replica(2), '/match/sdn', QUERIES)).json()) as {
        responses: { a: { results: { version: number }[] } };
      };
      const imported = await runCli(['import', 'ofac-csv', SDN_2021, '--dataset', 'sdn', '--db', url]);
      expect(imported.code, imported.stderr).toBe(0);
      const v1 = before.responses.a.results[0]!.version;
      for (const i of [1, 2]) {
        const version = await until(`replica ${i} on the new version`, async () => {
          const r = (await (await post(replica(i), '/match/sdn', QUERIES)).json()) as {
            responses: { a: { results: { version: number }[] } };
          };
          const v = r.responses.a.results[0]?.version;
          return v !== undefined && v > v1 ? v : undefined;
        });
        expect(version).toBe(v1 + 1);
      }
    }, 120_000);
  });
}
