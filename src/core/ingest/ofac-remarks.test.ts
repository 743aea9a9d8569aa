import { describe, expect, it } from 'vitest';
import { parseOfacDatePhrase } from './ofac-dates.js';
import { parseRemarks } from './ofac-remarks.js';
import { splitPersonName, splitPrograms } from './ofac-names.js';

// Remarks copied from real rows of the July 2021 SDN list (ent_num in each title).
describe('OFAC remarks', () => {
  it('reads DOB, alt. DOB, Cedula, passport and weak aliases (4106)', () => {
    const f = parseRemarks(
      "DOB 24 Aug 1951; alt. DOB 05 Jul 1951; Cedula No. 16247821 (Colombia); Passport J287011 (Colombia); a.k.a. 'PACHO'; a.k.a. 'H7'.",
    );
    expect(f.properties).toEqual({
      birthDate: ['1951-08-24', '1951-07-05'],
      idNumber: ['16247821'],
      passportNumber: ['J287011'],
      weakAlias: ['PACHO', 'H7'],
    });
  });

  it('reads circa dates and places of birth (7782)', () => {
    expect(parseRemarks('DOB circa 1951; POB Foca, Bosnia-Herzegovina.').properties).toEqual({
      birthDate: ['1951'],
      birthPlace: ['Foca, Bosnia-Herzegovina'],
    });
  });

  it('reads a DOB range as its years and keeps provisions apart (15962)', () => {
    const f = parseRemarks(
      'DOB 01 Jan 1961 to 31 Dec 1962; nationality Iran; Additional Sanctions Information - Subject to Secondary Sanctions; Gender Male.',
    );
    expect(f.properties).toEqual({
      birthDate: ['1961-01-01', '1962-12-31'],
      nationality: ['Iran'],
      gender: ['male'],
    });
    expect(f.provisions).toEqual(['Additional Sanctions Information - Subject to Secondary Sanctions']);
  });

  it('reads passports with issue and expiry, national IDs and citizenship (11313)', () => {
    const f = parseRemarks(
      'DOB 1969; alt. DOB 10 Oct 1969; POB Xudur, Somalia; alt. POB Keren, Eritrea; nationality Eritrea; Passport 0310857 (Eritrea) issued 21 Aug 2006 expires 20 Aug 2008; National ID No. 1372584 (Kenya); citizen Somalia.',
    );
    expect(f.properties).toMatchObject({
      birthDate: ['1969', '1969-10-10'],
      birthPlace: ['Xudur, Somalia', 'Keren, Eritrea'],
      passportNumber: ['0310857'],
      idNumber: ['1372584'],
      citizenship: ['Somalia'],
    });
  });

  it('reads vessel flags, IMO, MMSI, former names and links (15036)', () => {
    const f = parseRemarks(
      "Former Vessel Flag Malta; alt. Former Vessel Flag Tuvalu; Additional Sanctions Information - Subject to Secondary Sanctions; Vessel Registration Identification IMO 9187629; MMSI 572469210; f.k.a. 'ALPHA'; Linked To: NATIONAL IRANIAN TANKER COMPANY.",
    );
    expect(f.properties).toEqual({
      pastFlags: ['Malta', 'Tuvalu'],
      imoNumber: ['9187629'],
      mmsi: ['572469210'],
      previousName: ['ALPHA'],
    });
    expect(f.linkedTo).toEqual(['NATIONAL IRANIAN TANKER COMPANY']);
  });

  it('reads aircraft model, serial, tail number and build date (18150)', () => {
    const f = parseRemarks(
      "Aircraft Manufacture Date 2002; Aircraft Model Airbus A340-642; Aircraft Manufacturer's Serial Number (MSN) 391; Aircraft Tail Number EP-MMH; Linked To: MAHAN AIR.",
    );
    expect(f.properties).toEqual({
      buildDate: ['2002'],
      model: ['Airbus A340-642'],
      serialNumber: ['391'],
      registrationNumber: ['EP-MMH'],
    });
    expect(f.linkedTo).toEqual(['MAHAN AIR']);
  });

  it('reads websites, emails and tax numbers (10933, 8267)', () => {
    expect(
      parseRemarks('Website www.ramakdutyfree.net; Email Address dam.d.free@net.sy.').properties,
    ).toEqual({ website: ['www.ramakdutyfree.net'], email: ['dam.d.free@net.sy'] });
    expect(parseRemarks('Tax ID No. AABA 670850 Y.').properties).toEqual({ taxNumber: ['AABA 670850 Y'] });
  });

  it('keeps segments it does not know in notes', () => {
    expect(parseRemarks('Aircraft Operator Iran Air; ICTY indictee.').properties).toEqual({
      notes: ['Aircraft Operator Iran Air', 'ICTY indictee'],
    });
  });
});

describe('OFAC dates, names and programs', () => {
  it('turns date phrases into ISO prefixes', () => {
    expect(parseOfacDatePhrase('24 Jul 1964')).toEqual(['1964-07-24']);
    expect(parseOfacDatePhrase('Jan 1960')).toEqual(['1960-01']);
    expect(parseOfacDatePhrase('1960 to 1963')).toEqual(['1960', '1961', '1962', '1963']);
    expect(parseOfacDatePhrase('circa 1955-1957')).toEqual(['1955', '1956', '1957']);
    expect(parseOfacDatePhrase('sometime')).toEqual([]);
  });

  it('splits "LAST, First" names and bracketed programs', () => {
    expect(splitPersonName('NORIEGA, Manuel Antonio')).toEqual({
      name: 'Manuel Antonio NORIEGA',
      firstName: 'Manuel Antonio',
      lastName: 'NORIEGA',
    });
    expect(splitPersonName('ABU SAYYAF GROUP')).toEqual({ name: 'ABU SAYYAF GROUP' });
    expect(splitPrograms('SDGT] [NPWMD] [IFSR')).toEqual(['SDGT', 'NPWMD', 'IFSR']);
    expect(splitPrograms('[SDGT] [IRGC]')).toEqual(['SDGT', 'IRGC']);
  });
});
