import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Entity } from '../../core/model/entity.js';
import { fullRescreen, type BookWatch, type Decision } from '../../core/monitor/index.js';
import { fullRescreenThread } from './full-rescreen-thread.js';
import { importList } from './import-list.js';
import { SqliteStore } from './sqlite-store.js';

const LISTS = join(import.meta.dirname, '../../../data/lists');

describe('the full re-screen on a thread of its own', () => {
  let dir: string;
  let entities: Entity[];
  let watch: BookWatch;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'interdict-full-rescreen-'));
    const store = new SqliteStore(join(dir, 'lists.sqlite'));
    await importList(store, {
      format: 'ofac-csv',
      path: join(LISTS, 'ofac-sdn-2021-07-demo'),
      dataset: 'sdn',
    });
    entities = [];
    for await (const e of store.datasetEntities('sdn')) entities.push(e);
    await store.close();
    // Listed names planted among names recombined from the list's parts.
    const named = entities.filter((e) => e.properties.name?.length);
    const parts = named.flatMap((e) => e.properties.name![0]!.replace(/,/g, ' ').split(/\s+/));
    const counterparties = Array.from({ length: 150 }, (_v, i) =>
      i % 10 === 0
        ? { id: `hit${i}`, schema: 'LegalEntity', properties: { name: [named[i]!.properties.name![0]!] } }
        : {
            id: `c${i}`,
            schema: 'Person',
            properties: { name: [`${parts[(i * 7) % parts.length]} ${parts[(i * 13) % parts.length]}`] },
          },
    );
    watch = {
      id: 'wb_test',
      kind: 'book',
      datasets: ['sdn'],
      counterparties,
      threshold: 0.7,
      scoreDelta: 0.05,
      schedule: { type: 'on-new-version' },
      channels: [],
      createdAt: '2026-01-01T00:00:00.000Z',
    };
  }, 60_000);

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the same pairs, scores and evidence as on this thread, while this thread keeps turning', async () => {
    const decisions: Decision[] = [];
    const snapshot = { kind: 'dataset' as const, name: 'sdn', from: 1, to: 1 };
    // Timers fire while the thread screens: this event loop is free (on it, none would fire before the answer).
    let turns = 0;
    const timer = setInterval(() => turns++, 1);
    const found = await fullRescreenThread()(watch, entities, decisions, snapshot);
    clearInterval(timer);
    expect(turns).toBeGreaterThan(1);
    const onThread = fullRescreen(watch, entities, decisions, snapshot);
    expect(found.size).toBeGreaterThanOrEqual(10);
    expect([...found]).toEqual([...onThread]);
  });

  it('reports an error of the thread as a rejected promise', async () => {
    const broken = { ...watch, counterparties: null } as unknown as BookWatch;
    await expect(fullRescreenThread()(broken, entities, [])).rejects.toThrow(/full re-screen failed/);
  });
});
