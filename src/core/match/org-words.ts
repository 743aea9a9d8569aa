// Words of organisation names in Arabic script (Arabic, Persian, Urdu,
// Pashto) with the English words lists translate them by: الجماعة الاسلامية
// المقاتلة الليبية is listed as Libyan Islamic Fighting Group, not as it
// sounds. French and Spanish words of the same meaning join the class (the
// UN lists some names in French). Each entry is one class of words that are
// the same word across languages: a part in a class matches another part in
// it (`part-compare.ts`), and a part in another script weighs as the class's
// English word does among the listed names (`token-stats.ts`). Our table,
// from the common vocabulary of the names of armed groups, charities,
// exchanges and companies in the UN and OFAC lists.
import { foldText } from './fold.js';
import type { NamePart } from './normalise.js';
import { ORG_EXPANSIONS, RUN_TOGETHER_LEGAL } from './tables.js';

/** Prefix of the cross-script classes this table makes (NamePart.group). */
export const TRANSLATED_CLASS = 'translated:';

/**
 * English word → the other words of its class: English variants and Latin
 * transliterations first, then the words in Arabic script, without the
 * article (a part never carries it: ال is split off). Generic words
 * (group, company, network…) are classes of `tables.ts` instead.
 */
const WORDS: Record<string, string[]> = {
  islamic: [
    'islamique',
    'islamico',
    'islamica',
    'islami',
    'islamiya',
    'islamiyah',
    'islamiyya',
    'اسلامي',
    'اسلاميه',
  ],
  muslims: ['muslim', 'moslem', 'moslems', 'muslimin', 'muslimeen', 'مسلم', 'مسلمين', 'مسلمون', 'مسلمه'],
  fighting: ['combatant', 'fighters', 'fighter', 'muqatila', 'muqatilah', 'مقاتله', 'مقاتلين', 'مقاتلون'],
  combat: ['qital', 'قتال'],
  armed: ['musallah', 'musallaha', 'musallahah', 'مسلح', 'مسلحه'],
  movement: ['mouvement', 'movimiento', 'harakat', 'harakah', 'haraka', 'حركه', 'جنبش', 'نهضت'],
  army: ['armee', 'ejercito', 'jaish', 'jaysh', 'jeish', 'جيش', 'لشكر', 'ارتش'],
  front: ['frente', 'jabhat', 'jabhah', 'jabha', 'جبهه'],
  battalion: ['battalions', 'katiba', 'katibat', 'khatiba', 'كتيبه'],
  brigades: ['brigade', 'kataib', 'liwa', 'liwaa', 'كتائب', 'لواء'],
  league: ['usbat', 'asbat', 'osbat', 'عصبه'],
  unity: ['unification', 'monotheism', 'tawhid', 'tawheed', 'tauhid', 'توحيد'],
  call: ['dawa', 'dawah', 'dawat', 'دعوه', 'دعوت'],
  supporters: ['partisans', 'ansar', 'انصار'],
  emigrants: ['muhajirin', 'muhajireen', 'مهاجرين', 'مهاجرون'],
  martyrs: ['martyr', 'martires', 'shuhada', 'شهداء', 'شهدا', 'شهيد'],
  liberation: ['tahrir', 'تحرير'],
  resistance: ['muqawama', 'muqawamah', 'مقاومه', 'مقاومت'],
  revolutionary: [
    'revolution',
    'revolutionnaire',
    'revolucionario',
    'thawri',
    'inqilab',
    'enghelab',
    'ثوري',
    'ثوره',
    'انقلاب',
    'انقلابي',
  ],
  guards: ['guard', 'pasdaran', 'haras', 'حرس', 'پاسداران'],
  corps: ['sepah', 'sipah', 'سپاه'],
  people: ['peuple', 'pueblo', 'ahl', 'اهل'],
  lands: ['land', 'bilad', 'بلاد'],
  west: ['western', 'ouest', 'occidental', 'gharb', 'غرب', 'غربي'],
  east: ['eastern', 'sharq', 'شرق', 'شرقي'],
  north: ['northern', 'nord', 'shamal', 'شمال', 'شمالي'],
  south: ['southern', 'sud', 'janub', 'جنوب', 'جنوبي'],
  peninsula: ['jazira', 'jazeera', 'jazirat', 'جزيره'],
  arab: ['arabs', 'arabian', 'arabiya', 'عرب', 'عربي', 'عربيه'],
  africa: [
    'african',
    'afrique',
    'africain',
    'africaine',
    'ifriqiya',
    'afriqiya',
    'افريقيا',
    'افريقي',
    'افريقيه',
  ],
  gulf: ['khalij', 'خليج'],
  egypt: ['egyptian', 'misr', 'مصر', 'مصري', 'مصريه'],
  libya: ['libyan', 'ليبيا', 'ليبي', 'ليبيه'],
  tunisia: ['tunisian', 'تونس', 'تونسي', 'تونسيه'],
  maghreb: ['maghrib', 'مغرب'],
  moroccan: ['maghrebi', 'maghribi', 'مغربي', 'مغربيه'],
  algeria: ['algerian', 'جزائر', 'جزائري', 'جزائريه'],
  iraq: ['iraqi', 'عراق', 'عراقي', 'عراقيه'],
  syria: ['syrian', 'سوريا', 'سوريه', 'سوري'],
  levant: ['sham', 'shaam', 'شام'],
  yemen: ['yemeni', 'yaman', 'يمن', 'يمني', 'يمنيه'],
  sudan: ['sudanese', 'سودان', 'سوداني'],
  somalia: ['somali', 'صومال', 'صومالي'],
  palestine: ['palestinian', 'filastin', 'فلسطين', 'فلسطيني', 'فلسطينيه'],
  lebanon: ['lebanese', 'lubnan', 'لبنان', 'لبناني'],
  afghanistan: ['afghan', 'افغانستان', 'افغان', 'افغاني'],
  pakistan: ['pakistani', 'پاكستان', 'پاكستاني'],
  iran: ['iranian', 'ايران', 'ايراني'],
  exchange: ['sarafi', 'sarrafi', 'sarafa', 'sarrafa', 'صرافه', 'صرافي', 'صراف'],
  heritage: ['turath', 'تراث'],
  revival: ['ihya', 'ihyaa', 'احياء', 'احيا'],
  relief: ['ighatha', 'ighathah', 'اغاثه'],
  humanitarian: ['insaniya', 'انسانيه', 'انساني'],
  holy: ['muqaddas', 'مقدس', 'مقدسه'],
  bank: ['banque', 'banco', 'بنك', 'بانك', 'مصرف'],
  emirate: ['imarat', 'imara', 'اماره', 'امارت'],
  council: ['majlis', 'مجلس'],
};

