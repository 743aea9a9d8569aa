// The book index's second bound, from each counterparty's own parts, kept as
// numbers into a table of the book's distinct parts: each part of a list name
// is compared once with each distinct book part it meets (not once per
// counterparty), and the aligned weight the best pairs could reach, over the
// weight of both names, bounds the name score.

import { comparePart, NAME_DEFAULTS } from '../match/name-compare.js';
import { namePart, type NamePart, type PartKind, type ParsedName } from '../match/normalise.js';
import { PartCache } from '../match/part-cache.js';
import { joinGrade, lengthsMeet } from '../match/part-compare.js';
import { typoSimilarity } from '../match/distance.js';
import { partWeight } from './book-keys.js';
import { NearForms } from './book-near.js';

/** Part similarities are kept as steps of 1/SIM_SCALE, rounded up; UNKNOWN: not computed. */
const SIM_SCALE = 250;
const UNKNOWN = 255;
/** Entries of the similarity tables (list part × book part, one byte each) kept at most. */
const SIMILARITY_BUDGET = 64_000_000;
/** Flags of a book part in partInfo(). */
const T_READY = 1;
const T_NAME = 2;
const T_DISTINCT = 4;
const T_LATIN = 8;

export const KINDS: PartKind[] = ['name', 'particle', 'generic', 'legal'];

/** Whole-name spellings other than the parts' first forms joined (see joinedOf). */
const RAW_JOINED = 1 << 30;
const LENGTH_MASK = 0x7fff;

/**
 * Lengths of a name's whole-name spellings, packed (lowest | highest << 15),
 * with RAW_JOINED when they are not all remade by joinedOf from its parts; 0: none.
 */
export function joinedLengths(name: ParsedName): number {
  let lo = Infinity;
  let hi = 0;
  for (const f of name.joinedForms) {
    lo = Math.min(lo, f.length);
    hi = Math.max(hi, f.length);
  }
  if (!hi) return 0;
  const remade = joinedOf(name.parts);
  const raw = name.joinedForms.some((f) => !remade.includes(f)) ? RAW_JOINED : 0;
  return Math.min(lo, LENGTH_MASK) | (Math.min(hi, LENGTH_MASK) << 15) | raw;
}

/** A name's whole-name spellings as its parts give them: first forms joined, and a lone name part's forms. */
function joinedOf(parts: readonly NamePart[]): string[] {
  let joined = '';
  for (const p of parts) if (p.kind !== 'legal') joined += p.forms[0] ?? '';
  const only = parts.length === 1 && parts[0]?.kind === 'name' ? parts[0].forms : [];
  return [...new Set([joined, ...only])].filter((f) => f.length >= 5);
}

/** Could a whole-name spelling of a length in [lo, hi] be within the typo distance joined names allow of one of length b? */
function joinedMeet(lo: number, hi: number, b: number): boolean {
  const a = Math.min(Math.max(b, lo), hi);
  return Math.abs(a - b) <= Math.floor(Math.max(a, b) / 10);
}

/** A book's names as runs of part numbers, and its distinct parts (as stored in the index). */
export interface BookPartArrays {
  /** Per ordinal, its names as runs [part count, joined lengths, part numbers…] in `entryParts`. */
  entryStart: Uint32Array;
  entryParts: Uint32Array;
  /** The book's distinct parts: kind (KINDS index) and folded text (UTF-16 units). */
  partKind: Uint8Array;
  partTextStart: Uint32Array;
  partText: Uint16Array;
}

export class BookParts {
  private readonly entryStart: Uint32Array;
  private readonly entryParts: Uint32Array;
  private readonly partKind: Uint8Array;
  private readonly partTextStart: Uint32Array;
  private readonly partText: Uint16Array;
  private parts: (NamePart | undefined)[];

  constructor(a: BookPartArrays) {
    this.entryStart = a.entryStart;
    this.entryParts = a.entryParts;
    this.partKind = a.partKind;
    this.partTextStart = a.partTextStart;
    this.partText = a.partText;
    this.parts = new Array<NamePart | undefined>(a.partKind.length);
  }

  /** A distinct book part as the matcher's part (made once per index). */
  private part(t: number): NamePart {
    let p = this.parts[t];
    if (!p) {
      const text = String.fromCharCode(
        ...this.partText.subarray(this.partTextStart[t], this.partTextStart[t + 1]),
      );
      p = namePart(text, KINDS[this.partKind[t] as number] as PartKind);
      this.parts[t] = p;
    }
    return p;
  }

