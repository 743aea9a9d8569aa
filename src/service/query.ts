// Screening queries: which schemata and properties a query may carry, the
// limits on their size, and the cleaning every face applies before matching
// (country names become ISO codes, dates their YYYY[-MM[-DD]] prefix, numbers
// strings, unknown properties are dropped). One rule for the CLI, the API,
// batches and the web app.

import { countryCode, suggestCountry } from '../core/model/countries.js';
import { InputError, type Location } from '../core/model/errors.js';

/** Schemata a query may name, and what each may be matched against. `Thing` matches anything. */
export const QUERY_SCHEMATA = [
  'Thing',
  'LegalEntity',
  'Person',
  'Organization',
  'Company',
  'PublicBody',
  'Vessel',
  'Airplane',
] as const;

const THING = [
  'name',
  'alias',
  'previousName',
  'weakAlias',
  'country',
  'address',
  'addressEntity',
  'summary',
  'description',
  'notes',
  'topics',
  'keywords',
  'sourceUrl',
  'wikidataId',
  'program',
];
const LEGAL_ENTITY = [
  ...THING,
  'email',
  'phone',
  'website',
  'legalForm',
  'incorporationDate',
  'dissolutionDate',
  'status',
  'sector',
  'classification',
  'registrationNumber',
  'idNumber',
  'taxNumber',
  'innCode',
  'ogrnCode',
  'leiCode',
  'dunsCode',
  'swiftBic',
  'vatCode',
  'okpoCode',
  'jurisdiction',
  'mainCountry',
];
const PERSON = [
  ...LEGAL_ENTITY,
  'firstName',
  'secondName',
  'middleName',
  'fatherName',
  'motherName',
  'lastName',
  'title',
  'birthDate',
  'birthPlace',
  'birthCountry',
  'deathDate',
  'nationality',
  'citizenship',
  'gender',
  'passportNumber',
  'socialSecurityNumber',
  'position',
  'religion',
  'ethnicity',
  'education',
];
const ORGANIZATION = [...LEGAL_ENTITY, 'cikCode', 'permId'];
const VESSEL = [
  ...THING,
  'imoNumber',
  'mmsi',
  'callSign',
  'flag',
  'pastFlags',
  'type',
  'buildDate',
  'registrationNumber',
  'registrationPort',
  'tonnage',
  'grossRegisteredTonnage',
  'navigationArea',
];
const AIRPLANE = [
  ...THING,
  'serialNumber',
  'icaoCode',
  'model',
  'manufacturer',
  'type',
  'registrationNumber',
  'buildDate',
];

/** The FtM properties each query schema knows (a query's other properties are dropped). */
export const QUERY_PROPERTIES: Record<(typeof QUERY_SCHEMATA)[number], ReadonlySet<string>> = {
  // A Thing query may carry any property of the schemata below: it matches all of them.
  Thing: new Set([...PERSON, ...ORGANIZATION, ...VESSEL, ...AIRPLANE]),
  LegalEntity: new Set([...PERSON, ...ORGANIZATION]),
  Person: new Set(PERSON),
  Organization: new Set(ORGANIZATION),
  Company: new Set([...ORGANIZATION, 'capital', 'ticker', 'isinCode']),
  PublicBody: new Set(ORGANIZATION),
  Vessel: new Set(VESSEL),
  Airplane: new Set(AIRPLANE),
};

/** Properties holding countries (cleaned to ISO 3166-1 alpha-2 codes). */
export const COUNTRY_PROPERTIES = new Set([
  'country',
  'jurisdiction',
  'mainCountry',
  'nationality',
  'citizenship',
  'birthCountry',
  'flag',
  'pastFlags',
]);
/** Properties holding dates (cleaned to YYYY, YYYY-MM or YYYY-MM-DD). */
export const DATE_PROPERTIES = new Set([
  'birthDate',
  'deathDate',
  'incorporationDate',
  'dissolutionDate',
  'buildDate',
]);
const NAME_PROPERTIES = new Set([
  'name',
  'alias',
  'previousName',
  'weakAlias',
  'firstName',
  'secondName',
  'middleName',
  'fatherName',
  'lastName',
]);

/** Bounds on one query: beyond them the query is refused (HTTP 400, CLI exit 2). */
export const QUERY_LIMITS = {
  /** Characters in one name value. */
  nameLength: 300,
  /** Words in one name value. */
  nameWords: 30,
  /** Characters in any other property value. */
  valueLength: 1000,
  /** Values of one property. */
  values: 20,
  /** Properties of one query. */
  properties: 40,
} as const;

export interface RawQuery {
  schema?: unknown;
  properties?: unknown;
}

/** A query as the matcher receives it: a known schema and cleaned properties. */
export interface CleanQuery {
  schema: string;
  properties: Record<string, string[]>;
}

export type QuerySchema = (typeof QUERY_SCHEMATA)[number];

