// Monitoring bench.
// 1. Reverse re-screening: a book of counterparties (default 1,000,000; BENCH_BOOK
//    sets the size) re-screened against the real 2019-01 → 2021-07 SDN change,
//    stored as two versions of one dataset, as `interdict monitor run` does it
//    (the store's diff and entity bodies, the book index, the matching), side by
//    side with a full re-screen of the same book against the 2021 version
//    (timed on a sample and projected to the whole book, said so in the table).
// 2. Network rules on a generated 10,000-actor network under a plan, with and
//    without the planner-based rules (drift and patch).
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importList } from '../src/adapters/node/import-list.js';
import { reverseRescreenThreads } from '../src/adapters/node/reverse-threads.js';
import { SqliteStore } from '../src/adapters/node/sqlite-store.js';
import { buildIndexSync } from '../src/core/match/candidate-index.js';
import { screen } from '../src/core/match/screen.js';
import type { Entity } from '../src/core/model/entity.js';
import type { Network } from '../src/core/model/network.js';
import { BookIndex } from '../src/core/monitor/book-index.js';
import { fullRescreen } from '../src/core/monitor/full-rescreen.js';
import { bookIndex } from '../src/core/monitor/list-rules.js';
import { evaluateNetworkRules } from '../src/core/monitor/network-rules.js';
import { searchBestPlan } from '../src/core/monitor/rule-plan-drift.js';
import {
  materialFingerprint,
  NETWORK_THRESHOLDS,
  type BookWatch,
  type Counterparty,
  type NetworkWatch,
} from '../src/core/monitor/types.js';
import { listChange } from '../src/service/monitor.js';
import { dataPath } from './lib/lists.js';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const secs = (t0: number) => (performance.now() - t0) / 1000;
const cpuSecs = (c: NodeJS.CpuUsage) => {
  const u = process.cpuUsage(c);
  return (u.user + u.system) / 1e6;
};
const mb = () => Math.round(process.memoryUsage().rss / 1e6);

/** A synthetic book: names recombined from the list's own name parts, plus listed names planted as true hits. */
export function makeBook(entities: Entity[], size: number, planted: Entity[]): Counterparty[] {
  const rand = rng(7);
  const given: string[] = [];
  const family: string[] = [];
  for (const e of entities) {
    if (e.schema !== 'Person') continue;
    const parts = (e.properties.name?.[0] ?? '')
      .replace(/,/g, ' ')
      .split(/\s+/)
      .filter((p) => p.length > 1);
    if (parts.length < 2) continue;
    family.push(parts[0]!);
    given.push(...parts.slice(1));
  }
  const pick = (xs: string[]) => xs[Math.floor(rand() * xs.length)]!;
  const book: Counterparty[] = [];
  for (let i = 0; i < size - planted.length; i++) {
    const name =
      rand() < 0.5 ? `${pick(given)} ${pick(family)}` : `${pick(given)} ${pick(given)} ${pick(family)}`;
    book.push({ id: `c${i}`, schema: 'Person', properties: { name: [name] } });
  }
  planted.forEach((e, i) =>
    book.push({
      id: `hit${i}`,
      schema: e.schema === 'Person' ? 'Person' : 'LegalEntity',
      properties: { name: [e.properties.name![0]!] },
    }),
  );
  return book;
}