  /**
   * The most the token-free name score of a list name (total part weight
   * `wq`) can reach against any name of a counterparty, from the
   * counterparty's parts. Every part, on either side, is aligned at most once
   * (with one part, or in a join of two adjacent name parts with one), and
   * adds at most its weight times its best similarity (1 in a join whose
   * lengths allow it); without a possible join the tighter sum over best
   * pairs holds too (the lesser of the two sides' sums). Every part on both
   * sides counts in the total. The whole-name comparison (names cut into
   * parts differently) is computed exactly; names in different scripts count
   * as 1; shared whole-name keys never reach here (the first bound keeps
   * them).
   */
  bound(name: ParsedName, wq: number): (e: number) => number {
    const qs = name.parts;
    const P = qs.length;
    const T = this.partKind.length;
    const latin = qs[0]?.script === 'latin';
    const qJoined = name.joinedForms.map((f) => f.length);
    const qWeight = qs.map(partWeight);
    const qName = qs.map((p) => p.kind === 'name');
    const tables = qs.map((q) => this.similarityTable(q));
    // The list name's adjacent name pairs, by the length of their first forms joined.
    const qPairs: number[] = [];
    for (let i = 0; i + 1 < P; i++)
      if (qName[i] && qName[i + 1])
        qPairs.push(i, (qs[i]!.forms[0] ?? '').length + (qs[i + 1]!.forms[0] ?? '').length);
    const { genericCeiling } = NAME_DEFAULTS;
    const rowBest = new Float64Array(P);
    const rowPair = new Float64Array(P);
    const qJoin = new Float64Array(P);
    let cJoin = new Float64Array(8);
    // Join similarities met so far: (list pair, book part) and (book pair, list part).
    const listJoins = new Map<number, number>();
    const bookJoins = new Map<number, Float64Array>();
    const { entryStart, entryParts } = this;
    const info = this.partInfo();
    const { weight: tw, flags: tf } = info;
    const sim = (i: number, t: number): number => {
      const table = tables[i] as Uint8Array;
      let v = table[t] as number;
      if (v === UNKNOWN) v = this.fillSimilarity(table, qs[i] as NamePart, t);
      return v / SIM_SCALE;
    };
    const mark = (i: number, i2: number, k: number, k2: number, s: number): void => {
      if (i >= 0 && s > (qJoin[i] as number)) qJoin[i] = s;
      if (i2 >= 0 && s > (qJoin[i2] as number)) qJoin[i2] = s;
      if (k >= 0 && s > (cJoin[k] as number)) cJoin[k] = s;
      if (k2 >= 0 && s > (cJoin[k2] as number)) cJoin[k2] = s;
    };
    return (e: number): number => {
      let out = 0;
      for (let at = entryStart[e] as number, end = entryStart[e + 1] as number; at < end;) {
        const m = entryParts[at] as number;
        const jl = entryParts[at + 1] as number;
        const from = at + 2;
        at = from + m;
        for (let k = 0; k < m; k++) this.ready(entryParts[from + k] as number);
        if (m && (((tf[entryParts[from] as number] as number) & T_LATIN) !== 0) !== latin) return 1;
        // Whole names compared joined (when cut into parts differently): that similarity, exactly.
        let joined = 0;
        if (jl && (m !== P || m === 1)) {
          const lo = jl & LENGTH_MASK;
          const hi = (jl >>> 15) & LENGTH_MASK;
          let meet = false;
          for (const b of qJoined) if (joinedMeet(lo, hi, b)) meet = true;
          if (meet) {
            if (jl & RAW_JOINED) return 1;
            const own: NamePart[] = [];
            for (let k = 0; k < m; k++) own.push(this.part(entryParts[from + k] as number));
            for (const a of joinedOf(own))
              for (const b of name.joinedForms) {
                const allowed = Math.floor(Math.max(a.length, b.length) / 10);
                if (Math.abs(a.length - b.length) <= allowed)
                  joined = Math.max(joined, typoSimilarity(a, b, allowed));
              }
          }
        }
        // Joins: two adjacent name parts on one side against one name part on the other.
        if (cJoin.length < m) cJoin = new Float64Array(m * 2);
        qJoin.fill(0);
        cJoin.fill(0, 0, m);
        let joins = false;
        for (let x = 0; x < qPairs.length; x += 2) {
          const i = qPairs[x] as number;
          const len = qPairs[x + 1] as number;
          for (let k = 0; k < m; k++) {
            const t = entryParts[from + k] as number;
            if (!((tf[t] as number) & T_NAME) || !info.meets(t, len)) continue;
            const key = i * T + t;
            let s = listJoins.get(key);
            if (s === undefined)
              listJoins.set(key, (s = joinGrade(qs[i]!, qs[i + 1]!, this.part(t), NAME_DEFAULTS)));
            if (s) {
              joins = true;
              mark(i, i + 1, k, -1, s);
            }
          }
        }
        for (let k = 0; k + 1 < m; k++) {
          const t1 = entryParts[from + k] as number;
          const t2 = entryParts[from + k + 1] as number;
          if (!((tf[t1] as number) & T_NAME) || !((tf[t2] as number) & T_NAME)) continue;
          const len = (info.length[t1] as number) + (info.length[t2] as number);
          let sims: Float64Array | undefined;
          for (let i = 0; i < P; i++) {
            if (!qName[i] || !lengthsMeet(len, qs[i]!.forms)) continue;
            if (!sims) {
              const key = t1 * T + t2;
              sims = bookJoins.get(key);
              if (!sims) bookJoins.set(key, (sims = new Float64Array(P).fill(NaN)));
            }
            let s = sims[i] as number;
            if (s !== s) sims[i] = s = joinGrade(this.part(t1), this.part(t2), qs[i]!, NAME_DEFAULTS);
            if (s) {
              joins = true;
              mark(-1, i, k, k + 1, s);
            }
          }
        }
        rowBest.fill(0);
        rowPair.fill(0);
        let wc = 0;
        let credit = 0;
        let cols = 0;
        let distinctive = joins;
        for (let k = 0; k < m; k++) {
          const t = entryParts[from + k] as number;
          const w = tw[t] as number;
          const named = ((tf[t] as number) & T_DISTINCT) !== 0;
          wc += w;
          let colSim = cJoin[k] as number;
          let colPair = 0;
          for (let i = 0; i < P; i++) {
            const v = sim(i, t);
            if (v === 0) continue;
            if (v > colSim) colSim = v;
            if (v > (rowBest[i] as number)) rowBest[i] = v;
            const pv = v * (w + (qWeight[i] as number));
            if (pv > colPair) colPair = pv;
            if (pv > (rowPair[i] as number)) rowPair[i] = pv;
            if (named && qName[i]) distinctive = true;
          }
          credit += w * colSim;
          cols += colPair;
        }
        let rows = 0;
        for (let i = 0; i < P; i++) {
          credit += (qWeight[i] as number) * Math.max(rowBest[i] as number, qJoin[i] as number);
          rows += rowPair[i] as number;
        }
        let matched = credit;
        if (!joins) matched = Math.min(matched, rows, cols);
        let b = wq + wc > 0 ? matched / (wq + wc) : 0;
        if (!distinctive) b = Math.min(b, genericCeiling);
        b = Math.max(b, joined);
        if (b > out) out = b;
      }
      return out;
    };
  }

