import { readFileSync } from 'node:fs';
const { buildIndexSync, screen, parseName } = await import('../src/core/match/index.js');
const { entities } = JSON.parse(readFileSync('/tmp/m/entities.json', 'utf8'));
const index = buildIndexSync(entities);
for (const name of process.argv.slice(2)) {
  const r = screen(index, { schema: 'Person', properties: { name: [name] } }, { cutoff: 0.3 });
  console.log(name, r.slice(0, 4).map((m) => `${m.caption} ${m.score}`).join(' | '));
}
