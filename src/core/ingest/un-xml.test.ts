import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { InputError } from '../model/errors.js';
import { parseUnXml } from './un-xml.js';
import { fixture } from '../../testing/fixtures.js';
import { errorText, thrownText } from '../../testing/error-text.js';

const TEXT = readFileSync(fixture('un/consolidated-2026-02-27.xml'), 'utf8');
const lines = (text: string) => text.split(/(?<=\n)/);

async function collect(it: AsyncIterable<Entity>): Promise<Entity[]> {
  const out: Entity[] = [];
  for await (const e of it) out.push(e);
  return out;
}

const all = collect(parseUnXml('consolidated.xml', lines(TEXT)));
const byId = async (id: string) => (await all).find((e) => e.id === id)!;

describe('UN consolidated XML', () => {
  it('reads 730 individuals and 273 entities, each with a Sanction', async () => {
    const counts: Record<string, number> = {};
    for (const e of await all) counts[e.schema] = (counts[e.schema] ?? 0) + 1;
    expect(counts).toEqual({ Person: 730, Organization: 273, Sanction: 1003 });
  });

  it('maps names, aliases by quality, nationality, birth place and list data', async () => {
    const p = await byId('un-6907994');
    expect(p.properties).toMatchObject({
      name: ['FRANK KAKOLELE BWAMBALE'],
      alias: ['FRANK KAKORERE', 'FRANK KAKORERE BWAMBALE', 'AIGLE BLANC'],
      nationality: ['Democratic Republic of the Congo'],
      position: ['FARDC General'],
      gender: ['male'],
      address: ['Kinshasa, Democratic Republic of the Congo'],
    });
    const s = await byId('un-6907994-sanction');
    expect(s.properties).toMatchObject({
      program: ['DRC'],
      unscId: ['CDi.002'],
      listingDate: ['2005-11-01'],
      authority: ['United Nations Security Council'],
    });
  });

  it('reads exact, year-only and between-years dates of birth', async () => {
    expect((await byId('un-6907993')).properties.birthDate).toEqual(['1971']);
    const between = (await all).find((e) => e.properties.birthPlace?.[0] === 'Bigogwe, Rwanda')!;
    expect(between.properties.birthDate).toEqual(['1973', '1974']);
    const exact = (await all).filter((e) =>
      e.properties.birthDate?.some((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)),
    );
    expect(exact.length).toBeGreaterThan(300);
  });

  it('puts Low-quality aliases in weakAlias, f.k.a. in previousName, original script in alias', async () => {
    const entities = await all;
    expect(entities.filter((e) => e.properties.weakAlias).length).toBeGreaterThan(100);
    const adf = await byId('un-6908402');
    expect(adf.schema).toBe('Organization');
    expect(adf.properties.previousName).toEqual([
      'Forces Démocratiques Alliées-Armée Nationale de Libération de l’Ouganda',
      'ADF/NALU',
      'NALU',
    ]);
    expect(entities.some((e) => e.properties.alias?.includes('صدام حسين التكريتي'))).toBe(true);
  });

  it('reads passports and national identification numbers', async () => {
    const entities = await all;
    expect(entities.some((e) => e.properties.passportNumber?.includes('OB 0243318'))).toBe(true);
    expect(entities.some((e) => e.properties.idNumber?.includes('1-78-09-44621-80'))).toBe(true);
  });

  it('reports a truncated file at its last line', async () => {
    const cut = TEXT.slice(0, 50_000);
    const err = await collect(parseUnXml('consolidated.xml', lines(cut))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(errorText(err).text).toMatch(/^consolidated\.xml:\d+:\d+: broken XML/);
  });

  it('names the record and field of a record without DATAID', async () => {
    const bad = TEXT.replace('<DATAID>6907994</DATAID>', '');
    expect(await thrownText(collect(parseUnXml('consolidated.xml', lines(bad))))).toMatch(
      /consolidated\.xml:\d+ at DATAID: <INDIVIDUAL> needs a numeric <DATAID>/,
    );
  });
});
