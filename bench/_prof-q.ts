import { importLists, loadLists, readTable, dataPath } from './lib/lists.js';
import { buildIndexSync, screen } from '../src/core/match/index.js';
process.env.BENCH_DB ??= '/work/prof/lists.sqlite';
const { dbPath } = await importLists('/work/prof');
const { entities } = await loadLists(dbPath);
const idx = buildIndexSync(entities, {});
const names = ['negatives-global-1k.csv', 'negatives-us-1k.csv'].flatMap((f) => readTable(dataPath(`matching/${f}`)).map((r) => r.full_name ?? ''));
const rounds = Number(process.env.R ?? 1);
for (let k = 0; k < rounds; k++) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let hits = 0;
  for (const q of names) hits += screen(idx, { schema: 'Person', properties: { name: [q] } }, { limit: 5 }).length;
  const c = process.cpuUsage(c0);
  console.log(`round ${k}: ${names.length} names, ${((performance.now() - t0) / names.length).toFixed(3)} ms/query wall, ${((c.user + c.system) / 1000 / names.length).toFixed(3)} ms CPU, ${hits} hits`);
}
