// The UN Security Council consolidated list (XML): INDIVIDUALS and ENTITIES
// as Person/Organization entities with ids un-<DATAID>, each with a Sanction.

import { addValues, type Entity, type PropertyValues } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import { guardRecord, INGEST_DEFAULTS, rejectRecord, type IngestOptions } from './ingest-options.js';
import { yearsBetween } from './ofac-dates.js';
import { childrenNamed, nodeToJson, textOf, xmlRecords, type XmlNode } from './xml-records.js';

export const UN_AUTHORITY = 'United Nations Security Council';

/** Alias QUALITY → property: "Low" aliases are too vague to screen on alone. */
export const UN_ALIAS_QUALITY: Record<string, string> = {
  good: 'alias',
  'a.k.a.': 'alias',
  '': 'alias',
  low: 'weakAlias',
  'f.k.a.': 'previousName',
};

const values = (node: XmlNode, list: string): string[] =>
  childrenNamed(node, list).flatMap((l) => childrenNamed(l, 'VALUE').map((v) => v.text.trim()));

const joinParts = (node: XmlNode, fields: string[]): string =>
  fields
    .map((f) => textOf(node, f))
    .filter(Boolean)
    .join(', ');

function birthDates(node: XmlNode): string[] {
  const out: string[] = [];
  for (const d of childrenNamed(node, 'INDIVIDUAL_DATE_OF_BIRTH')) {
    const date = textOf(d, 'DATE');
    const year = textOf(d, 'YEAR');
    const from = textOf(d, 'FROM_YEAR');
    const to = textOf(d, 'TO_YEAR');
    if (date) out.push(date.slice(0, 10));
    else if (year) out.push(year);
    else if (from && to) out.push(...yearsBetween(from, to));
    else if (from || to) out.push(from || to);
  }
  return out;
}

function documents(node: XmlNode, props: PropertyValues): void {
  for (const doc of childrenNamed(node, 'INDIVIDUAL_DOCUMENT')) {
    const number = textOf(doc, 'NUMBER');
    if (!number) continue;
    const type = `${textOf(doc, 'TYPE_OF_DOCUMENT')} ${textOf(doc, 'TYPE_OF_DOCUMENT2')}`;
    addValues(props, /pass|pasaporte|passeport/i.test(type) ? 'passportNumber' : 'idNumber', number);
  }
}

function toEntities(file: string, node: XmlNode): Entity[] {
  const dataId = textOf(node, 'DATAID');
  const where = { file, line: node.line, ...(dataId ? { record: dataId } : {}) };
  if (!/^\d+$/.test(dataId))
    throw new InputError(
      'E_SCHEMA',
      `<${node.name}> needs a numeric <DATAID>, got "${dataId}"`,
      { ...where, path: 'DATAID' },
      'every UN record has a DATAID',
    );
  const person = node.name === 'INDIVIDUAL';
  const name = ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME']
    .map((f) => textOf(node, f))
    .filter(Boolean)
    .join(' ');
  if (!name)
    throw new InputError(
      'E_SCHEMA',
      `<${node.name}> has no name`,
      { ...where, path: 'FIRST_NAME' },
      'every UN record has a FIRST_NAME',
    );
  const id = `un-${dataId}`;
  const props: PropertyValues = {};
  addValues(props, 'name', name);
  if (person) {
    addValues(props, 'firstName', textOf(node, 'FIRST_NAME'));
    addValues(props, 'secondName', textOf(node, 'SECOND_NAME'));
    addValues(props, 'middleName', textOf(node, 'THIRD_NAME'));
    addValues(props, 'gender', textOf(node, 'GENDER').toLowerCase());
    addValues(props, 'title', ...values(node, 'TITLE'));
    addValues(props, 'position', ...values(node, 'DESIGNATION'));
    addValues(props, 'nationality', ...values(node, 'NATIONALITY'));
    addValues(props, 'birthDate', ...birthDates(node));
    for (const pob of childrenNamed(node, 'INDIVIDUAL_PLACE_OF_BIRTH')) {
      addValues(props, 'birthPlace', joinParts(pob, ['CITY', 'STATE_PROVINCE', 'COUNTRY']));
      addValues(props, 'birthCountry', textOf(pob, 'COUNTRY'));
    }
    documents(node, props);
  }
  addValues(props, 'alias', textOf(node, 'NAME_ORIGINAL_SCRIPT'));
  for (const alias of childrenNamed(node, person ? 'INDIVIDUAL_ALIAS' : 'ENTITY_ALIAS')) {
    const quality = textOf(alias, 'QUALITY').toLowerCase();
    addValues(props, UN_ALIAS_QUALITY[quality] ?? 'alias', textOf(alias, 'ALIAS_NAME'));
  }
  for (const address of childrenNamed(node, person ? 'INDIVIDUAL_ADDRESS' : 'ENTITY_ADDRESS')) {
    addValues(
      props,
      'address',
      joinParts(address, ['STREET', 'CITY', 'STATE_PROVINCE', 'ZIP_CODE', 'COUNTRY']),
    );
    addValues(props, 'country', textOf(address, 'COUNTRY'));
  }
  addValues(props, 'notes', textOf(node, 'COMMENTS1'));
  addValues(props, 'program', textOf(node, 'UN_LIST_TYPE'));
  addValues(props, 'topics', 'sanction');
  addValues(props, 'sourceRecord', `${file}:${node.line}: ${JSON.stringify(nodeToJson(node))}`);

  const sanction: PropertyValues = {};
  addValues(sanction, 'entity', id);
  addValues(sanction, 'authority', UN_AUTHORITY);
  addValues(sanction, 'program', textOf(node, 'UN_LIST_TYPE'));
  addValues(sanction, 'unscId', textOf(node, 'REFERENCE_NUMBER'));
  addValues(sanction, 'authorityId', textOf(node, 'REFERENCE_NUMBER'));
  addValues(sanction, 'listingDate', textOf(node, 'LISTED_ON'));
  addValues(sanction, 'modifiedAt', ...values(node, 'LAST_DAY_UPDATED'));
  return [
    { id, schema: person ? 'Person' : 'Organization', properties: props },
    { id: `${id}-sanction`, schema: 'Sanction', properties: sanction },
  ];
}

/** Streams entities from the UN consolidated XML, given its text in chunks or lines. */
export async function* parseUnXml(
  file: string,
  chunks: AsyncIterable<string> | Iterable<string>,
  options: IngestOptions = INGEST_DEFAULTS,
): AsyncGenerator<Entity> {
  const seen = new Set<string>();
  for await (const node of xmlRecords(
    { file, roots: ['CONSOLIDATED_LIST'], records: ['INDIVIDUAL', 'ENTITY'] },
    chunks,
  )) {
    const entities = guardRecord(() => toEntities(file, node), options);
    if (!entities) continue;
    const id = entities[0]!.id;
    if (seen.has(id)) {
      rejectRecord(
        new InputError(
          'E_VALUE',
          `DATAID ${id.slice(3)} appears twice`,
          { file, line: node.line, record: id.slice(3), path: 'DATAID' },
          'each record must be listed once',
        ),
        options,
      );
      continue;
    }
    seen.add(id);
    yield* entities;
  }
}
