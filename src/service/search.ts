// Text search over the screened datasets (GET /search/{dataset}): an optional
// query-string query, schema and exclude_schema, countries (OR or AND),
// topics, datasets, changed_since, prop:value filters, fuzzy words, sorting,
// paging and facets with counts. Without a query it lists entities.

import { editDistance, foldText } from '../core/match/index.js';
import { countryName } from '../core/model/countries.js';
import { caption, type Entity } from '../core/model/entity.js';
import { InputError } from '../core/model/errors.js';
import type { EntityService, EntityView } from './entities.js';
import { COUNTRY_PROPERTIES, QUERY_SCHEMATA } from './query.js';
import { parseQueryString, positiveTerms, type QueryNode } from './query-string.js';
import { MATCHABLE, type DatasetVersion, type ScreeningService } from './screening.js';

export interface SearchParams {
  scope: string;
  q?: string;
  simple?: boolean;
  schema?: string;
  excludeSchema?: string[];
  countries?: string[];
  topics?: string[];
  datasets?: string[];
  includeDatasets?: string[];
  excludeDatasets?: string[];
  changedSince?: string;
  /** `prop:value` pairs. */
  filter?: string[];
  filterOp?: 'OR' | 'AND';
  fuzzy?: boolean;
  limit?: number;
  offset?: number;
  /** `field` or `field:asc|desc`: score, caption, id, schema, or any property. */
  sort?: string[];
  facets?: string[];
  target?: boolean;
}

export interface SearchFacet {
  label: string;
  values: { name: string; label: string; count: number }[];
}

export interface SearchAnswer {
  results: EntityView[];
  total: number;
  facets: Record<string, SearchFacet>;
  limit: number;
  offset: number;
  datasets: DatasetVersion[];
}

interface SearchDoc {
  id: string;
  schema: string;
  caption: string;
  dataset: string;
  version: number;
  /** Folded words of the names. */
  names: string[];
  /** Folded words of every value. */
  words: string[];
  /** Property → folded values (capped). */
  props: Record<string, string[]>;
  countries: string[];
  topics: string[];
}

/** What a schema filter admits: the schema and the schemata below it. */
const BELOW: Record<string, string[]> = {
  Thing: [...MATCHABLE],
  LegalEntity: ['LegalEntity', 'Person', 'Organization', 'Company', 'PublicBody'],
  Organization: ['Organization', 'Company', 'PublicBody'],
};

const FACET_LABELS: Record<string, string> = {
  countries: 'Countries',
  topics: 'Topics',
  datasets: 'Data sources',
  schema: 'Entity types',
};

const TOPIC_LABELS: Record<string, string> = {
  sanction: 'Sanctioned entity',
  'sanction.linked': 'Linked to sanctioned entity',
  'sanction.counter': 'Counter-sanctioned entity',
  debarment: 'Debarred entity',
  role: 'Political',
  'role.pep': 'Politician',
  'role.rca': 'Close associate',
  crime: 'Crime',
  'crime.terror': 'Terrorism',
  'crime.fin': 'Financial crime',
  poi: 'Person of interest',
  export: 'Export controls',
  'export.control': 'Export controlled',
  'export.risk': 'Trade risk',
};

const VALUE_CAP = 300;

function words(text: string): string[] {
  return foldText(text)
    .split(' ')
    .filter((w) => w);
}

function schemaAdmits(schema: string | undefined): (s: string) => boolean {
  if (!schema) return () => true;
  const below = BELOW[schema] ?? [schema];
  return (s) => below.includes(s);
}

export function checkSchema(schema: string, path: string): void {
  if (!(QUERY_SCHEMATA as readonly string[]).includes(schema) && !MATCHABLE.has(schema))
    throw new InputError(
      'E_VALUE',
      `unknown schema "${schema}"`,
      { path },
      `use one of: ${QUERY_SCHEMATA.join(', ')}`,
    );
}

export class SearchService {
  private readonly docs = new Map<string, Promise<SearchDoc[]>>();

  constructor(
    private readonly screening: ScreeningService,
    private readonly entities: EntityService,
  ) {}

  private docsOf(d: DatasetVersion): Promise<SearchDoc[]> {
    const key = `${d.name}@${d.version}`;
    let p = this.docs.get(key);
    if (!p) {
      for (const k of this.docs.keys()) if (k.startsWith(`${d.name}@`)) this.docs.delete(k);
      p = this.build(d);
      p.catch(() => this.docs.delete(key));
      this.docs.set(key, p);
    }
    return p;
  }

