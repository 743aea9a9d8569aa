import { readFileSync } from 'node:fs';
const { buildIndexSync, factsOf } = await import('../src/core/match/index.js');
const { nameKeys } = await import('../src/core/match/candidate-index.js');
const { entities } = JSON.parse(readFileSync('/tmp/m/entities.json', 'utf8'));
const index = buildIndexSync(entities);
const f = factsOf({ schema: 'Person', properties: { name: [process.argv[2]] } });
for (const n of f.names) console.log(nameKeys(n).map(g => g.map(k => `${k}:${(index as any).keyIds.has(k) ? (index as any).keyStart[(index as any).keyIds.get(k)+1]-(index as any).keyStart[(index as any).keyIds.get(k)] : 0}`).join(' ')));
const c = index.candidates(f, 30);
console.log(c.map((o: number) => index.entity(o)!.caption).join(' | '));