export function layeredNetwork(actors: number): Network {
  const rand = rng(11);
  const nodes: Network['nodes'] = [];
  const channels: Network['channels'] = [];
  const layers = [1, Math.floor(actors * 0.1), Math.floor(actors * 0.5), Math.floor(actors * 0.39), 0];
  layers[4] = actors - layers.slice(0, 4).reduce((a, b) => a + b, 0);
  const roles = ['sponsor', 'operator', 'front', 'transit', 'recipient'] as const;
  const ids: string[][] = [];
  layers.forEach((n, l) => {
    ids.push([]);
    for (let i = 0; i < n; i++) {
      const id = `${roles[l]}-${i}`;
      ids[l]!.push(id);
      nodes.push({ id, schema: 'Organization', role: roles[l]!, properties: { name: [id] } });
    }
  });
  let c = 0;
  for (let l = 0; l < 4; l++) {
    for (const to of ids[l + 1]!) {
      for (let k = 0; k < 2; k++) {
        const from = ids[l]![Math.floor(rand() * ids[l]!.length)]!;
        channels.push({
          id: `c${c++}`,
          from,
          to,
          kind: 'financial',
          capacity: 1 + Math.floor(rand() * 20),
          confidence: 0.7,
          confidenceLabel: 'reported',
          sources: [{ citation: 'generated' }],
        });
      }
    }
  }
  const actions = ids[1]!.map((id, i) => ({
    id: `designate-${id}`,
    kind: 'designate' as const,
    target: { type: 'node' as const, id },
    cost: 1 + (i % 3),
    effect: { type: 'remove' as const },
  }));
  return { id: 'gen', name: 'generated', nodes, channels, jurisdictions: [], actions };
}

export async function run(): Promise<void> {
  // BENCH_MONITOR=book or network runs one half.
  const part = process.env.BENCH_MONITOR ?? 'all';
  if (part !== 'network') await runBook();
  if (part !== 'book') await runNetwork();
}

