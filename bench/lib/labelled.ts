// A labelled set of name pairs built from the real lists: aliases of one
// listed entry are positives, different entries sharing name parts (or a
// one-letter change away) are hard negatives, and listed names rewritten in
// other scripts, spellings, orders and forms are positives of their category.
// Deterministic: every choice is keyed by a hash of the entry id, and the
// tune / held-out split is by that hash too (30 % tune).
import { foldText, scriptOf, skeleton, phoneticKey, editDistance } from '../../src/core/match/index.js';
import { KOREAN_SURNAMES } from '../../src/core/match/data/name-readings.js';
import type { Entity } from '../../src/core/model/entity.js';
import { transcribe, type TargetScript } from './transcribe.js';

export interface LabelledPair {
  category: string;
  /** Script of the side that is not Latin ('latin' when both are). */
  script: string;
  schema: string;
  a: string;
  b: string;
  /** Name-part fields standing in for `a` (firstName, middleName, lastName), when the category is about them. */
  fields?: Record<string, string[]>;
  label: 0 | 1;
  split: 'tune' | 'held-out';
  /** Entry id (or the pair of ids) the pair comes from. */
  source: string;
}

/** FNV-1a, 32 bits. */
export function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

const splitOf = (key: string): 'tune' | 'held-out' => (hash(`split:${key}`) % 10 < 3 ? 'tune' : 'held-out');

/** A deterministic pseudo-random stream for one key. */
function rng(key: string): () => number {
  let x = hash(key) || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}

const NAME_PROPS = ['name', 'alias', 'weakAlias', 'previousName'];
const isLatin = (s: string) => {
  const f = foldText(s);
  return f !== '' && f.split(' ').every((w) => scriptOf(w) === 'latin');
};
const scriptName = (s: string): string => {
  const f = foldText(s);
  const w = f.split(' ').find((x) => scriptOf(x) !== 'latin' && scriptOf(x) !== 'other');
  if (!w) return 'latin';
  const sc = scriptOf(w);
  // Persian is Arabic script with Persian letters.
  if (sc === 'arabic' && /[پچژگکی]/.test(s)) return 'persian';
  return sc;
};