  private async build(d: DatasetVersion): Promise<SearchDoc[]> {
    const out: SearchDoc[] = [];
    let n = 0;
    for await (const e of this.screening.store.datasetEntities(d.name, d.version)) {
      if (++n % 500 === 0) await this.screening.yieldNow();
      if (!MATCHABLE.has(e.schema)) continue;
      out.push(this.doc(e, d));
    }
    return out;
  }

  private doc(e: Entity, d: DatasetVersion): SearchDoc {
    const props: Record<string, string[]> = {};
    const all: string[] = [];
    for (const [k, vs] of Object.entries(e.properties)) {
      const folded = vs.map((v) => foldText(v.slice(0, VALUE_CAP)));
      props[k] = folded;
      for (const f of folded) all.push(...f.split(' '));
    }
    const names = ['name', 'alias', 'previousName', 'weakAlias', 'firstName', 'lastName'].flatMap(
      (k) => props[k] ?? [],
    );
    return {
      id: e.id,
      schema: e.schema,
      caption: caption(e),
      dataset: d.name,
      version: d.version,
      names: [...new Set(names.flatMap((n) => n.split(' ')).filter((w) => w))],
      words: [...new Set(all.filter((w) => w))],
      props,
      countries: [
        ...new Set(
          Object.entries(e.properties)
            .filter(([k]) => COUNTRY_PROPERTIES.has(k))
            .flatMap(([, vs]) => vs.map((v) => v.toLowerCase())),
        ),
      ],
      topics: e.properties.topics ?? [],
    };
  }

  async search(p: SearchParams): Promise<SearchAnswer> {
    const limit = p.limit ?? 10;
    const offset = p.offset ?? 0;
    if (p.schema) checkSchema(p.schema, 'schema');
    for (const s of p.excludeSchema ?? []) checkSchema(s, 'exclude_schema');
    const filters = (p.filter ?? []).map((f) => {
      const i = f.indexOf(':');
      if (i <= 0)
        throw new InputError(
          'E_VALUE',
          `filter "${f}" is not prop:value`,
          { path: 'filter' },
          'write filter=country:ru',
        );
      return { prop: f.slice(0, i), value: foldText(f.slice(i + 1)) };
    });
    const query = parseQueryString(p.q ?? '', p.simple ?? false);
    const datasets = await this.screening.scope(p.scope, {
      ...(p.includeDatasets?.length ? { include: p.includeDatasets } : {}),
      ...(p.excludeDatasets?.length ? { exclude: p.excludeDatasets } : {}),
    });
    const admits = schemaAdmits(p.schema);
    const countries = (p.countries ?? []).map((c) => c.toLowerCase());
    const and = (p.filterOp ?? 'OR').toUpperCase() === 'AND';
    const terms = positiveTerms(query);
    // One result per entity across datasets.
    const byId = new Map<string, { doc: SearchDoc; score: number; datasets: Record<string, number> }>();
    for (const d of datasets) {
      const changed = p.changedSince ? await this.screening.changedSince(d, p.changedSince) : undefined;
      for (const doc of await this.docsOf(d)) {
        if (!admits(doc.schema) || p.excludeSchema?.includes(doc.schema)) continue;
        if (changed && changed !== 'all' && !changed.has(doc.id)) continue;
        if (p.datasets?.length && !p.datasets.includes(doc.dataset)) continue;
        if (countries.length) {
          const ok = and
            ? countries.every((c) => doc.countries.includes(c))
            : countries.some((c) => doc.countries.includes(c));
          if (!ok) continue;
        }
        if (p.topics?.length) {
          const ok = and
            ? p.topics.every((t) => doc.topics.includes(t))
            : p.topics.some((t) => doc.topics.includes(t));
          if (!ok) continue;
        }
        if (filters.length && !filters.every((f) => doc.props[f.prop]?.includes(f.value))) continue;
        if (!this.matches(query, doc, p.fuzzy ?? false)) continue;
        const score = terms.reduce((s, t) => s + (this.termIn(t, doc.names, p.fuzzy ?? false) ? 2 : 1), 0);
        const seen = byId.get(doc.id);
        if (seen) {
          seen.datasets[doc.dataset] = doc.version;
          seen.score = Math.max(seen.score, score);
        } else byId.set(doc.id, { doc, score, datasets: { [doc.dataset]: doc.version } });
      }
    }
    let hits = [...byId.values()];
    if (p.target !== undefined) {
      const designated = new Set<string>();
      for (const d of datasets)
        for (const id of (await this.screening.index(d)).designated) designated.add(id);
      hits = hits.filter((h) => designated.has(h.doc.id) === p.target);
    }
    this.sort(hits, p.sort ?? [], terms.length > 0);
    const facets: Record<string, SearchFacet> = {};
    for (const f of p.facets ?? ['countries', 'topics', 'datasets']) {
      const counts = new Map<string, number>();
      for (const h of hits) {
        const keys =
          f === 'countries'
            ? h.doc.countries
            : f === 'topics'
              ? h.doc.topics
              : f === 'datasets'
                ? Object.keys(h.datasets)
                : f === 'schema'
                  ? [h.doc.schema]
                  : (h.doc.props[f] ?? []);
        for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      facets[f] = {
        label: FACET_LABELS[f] ?? f,
        values: [...counts]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([name, count]) => ({
            name,
            label:
              (f === 'countries' ? countryName(name) : f === 'topics' ? TOPIC_LABELS[name] : undefined) ??
              name,
            count,
          })),
      };
    }
    const results: EntityView[] = [];
    for (const h of hits.slice(offset, offset + limit)) {
      const located = await this.entities.locate(
        h.doc.id,
        datasets.filter((d) => d.name in h.datasets),
      );
      if (located) results.push(await this.entities.view(located));
    }
    return { results, total: hits.length, facets, limit, offset, datasets };
  }