/**
 * Generic words (classes of `tables.ts`) as lists transliterate them from
 * Arabic script: a name part (Rabita Trust is a name, not two generic words)
 * that matches the generic word it writes (جماعة ~ Jamaat, مكتب ~ Makhtab).
 */
const TRANSLITERATED_GENERIC: Record<string, string[]> = {
  assoc: ['jamiat', 'jamiyat', 'jamiya', 'jamiyya', 'jamiyyat', 'anjuman', 'rabita', 'rabitat'],
  fdn: ['muassasa', 'muassasat', 'muassasah', 'bonyad', 'bunyad', 'waqf'],
  ngo: ['khairiya', 'khairiyah', 'khayriya', 'khayriyah', 'khayriyya', 'munazzamat'],
  trade: ['tijara', 'tijarat', 'tejarat'],
  grp: ['jamaa', 'jamaah', 'jamaat', 'jemaah', 'majmua', 'majmuat'],
  co: ['sharika', 'sharikat', 'sherkat', 'shirkat'],
  org: ['tanzim', 'tanzeem', 'sazman', 'sazeman'],
  network: ['shabaka', 'shabakat', 'shabakah'],
  party: ['hizb', 'hezb'],
  office: ['maktab', 'makhtab', 'daftar'],
  union: ['ittihad', 'itihad', 'itihaad', 'ittihaad', 'ittehad', 'etehad', 'ettehad'],
  committee: ['lajna', 'lajnat', 'lajnah'],
  center: ['markaz'],
  gov: ['dawla', 'dawlah', 'dawlat', 'hukumat'],
};

/** Folded word → its class (TRANSLATED_CLASS + the English word, or + the generic class it writes). */
export const TRANSLATED_WORDS = new Map<string, string>();
for (const [head, words] of [
  ...Object.entries(WORDS).map(([head, words]) => [head, [head, ...words]] as const),
  ...Object.entries(TRANSLITERATED_GENERIC),
]) {
  const cls = `${TRANSLATED_CLASS}${head}`;
  for (const w of words) {
    const key = foldText(w).replace(/ /g, '');
    if (key && !TRANSLATED_WORDS.has(key)) TRANSLATED_WORDS.set(key, cls);
  }
}

/** A generic word and a name part that transliterates it (جماعة ~ Jamaat): `generic` is the generic one. */
function transliteratesGeneric(generic: NamePart, name: NamePart): boolean {
  return (
    generic.kind === 'generic' &&
    name.kind === 'name' &&
    name.group !== undefined &&
    name.group.length === TRANSLATED_CLASS.length + generic.text.length &&
    name.group.endsWith(generic.text) &&
    name.group.startsWith(TRANSLATED_CLASS)
  );
}

/** The English word of a translated class (the token whose frequency weighs its parts), or undefined. */
export function translatedHead(group: string | undefined): string | undefined {
  return group?.startsWith(TRANSLATED_CLASS) ? group.slice(TRANSLATED_CLASS.length) : undefined;
}

/** One of two parts is a generic word the other transliterates (مكتب ~ Makhtab, either way round). */
export function writesGeneric(a: NamePart, b: NamePart): boolean {
  return transliteratesGeneric(a, b) || transliteratesGeneric(b, a);
}

/** L’ and d’ before a vowel or h (French elision): an organisation's name drops them, as its acronym does. */
export const ELISION = /\b[LlDd]['’](?=[AEIOUHaeiouhÀ-ÿ])/g;
/** Words for and, for, in, on, of the… in French, Spanish, Arabic and Pashto, inside an organisation's name. */
const FUNCTION_WORDS = new Set('pour en des au aux sur par por para las los و في او د'.split(' '));
/** و (and), لـ (for) and بـ (with) before the article, in an organisation's name: the word is the rest. */
const ARABIC_JOINED = /^(?:وال|لل|بال)([\u0600-\u06ff]{3,})$/;

/**
 * The words word `i` of `count` of an organisation's name is read as: a
 * legal form run into it split off (SOLIDLTD), and, where the schema is
 * named (`named`), function words inside the name dropped and و, لـ, بـ
 * read off the article; abbreviations written out (COMP).
 */
export function orgWords(w: string, i: number, count: number, named: boolean): string[] {
  const m = RUN_TOGETHER_LEGAL.exec(w);
  if (m) return [m[1] as string, m[2] as string];
  // They say no more than of and the do; first or last, the word is the name's own (DES International).
  if (named && i > 0 && i < count - 1 && FUNCTION_WORDS.has(w)) return [];
  // And, for, with: written onto the article in Arabic script (والجهاد is "and the jihad").
  const joined = ARABIC_JOINED.exec(w);
  if (joined) return [`ال${joined[1] as string}`];
  return [ORG_EXPANSIONS.get(w) ?? w];
}
