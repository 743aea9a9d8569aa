// What the browser tests share: where Chromium is, the flags it runs with
// headless on a machine without a GPU, the build of the web app, and a
// server that serves it on 127.0.0.1 to a launched browser.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { Store } from '../../../core/store/store.js';
import { packagePath } from '../../node/package-root.js';
import { CHROMIUM_FLAGS, findChromium } from '../../node/pdf.js';
import { buildServer } from '../app.js';
import type { ServerConfig } from '../config.js';

/** The Chromium the tests drive: INTERDICT_CHROMIUM, else the first one installed. */
export const CHROMIUM = findChromium(process.env);
export const haveChromium = CHROMIUM !== undefined;
/** Screenshots go here. */
export const TEST_OUTPUT = packagePath('test-output');

/** Prints why a browser suite is skipped when Chromium is missing. */
export function skipReason(suite: string): void {
  if (!haveChromium) console.warn(`${suite} skipped: Chromium is missing (apt-get install chromium)`);
}

/**
 * Headless Chromium with software WebGL (SwiftShader) and compositing on that same
 * software GPU, as a browser with a GPU composites: with the GPU disabled instead,
 * the page's main thread waits while the compositor reads every WebGL frame back
 * (on the 50,000-actor map, most of a search's 4–6 s; docs/benchmarks.md,
 * "Compositing on the software GPU"). Every launch gets a fresh, empty profile.
 */
export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is missing (apt-get install chromium)');
  const { chromium } = await import('playwright-core');
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [...CHROMIUM_FLAGS, '--disable-quic', '--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
}

/**
 * The web app built from the current sources (what `interdict serve` serves), built once for
 * every browser test file of a run, and again only when a source changes: the build lands in a
 * folder of the temporary directory named after a hash of everything the build reads (web/,
 * src/contract/ and src/core/, which web/ imports, and the lock file). Test files running at the same time may
 * both build; the first to finish publishes its folder and the other's is discarded.
 */
export async function buildWebApp(): Promise<string> {
  const target = join(tmpdir(), `interdict-web-${webSourceHash()}`);
  if (existsSync(join(target, 'index.html'))) return target;
  const staging = mkdtempSync(join(tmpdir(), 'interdict-web-build-'));
  const { build } = await import('vite');
  await build({
    configFile: packagePath('web', 'vite.config.ts'),
    build: { outDir: staging, emptyOutDir: true },
    logLevel: 'warn',
  });
  try {
    renameSync(staging, target);
  } catch (e) {
    // Another test file published the same build first: use it.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(join(target, 'index.html'))) throw e;
  }
  return target;
}

/** A page that records the page's uncaught errors, at `url`. */
export async function openPage(
  browser: Browser,
  url: string,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage(options);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** The web app served from a store on 127.0.0.1, and a browser to open it in. */
export interface WebSession {
  app: FastifyInstance;
  /** The server's address, as `http://127.0.0.1:PORT`. */
  base: string;
  browser: Browser;
  /** Closes the browser, the server, then what the session was given to close. */
  close(): Promise<void>;
}

/**
 * Builds the web app, serves it with the API on `store` (with `config`) on a
 * free port and launches Chromium. `alsoClose` (the store, a monitor) is
 * closed after the server.
 */
export async function serveWebApp(
  store: Store,
  config: Partial<ServerConfig> = {},
  alsoClose: { close(): Promise<unknown> }[] = [store],
): Promise<WebSession> {
  const webRoot = await buildWebApp();
  const app = await buildServer(store, { webRoot, ...config });
  let browser: Browser;
  let base: string;
  try {
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    browser = await launchChromium();
  } catch (e) {
    await app.close();
    throw e;
  }
  return {
    app,
    base,
    browser,
    async close() {
      await browser.close();
      await app.close();
      for (const c of alsoClose) await c.close();
    },
  };
}

/** A hash of the files the web build reads, by path and content. */
function webSourceHash(): string {
  const hash = createHash('sha256');
  const root = packagePath();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      if (entry.name === 'node_modules' || entry.name === 'dist') continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else {
        hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0');
      }
    }
  };
  walk(packagePath('web'));
  walk(packagePath('src', 'contract'));
  walk(packagePath('src', 'core')); // what src/contract imports
  hash.update(readFileSync(packagePath('package-lock.json')));
  return hash.digest('hex').slice(0, 16);
}
