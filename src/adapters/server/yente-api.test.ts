// The yente-compatible API as yente's users call it, on the zala and
// parteispenden FollowTheMoney fixtures imported as two datasets: status
// codes, shapes, filters, cleaning, nesting, catalog, algorithms, collections.

import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixture } from '../../testing/fixtures.js';
import { importList } from '../node/import-list.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { buildServer } from './app.js';

let app: FastifyInstance;
let store: SqliteStore;
const ZAKHAROV = 'NK-aU5ybkbRFJucf8YMwsJvDw';
const IZHTELECOM = 'NK-56Edov9bas9puzaChH5pBy';
const MLPD = '6d03aec76fdeec8f9697d8b19954ab6fc2568bc8';
const DACHNER = 'f9c295f21b233ac878fbac4d271bb6fd13d7952a';

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  await importList(store, { format: 'ftm', path: fixture('opensanctions/zala.ftm.json'), dataset: 'zala' });
  await importList(store, {
    format: 'ftm',
    path: fixture('opensanctions/parteispenden.ftm.json'),
    dataset: 'parteispenden',
  });
  app = await buildServer(store, { rateLimit: 0, collections: { russia: ['zala'] } });
}, 120_000);

afterAll(async () => {
  await app.close();
  await store.close();
});

const match = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  app.inject({ method: 'POST', url, payload: body as object, headers });

