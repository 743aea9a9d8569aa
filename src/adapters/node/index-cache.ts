// The screening index of each dataset version, kept on disk between runs so a
// single `interdict screen NAME` reads it instead of rebuilding it. One file
// per dataset version, keyed by the dataset's name, version and content hash
// and by a fingerprint of the matcher's code (a changed matcher never reads
// an old index). Written to a temporary file and renamed: never half-written.
// Layout: "IXC1", the candidate index's own byte form (toBytes) padded to 8
// bytes, the designated ids and filter fields, then the link graph (V8
// serialisation; read only when a request needs it).

import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CandidateIndex } from '../../core/match/index.js';
import type { Entity } from '../../core/model/entity.js';
import type { VersionInfo } from '../../core/store/store.js';
import type { IndexPersistence, ScreeningIndex } from '../../service/screening.js';
import { codeFingerprint } from './cache-keys.js';

export { codeFingerprint, indexCacheDir } from './cache-keys.js';

/** Versions of one dataset kept on disk; older files are removed. */
const KEEP_PER_DATASET = 3;

const MAGIC = 0x32435849; // "IXC2"
/** A merged index of several dataset versions: "IXM1", its length, its bytes. */
const MERGED_MAGIC = 0x314d5849; // "IXM1"
/** Merged indexes kept on disk (one per set of dataset versions screened together). */
const KEEP_MERGED = 3;
const pad8 = (n: number): number => Math.ceil(n / 8) * 8;

/** A hash of the code that shapes an index: the matcher, the country table, the screening service. */
export function matcherFingerprint(): string {
  return codeFingerprint(['core/match', 'core/match/data'], ['core/model/countries', 'service/screening']);
}

function safe(name: string): string {
  return name.replace(/[^A-Za-z0-9_.-]/g, '_');
}

export class FileIndexCache implements IndexPersistence {
  constructor(private readonly dir: string) {}

  private file(info: VersionInfo): string {
    const key = createHash('sha256')
      .update(`${info.name}\0${info.version}\0${info.contentHash}\0${matcherFingerprint()}`)
      .digest('hex')
      .slice(0, 24);
    return join(this.dir, `${safe(info.name)}@${info.version}-${key}.idx`);
  }

  async load(info: VersionInfo): Promise<ScreeningIndex | undefined> {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file(info));
    } catch {
      return undefined;
    }
    try {
      if (bytes.readUInt32LE(0) !== MAGIC) throw new Error('not an index cache file');
      const length = bytes.readUInt32LE(4);
      const start = 8;
      // fromBytes views its sections in place: give it an aligned copy of its own.
      const own = new Uint8Array(length);
      own.set(bytes.subarray(start, start + length));
      const index = CandidateIndex.fromBytes(own);
      let at = start + pad8(length);
      const metaLength = bytes.readUInt32LE(at);
      const { designated, meta } = deserialize(bytes.subarray(at + 4, at + 4 + metaLength)) as Pick<
        ScreeningIndex,
        'designated' | 'meta'
      >;
      at += 4 + metaLength;
      // The link graph is read only when a request needs it (proximity, reverse references).
      const linkBytes = bytes.subarray(at);
      let links: Entity[] | undefined;
      return { index, designated, meta, links: () => (links ??= deserialize(linkBytes) as Entity[]) };
    } catch {
      // A damaged file is rebuilt, not trusted.
      rmSync(this.file(info), { force: true });
      return undefined;
    }
  }

  async save(info: VersionInfo, value: ScreeningIndex): Promise<void> {
    try {
      mkdirSync(this.dir, { recursive: true });
      const target = this.file(info);
      const tmp = `${target}.${process.pid}.tmp`;
      const index = value.index.toBytes();
      const head = Buffer.alloc(8);
      head.writeUInt32LE(MAGIC, 0);
      head.writeUInt32LE(index.byteLength, 4);
      const meta = serialize({ designated: value.designated, meta: value.meta });
      const metaLength = Buffer.alloc(4);
      metaLength.writeUInt32LE(meta.byteLength, 0);
      writeFileSync(
        tmp,
        Buffer.concat([
          head,
          index,
          Buffer.alloc(pad8(index.byteLength) - index.byteLength),
          metaLength,
          meta,
          serialize(value.links()),
        ]),
      );
      renameSync(tmp, target);
      this.prune(info.name, target);
    } catch {
      // The cache is an optimisation: a read-only or full disk only costs the next rebuild.
    }
  }

  private mergedFile(infos: VersionInfo[]): string {
    const hash = createHash('sha256').update(matcherFingerprint());
    for (const i of infos) hash.update(`\0${i.name}\0${i.version}\0${i.contentHash}`);
    // '+' is never in a dataset's file name (safe()), so the two kinds of file never mix.
    return join(this.dir, `+merged-${hash.digest('hex').slice(0, 24)}.idx`);
  }

  async loadMerged(infos: VersionInfo[]): Promise<CandidateIndex | undefined> {
    const file = this.mergedFile(infos);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      return undefined;
    }
    try {
      if (bytes.readUInt32LE(0) !== MERGED_MAGIC) throw new Error('not a merged index file');
      const length = bytes.readUInt32LE(4);
      const own = new Uint8Array(length);
      own.set(bytes.subarray(8, 8 + length));
      return CandidateIndex.fromBytes(own);
    } catch {
      rmSync(file, { force: true });
      return undefined;
    }
  }

  async saveMerged(infos: VersionInfo[], index: CandidateIndex): Promise<void> {
    try {
      mkdirSync(this.dir, { recursive: true });
      const target = this.mergedFile(infos);
      const tmp = `${target}.${process.pid}.tmp`;
      const bytes = index.toBytes();
      const head = Buffer.alloc(8);
      head.writeUInt32LE(MERGED_MAGIC, 0);
      head.writeUInt32LE(bytes.byteLength, 4);
      writeFileSync(tmp, Buffer.concat([head, bytes]));
      renameSync(tmp, target);
      this.prune('+merged', target, '-', KEEP_MERGED);
    } catch {
      // As save(): a failed write only costs the next merge.
    }
  }

  private prune(name: string, keep: string, separator = '@', kept = KEEP_PER_DATASET): void {
    const prefix = `${name.startsWith('+') ? name : safe(name)}${separator}`;
    const files = readdirSync(this.dir)
      .filter((f) => f.startsWith(prefix) && f.endsWith('.idx'))
      .map((f) => join(this.dir, f))
      .filter((f) => f !== keep)
      .map((f) => ({ f, t: statSync(f).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const { f } of files.slice(kept - 1)) rmSync(f, { force: true });
  }
}
