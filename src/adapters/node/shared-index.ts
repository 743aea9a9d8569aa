// One screening index per process, shared by its worker threads: the main
// thread loads (or builds) the index of each dataset version once and copies
// it into one SharedArrayBuffer; every thread views the candidate index's
// typed-array sections (postings, key starts, token counts, entity records)
// in place, without a copy of its own. What a thread still makes for itself
// is small or made on demand: the key and token lookup maps, the parsed facts
// of entities that become candidates, the designated ids and the link graph.
//
// Layout of a snapshot's buffer: the candidate index's bytes (toBytes),
// padded to 8 bytes; the designated ids and filter fields (V8 serialisation);
// the link graph (V8 serialisation, read only when a request needs it).

import { deserialize, serialize } from 'node:v8';
import { CandidateIndex } from '../../core/match/index.js';
import type { Entity } from '../../core/model/entity.js';
import type { VersionInfo } from '../../core/store/store.js';
import type { IndexPersistence, ScreeningIndex } from '../../service/screening.js';

/** A dataset version's screening index in shared memory; posted to worker threads as is (no copy). */
export interface IndexSnapshot {
  name: string;
  version: number;
  contentHash: string;
  buffer: SharedArrayBuffer;
  indexLength: number;
  metaOffset: number;
  metaLength: number;
  linksOffset: number;
  linksLength: number;
}

const pad8 = (n: number): number => Math.ceil(n / 8) * 8;

/** Copy a loaded or built index into one SharedArrayBuffer. */
export function snapshotOf(
  info: Pick<VersionInfo, 'name' | 'version' | 'contentHash'>,
  value: ScreeningIndex,
): IndexSnapshot {
  const meta = serialize({ designated: value.designated, meta: value.meta });
  const links = serialize(value.links());
  let buffer: SharedArrayBuffer | undefined;
  let metaOffset = 0;
  let linksOffset = 0;
  // The index is written straight into shared memory (no second copy of it).
  const index = value.index.toBytes((n) => {
    metaOffset = pad8(n);
    linksOffset = metaOffset + meta.byteLength;
    buffer = new SharedArrayBuffer(linksOffset + links.byteLength);
    return new Uint8Array(buffer, 0, n);
  });
  const bytes = new Uint8Array(buffer!);
  bytes.set(meta, metaOffset);
  bytes.set(links, linksOffset);
  return {
    name: info.name,
    version: info.version,
    contentHash: info.contentHash,
    buffer: buffer!,
    indexLength: index.byteLength,
    metaOffset,
    metaLength: meta.byteLength,
    linksOffset,
    linksLength: links.byteLength,
  };
}

/** The screening index a snapshot holds: the candidate index is a view on the shared buffer. */
export function indexOfSnapshot(s: IndexSnapshot): ScreeningIndex {
  const index = CandidateIndex.fromBytes(new Uint8Array(s.buffer, 0, s.indexLength));
  const { designated, meta } = deserialize(Buffer.from(s.buffer, s.metaOffset, s.metaLength)) as Pick<
    ScreeningIndex,
    'designated' | 'meta'
  >;
  let links: Entity[] | undefined;
  return {
    index,
    designated,
    meta,
    links: () => (links ??= deserialize(Buffer.from(s.buffer, s.linksOffset, s.linksLength)) as Entity[]),
  };
}

/** Bytes of shared memory a snapshot holds. */
export const snapshotBytes = (s: IndexSnapshot): number => s.buffer.byteLength;

/**
 * The indexes a worker thread screens against, as the screening service's
 * persistence port: a dataset version with a snapshot is read from shared
 * memory, never rebuilt or written. At most two versions of a dataset are
 * kept (the one in use and the one replacing it): publishing a third lets go
 * of the oldest, so a list update never holds more than two in memory.
 */
export class SharedIndexes implements IndexPersistence {
  private readonly snapshots = new Map<string, IndexSnapshot[]>();

  constructor(snapshots: IndexSnapshot[] = []) {
    for (const s of snapshots) this.publish(s);
  }

  /** Add a dataset version; returns the versions of its dataset let go of. */
  publish(s: IndexSnapshot): number[] {
    const list = (this.snapshots.get(s.name) ?? []).filter((x) => x.version !== s.version);
    list.push(s);
    list.sort((a, b) => a.version - b.version);
    const dropped = list.splice(0, Math.max(0, list.length - 2)).map((x) => x.version);
    this.snapshots.set(s.name, list);
    return dropped;
  }

  /** Versions held per dataset, oldest first. */
  held(): Record<string, number[]> {
    return Object.fromEntries([...this.snapshots].map(([name, l]) => [name, l.map((s) => s.version)]));
  }

  async load(info: VersionInfo): Promise<ScreeningIndex | undefined> {
    const s = this.snapshots.get(info.name)?.find((x) => x.version === info.version);
    return s && s.contentHash === info.contentHash ? indexOfSnapshot(s) : undefined;
  }

  async save(): Promise<void> {
    // Snapshots are made by the main thread; a worker never writes one.
  }
}