  /** Per distinct book part: weight, first-form length, shortest and longest form, kind flags (made as met). */
  private info?: {
    weight: Float32Array;
    length: Uint16Array;
    shortest: Uint16Array;
    longest: Uint16Array;
    flags: Uint8Array;
    meets: (t: number, len: number) => boolean;
  };

  private partInfo(): NonNullable<BookParts['info']> {
    if (this.info) return this.info;
    const T = this.partKind.length;
    const shortest = new Uint16Array(T);
    const longest = new Uint16Array(T);
    const info = {
      weight: new Float32Array(T),
      length: new Uint16Array(T),
      shortest,
      longest,
      flags: new Uint8Array(T),
      // lengthsMeet, with the forms' length range first (allowed edits are at most 3).
      meets: (t: number, len: number) =>
        len + 3 >= (shortest[t] as number) &&
        len - 3 <= (longest[t] as number) &&
        lengthsMeet(len, this.part(t).forms),
    };
    this.info = info;
    return info;
  }

  /** Fills a book part's entry in partInfo() once. */
  private ready(t: number): void {
    const info = this.partInfo();
    if ((info.flags[t] as number) & T_READY) return;
    const p = this.part(t);
    info.weight[t] = partWeight(p);
    info.length[t] = (p.forms[0] ?? '').length;
    let lo = Infinity;
    let hi = 0;
    for (const f of p.forms) {
      lo = Math.min(lo, f.length);
      hi = Math.max(hi, f.length);
    }
    info.shortest[t] = p.forms.length ? lo : 0;
    info.longest[t] = hi;
    info.flags[t] =
      T_READY |
      (p.kind === 'name' ? T_NAME : 0) |
      (p.kind === 'name' && !p.initial ? T_DISTINCT : 0) |
      (p.script === 'latin' ? T_LATIN : 0);
  }

  /** Similarities of one list part to the book's parts, as SIM_SCALE steps rounded up (UNKNOWN: not yet). */
  private similarityTable(q: NamePart): Uint8Array {
    let t = this.tables.get(q.id);
    if (!t) {
      const T = this.partKind.length;
      if ((this.tables.size + 1) * T > SIMILARITY_BUDGET) this.tables.clear();
      t = new Uint8Array(T).fill(UNKNOWN);
      this.tables.set(q.id, t);
    }
    return t;
  }

  private near?: NearForms;

  /** Spellings of the book's name parts one edit from a spelling of `q` (see NearForms). */
  nearForms(q: NamePart): string[] {
    this.near ??= new NearForms(this.partKind.length, (t) => {
      if (KINDS[this.partKind[t] as number] !== 'name') return [];
      const p = this.part(t);
      return p.initial ? [] : p.forms;
    });
    return this.near.of(q);
  }

  private tables = new Map<number, Uint8Array>();
  private readonly vocabulary = new PartCache(NAME_DEFAULTS);

  private fillSimilarity(table: Uint8Array, q: NamePart, t: number): number {
    // The score's orientation: the counterparty's part is the query's; the token-free score's
    // vocabulary knows no listed names.
    const s = comparePart(this.part(t), q, NAME_DEFAULTS, this.vocabulary)[0];
    // Rounded up: the bound stays a bound.
    const v = s < NAME_DEFAULTS.alignThreshold ? 0 : Math.min(SIM_SCALE, Math.ceil(s * SIM_SCALE - 1e-9));
    table[t] = v;
    return v;
  }
}
