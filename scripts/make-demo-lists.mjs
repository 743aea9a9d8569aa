// Extracts the real list records the demo screens against from the shared
// OFAC SDN (July 2021) and UN (27 Feb 2026) files into data/lists/, unchanged,
// plus the records of the designated network around HIZBALLAH, HAMAS and the
// IRGC-QF (two "Linked To" / vessel-owner links out) from the 2021 and the
// January 2019 SDN sets, so the demo can build that network and compare them.
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

const readLines = (dir, file) => readFileSync(join(dir, file), 'latin1').split('\n');
const lines = (file) => readLines(sdnDir, file);
const entNum = (line) => /^(\d+),/.exec(line)?.[1];

/** The quoted or -0- fields of one sdn.csv row (no field holds a doubled quote). */
function fields(line) {
  const out = [];
  for (const m of line.replace(/\r$/, '').matchAll(/"([^"]*)"|([^,]*)/g)) {
    if (m.index > 0 && line[m.index - 1] !== ',') continue;
    out.push((m[1] ?? m[2] ?? '').trim());
  }
  return out;
}

/**
 * Entries within `hops` links of the seeds: an entry's remarks "Linked To: NAME"
 * and a vessel's listed owner (Vess_owner) link it to the entry listed as NAME.
 */
function networkEntries(dir, seeds, hops) {
  const rows = readLines(dir, 'sdn.csv')
    .map(fields)
    .filter((f) => /^\d+$/.test(f[0] ?? ''));
  const byName = new Map(rows.map((f) => [f[1], f[0]]));
  const adjacency = new Map();
  const link = (a, b) => {
    if (!a || !b || a === b) return;
    for (const [x, y] of [
      [a, b],
      [b, a],
    ])
      adjacency.set(x, [...(adjacency.get(x) ?? []), y]);
  };
  for (const f of rows) {
    for (const m of (f[11] ?? '').matchAll(/Linked To: ([^;]+?)(?:;|\.?$)/g))
      link(f[0], byName.get(m[1].trim()) ?? byName.get(`${m[1].trim()}.`));
    if (f[10] && f[10] !== '-0-') link(f[0], byName.get(f[10]));
  }
  const found = new Set(seeds.map((n) => byName.get(n)).filter(Boolean));
  let frontier = [...found];
  for (let hop = 0; hop < hops; hop++) {
    const next = [];
    for (const id of frontier)
      for (const other of adjacency.get(id) ?? []) {
        if (found.has(other)) continue;
        found.add(other);
        next.push(other);
      }
    frontier = next;
  }
  return found;
}

const SEEDS = ['HIZBALLAH', 'HAMAS', 'ISLAMIC REVOLUTIONARY GUARD CORPS (IRGC)-QODS FORCE'];

const keep = new Set();
for (const line of lines('sdn.csv')) {
  const id = entNum(line);
  if (!id) continue;
  const name = /^\d+,"([^"]*)"/.exec(line)?.[1] ?? '';
  if (NAMES.has(name) || MENTIONS.test(line)) keep.add(id);
}
const network2021 = networkEntries(sdnDir, SEEDS, 2);
for (const id of network2021) keep.add(id);

function writeExtract(dir, name, ids) {
  mkdirSync(join(out, name), { recursive: true });
  for (const file of ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']) {
    const kept = readLines(dir, file).filter((l) => ids.has(entNum(l)));
    writeFileSync(join(out, name, file), Buffer.from(kept.join('\n') + '\n\u001a', 'latin1'));
  }
}
writeExtract(sdnDir, 'ofac-sdn-2021-07-demo', keep);

// January 2019: the same entries where that list has them, and its own network around the seeds.
const sdn2019 = join(shared, 'ofac-sdn-2019-01');
const keep2019 = networkEntries(sdn2019, SEEDS, 2);
const listed2019 = new Set(readLines(sdn2019, 'sdn.csv').map(entNum).filter(Boolean));
for (const id of keep) if (listed2019.has(id)) keep2019.add(id);
writeExtract(sdn2019, 'ofac-sdn-2019-01-demo', keep2019);

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
console.log(
  `OFAC 2021: ${keep.size} entries (${network2021.size} in the network); OFAC 2019: ${keep2019.size} entries; UN: ${individuals.length} individuals, ${entities.length} entities`,
);
