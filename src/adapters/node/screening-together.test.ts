// Datasets screened together are matched as one list: the scores against two
// datasets are those against one dataset holding both (a name part's rarity
// is counted over both), and each hit still names the dataset it is on.

import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../cli/testing/run-cli.js';
import { openStore } from './open-store.js';
import { screeningService } from './screening.js';

const person = (id: string, name: string) =>
  JSON.stringify({ id, schema: 'Person', properties: { name: [name] } }) + '\n';

// "Karimi" is rare in list_a and common in list_b: how much it weighs depends on which lists count.
const GIVEN = ['Omar', 'Samir', 'Layla', 'Hassan', 'Nadia', 'Tariq', 'Rania', 'Faisal', 'Huda', 'Ziad'];
const A = [person('a1', 'Yusuf Karimi'), person('a2', 'Omar Haddad'), person('a3', 'Layla Nasser')];
const B = Array.from({ length: 40 }, (_, i) =>
  person(`b${i}`, i < 10 ? `${GIVEN[i]} Karimi` : `${GIVEN[i % 10]} Karimi ${GIVEN[(i * 3) % 10]}`),
);

async function screenIn(db: string, name: string) {
  const store = await openStore(db);
  try {
    const service = screeningService(store, { persist: false });
    const answer = await service.screen({
      query: { schema: 'Person', properties: { name: [name] } },
      limit: 10,
    });
    return answer.results.map((r) => ({ id: r.id, score: r.score, datasets: r.datasets }));
  } finally {
    await store.close();
  }
}

describe('screening several datasets', () => {
  const dir = tempDir();
  const apart = join(dir, 'apart.db');
  const together = join(dir, 'together.db');

  it('scores as against one dataset holding them all, naming each hit’s dataset', async () => {
    writeFileSync(join(dir, 'a.json'), A.join(''));
    writeFileSync(join(dir, 'b.json'), B.join(''));
    writeFileSync(join(dir, 'ab.json'), [...A, ...B].join(''));
    for (const [file, dataset, db] of [
      ['a.json', 'list_a', apart],
      ['b.json', 'list_b', apart],
      ['ab.json', 'list_ab', together],
    ] as const) {
      const r = await runCli(['import', 'ftm', join(dir, file), '--dataset', dataset, '--db', db]);
      expect(r.code, r.stderr).toBe(0);
    }
    for (const query of ['Yusuf Ali Karimi', 'Omar Hadad', 'Layla Karimi']) {
      const two = await screenIn(apart, query);
      const one = await screenIn(together, query);
      expect(two.length).toBeGreaterThan(0);
      expect(two.map(({ id, score }) => ({ id, score }))).toEqual(
        one.map(({ id, score }) => ({ id, score })),
      );
      for (const hit of two) expect(hit.datasets).toEqual([hit.id.startsWith('a') ? 'list_a' : 'list_b']);
    }
  }, 60_000);

  it('keeps the merged index beside the database for the next run, and rebuilds a damaged one', async () => {
    const cache = join(dir, 'cache');
    const env = { INTERDICT_CACHE: cache };
    const run = () => runCli(['screen', 'Yusuf Ali Karimi', '--db', apart, '--json'], env);
    const first = await run();
    expect(first.code, first.stderr).toBe(0);
    const merged = readdirSync(cache).filter((f) => f.startsWith('+merged-'));
    expect(merged).toHaveLength(1);
    const written = statSync(join(cache, merged[0]!)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const second = await run();
    expect(second.stdout).toBe(first.stdout);
    // Read, not merged and written again.
    expect(statSync(join(cache, merged[0]!)).mtimeMs).toBe(written);
    writeFileSync(join(cache, merged[0]!), 'not an index');
    const third = await run();
    expect(third.code, third.stderr).toBe(0);
    expect(third.stdout).toBe(first.stdout);
    expect(readdirSync(cache).filter((f) => f.startsWith('+merged-'))).toEqual(merged);
  }, 60_000);
});
