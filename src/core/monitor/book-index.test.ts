import { describe, expect, it } from 'vitest';
import { factsOf } from '../match/facts.js';
import type { Entity } from '../model/entity.js';
import { BookIndex, bookFingerprint } from './book-index.js';
import { fullRescreen } from './full-rescreen.js';
import { pairScore, reverseRescreen, type ListChange } from './list-rules.js';
import type { BookWatch, Counterparty } from './types.js';

const person = (id: string, name: string, extra: Record<string, string[]> = {}): Counterparty => ({
  id,
  schema: 'Person',
  properties: { name: [name], ...extra },
});

/** Listed people and organisations, and a book holding variants of them among unrelated names. */
const listed: Entity[] = [
  { id: 'l-bashir', schema: 'Person', properties: { name: ['Omar Hassan Ahmad al-Bashir'] } },
  { id: 'l-laden', schema: 'Person', properties: { name: ['Usama bin Laden'], alias: ['Osama Binladen'] } },
  {
    id: 'l-khan',
    schema: 'Person',
    properties: { name: ['Abdul Qadeer Khan'], passportNumber: ['K1234567'] },
  },
  { id: 'l-irgc', schema: 'Organization', properties: { name: ['Islamic Revolutionary Guard Corps'] } },
  { id: 'l-melli', schema: 'Company', properties: { name: ['Bank Melli Iran'] } },
];

const givens = ['Maria', 'Peter', 'Ahmad', 'Hassan', 'Omar', 'Abdul', 'Lena', 'Yusuf', 'Karim', 'Ali'];
const families = [
  'Schmidt',
  'Novak',
  'Khan',
  'Haddad',
  'Rossi',
  'Bashir',
  'Laden',
  'Qadeer',
  'Iran',
  'Costa',
];

function book(): Counterparty[] {
  const out: Counterparty[] = [];
  let i = 0;
  for (const g of givens) for (const f of families) out.push(person(`c${i++}`, `${g} ${f}`));
  for (const g of givens)
    for (const h of givens) if (g !== h) out.push(person(`c${i++}`, `${g} ${h} ${families[i % 10]}`));
  out.push(
    person('v-bashir', 'Omar al-Bashir'),
    person('v-bashir-order', 'al-Bashir, Omar Hassan Ahmad'),
    person('v-laden-joined', 'Usama Binladen'),
    person('v-laden-typo', 'Osama bin Ladin'),
    person('v-khan-passport', 'A. Q. Khan', { passportNumber: ['K-1234567'] }),
    person('v-khan-typo', 'Abdul Qadir Khan'),
    { id: 'v-irgc', schema: 'Organization', properties: { name: ['IRGC'] } },
    { id: 'v-melli', schema: 'Company', properties: { name: ['Melli Bank of Iran'] } },
    person('v-unrelated', 'Omar Schmidt'),
  );
  return out;
}

const watchOf = (counterparties: Counterparty[]): BookWatch => ({
  kind: 'book',
  id: 'w',
  datasets: ['list'],
  threshold: 0.7,
  scoreDelta: 0.05,
  counterparties,
  schedule: { type: 'on-new-version' },
  channels: [],
  createdAt: '2026-01-01T00:00:00Z',
});

const change: ListChange = { dataset: 'list', from: 1, to: 2, added: listed, changed: [], removed: [] };

/** Every pair at or above the threshold, by scoring the whole book against each listed entity. */
function bruteForce(counterparties: Counterparty[], threshold: number): string[] {
  const out: string[] = [];
  for (const e of listed)
    for (const cp of counterparties) if (pairScore(cp, e).score >= threshold) out.push(`${cp.id}|${e.id}`);
  return out.sort();
}

describe('book index', () => {
  it('finds every pair an exhaustive re-score of the book finds, and no other', () => {
    const cps = book();
    const r = reverseRescreen(watchOf(cps), change, [], [], BookIndex.build(cps));
    const found = r.events.map((e) => e.subject.id).sort();
    const expected = bruteForce(cps, 0.7);
    expect(expected).toEqual(expect.arrayContaining(['v-bashir-order|l-bashir', 'v-laden-joined|l-laden']));
    expect(found).toEqual(expected);
    // The bound let far fewer be scored than the book holds.
    expect(r.scored).toBeLessThan(cps.length);
  });

  it('reads back from its bytes, also when they are not 8-byte aligned, and gives the same candidates', () => {
    const cps = book();
    const built = BookIndex.build(cps);
    const bytes = built.toBytes();
    const shifted = new Uint8Array(bytes.byteLength + 3).subarray(3);
    shifted.set(bytes);
    for (const loaded of [BookIndex.fromBytes(bytes), BookIndex.fromBytes(shifted)]) {
      expect(loaded.size).toBe(cps.length);
      expect(loaded.fingerprint).toBe(bookFingerprint(cps));
      for (const e of listed)
        expect(loaded.candidates(factsOf(e), 0.7).ordinals).toEqual(
          built.candidates(factsOf(e), 0.7).ordinals,
        );
    }
  });

  it('scores a counterparty sharing an identifier whatever its name', () => {
    const cps = [person('a', 'Somebody Else', { passportNumber: ['K 1234567'] }), person('b', 'Maria Novak')];
    const index = BookIndex.build(cps);
    const khan = listed.find((e) => e.id === 'l-khan')!;
    expect(index.candidates(factsOf(khan), 0.7).ordinals).toContain(0);
  });

  it('leaves out a counterparty that shares one part of three', () => {
    const cps = [person('a', 'Omar Schmidt'), person('b', 'Omar Hassan Ahmad Bashir')];
    const index = BookIndex.build(cps);
    const bashir = listed.find((e) => e.id === 'l-bashir')!;
    expect(index.candidates(factsOf(bashir), 0.7).ordinals).toEqual([1]);
  });

  it('refuses bytes that are not a book index', () => {
    expect(() => BookIndex.fromBytes(new Uint8Array(64))).toThrow(/not a book index/);
  });
});

