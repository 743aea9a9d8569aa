// A screening dossier from the audit log: each recorded decision with its
// query and candidates, each candidate's explanation re-derived by scoring it
// again against the very dataset version the decision used.

import { factsOf } from '../../core/match/facts.js';
import { score } from '../../core/match/score.js';
import { SCREEN_DEFAULTS, type ScreenMatch, type ScreenQuery } from '../../core/match/screen.js';
import { caption } from '../../core/model/entity.js';
import type { AuditQuery, AuditRecord, Store, VersionInfo } from '../../core/store/store.js';
import { decide, type DossierData, type DossierParty } from './screening-report.js';

/** Most audit records one dossier covers. */
export const AUDIT_DOSSIER_MAX = 1000;

function queryOf(raw: unknown): ScreenQuery {
  const outer = (raw ?? {}) as { query?: unknown; q?: unknown };
  // Recorded as { key, query: { schema, properties }, params } or flat; a search as { q }.
  if (typeof outer.q === 'string') return { properties: { name: [outer.q] } };
  const inner = outer.query && typeof outer.query === 'object' ? outer.query : raw;
  const q = (inner ?? {}) as { schema?: unknown; properties?: unknown; name?: unknown };
  const properties: Record<string, string[]> = {};
  if (q.properties && typeof q.properties === 'object') {
    for (const [k, v] of Object.entries(q.properties as Record<string, unknown>))
      if (Array.isArray(v)) properties[k] = v.map(String);
      else if (typeof v === 'string' || typeof v === 'number') properties[k] = [String(v)];
  } else if (Array.isArray(q.name)) properties.name = q.name.map(String);
  return typeof q.schema === 'string' ? { schema: q.schema, properties } : { properties };
}

export async function auditDossier(
  store: Store,
  query: AuditQuery,
  meta: { date: string; title?: string },
): Promise<DossierData> {
  const limit = Math.min(query.limit ?? 100, AUDIT_DOSSIER_MAX);
  const records: AuditRecord[] = (await store.listAudit({ ...query, limit })).reverse();
  const versions = new Map<string, VersionInfo>();
  const parties: DossierParty[] = [];
  for (const rec of records) {
    const key = `${rec.dataset}@${rec.datasetVersion}`;
    if (!versions.has(key)) {
      try {
        versions.set(key, await store.datasetInfo(rec.dataset, rec.datasetVersion));
      } catch {
        // A dataset version deleted since: the trail still lists the decision.
      }
    }
    const q = queryOf(rec.query);
    const facts = factsOf(q);
    const results: ScreenMatch[] = [];
    for (const r of Array.isArray(rec.results) ? (rec.results as { id?: unknown; score?: unknown }[]) : []) {
      if (typeof r.id !== 'string') continue;
      const entity = await store.getEntity(rec.dataset, r.id, rec.datasetVersion).catch(() => undefined);
      if (!entity) continue;
      const s = score(facts, factsOf(entity), SCREEN_DEFAULTS.scoring);
      const recorded = typeof r.score === 'number' ? r.score : Math.round(s.score * 1e4) / 1e4;
      results.push({
        id: entity.id,
        caption: caption(entity),
        schema: entity.schema,
        score: recorded,
        match: recorded >= SCREEN_DEFAULTS.threshold,
        explanations: s.explanations,
        dataset: rec.dataset,
        version: String(rec.datasetVersion),
      });
    }
    const name = q.properties.name?.[0] ?? `record ${rec.id}`;
    parties.push({
      label: `${name} (record ${rec.id})`,
      query: q,
      results,
      decision: decide(results),
      auditIds: [rec.id],
    });
  }
  const first = records[0]?.id;
  const last = records[records.length - 1]?.id;
  return {
    title: meta.title ?? 'Screening dossier from the audit log',
    date: meta.date,
    origin: records.length
      ? `audit records ${first}–${last}${query.dataset ? ` on ${query.dataset}` : ''}${query.keyId ? ` by key ${query.keyId}` : ''}`
      : 'no audit records matched',
    datasets: [...versions.values()],
    threshold: SCREEN_DEFAULTS.threshold,
    parties,
    audit: records,
  };
}
