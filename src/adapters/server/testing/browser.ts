// What the browser tests share: where Chromium is, the flags it runs with
// headless on a machine without a GPU, and a fresh build of the web app.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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
