// OFAC's Remarks field ("DOB 24 Jul 1964; POB Tehran, Iran; Passport …;
// Linked To: X.") read into FtM properties by a table of segment rules.

import { addValues, type PropertyValues } from '../model/entity.js';
import { parseOfacDatePhrase } from './ofac-dates.js';

export interface RemarkFacts {
  /** FtM properties of the listed entity. Unrecognised segments land in `notes`. */
  properties: PropertyValues;
  /** Names after "Linked To:", in order. */
  linkedTo: string[];
  /** Sanction provisions ("Secondary sanctions risk: …"), for the Sanction entity. */
  provisions: string[];
}

type Value = (text: string) => string[];

/** An identifier without its trailing "(Country)", "issued …" or "expires …". */
const identifier: Value = (t) => [
  t
    .replace(/\s+\([^)]*\).*$/, '')
    .replace(/\s+(issued|expires)\b.*$/i, '')
    .trim(),
];
const text: Value = (t) => [t.trim()];
const quoted: Value = (t) => [t.trim().replace(/^'(.*)'$/s, '$1')];
const date: Value = (t) => parseOfacDatePhrase(t);

interface Rule {
  pattern: RegExp;
  property: string;
  value: Value;
}

/** Ordered: the first matching rule wins, so specific forms (IMO) precede general ones. */
export const REMARK_RULES: Rule[] = [
  { pattern: /^DOB (.+)$/, property: 'birthDate', value: date },
  { pattern: /^POB (.+)$/, property: 'birthPlace', value: text },
  { pattern: /^nationality (.+)$/i, property: 'nationality', value: text },
  { pattern: /^citizen (.+)$/i, property: 'citizenship', value: text },
  { pattern: /^Gender (Male|Female)$/i, property: 'gender', value: (t) => [t.toLowerCase()] },
  { pattern: /^a\.k\.a\.,? (.+)$/, property: 'weakAlias', value: quoted },
  { pattern: /^f\.k\.a\.,? (.+)$/, property: 'previousName', value: quoted },
  { pattern: /^n\.k\.a\.,? (.+)$/, property: 'alias', value: quoted },
  { pattern: /\bIMO (\d{7})\b/, property: 'imoNumber', value: text },
  { pattern: /^MMSI (.+)$/, property: 'mmsi', value: identifier },
  { pattern: /^Call Sign (.+)$/i, property: 'callSign', value: identifier },
  { pattern: /^Vessel Year of Build (.+)$/, property: 'buildDate', value: date },
  { pattern: /^Former Vessel Flag (.+)$/, property: 'pastFlags', value: text },
  { pattern: /^Vessel Flag (.+)$/, property: 'flag', value: text },
  {
    pattern: /^Aircraft Manufacturer's Serial Number \(MSN\) (.+)$/,
    property: 'serialNumber',
    value: identifier,
  },
  { pattern: /^Aircraft Tail Number (.+)$/, property: 'registrationNumber', value: identifier },
  { pattern: /^Aircraft Model (.+)$/, property: 'model', value: text },
  { pattern: /^Aircraft Manufacture Date (.+)$/, property: 'buildDate', value: date },
  { pattern: /^Website (.+)$/, property: 'website', value: text },
  { pattern: /^Email Address (.+)$/, property: 'email', value: text },
  { pattern: /^(?:Phone Number|Telephone(?: No\.)?) (.+)$/, property: 'phone', value: text },
  { pattern: /^(?:Diplomatic )?Passport (?:No\.? )?(.+)$/, property: 'passportNumber', value: identifier },
  {
    pattern: /^(?:Tax ID No\.|NIT #|RUC #|R\.F\.C\.|RFC|US FEIN|C\.U\.I\.T\.|RTN|RIF #|I\.N\.N\.|INN) (.+)$/,
    property: 'taxNumber',
    value: identifier,
  },
  { pattern: /^V\.A\.T\. Number (.+)$/, property: 'vatCode', value: identifier },
  { pattern: /^D-U-N-S Number (.+)$/, property: 'dunsCode', value: identifier },
  { pattern: /^SWIFT\/BIC (.+)$/, property: 'swiftBic', value: identifier },
  { pattern: /^Legal Entity Number (.+)$/, property: 'leiCode', value: identifier },
  { pattern: /^Organization Established Date (.+)$/, property: 'incorporationDate', value: date },
  {
    pattern:
      /^(?:Registration Number|Registration ID|Company Number|UK Company Number|Commercial Registry Number|Business Registration Number|Business Registration Document #|Folio Mercantil No\.|Matricula Mercantil No|Chamber of Commerce Number|Trade License No\.|C\.R\. No\.|Certificate of Incorporation Number|Public Registration Number|Government Gazette Number|Unified Social Credit Code \(USCC\)|Registered Charity No\.|Enterprise Number|Economic Register Number \(CBLS\)) (.+)$/,
    property: 'registrationNumber',
    value: identifier,
  },
  {
    pattern:
      /^(?:National ID No\.|Cedula No\.|Identification Number|D\.N\.I\.|C\.U\.R\.P\.|SSN|Driver's License No\.|National Foreign ID Number|Personal ID Card|Residency Number|Birth Certificate Number|Kenyan ID No\.|Numero de Identidad|Credencial electoral|I\.F\.E\.|Travel Document Number|Electoral Registry No\.|Immigration No\.|Refugee ID Card|Stateless Person ID Card|Stateless Person Passport|Military Registration Number|Cartilla de Servicio Militar Nacional|Pasaporte) (.+)$/,
    property: 'idNumber',
    value: identifier,
  },
];

/** Segments that state the legal basis; they go to the Sanction entity. */
const PROVISION =
  /^(Additional Sanctions Information|Secondary sanctions risk|Transactions Prohibited|Executive Order \d+ information|CAATSA Section|IFCA Determination|Sanctions Risk|Effective Date|Listing Date|Purchase\/Sales For Divestment Date)/i;

/** Splits remarks on "; " and reads each segment; `alt.` marks another value of the same kind. */
export function parseRemarks(remarks: string): RemarkFacts {
  const facts: RemarkFacts = { properties: {}, linkedTo: [], provisions: [] };
  const body = remarks.trim().replace(/\.$/, '');
  if (!body) return facts;
  for (const rawSegment of body.split(/;\s+/)) {
    const segment = rawSegment.trim().replace(/^alt\.\s+/, '');
    if (!segment) continue;
    const linked = /^Linked To: (.+)$/.exec(segment);
    if (linked) {
      facts.linkedTo.push(linked[1]!.trim());
      continue;
    }
    if (PROVISION.test(segment)) {
      facts.provisions.push(segment);
      continue;
    }
    if (!applyRule(facts.properties, segment)) addValues(facts.properties, 'notes', segment);
  }
  return facts;
}

function applyRule(props: PropertyValues, segment: string): boolean {
  for (const rule of REMARK_RULES) {
    const m = rule.pattern.exec(segment);
    if (!m) continue;
    const values = rule.value(m[1]!).filter(Boolean);
    if (values.length === 0) return false;
    addValues(props, rule.property, ...values);
    return true;
  }
  return false;
}
