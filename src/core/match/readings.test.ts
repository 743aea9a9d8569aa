import { describe, expect, it } from 'vitest';
import { foldText } from './fold.js';
import {
  armenianForms,
  georgianForms,
  hanForms,
  hangulForms,
  hanjaHangul,
  hanReadings,
  hepburn,
  kanaForms,
  koreanSurnameOf,
  rtgs,
  splitHangulName,
  splitHanName,
  thaiForms,
  wadeGiles,
} from './readings.js';
import { scorePair } from './screen.js';

describe('Han readings', () => {
  it('reads characters in pinyin, commonest reading first, traditional forms too', () => {
    expect(hanReadings('习')).toEqual(['xi']);
    expect(hanReadings('重')).toEqual(['zhong', 'chong']);
    expect(hanReadings('長')[0]).toBe('chang');
    expect(hanReadings('a')).toEqual([]);
  });

  it('spells pinyin syllables in Wade–Giles', () => {
    expect(['xi', 'jin', 'ping', 'zhou', 'guo', 'zi', 'shi', 'rong', 'ze', 'dong'].map(wadeGiles)).toEqual([
      'hsi',
      'chin',
      'ping',
      'chou',
      'kuo',
      'tzu',
      'shih',
      'jung',
      'tse',
      'tung',
    ]);
  });

  it('splits surname from given name, and gives surnames their surname and Cantonese readings', () => {
    expect(splitHanName('习近平')).toEqual(['习', '近平']);
    expect(splitHanName('欧阳修')).toEqual(['欧阳', '修']);
    expect(splitHanName('山田太郎')).toEqual(['山田', '太郎']);
    expect(hanForms('曾', true)).toContain('zeng');
    expect(hanForms('陈', true)).toEqual(expect.arrayContaining(['chen', 'chan']));
    expect(hanForms('近平', false)).toEqual(expect.arrayContaining(['jinping', 'chinping']));
  });

  it('reads Hanja as Korean and Kanji as Japanese', () => {
    expect(hanjaHangul('金', true)).toBe('김');
    expect(hanjaHangul('正恩', false)).toBe('정은');
    expect(hanForms('山田', true)).toContain('yamada');
    expect(hanForms('太郎', false)).toEqual(expect.arrayContaining(['tarou', 'taro']));
  });
});

describe('Kana, Hangul, Thai, Armenian and Georgian', () => {
  it('romanises kana in Hepburn with long-vowel variants', () => {
    expect(hepburn('やまだ')).toBe('yamada');
    expect(hepburn('きょうこ')).toBe('kyouko');
    expect(hepburn('しゃちょう')).toBe('shachou');
    expect(hepburn('がっこう')).toBe('gakkou');
    expect(hepburn('マッチ')).toBe('matchi');
    expect(hepburn('ティー')).toBe('tii');
    expect(kanaForms(foldText('サトウ'))).toEqual(expect.arrayContaining(['satou', 'sato', 'satoh']));
  });

  it('also reads チ ツ ヂ ヅ as ti, tu, di, du, as older transcriptions of foreign names write them', () => {
    expect(kanaForms(foldText('ハチブ'))).toEqual(expect.arrayContaining(['hachibu', 'hatib']));
    expect(kanaForms(foldText('アツル'))).toEqual(expect.arrayContaining(['atsuru', 'atul']));
    // Before a small kana the letter keeps its Hepburn reading only.
    expect(kanaForms(foldText('チャン'))).not.toContain('tiyan');
    expect(scorePair('アツル・グプタ', 'Atul GUPTA', 'Person').match).toBe(true);
    expect(scorePair('マフモウド・アル・ハチブ', 'Mahmoud AL-KHATIB', 'Person').match).toBe(true);
    expect(scorePair('メフヂ・マソウミアン', 'Mehdi MASOUMIAN', 'Person').match).toBe(true);
    expect(scorePair('アツル・グプタ', 'Anil GUPTA', 'Person').match).toBe(false);
  });

  it('romanises Hangul in Revised Romanization, McCune–Reischauer and customary surname spellings', () => {
    expect(splitHangulName('김정은')).toEqual(['김', '정은']);
    expect(splitHangulName('남궁민수')).toEqual(['남궁', '민수']);
    expect(hangulForms('이')).toEqual(expect.arrayContaining(['lee', 'yi', 'rhee', 'ri']));
    expect(hangulForms('박')).toEqual(expect.arrayContaining(['park', 'pak']));
    expect(hangulForms('정은')).toEqual(expect.arrayContaining(['jeongeun', 'chongun', 'jongun']));
    expect(hangulForms('현')).toContain('hyun');
  });

  it('takes the customary Latin spellings of one Korean surname for one another, across the two Koreas', () => {
    const lee = koreanSurnameOf('lee');
    expect(lee).toBeDefined();
    expect(['yi', 'rhee', 'ri', 'li'].map(koreanSurnameOf)).toEqual([lee, lee, lee, lee]);
    // 량 in the North is 양 in the South (the initial sound rule).
    expect(koreanSurnameOf('ryang')).toBe(koreanSurnameOf('yang'));
    expect(koreanSurnameOf('pak')).toBe(koreanSurnameOf('park'));
    expect(koreanSurnameOf('park')).not.toBe(lee);
    // So is listed for both 서 and 소: it names neither.
    expect(koreanSurnameOf('so')).toBeUndefined();
    expect(koreanSurnameOf('smith')).toBeUndefined();
    expect(scorePair('Ri Su Yong', 'Lee Su Yong', 'Person').match).toBe(true);
    expect(scorePair('Rhee Syngman', 'Yi Sungman', 'Person').match).toBe(true);
    expect(scorePair('Lee Su Yong', 'Park Su Yong', 'Person').match).toBe(false);
  });

  it('romanises Thai in RTGS', () => {
    expect(rtgs('สมชาย')).toBe('somchai');
    expect(rtgs('ทักษิณ')).toBe('thaksin');
    expect(thaiForms('ชินวัตร')).toEqual(expect.arrayContaining(['chinwat', 'shinwatra']));
  });

  it('romanises Armenian and Georgian', () => {
    expect(armenianForms('սարգսյան')).toContain('sargsyan');
    expect(armenianForms('երևան')).toContain('yerevan');
    expect(georgianForms('სააკაშვილი')).toContain('saakashvili');
  });
});

describe('names across scripts', () => {
  const cases: [string, string][] = [
    ['习近平', 'XI Jinping'],
    ['习近平', 'Hsi Chin-ping'],
    ['金正恩', 'KIM Jong Un'],
    ['김정은', 'Kim Jong-un'],
    ['이명박', 'Lee Myung-bak'],
    ['박근혜', 'Pak Kun Hye'],
    ['山田太郎', 'Yamada Taro'],
    ['やまだ たろう', 'YAMADA Taro'],
    ['สมชาย', 'Somchai'],
    ['Παπαδόπουλος', 'Papadopoulos'],
    ['Սարգսյան', 'Sargsyan'],
    ['სააკაშვილი', 'Saakashvili'],
  ];
  it.each(cases)('%s matches %s', (native, latin) => {
    expect(scorePair(native, latin, 'Person').score).toBeGreaterThanOrEqual(0.9);
  });

  it('does not read 习近平 as another Chinese name', () => {
    expect(scorePair('习近平', 'LI Keqiang', 'Person').match).toBe(false);
    expect(scorePair('김정은', 'Kim Yo Jong', 'Person').match).toBe(false);
  });
});
