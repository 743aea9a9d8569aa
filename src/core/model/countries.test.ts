import { describe, expect, it } from 'vitest';
import { countryCode, countryName, suggestCountry } from './countries.js';

describe('countryCode', () => {
  it('reads codes, short names and the names lists use', () => {
    expect(countryCode('RU')).toBe('ru');
    expect(countryCode('Russia')).toBe('ru');
    expect(countryCode('Russian Federation')).toBe('ru');
    expect(countryCode('Iran, Islamic Republic of')).toBe('ir');
    expect(countryCode('Burma')).toBe('mm');
    expect(countryCode("Côte d'Ivoire")).toBe('ci');
    expect(countryCode('the Netherlands')).toBe('nl');
  });

  it('answers undefined for what is not a country', () => {
    expect(countryCode('Atlantis')).toBeUndefined();
    expect(countryCode('')).toBeUndefined();
  });

  it('names a code', () => {
    expect(countryName('DE')).toBe('Germany');
  });

  it('suggests the country a typo meant, and nothing for what is far from every name', () => {
    expect(suggestCountry('Afganistan')).toBe('Afghanistan (af)');
    expect(suggestCountry('Irann')).toBe('Iran (ir)');
    expect(suggestCountry('Narnia')).toBeUndefined();
    expect(suggestCountry('xx')).toBeUndefined();
  });
});
