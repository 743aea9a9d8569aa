import * as current from '../src/core/match/index.js';
import { loadLists } from '../bench/lib/lists.js';
const lists = await loadLists('/tmp/matcher-lists.sqlite');
const index = current.buildIndexSync(lists.entities);
for (const n of ['Mohammed Ali Hassan', 'Vladimir Putin', 'محمد حسن آخوند']) {
  const r = current.screen(index, { schema: 'Person', properties: { name: [n] } });
  console.log(n, '→', r.slice(0, 3).map((m) => `${m.caption} ${m.score} [${m.explanations[0]?.candidate}]`).join(' | '));
  const q = { schema: 'Person', properties: { name: [n] } };
  for (let i = 0; i < 200; i++) current.screen(index, q);
  const ts: number[] = []; const c0 = process.cpuUsage();
  for (let i = 0; i < 1000; i++) { const s = performance.now(); current.screen(index, q); ts.push(performance.now() - s); }
  const c = process.cpuUsage(c0); ts.sort((a, b) => a - b);
  console.log(`  p50 ${ts[500]!.toFixed(2)} p99 ${ts[990]!.toFixed(2)} ms wall, ${((c.user + c.system) / 1000 / 1000).toFixed(2)} ms CPU/query`);
}
