// FollowTheMoney-style entities: a schema name plus properties, every value a
// list of strings. Shared by networks, sanctions datasets and screening.

export type PropertyValues = Record<string, string[]>;

export interface Entity {
  id: string;
  schema: string;
  properties: PropertyValues;
  /** Datasets the entity came from (FtM `datasets`). */
  datasets?: string[];
  /** FtM referents (ids merged into this one). */
  referents?: string[];
  first_seen?: string;
  last_seen?: string;
  target?: boolean;
}

/**
 * Properties that record where a value was read (file, line, the raw source
 * row), not what the list says. They are stored and exported with
 * `--keep-source`, but content comparisons (dataset diffs, change detection)
 * leave them out: a list re-issued with its rows renumbered has not changed.
 */
export const BOOKKEEPING_PROPERTIES: readonly string[] = ['sourceRecord'];

export function isBookkeeping(property: string): boolean {
  return BOOKKEEPING_PROPERTIES.includes(property);
}

/** Node schemata a network may hold. */
export const NODE_SCHEMATA = [
  'Person',
  'Organization',
  'Company',
  'LegalEntity',
  'PublicBody',
  'Vessel',
  'Airplane',
  'Country',
] as const;
export type NodeSchema = (typeof NODE_SCHEMATA)[number];

/** FtM edge schemata that become channels, with their source and target properties. */
export const EDGE_SCHEMATA: Record<string, { source: string; target: string }> = {
  Ownership: { source: 'owner', target: 'asset' },
  Directorship: { source: 'director', target: 'organization' },
  Membership: { source: 'member', target: 'organization' },
  Payment: { source: 'payer', target: 'beneficiary' },
  UnknownLink: { source: 'subject', target: 'object' },
  Family: { source: 'person', target: 'relative' },
  Associate: { source: 'person', target: 'associate' },
  Employment: { source: 'employee', target: 'employer' },
  Representation: { source: 'agent', target: 'client' },
};

/** The display name: the first name-like property, else the id. */
export function caption(entity: Pick<Entity, 'id' | 'properties'>): string {
  const p = entity.properties;
  for (const key of ['name', 'alias', 'lastName', 'title', 'registrationNumber', 'imoNumber']) {
    const v = p[key]?.[0];
    if (v) return v;
  }
  return entity.id;
}

export function firstValue(entity: Pick<Entity, 'properties'>, prop: string): string | undefined {
  return entity.properties[prop]?.[0];
}

/** Append values to a property, skipping blanks and duplicates. */
export function addValues(
  props: PropertyValues,
  prop: string,
  ...values: (string | undefined | null)[]
): void {
  for (const raw of values) {
    if (raw === undefined || raw === null) continue;
    const v = raw.trim();
    if (!v) continue;
    const list = props[prop] ?? (props[prop] = []);
    if (!list.includes(v)) list.push(v);
  }
}
