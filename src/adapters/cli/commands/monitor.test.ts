import { createServer, type IncomingMessage } from 'node:http';
import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readDemoNetwork } from '../../node/demo-data.js';
import { openMonitorStore } from '../../node/open-monitor-store.js';
import { deliverWebhooks, verifyWebhook } from '../../node/webhooks.js';
import { writeScenarioJson } from '../../../core/ingest/scenario-write.js';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';
import { writeWatchedDemo } from '../testing/watched-demo.js';

const SECRET = 'whsec_' + Buffer.from('a shared secret of the receiver').toString('base64');

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
}

/** A webhook receiver on 127.0.0.1 that fails its first `failFirst` requests. */
function receiver(failFirst: number) {
  const got: Received[] = [];
  let seen = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString('utf8')));
    req.on('end', () => {
      seen++;
      if (seen <= failFirst) {
        res.statusCode = 503;
        res.end('busy');
        return;
      }
      got.push({ headers: req.headers, body });
      res.statusCode = 204;
      res.end();
    });
  });
  return { server, got, attempts: () => seen };
}

describe('interdict watch / monitor on a network', () => {
  const rx = receiver(1);
  let url = '';
  beforeAll(async () => {
    await new Promise<void>((r) => rx.server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(rx.server.address() as AddressInfo).port}/hook`;
  });
  afterAll(() => new Promise<void>((r) => rx.server.close(() => r())));

  it('raises reconnection and new-front alerts with a patch when the rebuild lands, delivers signed webhooks with retries, and replays the same alerts', async () => {
    const db = tempDb();
    const dir = tempDir();
    const { v1, v2 } = writeWatchedDemo(dir);
    expect((await runCli(['networks', 'import', v1, '--db', db])).code).toBe(0);
    const add = await runCli([
      'watch',
      'add',
      'network',
      'watched',
      '--actions',
      'designate-unit-190',
      '--budget',
      '4',
      '--webhook',
      url,
      '--secret',
      SECRET,
      '--db',
      db,
      '--json',
    ]);
    expect(add.stderr).toBe('');
    const watchId = (JSON.parse(add.stdout) as { watch: { id: string } }).watch.id;
    // Adding the watch searched the best plan for its budget once, where each run's drift search starts:
    // the plan `interdict plan` gives for the same network and budget.
    const planned = JSON.parse((await runCli(['plan', v1, '--budget', '4', '--json'])).stdout) as {
      actions: { id: string }[];
    };
    const store = await openMonitorStore(db);
    try {
      const [state] = await store.list<{ bestPlan?: string[] }>('watch-state');
      expect(state!.bestPlan!.length).toBeGreaterThan(0);
      expect([...state!.bestPlan!].sort()).toEqual(planned.actions.map((a) => a.id).sort());
    } finally {
      await store.close();
    }

    // Nothing new yet: exit 0, no alerts.
    const quiet = await runCli(['monitor', 'run', '--once', '--db', db]);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('0 alert(s) raised');

    expect((await runCli(['networks', 'import', v2, '--db', db])).code).toBe(0);
    const run = await runCli(['monitor', 'run', '--once', '--db', db, '--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as {
      raised: { rule: string; event: { evidence: { patch?: { actions: string[] } } } }[];
      delivery: { delivered: number; failed: number };
    };
    const rules = doc.raised.map((a) => a.rule).sort();
    expect(rules).toContain('reconnection');
    expect(rules).toContain('new-front');
    expect(rules).toContain('restored-capacity');
    const reconnection = doc.raised.find((a) => a.rule === 'reconnection')!;
    expect(reconnection.event.evidence.patch!.actions).toEqual(['designate-relief-committee']);
    // The receiver refused the first delivery: nothing was skipped, the row waits for its back-off.
    expect(doc.delivery).toMatchObject({ delivered: 0, failed: 1 });
    expect(rx.got).toHaveLength(0);

    // After the back-off, every transition arrives, in order, signed.
    const monitor = await openMonitorStore(db);
    try {
      const later = () => new Date(Date.now() + 60_000);
      const second = await deliverWebhooks(monitor, { now: later });
      expect(second).toMatchObject({ delivered: doc.raised.length, failed: 0 });
      const again = await deliverWebhooks(monitor, { now: later });
      expect(again.delivered).toBe(0);
    } finally {
      await monitor.close();
    }
    expect(rx.attempts()).toBe(doc.raised.length + 1);
    expect(rx.got).toHaveLength(doc.raised.length);
    for (const r of rx.got) {
      expect(verifyWebhook(SECRET, r.headers, r.body)).toBe(true);
      expect(verifyWebhook('whsec_' + Buffer.from('another').toString('base64'), r.headers, r.body)).toBe(
        false,
      );
      expect(verifyWebhook(SECRET, r.headers, r.body + ' ')).toBe(false);
    }
    const ids = rx.got.map((r) => Number(String(r.headers['webhook-id']).split('_').pop()));
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);

    // A second run over the same snapshots raises nothing new.
    const rerun = await runCli(['monitor', 'run', '--once', '--db', db]);
    expect(rerun.code).toBe(0);

    const replay = await runCli(['monitor', 'replay', '--watch', watchId, '--db', db, '--json']);
    expect(replay.code).toBe(0);
    expect(JSON.parse(replay.stdout)).toMatchObject({ replayed: 1, differ: 0 });

    // Acknowledge, then the alert list shows it so.
    const alerts = JSON.parse((await runCli(['monitor', 'alerts', '--db', db, '--json'])).stdout) as {
      alerts: { id: string; rule: string; state: string }[];
    };
    const breach = alerts.alerts.find((a) => a.rule === 'residual-breach')!;
    expect((await runCli(['monitor', 'ack', breach.id, '--by', 'tester', '--db', db])).code).toBe(0);
    const open = JSON.parse(
      (await runCli(['monitor', 'alerts', '--state', 'acknowledged', '--db', db, '--json'])).stdout,
    ) as {
      alerts: { id: string }[];
    };
    expect(open.alerts.map((a) => a.id)).toEqual([breach.id]);

    const bt = await runCli(['monitor', 'backtest', watchId, '--thresholds', '0,5,20', '--db', db, '--json']);
    const rows = (JSON.parse(bt.stdout) as { rows: { threshold: number; byRule: Record<string, number> }[] })
      .rows;
    expect(rows.map((r) => r.byRule['residual-breach'] ?? 0)).toEqual([1, 1, 0]);
  });

  it('refuses a plan that names an action the network lacks, and a bad schedule', async () => {
    const db = tempDb();
    const dir = tempDir();
    const file = join(dir, 'n.json');
    writeFileSync(file, writeScenarioJson(readDemoNetwork().network));
    await runCli(['networks', 'import', file, '--db', db]);
    const bad = await runCli([
      'watch',
      'add',
      'network',
      'article',
      '--actions',
      'designate-nobody',
      '--db',
      db,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('designate-nobody');
    const cron = await runCli([
      'watch',
      'add',
      'network',
      'article',
      '--actions',
      'designate-unit-190',
      '--schedule',
      'every day',
      '--db',
      db,
    ]);
    expect(cron.code).toBe(2);
    expect(cron.stderr).toContain('cron');
  });
});

describe('interdict watch / monitor on a book of counterparties', () => {
  it('re-screens only what the 2019 → 2021 SDN extract changed, keeps a decided false positive quiet, and the full check finds nothing missed', async () => {
    const db = tempDb();
    const dir = tempDir();
    const parties = join(dir, 'parties.csv');
    writeFileSync(
      parties,
      'id,name,schema,country,birth_date\n' +
        'p1,Wael Bazzi,Person,,\n' +
        'p2,Ansar Exchange,Company,,\n' +
        'p3,Maria Gonzalez Ruiz,Person,es,1980-05-02\n',
    );
    const imp = (folder: string) =>
      runCli(['import', 'ofac-csv', `data/lists/${folder}`, '--dataset', 'sdn', '--db', db]);
    expect((await imp('ofac-sdn-2019-01-demo')).code).toBe(0);
    const add = await runCli([
      'watch',
      'add',
      'book',
      '--input',
      parties,
      '--dataset',
      'sdn',
      '--db',
      db,
      '--json',
    ]);
    expect(add.stderr).toBe('');
    const watchId = (JSON.parse(add.stdout) as { watch: { id: string } }).watch.id;
    expect((await imp('ofac-sdn-2021-07-demo')).code).toBe(0);

    const run = await runCli(['monitor', 'run', '--once', '--db', db, '--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as {
      runs: { stats: { screened: number; skipped: number } }[];
      raised: { id: string; rule: string; event: { subject: { id: string } } }[];
    };
    const pairs = doc.raised.map((a) => a.event.subject.id);
    expect(pairs.some((p) => p.startsWith('p1|'))).toBe(true);
    expect(pairs.some((p) => p.startsWith('p2|'))).toBe(true);
    expect(pairs.some((p) => p.startsWith('p3|'))).toBe(false);
    // Cost grows with the diff: only added or materially changed entities were screened.
    expect(doc.runs[0]!.stats.skipped).toBeGreaterThan(0);

    const check = await runCli(['monitor', 'check', watchId, '--db', db, '--json']);
    expect(JSON.parse(check.stdout)).toMatchObject({ missed: [] });
    expect(check.code).toBe(0);

    const fp = doc.raised.find((a) => a.event.subject.id.startsWith('p2|'))!;
    const resolved = await runCli([
      'monitor',
      'resolve',
      fp.id,
      '--as',
      'false-positive',
      '--why',
      'our client is a different exchange',
      '--by',
      'tester',
      '--db',
      db,
      '--json',
    ]);
    expect(resolved.code).toBe(0);
    expect(JSON.parse(resolved.stdout)).toMatchObject({
      decision: { verdict: 'false-positive', by: 'tester' },
    });

    // The same list content again (as a new version) raises nothing: the decision holds.
    expect(
      (
        await runCli([
          'import',
          'ofac-csv',
          'data/lists/ofac-sdn-2019-01-demo',
          '--dataset',
          'sdn',
          '--allow-shrink',
          '--db',
          db,
        ])
      ).code,
    ).toBe(0);
    expect((await imp('ofac-sdn-2021-07-demo')).code).toBe(0);
    const again = await runCli(['monitor', 'run', '--once', '--db', db, '--json']);
    const later = JSON.parse(again.stdout) as { raised: { event: { subject: { id: string } } }[] };
    expect(later.raised.map((a) => a.event.subject.id).filter((p) => p.startsWith('p2|'))).toEqual([]);
  });
});
