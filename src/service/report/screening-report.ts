// The screening dossier, suitable to file: for one party or a batch, the
// query, each candidate with its per-feature explanation, the decision, the
// dataset versions screened against (with content hashes) and the audit
// trail; plus CSV and JSON exports of the same trail.

import type { ScreenMatch, ScreenQuery } from '../../core/match/screen.js';
import type { AuditRecord, VersionInfo } from '../../core/store/store.js';
import { csv } from './bundle-data.js';
import { textWidth } from './font-metrics.js';
import { documentHtml, esc, table, type Section } from './html.js';
import type { RenderedReport } from './network-report.js';
import { FONT_FAMILY } from './svg.js';

export type Decision = 'match' | 'possible match' | 'no match';

export interface DossierParty {
  /** How the party is named in the dossier (its name, or file:line for a batch row). */
  label: string;
  query: ScreenQuery;
  results: ScreenMatch[];
  decision: Decision;
  /** Audit record ids written for this party. */
  auditIds?: number[];
}

export interface DossierData {
  title: string;
  /** ISO date-time the dossier was made. */
  date: string;
  /** What was screened: the command line, the batch file, or the audit records selected. */
  origin: string;
  datasets: VersionInfo[];
  /** Scores at or above this are matches. */
  threshold: number;
  parties: DossierParty[];
  audit: AuditRecord[];
}

/** The decision for a party: a match at or above the threshold, a candidate below it to review, or none. */
export function decide(results: readonly { match: boolean }[]): Decision {
  if (results.some((r) => r.match)) return 'match';
  return results.length ? 'possible match' : 'no match';
}

function queryText(q: ScreenQuery): string {
  const props = Object.entries(q.properties)
    .filter(([, v]) => v?.length)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join('; ') : String(v)}`);
  return `${q.schema ? `${q.schema} — ` : ''}${props.join(', ')}`;
}

/** Bars of each feature's contribution to a candidate's score (positive right, negative left). */
export function featureBars(match: ScreenMatch): string {
  const rows = match.explanations;
  const fs = 9;
  const labelW = Math.max(60, ...rows.map((e) => textWidth(e.feature, fs) + 8));
  const barW = 220;
  const rowH = 14;
  const max = Math.max(0.05, ...rows.map((e) => Math.abs(e.contribution)));
  const zero = labelW + barW / 2;
  const h = rows.length * rowH + 6;
  const width = labelW + barW + 50;
  const parts = rows.map((e, i) => {
    const y = 3 + i * rowH;
    const w = (Math.abs(e.contribution) / max) * (barW / 2);
    const x = e.contribution >= 0 ? zero : zero - w;
    return `<text x="${labelW - 6}" y="${y + 10}" font-size="${fs}" text-anchor="end">${esc(e.feature)}</text><rect x="${x.toFixed(1)}" y="${y + 2}" width="${w.toFixed(1)}" height="${rowH - 4}" fill="${e.contribution >= 0 ? '#0072B2' : '#fff'}" stroke="#0072B2"/><text x="${labelW + barW + 4}" y="${y + 10}" font-size="${fs}">${e.contribution.toFixed(3)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width.toFixed(0)} ${h}" width="${width.toFixed(0)}" height="${h}" font-family="${esc(FONT_FAMILY)}" role="img" aria-label="Feature contributions for ${esc(match.caption)}"><line x1="${zero}" y1="0" x2="${zero}" y2="${h}" stroke="#111"/>${parts.join('')}</svg>`;
}

function partyBody(p: DossierParty, threshold: number): string {
  const out = [
    `<p><span class="key">Query:</span> ${esc(queryText(p.query))}</p>`,
    `<p><span class="key">Decision:</span> ${esc(p.decision)}${p.decision === 'possible match' ? ` (best score below the threshold ${threshold}; review before clearing)` : ''}${p.auditIds?.length ? ` · audit record${p.auditIds.length > 1 ? 's' : ''} ${p.auditIds.join(', ')}` : ''}</p>`,
  ];
  if (!p.results.length) {
    out.push('<p>No candidate scored above the cutoff.</p>');
    return out.join('\n');
  }
  out.push(
    table(
      ['score', 'match', 'candidate', 'schema', 'id', 'dataset'],
      p.results.map((r) => [
        r.score.toFixed(3),
        r.match ? 'MATCH' : '',
        r.caption,
        r.schema,
        r.id,
        `${r.dataset}@${r.version}`,
      ]),
      'Candidates',
    ),
  );
  for (const r of p.results.slice(0, 3)) {
    out.push(`<h3>Why ${esc(r.caption)} scores ${r.score.toFixed(3)}</h3>`);
    out.push(`<figure class="plot">${featureBars(r)}</figure>`);
    out.push(
      table(
        ['feature', 'query', 'candidate', 'weight', 'value', 'contribution', 'detail'],
        r.explanations.map((e) => [
          e.feature,
          e.query,
          e.candidate,
          e.weight.toFixed(2),
          e.value.toFixed(3),
          e.contribution.toFixed(3),
          e.detail,
        ]),
      ),
    );
  }
  return out.join('\n');
}

