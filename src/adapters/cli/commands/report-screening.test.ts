import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { storeDemoLists } from '../../node/demo-data.js';
import { openStore } from '../../node/open-store.js';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';

let db: string;

beforeAll(async () => {
  db = tempDb();
  const store = await openStore(db);
  try {
    await storeDemoLists(store);
  } finally {
    await store.close();
  }
});

describe('interdict report screening', () => {
  it('files one party: query, candidates with their features, decision, list versions and audit records', async () => {
    const dir = tempDir();
    const out = join(dir, 'dossier.html');
    const csv = join(dir, 'trail.csv');
    const json = join(dir, 'trail.json');
    const r = await runCli([
      'report',
      'screening',
      'Hizbullah',
      '--schema',
      'Organization',
      '--output',
      out,
      '--trail-csv',
      csv,
      '--trail-json',
      json,
      '--db',
      db,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/1 party: 1 match/);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('name: Hizbullah');
    expect(html).toContain('Decision:</span> match');
    expect(html).toMatch(/Why .*Hizballah.* scores/i);
    expect(html).toContain('contribution');
    expect(html).toMatch(/sha256:[0-9a-f]{64}/);
    const trail = JSON.parse(readFileSync(json, 'utf8')) as {
      datasets: { name: string; version: number; contentHash: string }[];
      records: {
        id: number;
        action: string;
        dataset: string;
        query: unknown;
        results: { id: string; match: boolean }[];
      }[];
    };
    // One decision per list screened, each in the store's audit log, each in the dossier.
    expect(trail.records.length).toBe(trail.datasets.length);
    expect(trail.records.every((rec) => rec.action === 'dossier')).toBe(true);
    expect(trail.records.some((rec) => rec.results.some((x) => x.match))).toBe(true);
    for (const rec of trail.records) expect(html).toContain(`<td class="num">${rec.id}</td>`);
    const rows = readFileSync(csv, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('id,at,key_id,action,dataset,dataset_version,request_id,query,results');
    expect(rows).toHaveLength(trail.records.length + 1);
  });

  it('files a batch, one decision per row, naming each row by file and line', async () => {
    const dir = tempDir();
    const batch = join(dir, 'parties.csv');
    writeFileSync(batch, 'name,schema\nHizbullah,Organization\nAnna Example Nobody,Person\n');
    const out = join(dir, 'batch.html');
    const r = await runCli(['report', 'screening', '--batch', batch, '--output', out, '--db', db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/2 parties: 1 match, \d possible match, \d no match/);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain(`Hizbullah (${batch}:2)`);
    expect(html).toContain(`Anna Example Nobody (${batch}:3)`);
  });

  it('rebuilds a dossier from the audit log, explaining each recorded candidate again', async () => {
    const dir = tempDir();
    const out = join(dir, 'audit.html');
    const json = join(dir, 'audit.json');
    const r = await runCli([
      'report',
      'screening',
      '--audit',
      '--output',
      out,
      '--trail-json',
      json,
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    const trail = JSON.parse(readFileSync(json, 'utf8')) as { records: { id: number }[] };
    expect(trail.records.length).toBeGreaterThanOrEqual(2);
    // Oldest first.
    const ids = trail.records.map((x) => x.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/Why .*Hizballah.* scores/i);
  });

  it('rejects a call with no party and a batch row with a bad schema, by file and line', async () => {
    const none = await runCli(['report', 'screening', '--output', 'x.html', '--db', db]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('NAME, --batch FILE, or --audit');
    const dir = tempDir();
    const batch = join(dir, 'bad.csv');
    writeFileSync(batch, 'name,schema\nSomeone,Planet\n');
    const bad = await runCli([
      'report',
      'screening',
      '--batch',
      batch,
      '--output',
      join(dir, 'b.html'),
      '--db',
      db,
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${batch}:2`);
  });
});
