import { loadLists } from '../bench/lib/lists.js';
const lists = await loadLists('/tmp/matcher-lists.sqlite');
for (const e of lists.entities) { const c = (e.properties.name ?? [])[0] ?? ''; if (process.argv.slice(2).some((a) => c.includes(a))) console.log(e.id, e.schema, JSON.stringify([...(e.properties.name ?? []), ...(e.properties.alias ?? []), ...(e.properties.weakAlias ?? [])])); }
