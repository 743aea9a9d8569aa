// A sound-weighted edit distance between a reading of a non-Latin name part
// and a Latin spelling. Romanisations of one name differ in predictable ways:
// vowels written or not (Arabic, Hebrew), vowels a script adds between
// consonants (Japanese kana, Thai), letters for neighbouring sounds (b/p/v,
// k/q/g, s/z/sh, l/r, j/zh/dzh) and doubled letters. Each of those costs a
// fraction of an edit here; any other difference costs a whole one.

/** Latin letter groups read as one sound, longest first; each becomes one symbol. */
const DIGRAPHS: [string, string][] = [
  // Russian щ as English, German, Polish, Dutch and Swedish write it.
  ['schtsch', 'SC'],
  ['shch', 'SC'],
  ['szcz', 'SC'],
  ['sjtsj', 'SC'],
  ['sjtj', 'SC'],
  ['tsch', 'C'],
  ['sch', 'S'],
  ['tch', 'C'],
  ['tsj', 'C'],
  // Polish sz, cz; Dutch and Swedish sj, tj; Dutch oe.
  ['sz', 'S'],
  ['cz', 'C'],
  ['sj', 'S'],
  ['tj', 'C'],
  ['oe', 'u'],
  ['dzh', 'J'],
  ['sh', 'S'],
  ['ch', 'C'],
  ['zh', 'Z'],
  ['kh', 'X'],
  ['gh', 'G'],
  ['th', 'T'],
  ['dh', 'D'],
  ['ph', 'f'],
  ['ts', 'Q'],
  ['tz', 'Q'],
  ['dj', 'J'],
  ['ck', 'k'],
  ['x', 'ks'],
  ['q', 'k'],
  ['j', 'J'],
];

/** A spelling as sound symbols: digraphs merged, anything but letters dropped. */
export function soundSymbols(spelling: string): string {
  let out = '';
  const s = spelling.toLowerCase();
  for (let i = 0; i < s.length;) {
    let hit: [string, string] | undefined;
    for (const d of DIGRAPHS) {
      if (s.startsWith(d[0], i)) {
        hit = d;
        break;
      }
    }
    if (hit) {
      out += hit[1];
      i += hit[0].length;
      continue;
    }
    const c = s[i] as string;
    if (c >= 'a' && c <= 'z') out += c;
    i++;
  }
  return out;
}

const VOWELS = 'aeiouy';
const isVowel = (c: string) => VOWELS.includes(c);

/**
 * Substitution costs between sounds a romanisation may write either way
 * (symmetric; pairs not listed cost 1 between consonants, 0.45 between vowels).
 */
const NEAR: [string, number][] = [
  // Vowels: written differently across languages (e/i, o/u, a/e), y as i.
  ['ei', 0.2],
  ['iy', 0.1],
  ['ou', 0.2],
  ['ae', 0.25],
  ['ey', 0.3],
  ['eo', 0.3],
  ['uw', 0.3],
  ['uv', 0.3],
  ['ow', 0.35],
  // Labials: Arabic has no p or v, Spanish b/v, German w.
  ['bp', 0.2],
  ['bv', 0.2],
  ['vw', 0.1],
  ['fv', 0.3],
  ['fp', 0.3],
  ['bw', 0.3],
  // Velars: k, c, q, hard g; kh and gh.
  ['kc', 0.1],
  ['kg', 0.3],
  ['kX', 0.3],
  ['gG', 0.2],
  ['kG', 0.4],
  ['XG', 0.3],
  ['Xh', 0.2],
  ['Gh', 0.4],
  ['XC', 0.35],
  // Sibilants and affricates: s/z, sh/ch, zh/j, ts, th read as s.
  ['sz', 0.15],
  ['sc', 0.3],
  ['cC', 0.2],
  ['cQ', 0.3],
  ['sS', 0.2],
  ['SC', 0.25],
  ['SZ', 0.25],
  ['ZJ', 0.2],
  ['zZ', 0.3],
  ['zJ', 0.4],
  ['JC', 0.3],
  ['Jg', 0.3],
  ['Jy', 0.4],
  ['Jh', 0.5],
  ['sQ', 0.3],
  ['QC', 0.3],
  ['Ts', 0.3],
  ['Tt', 0.2],
  ['Dd', 0.2],
  ['Dz', 0.3],
  ['TD', 0.3],
  ['td', 0.3],
  // Liquids (Japanese, Korean and Thai readers do not tell l from r), nasals.
  ['lr', 0.3],
  ['mn', 0.4],
];
/** Substitution costs by the two symbols' char codes (symbols are ASCII letters). */
const SUB = new Float64Array(128 * 128).fill(1);
/** Cost of writing or leaving out a symbol, by char code. */
const INDEL = new Float64Array(128).fill(1);
for (let a = 0; a < 128; a++) {
  SUB[a * 128 + a] = 0;
  for (let b = 0; b < 128; b++)
    if (a !== b && isVowel(String.fromCharCode(a)) && isVowel(String.fromCharCode(b)))
      SUB[a * 128 + b] = 0.45;
}
for (const [p, c] of NEAR) {
  const a = p.charCodeAt(0);
  const b = p.charCodeAt(1);
  SUB[a * 128 + b] = c;
  SUB[b * 128 + a] = c;
}
for (const v of VOWELS) INDEL[v.charCodeAt(0)] = 0.3;
INDEL['h'.charCodeAt(0)] = 0.3;
INDEL['w'.charCodeAt(0)] = 0.4;

