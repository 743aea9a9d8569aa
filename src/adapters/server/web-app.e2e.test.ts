// End-to-end: the built web app in headless Chromium against a real server on
// 127.0.0.1 — load the demo network, toggle a measure, check the numbers; screenshots in test-output/.

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEdgeList } from '../../core/ingest/edge-list.js';
import {
  haveChromium,
  openPage,
  serveWebApp,
  skipReason,
  TEST_OUTPUT,
  type WebSession,
} from './testing/browser.js';
import { testStore } from './testing/test-server.js';

const OUT = TEST_OUTPUT;
/** Generous: the server may share the machine with other work; nothing here measures speed. */
const POLL = { timeout: 30_000 };
skipReason('web-app e2e');

describe.skipIf(!haveChromium)('web app in headless Chromium', () => {
  let web: WebSession;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    const store = await testStore({ demo: true });
    // A network whose channels carry cut costs (no listed actions): plans cut channels.
    const costed = await parseEdgeList(
      ['from,to,capacity,cost', 's,a,10,1', 's,b,6,2', 'a,t,7,1', 'b,t,9,1', 'a,b,3,'],
      { file: 'costed.csv', id: 'costed' },
    );
    await store.saveNetwork(costed, { contentHash: 'costed-v1', format: 'csv' });
    await store.saveDataset(
      'demo-list',
      [
        {
          id: 'sdn-1',
          schema: 'Organization',
          properties: { name: ['HAMAS', 'Harakat al-Muqawama al-Islamiya'], country: ['ps'] },
        },
        {
          id: 'sdn-2',
          schema: 'Organization',
          properties: { name: ['HIZBALLAH'], alias: ['Hezbollah'], country: ['lb'] },
        },
      ],
      { contentHash: 'v1' },
    );
    web = await serveWebApp(store);
    ({ browser, base } = web);
  });

  afterAll(() => web?.close());

  const open = (width: number, height: number, hash = ''): Promise<{ page: Page; errors: string[] }> =>
    openPage(browser, `${base}/${hash}`, { viewport: { width, height } });

  it('shows the demo flow, and designating Unit 190 lowers it to what the API says', async () => {
    const { page, errors } = await open(1280, 800);
    const value = page.getByTestId('flow-value');
    await expect.poll(() => value.textContent(), POLL).toBe('80');
    expect(await page.getByTestId('recipient-hamas').textContent()).toBe('65');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'network-1280x800.png') });

    // Keyboard: focus the measure and press space.
    await page.getByTestId('measure-designate-unit-190').focus();
    await page.keyboard.press('Space');
    const expected = (await (
      await fetch(`${base}/networks/article/flow`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ actions: ['designate-unit-190'] }),
      })
    ).json()) as { value: number };
    expect(expected.value).toBeLessThan(80);
    await expect.poll(() => value.textContent(), POLL).toBe(String(expected.value));
    expect(await page.getByTestId('flow-change').textContent()).toContain('was 80');
    await page.getByText(/best rebuild/).click();
    await expect.poll(() => page.getByTestId('rebuild').textContent(), POLL).toContain('flow');
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(OUT, 'network-measure-rebuild.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('moves along the frontier with the budget slider', async () => {
    const { page, errors } = await open(1280, 800);
    await expect.poll(() => page.getByTestId('flow-value').textContent(), POLL).toBe('80');
    const slider = page.getByTestId('budget');
    await slider.focus();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => Number(await page.getByTestId('flow-value').textContent()), POLL)
      .toBeLessThan(80);
    await page.screenshot({ path: join(OUT, 'network-budget-5.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('on a network whose channels carry costs, the slider applies channel cuts and stops at the end of the frontier', async () => {
    const { page, errors } = await open(1280, 800);
    await expect.poll(() => page.getByTestId('flow-value').textContent(), POLL).toBe('80');
    await page.locator('.map-head select').selectOption('costed');
    // No figure of the previous network survives the switch.
    await expect.poll(() => page.getByTestId('flow-value').textContent(), POLL).toBe('16');
    const frontier = (await (
      await fetch(`${base}/networks/costed/frontier`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      })
    ).json()) as { maxBudget: number; points: { budget: number; residualFlow: number }[] };
    const slider = page.getByTestId('budget');
    expect(Number(await slider.getAttribute('max'))).toBe(frontier.maxBudget);
    await slider.focus();
    for (let i = 0; i < frontier.maxBudget + 3; i++) await page.keyboard.press('ArrowRight');
    const last = frontier.points[frontier.points.length - 1]!;
    await expect
      .poll(() => page.getByTestId('flow-value').textContent(), POLL)
      .toBe(String(last.residualFlow));
    expect(await page.getByTestId('frontier-residual').textContent()).toBe(String(last.residualFlow));
    expect(Number(await slider.inputValue())).toBe(frontier.maxBudget);
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.screenshot({ path: join(OUT, 'network-costed-budget.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('is usable in a narrow window', async () => {
    const { page, errors } = await open(420, 860);
    await expect.poll(() => page.getByTestId('flow-value').textContent(), POLL).toBe('80');
    await page.screenshot({ path: join(OUT, 'network-narrow.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('screens a name and shows the explanation', async () => {
    const { page, errors } = await open(1280, 800, '#/screening');
    await page.getByLabel('Name').fill('Hizballah');
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    const results = page.getByTestId('match-results');
    await expect.poll(() => results.textContent(), POLL).toContain('HIZBALLAH');
    await results.locator('summary').first().click();
    await page.screenshot({ path: join(OUT, 'screening.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
