// A job belongs to the key that started it: another key is told it does not
// exist, admins see every job, clients without a key start none unless the
// server allows it, and one key cannot fill the queue.

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../core/model/entity.js';
import { loadKeyring, type ServerConfig } from './config.js';
import { JobLimitError, JobQueue, JOBS_DEFAULTS } from './jobs.js';
import { apiKey as as, serverPerTest, testStore } from './testing/test-server.js';

const ALICE = 'alice-key-0123456789abcdef';
const BOB = 'bob-key-0123456789abcdef00';
const ADMIN = 'admin-key-0123456789abcdef';
const LIST: Entity[] = [
  { id: 'o2', schema: 'Organization', properties: { name: ['Hizballah'], alias: ['Hezbollah'] } },
  { id: 'p1', schema: 'Person', properties: { name: ['Ali Khamenei'] } },
];
const SMALL = 'name\nHezbollah\nJane Doe';
const LONG = ['name', ...Array.from({ length: 3000 }, (_, i) => `Somebody Number ${i}`)].join('\n');

const startServer = serverPerTest({
  keys: new Map([
    [ALICE, 'alice'],
    [BOB, 'bob'],
    [ADMIN, 'ops'],
  ]),
  admins: new Set(['ops']),
});
const server = async (config: Partial<ServerConfig> = {}): Promise<FastifyInstance> =>
  startServer(await testStore({ lists: { sdn: LIST } }), config);

async function start(app: FastifyInstance, key: string | undefined, csv = SMALL) {
  return app.inject({
    method: 'POST',
    url: '/jobs/screen',
    headers: key ? as(key) : {},
    payload: { dataset: 'sdn', csv },
  });
}

async function until(app: FastifyInstance, id: string, key: string, state: string): Promise<void> {
  for (let i = 0; i < 1000; i++) {
    if ((await app.inject({ url: `/jobs/${id}`, headers: as(key) })).json().state === state) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`job ${id} never reached ${state}`);
}

describe('private jobs', () => {
  it('refuses a job from a client without a key unless the server allows anonymous jobs', async () => {
    const closed = await server();
    const r = await start(closed, undefined);
    expect(r.statusCode).toBe(401);
    expect(r.json().error).toMatchObject({ code: 'E_AUTH', message: 'starting a job needs an API key' });
    const opened = await server({ anonymousJobs: true });
    expect((await start(opened, undefined)).statusCode).toBe(202);
  });

  it('hides a job from every other key: status, result, events and cancel answer 404, and it is not listed', async () => {
    const app = await server();
    const job = (await start(app, ALICE)).json() as { id: string };
    await until(app, job.id, ALICE, 'done');
    const alice = await app.inject({ url: `/jobs/${job.id}/result`, headers: as(ALICE) });
    expect(alice.statusCode).toBe(200);
    expect(JSON.stringify(alice.json())).toContain('Hezbollah');

    for (const [method, url] of [
      ['GET', `/jobs/${job.id}`],
      ['GET', `/jobs/${job.id}/result`],
      ['GET', `/jobs/${job.id}/events`],
      ['DELETE', `/jobs/${job.id}`],
    ] as const) {
      const bob = await app.inject({ method, url, headers: as(BOB) });
      expect(bob.statusCode, `${method} ${url} with another key`).toBe(404);
      expect(bob.body).not.toContain('Hezbollah');
      const nobody = await app.inject({ method, url });
      expect([401, 404], `${method} ${url} without a key`).toContain(nobody.statusCode);
    }
    expect((await app.inject({ url: '/jobs', headers: as(BOB) })).json()).toEqual([]);
    expect((await app.inject({ url: '/jobs' })).json()).toEqual([]);
    expect((await app.inject({ url: '/jobs', headers: as(ALICE) })).json()).toMatchObject([{ id: job.id }]);
  });

  it('lets an admin key list, read and cancel every job', async () => {
    const app = await server();
    const done = (await start(app, ALICE)).json() as { id: string };
    await until(app, done.id, ALICE, 'done');
    const running = (await start(app, BOB, LONG)).json() as { id: string };
    const all = (await app.inject({ url: '/jobs', headers: as(ADMIN) })).json() as { id: string }[];
    expect(all.map((j) => j.id).sort()).toEqual([done.id, running.id].sort());
    expect((await app.inject({ url: `/jobs/${done.id}/result`, headers: as(ADMIN) })).statusCode).toBe(200);
    const cancelled = await app.inject({ method: 'DELETE', url: `/jobs/${running.id}`, headers: as(ADMIN) });
    expect(cancelled.json().state).toBe('cancelled');
  });

  it('caps the jobs one key may have queued or running with 429, leaving other keys free', async () => {
    const app = await server({ maxJobsPerKey: 1 });
    const [first, second] = await Promise.all([start(app, ALICE, LONG), start(app, ALICE, LONG)]);
    expect([first.statusCode, second.statusCode].sort()).toEqual([202, 429]);
    const refused = first.statusCode === 429 ? first : second;
    expect(refused.json().error).toMatchObject({ code: 'E_LIMIT', message: expect.stringMatching(/1 jobs/) });
    expect((await start(app, BOB)).statusCode).toBe(202);
    const running = (first.statusCode === 202 ? first : second).json() as { id: string };
    await app.inject({ method: 'DELETE', url: `/jobs/${running.id}`, headers: as(ALICE) });
    expect((await start(app, ALICE)).statusCode).toBe(202);
  });
});

describe('JobQueue', () => {
  it('counts only unfinished jobs against the per-owner cap', async () => {
    const queue = new JobQueue({ ...JOBS_DEFAULTS, maxPerOwner: 2 });
    const gates: (() => void)[] = [];
    const blocked = () => new Promise<unknown>((resolve) => gates.push(() => resolve('ok')));
    const a = queue.submit('t', 'alice', blocked);
    queue.submit('t', 'alice', blocked);
    expect(() => queue.submit('t', 'alice', blocked)).toThrow(JobLimitError);
    expect(queue.submit('t', 'bob', async () => 1).state).toBe('queued');
    queue.cancel(a.id);
    expect(() => queue.submit('t', 'alice', async () => 1)).not.toThrow();
    expect(queue.list('alice')).toHaveLength(3);
    expect(queue.list()).toHaveLength(4);
    for (const open of gates) open();
    queue.close();
  });
});

describe('admin keys', () => {
  it('come from INTERDICT_ADMIN_KEYS and from key-file lines starting with "admin "', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'interdict-keys-')), 'keys');
    writeFileSync(file, `alice:${ALICE}\nadmin ops:${ADMIN}\n`);
    const ring = loadKeyring({ INTERDICT_ADMIN_KEYS: `root:${BOB}` }, file);
    expect([...ring.keys.values()].sort()).toEqual(['alice', 'ops', 'root']);
    expect([...ring.admins].sort()).toEqual(['ops', 'root']);
  });
});
