// `interdict screen` (one name, a batch file, or every actor of a network)
// and `interdict score-pairs` (pairwise scores for evaluation).

import { tempOutput } from '../../node/temp-output.js';
import { scorePair } from '../../../core/match/index.js';
import { actorScreeningTable } from '../actor-screening.js';
import { splitCsvLine } from '../../../core/ingest/csv-line.js';
import { numberedLines } from '../../../core/ingest/lines.js';
import { InputError, UsageError } from '../../../core/model/errors.js';
import { readLines } from '../../node/files.js';
import { loadNetwork } from '../../node/load-network.js';
import { openStore } from '../../node/open-store.js';
import { resolveDbPath } from '../../node/paths.js';
import { screenDistributed } from '../../node/distributed-screen.js';
import { screenBatch } from '../../node/screen-batch.js';
import { csvCell } from '../../node/screen-output.js';
import { screeningService } from '../../node/screening.js';
import { QUERY_SCHEMATA, type RawQuery } from '../../../service/query.js';
import type { ScreeningHit, ScreenRequest } from '../../../service/screening.js';
import {
  COMMON_OPTIONS,
  flag,
  listOpt,
  numberOpt,
  printJson,
  stringOpt,
  withStore,
  type Command,
  type Io,
  type ParsedArgs,
} from '../command.js';
import { table } from '../format.js';

/** The request options every form of `screen` shares: limit, threshold, algorithm, datasets, hops. */
function screenOptions(args: ParsedArgs): Omit<ScreenRequest, 'query'> {
  const o: Omit<ScreenRequest, 'query'> = { strict: true };
  const threshold = numberOpt(args, 'threshold');
  const limit = numberOpt(args, 'limit');
  const hops = numberOpt(args, 'hops');
  if (threshold !== undefined) {
    if (threshold < 0 || threshold > 1)
      throw new UsageError(`--threshold ${threshold} is outside [0, 1]`, 'pass --threshold 0.7');
    o.threshold = threshold;
  }
  if (limit !== undefined) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new UsageError(`--limit ${limit} must be a whole number ≥ 1`, 'pass --limit 10');
    o.limit = limit;
  }
  if (hops !== undefined) {
    if (!Number.isInteger(hops) || hops < 0 || hops > 6)
      throw new UsageError(`--hops ${hops} must be a whole number from 0 to 6`, 'pass --hops 3');
    o.hops = hops;
  }
  const algorithm = stringOpt(args, 'algorithm');
  if (algorithm) o.algorithm = algorithm;
  const datasets = listOpt(args, 'dataset');
  if (datasets.length) o.scope = datasets;
  return o;
}

function singleQuery(args: ParsedArgs, name: string): RawQuery {
  const schema = stringOpt(args, 'schema');
  if (schema !== undefined && !(QUERY_SCHEMATA as readonly string[]).includes(schema))
    throw new UsageError(`unknown schema "${schema}"`, `use one of: ${QUERY_SCHEMATA.join(', ')}`);
  const properties: Record<string, string[]> = { name: [name] };
  const country = stringOpt(args, 'country');
  if (country) properties.country = [country];
  const birth = stringOpt(args, 'birth-date');
  if (birth) properties.birthDate = [birth];
  const id = stringOpt(args, 'id-number');
  if (id) properties.idNumber = [id];
  return schema ? { schema, properties } : { properties };
}

function printMatches(io: Io, results: ScreeningHit[]): void {
  if (results.length === 0) {
    io.out('no candidates above the cutoff\n');
    return;
  }
  io.out(
    table(
      ['score', 'match', 'id', 'schema', 'name', 'dataset'],
      results.map((r) => [
        r.score.toFixed(3),
        r.match ? 'MATCH' : '',
        r.id,
        r.schema,
        r.caption,
        Object.entries(r.versions)
          .map(([d, v]) => `${d}@${v}`)
          .join(', '),
      ]),
    ),
  );
  const best = results[0]!;
  io.out(`\nWhy ${best.caption} scores ${best.score.toFixed(3)}:\n`);
  io.out(
    table(
      ['feature', 'query', 'candidate', 'contribution'],
      best.explanations.map((e) => [e.feature, e.query, e.candidate, e.contribution.toFixed(3)]),
    ),
  );
}