/** Cost of writing or leaving out symbol `c` (char code) after `prev` in its own spelling: a doubled letter costs 0.1. */
function indel(c: number, prev: number): number {
  return c === prev ? 0.1 : (INDEL[c] as number);
}

const H = 'h'.charCodeAt(0);

let row0 = new Float64Array(64);
let row1 = new Float64Array(64);
/** Per symbol of `b`: its char code and the cost of writing it (soundCost's scratch, filled once a call). */
let bCodes = new Int32Array(64);
let bIndel = new Float64Array(64);

/** Weighted edit cost between two symbol strings; once every path costs more than `max`, some value above `max`. */
export function soundCost(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > row0.length) {
    row0 = new Float64Array(m + 1);
    row1 = new Float64Array(m + 1);
    bCodes = new Int32Array(m + 1);
    bIndel = new Float64Array(m + 1);
  }
  let prev = row0;
  let curr = row1;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) {
    const cb = b.charCodeAt(j - 1) & 127;
    const d = indel(cb, j > 1 ? (bCodes[j - 1] as number) : -1);
    bCodes[j] = cb;
    bIndel[j] = d;
    prev[j] = (prev[j - 1] as number) + d;
  }
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1) & 127;
    const da = indel(ca, i > 1 ? a.charCodeAt(i - 2) & 127 : -1);
    const row = ca * 128;
    curr[0] = (prev[0] as number) + da;
    let rowMin = curr[0] as number;
    for (let j = 1; j <= m; j++) {
      const v = Math.min(
        (prev[j] as number) + da,
        (curr[j - 1] as number) + (bIndel[j] as number),
        (prev[j - 1] as number) + (SUB[row + (bCodes[j] as number)] as number),
      );
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    // Costs only grow down the table: once a whole row is over max, so is the end.
    if (rowMin > max) return rowMin;
    const t = prev;
    prev = curr;
    curr = t;
  }
  return prev[m] as number;
}

/** Bit of a sound symbol (a char code below 128) in a 64-bit set held as two 32-bit words: low word codes 64–95, high word 96–127; others share bit 0. */
const symbolBit = (c: number) => (c >= 64 ? 1 << (c & 31) : 1);
/** Per symbol (char code): the symbols it may be written as for less than a whole edit (itself included), as the two words of symbolBit. */
const NEAR_LO = new Int32Array(128);
const NEAR_HI = new Int32Array(128);
for (let a = 0; a < 128; a++) {
  for (let b = 0; b < 128; b++) {
    if ((SUB[a * 128 + b] as number) >= 1) continue;
    if (b < 96) NEAR_LO[a] = (NEAR_LO[a] as number) | symbolBit(b);
    else NEAR_HI[a] = (NEAR_HI[a] as number) | symbolBit(b);
  }
}

/**
 * Sound masks of a spelling, four words at `at` in `out`: its symbols
 * (symbolBit's two words) and the symbols near one of them (NEAR, itself
 * included). Made once per spelling, they let soundSimilarityOf rule most
 * pairs out without reading either spelling.
 */
export const SOUND_MASK_WORDS = 4;
export function writeSoundMask(s: string, out: Int32Array, at: number): void {
  let lo = 0;
  let hi = 0;
  let nearLo = 0;
  let nearHi = 0;
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j) & 127;
    if (c < 96) lo |= symbolBit(c);
    else hi |= symbolBit(c);
    nearLo |= NEAR_LO[c] as number;
    nearHi |= NEAR_HI[c] as number;
  }
  out[at] = lo;
  out[at + 1] = hi;
  out[at + 2] = nearLo;
  out[at + 3] = nearHi;
}

/** Masks of a spelling joined from two (the union of their symbols and of their near symbols), written at `at`. */
export function joinSoundMasks(
  a: Int32Array,
  ai: number,
  b: Int32Array,
  bi: number,
  out: Int32Array,
  at: number,
): void {
  for (let k = 0; k < SOUND_MASK_WORDS; k++) out[at + k] = (a[ai + k] as number) | (b[bi + k] as number);
}

function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

/**
 * Symbols by the least they cost when nothing near them is on the other side
 * (min(1, INDEL)): a cost per class and the class's symbols as symbolBit
 * words. Bit 0 of each word is shared by several codes and is in no class.
 */
