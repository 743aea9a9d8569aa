import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
const { buildIndexSync, screen } = await import('../src/core/match/index.js');
const { entities } = JSON.parse(readFileSync('/tmp/m/entities.json', 'utf8'));
const index = buildIndexSync(entities);
const words = ['mohammed','ali','hassan','al','bin','abdul','rahman','ivan','petrov','company','trading'];
let big = '';
let i = 0;
while (big.length < 1_000_000) big += words[(i++ * 7) % words.length] + (i % 13) + ' ';
for (const name of [big, 'x'.repeat(1_000_000), big.replace(/ /g, '-')]) {
  const t = performance.now();
  const r = screen(index, { properties: { name: [name] } });
  console.log((performance.now() - t).toFixed(1), 'ms', r.length);
}