function namesOf(e: Entity): string[] {
  return [...new Set(NAME_PROPS.flatMap((p) => e.properties[p] ?? []))].filter(
    (n) => n.length <= 120 && !/\(|original script/i.test(n),
  );
}

/** "LAST, First" → words in "First LAST" order, folded to letters. */
function wordsOf(name: string): string[] {
  const i = name.indexOf(',');
  const ordered = i > 0 && name.indexOf(',', i + 1) < 0 ? `${name.slice(i + 1)} ${name.slice(0, i)}` : name;
  return foldText(ordered).split(' ').filter(Boolean);
}

const PARTICLES = new Set([
  'al',
  'el',
  'bin',
  'ibn',
  'bint',
  'abu',
  'van',
  'von',
  'de',
  'der',
  'da',
  'di',
  'du',
  'la',
  'le',
]);

function sharesPart(a: string, b: string): boolean {
  const sa = new Set(
    wordsOf(a)
      .filter((w) => w.length > 2 && !PARTICLES.has(w))
      .map(skeleton),
  );
  return wordsOf(b).some((w) => w.length > 2 && !PARTICLES.has(w) && sa.has(skeleton(w)));
}

const TITLES = ['President', 'Sheikh', 'Dr', 'General', 'Mr', 'Haji', 'Mullah', 'Colonel', 'Prof.', 'Imam'];

/** Spelling substitutions seen between romanisations of one name. */
const RESPELL: [RegExp, string][] = [
  [/ou/, 'u'],
  [/u/, 'ou'],
  [/ee/, 'i'],
  [/i(?=[^aeiou])/, 'ee'],
  [/kh/, 'h'],
  [/q/, 'k'],
  [/k/, 'q'],
  [/y/, 'i'],
  [/i$/, 'y'],
  [/ov$/, 'off'],
  [/ev$/, 'ew'],
  [/j/, 'dj'],
  [/sh/, 'ch'],
  [/ch/, 'tch'],
  [/w/, 'v'],
  [/v/, 'w'],
  [/ph/, 'f'],
  [/f/, 'ph'],
  [/c(?=[aou])/, 'k'],
  [/([bdfglmnprst])\1/, '$1'],
  [/([aeiou])([bdlmnrst])([aeiou])/, '$1$2$2$3'],
  [/e/, 'a'],
  [/a/, 'e'],
  [/o/, 'u'],
  [/ie/, 'iye'],
];

const ABBREV: [RegExp, string][] = [
  [/\bCOMPANY\b/i, 'COMP'],
  [/\bCOMPANY\b/i, 'CO'],
  [/\bGROUP\b/i, 'GRP'],
  [/\bTECHNOLOGY\b/i, 'TECH'],
  [/\bTECHNOLOGIES\b/i, 'TECH'],
  [/\bSERVICES\b/i, 'SRVCES'],
  [/\bINTERNATIONAL\b/i, 'INTL'],
  [/\bCORPORATION\b/i, 'CORP'],
  [/\bLIMITED\b/i, 'LTD'],
  [/\bINDUSTRIES\b/i, 'IND'],
  [/\bTRADING\b/i, 'TRDG'],
  [/\bMANAGEMENT\b/i, 'MGMT'],
  [/\bENGINEERING\b/i, 'ENG'],
  [/\bDEVELOPMENT\b/i, 'DEV'],
  [/\bLTD\b\.?/i, 'LIMITED'],
  [/\bLLC\b/i, 'LIMITED LIABILITY COMPANY'],
  [/\bCO\b\.?/i, 'COMPANY'],
  [/\bINC\b\.?/i, 'INCORPORATED'],
  [/\bS\.?A\.?$/i, 'SOCIEDAD ANONIMA'],
  [/\bGMBH\b/i, 'GESELLSCHAFT MIT BESCHRANKTER HAFTUNG'],
  [/\bJSC\b/i, 'JOINT STOCK COMPANY'],
  [/\bAG$/i, 'AKTIENGESELLSCHAFT'],
];
const LEGAL_TAIL = /\s+(AG|SA|LTD|LLC|INC|GMBH|CO|PLC|JSC|OOO|SRL|BV|NV)\.?$/i;

function typo(word: string, r: () => number): string {
  const i = Math.floor(r() * word.length);
  const kind = Math.floor(r() * 4);
  const letter = 'abcdefghijklmnoprstuvy'[Math.floor(r() * 22)] as string;
  if (kind === 0) return word.slice(0, i) + letter + word.slice(i + 1);
  if (kind === 1 && word.length > 4) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 2) return word.slice(0, i) + letter + word.slice(i);
  const j = Math.min(word.length - 2, i);
  return word.slice(0, j) + (word[j + 1] ?? '') + (word[j] ?? '') + word.slice(j + 2);
}

const upperFirst = (w: string) => (w ? (w[0] as string).toUpperCase() + w.slice(1) : w);

export interface LabelledInput {
  entities: Entity[];
  /** Native-script names held out of the UN entries. */
  native: { id: string; name: string }[];
}

