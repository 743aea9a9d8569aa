// The OFAC legacy CSV set (sdn.csv + alt.csv + add.csv + sdn_comments.csv, or
// the cons_*.csv non-SDN set) streamed into FtM entities.

import type { Entity } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import { guardRecord, INGEST_DEFAULTS, rejectRecord, type IngestOptions } from './ingest-options.js';
import { ofacCsvRecords, splitOfacRecord, type CsvRecord } from './ofac-csv-records.js';
import { type OfacEntry, type OfacType } from './ofac-entry.js';
import { linkedEntities, OfacLinker } from './ofac-linker.js';
import { splitPrograms } from './ofac-names.js';

/** A named file whose lines can be read (the adapter decodes the bytes). */
export interface LineFile {
  name: string;
  lines: () => AsyncIterable<string> | Iterable<string>;
  /** Refuse the file unless it ends with OFAC's 0x1A end byte. */
  requireEndMarker?: boolean;
}

export interface OfacCsvFiles {
  /** sdn.csv or cons_prim.csv */
  main: LineFile;
  alt?: LineFile;
  add?: LineFile;
  comments?: LineFile;
}

export const MAIN_COLUMNS = [
  'ent_num',
  'SDN_Name',
  'SDN_Type',
  'Program',
  'Title',
  'Call_Sign',
  'Vess_type',
  'Tonnage',
  'GRT',
  'Vess_flag',
  'Vess_owner',
  'Remarks',
];
export const ALT_COLUMNS = ['ent_num', 'alt_num', 'alt_type', 'alt_name', 'alt_remarks'];
export const ADD_COLUMNS = ['ent_num', 'add_num', 'address', 'city_state_postal', 'country', 'add_remarks'];
export const COMMENT_COLUMNS = ['ent_num', 'Remarks_continued'];

const TYPES: Record<string, OfacType> = {
  '': 'entity',
  individual: 'individual',
  vessel: 'vessel',
  aircraft: 'aircraft',
  entity: 'entity',
};

/**
 * Side-file rows are kept as one string per ent_num (records joined by
 * U+0001, each prefixed with its line number and U+0000) and parsed again
 * when their entry is emitted: far smaller than row objects.
 */
const SEP = '\u0000';
const NEXT = '\u0001';

/** Checks the column count and the ent_num of one record. */
function checkRecord(file: string, record: CsvRecord, columns: string[]): string {
  const entNum = record.fields[0] ?? '';
  const where = { file, line: record.line, ...(/^\d+$/.test(entNum) ? { record: entNum } : {}) };
  if (record.fields.length !== columns.length) {
    throw new InputError(
      'E_SCHEMA',
      `expected ${columns.length} columns (${columns.join(', ')}), found ${record.fields.length}` +
        (record.fields.length < columns.length
          ? ' — the record is cut short; the file may be truncated'
          : ''),
      where,
      `check that this is ${file} from the OFAC legacy CSV set and download it again if it is`,
    );
  }
  if (!/^\d+$/.test(entNum)) {
    throw new InputError(
      'E_VALUE',
      `ent_num must be a whole number, got "${entNum}"`,
      { ...where, path: 'ent_num' },
      'the first column holds the entry number',
    );
  }
  return entNum;
}

/** True when the file's ent_nums never decrease (OFAC publishes them sorted). */
async function isSorted(file: LineFile): Promise<boolean> {
  let last = -1;
  for await (const line of file.lines()) {
    const m = /^(\d+),/.exec(line);
    if (!m) continue;
    const n = Number(m[1]);
    if (n < last) return false;
    last = n;
  }
  return true;
}

/**
 * The rows of one side file, handed out by ent_num as the main file streams.
 * A sorted file is read alongside (merge join: memory stays small whatever
 * the list's size); an unsorted one is read whole first.
 */
class SideFile {
  private readonly rows = new Map<string, string>();
  private records?: AsyncIterator<CsvRecord>;
  private last = -1;
  private done = false;

  constructor(
    readonly file: LineFile | undefined,
    private readonly columns: string[],
    private readonly options: IngestOptions,
  ) {}

  async open(): Promise<void> {
    if (!this.file) {
      this.done = true;
      return;
    }
    this.records = ofacCsvRecords(this.file.name, this.file.lines(), {
      requireEndMarker: this.file.requireEndMarker,
    })[Symbol.asyncIterator]();
    if (!(await isSorted(this.file))) await this.readUntil(Infinity);
  }

  private async readUntil(entNum: number): Promise<void> {
    while (!this.done && this.last <= entNum) {
      const next = await this.records!.next();
      if (next.done) {
        this.done = true;
        break;
      }
      const record = next.value;
      const ent = guardRecord(() => checkRecord(this.file!.name, record, this.columns), this.options);
      if (ent === undefined) continue;
      this.last = Number(ent);
      const packed = `${record.line}${SEP}${record.raw}`;
      const prev = this.rows.get(ent);
      this.rows.set(ent, prev === undefined ? packed : `${prev}${NEXT}${packed}`);
    }
  }

