// The scoring features as a declarative table: each has a weight (negative
// for penalties), a description, and returns a value in [0, 1] with evidence.
import type { Facts } from './facts.js';
import { UNIQUE_ID_PROPS } from './facts.js';
import type { NameComparison } from './name-compare.js';
import { schemaCompatible } from './schema.js';

export interface FeatureEvidence {
  value: number;
  query: string;
  candidate: string;
  detail: string;
}

export interface FeatureContext {
  /** The best name comparison between query and candidate. */
  name: NameComparison & { queryName: string; candidateName: string };
}

export interface Feature {
  id: string;
  description: string;
  /** Contribution = weight × value; negative weights are penalties. */
  weight: number;
  evaluate(query: Facts, candidate: Facts, ctx: FeatureContext): FeatureEvidence | undefined;
}

const list = (xs: Iterable<string>) => [...xs].join('; ');

function dateRelation(q: string[], c: string[]): { match: string | undefined; gap: number } {
  let gap = Infinity;
  for (const a of q) {
    for (const b of c) {
      if (a.startsWith(b) || b.startsWith(a)) return { match: a.length >= b.length ? a : b, gap: 0 };
      gap = Math.min(gap, Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))));
    }
  }
  return { match: undefined, gap };
}

export const FEATURES: Feature[] = [
  {
    id: 'name_similarity',
    description:
      'Similarity of the best-aligned names: typo-tolerant by part length, transliterated, generic words discounted',
    weight: 0.95,
    evaluate: (_q, _c, { name }) => ({
      value: name.score,
      query: name.queryName,
      candidate: name.candidateName,
      detail:
        name.pairs.map((p) => `${p.query}~${p.candidate} ${p.how} ${p.similarity.toFixed(2)}`).join(', ') +
        (name.unmatched.length ? `; unmatched: ${name.unmatched.join(' ')}` : ''),
    }),
  },
  {
    id: 'phonetic_agreement',
    description: "Share of the query's name parts that sound like a candidate part",
    weight: 0.05,
    evaluate: (_q, _c, { name }) =>
      name.score > 0
        ? {
            value: name.phonetic,
            query: name.queryName,
            candidate: name.candidateName,
            detail: 'phonetic keys or consonant skeletons',
          }
        : undefined,
  },
  {
    id: 'identifier_match',
    description: 'An identifier (passport, registration, IMO, INN…) appears on both sides',
    weight: 0.5,
    evaluate: (q, c) => {
      for (const [id, prop] of q.identifiers) {
        const cprop = c.identifiers.get(id);
        if (cprop) return { value: 1, query: id, candidate: id, detail: `${prop} = ${cprop}` };
      }
      return undefined;
    },
  },
  {
    id: 'identifier_mismatch',
    description: 'Both sides carry a unique identifier of the same type (IMO, LEI, INN…) and none agrees',
    weight: -0.2,
    evaluate: (q, c) => {
      for (const [, prop] of q.identifiers) {
        if (!UNIQUE_ID_PROPS.has(prop)) continue;
        const qs = [...q.identifiers].filter(([, p]) => p === prop).map(([v]) => v);
        const cs = [...c.identifiers].filter(([, p]) => p === prop).map(([v]) => v);
        if (cs.length && !qs.some((v) => cs.includes(v)))
          return { value: 1, query: list(qs), candidate: list(cs), detail: prop };
      }
      return undefined;
    },
  },
  {
    id: 'birth_date_match',
    description: 'Birth dates agree (small lift: many people share a birthday)',
    weight: 0.02,
    evaluate: (q, c) => {
      if (!q.birthDates.length || !c.birthDates.length) return undefined;
      const r = dateRelation(q.birthDates, c.birthDates);
      return r.match
        ? {
            value: 1,
            query: list(q.birthDates),
            candidate: list(c.birthDates),
            detail: `agree on ${r.match}`,
          }
        : undefined;
    },
  },
  {
    id: 'birth_date_mismatch',
    description: 'Birth dates disagree: graded by the gap, since listed dates are often approximate',
    weight: -0.3,
    evaluate: (q, c) => {
      if (!q.birthDates.length || !c.birthDates.length) return undefined;
      const r = dateRelation(q.birthDates, c.birthDates);
      if (r.match) return undefined;
      const value = r.gap === 0 ? 0.2 : r.gap === 1 ? 0.3 : r.gap <= 4 ? 0.7 : 1;
      return {
        value,
        query: list(q.birthDates),
        candidate: list(c.birthDates),
        detail: `${r.gap} year(s) apart`,
      };
    },
  },
  {
    id: 'country_match',
    description: 'A country (nationality, residence, jurisdiction) appears on both sides',
    weight: 0.02,
    evaluate: (q, c) => {
      const hit = q.countries.find((x) => c.countries.includes(x));
      return hit
        ? { value: 1, query: list(q.countries), candidate: list(c.countries), detail: hit }
        : undefined;
    },
  },
  {
    id: 'country_mismatch',
    description: 'Both sides name countries and none agrees',
    weight: -0.05,
    evaluate: (q, c) => {
      if (!q.countries.length || !c.countries.length) return undefined;
      if (q.countries.some((x) => c.countries.includes(x))) return undefined;
      // Codes and names are not compared with each other: no contradiction without a country table.
      const codes = (xs: string[]) => xs.every((x) => x.length === 2);
      if (codes(q.countries) !== codes(c.countries)) return undefined;
      return {
        value: 1,
        query: list(q.countries),
        candidate: list(c.countries),
        detail: 'no shared country',
      };
    },
  },
  {
    id: 'gender_mismatch',
    description: 'Both sides state a gender and they differ',
    weight: -0.1,
    evaluate: (q, c) => {
      if (!q.genders.length || !c.genders.length || q.genders.some((g) => c.genders.includes(g)))
        return undefined;
      return { value: 1, query: list(q.genders), candidate: list(c.genders), detail: 'different gender' };
    },
  },
  {
    id: 'schema_mismatch',
    description: 'The query and the candidate cannot be the same kind of thing (a person and a vessel)',
    weight: -1,
    evaluate: (q, c) =>
      schemaCompatible(q.schema, c.schema)
        ? undefined
        : { value: 1, query: q.schema ?? '', candidate: c.schema ?? '', detail: 'incompatible schemata' },
  },
];
