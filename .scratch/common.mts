import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
const mod = process.argv[2] === 'base' ? '../bench/baseline/match/index.js' : '../src/core/match/index.js';
const { buildIndexSync, screen } = await import(mod);
const { entities } = JSON.parse(readFileSync('/tmp/m/entities.json', 'utf8'));
let t = performance.now();
const index = buildIndexSync(entities);
console.log('build ms', (performance.now() - t).toFixed(0), index.stats());
for (const name of ['Mohammed Ali Hassan', 'Vladimir Putin', 'Kim Jong Un', '김정은', '习近平', 'Bank Melli Iran']) {
  const q = { schema: 'Person', properties: { name: [name] } };
  for (let i = 0; i < 50; i++) screen(index, q);
  t = performance.now();
  const n = 300;
  let r;
  for (let i = 0; i < n; i++) r = screen(index, q);
  console.log(name, ((performance.now() - t) / n).toFixed(3), 'ms', r.slice(0, 3).map((m) => `${m.caption} ${m.score}`).join(' | '));
}
