// Screening quality and speed on the real lists (OFAC SDN 2021 + non-SDN + UN):
// recall, false positives, OFAC-tool agreement, cross-script recall, latency.
import { readFileSync, writeFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Entity } from '../src/core/model/entity.js';
import * as current from '../src/core/match/index.js';
import { foldText, scriptOf, type ScreenQuery } from '../src/core/match/index.js';
import { loadRound1, ROUND1_COMMIT } from './lib/round1.js';
import { buildLabelled, labelledCsv, type LabelledPair } from './lib/labelled.js';
import { overall, table } from './lib/evaluate.js';
import {
  dataPath,
  importLists,
  isNative,
  loadFtm,
  loadLists,
  loadSdn2019,
  personQuery,
  readTable,
} from './lib/lists.js';
import { buildEntityPairs, type EntityPair } from './lib/entity-pairs.js';
import { batchFigures, runBatches } from './lib/batch.js';

const nameKey = (s: string) => foldText(s.replace(/,/g, ' ')).split(' ').sort().join(' ');
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;

function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
}

function spearman(a: number[], b: number[]): number {
  const rank = (xs: number[]) => {
    const idx = xs.map((x, i) => [x, i] as const).sort((p, q) => p[0] - q[0]);
    const r = new Array<number>(xs.length);
    for (let i = 0; i < idx.length;) {
      let j = i;
      while (j + 1 < idx.length && idx[j + 1]?.[0] === idx[i]?.[0]) j++;
      for (let k = i; k <= j; k++) r[(idx[k] as readonly [number, number])[1]] = (i + j) / 2;
      i = j + 1;
    }
    return r;
  };
  const ra = rank(a);
  const rb = rank(b);
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const ma = mean(ra);
  const mb = mean(rb);
  let num = 0,
    da = 0,
    db = 0;
  for (let i = 0; i < ra.length; i++) {
    const x = (ra[i] as number) - ma,
      y = (rb[i] as number) - mb;
    num += x * y;
    da += x * x;
    db += y * y;
  }
  return num / Math.sqrt(da * db);
}

const NON_LATIN = new Set([
  'arabic',
  'hebrew',
  'cyrillic',
  'greek',
  'armenian',
  'georgian',
  'thai',
  'han',
  'kana',
  'hangul',
]);
const isLatin = (s: string) => {
  const f = foldText(s);
  return f !== '' && f.split(' ').every((w) => scriptOf(w) === 'latin');
};

/** FtM sample entities reduced to their Latin names, plus their native-script names as queries. */
function ftmCrossScript(): { entities: Entity[]; pairs: { id: string; name: string; schema: string }[] } {
  const entities: Entity[] = [];
  const pairs: { id: string; name: string; schema: string }[] = [];
  for (const file of ['t1', 'zala', 'parteispenden']) {
    for (const e of loadFtm(dataPath(`opensanctions/${file}.ftm.json`))) {
      if (!['Person', 'Company', 'Organization', 'LegalEntity'].includes(e.schema)) continue;
      const names = [...(e.properties.name ?? []), ...(e.properties.alias ?? [])];
      const latin = names.filter(isLatin);
      const native = [...new Set(names.filter(isNative))];
      if (!latin.length || !native.length) continue;
      const id = `os-${e.id}`;
      entities.push({
        id,
        schema: e.schema,
        properties: { name: latin },
        datasets: ['opensanctions_sample'],
      });
      for (const n of native) pairs.push({ id, name: n, schema: e.schema });
    }
  }
  return { entities, pairs };
}

export interface ScreeningFigures {
  [k: string]: string | number;
}

/** Batch runs per (workers × output format); BENCH_REPEAT overrides. */
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);

