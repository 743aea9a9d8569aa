// Monitoring over HTTP on both backends: SQLite always, PostgreSQL when
// INTERDICT_TEST_PG_URL names a server (CI starts one).

import { mkdtempSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { Store } from '../../../core/store/store.js';
import type { MonitorStore } from '../../../service/monitor-store.js';
import { articleRebuild } from '../../cli/commands/demo-monitor.js';
import { readDemoNetwork } from '../../node/demo-data.js';
import { SqliteMonitorStore } from '../../node/monitor-store-sqlite.js';
import { SqliteStore } from '../../node/sqlite-store.js';
import { importList } from '../../node/import-list.js';
import { buildServer } from '../app.js';
import { healthzMs } from '../testing/test-server.js';

const KEY = 'monitor-key-0123456789abcdef';
const AUTH = { authorization: `ApiKey ${KEY}` };
const SECRET = 'whsec_' + Buffer.from('receiver secret').toString('base64');

interface Backend {
  name: string;
  open(): Promise<{ store: Store; monitor: MonitorStore }>;
}

const backends: Backend[] = [
  {
    name: 'SQLite',
    async open() {
      const path = join(mkdtempSync(join(tmpdir(), 'interdict-monitor-')), 'db.sqlite');
      return { store: new SqliteStore(path), monitor: new SqliteMonitorStore(path) };
    },
  },
];
const pgUrl = process.env.INTERDICT_TEST_PG_URL;
if (pgUrl) {
  backends.push({
    name: 'PostgreSQL',
    async open() {
      const schema = `monitor_${process.pid}_${Date.now()}`;
      const url = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=${schema}`;
      const { PgStore } = await import('../../node/pg-store.js');
      const { PgMonitorStore } = await import('../../node/monitor-store-pg.js');
      return { store: await PgStore.open(url), monitor: await PgMonitorStore.open(url) };
    },
  });
} else {
  console.log('monitor API on PostgreSQL skipped: INTERDICT_TEST_PG_URL is not set (CI sets it)');
}

/**
 * Reads server-sent events until `count` have arrived, then hangs up (its own connection, closed:
 * a stream fetch() stops reading keeps its socket, and the server's close would wait for it).
 */
async function readEvents(url: string, lastEventId: number, count: number) {
  const req = request(url, { headers: { 'last-event-id': String(lastEventId) }, agent: false });
  const events: { id: number; event: string; data: unknown }[] = [];
  try {
    const res = await new Promise<IncomingMessage>((resolve, reject) => {
      req.on('response', resolve).on('error', reject).end();
    });
    expect(res.headers['content-type']).toContain('text/event-stream');
    let buf = '';
    for await (const chunk of res) {
      buf += (chunk as Buffer).toString('utf8');
      let cut: number;
      while ((cut = buf.indexOf('\n\n')) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const f = Object.fromEntries(
          block
            .split('\n')
            .filter((l) => /^(id|event|data): /.test(l))
            .map((l) => [l.slice(0, l.indexOf(':')), l.slice(l.indexOf(':') + 2)]),
        );
        if (f.id) events.push({ id: Number(f.id), event: f.event!, data: JSON.parse(f.data!) });
      }
      if (events.length >= count) break;
    }
  } finally {
    req.destroy();
  }
  return events;
}

describe.each(backends)('monitoring API on $name', (backend) => {
  it('adds a watch, raises alerts when the rebuild is stored, streams them with resumption, feeds them and takes decisions', async () => {
    const { store, monitor } = await backend.open();
    const app = await buildServer(store, { keys: new Map([[KEY, 'tester']]), monitor, monitorPollMs: 50 });
    try {
      const { network } = readDemoNetwork();
      const base = { ...network, id: 'watched' };
      await store.saveNetwork(base, { contentHash: 'v1', format: 'scenario' });

      const refused = await app.inject({
        method: 'POST',
        url: '/watches',
        payload: { kind: 'network', network: 'watched', plan: [] },
      });
      expect(refused.statusCode).toBe(401);
      const bad = await app.inject({
        method: 'POST',
        url: '/watches',
        headers: AUTH,
        payload: { kind: 'network', network: 'watched' },
      });
      expect(bad.statusCode).toBe(400);

      const created = await app.inject({
        method: 'POST',
        url: '/watches',
        headers: AUTH,
        payload: {
          kind: 'network',
          network: 'watched',
          plan: ['designate-unit-190'],
          budget: 4,
          channels: [{ type: 'webhook', url: 'http://127.0.0.1:9/unused', secret: SECRET }],
        },
      });
      expect(created.statusCode).toBe(201);
      const watch = created.json().watch as { id: string; channels: Record<string, unknown>[] };
      expect(watch.channels[0]).toEqual({ type: 'webhook', url: 'http://127.0.0.1:9/unused' });
      expect(JSON.stringify((await app.inject({ url: '/watches' })).json())).not.toContain(SECRET);
      // Adding it searched the best plan for budget 4 once (where the server plans): the plan
      // POST /networks/watched/plan gives, kept where each run's drift search starts.
      const planned = (
        await app.inject({ method: 'POST', url: '/networks/watched/plan', payload: { budget: 4 } })
      ).json() as { actions: { id: string }[] };
      const [state] = await monitor.list<{ bestPlan?: string[] }>('watch-state');
      expect(state!.bestPlan!.length).toBeGreaterThan(0);
      expect([...state!.bestPlan!].sort()).toEqual(planned.actions.map((a) => a.id).sort());

      await store.saveNetwork(articleRebuild(base), { contentHash: 'v2', format: 'scenario' });
      const run = await app.inject({ method: 'POST', url: '/monitor/run', headers: AUTH });
      expect(run.statusCode).toBe(200);
      const raised = run.json().raised as { id: string; rule: string }[];
      expect(raised.map((a) => a.rule)).toContain('reconnection');

      const open = (await app.inject({ url: '/alerts?state=open' })).json() as {
        total: number;
        alerts: { id: string; rule: string }[];
      };
      expect(open.total).toBe(raised.length);
      const one = await app.inject({ url: `/alerts/${raised[0]!.id}` });
      expect(one.json().alert.event.evidence.paths.length).toBeGreaterThan(0);
      expect((await app.inject({ url: '/alerts/al_nothing' })).statusCode).toBe(404);

      // Server-sent events: everything from the start, then only what follows the last id seen.
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      void (app.server.address() as AddressInfo).port;
      const first = await readEvents(`${address}/alerts/stream`, 0, raised.length);
      expect(first.map((e) => e.event)).toEqual(raised.map(() => 'alert.opened'));
      const last = first[first.length - 1]!.id;
      const ack = await app.inject({
        method: 'POST',
        url: `/alerts/${raised[0]!.id}/ack`,
        headers: AUTH,
        payload: { note: 'seen' },
      });
      expect(ack.json().alert.state).toBe('acknowledged');
      const next = await readEvents(`${address}/alerts/stream`, last, 1);
      expect(next).toHaveLength(1);
      expect(next[0]).toMatchObject({ event: 'alert.acknowledged', id: last + 1 });

      const feed = await app.inject({ url: `/watches/${watch.id}/feed.json` });
      expect(feed.headers['content-type']).toContain('application/feed+json');
      expect(feed.json().items.length).toBe(raised.length + 1);

      const resolved = await app.inject({
        method: 'POST',
        url: `/alerts/${raised[1]!.id}/resolve`,
        headers: AUTH,
        payload: { as: 'not-material', why: 'route known and watched' },
      });
      expect(resolved.statusCode).toBe(200);
      expect(resolved.json().alert).toMatchObject({ state: 'resolved', resolution: 'not-material' });
      expect(
        (await app.inject({ method: 'DELETE', url: `/watches/${watch.id}`, headers: AUTH })).statusCode,
      ).toBe(204);
      expect((await app.inject({ url: '/alerts' })).json().total).toBe(raised.length);

      const spec = (await app.inject({ url: '/openapi.json' })).json() as { paths: Record<string, unknown> };
      for (const p of [
        '/watches',
        '/alerts',
        '/alerts/stream',
        '/alerts/{id}/resolve',
        '/monitor/run',
        '/watches/{id}/feed.json',
      ])
        expect(spec.paths[p]).toBeDefined();
    } finally {
      await app.close();
      await monitor.close();
      await store.close();
    }
  });
});

describe('a book watch added over HTTP', () => {
  it('screens the whole book off the event loop: /healthz answers meanwhile, the alerts are raised', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'interdict-monitor-book-')), 'db.sqlite');
    const store = new SqliteStore(path);
    const monitor = new SqliteMonitorStore(path);
    await importList(store, {
      format: 'ofac-csv',
      path: join(import.meta.dirname, '../../../../data/lists/ofac-sdn-2021-07-demo'),
      dataset: 'sdn',
    });
    const named: string[] = [];
    for await (const e of store.datasetEntities('sdn'))
      if (e.properties.name?.[0]) named.push(e.properties.name[0]);
    // 600 parties, one in a hundred a listed name: a second or more of screening on one thread.
    const counterparties = Array.from({ length: 600 }, (_v, i) => ({
      id: `p${i}`,
      schema: i % 100 === 0 ? 'LegalEntity' : 'Person',
      properties: {
        name: [
          i % 100 === 0
            ? named[i % named.length]!
            : `${named[(i * 7) % named.length]!.split(/[ ,]+/)[0]} Example${i}`,
        ],
      },
    }));
    const app = await buildServer(store, {
      keys: new Map([[KEY, 'tester']]),
      monitor,
      monitorPollMs: 60_000,
    });
    try {
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      const added = fetch(`${address}/watches`, {
        method: 'POST',
        headers: { ...AUTH, 'content-type': 'application/json' },
        body: JSON.stringify({ kind: 'book', datasets: ['sdn'], counterparties }),
      });
      let done = false;
      void added.finally(() => (done = true));
      const pings: number[] = [];
      while (!done) {
        pings.push(await healthzMs(address));
        await new Promise((r) => setTimeout(r, 20));
      }
      const res = await added;
      expect(res.status).toBe(201);
      const { watch } = (await res.json()) as { watch: { id: string } };
      pings.sort((a, b) => a - b);
      // On the event loop no ping would answer before the book was screened.
      expect(pings.length).toBeGreaterThanOrEqual(3);
      expect(pings[Math.floor(pings.length / 2)]!).toBeLessThan(100);
      const alerts = (await app.inject({ url: `/alerts?watch=${watch.id}` })).json() as { total: number };
      expect(alerts.total).toBeGreaterThanOrEqual(4);
    } finally {
      await app.close();
      await monitor.close();
      await store.close();
    }
  });
});
