import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';
import { FIXTURES } from '../../../testing/fixtures.js';

const DATA = FIXTURES;

describe('interdict import / datasets / export', () => {
  it('imports lists, reports what it stored as text or JSON, and lists them', async () => {
    const db = tempDb();
    const un = await runCli([
      'import',
      'un-xml',
      join(DATA, 'un/consolidated-2026-02-27.xml'),
      '--dataset',
      'un',
      '--db',
      db,
    ]);
    expect(un.code).toBe(0);
    expect(un.stdout).toMatch(/^stored un@1: /);
    expect(un.stdout).toMatch(/Sanction\s+1,003/);
    const cons = await runCli([
      'import',
      'ofac-csv',
      join(DATA, 'ofac-nonsdn-2025-12'),
      '--dataset',
      'cons',
      '--db',
      db,
      '--json',
    ]);
    expect(JSON.parse(cons.stdout)).toMatchObject({
      name: 'cons',
      version: 1,
      format: 'ofac-csv',
      counts: { Sanction: 442 },
    });
    const list = JSON.parse((await runCli(['datasets', 'list', '--db', db, '--json'])).stdout);
    expect(list.datasets).toMatchObject([
      { name: 'cons', version: 1 },
      { name: 'un', version: 1 },
    ]);
  });

  it('diffs two versions by content, naming entities and fields, and exports FtM lines', async () => {
    // Version 2 is the non-SDN set with its first entry (9639) taken out of
    // every file, which moves every other row up a line, and one name respelt.
    const db = tempDb();
    const src = join(DATA, 'ofac-nonsdn-2025-12');
    const edited = tempDir();
    for (const f of ['cons_prim.csv', 'cons_alt.csv', 'cons_add.csv', 'cons_comments.csv']) {
      const text = readFileSync(join(src, f), 'latin1')
        .split('\n')
        .filter((l) => !l.startsWith('9639,'))
        .join('\n')
        .replace('"ABU TEIR, Mohammed"', '"ABU TAIR, Mohammed"');
      writeFileSync(join(edited, f), text, 'latin1');
    }
    for (const dir of [src, edited])
      expect((await runCli(['import', 'ofac-csv', dir, '--dataset', 'cons', '--db', db])).code).toBe(0);
    const diff = JSON.parse(
      (await runCli(['datasets', 'diff', 'cons@1', 'cons@2', '--db', db, '--json'])).stdout,
    );
    expect(diff.added).toEqual([]);
    expect(diff.removed).toContainEqual({
      id: 'ofac-9639',
      schema: 'Person',
      caption: expect.stringMatching(/HANIYA/i),
    });
    expect(diff.changed).toEqual([
      {
        id: 'ofac-9640',
        schema: 'Person',
        caption: expect.stringMatching(/ABU TAIR/i),
        properties: expect.arrayContaining(['name']),
      },
    ]);
    expect(diff.counts).toMatchObject({ added: 0, removed: diff.removed.length, changed: 1 });
    expect(diff.counts.unchanged).toBeGreaterThan(400);
    const text = await runCli(['datasets', 'diff', 'cons@1', 'cons@2', '--db', db]);
    expect(text.stdout).toMatch(/^cons@1 → cons@2: 0 added, \d+ removed, 1 changed, [\d,]+ unchanged$/m);
    expect(text.stdout).toMatch(/^changed:\n {2}.*ABU TAIR.* \(Person ofac-9640\): .*name/im);

    const out = join(tempDir(), 'cons.ftm.json');
    expect((await runCli(['export', 'ftm', 'cons@1', '--db', db, '--output', out])).code).toBe(0);
    const lines = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.filter((e) => e.schema === 'Sanction')).toHaveLength(442);
    expect(lines[0]).toMatchObject({
      id: expect.any(String),
      schema: expect.any(String),
      datasets: ['cons'],
    });
    expect(lines.some((e) => e.properties.sourceRecord)).toBe(false);
  });

  it('reports a located error and stores nothing for a broken file', async () => {
    const db = tempDb();
    const bad = join(tempDir(), 'bad.ftm.json');
    writeFileSync(bad, '{"id": "a", "schema": "Person", "properties": {}}\n{"id": "b", "schema": \n');
    const r = await runCli(['import', 'ftm', bad, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.ftm\.json:2(:\d+)?: not valid JSON/);
    expect(JSON.parse((await runCli(['datasets', 'list', '--db', db, '--json'])).stdout).datasets).toEqual(
      [],
    );
    const skipped = await runCli(['import', 'ftm', bad, '--db', db, '--skip-invalid', '--json']);
    expect(JSON.parse(skipped.stdout)).toMatchObject({ skipped: 1, counts: { Person: 1 } });
  });
});

