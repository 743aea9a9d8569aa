// Keys and places of the files the CLI keeps between runs (screening indexes,
// link indexes): a fingerprint of the code that wrote a file, and the folder
// beside the database. Kept apart from the caches themselves so that a command
// using one cache does not load the code of another (the matcher, for one).

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultDataDir } from './paths.js';

const fingerprints = new Map<string, string>();

/**
 * A hash of the code in some folders and files of the built tree (paths
 * relative to src/, files without their extension), so a cache written by
 * other code is never read.
 */
export function codeFingerprint(dirs: string[], files: string[]): string {
  const memo = `${dirs.join(',')}|${files.join(',')}`;
  const known = fingerprints.get(memo);
  if (known) return known;
  const hash = createHash('sha256');
  const src = join(dirname(fileURLToPath(import.meta.url)), '../..');
  for (const dir of dirs.map((d) => join(src, d))) {
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((n) => /\.(js|ts|json)$/.test(n) && !/\.test\./.test(n));
    } catch {
      continue;
    }
    for (const n of names.sort()) {
      hash.update(n);
      hash.update(readFileSync(join(dir, n)));
    }
  }
  for (const f of files.map((f) => join(src, f))) {
    for (const ext of ['.js', '.ts']) {
      try {
        hash.update(readFileSync(f + ext));
        break;
      } catch {
        // the other extension, in a source or a built tree
      }
    }
  }
  const value = hash.digest('hex').slice(0, 16);
  fingerprints.set(memo, value);
  return value;
}

/**
 * Where index files go: INTERDICT_CACHE, else an `index-cache` folder beside
 * a SQLite file, else (PostgreSQL) one in the data folder; none for `:memory:`.
 */
export function indexCacheDir(db: string, env: Record<string, string | undefined>): string | undefined {
  if (env.INTERDICT_CACHE) return env.INTERDICT_CACHE;
  if (db === ':memory:') return undefined;
  if (/^postgres(ql)?:\/\//.test(db)) return join(defaultDataDir(env), 'index-cache');
  return join(dirname(db), 'index-cache');
}

/**
 * A kept file read back by `parse`, or undefined when there is none; a file
 * `parse` refuses (damaged, another format) is removed, to be written again.
 */
export function readKept<T>(file: string, parse: (bytes: Buffer) => T): T | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  try {
    return parse(bytes);
  } catch {
    rmSync(file, { force: true });
    return undefined;
  }
}

/**
 * Write a kept file whole (a temporary file renamed over it, never half
 * written), then remove all but the `kept` newest files of `dir` that `mine`
 * accepts. A failure (a read-only or full disk) is not an error: the cache is
 * an optimisation, and the next run only rebuilds.
 */
export function writeKept(
  dir: string,
  target: string,
  parts: Uint8Array[],
  mine: (name: string) => boolean,
  kept: number,
): void {
  try {
    mkdirSync(dir, { recursive: true });
    const tmp = `${target}.${process.pid}.tmp`;
    writeFileSync(tmp, Buffer.concat(parts));
    renameSync(tmp, target);
    const older = readdirSync(dir)
      .filter(mine)
      .map((f) => join(dir, f))
      .filter((f) => f !== target)
      .map((f) => ({ f, t: statSync(f).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of older.slice(kept - 1)) rmSync(f, { force: true });
  } catch {
    // as documented: the next run rebuilds
  }
}
