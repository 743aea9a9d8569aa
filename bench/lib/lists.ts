// The screening bench's lists, read by the real parsers (src/core/ingest via
// importList) into a SQLite store, and the shared data files' tables.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { importList, type ListFormat } from '../../src/adapters/node/import-list.js';
import { MATCHABLE } from '../../src/service/screening.js';
import { SqliteStore } from '../../src/adapters/node/sqlite-store.js';
import { foldText, scriptOf, type ScreenQuery } from '../../src/core/match/index.js';
import type { Entity } from '../../src/core/model/entity.js';

/** A file of the shared data folder; benches run from the project root (INTERDICT_DATA overrides). */
export function dataPath(rel: string): string {
  return `${process.env.INTERDICT_DATA ?? `${process.cwd()}/../shared/data`}/${rel}`;
}

export const BENCH_LISTS: [ListFormat, string][] = [
  ['ofac-csv', 'ofac-sdn-2021-07'],
  ['ofac-csv', 'ofac-nonsdn-2025-12'],
  ['un-xml', 'un/consolidated-2026-02-27.xml'],
];

/** Import the lists into `dir`/lists.sqlite; BENCH_DB names a store kept (and reused) between runs. */
export async function importLists(dir: string): Promise<{ dbPath: string; seconds: number }> {
  const dbPath = process.env.BENCH_DB ?? join(dir, 'lists.sqlite');
  if (process.env.BENCH_DB && existsSync(dbPath)) return { dbPath, seconds: NaN };
  const t0 = performance.now();
  const store = new SqliteStore(dbPath);
  try {
    for (const [format, path] of BENCH_LISTS) await importList(store, { format, path: dataPath(path) });
  } finally {
    await store.close();
  }
  return { dbPath, seconds: (performance.now() - t0) / 1000 };
}

/** The OFAC SDN set of January 2019 in its own store (`dir`/sdn-2019.sqlite, or BENCH_DB.2019 kept between runs), read back. */
export async function loadSdn2019(dir: string): Promise<Entity[]> {
  const dbPath = process.env.BENCH_DB ? `${process.env.BENCH_DB}.2019` : join(dir, 'sdn-2019.sqlite');
  if (!existsSync(dbPath)) {
    const store = new SqliteStore(dbPath);
    try {
      // The archived 2019 copy lacks OFAC's end byte.
      await importList(store, {
        format: 'ofac-csv',
        path: dataPath('ofac-sdn-2019-01'),
        allowMissingMarker: true,
      });
    } finally {
      await store.close();
    }
  }
  return (await loadLists(dbPath)).entities;
}

const NON_LATIN = new Set(['arabic', 'hebrew', 'cyrillic', 'greek']);
const NAME_PROPS = ['name', 'alias', 'previousName', 'weakAlias'];

export function isNative(s: string): boolean {
  const f = foldText(s);
  return f !== '' && f.split(' ').some((w) => NON_LATIN.has(scriptOf(w)));
}

export interface UnList {
  entities: Entity[];
  /** NAME_ORIGINAL_SCRIPT values, kept out of the entities so cross-script recall is a real test. */
  native: { id: string; name: string }[];
}

/** The NAME_ORIGINAL_SCRIPT of a UN entity, from the source record the parser keeps. */
function originalScriptName(e: Entity): string | undefined {
  const record = e.properties.sourceRecord?.[0] ?? '';
  const json = record.slice(record.indexOf(': ') + 2);
  try {
    return (JSON.parse(json) as { NAME_ORIGINAL_SCRIPT?: string }).NAME_ORIGINAL_SCRIPT;
  } catch {
    return undefined;
  }
}

/** The matchable entities of every stored dataset; UN names in original script are moved out to `un.native`. */
export async function loadLists(dbPath: string): Promise<{ entities: Entity[]; un: UnList }> {
  const store = new SqliteStore(dbPath);
  const entities: Entity[] = [];
  const un: UnList = { entities: [], native: [] };
  try {
    for (const d of await store.listDatasets()) {
      for await (const e of store.datasetEntities(d.name, d.version)) {
        if (!MATCHABLE.has(e.schema)) continue;
        const entity = { ...e, datasets: [d.name] };
        if (d.name === 'un_sc_sanctions') {
          // Hold out NAME_ORIGINAL_SCRIPT only: native-script aliases rarely have a Latin twin on the entry.
          const original = originalScriptName(e);
          if (original && isNative(original)) {
            un.native.push({ id: e.id, name: original });
            for (const p of NAME_PROPS) {
              const values = entity.properties[p];
              if (values?.includes(original))
                entity.properties = { ...entity.properties, [p]: values.filter((n) => n !== original) };
            }
          }
          un.entities.push(entity);
        }
        entities.push(entity);
      }
    }
  } finally {
    await store.close();
  }
  return { entities, un };
}

/** OpenSanctions FtM JSON lines: entities with names (node schemata only). */
export function loadFtm(path: string): Entity[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Entity);
}

/** A CSV file with a header row, as objects. */
export function readTable(path: string): Record<string, string>[] {
  return parse(readFileSync(path, 'utf8'), {
    columns: true,
    relax_quotes: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

/** A labelled person of the matching sets (full_name, date_of_birth, nationality, gender) as a query. */
export function personQuery(row: Record<string, string>): ScreenQuery {
  return {
    schema: 'Person',
    properties: {
      name: [row.full_name ?? ''],
      birthDate: [row.date_of_birth ?? ''],
      nationality: [row.nationality ?? ''],
      gender: [row.gender ?? ''],
    },
  };
}
