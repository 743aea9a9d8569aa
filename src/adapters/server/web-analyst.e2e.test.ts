// End-to-end in headless Chromium against a real server on 127.0.0.1: the
// web app as an analyst's daily tool — state that survives a reload and
// undo, the frontier chart and the rebuild, weak links per recipient, a
// network uploaded from the browser and analysed between picked actors,
// screening that explains (country, birth date, downloads, per-row batch
// errors), a hit accepted into a network and the entity pages. Screenshots at
// 1440×900 and 420×800 go to test-output/; the time of each interaction
// (click to figure on screen) is written to test-output/web-interactions.json.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
/** Generous: the server may share the machine with other work; nothing here asserts speed. */
const POLL = { timeout: 30_000 };
const KEY = 'analyst-key-0123456789abcdef';
const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 420, height: 800 };
skipReason('web analyst e2e');

/** A small FtM network with no roles: two organisations, a person, two links. */
const FTM = [
  { id: 'org-a', schema: 'Organization', properties: { name: ['Alpha Trading'], country: ['ae'] } },
  { id: 'org-b', schema: 'Organization', properties: { name: ['Beta Logistics'], country: ['lb'] } },
  { id: 'per-c', schema: 'Person', properties: { name: ['Carim Example'], topics: ['sanction'] } },
  { id: 'own-1', schema: 'Ownership', properties: { owner: ['org-a'], asset: ['per-c'] } },
  { id: 'mem-1', schema: 'Membership', properties: { member: ['per-c'], organization: ['org-b'] } },
]
  .map((e) => JSON.stringify(e))
  .join('\n');

