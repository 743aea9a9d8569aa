// `interdict screen` (one name, a batch file, or every actor of a network)
// and `interdict score-pairs` (pairwise scores for evaluation).

import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import {
  screen,
  proximity,
  screenNetwork,
  scorePair,
  type ProximityStep,
  type ScreenMatch,
  type ScreenOptions,
  type ScreenQuery,
} from '../../../core/match/index.js';
import { actorScreeningTable } from '../actor-screening.js';
import { splitCsvLine } from '../../../core/ingest/csv-line.js';
import { numberedLines } from '../../../core/ingest/lines.js';
import { InputError, UsageError } from '../../../core/model/errors.js';
import { readLines } from '../../node/files.js';
import { loadNetwork } from '../../node/load-network.js';
import { openStore } from '../../node/open-store.js';
import { resolveDbPath } from '../../node/paths.js';
import { screenBatch } from '../../node/screen-batch.js';
import { csvCell } from '../../node/screen-output.js';
import type { DatasetLinks } from '../../node/dataset-links.js';
import { loadScreeningIndex } from '../../node/screening-index.js';
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

const SCHEMATA = ['Person', 'Organization', 'Company', 'LegalEntity', 'PublicBody', 'Vessel', 'Airplane'];

function screenOptions(args: ParsedArgs): Partial<ScreenOptions> {
  const o: Partial<ScreenOptions> = {};
  const threshold = numberOpt(args, 'threshold');
  const limit = numberOpt(args, 'limit');
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
  return o;
}

function singleQuery(args: ParsedArgs, name: string): ScreenQuery {
  const schema = stringOpt(args, 'schema');
  if (schema !== undefined && !SCHEMATA.includes(schema))
    throw new UsageError(`unknown schema "${schema}"`, `use one of: ${SCHEMATA.join(', ')}`);
  const properties: Record<string, string[]> = { name: [name] };
  const country = stringOpt(args, 'country');
  if (country) properties.country = [country.toLowerCase()];
  const birth = stringOpt(args, 'birth-date');
  if (birth) {
    if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(birth))
      throw new UsageError(`--birth-date "${birth}" is not YYYY[-MM[-DD]]`, 'pass --birth-date 1961-03-14');
    properties.birthDate = [birth];
  }
  const id = stringOpt(args, 'id-number');
  if (id) properties.idNumber = [id];
  return schema ? { schema, properties } : { properties };
}

