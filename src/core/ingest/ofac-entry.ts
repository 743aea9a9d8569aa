// One OFAC entry (from the CSV set or the XML) as FtM entities: the listed
// Person/Organization/Vessel/Airplane, its Sanction, and "Linked To" links.

import { addValues, type Entity, type PropertyValues } from '../model/entity.js';
import { splitPersonName } from './ofac-names.js';
import { parseRemarks } from './ofac-remarks.js';

export type OfacType = 'individual' | 'entity' | 'vessel' | 'aircraft';

/** OFAC entities are not told apart by legal form, so they map to the generic Organization. */
export const OFAC_SCHEMA: Record<OfacType, string> = {
  individual: 'Person',
  entity: 'Organization',
  vessel: 'Vessel',
  aircraft: 'Airplane',
};

export const OFAC_AUTHORITY = 'Office of Foreign Assets Control';

/** Properties Interdict adds that FtM does not define; `export ftm` drops them. */
export const LOCAL_PROPERTIES = ['sourceRecord', 'ownerName'];

export interface OfacAlias {
  /** aka, fka or nka (the CSV's alt_type; the XML's a.k.a./f.k.a./n.k.a.). */
  type: string;
  name: string;
  /** OFAC's "weak" aliases: too vague to screen on alone. */
  weak?: boolean;
}

export interface OfacAddress {
  parts: string[];
  country?: string;
}

export interface OfacEntry {
  entNum: string;
  type: OfacType;
  /** The listed primary name, "LAST, First" for people. */
  listedName: string;
  programs: string[];
  title?: string;
  vessel?: {
    callSign?: string;
    type?: string;
    tonnage?: string;
    grt?: string;
    flag?: string;
    owner?: string;
  };
  remarks: string;
  aliases: OfacAlias[];
  addresses: OfacAddress[];
  /** Facts the source gives already structured (the XML's id and date lists). */
  extra?: PropertyValues;
  /** The source rows or elements, for provenance. */
  sourceRecords: string[];
}

export const ofacId = (entNum: string): string => `ofac-${entNum}`;

const ALIAS_PROPERTY: Record<string, string> = { aka: 'alias', nka: 'alias', fka: 'previousName' };

export function aliasProperty(alias: OfacAlias): string {
  const kind = alias.type.toLowerCase().replace(/[^a-z]/g, '');
  if (alias.weak && kind === 'aka') return 'weakAlias';
  return ALIAS_PROPERTY[kind] ?? 'alias';
}

/** The listed entity and its Sanction; "Linked To" names are returned for the linker. */
export function ofacEntities(entry: OfacEntry): { entities: Entity[]; linkedTo: string[] } {
  const id = ofacId(entry.entNum);
  const props: PropertyValues = {};
  if (entry.type === 'individual') {
    const person = splitPersonName(entry.listedName);
    addValues(props, 'name', person.name);
    addValues(props, 'firstName', person.firstName);
    addValues(props, 'lastName', person.lastName);
    if (person.name !== entry.listedName) addValues(props, 'alias', entry.listedName);
    addValues(props, 'position', entry.title);
  } else {
    addValues(props, 'name', entry.listedName);
    if (entry.title) addValues(props, 'notes', entry.title);
  }
  if (entry.type === 'aircraft' && /^[A-Z0-9]{1,3}-?[A-Z0-9]{2,6}$/.test(entry.listedName)) {
    addValues(props, 'registrationNumber', entry.listedName);
  }
  const v = entry.vessel;
  if (v) {
    addValues(props, 'callSign', v.callSign);
    addValues(props, 'type', v.type);
    addValues(props, 'tonnage', v.tonnage);
    addValues(props, 'grossRegisteredTonnage', v.grt);
    addValues(props, 'flag', v.flag);
    addValues(props, 'ownerName', v.owner);
  }
  for (const alias of entry.aliases) addValues(props, aliasProperty(alias), alias.name);
  for (const address of entry.addresses) {
    addValues(props, 'address', address.parts.filter(Boolean).join(', '));
    addValues(props, 'country', address.country);
  }
  const facts = parseRemarks(entry.remarks);
  for (const [key, values] of Object.entries(facts.properties)) addValues(props, key, ...values);
  for (const [key, values] of Object.entries(entry.extra ?? {})) addValues(props, key, ...values);
  addValues(props, 'program', ...entry.programs);
  addValues(props, 'topics', 'sanction');
  addValues(props, 'sourceRecord', ...entry.sourceRecords);

  const entities: Entity[] = [{ id, schema: OFAC_SCHEMA[entry.type], properties: props }];
  if (entry.programs.length > 0) {
    const sanction: PropertyValues = {};
    addValues(sanction, 'entity', id);
    addValues(sanction, 'program', ...entry.programs);
    addValues(sanction, 'authority', OFAC_AUTHORITY);
    addValues(sanction, 'country', 'us');
    addValues(sanction, 'authorityId', entry.entNum);
    addValues(sanction, 'provisions', ...facts.provisions);
    entities.push({ id: `${id}-sanction`, schema: 'Sanction', properties: sanction });
  }
  return { entities, linkedTo: facts.linkedTo };
}
