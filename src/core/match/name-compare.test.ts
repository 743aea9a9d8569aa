import { describe, expect, it } from 'vitest';
import type { Entity } from '../model/entity.js';
import { buildIndexSync } from './candidate-index.js';
import { factsOf } from './facts.js';
import { score } from './score.js';
import { scorePair, screen } from './screen.js';

// A small list where Mohammed, Ali and Hassan are common and Quarrington is rare,
// so the token weights the index learns mean something.
const people: Entity[] = [
  ...Array.from({ length: 40 }, (_, i) => ({
    id: `crowd-${i}`,
    schema: 'Person',
    properties: {
      name: [
        `Mohammed ${['Ali', 'Hassan', 'Omar', 'Saleh'][i % 4]} ${['Karimi', 'Haddad', 'Nasser', 'Farouk', 'Rahimi'][i % 5]}${i}`,
      ],
    },
  })),
  { id: 'ali-hassan', schema: 'Person', properties: { name: ['ALI, Hassan'] } },
  { id: 'ali-hamid', schema: 'Person', properties: { name: ['Ali Hamid'] } },
  { id: 'ali-hamad', schema: 'Person', properties: { name: ['Ali Hamad'] } },
  { id: 'marin', schema: 'Person', properties: { name: ['Fritz Marin Gelowicz'] } },
  { id: 'martin', schema: 'Person', properties: { name: ['Fritz Martin Gelowicz'] } },
  // Marin is a listed name twice over, so it is a name of its own, not a typo of Martin.
  { id: 'marin-dobrev', schema: 'Person', properties: { name: ['Marin Dobrev'] } },
  { id: 'quarrington', schema: 'Person', properties: { name: ['Mohammed Quarrington'] } },
];
const orgs: Entity[] = [
  { id: 'koryo-bank', schema: 'Organization', properties: { name: ['KORYO BANK'] } },
  { id: 'koryo-credit', schema: 'Organization', properties: { name: ['KORYO CREDIT DEVELOPMENT BANK'] } },
  { id: 'irgc', schema: 'Organization', properties: { name: ['Islamic Revolutionary Guard Corps'] } },
  { id: 'siemens', schema: 'Company', properties: { name: ['Siemens AG'] } },
];
const index = buildIndexSync([...people, ...orgs]);
const top = (name: string, schema = 'Person') =>
  screen(index, { schema, properties: { name: [name] } }, { cutoff: 0.3 });
const pair = (a: string, b: string, schema = 'Person') =>
  scorePair(a, b, schema, { scoring: { tokens: index } }).score;

describe('token weights learned from the index', () => {
  it('weighs common name parts less than rare ones', () => {
    expect(pair('Mohammed Quarrington', 'Quarrington')).toBeGreaterThan(
      pair('Mohammed Quarrington', 'Mohammed'),
    );
  });

  it('makes an unmatched common part cost something: Mohammed Ali Hassan is not shown to be Ali Hassan', () => {
    const best = top('Mohammed Ali Hassan').find((m) => m.id === 'ali-hassan');
    expect(best?.match).toBe(false);
    expect(top('Hassan Ali')[0]).toMatchObject({ id: 'ali-hassan', match: true });
  });
});

describe('near names', () => {
  it('does not take another listed name a letter away for a typo', () => {
    expect(pair('Fritz Marin Gelowicz', 'Fritz Martin Gelowicz')).toBeLessThan(0.7);
    expect(top('Fritz Marin Gelowicz')[0]?.id).toBe('marin');
  });

  it('still forgives a typo that makes no listed name, also in a short part', () => {
    expect(pair('Fritz Martni Gelowicz', 'Fritz Martin Gelowicz')).toBeGreaterThanOrEqual(0.7);
    expect(pair('Alu Hamid', 'Ali Hamid')).toBeGreaterThanOrEqual(0.7);
  });
});

