import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { InputError } from '../../core/model/errors.js';
import type { Store } from '../../core/store/store.js';
import { importList } from './import-list.js';
import { openStore } from './open-store.js';
import { FIXTURES } from '../../testing/fixtures.js';
import { errorText, thrownText } from '../../testing/error-text.js';

const DATA = FIXTURES;
const stores: Store[] = [];
const tmp = () => mkdtempSync(join(tmpdir(), 'interdict-import-'));

async function newStore(): Promise<Store> {
  const store = await openStore(join(tmp(), 'test.db'));
  stores.push(store);
  return store;
}

afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

/** A copy of a fixture folder whose file `name` is replaced by `edit(bytes)`. */
function editedCopy(folder: string, name: string, edit: (b: Buffer) => Buffer): string {
  const dir = tmp();
  for (const f of readdirSync(join(DATA, folder))) copyFileSync(join(DATA, folder, f), join(dir, f));
  writeFileSync(join(dir, name), edit(readFileSync(join(DATA, folder, name))));
  return dir;
}

const entNums = (folder: string) =>
  new Set(
    readFileSync(join(DATA, folder, 'sdn.csv'), 'latin1')
      .split('\n')
      .map((l) => /^(\d+),/.exec(l)?.[1])
      .filter((x): x is string => Boolean(x)),
  );

/**
 * Every row of an OFAC CSV set, grouped by ent_num, line ends and order left
 * out: two sets give equal text for an entry exactly when OFAC left it alone.
 */
function rowsByEntry(folder: string): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const file of ['sdn.csv', 'alt.csv', 'add.csv', 'sdn_comments.csv']) {
    for (const line of readFileSync(join(DATA, folder, file), 'latin1').split('\n')) {
      const row = line.replaceAll('\r', '').replaceAll(String.fromCharCode(0x1a), '').trim();
      const n = /^(\d+),/.exec(row)?.[1];
      if (n) (out.get(n) ?? out.set(n, []).get(n)!).push(`${file}:${row}`);
    }
  }
  return new Map([...out].map(([n, rows]) => [n, rows.sort().join('\n')]));
}

async function expectNothingStored(store: Store): Promise<void> {
  expect(await store.listDatasets()).toEqual([]);
}