  private sort(hits: { doc: SearchDoc; score: number }[], sort: string[], scored: boolean): void {
    const keys = (sort.length ? sort : scored ? ['score:desc', 'caption:asc'] : ['caption:asc']).map((s) => {
      const [field, dir = field === 'score' ? 'desc' : 'asc'] = s.split(':');
      if (dir !== 'asc' && dir !== 'desc')
        throw new InputError(
          'E_VALUE',
          `sort "${s}" must end in :asc or :desc`,
          { path: 'sort' },
          'write sort=caption:asc',
        );
      return { field: field!, sign: dir === 'asc' ? 1 : -1 };
    });
    const value = (h: { doc: SearchDoc; score: number }, field: string): string | number =>
      field === 'score'
        ? h.score
        : field === 'caption'
          ? foldText(h.doc.caption)
          : field === 'id'
            ? h.doc.id
            : field === 'schema'
              ? h.doc.schema
              : (h.doc.props[field]?.[0] ?? '');
    hits.sort((a, b) => {
      for (const k of keys) {
        const x = value(a, k.field);
        const y = value(b, k.field);
        if (x < y) return -k.sign;
        if (x > y) return k.sign;
      }
      return a.doc.id.localeCompare(b.doc.id);
    });
  }

  private termIn(t: Extract<QueryNode, { kind: 'term' }>, pool: string[], fuzzy: boolean): boolean {
    const parts = words(t.text);
    if (parts.length === 0) return true;
    if (t.phrase || parts.length > 1) {
      const phrase = parts.join(' ');
      return pool.join(' ').includes(phrase);
    }
    const w = parts[0]!;
    const max = fuzzy ? (w.length >= 6 ? 2 : w.length >= 3 ? 1 : 0) : 0;
    return pool.some(
      (x) => x === w || (t.prefix && x.startsWith(w)) || (max > 0 && editDistance(x, w, max) <= max),
    );
  }

  private fieldPool(doc: SearchDoc, field: string): string[] {
    if (field === 'schema') return [doc.schema.toLowerCase()];
    if (field === 'id') return [doc.id.toLowerCase()];
    if (field === 'datasets' || field === 'dataset') return [doc.dataset.toLowerCase()];
    if (field === 'countries') return doc.countries;
    if (field === 'topics') return doc.topics;
    if (field === 'names' || field === 'name') return doc.names;
    if (field === 'caption') return words(doc.caption);
    return (doc.props[field.replace(/^properties\./, '')] ?? []).flatMap((v) => v.split(' '));
  }

  private matches(node: QueryNode, doc: SearchDoc, fuzzy: boolean): boolean {
    switch (node.kind) {
      case 'all':
        return true;
      case 'term':
        return this.termIn(node, node.field ? this.fieldPool(doc, node.field) : doc.words, fuzzy);
      case 'and':
        return node.items.every((n) => this.matches(n, doc, fuzzy));
      case 'or':
        return node.items.some((n) => this.matches(n, doc, fuzzy));
      case 'not':
        return !this.matches(node.item, doc, fuzzy);
    }
  }
}
