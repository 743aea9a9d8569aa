import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import { parseOfacXml, type OfacXmlHeader } from './ofac-xml.js';
import { errorText, thrownText } from '../../testing/error-text.js';

const FIXTURE = readFileSync(new URL('./fixtures/ofac-sdn-sample.xml', import.meta.url), 'utf8');

async function collect(it: AsyncIterable<Entity>): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of it) out.push(e);
  return out;
}

/** Feeds the text in small chunks, as the file reader does, to exercise chunk boundaries. */
function chunks(text: string, size = 97): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += size) out.push(text.slice(i, i + size));
  return out;
}

describe('OFAC XML (sdnList)', () => {
  it('reads every entry with its Sanction and the publish header', async () => {
    const header: OfacXmlHeader = {};
    const entities = await collect(parseOfacXml('sdn.xml', chunks(FIXTURE), undefined, header));
    const schemas = entities.map((e) => e.schema).sort();
    expect(schemas.filter((s) => s !== 'Sanction' && s !== 'UnknownLink')).toEqual([
      'Airplane',
      'Organization',
      'Organization',
      'Person',
      'Vessel',
    ]);
    expect(schemas.filter((s) => s === 'Sanction')).toHaveLength(header.recordCount!);
    expect(header.publishDate).toBe('07/01/2021');
  });

  it('maps a person with dates, places, nationality, passports and weak aliases', async () => {
    const entities = await collect(parseOfacXml('sdn.xml', chunks(FIXTURE)));
    const p = entities.find((e) => e.id === 'ofac-2676')!;
    expect(p.properties).toMatchObject({
      name: ['Dr. Ayman AL ZAWAHIRI'],
      lastName: ['AL ZAWAHIRI'],
      birthDate: ['1951-06-19', '1950'],
      birthPlace: ['Giza, Egypt'],
      nationality: ['Egypt'],
      passportNumber: ['1084010', '19820215'],
      weakAlias: ['THE DOCTOR'],
      position: ['Operational and Military Leader of JIHAD GROUP'],
    });
    expect(p.properties.alias).toEqual(['AL ZAWAHIRI, Dr. Ayman', 'AL-ZAWAHIRI, Ayman']);
    const sanction = entities.find((e) => e.id === 'ofac-2676-sanction')!;
    expect(sanction.properties.program).toEqual(['SDGT', 'SDT']);
  });

  it('maps vessel info, IMO numbers and aircraft ids, and resolves Linked To', async () => {
    const entities = await collect(parseOfacXml('sdn.xml', chunks(FIXTURE)));
    const ship = entities.find((e) => e.id === 'ofac-4243')!;
    expect(ship.properties).toMatchObject({
      imoNumber: ['IMO 7405871'],
      callSign: ['P3QG3'],
      flag: ['Cyprus'],
      ownerName: ['Sand & Swan Navigation Co. Ltd.'],
      previousName: ['ANA I'],
    });
    const plane = entities.find((e) => e.id === 'ofac-15431')!;
    expect(plane.properties).toMatchObject({
      serialNumber: ['1023409321'],
      model: ['IL76-TD'],
      registrationNumber: ['EP-GOM'],
    });
    const link = entities.find((e) => e.schema === 'UnknownLink')!;
    expect(link.properties).toMatchObject({ subject: ['ofac-15431'], object: ['ofac-15430'] });
  });

  it('reports broken XML with file, line and column', async () => {
    const broken = FIXTURE.replace('<uid>4243</uid>', '<uid>4243</uidd>');
    const err = await collect(parseOfacXml('sdn.xml', chunks(broken))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const line = broken.split('\n').findIndex((l) => l.includes('</uidd>')) + 1;
    expect((err as InputError).location).toMatchObject({ file: 'sdn.xml', line });
    expect(errorText(err).text).toMatch(/^sdn\.xml:\d+:\d+: broken XML: unexpected close tag/);
  });

  it('reports a truncated file', async () => {
    const cut = FIXTURE.slice(0, FIXTURE.indexOf('<uid>15431</uid>'));
    expect(await thrownText(collect(parseOfacXml('sdn.xml', chunks(cut))))).toMatch(
      /^sdn\.xml:\d+:\d+: broken XML/,
    );
  });

  it('rejects a document of another kind', async () => {
    expect(
      await thrownText(collect(parseOfacXml('un.xml', ['<CONSOLIDATED_LIST></CONSOLIDATED_LIST>']))),
    ).toMatch(/expected a <sdnList> document, found <CONSOLIDATED_LIST>/);
  });

  it('names the record and field of an entry without a type, or skips it', async () => {
    const bad = FIXTURE.replace('<sdnType>Vessel</sdnType>', '');
    expect(await thrownText(collect(parseOfacXml('sdn.xml', chunks(bad))))).toMatch(
      /record 4243 at sdnType: unknown sdnType ""/,
    );
    const skipped: InputError[] = [];
    const entities = await collect(
      parseOfacXml('sdn.xml', chunks(bad), { skipInvalid: true, onSkip: (e) => skipped.push(e) }),
    );
    expect(skipped).toHaveLength(1);
    expect(entities.some((e) => e.id === 'ofac-4243')).toBe(false);
  });
});
