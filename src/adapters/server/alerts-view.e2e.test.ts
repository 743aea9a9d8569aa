// End-to-end: the web app's alerts view in headless Chromium against a real
// server with a monitor — the rebuild's alerts with their evidence, and a
// decision taken from the browser with an API key; screenshots in test-output/.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWatch, listAlerts, runMonitor } from '../../service/monitor.js';
import { articleRebuild } from '../cli/commands/demo-monitor.js';
import { readDemoNetwork } from '../node/demo-data.js';
import { SqliteMonitorStore } from '../node/monitor-store-sqlite.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { buildServer } from './app.js';
import { buildWebApp, haveChromium, launchChromium, skipReason, TEST_OUTPUT } from './testing/browser.js';

const OUT = TEST_OUTPUT;
const POLL = { timeout: 30_000 };
const KEY = 'alerts-e2e-key-0123456789';
skipReason('alerts view e2e');

describe.skipIf(!haveChromium)('alerts view in headless Chromium', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let store: SqliteStore;
  let monitor: SqliteMonitorStore;

  beforeAll(async () => {
    const webRoot = await buildWebApp();
    const dir = mkdtempSync(join(tmpdir(), 'interdict-alerts-'));
    store = new SqliteStore(join(dir, 'db.sqlite'));
    monitor = new SqliteMonitorStore(join(dir, 'db.sqlite'));
    const { network } = readDemoNetwork();
    await store.saveNetwork(network, { contentHash: 'v1', format: 'scenario' });
    await addWatch(
      { store, monitor },
      { kind: 'network', network: network.id, plan: ['designate-unit-190'], budget: 4 },
    );
    await store.saveNetwork(articleRebuild(network), { contentHash: 'v2', format: 'scenario' });
    await runMonitor({ store, monitor });
    app = await buildServer(store, {
      webRoot,
      monitor,
      keys: new Map([[KEY, 'browser']]),
      monitorPollMs: 100,
    });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await monitor?.close();
    await store?.close();
  });

  it('lists the rebuild alerts with paths, contributions and the patch, refuses a decision without a key and takes it with one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/#/alerts`);
    const reconnection = page.locator('section.alert', { hasText: 'reconnection' });
    await expect.poll(() => reconnection.count(), POLL).toBe(1);
    await expect.poll(() => reconnection.textContent(), POLL).toContain('designate-relief-committee');
    expect(await reconnection.locator('mark').first().textContent()).toBe('relief-committee');
    expect(await reconnection.textContent()).toContain('What each change does on its own');
    await page.screenshot({ path: join(OUT, 'alerts-1280x900.png'), fullPage: true });

    // No key: the server refuses and the card says why.
    await reconnection.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => reconnection.getByRole('alert').textContent(), POLL).toContain('API key');

    // The key is typed once, in the header's field, and used by every view.
    await page.getByTestId('api-key').fill(KEY);
    await reconnection.getByRole('button', { name: 'Acknowledge' }).click();
    await expect.poll(() => page.locator('section.alert', { hasText: 'reconnection' }).count(), POLL).toBe(0);
    const acked = await listAlerts({ store, monitor }, { state: 'acknowledged' });
    expect(acked.map((a) => a.rule)).toEqual(['reconnection']);
    expect(acked[0]!.history.at(-1)).toMatchObject({ state: 'acknowledged', by: 'browser' });

    await page.getByLabel('acknowledged').check();
    const card = page.locator('section.alert', { hasText: 'reconnection' });
    await expect.poll(() => card.count(), POLL).toBe(1);
    await card.getByPlaceholder(/reason/).fill('patch sent to the sanctions desk');
    await card.getByRole('button', { name: 'Not material' }).click();
    await expect.poll(() => card.count(), POLL).toBe(0);
    expect((await listAlerts({ store, monitor }, { state: 'resolved' }))[0]).toMatchObject({
      resolution: 'not-material',
    });
    await page.setViewportSize({ width: 420, height: 800 });
    await page.getByLabel('open').check();
    await page.screenshot({ path: join(OUT, 'alerts-420x800.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