export function renderScreeningDossier(data: DossierData): RenderedReport {
  const sections: Section[] = [];
  const counts = { match: 0, 'possible match': 0, 'no match': 0 };
  for (const p of data.parties) counts[p.decision]++;
  sections.push({
    id: 'decisions',
    title: 'Decisions',
    body: table(
      ['#', 'party', 'decision', 'best candidate', 'score'],
      data.parties.map((p, i) => [
        i + 1,
        p.label,
        p.decision,
        p.results[0] ? `${p.results[0].caption} (${p.results[0].dataset}@${p.results[0].version})` : '—',
        p.results[0] ? p.results[0].score.toFixed(3) : '',
      ]),
    ),
  });
  // One section per party for a handful; a batch keeps the detail of the parties that need a look.
  const detailed =
    data.parties.length <= 10 ? data.parties : data.parties.filter((p) => p.decision !== 'no match');
  detailed.forEach((p) => {
    const i = data.parties.indexOf(p);
    sections.push({
      id: `party-${i + 1}`,
      title: `Party ${i + 1}: ${p.label}`,
      body: partyBody(p, data.threshold),
    });
  });
  sections.push({
    id: 'datasets',
    title: 'Dataset versions screened against',
    body: table(
      ['dataset', 'version', 'format', 'imported', 'content hash', 'source', 'entities'],
      data.datasets.map((d) => [
        d.name,
        d.version,
        d.format ?? '',
        d.importedAt,
        `sha256:${d.contentHash}`,
        d.sourceFile ?? '',
        Object.values(d.counts).reduce((s, c) => s + c, 0),
      ]),
    ),
  });
  sections.push({
    id: 'audit',
    title: 'Audit trail',
    body: [
      `<p>${data.audit.length} record(s) from the store's audit log, oldest first; the same trail is exported as CSV and JSON.</p>`,
      table(
        ['id', 'at', 'key', 'action', 'dataset', 'query', 'results'],
        data.audit.map((a) => [
          a.id,
          a.at,
          a.keyId,
          a.action,
          `${a.dataset}@${a.datasetVersion}`,
          JSON.stringify(a.query),
          summariseResults(a.results),
        ]),
      ),
    ].join('\n'),
  });
  const cover = [
    `<h1>${esc(data.title)}</h1>`,
    '<dl>',
    `<dt>Screened</dt><dd>${esc(data.origin)}</dd>`,
    `<dt>Parties</dt><dd>${data.parties.length}: ${counts.match} match, ${counts['possible match']} possible match, ${counts['no match']} no match</dd>`,
    `<dt>Lists</dt><dd>${esc(data.datasets.map((d) => `${d.name}@${d.version}`).join(', ') || 'none')}</dd>`,
    `<dt>Threshold</dt><dd>${data.threshold} (a score at or above it is a match)</dd>`,
    `<dt>Date</dt><dd>${esc(data.date)}</dd>`,
    '</dl>',
    '<div class="notice">A score measures how alike two records are, not guilt or identity: a match is a lead to confirm with the list entry and the party’s documents.</div>',
  ].join('\n');
  return {
    html: documentHtml({ title: data.title, cover, sections }),
    figures: [],
    sections: sections.map((s) => ({ id: s.id, title: s.title })),
  };
}

function summariseResults(results: unknown): string {
  if (!Array.isArray(results)) return JSON.stringify(results);
  return (
    results
      .map(
        (r: { id?: unknown; score?: unknown; match?: unknown }) =>
          `${String(r.id)} ${typeof r.score === 'number' ? r.score.toFixed(3) : ''}${r.match ? ' MATCH' : ''}`,
      )
      .join('; ') || 'none'
  );
}

/** The audit trail as CSV: one row per record, query and results as JSON. */
export function auditTrailCsv(records: readonly AuditRecord[]): string {
  return csv(
    ['id', 'at', 'key_id', 'action', 'dataset', 'dataset_version', 'request_id', 'query', 'results'],
    records.map((a) => [
      a.id,
      a.at,
      a.keyId,
      a.action,
      a.dataset,
      a.datasetVersion,
      a.requestId,
      JSON.stringify(a.query),
      JSON.stringify(a.results),
    ]),
  );
}

/** The audit trail as one JSON document, with the dataset versions it refers to. */
export function auditTrailJson(records: readonly AuditRecord[], datasets: readonly VersionInfo[]): string {
  return JSON.stringify({ datasets, records }, null, 2) + '\n';
}
