// Lookup maps built once from the generated rigour tables: legal forms,
// generic organisation words, cross-script name parts and honorifics.
import { ORG_TYPES_RAW } from './data/org-types.js';
import { ORG_SYMBOLS_RAW, PERSON_PARTS_RAW, PERSON_PREFIXES_RAW } from './data/symbols.js';
import { foldText, scriptOf } from './fold.js';

export interface LegalForm {
  /** Compare form, folded (`llc`, `jsc`, `ngo`). */
  compare: string;
  /** Generic class (`LLC`, `JSC`, `NGO`…), empty when rigour gives none. */
  generic: string;
}

function lines(raw: string): string[][] {
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => l.split('|'));
}

/** Folded legal-form alias (space-joined words) → compare form and class. */
export const LEGAL_FORMS = new Map<string, LegalForm>();
/** Longest legal-form alias, in words. */
export let LEGAL_FORM_MAX_WORDS = 1;
/** Every leading run of words of a legal-form alias (gmbh; gmbh, gmbh co kg…): a word not here starts none. */
export const LEGAL_FORM_STARTS = new Set<string>();
/** Register a legal-form alias (the first one given for a key wins) and every leading run of its words. */
function addLegalForm(alias: string, compare: string, generic: string): void {
  const key = foldText(alias);
  if (!key || LEGAL_FORMS.has(key)) return;
  LEGAL_FORMS.set(key, { compare: foldText(compare).replace(/ /g, '') || key, generic });
  const words = key.split(' ');
  LEGAL_FORM_MAX_WORDS = Math.max(LEGAL_FORM_MAX_WORDS, words.length);
  for (let n = 1; n <= words.length; n++) LEGAL_FORM_STARTS.add(words.slice(0, n).join(' '));
}
for (const [alias = '', compare = '', generic = ''] of lines(ORG_TYPES_RAW))
  addLegalForm(alias, compare, generic);
// Legal forms as South Asian registries write them that rigour's table lacks (our addition):
// "private limited company" abbreviated (Pvt Ltd).
for (const alias of ['pvt ltd', 'pvt limited', 'private ltd', 'private limited'])
  addLegalForm(alias, 'ltd', 'LLC');
// "Limited" and "private limited" written in Arabic script, as Urdu, Pashto and Gulf registries do.
for (const alias of ['لمیٹڈ', 'لمیتد', 'لميتد', 'ليمتد', 'لمتد', 'ليميتد', 'پرائیویٹ لمیٹڈ', 'پرائیوٹ لمیٹڈ'])
  addLegalForm(alias, 'ltd', 'LLC');

/** Folded generic organisation word → its symbol class (`company` → `co`). */
export const ORG_SYMBOLS = new Map<string, string>();
for (const [cls = '', ...words] of lines(ORG_SYMBOLS_RAW)) {
  for (const w of words) {
    const key = foldText(w);
    if (key && !key.includes(' ') && !ORG_SYMBOLS.has(key)) ORG_SYMBOLS.set(key, cls);
  }
}

// Generic words rigour's symbols lack, mostly Arabic, Persian, Urdu and Pashto (our addition);
// an Arabic-script word also stands with the article (جماعة, الجماعة). How lists transliterate
// them (Jamaat, Tanzim) is in `org-words.ts`: written so, they are names.
const EXTRA_SYMBOLS: Record<string, string[]> = {
  assoc: ['جمعية', 'جمعيت', 'انجمن', 'رابطة'],
  fdn: ['مؤسسة', 'بنياد', 'وقف'],
  ngo: ['خيرية', 'منظمة', 'хайрия'],
  trade: ['تجارة', 'للتجارة', 'التجارية', 'تجاري', 'بازرگانی', 'trdg', 'trdng'],
  grp: ['مجموعة', 'گروه', 'جماعة', 'جماعت', 'گروپ', 'grp', 'grps'],
  co: ['شركت', 'شرکت', 'شركة', 'کمپنی', 'كمبني'],
  org: ['تنظيم', 'سازمان'],
  network: ['شبكة'],
  party: ['حزب'],
  office: ['مكتب', 'دفتر'],
  union: ['اتحاد', 'اتحادیه'],
  committee: ['لجنة', 'کمیته'],
  center: ['مركز'],
  institute: ['معهد'],
  intl: ['دولية', 'دولي', 'بين‌المللی'],
  gov: ['دولة', 'دولت', 'حكومة'],
  natl: ['وطنية', 'وطني', 'ملی'],
  dev: ['تنمية', 'توسعه'],
  // Abbreviations as lists and registries print them (our addition).
  industry: ['ind', 'inds', 'indus', 'indust'],
  service: ['srvces', 'srvcs', 'svcs', 'svc', 'servs', 'srvc'],
  mgmt: ['mgt'],
  tech: ['tech', 'techs', 'technology', 'technologies', 'technical', 'tecnologia'],
  eng: ['eng', 'engg', 'engineering', 'engineers'],
  mfg: ['mfg', 'manufacturing', 'manufacturers'],
  invest: ['investment', 'investments', 'invt', 'inv'],
  holding: ['hldg', 'hldgs'],
};

/** Abbreviated words written out before legal forms are looked up (JOINT STOCK COMP → joint stock company). */
export const ORG_EXPANSIONS = new Map([
  ['comp', 'company'],
  ['corp', 'corporation'],
]);

/** Legal forms run into the last word in capitals (SOLIDLTD, KATTANLLC): split off when 3+ letters remain. */
export const RUN_TOGETHER_LEGAL =
  /^([a-z]{3,}?)(ltd|llc|gmbh|inc|jsc|ooo|plc|sarl|srl|pjsc|ojsc|cjsc|fze|fzco)$/;
for (const [cls, words] of Object.entries(EXTRA_SYMBOLS)) {
  for (const w of words) {
    const key = foldText(w);
    for (const k of scriptOf(key) === 'arabic' && !key.startsWith('ال') ? [key, `ال${key}`] : [key])
      if (!ORG_SYMBOLS.has(k)) ORG_SYMBOLS.set(k, cls);
  }
}

/** Folded person-name part → equivalence class across scripts (`путин` → `khuylo`). */
export const PERSON_PARTS = new Map<string, string>();
for (const [cls = '', ...words] of lines(PERSON_PARTS_RAW)) {
  for (const w of words) {
    const key = foldText(w).replace(/ /g, '');
    if (key) PERSON_PARTS.set(key, cls);
  }
}

/** Folded honorifics and titles dropped at the start of person names. */
export const PERSON_PREFIXES = new Set(
  PERSON_PREFIXES_RAW.split('|')
    .map(foldText)
    .filter((p) => p),
);
