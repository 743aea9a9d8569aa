import * as current from '../src/core/match/index.js';
import { loadLists, loadSdn2019 } from '../bench/lib/lists.js';
import { buildEntityPairs } from '../bench/lib/entity-pairs.js';
import { loadRound1 } from '../bench/lib/round1.js';
import { spellingFigures } from '../bench/screening.js';
const r1 = (await loadRound1()) as typeof current | undefined;
const lists = await loadLists('/tmp/matcher-lists.sqlite');
process.env.BENCH_DB = '/tmp/matcher-2019x';
const older = await loadSdn2019('/tmp');
const index = current.buildIndexSync(lists.entities);
console.log(spellingFigures((a, b, s) => current.scorePair(a, b, s, { scoring: { tokens: index } })));
const pairs = buildEntityPairs({ current: lists.entities, older, closest: (e) => current.screen(index, { schema: e.schema, properties: { name: e.properties.name ?? [] } }, { limit: 5, cutoff: 0 }).map((m) => m.id) });
const held = pairs.filter((p) => p.split === 'held-out');
for (const [label, m, opts] of [['round1', r1, {}], ['now', current, { tokens: index }]] as const) {
  if (!m) { console.log(label, 'unavailable'); continue; }
  const cats = new Map<string, [number, number]>();
  let pos = [0, 0], neg = [0, 0];
  for (const p of held) {
    const s = m.score(m.factsOf(p.query), m.factsOf(p.candidate), opts).score;
    const ok = (s >= 0.7) === (p.label === 1);
    const c = cats.get(p.category) ?? [0, 0]; c[0] += ok ? 1 : 0; c[1]++; cats.set(p.category, c);
    const t = p.label ? pos : neg; t[0] += ok ? 1 : 0; t[1]++;
  }
  console.log(label, `all ${pos[0]! + neg[0]!}/${held.length} = ${(100 * (pos[0]! + neg[0]!) / held.length).toFixed(1)}%, balanced ${(50 * (pos[0]! / pos[1]! + neg[0]! / neg[1]!)).toFixed(1)}%`);
  for (const [k, [a, b]] of [...cats].sort()) console.log(`  ${k}: ${a}/${b} = ${(100 * a / b).toFixed(1)}%`);
}
