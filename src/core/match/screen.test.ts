import { describe, expect, it } from 'vitest';
import { buildIndex, buildIndexSync } from './candidate-index.js';
import { screen, scorePair } from './screen.js';
import { FIXTURE_LIST } from './testing/fixtures.js';
import { catchError, errorText } from '../../testing/error-text.js';

const index = buildIndexSync(FIXTURE_LIST, { versions: { fixture_list: '2026-01' } });
const ids = (name: string, extra: Record<string, string[]> = {}, schema = 'Person') =>
  screen(index, { schema, properties: { name: [name], ...extra } })
    .filter((m) => m.match)
    .map((m) => m.id);

describe('screen', () => {
  it('lets محمد علي meet Mohamed Ali and Muhammad Ali', () => {
    expect(ids('محمد علي')).toEqual(expect.arrayContaining(['fx-mohamed-ali', 'fx-muhammad-ali']));
  });

  it('finds a Cyrillic name under its Latin listing', () => {
    expect(ids('Владимир Путин')[0]).toBe('fx-putin');
    expect(ids('Путин Владимир Владимирович')[0]).toBe('fx-putin');
  });

  it('finds a Hebrew name under its Latin listing, but not a vessel of that name', () => {
    expect(ids('דוד כהן')).toEqual(['fx-cohen']);
  });

  it('tolerates a typo in a short name part but not a different short name', () => {
    expect(ids('Aly Hasan')).toContain('fx-hassan');
    expect(ids('VLADIMR PUTNI')).toContain('fx-putin');
    expect(ids('Ali Shaw')).not.toContain('fx-eli');
  });

  it('never matches on a legal form or generic word alone', () => {
    expect(ids('Foundation', {}, 'Organization')).toEqual([]);
    expect(ids('Trading LLC', {}, 'Company')).toEqual([]);
    expect(scorePair('Trading Company LLC', 'Osama Trading Company LLC', 'Company').match).toBe(false);
    expect(ids('Al-Haramain Foundation', {}, 'Organization')).toEqual(['fx-haramain']);
  });

  it('finds an organisation named by generic words in another script under its Latin name', () => {
    const org = (id: string, name: string) => ({
      id,
      schema: 'Organization',
      properties: { name: [name] },
      datasets: ['fixture_list'],
    });
    const orgs = buildIndexSync([org('fx-hizballah', 'HIZBALLAH'), org('fx-party', 'International Party')], {
      versions: { fixture_list: '2026-01' },
    });
    const found = screen(orgs, { schema: 'Organization', properties: { name: ['حزب الله'] } });
    expect(found.filter((m) => m.match).map((m) => m.id)).toEqual(['fx-hizballah']);
  });

  it('does not let a shared birthday lift a different name', () => {
    const results = screen(index, {
      schema: 'Person',
      properties: { name: ['Ella Shore'], birthDate: ['1980-01-01'] },
    });
    expect(results.filter((m) => m.match)).toEqual([]);
    const same = screen(index, {
      schema: 'Person',
      properties: { name: ['Eli Shaw'], birthDate: ['1980-01-01'] },
    })[0];
    const lift = same?.explanations.find((e) => e.feature === 'birth_date_match')?.contribution ?? 0;
    expect(lift).toBeGreaterThan(0);
    expect(lift).toBeLessThanOrEqual(0.02);
  });

  it('penalises a birth-date mismatch', () => {
    const right = screen(index, {
      schema: 'Person',
      properties: { name: ['Vladimir Putin'], birthDate: ['1952'] },
    })[0];
    const wrong = screen(index, {
      schema: 'Person',
      properties: { name: ['Vladimir Putin'], birthDate: ['1990-02-03'] },
    })[0];
    expect(right?.score).toBeGreaterThan((wrong?.score ?? 0) + 0.2);
  });

  it('matches on an identifier even when the name is spelled differently', () => {
    const [top] = screen(index, {
      schema: 'Person',
      properties: { name: ['I. Petroff'], passportNumber: ['AB 123 4567'] },
    });
    expect(top?.id).toBe('fx-passport');
    expect(top?.explanations.some((e) => e.feature === 'identifier_match' && e.contribution > 0)).toBe(true);
  });

  it('explains every result with query value, candidate value and contribution', () => {
    const [top] = screen(index, {
      schema: 'Person',
      properties: { name: ['Mohamed Ali'], birthDate: ['1970'] },
    });
    expect(top).toMatchObject({
      id: 'fx-mohamed-ali',
      schema: 'Person',
      match: true,
      dataset: 'fixture_list',
      version: '2026-01',
    });
    const name = top?.explanations.find((e) => e.feature === 'name_similarity');
    expect(name).toMatchObject({ query: 'Mohamed Ali', candidate: 'ALI, Mohamed' });
    expect(name?.contribution).toBeGreaterThan(0.9);
    const sum = top?.explanations.reduce((s, e) => s + e.contribution, 0) ?? 0;
    expect(Math.min(1, sum)).toBeCloseTo(top?.score ?? -1, 3);
  });

  it('keeps people and vessels apart', () => {
    expect(ids('David Cohen', {}, 'Vessel')).toEqual(['fx-vessel']);
  });

  it('builds the same index from an async stream', async () => {
    async function* stream() {
      yield* FIXTURE_LIST;
    }
    const fromStream = await buildIndex(stream());
    expect(fromStream.size).toBe(index.size);
    expect(screen(fromStream, { properties: { name: ['Muhammad Ali'] } })[0]?.id).toBe('fx-muhammad-ali');
  });

  it('rejects a query without a name or identifier, naming the fix', () => {
    expect(errorText(catchError(() => screen(index, { properties: { country: ['ru'] } }))).text).toMatch(
      /set properties.name/,
    );
  });
});

describe('scorePair', () => {
  it('scores reordered and respelled names as a match', () => {
    expect(scorePair('OSAMA BIN LADEN', 'BIN LADIN, Osama').match).toBe(true);
    expect(scorePair('AL-QAEDA', 'ALQAEDA').score).toBeGreaterThan(0.9);
    expect(scorePair('ABDULHAI SALEK', 'SALEK, ABDULHAI').score).toBe(1);
  });

  it('does not match unrelated names that share a first name', () => {
    expect(scorePair('VLADIMIR PUTIN', 'VLADIMIR BILIY').match).toBe(false);
    expect(scorePair('GEORGE BUSH', 'GEORGIOU, Georgios').match).toBe(false);
  });
});
