// Crude test/bench loaders for the real lists (OFAC SDN + non-SDN CSV, UN XML,
// OpenSanctions FtM lines) until src/core/ingest provides the real parsers.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Entity } from '../../src/core/model/entity.js';
import { addValues } from '../../src/core/model/entity.js';

/** A file of the shared data folder; benches run from the project root (INTERDICT_DATA overrides). */
export function dataPath(rel: string): string {
  return `${process.env.INTERDICT_DATA ?? `${process.cwd()}/../shared/data`}/${rel}`;
}

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

function readCsv(path: string): string[][] {
  const text = readFileSync(path, 'latin1').replaceAll(String.fromCharCode(0x1a), '');
  const rows = parse(text, {
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
  }) as string[][];
  return rows.map((r) => r.map((v) => (v.trim() === '-0-' ? '' : v.trim())));
}

/** Dates in OFAC remarks: "DOB 10 Dec 1948", "DOB Dec 1948", "DOB circa 1960", "DOB 1960 to 1962". */
function ofacDates(remarks: string): string[] {
  const out: string[] = [];
  for (const m of remarks.matchAll(/DOB ([^;]+)/g)) {
    const s = (m[1] as string).trim();
    const full = /^(\d{1,2}) ([A-Za-z]{3}) (\d{4})/.exec(s);
    const month = /^([A-Za-z]{3}) (\d{4})/.exec(s);
    const range = /(\d{4}) to (\d{4})/.exec(s);
    if (full)
      out.push(
        `${full[3]}-${MONTHS[(full[2] as string).toLowerCase()] ?? '01'}-${(full[1] as string).padStart(2, '0')}`,
      );
    else if (month) out.push(`${month[2]}-${MONTHS[(month[1] as string).toLowerCase()] ?? '01'}`);
    else if (range) for (let y = Number(range[1]); y <= Number(range[2]); y++) out.push(String(y));
    else {
      const y = /(\d{4})/.exec(s);
      if (y) out.push(y[1] as string);
    }
  }
  return out;
}

function ofacRemarks(props: Record<string, string[]>, remarks: string): void {
  addValues(props, 'birthDate', ...ofacDates(remarks));
  for (const m of remarks.matchAll(/(?:nationality|citizen) ([^;.]+)/g))
    addValues(props, 'nationality', m[1]);
  for (const m of remarks.matchAll(/Passport ([A-Z0-9-]+)/g)) addValues(props, 'passportNumber', m[1]);
  for (const m of remarks.matchAll(
    /(?:National ID No\.|Identification Number|Cedula No\.|C\.U\.R\.P\.) ([A-Z0-9-]+)/g,
  ))
    addValues(props, 'idNumber', m[1]);
  for (const m of remarks.matchAll(/IMO (\d{7})/g)) addValues(props, 'imoNumber', m[1]);
  for (const m of remarks.matchAll(/Gender (Male|Female)/g))
    addValues(props, 'gender', (m[1] as string).toLowerCase());
}

const OFAC_SCHEMA: Record<string, string> = { individual: 'Person', vessel: 'Vessel', aircraft: 'Airplane' };

/** OFAC legacy CSV (sdn.csv + alt.csv, or cons_prim.csv + cons_alt.csv). */
export function loadOfac(dir: string, prim: string, alt: string, dataset: string): Entity[] {
  const byId = new Map<string, Entity>();
  for (const r of readCsv(`${dir}/${prim}`)) {
    const [ent, name = '', type = '', , , , , , , , , remarks = ''] = r;
    if (!ent || !/^\d+$/.test(ent)) continue;
    const properties: Record<string, string[]> = {};
    addValues(properties, 'name', name);
    ofacRemarks(properties, remarks);
    byId.set(ent, {
      id: `ofac-${ent}`,
      schema: OFAC_SCHEMA[type] ?? 'Organization',
      properties,
      datasets: [dataset],
    });
  }
  for (const r of readCsv(`${dir}/${alt}`)) {
    const [ent = '', , type = '', name = ''] = r;
    const e = byId.get(ent);
    if (e) addValues(e.properties, type === 'fka' ? 'previousName' : 'alias', name);
  }
  return [...byId.values()];
}

