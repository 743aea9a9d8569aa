// OFAC's XML (the sdnList schema of sdn.xml and consolidated.xml) streamed
// into the same entities as the CSV set, via OfacEntry.

import { addValues, type Entity, type PropertyValues } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import { guardRecord, INGEST_DEFAULTS, rejectRecord, type IngestOptions } from './ingest-options.js';
import { parseOfacDatePhrase } from './ofac-dates.js';
import { type OfacEntry, type OfacType } from './ofac-entry.js';
import { linkedEntities, OfacLinker } from './ofac-linker.js';
import { child, childrenNamed, nodeToJson, textOf, xmlRecords, type XmlNode } from './xml-records.js';

const TYPES: Record<string, OfacType> = {
  individual: 'individual',
  entity: 'entity',
  vessel: 'vessel',
  aircraft: 'aircraft',
};

/** idType values that map to a property; the rest go to notes as "type: number". */
const ID_TYPES: [RegExp, string][] = [
  [/^passport|^diplomatic passport/i, 'passportNumber'],
  [/^(vessel registration identification|imo)/i, 'imoNumber'],
  [/^mmsi/i, 'mmsi'],
  [/^(tax id|nit|ruc|rfc|us fein|v\.a\.t)/i, 'taxNumber'],
  [
    /^(registration|company number|commercial registry|business registration|folio mercantil|matricula mercantil|trade license|c\.r\. no)/i,
    'registrationNumber',
  ],
  [/^aircraft manufacturer's serial number/i, 'serialNumber'],
  [/^aircraft tail number/i, 'registrationNumber'],
  [/^aircraft model/i, 'model'],
  [/^website/i, 'website'],
  [/^email/i, 'email'],
  [/^gender/i, 'gender'],
  [/^d-u-n-s/i, 'dunsCode'],
  [/^swift/i, 'swiftBic'],
  [/(id no|identification|cedula|d\.n\.i|c\.u\.r\.p|ssn|driver|personal id|residency)/i, 'idNumber'],
];

function idFacts(entry: XmlNode, props: PropertyValues): void {
  for (const id of childrenNamed(child(entry, 'idList') ?? entry, 'id')) {
    const type = textOf(id, 'idType');
    const number = textOf(id, 'idNumber');
    if (!number) continue;
    const property = ID_TYPES.find(([re]) => re.test(type))?.[1];
    if (property === 'gender') addValues(props, property, number.toLowerCase());
    else if (property) addValues(props, property, number);
    else addValues(props, 'notes', `${type}: ${number}`);
  }
}

function listFacts(entry: XmlNode, props: PropertyValues): void {
  const each = (list: string, item: string, field: string, use: (v: string) => void) => {
    for (const n of childrenNamed(child(entry, list) ?? entry, item)) {
      const v = textOf(n, field);
      if (v) use(v);
    }
  };
  each('dateOfBirthList', 'dateOfBirthItem', 'dateOfBirth', (v) =>
    addValues(props, 'birthDate', ...parseOfacDatePhrase(v)),
  );
  each('placeOfBirthList', 'placeOfBirthItem', 'placeOfBirth', (v) => addValues(props, 'birthPlace', v));
  each('nationalityList', 'nationality', 'country', (v) => addValues(props, 'nationality', v));
  each('citizenshipList', 'citizenship', 'country', (v) => addValues(props, 'citizenship', v));
  idFacts(entry, props);
}

function toEntry(file: string, node: XmlNode): OfacEntry {
  const entNum = textOf(node, 'uid');
  const where = { file, line: node.line, ...(entNum ? { record: entNum } : {}) };
  if (!/^\d+$/.test(entNum))
    throw new InputError(
      'E_SCHEMA',
      `<sdnEntry> needs a numeric <uid>, got "${entNum}"`,
      { ...where, path: 'uid' },
      'every entry has a uid',
    );
  const rawType = textOf(node, 'sdnType');
  const type = TYPES[rawType.toLowerCase()];
  if (!type)
    throw new InputError(
      'E_VALUE',
      `unknown sdnType "${rawType}"`,
      { ...where, path: 'sdnType' },
      'expected Individual, Entity, Vessel or Aircraft',
    );
  const last = textOf(node, 'lastName');
  const first = textOf(node, 'firstName');
  if (!last && !first)
    throw new InputError(
      'E_SCHEMA',
      '<sdnEntry> has no <lastName>',
      { ...where, path: 'lastName' },
      'every entry needs a name',
    );
  const vi = child(node, 'vesselInfo');
  const extra: PropertyValues = {};
  listFacts(node, extra);
  return {
    entNum,
    type,
    listedName: first && last ? `${last}, ${first}` : last || first,
    programs: childrenNamed(child(node, 'programList') ?? node, 'program')
      .map((p) => p.text.trim())
      .filter(Boolean),
    title: textOf(node, 'title') || undefined,
    ...(vi
      ? {
          vessel: {
            callSign: textOf(vi, 'callSign'),
            type: textOf(vi, 'vesselType'),
            tonnage: textOf(vi, 'tonnage'),
            grt: textOf(vi, 'grossRegisteredTonnage'),
            flag: textOf(vi, 'vesselFlag'),
            owner: textOf(vi, 'vesselOwner'),
          },
        }
      : {}),
    remarks: textOf(node, 'remarks'),
    aliases: childrenNamed(child(node, 'akaList') ?? node, 'aka').map((a) => {
      const al = textOf(a, 'lastName');
      const af = textOf(a, 'firstName');
      return {
        type: textOf(a, 'type') || 'a.k.a.',
        name: al && af ? `${al}, ${af}` : al || af,
        weak: textOf(a, 'category').toLowerCase() === 'weak',
      };
    }),
    addresses: childrenNamed(child(node, 'addressList') ?? node, 'address').map((a) => ({
      parts: ['address1', 'address2', 'address3', 'city', 'stateOrProvince', 'postalCode', 'country'].map(
        (f) => textOf(a, f),
      ),
      country: textOf(a, 'country') || undefined,
    })),
    extra,
    sourceRecords: [`${file}:${node.line}: ${JSON.stringify(nodeToJson(node))}`],
  };
}

export interface OfacXmlHeader {
  publishDate?: string;
  recordCount?: number;
}

/** Streams entities from sdnList XML chunks; `header` receives Publish_Date and Record_Count. */
export async function* parseOfacXml(
  file: string,
  chunks: AsyncIterable<string> | Iterable<string>,
  options: IngestOptions = INGEST_DEFAULTS,
  header: OfacXmlHeader = {},
): AsyncGenerator<Entity> {
  const linker = new OfacLinker();
  const seen = new Set<string>();
  const onHeader = (name: string, text: string) => {
    if (name === 'Publish_Date') header.publishDate = text;
    if (name === 'Record_Count') header.recordCount = Number(text);
  };
  for await (const node of xmlRecords(
    { file, roots: ['sdnList'], records: ['sdnEntry'], onHeader },
    chunks,
  )) {
    const entry = guardRecord(() => toEntry(file, node), options);
    if (!entry) continue;
    if (seen.has(entry.entNum)) {
      rejectRecord(
        new InputError(
          'E_VALUE',
          `uid ${entry.entNum} appears twice`,
          { file, line: node.line, record: entry.entNum, path: 'uid' },
          'each entry must be listed once',
        ),
        options,
      );
      continue;
    }
    seen.add(entry.entNum);
    yield* linkedEntities(linker, entry);
  }
  yield* linker.links();
}
