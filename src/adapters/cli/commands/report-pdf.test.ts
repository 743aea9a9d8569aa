// The reports as a reader gets them: printed to PDF by Chromium, pages turned
// into PNGs (test-output/), text read back with pdftotext and compared with
// what the CLI prints for the same network; label boxes checked from the
// layout and from the boxes Chromium actually draws.

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../../core/ingest/scenario.js';
import { writeScenarioYaml } from '../../../core/ingest/scenario-write.js';
import { caption } from '../../../core/model/entity.js';
import type { Network } from '../../../core/model/network.js';
import { intersectingPairs, type Box } from '../../../service/report/labels.js';
import { buildNetworkFromStore } from '../../../service/network-build.js';
import { importList } from '../../node/import-list.js';
import { SqliteStore } from '../../node/sqlite-store.js';
import { generatedNetwork } from '../../../service/report/testing/generated-network.js';
import { networkLayout } from '../../../service/report/testing/network-layout.js';
import { findChromium, pdfPageCount } from '../../node/pdf.js';
import { launchChromium, TEST_OUTPUT } from '../../server/testing/browser.js';
import { pdfPages, pdfSkipReason, pdfToPngs, type PdfPages } from '../testing/pdf-files.js';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';

const skip = pdfSkipReason;
if (skip) console.warn(`report PDF tests skipped: ${skip}`);

const OUT = TEST_OUTPUT;
const ARTICLE = 'data/scenarios/article.yaml';
const SDN_2021 = 'test/fixtures/ofac-sdn-2021-07';

const fmt = (v: number) =>
  Number.isInteger(v) ? v.toLocaleString('en-US') : v.toLocaleString('en-US', { maximumFractionDigits: 2 });

interface Printed {
  pdf: string;
  html: string;
  pages: number;
}