describe('interdict lists update', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  /** Serves fixture files with ETags; fails the first request to `flaky` with 503. */
  async function serve(files: Record<string, string>, flaky?: string) {
    const log: { path: string; status: number }[] = [];
    let failed = false;
    server = createServer((req, res) => {
      const path = req.url ?? '';
      const file = files[path];
      const send = (status: number, body?: Buffer) => {
        log.push({ path, status });
        res.statusCode = status;
        res.end(body);
      };
      if (path === flaky && !failed) {
        failed = true;
        return send(503);
      }
      if (!file) return send(404);
      const body = readFileSync(file);
      const etag = `"${body.length}"`;
      res.setHeader('ETag', etag);
      if (req.headers['if-none-match'] === etag) return send(304);
      send(200, body);
    });
    await new Promise<void>((r) => server!.listen(0, '127.0.0.1', r));
    return { base: `http://127.0.0.1:${(server!.address() as AddressInfo).port}`, log };
  }

  it('downloads, imports, then sends conditional requests and keeps the version when nothing changed', async () => {
    const sdn = join(DATA, 'ofac-nonsdn-2025-12');
    const { base, log } = await serve(
      {
        '/CONS_PRIM.CSV': join(sdn, 'cons_prim.csv'),
        '/CONS_ALT.CSV': join(sdn, 'cons_alt.csv'),
        '/CONS_ADD.CSV': join(sdn, 'cons_add.csv'),
        '/CONS_COMMENTS.CSV': join(sdn, 'cons_comments.csv'),
        '/consolidated.xml': join(DATA, 'un/consolidated-2026-02-27.xml'),
      },
      '/consolidated.xml',
    );
    const dir = tempDir();
    const sources = join(dir, 'sources.json');
    writeFileSync(
      sources,
      JSON.stringify([
        {
          dataset: 'cons',
          format: 'ofac-csv',
          files: ['CONS_PRIM.CSV', 'CONS_ALT.CSV', 'CONS_ADD.CSV', 'CONS_COMMENTS.CSV'].map((f) => ({
            url: `${base}/${f}`,
            file: f.toLowerCase(),
          })),
        },
        {
          dataset: 'un',
          format: 'un-xml',
          files: [{ url: `${base}/consolidated.xml`, file: 'consolidated.xml' }],
        },
      ]),
    );
    const db = join(dir, 'test.db');
    const first = await runCli(['lists', 'update', '--sources', sources, '--db', db, '--json']);
    expect(first.stderr).toBe('');
    const r1 = JSON.parse(first.stdout).lists;
    expect(r1.map((l: { status: string }) => l.status)).toEqual(['imported', 'imported']);
    expect(r1[1].counts).toEqual({ Person: 730, Organization: 273, Sanction: 1003 });
    expect(log.filter((l) => l.status === 503)).toHaveLength(1); // retried

    const second = JSON.parse(
      (await runCli(['lists', 'update', '--sources', sources, '--db', db, '--json'])).stdout,
    ).lists;
    expect(second.map((l: { status: string; version: number }) => [l.status, l.version])).toEqual([
      ['unchanged', 1],
      ['unchanged', 1],
    ]);
    expect(log.slice(-5).every((l) => l.status === 304)).toBe(true);
  });
});
