import { describe, expect, it } from 'vitest';
import { foldHomoglyphs, foldText } from './fold.js';
import { parseName } from './normalise.js';

const texts = (name: string, schema?: string) =>
  parseName(name, { schema }).parts.map((p) => `${p.text}:${p.kind}`);

describe('parseName', () => {
  it('folds case, diacritics, width and punctuation', () => {
    expect(foldText('  Ｍüller-Lüdenscheidt, O’Brien ')).toBe('muller ludenscheidt obrien');
    expect(foldText('أحمد')).toBe(foldText('احمد'));
  });

  it('reorders "LAST, First" and drops honorifics', () => {
    expect(texts('Dr. PUTIN, Vladimir', 'Person')).toEqual(['vladimir:name', 'putin:name']);
    expect(texts('Mr John Smith', 'Person')).toEqual(['john:name', 'smith:name']);
  });

  it('splits Arabic compounds the way they are written apart', () => {
    expect(texts('Abdullah')).toEqual(['abd:name', 'allah:particle']);
    expect(texts('Abdulrahman')).toEqual(['abd:name', 'al:particle', 'rahman:name']);
    expect(texts('SHAMS UR-RAHMAN')).toEqual(['shams:name', 'al:particle', 'rahman:name']);
    expect(texts('عبدالله')).toEqual(['عبد:name', 'الله:particle']);
  });

  it('maps legal forms to a compare form and class, and generic words to their symbol', () => {
    const p = parseName('Osama Trading Company Limited Liability Company', { schema: 'Company' });
    expect(p.parts.map((x) => x.kind)).toEqual(['name', 'generic', 'generic', 'legal']);
    expect(p.legalForms[0]?.generic).toBe('LLC');
    expect(parseName('Благотворительный фонд Помощь', { schema: 'Organization' }).parts[0]?.kind).toBe(
      'legal',
    );
    expect(parseName('Фонд Помощь', { schema: 'Organization' }).parts[0]?.kind).toBe('generic');
    expect(parseName('جمعية الإحسان', { schema: 'Organization' }).parts[0]?.kind).not.toBe('name');
  });

  it('reads the generic words of a name in another script as names when nothing else names it', () => {
    // حزب is "party": with only الله beside it, the name is Hizballah as it sounds, not "Party of God".
    const kinds = (name: string) => parseName(name, { schema: 'Organization' }).parts.map((x) => x.kind);
    expect(kinds('حزب الله')).toEqual(['name', 'particle']);
    expect(kinds('حزب الدعوة')[0]).toBe('generic');
    // Latin generic words keep their class whatever else the name holds.
    expect(kinds('International Group')).toEqual(['generic', 'generic']);
  });
});

describe('homoglyph folding', () => {
  it('reads Cyrillic and Greek look-alikes inside Latin names as the Latin letters', () => {
    // Cyrillic а in Vlаdimir, Cyrillic О in ОSAMA, Cyrillic і in bіn, Greek Κ Α Τ Ο in ΚΑΤΟ.
    expect(foldText('Vl\u0430dimir Putin')).toBe('vladimir putin');
    expect(foldText('\u041eSAMA BIN LADEN')).toBe('osama bin laden');
    expect(foldText('Osama b\u0456n L\u0430den')).toBe('osama bin laden');
    expect(foldText('\u039a\u0391\u03a4\u039f Kim')).toBe('kato kim');
  });

  it('leaves genuinely Cyrillic and Greek names alone', () => {
    expect(foldHomoglyphs('Путин Владимир')).toBe('Путин Владимир');
    expect(foldHomoglyphs('Иван Петров')).toBe('Иван Петров');
    expect(foldText('Παπαδόπουλος')).toBe('παπαδοπουλοσ');
  });
});
