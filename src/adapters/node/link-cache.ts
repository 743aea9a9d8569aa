// The link index of a set of dataset versions (what `networks build` reads
// from every record of the lists), kept on disk beside the screening indexes
// so the next build around other seeds loads it instead of parsing every
// stored record again. Keyed by each version and its content hash and by a
// fingerprint of the code that reads links; written to a temporary file and
// renamed, never half-written; a damaged file is removed and rebuilt.
// Each party is stored as its own serialized record and decoded only when a
// build reads it (a build around ten seeds reads a few hundred of some 24,000),
// and the folded names are stored with them, so a later build neither decodes
// every party nor folds every name again.

import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { partyNames } from '../../core/netbuild/build.js';
import type { LinkIndex, PartyRecord } from '../../core/netbuild/collect.js';
import type { LinkIndexCache } from '../../service/network-build.js';
import { codeFingerprint, indexCacheDir, readKept, writeKept } from './cache-keys.js';

const MAGIC = Buffer.from('LNK2');
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
    return readKept(this.file(key), (bytes) => {
      if (!bytes.subarray(0, 4).equals(MAGIC)) throw new Error('not a link index file');
      const value = deserialize(bytes.subarray(4)) as StoredIndex;
      if (value.key !== key) throw new Error('another key');
      return fromStored(value);
    });
  }

  async save(key: string, index: LinkIndex): Promise<void> {
    writeKept(
      this.dir,
      this.file(key),
      [MAGIC, serialize(toStored(key, index))],
      (f) => f.startsWith('links-') && f.endsWith('.lnk'),
      KEEP,
    );
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

/** The file's form: the links as they are, each party as its own serialized record, the names as columns. */
interface StoredIndex {
  key: string;
  rest: Omit<LinkIndex, 'parties' | 'names'>;
  partyIds: string[];
  /** Party i is `partyBytes[partyEnds[i - 1] .. partyEnds[i]]` (from 0 for the first). */
  partyEnds: Uint32Array;
  partyBytes: Uint8Array;
  names: string[];
  /** The ids of each name, joined by NUL. */
  nameIds: string[];
}

function toStored(key: string, index: LinkIndex): StoredIndex {
  const { parties, names, ...rest } = index;
  const partyIds = [...parties.keys()];
  const blobs = partyIds.map((id) => serialize(parties.get(id)));
  const partyEnds = new Uint32Array(blobs.length);
  let end = 0;
  blobs.forEach((b, i) => (partyEnds[i] = end += b.length));
  const byName = names ?? partyNames(index);
  return {
    key,
    rest,
    partyIds,
    partyEnds,
    partyBytes: Buffer.concat(blobs),
    names: [...byName.keys()],
    nameIds: [...byName.values()].map((ids) => ids.join('\0')),
  };
}

function fromStored(value: StoredIndex): LinkIndex {
  const { partyIds, partyEnds, partyBytes } = value;
  const decode = (i: number): PartyRecord =>
    deserialize(partyBytes.subarray(i === 0 ? 0 : partyEnds[i - 1]!, partyEnds[i]!)) as PartyRecord;
  const names = new Map<string, string[]>();
  value.names.forEach((name, i) => names.set(name, value.nameIds[i]!.split('\0')));
  return { ...value.rest, parties: new LazyParties(partyIds, decode), names };
}

/**
 * The parties of a stored index: every id is known at once, each record is decoded the
 * first time it is read (and then kept). Reads in the stored order, as the index was built.
 */
class LazyParties extends Map<string, PartyRecord> {
  private readonly slot = new Map<string, number>();

  constructor(
    private readonly ids: string[],
    private readonly decode: (i: number) => PartyRecord,
  ) {
    super();
    ids.forEach((id, i) => this.slot.set(id, i));
  }

  override get size(): number {
    return this.ids.length;
  }

  override has(id: string): boolean {
    return this.slot.has(id);
  }

  override get(id: string): PartyRecord | undefined {
    const known = super.get(id);
    if (known) return known;
    const i = this.slot.get(id);
    if (i === undefined) return undefined;
    const party = this.decode(i);
    super.set(id, party);
    return party;
  }

  override set(id: string, party: PartyRecord): this {
    if (!this.slot.has(id)) {
      this.slot.set(id, this.ids.length);
      this.ids.push(id);
    }
    return super.set(id, party);
  }

  override delete(): boolean {
    throw new Error('the parties of a stored link index are read-only');
  }

  override clear(): void {
    throw new Error('the parties of a stored link index are read-only');
  }

  override *keys(): MapIterator<string> {
    yield* this.ids;
  }

  override *values(): MapIterator<PartyRecord> {
    for (const id of this.ids) yield this.get(id)!;
  }

  override *entries(): MapIterator<[string, PartyRecord]> {
    for (const id of this.ids) yield [id, this.get(id)!];
  }

  override [Symbol.iterator](): MapIterator<[string, PartyRecord]> {
    return this.entries();
  }

  override forEach(fn: (party: PartyRecord, id: string, map: Map<string, PartyRecord>) => void): void {
    for (const id of this.ids) fn(this.get(id)!, id, this);
  }
}
