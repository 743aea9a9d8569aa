// The comparable facts of a query or a list entity, computed once: parsed
// names, identifiers, countries, birth dates, gender and schema.
import type { Entity } from '../../../src/core/model/entity.js';
import { foldText } from './fold.js';
import { parseName, type ParsedName } from './normalise.js';

/** Properties holding names, strongest first. */
export const NAME_PROPS = ['name', 'alias', 'previousName', 'weakAlias'] as const;
/** Properties holding identifiers compared across types (a query's idNumber may be a passport). */
export const ID_PROPS = [
  'idNumber',
  'passportNumber',
  'registrationNumber',
  'imoNumber',
  'innCode',
  'taxNumber',
  'ogrnCode',
  'leiCode',
  'swiftBic',
  'vatCode',
  'mmsi',
  'callSign',
  'serialNumber',
  'icaoCode',
  'ssn',
  'okpoCode',
] as const;
/** Identifier types unique to one thing, so a different value on both sides is a contradiction. */
export const UNIQUE_ID_PROPS = new Set(['imoNumber', 'mmsi', 'leiCode', 'innCode', 'ogrnCode']);

export interface Facts {
  schema: string | undefined;
  names: ParsedName[];
  /** Normalised identifier → property it came from. */
  identifiers: Map<string, string>;
  countries: string[];
  birthDates: string[];
  genders: string[];
}

export type QueryProperties = Record<string, string[] | string | undefined>;

function values(props: QueryProperties, key: string): string[] {
  const v = props[key];
  if (v === undefined) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => typeof x === 'string' && x.trim() !== '');
}

export function normaliseIdentifier(value: string): string {
  return foldText(value).replace(/ /g, '').toUpperCase();
}

/** YYYY, YYYY-MM or YYYY-MM-DD taken from the start of a date string; '' when none. */
export function normaliseDate(value: string): string {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return '';
  return [m[1], m[2], m[3]].filter((x) => x).join('-');
}

/** Facts of an entity or a yente-style query ({schema, properties}). */
export function factsOf(thing: { schema?: string; properties: QueryProperties }): Facts {
  const props = thing.properties;
  const schema = thing.schema;
  const rawNames = NAME_PROPS.flatMap((k) => values(props, k));
  if (rawNames.length === 0) {
    const parts = ['firstName', 'middleName', 'fatherName', 'lastName'].map((k) => values(props, k)[0] ?? '');
    const composed = parts.filter((x) => x).join(' ');
    if (composed) rawNames.push(composed);
  }
  const seen = new Set<string>();
  const names: ParsedName[] = [];
  for (const raw of rawNames) {
    const key = foldText(raw);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    names.push(parseName(raw, { schema }));
  }
  const identifiers = new Map<string, string>();
  for (const prop of ID_PROPS) {
    for (const v of values(props, prop)) {
      const id = normaliseIdentifier(v);
      if (id.length >= 4 && !identifiers.has(id)) identifiers.set(id, prop);
    }
  }
  const countries = [
    ...new Set(
      ['country', 'nationality', 'citizenship', 'jurisdiction', 'flag'].flatMap((k) =>
        values(props, k).map(foldText),
      ),
    ),
  ];
  const birthDates = [
    ...new Set(
      values(props, 'birthDate')
        .map(normaliseDate)
        .filter((d) => d),
    ),
  ];
  const genders = [...new Set(values(props, 'gender').map(foldText))];
  return { schema, names, identifiers, countries, birthDates, genders };
}

/** Facts of a list entity. */
export function entityFacts(entity: Entity): Facts {
  return factsOf(entity);
}
