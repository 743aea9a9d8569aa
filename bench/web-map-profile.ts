// A CPU profile of the web map in headless Chromium (DevTools Protocol
// `Profiler`, 1 ms sampling) during one interaction on a generated association
// network (or, SUPPORT=1, a generated support network with roles and
// measures): a 20-move pan at the fit zoom, the same pan zoomed in (ZOOMIN=1,
// camera ratio 0.1), a search and centre (SEARCH=1), or on a support network
// one measure switched on until the figures answer it (WHATIF=1), or the page's
// load until the first map is drawn and its labels placed (LOAD=1). Prints wall and
// browser CPU time, frame intervals, and the functions with the most self and
// inclusive time; the profile goes to $PROFILE_OUT (default
// /tmp/web-map.cpuprofile), which Chrome DevTools opens. Needs the build.
//
//   N=50000 nice -n 10 npx tsx bench/web-map-profile.ts
//   SUPPORT=1 WHATIF=1 N=5000 npx tsx bench/web-map-profile.ts

import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packagePath } from '../src/adapters/node/package-root.js';
import { SqliteStore } from '../src/adapters/node/sqlite-store.js';
import { launchChromium } from '../src/adapters/server/testing/browser.js';
import { freePort } from '../src/adapters/server/testing/free-port.js';
import { drawn, frameStats, settled } from '../src/adapters/server/testing/map-page.js';
import { generatedNetwork } from '../src/service/report/testing/generated-network.js';
import { associationNetwork } from '../src/service/testing/association-network.js';
import { descendantsCpuMs } from './lib/proc-cpu.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const size = Number(process.env.N ?? 50000);
const dir = mkdtempSync(join(tmpdir(), 'web-map-profile-'));
const net = process.env.SUPPORT ? generatedNetwork(size) : associationNetwork(size);
const db = join(dir, 'n.sqlite');
const store = new SqliteStore(db);
await store.saveNetwork(net, { contentHash: `${net.id}-v1`, format: 'scenario' });
await store.close();
const port = await freePort();
const child = spawn(
  process.execPath,
  [packagePath('bin', 'interdict.js'), 'serve', '--db', db, '--port', String(port), '--log-level', 'warn'],
  { stdio: 'ignore' },
);
const base = `http://127.0.0.1:${port}`;
for (;;) {
  const up = await fetch(`${base}/healthz`).then(
    (r) => r.ok,
    () => false,
  );
  if (up) break;
  await new Promise((r) => setTimeout(r, 100));
}
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  const load = !!process.env.LOAD;
  if (load) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
  }
  let t = performance.now();
  const l0 = descendantsCpuMs(process.pid, [child.pid!]);
  await page.goto(`${base}/#/network?net=${net.id}`);
  await drawn(page);
  if (load) await settled(page);
  console.log(
    `map drawn ${Math.round(performance.now() - t)} ms, browser CPU ${Math.round(descendantsCpuMs(process.pid, [child.pid!]) - l0)} ms`,
  );
  if (load) {
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    writeFileSync(process.env.PROFILE_OUT ?? '/tmp/web-map.cpuprofile', JSON.stringify(profile));
    summarise(profile);
  } else await interact();

  async function interact(): Promise<void> {
    if (process.env.ZOOMIN) {
      await page.evaluate(() =>
        (
          globalThis as unknown as {
            __interdictMap: { sigma: { getCamera(): { setState(s: { ratio: number }): void } } };
          }
        ).__interdictMap.sigma
          .getCamera()
          .setState({ ratio: 0.1 }),
      );
      await settled(page);
    }
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    const b0 = descendantsCpuMs(process.pid, [child.pid!]);
    t = performance.now();
    const f = await frameStats(page, async () => {
      if (process.env.WHATIF) {
        const measure = page.locator('[data-testid^="measure-"]').first();
        const busy = (v: string) =>
          page.waitForSelector(`.panel.flow[aria-busy="${v}"]`, { state: 'attached', timeout: 120_000 });
        await measure.check();
        await busy('true').catch(() => undefined); // the answer may come before this looks
        await busy('false');
      } else if (process.env.SEARCH) {
        const nameOf = (n: (typeof net.nodes)[number]) => n.properties.name?.[0] ?? n.id;
        const uses = new Map<string, number>();
        for (const n of net.nodes) uses.set(nameOf(n), (uses.get(nameOf(n)) ?? 0) + 1);
        const target = net.nodes
          .slice(Math.floor(net.nodes.length * 0.77))
          .find((n) => uses.get(nameOf(n)) === 1)!;
        await page.getByTestId('map-search').fill(nameOf(target));
        await page.getByTestId('map-search').press('Enter');
      } else {
        await page.mouse.move(700, 450);
        await page.mouse.down();
        await page.mouse.move(450, 320, { steps: 20 });
        await page.mouse.up();
      }
      await settled(page);
    });
    const wall = performance.now() - t;
    const cpu = descendantsCpuMs(process.pid, [child.pid!]) - b0;
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    writeFileSync(process.env.PROFILE_OUT ?? '/tmp/web-map.cpuprofile', JSON.stringify(profile));
    console.log(
      `${Math.round(wall)} ms wall, browser CPU ${Math.round(cpu)} ms, frames ${f.count}, median ${Math.round(f.median)} ms, p95 ${Math.round(f.p95)} ms`,
    );
    summarise(profile);
  }
} finally {
  await browser.close();
  child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}

/** Prints the functions with the most self and inclusive time. */
function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const name = (id: number) => {
    const cf = byId.get(id)!.callFrame;
    return `${cf.functionName || '(anonymous)'} ${cf.url.split('/').pop()}:${cf.lineNumber}:${cf.columnNumber}`;
  };
  const selfBy = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of self) {
    selfBy.set(name(id), (selfBy.get(name(id)) ?? 0) + us);
    const seen = new Set<string>();
    for (let x: number | undefined = id; x !== undefined; x = parent.get(x)) {
      if (seen.has(name(x))) continue;
      seen.add(name(x));
      inclusive.set(name(x), (inclusive.get(name(x)) ?? 0) + us);
    }
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => `${String(Math.round(us / 1000)).padStart(7)} ms  ${k}`)
      .join('\n');
  console.log(`self time:\n${top(selfBy, 25)}\ninclusive time:\n${top(inclusive, 25)}`);
}
