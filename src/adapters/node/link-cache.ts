// The link index of a set of dataset versions (what `networks build` reads
// from every record of the lists), kept on disk beside the screening indexes
// so the next build around other seeds loads it instead of parsing every
// stored record again. Keyed by each version and its content hash and by a
// fingerprint of the code that reads links; written to a temporary file and
// renamed, never half-written; a damaged file is removed and rebuilt.

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { LinkIndex } from '../../core/netbuild/index.js';
import type { LinkIndexCache } from '../../service/network-build.js';
import { codeFingerprint, indexCacheDir } from './index-cache.js';

const MAGIC = Buffer.from('LNK1');
/** Link index files kept; older ones are removed. */
const KEEP = 4;

export class FileLinkIndexCache implements LinkIndexCache {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    const fingerprint = codeFingerprint(['core/netbuild'], ['core/model/entity', 'service/network-build']);
    const digest = createHash('sha256').update(`${key}\0${fingerprint}`).digest('hex').slice(0, 24);
    return join(this.dir, `links-${digest}.lnk`);
  }

  async load(key: string): Promise<LinkIndex | undefined> {
    const file = this.file(key);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    try {
      if (!bytes.subarray(0, 4).equals(MAGIC)) throw new Error('not a link index file');
      const value = deserialize(bytes.subarray(4)) as { key: string; index: LinkIndex };
      if (value.key !== key) throw new Error('another key');
      return value.index;
    } catch {
      rmSync(file, { force: true });
      return undefined;
    }
  }

  async save(key: string, index: LinkIndex): Promise<void> {
    try {
      mkdirSync(this.dir, { recursive: true });
      const target = this.file(key);
      const tmp = `${target}.${process.pid}.tmp`;
      writeFileSync(tmp, Buffer.concat([MAGIC, serialize({ key, index })]));
      renameSync(tmp, target);
      this.prune(target);
    } catch {
      // The cache is an optimisation: a read-only or full disk only costs the next read.
    }
  }

  private prune(keep: string): void {
    const files = readdirSync(this.dir)
      .filter((f) => f.startsWith('links-') && f.endsWith('.lnk'))
      .map((f) => join(this.dir, f))
      .filter((f) => f !== keep)
      .map((f) => ({ f, t: statSync(f).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of files.slice(KEEP - 1)) rmSync(f, { force: true });
  }
}

/** The link cache for a database location: beside a SQLite file, in the data folder for PostgreSQL, none in memory. */
export function linkIndexCache(
  db: string,
  env: Record<string, string | undefined>,
): LinkIndexCache | undefined {
  const dir = indexCacheDir(db, env);
  return dir ? new FileLinkIndexCache(dir) : undefined;
}
