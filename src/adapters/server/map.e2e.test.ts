// End-to-end: the network map in headless Chromium against a real server, on
// generated networks of 200 and 5,000 actors (support networks, laid out in
// layers) and 50,000 actors (an association network, laid out by force and
// shown by community when zoomed out), at 1440×900 and 420×800. Checks that no
// two labels shown overlap (boxes measured from the rendered positions), that
// search centres the actor found, that zoom and fit work, that the exports are
// real pictures, and that axe finds no serious accessibility violation.
// Prints the time of each interaction; asserts no timing beyond generous bounds.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatedNetwork } from '../../service/report/testing/generated-network.js';
import { associationNetwork } from '../../service/testing/association-network.js';
import { ensureDemo } from '../cli/commands/serve.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { buildServer } from './app.js';
import { buildWebApp, haveChromium, launchChromium, skipReason, TEST_OUTPUT } from './testing/browser.js';

/** Generous: the machine may be shared; nothing here fails for being slow short of a hang. */
const POLL = { timeout: 600_000, interval: 100 };
/** Per test: opening a 5,000-actor network runs the server's flow analysis first. */
const LONG = 1_200_000;
const SIZES = [
  [1440, 900],
  [420, 800],
] as const;
skipReason('map e2e');

/** The page's globals these tests read (the map's handle is set by web/src/network-map.tsx). */
interface PageGlobals {
  __interdictMap?: {
    sigma: SigmaView;
    labels: () => Box[];
    zoomedOut: () => boolean;
    labelPassPending: () => boolean;
  };
  document: {
    createElement(tag: 'canvas'): {
      getContext(kind: '2d'): { font: string; measureText(text: string): { width: number } } | null;
    };
  };
  requestAnimationFrame(fn: (t: number) => void): number;
}

interface DisplayData {
  x: number;
  y: number;
  size: number;
  visibility?: string;
  labelSize?: number;
  labelFont?: string;
}

interface SigmaView {
  getNodeDisplayedLabels(): Set<string>;
  getNodeDisplayData(key: string): DisplayData | undefined;
  framedGraphToViewport(p: { x: number; y: number }): { x: number; y: number };
  scaleSize(size: number): number;
  getDimensions(): { width: number; height: number };
  getNodeState(key: string): { isHighlighted: boolean };
  getContainer(): { getBoundingClientRect(): { left: number; top: number } };
  getCamera(): { isAnimating(): boolean; getState(): { ratio: number } };
  getGraph(): {
    getNodeAttribute(key: string, name: string): unknown;
    filterNodes(fn: (key: string, attrs: Record<string, unknown>) => boolean): string[];
  };
}

interface Box {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The labels sigma drew in its last frame, each box from the node's rendered position and the text's measured width. */
async function renderedLabels(page: Page): Promise<Box[]> {
  return page.evaluate(() => {
    const map = (globalThis as unknown as PageGlobals).__interdictMap!;
    const s = map.sigma;
    const ctx = (globalThis as unknown as PageGlobals).document.createElement('canvas').getContext('2d')!;
    const out: Box[] = [];
    for (const key of s.getNodeDisplayedLabels()) {
      const d = s.getNodeDisplayData(key)!;
      if (d.visibility === 'hidden') continue;
      const p = s.framedGraphToViewport(d);
      const r = s.scaleSize(d.size);
      ctx.font = `${d.labelSize ?? 12}px ${d.labelFont ?? 'sans-serif'}`;
      const text = s.getGraph().getNodeAttribute(key, 'label') as string;
      const width = ctx.measureText(text).width;
      const height = (d.labelSize ?? 12) * 1.2;
      // Right of the node, after sigma's label margin (5 px), centred on the node.
      out.push({ key, x: p.x + r + 5, y: p.y - height / 2, width, height });
    }
    return out;
  });
}

function overlapping(boxes: Box[]): [string, string][] {
  const pairs: [string, string][] = [];
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < sorted[i]!.x + sorted[i]!.width; j++) {
      const a = sorted[i]!;
      const b = sorted[j]!;
      if (a.y < b.y + b.height - 0.5 && b.y < a.y + a.height - 0.5 && b.x < a.x + a.width - 0.5)
        pairs.push([a.key, b.key]);
    }
  return pairs;
}

