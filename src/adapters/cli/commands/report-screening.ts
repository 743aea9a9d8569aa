// `interdict report screening`: a screening dossier to file — one party or a
// batch screened now (each decision written to the audit log), or decisions
// already in the audit log — as HTML or PDF, with the trail as CSV and JSON.

import type { ScreenQuery } from '../../../core/match/index.js';
import { readScreeningQueries } from '../../../core/ingest/screening-queries.js';
import { UsageError } from '../../../core/model/errors.js';
import type { AuditRecord, Store, VersionInfo } from '../../../core/store/store.js';
import {
  auditDossier,
  auditTrailCsv,
  auditTrailJson,
  decide,
  renderScreeningDossier,
  type DossierData,
  type DossierParty,
} from '../../../service/report/index.js';
import { readLines, writeFileAtomic } from '../../node/files.js';
import { screeningService } from '../../node/screening.js';
import { QUERY_SCHEMATA } from '../../../service/query.js';
import {
  COMMON_OPTIONS,
  flag,
  listOpt,
  numberOpt,
  stringOpt,
  withStore,
  type Command,
  type Io,
  type ParsedArgs,
} from '../command.js';
import { reportOutputOpt, writeReport } from './report.js';

/** Most parties one dossier screens (a larger batch belongs in `interdict screen --batch`). */
export const DOSSIER_MAX_PARTIES = 5000;

const SCHEMATA: readonly string[] = QUERY_SCHEMATA;

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

async function batchQueries(
  file: string,
): Promise<{ label: string; query: ScreenQuery; where?: { file: string; line: number } }[]> {
  const format = /\.csv$/i.test(file) ? 'csv' : /\.(jsonl|ndjson)$/i.test(file) ? 'jsonl' : undefined;
  if (!format)
    throw new UsageError(`cannot tell the format of ${file}`, 'name the batch file .csv or .jsonl');
  const out: { label: string; query: ScreenQuery; where?: { file: string; line: number } }[] = [];
  for await (const row of readScreeningQueries(readLines(file), { file, format })) {
    if (out.length >= DOSSIER_MAX_PARTIES)
      throw new UsageError(
        `${file} has more than ${DOSSIER_MAX_PARTIES} parties`,
        'split it, or screen it in bulk with: interdict screen --batch FILE --output results.csv',
      );
    if (row.error) throw row.error;
    const name = row.query.properties.name?.[0] ?? '(no name)';
    out.push({ label: `${name} (${file}:${row.line})`, query: row.query, where: { file, line: row.line } });
  }
  return out;
}

async function screenNow(
  store: Store,
  args: ParsedArgs,
  parties: { label: string; query: ScreenQuery; where?: { file: string; line: number } }[],
  origin: string,
  date: string,
): Promise<DossierData> {
  const service = screeningService(store);
  const refs = listOpt(args, 'dataset');
  const datasets = await service.scope(refs.length ? refs : undefined);
  const scope = datasets.map((d) => `${d.name}@${d.version}`);
  const infos: VersionInfo[] = [];
  for (const d of datasets) infos.push(await store.datasetInfo(d.name, d.version));
  const threshold = numberOpt(args, 'threshold', 0.7)!;
  if (!(threshold >= 0 && threshold <= 1))
    throw new UsageError(`--threshold ${threshold} is outside [0, 1]`, 'pass --threshold 0.7');
  const limit = numberOpt(args, 'limit', 10)!;
  const screened: DossierParty[] = [];
  const audit: AuditRecord[] = [];
  for (const p of parties) {
    const { query, results } = await service.screen({
      query: p.query,
      ...(p.where ? { where: p.where } : {}),
      scope,
      threshold,
      limit,
      hops: 0,
      strict: true,
    });
    const ids: number[] = [];
    for (const d of datasets) {
      const rec = await store.appendAudit({
        at: new Date().toISOString(),
        keyId: 'cli',
        action: 'dossier',
        dataset: d.name,
        datasetVersion: d.version,
        query,
        results: results
          .filter((r) => r.datasets.includes(d.name))
          .map((r) => ({ id: r.id, score: r.score, match: r.match })),
      });
      ids.push(rec.id);
      audit.push(rec);
    }
    const { where: _where, ...party } = p;
    screened.push({ ...party, results, decision: decide(results), auditIds: ids });
  }
  return {
    title: parties.length === 1 ? `Screening dossier: ${parties[0]!.label}` : `Screening dossier: ${origin}`,
    date,
    origin,
    datasets: infos,
    threshold,
    parties: screened,
    audit,
  };
}

