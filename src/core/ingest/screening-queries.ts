// Batch screening input: CSV (columns name, schema, country, birth_date,
// id_number; all but name optional) or JSON lines, read into located queries.
// A file-level problem (no header, unknown column) throws; a bad row becomes
// a row carrying its located error, so the rest of the batch goes on.

import { InputError } from '../model/errors.js';
import { splitCsvLine } from './csv-line.js';
import { numberedLines, type LineSource } from './lines.js';

export interface QueryRow {
  /** 1-based line of the input file. */
  line: number;
  /** The row as given (CSV columns or the JSON object). */
  input: Record<string, unknown>;
  query: { schema?: string; properties: Record<string, string[]> };
  /** Set when the row cannot be read; `query` is then empty. */
  error?: InputError;
}

export const QUERY_COLUMNS = ['name', 'schema', 'country', 'birth_date', 'id_number'] as const;

/** A query's fields under those column names (what a CSV output repeats for a JSON-lines input row). */
export function queryColumns(query: QueryRow['query']): Record<string, string | undefined> {
  const p = query.properties;
  return {
    name: p.name?.[0],
    schema: query.schema,
    country: p.country?.[0],
    birth_date: p.birthDate?.[0],
    id_number: p.idNumber?.[0],
  };
}
/** Also read: a row key, and the camel-case names the HTTP API uses. */
const EXTRA_COLUMNS = ['id', 'key', 'birthdate', 'idnumber'];
const FLAT_TO_PROP: Record<string, string> = {
  name: 'name',
  country: 'country',
  birth_date: 'birthDate',
  birthDate: 'birthDate',
  id_number: 'idNumber',
  idNumber: 'idNumber',
  birthdate: 'birthDate',
  idnumber: 'idNumber',
};

async function* csvQueries(source: LineSource, file: string): AsyncGenerator<QueryRow> {
  let columns: string[] | undefined;
  for await (const { line, text } of numberedLines(source)) {
    if (text.trim() === '') continue;
    const fields = splitCsvLine(text);
    if (!columns) {
      columns = fields.map((f) =>
        f.value
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase(),
      );
      fields.forEach((f, i) => {
        if (
          !(QUERY_COLUMNS as readonly string[]).includes(columns![i]!) &&
          !EXTRA_COLUMNS.includes(columns![i]!)
        ) {
          throw new InputError(
            'E_SCHEMA',
            `unknown column "${f.value}"`,
            { file, line, column: f.column },
            `the columns are ${QUERY_COLUMNS.join(', ')} (all but name optional)`,
          );
        }
      });
      if (!columns.includes('name'))
        throw new InputError(
          'E_SCHEMA',
          'missing column "name"',
          { file, line, column: 1 },
          `the header must include name; optional: ${QUERY_COLUMNS.slice(1).join(', ')}`,
        );
      continue;
    }
    const input: Record<string, string> = {};
    columns.forEach((c, i) => (input[c] = fields[i]?.value.trim() ?? ''));
    // A short row leaves its last columns empty; a long one cannot be read.
    if (fields.length > columns.length) {
      yield rowError(
        line,
        input,
        new InputError(
          'E_PARSE',
          `${fields.length} fields, the header has ${columns.length}`,
          { file, line, column: 1 },
          "give every row the header's columns (quote values that contain commas)",
        ),
      );
      continue;
    }
    if (!input.name) {
      yield rowError(
        line,
        input,
        new InputError(
          'E_VALUE',
          'empty name',
          { file, line, column: fields[columns.indexOf('name')]!.column },
          'every row needs a name',
        ),
      );
      continue;
    }
    const properties: Record<string, string[]> = {};
    for (const [col, prop] of Object.entries(FLAT_TO_PROP)) if (input[col]) properties[prop] = [input[col]!];
    const schema = input.schema || undefined;
    yield { line, input, query: schema ? { schema, properties } : { properties } };
  }
  if (!columns)
    throw new InputError(
      'E_PARSE',
      'empty file',
      { file },
      `start with a header such as ${QUERY_COLUMNS.join(',')}`,
    );
}

function toList(v: unknown, file: string, line: number, path: string): string[] {
  if (typeof v === 'string') return [v];
  if (typeof v === 'number') return [String(v)];
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
  throw new InputError(
    'E_SCHEMA',
    `${path} must be a string or a list of strings`,
    { file, line, path },
    'write "name": "…" or "name": ["…"]',
  );
}

function rowError(line: number, input: Record<string, unknown>, error: InputError): QueryRow {
  return { line, input, query: { properties: {} }, error };
}

/** One JSON object as a query: flat fields (name, schema, country …) or yente's {schema, properties}. */
export function queryOfObject(
  o: Record<string, unknown>,
  file: string,
  line: number,
): { schema?: string; properties: Record<string, string[]> } {
  const properties: Record<string, string[]> = {};
  if (o.properties !== undefined) {
    if (!o.properties || typeof o.properties !== 'object' || Array.isArray(o.properties))
      throw new InputError(
        'E_SCHEMA',
        'properties must be an object',
        { file, line, path: 'properties' },
        'write "properties": {"name": ["…"]}',
      );
    for (const [k, v] of Object.entries(o.properties as Record<string, unknown>))
      properties[k] = toList(v, file, line, `properties.${k}`);
  }
  for (const [k, prop] of Object.entries(FLAT_TO_PROP))
    if (o[k] !== undefined && o[k] !== null && o[k] !== '')
      properties[prop] = [...(properties[prop] ?? []), ...toList(o[k], file, line, k)];
  if (
    !properties.name?.length &&
    !properties.idNumber?.length &&
    !properties.firstName?.length &&
    !properties.lastName?.length
  ) {
    throw new InputError(
      'E_VALUE',
      'query has no name',
      { file, line, path: 'name' },
      'add "name" or "properties.name"',
    );
  }
  if (o.schema !== undefined && typeof o.schema !== 'string')
    throw new InputError(
      'E_SCHEMA',
      'schema must be a string',
      { file, line, path: 'schema' },
      'write "schema": "Person"',
    );
  const schema = (o.schema as string | undefined) || undefined;
  return schema ? { schema, properties } : { properties };
}

async function* jsonlQueries(source: LineSource, file: string): AsyncGenerator<QueryRow> {
  for await (const { line, text } of numberedLines(source)) {
    if (text.trim() === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      const pos = /position (\d+)/.exec((e as Error).message);
      yield rowError(
        line,
        { text: text.slice(0, 200) },
        new InputError(
          'E_PARSE',
          `malformed JSON: ${(e as Error).message}`,
          { file, line, column: pos ? Number(pos[1]) + 1 : 1 },
          'each line must be one JSON object',
        ),
      );
      continue;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      yield rowError(
        line,
        {},
        new InputError(
          'E_SCHEMA',
          'line is not a JSON object',
          { file, line, column: 1 },
          'write {"name": "…"} or {"schema": "Person", "properties": {"name": ["…"]}}',
        ),
      );
      continue;
    }
    const o = obj as Record<string, unknown>;
    try {
      yield { line, input: o, query: queryOfObject(o, file, line) };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      yield rowError(line, o, e);
    }
  }
}

export function readScreeningQueries(
  source: LineSource,
  options: { file?: string; format: 'csv' | 'jsonl' },
): AsyncGenerator<QueryRow> {
  const file = options.file ?? `<queries.${options.format}>`;
  return options.format === 'csv' ? csvQueries(source, file) : jsonlQueries(source, file);
}