describe.skipIf(!haveChromium)("the web app as an analyst's tool, in headless Chromium", () => {
  let web: WebSession;
  let browser: Browser;
  let base: string;
  const timings: Record<string, number> = {};

  beforeAll(async () => {
    const store = await testStore({ demo: true });
    await store.saveDataset(
      'demo-list',
      [
        {
          id: 'sdn-2',
          schema: 'Organization',
          properties: {
            name: ['HIZBALLAH'],
            alias: ['Hezbollah', 'Party of God'],
            country: ['lb'],
            sourceUrl: ['https://sanctionssearch.ofac.treas.gov/'],
            program: ['SDGT'],
          },
        },
        {
          id: 'sdn-3',
          schema: 'Person',
          properties: { name: ['Hassan Nasrallah'], birthDate: ['1960-08-31'], country: ['lb'] },
        },
      ],
      { contentHash: 'v1' },
    );
    web = await serveWebApp(store, { keys: new Map([[KEY, 'analyst']]) });
    ({ browser, base } = web);
  }, 180_000);

  afterAll(async () => {
    if (Object.keys(timings).length)
      writeFileSync(join(OUT, 'web-interactions.json'), `${JSON.stringify(timings, null, 2)}\n`);
    await web?.close();
  });

  async function open(
    size: { width: number; height: number },
    hash = '',
  ): Promise<{ page: Page; errors: string[] }> {
    return openPage(browser, `${base}/${hash}`, { viewport: size, acceptDownloads: true });
  }

  /** Time from an action to the moment `done` holds, measured in the test (wall clock). */
  async function timed(name: string, action: () => Promise<unknown>, done: () => Promise<unknown>) {
    const t0 = performance.now();
    await action();
    await done();
    timings[name] = Math.round(performance.now() - t0);
  }

  const api = async (path: string, body?: unknown) =>
    (
      await fetch(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    ).json() as Promise<Record<string, unknown>>;

  it('keeps network, measures, budget and selection in the URL across a reload, and undoes measures', async () => {
    const { page, errors } = await open(WIDE);
    const value = page.getByTestId('flow-value');
    await expect.poll(() => value.textContent(), POLL).toBe('80');
    const after = (await api('/networks/article/flow', { actions: ['designate-unit-190'] })) as {
      value: number;
    };
    await timed(
      'toggle a measure → flow on screen',
      () => page.getByTestId('measure-designate-unit-190').check(),
      () => expect.poll(() => value.textContent(), POLL).toBe(String(after.value)),
    );
    await page.locator('.details summary', { hasText: 'All actors and channels' }).click();
    await page.locator('.picker button', { hasText: 'Hamas' }).first().click();
    await expect.poll(() => page.url(), POLL).toContain('sel=hamas');
    const url = page.url();
    expect(url).toContain('net=article');
    expect(url).toContain('m=designate-unit-190');

    // A reload (or the link sent to a colleague) opens the same state.
    const fresh = await browser.newPage({ viewport: WIDE });
    await timed(
      'open a shared link → restored flow on screen',
      () => fresh.goto(url),
      () => expect.poll(() => fresh.getByTestId('flow-value').textContent(), POLL).toBe(String(after.value)),
    );
    expect(await fresh.getByTestId('measure-designate-unit-190').isChecked()).toBe(true);
    await expect.poll(() => fresh.getByTestId('details').textContent(), POLL).toContain('Hamas');
    await fresh.close();

    // Undo: the button and Ctrl+Z both step back one change.
    await page.getByTestId('measure-designate-unit-190').uncheck();
    await expect.poll(() => value.textContent(), POLL).toBe('80');
    await timed(
      'undo → flow on screen',
      () => page.getByTestId('undo').click(),
      () => expect.poll(() => value.textContent(), POLL).toBe(String(after.value)),
    );
    await page.locator('h1').click();
    await page.keyboard.press('Control+z');
    await expect.poll(() => value.textContent(), POLL).toBe('80');
    await expect.poll(() => page.url(), POLL).not.toContain('m=');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('charts the frontier with the chosen plan marked, stops the slider at its end, and headlines the rebuild', async () => {
    const { page, errors } = await open(WIDE);
    await expect.poll(() => page.getByTestId('flow-value').textContent(), POLL).toBe('80');
    const frontier = (await api('/networks/article/frontier', {})) as {
      maxBudget: number;
      points: { budget: number; residualFlow: number }[];
    };
    const chart = page.getByTestId('frontier-chart');
    await expect.poll(() => chart.locator('circle').count(), POLL).toBe(frontier.points.length);
    const slider = page.getByTestId('budget');
    expect(Number(await slider.getAttribute('max'))).toBe(frontier.maxBudget);
    const target = frontier.points[2]!;
    await timed(
      'click a frontier point → flow on screen',
      () => chart.locator(`circle[data-budget="${target.budget}"]`).click(),
      () =>
        expect
          .poll(() => page.getByTestId('flow-value').textContent(), POLL)
          .toBe(String(target.residualFlow)),
    );
    expect(await page.getByTestId('frontier-chosen').getAttribute('data-budget')).toBe(String(target.budget));
    await slider.focus();
    for (let i = 0; i < frontier.maxBudget + 3; i++) await page.keyboard.press('ArrowRight');
    expect(Number(await slider.inputValue())).toBe(frontier.maxBudget);

    // The rebuild against the designation of Unit 190, with a budget of its own.
    await page.getByRole('button', { name: 'Clear measures' }).click();
    await page.getByTestId('measure-designate-unit-190').check();
    await page.getByTestId('show-rebuild').check();
    await page.getByTestId('rebuild-budget').fill('5');
    const expected = (await api('/networks/article/rebuild', {
      actions: page
        .url()
        .match(/m=([^&]*)/)![1]!
        .split(','),
      budget: 5,
    })) as { residualAfter: number; opened: { id: string }[] };
    await timed(
      'set the rebuild budget → rebuild headline',
      () => page.getByRole('button', { name: 'Set' }).click(),
      () => expect.poll(() => page.getByTestId('rebuild').textContent(), POLL).toContain('With 5 to spend'),
    );
    const headline = page.getByTestId('flow-after-rebuild');
    await expect.poll(() => headline.textContent(), POLL).toContain(`${expected.residualAfter} gets through`);
    // Routes are named by their actors, not by channel ids.
    for (const o of expected.opened) expect(await headline.textContent()).not.toContain(o.id);
    expect(page.url()).toContain('rb=5');
    await page.screenshot({ path: join(OUT, 'web-frontier-rebuild-1440x900.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plans against weighted pairs picked in the browser, the frontier running as a job', async () => {
    const { page, errors } = await open(WIDE);
    await expect.poll(() => page.getByTestId('flow-value').textContent(), POLL).toBe('80');
    await page.getByTestId('api-key').fill(KEY);
    await page.locator('summary', { hasText: 'Sponsors and recipients' }).click();
    await page.getByTestId('pick-from').selectOption(['iran']);
    await page.getByTestId('pick-to').selectOption(['hezbollah']);
    await page.getByTestId('pair-weight').fill('3');
    await page.getByTestId('add-pair').click();
    await page.getByTestId('pick-to').selectOption(['hamas']);
    await page.getByTestId('pair-weight').fill('1');
    const pairs = [
      { from: ['iran'], to: ['hezbollah'], weight: 3 },
      { from: ['iran'], to: ['hamas'], weight: 1 },
    ];
    const want = (await api('/networks/article/frontier', { pairs })) as {
      points: { budget: number; residualFlow: number }[];
    };
    const chart = page.getByTestId('frontier-chart');
    await timed(
      'add a weighted pair → frontier over the pairs on screen',
      () => page.getByTestId('add-pair').click(),
      () => expect.poll(() => page.getByTestId('frontier-pairs').isVisible(), POLL).toBe(true),
    );
    await expect.poll(() => chart.locator('circle').count(), POLL).toBe(want.points.length);
    expect(await page.getByTestId('pairs').textContent()).toContain('weight 3');
    expect(decodeURIComponent(page.url())).toContain('pairs=iran>hezbollah*3;iran>hamas*1');
    // At budget 0 the residual is the weighted sum of the two flows.
    expect(await page.getByTestId('frontier-residual').textContent()).toBe(
      String(want.points[0]!.residualFlow),
    );
    // The browser asked for it as a job (POST /jobs/plan, progress over server-sent events).
    const jobs = (await (
      await fetch(`${base}/jobs`, { headers: { authorization: `ApiKey ${KEY}` } })
    ).json()) as {
      id: string;
      kind: string;
      state: string;
    }[];
    const results = await Promise.all(
      jobs
        .filter((j) => j.kind === 'frontier' && j.state === 'done')
        .map(async (j) =>
          (
            await fetch(`${base}/jobs/${j.id}/result`, { headers: { authorization: `ApiKey ${KEY}` } })
          ).json(),
        ),
    );
    expect(results).toContainEqual(want);
    // Removing a pair plans against the other alone.
    await page.getByRole('button', { name: 'Remove pair 1' }).click();
    await expect.poll(() => decodeURIComponent(page.url()), POLL).toContain('pairs=iran>hamas*1');
    await page.screenshot({ path: join(OUT, 'web-weighted-pairs-1440x900.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lists weak links per recipient: Egypt for Hamas, as the CLI reports', async () => {
    const { page, errors } = await open(WIDE);
    const hamas = page.getByTestId('weak-links-hamas');
    await expect.poll(() => hamas.textContent(), POLL).toContain('Egypt');
    const api1 = (await api('/networks/article/weak-links', { to: ['hamas'] })) as {
      weakLinks: { id: string }[];
    };
    expect(api1.weakLinks.map((w) => w.id)).toContain('EG');
    const download = page.waitForEvent('download');
    await page.getByTestId('export-weak-links-csv').click();
    const file = await (await download).path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.split('\r\n')[0]).toBe('recipient,kind,id,name,share,enforcement,score');
    expect(csv).toContain('Hamas,jurisdiction,EG,Egypt');
    await hamas.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'web-weak-links-1440x900.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('uploads an FtM network with the API key and analyses it between picked actors', async () => {
    const { page, errors } = await open(WIDE);
    await expect.poll(() => page.getByTestId('flow-value').textContent(), POLL).toBe('80');
    await page.getByTestId('api-key').fill(KEY);
    await page.getByText('Load a network…').click();
    await page
      .getByTestId('upload-file')
      .setInputFiles({ name: 'links.jsonl', mimeType: 'application/x-ndjson', buffer: Buffer.from(FTM) });
    // The format is guessed once the file has been read.
    await expect.poll(() => page.getByTestId('upload-format').inputValue(), POLL).toBe('ftm');
    await page.getByTestId('upload-name').fill('uploaded-links');
    await timed(
      'upload an FtM network → stored and opened',
      () => page.getByTestId('upload-submit').click(),
      () => expect.poll(() => page.getByRole('status').first().textContent(), POLL).toContain('Stored'),
    );
    await expect.poll(() => page.getByTestId('network-select').inputValue(), POLL).toBe('uploaded-links');
    // No roles: the view asks for the actors instead of showing a CLI hint.
    await expect.poll(() => page.getByTestId('no-roles').isVisible(), POLL).toBe(true);
    expect(await page.locator('.flow .error').count()).toBe(0);
    await page.getByTestId('pick-from').selectOption(['org-a']);
    await page.getByTestId('pick-to').selectOption(['org-b']);
    const expected = (await api('/networks/uploaded-links/flow', { from: ['org-a'], to: ['org-b'] })) as {
      value: number;
    };
    await timed(
      'pick sponsor and recipient → flow on screen',
      () => page.getByTestId('apply-terminals').click(),
      () =>
        expect.poll(() => page.getByTestId('flow-value').textContent(), POLL).toBe(String(expected.value)),
    );
    expect(page.url()).toContain('from=org-a');
    expect(page.url()).toContain('to=org-b');
    await page.screenshot({ path: join(OUT, 'web-upload-pairs-1440x900.png') });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('screens with country and birth date, shows progress, explains in words and downloads the results', async () => {
    const { page, errors } = await open(WIDE, '#/screening');
    expect(await page.locator('.screen-form select').first().inputValue()).toBe('Thing');
    // Hold the answer back a moment to see the running state.
    await page.route('**/match/**', async (route) => {
      await new Promise((r) => setTimeout(r, 500));
      await route.continue();
    });
    await page.getByLabel('Name').fill('Hassan Nasrallah');
    await page.getByTestId('screen-country').fill('lb');
    await page.getByTestId('screen-birth-date').fill('1960-08-31');
    const submit = page.getByTestId('screen-submit');
    await submit.click();
    await expect.poll(() => submit.isDisabled(), POLL).toBe(true);
    await expect.poll(() => page.getByTestId('screen-busy').isVisible(), POLL).toBe(true);
    const results = page.getByTestId('match-results');
    await expect.poll(() => results.textContent(), POLL).toContain('Hassan Nasrallah');
    expect(await submit.isDisabled()).toBe(false);
    await page.unroute('**/match/**');
    await results.locator('summary').first().click();
    const explain = await results.locator('.explain').first().textContent();
    expect(explain).toContain('The birth dates');
    expect(explain).toContain('They share a country');
    await page.screenshot({ path: join(OUT, 'web-screening-1440x900.png') });
    const download = page.waitForEvent('download');
    await page.getByTestId('export-screening-results-csv').click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('key,query,id,caption,schema,score,match,datasets,evidence');
    expect(csv).toMatch(/^q,Hassan Nasrallah,sdn-3,Hassan Nasrallah,Person,/m);
    const json = page.waitForEvent('download');
    await page.getByTestId('export-screening-results-json').click();
    const hits = JSON.parse(readFileSync(await (await json).path(), 'utf8')) as { id: string }[];
    expect(hits.map((h) => h.id)).toContain('sdn-3');

    // Timed without the held-back answer.
    await page.getByLabel('Name').fill('Hizballah');
    await page.getByTestId('screen-country').fill('');
    await page.getByTestId('screen-birth-date').fill('');
    await timed(
      'screen a name → results on screen',
      () => submit.click(),
      () => expect.poll(() => results.textContent(), POLL).toContain('HIZBALLAH'),
    );
    // One result per entity, even with several datasets stored.
    const ids = await results.locator('summary small.muted').allTextContents();
    const entityIds = ids.map((t) => t.split(' · ').pop());
    expect(new Set(entityIds).size).toBe(entityIds.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('screens a CSV batch whose bad row is reported with its line while the rest is screened', async () => {
    const { page, errors } = await open(WIDE, '#/screening');
    await page.getByTestId('api-key').fill(KEY);
    const csv = 'name,country\nHizballah,lb\n,lb\nHassan Nasrallah,lb\n';
    await timed(
      'screen a 3-row CSV as a job → results on screen',
      () =>
        page
          .getByTestId('batch-file')
          .setInputFiles({ name: 'names.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }),
      () => expect.poll(() => page.getByTestId('batch-summary').textContent(), POLL).toContain('3 rows'),
    );
    expect(await page.getByTestId('batch-summary').textContent()).toContain('1 could not be screened');
    expect(await page.getByTestId('batch-errors').textContent()).toMatch(/^line 3: /);
    expect(await page.locator('.panel').nth(1).textContent()).toContain('Hassan Nasrallah');
    await page.screenshot({ path: join(OUT, 'web-batch-1440x900.png'), fullPage: true });
    // The batch's decisions are in the audit log: its trail downloads from the dossier control.
    const trail = page.waitForEvent('download');
    await page.getByTestId('screening-dossier').getByRole('button', { name: 'CSV' }).click();
    const audit = readFileSync(await (await trail).path(), 'utf8');
    expect(audit.split(/\r?\n/)[0]).toBe(
      'id,at,key_id,action,dataset,dataset_version,request_id,query,results',
    );
    expect(audit).toContain('Hassan Nasrallah');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('accepts a screening hit into the network, and the actor then links to its entity page', async () => {
    const { page, errors } = await open(WIDE, '#/screening');
    await page.getByTestId('api-key').fill(KEY);
    await page.getByLabel('Name').fill('Hizballah');
    await page.getByTestId('screen-submit').click();
    const results = page.getByTestId('match-results');
    await expect.poll(() => results.textContent(), POLL).toContain('HIZBALLAH');
    await page.getByTestId('accept-network').selectOption('article');
    await expect.poll(() => page.getByTestId('accept-node').count(), POLL).toBe(1);
    await page.getByTestId('accept-node').selectOption('hezbollah');
    const hit = results.locator('li.hit', { hasText: 'sdn-2' });
    await hit.locator('summary').click();
    const before = (await api('/networks/article')) as { info: { version: number } };
    await timed(
      'accept a hit into the network → stored',
      () => hit.getByTestId('accept-sdn-2').click(),
      () => expect.poll(() => hit.getByTestId('accepted').textContent(), POLL).toContain('tied to sdn-2'),
    );
    const after = (await api('/networks/article')) as {
      info: { version: number };
      network: { nodes: { id: string; listed?: string[] }[] };
    };
    expect(after.info.version).toBe(before.info.version + 1);
    expect(after.network.nodes.find((n) => n.id === 'hezbollah')!.listed).toContain('sdn-2');

    // From the hit to the entity page: properties, sources, datasets and versions.
    await timed(
      'open the entity page from a hit',
      () => hit.getByTestId('entity-link-sdn-2').click(),
      () => expect.poll(() => page.getByTestId('entity-page').textContent(), POLL).toContain('HIZBALLAH'),
    );
    const entity = page.getByTestId('entity-page');
    expect(await entity.textContent()).toContain('Party of God');
    expect(await page.getByTestId('entity-datasets').textContent()).toContain('demo-list');
    expect(await page.getByTestId('entity-sources').textContent()).toContain(
      'sanctionssearch.ofac.treas.gov',
    );
    await page.screenshot({ path: join(OUT, 'web-entity-1440x900.png') });

    // And from the map's actor (now tied to the list entry) to the same page.
    await page.goto(`${base}/#/network?net=article&sel=hezbollah`);
    const listed = page.getByTestId('listed');
    await expect.poll(() => listed.textContent(), POLL).toContain('sdn-2');
    await listed.getByRole('link', { name: 'sdn-2' }).click();
    await expect.poll(() => page.getByTestId('entity-page').textContent(), POLL).toContain('HIZBALLAH');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works at 420×800: network restored from a link, screening and the entity page', async () => {
    const { page, errors } = await open(NARROW, '#/network?net=article&m=designate-unit-190&rebuild=1');
    const after = (await api('/networks/article/flow', { actions: ['designate-unit-190'] })) as {
      value: number;
    };
    await expect.poll(() => page.getByTestId('flow-value').textContent(), POLL).toBe(String(after.value));
    await page.screenshot({ path: join(OUT, 'web-network-420x800.png') });
    await page.getByTestId('frontier-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'web-frontier-420x800.png') });
    // No horizontal scrolling in the narrow window.
    expect(await page.locator('html').evaluate((e) => e.scrollWidth)).toBeLessThanOrEqual(420);
    await page.goto(`${base}/#/screening`);
    await page.getByLabel('Name').fill('Hizballah');
    await page.getByTestId('screen-submit').click();
    await expect.poll(() => page.getByTestId('match-results').textContent(), POLL).toContain('HIZBALLAH');
    await page.screenshot({ path: join(OUT, 'web-screening-420x800.png') });
    await page.goto(`${base}/#/entity/sdn-2`);
    await expect.poll(() => page.getByTestId('entity-page').textContent(), POLL).toContain('HIZBALLAH');
    await page.screenshot({ path: join(OUT, 'web-entity-420x800.png') });
    expect(errors).toEqual([]);
    await page.close();
  });
});
