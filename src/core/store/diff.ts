// The diff of two dataset versions, one algorithm for every backend: walk
// both versions' (id, content hash) rows in id order page by page, then read
// the bodies of only the ids that are on one side or whose hashes differ, and
// name each entity and the fields that changed. Bookkeeping properties (where
// a value was read from) are not content, so they never make an entity
// "changed".

import { caption, EDGE_SCHEMATA, isBookkeeping, type Entity } from '../model/entity.js';
import { canonicalJson } from './codec.js';
import type { DatasetChange, DatasetDiff, DiffEntity, DiffOptions } from './store.js';

/** One stored entity's id and content hash (see entityFingerprint). */
export interface HashRow {
  id: string;
  hash: string;
}

/** What a backend gives the diff: pages of hashes and bodies by id. */
export interface DiffSource {
  /**
   * At most `limit` rows of a version with ids after `after` (all when null),
   * in code-point order of id (SQLite's BINARY, PostgreSQL's "C" collation).
   */
  hashes(name: string, version: number, after: string | null, limit: number): Promise<HashRow[]>;
  /** The entities with these ids in a version (missing ids are left out). */
  bodies(name: string, version: number, ids: string[]): Promise<Entity[]>;
  /**
   * Called between short stretches of the diff's own work (the merge, naming,
   * comparing), so a caller on an event loop can let other work run.
   */
  pause?(): Promise<void>;
}

export interface DiffSide {
  name: string;
  version: number;
  /** Number of entities in the version (for progress). */
  size: number;
}

export const DIFF_PAGE = 2000;
const BODY_BATCH = 200;
/** Entities named or compared between two pauses. */
const STRETCH = 100;

/** Code-point order of two strings (UTF-16 order differs above U+D7FF). */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 0xd800 && y < 0xd800) return x - y;
    // Surrogates (0xD800–0xDFFF) encode code points above 0xFFFF, so they sort after 0xE000–0xFFFF.
    const fx = x >= 0xe000 ? x - 0x800 : x >= 0xd800 ? x + 0x2000 : x;
    const fy = y >= 0xe000 ? y - 0x800 : y >= 0xd800 ? y + 0x2000 : y;
    return fx - fy;
  }
  return a.length - b.length;
}

/** Content property names whose values differ (plus `schema` when the schema changed). */
export function changedProperties(a: Entity, b: Entity): string[] {
  const out: string[] = [];
  if (a.schema !== b.schema) out.push('schema');
  const keys = new Set([...Object.keys(a.properties), ...Object.keys(b.properties)]);
  for (const k of [...keys].sort()) {
    if (isBookkeeping(k)) continue;
    const va = a.properties[k] ?? [];
    const vb = b.properties[k] ?? [];
    if (va.length !== vb.length || canonicalJson([...va].sort()) !== canonicalJson([...vb].sort()))
      out.push(k);
  }
  return out;
}

class Cursor {
  private rows: HashRow[] = [];
  private at = 0;
  private done = false;
  read = 0;

  constructor(
    private readonly source: DiffSource,
    private readonly side: DiffSide,
    private readonly limit: number,
  ) {}

  async peek(): Promise<HashRow | undefined> {
    if (this.at < this.rows.length) return this.rows[this.at];
    if (this.done) return undefined;
    const after = this.rows.length ? this.rows[this.rows.length - 1]!.id : null;
    this.rows = await this.source.hashes(this.side.name, this.side.version, after, this.limit);
    this.at = 0;
    if (this.rows.length < this.limit) this.done = true;
    return this.rows[0];
  }

  next(): void {
    this.at++;
    this.read++;
  }
}

function stopIfAborted(options: DiffOptions): void {
  if (options.signal?.aborted) throw new Error('the diff was cancelled');
}

/** The ids an entity without a name of its own stands for: a sanction's target, a link's ends. */
function referenced(e: Entity): string[] {
  if (e.schema === 'Sanction') return e.properties.entity ?? [];
  const edge = EDGE_SCHEMATA[e.schema];
  return edge ? [...(e.properties[edge.source] ?? []), ...(e.properties[edge.target] ?? [])] : [];
}

/**
 * Names for the entities of one side: the entity's own caption, or for a
 * sanction or a link (which have no name), the names of what it refers to.
 */
