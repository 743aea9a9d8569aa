// The screening index of each dataset version, kept on disk between runs so a
// single `interdict screen NAME` reads it instead of rebuilding it. One file
// per dataset version, keyed by the dataset's name, version and content hash
// and by a fingerprint of the matcher's code (a changed matcher never reads
// an old index). Written to a temporary file and renamed: never half-written.
// Layout: "IXC1", the candidate index's own byte form (toBytes) padded to 8
// bytes, the designated ids and filter fields, then the link graph (V8
// serialisation; read only when a request needs it).

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { CandidateIndex } from '../../core/match/index.js';
import type { Entity } from '../../core/model/entity.js';
import type { VersionInfo } from '../../core/store/store.js';
import type { IndexPersistence, ScreeningIndex } from '../../service/screening.js';
import { codeFingerprint, readKept, writeKept } from './cache-keys.js';

export { codeFingerprint, indexCacheDir } from './cache-keys.js';

/** Versions of one dataset kept on disk; older files are removed. */
const KEEP_PER_DATASET = 3;

const MAGIC = 0x32435849; // "IXC2"
/** A merged index of several dataset versions: "IXM1", its length, its bytes. */
const MERGED_MAGIC = 0x314d5849; // "IXM1"
/** Merged indexes kept on disk (one per set of dataset versions screened together). */
const KEEP_MERGED = 3;
const MERGED_PREFIX = '+merged-';
const pad8 = (n: number): number => Math.ceil(n / 8) * 8;

/** A hash of the code that shapes an index: the matcher, the country table, the screening service. */
export function matcherFingerprint(): string {
  return codeFingerprint(['core/match', 'core/match/data'], ['core/model/countries', 'service/screening']);
}

/** Unsigned 32-bit words, little-endian: a file's magic number and lengths. */
function lengths(...words: number[]): Buffer {
  const b = Buffer.alloc(4 * words.length);
  words.forEach((w, i) => b.writeUInt32LE(w, 4 * i));
  return b;
}

/** fromBytes views its sections in place: an aligned copy of its own. */
function aligned(bytes: Uint8Array): Uint8Array {
  const own = new Uint8Array(bytes.byteLength);
  own.set(bytes);
  return own;
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
    return readKept(this.file(info), (bytes) => {
      if (bytes.readUInt32LE(0) !== MAGIC) throw new Error('not an index cache file');
      const length = bytes.readUInt32LE(4);
      const start = 8;
      const index = CandidateIndex.fromBytes(aligned(bytes.subarray(start, start + length)));
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
    });
  }

  async save(info: VersionInfo, value: ScreeningIndex): Promise<void> {
    const index = value.index.toBytes();
    const meta = serialize({ designated: value.designated, meta: value.meta });
    const prefix = `${safe(info.name)}@`;
    writeKept(
      this.dir,
      this.file(info),
      [
        lengths(MAGIC, index.byteLength),
        index,
        new Uint8Array(pad8(index.byteLength) - index.byteLength),
        lengths(meta.byteLength),
        meta,
        serialize(value.links()),
      ],
      (f) => f.startsWith(prefix) && f.endsWith('.idx'),
      KEEP_PER_DATASET,
    );
  }

  private mergedFile(infos: VersionInfo[]): string {
    const hash = createHash('sha256').update(matcherFingerprint());
    for (const i of infos) hash.update(`\0${i.name}\0${i.version}\0${i.contentHash}`);
    // '+' is never in a dataset's file name (safe()), so the two kinds of file never mix.
    return join(this.dir, `${MERGED_PREFIX}${hash.digest('hex').slice(0, 24)}.idx`);
  }

  async loadMerged(infos: VersionInfo[]): Promise<CandidateIndex | undefined> {
    return readKept(this.mergedFile(infos), (bytes) => {
      if (bytes.readUInt32LE(0) !== MERGED_MAGIC) throw new Error('not a merged index file');
      return CandidateIndex.fromBytes(aligned(bytes.subarray(8, 8 + bytes.readUInt32LE(4))));
    });
  }

  async saveMerged(infos: VersionInfo[], index: CandidateIndex): Promise<void> {
    const bytes = index.toBytes();
    writeKept(
      this.dir,
      this.mergedFile(infos),
      [lengths(MERGED_MAGIC, bytes.byteLength), bytes],
      (f) => f.startsWith(MERGED_PREFIX),
      KEEP_MERGED,
    );
  }
}