describe('POST /match/{dataset}', () => {
  it('answers each named query with scored entities in yente’s shape and the x-batch-size header', async () => {
    const r = await match('/match/default', {
      queries: {
        a: { schema: 'Person', properties: { name: ['Aleksandr Zakharov'], nationality: ['Russia'] } },
        b: { schema: 'Organization', properties: { name: ['MLPD'] } },
      },
    });
    expect(r.statusCode).toBe(200);
    expect(r.headers['x-batch-size']).toBe('2');
    const doc = r.json();
    expect(doc.limit).toBe(5);
    expect(doc.matcher.name).toBe('interdict-v1');
    const top = doc.responses.a.results[0];
    expect(top).toMatchObject({
      id: ZAKHAROV,
      schema: 'Person',
      datasets: ['zala'],
      target: true,
      match: true,
    });
    for (const k of [
      'referents',
      'first_seen',
      'last_seen',
      'last_change',
      'features',
      'score',
      'properties',
    ])
      expect(top).toHaveProperty(k);
    expect(top.referents.length).toBeGreaterThan(0);
    expect(doc.responses.b.results[0]).toMatchObject({
      id: MLPD,
      datasets: ['parteispenden'],
      target: false,
    });
  });

  it('cleans the query as screened and echoes it: country names to codes, dates, numbers to strings, unknown properties dropped', async () => {
    const doc = (
      await match('/match/zala', {
        queries: {
          q: {
            schema: 'Person',
            properties: {
              name: 'Aleksandr Zakharov',
              country: ['Russia'],
              birthDate: ['1960-05-03T00:00:00'],
              idNumber: [183100123456],
              favouriteColour: ['red'],
            },
          },
        },
      })
    ).json();
    expect(doc.responses.q.query).toEqual({
      schema: 'Person',
      properties: {
        name: ['Aleksandr Zakharov'],
        country: ['ru'],
        birthDate: ['1960-05-03'],
        idNumber: ['183100123456'],
      },
    });
  });

  it('refuses a query without schema with 422 and a batch with an unknown schema with 400', async () => {
    const missing = await match('/match/default', { queries: { q: { properties: { name: ['X'] } } } });
    expect(missing.statusCode).toBe(422);
    const unknown = await match('/match/default', {
      queries: {
        ok: { schema: 'Person', properties: { name: ['Aleksandr Zakharov'] } },
        bad: { schema: 'Banana', properties: { name: ['X'] } },
      },
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({
      error: { path: 'body.queries.bad.schema' },
      detail: expect.any(String),
    });
  });

  it('answers 404 for an unknown dataset, 400 for an unknown algorithm or config key', async () => {
    const q = { queries: { q: { schema: 'Thing', properties: { name: ['MLPD'] } } } };
    expect((await match('/match/nosuch', q)).statusCode).toBe(404);
    expect((await match('/match/default?algorithm=magic', q)).statusCode).toBe(400);
    const bad = await match('/match/default', { ...q, config: { no_such_key: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/unknown config key "no_such_key"/);
    const good = await match('/match/default?algorithm=logic-v2', { ...q, config: { candidates: 10 } });
    expect(good.statusCode).toBe(200);
  });

  it('filters by include_dataset, exclude_dataset, exclude_schema, topics and exclude_entity_ids (canonical or referent)', async () => {
    const q = { queries: { q: { schema: 'Thing', properties: { name: ['Zakharov'] } } } };
    const ids = async (params: string) =>
      (await match(`/match/default?limit=20&threshold=0.5&cutoff=0.1${params}`, q)).json().responses.q
        .results as {
        id: string;
        schema: string;
        datasets: string[];
      }[];
    const all = await ids('');
    expect(all.some((r) => r.id === ZAKHAROV)).toBe(true);
    expect(await ids('&include_dataset=parteispenden')).toEqual(
      all.filter((r) => r.datasets.includes('parteispenden')),
    );
    expect((await ids('&exclude_dataset=zala')).some((r) => r.datasets.includes('zala'))).toBe(false);
    expect((await ids('&exclude_schema=Person')).some((r) => r.schema === 'Person')).toBe(false);
    expect((await ids('&topics=sanction')).every((r) => r.datasets.includes('zala'))).toBe(true);
    expect((await ids(`&exclude_entity_ids=${ZAKHAROV}`)).some((r) => r.id === ZAKHAROV)).toBe(false);
    const referent = (await app.inject(`/entities/${ZAKHAROV}`)).json().referents[0] as string;
    expect((await ids(`&exclude_entity_ids=${referent}`)).some((r) => r.id === ZAKHAROV)).toBe(false);
  });

  it('reads a body sent without a content type as JSON', async () => {
    const r = await app.inject({
      method: 'POST',
      url: '/match/default',
      payload: JSON.stringify({ queries: { q: { schema: 'Thing', properties: { name: ['MLPD'] } } } }),
      headers: { 'content-type': undefined as unknown as string },
    });
    expect(r.statusCode).toBe(200);
  });

  it('refuses names and values beyond the documented caps with 400', async () => {
    const long = await match('/match/default', {
      queries: { q: { schema: 'Person', properties: { name: ['A'.repeat(301)] } } },
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error.message).toMatch(/at most 300/);
  });

  it('records each decision in the audit log with the dataset versions, the cleaned query and both request ids', async () => {
    const keyed = await buildServer(store, {
      rateLimit: 0,
      keys: new Map([['audit-key-0123456789abcdef', 'auditor']]),
    });
    await keyed.inject({
      method: 'POST',
      url: '/match/zala',
      payload: {
        queries: { q: { schema: 'Person', properties: { name: ['Zakharov'], junk: ['x'.repeat(5000)] } } },
      },
      headers: { 'x-request-id': 'client-42' },
    });
    const rows = (
      await keyed.inject({
        url: '/audit?limit=1',
        headers: { authorization: 'ApiKey audit-key-0123456789abcdef' },
      })
    ).json();
    await keyed.close();
    expect(rows[0]).toMatchObject({ action: 'match', dataset: 'zala', datasetVersion: 1 });
    expect(rows[0].requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(rows[0].query.clientRequestId).toBe('client-42');
    expect(rows[0].query.query.properties).toEqual({ name: ['Zakharov'] });
    expect(JSON.stringify(rows[0]).length).toBeLessThan(5000);
  });
});

describe('GET /search/{dataset}', () => {
  it('lists entities without q, with totals and facets', async () => {
    const doc = (await app.inject('/search/parteispenden?limit=5&facets=schema&facets=countries')).json();
    expect(doc.results).toHaveLength(5);
    expect(doc.total.value).toBe(22 + 18 + 56);
    expect(doc.facets.schema.values).toEqual(
      expect.arrayContaining([{ name: 'Company', label: 'Company', count: 56 }]),
    );
    expect(doc.facets.countries.values[0]).toMatchObject({ name: 'de', label: 'Germany' });
  });

  it('finds by query-string syntax and by plain text, and refuses a syntax error with 400', async () => {
    const hits = (q: string, extra = '') =>
      app.inject(`/search/default?q=${encodeURIComponent(q)}${extra}`).then((r) => r.json());
    expect((await hits('MLPD')).results[0].id).toBe(MLPD);
    expect((await hits('Dachner AND schema:Person')).results.map((r: { id: string }) => r.id)).toEqual([
      DACHNER,
    ]);
    expect((await hits('Dachner -schema:Person')).results).toEqual([]);
    expect((await hits('"Lina Dachner"')).results[0].id).toBe(DACHNER);
    expect((await hits('Dachnr', '&fuzzy=true')).results[0].id).toBe(DACHNER);
    expect((await hits('Dachnr')).results).toEqual([]);
    expect((await app.inject('/search/default?q=%22unclosed')).statusCode).toBe(400);
    expect((await hits('"unclosed (', '&simple=true')).total).toBeDefined();
  });

  it('filters by schema, exclude_schema, countries with filter_op, topics, datasets and prop:value', async () => {
    const total = (params: string) =>
      app.inject(`/search/default?${params}`).then((r) => r.json().total.value);
    expect(await total('schema=Person')).toBe(6 + 22);
    expect(await total('schema=LegalEntity&exclude_schema=Person')).toBe(11 + 18 + 56);
    expect(await total('countries=ru&countries=de')).toBeGreaterThan(await total('countries=ru'));
    expect(await total('countries=ru&countries=gb&filter_op=AND')).toBeLessThan(await total('countries=ru'));
    expect(await total('topics=sanction')).toBeGreaterThan(0);
    expect(await total('datasets=zala')).toBe(6 + 11);
    expect(await total('filter=country:de&schema=Person')).toBeGreaterThan(0);
    expect((await app.inject('/search/default?schema=Banana')).statusCode).toBe(400);
    expect((await app.inject('/search/nosuch')).statusCode).toBe(404);
  });

  it('pages and sorts', async () => {
    const page = (o: number) =>
      app
        .inject(`/search/parteispenden?schema=Person&sort=caption:asc&limit=3&offset=${o}`)
        .then((r) => r.json());
    const [a, b] = [await page(0), await page(3)];
    expect(a.offset).toBe(0);
    expect(b.offset).toBe(3);
    const captions = [...a.results, ...b.results].map((r: { caption: string }) => r.caption);
    expect(captions).toEqual([...captions].sort((x, y) => x.localeCompare(y)));
    expect(new Set(captions).size).toBe(6);
  });
});

describe('GET /entities/{id}', () => {
  it('nests forward and reverse references: a person’s sanctions, a donor’s payments with their recipients', async () => {
    const person = (await app.inject(`/entities/${ZAKHAROV}`)).json();
    expect(person).toMatchObject({ id: ZAKHAROV, target: true, datasets: ['zala'] });
    expect(person.first_seen).toMatch(/^\d{4}-/);
    expect(person.properties.sanctions[0]).toMatchObject({ schema: 'Sanction' });
    const donor = (await app.inject(`/entities/${DACHNER}`)).json();
    const payment = donor.properties.paymentPayer[0];
    expect(payment.schema).toBe('Payment');
    expect(payment.properties.beneficiary[0]).toMatchObject({ id: MLPD, caption: 'MLPD' });
    expect(payment.properties.payer).toEqual([DACHNER]);
    const flat = (await app.inject(`/entities/${DACHNER}?nested=false`)).json();
    expect(flat.properties.paymentPayer).toBeUndefined();
  });

  it('redirects a referent id to its canonical entity and answers 404 for an unknown id', async () => {
    const referent = (await app.inject(`/entities/${ZAKHAROV}`)).json().referents[0];
    const r = await app.inject(`/entities/${referent}`);
    expect(r.statusCode).toBe(308);
    expect(r.headers.location).toBe(`/entities/${ZAKHAROV}`);
    expect((await app.inject('/entities/nobody-at-all')).statusCode).toBe(404);
  });

  it('lists adjacent entities by property, paged', async () => {
    const adj = (await app.inject(`/entities/${MLPD}/adjacent?limit=2`)).json();
    expect(adj.entity.id).toBe(MLPD);
    expect(adj.adjacent.paymentBeneficiary.results).toHaveLength(2);
    expect(adj.adjacent.paymentBeneficiary.total.value).toBeGreaterThan(2);
    const one = (await app.inject(`/entities/${MLPD}/adjacent/paymentBeneficiary?limit=1&offset=1`)).json();
    expect(one).toMatchObject({ limit: 1, offset: 1, total: adj.adjacent.paymentBeneficiary.total });
    expect((await app.inject(`/entities/${MLPD}/adjacent/nothing`)).statusCode).toBe(404);
  });

  it('nests the company a listed person owns', async () => {
    const company = (await app.inject(`/entities/${IZHTELECOM}`)).json();
    const owners = company.properties.ownershipAsset.map(
      (o: { properties: { owner: { id: string }[] } }) => o.properties.owner[0]?.id,
    );
    expect(owners).toContain(ZAKHAROV);
  });
});

describe('catalog, algorithms, collections, health', () => {
  it('lists datasets and collections in the catalog', async () => {
    const cat = (await app.inject('/catalog')).json();
    const names = cat.datasets.map((d: { name: string }) => d.name);
    expect(names).toEqual(expect.arrayContaining(['zala', 'parteispenden', 'default', 'russia']));
    expect(cat.datasets.find((d: { name: string }) => d.name === 'russia').children).toEqual(['zala']);
  });

  it('screens a named collection against its datasets only', async () => {
    const doc = (
      await match('/match/russia', { queries: { q: { schema: 'Thing', properties: { name: ['MLPD'] } } } })
    ).json();
    expect(doc.responses.q.results.some((r: { id: string }) => r.id === MLPD)).toBe(false);
  });

  it('documents each algorithm with its features and config variables', async () => {
    const doc = (await app.inject('/algorithms')).json();
    expect(doc.default).toBe('interdict-v1');
    const v1 = doc.algorithms.find((a: { name: string }) => a.name === 'interdict-v1');
    expect(v1.config.candidates).toMatchObject({ type: 'integer', default: 30 });
    expect(v1.config.weight_name_similarity).toMatchObject({
      type: 'number',
      description: expect.any(String),
    });
  });

  it('answers /healthz and /readyz, and the OpenAPI document names every endpoint', async () => {
    expect((await app.inject('/healthz')).statusCode).toBe(200);
    expect((await app.inject('/readyz')).statusCode).toBe(200);
    const paths = Object.keys((await app.inject('/openapi.json')).json().paths);
    for (const p of [
      '/match/{dataset}',
      '/search/{dataset}',
      '/entities/{id}',
      '/entities/{id}/adjacent',
      '/entities/{id}/adjacent/{prop}',
      '/catalog',
      '/algorithms',
      '/reconcile/{dataset}',
      '/reconcile/{dataset}/suggest/entity',
      '/reconcile/{dataset}/preview',
      '/reconcile/{dataset}/extend/propose',
    ])
      expect(paths).toContain(p);
  });
});

describe('a server with nothing to screen against', () => {
  it('answers screening with 503 and an audit row, never an empty 200', async () => {
    const empty = new SqliteStore(':memory:');
    const server = await buildServer(empty, { rateLimit: 0 });
    const r = await server.inject({
      method: 'POST',
      url: '/match/default',
      payload: { queries: { q: { schema: 'Person', properties: { name: ['Anyone'] } } } },
    });
    expect(r.statusCode).toBe(503);
    expect(r.json().error.code).toBe('E_UNAVAILABLE');
    const rows = await empty.listAudit();
    expect(rows[0]).toMatchObject({ action: 'match', dataset: '-', results: [] });
    await server.close();
    await empty.close();
  });
});
