// CPU time per screening query on the bench's query sets, for one build or two
// builds side by side in one process (BEFORE=<a copy of dist/>), with garbage
// collection pauses and a check that both builds return the same results.
//
//   npm run build && node dist/bench/screen-cpu.js
//   BEFORE=/work/scratch/dist-before node dist/bench/screen-cpu.js
//
// Both builds build their own index of the bench's lists (OFAC SDN 2021 +
// non-SDN 2025 + UN 2026, read by the real parsers into SQLite and back), warm
// up on synthetic people not in the timed sets, then each query is run by one
// build and the other in turn (the order alternating).
// SCREEN_CPU_WARM=twin also warms each build on a twin index of the same lists
// with every timed query first (the compiler then has seen every path the timed
// queries take, as in a server that has run for a while, and no memo entry carries
// over: memos are kept per index).
// Each query's time is given two ways: the process's CPU (every thread: V8 also
// compiles and marks on threads of its own, which the query need not wait for)
// and wall time (what the caller waits, on a quiet machine).
// SCREEN_CPU_ONLY=before|after runs one build alone (for `node --cpu-prof`);
// SCREEN_CPU_ROUNDS repeats the timed sets (default 1; results are checked each round).
// SCREEN_CPU_HEAP=<file> samples allocations during the timed sets (collected objects
// included) into a .heapprofile.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import * as current from '../src/core/match/index.js';
import type { ScreenQuery } from '../src/core/match/index.js';
import { dataPath, importLists, loadLists, personQuery, readTable } from './lib/lists.js';

type MatchModule = typeof current;

interface Build {
  name: string;
  m: MatchModule;
  index: ReturnType<MatchModule['buildIndexSync']>;
  /** The twin index warmed on (SCREEN_CPU_WARM=twin). */
  warm?: ReturnType<MatchModule['buildIndexSync']>;
}

interface QuerySet {
  name: string;
  queries: ScreenQuery[];
}

const VERSIONS = { us_ofac_sdn: '2021-07', us_ofac_cons: '2025-12', un_sc_sanctions: '2026-02-27' };

const person = personQuery;

const nameKey = (s: string) => current.foldText(s.replace(/,/g, ' ')).split(' ').sort().join(' ');

/** The bench's synthetic people: given and family names of the 2,000 negatives recombined, `count` from `from`. */
function synthetic(from: number, count: number): ScreenQuery[] {
  const rows = ['negatives-global-1k.csv', 'negatives-us-1k.csv'].flatMap((f) =>
    readTable(dataPath(`matching/${f}`)),
  );
  const given = rows.map((r) => r.first_name ?? '').filter(Boolean);
  const family = rows.map((r) => r.last_name ?? '').filter(Boolean);
  const out: ScreenQuery[] = [];
  for (let i = from; i < from + count; i++) {
    const a = given[(i * 7919) % given.length] as string;
    const b = family[(i * 104729 + Math.floor(i / given.length)) % family.length] as string;
    out.push({ schema: 'Person', properties: { name: [`${a} ${b}`] } });
  }
  return out;
}

function querySets(
  un: Awaited<ReturnType<typeof loadLists>>['un'],
  schemaOf: Map<string, string>,
): QuerySet[] {
  // Perturbed UN names whose untreated form is a UN entry's name (as bench/screening.ts counts them).
  const unNames = new Set<string>();
  for (const e of un.entities)
    for (const n of [...(e.properties.name ?? []), ...(e.properties.alias ?? [])]) unNames.add(nameKey(n));
  const untreated = readTable(dataPath('matching/un-positives-untreated.csv'));
  const treated = readTable(dataPath('matching/un-positives-treated.csv'));
  const perturbed = treated
    .filter((_, i) => unNames.has(nameKey(untreated[i]?.full_name ?? '')))
    .map((row) => person(row));
  const negatives = ['negatives-global-1k.csv', 'negatives-us-1k.csv'].flatMap((f) =>
    readTable(dataPath(`matching/${f}`)).map(person),
  );
  const native = un.native.map((n) => ({
    schema: schemaOf.get(n.id) ?? 'Person',
    properties: { name: [n.name] },
  }));
  return [
    { name: 'synthetic people, never seen', queries: synthetic(300_000, 3000) },
    { name: 'perturbed UN names', queries: perturbed },
    { name: 'negatives (name, birth date, nationality, gender)', queries: negatives },
    { name: 'UN names in original script', queries: native },
    {
      name: '"Mohammed Ali Hassan", first time',
      queries: [{ schema: 'Person', properties: { name: ['Mohammed Ali Hassan'] } }],
    },
  ];
}