export function isQuerySchema(schema: string): schema is QuerySchema {
  return (QUERY_SCHEMATA as readonly string[]).includes(schema);
}

function fail(message: string, where: Location, hint: string): never {
  throw new InputError('E_VALUE', message, where, hint);
}

function at(where: Location, path: string): Location {
  return { ...where, path: where.path ? `${where.path}.${path}` : path };
}

/** A date's YYYY[-MM[-DD]] prefix, checked for a real month and day; undefined when it is not a date. */
export function cleanDate(value: string): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return undefined;
  if (d !== undefined) {
    const days = new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return undefined;
  }
  return [y, mo, d].filter((x) => x !== undefined).join('-');
}

/**
 * Check and clean one query. `schema` defaults to `Thing` (any); an unknown
 * schema, a value of the wrong type or one beyond QUERY_LIMITS is an error
 * naming its path; properties the schema does not know are dropped, as are
 * country and date values that cannot be read (with `strict`, those are errors too). Throws when nothing to match on remains.
 */
export function cleanQuery(
  raw: RawQuery,
  where: Location = {},
  options: { strict?: boolean } = {},
): CleanQuery {
  const schema = raw.schema ?? 'Thing';
  if (typeof schema !== 'string' || !isQuerySchema(schema))
    fail(
      `unknown schema "${String(schema)}"`,
      at(where, 'schema'),
      `use one of: ${QUERY_SCHEMATA.join(', ')}`,
    );
  const given = raw.properties ?? {};
  if (typeof given !== 'object' || given === null || Array.isArray(given))
    fail('properties must be an object', at(where, 'properties'), 'write "properties": {"name": ["…"]}');
  const entries = Object.entries(given as Record<string, unknown>);
  if (entries.length > QUERY_LIMITS.properties)
    fail(
      `${entries.length} properties, at most ${QUERY_LIMITS.properties}`,
      at(where, 'properties'),
      'send only the properties that identify the party',
    );
  const known = QUERY_PROPERTIES[schema];
  const properties: Record<string, string[]> = {};
  for (const [prop, value] of entries) {
    const path = at(where, `properties.${prop}`);
    const list = Array.isArray(value) ? value : [value];
    if (list.length > QUERY_LIMITS.values)
      fail(`${list.length} values, at most ${QUERY_LIMITS.values}`, path, 'send fewer values');
    if (!known.has(prop)) continue;
    const out: string[] = [];
    for (const v of list) {
      if (v === null || v === undefined) continue;
      if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean')
        fail('values must be strings or numbers', path, `write "${prop}": ["…"]`);
      const text = String(v).trim();
      if (!text) continue;
      if (NAME_PROPERTIES.has(prop)) {
        if (text.length > QUERY_LIMITS.nameLength)
          fail(
            `a name of ${text.length} characters, at most ${QUERY_LIMITS.nameLength}`,
            path,
            'send the name itself, not a document',
          );
        if (text.split(/\s+/).length > QUERY_LIMITS.nameWords)
          fail(
            `a name of ${text.split(/\s+/).length} words, at most ${QUERY_LIMITS.nameWords}`,
            path,
            'send one name per value',
          );
      } else if (text.length > QUERY_LIMITS.valueLength)
        fail(
          `a value of ${text.length} characters, at most ${QUERY_LIMITS.valueLength}`,
          path,
          'send shorter values',
        );
      let cleaned: string | undefined = text;
      if (COUNTRY_PROPERTIES.has(prop)) cleaned = countryCode(text);
      else if (DATE_PROPERTIES.has(prop))
        cleaned =
          options.strict && !/^\d{4}(-\d{2}(-\d{2})?)?(T[\d:.]+Z?)?$/.test(text)
            ? undefined
            : cleanDate(text);
      if (cleaned === undefined && options.strict) {
        const guess = COUNTRY_PROPERTIES.has(prop) ? suggestCountry(text) : undefined;
        fail(
          COUNTRY_PROPERTIES.has(prop) ? `unknown country "${text}"` : `"${text}" is not a date`,
          path,
          COUNTRY_PROPERTIES.has(prop)
            ? `${guess ? `did you mean ${guess}? ` : ''}give an ISO 3166 code or an English name, e.g. ir or Iran`
            : 'write a real date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 1961-03-14',
        );
      }
      if (cleaned !== undefined && !out.includes(cleaned)) out.push(cleaned);
    }
    if (out.length) properties[prop] = out;
  }
  return { schema, properties };
}

/** True when the query has something to match on: a name (or name parts) or an identifier. */
export function hasMatchable(query: CleanQuery): boolean {
  return Object.keys(query.properties).some(
    (p) =>
      NAME_PROPERTIES.has(p) || /Number$|Code$|^mmsi$|^swiftBic$|^callSign$|^idNumber$|^imoNumber$/.test(p),
  );
}