describe('importList', () => {
  it('stores 2019 and 2021 SDN sets as versions 1 and 2 and diffs them exactly', async () => {
    const store = await newStore();
    const v1 = await importList(store, {
      format: 'ofac-csv',
      path: join(DATA, 'ofac-sdn-2019-01'),
      dataset: 'sdn',
      // This archived copy lost OFAC's 0x1A end byte.
      allowMissingMarker: true,
    });
    const v2 = await importList(store, {
      format: 'ofac-csv',
      path: join(DATA, 'ofac-sdn-2021-07'),
      dataset: 'sdn',
    });
    expect([v1.info.version, v2.info.version]).toEqual([1, 2]);
    expect(v1.info.counts.Sanction).toBe(7379);
    expect(v2.info.counts).toMatchObject({
      Person: 4620,
      Organization: 3673,
      Vessel: 406,
      Airplane: 277,
      Sanction: 8976,
    });
    expect(v2.info.contentHash).toMatch(/^[0-9a-f]{64}$/);

    // Count added and removed entries straight from the two sdn.csv files.
    const old = entNums('ofac-sdn-2019-01');
    const now = entNums('ofac-sdn-2021-07');
    const added = [...now].filter((n) => !old.has(n)).map((n) => `ofac-${n}`);
    const removed = [...old].filter((n) => !now.has(n)).map((n) => `ofac-${n}`);
    const diff = await store.diffDatasets('sdn', 1, 'sdn', 2);
    const entries = (items: { id: string }[]) => items.map((e) => e.id).filter((id) => /^ofac-\d+$/.test(id));
    expect(entries(diff.added).sort()).toEqual(added.sort());
    expect(entries(diff.removed).sort()).toEqual(removed.sort());
    expect(diff.added.filter((e) => e.id.endsWith('-sanction'))).toHaveLength(added.length);
    expect(added.length).toBeGreaterThan(1000);
    expect(removed.length).toBeGreaterThan(0);

    // Changed means changed content: an entry whose rows are the same in both
    // sets (only their line numbers moved) is not changed; one whose rows
    // differ is, and the diff names it and its fields, never the source row.
    const rowsThen = rowsByEntry('ofac-sdn-2019-01');
    const rowsNow = rowsByEntry('ofac-sdn-2021-07');
    const changedIds = new Set(entries(diff.changed));
    const untouched = [...old].filter((n) => now.has(n) && rowsThen.get(n) === rowsNow.get(n));
    expect(untouched.length).toBeGreaterThan(5000);
    expect(untouched.filter((n) => changedIds.has(`ofac-${n}`))).toEqual([]);
    for (const ch of diff.changed) expect(ch.properties).not.toContain('sourceRecord');
    expect(diff.changed.every((ch) => ch.properties.length > 0)).toBe(true);
    const renamed = [...old].filter((n) => {
      const name = (rows?: string) => /^sdn\.csv:\d+,("[^"]*")/m.exec(rows ?? '')?.[1];
      return now.has(n) && name(rowsThen.get(n)) !== name(rowsNow.get(n));
    });
    expect(renamed.length).toBeGreaterThan(0);
    for (const n of renamed) {
      const ch = diff.changed.find((c) => c.id === `ofac-${n}`);
      expect(ch?.properties, `ofac-${n}`).toContain('name');
    }
    const sample = diff.changed.find((c) => c.id === `ofac-${renamed[0]}`)!;
    expect(sample.caption).not.toBe(sample.id);
    expect(sample.schema).toMatch(/^(Person|Organization|Vessel|Airplane)$/);
    expect(diff.counts).toEqual({
      added: diff.added.length,
      removed: diff.removed.length,
      changed: diff.changed.length,
      unchanged: expect.any(Number),
    });
    expect(diff.counts.changed).toBeLessThan(diff.counts.unchanged);
  });

  it('imports the non-SDN set, the UN list and the FtM samples with their record counts', async () => {
    const store = await newStore();
    const cons = await importList(store, { format: 'ofac-csv', path: join(DATA, 'ofac-nonsdn-2025-12') });
    expect(cons.info.name).toBe('us_ofac_cons');
    expect(cons.info.counts.Person! + cons.info.counts.Organization!).toBe(442);
    const un = await importList(store, {
      format: 'un-xml',
      path: join(DATA, 'un/consolidated-2026-02-27.xml'),
    });
    expect(un.info.counts).toEqual({ Person: 730, Organization: 273, Sanction: 1003 });
    const sizes: Record<string, number> = {};
    for (const f of ['zala', 'parteispenden', 't1']) {
      const r = await importList(store, { format: 'ftm', path: join(DATA, `opensanctions/${f}.ftm.json`) });
      sizes[r.info.name] = Object.values(r.info.counts).reduce((a, b) => a + b, 0);
    }
    // t1 holds 7 entities; the data README's 6 counts its newline-terminated lines.
    expect(sizes).toEqual({ zala: 91, parteispenden: 475, t1: 7 });
  });

  it('stores nothing and names file, line and record when sdn.csv is truncated', async () => {
    const store = await newStore();
    // Cut inside a quoted field, then between two fields of the last record.
    const original = readFileSync(join(DATA, 'ofac-sdn-2021-07/sdn.csv'));
    const atQuote = editedCopy('ofac-sdn-2021-07', 'sdn.csv', (b) => b.subarray(0, 1_000_000));
    const lastLine = original.subarray(0, 1_000_000).toString('latin1').split('\n').length;
    expect(await thrownText(importList(store, { format: 'ofac-csv', path: atQuote }))).toMatch(
      new RegExp(`^sdn\\.csv:${lastLine}: the file ends inside a quoted field: it looks truncated`),
    );
    const cut = original.indexOf(',"individual"', 1_000_000);
    const atComma = editedCopy('ofac-sdn-2021-07', 'sdn.csv', (b) => b.subarray(0, cut));
    const err = await importList(store, { format: 'ofac-csv', path: atComma }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(errorText(err).text).toMatch(
      /^sdn\.csv:\d+ record \d+: expected 12 columns .*, found 2 — the record is cut short; the file may be truncated/,
    );
    await expectNothingStored(store);
  });

  it('stores nothing when alt.csv has an unknown extra column', async () => {
    const store = await newStore();
    const dir = editedCopy('ofac-sdn-2021-07', 'alt.csv', (b) =>
      Buffer.from(
        b
          .toString('latin1')
          .replace(
            '306,220,"aka","NATIONAL BANK OF CUBA",-0- ',
            '306,220,"aka","NATIONAL BANK OF CUBA",-0- ,"x"',
          ),
        'latin1',
      ),
    );
    expect(await thrownText(importList(store, { format: 'ofac-csv', path: dir }))).toMatch(
      /^alt\.csv:3 record 306: expected 5 columns \(ent_num, alt_num, alt_type, alt_name, alt_remarks\), found 6/,
    );
    await expectNothingStored(store);
  });

  it('stores nothing for a UTF-16 file or invalid UTF-8 bytes, naming the line', async () => {
    const store = await newStore();
    const dir = tmp();
    const un = readFileSync(join(DATA, 'un/consolidated-2026-02-27.xml'), 'utf8');
    writeFileSync(
      join(dir, 'un16.xml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(un, 'utf16le')]),
    );
    expect(await thrownText(importList(store, { format: 'un-xml', path: join(dir, 'un16.xml') }))).toMatch(
      /^un16\.xml:1:1: the file is UTF-16/,
    );
    const bytes = Buffer.from(un, 'utf8');
    const at = bytes.indexOf('BADEGE');
    writeFileSync(
      join(dir, 'latin.xml'),
      Buffer.concat([bytes.subarray(0, at + 3), Buffer.from([0xe9]), bytes.subarray(at + 3)]),
    );
    expect(await thrownText(importList(store, { format: 'un-xml', path: join(dir, 'latin.xml') }))).toMatch(
      /^latin\.xml:8:23: invalid UTF-8: byte 0xe9 at byte 23 of the line/,
    );
    const sdn16 = editedCopy('ofac-sdn-2021-07', 'sdn.csv', (b) =>
      Buffer.from(b.toString('latin1'), 'utf16le'),
    );
    expect(await thrownText(importList(store, { format: 'ofac-csv', path: sdn16 }))).toMatch(
      /^sdn\.csv:1:1: the file is UTF-16/,
    );
    await expectNothingStored(store);
  });

  it('stores nothing for broken or cut-short XML, naming line and column', async () => {
    const store = await newStore();
    const dir = tmp();
    const un = readFileSync(join(DATA, 'un/consolidated-2026-02-27.xml'), 'utf8');
    writeFileSync(join(dir, 'cut.xml'), un.slice(0, 1_000_000));
    expect(await thrownText(importList(store, { format: 'un-xml', path: join(dir, 'cut.xml') }))).toMatch(
      /^cut\.xml:\d+:\d+: broken XML/,
    );
    writeFileSync(join(dir, 'bad.xml'), un.replace('<DATAID>6907994</DATAID>', '<DATAID>6907994</DATA>'));
    expect(await thrownText(importList(store, { format: 'un-xml', path: join(dir, 'bad.xml') }))).toMatch(
      /^bad\.xml:43:\d+: broken XML: unexpected close tag/,
    );
    await expectNothingStored(store);
  });

  it('with skipInvalid stores the rest, and counts and reports what it skipped', async () => {
    const store = await newStore();
    const dir = editedCopy('ofac-nonsdn-2025-12', 'cons_prim.csv', (b) =>
      Buffer.from(b.toString('latin1').replace(/^(\d+),"/m, 'X$1,"'), 'latin1'),
    );
    const r = await importList(store, { format: 'ofac-csv', path: dir, skipInvalid: true });
    expect(r.skipped).toBe(1);
    expect(r.skippedExamples[0]).toMatch(/^cons_prim\.csv:1 at ent_num: ent_num must be a whole number/);
    expect(r.info.counts.Person! + r.info.counts.Organization!).toBe(441);
    expect((await store.datasetInfo('us_ofac_cons')).notes).toMatchObject({ skipped: 1 });
  });

  it('skips storing a version whose content is already the latest', async () => {
    const store = await newStore();
    const path = join(DATA, 'opensanctions/t1.ftm.json');
    await importList(store, { format: 'ftm', path, skipIfUnchanged: true });
    const again = await importList(store, { format: 'ftm', path, skipIfUnchanged: true });
    expect(again).toMatchObject({ unchanged: true, info: { version: 1 } });
  });
});
