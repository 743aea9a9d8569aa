import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDb, tempDir } from '../testing/run-cli.js';
import { spawnCli } from '../testing/spawn-cli.js';

const UN = 'test/fixtures/un/consolidated-2026-02-27.xml';
let db: string;

beforeAll(async () => {
  db = tempDb();
  const r = await runCli(['import', 'un-xml', UN, '--dataset', 'un', '--db', db]);
  expect(r.code).toBe(0);
});

describe('interdict screen', () => {
  it('finds a listed person from a reordered, misspelt name and explains the score', async () => {
    const r = await runCli(['screen', 'ABDULHAI SALIK', '--schema', 'Person', '--db', db, '--json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.results[0]).toMatchObject({ id: 'un-111209', match: true, dataset: 'un', version: '1' });
    expect(doc.results[0].explanations.map((e: { feature: string }) => e.feature)).toContain(
      'name_similarity',
    );
  });

  it('prints a table and the reasons for the best match', async () => {
    const r = await runCli(['screen', 'Abdul Hai Salek', '--db', db]);
    expect(r.stdout).toMatch(/MATCH\s+un-111209/);
    expect(r.stdout).toMatch(/Why ABDULHAI SALEK scores/);
  });

  it('rejects a bad birth date and an unknown schema with exit code 2', async () => {
    expect((await runCli(['screen', 'X', '--birth-date', '1960/01/01', '--db', db])).code).toBe(2);
    const impossible = await runCli(['screen', 'X', '--birth-date', '1961-13-45', '--db', db]);
    expect(impossible.code).toBe(2);
    expect(impossible.stderr).toMatch(
      /"1961-13-45" is not a date; write a real date as YYYY, YYYY-MM or YYYY-MM-DD/,
    );
    for (const partial of ['1961', '1961-03']) {
      expect((await runCli(['screen', 'X', '--birth-date', partial, '--db', db, '--json'])).code).toBe(0);
    }
    const r = await runCli(['screen', 'X', '--schema', 'Ship', '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown schema "Ship"/);
  });

  it('takes a country by ISO code or name and refuses an unknown one with the closest country', async () => {
    for (const country of ['Iran', 'IR', 'ir', 'Islamic Republic of Iran']) {
      const r = await runCli(['screen', 'Abdul Hai Salek', '--country', country, '--db', db, '--json']);
      expect(r.code).toBe(0);
    }
    const typo = await runCli(['screen', 'X', '--country', 'Afganistan', '--db', db]);
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/unknown country "Afganistan"; did you mean Afghanistan \(af\)\?/);
    const unknown = await runCli(['screen', 'X', '--country', 'Narnia', '--db', db]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown country "Narnia"; give an ISO 3166 code or an English name/);
  });

  it('says to import a list first when the store has none', async () => {
    const r = await runCli(['screen', 'Anyone', '--db', tempDb()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no datasets to screen against; import a list first/);
  });

  it('screens a CSV batch on worker threads and writes JSON lines in input order', async () => {
    const dir = tempDir();
    const input = join(dir, 'parties.csv');
    const names = ['"SALEK, ABDULHAI"', 'Jane Unlisted Example', 'JANAN AGHA', '"Smith, John"'];
    writeFileSync(
      input,
      ['name,schema,country,birth_date,id_number', ...names.map((n) => `${n},Person,,,`)].join('\n') + '\n',
    );
    const output = join(dir, 'out.jsonl');
    const r = await runCli([
      'screen',
      '--input',
      input,
      '--output',
      output,
      '--workers',
      '2',
      '--db',
      db,
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ queries: 4, workers: 2 });
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.query.name)).toEqual([
      'SALEK, ABDULHAI',
      'Jane Unlisted Example',
      'JANAN AGHA',
      'Smith, John',
    ]);
    expect(lines[0].results[0]).toMatchObject({ id: 'un-111209', match: true });
    expect(lines[1].results.filter((x: { match: boolean }) => x.match)).toEqual([]);
  });

  it('writes one CSV row per query with the best result', async () => {
    const dir = tempDir();
    const input = join(dir, 'parties.jsonl');
    writeFileSync(
      input,
      '{"name": "JANAN AGHA"}\n{"schema": "Person", "properties": {"name": ["SALEK ABDULHAI"]}}\n',
    );
    const output = join(dir, 'out.csv');
    expect(
      (await runCli(['screen', '--input', input, '--output', output, '--workers', '1', '--db', db])).code,
    ).toBe(0);
    const rows = readFileSync(output, 'utf8').trim().split('\n');
    expect(rows[0]).toBe(
      'name,schema,country,birth_date,id_number,best_id,best_caption,best_schema,best_score,match,dataset,version,error',
    );
    expect(rows.length).toBe(3);
    expect(rows[2]).toMatch(/^SALEK ABDULHAI,Person,,,,un-111209,/);
  });

  it('reports a bad batch row with its line, screens the rest and exits 1', async () => {
    const dir = tempDir();
    const input = join(dir, 'bad.csv');
    writeFileSync(input, 'name,schema\nSALEK ABDULHAI,Person\nOther,Ship\nJANAN AGHA,Person\n');
    const output = join(dir, 'out.jsonl');
    const r = await runCli(['screen', '--input', input, '--output', output, '--workers', '1', '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.csv: line 3: unknown schema "Ship"/);
    const lines = readFileSync(output, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.line)).toEqual([2, 3, 4]);
    expect(lines[0].results[0]).toMatchObject({ id: 'un-111209', match: true });
    expect(lines[1]).toMatchObject({ results: [], error: { line: 3, code: 'E_VALUE', path: 'schema' } });
    expect(lines[2].results.length).toBeGreaterThan(0);
  });

  it('writes no output when the batch file itself cannot be read', async () => {
    const dir = tempDir();
    const input = join(dir, 'bad.csv');
    writeFileSync(input, 'schema\nPerson\n');
    const output = join(dir, 'out.jsonl');
    const r = await runCli(['screen', '--input', input, '--output', output, '--db', db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv:1:1: missing column "name"/);
    expect(existsSync(output)).toBe(false);
  });

  it('rejects unknown batch columns', async () => {
    const dir = tempDir();
    const input = join(dir, 'bad.csv');
    writeFileSync(input, 'name,dob\nA,1960\n');
    const r = await runCli(['screen', '--input', input, '--output', join(dir, 'o.jsonl'), '--db', db]);
    expect(r.stderr).toMatch(/bad\.csv:1:6: unknown column "dob"/);
  });
});

/**
 * Import `listed` (id, name) as FtM entities of `schema`, screen each query
 * through the CLI and check it finds the entity with the explanation given
 * as best match and matches nothing else.
 */
async function findsOnly(
  schema: string,
  listed: string[][],
  cases: readonly (readonly [string, string, RegExp])[],
): Promise<void> {
  const dir = tempDir();
  const file = join(dir, 'listed.ftm.json');
  writeFileSync(
    file,
    listed.map(([id, name]) => JSON.stringify({ id, schema, properties: { name: [name] } })).join('\n'),
  );
  const store = join(dir, 'listed.db');
  expect((await runCli(['import', 'ftm', file, '--dataset', 'listed', '--db', store])).code).toBe(0);
  for (const [query, id, explained] of cases) {
    const r = await runCli(['screen', query, '--schema', schema, '--db', store, '--json']);
    expect(r.code).toBe(0);
    const results = JSON.parse(r.stdout).results as {
      id: string;
      match: boolean;
      explanations: { detail: string }[];
    }[];
    expect(results[0]).toMatchObject({ id, match: true });
    expect(results[0]?.explanations[0]?.detail).toMatch(explained);
    // The listed names one sound or one word away are not matched.
    expect(results.filter((x) => x.match).map((x) => x.id)).toEqual([id]);
  }
}

describe('interdict screen, a name in its own script against a list in Latin letters', () => {
  it('finds Persian ض where the list writes z, and katakana ツ where it writes tu', async () => {
    const people = [
      ['p-zia', 'Ahmad Zia AGHA'],
      ['p-riza', 'Ahmad Riza AGHA'],
      ['p-atul', 'Atul GUPTA'],
      ['p-anil', 'Anil GUPTA'],
    ];
    await findsOnly('Person', people, [
      ['احمد ضیا آغا', 'p-zia', /ضيا~zia sound/],
      ['アツル・グプタ', 'p-atul', /アツル~atul/],
    ]);
  });

  it('finds an organisation by the English name its name translates, not by its generic words', async () => {
    const orgs = [
      ['o-lifg', 'LIBYAN ISLAMIC FIGHTING GROUP'],
      ['o-gia', 'ARMED ISLAMIC GROUP'],
      ['o-tcg', 'TUNISIAN COMBATANT GROUP'],
      ['o-hqn', 'HAQQANI NETWORK'],
    ];
    await findsOnly('Organization', orgs, [
      ['الجماعة الاسلامية المقاتلة الليبية', 'o-lifg', /مقاتله~fighting equivalent/],
      ['شبکه حقانی', 'o-hqn', /network~network exact/],
    ]);
  });
});

describe('network-aware screening of a single party', () => {
  it('flags a company that is not listed but is owned by a listed person, with the path', async () => {
    const zalaDb = tempDb();
    await runCli([
      'import',
      'ftm',
      'test/fixtures/opensanctions/zala.ftm.json',
      '--dataset',
      'zala',
      '--db',
      zalaDb,
    ]);
    const r = await runCli(['screen', 'ООО "ИЖТЕЛЕКОМ"', '--schema', 'Company', '--db', zalaDb, '--json']);
    const doc = JSON.parse(r.stdout);
    expect(doc.results[0]).toMatchObject({ id: 'NK-56Edov9bas9puzaChH5pBy', match: true });
    expect(doc.results[0].proximity).toMatchObject({ designated: false, nearest: 1 });
    expect(doc.results[0].proximity.path[0]).toMatchObject({
      via: 'Ownership',
      to: 'NK-aU5ybkbRFJucf8YMwsJvDw',
    });
    const text = await runCli(['screen', 'ООО "ИЖТЕЛЕКОМ"', '--schema', 'Company', '--db', zalaDb]);
    expect(text.stdout).toMatch(
      /is not listed itself but sits 1 hop\(s\) from a listed entity: .*Aleksandr Vyacheslavovich Zakharov/,
    );
  });
});

describe('interdict screen --network', () => {
  it('matches named actors and flags unlisted ones by their distance to listed ones', async () => {
    const listDb = tempDb();
    await runCli([
      'import',
      'ofac-csv',
      'data/lists/ofac-sdn-2021-07-demo',
      '--dataset',
      'sdn',
      '--db',
      listDb,
    ]);
    const r = await runCli(['screen', '--network', 'data/scenarios/article.yaml', '--db', listDb, '--json']);
    expect(r.code).toBe(0);
    const actors = JSON.parse(r.stdout).actors as {
      node: string;
      listed: boolean;
      nearestListed: number | null;
      results: { id: string }[];
    }[];
    const byId = new Map(actors.map((a) => [a.node, a]));
    expect(byId.get('hamas')).toMatchObject({ listed: true, results: [{ id: 'ofac-4695' }] });
    expect(byId.get('hezbollah')!.results[0]!.id).toBe('ofac-4697');
    expect(byId.get('unit-190')).toMatchObject({ listed: false, nearestListed: 1 });
    expect(byId.has('iran')).toBe(false); // states are not screened by name
  });
});

describe('interdict score-pairs', () => {
  it('scores every pair in order and marks matches', async () => {
    const dir = tempDir();
    const input = join(dir, 'pairs.csv');
    writeFileSync(
      input,
      'name1,name2,schema\nMohammed Ali,محمد علي,Person\nAcme Trading LLC,Zenith Trading LLC,Company\n',
    );
    const output = join(dir, 'scores.csv');
    expect((await runCli(['score-pairs', '--input', input, '--output', output])).code).toBe(0);
    const rows = readFileSync(output, 'utf8').trim().split('\n');
    expect(rows[0]).toBe('name1,name2,schema,score,match');
    expect(rows[1]).toMatch(/,true$/);
    expect(rows[2]).toMatch(/,false$/);
  });

  it('names the missing column', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'p.csv'), 'a,b\nx,y\n');
    const r = await runCli(['score-pairs', '--input', join(dir, 'p.csv'), '--output', join(dir, 'o.csv')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/p\.csv:1:1: missing column "name1"/);
  });

  describe('leaves no partial file behind', () => {
    const row = (i: number) => `Party Number ${i},Person,,,`;
    const header = 'name,schema,country,birth_date,id_number';

    it('when the input turns out not to be UTF-8 after many good rows', async () => {
      const dir = tempDir();
      const input = join(dir, 'broken.csv');
      const rows = Array.from({ length: 300 }, (_, i) => row(i));
      const text = [header, ...rows].join('\n') + '\n';
      writeFileSync(input, Buffer.concat([Buffer.from(text), Buffer.from([0x42, 0xff, 0x0a])]));
      const r = await runCli(['screen', '--input', input, '--output', join(dir, 'out.jsonl'), '--db', db]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/broken\.csv:302:2: invalid UTF-8/);
      expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect(readdirSync(dir)).toEqual(['broken.csv']);
    });

    it('when score-pairs meets a bad row half-way', async () => {
      const dir = tempDir();
      const input = join(dir, 'pairs.csv');
      writeFileSync(input, 'name1,name2\nAli Khan,Ali Kahn\nJohn Smith,Jon Smith,extra\n');
      const r = await runCli(['score-pairs', '--input', input, '--output', join(dir, 'scores.csv')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/pairs\.csv:3:1: 3 fields, the header has 2/);
      expect(readdirSync(dir)).toEqual(['pairs.csv']);
    });

    it('when the batch is interrupted with SIGINT', async () => {
      const dir = tempDir();
      const input = join(dir, 'many.csv');
      writeFileSync(input, [header, ...Array.from({ length: 200_000 }, (_, i) => row(i))].join('\n') + '\n');
      const cli = spawnCli([
        'screen',
        '--input',
        input,
        '--output',
        join(dir, 'out.jsonl'),
        '--workers',
        '1',
        '--db',
        db,
      ]);
      let seen = false;
      while (!seen) {
        seen = readdirSync(dir).some((f) => f.endsWith('.partial'));
        const ended = await Promise.race([
          cli.exited.then(() => true),
          new Promise((r) => setTimeout(r, 20, false)),
        ]);
        if (ended) break;
      }
      expect(seen).toBe(true);
      cli.child.kill('SIGINT');
      const { signal } = await cli.exited;
      expect(signal).toBe('SIGINT');
      expect(readdirSync(dir)).toEqual(['many.csv']);
    }, 120_000);
  });
});
