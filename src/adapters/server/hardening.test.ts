// Security headers on every response, failed authentication limited per
// client, error bodies that never show the server's paths or URLs, and a
// stop (SIGTERM) that cancels running jobs and exits within 5 s.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InterdictError } from '../../core/model/errors.js';
import type { Store } from '../../core/store/store.js';
import { spawnCli } from '../cli/testing/spawn-cli.js';
import { SqliteStore } from '../node/sqlite-store.js';
import type { ServerConfig } from './config.js';
import { publicErrorBody } from './errors.js';
import { AuthFailureLimiter } from './hardening.js';
import { serverPerTest, TEST_KEY as KEY } from './testing/test-server.js';

const start = serverPerTest({ rateLimit: 0 });
const server = (config: Partial<ServerConfig> = {}, store: Store = new SqliteStore(':memory:')) =>
  start(store, config);

describe('security headers', () => {
  it('sends CSP, nosniff, frame and referrer policies on every response, errors included', async () => {
    const app = await server();
    for (const url of [
      '/healthz',
      '/networks',
      '/no-such-route',
      '/openapi.json',
      '/docs/',
      '/datasets/x/versions',
    ]) {
      const r = await app.inject(url);
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
      expect(r.headers['x-frame-options'], url).toBe('DENY');
      expect(r.headers['referrer-policy'], url).toBe('no-referrer');
      expect(r.headers['content-security-policy'], url).toMatch(/frame-ancestors 'none'/);
    }
    const csp = (await app.inject('/healthz')).headers['content-security-policy'] as string;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).not.toMatch(/unsafe/);
  });

  it('refuses a NUL character in the path or the query with a 400 that says so', async () => {
    const app = await server();
    for (const url of ['/search/default?q=ham%00as', '/networks/a%00b']) {
      const r = await app.inject(url);
      expect(r.statusCode, url).toBe(400);
      expect(r.json().error.message, url).toContain('NUL');
      expect(r.headers['x-content-type-options'], url).toBe('nosniff');
    }
    expect((await app.inject('/healthz')).statusCode).toBe(200);
  });
});

describe('failed authentication', () => {
  it('answers 2,000 wrong keys from one client with 20 × 401 and then 429, leaving other clients alone', async () => {
    const app = await server();
    const statuses = new Map<number, number>();
    for (let i = 0; i < 2000; i++) {
      const r = await app.inject({
        url: '/networks',
        headers: { authorization: `ApiKey wrong-key-${i}-0123456789` },
        remoteAddress: '203.0.113.7',
      });
      statuses.set(r.statusCode, (statuses.get(r.statusCode) ?? 0) + 1);
    }
    expect(Object.fromEntries(statuses)).toEqual({ 401: 20, 429: 1980 });
    const blocked = await app.inject({
      url: '/networks',
      headers: { authorization: `ApiKey ${KEY}` },
      remoteAddress: '203.0.113.7',
    });
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    const other = await app.inject({
      url: '/networks',
      headers: { authorization: `ApiKey ${KEY}` },
      remoteAddress: '198.51.100.1',
    });
    expect(other.statusCode).toBe(200);
  });

  it('lets a client try again when its window has passed', () => {
    let now = 0;
    const limiter = new AuthFailureLimiter({ max: 3, windowMs: 1000 }, () => now);
    for (let i = 0; i < 3; i++) limiter.fail('a');
    expect(limiter.blockedFor('a')).toBe(1);
    expect(limiter.blockedFor('b')).toBe(0);
    now = 1001;
    expect(limiter.blockedFor('a')).toBe(0);
  });
});

describe('error bodies', () => {
  it('never name the database file', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'interdict-secret-')), 'secret.db');
    const app = await server({ privateStrings: [path] }, new SqliteStore(path));
    const r = await app.inject('/datasets/nothing/versions');
    expect(r.statusCode).toBe(404);
    expect(r.body).not.toContain('secret');
    expect(r.body).not.toContain(tmpdir());
  });

  it('say nothing specific on a 500, even when the store names its URL', async () => {
    const inner = new SqliteStore(':memory:');
    const failing = new Proxy(inner, {
      get(target, prop, receiver) {
        if (prop === 'listDatasets')
          return async () => {
            throw new InterdictError('E_IO', 'cannot reach postgres://admin:pw@db.internal:5432/interdict');
          };
        return Reflect.get(target, prop, receiver) as unknown;
      },
    });
    const app = await server({}, failing);
    const r = await app.inject('/datasets');
    expect(r.statusCode).toBe(500);
    expect(r.json().error.message).toBe('internal error; the log has details');
    expect(r.body).not.toMatch(/postgres|db\.internal|pw/);
  });

  it('scrub database URLs and private folders from 4xx messages and hints', () => {
    const body = publicErrorBody(
      {
        error: {
          code: 'E_VALUE',
          message: 'bad value in /srv/interdict/data/live.db near postgresql://u:p@h/db',
          hint: 'see /srv/interdict/data',
        },
        requestId: 'r',
      },
      400,
      ['/srv/interdict/data/live.db', '/srv/interdict/data'],
    );
    expect(body.error.message).toBe('bad value in <server> near <database>');
    expect(body.error.hint).toBe('see <server>');
  });
});

describe('stopping the server', () => {
  it('cancels a running job on SIGTERM and exits within 5 s', async () => {
    const db = join(mkdtempSync(join(tmpdir(), 'interdict-stop-')), 'stop.db');
    const store = new SqliteStore(db);
    await store.saveDataset('sdn', [{ id: 'o1', schema: 'Organization', properties: { name: ['Hamas'] } }], {
      contentHash: 'v1',
    });
    await store.close();
    const serve = spawnCli(['serve', '--port', '0', '--db', db, '--log-level', 'error'], {
      INTERDICT_API_KEYS: `ci:${KEY}`,
    });
    try {
      let base: string | undefined;
      for (let i = 0; i < 1200 && !base; i++) {
        base = /Interdict on (http:\/\/\S+)/.exec(serve.stderr())?.[1];
        if (!base) await new Promise((r) => setTimeout(r, 50));
      }
      expect(base, serve.stderr()).toBeDefined();
      const auth = { authorization: `ApiKey ${KEY}`, 'content-type': 'application/json' };
      const csv = ['name', ...Array.from({ length: 60000 }, (_, i) => `Somebody Number ${i}`)].join('\n');
      const started = await fetch(`${base}/jobs/screen`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ dataset: 'sdn', csv }),
      });
      expect(started.status).toBe(202);
      const job = (await started.json()) as { id: string };
      const events = await fetch(`${base}/jobs/${job.id}/events`, { headers: auth });
      const reader = events.body!.getReader();
      let seen = '';
      while (!/"state":"running"/.test(seen)) seen += new TextDecoder().decode((await reader.read()).value);
      const t0 = Date.now();
      serve.child.kill('SIGTERM');
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        seen += new TextDecoder().decode(value);
      }
      const exit = await serve.exited;
      const took = Date.now() - t0;
      expect(seen).toMatch(/"state":"cancelled"/);
      expect(exit.code, serve.stderr()).toBe(0);
      expect(took).toBeLessThan(5000);
    } finally {
      serve.child.kill('SIGKILL');
    }
  }, 120_000);
});