const MISSING_COST: number[] = [];
const MISSING_LO: number[] = [];
const MISSING_HI: number[] = [];
for (let bit = 1; bit < 32; bit++) {
  for (const [code, word] of [
    [64 + bit, 0],
    [96 + bit, 1],
  ] as const) {
    const cost = Math.min(1, INDEL[code] as number);
    let k = MISSING_COST.indexOf(cost);
    if (k < 0) {
      k = MISSING_COST.push(cost) - 1;
      MISSING_LO.push(0);
      MISSING_HI.push(0);
    }
    if (word === 0) MISSING_LO[k] = (MISSING_LO[k] as number) | (1 << bit);
    else MISSING_HI[k] = (MISSING_HI[k] as number) | (1 << bit);
  }
}

/**
 * A lower bound on unpaired's sum, from masks alone: each distinct symbol of
 * one spelling (symbols `lo` `hi`) that is near nothing of the other (near
 * symbols `nearLo` `nearHi`; SUB is symmetric) costs at least once, at its
 * first occurrence, which follows another symbol.
 */
function missingCost(lo: number, hi: number, nearLo: number, nearHi: number): number {
  const xLo = lo & ~nearLo;
  const xHi = hi & ~nearHi;
  let cost = 0;
  for (let k = 0; k < MISSING_COST.length; k++)
    cost +=
      (MISSING_COST[k] as number) *
      (popcount(xLo & (MISSING_LO[k] as number)) + popcount(xHi & (MISSING_HI[k] as number)));
  return cost;
}

/**
 * Whether soundCost(a, b) surely exceeds `max`, given b's symbols `lo` `hi`:
 * every symbol of `a` costs at least the cheaper of leaving it out and its
 * cheapest substitution, and a symbol none of whose near sounds `b` holds
 * substitutes for a whole edit.
 */
function unpairedOf(a: string, lo: number, hi: number, max: number): boolean {
  let cost = 0;
  let prev = -1;
  for (let i = 0; i < a.length; i++) {
    const c = a.charCodeAt(i) & 127;
    if (((NEAR_LO[c] as number) & lo) === 0 && ((NEAR_HI[c] as number) & hi) === 0) {
      cost += Math.min(1, indel(c, prev));
      if (cost > max) return true;
    }
    prev = c;
  }
  return false;
}

/** soundSimilarity's scratch: the masks of the two spellings it reads. */
const SCRATCH = new Int32Array(2 * SOUND_MASK_WORDS);

/**
 * 1 − weighted edits / length of the longer spelling, on sound symbols (0
 * when either has fewer than 3). With `floor`, a value below it may come back
 * as 0: the work stops once the floor cannot be reached. With `sameStart`,
 * two spellings whose first consonants differ (h aside) are not compared.
 */
export function soundSimilarity(a: string, b: string, floor = 0, sameStart = false): number {
  if (a.length < 3 || b.length < 3) return 0;
  if (sameStart) {
    const a0 = a.charCodeAt(0) & 127;
    const b0 = b.charCodeAt(0) & 127;
    // Two different first consonants (h aside, which may be silent) cost a whole edit: not compared.
    if ((SUB[a0 * 128 + b0] as number) >= 1 && a0 !== H && b0 !== H) return 0;
  }
  writeSoundMask(a, SCRATCH, 0);
  writeSoundMask(b, SCRATCH, SOUND_MASK_WORDS);
  return soundSimilarityOf(a, SCRATCH, 0, b, SCRATCH, SOUND_MASK_WORDS, floor);
}

/**
 * soundSimilarity(a, b, floor) for spellings with their sound masks
 * (writeSoundMask, at `ai` in `am` and `bi` in `bm`): the same value, with
 * most pairs that cannot reach the floor ruled out from the masks alone.
 */
export function soundSimilarityOf(
  a: string,
  am: Int32Array,
  ai: number,
  b: string,
  bm: Int32Array,
  bi: number,
  floor: number,
): number {
  if (a.length < 3 || b.length < 3) return 0;
  const length = Math.max(a.length, b.length);
  const max = (1 - floor) * length + 1e-9;
  if (floor > 0) {
    const aLo = am[ai] as number;
    const aHi = am[ai + 1] as number;
    const bLo = bm[bi] as number;
    const bHi = bm[bi + 1] as number;
    if (
      missingCost(aLo, aHi, bm[bi + 2] as number, bm[bi + 3] as number) > max ||
      missingCost(bLo, bHi, am[ai + 2] as number, am[ai + 3] as number) > max ||
      unpairedOf(a, bLo, bHi, max) ||
      unpairedOf(b, aLo, aHi, max)
    )
      return 0;
  }
  const cost = soundCost(a, b, max);
  return cost > max ? 0 : Math.max(0, 1 - cost / length);
}
