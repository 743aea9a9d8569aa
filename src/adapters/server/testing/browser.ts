// What the browser tests share: where Chromium is, the flags it runs with
// headless on a machine without a GPU, and a fresh build of the web app.

import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { packagePath } from '../../node/package-root.js';

export const CHROMIUM = '/usr/bin/chromium';
export const haveChromium = existsSync(CHROMIUM);
/** Screenshots go here. */
export const TEST_OUTPUT = packagePath('test-output');

/** Prints why a browser suite is skipped when Chromium is missing. */
export function skipReason(suite: string): void {
  if (!haveChromium) console.warn(`${suite} skipped: ${CHROMIUM} is missing (apt-get install chromium)`);
}

/** Headless Chromium with software WebGL; every launch gets a fresh, empty profile. */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  mkdirSync(TEST_OUTPUT, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Builds the web app into a new temporary folder and returns it (what `interdict serve` serves). */
export async function buildWebApp(): Promise<string> {
  const webRoot = mkdtempSync(join(tmpdir(), 'interdict-web-'));
  const { build } = await import('vite');
  await build({
    configFile: packagePath('web', 'vite.config.ts'),
    build: { outDir: webRoot, emptyOutDir: true },
    logLevel: 'warn',
  });
  return webRoot;
}
