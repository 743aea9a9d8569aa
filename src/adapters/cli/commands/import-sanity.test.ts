// A list that cannot be right is refused before it becomes current: each case
// runs the real command on a copy of the shipped demo records, edited.

import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../node/open-store.js';
import { packagePath } from '../../node/package-root.js';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';

const SDN = packagePath('data/lists/ofac-sdn-2021-07-demo');
const UN = packagePath('data/lists/un-consolidated-2026-02-27-demo.xml');

/** A copy of the demo SDN set with `sdn.csv` replaced by `edit(bytes)`. */
function sdnCopy(edit: (b: Buffer) => Buffer = (b) => b, file = 'sdn.csv'): string {
  const dir = join(tempDir(), 'ofac');
  mkdirSync(dir);
  for (const f of readdirSync(SDN)) copyFileSync(join(SDN, f), join(dir, f));
  writeFileSync(join(dir, file), edit(readFileSync(join(SDN, file))));
  return dir;
}

/** The file cut after its first `keep` lines (a download that stopped at a line boundary). */
const firstLines = (keep: number) => (b: Buffer) =>
  Buffer.from(b.toString('latin1').split('\n').slice(0, keep).join('\n') + '\n', 'latin1');

/** Lines in a demo file, counting the last one that holds only the 0x1A byte. */
const linesIn = (file: string) => readFileSync(join(SDN, file), 'latin1').split('\n').length;
const SDN_LINES = linesIn('sdn.csv');
const HALF = Math.floor(SDN_LINES * 0.55);
const ALT_HALF = Math.floor(linesIn('alt.csv') / 2);

const withMarker = (cut: (b: Buffer) => Buffer) => (b: Buffer) =>
  Buffer.concat([cut(b), Buffer.from([0x1a])]);

async function stored(db: string): Promise<{ name: string; version: number }[]> {
  return JSON.parse((await runCli(['datasets', 'list', '--db', db, '--json'])).stdout).datasets;
}

/** The stored versions of a dataset, read back through the store. */
async function versionInfos(db: string, name: string) {
  const store = await openStore(db);
  try {
    return await store.datasetVersions(name);
  } finally {
    await store.close();
  }
}

async function versions(db: string, name: string): Promise<number[]> {
  return (await versionInfos(db, name)).map((v) => v.version);
}