function printMatches(io: Io, results: ScreenMatch[]): void {
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
        `${r.dataset}@${r.version}`,
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
  return withStore(args, io, async (store) => {
    const { index, datasets } = await loadScreeningIndex(store, listOpt(args, 'dataset'));
    const rows = screenNetwork(index, network, screenOptions(args));
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

interface ResultContext {
  id: string;
  caption: string;
  /** On a list itself (a Sanction names it, or it carries the sanction topic). */
  designated: boolean;
  /** Hops to the nearest designated entity through links and shared addresses or identifiers. */
  nearestDesignated: number | null;
  path: ProximityStep[];
  /** The path in words, with names. */
  explanation: string;
}

/** For the top results that are not listed themselves: how close they sit to listed entities. */
function networkContext(links: DatasetLinks, results: ScreenMatch[], maxHops: number): ResultContext[] {
  const names = new Map(links.entities.map((e) => [e.id, e.properties.name?.[0] ?? e.id]));
  return results.slice(0, 3).map((r) => {
    if (links.designated.has(r.id))
      return {
        id: r.id,
        caption: r.caption,
        designated: true,
        nearestDesignated: 0,
        path: [],
        explanation: 'listed',
      };
    const p = proximity(links.entities, links.designated, r.id, { maxHops, maxHits: 1 });
    const path = p.hits[0]?.path ?? [];
    const name = (id: string): string => `${names.get(id) ?? id} (${id})`;
    const explanation = path.map((s) => `${name(s.from)} —${s.via}→ ${name(s.to)}`).join(', ');
    return {
      id: r.id,
      caption: r.caption,
      designated: false,
      nearestDesignated: p.nearest,
      path,
      explanation,
    };
  });
}

function printNetworkContext(io: Io, context: ResultContext[]): void {
  for (const c of context) {
    if (c.designated) continue;
    if (c.nearestDesignated === null)
      io.out(`\n${c.caption} (${c.id}) is not listed and has no listed entity within reach.\n`);
    else {
      io.out(
        `\n⚠ ${c.caption} (${c.id}) is not listed itself but sits ${c.nearestDesignated} hop(s) from a listed entity: ${c.explanation}\n`,
      );
    }
  }
}

export const screenCommand: Command = {
  path: ['screen'],
  summary: 'Screen a name (or a CSV/JSONL batch, or a network’s actors) against the stored lists',
  usage:
    'interdict screen "NAME" [--schema Person|Organization|Company|LegalEntity|Vessel|Airplane] [--country CC] [--birth-date YYYY[-MM[-DD]]] [--id-number ID] [--dataset D...] [--threshold T] [--limit N] [--hops N] [--db FILE] [--json]\n' +
    '       interdict screen --input FILE.csv|FILE.jsonl --output FILE.jsonl|FILE.csv [--workers N] [--dataset D...] [--db FILE]\n' +
    '       interdict screen --network FILE|NETWORK [--dataset D...] [--json]',
  examples: [
    'interdict screen "Mohammed Ali" --schema Person',
    'interdict screen --input parties.csv --output results.jsonl',
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
    input: { type: 'string' },
    output: { type: 'string' },
    workers: { type: 'string' },
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
      const workers = numberOpt(args, 'workers');
      const summary = await screenBatch({
        input,
        output,
        dbPath,
        datasets: listOpt(args, 'dataset'),
        screen: screenOptions(args),
        progress: io,
        ...(workers ? { workers } : {}),
      });
      if (flag(args, 'json')) printJson(io, summary);
      else
        io.err(
          `screened ${summary.queries} queries (${summary.matched} matched) in ${summary.seconds.toFixed(1)} s (index ${summary.indexSeconds.toFixed(1)} s, then ${Math.round(summary.perSecond)}/s on ${summary.workers} workers) → ${summary.output}\n`,
        );
      return 0;
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
      const hops = numberOpt(args, 'hops', 3)!;
      const { index, datasets, links } = await loadScreeningIndex(store, listOpt(args, 'dataset'), {
        links: hops > 0,
      });
      const results = screen(index, query, screenOptions(args));
      const network = links && results.length ? networkContext(links, results, hops) : [];
      if (flag(args, 'json')) printJson(io, { query, datasets, results, network });
      else {
        printMatches(io, results);
        printNetworkContext(io, network);
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
  usage: 'interdict score-pairs --input pairs.csv --output scores.csv',
  examples: ['interdict score-pairs --input pairs.csv --output scores.csv'],
  options: { ...COMMON_OPTIONS, input: { type: 'string' }, output: { type: 'string' } },
  async run(args, io) {
    const input = stringOpt(args, 'input');
    const output = stringOpt(args, 'output');
    if (!input || !output)
      throw new UsageError(
        'give --input and --output',
        'interdict score-pairs --input pairs.csv --output scores.csv',
      );
    const tmp = `${output}.${process.pid}.partial`;
    const out = createWriteStream(tmp);
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
          out.write([...fields.map((f) => csvCell(f.value)), 'score', 'match'].join(',') + '\n');
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
        if (
          !out.write([...fields.map((f) => csvCell(f.value)), r.score.toFixed(4), r.match].join(',') + '\n')
        )
          await once(out, 'drain');
        rows++;
      }
      out.end();
      await once(out, 'finish');
      renameSync(tmp, output);
    } catch (e) {
      out.destroy();
      rmSync(tmp, { force: true });
      throw e;
    }
    if (flag(args, 'json')) printJson(io, { rows, output });
    else io.err(`scored ${rows} pairs → ${output}\n`);
    return 0;
  },
};
