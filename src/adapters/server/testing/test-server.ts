// What the API tests share: one API key, a store filled with what a test
// needs, and servers that are closed with their stores after every test.

import type { FastifyInstance } from 'fastify';
import { afterEach, expect } from 'vitest';
import type { JobEvent } from '../../../contract/index.js';
import type { Entity } from '../../../core/model/entity.js';
import type { Store } from '../../../core/store/store.js';
import { ensureDemo } from '../../cli/commands/serve.js';
import { SqliteStore } from '../../node/sqlite-store.js';
import { buildServer } from '../app.js';
import type { ServerConfig } from '../config.js';

/** The key every test server accepts (for the user "tester"), unless a test names its own keys. */
export const TEST_KEY = 'test-key-0123456789abcdef';

/** Request headers that authenticate with `key`. */
export const apiKey = (key: string) => ({ authorization: `ApiKey ${key}` });

/** Request headers that authenticate with {@link TEST_KEY}. */
export const AUTH = apiKey(TEST_KEY);

export interface TestStoreOptions {
  /** Store the demo network ("article"), as `interdict serve` does. */
  demo?: boolean;
  /** Lists to store, one version each, by dataset name. */
  lists?: Record<string, Entity[]>;
  /** A database file; in memory when absent. */
  path?: string;
}

/** A new SQLite store holding the demo and the lists a test asks for. */
export async function testStore(opts: TestStoreOptions = {}): Promise<SqliteStore> {
  const store = new SqliteStore(opts.path ?? ':memory:');
  if (opts.demo) await ensureDemo(store);
  for (const [name, entities] of Object.entries(opts.lists ?? {}))
    await store.saveDataset(name, entities, { contentHash: `${name}-v1` });
  return store;
}

/** Builds a test server on a store; `closeAll` closes what it built so far (as after a test). */
export interface TestServers {
  (store: Store, config?: Partial<ServerConfig>): Promise<FastifyInstance>;
  closeAll(): Promise<void>;
}

/**
 * Returns `server(store, config)`, which builds the API on `store` with
 * {@link TEST_KEY}, then `defaults`, then `config`. After each test of the
 * file, every server it built is closed, then every store they served.
 */
export function serverPerTest(defaults: Partial<ServerConfig> = {}): TestServers {
  let open: { app: FastifyInstance; store: Store }[] = [];
  const closeAll = async () => {
    const closing = open;
    open = [];
    for (const { app } of closing) await app.close();
    // Two servers may share a store: each store is closed once.
    for (const store of new Set(closing.map((o) => o.store))) await store.close();
  };
  afterEach(closeAll);
  const start = async (store: Store, config: Partial<ServerConfig> = {}) => {
    const app = await buildServer(store, { keys: new Map([[TEST_KEY, 'tester']]), ...defaults, ...config });
    open.push({ app, store });
    return app;
  };
  return Object.assign(start, { closeAll });
}

/** Every server-sent event of job `id` on the server at `base`, read until the stream ends (the job is over). */
export async function jobEvents(
  base: string,
  id: string,
  headers: Record<string, string> = AUTH,
): Promise<JobEvent[]> {
  const res = await fetch(`${base}/jobs/${id}/events`, { headers });
  const out: JobEvent[] = [];
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return out;
    buffer += value;
    let cut: number;
    while ((cut = buffer.indexOf('\n\n')) >= 0) {
      const data = /^data: (.*)$/m.exec(buffer.slice(0, cut))?.[1];
      buffer = buffer.slice(cut + 2);
      if (data) out.push(JSON.parse(data) as JobEvent);
    }
  }
}

/** Starts `app` on a free port of 127.0.0.1 and returns its base URL. */
export const listenLocally = (app: FastifyInstance): Promise<string> =>
  app.listen({ port: 0, host: '127.0.0.1' });

/** Milliseconds one `GET /healthz` takes, read to its end; it must answer 200. */
export async function healthzMs(base: string): Promise<number> {
  const t0 = performance.now();
  const r = await fetch(`${base}/healthz`);
  expect(r.status).toBe(200);
  await r.text();
  return performance.now() - t0;
}
