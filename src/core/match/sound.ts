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

/** Weighted edit cost between two symbol strings; once every path costs more than `max`, some value above `max`. */
export function soundCost(a: string, b: string, max = Infinity): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > row0.length) {
    row0 = new Float64Array(m + 1);
    row1 = new Float64Array(m + 1);
  }
  let prev = row0;
  let curr = row1;
  prev[0] = 0;
  for (let j = 1; j <= m; j++)
    prev[j] =
      (prev[j - 1] as number) + indel(b.charCodeAt(j - 1) & 127, j > 1 ? b.charCodeAt(j - 2) & 127 : -1);
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1) & 127;
    const da = indel(ca, i > 1 ? a.charCodeAt(i - 2) & 127 : -1);
    const row = ca * 128;
    curr[0] = (prev[0] as number) + da;
    let rowMin = curr[0] as number;
    let cbPrev = -1;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1) & 127;
      const v = Math.min(
        (prev[j] as number) + da,
        (curr[j - 1] as number) + indel(cb, cbPrev),
        (prev[j - 1] as number) + (SUB[row + cb] as number),
      );
      cbPrev = cb;
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
 * Whether soundCost(a, b) surely exceeds `max`: every symbol of `a` costs at
 * least the cheaper of leaving it out and its cheapest substitution, and a
 * symbol none of whose near sounds `b` holds substitutes for a whole edit.
 */
function unpaired(a: string, b: string, max: number): boolean {
  let lo = 0;
  let hi = 0;
  for (let j = 0; j < b.length; j++) {
    const c = b.charCodeAt(j) & 127;
    if (c < 96) lo |= symbolBit(c);
    else hi |= symbolBit(c);
  }
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

/**
 * 1 − weighted edits / length of the longer spelling, on sound symbols (0
 * when either has fewer than 3). With `floor`, a value below it may come back
 * as 0: the work stops once the floor cannot be reached. With `sameStart`,
 * two spellings whose first consonants differ (h aside) are not compared.
 */
export function soundSimilarity(a: string, b: string, floor = 0, sameStart = false): number {
  if (a.length < 3 || b.length < 3) return 0;
  const length = Math.max(a.length, b.length);
  if (sameStart) {
    const a0 = a.charCodeAt(0) & 127;
    const b0 = b.charCodeAt(0) & 127;
    // Two different first consonants (h aside, which may be silent) cost a whole edit: not compared.
    if ((SUB[a0 * 128 + b0] as number) >= 1 && a0 !== H && b0 !== H) return 0;
  }
  const max = (1 - floor) * length + 1e-9;
  if (floor > 0 && (unpaired(a, b, max) || unpaired(b, a, max))) return 0;
  const cost = soundCost(a, b, max);
  return cost > max ? 0 : Math.max(0, 1 - cost / length);
}
