import { performance } from 'node:perf_hooks';
import * as current from '../src/core/match/index.js';
import { buildLabelled } from '../bench/lib/labelled.js';
import { overall } from '../bench/lib/evaluate.js';
import { dataPath, loadLists, readTable } from '../bench/lib/lists.js';

const mode = process.argv[2] ?? 'fp';
const SETS: object[] = JSON.parse(process.env.OPTS ?? '[{}]');
let NAME = current.NAME_DEFAULTS;
let SC = current.SCORE_DEFAULTS;
const lists = await loadLists('/tmp/matcher-lists.sqlite');
const t0 = performance.now();
const index = current.buildIndexSync(lists.entities);
console.error(`index ${(performance.now() - t0).toFixed(0)} ms, ${index.size}`);
for (const set of SETS) {
NAME = { ...current.NAME_DEFAULTS, ...set }; SC = { ...current.SCORE_DEFAULTS, name: NAME }; console.log(JSON.stringify(set));
if (mode === 'fp') {
  const rows = ['negatives-global-1k.csv', 'negatives-us-1k.csv'].flatMap((f) => readTable(dataPath(`matching/${f}`)));
  const given = rows.map((r) => r.first_name ?? '').filter(Boolean);
  const family = rows.map((r) => r.last_name ?? '').filter(Boolean);
  const from = Number(process.argv[3] ?? 100000), n = Number(process.argv[4] ?? 20000);
  let fp = 0; const ex: string[] = [];
  const t = performance.now(); const c0 = process.cpuUsage();
  for (let i = from; i < from + n; i++) {
    const a = given[(i * 7919) % given.length] as string;
    const b = family[(i * 104729 + Math.floor(i / given.length)) % family.length] as string;
    const r = current.screen(index, { schema: 'Person', properties: { name: [`${a} ${b}`] } }, { scoring: SC });
    if (r.some((m) => m.match)) { fp++; ex.push(`${a} ${b} → ${r[0]?.caption} ${r[0]?.score} | ${r[0]?.explanations[0]?.detail}`); }
  }
  { const c = process.cpuUsage(c0); console.log(`fp ${fp}/${n} = ${(100*fp/n).toFixed(2)}% in ${((performance.now()-t)/1000).toFixed(1)} s wall, ${((c.user+c.system)/1000/n).toFixed(3)} ms CPU/query`); }
  if (process.env.V) console.log(ex.join('\n'));
} else if (mode === 'lab') {
  const split = process.argv[3] ?? 'tune';
  const pairs = buildLabelled({ entities: lists.entities, native: lists.un.native }).filter((p) => p.split === split);
  const scores = pairs.map((p) => {
    if (p.fields) {
      const a = current.factsOf({ schema: p.schema, properties: p.fields });
      const b = current.factsOf({ schema: p.schema, properties: { name: [p.b] } });
      return current.score(a, b, { ...SC, tokens: index }).score;
    }
    return current.scorePair(p.a, p.b, p.schema, { scoring: { ...SC, tokens: index } }).score;
  });
  const mixed = pairs.map((p, i) => [p, i] as const).filter(([p]) => !p.category.startsWith('alias, no shared part'));
  const o = overall(mixed.map(([p]) => p), mixed.map(([, i]) => scores[i] as number), 0.7);
  console.log(`${split} mixed P ${o.p.toFixed(3)} R ${o.r.toFixed(3)} F1 ${o.f1.toFixed(3)}`);
  const byScript: Record<string, [number, number]> = {};
  pairs.forEach((p, i) => { if (!p.category.startsWith('cross-script')) return; const s = (byScript[p.script] ??= [0,0]); s[1]++; if ((scores[i] as number) >= 0.7) s[0]++; });
  console.log(Object.entries(byScript).map(([k,[h,n]]) => `${k} ${(100*h/n).toFixed(1)}`).join(', '));
  if (process.env.V) pairs.forEach((p, i) => { if ((p.label === 1) !== ((scores[i] as number) >= 0.7) && p.category.includes(process.env.V!)) console.log(p.category, '|', p.a, '|', p.b, scores[i]); });
}
}
if (mode === 'ent') {
  const { buildEntityPairs } = await import('../bench/lib/entity-pairs.js');
  const { SqliteStore } = await import('../src/adapters/node/sqlite-store.js');
  const { importList } = await import('../src/adapters/node/import-list.js');
  const { existsSync } = await import('node:fs');
  const p19 = '/tmp/matcher-2019.sqlite';
  if (!existsSync(p19)) { const st = new SqliteStore(p19); await importList(st, { format: 'ofac-csv', path: dataPath('ofac-sdn-2019-01'), allowMissingMarker: true }); await st.close(); }
  const older = (await loadLists(p19)).entities;
  const t = performance.now();
  const pairs = buildEntityPairs({ current: lists.entities, older, closest: (e) => current.screen(index, { schema: e.schema, properties: { name: e.properties.name ?? [] } }, { limit: 5, cutoff: 0 }).map((m) => m.id) });
  console.log(`built ${pairs.length} in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const cats = new Map<string, [number, number]>();
  for (const split of ['tune', 'held-out']) {
    let right = 0, n = 0;
    for (const p of pairs.filter((x) => x.split === split)) {
      const s = current.score(current.factsOf(p.query), current.factsOf(p.candidate), { ...SC, tokens: index }).score;
      const ok = (s >= 0.7) === (p.label === 1);
      right += ok ? 1 : 0; n++;
      const c = (cats.get(`${split} ${p.category}`) ?? [0, 0]); c[0] += ok ? 1 : 0; c[1]++; cats.set(`${split} ${p.category}`, c);
      if (!ok && process.env.V && split === 'tune') console.log('WRONG', p.category, s, JSON.stringify(p.query.properties.name), p.query.properties.birthDate, '|', JSON.stringify(p.candidate.properties.name), p.candidate.properties.birthDate);
    }
    console.log(split, `${right}/${n} = ${(100 * right / n).toFixed(1)}%`);
  }
  for (const [k, [a, b]] of cats) console.log(`  ${k}: ${a}/${b}`);
}