describe('import refuses lists that cannot be right', () => {
  it('refuses an empty sdn.csv with its name, exit 2 and nothing stored', async () => {
    const db = tempDb();
    const r = await runCli(['import', 'ofac-csv', sdnCopy(() => Buffer.alloc(0)), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/sdn\.csv:1: the file is empty/);
    expect(await stored(db)).toEqual([]);
  });

  it('refuses an sdn.csv cut at a line boundary (no 0x1A end byte) unless told it is an archived copy', async () => {
    const db = tempDb();
    const cut = sdnCopy(firstLines(HALF));
    const r = await runCli(['import', 'ofac-csv', cut, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`sdn\\.csv:${HALF + 1}: the file does not end with the 0x1A end byte`),
    );
    expect(r.stderr).not.toMatch(/at .*\.js/); // no stack trace
    expect(await stored(db)).toEqual([]);

    const ok = await runCli(['import', 'ofac-csv', cut, '--allow-missing-marker', '--db', db, '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      version: 1,
      counts: { Sanction: HALF },
      notes: { endMarker: expect.stringMatching(/not required/) },
    });
  });

  it('checks the end byte of alt.csv and add.csv too, even past the last main entry', async () => {
    const db = tempDb();
    const r = await runCli(['import', 'ofac-csv', sdnCopy(firstLines(ALT_HALF), 'alt.csv'), '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`alt\\.csv:${ALT_HALF + 1}: the file does not end with the 0x1A`));
    expect(await stored(db)).toEqual([]);
  });

  it('refuses rows after the 0x1A end byte', async () => {
    const db = tempDb();
    const extra = '99999,"SMUGGLED IN",-0- ,"SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n';
    const dir = sdnCopy((b) => Buffer.concat([b, Buffer.from(extra, 'latin1')]));
    const r = await runCli(['import', 'ofac-csv', dir, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      new RegExp(`sdn\\.csv:${SDN_LINES}: rows follow the 0x1A end byte \\(line ${SDN_LINES}\\)`),
    );
    expect(await stored(db)).toEqual([]);
  });

  it('refuses a version that loses more than 10 % of the entities, accepts it with --allow-shrink and records that', async () => {
    const db = tempDb();
    expect((await runCli(['import', 'ofac-csv', sdnCopy(), '--dataset', 'sdn', '--db', db])).code).toBe(0);
    const half = sdnCopy(withMarker(firstLines(HALF)));
    const r = await runCli(['import', 'ofac-csv', half, '--dataset', 'sdn', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /sdn\.csv: the new version would hold \d+ entities, [\d.]+ % fewer than version 1/,
    );
    expect(r.stderr).toMatch(/--allow-shrink/);
    expect(await versions(db, 'sdn')).toEqual([1]);

    const allowed = await runCli([
      'import',
      'ofac-csv',
      half,
      '--dataset',
      'sdn',
      '--allow-shrink',
      '--db',
      db,
      '--json',
    ]);
    expect(allowed.code).toBe(0);
    const info = JSON.parse(allowed.stdout);
    expect(info).toMatchObject({
      version: 2,
      notes: { shrink: { fromVersion: 1, allowed: 'allow-shrink' } },
    });
    expect(info.notes.shrink.lost).toBeGreaterThan(0.3);
    // The note is stored with the version, not only printed.
    expect((await versionInfos(db, 'sdn'))[1]!.notes?.shrink).toEqual(info.notes.shrink);
  });

  it('takes the allowed share from --max-shrink', async () => {
    const db = tempDb();
    await runCli(['import', 'ofac-csv', sdnCopy(), '--dataset', 'sdn', '--db', db]);
    const half = sdnCopy(withMarker(firstLines(HALF)));
    const r = await runCli([
      'import',
      'ofac-csv',
      half,
      '--dataset',
      'sdn',
      '--max-shrink',
      '60',
      '--db',
      db,
    ]);
    expect(r.code).toBe(0);
    expect(await versions(db, 'sdn')).toEqual([1, 2]);
    const bad = await runCli(['import', 'ofac-csv', half, '--max-shrink', 'lots', '--db', db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--max-shrink must be a percentage/);
  });

  it('stores no new version for identical content and says so', async () => {
    const db = tempDb();
    const dir = sdnCopy();
    await runCli(['import', 'ofac-csv', dir, '--db', db]);
    const again = await runCli(['import', 'ofac-csv', dir, '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^unchanged: us_ofac_sdn@1 already holds this content/);
    const json = await runCli(['import', 'ofac-csv', dir, '--db', db, '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ version: 1, unchanged: true });
    expect(await versions(db, 'us_ofac_sdn')).toEqual([1]);
  });

  it('refuses a UN file holding only its root element', async () => {
    const db = tempDb();
    const file = join(tempDir(), 'consolidated.xml');
    writeFileSync(
      file,
      '<?xml version="1.0"?>\n<CONSOLIDATED_LIST dateGenerated="2026-02-27"></CONSOLIDATED_LIST>\n',
    );
    const r = await runCli(['import', 'un-xml', file, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/consolidated\.xml: the list holds no entities/);
    expect(await stored(db)).toEqual([]);
  });

  it('refuses a UN file cut short inside a record', async () => {
    const db = tempDb();
    const file = join(tempDir(), 'consolidated.xml');
    writeFileSync(file, readFileSync(UN, 'utf8').slice(0, 5000));
    const r = await runCli(['import', 'un-xml', file, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/consolidated\.xml:\d+:\d+: broken XML/);
    expect(await stored(db)).toEqual([]);
  });

  it('refuses an empty FtM file and one holding only blank lines', async () => {
    const db = tempDb();
    const empty = join(tempDir(), 'empty.ftm.json');
    writeFileSync(empty, '');
    const r = await runCli(['import', 'ftm', empty, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/empty\.ftm\.json:1: the file is empty/);
    const blank = join(tempDir(), 'blank.ftm.json');
    writeFileSync(blank, '\n\n  \n');
    const b = await runCli(['import', 'ftm', blank, '--db', db]);
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/blank\.ftm\.json: the list holds no entities/);
    expect(await stored(db)).toEqual([]);
  });

  it('refuses a version whose every record was skipped as invalid', async () => {
    const db = tempDb();
    const bad = join(tempDir(), 'bad.ftm.json');
    writeFileSync(bad, '{"id": 1}\n{"schema": "Person"}\n');
    const r = await runCli(['import', 'ftm', bad, '--skip-invalid', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/the list holds no entities/);
    expect(await stored(db)).toEqual([]);
  });
});