/** Resolves once the camera rests and the label pass after its last move has run. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const m = (globalThis as unknown as PageGlobals).__interdictMap;
        const s = m?.sigma;
        if (!m || !s || s.getCamera().isAnimating()) return resolve(false);
        setTimeout(() => resolve(!s.getCamera().isAnimating() && !m.labelPassPending()), 160);
      }),
    undefined,
    POLL,
  );
}

async function timed(
  label: string,
  times: Record<string, number>,
  action: () => Promise<void>,
): Promise<void> {
  const t = performance.now();
  await action();
  times[label] = Math.round(performance.now() - t);
}

// The timed interactions on the 5,000- and 50,000-actor networks take minutes
// in software WebGL on two cores: they run when INTERDICT_TEST_LARGE_MAP=1,
// not in every suite run (the overlap checks at 200 and 5,000 actors always run).
const LARGE = process.env.INTERDICT_TEST_LARGE_MAP === '1';
if (haveChromium && !LARGE)
  console.log(
    'map.e2e: the timed 5,000- and 50,000-actor interaction tests are skipped (set INTERDICT_TEST_LARGE_MAP=1 to run them)',
  );

describe.skipIf(!haveChromium)('network map in headless Chromium', () => {
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;
  let store: SqliteStore;
  const report: string[] = [];

  beforeAll(async () => {
    const webRoot = await buildWebApp();
    store = new SqliteStore(':memory:');
    await ensureDemo(store);
    for (const network of [
      generatedNetwork(200),
      generatedNetwork(5000),
      ...(LARGE ? [associationNetwork(50_000)] : []),
    ])
      await store.saveNetwork(network, { contentHash: `${network.id}-v1`, format: 'scenario' });
    app = await buildServer(store, { webRoot });
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await store?.close();
    if (report.length)
      console.log(`Map interaction times (ms, wall clock, this machine):\n${report.join('\n')}`);
  });

  async function open(network: string, width: number, height: number, bypassCSP = false) {
    const page = await browser.newPage({ viewport: { width, height }, bypassCSP });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const t = performance.now();
    await page.goto(`${base}/#/network?net=${network}`);
    await page.waitForFunction(
      () => ((globalThis as unknown as PageGlobals).__interdictMap?.labels().length ?? 0) > 0,
      undefined,
      POLL,
    );
    await settled(page);
    return { page, errors, loadMs: Math.round(performance.now() - t) };
  }

  // The 5,000-actor network at 1440×900 is checked in the timed test below (one load of it).
  for (const [actors, width, height] of [
    [200, 1440, 900],
    [200, 420, 800],
    [5000, 420, 800],
  ] as const)
    it(
      `shows the ${actors}-actor network at ${width}×${height} with no two labels overlapping`,
      async () => {
        const { page, errors, loadMs } = await open(`generated-${actors}`, width, height);
        const labels = await renderedLabels(page);
        // Enough labels to read the picture, and none on top of another.
        expect(labels.length).toBeGreaterThanOrEqual(width > 1000 ? 10 : actors > 1000 ? 1 : 3);
        expect(overlapping(labels)).toEqual([]);
        // The sponsors are labelled first and sit left of the recipients.
        const roles = await page.evaluate(() => {
          const s = (globalThis as unknown as PageGlobals).__interdictMap!.sigma;
          const g = s.getGraph();
          const xs = (role: string) =>
            g.filterNodes((_k, a) => a.role === role).map((k) => s.getNodeDisplayData(k)!.x);
          return { sponsor: Math.max(...xs('sponsor')), recipient: Math.min(...xs('recipient')) };
        });
        if (width > 1000) expect(roles.sponsor).toBeLessThan(roles.recipient);
        await page.screenshot({ path: join(TEST_OUTPUT, `map-${actors}-${width}x${height}.png`) });
        // Zooming in shows more labels, still without overlap.
        await page.getByTestId('zoom-in').click();
        await settled(page);
        const closer = await renderedLabels(page);
        expect(overlapping(closer)).toEqual([]);
        if (actors === 200 && width > 1000) {
          // Search an actor whose label the first view leaves out because it would
          // cover labels shown: once found and highlighted its label is drawn, and
          // no other touches it, centred and back in the first view (fit).
          const { key: target, hits } = await page.evaluate((shown) => {
            const w = globalThis as unknown as PageGlobals;
            const s = w.__interdictMap!.sigma;
            const ctx = w.document.createElement('canvas').getContext('2d')!;
            const keys = new Set(shown.map((b) => b.key));
            let best: { key: string; hits: number } | undefined;
            for (const key of s.getGraph().filterNodes(() => true)) {
              if (keys.has(key)) continue;
              const d = s.getNodeDisplayData(key)!;
              const p = s.framedGraphToViewport(d);
              const { width: vw, height: vh } = s.getDimensions();
              if (p.x < 0 || p.y < 0 || p.x > vw || p.y > vh) continue;
              ctx.font = `${d.labelSize ?? 12}px ${d.labelFont ?? 'sans-serif'}`;
              const width = ctx.measureText(s.getGraph().getNodeAttribute(key, 'label') as string).width;
              const h = (d.labelSize ?? 12) * 1.2;
              const x = p.x + s.scaleSize(d.size) + 5;
              const y = p.y - h / 2;
              const hits = shown.filter(
                (b) => x < b.x + b.width && b.x < x + width && y < b.y + b.height && b.y < y + h,
              ).length;
              if (!best || hits > best.hits) best = { key, hits };
            }
            return best!;
          }, labels);
          expect(hits).toBeGreaterThan(0);
          await page.getByTestId('map-search').fill(target);
          await page.getByTestId('map-search').press('Enter');
          await page.waitForFunction(
            (key) =>
              (globalThis as unknown as PageGlobals).__interdictMap!.sigma.getNodeState(key).isHighlighted,
            target,
            POLL,
          );
          await settled(page);
          const afterSearch = await renderedLabels(page);
          expect(afterSearch.map((b) => b.key)).toContain(target);
          expect(overlapping(afterSearch)).toEqual([]);
          for (const how of ['zoom-fit', 'zoom-out']) {
            await page.getByTestId(how).click();
            await settled(page);
            const further = await renderedLabels(page);
            expect(further.map((b) => b.key)).toContain(target);
            expect(overlapping(further)).toEqual([]);
          }
          await page.screenshot({ path: join(TEST_OUTPUT, `map-${actors}-search-${width}x${height}.png`) });
        }
        expect(errors).toEqual([]);
        report.push(`${actors} actors, ${width}×${height}: load ${loadMs}, labels shown ${labels.length}`);
        await page.close();
      },
      LONG,
    );

  it.skipIf(!LARGE)(
    'on the 5,000-actor network: fit, zoom, search and select, each timed',
    async () => {
      const { page, errors, loadMs } = await open('generated-5000', 1440, 900);
      const times: Record<string, number> = { load: loadMs };
      const first = await renderedLabels(page);
      expect(first.length).toBeGreaterThanOrEqual(5);
      expect(overlapping(first)).toEqual([]);
      await page.screenshot({ path: join(TEST_OUTPUT, 'map-5000-1440x900.png') });
      await timed('zoom in', times, async () => {
        await page.getByTestId('zoom-in').click();
        await settled(page);
      });
      await timed('zoom out', times, async () => {
        await page.getByTestId('zoom-out').click();
        await settled(page);
      });
      await page.mouse.move(500, 450);
      await page.mouse.wheel(0, -600);
      await settled(page);
      await timed('fit', times, async () => {
        await page.getByTestId('zoom-fit').click();
        await settled(page);
      });
      const ratio = await page.evaluate(
        () => (globalThis as unknown as PageGlobals).__interdictMap!.sigma.getCamera().getState().ratio,
      );
      expect(ratio).toBeCloseTo(1, 5);
      // Search: a recipient by part of its name; the camera centres on it.
      const target = await page.evaluate(() => {
        const g = (globalThis as unknown as PageGlobals).__interdictMap!.sigma.getGraph();
        return { key: 'recipient-321', label: g.getNodeAttribute('recipient-321', 'label') as string };
      });
      await timed('search', times, async () => {
        await page.getByTestId('map-search').fill(target.label.split(' (')[0]!);
        await page.getByTestId('map-search').press('Enter');
        await settled(page);
      });
      const at = await page.evaluate((key) => {
        const s = (globalThis as unknown as PageGlobals).__interdictMap!.sigma;
        const p = s.framedGraphToViewport(s.getNodeDisplayData(key)!);
        const { width, height } = s.getDimensions();
        return { dx: p.x - width / 2, dy: p.y - height / 2, highlighted: s.getNodeState(key).isHighlighted };
      }, target.key);
      expect(Math.abs(at.dx)).toBeLessThan(3);
      expect(Math.abs(at.dy)).toBeLessThan(3);
      expect(at.highlighted).toBe(true);
      expect(overlapping(await renderedLabels(page))).toEqual([]);
      // Select: click another labelled actor where it is drawn.
      const other = (await renderedLabels(page)).find((b) => b.key !== target.key)!;
      const point = await page.evaluate((key) => {
        const s = (globalThis as unknown as PageGlobals).__interdictMap!.sigma;
        const p = s.framedGraphToViewport(s.getNodeDisplayData(key)!);
        const r = s.getContainer().getBoundingClientRect();
        return { x: r.left + p.x, y: r.top + p.y };
      }, other.key);
      await timed('select', times, async () => {
        await page.mouse.click(point.x, point.y);
        await page.waitForFunction(
          (key) =>
            (globalThis as unknown as PageGlobals).__interdictMap!.sigma.getNodeState(key).isHighlighted,
          other.key,
          POLL,
        );
      });
      // Hover card over the selected actor.
      await page.mouse.move(point.x + 1, point.y);
      await expect
        .poll(() => page.getByTestId('hover-card').textContent(), POLL)
        .toContain(
          (await page.evaluate(
            (k) =>
              (globalThis as unknown as PageGlobals)
                .__interdictMap!.sigma.getGraph()
                .getNodeAttribute(k, 'label'),
            other.key,
          )) as string,
        );
      await page.screenshot({ path: join(TEST_OUTPUT, 'map-5000-search-select.png') });
      // Exports: an SVG with every shown label, a PNG that decodes.
      const svgDownload = page.waitForEvent('download');
      await page.getByTestId('export-svg').click();
      const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
      expect(svg).toMatch(/^<svg /);
      expect(svg).toContain(other.key.startsWith('recipient') ? 'recipient' : '');
      expect((svg.match(/<text /g) ?? []).length).toBe(
        await page.evaluate(() => (globalThis as unknown as PageGlobals).__interdictMap!.labels().length),
      );
      const pngDownload = page.waitForEvent('download');
      await page.getByTestId('export-png').click();
      const png = readFileSync((await (await pngDownload).path())!);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.length).toBeGreaterThan(10_000);
      expect(errors).toEqual([]);
      report.push(
        `5000 actors, 1440×900: ${Object.entries(times)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}`,
      );
      await page.close();
    },
    LONG,
  );

  it.skipIf(!LARGE)(
    'on the 50,000-actor network: communities when zoomed out, actors when zoomed in; pan and zoom stay responsive',
    async () => {
      const { page, errors, loadMs } = await open('association-50000', 1440, 900);
      const out = await page.evaluate(() => {
        const m = (globalThis as unknown as PageGlobals).__interdictMap!;
        const g = m.sigma.getGraph();
        const shown = [...m.sigma.getNodeDisplayedLabels()];
        return {
          zoomedOut: m.zoomedOut(),
          clusters: shown.filter((k) => g.getNodeAttribute(k, 'lod') === 'cluster').length,
          shown: shown.length,
        };
      });
      expect(out.zoomedOut).toBe(true);
      expect(out.clusters).toBe(out.shown);
      expect(overlapping(await renderedLabels(page))).toEqual([]);
      await page.screenshot({ path: join(TEST_OUTPUT, 'map-50000-communities.png') });
      // Frame intervals while panning (drag) and zooming (wheel).
      await page.evaluate(() => {
        const w = globalThis as unknown as PageGlobals & { frames: number[]; stopFrames?: boolean };
        w.frames = [];
        const tick = (t: number) => {
          w.frames.push(t);
          if (!w.stopFrames) w.requestAnimationFrame(tick);
        };
        w.requestAnimationFrame(tick);
      });
      const t0 = performance.now();
      await page.mouse.move(700, 450);
      await page.mouse.down();
      await page.mouse.move(400, 300, { steps: 20 });
      await page.mouse.up();
      const panMs = Math.round(performance.now() - t0);
      const t1 = performance.now();
      for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300);
      await settled(page);
      const zoomMs = Math.round(performance.now() - t1);
      const frames = await page.evaluate(() => {
        const w = globalThis as unknown as PageGlobals & { frames: number[]; stopFrames?: boolean };
        w.stopFrames = true;
        const gaps = w.frames.slice(1).map((t, i) => t - w.frames[i]!);
        gaps.sort((a, b) => a - b);
        return {
          count: gaps.length,
          median: gaps[Math.floor(gaps.length / 2)] ?? 0,
          p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
          max: gaps[gaps.length - 1] ?? 0,
        };
      });
      // Zoomed in: actors, not communities, and still no overlapping labels.
      const inside = await page.evaluate(() => {
        const m = (globalThis as unknown as PageGlobals).__interdictMap!;
        const g = m.sigma.getGraph();
        const shown = [...m.sigma.getNodeDisplayedLabels()];
        return {
          zoomedOut: m.zoomedOut(),
          detail: shown.filter((k) => g.getNodeAttribute(k, 'lod') === 'detail').length,
        };
      });
      expect(inside.zoomedOut).toBe(false);
      expect(inside.detail).toBeGreaterThan(0);
      expect(overlapping(await renderedLabels(page))).toEqual([]);
      await page.screenshot({ path: join(TEST_OUTPUT, 'map-50000-zoomed-in.png') });
      const times: Record<string, number> = {
        load: loadMs,
        'pan (20 moves)': panMs,
        'zoom (6 wheel steps)': zoomMs,
      };
      await timed('fit', times, async () => {
        await page.getByTestId('zoom-fit').click();
        await settled(page);
      });
      expect(errors).toEqual([]);
      report.push(
        `50000 actors, 1440×900: ${Object.entries(times)
          .map(([k, v]) => `${k} ${v}`)
          .join(
            ', ',
          )}; frames during pan and zoom: ${frames.count}, interval median ${Math.round(frames.median)}, p95 ${Math.round(frames.p95)}, max ${Math.round(frames.max)}`,
      );
      // Generous (software WebGL on a shared machine): the map keeps drawing frames while it moves.
      expect(frames.count).toBeGreaterThan(5);
      expect(frames.median).toBeLessThan(15_000);
      await page.close();
    },
    LONG,
  );

  it('has no serious accessibility violations on the map view (axe-core), at both sizes', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const [width, height] of SIZES) {
      // The app's CSP forbids inline scripts; axe is injected by the test, so this page bypasses it.
      const { page } = await open('generated-200', width, height, true);
      await page.addScriptTag({ content: axe });
      const violations = await page.evaluate(async () => {
        const result = await (
          globalThis as unknown as {
            axe: {
              run: (
                ctx: unknown,
              ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
            };
          }
        ).axe.run((globalThis as unknown as PageGlobals).document);
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations).toEqual([]);
      await page.close();
    }
  });
});