function tags(block: string, tag: string): string[] {
  return [...block.matchAll(new RegExp(`<${tag}>([^<]*)</${tag}>`, 'g'))]
    .map((m) => (m[1] as string).trim())
    .filter((x) => x);
}

export interface UnList {
  entities: Entity[];
  /** Names in original script, kept out of the entities so cross-script recall is a real test. */
  native: { id: string; name: string }[];
}

/** UN consolidated XML, read crudely with regular expressions. */
export function loadUn(path: string): UnList {
  const xml = readFileSync(path, 'utf8');
  const entities: Entity[] = [];
  const native: UnList['native'] = [];
  for (const [kind, schema] of [
    ['INDIVIDUAL', 'Person'],
    ['ENTITY', 'Organization'],
  ] as const) {
    for (const m of xml.matchAll(new RegExp(`<${kind}>([\\s\\S]*?)</${kind}>`, 'g'))) {
      const b = m[1] as string;
      const id = `un-${tags(b, 'DATAID')[0]}`;
      const properties: Record<string, string[]> = {};
      const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
        .map((t) => tags(b, t)[0] ?? '')
        .filter((x) => x)
        .join(' ');
      addValues(properties, 'name', name);
      for (const a of b.matchAll(new RegExp(`<${kind}_ALIAS>([\\s\\S]*?)</${kind}_ALIAS>`, 'g'))) {
        const q = tags(a[1] as string, 'QUALITY')[0];
        addValues(properties, q === 'Low' ? 'weakAlias' : 'alias', ...tags(a[1] as string, 'ALIAS_NAME'));
      }
      for (const d of b.matchAll(/<INDIVIDUAL_DATE_OF_BIRTH>([\s\S]*?)<\/INDIVIDUAL_DATE_OF_BIRTH>/g)) {
        const s = d[1] as string;
        addValues(properties, 'birthDate', ...tags(s, 'DATE'), ...tags(s, 'YEAR'));
        const [from, to] = [tags(s, 'FROM_YEAR')[0], tags(s, 'TO_YEAR')[0]];
        if (from && to)
          for (let y = Number(from); y <= Number(to); y++) addValues(properties, 'birthDate', String(y));
      }
      const nat = /<NATIONALITY>([\s\S]*?)<\/NATIONALITY>/.exec(b);
      if (nat) addValues(properties, 'nationality', ...tags(nat[1] as string, 'VALUE'));
      addValues(properties, 'gender', ...tags(b, 'GENDER').map((g) => g.toLowerCase()));
      addValues(properties, 'idNumber', ...tags(b, 'NUMBER'));
      for (const n of tags(b, 'NAME_ORIGINAL_SCRIPT')) native.push({ id, name: n });
      entities.push({ id, schema, properties, datasets: ['un_sc_sanctions'] });
    }
  }
  return { entities, native };
}

/** OpenSanctions FtM JSON lines: entities with names (node schemata only). */
export function loadFtm(path: string): Entity[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Entity);
}

/** The three lists of the screening bench: OFAC SDN 2021, OFAC non-SDN 2025, UN 2026. */
export function loadLists(): { entities: Entity[]; un: UnList } {
  const sdn = loadOfac(dataPath('ofac-sdn-2021-07'), 'sdn.csv', 'alt.csv', 'us_ofac_sdn');
  const cons = loadOfac(dataPath('ofac-nonsdn-2025-12'), 'cons_prim.csv', 'cons_alt.csv', 'us_ofac_cons');
  const un = loadUn(dataPath('un/consolidated-2026-02-27.xml'));
  return { entities: [...sdn, ...cons, ...un.entities], un };
}

/** A CSV file with a header row, as objects. */
export function readTable(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), {
    columns: true,
    relax_quotes: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}
