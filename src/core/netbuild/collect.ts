// One pass over the datasets a network is built from: the parties (people,
// organisations, vessels …), the links their records state, the designations
// that name them, and the identifiers and addresses they share.

import { EDGE_SCHEMATA, NODE_SCHEMATA, caption, type Entity } from '../model/entity.js';
import type { Designation, LinkKind, Source } from '../model/network.js';
import { foldText, MAX_FOLD_CHARS } from '../match/fold.js';
import { EDGE_LINK_KIND } from './link-kinds.js';

const ASCII = /^[ -~]*$/;

/**
 * The matcher's text folding, with a shortcut that gives the same result for
 * plain ASCII text (most list records): lowercase, apostrophes dropped, other
 * punctuation separating words.
 */
export function fold(text: string): string {
  if (text.length > MAX_FOLD_CHARS || !ASCII.test(text)) return foldText(text);
  return text
    .toLowerCase()
    .replace(/['`]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export interface DatasetRef {
  name: string;
  version: number;
}

export interface DatasetInput extends DatasetRef {
  entities: AsyncIterable<Entity> | Iterable<Entity>;
}

/** A party as read from one or more datasets (same id: properties merged). */
export interface PartyRecord {
  /** The entity, properties merged when several datasets hold its id. */
  entity: Entity;
  /** Where the record sits in its first dataset: file:line, or the entity id. */
  record: string;
  datasets: DatasetRef[];
  /** The record's place in each of `datasets`, in the same order. */
  records: string[];
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
  /**
   * Every folded name and alias of the parties → their ids (in party order), when known: kept
   * with a stored index so that resolving seeds by name does not fold every party's names again.
   * `partyNames` computes it.
   */
  names?: Map<string, string[]>;
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
const ATTACHED = new Set(['Passport', 'Identification', 'CryptoWallet', 'Address']);

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
    const folded = fold(value);
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
  const id = fold(value).replace(/ /g, '').toUpperCase();
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
    // Shared with the input until a second dataset holds the same id (copied then).
    index.parties.set(entity.id, {
      entity,
      record: recordOf(entity),
      datasets: [ref],
      records: [recordOf(entity)],
      designations: [],
    });
    return;
  }
  if (!existing.datasets.some((d) => d.name === ref.name && d.version === ref.version)) {
    existing.datasets.push(ref);
    existing.records.push(recordOf(entity));
  }
  if (existing.datasets.length === 2 && existing.records.length === 2) {
    const props: Record<string, string[]> = {};
    for (const [k, v] of Object.entries(existing.entity.properties)) props[k] = [...v];
    existing.entity = { id: entity.id, schema: existing.entity.schema, properties: props };
  }
  const props = existing.entity.properties;
  for (const [k, values] of Object.entries(entity.properties)) {
    if (k === 'sourceRecord') continue;
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
      else if (ATTACHED.has(entity.schema)) pending.attached.push({ entity, ref });
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
        const record = linkedTo ? a.record : entity.id;
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
  // Vessel owners are few: match them against listed names of the same length only.
  const owners = new Set<string>();
  for (const party of index.parties.values())
    for (const o of party.entity.properties.ownerName ?? []) owners.add(o.toUpperCase());
  const byListedName = new Map<string, string>();
  if (owners.size) {
    const lengths = new Set([...owners].map((o) => o.length));
    for (const pass of ['name', 'alias'] as const) {
      for (const party of index.parties.values()) {
        if (!party.designations.length) continue;
        for (const n of party.entity.properties[pass] ?? []) {
          if (!lengths.has(n.length)) continue;
          const key = n.toUpperCase();
          if (owners.has(key) && !byListedName.has(key)) byListedName.set(key, party.entity.id);
        }
      }
    }
  }
  const listedName = (name: string) => byListedName.get(name.toUpperCase());
  for (const party of index.parties.values()) {
    const p = party.entity.properties;
    const ref = party.datasets[0]!;
    // Only UN records cite reference numbers.
    if (byReference.size && party.designations.some((d) => d.authority.startsWith('United Nations'))) {
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
            source: datasetSource(ref, party.record, sentence),
          });
        }
      }
    }
    for (const owner of p.ownerName ?? []) {
      const target = listedName(owner);
      if (!target || target === party.entity.id) continue;
      index.stated.push({
        from: target,
        to: party.entity.id,
        kind: 'vessel-owner',
        label: `vessel owner ${owner}`,
        source: datasetSource(ref, party.record, `Vessel owner: ${owner}`),
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
  // Most values are held by one record: keep only who holds what, and make
  // labels and sources for the values two or more records share.
  interface Holding {
    kind: SharedValue['kind'];
    members: string[];
    /** Per member: the dataset, the record and what the record says. */
    cites: [DatasetRef, string, string][];
  }
  const groups = new Map<string, Holding>();
  const add = (key: string, kind: SharedValue['kind'], id: string, cite: [DatasetRef, string, string]) => {
    if (!key) return;
    const g = groups.get(key);
    if (!g) groups.set(key, { kind, members: [id], cites: [cite] });
    else if (!g.members.includes(id)) {
      g.members.push(id);
      g.cites.push(cite);
    }
  };
  const addresses = new Map<string, string>();
  for (const { entity } of attached)
    if (entity.schema === 'Address') addresses.set(entity.id, entity.properties.full?.[0] ?? entity.id);
  for (const party of index.parties.values()) {
    const e = party.entity;
    const ref = party.datasets[0]!;
    const props = e.properties;
    for (const prop of SHARED_ID_PROPS) {
      const values = props[prop];
      if (values)
        for (const v of values)
          add(sharedKey(prop, v), 'shared-identifier', e.id, [ref, party.record, `${prop} ${v}`]);
    }
    for (const note of props.notes ?? []) {
      const m = note.startsWith('Digital Currency') ? WALLET_NOTE.exec(note) : null;
      if (m) add(sharedKey('wallet', m[2]!), 'shared-identifier', e.id, [ref, party.record, note]);
    }
    for (const a of props.address ?? [])
      add(sharedKey('address', a), 'shared-address', e.id, [ref, party.record, `address ${a}`]);
    for (const a of props.addressEntity ?? [])
      add(`ae:${a}`, 'shared-address', e.id, [ref, party.record, `address ${addresses.get(a) ?? a}`]);
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
        add(sharedKey(prop, v), 'shared-identifier', holder, [ref, entity.id, `${prop} ${v}`]);
    }
  }
  for (const g of groups.values()) {
    if (g.members.length < 2) continue;
    index.shared.push({
      kind: g.kind,
      label: g.cites[0]![2],
      members: g.members,
      sources: g.cites.map(([ref, record, quote]) => datasetSource(ref, record, quote)),
    });
  }
}
