import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import { parseOfacCsv, type OfacCsvFiles } from './ofac-csv.js';
import { fixture } from '../../testing/fixtures.js';
import { thrownText } from '../../testing/error-text.js';

function file(dir: string, name: string) {
  const text = readFileSync(fixture(`${dir}/${name}`), 'latin1');
  return { name, lines: () => text.split('\n') };
}

function sdnSet(dir: string): OfacCsvFiles {
  return {
    main: file(dir, 'sdn.csv'),
    alt: file(dir, 'alt.csv'),
    add: file(dir, 'add.csv'),
    comments: file(dir, 'sdn_comments.csv'),
  };
}

async function collect(it: AsyncIterable<Entity>): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of it) out.push(e);
  return out;
}

function countBySchema(entities: Entity[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of entities) counts[e.schema] = (counts[e.schema] ?? 0) + 1;
  return counts;
}

const memo = new Map<string, Promise<Entity[]>>();
const load = (dir: string, files = sdnSet(dir)) =>
  memo.get(dir) ?? memo.set(dir, collect(parseOfacCsv(files))).get(dir)!;
const byId = async (dir: string, id: string) => (await load(dir)).find((e) => e.id === id)!;

describe('OFAC CSV set', () => {
  it('reads the July 2021 SDN set: 8,976 entries by type, one Sanction each', async () => {
    const counts = countBySchema(await load('ofac-sdn-2021-07'));
    expect(counts).toMatchObject({
      Person: 4620,
      Organization: 3673,
      Vessel: 406,
      Airplane: 277,
      Sanction: 8976,
    });
  });

  it('reads the January 2019 SDN set: 7,379 entries', async () => {
    const counts = countBySchema(await load('ofac-sdn-2019-01'));
    expect(counts.Person! + counts.Organization! + counts.Vessel! + counts.Airplane!).toBe(7379);
  });

  it('reads the non-SDN consolidated set: 442 entries', async () => {
    const dir = 'ofac-nonsdn-2025-12';
    const files = {
      main: file(dir, 'cons_prim.csv'),
      alt: file(dir, 'cons_alt.csv'),
      add: file(dir, 'cons_add.csv'),
      comments: file(dir, 'cons_comments.csv'),
    };
    const counts = countBySchema(await load(dir, files));
    expect(counts.Person).toBe(79);
    expect(counts.Organization).toBe(363);
  });

  it('gives people a reading-order name, name parts and the listed form as an alias', async () => {
    const abbas = await byId('ofac-sdn-2021-07', 'ofac-2674');
    expect(abbas.schema).toBe('Person');
    expect(abbas.properties).toMatchObject({
      name: ['Abu ABBAS'],
      firstName: ['Abu'],
      lastName: ['ABBAS'],
      birthDate: ['1948-12-10'],
      position: ['Director of PALESTINE LIBERATION FRONT - ABU ABBAS FACTION'],
    });
    expect(abbas.properties.alias).toContain('ABBAS, Abu');
  });

  it('adds alt.csv names and add.csv addresses with their rows as provenance', async () => {
    const bnc = await byId('ofac-sdn-2021-07', 'ofac-306');
    expect(bnc.properties.alias).toContain('NATIONAL BANK OF CUBA');
    expect(bnc.properties.weakAlias).toEqual(['BNC']);
    expect(bnc.properties.address).toContain('Zweierstrasse 35, Zurich CH-8022, Switzerland');
    expect(bnc.properties.sourceRecord![0]).toMatch(/^sdn\.csv:3: 306,"BANCO NACIONAL DE CUBA"/);
    expect(bnc.properties.sourceRecord!.some((r) => r.startsWith('alt.csv:'))).toBe(true);
  });

  it('keeps vessel columns and IMO numbers', async () => {
    const ship = await byId('ofac-sdn-2021-07', 'ofac-4243');
    expect(ship.properties).toMatchObject({
      callSign: ['P3QG3'],
      type: ['General Cargo'],
      tonnage: ['2595'],
      grossRegisteredTonnage: ['1116'],
      flag: ['Cyprus'],
      previousName: ['ANA I'],
    });
  });

  it('reads aircraft remarks into serial number, model, build date and registration', async () => {
    const plane = await byId('ofac-sdn-2021-07', 'ofac-15431');
    expect(plane.schema).toBe('Airplane');
    expect(plane.properties).toMatchObject({
      registrationNumber: ['EP-GOM'],
      serialNumber: ['1023409321'],
      model: ['IL76-TD'],
      buildDate: ['1992'],
    });
  });

  it('joins remarks continued in sdn_comments.csv', async () => {
    const entities = await load('ofac-sdn-2021-07');
    const links = entities.filter(
      (e) => e.schema === 'UnknownLink' && e.properties.subject?.[0] === 'ofac-28263',
    );
    // The cut fell inside a quoted alias; the continuation holds "Linked To: LAZARUS GROUP".
    expect(links.map((l) => l.properties.object?.[0])).toContain('ofac-27307');
  });

  it('turns "Linked To:" into UnknownLinks to the entry of that exact name', async () => {
    const entities = await load('ofac-sdn-2021-07');
    const links = entities.filter((e) => e.schema === 'UnknownLink');
    const resolved = links.filter((l) => l.properties.object);
    expect(resolved.length / links.length).toBeGreaterThan(0.95);
    const ids = new Set(entities.map((e) => e.id));
    for (const l of resolved) expect(ids.has(l.properties.object![0]!)).toBe(true);
    for (const l of links.filter((x) => !x.properties.object))
      expect(l.properties.description).toHaveLength(1);
  });

  it('makes a Sanction per entry with its programs', async () => {
    const s = await byId('ofac-sdn-2021-07', 'ofac-15431-sanction');
    expect(s.properties).toMatchObject({
      entity: ['ofac-15431'],
      program: ['SDGT'],
      authority: ['Office of Foreign Assets Control'],
      country: ['us'],
    });
  });
});