async function runNetworkScreening(args: ParsedArgs, io: Io, arg: string): Promise<number> {
  const { network, label } = await loadNetwork(arg, { env: io.env, db: stringOpt(args, 'db') });
  const db = resolveDbPath(stringOpt(args, 'db'), io.env);
  return withStore(args, io, async (store) => {
    const service = screeningService(store, { db, env: io.env });
    const { datasets, actors: rows } = await service.screenNetwork(network, screenOptions(args));
    if (flag(args, 'json')) {
      printJson(io, { network: label, datasets, actors: rows });
      return 0;
    }
    io.out(
      `Screened ${rows.length} actors of ${label} against ${datasets.map((d) => `${d.name}@${d.version}`).join(', ')}\n\n`,
    );
    io.out(actorScreeningTable(rows, network));
    const flagged = rows.filter((r) => !r.listed && r.nearestListed !== null).length;
    if (flagged)
      io.out(
        `\n${flagged} actor(s) not listed themselves sit within reach of listed ones: likely fronts or facilitators to review.\n`,
      );
    return 0;
  });
}

function printProximity(io: Io, results: ScreeningHit[]): void {
  for (const r of results.slice(0, 3)) {
    const p = r.proximity;
    if (!p || p.designated) continue;
    if (p.nearest === null)
      io.out(`\n${r.caption} (${r.id}) is not listed and has no listed entity within reach.\n`);
    else
      io.out(
        `\n⚠ ${r.caption} (${r.id}) is not listed itself but sits ${p.nearest} hop(s) from a listed entity: ${p.explanation}\n`,
      );
  }
}

