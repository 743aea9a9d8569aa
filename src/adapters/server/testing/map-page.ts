// What the map tests and bench/web-map.ts read in the page: the map's handle (set by
// web/src/network-map.tsx as window.__interdictMap), the camera at rest,
// frame intervals, and where a labelled actor is drawn.

import type { Page } from 'playwright-core';

const WAIT = { timeout: 900_000, polling: 50 };

interface Display {
  x: number;
  y: number;
}
interface Handle {
  sigma: {
    getCamera(): { isAnimating(): boolean };
    getNodeState(key: string): { isHighlighted: boolean };
    getNodeDisplayData(key: string): Display | undefined;
    framedGraphToViewport(p: Display): Display;
    getContainer(): { getBoundingClientRect(): { left: number; top: number } };
    getDimensions(): { width: number; height: number };
  };
  labels(): { key: string }[];
  labelPassPending(): boolean;
}
type PageWindow = {
  __interdictMap?: Handle;
  requestAnimationFrame(fn: (t: number) => void): number;
  __frames?: number[];
  __stopFrames?: boolean;
  __tick?: (t: number) => void;
};

/** Resolves once the map is drawn, its camera rests and the label pass after the last move has run, two frames later. */
export async function settled(page: Page): Promise<void> {
  for (;;) {
    // A predicate that answers at once (waitForFunction would take a promise for a truthy answer).
    await page.waitForFunction(
      () => {
        const m = (globalThis as unknown as PageWindow).__interdictMap;
        return !!m && !m.sigma.getCamera().isAnimating() && !m.labelPassPending();
      },
      undefined,
      WAIT,
    );
    const still = await page.evaluate(
      () =>
        new Promise<boolean>((resolve) => {
          const w = globalThis as unknown as PageWindow;
          w.requestAnimationFrame(() =>
            w.requestAnimationFrame(() => {
              const m = w.__interdictMap;
              resolve(!!m && !m.sigma.getCamera().isAnimating() && !m.labelPassPending());
            }),
          );
        }),
    );
    if (still) return;
  }
}

/** Resolves once the map shows labels (the first picture is drawn), then once it rests. */
export async function drawn(page: Page): Promise<void> {
  await page.waitForFunction(
    () => ((globalThis as unknown as PageWindow).__interdictMap?.labels().length ?? 0) > 0,
    undefined,
    WAIT,
  );
  await settled(page);
}

export async function highlighted(page: Page, key: string): Promise<void> {
  await page.waitForFunction(
    (k) => (globalThis as unknown as PageWindow).__interdictMap?.sigma.getNodeState(k).isHighlighted === true,
    key,
    WAIT,
  );
}

/** A labelled actor other than `not` whose centre is on the canvas, with where it is drawn in page coordinates. */
export async function labelledPoint(
  page: Page,
  not: string,
  kind: 'actor' | 'group' = 'actor',
): Promise<{ key: string; x: number; y: number } | undefined> {
  return page.evaluate(
    ([skip, want]) => {
      const m = (globalThis as unknown as PageWindow).__interdictMap!;
      const r = m.sigma.getContainer().getBoundingClientRect();
      const { width, height } = m.sigma.getDimensions();
      for (const { key } of m.labels()) {
        if (key === skip || key.startsWith('community:') !== (want === 'group')) continue;
        const d = m.sigma.getNodeDisplayData(key);
        if (!d) continue;
        const p = m.sigma.framedGraphToViewport(d);
        // A label can name an actor whose centre is just off the canvas; the tools cover the top right.
        if (p.x < 1 || p.y < 1 || p.x > width - 1 || p.y > height - 1) continue;
        if (p.y < 60 && p.x > width - 360) continue;
        return { key, x: r.left + p.x, y: r.top + p.y };
      }
      return undefined;
    },
    [not, kind] as const,
  );
}

export interface FrameStats {
  count: number;
  median: number;
  p95: number;
  max: number;
}

/** Frame intervals (requestAnimationFrame) while `action` runs. */
export async function frameStats(page: Page, action: () => Promise<void>): Promise<FrameStats> {
  await page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    w.__frames = [];
    w.__stopFrames = false;
    // A property, not a named function: the page runs this as written (no helpers of a bundler).
    w.__tick = (t: number) => {
      w.__frames!.push(t);
      if (!w.__stopFrames) w.requestAnimationFrame(w.__tick!);
    };
    w.requestAnimationFrame(w.__tick);
  });
  await action();
  return page.evaluate(() => {
    const w = globalThis as unknown as PageWindow;
    w.__stopFrames = true;
    const f = w.__frames ?? [];
    const gaps = f.slice(1).map((t, i) => t - f[i]!);
    gaps.sort((a, b) => a - b);
    return {
      count: gaps.length,
      median: gaps[Math.floor(gaps.length / 2)] ?? 0,
      p95: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
      max: gaps[gaps.length - 1] ?? 0,
    };
  });
}
