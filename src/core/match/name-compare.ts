// Name similarity on aligned parts: each query part pairs with at most one
// candidate part; generic words and legal forms never carry a match alone.
import { typoSimilarity } from './distance.js';
import { unmatchedWeight } from './name-bound.js';
import type { NamePart, ParsedName } from './normalise.js';
import { PartCache } from './part-cache.js';
import { joinAcrossScripts } from './cross-script-runs.js';
import { joinGrade, NAME_DEFAULTS, type NameCompareOptions, type PartMatchKind } from './part-compare.js';

export { comparePart, NAME_DEFAULTS, PART_MATCH_KINDS } from './part-compare.js';
export type { NameCompareOptions, PartMatchKind, Vocabulary } from './part-compare.js';

export interface PartPair {
  query: string;
  candidate: string;
  similarity: number;
  how: PartMatchKind;
}

export interface NameComparison {
  score: number;
  pairs: PartPair[];
  /** Share of the query's distinctive parts whose sound (phonetic key or skeleton) the candidate shares. */
  phonetic: number;
  /** Query parts with no partner (distinctive ones only). */
  unmatched: string[];
}

/** Edits needed at least to turn one letter bag into the other. */
function countGap(a: string, b: string): number {
  let more = 0;
  let less = 0;
  for (let k = 0; k < 27; k++) {
    const d = a.charCodeAt(k) - b.charCodeAt(k);
    if (d > 0) more += d;
    else less -= d;
  }
  return Math.max(more, less);
}

export function joinedSimilarity(q: ParsedName, c: ParsedName): number {
  let best = 0;
  for (let i = 0; i < q.joinedForms.length; i++) {
    const a = q.joinedForms[i] as string;
    for (let j = 0; j < c.joinedForms.length; j++) {
      const b = c.joinedForms[j] as string;
      const allowed = Math.floor(Math.max(a.length, b.length) / 10);
      // The length gap is a lower bound on the letter-count gap, and cheaper.
      if (Math.abs(a.length - b.length) > allowed) continue;
      if (countGap(q.joinedCounts[i] as string, c.joinedCounts[j] as string) > allowed) continue;
      const s = typoSimilarity(a, b, allowed);
      if (s > best) best = s;
    }
  }
  return best;
}

/** Slavic and Turkic patronymics (Vladimirovich, Ivanovna, Aliyevich, Mammad oglu): left out of one form as often as not. */
const PATRONYMIC = /(?:vich|vna|vic|ogly|oglu|ovych|ivna)$/;

// Scratch buffers for the similarity matrix: names have few parts, and
// screening is synchronous, so one buffer serves every comparison.
let SIM = new Float64Array(256);
let Q_USED = new Uint8Array(64);
let C_USED = new Uint8Array(64);

/** Joins on one side: adjacent pairs of `pairSide` against single parts of `oneSide`. */
function joinSide(
  pairSide: NamePart[],
  pairUsed: Uint8Array,
  oneSide: NamePart[],
  oneUsed: Uint8Array,
  fromQuery: boolean,
  opts: NameCompareOptions,
  cache: PartCache,
  detail?: NameComparison,
): number {
  let gained = 0;
  for (let i = 0; i + 1 < pairSide.length; i++) {
    const a = pairSide[i] as NamePart;
    const b = pairSide[i + 1] as NamePart;
    if (pairUsed[i] || pairUsed[i + 1] || a.kind !== 'name' || b.kind !== 'name') continue;
    const joined = (a.forms[0] ?? '') + (b.forms[0] ?? '');
    for (let j = 0; j < oneSide.length; j++) {
      if (oneUsed[j]) continue;
      const o = oneSide[j] as NamePart;
      const s = joinGrade(a, b, o, opts, joined);
      if (s === 0) continue;
      pairUsed[i] = pairUsed[i + 1] = oneUsed[j] = 1;
      gained += s * (cache.weight(a) + cache.weight(b) + cache.weight(o));
      if (detail)
        detail.pairs.push({
          query: fromQuery ? `${a.text} ${b.text}` : o.text,
          candidate: fromQuery ? o.text : `${a.text} ${b.text}`,
          similarity: s,
          how: 'joined',
        });
      break;
    }
  }
  return gained;
}

/**
 * Two adjacent unaligned parts on one side against one unaligned part on the
 * other: Akhund Zada = Akhundzada, Bin Laden = Binladen inside longer names.
 */
