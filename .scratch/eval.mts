import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import * as now from '../src/core/match/index.js';
import * as base from '../bench/baseline/match/index.js';
import { buildLabelled, labelledCsv } from '../bench/lib/labelled.js';
import { table, overall } from '../bench/lib/evaluate.js';
const { entities, native } = JSON.parse(readFileSync('/tmp/m/entities.json', 'utf8'));
let t = performance.now();
const pairs = buildLabelled({ entities, native });
console.log('pairs', pairs.length, (performance.now() - t).toFixed(0), 'ms');
writeFileSync('/tmp/m/labelled.csv', labelledCsv(pairs));
const index = now.buildIndexSync(entities);
const split = process.argv[2] ?? 'tune';
const sel = pairs.filter((p) => p.split === split);
const scoreWith = (m: any, tokens?: any) => (p: any) => {
  const opts = tokens ? { scoring: { tokens } } : {};
  if (p.fields) {
    const a = m.factsOf({ schema: p.schema, properties: p.fields });
    const b = m.factsOf({ schema: p.schema, properties: { name: [p.b] } });
    return m.score(a, b, tokens ? { tokens } : {}).score;
  }
  return m.scorePair(p.a, p.b, p.schema, opts).score;
};
t = performance.now();
const sb = sel.map(scoreWith(base));
const tb = performance.now() - t; t = performance.now();
const sn = sel.map(scoreWith(now, index));
const tn = performance.now() - t;
console.log('ms', tb.toFixed(0), tn.toFixed(0));
console.log(table(sel, [sb, sn], (p) => p.category, 0.7).join('\n'));
const cx = sel.map((p, i) => [p, i] as const).filter(([p]) => p.category.startsWith('cross'));
console.log(table(cx.map(([p]) => p), [cx.map(([, i]) => sb[i]), cx.map(([, i]) => sn[i])], (p) => p.script, 0.7).join('\n'));
const ob = overall(sel, sb, 0.7), on = overall(sel, sn, 0.7);
console.log('overall', ob, on);
if (process.env.MISS) {
  const cat = process.env.MISS;
  sel.forEach((p, i) => { if (p.category.startsWith(cat) && (p.label === 1) !== (sn[i] >= 0.7)) console.log(p.label, sn[i].toFixed(2), sb[i].toFixed(2), p.script, '|', p.a, '|', p.b); });
}
