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
const COST = new Map<string, number>();
for (const [p, c] of NEAR) {
  COST.set(p, c);
  COST.set(`${p[1]}${p[0]}`, c);
}

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  const c = COST.get(a + b);
  if (c !== undefined) return c;
  return isVowel(a) && isVowel(b) ? 0.45 : 1;
}

/** Cost of writing or leaving out symbol `c` (whose neighbour in its own spelling is `prev`). */
function indel(c: string, prev: string | undefined): number {
  if (c === prev) return 0.1; // a doubled letter
  if (isVowel(c)) return 0.3;
  if (c === 'h') return 0.3;
  if (c === 'w') return 0.4;
  return 1;
}

let row0 = new Float64Array(64);
let row1 = new Float64Array(64);

/** Weighted edit cost between two symbol strings. */
export function soundCost(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  if (m + 1 > row0.length) {
    row0 = new Float64Array(m + 1);
    row1 = new Float64Array(m + 1);
  }
  let prev = row0;
  let curr = row1;
  prev[0] = 0;
  for (let j = 1; j <= m; j++) prev[j] = (prev[j - 1] as number) + indel(b[j - 1] as string, b[j - 2]);
  for (let i = 1; i <= n; i++) {
    const ca = a[i - 1] as string;
    const da = indel(ca, a[i - 2]);
    curr[0] = (prev[0] as number) + da;
    for (let j = 1; j <= m; j++) {
      const cb = b[j - 1] as string;
      const v = Math.min(
        (prev[j] as number) + da,
        (curr[j - 1] as number) + indel(cb, b[j - 2]),
        (prev[j - 1] as number) + substitution(ca, cb),
      );
      curr[j] = v;
    }
    const t = prev;
    prev = curr;
    curr = t;
  }
  return prev[m] as number;
}

/** 1 − weighted edits / length of the longer spelling, on sound symbols (0 when either has fewer than 3). */
export function soundSimilarity(a: string, b: string): number {
  if (a.length < 3 || b.length < 3) return 0;
  return Math.max(0, 1 - soundCost(a, b) / Math.max(a.length, b.length));
}
