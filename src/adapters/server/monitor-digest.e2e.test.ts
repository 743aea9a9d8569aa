// End-to-end: the alerts view's digest buttons in headless Chromium against a
// real server with a monitor — "Export digest" opens the digest's HTML, "PDF"
// downloads it printed; both carry the alerts the monitor raised. "Screening
// dossier" downloads the audit log's dossier with the API key typed there.

import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfPageCount } from '../node/pdf.js';
import { haveChromium, openPage, serveWebApp, skipReason, type WebSession } from './testing/browser.js';
import { monitoredDemo } from './testing/monitored-demo.js';

const KEY = 'digest-e2e-key-0123456789';
skipReason('monitor digest e2e');

describe.skipIf(!haveChromium)(
  'the alerts view exports the monitoring digest and the screening dossier',
  () => {
    let web: WebSession;

    beforeAll(async () => {
      const { store, monitor } = await monitoredDemo('Article plan');
      web = await serveWebApp(store, { monitor, monitorPollMs: 100, keys: new Map([[KEY, 'browser']]) }, [
        monitor,
        store,
      ]);
    }, 240_000);

    afterAll(() => web?.close());

    it('opens the digest as HTML, downloads it as PDF, and downloads the screening dossier with a key', async () => {
      const { page, errors } = await openPage(web.browser, `${web.base}/#/alerts`, { acceptDownloads: true });
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
  },
);
