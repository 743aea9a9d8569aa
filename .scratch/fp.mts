import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { readTable } from '../bench/lib/lists.js';
const mod = process.argv[2] === 'base' ? '../bench/baseline/match/index.js' : '../src/core/match/index.js';
const { buildIndexSync, screen } = await import(mod);
const { entities } = JSON.parse(readFileSync('/tmp/m/entities.json', 'utf8'));
const index = buildIndexSync(entities);
const rows = ['negatives-global-1k.csv', 'negatives-us-1k.csv'].flatMap((f) => readTable(`test/fixtures/matching/${f}`));
let fp = 0; const t = performance.now();
for (const r of rows) { const m = screen(index, { schema: 'Person', properties: { name: [r.full_name] } }); if (m[0]?.match) { fp++; if (fp < 40) console.log(r.full_name, '→', m[0].caption, m[0].score, m[0].explanations[0].detail); } }
console.log('fp', fp, ((performance.now() - t) / rows.length).toFixed(3), 'ms/q');