/** Build the labelled set; `perCategory` caps each category and `perScript` each script of a cross-script one (sampled by hash). */
export function buildLabelled(
  { entities, native }: LabelledInput,
  perCategory = 1500,
  perScript = 600,
): LabelledPair[] {
  const out: LabelledPair[] = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const family = (schema: string) => (schema === 'Person' ? 'Person' : 'Organization');
  const parties = entities.filter((e) =>
    ['Person', 'Organization', 'Company', 'LegalEntity'].includes(e.schema),
  );
  const push = (p: Omit<LabelledPair, 'split'>, splitKey: string) => {
    if (p.a.trim() && p.b.trim() && p.a !== p.b) out.push({ ...p, split: splitOf(splitKey) });
  };
  const koreanSurnames = new Map<string, string>();
  for (const line of KOREAN_SURNAMES.split('\n')) {
    const [hangul, ...spellings] = line.split('|');
    if (hangul) for (const s of spellings) if (!koreanSurnames.has(s)) koreanSurnames.set(s, hangul);
  }

  for (const e of parties) {
    const names = namesOf(e);
    const latin = names.filter(isLatin);
    const primary = latin[0];
    const r = rng(e.id);
    const schema = family(e.schema);
    if (!primary) continue;
    const base = { schema, source: e.id };
    // Aliases of one entry: variants (sharing a part) and unrelated a.k.a. names, apart.
    for (const alias of latin.slice(1, 4)) {
      const acronym =
        /^[A-Z]{3,8}$/.test(alias.replace(/[.\s]/g, '')) && alias.replace(/[.\s]/g, '').length <= 8;
      const category = acronym
        ? 'acronym (listed alias)'
        : sharesPart(primary, alias)
          ? `alias variant (${schema === 'Person' ? 'person' : 'org'})`
          : `alias, no shared part (${schema === 'Person' ? 'person' : 'org'})`;
      push({ ...base, category, script: 'latin', a: alias, b: primary, label: 1 }, e.id);
    }
    // Real native-script aliases of the entry.
    for (const n of names.filter((x) => !isLatin(x) && scriptName(x) !== 'latin').slice(0, 2))
      push(
        { ...base, category: 'cross-script (listed)', script: scriptName(n), a: n, b: primary, label: 1 },
        e.id,
      );

    const words = wordsOf(primary);
    if (schema === 'Person' && words.length >= 2 && words.every((w) => /^[a-z]+$/.test(w))) {
      // Other scripts, as their writers spell a foreign name: two per entry, chosen by hash.
      const scripts: TargetScript[] = [
        'cyrillic',
        'greek',
        'arabic',
        'persian',
        'hebrew',
        'armenian',
        'georgian',
        'kana',
        'thai',
      ];
      const chosen = new Set([
        scripts[hash(`s1${e.id}`) % scripts.length],
        scripts[hash(`s2${e.id}`) % scripts.length],
      ]);
      const program = (e.properties.program ?? []).join(' ');
      if (/DPRK|NKSPEA/.test(program) || koreanSurnames.has(words[words.length - 1] ?? ''))
        chosen.add('hangul');
      const countries = [
        ...(e.properties.nationality ?? []),
        ...(e.properties.citizenship ?? []),
        ...(e.properties.country ?? []),
      ].join(' ');
      if (
        /\b(china|taiwan|hong kong|macau|cn|tw|hk)\b/i.test(countries) &&
        !koreanSurnames.has(words[words.length - 1] ?? '')
      )
        chosen.add('han');
      if (
        /^(li|wang|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|lin|gao|luo|zheng|liang|xie|song|tang|han|feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|ye|cheng|wei|su|lu|ding|ren|shen|yao|jin|fan|qian|dai|fu|zhong|xi|shi|qin|hou|mao|bai|tan|kong)$/.test(
          words[words.length - 1] ?? '',
        ) &&
        !koreanSurnames.has(words[words.length - 1] ?? '')
      )
        chosen.add('han');
      // Korean names are also written in Hanja (金正恩 for 김정은).
      if (chosen.has('hangul')) chosen.add('hanja');
      for (const script of chosen) {
        if (!script) continue;
        // East Asian names are written surname first.
        const ordered =
          script === 'han' || script === 'hangul' || script === 'hanja'
            ? [words[words.length - 1] as string, ...words.slice(0, -1)]
            : words;
        const t = transcribe(ordered, script, koreanSurnames);
        if (t)
          push(
            {
              ...base,
              category: 'cross-script (written)',
              script: script === 'hanja' ? 'han' : script,
              a: t,
              b: primary,
              label: 1,
            },
            e.id,
          );
      }
      // Spelling variants: one or two romanisation substitutions.
      {
        const w = [...words];
        const subs = RESPELL.filter(([re]) => w.some((x) => re.test(x)));
        for (let k = 0; k < 2 && subs.length; k++) {
          const [re, to] = subs[Math.floor(r() * subs.length)] as [RegExp, string];
          const at = w.findIndex((x) => re.test(x) && x.length > 3);
          if (at >= 0) w[at] = (w[at] as string).replace(re, to);
        }
        push(
          {
            ...base,
            category: 'spelling variant',
            script: 'latin',
            a: w.map(upperFirst).join(' '),
            b: primary,
            label: 1,
          },
          e.id,
        );
      }
      // A true typo in one part (short parts included).
      {
        const at = words.findIndex((x, i) => x.length >= 4 && i === Math.floor(r() * words.length));
        const i = at >= 0 ? at : words.findIndex((x) => x.length >= 4);
        if (i >= 0) {
          const w = [...words];
          w[i] = typo(w[i] as string, r);
          push({ ...base, category: 'typo', script: 'latin', a: w.join(' '), b: primary, label: 1 }, e.id);
        }
      }
      // Order: reversed, or rotated.
      push(
        {
          ...base,
          category: 'reordered',
          script: 'latin',
          a: [...words].reverse().join(' '),
          b: primary,
          label: 1,
        },
        e.id,
      );
      // Initials for the given names.
      if (words.length >= 3) {
        const given = words.slice(0, -1).filter((w) => !PARTICLES.has(w));
        push(
          {
            ...base,
            category: 'initials',
            script: 'latin',
            a: `${given.map((g) => `${g[0]?.toUpperCase()}.`).join(' ')} ${upperFirst(words[words.length - 1] as string)}`,
            b: primary,
            label: 1,
          },
          e.id,
        );
      }
      // A title in front.
      push(
        {
          ...base,
          category: 'title in front',
          script: 'latin',
          a: `${TITLES[hash(`t${e.id}`) % TITLES.length]} ${words.join(' ')}`,
          b: primary,
          label: 1,
        },
        e.id,
      );
      // Particles dropped, or al- added.
      if (words.some((w) => PARTICLES.has(w)))
        push(
          {
            ...base,
            category: 'particles',
            script: 'latin',
            a: words.filter((w) => !PARTICLES.has(w)).join(' '),
            b: primary,
            label: 1,
          },
          e.id,
        );
      else if (words.length >= 2)
        push(
          {
            ...base,
            category: 'particles',
            script: 'latin',
            a: [...words.slice(0, -1), `al-${words[words.length - 1]}`].join(' '),
            b: primary,
            label: 1,
          },
          e.id,
        );
      // Patronymic (a middle part) absent from one side.
      if (words.length >= 3)
        push(
          {
            ...base,
            category: 'patronymic omitted',
            script: 'latin',
            a: [words[0], ...words.slice(2)].join(' '),
            b: primary,
            label: 1,
          },
          e.id,
        );
      // Name-part fields without a name.
      if (words.length >= 2)
        push(
          {
            ...base,
            category: 'name-part fields',
            script: 'latin',
            a: words.join(' '),
            fields: {
              firstName: [words[0] as string],
              ...(words.length > 2 ? { middleName: [words.slice(1, -1).join(' ')] } : {}),
              lastName: [words[words.length - 1] as string],
            },
            b: primary,
            label: 1,
          },
          e.id,
        );
    }
    if (schema === 'Organization' && words.length >= 2) {
      // Legal forms and abbreviations.
      const abbrev = ABBREV.filter(([re]) => re.test(primary));
      if (abbrev.length) {
        const [re, to] = abbrev[hash(`a${e.id}`) % abbrev.length] as [RegExp, string];
        push(
          {
            ...base,
            category: 'org abbreviations and legal forms',
            script: 'latin',
            a: primary.replace(re, to),
            b: primary,
            label: 1,
          },
          e.id,
        );
      }
      const tail = LEGAL_TAIL.exec(primary);
      if (tail)
        push(
          {
            ...base,
            category: 'org abbreviations and legal forms',
            script: 'latin',
            a: primary.replace(LEGAL_TAIL, tail[1] as string),
            b: primary,
            label: 1,
          },
          `${e.id}#run`,
        );
    }
  }

  // Real native-script names held out of UN entries.
  for (const n of native) {
    const e = byId.get(n.id);
    const primary = e && namesOf(e).filter(isLatin)[0];
    if (e && primary)
      push(
        {
          category: 'cross-script (listed)',
          script: scriptName(n.name),
          schema: family(e.schema),
          a: n.name,
          b: primary,
          label: 1,
          source: e.id,
        },
        e.id,
      );
  }

  // Hard negatives: different entries of one dataset and family.
  const tokenEntries = new Map<string, Entity[]>();
  const vocabulary = new Map<string, number>();
  for (const e of parties) {
    const primary = namesOf(e).filter(isLatin)[0];
    if (!primary) continue;
    const tokens = new Set(wordsOf(primary).filter((w) => w.length > 2 && !PARTICLES.has(w)));
    for (const t of tokens) {
      const key = `${e.datasets?.[0]}|${family(e.schema)}|${t}`;
      let l = tokenEntries.get(key);
      if (!l) tokenEntries.set(key, (l = []));
      l.push(e);
      if (e.schema === 'Person') vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
    }
  }
  const seen = new Set<string>();
  for (const [key, list] of tokenEntries) {
    if (list.length < 2 || list.length > 60) continue;
    const schema = key.split('|')[1] as string;
    for (let i = 0; i + 1 < list.length && i < 6; i++) {
      const x = list[i] as Entity;
      const y = list[(i + 1 + (hash(key) % (list.length - 1))) % list.length] as Entity;
      if (x.id === y.id) continue;
      const pairKey = [x.id, y.id].sort().join('~');
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      const a = namesOf(x).filter(isLatin)[0] as string;
      const b = namesOf(y).filter(isLatin)[0] as string;
      if (foldText(a) === foldText(b)) continue;
      const wa = wordsOf(a);
      const wb = wordsOf(b);
      const near = editDistance(wa.join(' '), wb.join(' '), 2) <= 2;
      const subset =
        schema === 'Organization' && (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w)));
      const category = near
        ? 'near name (listed)'
        : subset
          ? 'org contained in another (listed)'
          : `shared parts (${schema === 'Person' ? 'person' : 'org'})`;
      push(
        { category, script: 'latin', schema, a, b, label: 0, source: pairKey },
        [x.id, y.id].sort()[0] as string,
      );
    }
  }

  // Made near names: one part replaced by another real name part a letter away that sounds different.
  const vocab = [...vocabulary.entries()].filter(([t, n]) => n >= 2 && t.length >= 4).map(([t]) => t);
  // One-deletion neighbourhoods: two words one edit apart share a key.
  const neighbours = new Map<string, string[]>();
  const deletions = (t: string) => [t, ...[...t].map((_, i) => t.slice(0, i) + t.slice(i + 1))];
  for (const t of vocab) {
    for (const d of deletions(t)) {
      let l = neighbours.get(d);
      if (!l) neighbours.set(d, (l = []));
      l.push(t);
    }
  }
  for (const e of parties) {
    if (e.schema !== 'Person' || hash(`near${e.id}`) % 3 !== 0) continue;
    const primary = namesOf(e).filter(isLatin)[0];
    if (!primary) continue;
    const words = wordsOf(primary);
    for (let i = 0; i < words.length; i++) {
      const w = words[i] as string;
      if (w.length < 4 || PARTICLES.has(w)) continue;
      const pool = deletions(w).flatMap((d) => neighbours.get(d) ?? []);
      const other = pool.find(
        (t) =>
          t !== w &&
          editDistance(t, w, 1) === 1 &&
          skeleton(t) !== skeleton(w) &&
          phoneticKey(t) !== phoneticKey(w),
      );
      if (!other) continue;
      const changed = [...words];
      changed[i] = other;
      push(
        {
          category: 'near name (one letter, another real name)',
          script: 'latin',
          schema: 'Person',
          a: changed.join(' '),
          b: primary,
          label: 0,
          source: e.id,
        },
        e.id,
      );
      break;
    }
  }

  // Cap each category (cross-script ones per script, so that every script is measured), sampled
  // by hash, keeping the order stable.
  const byCategory = new Map<string, LabelledPair[]>();
  for (const p of out) {
    const key = p.category.startsWith('cross-script') ? `${p.category}|${p.script}` : p.category;
    let l = byCategory.get(key);
    if (!l) byCategory.set(key, (l = []));
    l.push(p);
  }
  const result: LabelledPair[] = [];
  for (const [key, list] of byCategory) {
    const sorted = [...list].sort((x, y) => hash(`${x.source}|${x.a}`) - hash(`${y.source}|${y.a}`));
    result.push(...sorted.slice(0, key.includes('|') ? perScript : perCategory));
  }
  return result;
}

/** The set as CSV (category, script, schema, label, split, a, b, fields as JSON). */
export function labelledCsv(pairs: LabelledPair[]): string {
  const cell = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const rows = pairs.map((p) =>
    [
      p.category,
      p.script,
      p.schema,
      String(p.label),
      p.split,
      p.source,
      p.a,
      p.b,
      p.fields ? JSON.stringify(p.fields) : '',
    ]
      .map(cell)
      .join(','),
  );
  return ['category,script,schema,label,split,source,a,b,fields', ...rows].join('\n') + '\n';
}