async function namer(
  source: DiffSource,
  side: DiffSide,
  bodies: Map<string, Entity>[],
): Promise<(e: Entity) => DiffEntity> {
  const known = new Map<string, Entity>();
  for (const m of bodies) for (const [id, e] of m) known.set(id, e);
  const missing = new Set<string>();
  for (const m of bodies)
    for (const e of m.values())
      if (caption(e) === e.id) for (const r of referenced(e)) if (!known.has(r)) missing.add(r);
  await source.pause?.();
  const ids = [...missing];
  for (let i = 0; i < ids.length; i += BODY_BATCH)
    for (const e of await source.bodies(side.name, side.version, ids.slice(i, i + BODY_BATCH)))
      known.set(e.id, e);
  const nameOf = (id: string) => {
    const e = known.get(id);
    return e ? caption(e) : id;
  };
  return (e) => {
    let name = caption(e);
    const refs = name === e.id ? referenced(e) : [];
    if (refs.length && e.schema === 'Sanction') {
      const program = e.properties.program?.[0];
      name = `Sanction on ${refs.map(nameOf).join(', ')}${program ? ` (${program})` : ''}`;
    } else if (refs.length) name = refs.map(nameOf).join(' → ');
    return { id: e.id, schema: e.schema, caption: name };
  };
}

/** Diff version `from` against `to`: added, removed and changed entities, each named. */
export async function diffDatasetVersions(
  source: DiffSource,
  from: DiffSide,
  to: DiffSide,
  options: DiffOptions = {},
): Promise<DatasetDiff> {
  const pageSize = Math.max(1, options.pageSize ?? DIFF_PAGE);
  const a = new Cursor(source, from, pageSize);
  const b = new Cursor(source, to, pageSize);
  const onlyA: string[] = [];
  const onlyB: string[] = [];
  const differ: string[] = [];
  let same = 0;
  let total = from.size + to.size;
  let lastPage = 0;
  const report = (done: number) => options.progress?.(Math.min(done, total), total);
  for (;;) {
    const [x, y] = [await a.peek(), await b.peek()];
    if (!x && !y) break;
    const c = !x ? 1 : !y ? -1 : compareIds(x.id, y.id);
    if (c < 0) {
      onlyA.push(x!.id);
      a.next();
    } else if (c > 0) {
      onlyB.push(y!.id);
      b.next();
    } else {
      if (x!.hash === y!.hash) same++;
      else differ.push(x!.id);
      a.next();
      b.next();
    }
    const read = a.read + b.read;
    if (read - lastPage >= Math.min(pageSize, 500)) {
      lastPage = read;
      stopIfAborted(options);
      report(read);
      await source.pause?.();
    }
  }

  // Bodies only for what differs; equal hashes mean equal content.
  total = from.size + to.size + onlyA.length + onlyB.length + 2 * differ.length;
  let done = from.size + to.size;
  report(done);
  const read = async (side: DiffSide, ids: string[]): Promise<Map<string, Entity>> => {
    const out = new Map<string, Entity>();
    for (let i = 0; i < ids.length; i += BODY_BATCH) {
      stopIfAborted(options);
      const batch = ids.slice(i, i + BODY_BATCH);
      for (const e of await source.bodies(side.name, side.version, batch)) out.set(e.id, e);
      done += batch.length;
      report(done);
    }
    return out;
  };
  const removedBodies = await read(from, onlyA);
  const addedBodies = await read(to, onlyB);
  const before = await read(from, differ);
  const after = await read(to, differ);

  const namedBefore = await namer(source, from, [removedBodies, before]);
  const namedAfter = await namer(source, to, [addedBodies, after]);
  const list = async (ids: string[], bodies: Map<string, Entity>, named: (e: Entity) => DiffEntity) => {
    const out: DiffEntity[] = [];
    for (let i = 0; i < ids.length; i++) {
      if (i % STRETCH === STRETCH - 1) await source.pause?.();
      const e = bodies.get(ids[i]!);
      out.push(e ? named(e) : { id: ids[i]!, schema: '', caption: ids[i]! });
    }
    return out;
  };
  const changed: DatasetChange[] = [];
  let unchanged = same;
  for (let i = 0; i < differ.length; i++) {
    if (i % STRETCH === STRETCH - 1) {
      stopIfAborted(options);
      await source.pause?.();
    }
    const id = differ[i]!;
    const x = before.get(id);
    const y = after.get(id);
    if (!x || !y) continue;
    // Hashes written before bookkeeping fields were left out differ for equal content.
    const properties = changedProperties(x, y);
    if (properties.length === 0) unchanged++;
    else changed.push({ ...namedAfter(y), properties });
  }
  return {
    from: { name: from.name, version: from.version },
    to: { name: to.name, version: to.version },
    added: await list(onlyB, addedBodies, namedAfter),
    removed: await list(onlyA, removedBodies, namedBefore),
    changed,
    counts: { added: onlyB.length, removed: onlyA.length, changed: changed.length, unchanged },
  };
}