async function runDistributed(
  args: ParsedArgs,
  io: Io,
  input: string,
  output: string,
  db: string,
): Promise<number> {
  if (!/^postgres(ql)?:\/\//.test(db))
    throw new UsageError('--distributed needs the team store', 'pass --db postgres://USER@HOST/DB');
  const chunkSize = numberOpt(args, 'chunk-size');
  if (chunkSize !== undefined && (!Number.isInteger(chunkSize) || chunkSize < 1))
    throw new UsageError(`--chunk-size ${chunkSize} must be a whole number ≥ 1`, 'pass --chunk-size 2000');
  const chunkTimeout = numberOpt(args, 'chunk-timeout');
  const every = numberOpt(args, 'supervise-every');
  const stop = new AbortController();
  const onSignal = (): void => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const summary = await screenDistributed({
      input,
      output,
      db,
      datasets: listOpt(args, 'dataset'),
      screen: screenOptions(args),
      progress: io,
      signal: stop.signal,
      ...(chunkSize ? { chunkSize } : {}),
      timing: {
        ...(chunkTimeout ? { chunkTimeout } : {}),
        ...(every ? { superviseEvery: every } : {}),
      },
      onQueued: (run, chunks) => io.err(`run ${run}: ${chunks} chunks queued; waiting for workers\n`),
    });
    if (flag(args, 'json')) printJson(io, summary);
    else
      io.err(
        `screened ${summary.queries} queries (${summary.matched} matched${summary.errors.length ? `, ${summary.errors.length} with errors` : ''}) in ${summary.seconds.toFixed(1)} s over ${summary.chunks} chunks → ${summary.output}\n`,
      );
    for (const e of summary.errors.slice(0, 20)) io.err(`${input}: ${e}\n`);
    if (summary.errors.length > 20) io.err(`… and ${summary.errors.length - 20} more rows with errors\n`);
    return summary.errors.length ? 1 : 0;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

export const screenCommand: Command = {
  path: ['screen'],
  summary: 'Screen a name (or a CSV/JSONL batch, or a network’s actors) against the stored lists',
  usage:
    'interdict screen "NAME" [--schema Thing|Person|Organization|Company|LegalEntity|PublicBody|Vessel|Airplane] [--country CC|NAME] [--birth-date YYYY[-MM[-DD]]] [--id-number ID] [--dataset D[@V]...] [--algorithm A] [--threshold T] [--limit N] [--hops N] [--db FILE] [--json]\n' +
    '       interdict screen --input FILE.csv|FILE.jsonl --output FILE.jsonl|FILE.csv [--workers N] [--dataset D...] [--db FILE]\n' +
    '       interdict screen --input FILE --output FILE --db postgres://… --distributed [--chunk-size 2000] [--chunk-timeout S]\n' +
    '       interdict screen --network FILE|NETWORK [--dataset D...] [--json]',
  examples: [
    'interdict screen "Mohammed Ali" --schema Person',
    'interdict screen --input examples/parties.csv --output results.jsonl',
    'interdict screen --network article',
  ],
  options: {
    ...COMMON_OPTIONS,
    schema: { type: 'string' },
    country: { type: 'string' },
    'birth-date': { type: 'string' },
    'id-number': { type: 'string' },
    dataset: { type: 'string', multiple: true },
    threshold: { type: 'string' },
    limit: { type: 'string' },
    algorithm: { type: 'string' },
    input: { type: 'string' },
    output: { type: 'string' },
    workers: { type: 'string' },
    distributed: { type: 'boolean', default: false },
    'chunk-size': { type: 'string' },
    'chunk-timeout': { type: 'string' },
    'supervise-every': { type: 'string' },
    network: { type: 'string' },
    hops: { type: 'string' },
  },
  async run(args, io) {
    const dbPath = resolveDbPath(stringOpt(args, 'db'), io.env);
    const input = stringOpt(args, 'input');
    const network = stringOpt(args, 'network');
    if (network) return runNetworkScreening(args, io, network);
    if (input) {
      const output = stringOpt(args, 'output');
      if (!output) throw new UsageError('--input needs --output', 'pass --output results.jsonl');
      if (flag(args, 'distributed')) return runDistributed(args, io, input, output, dbPath);
      const workers = numberOpt(args, 'workers');
      const summary = await screenBatch({
        input,
        output,
        dbPath,
        datasets: listOpt(args, 'dataset'),
        screen: screenOptions(args),
        env: io.env,
        progress: io,
        ...(workers ? { workers } : {}),
      });
      if (flag(args, 'json')) printJson(io, summary);
      else
        io.err(
          `screened ${summary.queries} queries (${summary.matched} matched${summary.errors.length ? `, ${summary.errors.length} with errors` : ''}) in ${summary.seconds.toFixed(1)} s (index ${summary.indexSeconds.toFixed(1)} s, then ${Math.round(summary.perSecond)}/s on ${summary.workers} workers) → ${summary.output}\n`,
        );
      for (const e of summary.errors.slice(0, 20)) io.err(`${input}: ${e}\n`);
      if (summary.errors.length > 20) io.err(`… and ${summary.errors.length - 20} more rows with errors\n`);
      // 1: the output is complete, but some rows could not be screened (they are in it with their error).
      return summary.errors.length ? 1 : 0;
    }
    const name = args.positionals.join(' ').trim();
    if (!name)
      throw new UsageError(
        'give a NAME, --input FILE or --network NETWORK',
        'interdict screen "Mohammed Ali"',
      );
    const query = singleQuery(args, name);
    const store = await openStore(dbPath);
    try {
      const service = screeningService(store, { db: dbPath, env: io.env });
      const answer = await service.screen({ ...screenOptions(args), query });
      if (flag(args, 'json')) printJson(io, answer);
      else {
        printMatches(io, answer.results);
        printProximity(io, answer.results);
      }
      return 0;
    } finally {
      await store.close();
    }
  },
};

export const scorePairsCommand: Command = {
  path: ['score-pairs'],
  summary: 'Score name pairs from a CSV (name1,name2[,schema]) for evaluation',
  usage: 'interdict score-pairs --input FILE.csv --output FILE.csv',
  examples: ['interdict score-pairs --input examples/pairs.csv --output scores.csv'],
  options: { ...COMMON_OPTIONS, input: { type: 'string' }, output: { type: 'string' } },
  async run(args, io) {
    const input = stringOpt(args, 'input');
    const output = stringOpt(args, 'output');
    if (!input || !output)
      throw new UsageError(
        'give --input and --output',
        'interdict score-pairs --input examples/pairs.csv --output scores.csv',
      );
    const out = tempOutput(output);
    let columns: string[] | undefined;
    let rows = 0;
    try {
      for await (const { line, text } of numberedLines(readLines(input))) {
        if (!text.trim()) continue;
        const fields = splitCsvLine(text);
        if (!columns) {
          columns = fields.map((f) => f.value.toLowerCase());
          for (const need of ['name1', 'name2'])
            if (!columns.includes(need))
              throw new InputError(
                'E_SCHEMA',
                `missing column "${need}"`,
                { file: input, line, column: 1 },
                'the header must include name1,name2 (and optionally schema)',
              );
          await out.write([...fields.map((f) => csvCell(f.value)), 'score', 'match'].join(',') + '\n');
          continue;
        }
        if (fields.length !== columns.length)
          throw new InputError(
            'E_PARSE',
            `${fields.length} fields, the header has ${columns.length}`,
            { file: input, line, column: 1 },
            "give every row the header's columns",
          );
        const get = (c: string): string => fields[columns!.indexOf(c)]?.value ?? '';
        const r = scorePair(
          get('name1'),
          get('name2'),
          columns.includes('schema') ? get('schema') || undefined : undefined,
        );
        await out.write(
          [...fields.map((f) => csvCell(f.value)), r.score.toFixed(4), r.match].join(',') + '\n',
        );
        rows++;
      }
      await out.commit();
    } catch (e) {
      await out.discard();
      throw e;
    }
    if (flag(args, 'json')) printJson(io, { rows, output });
    else io.err(`scored ${rows} pairs → ${output}\n`);
    return 0;
  },
};
