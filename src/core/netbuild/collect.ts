// One pass over the datasets a network is built from: the parties (people,
// organisations, vessels …), the links their records state, the designations
// that name them, and the identifiers and addresses they share.

import { EDGE_SCHEMATA, NODE_SCHEMATA, caption, type Entity } from '../model/entity.js';
import type { Designation, LinkKind, Source } from '../model/network.js';
import { foldText } from '../match/fold.js';
import { normaliseIdentifier } from '../match/facts.js';
import { EDGE_LINK_KIND } from './link-kinds.js';

export interface DatasetRef {
  name: string;
  version: number;
}

export interface DatasetInput extends DatasetRef {
  entities: AsyncIterable<Entity> | Iterable<Entity>;
}

/** A party as read from one or more datasets (same id: properties merged). */
export interface PartyRecord {
  entity: Entity;
  datasets: DatasetRef[];
  designations: Designation[];
}

/** A link a record states, between two parties. */
export interface StatedLink {
  from: string;
  to: string;
  kind: LinkKind;
  /** What the record says, for the channel label ("Linked To: HIZBALLAH", "Ownership 51%"). */
  label: string;
  source: Source;
  validFrom?: string;
  validTo?: string;
}

/** Parties holding the same identifier or address. */
export interface SharedValue {
  kind: 'shared-identifier' | 'shared-address';
  /** The value as first seen, with what it is ("passportNumber A1234567"). */
  label: string;
  members: string[];
  sources: Source[];
}

export interface LinkIndex {
  parties: Map<string, PartyRecord>;
  stated: StatedLink[];
  shared: SharedValue[];
  /** Link records whose ends are not both parties of the datasets (e.g. unresolved "Linked To" names). */
  unresolved: number;
  datasets: DatasetRef[];
}

/** Identifier properties read as shared identifiers. */
export const SHARED_ID_PROPS = [
  'passportNumber',
  'idNumber',
  'registrationNumber',
  'imoNumber',
  'taxNumber',
  'innCode',
  'leiCode',
  'swiftBic',
  'phone',
  'email',
  'wallet',
] as const;

const NODE_SCHEMA_SET = new Set<string>(NODE_SCHEMATA);

/** OFAC writes wallets into the remarks: "Digital Currency Address - XBT 1abc…". */
const WALLET_NOTE = /^Digital Currency Address - ([A-Z0-9]+) ([A-Za-z0-9]{16,})$/;
/** UN records cite other listed entries by reference number ("… (QDe.004)"). */
const UN_REFERENCE = /\b([A-Z]{2}[ie]\.\d{3})\b/g;

/** The file:line part of a sourceRecord ("sdn.csv:12: 4697,…" → "sdn.csv:12"), else the entity id. */
export function recordOf(entity: Entity): string {
  const first = entity.properties.sourceRecord?.[0];
  const m = first ? /^([^:]+:\d+):/.exec(first) : null;
  return m ? m[1]! : entity.id;
}

export function datasetSource(ref: DatasetRef, record: string, quote?: string): Source {
  const source: Source = {
    citation: `${ref.name}@${ref.version} ${record}`,
    dataset: ref.name,
    datasetVersion: ref.version,
    record,
  };
  if (quote) source.quote = quote;
  return source;
}

