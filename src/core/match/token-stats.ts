// How often each name part occurs across the indexed entities, per schema
// family: the evidence weight of a part falls as it gets common (Mohammed,
// Ali, Trading) and stays full for rare parts (Putin, Melli).
import type { NamePart } from './normalise.js';

/** Schema families counted apart: a part common among companies may be rare among people. */
export const FAMILIES = ['person', 'org', 'other'] as const;
export type Family = (typeof FAMILIES)[number];

const ORG_SCHEMATA = new Set(['Organization', 'Company', 'PublicBody']);

export function familyOf(schema: string | undefined): Family {
  if (schema === 'Person') return 'person';
  if (schema !== undefined && ORG_SCHEMATA.has(schema)) return 'org';
  return 'other';
}

export function familyIndex(schema: string | undefined): number {
  return FAMILIES.indexOf(familyOf(schema));
}

/** Document frequencies of name parts, as the index keeps them. */
export interface TokenStats {
  /** Entities of each family (FAMILIES order). */
  readonly totals: ArrayLike<number>;
  /** Entities of family `family` (FAMILIES index) carrying the token in any of their names. */
  df(token: string, family: number): number;
}

/** Tokens of a name part that are counted: its folded text and its first romanisation. */
export function partTokens(p: NamePart): string[] {
  const first = p.forms[0];
  return first && first !== p.text ? [p.text, first] : [p.text];
}

export interface RarityOptions {
  /** Parts carried by at most this share of a family's entities keep their full weight. */
  rareShare: number;
  /** Parts carried by at most this many entities keep their full weight, whatever the family size. */
  rareCount: number;
  /** Lowest weight of the commonest part. */
  floor: number;
}

export const RARITY_DEFAULTS: RarityOptions = { rareShare: 0.002, rareCount: 5, floor: 0.35 };

/**
 * Evidence weight of a part in [floor, 1]: 1 while the part is rare, then
 * falling with the logarithm of its frequency, so a part carried by 1 in 20
 * entities weighs about half a rare one. Sources: the inverse document
 * frequency of information retrieval, scaled to a weight; the thresholds are
 * tuned on the tuning half of the labelled pairs (docs/matching.md).
 */
export function rarity(df: number, total: number, opts: RarityOptions = RARITY_DEFAULTS): number {
  if (total <= 0) return 1;
  const rare = Math.max(opts.rareCount, opts.rareShare * total);
  if (df <= rare) return 1;
  // log(df / rare) over log(total / rare): 0 at the rare threshold, 1 when every entity has it.
  const span = Math.log(Math.max(total, rare * 2) / rare);
  const x = Math.min(1, Math.log(df / rare) / span);
  return 1 - (1 - opts.floor) * Math.sqrt(x);
}

/** The weight of a part within a family: its commonest reading counts (محمد is as common as Mohammed). */
export function partRarity(
  stats: TokenStats,
  p: NamePart,
  family: number,
  opts: RarityOptions = RARITY_DEFAULTS,
): number {
  let df = 0;
  for (const t of partTokens(p)) df = Math.max(df, stats.df(t, family));
  return rarity(df, stats.totals[family] ?? 0, opts);
}