describe('weak evidence that does not make a match', () => {
  it('takes the feminine and masculine forms of a given name for two names (Maria is not Mario)', () => {
    expect(scorePair('Maria Sanchez', 'Mario SANCHEZ', 'Person').match).toBe(false);
    expect(scorePair('Roberta Perez', 'Roberto PEREZ', 'Person').match).toBe(false);
    expect(scorePair('Maria Sanchez', 'SANCHEZ, Maria', 'Person').score).toBe(1);
    // A surname in -enko is no gender pair: Belarusian writes it -enka.
    expect(scorePair('Alexander Lukashenko', 'Aliaksandr LUKASHENKA', 'Person').match).toBe(true);
  });

  it('discounts a one-word listed name against a longer query: the other words are unconfirmed', () => {
    expect(scorePair('George Salahudin', 'SALAHUDIN', 'Person').match).toBe(false);
    expect(scorePair('John Rodriguez', 'JOHN', 'Person').match).toBe(false);
    expect(scorePair('Salahudin', 'SALAHUDIN', 'Person').score).toBe(1);
  });

  it('does not excuse a left-over listed part when no part agrees exactly, a patronymic aside', () => {
    expect(scorePair('Shawn Quinn', 'LU, Chin Shun', 'Person').match).toBe(false);
    expect(scorePair('Filipe Reis', 'Felipe REYES', 'Person').match).toBe(true);
    expect(scorePair('VLADIMR PUTNI', 'PUTIN, Vladimir Vladimirovich', 'Person').match).toBe(true);
  });

  it('reads Hebrew names ending in a final letter from the table (כהן is Cohen)', () => {
    expect(scorePair('דוד כהן', 'David COHEN', 'Person').score).toBeGreaterThan(0.9);
  });
});

describe('person-name structure', () => {
  it('reads initials, titles, particles, reversed order and an omitted patronymic', () => {
    expect(scorePair('J. C. Smith', 'John Charles SMITH', 'Person').match).toBe(true);
    expect(scorePair('President Vladimir Putin', 'PUTIN, Vladimir', 'Person').score).toBe(1);
    expect(scorePair('Sheikh Osama bin Laden', 'Usama BIN LADIN', 'Person').match).toBe(true);
    expect(scorePair('Putin Vladimir Vladimirovich', 'Vladimir PUTIN', 'Person').match).toBe(true);
  });

  it('matches name-part fields given without a name', () => {
    const q = factsOf({
      schema: 'Person',
      properties: { firstName: ['Vladimir'], fatherName: ['Vladimirovich'], lastName: ['Putin'] },
    });
    const c = factsOf({ schema: 'Person', properties: { name: ['PUTIN, Vladimir Vladimirovich'] } });
    expect(score(q, c).score).toBe(1);
  });
});

describe('organisations', () => {
  it('counts a distinguishing word left over against the match: the bank is not its credit arm', () => {
    expect(pair('KORYO BANK', 'KORYO CREDIT DEVELOPMENT BANK', 'Organization')).toBeLessThan(0.9);
    expect(top('Koryo Bank', 'Organization')[0]?.id).toBe('koryo-bank');
  });

  it('expands acronyms, abbreviations and legal forms run into the name', () => {
    expect(pair('IRGC', 'Islamic Revolutionary Guard Corps', 'Organization')).toBeGreaterThanOrEqual(0.7);
    expect(pair('SiemensAG', 'Siemens AG', 'Company')).toBeGreaterThanOrEqual(0.9);
    expect(scorePair('SHAHID SHUSTARI IND', 'SHAHID SHUSTARI INDUSTRIES', 'Company').match).toBe(true);
    expect(scorePair('JOINT STOCK COMP SBERBANK', 'JOINT STOCK COMPANY SBERBANK', 'Company').match).toBe(
      true,
    );
    expect(scorePair('SOLIDLTD', 'SOLID LTD', 'Company').match).toBe(true);
    expect(
      scorePair('Ghazi Engineering (Pvt.) Ltd.', 'GHAZI ENGINEERING PRIVATE LIMITED', 'Company').score,
    ).toBe(1);
  });

  it('reads an acronym with or without the word for "company" that ends the name', () => {
    expect(scorePair('IBM', 'International Business Machines Corp', 'Organization').match).toBe(true);
    expect(scorePair('NIOC', 'National Iranian Oil Company', 'Organization').match).toBe(true);
    expect(scorePair('NIO', 'National Iranian Oil Company', 'Organization').match).toBe(true);
    // Only the words that end it: the company word inside the name keeps its letter.
    expect(scorePair('KCOT', 'Korea Company for Oil Trading', 'Organization').match).toBe(true);
    expect(scorePair('KOT', 'Korea Company for Oil Trading', 'Organization').match).toBe(false);
  });
});

describe('homoglyphs', () => {
  it('finds a name written with Cyrillic look-alike letters', () => {
    expect(top('Fritz M\u0430rtin Gel\u043ewicz')[0]?.id).toBe('martin');
  });
});