function joinLeftovers(
  q: ParsedName,
  c: ParsedName,
  opts: NameCompareOptions,
  cache: PartCache,
  detail?: NameComparison,
): number {
  return (
    joinSide(q.parts, Q_USED, c.parts, C_USED, true, opts, cache, detail) +
    joinSide(c.parts, C_USED, q.parts, Q_USED, false, opts, cache, detail)
  );
}

/** An organisation's acronym against the initials of the other's words (IRGC ~ Islamic Revolutionary Guard Corps). */
export function acronymSimilarity(q: ParsedName, c: ParsedName, opts: NameCompareOptions): number {
  return Math.max(acronymOf(q, c, opts), acronymOf(c, q, opts));
}

/** `short` as an acronym (one word of 3–8 letters, legal forms aside) of `long`'s initials. */
function acronymOf(short: ParsedName, long: ParsedName, opts: NameCompareOptions): number {
  // The initials are '' or 3 letters and more: without them, no word can be their acronym.
  if (!short.orgLike || long.initials.length < 3) return 0;
  let word = '';
  let names = 0;
  for (const p of short.parts) {
    if (p.kind === 'legal') continue;
    if (++names === 1) word = p.forms[0] ?? '';
  }
  if (names !== 1) word = '';
  if (word.length < 3 || word.length > 8) return 0;
  if (long.initials !== word && long.initialsBare !== word) return 0;
  return word.length >= 4 ? opts.acronym4 : opts.acronym3;
}

/**
 * Score of a query name against a candidate name: greedy one-to-one alignment
 * of parts (best pair first), then a Dice-style coverage of both sides.
 * Fills `pairs` when given (for explanations); the hot path passes none.
 */
