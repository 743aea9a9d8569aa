// Labelled pairs of whole list entries (schema, names, birth dates,
// countries, identifiers), from the real lists: the same entry in the 2019
// and 2021 SDN sets where its fields changed, and the same person on the UN
// and OFAC lists, are positives; another entry of the same list that is
// closest to it by name is a hard negative. The tune / held-out split is by
// a hash of the entry id, as for the name pairs.
import { foldText } from '../../src/core/match/index.js';
import type { Entity } from '../../src/core/model/entity.js';
import { hash } from './labelled.js';

export interface EntityPair {
  category: string;
  query: Entity;
  candidate: Entity;
  label: 0 | 1;
  split: 'tune' | 'held-out';
}

const NAME_PROPS = ['name', 'alias', 'weakAlias', 'previousName'];
const ID_PROPS = ['idNumber', 'passportNumber', 'registrationNumber', 'taxNumber', 'imoNumber', 'leiCode'];
/** The fields a screening compares: a change in any makes the 2019 entry a test of the 2021 one. */
const COMPARED = [...NAME_PROPS, 'birthDate', 'nationality', 'country', 'citizenship', 'gender', ...ID_PROPS];
const PARTIES = new Set(['Person', 'Organization', 'Company', 'LegalEntity']);

const splitOf = (key: string): 'tune' | 'held-out' => (hash(`split:${key}`) % 10 < 3 ? 'tune' : 'held-out');
const nameKey = (s: string) => {
  const i = s.indexOf(',');
  const ordered = i > 0 && s.indexOf(',', i + 1) < 0 ? `${s.slice(i + 1)} ${s.slice(0, i)}` : s;
  return foldText(ordered).split(' ').filter(Boolean).sort().join(' ');
};
const values = (e: Entity, props: string[]) => props.flatMap((p) => e.properties[p] ?? []);
const idValues = (e: Entity) =>
  new Set(values(e, ID_PROPS).map((v) => v.replace(/[^0-9A-Za-z]/g, '').toUpperCase()));

/** The entry without its source record and notes: what a screening request about it would carry. */
function asQuery(e: Entity): Entity {
  const properties: Record<string, string[]> = {};
  for (const p of COMPARED) if (e.properties[p]?.length) properties[p] = e.properties[p] as string[];
  return { id: e.id, schema: e.schema, properties, datasets: e.datasets };
}

function changed(a: Entity, b: Entity): boolean {
  return COMPARED.some(
    (p) => (a.properties[p] ?? []).join('\u0001') !== (b.properties[p] ?? []).join('\u0001'),
  );
}

/** UN entries and the OFAC entry of the same person: a shared identifier, or a shared name and birth date. */
export function unOfacLinks(un: Entity[], ofac: Entity[]): Map<string, string> {
  const byName = new Map<string, Entity[]>();
  const byId = new Map<string, Entity>();
  for (const e of ofac) {
    if (!PARTIES.has(e.schema)) continue;
    for (const n of values(e, NAME_PROPS)) {
      const k = nameKey(n);
      if (!byName.has(k)) byName.set(k, []);
      byName.get(k)?.push(e);
    }
    for (const v of idValues(e)) if (v.length >= 6) byId.set(v, e);
  }
  const links = new Map<string, string>();
  for (const u of un) {
    if (!PARTIES.has(u.schema)) continue;
    let hit: Entity | undefined;
    for (const v of idValues(u)) if (v.length >= 6 && byId.get(v)?.schema === u.schema) hit ??= byId.get(v);
    if (!hit) {
      const dates = new Set(u.properties.birthDate ?? []);
      for (const n of values(u, NAME_PROPS)) {
        for (const e of byName.get(nameKey(n)) ?? []) {
          if (e.schema !== u.schema) continue;
          const sameDate = (e.properties.birthDate ?? []).some((d) => dates.has(d));
          // Organisations carry no birth date: a shared full name within one schema is the link.
          if (sameDate || (u.schema !== 'Person' && !dates.size)) hit ??= e;
        }
      }
    }
    if (hit) links.set(u.id, hit.id);
  }
  return links;
}

export interface EntityPairInput {
  /** OFAC SDN 2021, non-SDN 2025 and UN 2026 entries (what the bench indexes). */
  current: Entity[];
  /** OFAC SDN 2019 entries (ids are the entry numbers, as in 2021). */
  older: Entity[];
  /** Ids of the entries closest to `e` by name, best first (the index's candidates). */
  closest: (e: Entity) => string[];
}

/** Build the entity pairs; `perCategory` caps each category (sampled by hash of the entry id). */
export function buildEntityPairs(
  { current, older, closest }: EntityPairInput,
  perCategory = 1500,
): EntityPair[] {
  const byId = new Map(current.map((e) => [e.id, e]));
  const sample = <T extends { key: string }>(xs: T[]) =>
    xs.sort((a, b) => hash(`pick:${a.key}`) - hash(`pick:${b.key}`)).slice(0, perCategory);
  const out: EntityPair[] = [];

  const moved = sample(
    older
      .filter((o) => PARTIES.has(o.schema))
      .flatMap((o) => {
        const n = byId.get(o.id);
        return n && n.schema === o.schema && changed(o, n) ? [{ key: o.id, o, n }] : [];
      }),
  );
  for (const { key, o, n } of moved)
    out.push({
      category: `same entry, SDN 2019 → 2021, fields changed (${o.schema === 'Person' ? 'person' : 'org'})`,
      query: asQuery(o),
      candidate: n,
      label: 1,
      split: splitOf(key),
    });

  const un = current.filter((e) => e.datasets?.includes('un_sc_sanctions'));
  const ofac = current.filter((e) => e.id.startsWith('ofac-'));
  const links = unOfacLinks(un, ofac);
  for (const { key, u, o } of sample(
    [...links].flatMap(([u, o]) => {
      const a = byId.get(u);
      const b = byId.get(o);
      return a && b ? [{ key: u, u: a, o: b }] : [];
    }),
  ))
    out.push({
      category: 'same person or body, UN and OFAC',
      query: asQuery(u),
      candidate: o,
      label: 1,
      split: splitOf(key),
    });

  // Hard negatives: the closest other entry of the same list by name, never a linked entry.
  const linked = new Set([...links].flatMap(([u, o]) => [`${u}|${o}`, `${o}|${u}`]));
  const listOf = (e: Entity) => e.datasets?.[0] ?? '';
  for (const family of ['person', 'org'] as const) {
    const pool = sample(
      current
        .filter((e) => PARTIES.has(e.schema) && (e.schema === 'Person') === (family === 'person'))
        .map((e) => ({ key: `neg:${e.id}`, e })),
    );
    for (const { e } of pool) {
      const other = closest(e)
        .map((id) => byId.get(id))
        .find((c) => c && c.id !== e.id && listOf(c) === listOf(e) && !linked.has(`${e.id}|${c.id}`));
      if (!other) continue;
      out.push({
        category: `another entry of the list, closest by name (${family})`,
        query: asQuery(e),
        candidate: other,
        label: 0,
        split: splitOf(e.id),
      });
    }
  }
  return out;
}