describe('reverse re-screening of a list entity whose aliases are made of common parts', () => {
  // Every alias is made of given names and family names the book is full of: hundreds of
  // counterparties pass the alert threshold, more than any fixed number of candidates would keep.
  const common: Entity = {
    id: 'l-common',
    schema: 'Person',
    properties: {
      name: ['Mohammed Ali Hassan'],
      alias: ['Ali Hassan', 'Hassan Mohammed', 'Mohamed Ali', 'Muhammad Hasan Ali', 'Ali Mohammed Hussein'],
    },
  };
  const firsts = ['Mohammed', 'Muhammad', 'Mohamed', 'Ali', 'Hassan', 'Hasan', 'Hussein', 'Omar', 'Yusuf'];
  const lasts = ['Ali', 'Hassan', 'Hussein', 'Mohammed', 'Rahman', 'Karimi', 'Haddad', 'Novak', 'Schmidt'];
  function commonBook(): Counterparty[] {
    const out: Counterparty[] = [];
    for (const a of firsts)
      for (const b of firsts)
        for (const c of lasts) if (a !== b) out.push(person(`c${out.length}`, `${a} ${b} ${c}`));
    for (const a of firsts) for (const c of lasts) out.push(person(`c${out.length}`, `${a} ${c}`));
    return out;
  }

  it('raises every pair the full re-screen finds, and only pairs the exact score passes', () => {
    const cps = commonBook();
    const watch = watchOf(cps);
    const reverse = reverseRescreen(
      watch,
      { dataset: 'list', from: 1, to: 2, added: [common], changed: [], removed: [] },
      [],
      [],
      BookIndex.build(cps),
    );
    const found = reverse.events.map((e) => e.subject.id).sort();
    const full = [...fullRescreen(watch, [common], []).keys()].map((k) => k.split(':pair:')[1]!).sort();
    const exhaustive = cps
      .filter((cp) => pairScore(cp, common).score >= 0.7)
      .map((cp) => `${cp.id}|l-common`);
    // More pairs than the 100 candidates a capped search scored per list entity.
    expect(full.length).toBeGreaterThan(100);
    expect(found).toEqual(full);
    expect(found).toEqual(exhaustive.sort());
    // The parts' bound leaves far fewer to score than the keys found.
    expect(reverse.scored).toBeLessThan(reverse.weighed);
  });
});

describe('reverse re-screening against one-letter typos in short name parts', () => {
  const co = (id: string, name: string): Counterparty => ({
    id,
    schema: 'Company',
    properties: { name: [name] },
  });
  const added: Entity[] = [
    { id: 'l-imam', schema: 'Company', properties: { name: ['Bandar Imam Petrochemical Company'] } },
    { id: 'l-musa', schema: 'Person', properties: { name: ['Musa Kalim Farid'] } },
    { id: 'l-zaid', schema: 'Person', properties: { name: ['Zaid Omar Hadi'] } },
  ];
  const before: Entity = { id: 'l-kian', schema: 'Person', properties: { name: ['Reza Kian Tehrani'] } };
  const after: Entity = { id: 'l-kian', schema: 'Person', properties: { name: ['Reza Kian Tehrani Nouri'] } };
  // One edit in a four-letter part: substituted (ilam), inserted (mousa), deleted (zad), swapped (kain).
  const typoBook: Counterparty[] = [
    co('v-ilam', 'Ilam Petrochemical Company'),
    co('v-tabriz', 'Tabriz Petrochemical Company'),
    co('v-imam-trading', 'Bandar Imam Trading'),
    person('v-mousa', 'Mousa Kalim Farid'),
    person('v-kalin', 'Musa Kalin Farid'),
    person('v-zad', 'Zad Omar Hadi'),
    person('v-zayd', 'Zaid Omar Hadu'),
    person('v-kain', 'Reza Kain Tehrani Nouri'),
    person('x-farid', 'Omar Farid'),
    person('x-nouri', 'Reza Nouri'),
    co('x-trading', 'Petrochemical Trading Company'),
  ];

  it('raises exactly the pairs a full re-screen of the book finds with what the diff added or changed', () => {
    const watch = watchOf(typoBook);
    const diff: ListChange = {
      dataset: 'list',
      from: 1,
      to: 2,
      added,
      changed: [{ before, after }],
      removed: [],
    };
    const reverse = reverseRescreen(watch, diff, [], [], BookIndex.build(typoBook));
    const found = reverse.events.map((e) => e.subject.id).sort();
    const full = [...fullRescreen(watch, [...added, after], []).keys()]
      .map((k) => k.split(':pair:')[1]!)
      .sort();
    // Ilam ~ Imam shares no spelling, sound or prefix key: only the one-edit spelling key finds it.
    expect(full).toEqual(
      expect.arrayContaining(['v-ilam|l-imam', 'v-mousa|l-musa', 'v-zad|l-zaid', 'v-kain|l-kian']),
    );
    expect(found).toEqual(full);
  });

  it('finds Ilam Petrochemical for Bandar Imam Petrochemical through the one-edit spelling key', () => {
    const index = BookIndex.build(typoBook);
    const imam = added[0]!;
    expect(index.candidates(factsOf(imam), 0.7).ordinals).toContain(0);
  });
});
