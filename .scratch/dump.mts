import { writeFileSync } from 'node:fs';
import { importLists, loadLists } from '../bench/lib/lists.js';
const { dbPath } = await importLists('/tmp/m');
const { entities, un } = await loadLists(dbPath);
writeFileSync('/tmp/m/entities.json', JSON.stringify({ entities, native: un.native }));
console.log(entities.length, un.native.length);