export function nameScore(
  q: ParsedName,
  c: ParsedName,
  cache: PartCache,
  opts: NameCompareOptions = NAME_DEFAULTS,
  detail?: NameComparison,
): number {
  const n = q.parts.length;
  const m = c.parts.length;
  if (n * m > SIM.length) SIM = new Float64Array(n * m * 2);
  if (n > Q_USED.length || m > C_USED.length) {
    Q_USED = new Uint8Array(Math.max(n, m) * 2);
    C_USED = new Uint8Array(Math.max(n, m) * 2);
  }
  const qp = q.parts;
  const cp = c.parts;
  const slots = cache.slotsOf(q);
  for (let j = 0; j < m; j++) {
    const part = cp[j] as NamePart;
    const row = cache.row(part);
    for (let i = 0; i < n; i++) {
      const s = cache.at(row, slots[i] as number, part);
      SIM[i * m + j] = s >= opts.alignThreshold ? s : 0;
    }
  }
  let matched = 0;
  let distinctive = false;
  let exact = false;
  let rarest = 0;
  let sounding = 0;
  Q_USED.fill(0, 0, n);
  C_USED.fill(0, 0, m);
  for (let k = Math.min(n, m); k > 0; k--) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let x = 0; x < n * m; x++) {
      const s = SIM[x] as number;
      if (s > best) {
        best = s;
        bi = x;
      }
    }
    if (bi < 0) break;
    bj = bi % m;
    bi = (bi - bj) / m;
    for (let j = 0; j < m; j++) SIM[bi * m + j] = 0;
    for (let i = 0; i < n; i++) SIM[i * m + bj] = 0;
    Q_USED[bi] = 1;
    C_USED[bj] = 1;
    const a = qp[bi] as NamePart;
    const b = cp[bj] as NamePart;
    const sim = best;
    matched += sim * (cache.weight(a) + cache.weight(b));
    if (a.kind === 'name' && b.kind === 'name' && !a.initial) {
      distinctive = true;
      if (sim >= 0.97) exact = true;
      rarest = Math.max(rarest, cache.rarity(a));
    }
    if (a.kind === 'name') sounding++;
    if (detail)
      detail.pairs.push({ query: a.text, candidate: b.text, similarity: sim, how: cache.how(a, b) });
  }
  if (n > 1 || m > 1) {
    let gained = joinLeftovers(q, c, opts, cache, detail);
    if ((qp[0]?.script === 'latin') !== (cp[0]?.script === 'latin'))
      gained +=
        joinAcrossScripts(qp, Q_USED, cp, C_USED, true, opts, cache, detail, cache.runSlotsOf(q)) +
        joinAcrossScripts(cp, C_USED, qp, Q_USED, false, opts, cache, detail);
    if (gained > 0) {
      distinctive = true;
      rarest = 1;
    }
    matched += gained;
  }
  // Parts left unaligned weigh at least a floor: a common part left out still costs, an extra generic word counts against.
  let total = 0;
  let qNames = 0;
  let leftover = false;
  // "Company" said or not says nothing; a left-over Credit, Trust or Shipping does.
  const unmatched = (p: NamePart) => {
    if (p.kind === 'name' && !p.initial) leftover = true;
    return unmatchedWeight(p, cache.weight(p), opts);
  };
  for (let i = 0; i < n; i++) {
    const p = qp[i] as NamePart;
    total += Q_USED[i] ? cache.weight(p) : unmatched(p);
    if (p.kind === 'name') qNames++;
  }
  for (let j = 0; j < m; j++)
    total += C_USED[j] ? cache.weight(cp[j] as NamePart) : unmatched(cp[j] as NamePart);
  let score = total > 0 ? matched / total : 0;
  // A part left over that is another listed name close to a candidate part left over contradicts (Marin, not Martin).
  if (cache.tokens && leftover) {
    for (let i = 0; i < n; i++) {
      if (Q_USED[i]) continue;
      for (let j = 0; j < m; j++) {
        if (!C_USED[j] && cache.how(qp[i] as NamePart, cp[j] as NamePart) === 'near') {
          score -= opts.contradiction;
          break;
        }
      }
    }
  }
  // Distinctive parts left over on both sides: another given name (Hannibal, not Mohammed, Muammar Qadhafi), not an omission.
  if (cache.tokens && leftover && distinctive && qp[0]?.script === cp[0]?.script) {
    let qLeft = false;
    let cLeft = false;
    for (let i = 0; i < n; i++)
      if (!Q_USED[i] && (qp[i] as NamePart).kind === 'name' && !(qp[i] as NamePart).initial) qLeft = true;
    for (let j = 0; j < m; j++)
      if (!C_USED[j] && (cp[j] as NamePart).kind === 'name' && !(cp[j] as NamePart).initial) cLeft = true;
    if (qLeft && cLeft) score -= opts.bothLeftOver;
  }
  // A one-word listed name (a mononym or a one-word alias) says only that word: the query's other words are unconfirmed.
  if (leftover && !c.orgLike && c.words === 1 && q.words >= 2) score *= opts.oneWordDiscount;
  // Nothing agrees exactly in one script, and the listed name has a part left over (a patronymic aside): spelling and omission at once.
  if (leftover && distinctive && !exact && qp[0]?.script === cp[0]?.script) {
    for (let j = 0; j < m; j++) {
      const p = cp[j] as NamePart;
      if (!C_USED[j] && p.kind === 'name' && !p.initial && !PATRONYMIC.test(p.text)) {
        score *= opts.inexactDiscount;
        break;
      }
    }
  }
  if (!distinctive) score = Math.min(score, opts.genericCeiling);
  // Only common parts agree and some are left over: Mohammed Ali Hassan is not shown to be Ali Hassan.
  else if (cache.tokens && leftover && rarest < opts.commonRarity) score *= opts.commonDiscount;
  if (detail) {
    detail.phonetic = qNames > 0 ? Math.min(1, sounding / qNames) : 0;
    const aligned = new Set(detail.pairs.flatMap((p) => p.query.split(' ')));
    detail.unmatched = qp.filter((p) => p.kind === 'name' && !aligned.has(p.text)).map((p) => p.text);
  }
  if (score < 1) {
    const acronym = q.initials.length || c.initials.length ? acronymSimilarity(q, c, opts) : 0;
    if (acronym > score) {
      score = acronym;
      if (detail) {
        detail.pairs = [{ query: q.raw, candidate: c.raw, similarity: acronym, how: 'acronym' }];
        detail.unmatched = [];
      }
    }
    // Whole names compare joined only when they are cut into parts differently (Bin Laden ~ Binladen):
    // with as many parts on both sides, the parts have spoken (Ahmad Halim is not Ahmad Salim).
    const joined = q.parts.length !== c.parts.length || q.parts.length === 1 ? joinedSimilarity(q, c) : 0;
    if (joined > score) {
      score = joined;
      if (detail) {
        detail.pairs = [{ query: q.joined, candidate: c.joined, similarity: joined, how: 'joined' }];
        detail.unmatched = [];
      }
    }
  }
  if (detail) detail.score = score;
  return score;
}

/** Compare a query name with a candidate name, with the aligned pairs as evidence. */
export function compareNames(
  q: ParsedName,
  c: ParsedName,
  opts: NameCompareOptions = NAME_DEFAULTS,
  cache: PartCache = new PartCache(opts),
): NameComparison {
  const detail: NameComparison = { score: 0, pairs: [], phonetic: 0, unmatched: [] };
  nameScore(q, c, cache, opts, detail);
  return detail;
}
