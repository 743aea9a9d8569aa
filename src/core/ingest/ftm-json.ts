// FollowTheMoney JSON lines (OpenSanctions exports) read as they come: one
// entity per line, checked for id, schema and list-of-strings properties.

import type { Entity, PropertyValues } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import { guardRecord, INGEST_DEFAULTS, type IngestOptions } from './ingest-options.js';

const FTM_HINT =
  'each line must be an FtM entity: {"id": "...", "schema": "Person", "properties": {"name": ["..."]}}';

function toEntity(file: string, line: number, text: string): Entity {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const m = /position (\d+)/.exec((e as Error).message);
    throw new InputError(
      'E_PARSE',
      `not valid JSON: ${(e as Error).message}`,
      { file, line, ...(m ? { column: Number(m[1]) + 1 } : {}) },
      'the file may be truncated or not JSON lines',
    );
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new InputError('E_SCHEMA', 'expected a JSON object', { file, line }, FTM_HINT);
  const obj = data as Record<string, unknown>;
  for (const key of ['id', 'schema']) {
    if (typeof obj[key] !== 'string' || !obj[key])
      throw new InputError('E_SCHEMA', `missing or empty "${key}"`, { file, line, path: key }, FTM_HINT);
  }
  const record = obj.id as string;
  const properties: PropertyValues = {};
  const raw = obj.properties ?? {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    throw new InputError(
      'E_SCHEMA',
      '"properties" must be an object',
      { file, line, record, path: 'properties' },
      FTM_HINT,
    );
  for (const [prop, list] of Object.entries(raw)) {
    if (!Array.isArray(list))
      throw new InputError(
        'E_VALUE',
        'property values must be a list of strings',
        { file, line, record, path: `properties.${prop}` },
        FTM_HINT,
      );
    properties[prop] = list.map((v, i) => {
      if (typeof v === 'string') return v;
      if (typeof v === 'number' || typeof v === 'boolean') return String(v);
      throw new InputError(
        'E_VALUE',
        'property values must be strings',
        { file, line, record, path: `properties.${prop}[${i}]` },
        FTM_HINT,
      );
    });
  }
  const entity: Entity = { id: record, schema: obj.schema as string, properties };
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
  const datasets = strings(obj.datasets);
  const referents = strings(obj.referents);
  if (datasets) entity.datasets = datasets;
  if (referents) entity.referents = referents;
  if (typeof obj.first_seen === 'string') entity.first_seen = obj.first_seen;
  if (typeof obj.last_seen === 'string') entity.last_seen = obj.last_seen;
  if (typeof obj.target === 'boolean') entity.target = obj.target;
  return entity;
}

/** Streams entities from FtM JSON lines; a repeated id is an error (or a skip). */
export async function* parseFtmJson(
  file: string,
  lines: AsyncIterable<string> | Iterable<string>,
  options: IngestOptions = INGEST_DEFAULTS,
): AsyncGenerator<Entity> {
  let line = 0;
  const seen = new Set<string>();
  for await (const raw of lines) {
    line++;
    const text = (line === 1 ? raw.replace(/^\ufeff/, '') : raw).trim();
    if (!text) continue;
    const at = line;
    const entity = guardRecord(() => {
      const e = toEntity(file, at, text);
      if (seen.has(e.id))
        throw new InputError(
          'E_VALUE',
          `entity id "${e.id}" appears twice`,
          { file, line: at, record: e.id, path: 'id' },
          'merge the two lines or give them distinct ids',
        );
      return e;
    }, options);
    if (!entity) continue;
    seen.add(entity.id);
    yield entity;
  }
}
