import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { buildIndexSync } from './candidate-index.js';
import { namePart, parseName } from './normalise.js';
import { scorePair, screen } from './screen.js';
import { partTokens } from './token-stats.js';

const org = (a: string, b: string) => scorePair(a, b, 'Organization');

describe('organisation names translated from Arabic script', () => {
  it('match the English name they translate, and not one that shares only its generic words', () => {
    const libyan = 'الجماعة الاسلامية المقاتلة الليبية';
    expect(org(libyan, 'LIBYAN ISLAMIC FIGHTING GROUP').match).toBe(true);
    expect(org(libyan, 'LIBYAN ISLAMIC FIGHTING GROUP').explanations[0]?.detail).toMatch(
      /ليبيه~libyan equivalent/,
    );
    expect(org(libyan, 'ARMED ISLAMIC GROUP').match).toBe(false);
    expect(org(libyan, 'TUNISIAN COMBATANT GROUP').match).toBe(false);
    expect(org('الجهاد الاسلامي المصري', 'EGYPTIAN ISLAMIC JIHAD').match).toBe(true);
    expect(org('الجهاد الاسلامي المصري', 'ISLAMIC JIHAD GROUP').match).toBe(false);
    expect(org('القاعدة في جزيرة العرب', 'AL-QAIDA IN THE ARABIAN PENINSULA').match).toBe(true);
    expect(org('القاعدة في جزيرة العرب', 'AL-QAIDA IN IRAQ').match).toBe(false);
  });

  it('match a French listing as they match an English one', () => {
    const french = 'MOUVEMENT POUR L’UNIFICATION ET LE JIHAD EN AFRIQUE DE L’OUEST';
    const r = org('حركة التوحيد والجهاد في غرب إفريقيا', french);
    expect(r.match).toBe(true);
    expect(r.explanations[0]?.detail).toMatch(/حركه~mouvement equivalent.*غرب~ouest equivalent/);
    // Its acronym leaves out the elided article and the words for "for" and "in", as in English.
    expect(org('MUJAO', french).match).toBe(true);
  });

  it('meet a generic word written as lists transliterate it, which alone stays a name', () => {
    expect(org('مكتب الخدمات', 'MAKHTAB AL-KHIDAMAT').explanations[0]?.detail).toMatch(
      /office~makhtab equivalent/,
    );
    expect(org('الاتحاد الاسلامي', 'AL-ITIHAAD AL-ISLAMIYA').match).toBe(true);
    // Rabita (league) in Latin letters is the name it is part of, not a generic word.
    expect(org('RABITA TRUST', 'RABITA TRUST').score).toBe(1);
    expect(parseName('RABITA TRUST', { schema: 'Organization' }).parts[0]?.kind).toBe('name');
  });

  it('find the listing that transliterates their generic word among many sharing their other word', () => {
    // More organisations share al-Islamiya than a query takes candidates: the generic word has to find it.
    const list: Entity[] = [
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `islamic-${i}`,
        schema: 'Organization',
        properties: { name: [`Kalbarri${i} Al-Islamiya`] },
      })),
      { id: 'aiai', schema: 'Organization', properties: { name: ['AL-ITIHAAD AL-ISLAMIYA'] } },
    ];
    const hits = screen(buildIndexSync(list), {
      schema: 'Organization',
      properties: { name: ['الاتحاد الاسلامي'] },
    });
    expect(hits[0]).toMatchObject({ id: 'aiai', match: true });
  });

  it('lose the and, for and with written onto the article, in organisation names only', () => {
    const texts = (name: string, schema: string) => parseName(name, { schema }).parts.map((p) => p.text);
    expect(texts('حركة التوحيد والجهاد', 'Organization')).toEqual(['حركه', 'ال', 'توحيد', 'ال', 'جهاد']);
    expect(texts('مكتب حنيفة للصرافة', 'Organization')).toEqual(['office', 'حنيفه', 'ال', 'صرافه']);
    // والنتین is Valentin: a person's name keeps its letters.
    expect(texts('والنتین', 'Person')).toEqual(['والنتين']);
  });

  it('read limited written in Arabic script as the legal form', () => {
    const parsed = parseName('راحت لمتد', { schema: 'Company' });
    expect(parsed.legalForms.map((f) => f.compare)).toEqual(['ltd']);
    expect(org('راحت لمتد', 'RAHAT LTD').match).toBe(true);
  });

  it('weigh a translated word as common as its English word is among the listed names', () => {
    expect(partTokens(namePart('اسلاميه', 'name'))).toContain('islamic');
    expect(partTokens(namePart('islamic', 'name'))).toEqual(['islamic']);
    // Islamic is in most of these names: اسلاميه alone agreeing is not a match.
    const list: Entity[] = [
      ...['Relief', 'Heritage', 'Call', 'Unity', 'Front', 'Army'].map((w, i) => ({
        id: `o-${i}`,
        schema: 'Organization',
        properties: { name: [`Islamic ${w} Kalbarri${i}`] },
      })),
      { id: 'rare', schema: 'Organization', properties: { name: ['Wandoo Islamic Fighting Group'] } },
    ];
    const index = buildIndexSync(list);
    const hits = screen(index, {
      schema: 'Organization',
      properties: { name: ['الجماعة الاسلامية المقاتلة'] },
    });
    expect(hits.filter((m) => m.match).map((m) => m.id)).toEqual([]);
    expect(hits[0]?.id).toBe('rare');
  });
});
