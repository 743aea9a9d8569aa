// The OFAC legacy CSV set (sdn.csv + alt.csv + add.csv + sdn_comments.csv, or
// the cons_*.csv non-SDN set) streamed into FtM entities.

import type { Entity } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import { guardRecord, INGEST_DEFAULTS, rejectRecord, type IngestOptions } from './ingest-options.js';
import { ofacCsvRecords, type CsvRecord } from './ofac-csv-records.js';
import { ofacEntities, type OfacAddress, type OfacAlias, type OfacEntry, type OfacType } from './ofac-entry.js';
import { OfacLinker } from './ofac-linker.js';
import { splitPrograms } from './ofac-names.js';

/** A named file whose lines can be read (the adapter decodes the bytes). */
export interface LineFile {
  name: string;
  lines: () => AsyncIterable<string> | Iterable<string>;
}

export interface OfacCsvFiles {
  /** sdn.csv or cons_prim.csv */
  main: LineFile;
  alt?: LineFile;
  add?: LineFile;
  comments?: LineFile;
}

export const MAIN_COLUMNS = ['ent_num', 'SDN_Name', 'SDN_Type', 'Program', 'Title', 'Call_Sign', 'Vess_type', 'Tonnage', 'GRT', 'Vess_flag', 'Vess_owner', 'Remarks'];
export const ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'];
export const ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'city_state_postal', 'country', 'add_remarks'];
export const COMMENT_COLUMNS = ['ent_num', 'Remarks_continued'];

const TYPES: Record<string, OfacType> = { '': 'entity', individual: 'individual', vessel: 'vessel', aircraft: 'aircraft', entity: 'entity' };

interface Side {
  aliases: Map<string, OfacAlias[]>;
  addresses: Map<string, OfacAddress[]>;
  comments: Map<string, string>;
  sources: Map<string, string[]>;
}

/** Checks the column count and the ent_num of one record. */
function checkRecord(file: string, record: CsvRecord, columns: string[]): string {
  const entNum = record.fields[0] ?? '';
  const where = { file, line: record.line, ...(/^\d+$/.test(entNum) ? { record: entNum } : {}) };
  if (record.fields.length !== columns.length) {
    throw new InputError(
      'E_SCHEMA',
      `expected ${columns.length} columns (${columns.join(', ')}), found ${record.fields.length}` +
        (record.fields.length < columns.length ? ' — the record is cut short; the file may be truncated' : ''),
      where,
      `check that this is ${file} from the OFAC legacy CSV set and download it again if it is`,
    );
  }
  if (!/^\d+$/.test(entNum)) {
    throw new InputError('E_VALUE', `ent_num must be a whole number, got "${entNum}"`, { ...where, path: 'ent_num' }, 'the first column holds the entry number');
  }
  return entNum;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

async function readSide(files: OfacCsvFiles, options: IngestOptions): Promise<Side> {
  const side: Side = { aliases: new Map(), addresses: new Map(), comments: new Map(), sources: new Map() };
  const read = async (file: LineFile | undefined, columns: string[], use: (ent: string, f: string[]) => void) => {
    if (!file) return;
    for await (const record of ofacCsvRecords(file.name, file.lines())) {
      const ent = guardRecord(() => checkRecord(file.name, record, columns), options);
      if (ent === undefined) continue;
      use(ent, record.fields);
      push(side.sources, ent, `${file.name}:${record.line}: ${record.raw}`);
    }
  };
  await read(files.alt, ALT_COLUMNS, (ent, f) => {
    if (f[3]) push(side.aliases, ent, { type: f[2] ?? 'aka', name: f[3] });
  });
  await read(files.add, ADD_COLUMNS, (ent, f) => {
    push(side.addresses, ent, { parts: [f[2] ?? '', f[3] ?? '', f[4] ?? '', f[5] ?? ''], country: f[4] || undefined });
  });
  await read(files.comments, COMMENT_COLUMNS, (ent, f) => {
    side.comments.set(ent, (side.comments.get(ent) ?? '') + (f[1] ?? ''));
  });
  return side;
}

function toEntry(file: string, record: CsvRecord, side: Side): OfacEntry {
  const f = record.fields;
  const entNum = checkRecord(file, record, MAIN_COLUMNS);
  const type = TYPES[(f[2] ?? '').toLowerCase()];
  if (!type) {
    throw new InputError('E_VALUE', `unknown SDN_Type "${f[2]}"`, { file, line: record.line, record: entNum, path: 'SDN_Type' }, 'expected individual, vessel, aircraft or -0- (entity)');
  }
  if (!f[1]) {
    throw new InputError('E_VALUE', 'SDN_Name is empty', { file, line: record.line, record: entNum, path: 'SDN_Name' }, 'every entry needs a name');
  }
  const vessel = type === 'vessel' ? { callSign: f[5], type: f[6], tonnage: f[7], grt: f[8], flag: f[9], owner: f[10] } : undefined;
  return {
    entNum,
    type,
    listedName: f[1],
    programs: splitPrograms(f[3] ?? ''),
    title: f[4] || undefined,
    ...(vessel ? { vessel } : {}),
    // sdn_comments.csv continues Remarks that were cut at the field limit, mid-word.
    remarks: (f[11] ?? '') + (side.comments.get(entNum) ?? ''),
    aliases: side.aliases.get(entNum) ?? [],
    addresses: side.addresses.get(entNum) ?? [],
    sourceRecords: [`${file}:${record.line}: ${record.raw}`, ...(side.sources.get(entNum) ?? [])],
  };
}

/**
 * Streams the entities of an OFAC CSV set. The side files are read first
 * (they are keyed by ent_num); the main file is streamed; links come last.
 */
export async function* parseOfacCsv(files: OfacCsvFiles, options: IngestOptions = INGEST_DEFAULTS): AsyncGenerator<Entity> {
  const side = await readSide(files, options);
  const linker = new OfacLinker();
  const seen = new Set<string>();
  for await (const record of ofacCsvRecords(files.main.name, files.main.lines())) {
    const entry = guardRecord(() => toEntry(files.main.name, record, side), options);
    if (!entry) continue;
    if (seen.has(entry.entNum)) {
      rejectRecord(
        new InputError('E_VALUE', `ent_num ${entry.entNum} appears twice`, { file: files.main.name, line: record.line, record: entry.entNum, path: 'ent_num' }, 'each entry must be listed once'),
        options,
      );
      continue;
    }
    seen.add(entry.entNum);
    for (const map of [side.sources, side.aliases, side.addresses, side.comments]) map.delete(entry.entNum);
    const { entities, linkedTo } = ofacEntities(entry);
    linker.addEntry(entry.entNum, entry.listedName, entry.aliases.map((a) => a.name));
    for (const name of linkedTo) linker.link(entry.entNum, name);
    yield* entities;
  }
  yield* linker.links();
}