export const reportScreeningCommand: Command = {
  path: ['report', 'screening'],
  summary: 'A screening dossier to file: query, candidates explained, decision, list versions, audit trail',
  usage:
    'interdict report screening (NAME [--schema S] [--country CC] [--birth-date D] [--id-number N] | --batch FILE.csv|FILE.jsonl | --audit [--limit N] [--dataset NAME]) --output dossier.html|dossier.pdf [--trail-csv trail.csv] [--trail-json trail.json] [--dataset NAME[@V]...] [--threshold T] [--db FILE]',
  examples: [
    'interdict report screening "Hizbullah" --schema Organization --output hizbullah.pdf --trail-csv trail.csv',
    'interdict report screening --batch examples/parties.csv --output batch-dossier.html --trail-json trail.json',
    'interdict report screening --audit --limit 50 --output audit.pdf',
  ],
  options: {
    ...COMMON_OPTIONS,
    output: { type: 'string', short: 'o' },
    'trail-csv': { type: 'string' },
    'trail-json': { type: 'string' },
    batch: { type: 'string' },
    audit: { type: 'boolean', default: false },
    schema: { type: 'string' },
    country: { type: 'string' },
    'birth-date': { type: 'string' },
    'id-number': { type: 'string' },
    dataset: { type: 'string', multiple: true },
    threshold: { type: 'string' },
    limit: { type: 'string' },
  },
  async run(args, io: Io) {
    const output = reportOutputOpt(args);
    const csvOut = stringOpt(args, 'trail-csv');
    const jsonOut = stringOpt(args, 'trail-json');
    if (!output && !csvOut && !jsonOut)
      throw new UsageError(
        'give --output dossier.html|.pdf (and/or --trail-csv, --trail-json)',
        reportScreeningCommand.examples[0]!,
      );
    const batch = stringOpt(args, 'batch');
    const fromAudit = flag(args, 'audit');
    const name = args.positionals.join(' ').trim();
    const modes = [name !== '', batch !== undefined, fromAudit].filter(Boolean).length;
    if (modes !== 1)
      throw new UsageError('give one of: a NAME, --batch FILE, or --audit', reportScreeningCommand.usage);
    const date = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
    return withStore(args, io, async (store) => {
      let data: DossierData;
      if (fromAudit) {
        const datasets = listOpt(args, 'dataset');
        data = await auditDossier(
          store,
          { limit: numberOpt(args, 'limit', 100)!, ...(datasets[0] ? { dataset: datasets[0] } : {}) },
          { date },
        );
      } else if (batch) {
        data = await screenNow(store, args, await batchQueries(batch), batch, date);
      } else {
        data = await screenNow(
          store,
          args,
          [{ label: name, query: singleQuery(args, name) }],
          `"${name}"`,
          date,
        );
      }
      const rendered = renderScreeningDossier(data);
      if (output) await writeReport(output, rendered, io.env);
      if (csvOut) writeFileAtomic(csvOut, auditTrailCsv(data.audit));
      if (jsonOut) writeFileAtomic(jsonOut, auditTrailJson(data.audit, data.datasets));
      const counts = data.parties.map((p) => p.decision);
      io.out(
        `${data.parties.length} part${data.parties.length === 1 ? 'y' : 'ies'}: ${counts.filter((c) => c === 'match').length} match, ${counts.filter((c) => c === 'possible match').length} possible match, ${counts.filter((c) => c === 'no match').length} no match; ${data.audit.length} audit record(s)\n`,
      );
      for (const f of [output, csvOut, jsonOut]) if (f) io.out(`Wrote ${f}\n`);
      return 0;
    });
  },
};
