import { readFileSync } from 'node:fs';
const { buildIndexSync, parseName, rarity } = await import('../src/core/match/index.js');
const { entities } = JSON.parse(readFileSync('/tmp/m/entities.json', 'utf8'));
const index = buildIndexSync(entities);
console.log(Array.from(index.totals));
for (const t of ['mohammed','muhammad','ali','hassan','hasan','ahmad','abdul','kim','jong','vladimir','putin','bank','trading','melli','al','abd','rahman','mohammad']) console.log(t, index.df(t,0), index.df(t,1), rarity(index.df(t,0), index.totals[0]).toFixed(2));