async function printReport(name: string, file: string, budget?: number): Promise<Printed> {
  mkdirSync(OUT, { recursive: true });
  const pdf = join(OUT, `report-${name}.pdf`);
  const html = join(OUT, `report-${name}.html`);
  const db = tempDb();
  for (const output of [pdf, html]) {
    const r = await runCli([
      'report',
      file,
      ...(budget !== undefined ? ['--budget', String(budget)] : []),
      '--output',
      output,
      '--db',
      db,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  }
  return { pdf, html, pages: pdfToPngs(pdf, OUT, `report-${name}`) };
}

/** The boxes Chromium draws for every actor label and mark, per picture. */
async function renderedLabelBoxes(browser: Browser, html: string): Promise<Box[][]> {
  const page = await browser.newPage();
  try {
    await page.goto(`file://${html}`);
    return await page.evaluate(`[...document.querySelectorAll('figure svg')].map((svg) =>
      [...svg.querySelectorAll('text.label, g.mark')].map((el) => {
        const r = el.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }))`);
  } finally {
    await page.close();
  }
}

async function expectReaderChecks(
  browser: Browser,
  network: Network,
  file: string,
  budget: number | undefined,
  printed: Printed,
): Promise<PdfPages> {
  // Page count: the PDF has what pdfinfo says, one PNG per page, and at least a page per section.
  expect(pdfPageCount(readFileSync(printed.pdf))).toBe(printed.pages);
  // Tagged for screen readers, with the sections as bookmarks (the print that finds the pages has neither).
  const raw = readFileSync(printed.pdf).toString('latin1');
  expect(raw).toMatch(/\/StructTreeRoot\b/);
  expect(raw).toMatch(/\/Outlines\b/);
  const pngs = readdirSync(OUT).filter((f) => f.startsWith(`report-${network.id}-`) && f.endsWith('.png'));
  expect(pngs).toHaveLength(printed.pages);
  // The text is read once (pdftotext gives the same page text alone or within the whole).
  const read = pdfPages(printed.pdf, { layout: true });
  expect(read.count).toBe(printed.pages);
  const text = read.all;
  const sectionCount = (read.page(1).match(/^\s*\d+\. /gm) ?? []).length;
  // Without measures there is no plan, frontier or rebuild: the network, actors, flow, chokepoints, sources.
  expect(sectionCount).toBeGreaterThanOrEqual(budget === undefined ? 5 : 6);
  expect(printed.pages).toBeGreaterThan(sectionCount);
  expect(text).toContain(`page ${printed.pages} of ${printed.pages}`);

  // The contents give the page each section starts on.
  for (const m of read.page(1).matchAll(/^\s*(\d+)\. (.+?)\s{2,}(\d+)\s*$/gm)) {
    const [, n, title, page] = m;
    expect(read.page(Number(page)), `${n}. ${title} on page ${page}`).toContain(`${n}. ${title}`);
  }

  // The figures the CLI prints for the same network.
  const flow = JSON.parse((await runCli(['flow', file, '--json'])).stdout) as {
    value: number;
    cut: { capacity: number };
  };
  expect(text).toContain(`All recipients together: ${fmt(flow.value)} per period`);
  expect(text).toContain(`capacity ${fmt(flow.cut.capacity)})`);
  if (budget !== undefined) {
    const plan = JSON.parse((await runCli(['plan', file, '--budget', String(budget), '--json'])).stdout) as {
      cost: number;
      residualFlow: number;
      baseFlow: number;
    };
    expect(text).toMatch(new RegExp(`Cost\\s+${fmt(plan.cost)};`));
    expect(text.replace(/\s+/g, ' ')).toContain(
      `${fmt(plan.residualFlow)} of ${fmt(plan.baseFlow)} per period`,
    );
  }

  // Every actor's label is in the picture, whole.
  const html = readFileSync(printed.html, 'utf8');
  const picture = html.slice(html.indexOf('<svg'), html.indexOf('</svg>'));
  for (const n of network.nodes) {
    const m = new RegExp(`<text class="label" data-label="${n.id}"[^>]*>(.*?)</text>`).exec(picture);
    expect(m, n.id).not.toBeNull();
    const words = [...m![1]!.matchAll(/<tspan[^>]*>(.*?)<\/tspan>/g)].map((x) => x[1]).join(' ');
    expect(
      words
        .replace(/&#39;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&'),
    ).toBe(caption(n));
  }

  // No two labels meet as Chromium draws them (so the font metrics hold too).
  const drawn = await renderedLabelBoxes(browser, printed.html);
  expect(drawn.length).toBeGreaterThanOrEqual(3);
  for (const boxes of drawn) {
    const shrunk = boxes.map((b) => ({
      x: b.x + 0.3,
      y: b.y + 0.3,
      width: b.width - 0.6,
      height: b.height - 0.6,
    }));
    expect(intersectingPairs(shrunk)).toEqual([]);
  }
  return read;
}

describe.skipIf(!!skip)('reports printed to PDF', () => {
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    browser = await launchChromium();
    dir = tempDir();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('prints the article report: pages, contents, the CLI’s figures and every label clear', async () => {
    const network = parseScenario(readFileSync(ARTICLE, 'utf8'), { file: ARTICLE });
    const printed = await printReport('article', ARTICLE, 4);
    const text = (await expectReaderChecks(browser, network, ARTICLE, 4, printed)).page(1);
    expect(text).toContain('What is illustrative');
    expect(text).toContain('sha256:');
  }, 300_000);

  it('prints the designated network the real SDN list records around HIZBALLAH, HAMAS and the IRGC-QF', async () => {
    // Built by the service from the July 2021 SDN set kept in test/fixtures; the lists give who is
    // tied to whom, so the actors no one is tied to are the sponsors and the three seeds the recipients.
    const store = new SqliteStore(tempDb());
    let network: Network;
    try {
      await importList(store, { format: 'ofac-csv', path: SDN_2021, dataset: 'sdn' });
      const built = await buildNetworkFromStore(store, {
        name: 'designated',
        datasets: [{ name: 'sdn' }],
        around: ['HIZBALLAH', 'HAMAS', 'IRGC-QF'],
        hops: 1,
        save: false,
      });
      const seeds = new Set(built.report.seeds.flatMap((x) => x.ids));
      expect([...seeds].sort()).toEqual(['ofac-10465', 'ofac-4695', 'ofac-4697']);
      const fed = new Set(built.network.channels.map((c) => c.to));
      network = {
        ...built.network,
        nodes: built.network.nodes.map((n) => ({
          ...n,
          role: seeds.has(n.id) ? 'recipient' : fed.has(n.id) ? n.role : 'sponsor',
        })),
      };
    } finally {
      await store.close();
    }
    expect(network.nodes.length).toBeGreaterThan(100);
    const file = join(dir, 'designated.yaml');
    writeFileSync(file, writeScenarioYaml(network));
    const printed = await printReport(network.id, file);
    const read = await expectReaderChecks(browser, network, file, undefined, printed);
    // No two label boxes meet, computed from the layout the report draws.
    const layout = networkLayout(network);
    expect(intersectingPairs([...layout.labels.map((l) => l.box), ...layout.shapes])).toEqual([]);
    expect(layout.width / layout.height).toBeGreaterThan(0.7);
    expect(read.all).toContain('Built from sanctions lists');
    expect(read.all).toContain('Muhammad Sa');
  }, 300_000);

  it('prints a 200-actor network with every label whole and clear', async () => {
    const network = generatedNetwork(200);
    const file = join(dir, `${network.id}.yaml`);
    writeFileSync(file, writeScenarioYaml(network));
    const printed = await printReport(network.id, file, 6);
    await expectReaderChecks(browser, network, file, 6, printed);
  }, 300_000);
});

it('finds no Chromium at a path that does not exist', () => {
  expect(findChromium({ INTERDICT_CHROMIUM: '/no/such/chromium' })).toBeUndefined();
  expect(existsSync('/no/such/chromium')).toBe(false);
});
