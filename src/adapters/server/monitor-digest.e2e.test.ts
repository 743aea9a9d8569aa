// End-to-end: the alerts view's digest buttons in headless Chromium against a
// real server with a monitor — "Export digest" opens the digest's HTML, "PDF"
// downloads it printed; both carry the alerts the monitor raised. "Screening
// dossier" downloads the audit log's dossier with the API key typed there.

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWatch, runMonitor } from '../../service/monitor.js';
import { articleRebuild } from '../cli/commands/demo-monitor.js';
import { readDemoNetwork } from '../node/demo-data.js';
import { SqliteMonitorStore } from '../node/monitor-store-sqlite.js';
import { CHROMIUM_FLAGS, findChromium, pdfPageCount } from '../node/pdf.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { buildServer } from './app.js';
import { buildWebApp } from './testing/browser.js';

const chromium = findChromium(process.env);
const KEY = 'digest-e2e-key-0123456789';
if (!chromium) console.warn('monitor digest e2e skipped: Chromium is missing (apt-get install chromium)');

describe.skipIf(!chromium)('the alerts view exports the monitoring digest and the screening dossier', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let store: SqliteStore;
  let monitor: SqliteMonitorStore;

  beforeAll(async () => {
    const webRoot = await buildWebApp();
    const dir = mkdtempSync(join(tmpdir(), 'interdict-digest-'));
    store = new SqliteStore(join(dir, 'db.sqlite'));
    monitor = new SqliteMonitorStore(join(dir, 'db.sqlite'));
    const { network } = readDemoNetwork();
    await store.saveNetwork(network, { contentHash: 'v1', format: 'scenario' });
    await addWatch(
      { store, monitor },
      { kind: 'network', network: network.id, plan: ['designate-unit-190'], budget: 4, name: 'Article plan' },
    );
    await store.saveNetwork(articleRebuild(network), { contentHash: 'v2', format: 'scenario' });
    await runMonitor({ store, monitor });
    app = await buildServer(store, {
      webRoot,
      monitor,
      monitorPollMs: 100,
      keys: new Map([[KEY, 'browser']]),
    });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    const { chromium: pw } = await import('playwright-core');
    browser = await pw.launch({ executablePath: chromium!, args: [...CHROMIUM_FLAGS, '--disable-quic'] });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await monitor?.close();
    await store?.close();
  });

  it('opens the digest as HTML, downloads it as PDF, and downloads the screening dossier with a key', async () => {
    const page = await browser.newPage({ acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${base}/#/alerts`);
    await expect.poll(() => page.locator('section.alert').count(), { timeout: 30_000 }).toBe(6);

    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Export digest' }).click(),
    ]);
    await popup.waitForLoadState();
    const text = (await popup.textContent('body')) ?? '';
    expect(text).toContain('Monitoring digest: Article plan');
    expect(text).toContain('6 alert(s) from the first run to now: 6 open, 0 acknowledged, 0 resolved');
    await popup.close();

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'PDF', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('monitoring-digest.pdf');
    const file = await download.path();
    expect(existsSync(file)).toBe(true);
    const pdf = readFileSync(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(4);

    // The screening dossier of the audit log needs the API key typed in the view.
    await page.getByLabel('API key').fill(KEY);
    const [dossier] = await Promise.all([
      page.waitForEvent('download', { timeout: 120_000 }),
      page.getByRole('button', { name: 'Screening dossier (PDF)' }).click(),
    ]);
    expect(dossier.suggestedFilename()).toBe('screening-dossier.pdf');
    expect(
      readFileSync(await dossier.path())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(errors).toEqual([]);
    await page.close();
  }, 240_000);
});