/** A normalised key for a shared value; '' when the value is too short or vague to link on. */
export function sharedKey(prop: string, value: string): string {
  if (prop === 'address') {
    const folded = foldText(value);
    // A bare city ("Beirut") is shared by hundreds of records: require a street part.
    const parts = folded.split(/\s*,\s*/).filter(Boolean);
    return parts.length >= 2 || /\d/.test(folded) ? `a:${folded}` : '';
  }
  if (prop === 'phone') {
    const digits = value.replace(/\D/g, '').replace(/^00/, '');
    return digits.length >= 7 ? `phone:${digits}` : '';
  }
  if (prop === 'email') {
    const email = value
      .trim()
      .toLowerCase()
      .replace(/["'.;,]+$/, '');
    return /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(email) ? `email:${email}` : '';
  }
  const id = normaliseIdentifier(value);
  return id.length >= 5 && /\d/.test(id) ? `id:${id}` : '';
}

interface Pending {
  edges: { entity: Entity; ref: DatasetRef }[];
  /** Passport/Identification/CryptoWallet/Address entities, read after all parties are known. */
  attached: { entity: Entity; ref: DatasetRef }[];
  sanctions: { entity: Entity; ref: DatasetRef }[];
}

function mergeParty(index: LinkIndex, entity: Entity, ref: DatasetRef): void {
  const existing = index.parties.get(entity.id);
  if (!existing) {
    index.parties.set(entity.id, {
      entity: { id: entity.id, schema: entity.schema, properties: { ...entity.properties } },
      datasets: [ref],
      designations: [],
    });
    return;
  }
  if (!existing.datasets.some((d) => d.name === ref.name && d.version === ref.version))
    existing.datasets.push(ref);
  const props = existing.entity.properties;
  for (const [k, values] of Object.entries(entity.properties)) {
    const list = props[k] ?? (props[k] = []);
    for (const v of values) if (!list.includes(v)) list.push(v);
  }
}

/** Read every dataset once into a link index. */
export async function collectLinks(inputs: DatasetInput[]): Promise<LinkIndex> {
  const index: LinkIndex = {
    parties: new Map(),
    stated: [],
    shared: [],
    unresolved: 0,
    datasets: inputs.map(({ name, version }) => ({ name, version })),
  };
  const pending: Pending = { edges: [], attached: [], sanctions: [] };
  for (const input of inputs) {
    const ref: DatasetRef = { name: input.name, version: input.version };
    for await (const entity of input.entities) {
      if (NODE_SCHEMA_SET.has(entity.schema)) mergeParty(index, entity, ref);
      else if (EDGE_LINK_KIND[entity.schema]) pending.edges.push({ entity, ref });
      else if (entity.schema === 'Sanction') pending.sanctions.push({ entity, ref });
      else if (['Passport', 'Identification', 'CryptoWallet', 'Address'].includes(entity.schema))
        pending.attached.push({ entity, ref });
    }
  }
  const references = readSanctions(index, pending.sanctions);
  readEdges(index, pending.edges);
  readListingRelations(index, references);
  readSharedValues(index, pending.attached);
  return index;
}

/** Designations onto their parties; returns UN reference numbers (QDe.004 …) → party id. */
function readSanctions(index: LinkIndex, sanctions: Pending['sanctions']): Map<string, string> {
  const references = new Map<string, string>();
  for (const { entity, ref } of sanctions) {
    const p = entity.properties;
    for (const subject of p.entity ?? []) {
      const party = index.parties.get(subject);
      if (!party) continue;
      for (const unscId of p.unscId ?? []) references.set(unscId, subject);
      const designation: Designation = {
        authority: p.authority?.[0] ?? 'unknown authority',
        programs: p.program ?? [],
        entity: subject,
        dataset: ref.name,
        datasetVersion: ref.version,
      };
      const date = p.listingDate?.[0] ?? p.startDate?.[0];
      if (date) designation.listingDate = date.slice(0, 10);
      party.designations.push(designation);
    }
  }
  return references;
}

function readEdges(index: LinkIndex, edges: Pending['edges']): void {
  for (const { entity, ref } of edges) {
    const ends = EDGE_SCHEMATA[entity.schema]!;
    const p = entity.properties;
    const linkedTo = entity.schema === 'UnknownLink' && p.role?.includes('Linked To');
    const kind: LinkKind = linkedTo ? 'linked-to' : EDGE_LINK_KIND[entity.schema]!;
    const froms = p[ends.source] ?? [];
    const tos = p[ends.target] ?? [];
    let resolved = false;
    for (const from of froms) {
      for (const to of tos) {
        const a = index.parties.get(from);
        const b = index.parties.get(to);
        if (!a || !b || from === to) continue;
        resolved = true;
        const label = linkedTo
          ? `Linked To: ${caption(b.entity)}`
          : [entity.schema, p.role?.[0] ?? p.relationship?.[0] ?? p.percentage?.[0]]
              .filter(Boolean)
              .join(' ');
        // A "Linked To" remark sits in the subject's own record; an FtM edge is a record itself.
        const record = linkedTo ? recordOf(a.entity) : entity.id;
        const link: StatedLink = { from, to, kind, label, source: datasetSource(ref, record, label) };
        const start = p.startDate?.[0] ?? p.date?.[0];
        if (start) link.validFrom = start.slice(0, 10);
        if (p.endDate?.[0]) link.validTo = p.endDate[0].slice(0, 10);
        index.stated.push(link);
      }
    }
    if (!resolved) index.unresolved++;
  }
}

/** UN records citing another entry's reference number; OFAC vessels naming their listed owner. */
function readListingRelations(index: LinkIndex, byReference: Map<string, string>): void {
  const byListedName = new Map<string, string>();
  for (const party of index.parties.values()) {
    const listed = party.entity.properties.name?.[0];
    if (listed && party.designations.length) byListedName.set(listed.toUpperCase(), party.entity.id);
    for (const alias of party.entity.properties.alias ?? [])
      if (party.designations.length && !byListedName.has(alias.toUpperCase()))
        byListedName.set(alias.toUpperCase(), party.entity.id);
  }
  for (const party of index.parties.values()) {
    const p = party.entity.properties;
    const ref = party.datasets[0]!;
    if (byReference.size) {
      for (const note of p.notes ?? []) {
        for (const m of note.matchAll(UN_REFERENCE)) {
          const target = byReference.get(m[1]!);
          if (!target || target === party.entity.id) continue;
          const sentence = sentenceAround(note, m.index ?? 0);
          index.stated.push({
            from: party.entity.id,
            to: target,
            kind: 'un-reference',
            label: `cites ${m[1]}`,
            source: datasetSource(ref, recordOf(party.entity), sentence),
          });
        }
      }
    }
    for (const owner of p.ownerName ?? []) {
      const target = byListedName.get(owner.toUpperCase());
      if (!target || target === party.entity.id) continue;
      index.stated.push({
        from: target,
        to: party.entity.id,
        kind: 'vessel-owner',
        label: `vessel owner ${owner}`,
        source: datasetSource(ref, recordOf(party.entity), `Vessel owner: ${owner}`),
      });
    }
  }
}

function sentenceAround(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf('. ', at) + 2, 0);
  const end = text.indexOf('. ', at);
  return text.slice(start, end === -1 ? undefined : end + 1).trim();
}

function readSharedValues(index: LinkIndex, attached: Pending['attached']): void {
  const groups = new Map<string, SharedValue>();
  const add = (key: string, kind: SharedValue['kind'], label: string, id: string, source: Source) => {
    if (!key) return;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind, label, members: [], sources: [] }));
    if (g.members.includes(id)) return;
    g.members.push(id);
    g.sources.push(source);
  };
  const addresses = new Map<string, string>();
  for (const { entity } of attached)
    if (entity.schema === 'Address') addresses.set(entity.id, entity.properties.full?.[0] ?? entity.id);
  for (const party of index.parties.values()) {
    const e = party.entity;
    const ref = party.datasets[0]!;
    const source = (what: string) => datasetSource(ref, recordOf(e), what);
    for (const prop of SHARED_ID_PROPS)
      for (const v of e.properties[prop] ?? [])
        add(sharedKey(prop, v), 'shared-identifier', `${prop} ${v}`, e.id, source(`${prop} ${v}`));
    for (const note of e.properties.notes ?? []) {
      const m = WALLET_NOTE.exec(note);
      if (m)
        add(sharedKey('wallet', m[2]!), 'shared-identifier', `wallet ${m[1]} ${m[2]}`, e.id, source(note));
    }
    for (const a of e.properties.address ?? [])
      add(sharedKey('address', a), 'shared-address', `address ${a}`, e.id, source(`address ${a}`));
    for (const a of e.properties.addressEntity ?? [])
      add(`ae:${a}`, 'shared-address', `address ${addresses.get(a) ?? a}`, e.id, source(`address ${a}`));
  }
  for (const { entity, ref } of attached) {
    const p = entity.properties;
    const holders = p.holder ?? [];
    const values =
      entity.schema === 'CryptoWallet'
        ? (p.publicKey ?? []).map((v) => ['wallet', v] as const)
        : entity.schema === 'Address'
          ? []
          : (p.number ?? []).map(
              (v) => [entity.schema === 'Passport' ? 'passportNumber' : 'idNumber', v] as const,
            );
    for (const holder of holders) {
      if (!index.parties.has(holder)) continue;
      for (const [prop, v] of values)
        add(
          sharedKey(prop, v),
          'shared-identifier',
          `${prop} ${v}`,
          holder,
          datasetSource(ref, entity.id, `${prop} ${v}`),
        );
    }
  }
  for (const g of groups.values()) if (g.members.length >= 2) index.shared.push(g);
}
