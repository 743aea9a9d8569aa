import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../core/model/entity.js';
import {
  bookIndex,
  materialFingerprint,
  reverseRescreen,
  type Counterparty,
  type Decision,
} from '../../core/monitor/index.js';
import { addWatch, listChange, runMonitor, type MonitorDeps } from '../../service/monitor.js';
import { importList } from './import-list.js';
import { openMonitorStore } from './open-monitor-store.js';
import { reverseRescreenThreads } from './reverse-threads.js';
import { SqliteStore } from './sqlite-store.js';

const LISTS = join(import.meta.dirname, '../../../data/lists');

/** A book of names recombined from the list's own parts, with some of its added entities' names planted. */
function makeBook(entities: Entity[], added: Entity[], size: number): Counterparty[] {
  const given: string[] = [];
  const family: string[] = [];
  for (const e of entities) {
    const parts = (e.properties.name?.[0] ?? '').replace(/,/g, ' ').split(/\s+/);
    if (e.schema !== 'Person' || parts.length < 2) continue;
    family.push(parts[0]!);
    given.push(...parts.slice(1));
  }
  const book: Counterparty[] = [];
  for (let i = 0; book.length < size; i++) {
    const name = `${given[(i * 7) % given.length]} ${family[(i * 13) % family.length]}`;
    book.push({
      id: `c${i}`,
      schema: 'Person',
      properties: { name: [name], ...(i % 5 ? {} : { country: ['ir'] }) },
    });
  }
  for (const [i, e] of added
    .filter((x) => x.properties.name?.length)
    .slice(0, 40)
    .entries())
    book.splice((i * 17) % book.length, 0, {
      id: `hit${i}`,
      schema: e.schema === 'Person' ? 'Person' : 'LegalEntity',
      properties: { name: [e.properties.name![0]!] },
    });
  return book;
}

describe('reverse re-screening on worker threads', () => {
  let dir: string;
  let store: SqliteStore;
  let book: Counterparty[];
  const deps: MonitorDeps[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'interdict-reverse-'));
    const imp = (to: SqliteStore, folder: string) =>
      importList(to, { format: 'ofac-csv', path: join(LISTS, folder), dataset: 'sdn' });
    // The book is made from both versions (a scratch store), then watched from the first.
    const scratch = new SqliteStore(join(dir, 'scratch.sqlite'));
    await imp(scratch, 'ofac-sdn-2019-01-demo');
    await imp(scratch, 'ofac-sdn-2021-07-demo');
    const v1: Entity[] = [];
    for await (const e of scratch.datasetEntities('sdn', 1)) v1.push(e);
    book = makeBook(v1, (await listChange(scratch, 'sdn', 1, 2)).added, 600);
    await scratch.close();
    store = new SqliteStore(join(dir, 'lists.sqlite'));
    await imp(store, 'ofac-sdn-2019-01-demo');
    // Two monitor stores, the same watch in each: one run on this thread, one on threads.
    for (const [i, rescreen] of [
      undefined,
      reverseRescreenThreads({ threads: 2, minBook: 0, batch: 1 }),
    ].entries()) {
      const monitor = await openMonitorStore(join(dir, `monitor-${i}.sqlite`));
      const d: MonitorDeps = {
        store,
        monitor,
        now: () => '2026-01-01T00:00:00.000Z',
        ...(rescreen ? { rescreen } : {}),
      };
      await addWatch(d, { kind: 'book', datasets: ['sdn'], counterparties: book });
      deps.push(d);
    }
    await imp(store, 'ofac-sdn-2021-07-demo');
  }, 60_000);

  afterAll(async () => {
    for (const d of deps) await d.monitor.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the same result as reverseRescreen, decisions and stored scores included', async () => {
    const change = await listChange(store, 'sdn', 1, 2);
    const watch = {
      kind: 'book' as const,
      id: 'w',
      datasets: ['sdn'],
      threshold: 0.7,
      scoreDelta: 0.05,
      counterparties: book,
      schedule: { type: 'on-new-version' as const },
      channels: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    };
    const index = bookIndex(book);
    const one = reverseRescreen(watch, change, [], [], index);
    expect(one.events.length).toBeGreaterThan(20);
    // A false positive decided on the first pair, a stored score on the second.
    const [a, b] = one.events.map((e) => e.subject.id.split('|') as [string, string]);
    const entity = [...change.added, ...change.changed.map((c) => c.after)].find((e) => e.id === a![1])!;
    const decision: Decision = {
      counterparty: a![0],
      entity: a![1],
      referents: [],
      verdict: 'false-positive',
      why: 'test',
      by: 'tester',
      at: '2026-01-01T00:00:00.000Z',
      fingerprints: {
        counterparty: materialFingerprint(book.find((c) => c.id === a![0])!),
        entity: materialFingerprint(entity),
      },
    };
    const stored = [{ counterparty: b![0], entity: b![1], score: 0.5 }];
    const threaded = await reverseRescreenThreads({ threads: 2, minBook: 0, batch: 3 })(
      watch,
      change,
      [decision],
      stored,
      index,
    );
    const reference = reverseRescreen(watch, change, [decision], stored, index);
    expect(reference.events.length).toBe(one.events.length - 1);
    expect(threaded).toEqual(reference);
    expect(threaded.events.find((e) => e.subject.id === `${b![0]}|${b![1]}`)?.evidence).toMatchObject({
      previousScore: 0.5,
    });
  }, 60_000);

  it('raises the same alerts, in the same order, through monitor run', async () => {
    const reports = [];
    for (const d of deps) reports.push(await runMonitor(d));
    const [one, threads] = reports;
    expect(one![0]!.raised.length).toBeGreaterThan(20);
    // Everything but the run ids (random per run) is the same: alerts, their events and order, stats.
    const withoutRunIds = (r: typeof one) =>
      r!.map((x) => ({ ...x, runs: x.runs.map(({ id: _, ...rest }) => rest) }));
    expect(withoutRunIds(threads)).toEqual(withoutRunIds(one));
    expect(threads![0]!.raised.map((a) => a.event)).toEqual(one![0]!.raised.map((a) => a.event));
  }, 60_000);
});