async function runBook(): Promise<void> {
  const size = Number(process.env.BENCH_BOOK ?? 1_000_000);
  const dir = mkdtempSync(join(tmpdir(), 'interdict-bench-monitor-'));
  try {
    const store = new SqliteStore(join(dir, 'lists.sqlite'));
    let t0 = performance.now();
    await importList(store, {
      format: 'ofac-csv',
      path: dataPath('ofac-sdn-2019-01'),
      dataset: 'sdn',
      allowMissingMarker: true,
    });
    await importList(store, { format: 'ofac-csv', path: dataPath('ofac-sdn-2021-07'), dataset: 'sdn' });
    const importSecs = secs(t0);
    const v2: Entity[] = [];
    for await (const e of store.datasetEntities('sdn', 2)) v2.push(e);

    t0 = performance.now();
    const change = await listChange(store, 'sdn', 1, 2);
    const diffSecs = secs(t0);
    const planted = change.added
      .filter(
        (e) =>
          e.properties.name?.length &&
          ['Person', 'Organization', 'Company', 'LegalEntity'].includes(e.schema),
      )
      .slice(0, 1000);
    const book = makeBook(v2, size, planted);
    const watch: BookWatch = {
      kind: 'book',
      id: 'bench',
      datasets: ['sdn'],
      threshold: 0.7,
      scoreDelta: 0.05,
      counterparties: book,
      schedule: { type: 'on-new-version' },
      channels: [],
      createdAt: new Date().toISOString(),
    };
    t0 = performance.now();
    let cpu0 = process.cpuUsage();
    const bytes = bookIndex(book).toBytes();
    const buildSecs = secs(t0);
    const buildCpu = cpuSecs(cpu0);
    // What a run does: load the index the watch stored when it was added.
    t0 = performance.now();
    const index = BookIndex.fromBytes(bytes);
    const indexSecs = secs(t0);
    t0 = performance.now();
    cpu0 = process.cpuUsage();
    // As `monitor run` does it: on worker threads (BENCH_THREADS, default the machine's parallelism),
    // the book and its index put in shared memory first (counted).
    const threads = Number(process.env.BENCH_THREADS ?? availableParallelism());
    const r = await reverseRescreenThreads({ threads, minBook: 0 })(watch, change, [], [], index);
    const screenSecs = secs(t0);
    const screenCpu = cpuSecs(cpu0);
    const hitsFound = new Set(
      r.events
        .map((e) => e.evidence && (e.evidence as { counterparty: string }).counterparty)
        .filter((c) => c.startsWith('hit')),
    ).size;
    const rssReverse = mb();

    // The weekly check, on a sample: the full re-screen of these counterparties against the
    // whole 2021 list; every pair it finds with an entity the diff added or changed must have
    // come out of the reverse path.
    const reversed = new Set(r.events.map((e) => e.subject.id));
    // (Entities whose material fields did not change were matched against the book before.)
    const targets = new Set([
      ...change.added.map((e) => e.id),
      ...change.changed
        .filter((c) => materialFingerprint(c.before) !== materialFingerprint(c.after))
        .map((c) => c.after.id),
    ]);
    const checkSample = Math.min(book.length - planted.length, Number(process.env.BENCH_CHECK ?? 2000));
    const checked = [
      ...Array.from(
        { length: checkSample },
        (_, i) => book[Math.floor((i * (book.length - planted.length)) / checkSample)]!,
      ),
      ...book.slice(book.length - planted.length),
    ];
    t0 = performance.now();
    const forward = fullRescreen({ ...watch, counterparties: checked }, v2, []);
    const checkSecs = secs(t0);
    const forwardPairs = [...forward.values()].filter((e) => targets.has(e.subject.id.split('|')[1]!));
    const missed = forwardPairs.filter((e) => !reversed.has(e.subject.id));

    // Full re-screen of the same book against the 2021 version: timed on a sample, projected.
    t0 = performance.now();
    const listIndex = buildIndexSync(v2, { versions: { sdn: '2' }, defaultDataset: 'sdn' });
    const listIndexSecs = secs(t0);
    const sample = Math.min(book.length, Number(process.env.BENCH_SAMPLE ?? 5_000));
    const step = book.length / sample;
    t0 = performance.now();
    for (let i = 0; i < sample; i++) {
      const cp = book[Math.floor(i * step)]!;
      screen(
        listIndex,
        { schema: cp.schema, properties: cp.properties },
        { threshold: 0.7, cutoff: 0.5, limit: 50 },
      );
    }
    const perQuery = secs(t0) / sample;
    const fullSecs = listIndexSecs + perQuery * book.length;
    const reverseSecs = diffSecs + indexSecs + screenSecs;

    console.log(
      `Book of ${size.toLocaleString('en')} counterparties (${planted.length} planted listed names); SDN 2019-01 → 2021-07: ${change.added.length} added, ${change.changed.length} changed, ${change.removed.length} removed (imports took ${importSecs.toFixed(1)} s, not counted)\n`,
    );
    console.log(
      `Load average at the start: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}\n`,
    );
    console.log('| path | what it does | time (s) |');
    console.log('|---|---|---:|');
    console.log(`| reverse (monitor run) | store diff + bodies | ${diffSecs.toFixed(2)} |`);
    console.log(
      `| | load the book's index (${Math.round(bytes.byteLength / 1e6)} MB, built once when the watch was added: ${buildSecs.toFixed(1)} s, ${buildCpu.toFixed(1)} s of CPU) | ${indexSecs.toFixed(2)} |`,
    );
    console.log(
      `| | match ${r.screened} added/changed entities (${r.skipped} changed only in non-material fields skipped; ${r.weighed.toLocaleString('en')} counterparties weighed by the first bound, ${r.refined.toLocaleString('en')} by the parts' bound, ${r.scored.toLocaleString('en')} scored exactly; on ${threads} thread${threads > 1 ? 's' : ''}, the book and its index shared first; ${screenCpu.toFixed(1)} s of CPU) | ${screenSecs.toFixed(2)} |`,
    );
    console.log(
      `| | **total** (${r.events.length} alerts, ${hitsFound}/${planted.length} planted hits found; RSS ${rssReverse} MB) | **${reverseSecs.toFixed(1)}** |`,
    );
    console.log(
      `| full re-screen | index of the 2021 list + ${size.toLocaleString('en')} queries (projected from ${sample.toLocaleString('en')} at ${(1 / perQuery).toFixed(0)} q/s) | ${fullSecs.toFixed(1)} |`,
    );
    console.log(
      `| weekly check (sample) | full re-screen of ${checked.length.toLocaleString('en')} counterparties (${checkSample.toLocaleString('en')} sampled + the planted) against the whole 2021 list: ${forwardPairs.length} pairs with added or materially changed entities, **${missed.length} missed** by the reverse path${
        missed.length
          ? ` (${missed
              .slice(0, 5)
              .map((e) => e.subject.id)
              .join(', ')})`
          : ''
      } | ${checkSecs.toFixed(1)} |`,
    );
    console.log(
      `\nReverse path ${(fullSecs / reverseSecs).toFixed(1)}× faster than the full re-screen; goal ≤ 60 s for 1,000,000.\n`,
    );
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function runNetwork(): Promise<void> {
  // Network rules on 10,000 actors.
  const previous = layeredNetwork(10_000);
  const plan = previous.actions.slice(0, 40).map((a) => a.id);
  const current: Network = {
    ...previous,
    nodes: [
      ...previous.nodes,
      { id: 'new-front', schema: 'Organization', role: 'front', properties: { name: ['new front'] } },
    ],
    channels: [
      ...previous.channels.map((c, i) => (i % 500 === 0 ? { ...c, capacity: c.capacity + 5 } : c)),
      {
        id: 'nf-in',
        from: 'operator-0',
        to: 'new-front',
        kind: 'financial',
        capacity: 30,
        confidence: 0.4,
        confidenceLabel: 'alleged',
      },
      {
        id: 'nf-out',
        from: 'new-front',
        to: 'transit-0',
        kind: 'financial',
        capacity: 30,
        confidence: 0.4,
        confidenceLabel: 'alleged',
      },
    ],
  };
  const watch: NetworkWatch = {
    kind: 'network',
    id: 'bench',
    network: 'gen',
    plan,
    budget: 60,
    thresholds: { ...NETWORK_THRESHOLDS, patchBudget: 3 },
    schedule: { type: 'on-new-version' },
    channels: [],
    createdAt: new Date().toISOString(),
  };
  console.log(
    `Network rules on ${current.nodes.length.toLocaleString('en')} actors, ${current.channels.length.toLocaleString('en')} channels, plan of ${plan.length} actions:\n`,
  );
  console.log('| rules | events | wall (s) | CPU (s) |');
  console.log('|---|---:|---:|---:|');
  let hint: string[] | undefined;
  // As a watch runs them: adding the watch searches the best plan for the budget in full, once;
  // each evaluation starts from the best plan known (the one found when the watch was added, then the
  // previous run's).
  {
    const t = performance.now();
    const c = process.cpuUsage();
    const best = await searchBestPlan(previous, watch);
    console.log(
      `| when the watch is added (not a rule run): the best plan for budget ${watch.budget}, searched in full once | ${best.actions.length} actions | ${secs(t).toFixed(2)} | ${cpuSecs(c).toFixed(2)} |`,
    );
    hint = best.actions;
  }
  const rows: [string, boolean][] = [
    ['flow rules (reconnection, breach, restored capacity, new front, provenance) with evidence', true],
    [
      'all, with plan drift from the plan found when the watch was added (the first run) and the cheapest patch',
      false,
    ],
    ['flow rules, again', true],
    ["all, with plan drift from the previous run's best plan (a later run) and the cheapest patch", false],
  ];
  for (const [label, skipPlanner] of rows) {
    const t = performance.now();
    const c = process.cpuUsage();
    const events = await evaluateNetworkRules(
      watch,
      { network: previous, version: 1 },
      { network: current, version: 2 },
      {
        skipPlanner,
        ...(hint ? { bestPlanHint: hint } : {}),
        onBestPlan: (actions) => {
          hint = actions;
        },
      },
    );
    console.log(
      `| ${label} | ${events.length} (${events.map((e) => e.rule).join(', ')}) | ${secs(t).toFixed(2)} | ${cpuSecs(c).toFixed(2)} |`,
    );
  }
}