describe('OFAC CSV errors', () => {
  const lines = (text: string) => ({ name: 'sdn.csv', lines: () => text.split('\n') });
  const good = '36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ';

  it('names file, line and ent_num when a record is cut short', async () => {
    const run = collect(
      parseOfacCsv({ main: lines(`${good}\n173,"ANGLO-CARIBBEAN CO., LTD.",-0- ,"CUBA"`) }),
    );
    expect(await thrownText(run)).toMatch(
      /^sdn\.csv:2 record 173: expected 12 columns .* found 4 — the record is cut short/,
    );
  });

  it('names the line where an unclosed quote starts at the end of the file', async () => {
    expect(
      await thrownText(collect(parseOfacCsv({ main: lines(`${good}\n173,"ANGLO-CARIBBEAN CO`) }))),
    ).toMatch(/^sdn\.csv:2: the file ends inside a quoted field/);
  });

  it('rejects a row with an unknown extra column', async () => {
    expect(await thrownText(collect(parseOfacCsv({ main: lines(`${good},"extra"`) })))).toMatch(
      /sdn\.csv:1 record 36: expected 12 columns/,
    );
  });

  it('rejects UTF-16 text with the line and column of the first NUL', async () => {
    const utf16 = Buffer.from(good, 'utf16le').toString('latin1');
    const err = await collect(parseOfacCsv({ main: lines(utf16) })).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).location).toMatchObject({ file: 'sdn.csv', line: 1, column: 2 });
  });

  it('rejects an unknown SDN_Type naming the field', async () => {
    expect(
      await thrownText(
        collect(parseOfacCsv({ main: lines(good.replace(',-0- ,"CUBA"', ',"ship","CUBA"')) })),
      ),
    ).toMatch(/record 36 at SDN_Type: unknown SDN_Type "ship"/);
  });

  it('skips, counts and reports bad records with skipInvalid', async () => {
    const skipped: InputError[] = [];
    const entities = await collect(
      parseOfacCsv(
        { main: lines(`${good}\n99,"X"\n`) },
        { skipInvalid: true, onSkip: (e) => skipped.push(e) },
      ),
    );
    expect(entities.map((e) => e.id)).toEqual(['ofac-36', 'ofac-36-sanction']);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.location).toMatchObject({ line: 2, record: '99' });
  });
});
