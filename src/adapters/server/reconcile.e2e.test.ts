// Reconciliation as OpenRefine drives it, over a real socket: the manifest,
// then batches of ten queries sent as a `queries=` form with a type and
// column properties, then suggest, preview, property proposals and extend.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { fixture } from '../../testing/fixtures.js';
import { importList } from '../node/import-list.js';
import { SqliteStore } from '../node/sqlite-store.js';
import { buildServer } from './app.js';

let app: FastifyInstance;
let store: SqliteStore;
let base: string;

beforeAll(async () => {
  store = new SqliteStore(':memory:');
  await importList(store, { format: 'ftm', path: fixture('opensanctions/zala.ftm.json'), dataset: 'zala' });
  await importList(store, {
    format: 'ftm',
    path: fixture('opensanctions/parteispenden.ftm.json'),
    dataset: 'parteispenden',
  });
  app = await buildServer(store, { rateLimit: 0 });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
}, 120_000);

afterAll(async () => {
  await app.close();
  await store.close();
});

/** A counterparty spreadsheet: name and country columns, as an analyst would load it. */
const SHEET = [
  ['Aleksandr Zakharov', 'ru'],
  ['Maria Osetrova', 'ru'],
  ['MLPD', ''],
  ['FDP', 'de'],
  ['Lina Dachner', 'de'],
  ['Irene Nierstenhöfer', 'de'],
  ['Nikita Zakharov', 'Russia'],
  ['Svetlana Zakharova', 'ru'],
  ['Friedhelm Holz', ''],
  ['Verband der Bayerischen Metall- und Elektroindustrie', 'de'],
  ['Completely Unknown Trading House', 'gb'],
  ['ИЖТЕЛЕКОМ', 'ru'],
];

async function form(path: string, fields: Record<string, string>): Promise<unknown> {
  const r = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  expect(r.status).toBe(200);
  return r.json();
}

describe('reconciling a spreadsheet as OpenRefine does', () => {
  it('reads the manifest, reconciles in batches of ten, then previews, suggests and extends', async () => {
    const manifest = (await (await fetch(`${base}/reconcile/default`)).json()) as {
      versions: string[];
      defaultTypes: { id: string }[];
      suggest: { entity: { service_path: string } };
      preview: { url: string };
      extend: { propose_properties: { service_path: string } };
    };
    expect(manifest.versions).toContain('0.2');
    expect(manifest.defaultTypes.map((t) => t.id)).toContain('Person');

    const matched = new Map<string, string>();
    for (let start = 0; start < SHEET.length; start += 10) {
      const batch = Object.fromEntries(
        SHEET.slice(start, start + 10).map(([name, country], i) => [
          `q${start + i}`,
          {
            query: name,
            type: 'LegalEntity',
            type_strict: 'should',
            limit: 3,
            properties: country ? [{ pid: 'country', v: country }] : [],
          },
        ]),
      );
      const answer = (await form('/reconcile/default', { queries: JSON.stringify(batch) })) as Record<
        string,
        { result: { id: string; name: string; score: number; match: boolean; type: { id: string }[] }[] }
      >;
      expect(Object.keys(answer).sort()).toEqual(Object.keys(batch).sort());
      for (const [key, { result }] of Object.entries(answer)) {
        for (const r of result) expect(r.score).toBeGreaterThanOrEqual(0);
        if (result[0]?.match) matched.set(key, result[0].id);
      }
    }
    expect(matched.get('q0')).toBe('NK-aU5ybkbRFJucf8YMwsJvDw');
    expect(matched.get('q2')).toBe('6d03aec76fdeec8f9697d8b19954ab6fc2568bc8');
    expect(matched.has('q10')).toBe(false);

    const preview = await fetch(manifest.preview.url.replace('{{id}}', matched.get('q0')!));
    expect(preview.headers.get('content-type')).toMatch(/text\/html/);
    expect(await preview.text()).toMatch(/Zakharov/i);

    const suggest = (await (
      await fetch(`${base}/reconcile/default${manifest.suggest.entity.service_path}?prefix=Zakhar`)
    ).json()) as { result: { id: string }[] };
    expect(suggest.result.length).toBeGreaterThan(0);

    const proposed = (await (
      await fetch(`${base}/reconcile/default${manifest.extend.propose_properties.service_path}?type=Person`)
    ).json()) as { properties: { id: string }[] };
    expect(proposed.properties.map((p) => p.id)).toContain('birthDate');

    const extended = (await form('/reconcile/default', {
      extend: JSON.stringify({
        ids: [matched.get('q0')],
        properties: [{ id: 'birthDate' }, { id: 'country' }],
      }),
    })) as { meta: { id: string }[]; rows: Record<string, Record<string, { str: string }[]>> };
    expect(extended.meta.map((m) => m.id)).toEqual(['birthDate', 'country']);
    expect(extended.rows[matched.get('q0')!]!.country).toEqual([{ str: 'ru' }]);
  });

  it('answers 404 for an unknown dataset and 400 for queries that are not JSON', async () => {
    expect((await fetch(`${base}/reconcile/nosuch`)).status).toBe(404);
    const r = await fetch(`${base}/reconcile/default`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'queries=%7Bnot-json',
    });
    expect(r.status).toBe(400);
  });
});