/** Per build and query: CPU ms, wall ms and the wall interval (for attributing GC pauses). */
interface Timing {
  cpu: Float64Array;
  wall: Float64Array;
  start: Float64Array;
  /** 1 where a GC pause began during the query. */
  gc: Uint8Array;
}

const quantile = (xs: Float64Array, q: number) => {
  const s = Float64Array.from(xs).sort();
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const mean = (xs: Float64Array) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

function time(b: Build, q: ScreenQuery, t: Timing, i: number): current.ScreenMatch[] {
  const w0 = performance.now();
  const c0 = process.cpuUsage();
  const r = b.m.screen(b.index, q);
  const c = process.cpuUsage(c0);
  const w1 = performance.now();
  t.cpu[i] = (c.user + c.system) / 1000;
  t.wall[i] = w1 - w0;
  t.start[i] = w0;
  return r;
}

async function main(): Promise<void> {
  const only = process.env.SCREEN_CPU_ONLY;
  const rounds = Number(process.env.SCREEN_CPU_ROUNDS ?? 1);
  const load0 = loadavg();
  const began = new Date();
  const dir = mkdtempSync(join(tmpdir(), 'interdict-screen-cpu-'));
  try {
    const { dbPath } = await importLists(dir);
    const { entities, un } = await loadLists(dbPath);
    const schemaOf = new Map(entities.map((e) => [e.id, e.schema]));
    const mods: [string, MatchModule][] = [];
    if (process.env.BEFORE && only !== 'after') {
      const url = pathToFileURL(resolve(process.env.BEFORE, 'src/core/match/index.js')).href;
      mods.push(['before', (await import(url)) as MatchModule]);
    }
    if (only !== 'before') mods.push(['after', current]);
    const twin = process.env.SCREEN_CPU_WARM === 'twin';
    const builds: Build[] = mods.map(([name, m]) => ({
      name,
      m,
      index: m.buildIndexSync(entities, { versions: VERSIONS }),
      ...(twin ? { warm: m.buildIndexSync(entities, { versions: VERSIONS }) } : {}),
    }));
    const sets = querySets(un, schemaOf);
    const warm = synthetic(200_000, 600);
    for (const q of warm) for (const b of builds) b.m.screen(b.index, q);
    if (twin)
      for (const set of sets) for (const q of set.queries) for (const b of builds) b.m.screen(b.warm!, q);

    const gcs: { start: number; ms: number }[] = [];
    const obs = new PerformanceObserver((list) => {
      for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration });
    });
    obs.observe({ entryTypes: ['gc'] });

    const heapFile = process.env.SCREEN_CPU_HEAP;
    const session = heapFile ? new Session() : undefined;
    if (session) {
      session.connect();
      await session.post('HeapProfiler.startSampling', {
        samplingInterval: 4096,
        includeObjectsCollectedByMajorGC: true,
        includeObjectsCollectedByMinorGC: true,
      });
    }
    const timings = new Map<string, Timing[]>();
    let compared = 0;
    const diffs: string[] = [];
    let turn = 0;
    for (let round = 0; round < rounds; round++) {
      for (const set of sets) {
        const n = set.queries.length;
        const ts = builds.map(() => ({
          cpu: new Float64Array(n),
          wall: new Float64Array(n),
          start: new Float64Array(n),
          gc: new Uint8Array(n),
        }));
        set.queries.forEach((q, i) => {
          const out: string[] = new Array<string>(builds.length);
          for (let k = 0; k < builds.length; k++) {
            const j = (k + turn) % builds.length;
            out[j] = JSON.stringify(time(builds[j] as Build, q, ts[j] as Timing, i));
          }
          turn++;
          if (builds.length === 2) {
            compared++;
            if (out[0] !== out[1] && diffs.length < 10)
              diffs.push(`${set.name} #${i} ${JSON.stringify(q.properties.name)}:\n  ${out[0]}\n  ${out[1]}`);
            else if (out[0] !== out[1]) diffs.push('');
          }
        });
        timings.set(`${round}|${set.name}`, ts);
      }
    }
    await new Promise((r) => setTimeout(r, 50));
    obs.disconnect();
    if (session && heapFile) {
      const { profile } = await session.post('HeapProfiler.stopSampling');
      writeFileSync(heapFile, JSON.stringify(profile));
      session.disconnect();
    }
    const load1 = loadavg();

    // Each GC pause goes to the query whose wall interval holds its start.
    const intervals: { start: number; end: number; key: string; build: number; t: Timing; i: number }[] = [];
    for (const [key, ts] of timings)
      ts.forEach((t, b) =>
        t.start.forEach((s, i) =>
          intervals.push({ start: s, end: s + (t.wall[i] as number), key, build: b, t, i }),
        ),
      );
    intervals.sort((a, b) => a.start - b.start);
    const gcBy = new Map<string, { count: number; ms: number }>();
    let gcOutside = 0;
    for (const g of gcs) {
      let lo = 0,
        hi = intervals.length - 1,
        at = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if ((intervals[mid]?.start as number) <= g.start) {
          at = mid;
          lo = mid + 1;
        } else hi = mid - 1;
      }
      const iv = intervals[at];
      if (!iv || g.start > iv.end) {
        gcOutside++;
        continue;
      }
      iv.t.gc[iv.i] = 1;
      const k = `${iv.key}|${iv.build}`;
      const acc = gcBy.get(k) ?? { count: 0, ms: 0 };
      acc.count++;
      acc.ms += g.ms;
      gcBy.set(k, acc);
    }

    console.log(
      `screen-cpu: ${began.toISOString()}, Node ${process.version}, ${cpus().length} cores, load average ${load0.map((x) => x.toFixed(2)).join(' ')} at the start, ${load1.map((x) => x.toFixed(2)).join(' ')} at the end`,
    );
    console.log(
      `builds: ${builds.map((b) => b.name).join(', ')}${process.env.BEFORE ? ` (before = ${process.env.BEFORE})` : ''}; ${builds[0]?.index.size ?? 0} entities indexed; ${rounds} round(s); warm-up: ${twin ? 'every timed query on a twin index, and ' : ''}600 synthetic people`,
    );
    console.log(
      "ms per query, mean / p50 / p99: process CPU (all threads), wall; GC: pauses begun during the set's queries, count / total ms; process-CPU p99 of the queries no pause began in\n",
    );
    const head = [
      'query set',
      'n',
      ...builds.flatMap((b) => [
        `${b.name} CPU`,
        `${b.name} wall`,
        `${b.name} GC`,
        `${b.name} p99 without GC`,
      ]),
    ];
    const stats = (xs: Float64Array) =>
      `${mean(xs).toFixed(2)} / ${quantile(xs, 0.5).toFixed(2)} / ${quantile(xs, 0.99).toFixed(2)}`;
    const rows: string[][] = [];
    for (const [key, ts] of timings) {
      const [round, set] = key.split('|') as [string, string];
      rows.push([
        rounds > 1 ? `${set} (round ${Number(round) + 1})` : set,
        String(ts[0]?.cpu.length ?? 0),
        ...ts.flatMap((t, b) => {
          const g = gcBy.get(`${key}|${b}`) ?? { count: 0, ms: 0 };
          return [
            stats(t.cpu),
            stats(t.wall),
            `${g.count} / ${g.ms.toFixed(0)}`,
            quantile(
              t.cpu.filter((_, i) => !t.gc[i]),
              0.99,
            ).toFixed(2),
          ];
        }),
      ]);
    }
    console.log(`| ${head.join(' | ')} |`);
    console.log(`|${head.map(() => '---').join('|')}|`);
    for (const r of rows) console.log(`| ${r.join(' | ')} |`);
    console.log(`\nGC pauses outside any timed query: ${gcOutside}`);
    const slow = Number(process.env.SCREEN_CPU_SLOW ?? 0);
    if (slow > 0) {
      for (const [key, ts] of timings) {
        const set = sets.find((x) => key.endsWith(`|${x.name}`));
        ts.forEach((t, b) => {
          const order = [...t.cpu.keys()].sort((x, y) => (t.cpu[y] as number) - (t.cpu[x] as number));
          console.log(`\nslowest of ${key} (${builds[b]?.name}):`);
          for (const i of order.slice(0, slow))
            console.log(
              `  ${(t.cpu[i] as number).toFixed(2)} ms${t.gc[i] ? ' (GC)' : ''}  ${JSON.stringify(set?.queries[i]?.properties.name)}`,
            );
        });
      }
    }
    if (builds.length === 2) {
      console.log(
        diffs.length === 0
          ? `results identical on ${compared} queries (result lists, scores, explanations, JSON for JSON)`
          : `RESULTS DIFFER on ${diffs.length} of ${compared} queries:\n${diffs.filter(Boolean).join('\n')}`,
      );
      if (diffs.length) process.exitCode = 1;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
