import { loadLists } from '../bench/lib/lists.js';
const lists = await loadLists('/tmp/matcher-lists.sqlite');
const keys = new Map<string, number>();
for (const e of lists.entities) for (const k of Object.keys(e.properties)) keys.set(k, (keys.get(k) ?? 0) + 1);
console.log([...keys].sort((a, b) => b[1] - a[1]));
const e = lists.entities.find((x) => x.id === 'ofac-9585'); console.log(JSON.stringify({ ...e, properties: { ...e!.properties, sourceRecord: undefined } }));
const u = lists.un.entities.find((x) => x.id === 'un-112075'); console.log(JSON.stringify({ ...u, properties: { ...u!.properties, sourceRecord: undefined } }));
