// The comparable facts of a query or a list entity, computed once: parsed
// names, identifiers, countries, birth dates, gender and schema.
import type { Entity } from '../model/entity.js';
import { countryCode } from '../model/countries.js';
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

/** Names of one query or entity considered (listed entries carry up to about 100). */
export const MAX_NAMES = 128;

const NAME_PART_PROPS = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName'] as const;
const COUNTRY_PROPS = ['country', 'nationality', 'citizenship', 'jurisdiction', 'flag'] as const;

/** Every property facts are made of: what a stored index keeps of each entity. */
export const FACT_PROPS: readonly string[] = [
  ...NAME_PROPS,
  ...NAME_PART_PROPS,
  ...ID_PROPS,
  ...COUNTRY_PROPS,
  'birthDate',
  'gender',
];

/** The properties of `props` that facts are made of (the rest is left out). */
export function factProperties(props: QueryProperties): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const k of FACT_PROPS) {
    const v = values(props, k);
    if (v.length) out[k] = v;
  }
  return out;
}

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
    const parts = NAME_PART_PROPS.map((k) => values(props, k).join(' '));
    const composed = parts.filter((x) => x).join(' ');
    if (composed) rawNames.push(composed);
  }
  const seen = new Set<string>();
  const names: ParsedName[] = [];
  // Bounded: at most MAX_NAMES distinct names, taken from the first 4 × MAX_NAMES given.
  for (let r = 0; r < rawNames.length && r < MAX_NAMES * 4; r++) {
    const raw = rawNames[r] as string;
    if (names.length >= MAX_NAMES) break;
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
    ...new Set(COUNTRY_PROPS.flatMap((k) => values(props, k).map((v) => countryCode(v) ?? foldText(v)))),
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
