// The exact diff between two versions of a dataset, with the entities' bodies.

import type { ListChange } from '../../core/monitor/index.js';
import type { Entity } from '../../core/model/entity.js';
import type { Store } from '../../core/store/store.js';

/** Canonical text of an entity's schema and properties (order-insensitive), for equality. */
function contentKey(e: Entity): string {
  const keys = Object.keys(e.properties).sort();
  return JSON.stringify([e.schema, keys.map((k) => [k, [...(e.properties[k] ?? [])].sort()])]);
}

/**
 * What one dataset version changed against another, with the entities'
 * bodies: one pass over both versions as the store streams them (in the same
 * order on both sides, whatever the database's collation), holding only the
 * ids not yet matched on the other side, so memory stays bounded by the
 * change and the cost is linear in the list, independent of the book.
 */
export async function listChange(
  store: Store,
  dataset: string,
  from: number,
  to: number,
): Promise<ListChange> {
  const a = store.datasetEntities(dataset, from)[Symbol.asyncIterator]();
  const b = store.datasetEntities(dataset, to)[Symbol.asyncIterator]();
  const change: ListChange = { dataset, from, to, added: [], removed: [], changed: [] };
  const onlyA = new Map<string, Entity>();
  const onlyB = new Map<string, Entity>();
  const compare = (before: Entity, after: Entity) => {
    if (contentKey(before) !== contentKey(after)) change.changed.push({ before, after });
  };
  let x = await a.next();
  let y = await b.next();
  while (!x.done || !y.done) {
    if (!x.done && !y.done && x.value.id === y.value.id) {
      compare(x.value, y.value);
      [x, y] = await Promise.all([a.next(), b.next()]);
      continue;
    }
    if (!x.done) {
      const other = onlyB.get(x.value.id);
      if (other) {
        onlyB.delete(x.value.id);
        compare(x.value, other);
      } else onlyA.set(x.value.id, x.value);
      x = await a.next();
    }
    if (!y.done) {
      const other = onlyA.get(y.value.id);
      if (other) {
        onlyA.delete(y.value.id);
        compare(other, y.value);
      } else onlyB.set(y.value.id, y.value);
      y = await b.next();
    }
  }
  const byId = (p: Entity, q: Entity) => (p.id < q.id ? -1 : p.id > q.id ? 1 : 0);
  change.removed = [...onlyA.values()].sort(byId);
  change.added = [...onlyB.values()].sort(byId);
  return change;
}
