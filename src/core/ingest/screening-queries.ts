// Batch screening input: CSV (columns name, schema, country, birth_date,
// id_number; all but name optional) or JSON lines, read into located queries.

import { InputError } from '../model/errors.js';
import { splitCsvLine } from './csv-line.js';
import { numberedLines, type LineSource } from './lines.js';

export interface QueryRow {
  /** 1-based line of the input file. */
  line: number;
  /** The row as given (CSV columns or the JSON object). */
  input: Record<string, unknown>;
  query: { schema?: string; properties: Record<string, string[]> };
}

export const QUERY_COLUMNS = ['name', 'schema', 'country', 'birth_date', 'id_number'] as const;
const EXTRA_COLUMNS = ['id', 'key'];
const SCHEMATA = new Set([
  'Thing',
  'LegalEntity',
  'Person',
  'Organization',
  'Company',
  'PublicBody',
  'Vessel',
  'Airplane',
]);

const FLAT_TO_PROP: Record<string, string> = {
  name: 'name',
  country: 'country',
  birth_date: 'birthDate',
  birthDate: 'birthDate',
  id_number: 'idNumber',
  idNumber: 'idNumber',
};

function checkSchema(
  schema: string | undefined,
  file: string,
  line: number,
  column?: number,
): string | undefined {
  if (!schema) return undefined;
  if (!SCHEMATA.has(schema)) {
    throw new InputError(
      'E_VALUE',
      `unknown schema "${schema}"`,
      { file, line, ...(column ? { column } : { path: 'schema' }) },
      `use one of: ${[...SCHEMATA].join(', ')}`,
    );
  }
  return schema;
}

async function* csvQueries(source: LineSource, file: string): AsyncGenerator<QueryRow> {
  let columns: string[] | undefined;
  for await (const { line, text } of numberedLines(source)) {
    if (text.trim() === '') continue;
    const fields = splitCsvLine(text);
    if (!columns) {
      columns = fields.map((f) => f.value.toLowerCase());
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
    if (fields.length !== columns.length) {
      throw new InputError(
        'E_PARSE',
        `${fields.length} fields, the header has ${columns.length}`,
        { file, line, column: 1 },
        "give every row the header's columns (quote values that contain commas)",
      );
    }
    const input: Record<string, string> = {};
    columns.forEach((c, i) => (input[c] = fields[i]!.value));
    if (!input.name)
      throw new InputError(
        'E_VALUE',
        'empty name',
        { file, line, column: fields[columns.indexOf('name')]!.column },
        'every row needs a name',
      );
    const properties: Record<string, string[]> = {};
    for (const [col, prop] of Object.entries(FLAT_TO_PROP)) if (input[col]) properties[prop] = [input[col]!];
    const schemaCol = columns.indexOf('schema');
    const schema = checkSchema(
      input.schema,
      file,
      line,
      schemaCol >= 0 ? fields[schemaCol]!.column : undefined,
    );
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

async function* jsonlQueries(source: LineSource, file: string): AsyncGenerator<QueryRow> {
  for await (const { line, text } of numberedLines(source)) {
    if (text.trim() === '') continue;
    let obj: unknown;
    try {
      obj = JSON.parse(text);
    } catch (e) {
      const pos = /position (\d+)/.exec((e as Error).message);
      throw new InputError(
        'E_PARSE',
        `malformed JSON: ${(e as Error).message}`,
        { file, line, column: pos ? Number(pos[1]) + 1 : 1 },
        'each line must be one JSON object',
      );
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj))
      throw new InputError(
        'E_SCHEMA',
        'line is not a JSON object',
        { file, line, column: 1 },
        'write {"name": "…"} or {"schema": "Person", "properties": {"name": ["…"]}}',
      );
    const o = obj as Record<string, unknown>;
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
      if (o[k] !== undefined)
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
    const schema = checkSchema(o.schema as string | undefined, file, line);
    yield { line, input: o, query: schema ? { schema, properties } : { properties } };
  }
}

export function readScreeningQueries(
  source: LineSource,
  options: { file?: string; format: 'csv' | 'jsonl' },
): AsyncGenerator<QueryRow> {
  const file = options.file ?? `<queries.${options.format}>`;
  return options.format === 'csv' ? csvQueries(source, file) : jsonlQueries(source, file);
}
