// Extracts the real list records the demo screens against from the shared
// OFAC SDN (July 2021) and UN (27 Feb 2026) files into data/lists/, unchanged.
// Run from the repository root: node scripts/make-demo-lists.mjs ../shared/data
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';

const shared = process.argv[2] ?? '../shared/data';
const sdnDir = join(shared, 'ofac-sdn-2021-07');
const out = 'data/lists';

const MENTIONS = /HAMAS|HIZBALLAH|QODS/i;
const NAMES = new Set([
  'MAHAN AIR',
  'KHAMENEI, Ali Husseini',
  'UNION OF GOOD',
  'INTERPAL',
  'HOLY LAND FOUNDATION FOR RELIEF AND DEVELOPMENT',
  'AL-AQSA FOUNDATION',
  'SANABIL ASSOCIATION FOR RELIEF AND DEVELOPMENT',
  'MARTYRS FOUNDATION',
  'MARTYRS FOUNDATION IN LEBANON',
  'PALESTINIAN MARTYRS FOUNDATION',
  'GOODWILL CHARITABLE ORGANIZATION, INC.',
  'AL-QARD AL-HASSAN ASSOCIATION',
  'JIHAD AL-BINA',
  'ISLAMIC RESISTANCE SUPPORT ORGANIZATION',
  'BAYT AL-MAL',
  'BEIT EL-MAL HOLDINGS',
  'AL MANAR TV',
  'AL NOUR RADIO',
]);

const lines = (file) => readFileSync(join(sdnDir, file), 'latin1').split('\n');
const entNum = (line) => /^(\d+),/.exec(line)?.[1];

const keep = new Set();
for (const line of lines('sdn.csv')) {
  const id = entNum(line);
  if (!id) continue;
  const name = /^\d+,"([^"]*)"/.exec(line)?.[1] ?? '';
  if (NAMES.has(name) || MENTIONS.test(line)) keep.add(id);
}
mkdirSync(join(out, 'ofac-sdn-2021-07-demo'), { recursive: true });
for (const file of ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']) {
  const kept = lines(file).filter((l) => keep.has(entNum(l)));
  writeFileSync(
    join(out, 'ofac-sdn-2021-07-demo', file),
    Buffer.from(kept.join('\n') + '\n\u001a', 'latin1'),
  );
}

// UN: the Iran-list and Al-Qaida entries that name the IRGC or its Qods Force.
const xml = readFileSync(join(shared, 'un/consolidated-2026-02-27.xml'), 'utf8');
const header = xml.slice(0, xml.indexOf('<INDIVIDUALS>'));
const pick = (tag) =>
  [...xml.matchAll(new RegExp(`<${tag}>[\\s\\S]*?</${tag}>`, 'g'))]
    .map((m) => m[0])
    .filter((r) => /Revolutionary Guard|QODS|Quds|IRGC/i.test(r));
const individuals = pick('INDIVIDUAL');
const entities = pick('ENTITY');
writeFileSync(
  join(out, 'un-consolidated-2026-02-27-demo.xml'),
  `${header}<INDIVIDUALS>\n${individuals.join('\n')}\n</INDIVIDUALS>\n<ENTITIES>\n${entities.join('\n')}\n</ENTITIES>\n</CONSOLIDATED_LIST>\n`,
);
console.log(`OFAC: ${keep.size} entries; UN: ${individuals.length} individuals, ${entities.length} entities`);
