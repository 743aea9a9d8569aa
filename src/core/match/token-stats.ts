// How often each name part occurs across the indexed entities, per schema
// family: the evidence weight of a part falls as it gets common (Mohammed,
// Ali, Trading) and stays full for rare parts (Putin, Melli).
import type { NamePart } from './normalise.js';
import { translatedHead } from './org-words.js';

/** Schema families counted apart: a part common among companies may be rare among people. */
export const FAMILIES = ['person', 'org', 'other'] as const;
export type Family = (typeof FAMILIES)[number];

const ORG_SCHEMATA = new Set(['Organization', 'Company', 'PublicBody']);

export function familyOf(schema: string | undefined): Family {
  if (schema === 'Person') return 'person';
  if (schema !== undefined && ORG_SCHEMATA.has(schema)) return 'org';
  return 'other';
}

/** FAMILIES index of a schema; -1 (every family) for a query that names none, or LegalEntity / Thing. */
export function familyIndex(schema: string | undefined): number {
  if (schema === undefined || schema === 'LegalEntity' || schema === 'Thing') return -1;
  return FAMILIES.indexOf(familyOf(schema));
}

/** Entities of `family` carrying `token` (-1: of every family). */
export function familyDf(stats: TokenStats, token: string, family: number): number {
  if (family >= 0) return stats.df(token, family);
  let n = 0;
  for (let f = 0; f < FAMILIES.length; f++) n += stats.df(token, f);
  return n;
}

function familyTotal(stats: TokenStats, family: number): number {
  if (family >= 0) return stats.totals[family] ?? 0;
  let n = 0;
  for (let f = 0; f < FAMILIES.length; f++) n += stats.totals[f] ?? 0;
  return n;
}

/** Document frequencies of name parts, as the index keeps them. */
export interface TokenStats {
  /** Entities of each family (FAMILIES order). */
  readonly totals: ArrayLike<number>;
  /** Entities of family `family` (FAMILIES index) carrying the token in any of their names. */
  df(token: string, family: number): number;
}

/**
 * Tokens of a name part that are counted: its folded text, its first
 * romanisation and, for a word of a translated class in another script,
 * the class's English word (اسلامية is as common as Islamic; a Latin word
 * weighs as itself).
 */
export function partTokens(p: NamePart): string[] {
  const first = p.forms[0];
  const tokens = first && first !== p.text ? [p.text, first] : [p.text];
  const head = p.script === 'latin' ? undefined : translatedHead(p.group);
  if (head !== undefined && !tokens.includes(head)) tokens.push(head);
  return tokens;
}

export interface RarityOptions {
  /** Parts carried by at most this share of a family's entities keep their full weight. */
  rareShare: number;
  /** Parts carried by at most this many entities keep their full weight, whatever the family size. */
  rareCount: number;
  /** Parts carried by at least this share of the family weigh the floor. */
  commonShare: number;
  /** Weight of the commonest parts. */
  floor: number;
}

export const RARITY_DEFAULTS: RarityOptions = {
  rareShare: 0.002,
  rareCount: 5,
  commonShare: 0.05,
  floor: 0.35,
};

/**
 * Evidence weight of a part in [floor, 1]: 1 while the part is rare (at most
 * 0.2 % of the family's entities, or 5), the floor once it is common (5 %),
 * and in between falling with the logarithm of its frequency, as inverse
 * document frequency does in information retrieval. With the SDN and UN
 * people: Putin 1, Jong 0.9, Vladimir 0.8, Kim 0.63, Hassan 0.53, Ali and
 * Mohammed 0.35. The thresholds were tuned on the tuning part of the
 * labelled pairs (docs/matching.md).
 */
export function rarity(df: number, total: number, opts: RarityOptions = RARITY_DEFAULTS): number {
  if (total <= 0) return 1;
  const rare = Math.max(opts.rareCount, opts.rareShare * total);
  if (df <= rare) return 1;
  const common = Math.max(rare * 2, opts.commonShare * total);
  const x = Math.min(1, Math.log(df / rare) / Math.log(common / rare));
  return 1 - (1 - opts.floor) * x;
}

/** The weight of a part within a family: its commonest reading counts (محمد is as common as Mohammed). */
export function partRarity(
  stats: TokenStats,
  p: NamePart,
  family: number,
  opts: RarityOptions = RARITY_DEFAULTS,
): number {
  let df = 0;
  for (const t of partTokens(p)) df = Math.max(df, familyDf(stats, t, family));
  return rarity(df, familyTotal(stats, family), opts);
}