export async function run(): Promise<ScreeningFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-'));
  try {
    const { dbPath, seconds } = await importLists(dir);
    const round1 = await loadRound1();
    if (round1) [baseline, haveRound1] = [round1 as Engine, true];
    const quality = await qualityFigures(dbPath, seconds);
    const lists = await loadLists(dbPath);
    const labelled = [
      ...labelledSection(lists),
      '',
      ...entityPairsSection(lists.entities, await loadSdn2019(dir)),
    ];
    const batch = process.argv.includes('--quality-only')
      ? {}
      : batchFigures(await runBatches(dbPath, dir, [1, 2], REPEAT));
    const figures = { ...quality, ...batch };
    print(figures);
    console.log(`\n${labelled.join('\n')}`);
    writeDocs(figures, labelled);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Batch throughput alone (`--batch-only`), printed and not written to the docs. */
export async function runBatchOnly(): Promise<ScreeningFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-'));
  try {
    const { dbPath } = await importLists(dir);
    const figures = batchFigures(await runBatches(dbPath, dir, [1, 2], REPEAT));
    print(figures);
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function print(figures: ScreeningFigures): void {
  const width = Math.max(...Object.keys(figures).map((k) => k.length));
  console.log('\nScreening bench\n');
  for (const [k, v] of Object.entries(figures)) console.log(`${k.padEnd(width)}  ${v}`);
}

/** What the bench needs of a matching engine: the current one and the frozen round-1 copy alike. */
interface Engine {
  buildIndexSync: typeof current.buildIndexSync;
  screen: (index: never, query: ScreenQuery, options?: object) => current.ScreenMatch[];
  scorePair: (a: string, b: string, schema?: string, options?: object) => { score: number; match: boolean };
}

/** Round 1's engine, built from git history by run() (the current engine stands in, marked, when it cannot be). */
let baseline: Engine = current as unknown as Engine;
let haveRound1 = false;

async function qualityFigures(dbPath: string, importSeconds: number): Promise<ScreeningFigures> {
  const t0 = performance.now();
  const lists = await loadLists(dbPath);
  const xs = ftmCrossScript();
  const loadMs = performance.now() - t0;
  const results: ScreeningFigures[] = [];
  const engines = haveRound1 ? [baseline, current as unknown as Engine] : [current as unknown as Engine];
  for (const engine of engines) results.push(engineFigures(engine, lists, xs, loadMs, importSeconds));
  if (!haveRound1) return results[0] ?? {};
  // Side by side: "figure | round 1 | now" as "round 1 → now".
  const figures: ScreeningFigures = {};
  for (const k of Object.keys(results[1] ?? {})) {
    const a = results[0]?.[k];
    const b = results[1]?.[k];
    figures[k] = a === undefined || a === b ? (b ?? '') : `${a} → ${b}`;
  }
  return figures;
}

function engineFigures(
  engine: Engine,
  { entities, un }: Awaited<ReturnType<typeof loadLists>>,
  xs: ReturnType<typeof ftmCrossScript>,
  loadMs: number,
  importSeconds: number,
): ScreeningFigures {
  const { buildIndexSync, scorePair } = engine;
  const all = [...entities, ...xs.entities];
  globalThis.gc?.();
  const heap0 = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  const index = buildIndexSync(all, {
    versions: { us_ofac_sdn: '2021-07', us_ofac_cons: '2025-12', un_sc_sanctions: '2026-02-27' },
  });
  const screen = (q: ScreenQuery) => engine.screen(index as never, q);
  const buildMs = performance.now() - t1;
  globalThis.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heap0) / 2 ** 20;
  const stats = index.stats();
  const queries: ScreenQuery[] = [];
  const timed = (q: ScreenQuery) => {
    queries.push(q);
    return screen(q);
  };

  // Recall on perturbed UN names: expected = UN entries carrying the untreated name.
  const unByName = new Map<string, Set<string>>();
  for (const e of un.entities) {
    for (const n of [...(e.properties.name ?? []), ...(e.properties.alias ?? [])]) {
      const k = nameKey(n);
      if (!unByName.has(k)) unByName.set(k, new Set());
      unByName.get(k)?.add(e.id);
    }
  }
  // Entity pairs: each perturbed UN query with its UN entry (the same person), and each synthetic
  // person with the listed entity closest to their name alone (another person); name, birth date,
  // nationality and gender all count.
  const E = engine as unknown as { factsOf: typeof current.factsOf; score: typeof current.score };
  const pairOptions = (engine as unknown) === current ? { tokens: index } : {};
  const rawById = new Map(all.map((e) => [e.id, e]));
  const entityPair = (q: ScreenQuery, id: string | undefined): number | undefined => {
    const e = id === undefined ? undefined : rawById.get(id);
    return e ? E.score(E.factsOf(q), E.factsOf(e), pairOptions).score : undefined;
  };
  let epPos = 0,
    epPosRight = 0,
    epNeg = 0,
    epNegRight = 0;
  const untreated = readTable(dataPath('matching/un-positives-untreated.csv'));
  const treated = readTable(dataPath('matching/un-positives-treated.csv'));
  let posTotal = 0,
    posStrict = 0,
    posHit = 0,
    posChanged = 0,
    posChangedHit = 0;
  const misses: string[] = [];
  treated.forEach((row, i) => {
    const listed = untreated[i]?.full_name ?? '';
    const expected = unByName.get(nameKey(listed));
    if (!expected) return;
    posTotal++;
    const q = personQuery(row);
    const results = timed(q);
    const top = results[0];
    const same = entityPair(q, [...expected][0]);
    if (same !== undefined) {
      epPos++;
      epPosRight += same >= 0.7 ? 1 : 0;
    }
    const sameName = top
      ? index.entities
          .find((e) => e.id === top.id)
          ?.facts.names.some((n) => nameKey(n.raw) === nameKey(listed))
      : false;
    const strict = !!top && top.match && results.some((r) => r.score === top.score && expected.has(r.id));
    const hit = !!top && top.match && (strict || !!sameName);
    posStrict += strict ? 1 : 0;
    posHit += hit ? 1 : 0;
    if (row.full_name !== listed) {
      posChanged++;
      posChangedHit += hit ? 1 : 0;
    }
    if (!hit && misses.length < 15)
      misses.push(`${row.full_name} → ${top ? `${top.caption} ${top.score}` : 'none'} (want ${listed})`);
  });

  // False positives on synthetic people (with their birth date and nationality, and on the name alone).
  let negTotal = 0,
    negFp = 0,
    negFpName = 0;
  const fps: string[] = [];
  for (const file of ['negatives-global-1k.csv', 'negatives-us-1k.csv']) {
    for (const row of readTable(dataPath(`matching/${file}`))) {
      negTotal++;
      const q = personQuery(row);
      const r = timed(q);
      const byName = screen({ schema: 'Person', properties: { name: [row.full_name ?? ''] } });
      if (byName.some((m) => m.match)) negFpName++;
      const other = entityPair(q, byName[0]?.id);
      if (other !== undefined) {
        epNeg++;
        epNegRight += other < 0.7 ? 1 : 0;
      }
      if (r.some((m) => m.match)) {
        negFp++;
        if (fps.length < 15) fps.push(`${row.full_name} → ${r[0]?.caption} ${r[0]?.score}`);
      }
    }
  }

  // OFAC's tool: rank correlation on the pairs it returned, and our agreement.
  const ofac = readTable(dataPath('matching/ofac-tool-scores.csv'));
  const returned = ofac.filter((r) => Number(r.ofac_score) >= 0);
  const ours = returned.map((r) => scorePair(r.query_name ?? '', r.result_name ?? '').score);
  const rho = spearman(
    returned.map((r) => Number(r.ofac_score)),
    ours,
  );
  const ofacMatched = returned.filter((r, i) => (ours[i] as number) >= 0.7).length;
  const ofac90 = returned.filter((r) => Number(r.ofac_score) >= 90);
  const ofac90Matched = ofac90.filter((r) => scorePair(r.query_name ?? '', r.result_name ?? '').match).length;
  const notReturned = ofac.filter((r) => Number(r.ofac_score) < 0);
  const notReturnedMatched = notReturned.filter(
    (r) => scorePair(r.query_name ?? '', r.result_name ?? '').match,
  ).length;

  // Cross-script: native-script names of UN and FtM entries against their Latin entries.
  const schemaOf = new Map(all.map((e) => [e.id, e.schema]));
  const crossPairs = [
    ...un.native
      .filter((n) => isNative(n.name))
      .map((n) => ({ ...n, schema: schemaOf.get(n.id) ?? 'Person' })),
    ...xs.pairs,
  ];
  const byScript: Record<string, [number, number]> = {};
  let crossTop = 0,
    crossAny = 0;
  const crossMiss: string[] = [];
  for (const p of crossPairs) {
    const script =
      foldText(p.name)
        .split(' ')
        .map(scriptOf)
        .find((s) => NON_LATIN.has(s)) ?? 'other';
    const r = timed({ schema: p.schema, properties: { name: [p.name] } });
    const any = r.some((m) => m.match && m.id === p.id);
    const top = !!r[0]?.match && r.some((m) => m.id === p.id && m.score === r[0]?.score);
    crossAny += any ? 1 : 0;
    crossTop += top ? 1 : 0;
    const s = (byScript[script] ??= [0, 0]);
    s[0] += any ? 1 : 0;
    s[1]++;
    if (!any && crossMiss.length < 40)
      crossMiss.push(`${p.name} → ${r[0]?.caption ?? 'none'} ${r[0]?.score ?? ''}`);
  }

  // Speed: every query above again, warmed up, one at a time.
  for (const q of queries.slice(0, 300)) screen(q);
  const latencies = queries.map((q) => {
    const s = performance.now();
    screen(q);
    return performance.now() - s;
  });
  // A common name, a rare one, a cross-script one, and a 1 MB multi-word name.
  const single = (name: string, n: number) => {
    const q: ScreenQuery = { schema: 'Person', properties: { name: [name] } };
    for (let i = 0; i < 50; i++) screen(q);
    const ts: number[] = [];
    for (let i = 0; i < n; i++) {
      const s0 = performance.now();
      screen(q);
      ts.push(performance.now() - s0);
    }
    return `p50 ${quantile(ts, 0.5).toFixed(3)} / p99 ${quantile(ts, 0.99).toFixed(3)} ms`;
  };
  let big = '';
  for (let i = 0; big.length < 1_000_000; i++) big += `mohammed${i % 13} ali hassan-${i % 7} `;
  const bigStart = performance.now();
  let bigOutcome = 'ok';
  try {
    screen({ properties: { name: [big] } });
  } catch (e) {
    bigOutcome = (e as Error).name;
  }
  const bigMs = performance.now() - bigStart;
  const mah = screen({ schema: 'Person', properties: { name: ['Mohammed Ali Hassan'] } })[0];

  const figures: ScreeningFigures = {
    'list entities indexed': index.size,
    'import into SQLite (real parsers) s': Number.isNaN(importSeconds)
      ? 'reused BENCH_DB'
      : importSeconds.toFixed(1),
    'read entities back from SQLite ms': Math.round(loadMs),
    'index build ms': Math.round(buildMs),
    'index heap MB': heapMb.toFixed(0),
    'index keys / postings': `${stats.keys} / ${stats.postings}`,
    'recall, perturbed UN names (top-1, match)': `${posHit}/${posTotal} = ${pct(posHit, posTotal)}`,
    '  of which perturbed rows': `${posChangedHit}/${posChanged} = ${pct(posChangedHit, posChanged)}`,
    '  strict (the UN entry itself is top, ties included)': `${posStrict}/${posTotal} = ${pct(posStrict, posTotal)}`,
    'false positives, 2,000 synthetic people': `${negFp}/${negTotal} = ${pct(negFp, negTotal)}`,
    'false positives, same people, name only': `${negFpName}/${negTotal} = ${pct(negFpName, negTotal)}`,
    'entity pairs (perturbed UN query or synthetic person): accuracy': `${epPosRight + epNegRight}/${epPos + epNeg} = ${pct(epPosRight + epNegRight, epPos + epNeg)}`,
    '  same person (perturbed UN query, its UN entry)': `${epPosRight}/${epPos} = ${pct(epPosRight, epPos)}`,
    '  another person (synthetic person, closest listed name)': `${epNegRight}/${epNeg} = ${pct(epNegRight, epNeg)}`,
    '  balanced accuracy': `${((50 * epPosRight) / Math.max(1, epPos) + (50 * epNegRight) / Math.max(1, epNeg)).toFixed(1)}%`,
    'OFAC tool: Spearman rho (returned pairs)': rho.toFixed(3),
    'OFAC tool: returned pairs we match': `${ofacMatched}/${returned.length}`,
    'OFAC tool: pairs scored ≥ 90 we match': `${ofac90Matched}/${ofac90.length}`,
    'OFAC tool: not-returned pairs we match': `${notReturnedMatched}/${notReturned.length}`,
    'cross-script pairs: recall (any rank, match)': `${crossAny}/${crossPairs.length} = ${pct(crossAny, crossPairs.length)}`,
    'cross-script pairs: top-1 (ties included)': `${crossTop}/${crossPairs.length} = ${pct(crossTop, crossPairs.length)}`,
    ...Object.fromEntries(
      Object.entries(byScript).map(([s, [h, n]]) => [`  ${s}`, `${h}/${n} = ${pct(h, n)}`]),
    ),
    'timed queries': latencies.length,
    'single query p50 ms': quantile(latencies, 0.5).toFixed(3),
    'single query p99 ms': quantile(latencies, 0.99).toFixed(3),
    'single-thread queries/s': Math.round((1000 * latencies.length) / latencies.reduce((a, b) => a + b, 0)),
    'query "Mohammed Ali Hassan" (common name)': single('Mohammed Ali Hassan', 2000),
    '  its best match': mah ? `${mah.caption} ${mah.score}` : 'none',
    'query "Vladimir Putin" (rare name, not listed)': single('Vladimir Putin', 2000),
    'query "محمد حسن آخوند" (Arabic script)': single('محمد حسن آخوند', 2000),
    'query of a 1 MB multi-word name': `${bigMs.toFixed(0)} ms, ${bigOutcome}`,
    ...spellingFigures(scorePair),
    ...syntheticFigures(screen),
  };
  if (process.env.BENCH_VERBOSE) {
    console.log('\nmisses:\n ' + misses.join('\n '));
    console.log('\nfalse positives:\n ' + fps.join('\n '));
    console.log('\ncross-script misses:\n ' + crossMiss.join('\n '));
  }
  return figures;
}

/**
 * Published spellings of four well-known names (from the press, encyclopaedias
 * and the lists' own aliases: Latin, Cyrillic, Greek, Arabic, Persian, Hebrew,
 * German, French, Polish, Czech, Turkish, Dutch, Swedish forms; pinyin,
 * Wade–Giles, Revised Romanization and McCune–Reischauer; Han, Hangul, kana
 * and Thai) scored against one listed form.
 */
const SPELLINGS: [string, string[]][] = [
  [
    'Muammar al-Qadhafi',
    'Gaddafi Qaddafi Qadhafi Gadhafi Kadafi Kaddafi Khadafi Khaddafi Gheddafi Kadhafi Qathafi Gathafi Kazzafi Qadafi Qadhdhafi Gadafi Gaddafy Khadafy Qaddafy Kadhaafi El-Gaddafi al-Qaddafi Al-Gathafi Kaddafy Qadhaafi Gadaffi Ghadafi Kadaffi Khaddafy Gadafy Kathafi القذافي'
      .split(' ')
      .map((s) => (/[ء-ي]/.test(s) ? `معمر ${s}` : `Muammar ${s}`)),
  ],
  [
    'Nikita Khrushchev',
    'Khrushchev Khrushchyov Chruschtschow Khrouchtchev Chruszczow Hruščov Chruščov Hruşçov Krushchev Kruschev Khrushchov Chrusjtjov Hrushchov Khruščov Kroesjtsjov Chrusjtsjov Хрущёв Хрущев Χρουστσόφ'
      .split(' ')
      .map((s) => (/[Ѐ-ӿ]/.test(s) ? `Никита ${s}` : /[Ͱ-Ͽ]/.test(s) ? `Νικίτα ${s}` : `Nikita ${s}`)),
  ],
  [
    'XI, Jinping',
    [
      'Xi Jinping',
      'Xi Jin-ping',
      "Hsi Chin-p'ing",
      'Hsi Chinping',
      'Shi Jinping',
      'Jinping Xi',
      '习近平',
      '習近平',
      'Си Цзиньпин',
      'Σι Τζινπίνγκ',
      '시진핑',
      'شي جين بينغ',
      'シー・ジンピン',
      'สี จิ้นผิง',
      'שי ג׳ינפינג',
      'شی جین‌پینگ',
    ],
  ],
  [
    'KIM, Jong Un',
    [
      'Kim Jong-un',
      'Kim Jong Eun',
      'Kim Jung-un',
      'Kim Chong-un',
      'Kim Chŏng-ŭn',
      'Gim Jeong-eun',
      'Kim Jongun',
      '김정은',
      '金正恩',
      'Ким Чен Ын',
      'Κιμ Γιονγκ Ουν',
      'キム・ジョンウン',
      'كيم جونغ أون',
      'קים ג׳ונג און',
      'คิม จ็อง-อึน',
      'کیم جونگ اون',
    ],
  ],
];

export function spellingFigures(scorePair: Engine['scorePair']): ScreeningFigures {
  let hit = 0;
  let n = 0;
  for (const [listed, forms] of SPELLINGS) {
    for (const f of forms) {
      n++;
      if (scorePair(f, listed, 'Person').score >= 0.7) hit++;
    }
  }
  return { 'published spellings of four well-known names scoring ≥ 0.70': `${hit}/${n} = ${pct(hit, n)}` };
}

/** Synthetic non-listed people: given and family names of the 2,000 negatives recombined (BENCH_SYNTHETIC, default 100,000). */
function syntheticFigures(screen: (q: ScreenQuery) => current.ScreenMatch[]): ScreeningFigures {
  const rows = ['negatives-global-1k.csv', 'negatives-us-1k.csv'].flatMap((f) =>
    readTable(dataPath(`matching/${f}`)),
  );
  const given = rows.map((r) => r.first_name ?? '').filter(Boolean);
  const family = rows.map((r) => r.last_name ?? '').filter(Boolean);
  const total = Number(process.env.BENCH_SYNTHETIC ?? 100_000);
  let fp = 0;
  const t0 = performance.now();
  for (let i = 0; i < total; i++) {
    const a = given[(i * 7919) % given.length] as string;
    const b = family[(i * 104729 + Math.floor(i / given.length)) % family.length] as string;
    if (screen({ schema: 'Person', properties: { name: [`${a} ${b}`] } }).some((m) => m.match)) fp++;
  }
  const s = (performance.now() - t0) / 1000;
  return {
    [`false positives, ${total.toLocaleString('en')} synthetic people (name only)`]: `${fp} = ${pct(fp, total)} (${s.toFixed(0)} s)`,
  };
}

/** The labelled pairs: built from the lists, written to bench/data, scored by both engines on the held-out part. */
function labelledSection(lists: Awaited<ReturnType<typeof loadLists>>): string[] {
  const pairs = buildLabelled({ entities: lists.entities, native: lists.un.native });
  mkdirSync(`${process.cwd()}/bench/data`, { recursive: true });
  writeFileSync(`${process.cwd()}/bench/data/labelled-pairs.csv`, labelledCsv(pairs));
  const index = current.buildIndexSync(lists.entities);
  const held = pairs.filter((p) => p.split === 'held-out');
  const scoreWith = (tokens: boolean) => (p: LabelledPair) => {
    const m = tokens ? current : (baseline as unknown as typeof current);
    if (!tokens && !haveRound1) return NaN;
    if (p.fields) {
      const a = m.factsOf({ schema: p.schema, properties: p.fields });
      const b = m.factsOf({ schema: p.schema, properties: { name: [p.b] } });
      return m.score(a, b, tokens ? { tokens: index } : {}).score;
    }
    return m.scorePair(p.a, p.b, p.schema, tokens ? { scoring: { tokens: index } } : {}).score;
  };
  const scores: [number[], number[]] = [held.map(scoreWith(false)), held.map(scoreWith(true))];
  const cross = held.map((p, i) => [p, i] as const).filter(([p]) => p.category.startsWith('cross-script'));
  const crossScores: [number[], number[]] = [
    cross.map(([, i]) => scores[0][i] as number),
    cross.map(([, i]) => scores[1][i] as number),
  ];
  const mixed = held.filter((p) => !p.category.startsWith('alias, no shared part'));
  const mixedIdx = held
    .map((p, i) => [p, i] as const)
    .filter(([p]) => !p.category.startsWith('alias, no shared part'));
  const o = scores.map((s) => overall(held, s, 0.7));
  const om = scores.map((_, e) =>
    overall(
      mixed,
      mixedIdx.map(([, i]) => scores[e]?.[i] as number),
      0.7,
    ),
  );
  const fmt = (x: { p: number; r: number; f1: number }) =>
    `${x.p.toFixed(3)} / ${x.r.toFixed(3)} / ${x.f1.toFixed(3)}`;
  return [
    `Labelled pairs: ${pairs.length} built (${pairs.length - held.length} tune, ${held.length} held out); figures below are the held-out part only. Threshold 0.70. Cells: precision / recall / F1 (a group of negatives only: the share wrongly matched).`,
    '',
    '| category | pairs (pos/neg) | round 1 | now |',
    '|---|---|---|---|',
    ...table(held, scores, (p) => p.category, 0.7),
    `| **all held-out pairs** | ${held.length} | ${fmt(o[0] as never)} | ${fmt(o[1] as never)} |`,
    `| **mixed pairs (without unrelated a.k.a. names)** | ${mixed.length} | ${fmt(om[0] as never)} | ${fmt(om[1] as never)} |`,
    '',
    'Cross-script pairs by script (listed native names and names written in the script):',
    '',
    '| script | pairs | round 1 | now |',
    '|---|---|---|---|',
    ...table(
      cross.map(([p]) => p),
      crossScores,
      (p) => p.script,
      0.7,
    ),
  ];
}

/** Whole-entry pairs from the lists (`bench/lib/entity-pairs.ts`), scored by both engines: accuracy per category on the held-out part. */
function entityPairsSection(entities: Entity[], older: Entity[]): string[] {
  const index = current.buildIndexSync(entities);
  const pairs = buildEntityPairs({
    current: entities,
    older,
    closest: (e) =>
      current
        .screen(
          index,
          { schema: e.schema, properties: { name: e.properties.name ?? [] } },
          { limit: 5, cutoff: 0 },
        )
        .map((m) => m.id),
  });
  const held = pairs.filter((p) => p.split === 'held-out');
  const scoreWith = (now: boolean) => (p: EntityPair) => {
    if (!now && !haveRound1) return NaN;
    const m = now ? current : (baseline as unknown as typeof current);
    return m.score(m.factsOf(p.query), m.factsOf(p.candidate), now ? { tokens: index } : {}).score;
  };
  const right = (s: number, p: EntityPair) => s >= 0.7 === (p.label === 1);
  const engines = [held.map(scoreWith(false)), held.map(scoreWith(true))];
  const acc = (ps: [EntityPair, number][], e: number) => {
    const ok = ps.filter(([p, i]) => right(engines[e]?.[i] as number, p)).length;
    return haveRound1 || e === 1 ? `${ok}/${ps.length} = ${pct(ok, ps.length)}` : '—';
  };
  const balanced = (e: number) => {
    if (!haveRound1 && e === 0) return '—';
    const share = (label: number) => {
      const ps = held.map((p, i) => [p, i] as [EntityPair, number]).filter(([p]) => p.label === label);
      return ps.filter(([p, i]) => right(engines[e]?.[i] as number, p)).length / Math.max(1, ps.length);
    };
    return `${(50 * (share(0) + share(1))).toFixed(1)}%`;
  };
  const cats = [...new Set(held.map((p) => p.category))].sort();
  const all = held.map((p, i) => [p, i] as [EntityPair, number]);
  return [
    `Labelled entity pairs: ${pairs.length} whole list entries paired (${pairs.length - held.length} tune, ${held.length} held out; \`bench/lib/entity-pairs.ts\`): the same entry in the SDN sets of January 2019 and July 2021 where a compared field (names, birth dates, countries, identifiers, gender) changed, and the same person or body on the UN and OFAC lists (a shared identifier, or a shared full name and birth date) are positives; the other entry of the same list closest by name (the index's top candidates for its name) is a hard negative. Each pair is scored entry against entry (every name, birth date, country and identifier), threshold 0.70; held-out part only.`,
    '',
    '| category | pairs | round 1 | now |',
    '|---|---|---|---|',
    ...cats.map((c) => {
      const ps = all.filter(([p]) => p.category === c);
      return `| ${c} | ${ps.length} | ${acc(ps, 0)} | ${acc(ps, 1)} |`;
    }),
    `| **accuracy, all held-out entity pairs** | ${held.length} | ${acc(all, 0)} | ${acc(all, 1)} |`,
    `| balanced accuracy (mean of positives and negatives) | ${held.length} | ${balanced(0)} | ${balanced(1)} |`,
  ];
}

function writeDocs(figures: ScreeningFigures, labelled: string[]): void {
  const path = `${process.cwd()}/docs/benchmarks.md`;
  const rows = Object.entries(figures).map(
    ([k, v]) => `| ${k.trim().startsWith('of which') || k.startsWith('  ') ? `↳ ${k.trim()}` : k} | ${v} |`,
  );
  const section = [
    '## Screening',
    '',
    `Command: \`npm run build && node --expose-gc dist/bench/screening.js${process.argv.includes('--quality-only') ? ' --quality-only' : ''}\`${process.env.BENCH_SYNTHETIC ? ` with BENCH_SYNTHETIC=${process.env.BENCH_SYNTHETIC}` : ''} (measured ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)} at the start; \`BENCH_REPEAT\` batch runs per row, default 3).`,
    "Lists: OFAC SDN 2021-07 + OFAC non-SDN 2025-12 + UN 2026-02-27, imported by the real parsers (`importList`: ofac-csv, un-xml) into a temporary SQLite store and read back, with each UN entry's NAME_ORIGINAL_SCRIPT held out as a cross-script query; plus Latin-only copies of the OpenSanctions sample entities for cross-script pairs.",
    'Single-query latency is one thread, warmed up, over every query above. Queries carry name, birth date, nationality and gender from the test sets. Recall counts a hit when the top result matches and is the UN entry or an entry carrying the same listed name (the same person on the OFAC list).',
    'Batch: `screenBatch` (what `interdict screen --input Q.csv --output R.jsonl|R.csv --workers N` runs) on a 20,000-row CSV (name, schema, birth_date: perturbed UN names and synthetic negatives, alternating and cycled) against the same store; queries/s counts from the moment every worker has built its index (`BatchSummary.perSecond`), index load is the time until then (each worker reads the store and builds its own index). Medians over the runs, which alternate between configurations.',
    '',
    `Where the two engines differ, a cell reads "round 1 → now": round 1 is the engine before this work, built from git history at bench time (\`bench/lib/round1.ts\`: \`git archive ${ROUND1_COMMIT}\` of src/core/match and src/core/model, transpiled and imported), run in the same process on the same lists.`,
    '',
    '| figure | value |',
    '|---|---|',
    ...rows,
    '',
    ...labelled,
    '',
  ].join('\n');
  let doc = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n\n';
  const start = doc.indexOf('## Screening');
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + 5);
    const old = doc.slice(start, next >= 0 ? next + 1 : doc.length);
    // Hand-written subsections (### …) of the section are kept below the generated table.
    const notes = old.indexOf('\n### ');
    const kept = notes >= 0 ? `${old.slice(notes + 1).trimEnd()}\n` : '';
    doc =
      doc.slice(0, start) +
      section +
      (kept ? `\n${kept}` : '') +
      (next >= 0 ? `\n${doc.slice(next + 1)}` : '');
  } else {
    doc = `${doc.trimEnd()}\n\n${section}`;
  }
  writeFileSync(path, doc);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  (process.argv.includes('--batch-only') ? runBatchOnly() : run()).catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