  /** Reads what is left (rows of entries the main file lacks are dropped) so the whole file is checked. */
  async finish(): Promise<void> {
    while (!this.done) {
      const next = await this.records!.next();
      if (next.done) this.done = true;
      else guardRecord(() => checkRecord(this.file!.name, next.value, this.columns), this.options);
    }
    this.rows.clear();
  }

  /** The packed rows of this entry, removed from the buffer. */
  async take(entNum: string): Promise<string | undefined> {
    await this.readUntil(Number(entNum));
    const rows = this.rows.get(entNum);
    this.rows.delete(entNum);
    return rows;
  }
}

/** The rows packed for one ent_num: fields, and the provenance line "file:line: raw". */
function unpack(
  file: LineFile | undefined,
  packed: string | undefined,
): { fields: string[]; source: string }[] {
  if (!file || packed === undefined) return [];
  return packed.split(NEXT).map((p) => {
    const cut = p.indexOf(SEP);
    const raw = p.slice(cut + 1);
    return { fields: splitOfacRecord(raw) ?? [], source: `${file.name}:${p.slice(0, cut)}: ${raw}` };
  });
}

function toEntry(
  files: OfacCsvFiles,
  record: CsvRecord,
  side: Record<'alt' | 'add' | 'comments', string | undefined>,
): OfacEntry {
  const file = files.main.name;
  const f = record.fields;
  const entNum = checkRecord(file, record, MAIN_COLUMNS);
  const type = TYPES[(f[2] ?? '').toLowerCase()];
  if (!type) {
    throw new InputError(
      'E_VALUE',
      `unknown SDN_Type "${f[2]}"`,
      { file, line: record.line, record: entNum, path: 'SDN_Type' },
      'expected individual, vessel, aircraft or -0- (entity)',
    );
  }
  if (!f[1]) {
    throw new InputError(
      'E_VALUE',
      'SDN_Name is empty',
      { file, line: record.line, record: entNum, path: 'SDN_Name' },
      'every entry needs a name',
    );
  }
  const alt = unpack(files.alt, side.alt);
  const add = unpack(files.add, side.add);
  const comments = unpack(files.comments, side.comments);
  const vessel =
    type === 'vessel'
      ? { callSign: f[5], type: f[6], tonnage: f[7], grt: f[8], flag: f[9], owner: f[10] }
      : undefined;
  return {
    entNum,
    type,
    listedName: f[1],
    programs: splitPrograms(f[3] ?? ''),
    title: f[4] || undefined,
    ...(vessel ? { vessel } : {}),
    // sdn_comments.csv continues Remarks that were cut at the field limit, mid-word.
    remarks: (f[11] ?? '') + comments.map((c) => c.fields[1] ?? '').join(''),
    aliases: alt.filter((a) => a.fields[3]).map((a) => ({ type: a.fields[2] || 'aka', name: a.fields[3]! })),
    addresses: add.map((a) => ({ parts: a.fields.slice(2, 6), country: a.fields[4] || undefined })),
    sourceRecords: [
      `${file}:${record.line}: ${record.raw}`,
      ...alt.map((a) => a.source),
      ...add.map((a) => a.source),
      ...comments.map((c) => c.source),
    ],
  };
}

/**
 * Streams the entities of an OFAC CSV set: the main file streams, the side
 * files join in by ent_num (see SideFile), links come last.
 */
export async function* parseOfacCsv(
  files: OfacCsvFiles,
  options: IngestOptions = INGEST_DEFAULTS,
): AsyncGenerator<Entity> {
  const alt = new SideFile(files.alt, ALT_COLUMNS, options);
  const add = new SideFile(files.add, ADD_COLUMNS, options);
  const comments = new SideFile(files.comments, COMMENT_COLUMNS, options);
  for (const side of [alt, add, comments]) await side.open();
  const linker = new OfacLinker();
  const seen = new Set<string>();
  const records = ofacCsvRecords(files.main.name, files.main.lines(), {
    requireEndMarker: files.main.requireEndMarker,
  });
  for await (const record of records) {
    const ent = /^\d+$/.test(record.fields[0] ?? '') ? record.fields[0]! : undefined;
    const rows = ent
      ? { alt: await alt.take(ent), add: await add.take(ent), comments: await comments.take(ent) }
      : { alt: undefined, add: undefined, comments: undefined };
    const entry = guardRecord(() => toEntry(files, record, rows), options);
    if (!entry) continue;
    if (seen.has(entry.entNum)) {
      rejectRecord(
        new InputError(
          'E_VALUE',
          `ent_num ${entry.entNum} appears twice`,
          { file: files.main.name, line: record.line, record: entry.entNum, path: 'ent_num' },
          'each entry must be listed once',
        ),
        options,
      );
      continue;
    }
    seen.add(entry.entNum);
    yield* linkedEntities(linker, entry);
  }
  for (const side of [alt, add, comments]) await side.finish();
  yield* linker.links();
}
