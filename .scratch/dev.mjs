var __defProp = Object.defineProperty;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};

// src/core/model/errors.ts
function formatLocation(loc) {
  let out = loc.file ?? "";
  if (loc.line !== void 0) {
    out += `${out ? ":" : "line "}${loc.line}`;
    if (loc.column !== void 0) out += `:${loc.column}`;
  }
  if (loc.record !== void 0) out += `${out ? " " : ""}record ${loc.record}`;
  if (loc.path !== void 0) out += `${out ? " " : ""}at ${loc.path}`;
  return out;
}
function optionName(field) {
  return `--${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}
function renderHint(hint, face) {
  return hint.replace(/\{([a-z][A-Za-z0-9]*)(?:=([^}]*))?\}/g, (_all, field, value) => {
    if (face === "cli") return value === void 0 ? optionName(field) : `${optionName(field)} ${value}`;
    if (value === void 0) return field;
    return `"${field}": ${/^(-?\d+(\.\d+)?|true|false)$/.test(value) ? value : JSON.stringify(value)}`;
  });
}
function formatError(e, face = "cli") {
  const where = e.location ? formatLocation(e.location) : "";
  const hint = e.hint ? renderHint(e.hint, face) : "";
  return `${where ? `${where}: ` : ""}${e.message}${hint ? `; ${hint}` : ""}`;
}
var InterdictError, InputError, NotFoundError, UsageError;
var init_errors = __esm({
  "src/core/model/errors.ts"() {
    "use strict";
    InterdictError = class extends Error {
      code;
      location;
      hint;
      /** `message` is bare: no location in front, no hint behind (see formatError). */
      constructor(code, message, location, hint) {
        super(message);
        this.name = "InterdictError";
        this.code = code;
        this.location = location;
        this.hint = hint;
      }
    };
    InputError = class extends InterdictError {
      constructor(code, message, location, hint) {
        super(code, message, location, hint);
        this.name = "InputError";
      }
    };
    NotFoundError = class extends InterdictError {
      constructor(message, hint) {
        super("E_NOT_FOUND", message, void 0, hint);
        this.name = "NotFoundError";
      }
    };
    UsageError = class extends InterdictError {
      constructor(message, hint, field) {
        super("E_USAGE", message, field === void 0 ? void 0 : { field }, hint);
        this.name = "UsageError";
      }
    };
  }
});

// src/core/model/suggest.ts
var init_suggest = __esm({
  "src/core/model/suggest.ts"() {
    "use strict";
  }
});

// src/core/model/countries.ts
function fold(text3) {
  return text3.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
}
function tables() {
  if (!byKey || !names) {
    byKey = /* @__PURE__ */ new Map();
    names = /* @__PURE__ */ new Map();
    for (const entry of TABLE.split(/[|\n]/)) {
      const [code, list2] = entry.split(":");
      const all = list2.split(";");
      names.set(code, all[0]);
      byKey.set(code, code);
      for (const n of all) byKey.set(fold(n), code);
    }
  }
  return { byKey, names };
}
function countryCode(value) {
  const key = fold(value);
  if (!key) return void 0;
  const { byKey: t } = tables();
  return t.get(key) ?? t.get(key.replace(/^the /, ""));
}
var TABLE, byKey, names;
var init_countries = __esm({
  "src/core/model/countries.ts"() {
    "use strict";
    init_suggest();
    TABLE = `ad:Andorra|ae:United Arab Emirates;UAE;Emirates|af:Afghanistan|ag:Antigua and Barbuda|ai:Anguilla
al:Albania|am:Armenia|ao:Angola|aq:Antarctica|ar:Argentina|as:American Samoa|at:Austria|au:Australia|aw:Aruba
ax:\xC5land Islands;Aland Islands|az:Azerbaijan|ba:Bosnia and Herzegovina;Bosnia|bb:Barbados|bd:Bangladesh
be:Belgium|bf:Burkina Faso|bg:Bulgaria|bh:Bahrain|bi:Burundi|bj:Benin|bl:Saint Barth\xE9lemy|bm:Bermuda
bn:Brunei Darussalam;Brunei|bo:Bolivia;Plurinational State of Bolivia|bq:Bonaire, Sint Eustatius and Saba
br:Brazil|bs:Bahamas;The Bahamas|bt:Bhutan|bv:Bouvet Island|bw:Botswana|by:Belarus|bz:Belize|ca:Canada
cc:Cocos (Keeling) Islands|cd:Congo, Democratic Republic of the;Democratic Republic of the Congo;DR Congo;DRC;Congo-Kinshasa;Zaire
cf:Central African Republic|cg:Congo;Republic of the Congo;Congo-Brazzaville|ch:Switzerland|ci:C\xF4te d'Ivoire;Cote d'Ivoire;Ivory Coast
ck:Cook Islands|cl:Chile|cm:Cameroon|cn:China;People's Republic of China;PRC|co:Colombia|cr:Costa Rica|cu:Cuba
cv:Cabo Verde;Cape Verde|cw:Cura\xE7ao;Curacao|cx:Christmas Island|cy:Cyprus|cz:Czechia;Czech Republic|de:Germany
dj:Djibouti|dk:Denmark|dm:Dominica|do:Dominican Republic|dz:Algeria|ec:Ecuador|ee:Estonia|eg:Egypt|eh:Western Sahara
er:Eritrea|es:Spain|et:Ethiopia|fi:Finland|fj:Fiji|fk:Falkland Islands|fm:Micronesia;Federated States of Micronesia
fo:Faroe Islands|fr:France|ga:Gabon|gb:United Kingdom;UK;Great Britain;United Kingdom of Great Britain and Northern Ireland;Britain
gd:Grenada|ge:Georgia|gf:French Guiana|gg:Guernsey|gh:Ghana|gi:Gibraltar|gl:Greenland|gm:Gambia;The Gambia|gn:Guinea
gp:Guadeloupe|gq:Equatorial Guinea|gr:Greece|gs:South Georgia and the South Sandwich Islands|gt:Guatemala|gu:Guam
gw:Guinea-Bissau|gy:Guyana|hk:Hong Kong|hm:Heard Island and McDonald Islands|hn:Honduras|hr:Croatia|ht:Haiti
hu:Hungary|id:Indonesia|ie:Ireland|il:Israel|im:Isle of Man|in:India|io:British Indian Ocean Territory|iq:Iraq
ir:Iran;Islamic Republic of Iran;Iran, Islamic Republic of|is:Iceland|it:Italy|je:Jersey|jm:Jamaica|jo:Jordan|jp:Japan
ke:Kenya|kg:Kyrgyzstan|kh:Cambodia|ki:Kiribati|km:Comoros|kn:Saint Kitts and Nevis|kp:North Korea;Korea, North;Democratic People's Republic of Korea;DPRK;Korea, Democratic People's Republic of
kr:South Korea;Korea, South;Republic of Korea;Korea, Republic of|kw:Kuwait|ky:Cayman Islands|kz:Kazakhstan
la:Laos;Lao People's Democratic Republic|lb:Lebanon|lc:Saint Lucia|li:Liechtenstein|lk:Sri Lanka|lr:Liberia
ls:Lesotho|lt:Lithuania|lu:Luxembourg|lv:Latvia|ly:Libya|ma:Morocco|mc:Monaco|md:Moldova;Republic of Moldova
me:Montenegro|mf:Saint Martin|mg:Madagascar|mh:Marshall Islands|mk:North Macedonia;Macedonia|ml:Mali
mm:Myanmar;Burma|mn:Mongolia|mo:Macao;Macau|mp:Northern Mariana Islands|mq:Martinique|mr:Mauritania|ms:Montserrat
mt:Malta|mu:Mauritius|mv:Maldives|mw:Malawi|mx:Mexico|my:Malaysia|mz:Mozambique|na:Namibia|nc:New Caledonia
ne:Niger|nf:Norfolk Island|ng:Nigeria|ni:Nicaragua|nl:Netherlands;The Netherlands;Holland|no:Norway|np:Nepal
nr:Nauru|nu:Niue|nz:New Zealand|om:Oman|pa:Panama|pe:Peru|pf:French Polynesia|pg:Papua New Guinea|ph:Philippines
pk:Pakistan|pl:Poland|pm:Saint Pierre and Miquelon|pn:Pitcairn|pr:Puerto Rico|ps:Palestine;State of Palestine;Palestinian Territories;West Bank;Gaza
pt:Portugal|pw:Palau|py:Paraguay|qa:Qatar|re:R\xE9union;Reunion|ro:Romania|rs:Serbia|ru:Russia;Russian Federation
rw:Rwanda|sa:Saudi Arabia|sb:Solomon Islands|sc:Seychelles|sd:Sudan|se:Sweden|sg:Singapore|sh:Saint Helena
si:Slovenia|sj:Svalbard and Jan Mayen|sk:Slovakia|sl:Sierra Leone|sm:San Marino|sn:Senegal|so:Somalia
sr:Suriname|ss:South Sudan|st:Sao Tome and Principe|sv:El Salvador|sx:Sint Maarten|sy:Syria;Syrian Arab Republic
sz:Eswatini;Swaziland|tc:Turks and Caicos Islands|td:Chad|tf:French Southern Territories|tg:Togo|th:Thailand
tj:Tajikistan|tk:Tokelau|tl:Timor-Leste;East Timor|tm:Turkmenistan|tn:Tunisia|to:Tonga|tr:T\xFCrkiye;Turkey
tt:Trinidad and Tobago|tv:Tuvalu|tw:Taiwan|tz:Tanzania;United Republic of Tanzania|ua:Ukraine|ug:Uganda
um:United States Minor Outlying Islands|us:United States;United States of America;USA;US;America|uy:Uruguay
uz:Uzbekistan|va:Holy See;Vatican;Vatican City|vc:Saint Vincent and the Grenadines|ve:Venezuela;Bolivarian Republic of Venezuela
vg:British Virgin Islands;Virgin Islands, British|vi:U.S. Virgin Islands;Virgin Islands, U.S.|vn:Viet Nam;Vietnam
vu:Vanuatu|wf:Wallis and Futuna|ws:Samoa|xk:Kosovo|ye:Yemen|yt:Mayotte|za:South Africa|zm:Zambia|zw:Zimbabwe`;
  }
});

// src/core/match/fold.ts
function foldHomoglyphs(text3) {
  if (!CYRILLIC_OR_GREEK.test(text3) || !LATIN_LETTER.test(text3)) return text3;
  const words = text3.match(WORD) ?? [];
  let latinWords = 0;
  let otherWords = 0;
  for (const w of words) {
    if (LATIN_LETTER.test(w) && !CYRILLIC_OR_GREEK.test(w)) latinWords++;
    else if (CYRILLIC_OR_GREEK.test(w)) otherWords++;
  }
  return text3.replace(WORD, (w) => {
    if (!CYRILLIC_OR_GREEK.test(w)) return w;
    let latin = 0;
    let alike = 0;
    let letters = 0;
    for (const ch of w) {
      if (/\p{M}/u.test(ch)) continue;
      letters++;
      if (LATIN_LETTER.test(ch)) latin++;
      else if (HOMOGLYPHS[ch] !== void 0) alike++;
    }
    const mixed = latin > 0 && latin * 2 >= letters;
    const disguised = latin === 0 && alike === letters && latinWords > 0 && latinWords >= otherWords;
    if (!mixed && !disguised) return w;
    let out = "";
    for (const ch of w) out += HOMOGLYPHS[ch] ?? ch;
    return out;
  });
}
function foldText(input) {
  let text3 = input;
  if (text3.length > MAX_FOLD_CHARS) {
    const cut = text3.lastIndexOf(" ", MAX_FOLD_CHARS);
    text3 = text3.slice(0, cut > MAX_FOLD_CHARS / 2 ? cut : MAX_FOLD_CHARS);
  }
  const lower = foldHomoglyphs(text3.normalize("NFKC")).toLowerCase();
  const unmarked = lower.normalize("NFD").replace(MARKED, (all, base) => KEEPS_MARKS.test(base) ? all : base).normalize("NFC");
  return unmarked.replace(FOLDABLE, (ch) => LETTER_FOLD[ch] ?? ch).replace(VANISH, "").replace(SEPARATE, " ").trim();
}
function foldWords(input) {
  const folded = foldText(input);
  return folded ? folded.split(" ") : [];
}
function scriptOf(word) {
  const c = word.charCodeAt(0);
  if (c < 592 || c >= 7680 && c < 7936) return "latin";
  if (c >= 880 && c < 1024) return "greek";
  if (c >= 1024 && c < 1328) return "cyrillic";
  if (c >= 1328 && c < 1424) return "armenian";
  if (c >= 1424 && c < 1536) return "hebrew";
  if (c >= 1536 && c < 1792 || c >= 1872 && c < 1920 || c >= 64336 && c < 65024) return "arabic";
  if (c >= 3584 && c < 3712) return "thai";
  if (c >= 4256 && c < 4352 || c >= 7312 && c < 7360) return "georgian";
  if (c >= 12352 && c < 12544) return "kana";
  if (c >= 13312 && c < 19904 || c >= 19968 && c < 40960 || c >= 63744 && c < 64256) return "han";
  if (c >= 44032 && c < 55216) return "hangul";
  return "other";
}
var LETTER_FOLD, VANISH, SEPARATE, MARKED, KEEPS_MARKS, FOLDABLE, HOMOGLYPHS, CYRILLIC_OR_GREEK, LATIN_LETTER, WORD, MAX_FOLD_CHARS;
var init_fold = __esm({
  "src/core/match/fold.ts"() {
    "use strict";
    LETTER_FOLD = {
      \u00DF: "ss",
      \u00F8: "o",
      \u0111: "d",
      \u00F0: "d",
      \u0142: "l",
      \u00E6: "ae",
      \u0153: "oe",
      \u00FE: "th",
      \u0131: "i",
      \u0127: "h",
      \u0167: "t",
      \u014B: "ng",
      // Arabic: alef and hamza carriers, taa marbuta, alef maqsura; Persian yeh and keheh.
      \u0623: "\u0627",
      \u0625: "\u0627",
      \u0622: "\u0627",
      \u0671: "\u0627",
      \u0629: "\u0647",
      \u0649: "\u064A",
      \u06CC: "\u064A",
      \u06A9: "\u0643",
      \u06C0: "\u0647",
      \u0624: "\u0648",
      \u0626: "\u064A",
      \u0621: "",
      // Urdu and Pashto letters onto their Arabic base letters.
      \u06C1: "\u0647",
      \u06BE: "\u0647",
      \u06C3: "\u0647",
      \u06D2: "\u064A",
      \u06D0: "\u064A",
      \u06CD: "\u064A",
      \u0679: "\u062A",
      \u067C: "\u062A",
      \u0688: "\u062F",
      \u0689: "\u062F",
      \u0691: "\u0631",
      \u0693: "\u0631",
      \u06BA: "\u0646",
      \u06BC: "\u0646",
      \u0681: "\u0632",
      \u069A: "\u0634",
      \u0696: "\u0698",
      \u06AB: "\u06AF",
      // Hebrew final forms.
      \u05DA: "\u05DB",
      \u05DD: "\u05DE",
      \u05DF: "\u05E0",
      \u05E3: "\u05E4",
      \u05E5: "\u05E6",
      // Greek final sigma.
      \u03C2: "\u03C3"
    };
    VANISH = /[\u0027\u2018\u2019\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u0640\u05f3\u05f4\u200c\u200e\u200f]|\u200d/g;
    SEPARATE = /[^\p{L}\p{M}\p{N}]+/gu;
    MARKED = /(\P{M})(\p{M}+)/gu;
    KEEPS_MARKS = /[\u0400-\u04ff\u0904-\u0dff\u0e00-\u0e7f\u3040-\u30ff]/;
    FOLDABLE = /[ßøđðłæœþıħŧŋأإآٱةىیکۀؤئءہھۃےېۍٹټڈډڑړںڼځښږګךםןףץς]/g;
    HOMOGLYPHS = {
      // Cyrillic capitals and small letters.
      \u0410: "A",
      \u0412: "B",
      \u0415: "E",
      \u0401: "\xCB",
      \u041A: "K",
      \u041C: "M",
      \u041D: "H",
      \u041E: "O",
      \u0420: "P",
      \u0421: "C",
      \u0422: "T",
      \u0425: "X",
      \u0423: "Y",
      \u0405: "S",
      \u0406: "I",
      \u0407: "\xCF",
      \u0408: "J",
      "\u051A": "Q",
      "\u051C": "W",
      \u04BA: "H",
      \u04AE: "Y",
      \u04C0: "I",
      \u0430: "a",
      \u0435: "e",
      \u0451: "\xEB",
      \u043E: "o",
      \u0440: "p",
      \u0441: "c",
      \u0443: "y",
      \u0445: "x",
      \u0455: "s",
      \u0456: "i",
      \u0457: "\xEF",
      \u0458: "j",
      "\u0501": "d",
      \u04BB: "h",
      "\u051B": "q",
      "\u051D": "w",
      "\u04CF": "l",
      \u04AF: "y",
      // Greek capitals and small letters.
      \u0391: "A",
      \u0392: "B",
      \u0395: "E",
      \u0396: "Z",
      \u0397: "H",
      \u0399: "I",
      \u039A: "K",
      \u039C: "M",
      \u039D: "N",
      \u039F: "O",
      \u03A1: "P",
      \u03A4: "T",
      \u03A5: "Y",
      \u03A7: "X",
      \u03BF: "o",
      \u03BD: "v",
      \u03C1: "p",
      \u03B9: "i",
      \u03BA: "k",
      \u03C5: "u",
      \u03C7: "x",
      \u03B1: "a"
    };
    CYRILLIC_OR_GREEK = /[\u0370-\u03ff\u0400-\u052f]/;
    LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/;
    WORD = /[\p{L}\p{M}]+/gu;
    MAX_FOLD_CHARS = 2048;
  }
});

// src/core/match/phonetic.ts
function mergeConsonants(word) {
  let s = word;
  for (const [re, to] of DIGRAPHS) s = s.replace(re, to);
  return s.replace(/([aeiouy])h$/, "$1");
}
function isVowel(c) {
  return c === "a" || c === "e" || c === "i" || c === "o" || c === "u";
}
function skeleton(word) {
  const s = mergeConsonants(word);
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (isVowel(c)) continue;
    if ((c === "y" || c === "w") && i > 0) continue;
    if (out.length > 0 && out[out.length - 1] === c) continue;
    out += c;
  }
  return out;
}
function phoneticKey(word) {
  const s = mergeConsonants(word).replace(/[eiy]/g, "i").replace(/[ou]/g, "u").replace(/(?<=[aiu])w|w(?=[^aiu]|$)/g, "u").replace(/ai|ia|iu(?=[^aiu])|ui/g, "i").replace(/au|ua/g, "u");
  let out = "";
  for (const c of s) if (out[out.length - 1] !== c) out += c;
  return out;
}
var DIGRAPHS;
var init_phonetic = __esm({
  "src/core/match/phonetic.ts"() {
    "use strict";
    DIGRAPHS = [
      [/shch|sch|sh|zh|ch(?=[^aeiou]|$)/g, "S"],
      [/dzh|dj/g, "j"],
      [/tch|ch/g, "C"],
      [/kh|ck|q|c/g, "k"],
      [/gh/g, "g"],
      [/ph/g, "f"],
      [/th/g, "t"],
      [/dh/g, "d"],
      [/tz/g, "ts"],
      [/x/g, "ks"],
      // Russian -ov written -off or -ow (Petroff, Petrow).
      [/(ff|w)$/g, "v"],
      [/z/g, "s"],
      [/S/g, "s"],
      [/C/g, "c"]
    ];
  }
});

// src/core/match/sound.ts
function soundSymbols(spelling) {
  let out = "";
  const s = spelling.toLowerCase();
  for (let i = 0; i < s.length; ) {
    let hit;
    for (const d of DIGRAPHS2) {
      if (s.startsWith(d[0], i)) {
        hit = d;
        break;
      }
    }
    if (hit) {
      out += hit[1];
      i += hit[0].length;
      continue;
    }
    const c = s[i];
    if (c >= "a" && c <= "z") out += c;
    i++;
  }
  return out;
}
function indel(c, prev3) {
  return c === prev3 ? 0.1 : INDEL[c];
}
function soundCost(a, b, max = Infinity) {
  const n = a.length;
  const m = b.length;
  if (m + 1 > row0.length) {
    row0 = new Float64Array(m + 1);
    row1 = new Float64Array(m + 1);
  }
  let prev3 = row0;
  let curr2 = row1;
  prev3[0] = 0;
  for (let j = 1; j <= m; j++)
    prev3[j] = prev3[j - 1] + indel(b.charCodeAt(j - 1) & 127, j > 1 ? b.charCodeAt(j - 2) & 127 : -1);
  for (let i = 1; i <= n; i++) {
    const ca = a.charCodeAt(i - 1) & 127;
    const da = indel(ca, i > 1 ? a.charCodeAt(i - 2) & 127 : -1);
    const row = ca * 128;
    curr2[0] = prev3[0] + da;
    let rowMin = curr2[0];
    let cbPrev = -1;
    for (let j = 1; j <= m; j++) {
      const cb = b.charCodeAt(j - 1) & 127;
      const v = Math.min(
        prev3[j] + da,
        curr2[j - 1] + indel(cb, cbPrev),
        prev3[j - 1] + SUB[row + cb]
      );
      cbPrev = cb;
      curr2[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return rowMin;
    const t = prev3;
    prev3 = curr2;
    curr2 = t;
  }
  return prev3[m];
}
function soundSimilarity(a, b, floor = 0, sameStart = false) {
  if (a.length < 3 || b.length < 3) return 0;
  const length = Math.max(a.length, b.length);
  if (sameStart) {
    const a0 = a.charCodeAt(0) & 127;
    const b0 = b.charCodeAt(0) & 127;
    if (SUB[a0 * 128 + b0] >= 1 && a0 !== H && b0 !== H) return 0;
  }
  const max = (1 - floor) * length + 1e-9;
  const cost = soundCost(a, b, max);
  return cost > max ? 0 : Math.max(0, 1 - cost / length);
}
var DIGRAPHS2, VOWELS, isVowel2, NEAR, SUB, INDEL, H, row0, row1;
var init_sound = __esm({
  "src/core/match/sound.ts"() {
    "use strict";
    DIGRAPHS2 = [
      // Russian щ as English, German, Polish, Dutch and Swedish write it.
      ["schtsch", "SC"],
      ["shch", "SC"],
      ["szcz", "SC"],
      ["sjtsj", "SC"],
      ["sjtj", "SC"],
      ["tsch", "C"],
      ["sch", "S"],
      ["tch", "C"],
      ["tsj", "C"],
      // Polish sz, cz; Dutch and Swedish sj, tj; Dutch oe.
      ["sz", "S"],
      ["cz", "C"],
      ["sj", "S"],
      ["tj", "C"],
      ["oe", "u"],
      ["dzh", "J"],
      ["sh", "S"],
      ["ch", "C"],
      ["zh", "Z"],
      ["kh", "X"],
      ["gh", "G"],
      ["th", "T"],
      ["dh", "D"],
      ["ph", "f"],
      ["ts", "Q"],
      ["tz", "Q"],
      ["dj", "J"],
      ["ck", "k"],
      ["x", "ks"],
      ["q", "k"],
      ["j", "J"]
    ];
    VOWELS = "aeiouy";
    isVowel2 = (c) => VOWELS.includes(c);
    NEAR = [
      // Vowels: written differently across languages (e/i, o/u, a/e), y as i.
      ["ei", 0.2],
      ["iy", 0.1],
      ["ou", 0.2],
      ["ae", 0.25],
      ["ey", 0.3],
      ["eo", 0.3],
      ["uw", 0.3],
      ["uv", 0.3],
      ["ow", 0.35],
      // Labials: Arabic has no p or v, Spanish b/v, German w.
      ["bp", 0.2],
      ["bv", 0.2],
      ["vw", 0.1],
      ["fv", 0.3],
      ["fp", 0.3],
      ["bw", 0.3],
      // Velars: k, c, q, hard g; kh and gh.
      ["kc", 0.1],
      ["kg", 0.3],
      ["kX", 0.3],
      ["gG", 0.2],
      ["kG", 0.4],
      ["XG", 0.3],
      ["Xh", 0.2],
      ["Gh", 0.4],
      ["XC", 0.35],
      // Sibilants and affricates: s/z, sh/ch, zh/j, ts, th read as s.
      ["sz", 0.15],
      ["sc", 0.3],
      ["cC", 0.2],
      ["cQ", 0.3],
      ["sS", 0.2],
      ["SC", 0.25],
      ["SZ", 0.25],
      ["ZJ", 0.2],
      ["zZ", 0.3],
      ["zJ", 0.4],
      ["JC", 0.3],
      ["Jg", 0.3],
      ["Jy", 0.4],
      ["Jh", 0.5],
      ["sQ", 0.3],
      ["QC", 0.3],
      ["Ts", 0.3],
      ["Tt", 0.2],
      ["Dd", 0.2],
      ["Dz", 0.3],
      ["TD", 0.3],
      ["td", 0.3],
      // Liquids (Japanese, Korean and Thai readers do not tell l from r), nasals.
      ["lr", 0.3],
      ["mn", 0.4]
    ];
    SUB = new Float64Array(128 * 128).fill(1);
    INDEL = new Float64Array(128).fill(1);
    for (let a = 0; a < 128; a++) {
      SUB[a * 128 + a] = 0;
      for (let b = 0; b < 128; b++)
        if (a !== b && isVowel2(String.fromCharCode(a)) && isVowel2(String.fromCharCode(b)))
          SUB[a * 128 + b] = 0.45;
    }
    for (const [p, c] of NEAR) {
      const a = p.charCodeAt(0);
      const b = p.charCodeAt(1);
      SUB[a * 128 + b] = c;
      SUB[b * 128 + a] = c;
    }
    for (const v of VOWELS) INDEL[v.charCodeAt(0)] = 0.3;
    INDEL["h".charCodeAt(0)] = 0.3;
    INDEL["w".charCodeAt(0)] = 0.4;
    H = "h".charCodeAt(0);
    row0 = new Float64Array(64);
    row1 = new Float64Array(64);
  }
});

// src/core/match/common-names.ts
var COMMON_ARABIC_NAMES, HEBREW_WRITTEN, HEBREW_FINALS, COMMON_HEBREW_NAMES;
var init_common_names = __esm({
  "src/core/match/common-names.ts"() {
    "use strict";
    COMMON_ARABIC_NAMES = {
      \u0645\u062D\u0645\u062F: ["muhammad", "mohammed", "mohamed", "mohammad", "mohamad"],
      \u0627\u062D\u0645\u062F: ["ahmad", "ahmed"],
      \u0645\u062D\u0645\u0648\u062F: ["mahmoud", "mahmud"],
      \u0645\u0635\u0637\u0641\u064A: ["mustafa", "mostafa"],
      \u0639\u0644\u064A: ["ali"],
      \u062D\u0633\u0646: ["hassan", "hasan"],
      \u062D\u0633\u064A\u0646: ["hussein", "husain", "hussain", "hossein", "husayn"],
      \u0639\u0628\u062F: ["abd", "abdul", "abdel"],
      \u0627\u0644\u0644\u0647: ["allah", "ullah"],
      \u0627\u0644: ["al", "el"],
      \u0628\u0646: ["bin", "ben", "ibn"],
      \u0627\u0628\u0646: ["ibn", "bin"],
      \u0628\u0646\u062A: ["bint"],
      \u0627\u0628\u0648: ["abu", "abou"],
      \u0639\u0645\u0631: ["omar", "umar"],
      \u0639\u062B\u0645\u0627\u0646: ["uthman", "othman", "osman", "usman"],
      \u064A\u0648\u0633\u0641: ["yusuf", "youssef", "yousef"],
      \u0627\u0628\u0631\u0627\u0647\u064A\u0645: ["ibrahim", "ebrahim"],
      \u0627\u0633\u0645\u0627\u0639\u064A\u0644: ["ismail", "esmail"],
      \u062E\u0627\u0644\u062F: ["khalid", "khaled"],
      \u0633\u0639\u064A\u062F: ["said", "saeed", "saied"],
      \u0635\u0627\u0644\u062D: ["salih", "saleh"],
      \u0631\u062D\u0645\u0646: ["rahman"],
      \u0631\u062D\u064A\u0645: ["rahim"],
      \u0643\u0631\u064A\u0645: ["karim", "kareem"],
      \u062C\u0645\u0627\u0644: ["jamal", "gamal"],
      \u0646\u0627\u0635\u0631: ["nasser", "nasir"],
      \u0641\u0627\u0637\u0645\u0647: ["fatima", "fatemeh"],
      \u0632\u064A\u0646\u0628: ["zainab", "zeinab"],
      \u0645\u0631\u064A\u0645: ["maryam", "mariam"],
      \u062D\u0645\u0632\u0647: ["hamza", "hamzah"],
      \u0637\u0647: ["taha"],
      \u064A\u0627\u0633\u064A\u0646: ["yasin", "yassin"],
      \u0633\u0644\u064A\u0645\u0627\u0646: ["sulaiman", "suleiman", "soleiman"],
      \u062E\u0644\u064A\u0644: ["khalil"],
      \u062C\u0639\u0641\u0631: ["jafar", "jaafar"],
      \u0639\u064A\u0633\u064A: ["isa", "issa"],
      \u0645\u0648\u0633\u064A: ["musa", "moussa", "mousa"],
      \u0639\u0627\u062F\u0644: ["adel", "adil"],
      \u0637\u0627\u0631\u0642: ["tariq", "tarek"],
      \u0639\u0632\u062A: ["izzat", "ezzat"],
      \u0639\u0628\u064A\u062F: ["ubaid", "obaid"],
      \u0639\u0632\u064A\u0632: ["aziz"],
      \u0642\u0627\u062F\u0631: ["qadir", "kader"],
      \u0642\u0627\u0633\u0645: ["qasim", "qasem", "ghasem", "kassem"],
      \u0631\u0636\u0627: ["reza", "rida", "ridha"],
      \u0645\u0647\u062F\u064A: ["mahdi", "mehdi"],
      \u062C\u0648\u0627\u062F: ["javad", "jawad"],
      \u0645\u0648\u0633\u0648\u064A: ["mousavi", "musawi", "moussaoui"],
      \u062D\u0633\u064A\u0646\u064A: ["hosseini", "husseini"],
      \u0631\u0645\u0636\u0627\u0646: ["ramadan", "ramazan"],
      \u0634\u064A\u062E: ["sheikh", "shaikh"],
      \u062D\u0627\u062C\u064A: ["haji", "hajji"],
      \u0645\u0644\u0627: ["mullah", "mulla"],
      \u0639\u0645\u0631\u0648: ["amr", "amro"],
      \u0628\u0643\u0631: ["bakr", "bakar"],
      \u0632\u064A\u062F: ["zaid", "zayd"],
      \u0633\u064A\u0641: ["saif", "sayf", "seif"],
      \u062F\u064A\u0646: ["din", "deen", "eddine"],
      \u0646\u0648\u0631: ["nur", "noor", "nour"],
      \u0639\u0628\u062F\u0627\u0644\u0644\u0647: ["abdullah", "abdallah"],
      \u0627\u0644\u062A\u0643\u0631\u064A\u062A\u064A: ["al-tikriti", "tikriti"],
      \u062A\u0643\u0631\u064A\u062A\u064A: ["tikriti"]
    };
    HEBREW_WRITTEN = {
      \u05D3\u05D5\u05D3: ["david"],
      \u05DE\u05E9\u05D4: ["moshe"],
      \u05D9\u05D5\u05E1\u05E3: ["yosef", "joseph"],
      \u05D9\u05E6\u05D7\u05E7: ["yitzhak", "itzhak", "isaac"],
      \u05D0\u05D1\u05E8\u05D4\u05DD: ["avraham", "abraham"],
      \u05D9\u05E2\u05E7\u05D1: ["yaakov", "jacob"],
      \u05E9\u05DE\u05E2\u05D5\u05DF: ["shimon", "simon"],
      \u05DC\u05D5\u05D9: ["levi"],
      \u05DB\u05D4\u05DF: ["cohen", "kohen"],
      \u05E9\u05DC\u05DE\u05D4: ["shlomo"],
      \u05DE\u05E8\u05D3\u05DB\u05D9: ["mordechai"],
      \u05D0\u05DC\u05D9\u05D4\u05D5: ["eliyahu"],
      \u05D7\u05D9\u05D9\u05DD: ["haim", "chaim"],
      \u05D1\u05E0\u05D9\u05DE\u05D9\u05DF: ["binyamin", "benjamin"],
      \u05DE\u05D9\u05DB\u05D0\u05DC: ["michael"],
      \u05E9\u05E8\u05D4: ["sarah"],
      \u05E8\u05D1\u05E7\u05D4: ["rivka"],
      \u05E8\u05D7\u05DC: ["rachel"],
      \u05DC\u05D0\u05D4: ["leah"],
      \u05DE\u05E8\u05D9\u05DD: ["miriam"],
      \u05D1\u05DF: ["ben"],
      \u05D1\u05EA: ["bat"]
    };
    HEBREW_FINALS = { \u05DA: "\u05DB", \u05DD: "\u05DE", \u05DF: "\u05E0", \u05E3: "\u05E4", \u05E5: "\u05E6" };
    COMMON_HEBREW_NAMES = Object.fromEntries(
      Object.entries(HEBREW_WRITTEN).map(([k, v]) => [k.replace(/[ךםןףץ]/g, (c) => HEBREW_FINALS[c] ?? c), v])
    );
  }
});

// src/core/match/data/han.ts
var HAN_FIRST, HAN_SYLLABLES, HAN_READINGS, HAN_SURNAME_READINGS, HANJA_HANGUL;
var init_han = __esm({
  "src/core/match/data/han.ts"() {
    "use strict";
    HAN_FIRST = 19968;
    HAN_SYLLABLES = "yi ding zheng kao qiao yu qi shang xia han wan mo zhang san ji bu fou mian gai chou zhuan qie ju pi shi qiu bing ye cong dong si cheng diu liang you yan sang gun jiu ge ya pan zhong jie feng guan kuang chuan chan lin zhuo zhu ba dan wei jing li pie fu nai wu tuo zhe me ma yao zhi zha hu fa le yue lao yin ping pang guai sheng hao nie mie xi xiang shu dou nang jia mao mai luan ru xue sha na qian suo gan gui jue liao er chu kui yun sui gen xie zhai tou wang kang hang gang da jiao hai heng peng mu ting qin qing bo lian duo men ren shen ze jin pu reng fo lun cang zai zi ta xian cha hong tong dai ling chao chang sa fan miao yang ang wo jian fen bin di fang pei diao dun wen xin ai xiu xu tang huo hui kuai cui che chen xun chi xuan nu bai gu ni ban zhou qu ci beng ga dian tian bi zhao shao zuo ti zhan he she die gou ning yong wa ka bao huai ming hen quan tiao xing kan lai kua gong mi an lu mou cun zhen ce chai nong hou jiong tui nan xiao bian pian cu e guang ku jun zu hun su lia pai biao fei bei zong dao tan chui kong juan luo song leng ben cai ying ruan chun ruo dang huang duan ou zan za lou sou yuan rong jiang bang shan que nuo can lei zao cao ao cou chuang piao man zun deng tie seng zhuang min sai tai lan meng qiong lie teng long rang xiong chong dui rui ke tu nei liu shou ran gua zui kou qia mei zhun du kai hua bie pao geng shua cuo kei la pou tuan zuan keng gao lang weng tao nao zang suan nian shuai mang rou cen shuang po a tun shun ne chuo m guo qiang pen lo wai pin ha yo o hng ng n huan ken chuai pa se re sun hei dia de dei kuo ceng ca zeng nin kun qun ri lue zhui sao en zou nuan shuo niu rao niang shui nue nen niao kuan cuan te tei zen zei den zhua shuan zhuai rua nou shai sen run ei chua gei miu neng shei zhei eng";
    HAN_READINGS = "\u0100 \u0101\u0102 \u0103\u0104\u0105 \u0106 \u0107 \u0108 \u0109 \u010A\u010B \u010C \u010D \u0107 \u0108 \u0106\u010E \u010F\u0110 \u0105 \u0111 \u0112 \u0113 \u0113 \u0114 \u0115\u0116 \u0117 \u0118 \u0118 \u0119 \u011A \u011B \u011C \u011D \u011E \u011F \u0120 \u0119 \u0121 \u0120 \u0122 \u0121 \u0123 \u011A \u0124 \u0125 \u0126 \u0127 \u0128 \u0129 \u012A \u010E \u012B \u012C \u012D\u012E \u012F \u0130 \u0131 \u0132 \u0133 \u0134 \u010A \u0135 \u0136 \u0133 \u0137\u0135 \u0138 \u0116 \u0139 \u013A \u0100\u010E \u0100 \u013B \u013C \u0126 \u0126 \u013D\u013E \u013F\u010B\u0140\u0141 \u0100 \u0100 \u0142 \u013C \u0143 \u0144 \u0145 \u0146\u0147\u0141\u0148 \u0149 \u014A \u014B \u0104 \u0144 \u014C \u011F\u014D \u011F\u014D \u0100 \u014E\u0100 \u0100 \u014F\u0150 \u0126 \u0106 \u011B \u0151 \u0152 \u0112 \u0126 \u0108  \u0153 \u0154 \u0118 \u010E \u0155 \u0156 \u0116 \u0118 \u0157 \u0144 \u0158 \u0159  \u015A \u015B \u0123 \u013A \u015C \u015D \u015E \u015F \u0105 \u0133 \u013E \u015E\u0160 \u0142\u0159 \u0161 \u015E \u0159 \u0131 \u0100 \u0162 \u0146\u0163 \u0127\u0140 \u0105 \u0102 \u0118 \u0118 \u0164 \u0165 \u0105 \u0166 \u0105 \u0167 \u0144 \u0106 \u013C \u0137 \u011E \u0168 \u0169 \u0169 \u0128 \u016A\u015F \u0128 \u0106\u016B \u0128 \u010E\u0106 \u016C \u016D\u013C \u016E\u016F\u0170 \u0171 \u0172 \u0173 \u0100 \u0130 \u0174\u0175 \u0176 \u011B \u0152 \u0137 \u0177 \u0121 \u0152 \u0137 \u011B \u0178\u0179 \u017A \u0122 \u016A \u0135 \u017B \u017C \u0136\u017D \u017E \u017E \u010E \u010E \u016D \u0100 \u017F\u0118 \u017E \u0146 \u0101 \u0180 \u0181 \u0182 \u0113\u0119 \u0134 \u010C \u0181 \u012B \u011A \u0183 \u011C \u0184 \u0181\u010D \u0185 \u011A \u0186 \u0187\u0188 \u0118 \u0189 \u010C \u013A \u018A \u018A \u013D\u018B\u017C \u018C \u018D \u017E \u015E \u0160\u0109 \u0100\u0127 \u017A \u018E \u018F \u0100 \u0190 \u0191\u010C \u0192 \u0191 \u0100 \u0176 \u017D \u017E \u0193 \u0190\u0194 \u0195\u0196 \u015E \u012A \u0117 \u0197 \u013C \u0198 \u0156\u012B \u0141\u0184 \u012C \u0186 \u017E \u016D \u0199\u019A \u019B \u019C \u012A \u0106 \u019D \u0105 \u019E \u019F \u01A0 \u0100 \u01A1 \u016E \u0100 \u010E \u01A2 \u013C \u010E\u0106 \u013A \u0145 \u01A3\u01A4 \u0181\u0149 \u0117 \u0135 \u013A \u01A5 \u012A \u0122 \u01A6 \u01A7\u01A8 \u0105 \u01A9 \u0167 \u010D \u0136 \u012F\u0114 \u01AA\u0116 \u0128 \u015E \u0107 \u0191 \u0185 \u01AB\u0186 \u01AC \u01A1 \u0136 \u0133 \u01AD \u018A\u01AE \u01AF \u017A\u01B0 \u01B1 \u01B2 \u01B2 \u016A \u01B3 \u01A4 \u018F \u01B4 \u017F \u01B5 \u011E\u01B6 \u01B7 \u011E\u0118 \u0156\u0115\u01B8 \u0117 \u0100 \u011E \u0100\u01AD \u0102 \u01B9\u01BA \u0109\u0160 \u0158 \u0135 \u0133 \u010F \u01B5 \u01BB \u01BC\u01BD \u01B6 \u0136 \u019B \u0133 \u01BE \u0122 \u0195 \u01BF \u01C0 \u01C1 \u01BB \u013D \u01C2 \u0105 \u0100\u01C3 \u0184\u013A\u01BB\u017A \u01BE \u01C4 \u01C5 \u018D \u01B2 \u018A \u01B5 \u01C6 \u01C7 \u015E \u0122 \u01C8 \u01C9 \u019D \u01CA\u01A7 \u0127\u01C1 \u0148 \u0152 \u0127 \u0195 \u01B0 \u0145 \u01CB \u0156 \u0164\u013B \u011A \u010E \u01CC \u01A6 \u0161 \u01CD \u01CE \u0172 \u01B6 \u0100 \u0118 \u01CF \u017F \u013D \u01D0 \u0142 \u0112 \u01D1 \u0100 \u01AD \u01D2 \u01D3 \u0138 \u0149 \u0118 \u01D4 \u0133 \u01A4 \u0122 \u01D5 \u01D6 \u01D7 \u0164 \u0185 \u011D\u018D \u018B \u01AD \u01AC \u01D3 \u01B4 \u0100 \u015A \u0198\u01D8 \u0108 \u011E \u018E \u01D6 \u0189 \u0172\u0141 \u01D9 \u01DA\u0180\u016B \u0104 \u01A8 \u01DB \u01C5 \u01DC \u0181 \u013C \u01DD \u01DE \u011F\u0177 \u01D9 \u01BE \u0113 \u0178 \u01D6 \u0116 \u0153\u0154 \u0177 \u017F \u01DF\u013D \u017A \u01E0 \u01E1 \u01E2\u01E3 \u01DF \u0105 \u0151 \u01E4 \u01E5 \u0119 \u01A4 \u01E6\u012E \u01E7 \u013C \u01E8 \u0100 \u013A \u0121 \u01E9 \u0104\u01E1 \u0138 \u01C6 \u01EA \u0137 \u015E \u010D \u019D \u01EB \u013A \u0151 \u0138 \u013A \u014A \u01C9 \u0105\u0153 \u011E\u0106 \u0108 \u01A1\u017F \u01A3 \u0105 \u019B \u01AA\u0116 \u0113 \u0142 \u0123 \u01EC\u0121 \u0138 \u01D1 \u011E \u0198 \u01A3 \u013A \u01A6 \u0116 \u01E1 \u01ED \u0198 \u01EE \u0165\u01BF \u01EF \u012C \u0128 \u01D5 \u01F0 \u0105 \u01A1 \u01BB \u0144\u01AD \u0191 \u0142 \u011A \u0126 \u0141 \u01A9\u01E9 \u0121\u01EC \u010A \u01D1 \u0186 \u01F1 \u0127 \u012D \u01F0 \u01BA \u0153 \u0153 \u017D \u01F2 \u01F3 \u0162 \u01F4 \u01CF \u0175 \u01A5\u0191 \u01DD \u0100 \u0106 \u01BF \u0160 \u0121\u0137 \u012B \u0168 \u0191 \u012B \u019C \u0142 \u01F5 \u01F6 \u01F1 \u0116 \u015E \u01B2 \u0185 \u0132 \u0197\u0136 \u01F7 \u01F8 \u01F9 \u01EA \u011D \u0188 \u01FA \u013C \u0116 \u013B \u01FB \u0198 \u016B \u011B \u0142 \u015C \u0179 \u01C5 \u01FC \u011F\u01AB \u015E \u0123 \u01FD \u012A\u018D \u01FE \u0156 \u010E\u012B \u0136 \u0105 \u011A \u01FF \u01BF \u0136 \u01E3 \u0123 \u012C \u01A5\u0200 \u0197 \u01E5 \u016A \u01AA \u014D \u01D0 \u019B \u01BE \u018B \u0177 \u01F0 \u016A \u0201 \u0141 \u01C0 \u0113\u0104 \u01D5 \u0122 \u0198 \u01A4 \u0143 \u01B6 \u013A \u01BB \u0142 \u01F1 \u0111 \u010E \u0100 \u016A \u01AC \u01FB\u011E \u0202 \u01DA\u0180\u016B \u01D9 \u0203 \u016C \u016C \u01F0 \u0204\u0205 \u01D6\u0206 \u012B \u0136 \u0199 \u0191 \u0166\u0161 \u0207 \u0142\u011E\u01BF \u01EB \u0108 \u013A \u0208 \u0209 \u0138 \u01AF \u0167 \u01C4\u020A \u0140 \u020B \u01B9 \u01A5 \u014E \u012B \u0151 \u020C \u015E\u0198 \u020D\u0162 \u0186\u01AB \u0165 \u010D \u01F0 \u01E1 \u0209 \u0141 \u0189\u01F3 \u015F \u0195 \u0145 \u011A \u0156 \u018E \u0187 \u01A5 \u01B1 \u019A \u0165 \u020E \u020F \u0210 \u01A9 \u01C6 \u0211\u0212 \u01F1 \u0175 \u01F8 \u0213 \u012F\u0114 \u0105 \u016B \u0106\u0214 \u0107 \u0215 \u0137 \u01AD \u015C \u0109 \u010C \u0179 \u0123 \u019B \u016A \u01D6\u0206 \u01F0 \u0216\u01EE \u0181 \u017B \u01D6 \u0217 \u015E \u018A \u01F3 \u01FC \u011D \u0114 \u0152 \u020C \u0104 \u01DE \u01DF \u0218 \u0182 \u0151 \u0148 \u0191 \u01E6 \u0163 \u0106 \u0219 \u0130\u01C0\u0114 \u0136 \u010E \u017A \u01A7 \u012F \u021A\u0198 \u0135 \u0172\u0141 \u0126 \u021B \u0199 \u018A \u0105\u0116 \u01E5\u013C \u0172 \u0198 \u018D\u021C \u0131 \u017A \u01B1 \u018A \u01EB \u018A \u020A \u021D \u011B \u0181 \u0156\u012B \u0104 \u0117 \u012C \u01B4 \u01A2 \u021E \u0100 \u01E8 \u01DC \u0130\u01F3\u020C \u0100 \u0200 \u0137 \u01AE \u01A8 \u0198 \u0165 \u0135 \u0172 \u015C \u0187 \u020F \u019A \u01D5 \u015A \u021F \u0113 \u01DB \u0220 \u01B2\u0100\u01A2 \u0181 \u015E \u0221 \u013C \u01C5 \u0222 \u01B2 \u0191 \u0223 \u0210 \u01D6 \u012E \u01C9 \u0105 \u01EE \u0204 \u0142 \u011E \u0122 \u014E \u0179 \u01AB \u0138 \u0224 \u0136 \u0225 \u0165 \u0130 \u0226\u0152 \u0153 \u01A7\u016A \u0138 \u01F7 \u0204 \u020E \u01A5 \u0123 \u0210 \u0155 \u0164 \u013C \u0167 \u0204 \u0208 \u0227 \u0228 \u01BC \u0227 \u018A \u01E6 \u0229\u022A\u0147 \u022B \u0229\u022A\u0147 \u0111 \u022C \u0191\u010C \u0164 \u0229\u022A\u0147 \u0164 \u0178 \u022C \u011E \u0123 \u0123 \u0118  \u0200  \u0154   \u017F \u0154  \u0137  \u0201 \u015A \u016D \u022D \u01CD \u0121 \u0105\u0153 \u0134 \u01D3 \u022E\u01D6 \u0151 \u0109 \u0220 \u01D3 \u01BA \u012D \u01CF \u011A \u0106\u010E \u0116 \u01B9 \u0188\u01B6  \u0195 \u0198 \u022F \u010E \u0100 \u010E \u0130 \u01DE \u0157 \u0230 \u022D\u015D \u0208 \u0157 \u0170 \u0230 \u01DA \u01DE \u01DA \u0187 \u0231 \u01DE \u0157 \u01B4 \u0157\u010B \u01C4 \u01A4 \u0111 \u01D4 \u0209 \u0122\u0149 \u016A \u01D0 \u01E8 \u01DC \u0100 \u01D4 \u0118 \u012D \u0221 \u012A \u0232 \u0208 \u01CB \u0233 \u0131 \u013A \u016A \u01D4 \u011A \u011D \u021F \u0170 \u012C\u014A \u011A \u0144 \u0228 \u0162 \u0128 \u012E \u011B \u01F9 \u0129 \u0145 \u021D \u011D \u018A \u0223 \u0234 \u0198 \u0137\u011F \u0207 \u0235 \u022C \u0106 \u01B1 \u0236 \u01F8 \u0137\u011F \u0121 \u0179 \u019E \u018F \u011D \u0160 \u0198 \u0149 \u0214 \u01A2 \u0138 \u0186 \u01CB \u0236 \u01A9 \u011E \u017C \u0181 \u0131 \u0131 \u01C5 \u0151 \u0237 \u010E \u0193 \u0193 \u0193 \u012C \u0116 \u0165 \u0102 \u012C \u0176 \u0142 \u013A \u012C \u014A \u012C \u0238 \u0201 \u0238 \u0160 \u0219 \u014A \u01D0\u015E \u0227 \u01A8 \u022C \u0213\u01C7 \u0165 \u010E \u0200 \u0109 \u0109 \u0211 \u01F2 \u019E \u01F2 \u017E \u017E \u0215 \u0199 \u0115 \u0100 \u010E \u01D0 \u015E \u01D8 \u0165 \u01A0 \u010E \u0135 \u01CF \u0239 \u010A \u0162 \u0138 \u0147 \u0223 \u022E \u0180 \u0170 \u0215 \u013A \u0165 \u01B5 \u019E \u020C \u021D \u018F \u012A \u0129 \u023A \u012B \u012B \u023B\u01C9 \u0138 \u020C \u023A \u0130 \u0137 \u0231 \u023C \u01F2 \u0215 \u0166 \u01E7 \u017C \u0164 \u0142 \u023D \u01CD\u01AE \u018B\u015C \u01B6 \u022B \u012B \u0161 \u01B6 \u0161 \u0238 \u017C \u010E \u01BF \u0137 \u0206 \u01F7 \u0180 \u0208 \u023E \u01E1\u015B \u023F\u022B \u0240 \u015E \u018B\u015C \u0215 \u0231 \u0198 \u023E \u0138 \u01BF \u01EF \u0241 \u0130 \u0106 \u0215 \u0188 \u0170 \u010A \u01C9\u017A \u010E \u017C \u0179 \u0123\u020C \u0237\u0132 \u0198 \u010E \u01C9\u017A \u0123 \u0116 \u01A6 \u014D \u0198 \u017C \u0202\u0142 \u013C \u0231 \u013A \u014D \u0198 \u0127 \u0171\u0143 \u0238 \u0215 \u012F \u0130 \u0242\u0114 \u01D6\u0126 \u0138 \u0175 \u020C \u0216 \u0233 \u0172\u0190 \u0231 \u0104 \u0162 \u0239 \u0143 \u0132 \u017B \u0116 \u0117 \u022E \u0161 \u0172\u0190 \u0161 \u0198 \u0198 \u01A5 \u01A6 \u010E \u0198 \u0100 \u0198 \u0142 \u0130 \u0243 \u010B \u0138 \u0133 \u0138 \u0128 \u01CD \u01B3 \u01D3 \u0156 \u013C \u0158 \u0223 \u0181\u0137 \u0244 \u016A\u0223 \u0142 \u011D \u0133\u0165 \u01AF \u012B \u01B5 \u01BD \u0100 \u0133 \u0194 \u0138 \u0181\u0137 \u0148 \u0148 \u01F6 \u0233 \u0195 \u01C7 \u01E1 \u01D7 \u012E \u012B \u0223 \u01C1 \u0118 \u022B \u0181\u0137 \u0245 \u017A\u01F0 \u021D \u01AD \u0246 \u01C6 \u01C6 \u0111 \u022B \u01AC \u01F6 \u0179 \u01D6 \u010F \u0221 \u01AD \u0146\u0210 \u0238 \u0111 \u011D \u01A4 \u01A4 \u01D0 \u013C \u0100 \u01AC \u0247\u0195 \u014D \u0148 \u0176 \u01D6 \u0216 \u0118 \u010E \u0178 \u020A \u0172\u0190 \u01CD \u0152 \u0100 \u0104 \u0193 \u01F6 \u018D\u011D \u0116 \u0135 \u016A \u0158 \u01AC \u01AC \u01D6 \u0138 \u01AA \u0226\u0152 \u01CD \u01C9 \u01BD \u0167 \u0126 \u01C9 \u01C4 \u013C \u0167  \u0227 \u0112 \u0112 \u01C9 \u011C \u0100 \u0227 \u0175 \u0116 \u0248\u0141 \u0127 \u0182 \u01E5 \u023B \u013A \u01D3 \u0171 \u0126 \u01D3 \u01BB \u0239 \u01F0 \u0249 \u01AD\u0118 \u019C \u0126 \u0100 \u0205 \u020A \u016E \u020A \u012E \u0144 \u0108 \u01B5 \u0193 \u0161 \u0115 \u024A\u0186 \u012E \u01EF \u0144 \u0105 \u0161 \u0166\u0161 \u01A7 \u0135 \u0166\u0161 \u017B \u017B \u024B \u0237 \u0126 \u0162 \u0151 \u0117 \u01B5\u0203 \u0100 \u022B\u0234 \u0123 \u01E2 \u01B2 \u01B5\u0203 \u0118 \u01AC \u015E \u024C \u0192 \u01E9 \u014D \u013C \u01A7 \u01B3 \u0118 \u0151 \u010A \u0239 \u016A \u010A \u01F0 \u01E9\u01E4 \u0132 \u016A \u0135\u020C\u0130 \u0158 \u01E0\u015D \u0135 \u010E \u017A \u024D\u01D6 \u010F\u017A\u0182 \u012E\u012D \u01E2 \u010F \u01C0 \u01C8\u0234 \u01D6 \u0122 \u01D6 \u0151 \u0231 \u0197 \u016A \u012B \u012B \u0136 \u0196\u0195 \u0222 \u0142 \u0157 \u0149 \u0136 \u01BD \u010E \u020D \u0159 \u01AD \u01F6 \u016A \u01A4 \u0181 \u020D \u013C \u010E \u01E5 \u0179 \u0151 \u010D \u0191\u01D5\u0109 \u0136\u0123 \u01E5 \u0177 \u0138 \u013E\u016B \u0109\u01D5 \u0138 \u0128 \u0128 \u0123 \u01C2 \u019B \u0143\u016B \u014B \u0128 \u0115 \u0128 \u0142\u0118 \u01DA \u024E \u01BF \u0138 \u01C2 \u01DD \u0177 \u0232 \u023E \u01EF \u0208 \u01DA \u0208 \u0152 \u0123 \u0138 \u0162 \u015C\u0108 \u01B9 \u0165 \u0126 \u0181 \u0213 \u0161 \u0123 \u011E \u0138 \u0191 \u0220\u015E \u0138 \u0123 \u0123 \u0208 \u011E\u01D7 \u01D3\u018C \u0131\u0194 \u0119\u024F \u01B5 \u01B5  \u0210 \u0237 \u018A\u01AE \u0114 \u010D \u020F\u017F\u0250\u010D \u020F\u017F\u0250\u010D \u020F\u017F\u0250\u010D \u020F\u017F\u0250\u010D \u01A2\u0100 \u018E \u0122 \u018B \u010E \u0122 \u0251 \u0193 \u022F \u014C \u0134 \u0145 \u01FF \u0138 \u0153 \u0132\u0100\u0138\u0162 \u01B5 \u022F \u01E2 \u01A4 \u0156\u0108 \u0129 \u0207 \u010E \u0136\u0105 \u0207 \u01C3 \u022A \u011C \u0233 \u01B1 \u0116\u01C4 \u018F \u0231 \u01F2\u0248 \u0233 \u0142 \u0172 \u01BC\u01BD \u0134 \u0101 \u022B \u021F \u01AD \u0118 \u0122 \u0119 \u0252 \u011B\u016A \u014E \u011E \u01F3 \u01AD \u0146 \u019E \u010E  \u018C \u0150 \u01A4\u0105 \u024E \u01AD \u0127 \u01AE\u01F8 \u0141 \u0188 \u01C1\u0127 \u010E \u019E \u01D8\u0154 \u018D \u01CB \u01DD \u0138 \u022C \u0152 \u0143 \u0108\u01C1 \u011B \u01D6 \u0253\u0128 \u0140 \u0203 \u01A6 \u0100 \u01E8 \u0113 \u0131 \u0254 \u0149 \u01EF \u01BB\u0117 \u0178 \u0178 \u012B\u0127 \u010F \u0110\u0117 \u0134 \u019F \u0199 \u01E5\u0239 \u0109 \u0177 \u0244\u016F \u0255 \u0106 \u018C \u0142\u0188 \u0149\u017F \u013C \u013C \u0190 \u015D\u0256 \u015B\u0257\u0162 \u0151 \u01F4 \u0154\u015A \u01A0 \u01DD \u018C\u01DD\u0203 \u013C\u0105 \u0245 \u0128 \u01E8 \u01D6 \u01E5 \u0127 \u01A0 \u018E \u017D\u0106 \u011F \u013C \u0245 \u013A \u0172 \u018C \u01AD \u014D \u015D \u0254\u01BA \u013A\u0258 \u0100 \u018E\u021F \u0203 \u0138 \u01B0\u01F0 \u0208\u0167 \u0259 \u0239\u0106 \u025A \u013C \u01E5 \u0118 \u01F6 \u025B \u01A0\u021D \u0256\u01B2 \u0258\u01D7 \u018F \u0230 \u0122 \u019B \u01B4 \u0118 \u01B4 \u021A\u01AA \u0151 \u0100 \u0106\u0142 \u014A \u0188\u01B6 \u0231\u01B1 \u01B6\u0188 \u0136 \u01DD\u01A4\u01C4 \u01C1\u0253 \u0249 \u0108\u01B8 \u019D \u0100 \u014E\u01E1 \u017F \u0144 \u01CB \u0171\u0135 \u01B5 \u0232\u0116 \u018A\u0160 \u0205 \u013D \u017C \u0241 \u023B \u01BB \u013A \u0195 \u01C1 \u0205\u0180\u0143 \u01C1\u01A6\u0144 \u0173 \u0126 \u01C6 \u013A \u0171 \u01B4 \u01C7 \u01C8 \u01B1 \u01C8\u01B8 \u01BE \u010F \u0225 \u011D \u01C5 \u013D \u011E \u018A \u01A6 \u0106 \u0164 \u01E5 \u01E6 \u0143 \u0151\u01C3 \u0100 \u0223 \u0188 \u0150 \u01D4 \u0142 \u0141 \u010E\u0151\u0234 \u01B4 \u0127\u01F7\u01C8\u025C \u0153\u01AC \u0204\u0205 \u01E1 \u0173\u022B \u01A7 \u01D2 \u01CA\u0118 \u0248 \u018A \u01E5\u01D5 \u01AE \u01A3 \u025D\u01C1\u0197\u0231\u0259 \u0123\u011B \u0148 \u0100 \u01A2 \u025E \u017F \u018D \u018C \u0227 \u017C \u01C7 \u025F \u0187 \u0122 \u019B\u01C3 \u01ED \u0152 \u01A2 \u0169\u01CC \u012E \u0128 \u0171 \u01E1 \u01BB \u0147\u01A7 \u024C \u0239 \u01CF \u01A8 \u017C  \u010E\u012B\u016B \u01DC \u01D7 \u0260 \u014E \u0208\u0167 \u0225 \u0241 \u024E \u0127 \u0261\u01E5 \u01AD \u01BD \u0138 \u015D\u013B\u0256\u022D \u01E9 \u01C1 \u01E7 \u01E1 \u018A \u0148 \u017A\u0252\u0134 \u013E \u0143 \u0121\u0246 \u0134 \u0150 \u0223\u01D6 \u0168 \u013A \u010F \u0109 \u0174\u0262 \u023C \u0257\u0147 \u0127\u0156 \u0122 \u0123 \u01B1 \u01B1 \u01F0\u01B0 \u0109 \u015F \u01FE \u0100 \u01A2 \u0156\u015E \u022C \u0123\u0135\u018A \u010A \u0138 \u0151 \u01A5 \u01BE \u0119 \u01AA \u013C\u0263\u0264 \u0211 \u0128 \u0154 \u0106 \u019B \u0178 \u0158  \u01D3\u018C \u0154  \u0148 \u0121 \u015F \u0211 \u0265 \u01F9 \u015C \u010E \u01E9 \u0197\u0136 \u012C \u0149\u0181 \u0144\u0108 \u0106 \u022F \u0136 \u023D \u0191 \u0164\u01C7 \u0138 \u025A \u01D5 \u012B \u0260 \u024C \u0105 \u01BA \u01D1 \u015C \u0151 \u013D \u0144 \u01A2 \u01B4\u01BC\u01CE \u01C4 \u0266 \u0132 \u0132\u01BC \u0107 \u019B \u0174 \u0131\u0220 \u0253 \u01FB \u025A \u0254\u0236\u0152\u0229 \u013C \u01A0 \u01A9\u0106 \u01C3\u015C\u012B\u01BF \u01B1 \u0106 \u0106 \u0248 \u0135 \u0135 \u0147\u01C7 \u0188\u01B6 \u01BB\u022C \u01A9 \u0257\u0267 \u01C1 \u0128\u01E5 \u0106 \u013E \u01EF \u0121 \u018A \u0117 \u015C \u0240 \u0180 \u01FC\u0179 \u0231 \u0268 \u013E\u0118 \u0269 \u0114 \u014F \u0259 \u01F7 \u0123 \u019B \u01CD \u01F3\u0130\u013D \u017A \u0101 \u0246 \u01E1 \u0116 \u01A5 \u01AD \u01BF \u01D5 \u0126 \u0135 \u01C8 \u01C6\u0105 \u0136 \u01E0 \u020C \u0105 \u013E \u0240 \u012B \u01DD \u0109 \u01C3\u0143 \u01B4 \u01DB \u025D \u020E\u026A \u01A4\u01A6\u0259 \u0149 \u0204 \u0141 \u0197\u0261 \u0111 \u0144 \u0167 \u012F \u01A7 \u0265 \u0265\u0208\u01AE\u01C1 \u0151 \u01C1\u011B \u010E \u0166 \u012A\u0215 \u0136 \u015C \u01A4 \u0201 \u017C\u0143 \u0123 \u01AE \u0121 \u0105 \u0124 \u01AD \u0104\u0172 \u0123 \u0135\u020C\u0130 \u025B\u01FA \u020F\u026B\u0106 \u0138 \u0260 \u0143\u018B \u0136 \u0194 \u01FC \u025B  \u0166 \u0151 \u0105 \u012B \u0206 \u01E7 \u0211\u0104 \u0144 \u01BF \u0141 \u01C1\u01E1\u0144 \u0253\u015C \u01A3 \u025A \u0269 \u01C6 \u01EB \u01D3\u018C \u016A \u01A2\u0100 \u015F \u0140 \u018B \u0173 \u022B \u0171\u0189 \u0124 \u01AB \u015A \u0207 \u01C7\u01B1 \u010E \u014B\u01B7 \u013C \u018A\u015E \u0118 \u0127 \u0188 \u012B \u0148 \u0247 \u01C7 \u011E \u01AD \u014E \u015F  \u026C\u0173 \u015F \u0178 \u014F \u01C1 \u0188 \u021E \u0263 \u0127 \u015D \u026D \u01A2 \u025A \u018D \u01BB \u0213 \u0213 \u017B \u0232\u0168 \u013E\u0133 \u010B \u0207 \u0207 \u01F3 \u019B \u0106 \u0172 \u0228 \u0172\u01F2 \u0238\u0127 \u01F3 \u020C\u020F \u0212 \u0156 \u01A2 \u01E1 \u0216 \u0206 \u01B8 \u01B1\u0156 \u0172\u01E1 \u0144 \u01A7 \u0259 \u0203 \u018A \u0180 \u0191 \u01A4\u0118 \u0252 \u026E\u026F \u0140 \u0140 \u0144 \u0146\u0210 \u0237 \u01B8 \u01A5 \u011B \u01B7 \u01FC \u021E \u0172 \u01D4 \u01E1 \u0239 \u0158 \u0230 \u01BE\u0267 \u0175 \u0148 \u01E1 \u010E \u0133 \u0190\u01BC \u0166 \u0232 \u01E1 \u011E \u014E \u013A\u0258 \u0163 \u0104 \u0151 \u0165\u01A4\u022F \u01F3\u0130 \u0135\u01F3 \u026C\u010B \u01AC \u01E5 \u0218 \u0193\u017A \u01AD \u01A7 \u0204 \u0215 \u01E4\u0205\u01C1 \u0135 \u0162 \u0254\u0270 \u0271\u011F \u0172 \u011B \u0151 \u0106 \u014E \u017B \u01A4\u0118 \u0219 \u01A7 \u0149 \u0182 \u0162 \u0178 \u01AC \u014F \u01D6 \u011E \u0123 \u01FC \u0171 \u01C0 \u0261 \u01B4\u0132 \u0181 \u01DC \u0147\u01A7 \u016A \u0106 \u01E5 \u0211 \u0100 \u0118 \u0172\u0104\u01AD \u0208 \u01A2 \u01C6 \u0162\u015B \u01A8 \u0105 \u025B\u0199 \u01F2 \u01B8 \u01A1\u01CC \u019F \u0200 \u01A1 \u021E \u0117 \u0117 \u0149 \u0232 \u01C5 \u019B \u0220 \u0189 \u01A6\u0261 \u015A \u014E \u01C1\u0108 \u0123 \u017C \u01A3\u0117 \u01B4\u0113 \u010E\u012B\u016B \u0181 \u014E \u01BF \u0191 \u01AC \u013F \u018B\u0272 \u01BF \u01D6 \u01A7 \u017A\u023B\u01C9 \u0122 \u014F \u0149 \u0144 \u013F\u0235\u010B \u018C \u013E \u0138 \u022E \u016A\u0173 \u0155 \u0213\u01E1 \u010B \u0123 \u0138 \u01D6 \u0225 \u0252 \u0135 \u01AB \u025E \u0117 \u0152 \u01A6 \u013F \u0151 \u017C \u01E7 \u0123 \u0130 \u01FC \u0226 \u01B9 \u0240 \u0189 \u01E1 \u0172\u0162 \u0257 \u0265 \u01A6 \u0114 \u014F \u01E1 \u0205\u0272 \u0138 \u0130 \u01DB \u0138 \u0100 \u01F7 \u0155 \u0205\u0204\u020F \u01EB \u0151 \u0273 \u0198 \u0205\u014F\u0123 \u0133 \u0220 \u014F \u0155  \u01F7 \u0136\u0259 \u01A7 \u0149 \u0119 \u011E \u0274 \u0198\u01E0 \u01A7 \u01A1 \u0149 \u01E0 \u0242 \u0242 \u0254\u019F \u016E \u0208 \u01DE \u01E3 \u0167 \u011C \u0144 \u01A7 \u0208 \u01E5 \u0259 \u0275 \u011C \u0136\u018D \u022C \u0136 \u0185 \u0259 \u0276 \u0277 \u018F \u01B1 \u0259 \u021F \u0259 \u022C \u0122 \u0259 \u0149 \u01EA \u0182 \u0105 \u0109 \u0208 \u0185 \u01CD\u01F6 \u0105 \u0179 \u0259 \u01F4\u012F \u0136 \u0208 \u01CD\u01F6 \u01E7 \u0182 \u0208 \u0208 \u0128 \u0242 \u022C \u022C \u0242 \u0278 \u01A7 \u0100 \u0265\u0208 \u0159 \u0159 \u022C \u0128 \u022C \u0177 \u014D \u0182 \u01D6 \u01A8 \u0128 \u0187 \u01A4\u0136 \u0127 \u013D \u013C \u0161 \u0117 \u0100 \u019B\u026E \u015E\u01EB \u015E \u01D9 \u0132 \u0200 \u0234 \u0108 \u020C \u012E \u0191 \u0106\u0149 \u014F \u010B \u010E \u0156 \u0142 \u0142 \u01B3 \u01AC \u0100 \u0178 \u0235\u0199 \u01E8 \u0209\u0244 \u0254\u019F \u019C \u0199\u01FA \u01FA \u01F3 \u01D0 \u01CA\u019D\u0117 \u01BE \u0244 \u01BB \u0137 \u019B\u0220 \u0137 \u010E \u01A8 \u019B \u0137 \u0198 \u01F3 \u0138 \u0134 \u013C \u0199 \u0279 \u0252 \u0129\u01B3 \u01A5 \u0275 \u01B5 \u01F3 \u0142 \u013D \u0160 \u014A \u01B9 \u01C7\u0231 \u01B2 \u021F \u0117 \u01DE \u0195 \u0184 \u0213 \u01D6 \u0119 \u0176 \u022B \u01C4 \u015B \u0145 \u019B\u01AD \u01AA \u018F \u0133 \u013A \u0144 \u0142 \u01F4 \u0240 \u0225 \u0225 \u01D6 \u0213 \u018E \u023B \u021D \u01CF \u011D\u018D \u010E \u01C1 \u01D6 \u01B6 \u01AD \u0210 \u0112 \u0149 \u01DD \u0229 \u01BC \u013A \u01E6 \u0141 \u017C \u017C \u0161 \u018B \u0195 \u0149 \u0145 \u01C4 \u0208 \u01C3 \u016A \u0266 \u0107 \u022F \u01E5 \u011A \u01B9 \u018C \u0128 \u01D2 \u0171 \u01C8 \u0200 \u0238 \u016F \u0249 \u01D5 \u01CF \u018A \u0208\u0265 \u020B \u0241\u013A \u0134 \u0100 \u0149 \u0109 \u01A4 \u01F4 \u0250 \u023C \u01A2 \u01B7\u012C \u019B\u019C \u020D\u0162 \u01C6 \u01E8 \u0108\u0156 \u019B \u0158\u0217 \u0246 \u01F6 \u011F \u020C\u0123 \u0178\u0181 \u013E \u0223 \u0223 \u0182\u010F \u011F \u0239 \u010F \u0118 \u01AC \u0259 \u01DE \u011B \u024C \u019B \u0105 \u010F \u0128 \u01CD \u0168\u01EB \u0117 \u0179\u0102 \u010A \u0116 \u0185 \u0102\u011F \u01F5 \u01A5 \u011D \u018E \u01F3 \u01D5 \u01FB \u0165\u016C \u01B7 \u01D0\u018A \u0142 \u017C \u0100\u0118 \u0142 \u0100 \u019D \u010E \u0236 \u0106 \u027A \u0116 \u01B2 \u01E7 \u022B \u01A5 \u0275 \u01B2 \u0198 \u0229 \u0181\u0178 \u0170 \u0105 \u01E5 \u0175\u01B7 \u01B1 \u022C \u01F9 \u019C \u0128 \u015E\u0204\u0198 \u0275 \u01D5 \u017F \u017C\u01A7 \u0249 \u022C \u011F \u0149 \u0265 \u01BB \u017B \u0259 \u01C3 \u0114 \u01DD \u01C9\u010F\u0182 \u01C9 \u0105 \u019B \u0157\u01D7\u013C \u012B \u01FD \u01A2\u01E5\u011B \u023C \u01D0 \u01F1 \u0105 \u0201 \u01E5 \u0141 \u0123 \u01C9 \u010E \u0235 \u0191 \u0237 \u013D \u0149 \u012C \u012A \u012B \u0181 \u0174 \u0170 \u01FE \u0198 \u014A \u0210 \u020A \u0201 \u01F9 \u0202 \u010A \u01AE \u010E \u010E \u01A8 \u01FC \u0189 \u011F \u01C6 \u0238 \u01EB \u01EB \u0118 \u01D4 \u0189 \u0247 \u011F \u022C \u01A5 \u020D \u012A \u0138 \u0175 \u020B \u021E\u0269 \u024A \u0229 \u01BA \u013C \u0102 \u01AC \u0127 \u01D9 \u01A2 \u01D3 \u0123 \u018A \u01BA\u01D9 \u0208 \u01A0 \u016A \u022E \u0173 \u0246 \u0191 \u0175 \u01B7 \u01AB \u01D6 \u01D6 \u0203\u0119 \u015E\u0198 \u0235 \u010B \u0114\u0242 \u0251 \u0153 \u0206 \u01AD \u0217 \u01EE \u0137 \u0106 \u0153 \u019B\u0142 \u010C \u01D0 \u01C6 \u01B9 \u01AB \u0142\u0132 \u0151 \u0259 \u025A \u0181 \u019B \u0107 \u0176 \u01A9 \u0123 \u0189 \u0273 \u015E \u025A \u0121 \u0136 \u0279 \u0104 \u0273 \u01A4 \u020C \u020C \u0145 \u0182 \u01A8\u01DF \u0242\u011D \u0193 \u0104\u020D \u010B \u019F \u019F \u0218\u019F \u019B \u014D \u017C\u01A7 \u017C \u01F3 \u0219 \u013C \u0199 \u0201 \u01F3 \u0171 \u011B \u0133 \u0198 \u0213 \u025A \u010E \u0104\u0213 \u0266 \u0100\u022C \u0117 \u01BB \u01B9 \u020A \u011B \u01C6 \u015B\u017A\u0162 \u01F3 \u0220 \u0116 \u01CA \u0200 \u0226 \u015E \u01AC \u0220\u018A \u0151 \u01C1 \u01A2 \u0128 \u01F2 \u014E \u01FD \u0181 \u0210 \u012E \u01D6 \u0123 \u01F3 \u0136 \u01CA \u0225 \u0225 \u022A \u0138 \u0131 \u0226 \u0130 \u01AC \u0123 \u0210 \u0134 \u010A \u0118 \u017E \u010D \u021C \u021C \u014D \u0100 \u0158 \u022B\u0104 \u0133 \u021C \u0144 \u0144 \u0275 \u0100 \u0144 \u01A4 \u0275 \u022F \u024E \u01D8 \u022F \u0100 \u0142\u012A \u01B1\u01FC \u0165 \u020A\u0152 \u014B\u012C \u01F0 \u016B \u01E2 \u0168 \u0276 \u018F \u013A \u023E \u0108 \u01AE\u0227 \u016A \u0249 \u0108 \u0166 \u0151 \u025D \u010A\u0208 \u0157\u010A \u01EB \u017C \u017C \u011B \u0179  \u01C4 \u01C4 \u0106 \u0221 \u0221 \u0149 \u01A6 \u01AB \u0171\u018E \u01DA \u01BA \u021F \u013A \u014C \u0141 \u0195 \u016F\u01FA \u0245 \u0118 \u0248\u01FA \u021F \u016C \u0123\u0248 \u01BB \u0100 \u01D2 \u0156\u01B8\u0108 \u017C \u0239 \u012E \u0167 \u0156\u01B8\u0108 \u0134 \u027B \u017B \u0265 \u019B\u01BF \u0123 \u023B \u01F6 \u0106\u010E \u013B \u012C \u016A \u0199 \u01B9 \u01CD\u01F6 \u0166 \u027C \u0265 \u0106\u0115\u016A \u0238 \u0143 \u01FA \u0100 \u020A \u0248 \u024A\u021C \u01FA \u0151 \u0201 \u01EF \u019E \u01AC\u0279 \u01B7 \u01B9 \u0213 \u01C2 \u0247 \u025F\u0252\u021F \u0213\u0105 \u013C \u0213\u0105 \u020A \u017B \u017C \u0167 \u020A \u0118 \u0199 \u01A6 \u01BB \u0159 \u017C\u01AA \u01AF\u015A \u01AF \u0101\u01BA \u013B \u015E \u0198 \u0189\u012B \u0126 \u027D \u018B \u014E \u018A \u0193 \u010E \u027E \u015A \u01EF\u019D \u016D \u018C \u021C \u013A \u0140 \u0135 \u017E \u013A\u0122 \u0137 \u0123 \u0173\u012B \u01A0 \u012A \u0268 \u0237 \u010E \u0244\u016F \u012A \u0141 \u0181 \u0167 \u0194 \u0110\u019D\u0117 \u01AD \u0147\u0162 \u021C \u027F \u0123 \u015D\u01E0 \u01A1 \u0199 \u01BB \u0105 \u013D \u012C \u010A\u0208 \u019C \u013C \u0105 \u0161 \u0237 \u0134 \u01B2 \u01B4 \u0132 \u01BC \u0171 \u013B\u01B2 \u0208 \u016C \u018A\u01AE\u01A4 \u0142\u0100 \u01E5 \u0235 \u010B \u0106 \u01BB \u017F \u0115 \u01E5 \u01C1 \u01A4 \u0145 \u0102 \u021D \u01B3 \u0176 \u013A \u018F \u0188 \u0188 \u0118 \u0230 \u020C \u0195 \u0217 \u012B \u01B1 \u011E \u01CF \u0136 \u0188 \u0116 \u020C \u025E \u017E \u0141 \u011D \u020A \u0153 \u010E \u0112 \u0152 \u0239\u01A6 \u01F6 \u0172\u01E1 \u01C4\u0237 \u0148\u0176 \u0198 \u0198 \u0100 \u024C \u0142 \u01D9 \u010E \u018A \u0174 \u01E6 \u01E8\u01AC \u01D2\u0144 \u0123 \u01CB \u0223 \u019D \u01E5\u0128 \u0122 \u0123 \u018B \u018A\u017F \u0149 \u0118 \u0161 \u01CD \u0188 \u01F8 \u0136 \u018C \u01C7 \u0206 \u0128 \u0280 \u0172 \u0159 \u014A \u018A \u01BD \u0138 \u011F\u014D \u016A \u024E \u013A \u015F \u013C\u0235\u0176 \u0136 \u022B \u0257\u01D1 \u0257 \u0177 \u0281 \u01CF \u01E0 \u0105 \u015D\u020E \u0241\u01BB \u022D\u0168 \u01F6 \u017F \u0142 \u0109 \u019B \u021C \u01E5 \u025E \u01DF \u0217 \u0111 \u013C\u0105 \u0123 \u013C \u0151\u01A2 \u0123 \u0105 \u011E \u0105 \u01C7 \u0138 \u018A \u0116 \u01B5 \u0279\u0282 \u0106 \u018A \u0132 \u011D \u0191 \u01D6 \u01A2\u01E5 \u01E5 \u01E5 \u0206 \u0111 \u011C \u0241\u019D\u010F \u0116 \u0252 \u01FB \u018F \u010A \u01EE \u01E1 \u0153 \u0106 \u01A7 \u013A\u0193 \u0197 \u0197 \u01F3 \u01EF \u01EF \u012B \u01BA \u01B2 \u01CD\u01F6 \u0137 \u01EA \u0137 \u015E\u0181 \u01B9 \u01CF \u0144 \u010A\u01C7 \u01D1 \u01BB \u0149 \u01B4\u0113 \u0257\u0249 \u013A \u0137 \u0185 \u0283\u01D5 \u0220 \u01EA\u0275 \u0149 \u0128 \u0116 \u0138 \u01B9 \u018A \u0239 \u0239 \u01FC \u0130 \u017F \u0177 \u0200\u0195 \u0141 \u013C \u01E0 \u01FF\u0257 \u0156 \u016C\u0105 \u01A4 \u0105 \u0136 \u019B\u01BF \u024F \u0235 \u0135 \u01FD\u0284 \u0178 \u01A7 \u0197 \u015E \u01FE \u0194 \u013A \u012B \u0202 \u0100\u019D \u012A \u0235 \u0201 \u0111 \u01D5 \u01FC \u01AE \u012B \u0136 \u0235 \u0208 \u0102 \u0119 \u01BF\u0118 \u016A \u017C\u013D \u017B \u0157 \u0230 \u011E \u01E3 \u0136 \u01C7 \u01E4 \u0144 \u0213 \u012B \u01C9 \u01A4 \u016C\u0105 \u0161 \u0165\u027C \u0141 \u0117 \u0151 \u0208 \u01FC \u0209 \u015A \u01AD \u022E \u0235 \u0129 \u0213 \u0140 \u01C4 \u0166 \u0178\u017F \u0156 \u027A \u01D9 \u0208 \u012B\u015F \u0209 \u01CB \u01FC \u010E \u01EB \u0285 \u018A \u0248 \u014B \u0246 \u0249 \u01EE \u01A2 \u0117 \u025E \u0100 \u0216 \u0105 \u0210 \u01AE \u0217 \u0100 \u010C \u016E \u01C6 \u01B2 \u0138 \u019B \u0161 \u0123 \u0181 \u0114 \u0191 \u0180 \u0109\u01E0 \u0284 \u0148 \u010B \u013E \u0144 \u0144 \u0213 \u0284 \u025A \u0140 \u0139 \u01B1 \u013C \u0104 \u013D \u01C0 \u0194 \u018A \u018A \u010B \u0163 \u017B \u0239 \u0161 \u0219 \u0142 \u01A4 \u0100 \u0239 \u0151 \u0166 \u0280 \u0151 \u0123 \u0130 \u0172 \u0235 \u0193 \u0193 \u018A\u0123\u0181 \u0100 \u01A7 \u0172 \u013A \u0118 \u01BB \u020C \u0168 \u025A \u017B \u0222\u0265\u01AE \u01A1 \u0285 \u011D \u0100 \u020F \u01A2 \u0281 \u01C5 \u010B \u01CE \u0113 \u0181 \u01B6 \u0105 \u025E \u0209 \u015A \u013B \u0123 \u021F \u01FC \u015E \u0285 \u0147 \u01FC \u0111 \u01BB \u010B \u017F \u01CF \u01B2 \u0237 \u022E \u0208 \u0220 \u0123 \u0251 \u018F \u0172 \u0281 \u0220 \u015E\u018A \u01FC \u0251 \u016A\u01A7 \u0265\u01CD \u01D4 \u0138 \u0159 \u0123 \u0133\u0257 \u0220 \u0188 \u012B \u0162 \u0162 \u01F5 \u0167 \u0140\u0188 \u0188 \u01D8 \u026B\u01AC \u013A \u01F0\u017A \u0188 \u01E1 \u01A1 \u0221 \u011E \u021F \u01C9 \u010E \u01B1 \u01AF \u015B \u0122\u027F \u0114 \u0173 \u0159 \u026B\u01AC \u0249 \u0150 \u011C \u015E \u0153 \u0130\u020F \u0128 \u0188 \u01B2 \u013A \u0188 \u0138 \u015B \u017A \u015A \u013B \u014F \u014F \u01FC \u0159 \u0111 \u01C5 \u0209 \u0189 \u0161 \u016B \u0222 \u0105 \u022F \u01D5 \u022C\u0156 \u01F8 \u010A \u024F \u0141 \u018C \u0100 \u0137 \u0236 \u01D4\u013A \u0133 \u0200\u01F3 \u018C \u01F1 \u012D \u01B4 \u0101 \u010A\u0208 \u0100 \u01C9 \u0118 \u0118 \u0228 \u017F \u022B \u01AE \u0118 \u0122 \u0265 \u0100 \u01CE \u0118 \u018A \u01D3 \u011F \u0276 \u01D3 \u01E1 \u0187 \u0143 \u01C9\u0118 \u0173 \u0123 \u01E1 \u0156\u012B \u017F \u01AB \u0209 \u0201 \u01D4 \u0233 \u0286 \u019A \u01EB\u01A3 \u01FB \u012B\u0204 \u010E \u0208 \u010E \u0149 \u01D4 \u0233 \u0179 \u01C1 \u01D9 \u0198 \u013A \u01C5 \u011A \u0265 \u0235 \u0178 \u0109 \u0105 \u0118 \u01C5 \u0181\u0178 \u01C5 \u0142 \u0105 \u01C9 \u0286 \u01C5 \u0178 \u010B \u018B \u0206\u0116 \u0231 \u0178 \u0144 \u013C \u0163 \u0118 \u01C5 \u016B \u017F \u0136 \u016A \u0286 \u01A7 \u0163 \u01E8 \u0265 \u0100 \u0100 \u01C9 \u0178 \u0228 \u01C9 \u012C \u01D8 \u0229 \u011E \u01AC \u01F2 \u0278\u01F7 \u0229 \u022F \u0252 \u012C \u0114 \u013A \u01C2\u011B\u0100 \u023F\u022B \u020A\u025A \u020A \u0114 \u0136\u0105 \u0218 \u01AC \u0153\u0133 \u0229 \u01F2 \u01E1 \u012B\u010E \u01BD \u0164 \u0164 \u0164 \u01B8 \u0198 \u0153 \u01AB \u0107 \u0107 \u010B \u01B8 \u0191 \u0163 \u018A \u018A \u01EA \u016D\u0122 \u016D \u0122 \u0163 \u0163 \u0141 \u0221\u024E\u0225\u014B \u016D \u016D \u016D \u01B8 \u0141 \u017C \u0166 \u012A \u0126 \u0160 \u01B1 \u0160 \u01DF \u0160 \u0160 \u0118 \u0149 \u01AD\u01AA \u0103 \u01B2 \u0181 \u0136\u0100 \u0285\u0168 \u0116 \u0117 \u0271 \u0151 \u01BB \u0116 \u012B \u01BA \u01B5 \u01BF \u012B \u013C \u019E \u0118 \u0118 \u014A\u011A \u010E \u016A \u01D9 \u0151 \u01B2 \u01C0 \u0151 \u0136 \u0217 \u01E5 \u0206 \u011A \u01BF \u01EF \u0153\u0133 \u016A\u01BF \u022C \u01D6 \u01D6 \u0151 \u0271 \u01D6 \u0116 \u016A \u0116 \u0162 \u0163 \u0162 \u0153\u0133 \u0151 \u01AA\u0212 \u0254\u0236 \u01B2\u010E \u020C \u01C7 \u018A \u0138 \u01D5 \u01A7 \u01A7 \u018C\u0225 \u0100 \u0106 \u017E \u013C \u0109\u01D5 \u017F \u0105 \u0165 \u0168 \u0106\u0238 \u017E \u0147 \u01B3 \u0141 \u0196 \u0128 \u013C \u012B \u01E5 \u010E \u015E \u0199 \u010A \u0106 \u0250 \u015E \u0106 \u018B \u012B \u01B5 \u0170 \u018A \u0213 \u0220 \u01F2 \u0134 \u01BE \u01BE \u0195 \u0116 \u0170 \u022B \u01C4 \u015B \u0252 \u0138 \u01CE \u01B5\u0116 \u0123 \u013A \u01A3 \u0156 \u018F \u013D \u0117 \u0213 \u018E \u012E \u0147 \u01B5 \u0144 \u0252 \u021D \u01D5 \u01CE \u018F \u019B \u014A \u011D \u01C0 \u0166 \u01A3 \u0157 \u018D \u015B \u0100 \u01E2 \u01C1 \u0134\u022B \u01F7 \u01E5 \u013A\u014F \u01AC \u01C3 \u01D6 \u027B \u0164 \u0112 \u01CD \u011D\u018D \u0100 \u0176 \u0118 \u01D5 \u0136 \u0265 \u0142\u0118 \u01D4 \u0223 \u0145 \u018D \u0136 \u0122 \u0234 \u0108 \u0138 \u0141 \u0104\u0172 \u0102 \u0159 \u0172 \u01E5 \u01E5 \u0105 \u016A\u011B \u010F \u0104 \u0276 \u012C \u012C \u0249 \u0138 \u0122 \u018A \u0209 \u01F2 \u017F \u011F \u022C \u023C \u01E8 \u0245 \u0108 \u0149 \u013C \u0246 \u01D0 \u0148 \u01D1 \u018A \u020D \u01F5 \u0228 \u0228 \u0189 \u0131 \u0239 \u0116 \u01D1 \u0106 \u021D \u0275 \u0275 \u01E9\u01A9 \u01B1 \u01A9 \u0128 \u0128 \u0170 \u0185 \u0185 \u018F\u01F9 \u0162 \u017C \u0102 \u0259 \u0149 \u011D \u0109 \u0102 \u0136 \u01E1 \u0117\u01BB \u0123 \u01F8 \u012B \u01B7 \u01E9 \u0162 \u011D \u01C0\u0130 \u01B1 \u0149 \u0188 \u0180 \u0201 \u0105 \u025D\u0136 \u0195\u0200 \u012C \u0119 \u0195 \u01BF \u0100 \u0142\u0118 \u0118\u01C3 \u0187 \u0141 \u01E5 \u0133 \u01D0\u01C0 \u01D6 \u0123 \u0235 \u0109\u0200 \u010E \u010E \u0265 \u0177 \u014D \u0235 \u015E\u01D0 \u013C\u0157 \u0105 \u01F1 \u0220 \u022B\u012B \u0123 \u0123 \u0136 \u01F1 \u018B \u0168 \u0209 \u022B \u0178 \u0105 \u0106 \u0206 \u022C \u01A9 \u0151 \u0247 \u0186 \u0200\u01A5 \u0209\u01FC \u012B \u01A2\u0238 \u022E \u013C \u01F8 \u0103\u0104 \u0188 \u0136 \u01B7 \u01B9 \u023E \u015E\u0178 \u01C6 \u014F \u023E \u010E \u0118 \u01FF \u01F8 \u01F1 \u020A \u0163 \u016E \u0130 \u019B\u01C3 \u0250 \u0101 \u022C \u0206 \u010C \u01C0\u0130 \u01C0\u0130 \u0213 \u0212 \u01B5 \u025A \u0136 \u0232 \u01F2 \u01F2 \u0151 \u0105 \u0117\u019D \u0225 \u0152 \u0271 \u017A \u0178 \u0172 \u0123 \u0148 \u01C0 \u0131 \u0163 \u0163 \u0178 \u0219 \u013D \u0218 \u0172\u0104 \u0162\u0161 \u0141 \u0172 \u0141 \u0162 \u01C0\u020C \u0100 \u015B \u0249 \u011B \u011B \u0100 \u014F \u018A \u010E \u016A\u012B \u022B\u012B \u0161\u0151\u01F6 \u019B\u026E \u0213 \u0232 \u0136 \u0100 \u0209 \u01F2 \u018F \u012B \u0105 \u0147 \u0149 \u015A \u012B \u0138\u0223 \u0151\u0161\u01F6 \u0225 \u0225 \u01B9 \u01FC\u018C \u0151 \u0116 \u0130 \u01FC \u0166 \u0123 \u0136 \u0249 \u01CD \u0190 \u0287 \u0159 \u01B9 \u01B9 \u014F \u0123 \u0123 \u0123 \u0166 \u0123 \u012F \u01A8 \u012F \u01B4 \u0201 \u0137\u01CF \u01AC \u0190 \u0190 \u0223 \u01D3 \u01BE \u0104 \u0116 \u01D3 \u0116 \u013C \u01B1 \u01B1 \u018B\u01DB\u01B6 \u0119 \u0119 \u010E \u0100 \u011E \u0134 \u0142 \u01BC \u0152\u016F \u0100 \u0181 \u01AC \u01F6  \u01AC \u0181 \u013A \u0205 \u01BB \u0118 \u010F \u0101 \u024D \u0193 \u014F \u0118 \u0199 \u0268 \u0142 \u0151 \u0144 \u0135 \u0136 \u010C \u01A5\u01AF \u018E \u010B\u01C7 \u019D \u0268 \u021A \u013A \u017B \u0142 \u01B4 \u017A \u0142 \u019B \u010B \u0100 \u0100 \u014A \u0234 \u01F6 \u015A \u024D \u018E \u01D9 \u0282 \u0104 \u01D9 \u0118 \u0276 \u0151 \u020B \u018E \u0161 \u0113\u01F2 \u014A \u010C \u0198\u010D \u010A \u018E \u0136 \u0191 \u015C\u0115 \u0106\u010E \u0180 \u0259 \u0157 \u0133 \u01DD \u01D9 \u0102 \u01D4 \u0136 \u0197 \u013A \u0100 \u020B \u014A \u01C3 \u01D3 \u0129 \u0201 \u0248 \u01D4 \u0156 \u0224 \u01A7 \u012A \u020C\u0104\u017F \u0217 \u0176 \u01EE \u0259 \u0180 \u0176 \u020B \u010C \u0137 \u0130 \u013A \u0142 \u0144 \u0193 \u021C\u0215 \u01BB \u01BB \u010C \u01D4 \u0104 \u0130 \u0199 \u0221 \u020B \u0113\u01F2 \u0150 \u0165 \u012B \u018A \u0220 \u0160 \u014A \u024C \u0198 \u011A \u011A \u01CF \u0160 \u0141 \u0265 \u0122 \u0122 \u010E \u01E6\u01D5 \u0117 \u0177 \u0180 \u01E6 \u021C \u013F \u0179 \u01BB \u0178 \u019F\u0254 \u0215 \u0161 \u0128 \u01B0\u0177 \u012B \u01A4 \u01D6 \u013C \u021C \u01E7 \u01FC \u019B\u026E \u023B \u01B9 \u0128 \u0194 \u023C \u01B6 \u013A \u018D \u014B \u01EF \u0152 \u0100 \u0142 \u01CE \u0142 \u01A3 \u0237\u017C \u01BE \u01E1 \u022C \u0161 \u01E7 \u024E\u0221\u014B \u0177 \u0122 \u010F \u011A\u014A \u011F \u01D1 \u01BB \u010E\u023E \u01D5 \u0153 \u016E \u01C6 \u013D \u01F8 \u0153 \u0179 \u0105 \u0105 \u0194 \u0207 \u01DA \u0152 \u01EF \u0126 \u01E5 \u0161\u0136\u01A7 \u022E \u015C\u0108 \u017B \u0246 \u0207 \u0142 \u010F \u0179 \u0126 \u0126 \u0181\u0178 \u0213 \u0270 \u0206 \u0149 \u0163 \u018E \u01D6 \u0100 \u0165 \u0130 \u022C \u011E \u01A1 \u0194 \u0191 \u013C \u01EF \u01E6 \u01E7 \u01A8 \u01BB \u025A\u0269 \u016A \u0131 \u0131 \u0163 \u01D6 \u010E \u01FC \u018A \u0177 \u01C6 \u0138 \u0177 \u0149 \u01AC \u0123 \u0177 \u019B \u0252\u01ED \u0198 \u01A7 \u013B \u01A7 \u01D3 \u024C \u0238 \u01E2 \u0100 \u0106 \u01DC\u0225 \u0199 \u0116 \u0123 \u0100 \u024A \u01BB \u0100 \u0100 \u0164 \u010D \u0118 \u0164 \u0118 \u0118 \u01D3 \u019E \u0149 \u0144 \u013A \u018C \u013C \u01DF \u01AD \u020A \u0134 \u017F \u019B\u01BF\u01DF \u010C \u0162\u010C \u0248 \u013A \u019B \u01D4 \u018A \u0144 \u0190 \u01AF \u0137 \u01D9 \u0100 \u01D4 \u01CD\u01F6 \u010A \u01BD \u01FF \u01AE\u0208 \u0137 \u019E \u010C \u020A \u025A\u020A \u0175 \u01F3\u0135 \u025A\u020A \u01BB \u01BB \u01C2 \u0135\u01F3 \u0198 \u01C4 \u0127 \u0145 \u01BB \u0233 \u0198 \u023A \u01E1 \u0135\u01F3 \u0259 \u025A\u020A \u018C \u01D4 \u0259 \u010A \u0162 \u010E\u015B \u010E \u0161 \u0200 \u01D6 \u01D6 \u0242 \u01A7 \u0142 \u01A7 \u01A7 \u0100 \u0100 \u0100 \u0100 \u0147 \u01A6 \u020C\u018A \u01CF \u01A0 \u018D \u0123 \u0123 \u0105 \u01AD \u01FB \u01EE \u019E \u019A \u0175\u020B \u01C6 \u0216 \u010C \u01FC \u01AD \u01AD \u0132\u017A \u013D\u0100 \u010E \u014B\u019C \u012A \u0100 \u016D \u01AA \u01BB \u019B \u018F \u013A \u016D \u0102 \u01E4 \u016D \u0137 \u018E \u0151 \u01AC \u01CC \u0195 \u01CA \u01D6 \u01DD \u01C7\u016D\u0156 \u011F\u0102 \u0142 \u01A4 \u0137 \u022C \u011C \u011C \u01D1 \u011C \u026E\u026F \u01ED \u0151 \u011D \u010E \u0191 \u0142 \u011C\u01F1 \u01B4 \u01D1 \u0105 \u016A \u012B \u0198 \u0118\u01BF \u0156\u0108 \u01E2 \u0201 \u013A \u01AC \u0136 \u014B \u0141 \u0136 \u0151 \u0102 \u0216 \u01BF\u01AD \u026E \u0142\u0102 \u0142\u0102 \u023A \u026E \u0228\u012A \u01AA \u0172\u0141 \u01A7 \u0172 \u01A7 \u0235 \u0225 \u0152 \u01C9 \u01B5\u0116 \u01A1 \u01A1 \u01BB \u0100 \u0146 \u017E \u01F2 \u0101\u0177 \u0112 \u010E \u017E \u017E \u0130 \u01F3 \u0288 \u0288\u0289\u01DF \u0160\u0109 \u0100\u0106 \u021F\u0118 \u01D8 \u0142 \u016D \u024E \u0151\u0223 \u0193 \u01FC \u01BA \u021D\u01A0 \u021D\u01A0 \u012A \u0228 \u013C \u010E \u013C \u0151 \u0156 \u0122 \u010A \u011C \u01F8\u012A \u01A8 \u0105\u0153 \u01E2 \u0142 \u0106\u0118 \u01A9 \u01AB \u021F \u0254\u0236\u019F \u015E\u0178 \u024C \u01EA \u0227 \u027F \u012E\u016D \u018A \u01A1 \u016E\u016F \u0144 \u0238\u0151 \u0199 \u01CA \u021F \u01F8 \u013C \u0203 \u0191 \u0215 \u0116 \u0100 \u01C9 \u0190 \u021D\u017D \u019D \u01BE\u0143 \u028A \u0195 \u0233\u0116 \u01B3 \u01AF \u0249\u027F \u0102 \u0268 \u010F \u021A\u01C0 \u0144\u01B1 \u0144 \u01E4\u0116\u01E9 \u0171 \u017B \u011E\u021E \u0122\u0113 \u019B \u018E \u0100 \u022C\u01C3 \u0122 \u013A \u010E \u0175 \u01CF \u0208 \u01B2 \u014C \u013A \u0151 \u01BB \u0122\u0141 \u0115 \u01AE \u011C \u011A \u0201 \u01A4\u015B \u0165 \u01BB\u0117 \u0153 \u0151\u0153 \u01F3 \u01C6 \u01F1 \u0229 \u01D4  \u0100 \u0118 \u0284\u0274 \u01AC \u0118 \u0151 \u0148 \u0174 \u012E \u01D7 \u0142 \u016A \u017B \u01CE\u0141 \u0201 \u01C3 \u014E \u01F5 \u0161 \u0174 \u0151\u0106\u01A4 \u01E1\u0172 \u0153 \u011E \u0144\u01D2 \u0119 \u0195 \u01A7 \u01A7 \u01AD \u0156 \u0100 \u0227 \u014C \u0131 \u01A7 \u0188 \u01A4 \u01AD \u0107 \u01AF \u01CC \u027B \u022B \u011D\u018D \u01BA \u01D3 \u01CD\u0114 \u0151 \u0234 \u0147 \u0175 \u0266 \u026E \u01A7 \u01E5\u013C \u0119 \u018D \u0123 \u0238 \u01DA \u0249 \u0167 \u024E \u01C6 \u01C6 \u0208\u01F6 \u0117 \u0275 \u0104 \u0147 \u0105\u0153 \u022C \u012B\u022B \u0151 \u013E \u0131 \u01BF \u0109 \u014E\u0172 \u0115 \u01BF \u010F \u0100 \u015E \u01A7 \u0151 \u01F0 \u0217\u017D \u0100 \u0174 \u01F8 \u01CD \u011F \u0166\u0138 \u013C \u013C \u0122 \u0138 \u0121 \u0265 \u011C \u0100\u024C \u0147 \u0138 \u0274 \u0249 \u01E5 \u020D \u01AE \u015E \u013C \u021D \u011C \u01EF \u01F0 \u026E \u01A9 \u0191 \u017D \u0138 \u010E \u012D \u012D \u01CF \u01F2 \u0106 \u01F5 \u01BA \u0185 \u0151 \u01D0 \u0125 \u01B2 \u0179 \u0113 \u019F \u0259 \u01C0 \u0137 \u010A \u0208\u010A \u0181 \u010E \u0220\u0131 \u0105\u01A4 \u01A6 \u01C1 \u01CD\u01F6 \u0135\u01F3 \u01BF \u01BF \u024C \u016D \u0257\u01F4 \u0144 \u01EA\u017D \u0151 \u0191\u01A5 \u01A1 \u0136 \u01A7 \u01E5\u013C \u015F\u022A \u01F1 \u0198 \u01C6 \u01B9 \u0116 \u020F \u011F \u026E \u01F0 \u0115 \u020F \u0135\u0171 \u012D \u017C \u0249 \u0167 \u0152 \u0279 \u01C3 \u0201 \u01FE \u0222 \u026A \u01CF \u01DA \u01E2 \u021D \u01F1 \u01BF\u0118 \u0104 \u0113 \u01F0 \u01AE \u0136 \u0127 \u015E \u0136 \u0105 \u0105\u016C \u01BB \u01AE \u0265 \u021D \u01BB \u0100 \u0111 \u01C6 \u0238\u0106 \u0200\u01A5\u0107\u0195 \u0149 \u01E5 \u01AB\u01A1\u0135 \u0157 \u022B\u0234 \u022B \u0105 \u01A2 \u0115 \u0123 \u020E \u0160 \u0167 \u011C\u01F8 \u021E\u011E \u01F9 \u0199 \u01FC \u0166 \u0166 \u020D \u01D3\u018C \u0167 \u01EB \u027E\u01EB \u0106 \u0141 \u01F8 \u0201 \u010E \u01B1 \u0116 \u0215 \u01B2 \u016A \u0238 \u0102 \u01C6 \u0212 \u01AC \u017F \u017A \u0238\u0151 \u0208 \u0151\u016A \u01EA \u01C6 \u0195 \u0138 \u0212\u027A \u0248 \u0149 \u01B6 \u01A4\u0165 \u0115\u015E \u021F \u0201 \u0167 \u017F \u01CB \u01D3\u018C \u01C2 \u0212\u011C \u0216 \u0176 \u0176 \u0259 \u01AD \u020F \u020F \u020F \u01A9 \u021D \u0288 \u010C \u018D \u0213 \u0251 \u0217 \u012D \u020D \u0211 \u0126 \u01A7 \u0238 \u017B \u0203 \u01F8 \u0181\u0178 \u0149 \u01D6 \u0107 \u0136 \u0242 \u0217 \u015E \u01C2 \u01C6 \u0179 \u016E \u019B\u01AD \u0142\u013E \u0206\u01D6 \u01F6 \u0106 \u0106 \u0105 \u014A \u0163 \u011C \u0122 \u0228 \u0142 \u018D \u011F \u0106 \u01B5 \u0175 \u01F0 \u023A \u0222 \u0172 \u0273 \u01AD \u017B \u014A \u0166 \u01A7 \u0104 \u011F\u0219\u0102 \u0149 \u0149 \u0151 \u0151 \u0135\u0171 \u01F3 \u017C \u0229 \u0229\u019F\u0254 \u01EB \u0162 \u01DA \u01E1\u0172 \u0193 \u0199 \u0148 \u0148 \u0228 \u0109 \u0106 \u018A \u021D \u0137 \u0163 \u013C \u020F \u0162 \u01E4 \u018A \u01F3 \u014D \u0117 \u0100 \u0165 \u018A \u0249\u0155 \u0135 \u01F3 \u0137 \u01F8 \u0109 \u010E\u0172 \u0136 \u01AE\u0265 \u011D \u0178 \u0178 \u0116 \u0212\u027A \u0266 \u016A \u01FC \u0213 \u0157 \u0100 \u0131 \u0269 \u01E8 \u01CA \u017D \u0220 \u01A2 \u0131 \u0123 \u0259 \u0108 \u01AD \u0105 \u0149 \u018E \u0221 \u01A2\u0100\u01B2 \u0221 \u0229 \u0106\u010E \u010B \u0220\u018A \u017D \u0113 \u0142 \u020E \u020E \u0123 \u0195 \u017A \u0142 \u012E \u012E \u0122 \u013A \u022E \u0150 \u011F \u01A7 \u0130 \u0221 \u0220 \u01CA \u01AE \u0226 \u0130 \u010E \u0116 \u0265 \u01C2 \u0100 \u017B \u01E0 \u01D4\u010B \u01A5 \u0162 \u0170\u021C \u0170\u021C \u021C\u0170 \u0127 \u0147 \u013C \u0198 \u01A4\u01B5 \u0153 \u0209 \u0151\u0144 \u011F \u0197 \u012B \u0127 \u0198 \u025A \u01A6 \u025A \u01C0 \u011D \u0106 \u0156\u01B8 \u01C3 \u028B \u0156 \u010E \u0142 \u01D0 \u010E \u0166 \u0112 \u0219 \u01C0 \u025A \u0127 \u0198 \u012B \u0105 \u0198 \u0123 \u01D6 \u0151\u0144 \u01C0 \u0144\u0151 \u0151\u0144 \u0257 \u018E \u01B5 \u0144 \u0144 \u0144 \u01E5 \u0118 \u01BF \u0157 \u0144 \u0138 \u019C \u015F \u01E2\u01E3 \u01B9 \u01DE \u0107\u01DE \u0100 \u0100 \u020C \u0144 \u01EF \u0123 \u022F \u022F \u01FB \u0143\u0205 \u0119 \u0146\u0138\u01FB \u0182 \u0134\u0268 \u0171 \u0183 \u0193\u013A \u015A \u0187 \u013D \u010C \u019E\u019B\u0147\u0138 \u016E\u0170 \u0105\u013C \u0105\u013C\u01E7 \u0109 \u017F \u018B \u013D\u01AD\u0100 \u01B1\u012B\u0151\u0127 \u0233 \u013C \u028C \u015E \u0142 \u017E \u0270 \u017D \u027A \u0195 \u027F \u01B3 \u01AA \u0280 \u0151\u018B\u0106 \u015E\u0178 \u01B3\u0129 \u0156 \u0105 \u013A \u0134\u0213 \u0151\u013E \u0117 \u0142 \u0142\u026B\u01D0 \u01E5 \u028C \u01BC \u011F \u010E \u0123 \u012E\u016D\u0187 \u01E2 \u0190 \u0116 \u01A0 \u0144\u01B1 \u0147 \u0162 \u0134 \u0178 \u0135\u017F \u0102 \u0167 \u010A \u0256\u01B2\u022A\u015D \u0100 \u0153 \u028D \u0241 \u016C \u0154 \u016E \u013E\u01C2 \u0241\u013A \u013A \u023B \u0134 \u0213\u027F \u0180 \u0242 \u0233 \u0185 \u025A\u011F \u0167 \u0144 \u01C9 \u011A \u0142\u016B \u0175 \u01E0 \u010F\u0182 \u0117 \u021F \u0141\u0248 \u01D9 \u0143 \u0195 \u01C9 \u01C1\u0234 \u01B2 \u011B \u019B \u01AD \u0117\u019D \u0156 \u010B\u0140 \u0235 \u01AB \u0128 \u0113 \u01B5 \u021D \u0133 \u0156\u0128 \u013A\u01BB \u0143 \u0133 \u0135 \u01DB\u0272 \u0176 \u024C \u0240 \u013A \u023B \u01B3\u0129 \u01ED \u0131 \u015D \u014C \u015E \u0116 \u013D\u0189\u0142 \u0134 \u013D \u013D \u0213\u027F \u0116\u01C4 \u0132 \u025E\u0129\u0193 \u01BC \u01B0 \u01B0 \u019B \u01B2 \u0116 \u0270 \u0225 \u0198 \u0234 \u01C6 \u0220 \u01C5 \u017A \u0180\u016B \u015E \u01CC \u0270\u0231 \u0118 \u012B\u0156 \u0102 \u0274 \u01D3 \u01D3 \u01CD \u028E \u01D8\u0218 \u0205\u0204 \u0103 \u0100\u01AD\u0173 \u016A \u01DA\u0269\u0257 \u01A7 \u025E \u028F\u011B \u0118\u01C2 \u015D \u01B0 \u01AD \u0231 \u0142 \u0270\u01E6 \u017C \u017C \u0142 \u0115 \u01D5 \u01DC \u01D9 \u0127 \u0172 \u01D2\u01E7 \u011D \u015D\u015A \u01CE \u0223 \u0143 \u01D6 \u01C3\u01C2 \u01C7 \u0162 \u0223 \u0116 \u0142 \u0159 \u0128 \u0197\u028D \u0189 \u016A\u0156 \u0249 \u0200 \u0172 \u0102 \u010E \u01A7 \u018A \u0105 \u01A2 \u013D\u0282 \u020E \u023E \u017A \u023C \u01BF \u01D9 \u011F \u015F\u015C \u0192\u015C\u015F \u0244\u015E \u0235 \u01DC \u0116 \u020B\u0175 \u0198 \u0100 \u0177 \u020C \u01FF\u0290 \u010A \u016A\u0156 \u018B \u0175 \u0172\u01E7 \u013C \u01E8 \u0126 \u018D \u0275 \u01A6\u01AD \u022C\u0153\u018B \u0132 \u0241\u013A \u01D6\u01F7 \u0134 \u0109 \u01BD \u014F \u01F6 \u0180 \u0153\u01F8\u0207 \u011B\u0105 \u0162\u0132 \u010F \u010A \u010F\u0182\u0142 \u0218 \u011B \u016B \u01D6 \u0207 \u013D\u0282 \u0148 \u026B \u020B \u0198 \u0265 \u01F2 \u0136 \u010A\u0105 \u0178 \u0175 \u01C2 \u0223 \u021D \u017D \u013A\u010F \u01B0 \u0116 \u01F2 \u01F7\u0197 \u01A2 \u01F6\u01CD \u0147 \u01F1 \u01AB\u01BA \u01F4 \u012B \u022C \u01FA \u015D \u024C\u014F \u01FF\u0136\u026A \u01BE \u0197\u0108 \u0106 \u018A \u011F \u01B9 \u027A \u0185 \u0179\u015E \u0170 \u017C \u022F \u019E \u0241 \u019B \u010C \u01EA \u010E \u0248 \u0234 \u0106 \u01ED \u0153 \u015E\u010A \u018F \u011B \u0128 \u0162 \u0102 \u0121 \u0231 \u014F\u01B2\u0100 \u01A6\u01A4 \u0123\u020C \u0102\u0101 \u0278 \u01FB \u01F3 \u01AA \u011A \u012B \u01BF \u01F5 \u01DF \u0123 \u023E \u027C\u01B4\u0113 \u0116 \u01BA \u015E \u0266 \u01B0 \u0268 \u012B \u01D6 \u0259\u014C \u01CB \u012B \u0142 \u0135\u020C \u0221 \u0130\u018A\u020F\u020C \u027A \u012D \u0175 \u0208 \u020E \u0198 \u0102\u0244 \u0126\u0122 \u0198 \u0105 \u0123 \u0166 \u01E0 \u018C \u024F \u0117\u01AA \u0136 \u021E\u01F1\u01FB \u027C \u01AE \u0194 \u01BF\u019B \u014F \u018B \u0118 \u01F1\u01F8 \u01D9 \u0100 \u01AC \u0201\u01C6 \u01E2 \u0195 \u0265 \u0123 \u0204\u0243 \u01D5 \u01A4\u0116 \u0128 \u0197 \u022B\u0234 \u0267\u0242\u0279 \u010E \u019B\u01BF \u0240 \u0240 \u011F \u0238 \u0126 \u0126 \u022C \u012B\u0106 \u01A7 \u0169 \u0228\u011D \u01E1 \u01C3\u01C2\u011B \u016A \u0208 \u0198\u015E \u011B \u018B \u0143 \u01F0 \u0141 \u0136 \u01B7 \u0220 \u01A0 \u0178 \u0130 \u0127 \u0206 \u01F1 \u0169 \u0172 \u01C4 \u0178 \u0209 \u020D \u0113\u027C \u0267 \u01C0 \u026B \u026B \u017A \u0165 \u0209\u0155 \u0175\u020B \u023E \u027A \u022B\u01E5 \u0141 \u01F2 \u0142 \u01AF\u020E\u0291 \u0240\u016A\u018A \u0198 \u0207 \u0119 \u0245 \u018A \u027E \u0124 \u0181 \u0150 \u01E5 \u01F4 \u020E \u020C \u0189 \u012B\u013E \u01A5 \u0129\u01B3\u0252 \u01B3 \u0171 \u0138 \u0248 \u0144 \u0142\u013B \u01C7 \u0239 \u015E \u01A0 \u025A\u011F \u01BA\u017F \u01D9 \u01E5 \u016A \u015D\u020E \u01CD \u018B \u0143 \u0127 \u013C \u027B \u01C2 \u0170 \u01C2\u014F \u0153 \u01B0 \u0141 \u019A \u0207 \u01F3 \u015C\u0192\u0292 \u0130\u026B \u015F \u0126\u022E\u0163\u0172\u0249 \u0228 \u0215 \u0259 \u011A \u012C\u0175 \u024D \u019B\u022C\u0142 \u0106\u010E\u018B \u0207\u01F8 \u016B \u017B \u011F \u01AD \u012D \u01D6 \u01F7 \u0206 \u01F1 \u0112\u0151 \u0144\u0165 \u0143 \u025A \u01A5 \u0239 \u01A9 \u013B\u0142 \u010B\u0140 \u020A\u025A \u0161 \u01FC \u0142 \u0213\u0104 \u0142 \u014F\u01AA \u0217 \u0130\u020F \u0233 \u0165 \u0269\u01D4\u01EB \u0242 \u0172\u0190 \u010B \u010B \u013E \u0130 \u0244\u015E \u01EE \u020A \u0141 \u01C4 \u015E \u0163 \u010E \u01FC \u0162 \u0139 \u0139 \u0148 \u019F \u018A \u01FD \u0161 \u0204\u028A\u015E \u0100 \u018A \u011F \u011F \u0192 \u0249 \u018C \u011E \u0109 \u0174\u01E6 \u0171 \u0218 \u024C \u0131 \u011F\u0102 \u01A7\u0136 \u021C \u0172 \u010E \u0212 \u0135 \u0135\u020C \u01AA \u017A \u01AA \u0162 \u01E1\u0207 \u0163 \u01FA \u013A \u0104 \u017A \u023E\u01BE \u0132 \u0114 \u0136\u013D \u0182 \u0178 \u019F \u024C \u0239 \u016A \u01D6 \u0172 \u0287 \u0189 \u0109 \u0104\u0141\u010E \u028D\u0197 \u0198 \u0160 \u01C6 \u0210 \u0155 \u01D6 \u020C \u0132 \u0180\u016B \u0182 \u0257 \u010E \u0200 \u0269 \u0212 \u0179 \u0179\u0137 \u0265 \u012B \u0178 \u01A8 \u0135 \u016A \u01C8 \u0117\u017A \u017A\u01B0 \u0213 \u0116\u010E \u011B \u01E5 \u0221 \u0207 \u01D4 \u010E \u021F \u0132 \u01F2 \u01CF \u0220 \u0272 \u0116 \u011B \u015A \u011B \u011B \u01B2 \u01A6 \u012B \u019A \u01C5 \u0127 \u0142 \u0142\u012B \u0270 \u010B \u0198 \u016A \u0240\u0223 \u01F3 \u01B0 \u0207 \u01D6 \u0138\u01F7\u0147 \u0280 \u01BF\u016B\u0142 \u0129 \u0195 \u0210 \u0272\u0192 \u0153 \u0204 \u024C \u018A \u01E8\u019D \u01A6 \u0138\u01F7 \u0240\u01D1 \u0265 \u01FC \u01D6\u01F7 \u0225 \u015E \u015E \u0204\u0287 \u015E \u0220 \u018A\u0198 \u01FC \u0235 \u0226 \u0130 \u0247 \u0287 \u016A \u01C2\u014F \u01F7 \u01E8 \u01D4\u010B \u01AD \u0204\u0287\u0243 \u0159 \u01F3 \u0243 \u0138\u0292 \u01B9 \u01C7 \u0200 \u0172 \u0162 \u0220 \u0138\u01F7 \u0155 \u0142 \u0161 \u0161 \u010E\u0106\u0100 \u01AC \u0182 \u0182 \u022F \u0103 \u0122 \u0112 \u0100 \u01D3 \u0160\u0109 \u01B3 \u019C \u0102 \u0252 \u01B9 \u0233 \u021D \u013C\u01D7 \u01B1 \u01C1 \u01DA \u01E1 \u01D4 \u0165\u022F \u0127\u0259\u01E5 \u019B \u01A4 \u0172 \u021D \u01AB \u0126 \u017F \u017C\u0229 \u0105 \u01AD \u0213 \u01B0 \u01A4 \u0172 \u017C\u0229 \u017B \u014F \u01BB \u0191 \u01B9 \u017C\u020D \u0100 \u0160 \u010D \u022B \u0123 \u019F\u0229 \u0106\u0100\u010E \u016C \u01E1\u015B \u017C\u020D \u0172 \u0137 \u0195 \u0108 \u021D \u0153\u027E \u01A2\u0133 \u0104 \u01A2\u0133 \u0102 \u019B \u01AB \u013A \u0153\u027E \u0163 \u01B5 \u0227\u01AE \u0100 \u0172 \u020C \u0172 \u0132\u0133 \u0100\u0237 \u017B \u01BB \u0138\u021F \u01E1 \u01E1 \u01A0 \u015B \u0106 \u0106 \u016B \u019A \u0172 \u016B \u0246 \u01EF \u01B3 \u01B3 \u0220 \u0105\u012A \u0220 \u0136\u017D \u0154 \u014D \u0163 \u0156 \u0144 \u016A \u0156 \u0105 \u01D9 \u0172 \u0197\u012D \u016C\u01CE \u0154 \u0181 \u01AD \u0149\u0142 \u013A \u025A \u01C0 \u01B5 \u0132 \u01C0 \u0202 \u0132 \u011E \u01A1 \u0132 \u0132 \u0178 \u0131 \u0132 \u0165 \u0202 \u0133 \u019C \u0130\u012B \u016F \u013C\u0105 \u0118 \u019D \u0122\u022E \u0235 \u014B\u020B \u0106 \u01C0 \u0157 \u01D6 \u019D \u0117\u01BB \u022E \u013A \u019C \u01AE \u0137 \u0137 \u01B2 \u01E9 \u01BC \u0100 \u022E \u01BD \u0198  \u0100 \u0106 \u0142 \u0193 \u0216 \u0193 \u01C0 \u01A8 \u0168 \u0105 \u013C\u010B \u010E \u010E \u010E \u01A6 \u0277 \u0135 \u0126 \u0142 \u0211 \u016A \u01CE \u01AC \u01A4 \u01B8 \u0240 \u0160\u0109 \u0109 \u021F\u01FC \u019B \u01A4 \u0130 \u0118 \u012E \u0195 \u0118 \u016D \u021D \u021D \u0254\u0236 \u01FE \u013C \u0167 \u01F0 \u0196 \u0180 \u01B3 \u012B \u0275 \u014D \u0144 \u019C \u014E \u0161 \u0191 \u01AE \u01CB \u01EA \u0199 \u0178 \u0144 \u0100 \u0151 \u01A1 \u0123 \u0180 \u019C \u01F3 \u017F \u0116 \u0195 \u0204 \u011A \u01CF \u01FC \u01AE \u0252\u019D \u01D9 \u018F \u01FE \u014E \u0235 \u01BE \u010B \u01E2 \u01A4 \u01EA \u01BC \u01F1 \u0118 \u0118 \u0105 \u01EF \u0100\u01C3 \u0157 \u01B2 \u0191 \u01A0 \u011D \u01A2 \u011A \u0196 \u01B4 \u0225 \u018A \u012E \u01CE \u0190 \u0118 \u0201 \u0201 \u01AE \u0166 \u01A4\u01D2 \u0172 \u0181 \u0142 \u0181 \u0107 \u018D \u018C \u0123 \u0112 \u0152 \u0292 \u01E1 \u011B \u0167 \u01A7 \u0109 \u0109 \u01E8 \u010A \u018A \u0275 \u01B4 \u0151 \u014D\u011F \u014D \u010F \u013E \u013E \u013C \u010A \u01A7 \u014E \u01AB \u010A \u01BA \u0132 \u0232 \u01B4 \u0182 \u0137\u01FC \u0151 \u020C \u01B2 \u0151 \u0179 \u0106\u0237 \u0137 \u0161 \u0102 \u0100 \u0142 \u01D5\u0123 \u010A \u0131 \u0121 \u011F \u016D \u01E1 \u0204 \u01EF \u01AE \u023C \u0100 \u0108 \u0167 \u01A7 \u01A4 \u021D \u0166 \u011B \u01FC \u0237\u0153 \u0136 \u0153 \u0179 \u0157 \u01E0 \u0198\u0220 \u027D \u01D5 \u0195 \u01FE \u0141 \u015F \u0182 \u01CB \u0172 \u0238 \u014E \u0247 \u0191 \u0106 \u014E \u0123 \u0138 \u01A2 \u010E \u010E \u017D \u0204 \u016A \u014E \u0176 \u0176 \u011C \u01B2 \u010C \u01A7 \u01C9\u0182 \u0109 \u01AE \u012F \u0163 \u018A \u01F3 \u0137 \u0139 \u0131 \u0254 \u0151 \u0100 \u010E \u0201 \u018E \u011B \u011B \u0138 \u01F3 \u018D \u01E1 \u01EF \u017F \u01BC \u014E \u0100 \u0152 \u01CF \u017F \u0172 \u01C9 \u0137 \u0123 \u01A2 \u011B \u015A \u0153 \u0221 \u01AC \u0141 \u0182\u01C9 \u0138 \u01AB \u012E \u01C3 \u0163 \u0123 \u01A6 \u01D6 \u0151 \u0209 \u0225 \u0155 \u01F7 \u0159 \u0292 \u01A5 \u0123 \u0133 \u0147 \u0147 \u01B5 \u011B \u023C \u011B \u0144 \u01C1 \u0153 \u0212 \u0212 \u014D \u0217 \u0273\u0271 \u0271\u0273 \u01BF \u0232 \u020F\u015E\u0198 \u01A4 \u01A7\u01A8 \u0149 \u0115\u01C1 \u0199 \u01BB\u0117 \u0147 \u0122 \u01FD \u0175 \u01B3\u0199 \u013A \u018F \u01EF\u01E7 \u01B5\u01A4\u01FE \u01BF \u01AF \u01CE \u027E \u01D9 \u0246 \u0246 \u01F6\u0232 \u01CB \u0201\u024E\u016D \u016D \u0254 \u0190\u01BC \u010E \u0106\u010E \u01FC \u01F1 \u016D \u018D\u0215 \u0246 \u0148 \u0221 \u0225 \u0176  \u0136 \u010B \u01FA \u0143 \u0133\u0153 \u0153\u0133  \u0133\u0153 \u017E \u0134 \u0182\u0252\u0216 \u017C \u017C \u01F2\u01CE\u0176 \u0138 \u0161\u0119 \u010E \u0126 \u01BB \u01A3 \u011F \u01B6 \u015C \u015A \u0205 \u01CD \u015E \u0105\u013C \u0160 \u013C \u018B \u020C\u015C \u01AC \u0193 \u013C \u0188 \u0138 \u01CF \u01FB \u01D8 \u017E\u0164 \u01BD\u01EE \u013D\u013E \u019B\u017C \u010C \u024E \u01AD \u0100 \u01B1\u0112 \u01D3 \u0237 \u0100\u0142\u0138\u017C \u0106 \u0153 \u0170 \u01CE \u012B \u0111 \u010A \u01D1 \u0126 \u024E \u0195 \u0140 \u0194 \u011E\u0142\u0151 \u0208\u010A \u016F \u01F0\u01EF \u01F0 \u012B \u011D \u0245 \u0141 \u018A \u0165 \u01FE \u0268 \u0153\u0229 \u0239 \u01A1 \u027F\u0113 \u0133 \u0113 \u01F8 \u01B3 \u01F8 \u010E \u0197\u0147 \u0181 \u01C4 \u010E \u0157 \u0117 \u0117\u01D4 \u016D \u0196 \u019C\u011A \u0199 \u0100 \u013A \u01E0 \u0151 \u0144\u019B \u0128 \u0154 \u01A1 \u01D9 \u0141 \u0131 \u022A \u01E5 \u0235 \u01BC \u0259 \u0142\u0106 \u011C\u01F1 \u0167 \u0239 \u014D \u0153 \u0211 \u019B\u017C \u0138 \u01D6 \u0198 \u011F \u01F8 \u025A \u012C \u01C0 \u01E1 \u018A\u01D9 \u01E7 \u014A \u021F\u011E \u0151 \u0142 \u014C \u01E1 \u0156 \u0156 \u01C4\u0116 \u01C9\u013A \u010B \u0100\u016A \u011B \u011B \u0118 \u014F \u01BB \u013D\u017C \u0100\u017C\u0138 \u018F \u011A \u01B2\u01AD \u0240 \u01C1 \u0129\u01B3 \u0193 \u012A \u018E \u01B6 \u0195\u01FC \u013A \u01B0\u017A \u01D7 \u0160 \u0106 \u0230 \u024F \u0157 \u01BD \u01F8 \u013E \u0108 \u0122 \u017F \u0161\u0116 \u013D \u0143\u01BE \u01E0 \u01C5 \u01C6 \u019B\u01AD \u01C3\u0142 \u0143\u01E9 \u018B\u0143 \u0135 \u01B1 \u010F\u0182 \u0126 \u0213 \u013A \u0198 \u0134\u013A\u019D\u017A\u023A \u017C\u01BE\u013C \u022B \u013B \u0133 \u01BB\u023A \u022E \u01DB \u020C \u011E \u0133\u0165 \u01F0\u019D \u0118\u01EF \u014C \u018B\u0143 \u0141 \u011F \u0126 \u0118 \u0142 \u022E \u0235 \u0138 \u0209 \u020C\u0143\u0118\u01DA \u0211 \u01EE \u01C0 \u0142 \u0225 \u011D \u01D6  \u0138\u0147 \u0220 \u01C6 \u0153 \u01AC \u028E \u0106\u0115 \u01AB \u0106\u0151 \u0138 \u0100 \u0152 \u01D9 \u0138 \u0269 \u0231\u0270 \u01D0 \u011A\u01FA \u017E \u01E1\u0172 \u01B0 \u017E \u011A \u0188 \u0113 \u0100\u016A \u01B6 \u01A4 \u0133 \u0198\u0218 \u0232 \u0164 \u0164 \u0122\u0105 \u0145 \u01D3 \u0103 \u0148 \u01C0 \u0223 \u0149 \u0195 \u01C1\u0144 \u0169 \u0142\u0100 \u0118 \u0127 \u0187 \u0159 \u013A \u012B \u0174\u016F \u0161 \u0248 \u01E6 \u0136 \u012E \u015A \u01D5 \u01D5 \u01F6 \u0100\u01BF \u0132 \u01E7 \u0142 \u0222 \u018D \u0124 \u0124 \u0265 \u0116\u012B \u0126 \u015B \u017C \u01F4 \u0105\u01D7 \u0205\u0204  \u01FC \u012B \u022E \u01C0 \u0128 \u0280\u0249 \u01D9 \u0200 \u0106 \u0104 \u0239 \u0161\u01A7 \u020A \u021C \u01AC \u015F \u015C \u01AB\u01D9 \u01F0 \u0177\u01FC \u0231 \u0137 \u017A\u0252 \u01FA\u0193 \u013A \u022A \u018D \u0162 \u0151 \u0246 \u022E \u012C \u0106 \u01A0 \u01E8 \u0160 \u01EB\u0149 \u0121 \u0119 \u0177 \u0122 \u0235 \u020B \u0225 \u0175 \u021C \u019B \u01AE\u01F6\u016A \u022C\u018B \u0211 \u0213\u0122 \u01B1 \u01BB \u019B \u0109 \u0188 \u0142 \u017E\u0164 \u01F0 \u023C \u0198 \u0265 \u010A \u020E \u0156 \u01CE \u010E \u01E1 \u01D6 \u0286 \u01BD\u027A \u0178\u01AB\u0250 \u0199 \u01F8 \u0221 \u013C \u0138 \u0138\u011E\u0106 \u0154 \u0178 \u01FC \u015F \u0116 \u01BF \u016A \u0275 \u0132 \u0153 \u0130\u0123 \u0193 \u0136 \u0137 \u0138 \u019A\u011A \u0108 \u0184 \u0248\u0113\u01F2 \u0142 \u01D1 \u017B \u0198 \u0132 \u018F \u0138 \u0106 \u011A \u0185 \u011C\u01F8 \u015E \u0111 \u0106 \u0106 \u01FB \u0125\u01EA \u0130 \u026E\u013E \u01EF \u01ED\u01F0\u019D \u020B \u020B\u0241\u01F0 \u01EA \u01F1 \u011F \u0211 \u010E \u0138\u0223 \u0175 \u0105 \u0105 \u01B1 \u01E8 \u011D \u01A5 \u0170 \u016D \u019B\u018E\u01BF \u023E \u0193 \u011F \u01C0 \u0106 \u0208 \u0123 \u0105 \u01CD\u01F6 \u0100 \u0293 \u017E\u017F \u01F4 \u01F9\u018F \u0106 \u0132 \u013A\u01EB \u022B \u01D1 \u027C\u0207 \u027C \u01BC\u0132 \u012D \u0199 \u0199 \u01AB\u017F \u0179 \u01B2 \u010A \u0259 \u01D6 \u014E \u012B\u0115 \u0100 \u0113\u01B4\u019E \u0116 \u0116 \u014D\u011F \u01E9\u01A9 \u0121 \u025A\u01F5 \u0142 \u0279\u01F4 \u0128 \u0116 \u01F0\u0117 \u0172 \u0132 \u0188 \u019A \u0175 \u0101 \u0165 \u0191 \u017D \u0239 \u0198 \u0161 \u0151 \u0237 \u015E \u01F2 \u0161 \u01B9 \u01F7 \u0142 \u01CD\u01F6  \u013A \u023C \u0175 \u020C \u0100 \u013D \u0293 \u017C\u012F \u011B \u013A \u0136\u01A7 \u0136 \u0202 \u0156 \u01F1 \u0109\u0198 \u0100 \u017F\u01D9 \u0151 \u0123\u0128 \u0123 \u012F \u0198 \u01FE \u0105 \u01C1 \u0143\u018B \u0197 \u01E3 \u01BB \u0141 \u0259\u01D2 \u01A4 \u01FF \u0195 \u0240 \u0123 \u01FA \u01A7 \u0166 \u012B \u0166 \u011E \u012C \u016A \u013D \u010E\u0142 \u0198 \u0176 \u0157 \u0165 \u01E7\u0144 \u0144 \u017B \u01F9 \u0177 \u01E0 \u0105 \u0122 \u0235 \u01F8\u011C \u0208\u01AE \u01AE \u0195\u01FC \u01D9 \u01E3 \u01C3\u011B \u010E \u012B \u011B \u0165 \u019F\u0255 \u0105 \u0214\u027C \u0136 \u0235 \u019B\u0118 \u010E \u012B \u0238\u012B \u0119 \u01FC \u024F \u0201 \u0206 \u0146\u0147 \u01CD \u0152 \u025E \u0118 \u0112 \u01F3 \u0220 \u01A0\u0167 \u0105 \u01AB \u01D6 \u0116 \u017F \u0165 \u01BB\u0117 \u016A \u0156 \u0100 \u01C0\u024C\u01D9 \u013A\u017A \u020E \u01D4 \u0246 \u0209 \u01B1 \u0198\u0181 \u0116 \u0189 \u0141 \u01D9 \u020B \u015C\u016A \u0208 \u0188 \u01CB \u01EB \u0156 \u0141 \u012B \u0201 \u0160 \u01EF \u0143 \u015E \u0140 \u026B \u0208 \u016A \u0209 \u0118 \u0142 \u01A9 \u01A0 \u0177 \u022E \u0209 \u01A5 \u020D \u016B \u011E \u014D \u0189 \u022B \u0151 \u01B1 \u0106 \u0245 \u0245 \u026B \u0129 \u0248 \u0127 \u01FE \u01B9 \u0291 \u010E \u027E \u01C4 \u01F4 \u025A \u018B \u015E\u017B\u018A \u01CA \u0235 \u01A4 \u0170 \u0245 \u0132 \u013D \u0104 \u0195 \u01B9\u01D9 \u0156 \u01D0\u0198 \u0232 \u01F2 \u0225 \u019A\u011A \u0133 \u0124 \u0151\u01C3 \u010E\u0161 \u017B \u01A7 \u0209\u01C6 \u015E \u0259 \u0112 \u0112 \u0242\u028E\u01CD \u0239 \u0106\u0269 \u0293 \u01A9\u0142 \u0175 \u0122\u0190 \u0144 \u020A \u0144 \u0265 \u0161 \u014F \u0100 \u0245 \u016E \u0161 \u0161 \u0212 \u0217\u010A \u0181 \u019B \u021C \u0146\u0147\u0141\u0148 \u0246 \u01AB \u011C\u01F1 \u0138\u01AD \u01A3 \u0179 \u0107 \u0193 \u018D \u012D \u0180 \u01EB \u0210 \u01D6 \u0121 \u01D4 \u0206 \u0190\u0172 \u01EB \u022B \u0165 \u011F\u01A5 \u01EE \u01D6 \u0126\u0163 \u013E \u0143 \u0153 \u010C \u0217 \u010B\u0176 \u0285\u0176 \u0195 \u01CE \u0175 \u0133 \u015C\u016A \u0151 \u01CD \u0174 \u0198 \u011C \u010E \u0123 \u025A \u015B \u01FC \u0164 \u01AC \u0142 \u0104 \u0232 \u011C \u0182 \u0153 \u0239 \u0161 \u01D9 \u0218 \u0147 \u020C \u0151 \u01FE \u01B9 \u0145\u01EF \u0160 \u010B \u013C \u0104 \u0280\u0249 \u0131 \u022E \u0104 \u018A \u0294 \u0193 \u01C0\u0198 \u013D \u0163 \u0167 \u0255 \u01DF\u019F \u011F \u01A5\u011F \u0221 \u0116 \u011F \u01EB\u0119 \u0162 \u0162 \u01F3\u01B9 \u01A7 \u010E \u020E \u0152 \u013D \u01C5 \u022A \u0133 \u018D\u0215 \u0273\u0271 \u0199\u01EF \u0222 \u0230\u0123 \u0174 \u015E \u01B1 \u022E \u0148 \u0245 \u0165 \u0151 \u014D \u0188 \u0204 \u010E \u0154 \u0137 \u01D6 \u018A \u01E4\u0165 \u0208 \u0189 \u0153\u0104 \u020A \u01F3 \u0131 \u01DC \u0149 \u0151 \u01A7 \u020C \u0232 \u01AE \u011F \u0160 \u0116 \u0232 \u0100 \u0178 \u0182 \u0123 \u0210 \u012C \u01A7 \u0200 \u010E \u0168 \u017A \u014A\u017A \u011F \u0165 \u028D \u0161\u01A7 \u010E \u012B \u0156 \u0179 \u016B\u0118\u022C \u0198 \u025A \u01F2 \u0100 \u01EE \u01F8 \u01C2 \u0131 \u0138 \u018B \u0221 \u0149 \u0248 \u021F \u0111 \u0106 \u0242 \u019A\u011A \u01A6 \u010E \u015E\u017B \u01B2\u01D4 \u01C5 \u0100 \u0245 \u0198\u01D0 \u0149 \u0291\u01FD\u015A \u0179 \u0123 \u0106 \u01D4 \u01BC \u0161 \u01FE \u010E \u0166 \u0252 \u0219 \u0165 \u0127 \u0111 \u0122 \u0142 \u0201\u0259\u01B1 \u015E \u0210 \u0210 \u0192 \u01D6 \u0138 \u0287 \u01D6\u0165 \u0150\u0235 \u01A7 \u0203 \u01D6 \u0142 \u0245 \u0237 \u0208 \u0138\u0147 \u01EF \u0133\u0132 \u0207 \u017B \u020A \u0165 \u0179 \u0133 \u01D6 \u0123 \u0138 \u0133 \u01AB \u0162\u010E \u01E5 \u01EB \u01CA\u0161 \u014F \u0105 \u0225 \u0240\u01D1 \u0104 \u018A \u0161 \u0116 \u01E1 \u018F \u01FC \u0198 \u0149 \u0122 \u01FC \u0152 \u01DC \u017A \u0130\u01C0 \u0220 \u0116 \u0251 \u01C2 \u0136\u0232 \u011C \u01CD \u01B5 \u0186 \u0126 \u0105 \u01F7 \u0138 \u0287 \u0159 \u0200 \u01B5 \u0123 \u0220 \u0220 \u0133 \u0210 \u0138 \u0134 \u0155 \u0105 \u018F \u012D \u015E \u01B6 \u0265 \u01A1 \u0105 \u0105\u0100 \u015E\u018A \u0203 \u01A4 \u0190 \u0165\u01B5\u0151 \u0106 \u0238\u01A2 \u0100\u0149 \u0162 \u0151\u0238 \u01A4 \u01C1 \u0105 \u01A8 \u0246 \u0286 \u027E\u0207 \u0151 \u01A2\u0295\u01E5 \u0106\u0100 \u0106 \u0296\u01A4 \u01AD\u0267 \u0178 \u0286 \u01D0\u015E \u0286 \u01D0\u022B \u012F \u015C \u0231 \u0149\u0123 \u01A1 \u016A \u0105 \u015E \u01E1 \u011B \u0127 \u013C \u01F3 \u0181\u0276 \u0203 \u0144 \u01BF \u0265 \u01A4 \u025B \u0151 \u01E1 \u01A4\u0296 \u0151\u01C2 \u020C \u017B\u0109 \u0165 \u0100 \u01E5 \u0105 \u0257 \u0265 \u0142 \u0102 \u01B6 \u010F \u013C \u0106 \u010F \u010F \u025D \u0116 \u015E \u0142\u01AD \u0269 \u01AD \u0269\u015C \u012A \u0168 \u0168 \u0138 \u0180 \u0105 \u0138 \u0161 \u018E \u01E5 \u011E \u0198 \u013E \u01A0\u010B \u010B \u0141 \u010B \u01E4 \u0195 \u01BA \u014D \u018E \u0107 \u01A4 \u01AC \u0153 \u020F \u0137 \u0216 \u0234 \u0119 \u01EB \u0179\u0137 \u0167 \u017B \u0100 \u0110\u017A \u0142\u0118 \u011B\u0123 \u020F \u01EA\u0235 \u0135 \u010E \u01C3 \u01D9 \u0167 \u01A0 \u0113 \u019A \u01BF \u0181 \u0107 \u0149 \u01AD \u0126 \u0166\u01A7 \u0287 \u0100 \u0135 \u0237 \u020A \u017B \u019A \u0237 \u0198 \u0198 \u0153 \u0203 \u0202 \u0133 \u0149\u0123 \u0179\u0244\u014D \u0100 \u015C \u0104 \u022B\u0104 \u0141\u01E1 \u01AC \u01B9 \u01A7 \u01A7 \u01B1 \u0104 \u010E \u0100 \u0203 \u01A7 \u0202 \u0100 \u01E1 \u013C \u012D\u010A \u0176 \u0235 \u0235 \u01A2 \u012B \u0237\u018E \u0105 \u01BB \u01BB \u01BB \u0117 \u0117 \u01BB \u0130 \u0157 \u014E \u01FB \u01BB \u0223 \u0156 \u01C0 \u021E \u0176 \u013D \u01AC \u0164 \u0209 \u018A \u0116 \u0176 \u014E \u0119 \u0154\u020E \u015C \u01F3 \u019D \u0116 \u017C \u01A9 \u01BB \u010D \u010D \u0157 \u021E\u0168 \u0153 \u0153 \u013D \u01C1 \u0198 \u0189 \u010D \u01D6 \u0176 \u0157 \u018D \u0209 \u0191 \u0182 \u01D6 \u01C0 \u027A \u01C0 \u0221 \u01D6 \u01B5 \u01C3 \u0118\u0142 \u019B \u021D \u0162 \u024E\u0221 \u0106 \u0139 \u013B \u0106 \u01F2 \u018A \u012F \u0199 \u0195\u0277 \u022D \u022D \u013A \u017F \u011D \u0179 \u0106 \u0149 \u0151 \u0173 \u0195 \u01D5 \u0128 \u022B \u0179 \u0128 \u011D \u0135 \u01D6 \u0179 \u0195 \u0167 \u0167 \u0282 \u0282 \u0102\u011F \u011A \u01C6 \u0200 \u0282 \u0146 \u01B2 \u0254 \u0193 \u0161\u0126 \u0177 \u0142 \u0119 \u019A\u0268 \u0180 \u0111 \u0287 \u01A7 \u019E \u0109 \u018B \u0132\u020D \u012F \u010A \u0193 \u0171\u021F \u0151 \u013D \u024E \u0119 \u0106 \u020C \u025E \u0109 \u015E \u013C \u013C \u01AC \u011E \u015A \u01D3 \u020A \u01AD \u013C \u022C \u0126 \u01A5\u0107 \u0142\u010E \u0142 \u015E \u01D4 \u01B1 \u016D \u0137 \u0137 \u022A \u01E8 \u018C \u021F \u021F \u010E \u01E2 \u01E2 \u0160\u0109\u0250 \u01A0\u017D \u012A \u019C\u014B \u0227 \u0162 \u0144\u0201 \u027F\u0122 \u0106 \u0199 \u01A4 \u01A4 \u0178 \u0100 \u0197 \u0167 \u0208 \u016F \u0123 \u017F\u01AB \u01AB \u0135 \u0122 \u019F\u0114 \u0144 \u01A6 \u0106 \u0176 \u01AF\u027F \u0235\u010B \u0189\u0171 \u0111 \u01D4\u013C \u0228 \u018C\u014B \u01BB \u015C \u0142 \u019D \u0129 \u0279\u0188 \u0205 \u01C4 \u01ED \u0235\u010B \u0180 \u012C \u0203 \u0138 \u0185 \u0186 \u012C \u0136 \u0144 \u010B \u0235 \u0153 \u0116 \u0205 \u013D\u017C \u013D \u017C\u013D \u01C1 \u0138 \u01D4\u0138 \u0100\u01AD \u0145 \u01EF \u0122 \u01BA \u0142 \u01BC \u01B1 \u01C0 \u0123 \u011E \u012E \u01DE \u0116 \u016A\u0100 \u0119 \u0100\u01C3 \u0156 \u012A \u01CD \u017A\u0252 \u01A7 \u01D4\u01BB \u01FA \u0180 \u0165\u01C2 \u0146 \u0122\u0213 \u01B1 \u018C \u0160 \u0145 \u0157 \u011E \u0144 \u0175\u014A \u01B6 \u0193 \u0142 \u01EB \u01C5 \u011F \u018F \u023B \u017A \u0106 \u011E \u01B2 \u0116 \u0147\u0192 \u0133 \u014D \u0210 \u01AE \u0162\u015B \u013A \u0129 \u021D \u021F \u0195 \u010E \u01C6 \u012D \u01B7 \u015B \u0225\u0251 \u01D6 \u0135 \u01F7\u0252 \u016A \u0252 \u0180\u0118 \u0137 \u0149 \u0129 \u012B \u011B \u01A7 \u01A7 \u0187 \u011F \u0149 \u0136 \u01DD \u0198 \u0195 \u0223 \u011E \u010E \u0164 \u01CF \u013A \u0192\u0151 \u0269\u0106\u0188 \u0142 \u0149 \u013C \u0151\u018A \u0103 \u0133 \u020A \u01F7 \u01F7 \u01D5\u0123\u01E5 \u011D\u018D \u0100 \u011E \u0210 \u0100 \u01D4 \u01CD \u0181 \u0252 \u0136 \u01E1 \u016A \u018C \u01A4 \u027E\u01EB \u012E \u0248 \u0115\u012B \u0116 \u0164 \u01B4 \u015A \u014A \u01AC \u0227 \u0142 \u01E6 \u0265 \u01CB \u01A6 \u01C7 \u0234 \u01ED \u013C \u01B5 \u022E \u0100 \u0156 \u0137 \u015E\u0198 \u020A \u0172 \u01D9 \u0118 \u0132 \u01DA \u0145 \u01A7\u01A8 \u010E \u022E \u0130 \u01EA \u0144\u01A4 \u01DC \u01AC \u0181 \u0223 \u0119 \u0136 \u013E \u01E8\u01AC \u0109 \u020B \u024E \u0132 \u0122 \u0151 \u017A \u0154 \u0265 \u018C \u0100 \u0182 \u01FC\u011F \u0220 \u014E \u0246 \u0109 \u0138 \u023C \u013A \u013C \u017B\u0138 \u01FE \u012C\u018C \u0100 \u0105 \u018D \u0148 \u0173 \u0181 \u0156 \u0228 \u01DE \u0235 \u0168\u022D \u011F \u019D \u018A \u017F \u022C \u0275 \u014A \u014F \u0109 \u0137 \u01E1 \u01C2 \u024C \u022C \u01C6\u0228 \u01E1 \u018A \u0177 \u01E5 \u01EB \u0254\u0167 \u01F6 \u0250 \u01BF \u0138 \u0282 \u011E \u0210 \u0282 \u0248 \u0237 \u0148 \u01D1 \u017B \u0136 \u0197\u0259 \u0167 \u0265 \u019B \u0174 \u0294 \u0198 \u010C \u0269 \u013A \u012D \u01CF \u022F\u0248 \u028E \u0128 \u0257 \u010C \u011B \u01F5\u0155 \u0197\u010A\u0208 \u0109 \u013D \u011D \u01C1 \u0197 \u0116 \u01C2 \u0121 \u01EA \u0189 \u0132 \u01B9 \u0115\u010E \u026E \u01F6 \u0188 \u0151 \u01E1 \u0106 \u01B1 \u0259\u012D \u0123 \u0131 \u01A5\u0191 \u01B4 \u0175 \u014E \u0191 \u0153 \u0106 \u019C \u0142 \u01D6 \u0249\u0257\u0132 \u0116 \u0248 \u011C \u0210 \u013E \u0175\u014A \u01EF \u01F8 \u01BA \u0117\u019D \u0135 \u0105\u01A4 \u01B2 \u0105 \u01D6 \u0160 \u01D4 \u0137\u011F \u018F \u0185 \u0149 \u01A9 \u01B5 \u01CA \u0105 \u024C\u017F \u017F \u01EE\u0144 \u01FE\u0236 \u0144 \u0208 \u01D1 \u01EA \u0179 \u0123 \u015E \u01BA \u0194 \u0142 \u0149 \u017A \u01FA \u0208 \u01A0\u021D \u026A\u01FF\u01F7 \u01EF \u0179 \u0208 \u022B \u010E \u01C2 \u0208 \u0269 \u01D6 \u0188 \u0237\u0154 \u0100 \u0198 \u0111\u014D \u01ED \u0151 \u0105 \u0208 \u017F \u017F \u024F \u0265 \u0133 \u0198 \u027D \u0105 \u0119\u013C \u0177 \u01B5\u0116 \u0237 \u012C \u0143 \u017A \u0197 \u0197\u0259 \u019B\u01BF \u0136 \u01A0 \u015A \u016A \u01DA \u0136 \u01C1 \u0170\u020A \u0123 \u018C \u01AE \u01D4 \u022B \u0157 \u01FC \u0123 \u0122 \u018C\u0179 \u0194 \u014D \u0235 \u0187 \u01EA \u013B \u0161 \u01AD \u01E5 \u01ED \u0235 \u017B \u0106 \u0106 \u0235 \u01BA \u0214 \u0136 \u020F \u0242 \u0111 \u01A7\u021D\u01A4 \u0252 \u01A4 \u010E \u025B \u0198 \u0198 \u0144 \u012C \u0152 \u0100 \u0149 \u01C0 \u0118 \u012B \u01D9 \u0201 \u01F3 \u0105 \u01BB \u021D\u01EA \u0118 \u022C \u014D \u01C6 \u0116 \u011D \u0242\u027D \u0119\u0172 \u0119\u0172 \u0119 \u0123\u0149 \u01A5\u0107 \u0225 \u01A6 \u0208 \u01E0 \u01B3\u0129 \u0122 \u01CD \u021C\u01EA \u0121 \u0130 \u018A \u01FE \u014F \u0188 \u010A \u0118 \u0217 \u01FC \u0240 \u0166\u01A7 \u012C\u018C \u0198 \u01A4 \u0206 \u0136 \u0112 \u017A \u01FC \u0252 \u0181 \u0123\u0161 \u01A5 \u0208 \u015F \u0208 \u017B\u024C\u018A \u0141 \u0221 \u0236 \u011F \u022B \u021F \u0171\u0189 \u01C7 \u022E \u01C4 \u027A \u01CB \u0143 \u0118 \u0100 \u0185 \u0140 \u0182 \u0136 \u0138 \u0187 \u013C \u0151 \u01A0 \u025A \u0180 \u0118 \u01EB \u01A2 \u01D9\u0178 \u0207 \u0167 \u01A3 \u0149 \u0209 \u01EA \u01EB \u015F \u01B2\u0285 \u0189 \u0118 \u015A \u01A2 \u0129 \u0165\u01A4 \u0165 \u014B \u0247 \u0186 \u0150 \u0127 \u01B9 \u014E\u015B \u0201 \u0106\u0151\u016A \u0188 \u019B \u0142 \u01CF\u01FC \u013A \u012B \u0239 \u0127 \u0188 \u0248 \u0224 \u0168 \u01BB \u0172 \u01A7 \u0125 \u0149 \u0180\u014E \u0225 \u0142 \u0123 \u01C2 \u0217 \u01FC \u01FE \u01D6 \u0220 \u0159 \u0141\u01E1 \u019A \u01F3 \u0105 \u01A3 \u0144 \u01BB \u01EE \u0142 \u020A \u0233 \u017F \u0107 \u019B \u01D4 \u0213 \u01D6 \u0144\u01A4 \u0144 \u0122 \u0130 \u0193 \u01C6 \u0125 \u0217 \u0179 \u0105 \u0216 \u010E \u0128 \u0190 \u0106 \u0151 \u010E \u01D6 \u0206 \u0225 \u0181 \u0259 \u011C\u01F8 \u0206 \u0142 \u0112 \u025A \u0138 \u0123 \u0212 \u0172 \u011C \u01FE \u0242\u0114 \u0203 \u0224 \u011B \u0151 \u01D4 \u01A5 \u010B \u0107 \u0109 \u017B \u0220 \u01C7 \u01AD \u0160 \u012C\u0175 \u01AE \u0100 \u0217 \u0188 \u024E \u016E \u01F7\u0189 \u0175\u01FA \u0153 \u010C \u010C \u0228\u0251 \u01A4 \u0265 \u01A6\u0270 \u0198 \u0123 \u0251 \u0163\u022E \u01A9 \u01BF \u0195 \u020A \u011C\u01F1 \u01FC \u018C \u01A3 \u0153 \u012D \u01FC \u01E1 \u011C\u01F1 \u0275 \u01A4 \u017B \u0142 \u0136 \u0117\u0139 \u0105 \u0172\u0104 \u0252 \u0200\u0152 \u01A7 \u012B \u013C \u0268 \u010E \u0129 \u0136 \u01EB \u015E \u015E \u0151 \u01D6 \u0151 \u01AC \u019F \u0201\u01E6 \u021D \u0294 \u01EB \u0163\u0148 \u01D9 \u011C\u01F1 \u0100 \u0142 \u010A \u01F3\u020C \u01F3 \u0190 \u01AC \u0166\u01A7 \u011B \u01BD \u022C\u0143 \u0133 \u010D\u0192 \u026C \u01BB \u020C \u0130 \u0130 \u0153 \u018D \u0182 \u0131 \u0136 \u0269 \u0269 \u011F \u01DE \u011F\u0219 \u0239 \u0172 \u0148 \u01AA \u0160 \u01D8 \u0137 \u011E \u0153\u0133 \u0175 \u0109 \u0167 \u022E \u018C\u01D3 \u013A \u014E \u01C1 \u018A \u0198 \u020C \u0151 \u0213\u0105 \u01D6 \u0220 \u01C5 \u0105 \u0131 \u0111\u014D \u0211 \u0200 \u0265 \u0180\u0118 \u016A \u0105 \u0138 \u0118 \u015B \u018F \u010A\u0217 \u0188 \u01C6 \u01A8\u01A7 \u020F \u017B \u01B9 \u011B \u0213 \u0265 \u01D9 \u0130 \u0217 \u0160 \u0135\u01F3 \u0100 \u0168 \u0117 \u0116 \u0189 \u0178 \u010E \u0132 \u017B \u01DC \u0259\u0197 \u0181 \u025B\u0199 \u0269 \u010E\u015C \u0168 \u01A7\u01A6 \u0165 \u0189 \u01F8 \u0101\u0177 \u0269 \u0133 \u01D1 \u019A \u017B \u01D4\u01B2 \u0118 \u0153 \u01D4 \u01C5 \u01FC \u01FC \u0221 \u0181 \u0106 \u01BB\u0117 \u010E \u014E \u015A \u01A9\u0232 \u0197 \u0248 \u0149 \u0149 \u0229 \u01B6 \u0144\u01A6 \u0179 \u0220 \u01E8\u01AC \u01A2\u0238\u022B \u0182 \u0132\u01BC \u0136 \u019A \u01B1 \u015E \u01FC \u019A \u0270 \u01EF \u0186 \u013F \u0198 \u0136\u0229 \u01F7\u0252 \u0204\u0287 \u01D6 \u0138 \u0122 \u0195 \u01D6 \u011E \u0142 \u01FC \u0237\u0154 \u016D \u01A7 \u016A \u0129 \u017F \u01EE \u0130 \u010B\u0150 \u022E \u0198 \u0182\u01C9 \u0269 \u011F\u0219 \u01B1 \u019A \u01A6 \u018A \u01D6 \u0178 \u0109 \u01FC \u0209 \u0138 \u0137 \u01E1 \u01FC \u0168 \u0136\u0229 \u016A \u01CA\u025D \u015B \u0133 \u0225\u0251 \u01D1 \u0229 \u0193 \u0144 \u01D1 \u0153 \u017B \u01FC \u01D4 \u010E \u017B \u0218\u0198 \u01FC \u0199 \u0131 \u0100 \u0198 \u0147 \u0130 \u018E \u0226 \u0198 \u0220 \u0193 \u0251 \u0208 \u0132\u0172\u0180 \u012C \u01C2 \u0210 \u0220 \u011C \u01B5 \u01C6 \u015E \u0145 \u012D \u0162 \u0123 \u014E \u01FC \u0192 \u0204\u0287 \u0159 \u0123 \u0138 \u01D4 \u020C \u01F3 \u0200\u01A5 \u0172 \u0130 \u01FC \u014E \u0134 \u0133 \u0220 \u0220 \u0155 \u010A \u0159 \u01AC\u01CD \u018A \u0123 \u0160 \u0123 \u0105 \u01A6 \u01A6\u01EE \u0150 \u01E6 \u0219 \u01A7 \u01E1 \u01E1 \u01A7 \u018C \u018F \u0211 \u0114 \u0126 \u0143\u0105 \u016A \u01AD \u0132 \u0187 \u0187 \u020F \u0195 \u0106 \u012A \u0199\u01FA \u027F \u01DE\u0161 \u01A0 \u0182 \u0100 \u01D6 \u01F4 \u0117 \u0238 \u0129 \u0123 \u0123 \u014B\u012C \u0176 \u0190 \u0163 \u020D \u016E \u019F \u01E6 \u01A1 \u0142 \u01E6 \u01E6 \u0136 \u025A \u01E2 \u0171 \u0108 \u0102 \u0133 \u022B \u01BC \u013A \u0134 \u016A \u016A \u018F \u0132\u0165 \u01AE \u0116 \u01F3 \u023B\u01C9 \u01DE \u023B\u0110 \u021F \u021F \u011A \u0195 \u018D \u020C\u015E \u0133 \u0143 \u01B9 \u0136 \u0118 \u017B \u01AD \u0201 \u01B4 \u0144 \u027E \u0220 \u0177 \u0172\u0141 \u01A4 \u0174 \u01CD \u0223 \u0265 \u0195 \u01E1 \u01A3 \u018A \u0149 \u013C \u01B4 \u0141 \u0118 \u0136 \u018D\u011D \u0150 \u0187 \u0238 \u018C \u0148\u01F7 \u0108 \u0133 \u01AE \u0102 \u0252 \u0123 \u01A7 \u01E6 \u01AA \u01A7 \u0103 \u0116 \u0193 \u01BD \u011B \u01A7  \u01A5 \u0181 \u026A \u0223 \u0151 \u013A\u023B \u01DE \u016A\u01AA \u0182 \u0177 \u0132 \u0177 \u010A \u0173 \u0175 \u0246 \u0123\u020C \u01A4 \u012C \u01AD \u0209 \u0144 \u0151 \u0153 \u01C1 \u01EA\u01AC \u0103 \u01F6\u011B \u01E1 \u0151 \u0123 \u0109 \u021C \u01E8\u01B5 \u019B \u016A\u01AA \u010E\u0106 \u013C \u0123 \u01D6 \u0109 \u0123 \u0265 \u017D \u0116 \u0248\u01F2 \u01F0 \u0199 \u0131 \u0275 \u01EA \u0254 \u0151 \u01A9 \u013C \u018C \u0190\u0116 \u013A \u0197\u01A2 \u0172 \u01F1\u011C \u012C \u014A \u0222 \u01FF \u0151\u0100 \u0222 \u01A1 \u0190\u0132 \u0123 \u0123 \u0100 \u0162 \u0105 \u0170 \u0230 \u0117 \u0227\u01FC \u0170 \u014D \u0191 \u01BD \u0227\u01FC \u024C \u023C \u01B5 \u01AB \u01C1 \u0166 \u012A \u0202 \u0108 \u01A7\u0167\u01AC \u012C \u017B \u01AE \u01CF \u0201 \u0172\u0104 \u0198 \u01BB \u01FC \u0133 \u0136 \u0242 \u015E\u020C \u0151\u0100 \u01AE \u027D \u0130 \u0123 \u01DE \u01DE \u0105 \u0235 \u015C \u0136 \u011B\u0143 \u0181 \u0222 \u024F \u0235 \u0265 \u01A4 \u01BC \u0136 \u0193 \u0119 \u0168 \u0195 \u0223 \u0133 \u012B \u0211 \u0231 \u01C9 \u0144 \u0167 \u01E0 \u0118 \u01A6 \u01E2 \u01C4 \u01DF \u01A5 \u0190 \u020C \u027B\u0167 \u017A \u0201 \u016A \u0151 \u013C \u0151 \u0167 \u01C1 \u01C1\u01E1 \u0151 \u0167 \u0227 \u0227 \u020C \u0222 \u0141 \u01AC \u01D4 \u017B \u01FC \u013C \u0209 \u01D3 \u0123 \u025A \u022E \u0151 \u01BB \u01EE \u011C\u01F1 \u01D6\u0213 \u0198 \u0153\u022F \u0100 \u0206 \u012C\u0175 \u01A9\u0168 \u0100 \u0224 \u0162 \u01F1 \u0167\u0105 \u0144 \u0100 \u0142 \u0213 \u0136 \u022E \u0109\u0230 \u0203 \u026A \u01DE \u0217 \u0275 \u0107 \u0287 \u0273 \u0198 \u0151 \u0151 \u0151 \u0100 \u01E1 \u01AD \u0201 \u0130\u0135 \u011B \u01F3 \u0230 \u0123 \u01AC \u0104 \u01E8 \u0219 \u019F \u017F \u0172\u0132\u0104\u0162 \u0199 \u011E \u0163 \u0105 \u0131 \u018D\u011D \u01BD \u0199 \u0193 \u0123 \u01AC \u0220 \u0235 \u01A5 \u0100 \u01DE \u017D \u0133 \u0172 \u01FC \u0105 \u0100 \u015B \u0220 \u021F\u0223 \u0211 \u020F \u0168 \u0151 \u020D \u01F1 \u017B \u01A7 \u0133 \u016A \u018F \u0136 \u0100 \u016A \u01BC \u01A7 \u0171 \u01DC \u0220 \u01A4 \u018A \u01C1 \u01AC \u0181 \u0113 \u01F2 \u0141 \u01C1 \u0220 \u01EE \u0209\u01FC \u0138\u0223 \u010B \u01C9 \u01FF \u01D6 \u0240\u0223 \u0213 \u01AC \u012E \u027E \u0163 \u0138 \u01D6 \u0162 \u0163 \u0123\u01AC \u0151 \u016A \u0225 \u011B \u020F \u0226 \u0147 \u0220 \u011C \u0162\u0172 \u0228 \u012D \u01B5 \u01AA \u01D4 \u01A5 \u0220 \u0133 \u0220 \u018F \u0287 \u0105 \u028D\u01BC \u01BC\u028D \u0268 \u0102 \u023B \u011F\u01AB \u0208 \u01A2 \u0136 \u0109 \u0162 \u0162 \u013A \u011B \u0134 \u01C3 \u011B \u0141 \u01E9 \u0251 \u0164 \u0129 \u0215 \u022B \u024A \u01C3 \u025A \u01C6 \u025A \u01E3 \u01B3 \u0129 \u0190 \u0198 \u01ED \u0237 \u0215 \u0105 \u0143 \u01E2\u0111 \u01C3 \u020B \u017A \u0215 \u0122 \u0122\u01C6 \u0237 \u0128 \u011F \u027F \u027F \u025E \u0126\u0146 \u0176\u01D7 \u0189 \u0176 \u0148 \u017E \u024E \u019C \u0157 \u0176 \u0170 \u013C \u0123 \u0127\u0119 \u01F0 \u011E \u0198 \u01B1 \u0122\u0113 \u022B \u014D \u0176 \u019B \u015E \u01CD \u01CD \u0188 \u0288 \u0151 \u024E \u0244 \u015E \u013C \u01B1 \u0151 \u0138 \u0138 \u0241 \u010E \u0170 \u0288\u0142 \u01FA \u01CD \u01FE \u0237 \u0116 \u0156 \u0198\u015E \u012C \u01E3 \u022B \u0116 \u0103 \u0165 \u0151 \u01F0 \u01F7 \u012B \u0140 \u010D \u0136 \u0157\u0138 \u019F \u018D \u0104 \u020A \u0151 \u0138 \u0237 \u0223 \u01ED \u0216 \u01C9 \u0151 \u0113 \u0136 \u0166 \u0113 \u01CD \u01CD \u0134\u01CD \u0193 \u0119 \u010E \u01DB \u0132\u01C9 \u01D5\u0109 \u0127 \u021C \u01E6 \u0140 \u0122 \u016E\u0170 \u019D\u01EF \u01DD \u0128 \u0149 \u0193\u0265 \u021C \u0167 \u012E \u027F \u019B \u012E \u012A \u0176 \u01F0 \u0117 \u0116 \u0100\u01CD\u01AD \u01CF\u014D \u023B \u0108 \u013D\u0100 \u0144 \u018F \u01EF \u0117 \u01B2 \u0141 \u0122 \u01C4 \u015B \u0116 \u0135 \u017A \u01E7 \u018A \u01C5 \u0265 \u01CC \u0172 \u01C1\u010B \u01BC \u012B \u01AC \u020C \u0189\u0118 \u0209 \u022F \u018D\u011D \u0148 \u0237 \u0108 \u0118 \u01A8 \u0102 \u0105 \u026B \u0105 \u01BB \u024E\u0154 \u0151\u0118 \u01F6 \u0138 \u0108 \u0149 \u024B \u0246 \u01F0 \u0142 \u0123 \u015C \u0138 \u0109 \u018A \u0137 \u01ED \u01EF \u01E1 \u01B0\u0117 \u0106 \u01B2 \u01EE \u0149 \u01D1 \u0223 \u0198\u0123 \u025A \u0275 \u0123 \u0259 \u01F1 \u01D4 \u0191 \u0100 \u0142 \u0102 \u0128\u0136 \u0221 \u01FB \u01E4 \u01C2 \u0223  \u01F7 \u0144 \u01F1 \u0161 \u0136 \u012C \u0197 \u0208 \u01CF \u0133 \u0157 \u0136 \u012F \u018A \u0242 \u0128\u0156\u0115 \u0249 \u01C1\u016A\u0127\u0173 \u0156 \u01DD \u01E2\u01E3 \u0122 \u0122 \u0235 \u018B \u0141 \u026B \u017A\u0252 \u01CB \u0239 \u0208 \u0207 \u0140 \u0265 \u018E \u0105 \u0118 \u014E \u025A \u0100 \u01D9 \u0186 \u014E\u0245 \u0217 \u0137 \u020A \u010B \u010C \u0130 \u0213 \u0213 \u014E \u01A9 \u0199 \u0162 \u01BB \u01BB \u0201 \u0182 \u0131 \u01A4 \u018D \u0141\u01E1 \u0163 \u027E\u0151 \u01E1 \u022F \u019F \u0172 \u0127\u0223\u016A \u01F6 \u0237 \u01A7 \u01A8 \u018A \u016A \u0189 \u018A \u01AC \u01C5 \u01E2\u01E3 \u01A6 \u0291\u015A \u0221 \u0223 \u0249\u0122 \u01E6 \u022F \u01D6 \u0189 \u018A \u01D4 \u0226 \u0265 \u0249\u0122 \u01F7 \u018A \u0106 \u0162 \u01AE \u0194 \u0188 \u01D6\u024D \u01D6 \u0105 \u01EB \u016D \u0119 \u01B8 \u0101 \u0146 \u0134 \u010E \u018C \u019B \u012F \u0160 \u0126 \u0105 \u0106 \u0105 \u0195\u0191 \u0140 \u018C \u013C \u013A \u021D\u01A0 \u012B \u0128 \u019A\u0199 \u01E2 \u020B \u0147 \u0162 \u017D\u0167 \u0162 \u010A \u0198\u015E \u0235 \u0135 \u025E \u0136 \u0265 \u018A \u025A\u0186 \u018F \u018E \u0100 \u01D5\u0160 \u014A \u01B9 \u013A \u01AE\u018A \u0151 \u017A \u01B6 \u01C4 \u0156 \u01BD \u0252 \u01B6 \u022B \u0230 \u014D \u017F \u0100\u021F \u01E9\u0116 \u0156 \u021D \u020C \u022E \u01BB \u01D9 \u01D9 \u0162 \u0145 \u0225 \u0181 \u0172 \u0198 \u0138 \u01E6 \u018A \u01B4 \u01D3 \u0123 \u01A3 \u0195 \u01A4 \u01F7 \u01EB \u0133 \u0178 \u0149\u0266 \u01AC \u01C9 \u0164 \u0152 \u0141 \u0108 \u0174 \u0161 \u0228 \u01A4 \u01B3 \u019D \u0148 \u0200 \u01FC \u01A7\u01EA \u01A0 \u01E5 \u011F \u019B\u01BF \u013C \u013C \u011F \u01E8 \u0235 \u01F0 \u0177 \u018A \u0165 \u0109 \u01AE\u0222 \u0123 \u0119 \u01AE \u0246 \u0138 \u01A3 \u013A \u022E \u0128 \u0151 \u018F \u0138 \u0181 \u017B \u015F \u015F \u012C \u010A \u01B9 \u011A\u025E \u01C0 \u01A9\u0269 \u021D \u0105 \u0116 \u01AB \u01D1 \u021D \u014D \u0105\u0136 \u01BA \u0165 \u0132\u01BE \u01B7\u019D \u011F \u0144 \u0106 \u01E5 \u0275 \u0191 \u0106 \u01B7 \u010A \u01D6 \u011C \u012D \u0123 \u019E \u01F0 \u0131 \u0178 \u0117 \u0268 \u020D \u0132 \u0178 \u0145 \u0181 \u0222 \u0237 \u012B \u01EA\u01A7 \u0105 \u0157 \u0235 \u01FE \u01AE \u01BF \u01CF \u018E \u024F \u021D \u0198 \u0136 \u01FD \u0265 \u016A\u012B \u012F \u0198 \u0114 \u0191\u0200\u0195 \u017B \u01CD \u0108 \u0202 \u0208 \u011B \u0249 \u0144 \u01FC \u0105 \u0201 \u022A \u0269 \u022E \u0118 \u0209 \u015F \u0141 \u01A0 \u013C \u01D9 \u0181 \u01FC \u0140 \u0248 \u022E \u01A5 \u0138 \u0246 \u0161 \u01BA\u01D9 \u025A\u0186 \u023E \u0162 \u01BC \u0141 \u01A2 \u019A\u01E3 \u022C\u0153 \u0191 \u0275 \u0114 \u011C \u0181 \u0100 \u01A9 \u011C \u0106 \u0138 \u0137 \u0211\u015F \u0119 \u01AE \u0213 \u017B \u017D \u010C \u0149 \u011B \u01FC \u0142 \u01D6 \u013C \u0219 \u01A3 \u0273 \u01AC \u01B5 \u0200 \u0131 \u0163 \u0162\u0222 \u01EB \u0201 \u0161 \u0182 \u0137 \u0193 \u0181 \u022E \u010E \u01A7 \u0137 \u01A2 \u01BB \u020F \u01B5 \u0211 \u0200 \u0172 \u012D \u01F3 \u01A7\u01A8 \u0265 \u0269 \u0168 \u01BA \u0165 \u0105 \u0181 \u01D6\u013A \u019A\u01E3 \u0153 \u01A0 \u0232 \u0220 \u0151 \u010E\u0188 \u01AE \u01FD \u0197 \u0112 \u0210 \u0237 \u0138 \u0142 \u024F \u0138 \u0204 \u0222 \u01BF \u0161 \u0168 \u0240 \u0225 \u01D6 \u0138 \u0204 \u0220 \u01FC \u01D4\u0151 \u0152 \u0222\u0136 \u012D \u01F2 \u0204 \u0265\u011B\u0128 \u0231 \u017A \u01C3 \u017A\u023B \u0144 \u0142\u0144 \u0216 \u01B3 \u0226 \u0138 \u01C7  \u0152\u018C  \u01B3 \u025B \u019C \u0135 \u0247 \u0203    \u0144 \u018F \u0100 \u014A \u01B6  \u01F6 \u0191 \u01AD  \u0200 \u01C7 \u010F \u0279 \u014A \u01E2 \u01B4 \u01D9  \u01B6 \u01FC \u0106 \u018A \u0206 \u019B \u0203 \u0221 \u0114 \u01B7 \u0131 \u0273 \u013C \u0117 \u0135 \u0247 \u01FC \u0123 \u0160 \u018E \u017F \u01BA \u01BA \u0109 \u0191 \u014D \u0179 \u017F \u0130 \u0130 \u022A \u014D \u01EB \u017F \u01C6 \u024D \u01D6 \u013A \u01C6 \u01B7 \u01B7 \u01C5 \u01BA \u0122 \u0156 \u017F \u0122\u0143 \u01B9 \u013A \u01E0 \u01B9\u01BA\u014D \u014A \u0177\u0101 \u0239 \u0177\u0101 \u01D9 \u0187\u0188 \u0221 \u01BB \u01BB\u0106 \u0176 \u01AC \u022E \u0191 \u0176 \u0167 \u0193 \u013A \u023C \u01BA \u012B \u012B \u01CD \u0136 \u013A\u01BB \u01BA \u0176 \u017C \u0129 \u020A \u01C7 \u0171\u013A \u01E0 \u022E \u01FA \u01D9 \u0165\u01A4 \u0176 \u0176 \u01DA\u010E \u0187\u0188\u01BA \u0112 \u01BB \u0171 \u0142\u0113\u0118 \u0278 \u0106 \u0278 \u0193\u0129 \u0100 \u0193\u0129 \u0239 \u01C2\u0105 \u01C2 \u0176 \u01E8 \u0100 \u022E \u01C2 \u01C3 \u0113 \u0239 \u0200 \u0279 \u010E \u010A \u020A \u011F \u0191 \u0242 \u0210 \u010E \u018B \u022E \u01C3 \u0242 \u0131 \u020A \u020A\u025A \u0113 \u0117 \u01C3 \u01C3 \u0117\u0128\u0153 \u012B\u0115 \u0135 \u0153 \u0153 \u019B\u0142 \u0100\u01B2 \u0256 \u013B \u0101 \u01BB \u012B \u0163 \u0170 \u0127\u0100 \u0126 \u01B4 \u0108 \u020C \u01A4 \u0283\u0141 \u0138\u01D1 \u0195 \u01AB \u0122 \u0134 \u012B \u0162\u015B \u0106 \u0128\u0108 \u01A9 \u01BB \u0100 \u0138 \u01F1 \u0215 \u012C \u0133 \u023B \u0117 \u0160 \u022B \u01B6 \u015B \u0142 \u0135\u0171 \u01D9 \u0145\u01E2 \u0142 \u0224 \u0116 \u010E \u01EF \u01C4 \u020C\u01B9 \u0156 \u01AE \u0143 \u011A \u014F \u0102 \u01C6 \u0137 \u01CD \u0224\u0228 \u018D \u0100 \u012B \u0136\u0122\u0105 \u01A7 \u01F3\u0118 \u0195 \u01AD \u0142 \u01CC \u0128 \u0235 \u0154 \u0137 \u01E1 \u018D \u022C \u024E \u0117 \u01E1 \u024B \u0182 \u0138 \u0142 \u023E \u017C \u013C \u015C \u0148 \u022F \u0265 \u018A \u0100 \u01B7\u0175 \u010C \u012D \u01F3 \u01EF \u0140 \u0140\u0131 \u01AD \u010E \u01BA\u01B9 \u01D5\u011B\u01E5 \u01AD \u01BB \u01BB \u021D \u01B1 \u0229 \u022B\u01E5 \u0136 \u0105 \u01A9 \u0128 \u0133 \u01E4 \u0135 \u017F \u012A \u0142\u01AD \u0105 \u01DD \u012C \u0240 \u0195 \u01AB \u022C \u0105 \u0259 \u01A0 \u0265 \u01E7 \u0156\u0108 \u0149 \u0100 \u0206 \u027A \u0162 \u01AD \u0151 \u012D \u0100 \u01A0 \u010E \u0215 \u01B3 \u0210\u01A7 \u022E \u01DB\u023E \u022F \u0283\u0141 \u01B9\u01AB \u0171 \u023A \u01F3 \u010C \u01EE \u017F \u01E4 \u01F7 \u0100 \u01F1 \u0113 \u010C \u016B \u0207 \u0269 \u020D \u019E \u0206 \u0206 \u010B \u0178 \u0149 \u01FC \u0201 \u013A \u0163 \u0225 \u0104\u0172 \u022E \u0148 \u018A \u01EF \u0135 \u0149 \u01C1 \u01A2 \u01B3 \u018A \u012D \u0161\u0136 \u01DC \u0105 \u0136 \u0100 \u01C6 \u0117 \u0210 \u0138\u01D1 \u0153 \u0135 \u0131 \u01B9 \u0131 \u01D1 \u023A \u010E \u01AD \u0195 \u01AE \u012B \u0102 \u0221 \u0138 \u01A6 \u01D1 \u010E \u01B9 \u01AE \u01FC \u0149 \u01B5 \u01C6 \u01F3 \u01B9 \u01F7 \u0159 \u0159 \u017A \u017A \u0161 \u0134 \u0145 \u0219 \u0145 \u01B0 \u01B0 \u023A \u010E\u01BB \u0211 \u0211 \u0157 \u026E\u019B \u0268\u0134 \u012B \u0201 \u0161 \u01B6 \u018F \u0245\u014E \u010B \u010E \u0172 \u0175 \u0245\u0141 \u01A2 \u01E5 \u014E \u0109 \u01BB \u010A \u0113 \u015E \u0151 \u01A2 \u01E1 \u014E \u0201 \u014E \u0180 \u01A9 \u014E \u01E1 \u011B \u0252 \u014E \u0172 \u01A2 \u01CF \u0201 \u0138\u01F7\u017A \u0216 \u01C1 \u0172 \u0117 \u0160 \u023B \u01B4 \u01E8 \u0119 \u01D8 \u020D \u0143 \u01B1 \u01E8 \u01E8 \u01B4 \u0143\u01E4 \u01B1 \u01BC\u01C0\u0135 \u0237 \u021D \u0106 \u01FC \u0105 \u01F0 \u019E \u012A \u025B \u01C1 \u01FC \u01C1 \u0100 \u017A \u010A \u01C1 \u0196 \u01C0 \u0123 \u0198 \u01C1 \u0105 \u0166 \u0193 \u0112\u0127\u01C1 \u01F2 \u0129 \u013A \u0119 \u014D\u011F \u01F2 \u01D6 \u01C0 \u0221 \u0138 \u0181 \u01A4 \u0198 \u0129 \u012D \u01D5 \u01D6 \u01A4 \u01B4\u0113 \u0200 \u01D5 \u01B1 \u0138 \u0176 \u0101 \u0160 \u01A4 \u024E \u024E\u016D \u0142 \u0106 \u0208 \u01BA\u018A \u0152 \u019F \u01A1 \u0151\u0129 \u0129 \u012C \u019F \u021D \u01CB \u014D\u01CF \u0118 \u0167\u01EA \u0111 \u0129 \u019C \u0194 \u0135 \u0235 \u0157 \u01D0 \u018A \u0233 \u0118 \u01FC\u0195 \u0102 \u0141\u0213 \u017F \u01A6 \u0171 \u01D9 \u012E \u0116\u01A4\u0233 \u017F \u0100\u01AD \u014D \u0235 \u010B\u0150 \u0133 \u01D9 \u01D9 \u0111 \u0118 \u0208 \u01C3\u01BF \u01B2 \u0188 \u0188 \u0190 \u0143 \u01AE \u011A\u019C \u014B\u0129 \u0225 \u0168 \u018D \u01D4 \u01C3\u0142 \u019B \u0256 \u01CB \u01AE\u0255\u01AC \u01AD \u012E \u01F6 \u01D7 \u01D9 \u01CE \u0195 \u0123 \u010B \u012A \u010B \u013E\u0132\u01BC \u0102 \u0235 \u015F \u0104\u01BD\u01E1 \u0109 \u0265 \u019B \u011F \u023E\u028F \u01F6 \u01E5 \u0111 \u018A \u0151 \u0275 \u01D1 \u0198 \u020C \u01BA \u0125 \u010A \u01F9 \u0118 \u0222 \u0138 \u0128 \u0137 \u0102 \u0138 \u01D1 \u0168\u0232 \u01F6 \u0282 \u0168 \u0237 \u01BB \u0117\u01BB \u0176 \u01EA \u01B2 \u01D6 \u0100\u0180\u0245 \u012B \u01FB \u01B4 \u0105 \u01EA \u0140 \u0108 \u01CF \u01A7 \u01EA \u0187 \u01FE \u0198 \u0235 \u0237 \u01DD \u01AE \u01BF \u0166 \u0245 \u022A \u0157 \u01A4 \u0145 \u0197 \u0194 \u0113 \u0161\u0136\u0166 \u01D4 \u0247 \u0233\u010E \u0200 \u01AB \u022B \u0207 \u0108 \u0222\u0265 \u010B \u01CB \u0217\u017D \u0199 \u0180 \u010C \u0100 \u019E\u0154 \u0233 \u010B \u0255 \u011C \u0206\u01D6 \u01AD \u0217\u017D \u0216 \u011F \u0161 \u0221 \u010A \u0255\u0294 \u0139 \u0151 \u0104 \u0182 \u0133 \u0219 \u017F \u0255 \u0163 \u01AA \u0198\u018A \u01D0 \u011B \u015B \u018D \u013C\u01D4 \u0131 \u0161\u0166 \u0198 \u011B \u01A2 \u01A7 \u01C0 \u0198 \u01B1 \u01BC \u01B5\u0116 \u0136 \u0113 \u027A \u01C5\u011F \u01AC \u0141 \u01A6\u0147 \u0221 \u0111 \u025E \u0111 \u0210 \u012E\u0259 \u0162 \u01AE \u0111 \u01A6 \u01D6 \u0221 \u0225 \u012D\u01CD \u0217 \u0151 \u0165 \u01A5 \u01D0 \u0133 \u0157 \u0181\u012D\u0178 \u0181\u0178\u012D \u0105\u01A4\u0162 \u027E \u0180 \u0162 \u0118 \u0100 \u017F \u0142 \u01DD \u017F \u01FC \u0116 \u01B4 \u0172 \u023E \u0202 \u01A2 \u0172 \u0273 \u0147 \u0134 \u0118\u0135 \u0101 \u0106 \u010E \u0188 \u0160 \u013C \u013E \u01E7 \u0170\u025A\u01F5 \u0151 \u0193 \u012E \u0200 \u0140 \u015C \u0135 \u0162 \u0138 \u013A \u021D \u01E5 \u0239\u01A4 \u016E \u0142 \u0106\u0115 \u01D0 \u012B \u025E\u019A\u0199 \u01E5 \u0128 \u0117 \u013E \u0123 \u0168 \u0114 \u01AA \u019F \u01C7 \u0123 \u0181 \u012C \u0145 \u010B \u0143 \u0116 \u0105 \u01F7\u022B \u013D \u013D \u019B \u016B \u01D9 \u01E5 \u013A\u01EF \u0176 \u0133 \u0240\u0138 \u01E2 \u01AF \u014A \u0175 \u018F \u023B \u0146 \u0252 \u017A \u0252 \u017F \u0205 \u01A2 \u0138 \u0225 \u018D \u01C6 \u0138 \u012E \u0165 \u0244 \u01CD \u0133 \u012E\u01E6 \u0161 \u01E5 \u0249 \u0234 \u01D6 \u01A7 \u01A2 \u0127\u01F7 \u0149 \u01CF \u0123 \u011D \u0175\u014A \u0151 \u0148 \u01D3\u018C \u027E\u0118 \u0108 \u0104 \u0179 \u0136\u01A2 \u0104  \u0244 \u01E1 \u020D\u022B\u01E7 \u0130 \u0246 \u018C \u0105 \u01E1 \u0108 \u024E\u020B \u01F7\u0225 \u01C6\u018D \u01AA \u01AA \u0197 \u022E \u01FC \u024E \u020D \u0123 \u015C \u0275 \u0105  \u0239 \u01D6 \u01AB \u0198 \u0283 \u01F8 \u0132 \u0244 \u0175 \u0123 \u0279\u01F4\u017C \u01F5 \u011F \u0106 \u01F1\u011C \u0179 \u0131 \u01E8 \u017A \u0101 \u01EA \u019E \u0198\u01C0 \u01C1 \u01D6\u022E \u01A2 \u0168 \u020D\u0151 \u01F9 \u01F0 \u0149 \u0229 \u013C \u0106 \u0185 \u010A \u01B9 \u0249\u0170 \u01F0 \u0106 \u01AB \u01FD \u0123 \u01C3 \u0101 \u01B4 \u013D \u012B\u0128 \u01FC \u01E2 \u022B \u01BB \u0136 \u027E\u0118 \u01D9 \u0202 \u0108 \u0200 \u01BF\u019B \u0249 \u0175 \u0198 \u019B \u01F3 \u018B \u01BA \u0106 \u019F \u012C \u01AE \u020D \u0104\u020D \u0140 \u01D3 \u024C \u01EB\u016A \u01E5 \u01B6 \u022E \u011E\u01BF \u01A5 \u020B\u014B \u0239\u022B\u01B1 \u0117 \u0136\u0166 \u0124 \u0210 \u023E \u01BA \u0108\u0234\u0128 \u0151 \u017B\u015E \u0129 \u0136\u01A2\u0112 \u0167 \u0229 \u013E \u022B \u0240 \u0114 \u0141 \u0125 \u0114 \u0130 \u0106 \u0213\u0104 \u0175 \u022E \u01D6 \u01D0 \u0215 \u01AB \u0149 \u0210 \u01EE \u0106 \u010B \u0106\u0133 \u01A9 \u01F1 \u0179 \u0257 \u0185 \u010E \u020C \u0148\u01F7 \u01B5 \u0273 \u0219 \u0198 \u0151 \u0131 \u0101 \u01F3 \u0201 \u0129\u017A \u010E\u01C2 \u0104 \u019B \u0138 \u0198 \u0172 \u0151 \u010C \u0104 \u019F \u0198 \u0105 \u0279 \u01C1\u0104 \u022B\u01A6 \u0180 \u0210 \u012B \u0165 \u011B \u020D\u0144 \u0200 \u0100 \u020A \u0117 \u0117 \u0105 \u025E \u01E5\u0106 \u01A2 \u022B \u0198 \u0105 \u01FD \u0221 \u023B \u01B6 \u017A \u0195 \u0150 \u0272 \u018A\u01A1 \u012E \u0210 \u0210 \u0142 \u0138 \u0138 \u0193 \u020D \u023B \u01FC \u0138 \u0225 \u0225 \u010B \u017A \u0251 \u012D \u0198 \u0272 \u0123 \u0118 \u0118 \u0138 \u0183 \u01C2 \u0147 \u011E \u0106 \u0189 \u0140 \u016A \u0141 \u018A \u0106\u0142 \u0106 \u0142 \u01B7\u019C \u0229 \u012A \u017E \u0100 \u0118 \u0122 \u0142 \u01CE \u013A \u013A \u01BB\u01D4 \u01E9 \u0142 \u024B \u0235 \u01BE \u01B5 \u0144 \u0133 \u017F \u0168 \u01B6 \u01DB \u01D4 \u01D6 \u0105 \u0152 \u013C \u01CE \u0216 \u0133 \u0161 \u0108 \u0142 \u010E\u016B \u0245 \u01D9 \u0245 \u0282\u0210 \u0181 \u017F \u0112 \u0275 \u019B \u01F2 \u01A6 \u0248 \u0106 \u01B1 \u012D \u0232 \u018F \u01D6 \u011A \u0181 \u01F2 \u0142 \u01D6 \u0130\u020C \u01BB\u0117 \u0165 \u01A7 \u0122 \u0151 \u0149 \u0188 \u01A6 \u01D9 \u013A \u0208 \u01A4 \u018A \u0195\u0107 \u0142\u01BF \u0100 \u0235 \u011E \u019B \u01F0 \u0132 \u01D9 \u01FC \u010E \u0245 \u01A5 \u011E \u0140 \u0189 \u013A \u01AE \u0106 \u0105 \u0151 \u010E \u011E \u020C\u0130 \u0135 \u0161 \u0168 \u0138 \u01DC \u01D4 \u01F2 \u0138 \u0226 \u0147 \u01BF \u0204 \u0210 \u024F \u0105 \u0105\u0203 \u0138 \u016A \u0178 \u01C1 \u022C \u01A3 \u011E \u017E \u022C \u0188 \u018B\u015D \u0160 \u0142\u0100 \u018A \u011A \u024C \u0119 \u0119 \u012A\u0228 \u0199 \u014E\u0157 \u0167 \u022B \u0194 \u0142 \u0137 \u01BB \u0142 \u0105 \u01D4\u01BB \u01E7 \u01B3 \u0117 \u01B2 \u0138 \u0122 \u01E9 \u0117 \u017A \u018F \u010B \u011F \u024C \u0178 \u0195 \u01BE \u0142 \u019B \u0153 \u0116 \u0188 \u01A6\u0270 \u010E \u011F\u01AB \u018D \u0118\u0142 \u01A6\u0270 \u01A6 \u0149 \u0188 \u0142 \u012B \u017E \u0237 \u0100 \u0133 \u01A7 \u01DC \u013A\u0182 \u0151 \u0245 \u0246 \u013A \u01AC\u0180 \u0282 \u01D6 \u0275 \u0160 \u0137 \u01BF \u011F \u022C\u0153 \u01BD \u0282 \u0128 \u0185 \u01D6 \u01B1 \u01BE \u017E \u0236 \u020B \u01B0 \u010E\u0106 \u0142 \u0142 \u0275 \u01F9\u018F \u0175 \u022B \u011A \u0113 \u0232\u01E9\u01EB \u0105 \u01EB \u0278 \u0152 \u0100 \u0151\u0115 \u01E2 \u010E \u013A \u0117\u01BB \u020E \u012B \u012A \u01F1 \u01A4 \u011F\u01AB \u01F2 \u01A0 \u018A\u0198\u017B \u0188\u0126 \u0105 \u010E \u01A4 \u01D9 \u0142 \u01F2 \u0156 \u010E\u0106 \u0245 \u0245 \u01B1 \u0209 \u0168 \u0209 \u010E \u016E \u0176 \u020C\u020F\u0250 \u017D\u0235 \u0142 \u010E \u01D6 \u01EB \u010E \u01FC \u01A0 \u0119 \u0269  \u0100 \u0201 \u0115 \u010E \u0168 \u01E1\u0280 \u0182 \u0172 \u0132\u017A \u018D\u012A \u01BE \u01D6 \u0168 \u01DC \u0269 \u01A7 \u0226 \u020E \u0105 \u025E \u010E \u01DF \u01A0 \u011F \u01A6 \u012E \u01D6 \u01EE\u023B \u0269 \u0226 \u0132\u0162 \u0138 \u0287\u0204 \u015B \u01C7 \u0126 \u0222 \u0151 \u0222 \u01F5 \u0105 \u017F \u0137 \u0141 \u012F \u0236 \u022C \u0148 \u0115 \u016B \u0141 \u01E2 \u01C9 \u0141 \u011A \u01C7 \u01E7\u0133 \u0172\u0163\u022E \u0104 \u019E \u013C \u01C7\u0161 \u0141 \u0142 \u0215 \u0141 \u01CE\u0141 \u0172 \u0215 \u01DE \u01E1 \u011F \u0233 \u0287 \u0197 \u0135 \u01E7 \u022B \u0132 \u01A6 \u01EB \u012D \u0166 \u0154 \u0132 \u01AC\u0149 \u0197 \u01C7 \u0128\u011B \u0105 \u0116 \u0222 \u0141 \u0141 \u01CE \u0190 \u0105 \u01BA\u01B9\u0123 \u019E \u0116 \u0163 \u0151 \u013C \u0166 \u0215 \u0190\u022B \u0286\u0287 \u0286\u0287 \u0225 \u011F \u01A9 \u0163 \u0211 \u0287 \u0104 \u0222 \u0154 \u0211 \u0225 \u0115 \u0138 \u0165 \u0118 \u013A \u015E \u0165\u0106 \u018C \u0106 \u014E \u014D \u0199 \u0153 \u0194 \u01B5\u0233 \u01C0 \u0133 \u018F \u0225 \u011A \u0137 \u0137 \u010C \u01B0 \u011E \u01E8 \u018C \u018D \u01F8 \u0137\u01D9 \u019E \u0100 \u0153 \u0137 \u01B5 \u012B \u014A \u0202 \u0138 \u0114 \u0271\u0273 \u0219 \u01D8 \u025D \u0137 \u01D0 \u0137 \u0133 \u0133\u0237 \u0146\u0181 \u0175 \u0105 \u01AD \u0160 \u024E \u0133 \u010A \u0237 \u010E \u0172 \u0134 \u024B \u010E \u0178 \u01BC \u026B \u0128 \u0279\u022A \u0208 \u0144 \u016F \u01E1 \u0250\u0181\u0109 \u01BB\u0117 \u01BB \u0198 \u0100 \u011D \u020C \u014D \u0171\u0108\u015D \u019B \u0133 \u015D \u01AD \u01B1 \u0138 \u0115 \u021D \u01C9 \u01CE \u011E \u013A \u01DA \u01FA \u0145 \u0171 \u0188 \u019B \u018F \u0180\u01BE \u01AF \u013A\u01EF \u01C4 \u0193 \u0156 \u0160 \u0193 \u0118 \u0157 \u0252 \u01BF \u0198 \u0222 \u0225 \u021D \u01E2 \u01F7 \u0161 \u01B5 \u01AD \u0149 \u0141 \u018A \u01BB \u0222 \u0270 \u0219 \u0172 \u0181 \u01CD \u026B \u015A \u0145 \u012E \u0133 \u018D \u010E \u0171 \u016F \u01DA \u012A \u0233 \u01D1 \u01BB \u0292 \u0200 \u0102 \u01DA \u013A \u0167\u01E8 \u022C \u0268 \u0138 \u0246 \u0116 \u012D \u0198 \u0109 \u018D \u0108 \u0142 \u011F \u024B \u0118 \u0133 \u01BE \u01E1 \u01BD \u0177 \u01DA \u0123 \u0245 \u01A8 \u0160 \u0113 \u012E \u0170 \u0167 \u0261 \u015E \u01E1 \u0198 \u0241\u010F\u013A\u0182 \u01D1 \u027C \u01ED\u01F0 \u01BB \u01BB \u0127 \u021F\u01AD \u014C\u018E \u0105 \u0198 \u01BC\u01F2 \u01B1 \u01AD \u0102 \u0137\u0179 \u015C \u01B4 \u01D6 \u017A \u010E \u0131 \u024B \u01E8\u0276 \u013A \u0143 \u01B1 \u01F5 \u015E \u01CD \u01E8 \u01F4 \u012D \u0208\u010A \u01DA \u01E9 \u0252 \u0180 \u0115 \u013D \u01F7 \u0135 \u01E1 \u01FF \u0198 \u01AE \u01E2 \u026B \u0152 \u018A \u014A \u01D9 \u01CF \u0144 \u0118\u0100 \u0133 \u0147\u0141\u0257 \u01FE \u01D6 \u013C \u011D \u01E1\u027E\u0104 \u010E \u012B \u0201 \u01CF \u0235 \u0193 \u012F \u0114 \u01E3 \u012C \u0133 \u018C \u0115 \u01DD \u0119 \u0194 \u015E \u01B1 \u0166 \u0100 \u0206 \u0167 \u01C1 \u01A5 \u0147 \u0113 \u0245 \u01EF \u01FF \u0102 \u01C4 \u014F \u015E \u01E1 \u0287 \u01D3\u0160\u0225 \u014B\u0175 \u0237 \u0138 \u01BB \u0132\u01A6 \u0165 \u0292 \u01AD \u0133 \u025A\u0186 \u0225 \u0220 \u0198 \u010F \u0138 \u01A7 \u01BB \u019B\u0133 \u011C \u0123 \u0175 \u0204\u0250\u020F \u0114\u024B\u0243 \u0117 \u0216\u01EE \u0154 \u0105 \u0150 \u0242\u0114 \u0180 \u0292 \u0259\u0161 \u0100 \u0144 \u0130 \u0233 \u01E4 \u014A \u0211 \u010E \u0161 \u01EB \u0206 \u01DA\u010E \u01D6 \u024C \u015F \u0287 \u019E \u015F \u0146 \u0202 \u0133 \u01E1 \u017A \u01D4\u0150 \u0292\u011E \u0200 \u0163 \u0135 \u01B9 \u013A \u0198 \u021D \u0166 \u018E \u0172 \u0219 \u0201 \u026B\u0114 \u0148 \u0204 \u01E1 \u01D6 \u0118 \u0204 \u0106 \u01ED \u0106 \u01ED \u0160 \u0116 \u01D6 \u01D6 \u0123 \u017A \u0200 \u021E \u028D \u01C4 \u015E \u017B \u017A\u010F \u01B4 \u01D1 \u0118 \u0220 \u0166 \u0105 \u0147 \u014E \u01D9\u0198 \u021F \u01BF \u014F \u0113 \u010E \u0100 \u0106 \u0224 \u0114\u0243 \u01B4 \u0193\u0129\u01E2 \u0207\u0153 \u01B4 \u015E \u0132 \u0224 \u01D6 \u01D6 \u0198 \u013D \u01FC \u0105 \u01D1 \u0225 \u0115 \u017B \u0220 \u015E \u0147 \u012A \u01B5 \u017B \u01E2 \u0202 \u0243 \u0138 \u0292 \u01F7 \u01FC \u0147 \u0132 \u0105 \u01D4 \u019B \u0193 \u017F \u013E \u017F \u01AF \u01C1 \u0210 \u018A \u0188 \u01B2 \u01D8 \u010C \u015E \u016B \u01BB \u01B3 \u013C \u015C\u0190 \u016E\u0137 \u024F \u0199 \u01BB \u01A9 \u0149 \u013E \u01D4 \u0189 \u0144 \u0134 \u0138 \u0160 \u0116 \u0252 \u0105 \u01E4 \u024C\u01C0 \u01B4 \u01AD \u01EB \u01CE \u0138 \u0151 \u01EB \u018C \u018D \u0188 \u01DA\u0269 \u0147 \u01B4\u0105 \u0131 \u021C \u01B0 \u0148 \u0199 \u0164 \u01B5 \u01C1 \u0121 \u018A \u013A \u0121 \u020F \u0137 \u0138 \u0147 \u01D6 \u0116 \u0106 \u01A9 \u01B0 \u010C \u0131 \u01F1 \u0137 \u0259 \u0239 \u017F\u010D \u017F \u01A5 \u01E2 \u024F \u0111 \u01DD \u01A4 \u01F1 \u0144 \u0198 \u0204 \u01B6 \u0138 \u016A \u013A \u020E \u01F0 \u01B1\u01C4 \u01A3 \u0245 \u01A5 \u0119 \u0156 \u0212 \u021C \u01A5 \u01D4\u0235 \u010D\u017F \u0199 \u0211 \u016E \u020A \u010B \u010D\u017F \u010D \u020E \u0151 \u0121 \u020A \u01A8 \u017A \u0265 \u0153 \u01F1 \u018A \u020E \u0242 \u014F \u0138 \u01BE \u019B \u014F \u01CE \u0220 \u01D4\u011E \u011E \u0126 \u0151\u010E \u01D3 \u0102 \u0126 \u01D3 \u010E \u018B \u01B4 \u01AC \u0147\u0141 \u018C\u01D3 \u0105 \u01C1\u0127 \u010A \u017E \u01A0 \u01A0 \u0119 \u015D \u0188 \u016C \u027F \u0110 \u010E\u012B \u0153 \u01FE \u0117\u01BB \u01D9 \u015C \u018C \u0142 \u010E \u0199 \u0167 \u017E \u0135 \u0181 \u01EB \u019C \u015F \u01A9 \u0126 \u0143\u0205 \u025F \u0181 \u013A \u0142 \u0106 \u0188 \u0113 \u018C \u0143\u0205 \u0210 \u0151 \u013A \u016A \u017F \u017A\u01BB \u0133 \u01B5 \u018F \u0133 \u01BD \u0160 \u0195 \u013A \u013D \u01BA\u01D9 \u018E \u0165 \u0118 \u012A \u018A \u01E9 \u01DE \u01B3 \u01B5 \u010B \u0153 \u0232 \u012E \u0137 \u017E \u016F \u016A \u012B \u0133 \u0113 \u0231\u01D2 \u01B0\u010B \u0162 \u012E \u0144 \u01B6 \u023C\u0265 \u023C \u0248 \u012B\u016A \u01E7 \u0172 \u01CD\u028E \u0112\u01A2 \u01F7\u0148 \u01AE \u011A\u01B7\u0175 \u018A \u013A \u0297\u010E \u018D\u011D \u0209 \u01CE\u019E\u01F2 \u0149 \u0210 \u016A \u01F6 \u01A4 \u0112\u0173 \u01C3 \u018D \u011E \u020A \u0152 \u01A7 \u0162 \u0142 \u0198 \u01F6 \u01AD\u0142 \u01A0\u0111\u0217\u010A \u01D9 \u01D6 \u011F \u0119 \u0153 \u020B \u018D \u01E1 \u0265\u010A \u0178\u018A \u023C \u01A4 \u01BF \u01A3 \u016A \u018C \u0151 \u013A \u0177 \u0168 \u0229 \u0275 \u013A \u0137 \u0144 \u0142 \u0123\u018A \u01DE \u012C \u010E \u01A4 \u017E \u01F1\u0273 \u01AB\u0131 \u017C \u0138\u0223 \u01D6 \u0137 \u0113 \u01CD \u01BD \u0106 \u0106 \u0236 \u010E\u0106 \u010A \u015E\u0179\u0102 \u018A \u022F \u0136 \u0179\u0106 \u0248 \u010A \u0170 \u016D \u01B7 \u0279 \u01FB \u0259 \u01A9 \u0185\u012D \u022E \u0106 \u01C0 \u01BB \u0257\u0190 \u018F \u0111 \u0106 \u010E \u01BA\u01F3\u0130 \u01F1 \u0125 \u027C \u0151 \u0188 \u01CF \u0121 \u0181 \u01EF \u022A \u021D \u0105 \u01F1 \u0193 \u01D6 \u01A4 \u01FC \u0107 \u0188 \u01A4 \u0152 \u0198 \u022B \u018A \u01FD \u0111 \u010E\u0106 \u0202 \u012A\u0228 \u019B \u021D \u0194\u0157 \u0208 \u016A\u011B \u01C9 \u011E \u0119 \u01E2 \u0265 \u023C \u01F1 \u0111 \u0136 \u013A \u0136 \u016C\u01A4\u0153 \u01C4 \u0194 \u016A \u017B \u01F1 \u01E2\u01E3 \u0167\u0125 \u0149 \u01BF \u0231\u0197 \u0142 \u0167\u01A0 \u011F \u0130 \u018E \u016A \u0208 \u01F1 \u01A4 \u014D \u0136 \u023C  \u01FC \u0181 \u0100 \u0279 \u01B2 \u020B \u01B1\u0144 \u0129 \u01B4 \u0198 \u01B6\u023E\u015F \u01CD \u0251 \u0167\u01A0 \u0108 \u01A9\u024D \u0151 \u0209 \u0248 \u013A \u0167 \u01D9 \u0245 \u015A \u0144 \u0187\u0273 \u0224 \u018A\u01AE \u01EB \u01D9 \u01F1 \u0248 \u0201 \u01FB \u01BB \u012C \u01E4 \u0138 \u015F\u01EB \u0123\u0149 \u0151 \u01F1 \u0210 \u0114\u01F6 \u015E \u0217 \u0142 \u01D6 \u010B\u0176 \u0216 \u017B \u01D4 \u01AE \u01F1 \u010E \u020C \u0168 \u0193\u0252 \u01D6 \u01B7 \u0100 \u027A \u01D7\u0298\u0194\u0163 \u0141\u0122\u01B4 \u025A \u014D \u018A \u010E \u01F1 \u01A3 \u0230 \u01AE \u0168 \u0104 \u0273 \u01BE \u0142 \u020C \u010D \u0131 \u0116\u0162 \u0193 \u0163 \u0257 \u0218 \u0198 \u0280 \u0130 \u022A \u01A3 \u01A7 \u0239 \u0243 \u0151 \u025A \u01A0 \u0171 \u014D \u01A7 \u0151\u010E \u0269 \u0198 \u020A \u0265 \u0104\u027A\u0211 \u011C \u016A \u0172\u0132 \u01BB \u0135\u01F3\u0130 \u0100 \u01DC \u0168 \u0100 \u015C \u01A4 \u010E \u019A \u015E \u0220 \u0182\u013A \u01AC \u0243 \u0188 \u0175 \u0141\u0138 \u010B \u0210 \u016A \u0243 \u012E \u0122 \u01A4 \u0210 \u018A \u0130 \u0172 \u01D6 \u0130 \u01FC \u01FB \u0226\u0152 \u018A \u0232 \u0243 \u01F7 \u0138\u0192\u0151 \u01F2 \u0220 \u0210 \u017B \u011E \u0126 \u0105 \u018C\u01D3 \u01B4 \u018A\u015E \u01C1\u0127 \u0147\u0141 \u010E \u010A \u012E \u010E \u017E \u0136 \u0167 \u018C \u01FE \u0117\u01BB \u015C \u0170 \u015D \u017E \u01F1 \u0185\u012D \u0199 \u0142 \u01A0 \u019C \u0133 \u01D9 \u027F \u0153 \u018A \u0160 \u016A \u013A \u017B \u01E9 \u017F \u0151 \u0142 \u012A \u01B4 \u01B3 \u013A \u0165 \u01BD \u0100 \u0137 \u018E \u020B \u0209 \u012B \u01E7 \u0280 \u01C3 \u016F \u01A7 \u0297\u010E \u01AE \u020A \u01F7\u0148 \u0162 \u0172 \u018D \u023C \u01E1 \u01F6 \u01A3 \u0151 \u0168 \u0248 \u010E \u01BF \u010E \u01A4 \u018F \u01FC \u01A4 \u0106 \u01EF \u0257\u0190 \u0107 \u0125 \u014D \u0136 \u0111 \u022F \u01B7 \u0113 \u0248 \u022E \u01CD \u01F1\u0273 \u01C0 \u010A \u01D6 \u0279 \u0188 \u022B \u0152 \u0198 \u0111 \u0220 \u01BF \u0194 \u010E\u0106 \u01A0\u0167 \u01A7 \u011E \u017C \u0202 \u01E2\u01E3 \u018A \u01C4 \u0279 \u0265 \u019B \u01D6 \u01E2 \u021D \u0208 \u0181 \u013A \u015A \u01D9 \u012C \u024D\u01A9\u0168 \u0245 \u0130 \u0138 \u0100 \u0198 \u019A \u0216 \u0217 \u0210 \u01FC \u015F\u01EB \u0298\u01D7\u0163\u0194\u0176 \u027A \u016A \u0163 \u020C \u0273 \u020A \u015E \u0104\u027A \u0265 \u0172\u0132 \u0243 \u0110 \u016A \u0170 \u0110 \u020D \u0110 \u020D \u017A \u014A \u0152 \u01BC \u0170 \u01FC \u01FC \u0179 \u0108 \u012D \u0218 \u01F3 \u011F \u0106 \u0247 \u01FC \u0210 \u01F3 \u01D6 \u012D \u016D \u016D \u016D \u016D \u0109 \u016D \u01F7 \u013A \u017F \u0145 \u01B1 \u0133 \u0116 \u0157 \u01B1 \u021D \u0170 \u0134\u0117 \u0231 \u01BF \u01F6 \u013A \u017F \u0123 \u01BC \u0232 \u0231\u014C \u0132 \u0105 \u0142 \u01D5 \u0145 \u0220 \u0153 \u011E \u0117 \u0140 \u022E \u0134\u0117 \u0145 \u0138 \u0190 \u0136 \u01BB \u010E \u0273 \u0228 \u022E \u010E \u01F6 \u01D4 \u01BC \u01F7 \u0117 \u010E \u010E \u0159 \u0195\u0152 \u01D4 \u025A \u0171 \u0235 \u0195\u0152 \u018F \u0122 \u0199 \u0134 \u0245 \u0195 \u01B1 \u025A \u024A \u0235\u0245 \u018F \u0100\u0151 \u0133 \u019B \u01A3 \u025A\u015E \u0100 \u018A \u0209 \u0276 \u0276 \u025A \u0265 \u015F \u018A \u0100 \u0122 \u025A\u01F5 \u015E\u018A\u0123 \u0105 \u023C \u012B \u01A5 \u0208 \u0151 \u0193 \u020C \u0199 \u020C \u017B \u0210 \u023C \u0291 \u025A \u0130 \u0105 \u018C\u01D3 \u0100 \u0228 \u0247 \u0199 \u018C \u01AD \u01AD \u01A9 \u013A \u0108 \u01FA \u0100 \u0240 \u0100 \u0117\u01BB\u0252 \u018F \u022E \u0142 \u01B5\u0105 \u0151 \u016A \u0152 \u0151 \u0151 \u022B \u0104 \u01A7 \u01A7 \u01E1 \u015C \u018C \u020A \u016B\u019B \u01A9 \u01EF \u01F2\u01B4 \u015C \u01AD \u0133 \u0198 \u01AE \u01AD \u01E3 \u01F1 \u010A \u01A7 \u01DD \u01C1 \u01C1 \u0109 \u0213 \u0216 \u0100 \u017B \u01DD\u01B5 \u0213 \u0131 \u025B \u0104 \u0213 \u0193 \u0100 \u01A7 \u01AE \u01F2 \u0141 \u0148 \u0148 \u0103 \u0157 \u013E \u0106\u0118 \u01C4 \u01C4 \u01C4 \u01C3 \u01C3 \u0164 \u023D \u01FD\u020E \u0164\u013B \u013B \u0114\u0202 \u0210 \u0177 \u0188 \u023C \u0190 \u014E \u0167 \u0268\u0134 \u0117 \u01AD\u011E \u011E \u01B5\u0165 \u0156 \u0116 \u01A6 \u0165 \u0148 \u0185 \u010E\u012B \u01A5 \u0203 \u0206 \u0291 \u020A \u014B \u0143\u0180 \u0206 \u010E \u0148 \u01A6 \u0122 \u010B \u01CA \u0164 \u0100 \u0101 \u011B \u0171 \u01F8 \u0178 \u0167\u01FC \u01AD \u0135 \u0135 \u018C \u023C \u0142 \u0129 \u014F \u0135 \u01D9 \u01AA \u018F \u0102 \u0122 \u01C7\u01DF\u0132 \u0163 \u0225 \u0142 \u01C5 \u01CE \u0164\u01AF \u0128 \u021A\u013E \u0259 \u01A4 \u017B \u014E \u014D \u0223 \u025E \u0137 \u0116 \u01BB \u019B\u0142 \u0259 \u01A0 \u01A4 \u014A \u011C \u0101 \u01B2 \u0177 \u0116 \u011C \u0166 \u017B \u0166 \u011C \u017B \u0247 \u0166 \u017B \u017B \u011C \u0213 \u014D \u01F8 \u0177 \u0166 \u014F \u0142 \u0135 \u01C5 \u0115 \u01B2\u0198 \u0177 \u0177 \u0225 \u0105 \u0105 \u01BC \u011E \u01EB \u0100 \u01EB \u011E \u01BC \u01BC \u024F \u0100 \u0210\u0146 \u010E \u0119 \u0266 \u0212 \u0127 \u017A\u019B \u0265 \u0201 \u01AD \u017E \u01E1 \u015A \u01B4 \u0208 \u0237 \u0170 \u0209 \u0160 \u01DB \u0197 \u0191 \u01B1 \u0142 \u0109\u0178 \u013A \u01EF \u01B3 \u019D \u014B\u0129 \u0198 \u019C \u0236\u01FE \u0122 \u015D \u0196 \u0266 \u0230 \u01D3 \u0105\u0260 \u01A0 \u0141 \u0106 \u0117\u01BB \u015E \u0151 \u0151 \u01EF \u0266 \u0137 \u021F \u017F \u012A \u010C \u016A \u017F \u0136 \u01B4 \u01C3 \u0135 \u01EF\u01BB \u0134 \u017A \u01B5 \u01BA \u01F0 \u0231 \u021F \u01EF\u0188 \u01EF\u01E7 \u0142 \u01B2 \u014A\u0175 \u0188 \u013A\u01B4 \u014B\u0129 \u01D9 \u018A \u01BE \u019D \u0156 \u014D \u0142 \u01C9 \u0176 \u01B5 \u0144 \u0234 \u01AD \u0149 \u01A4 \u0195 \u0225 \u011D \u01C8 \u01D6 \u0137 \u01AF \u0123 \u014B \u01D2 \u0100 \u01E6 \u0112\u0173 \u0127\u01B8 \u011D \u01AD \u0172 \u0227 \u0227 \u0164 \u01D5 \u0174 \u01E3 \u0299\u013B \u0188 \u0161\u0166 \u0102 \u01CE \u0142 \u01A9 \u0235 \u016A \u01A9 \u016A \u0158 \u0158\u010B \u010E \u016A \u0274 \u01A8 \u0192 \u024A \u0106 \u0249 \u01D4 \u01DC \u0159 \u010A \u017A \u01A0 \u010A \u01A3 \u0172\u0162 \u0137 \u024F \u0174 \u023E \u0223 \u020C \u0177 \u0235 \u01FE \u017F \u0156 \u026E\u0288 \u0232\u01F6 \u01E4 \u01A3 \u01A1 \u013D \u023B \u011F \u022D \u0182\u013A \u0154 \u013D \u0285 \u0249 \u0117 \u01B1 \u01F7 \u0138 \u017B \u010C \u01A9 \u012B \u0121 \u0282 \u0117 \u01EE \u0185 \u01E3 \u0259 \u01F6 \u01F4 \u0135 \u01BA \u022D \u0137 \u013B \u0240\u0151 \u011B \u0123\u0253 \u017E \u017F \u0279 \u013A \u013A \u0116 \u01EF \u025A \u010A \u011D \u0117 \u0259 \u01F1 \u0101 \u0197 \u0235 \u01FD \u0114 \u01AD \u0214 \u01F7 \u0203 \u019B \u01D5 \u01CF \u0249 \u0153 \u028E \u01E0 \u0167 \u012A \u024F \u01E5 \u021E \u022C \u0141 \u0198 \u0136 \u0172 \u0105 \u0156 \u0202 \u01BB \u0191 \u013A \u018A \u01B2 \u0111 \u01C7 \u0224 \u01DF \u020B\u014B \u015E \u01D6 \u01C7 \u022F \u01A5 \u01EB \u0279 \u0127 \u0100 \u017A \u0163 \u010E \u0117 \u016A \u0245 \u01D6 \u019A \u0203 \u0191 \u01D6\u01EE \u0259 \u014B \u0267 \u01EE \u020A \u013A \u01A5 \u010B \u0151 \u0114\u012F\u01FE \u01D6 \u0172 \u01FC \u01D6 \u0142 \u015B \u01D8 \u0131 \u018D \u0175 \u01B2 \u0267 \u0163 \u01A9 \u0166 \u01E1 \u0224 \u0193\u0129 \u0142 \u0172 \u020C \u013C\u0144 \u01A9 \u0294 \u0152 \u0168 \u0199 \u01FC \u020C\u0135 \u028D \u0135 \u01A8 \u01DC \u0254 \u017B \u01BB\u01F0 \u01C6 \u0162 \u0165 \u0100 \u01F6 \u0240\u0127 \u017B \u027A \u0254 \u01B1 \u0106 \u01A9 \u019A \u01AC \u0249 \u0197\u0147 \u024A \u018A \u01EE \u01CF \u0286 \u0240 \u0123 \u01D6 \u01A6 \u0205 \u01F7 \u01B5 \u024A \u0159 \u01B2\u0159 \u0205 \u01AB \u015E\u018A \u0197 \u01E6\u01DE \u024A \u0131 \u01E6\u01DE \u0188 \u0172 \u014F \u0113\u01A3 \u010E \u0245 \u0113 \u0111\u01E2 \u014F \u0142 \u0142 \u0127 \u0198 \u01C3\u0142 \u0142\u0181 \u01A3 \u021F \u01D9 \u0126 \u018A \u0105 \u018B \u0141 \u0105 \u0228 \u0151 \u0151 \u0126 \u0105 \u0105 \u01CF \u0116 \u0126 \u01A1 \u01C2 \u01C2 \u01C2 \u0126 \u0118 \u01F3 \u0153 \u0118 \u01BA \u01F3 \u0182 \u0182 \u012D \u0239 \u01BA \u012F \u0255 \u0108 \u013C \u01B4 \u01F2 \u012F \u020C \u0100 \u0193 \u0268 \u021F \u0193 \u01B3 \u012F \u016F \u019C \u01B3\u017A\u0129 \u01BB \u01D6 \u012A \u0198 \u0186 \u018F \u0133 \u0180 \u017C \u017A \u018A \u0127 \u012F \u0108 \u01D6 \u0222 \u014B \u0151 \u01D2 \u013A \u0211 \u012C \u0138 \u01BD \u0105 \u0246 \u0177 \u0105 \u0136 \u017A \u0221 \u024C \u0116 \u0201 \u022F \u022B \u01E2 \u0176 \u01C3 \u01F2 \u020B \u018B \u0100 \u0207 \u0186 \u0212 \u0206 \u018E \u015B \u0141 \u0228 \u0219 \u0200 \u025A \u01D6 \u0100 \u010E \u0198 \u01A6 \u0221 \u0106 \u01D6 \u01D6 \u0130 \u0251 \u0169 \u0121 \u0198 \u0198 \u0269\u0292 \u0123 \u013A\u017A \u014A \u0123 \u0123 \u0212 \u0213 \u0100 \u0146 \u0101 \u0172\u0119 \u01A2\u0100 \u013B \u01CE \u0119 \u012B \u0175 \u010A \u0100 \u01DB\u018B \u0111 \u01D4 \u0160 \u015E \u0105 \u0105 \u01BD\u020D \u0227 \u0237 \u0144\u0108 \u0106 \u024E \u0188 \u01A7\u0144 \u0168 \u0142 \u0152 \u0117\u01BB \u013A \u0254\u01FE \u0136 \u013C \u0142 \u0106 \u020C \u01A0 \u015E \u017E \u013A \u0233 \u012B\u0112 \u01D6 \u01A4\u0133 \u010E \u0178 \u0106 \u0208\u0123 \u0199 \u0134 \u022A \u01A1 \u010E \u0239 \u0185\u0239 \u019C \u013C\u0144 \u0162 \u01C4 \u0142 \u0167 \u0178 \u0213 \u0165 \u0157 \u0128 \u01EF\u013A \u0183 \u016F \u011C \u0130\u0149 \u0122 \u01E2 \u0100 \u0115 \u0136 \u0138 \u0117 \u01E5 \u018A \u0191 \u0186 \u0133 \u01EB \u019B\u01BF \u0208 \u0230 \u018F \u021F \u01CE\u01BD \u019B \u0194 \u0179 \u0138\u010E \u01C6 \u022B\u01C1 \u0176 \u01F0 \u01C9 \u01C4 \u021D \u0100 \u0100 \u0116\u01B5 \u0139 \u01FF\u026A \u01E7 \u0133\u01C5 \u01B2 \u0268\u017A \u011A \u020C \u01A3 \u0141 \u018A \u01FA \u018C \u01FC \u0143\u01BE \u011D \u0116\u018B \u01C3 \u014F \u0160 \u0144 \u014A\u0175 \u0235 \u013A \u014D\u022A \u01B1 \u01BB \u0136 \u013A \u0132 \u0157 \u0193 \u0115\u0156 \u0157 \u0157 \u0134 \u0188\u01B6 \u010B \u0188 \u0142\u019B \u01AD \u010E \u0137 \u0225 \u011C \u0285 \u0208 \u015B \u01FC \u0222 \u0127 \u01CB \u0138 \u0209 \u0149 \u0169 \u015E\u0151 \u01DB \u01AB \u0105 \u014E \u0188 \u0223 \u013C \u010E \u0161 \u01B6 \u0198 \u01B6 \u01DD \u01E6 \u024E \u018B \u0172 \u0172 \u013A \u0105 \u0133 \u0188 \u020A \u01A7 \u0149 \u018B \u0145\u019D \u0209 \u015A \u0228 \u024E \u018D \u012A \u015E \u0133 \u01AC \u0265 \u013A \u01CD \u0112 \u0171 \u0137 \u01CF \u012F \u0212 \u0137 \u0164 \u01D5 \u0104 \u01AD \u017E \u0198 \u0100\u01BF \u0201 \u014A \u0138 \u0181 \u0148 \u0153 \u021C \u0171 \u0156 \u0280 \u01BB \u01DA \u0104 \u01A7 \u0106\u010E \u0200 \u0188 \u0209 \u01EA \u01FC\u01CF \u01F7 \u01FC \u015E\u01AC \u0181 \u026B \u0149 \u0158 \u018C \u01B4 \u0141 \u0237 \u0136 \u0138 \u0154 \u013A \u017E \u0149 \u01C1 \u01BB \u010F \u0167 \u019B \u022C \u0168 \u0168 \u011F \u01AB \u013C \u023A \u0151 \u023C \u0138 \u0182 \u0133 \u010B \u0138 \u021C \u01BE \u013D \u0119 \u015C\u015F \u015F \u01AB \u0175\u012C \u0116 \u0235 \u0221 \u01CF \u0137 \u01AA \u017F\u01A1 \u01E8 \u0123 \u0177 \u0122 \u023E \u010A\u012D \u0109 \u0122 \u023E \u0156 \u016D \u0122\u01EB \u027F \u01BD\u01E1 \u018A \u0246\u0121 \u0216\u013A \u01E5 \u010B\u0176 \u01A0\u010A\u0111 \u012B \u01E0 \u0176 \u01D0 \u01D1 \u017B \u0118 \u0197 \u022C \u018A\u017B \u01A6 \u0122 \u01FC \u01FC  \u01FE \u024E \u024E \u01B6 \u010A\u0105 \u0137 \u019B \u01B5 \u011D \u0198 \u027C\u0165 \u01B1 \u0240 \u01D6 \u0116 \u0136 \u01E8 \u014F\u017E \u0275 \u01C1 \u0182 \u0188\u0187 \u0245 \u0259 \u013A \u0185 \u0191 \u0113 \u01F8 \u01F4 \u01C0 \u017D \u01FB \u0134 \u0138 \u022C \u017A \u0109 \u01C9 \u0178 \u01F6 \u0151 \u0178 \u019B \u012B\u015C \u0182 \u0200 \u0181 \u0104\u01BC \u021F\u0142\u01AD \u023C \u0239 \u01B1 \u018F \u01EF \u0178\u0181 \u01D5 \u016D \u01B7 \u01B4 \u0123 \u01E9\u0116 \u0198 \u0131\u0140 \u01F3 \u0153 \u01BA \u01F2 \u0144 \u0106 \u01C1 \u01A9 \u0248 \u01FE \u01BB \u0191 \u0265 \u01EF \u01D1 \u0106 \u0221 \u014A \u0136 \u0135 \u015C \u0265 \u0123 \u0100 \u01CE \u0106 \u010A \u01DA \u013B \u01D9 \u013D \u0126 \u021A \u01F7 \u01BB \u0100 \u0129 \u017A \u023B \u0101 \u01FC \u01FC \u01FC \u01E1 \u0192 \u0119 \u022B \u0152 \u010A \u0105 \u0105 \u013A \u017B \u01AE \u01AE \u01E0 \u01DA \u0197 \u01FE \u01BD \u0105 \u01E2 \u0157 \u01D5 \u01E5 \u01F7\u0240\u0148 \u01FC \u0270 \u0270 \u020A \u0111 \u01BE \u01BE \u01E9 \u01C9 \u024F \u0151 \u011B \u01D5 \u01B5 \u0198 \u013A \u01D6 \u0137 \u025B \u012C \u018C \u018C \u01DD \u01CF \u022C \u0133\u0132\u013E \u0188 \u0152 \u017F\u017E \u0127 \u0234 \u0179 \u01D4 \u0201 \u017F \u0182 \u0112 \u011D \u01B4 \u015E \u0136 \u017A \u0136 \u0268 \u010E \u0144 \u024A \u0156 \u0202 \u0141 \u01E8\u015F \u011C \u01CD \u0136 \u01D9 \u0166 \u0177 \u01EA \u0151 \u0118 \u0106 \u0220 \u01F1 \u0141 \u0208 \u0235 \u0167 \u0153 \u019B \u0114 \u012D \u0230 \u015B \u0130 \u0238 \u0166\u01A8 \u0239 \u020A \u0206 \u0136 \u01ED \u01C6 \u0207 \u0149 \u0118 \u01FE \u0118 \u0167 \u01D9 \u0246 \u015A\u015D \u0221 \u0138 \u020D \u024B \u0208\u0265 \u0138 \u0116 \u0151 \u020B \u0165 \u01A4\u0153 \u022C \u022E \u01A6 \u01B9 \u015E \u01E9\u0116 \u0252 \u023E \u0208 \u0165 \u0105 \u01A8 \u0129 \u0182 \u0182 \u015D \u027E \u0151 \u0199 \u0167 \u0102 \u0198 \u010E \u01FF \u0186 \u027B \u01D4 \u014E \u026B \u01D9 \u01D4\u01CB \u0207 \u01A4 \u022E \u0151 \u01B1 \u0246 \u0209 \u0247 \u0112\u0127\u01C1\u0173 \u023E \u0118 \u01A5 \u01F7 \u015A \u015F \u01AE \u01F0 \u0141\u0132 \u0161 \u01BB \u01F1 \u0125 \u01BE \u01CE \u01DA \u019D \u0220 \u0135 \u010E \u0138 \u017F \u0246 \u0105 \u018F \u01FC \u010B \u019E\u01CE\u019B \u01CE \u0157 \u018D \u0133 \u0175 \u01D5 \u017B \u011C \u0151 \u014A \u01A4\u0119\u013A \u0181 \u01FE \u012B \u0136 \u01DF \u0212 \u0105 \u0100 \u0188\u0116 \u0163\u01D6 \u01BB \u01D6 \u01A4 \u010F \u010C \u0210 \u025A \u0217 \u0123 \u018F \u010E \u0216 \u0125 \u0109 \u019B \u01EB \u01D6 \u01C2 \u0107 \u019B \u0150 \u01EA \u0217\u010A \u017A \u019B \u023E \u013E \u017F \u01AE \u0136\u0105 \u0144 \u0213 \u01D4 \u0206 \u01E4 \u012A \u01FB \u0252\u017A \u020A \u01D4 \u011C \u0285 \u01A7 \u01F6 \u0149 \u0198 \u024C \u0153 \u0149 \u0259 \u01AB \u0144 \u015C \u0233 \u015E \u0140 \u024A \u0180 \u025A \u0154 \u017B \u0131 \u0233 \u01A2 \u01BB \u0138 \u0136 \u010E \u015E\u01AC \u014D \u0193\u017A \u0221 \u0203 \u0130 \u01B9 \u01AC \u0172 \u022A \u022A \u0210 \u0105 \u0104 \u0133 \u0239 \u0198 \u0158 \u0167 \u01C9 \u0122 \u01B5 \u01D6 \u0280 \u01A7 \u01E5 \u01BF \u01EF \u0162 \u0232 \u0145 \u015A \u0199 \u0166 \u0255 \u022A \u0128 \u01A4 \u013A \u0162 \u0200 \u013C \u011D \u011E \u01E1 \u0151 \u0192 \u01A0 \u01BD \u0106 \u0198 \u0167 \u026B \u018F \u0105 \u0108 \u0247 \u010E \u018C \u011E \u01DC \u0210 \u01AE \u0167 \u0105\u0213 \u0151\u01E1 \u014E \u01C9\u017A \u014E \u01A2 \u0136 \u01A7 \u01A7 \u010E \u01B6\u0188 \u0152 \u010A\u0159 \u0150 \u0100 \u01F9 \u020A \u020F \u017F \u025A\u0269 \u017B \u022B \u0208 \u0171 \u01BF \u01A5 \u015B \u01BB \u01C0 \u026B \u018A\u017B \u0193 \u0101 \u016A \u01B1 \u016A \u0153 \u0198 \u0103\u014E \u018C \u0192 \u01A1 \u01AC \u0141 \u01B0 \u0207 \u0153 \u01AC \u0229 \u025E \u0208\u0136 \u01C5 \u01B4\u0113 \u0197\u0158 \u015A \u0216 \u021F \u010E\u0106 \u0211 \u01AB \u01D9 \u0164 \u01B2 \u01FC \u0245 \u011C \u01E1\u014E \u0106 \u0145 \u0198 \u0105\u01A4 \u0166 \u012B\u010E \u01E2 \u019E\u0132 \u01D4 \u0220 \u0181 \u0186\u024A \u0194 \u0222 \u0106 \u018A \u0163 \u0203 \u018A \u01EB \u01D6 \u0100 \u01A4 \u016A \u0138 \u0100 \u0240 \u0210 \u0172 \u019B \u0142 \u01F0 \u0224 \u0141 \u010B \u0265 \u01EE\u023B \u0193 \u0207 \u01F3 \u01DF \u0222 \u0104 \u0136 \u022E \u01A7 \u0203 \u0245 \u0167 \u01C9 \u0138 \u0153 \u0165\u0133 \u01A2 \u0131 \u0211 \u01AE \u0178 \u01D1 \u01A6 \u013D \u013C \u022A \u022A \u0106 \u0174 \u01D6 \u01EB \u01DF \u024E \u0167 \u025E\u014A \u0105 \u01AC \u010E \u01DE \u01AE \u010B \u0119 \u01EB \u01DE \u0175 \u014F \u017A \u0226 \u0100 \u018A \u0105 \u0116 \u017B \u017B \u0149 \u025A \u01FC \u0225 \u016C \u0239 \u0147 \u018F \u01B5 \u0141 \u0193 \u01D4 \u0220 \u0161 \u0220 \u010E \u0200 \u0217 \u0210 \u0210 \u01A7 \u012C \u0142 \u0136 \u0166 \u01C0 \u01CA \u0138 \u010E \u01D4 \u0210 \u01CA \u01F7 \u010E \u0166 \u01D6 \u0198  \u0224 \u0210 \u01CD \u01E1 \u0100 \u0159 \u017D \u023A \u0144 \u0144 \u01D6 \u0283 \u01D6 \u011E \u01E1 \u015E \u0165 \u0144 \u01A4 \u023E \u013A \u01A4 \u01A4 \u01D6 \u0144 \u0105 \u014E \u0172 \u0116 \u0259 \u01C9 \u0123 \u01C0 \u01C0 \u0166 \u019A \u0151 \u0153 \u0228 \u0119 \u019E \u010E \u0119 \u0101 \u0118 \u0108 \u0162 \u013E \u01C2 \u0105 \u0160\u0109 \u0188 \u018C\u020A \u01A7 \u0221 \u0127 \u0168 \u0108\u025F \u01DB \u0118 \u0100 \u0140 \u0152 \u019C\u020B \u01E5 \u0134 \u01AD \u015E \u01A0 \u01A0 \u022A \u020B\u01B7 \u0117 \u0147 \u0147 \u01E8 \u0106 \u018D \u0149 \u0106\u0142 \u020F \u0208\u010A \u0162\u020D \u01A7 \u0178\u015E \u0106 \u012A \u0128 \u014E \u0176 \u016D \u0199 \u0199 \u016F \u01D3\u012A \u0211 \u013A \u0230 \u012B \u013A \u01AD \u0154 \u01C9 \u018A \u01B2 \u018E\u026E \u0119 \u0122 \u0143 \u014A \u01AD \u0122 \u022B \u0109 \u0116 \u0138 \u013A \u0230 \u0143 \u01C4\u01B5\u01A4 \u0117 \u017A\u0117 \u018A \u0133 \u019E \u023A \u011A \u01B1 \u01C0 \u01B5 \u01C2\u0100 \u021A \u018F \u01B1 \u0135 \u0254 \u01FC \u0138 \u011F \u01B5 \u01D7 \u0127\u01F7 \u01B6 \u01A7 \u01A7 \u024E\u020B \u013A \u0195 \u01C7 \u0223 \u0133 \u0100 \u018A \u0270 \u0172 \u0138 \u0100\u01A4 \u014A \u012B \u025F\u0127 \u01C2 \u0100 \u016D \u010B \u0222 \u0115\u01B2 \u0161 \u0222 \u0142 \u0217 \u0148 \u013E \u0156 \u0249 \u011E \u0106 \u01CF \u012B \u0119 \u01BD\u01E1 \u01C6 \u0156 \u01DF \u01AA \u01F0 \u01E5\u0100 \u0109 \u0153 \u01AE \u012C \u017F \u017F \u013A \u018A \u013E \u013C \u013A \u0138 \u0246 \u01BB \u0165 \u0208 \u0122 \u012B \u0135 \u0123 \u0177 \u01B9 \u01DF \u01A7 \u0197 \u0142 \u012A \u01EF \u0116 \u01D4 \u0106 \u0106 \u0105 \u01E8 \u0240\u0143 \u0221 \u025A \u011E \u0151 \u0185 \u0138 \u01C3 \u01CE \u0248 \u0275 \u0109 \u0109 \u0105 \u020B \u01EF \u0117 \u0136 \u019F \u0100 \u0208 \u015F \u01CD \u015E \u022A \u01B2 \u0179 \u0136 \u0121 \u0259 \u010A \u011D \u01E5 \u01B3 \u019B \u016D \u020F \u0195 \u01FC \u0259 \u0130 \u0101 \u0240 \u022B \u010E \u016A \u0177 \u0157 \u01A4 \u0111 \u0105 \u012B \u0118 \u01AE \u0201 \u0123 \u01E2 \u024F \u0136 \u013A \u0208 \u0235 \u0136 \u013A \u015A \u016A \u0122 \u0122\u0119 \u0157 \u0108\u025F \u01FC \u0118 \u0228 \u01A5 \u0133 \u01F1 \u019B \u013A \u0208 \u0166 \u0221 \u0240 \u018E \u0144 \u0119 \u01C3 \u0138 \u0197 \u0167 \u01B5 \u01E0 \u0206 \u01FE \u0209 \u01FC \u020A \u01B3 \u0246 \u014B \u011E \u0151 \u01B6 \u0151\u0106 \u0208 \u0247 \u017B \u0207 \u01B3 \u0209 \u0209 \u010E \u013C \u01A3 \u0109 \u0178 \u0100 \u01BB\u0117 \u0239 \u01A5 \u0100 \u0237 \u013B\u0299 \u01C1\u0108 \u0144 \u0161\u01A7 \u0140 \u01CB \u0100 \u01A0 \u01FC \u0224 \u012A \u0186 \u027A \u0106 \u0217 \u01F2 \u0107 \u0118\u013E \u0212 \u01AD \u019B \u0213 \u01D6 \u0136 \u0142\u01C3 \u01A5 \u01AB \u0216 \u01B5\u0116 \u0117 \u0105 \u0198\u0130 \u01F7 \u0206 \u0178 \u012A \u0149 \u020A \u024D \u01A0 \u01E1 \u010A \u013E \u013E \u0140\u010B \u0140 \u0259 \u022E \u0157 \u0151 \u011C \u0138 \u0217 \u01E1 \u0130 \u010C \u024E\u0221 \u0152 \u010B \u0232 \u011E \u0119 \u0288 \u0142 \u0175 \u0175 \u0172 \u01B5 \u023A \u0163 \u0129 \u0161 \u0151 \u010E \u0114 \u0201 \u01FA\u01EF \u0148\u0163 \u0162 \u0162 \u01A7 \u0149\u01AC \u0130 \u0172 \u020C \u0249 \u01E1 \u013C \u0228 \u01AC \u011E \u0165 \u011F \u0200 \u0138 \u016A \u020C \u0100 \u0137 \u0171 \u0130 \u0106 \u01B6 \u0152 \u01C2 \u01F7 \u0178 \u01FC \u01DB \u0138 \u028B \u01AE \u017B \u0133 \u0180 \u016A \u024E \u016A \u0106 \u0209 \u0198 \u0221 \u014E \u015A \u01A6 \u0132 \u012B \u025E \u01C1 \u0150 \u0193 \u0210 \u012B \u0240 \u021D \u0138 \u01FE \u0138 \u0119 \u014F \u01D6 \u0237 \u01E1 \u0133 \u0225 \u0138 \u0225 \u012C \u011B \u0117 \u0155 \u01B1 \u01F6 \u01FC \u0153 \u0151 \u020F \u01B5 \u01CD \u0237 \u020F \u0217 \u01B5 \u012B \u0133 \u0132 \u015B\u016A \u0201 \u01AF \u019D \u01AF \u01A1 \u012A \u0158 \u0164 \u022B \u0150 \u0151 \u01CF\u016F\u0174 \u0123 \u01D0 \u0208 \u01B5 \u018F \u01AE \u0153 \u018A \u018D \u0152 \u012B \u018A \u0128 \u0144 \u0136 \u01F2 \u0228 \u0136 \u01F2 \u0236 \u0174 \u01B5 \u0100 \u0100 \u010F \u0160 \u0105 \u01EE \u018B \u0100 \u020C \u01AB \u013A \u0125 \u0199 \u024D\u01A9 \u012B \u015D \u012A \u0135 \u0277 \u012A \u012A \u012B \u0142 \u016A \u0230 \u0142 \u017E \u0178 \u0181 \u01E8 \u0208 \u0235 \u01DB \u0213 \u0285 \u01A7 \u0230 \u0156 \u013D \u018F \u018E \u01C9\u023B \u023B \u0141 \u01BE \u01BB \u01BD \u01F3 \u0116\u012B \u01C1\u022B \u015B \u01A3 \u01D9 \u0100 \u0268 \u013A \u019B \u01C7 \u013A \u0125 \u0142 \u0142 \u0230 \u0129 \u0100 \u0157 \u013D \u015D\u0162 \u01C4 \u01AE \u013E \u01B5 \u01F0\u0117 \u0105 \u0151 \u01D4 \u017A \u017A \u013A \u01AD\u020E \u01AD\u0106\u017C\u020E \u01E7 \u017E \u0175 \u0156\u0234\u012B \u0198\u0218 \u017A\u010B \u012B \u0164 \u0127 \u015A \u0133 \u0161\u0231 \u0149 \u01FB \u0223 \u01C8 \u016F \u021C \u0200 \u01A4 \u0275 \u0266 \u0285 \u0153 \u0156 \u0275 \u011F \u0138 \u01F6 \u017F \u0241 \u012B\u0127 \u0100 \u0105 \u01D9 \u022E \u0119 \u0276 \u010E \u0100 \u010F \u021C \u0282 \u015C \u0276 \u0138 \u017B \u017B \u01E7 \u0198 \u01C9 \u0130 \u01BB\u0117 \u0275 \u0248 \u0208 \u018F \u01AD \u0191 \u01F2\u0113 \u017C \u01EE \u0121 \u0107\u0191 \u019D \u019D \u01EF \u0208\u0125 \u01F7 \u0259 \u0123\u01D5 \u0237 \u01BF\u0151 \u0142 \u0116 \u0100 \u0106 \u0259 \u0231 \u0266 \u0106 \u01BF \u01BF \u013A \u0228 \u016A \u01E2 \u01C3 \u0275 \u0202 \u01A3 \u01A3 \u01C1 \u0208 \u01C9 \u01C9 \u013A \u0105 \u0242 \u0123 \u01A7 \u01F0 \u0165\u0133 \u01D6 \u023B \u0135 \u0167 \u0189 \u01C4 \u0171 \u01CA \u0209 \u0208 \u015A \u013B \u01DE \u015F \u01B3 \u01DF\u0254 \u01AD \u0124 \u0285 \u01FC \u012B \u015E \u01CA \u01E7 \u017B \u0220 \u0138 \u013E \u0118 \u01D6 \u0100 \u01C3 \u016A \u018A \u0136 \u01EE \u0212 \u010E \u025A \u0293 \u01C9 \u0152 \u01BB \u013A \u0198 \u0114 \u0198 \u01A9 \u010E \u0135 \u0205 \u0193 \u017A \u0152 \u01A1 \u023A \u0280 \u0217 \u0220 \u0213 \u0180 \u0161 \u0212 \u0168 \u01DC \u0130 \u017B \u01BB \u0181 \u0200 \u0153 \u01F3 \u01BB \u0220 \u013A \u015A \u0142  \u0153 \u01C7 \u0118 \u01B0 \u016A \u017A \u01AB \u01D1 \u0225 \u0151 \u018A \u0220 \u013E \u018E \u0116 \u0204 \u0118 \u0198 \u0129 \u0100 \u0220 \u0128 \u0151 \u0128 \u0141 \u012C \u0178\u01F3 \u013A  \u013A \u0134 \u01C1 \u010E \u010E \u0198\u018A \u012D \u01E2 \u0123 \u0161 \u0162\u0172 \u01E3 \u0157 \u01D4 \u01D4 \u0139\u0150 \u0118 \u011E \u0130 \u01D9 \u0162\u0172 \u01D4 \u01CE \u017B \u0141 \u0142 \u01E8 \u0151 \u020C \u0136 \u0151 \u01BA \u0105 \u0220 \u01E5 \u0237 \u0178\u0179 \u014B \u010E \u01CB \u01FC \u01C4 \u01B5 \u01C0 \u0181 \u012D \u0219 \u0198\u01E2 \u01F7\u0159 \u01B5 \u0198 \u0136 \u0162\u0172 \u01B5 \u01F7 \u0220 \u017F \u019B \u012D \u0198\u018A \u012D \u0123 \u0161 \u01D4 \u0118 \u0130 \u0220 \u0162\u0172 \u010E \u0151 \u019B \u01BA \u0105 \u01C4 \u0181 \u01B5 \u0172\u0162 \u0119 \u0181 \u01E4 \u0162 \u0142 \u0190 \u010E \u01B1 \u0135 \u0188\u0232 \u019B \u0107 \u0239\u016A \u01CD \u0127 \u0118 \u012B\u016A \u0161 \u01D3 \u0165 \u012B\u016A \u01EA \u0119 \u01CF \u01EB \u01B2 \u010E\u0106 \u0162 \u0142 \u0143 \u01BB \u01CF \u0144 \u0107 \u01D3 \u0142 \u015B\u0144 \u0165 \u0151 \u0100 \u0138\u01D6 \u0162 \u0151 \u0123 \u0151 \u0123 \u0123 \u0101 \u013A \u0119 \u0119 \u0172 \u018C \u010E \u0193 \u01AC \u019E \u018C \u01DB \u0248 \u01A4 \u012B \u0135 \u017E \u01AC \u0149 \u020C \u0106 \u013D \u010E \u01AC \u0149 \u01E5 \u0199 \u0128 \u0141 \u01F8 \u017F \u0149 \u01A1 \u0162 \u01E1 \u0256 \u01AB \u0122 \u0142 \u0227 \u019C \u01A1 \u0190 \u01C2 \u0123 \u0192 \u0236 \u01A4 \u0100 \u0100 \u01EB \u01AD \u01C1 \u017F \u01C1 \u01A4 \u01D9 \u0133 \u0102 \u01C4 \u0188 \u0188 \u01C0 \u01B1 \u013A \u0198 \u01C3 \u018F \u019B \u0195 \u0138 \u0249 \u0129 \u01B4 \u0160 \u0100 \u0116 \u0141 \u0143 \u013D \u0100\u018E \u01B5 \u01BC \u014A \u01BB \u0227 \u01B5 \u0134 \u0171 \u01E9 \u0248 \u0133 \u01B6 \u013E \u01C6 \u01A4 \u01AC \u0100 \u0201 \u01C1 \u0118 \u018B \u01E1 \u0118 \u01CC \u018B \u01C4 \u0161 \u01CD \u01A7 \u012B \u0239 \u0112 \u0152 \u0136 \u017F \u0113 \u018D \u01D4 \u01C0 \u01CB \u01F7 \u01A7 \u0123 \u0227 \u0231 \u0164 \u011A \u019E\u01CE \u0100\u01AD \u0210 \u0133 \u012E \u01D2 \u013C \u0105 \u0224 \u010E \u0142 \u017E \u01E4 \u0246 \u01E5 \u012E \u0295\u0151 \u0118 \u0177 \u0135 \u01F0\u017A \u0130 \u0122 \u0244 \u0104 \u0178 \u023D \u01D5 \u0105 \u01E1 \u011F \u012B \u018A \u013C \u013C \u0245 \u01F8 \u010F \u01A7 \u0137 \u027E\u0282\u0147 \u01D9 \u0147 \u0237 \u0239 \u0191 \u0282\u029A \u012B \u022B \u01B5\u0162 \u011C \u01E1 \u0168 \u016D \u018A \u01EF \u01AD\u01D1 \u0189 \u0100 \u01B2\u015D \u0149 \u019E\u01CE \u0117\u01F0 \u0132 \u0130 \u01AB \u0236 \u010E \u0106 \u01F3 \u0279 \u0136 \u0116 \u0179 \u011D \u0102 \u0180\u01BE\u0143\u023E \u027C \u015E \u0132 \u0121 \u0198 \u0165\u010E \u014E\u0108 \u0185 \u017F \u01EE \u0239 \u01E2 \u0105 \u01C3 \u01A4 \u01E3 \u0118\u019B \u01AE \u0118 \u01EA \u0239\u0231 \u01E5 \u012A \u019B \u016A \u013A \u0182 \u0177 \u0198 \u0106 \u0105 \u0188 \u0114 \u0151\u0292\u01A2 \u01A7 \u0149 \u01D5 \u018A \u01E0 \u01AB \u012C \u0133 \u0195 \u0123 \u0201 \u01AE \u0127 \u020E \u01A4 \u01D7 \u011B \u0136 \u01CF \u0224 \u01B4 \u020C \u0198 \u017A \u0166 \u0201 \u01A6 \u0127 \u01FC \u01D4 \u01E1 \u01D4 \u0151 \u025A \u01AB \u015B \u01BF \u01EB \u020B \u01AD \u015E \u0118 \u020A \u0208 \u016A \u01C1 \u0248 \u0141 \u0141 \u01D6 \u0105 \u01EE \u011C \u0179 \u0138 \u010B \u010B \u0107 \u013E \u0298 \u0198 \u0180 \u012B \u017B \u0206 \u020F \u0203 \u0125 \u0151 \u0132 \u0213 \u0213 \u0181 \u013E \u0100 \u0144 \u020A \u0217 \u0190 \u0109 \u0239 \u0130 \u01A4 \u0273 \u0269 \u0151 \u0143 \u0229 \u0102 \u0249 \u0220 \u01E5 \u01FC \u0162 \u010E \u0218 \u0172 \u017A \u01A7 \u0114 \u013C \u028A \u0143 \u0118\u0142 \u0104 \u01F3 \u0198 \u0182 \u014D \u01AE \u0211 \u01F3 \u0200 \u0168 \u018A \u010E \u0172 \u0137 \u01C0 \u01DC \u0100 \u01A2 \u01C0 \u0117 \u01A7 \u0239 \u0100 \u0100 \u020C \u0226 \u024F \u015E \u0229 \u0189 \u0144 \u01B4 \u014E \u01A2 \u01FC \u0198 \u0105 \u0198 \u01A7 \u0237 \u013E \u01F6\u01AE \u0204 \u0210 \u017F \u0136 \u0130 \u0138 \u0100\u01DF \u01E2 \u013E \u0123 \u01E5 \u0113 \u0136 \u0113 \u0141 \u0130 \u0226 \u0149 \u0220 \u01AB \u016A \u014F \u0265 \u0204 \u0100 \u0200 \u01C0 \u0123 \u0237 \u0123 \u010E \u0101 \u013A \u017E \u010E \u012B \u018C \u0248 \u0226 \u020C \u0106 \u013D \u01AC \u0100 \u01AC \u010E \u017E \u020A \u01A7 \u0203 \u0116 \u0128 \u0256 \u01A4\u0144 \u01E5 \u0185 \u0227 \u01F8 \u012C \u01C2 \u019C \u0162 \u0102 \u01B1 \u01C1 \u014A \u01E9 \u0118\u0142 \u0227 \u0143 \u01EB \u01D9 \u019B \u01B4 \u01B6 \u01B5 \u01BC \u01BB \u0100 \u0100\u018E \u012E \u0210 \u0118 \u0231 \u0118 \u012B\u010E \u01A7 \u011F \u0133 \u017F \u0239 \u0135 \u01C4 \u01CD \u0161 \u01AC \u0100 \u0102 \u0112 \u0152\u0195 \u018B \u01EA \u01A4 \u01B4\u0113 \u012B \u013C \u0105 \u0104 \u013C \u0245 \u0122 \u01A7 \u012E \u027E\u0282\u0147 \u01F8 \u0295\u0151 \u0179 \u0133 \u027C \u020E \u0237\u0154 \u0132 \u01EF \u022B \u0136 \u0105 \u0282\u029A \u017F \u01CE\u019E\u01B4 \u0130 \u0121 \u0236 \u0168 \u01F3 \u017F \u0100 \u01D7 \u01AB\u017F \u01C3 \u0201 \u0198 \u016A \u015B \u011B \u0136 \u01E5 \u0105 \u01AE \u0130 \u0188 \u01D5 \u0123 \u019B \u01D4\u0235 \u01E3 \u01A4 \u010B \u0200 \u01EB \u016A \u0141 \u020B \u0118 \u015E \u01D4 \u0181 \u0217 \u013E \u0198 \u0298 \u01F3 \u028A \u0104 \u0220 \u0182 \u0162 \u0123 \u015E \u01C0 \u01AB \u01B1\u0105 \u015E \u018C \u0108 \u010E \u018C \u0109 \u018C \u0151 \u0151 \u01A6\u0239 \u0163 \u0109 \u0237 \u0225 \u0154 \u020A \u0106\u0238 \u01AD \u0138 \u0219 \u010A \u01BB \u0153 \u018A \u012C \u0142 \u0142 \u0123 \u0123 \u0118 \u0165 \u01A7 \u0254 \u0100 \u0254 \u0100 \u0198 \u0134 \u01DD \u01E5 \u0165 \u0152 \u0265 \u0198\u0123 \u0266 \u0112 \u0116 \u013A \u0151 \u019A \u014E \u0105 \u0133 \u0156 \u0199 \u0151 \u0144 \u01A0 \u0265 \u019A \u019B \u01F1 \u0199 \u0100 \u0142\u016B \u01C9 \u01DB \u01D5 \u0117 \u015D \u0117 \u01C4 \u015D \u0122 \u019E \u010B \u011E \u01A3 \u0265 \u0266\u0275 \u010B\u01C1 \u010B\u01C1\u014E \u010B \u01D5 \u0157 \u0138 \u01B2 \u01BB \u0105 \u0156 \u0242 \u0157 \u0117 \u0151 \u0100 \u0116\u0206 \u010B \u0165 \u01F3 \u0265 \u0162 \u01F0 \u01D9 \u0167 \u013A \u01FB \u01D3 \u018E \u0100 \u016F \u010A \u025E \u01A6 \u0193 \u01F3 \u012D \u0180\u016B \u0142 \u0164 \u0133 \u0118 \u01BB \u0188 \u0164 \u0161 \u01E3 \u01E2 \u0158 \u018E\u0288 \u014D \u012E \u01EF \u021A \u0100 \u01AD \u0157 \u01C1 \u01BB\u01FA \u01D6 \u0131 \u01A7 \u0112 \u01E3 \u0188 \u0156\u01B1 \u01A4 \u028B \u0172 \u0112 \u024A \u0198 \u01FC \u01E8 \u01D9 \u01C2 \u019A \u019A \u0119 \u01C2 \u012F \u024A \u01B4 \u01D1 \u0204 \u01B6 \u01AB \u0107 \u01BA \u019D \u023C \u018A \u0158 \u0198 \u0168 \u013A \u0135 \u011C \u011C \u0142 \u010E \u010C \u0237 \u0181 \u0227\u021D \u01FE \u0167 \u01C9 \u0187 \u01D1 \u012C \u0186 \u010E \u014D \u01A2 \u0114\u0243 \u013A \u01C4 \u021E \u0180 \u0163 \u0100 \u01B0 \u01AB \u010A\u0114 \u0142 \u0279 \u01EE \u0167 \u0273 \u0135 \u0204 \u0123 \u0182 \u020C \u010A \u01FC \u0181 \u0160 \u018A \u024A \u01BB \u0237 \u0153 \u0123 \u0107 \u01AE \u0225 \u0160\u01D3\u021C \u024A \u01F0 \u01D9 \u013A \u0208\u0167 \u01D3 \u01FB \u0180\u016B \u018A \u01B0 \u010C \u01A6 \u0142 \u0193 \u01F3 \u025E \u01E2 \u01C4 \u0133 \u012D \u0164 \u0198 \u01FA\u01BB \u0118 \u021A \u0161 \u012E \u018E \u0157 \u01EF \u01C1 \u0100 \u028B \u0142 \u0156\u01B1 \u01A7 \u0188 \u0131 \u01D6 \u024A \u0188 \u0112 \u0181 \u0119 \u01D9 \u01D1 \u01C2 \u013A \u0237 \u010E \u0153 \u0107 \u01B6 \u01BB \u01B4 \u023C \u019D \u0135 \u01D1 \u012C \u0279 \u013A \u0114\u0243 \u021E \u0180 \u0123 \u0204 \u0167 \u0273 \u020C \u01FC \u0160 \u01AD \u0151 \u01C2 \u01E0 \u018D \u0151 \u011F \u01C1 \u011F \u013E \u0108 \u01A5 \u027C \u027C \u0138 \u0126 \u013A \u01BC \u0160 \u0106 \u020C \u0222 \u0149 \u018A \u0188 \u0162 \u0178 \u01AD \u01B6 \u01AB \u01AB \u01C3\u022C \u0116\u0115 \u0190 \u019B \u0151 \u01C0 \u0162 \u0147 \u01B5\u01E4 \u010E\u012B \u01B5 \u0165 \u0231\u01A6 \u015B \u0188 \u01CE \u017C \u0223 \u0160 \u015F \u01E4 \u0151 \u01BC \u01EB \u0149 \u0116 \u0198 \u020D\u0106\u010E \u01A5 \u0257\u0132 \u01A9 \u01D6 \u01B5\u01E4 \u0200 \u0119 \u0188 \u01BF \u01B5\u01E4 \u01AD \u0201 \u0104 \u0104 \u0172 \u0211 \u0147\u01BF \u0164 \u0204 \u0204 \u01E9 \u0268 \u017A\u01C9 \u01D2\u013C \u022B \u019F \u0161\u0162 \u013A \u01AB \u0198 \u019C\u014B \u0142 \u0189 \u0147 \u023B\u0134 \u0106 \u0147 \u025A \u013D \u021F \u0100 \u0198\u01AB \u018F \u0235 \u0134 \u01C3 \u01E7 \u013D \u0156 \u01B6 \u023B \u0234 \u0133 \u0116 \u01B9\u01C3\u021A \u0142 \u013A \u0129\u01B3 \u0116\u0115 \u020C \u017A \u01B2 \u0116 \u01F7\u0138 \u0169 \u0100 \u010E \u018E\u017C\u01AD \u018A \u0172 \u017C \u0133 \u01CD \u01D2 \u028F \u0161 \u0222 \u0166 \u0152 \u01C3 \u01D6 \u01B7\u01E3 \u0142 \u0156 \u01CE\u0248 \u01FB \u0198 \u0171 \u0104 \u01BB \u018A \u017C \u010E \u0116 \u010E \u0153\u0113 \u022C \u0257 \u0137 \u014F \u01E1 \u010F \u015B \u01D8 \u0176 \u0153 \u0121 \u01C6 \u0172 \u0113 \u0104 \u01D7 \u0189 \u0198 \u010E \u0197 \u0136 \u0257 \u012B \u010E \u014F \u0116 \u014F \u0185 \u01D6 \u01F9 \u01CA \u0116 \u01AD \u010A \u01CD \u01BF \u017A \u01E9 \u0115 \u0100 \u01E4 \u01F1 \u01FB \u01F1 \u0175 \u0142 \u0102 \u01B9 \u0142 \u0105 \u017C \u019F \u012F \u01C6 \u012A \u019B \u013E \u01AB \u0267 \u0198 \u0231 \u01A5 \u0116 \u013A \u01E4 \u01C3 \u01E3 \u024F \u020E \u01BF \u018B \u01DF \u0198 \u01F2 \u023E \u0106\u0151 \u0189 \u025A \u024C \u01B9 \u01BF \u010E \u014F \u0129 \u022E \u0204 \u01BB \u0228 \u01D6 \u0163 \u01E4 \u01A5 \u018E \u01EB \u0151 \u0166 \u010E \u0142 \u025A \u019B\u0142 \u0129 \u01F1 \u017B \u01B7 \u0211 \u024C \u023A \u01DF \u0116 \u0219 \u0271 \u018A \u0193 \u0165 \u012A \u019F\u01D8 \u017A \u01E4 \u01E4 \u0162 \u0162 \u0131 \u0189 \u0104 \u0104 \u0182 \u0163 \u019F \u0287 \u012D \u0211 \u0189 \u01BB \u01BB \u0133 \u0116 \u0165 \u0104 \u019F \u0113 \u010E \u013C \u0147 \u024C \u0131 \u0223 \u0142 \u0138\u01F7 \u0142 \u0130 \u0165 \u0202 \u0136 \u0225 \u0131 \u018A \u0136 \u0243 \u0220 \u016A \u0226 \u016A\u0192 \u014F \u0189 \u01B5 \u010E \u0287 \u0243 \u0151 \u0166 \u0162 \u0131 \u017F \u01D3 \u0135 \u0199 \u01B5 \u01BF \u017C \u017C \u01D3 \u0246 \u017E \u01F7 \u01A2 \u010E \u0116 \u01A5 \u01F5 \u0148 \u0123 \u0235 \u016E \u01B5 \u0206 \u0148 \u017C \u0142 \u0123 \u01BF \u01F2 \u01FC \u0105 \u0116\u01AA \u0128\u0143\u01B8 \u0161 \u01E8 \u0136 \u0147 \u01A1\u018A \u018E \u01AE \u0193\u0161 \u017E \u020C \u012E \u0153 \u0254 \u01AB \u018E \u01E5 \u015D \u0106 \u0157 \u01FD \u012E \u015E \u0114 \u018C \u0144 \u01B5 \u012E \u019B \u018F \u018E \u0213 \u01D9 \u0193 \u012E \u0195 \u0175 \u01F0 \u01B1 \u01B1 \u023B \u0133 \u0209 \u01E5 \u0134 \u01B4 \u0142 \u0141 \u022B \u0100\u01C3 \u0179 \u0118 \u014A \u0164 \u01D3 \u0116 \u0172 \u01E6 \u01D6 \u0238 \u01CD \u01B4 \u0187 \u0142 \u01C2 \u0121 \u0105 \u01BD \u0122 \u010A \u0149 \u013E \u010A \u013A \u0179 \u01B4 \u01B2 \u018F \u013E \u0109 \u0121 \u0188 \u01A7 \u016D \u0257 \u0259 \u01D0 \u0100 \u0175 \u015E \u0125 \u024C \u014A \u012D \u01F0 \u0185 \u01ED \u0121 \u01FD \u024F \u010E \u0195 \u018A \u012F \u0214 \u01FE \u0127 \u0122 \u018C \u0153 \u013A \u0188 \u013A \u01A0 \u0193 \u01C0 \u0105 \u01A0 \u0248 \u01B1 \u01D9 \u0108 \u0208 \u01D6 \u0172 \u0190 \u0114 \u0136 \u01EA \u015B \u013E \u0172 \u01C0 \u010F \u0148 \u0199 \u0193 \u0131 \u0127 \u0269 \u01D0 \u0265 \u0100 \u010E \u0229 \u0164 \u0105 \u0198 \u018C \u0210 \u019D \u0138 \u0138 \u01D6 \u0131 \u01AA\u0116 \u0128\u0143\u01B8 \u0161 \u01AE \u018E \u017E \u0114\u028F \u01E5 \u0185 \u01FD \u018C \u01B1 \u022B \u01D6 \u01B4 \u0142 \u0100 \u0144 \u01D9 \u0138 \u0141 \u0179 \u0118 \u0187 \u0142 \u0172 \u01B4 \u01CD \u01D6 \u0172 \u013E \u013A \u0121 \u024C \u01F0 \u01A7 \u0125 \u016D \u0121 \u0257 \u0188 \u0214 \u013A \u010E \u01A0 \u0153 \u019D \u0208 \u0108 \u024C\u01C0 \u01D6 \u013E \u0131 \u01A1 \u01B1 \u01B6 \u01B6 \u0117\u01BB \u0232 \u01E2 \u0240 \u0240 \u01B6 \u015B \u01B3 \u01E2 \u01E2 \u01E2 \u015B \u01E2 \u01B3 \u01B6 \u01E2 \u01E2 \u01AB \u015A \u01DC \u01DC \u01D9 \u0257 \u0257 \u0100 \u0183 \u01E2 \u01F2\u01E2 \u0118 \u0105 \u0163 \u0171 \u0130 \u0160 \u015E \u0105 \u0105 \u0106 \u01AC \u0100 \u0259 \u0158 \u0106 \u0205 \u016D\u012E \u022C \u0236 \u01FC \u0171 \u0167 \u0181 \u016F \u0128 \u0193 \u013C \u0171 \u01E5 \u0173\u0265 \u013E\u029B \u0171 \u0181 \u0208 \u0136 \u017B \u01AD \u01AA \u01AD \u01CE \u0142\u0138 \u0100 \u01DE \u0156 \u01AB \u018E \u0164 \u019B \u0252\u01ED \u0133\u016D \u01C3 \u0180 \u0248 \u0153 \u0100  \u0137 \u01A7 \u011D \u0122 \u01D4 \u01B7 \u010E \u013B \u0100 \u012B \u0279\u0229 \u0223 \u01AC \u01DF \u01F8 \u0118\u0270 \u0248 \u014B \u01DD \u01B2 \u019F \u01DE \u01AE \u01AC \u010F \u0122 \u01E1 \u0119 \u016C \u0133 \u0119 \u019B \u019B \u022C \u0137 \u01BF \u0154 \u0100 \u013E \u018D \u01E6 \u013C \u0118 \u011F \u01EB \u0211 \u0276 \u012C \u017B \u015F \u01A7 \u0138 \u01B1 \u01D1 \u01FA \u023E \u0133 \u01B7 \u0265 \u018E \u01D6 \u0122 \u01B4 \u0181 \u0105 \u0257 \u0166 \u0136 \u01BF \u0100 \u0171 \u0208 \u01F7 \u01BB \u020E \u0105 \u0200 \u0168 \u019F \u0168 \u0123 \u012F \u01AD \u01BF\u019B \u0105 \u0118 \u01D9 \u0122 \u0167 \u01E5 \u01E2 \u0259 \u01E5 \u0108 \u0201 \u0119 \u01F2 \u0171 \u0136 \u01E0 \u0100\u0136 \u01C4 \u0141 \u0113 \u022E \u01AC \u0189 \u019B \u01AD \u0208 \u01EB \u0189 \u015E \u0140 \u0141 \u012D \u010C \u0213 \u0118\u019B\u013E \u0272 \u01AD \u01EB \u0211 \u013E \u019F \u019B \u0206 \u01AD \u023E \u0131 \u0218 \u0280 \u015E \u01AE \u0105 \u0100 \u01E5 \u0163 \u0116 \u0118 \u01BB \u0141 \u0158 \u016A \u0168 \u0265\u0173 \u01C0 \u0224 \u0164 \u0194 \u01E2 \u01E2 \u0240 \u0138\u01AD \u0208 \u0141 \u01F7 \u0138 \u0100 \u0177 \u0219 \u0106 \u01C6 \u020C \u0109 \u0105 \u024E \u015A \u0222 \u0151 \u012E \u013A \u016E\u016F \u019A \u019C \u01CF \u015D\u022D \u01A1 \u017F \u020B \u0208 \u01D8 \u01A6 \u016A\u0128\u011B\u0105\u01A4 \u020B \u013C \u0116 \u0122 \u0109 \u021F \u0119 \u01BB \u0117 \u011A \u01BD \u01F0 \u01C7 \u019B \u027C \u011B \u0131 \u012E \u0161 \u0133 \u0118 \u01E7 \u0105 \u0112\u0173 \u01C1 \u0151\u0115 \u0142 \u010E \u0265\u01AC \u01DD \u01CF \u0172 \u0151 \u0161 \u015D \u0246 \u0156 \u01A8 \u0102 \u0246 \u0167 \u0123 \u011F \u0154 \u01AD\u0151 \u01D6 \u013A \u013C \u013A \u0245 \u014E \u0246 \u0156 \u023C \u01E8 \u01FC \u017A \u0151 \u01F0 \u0138\u0142 \u0167 \u010F \u01E1\u0213 \u0106 \u0117 \u0179 \u0259 \u01B4 \u01F3 \u027C \u014A \u01D1 \u01B2 \u01AB \u0122 \u010F \u0152 \u0135 \u0116 \u01C6 \u0104 \u0100 \u0154\u0237 \u0123 \u0235 \u01FF \u01F0 \u01E5 \u0153 \u01F6 \u0105 \u0167 \u01DD \u0166 \u0152 \u0152 \u0207 \u01A5 \u01CB \u0151 \u015A \u0165 \u0188 \u027C \u0100 \u013C \u0152 \u0167 \u014E \u01C6 \u01BB \u0157 \u0190 \u013A \u0163 \u0149 \u0114 \u0144 \u0104 \u0123 \u010C \u0217 \u0104 \u01A4 \u0219 \u01BB \u01AC \u01BB \u0273 \u0136 \u0102 \u0157 \u020C \u0131 \u0252 \u0135 \u0221 \u011B \u0212 \u01A8 \u012C \u0221 \u027C \u012E \u017B \u0204 \u0130 \u0122 \u0106 \u0123 \u0130 \u0204\u0287\u023E \u018F \u0265 \u0151 \u012C \u0204\u0287\u023E \u0138 \u0122 \u0101 \u0119 \u0132 \u019D \u01B4 \u0100 \u0160 \u0105 \u0126 \u0123\u0149 \u0232 \u0157 \u0135 \u01A4 \u0154 \u01D9 \u0199 \u0208 \u013A \u0167 \u021F \u01BA \u0234 \u013D \u01E4\u01BE \u0109 \u01B1 \u01EB \u0145\u0252 \u0113 \u0187 \u01CB \u0148 \u0257 \u0113 \u0122 \u018D \u0142 \u018A \u020A \u011F \u0149 \u022C \u0172 \u0235 \u01E7 \u024B \u0210 \u0182 \u0232 \u0173 \u0123 \u0292\u0118 \u0281 \u0136 \u01D6 \u0220 \u0123 \u0248 \u019D \u01C0 \u01FE \u01F3\u0135 \u0232 \u0279 \u01E4 \u0275 \u01BF \u018A \u0237 \u0144 \u01A4 \u01CF \u01F3 \u0119\u0113 \u01FE \u0167 \u0252\u0145 \u022B \u0207 \u01D4 \u01CD \u0113 \u023E \u0167 \u01C6 \u0196 \u0143 \u0173 \u01A5 \u020A \u0216 \u0130\u01AB \u0105 \u0138 \u0211 \u0148 \u0100 \u020A \u010F \u0172 \u0151 \u01F3 \u0252\u0145 \u01DC \u0100\u0118 \u0138 \u0116 \u0123\u017B\u018A \u0100 \u0281 \u015A \u01AC \u0113 \u0123 \u018F \u01D4 \u01D4 \u0281 \u01A1 \u0172 \u0118 \u01D4 \u0123 \u01E2 \u01FB \u0118 \u0122 \u0118 \u0118 \u0138 \u012A\u0228 \u011B \u0121 \u0138\u0151 \u0181 \u0181 \u01B8 \u0100 \u0163 \u01F2 \u01BC \u0101 \u0252 \u0119 \u01C1 \u013A \u01D9 \u0142 \u0134 \u0159 \u013A \u013B \u019E \u020C \u0104\u0172 \u0233 \u012F \u0188 \u0193 \u0105\u0239 \u0239\u013C \u0109 \u0170 \u0106 \u024E \u0277\u017E\u0198 \u019B\u018E \u011E \u0151 \u0100 \u01DB \u0118\u0100 \u022C \u0151 \u01AF \u015E \u0119 \u0277\u017E\u0198 \u0117\u01BC \u0128\u011B \u0181 \u0134\u0268 \u019C \u01AB \u01CF \u0154 \u0147 \u015E \u013A \u010F \u015D \u01A1 \u01E5 \u0162 \u019F \u01C4 \u0149 \u015E \u01B3 \u0192 \u017E \u0190 \u027F \u0199 \u0167 \u0100 \u0178 \u0117 \u0259 \u018C \u0149 \u01E8 \u019E \u0100 \u012A \u0151 \u0112 \u0277 \u01A6 \u021F \u016E \u0208 \u01D6 \u01E5 \u0178 \u017C \u0188 \u01B2 \u022C \u0118 \u021D \u01B1 \u022B \u018F \u011A \u011E \u01B1 \u017A \u0117 \u0105 \u011E \u01BE \u010F \u0122 \u01B9 \u0156 \u01D9 \u0118 \u0118 \u021A \u0116 \u0243 \u0118 \u0189\u013D \u01AE \u01BC \u01C9 \u01C1 \u01BB \u014D \u0165 \u0118 \u017A \u0133 \u01AD \u0205 \u0252 \u018D \u015E \u013A \u016B \u0157 \u015E \u013A \u0138 \u0147 \u0117 \u0195 \u01B3 \u017A \u012B \u01C4 \u0153 \u0102 \u0176 \u0151 \u0151 \u019B \u0156 \u0176 \u01F3 \u017F \u0100 \u011E \u012E \u01C8 \u01F0 \u0198 \u018D \u01CF \u018C \u0172 \u01AD \u0164 \u0127 \u011A\u014A \u0118 \u0157 \u025F\u022B \u0149 \u01E8 \u01B4 \u0228 \u0152\u01DE \u018D \u010B \u0210 \u010E \u0105\u011E \u01A4\u01A7 \u017E \u0218 \u0142 \u0222 \u020C\u027E \u01AD\u0138 \u018A\u0151 \u01CF \u01CD \u0117 \u021A \u0133 \u01DD\u0152 \u01CB \u01D2 \u019E\u01CE\u0141 \u018A\u0270\u01BA\u0231 \u018A \u01A3 \u01E8 \u018B \u0148 \u010E \u0117 \u015A \u01D4 \u0100 \u0149 \u01E6 \u01D5 \u0120 \u0122 \u0269 \u0103 \u015E \u0159 \u011E \u01A2 \u019E \u0109 \u022A \u0118\u0142 \u0244 \u0119 \u01E1 \u013E\u014F \u01A3 \u024A \u01BF \u023E \u018A\u0270\u01BA\u0231 \u018C\u01D3 \u012A\u01C6 \u016C\u022C\u0154 \u01D6 \u0235\u0221 \u0246 \u010A\u0198 \u01A1 \u0167 \u01F0 \u013C \u01EB \u0105 \u0130 \u0177\u0101 \u017A \u0109 \u0156 \u018C \u01F6\u0198\u0287 \u012C \u0130 \u010A \u0142 \u011E\u013D \u01F6\u01AE \u013C\u0239 \u013C \u01CE \u012E \u0132\u0257 \u0278 \u01CF\u0137 \u0178 \u017F \u0109 \u0278 \u011B \u0165 \u0273 \u0116 \u018A \u01E5 \u024E \u0182 \u0138 \u0129 \u022A \u011F \u0245 \u0138 \u0288 \u011A \u0133 \u01D9 \u022C \u022E \u0232\u014F \u0116 \u0191 \u0208\u010A \u0198 \u0170 \u019E \u0248 \u0107 \u0185 \u022B \u018F \u0117 \u01D6 \u0138 \u0179 \u019D \u01F6 \u021D \u0232 \u0175 \u01D5 \u0117 \u018A \u0128 \u0279 \u0210 \u0253 \u01F5 \u0189 \u0275 \u0237 \u022D \u01F4 \u0188 \u0102 \u01FA \u014F \u011C \u01FE \u01F3 \u0101 \u0106 \u015E \u0279 \u010E \u0105 \u0181 \u012D \u0157 \u0191 \u01BA \u0151 \u017B \u019E \u01B1 \u023E \u0153 \u01D9 \u01D6 \u0221 \u01D6 \u0239 \u01EE \u01B8 \u01D1 \u0266 \u019C \u010F \u013B \u010A \u0204 \u0144 \u026E \u018A \u01E3 \u01A6 \u0121 \u0145 \u017D \u0238 \u0195 \u01AD \u017B \u0259 \u018A \u0237 \u022C \u0136 \u01F1 \u013A \u024F \u010E \u01E5 \u01E8 \u01AB \u01BF \u0143 \u0144 \u0195 \u0202 \u0108 \u0105 \u0244 \u014D \u0201 \u0136 \u013A \u01BC \u018B \u0115 \u0118 \u018C \u0166 \u020E \u01D7 \u0104 \u0104 \u01DD \u016C \u011C \u0265 \u011B \u021D \u0198 \u0202 \u0198 \u011E \u0166 \u0144 \u01AE \u013E \u012B \u01D9 \u01E2 \u012A \u0188 \u01A3 \u011B \u0235 \u01ED \u01A2 \u012B \u015E \u0235 \u023E\u018B \u0171\u0189 \u020B \u0108 \u017B \u015F\u0269 \u0238 \u022E \u0141\u01E9 \u011B\u0189\u0127 \u0291 \u0247 \u0209 \u01A5 \u015F \u025A\u011F \u0127\u0138 \u027E \u01F4 \u017A \u0129 \u0171 \u01BB\u0117 \u0124 \u0170 \u0188 \u013C \u01FC \u0201 \u01CE \u022E \u0238 \u026B \u015C \u0207 \u010A\u0198 \u0245\u014E \u01D9 \u01D9 \u0246 \u0100 \u0208 \u01A5 \u014F \u0151 \u0156 \u0127 \u0140 \u01F6 \u01F8 \u01E9 \u015F \u0108 \u012C \u01A0 \u015D \u01D6 \u015F \u0203 \u01E9\u0257 \u0242 \u01A3 \u012D \u01AE \u017B \u022F\u0207 \u0213 \u0217 \u010B \u01F7 \u01BB \u0136 \u022E \u019B \u0104\u010D\u020F \u011C \u0100 \u01D6\u0213 \u0213 \u0244 \u025A \u01A9 \u0106 \u0107 \u01A5 \u0217 \u01C6 \u0130 \u012C \u0137 \u01EE \u0153 \u0206 \u01A3 \u011C \u0225 \u0204 \u0198\u0204 \u0212 \u0138 \u0108 \u0151 \u016E \u0251 \u01B7 \u010C \u015E \u0102 \u01D6 \u0239 \u010E \u0182 \u01A7\u0168\u022A \u025A \u0252 \u0131 \u0269 \u01A3 \u010D\u018A\u0192 \u011F \u0161 \u011E \u022E \u0249 \u0201 \u0139 \u0168 \u0193 \u0104 \u01CD \u0151 \u01A5 \u0152 \u0162 \u0172 \u0218 \u0163 \u0106 \u0148 \u0229 \u01A1 \u0204 \u010E \u0198 \u012A \u0219 \u0128 \u01FC \u0229 \u0162 \u0291 \u0204 \u0182 \u021A \u0193 \u011F \u0101 \u020C \u0238 \u0198 \u01EF \u0168 \u01D6 \u01F6 \u01A7 \u0105 \u017B \u0132 \u0104 \u0198 \u0132 \u0210 \u01BB \u021A \u0265 \u011B \u017C \u0259 \u0200\u011F \u0116 \u0199 \u0171 \u01F0 \u0100 \u01A2 \u01F1 \u01AC \u019E \u0133 \u0174 \u0279 \u010E \u014F \u01C1 \u01A6 \u0179 \u019A \u01FC \u0161 \u01C5 \u01A4 \u0198 \u0198 \u015E \u018B \u0142 \u0150 \u0138 \u0210 \u010E \u0243 \u012E \u0107 \u0175 \u0240 \u0237 \u027E \u0257 \u01D6 \u01EE \u01C9 \u01D6 \u018A \u0286 \u0225 \u01E5 \u01D6 \u01A1 \u0198 \u0220 \u017A \u0198 \u0147 \u0130 \u0152 \u0198 \u0151 \u012D \u0186 \u014F \u0210 \u0287 \u01B5 \u0129 \u01F7 \u0243 \u0159 \u0211 \u014F \u0162 \u01A5 \u0133 \u0220 \u0181 \u01B8 \u0100 \u01D9 \u0101 \u01BC \u0252 \u0163 \u022C \u015E \u012F \u020C \u0192\u0151 \u0193 \u019E \u017D \u01AF \u0195 \u01DB \u01CF \u0112 \u010F \u021F \u0116 \u019F \u0190 \u012A \u015D \u01F0 \u0170 \u01B3 \u015E \u0141\u0147 \u0178 \u01E8 \u013C \u01C4 \u016E \u019C \u01A6 \u016C\u0154 \u027F \u0134\u0268 \u0105 \u015E \u0102 \u015E \u01B1 \u017A \u022B \u0252 \u010F \u017A \u0147 \u0243 \u0176 \u01F3 \u0156 \u01B9\u01BA \u0122 \u021A \u017A \u018F \u027E \u015E\u0123 \u0157 \u01C9 \u0118 \u01AE \u0189\u013D \u01BB \u01B2 \u0117 \u017C \u01CF \u0103 \u0148 \u0164 \u024E \u0128 \u0122 \u011F \u0156 \u011B \u0249 \u0142 \u0200\u011F \u018D \u01D6 \u019E \u0149 \u0238 \u0143 \u0133 \u018A\u0151 \u0177\u0101 \u0120 \u018A\u0270\u01BA\u0231 \u0239 \u01CD \u015C \u025F\u022B \u0141\u019E\u01CE \u0127 \u01CB \u0102 \u0269 \u0172 \u0100 \u0130 \u0228 \u01A5 \u01D5 \u0149 \u015A \u0133 \u0148 \u0182 \u013C \u01D1 \u0288 \u017B \u0244 \u01E1 \u015F \u0138 \u0273 \u0165 \u0259 \u0245 \u01E5 \u01A3 \u023E \u0278 \u012C \u01A1 \u022E \u0238 \u0198 \u022A \u01BF \u0246 \u0178 \u0116 \u0253 \u025A \u013E \u020E \u023E \u0157 \u01FA \u0106 \u026E \u022B \u0275 \u0191 \u0151 \u01B1 \u01F7 \u01F4 \u0279 \u0181 \u0142 \u018A \u01F6 \u01A6 \u019D \u01F3\u018A \u0101 \u0198 \u0116 \u0221 \u0188 \u0115 \u01FC \u0238 \u025A \u011E \u01E5 \u018B \u0104 \u012A \u0202 \u0207 \u0201 \u0265 \u01A2 \u0237 \u0235 \u0206 \u0188 \u01EF \u0235 \u010B \u01D9 \u017A \u0127\u0138 \u014F \u01A5 \u01F6 \u014F \u015D \u022E \u014E\u0245 \u020B \u0100 \u0156 \u019A \u0209 \u01EE \u01A5 \u0217 \u01F7 \u01B7 \u01C6 \u0137 \u019B \u01E9 \u01AE \u022E \u01F3\u0130\u01A1 \u0162 \u0163 \u0182 \u01D6 \u019F\u0229 \u0220 \u0182 \u0287 \u025A \u0219 \u01A6 \u0210 \u0265 \u0132 \u017B \u0100 \u018B \u01EE \u0240 \u0130 \u0152 \u0191\u010C \u0191 \u0126 \u0213 \u01C3 \u012B \u0163 \u01D4 \u0191\u010C \u017D \u0140 \u028E \u020C \u01A6\u020C \u017D \u0123 \u01BB \u0109\u01BB \u01BB \u020C \u0238 \u016E \u01B7 \u018C \u0294 \u010D \u018A \u018A\u0198 \u0198 \u021D \u0108 \u0282 \u0154 \u0143 \u0249 \u01C0 \u0175 \u0108\u022B \u018F \u01E2\u012D \u01BB \u0294 \u01C1 \u012D \u0127 \u01C1\u0127 \u0145 \u0165 \u018C\u0152 \u0161 \u021D \u0269\u0151 \u0275 \u0246 \u01D6 \u0177 \u015C \u0116 \u0147 \u0147 \u0130 \u01B5 \u0131 \u0191 \u015C \u0275 \u0123 \u01A0 \u0123 \u01E5\u0123 \u01EA \u0105 \u01A0 \u018C \u01C9 \u018C\u01F6\u0152 \u01B5 \u0141 \u01A0 \u01B3\u0129 \u01D5 \u0136 \u0149 \u0270 \u020D \u0220 \u0237\u01C2 \u01CD  \u01BA \u014F \u0189 \u0238 \u01C1 \u020D \u0215 \u012D \u0154 \u0106 \u0166 \u01A5\u0191 \u012D \u0216 \u01D0\u0109 \u0151\u0269\u0189 \u01A7 \u0130 \u0117 \u0200 \u0265 \u0189 \u01A0 \u0189 \u017D \u028E \u020C \u0123 \u0109\u01BB \u01BB \u01A0 \u0215 \u0294 \u0136 \u018A \u018C \u0198 \u021D \u016E \u017D \u0143 \u0249 \u0161 \u01A0 \u0189 \u021D \u01D6 \u0238 \u0145 \u0127 \u01C1 \u0275 \u0126 \u0147 \u0246 \u0237\u01C2 \u0105 \u0123 \u0191 \u0151 \u01A0 \u01EA \u0123 \u01E5\u0123 \u0130 \u0220 \u01B5 \u01A7 \u0270 \u020D \u01C1 \u01BA \u0189 \u020D \u01D0\u0109 \u0265 \u013A \u013A \u0146 \u0229 \u01A1 \u015E \u013C \u0100 \u013D \u0149 \u0195 \u0154 \u01E5 \u014D \u01B3 \u019D \u0244 \u0167 \u01FD \u0142 \u0117 \u0137 \u019C \u0195 \u0149 \u01D9 \u012B \u011F \u01E5 \u01B5 \u019B \u01E9 \u01BE \u0123\u01B9 \u0131 \u0253\u01E5 \u013D \u013D \u01F0\u0252\u0117 \u011A \u013A \u010E \u01D6\u022E \u0225 \u01AB \u01CF \u017C \u0206 \u010B \u020A\u0152 \u0153 \u017C \u018A \u0164 \u0161 \u0105 \u0112 \u020C \u01E8 \u0104 \u01CF \u01FE \u013C \u01BB \u0108 \u020C \u014D \u0142 \u0182 \u0154 \u0208 \u01D9 \u0165 \u018A \u01F2 \u014F \u0167 \u018A \u019D \u01EF \u027C \u0106 \u0229 \u0185 \u0149 \u0116 \u01F4 \u01AB \u0117 \u018F \u0248\u0141 \u018A \u01D6 \u014D \u018A \u0149 \u0133 \u0195 \u0183 \u0108 \u0228 \u0123 \u0149 \u0105\u0141\u0153 \u019B \u0105 \u0225 \u0136 \u0136 \u014F \u0229\u0279 \u0168\u017C \u01D5 \u0201 \u012B \u0168 \u0149 \u0112\u0106\u01A2 \u0123 \u01A7\u017C \u0127 \u0167 \u013C \u0136\u0166 \u01A2 \u0151 \u01A5 \u010E \u010C \u01F2 \u0213 \u0151 \u0149 \u0192 \u0280 \u0131 \u01DF \u0219 \u0117 \u0168 \u0168 \u0105\u0213 \u018A \u0199 \u01B2 \u0164 \u010E \u01F2 \u0151 \u0149 \u0142 \u01A7\u017C \u0225 \u0151 \u0138 \u0138 \u0138\u018E \u0279\u01A9\u0136 \u01C1\u0144 \u0142 \u026B \u01E8\u01F6 \u01E0\u020E \u0100 \u020D\u0104 \u0123 \u0178 \u0198 \u0227 \u0128 \u010E \u01B1 \u0265 \u0142 \u01C4 \u01E8\u01F6 \u01B6 \u01C6 \u0116 \u0165 \u0144 \u0205 \u01F7 \u0105 \u0113 \u019E \u0168 \u0109 \u01A6 \u0251 \u012D\u0265 \u0165 \u0205 \u01C6 \u010E \u0161\u0151 \u0113 \u022E \u0138 \u01E0 \u0105 \u0205 \u0113 \u010E \u0105 \u0105 \u015B \u015D \u0110 \u0269\u0151 \u0176 \u01A0 \u0199 \u014B \u0167 \u0138 \u01AD \u0195 \u018F \u0210 \u01D5 \u01C9 \u013C\u0221 \u01B9 \u0200 \u0144 \u013C \u019E \u01A4 \u010E \u0176 \u01AB \u01E1 \u0143 \u0177 \u01D9 \u019D \u0235 \u018F \u0106 \u01B4 \u01A6 \u015C \u01EF \u018C \u01C0 \u0149 \u01B2 \u0153 \u0254 \u0131 \u018F \u011D \u01FC \u013C \u018F \u0251 \u018F \u0108 \u018C \u0149 \u0158 \u0158 \u0167 \u022E \u0221 \u019A \u013C \u0136 \u0270 \u0149 \u0151 \u0100 \u01A2 \u0135 \u0224 \u018A \u0105 \u01D6\u0206 \u0225 \u018E \u010E \u014B \u0195 \u0134 \u0117 \u0136 \u012C \u0151 \u010E \u0158 \u0221 \u0221 \u0210 \u0138 \u01A6 \u01A2 \u01EF \u018E \u0225 \u018F \u01A2 \u012C \u0138 \u01C9 \u01C1 \u01C1 \u01C1 \u011A \u0179 \u0179 \u0121\u0137 \u01BA \u0102 \u0137 \u011F \u0179 \u0137 \u0137\u0121 \u01B9 \u0137 \u01BA \u01EF \u01EF \u0103 \u01D4 \u0111 \u0111 \u023B \u011B \u0111 \u01A7 \u011B \u0127\u010E \u0101 \u018B \u015E \u017E \u019B \u0237 \u013C \u017E \u0178 \u0181 \u015B \u027F \u0134 \u0149 \u0192 \u015D \u010B \u01E9 \u0171 \u01B3 \u016A \u0141 \u0248 \u01F0 \u012B \u018C \u023B \u0195 \u011A \u0149 \u0127\u0189\u0192 \u0248 \u012B\u010E \u016A \u01D5 \u01D5 \u01CC \u01D3 \u0234 \u0171 \u0104 \u0177 \u0217\u017D \u01E2\u01FC \u0168 \u01CE \u0104\u01BD \u01F6\u01AE \u01F5 \u01B7 \u0189 \u0107\u010C \u0117\u011A\u01BB\u01F0 \u0270 \u0116 \u0240 \u016A\u01C3 \u024F \u020B \u029C \u0119 \u0119 \u01C1 \u0104 \u01D7\u0176 \u0116 \u0198 \u01E2 \u019B \u0198 \u01A0\u0167 \u0248 \u01C4 \u0189 \u01F0 \u016A \u0129 \u0127 \u01BB\u011A \u0270 \u01A5 \u0206 \u0161 \u0104 \u015B \u010E \u0198 \u020A \u0130 \u0171 \u01A6 \u018A \u015E \u0237 \u01C7 \u0198 \u0220 \u0136 \u017E \u013A \u0235\u01C7 \u01CD \u0127 \u0136 \u0104 \u0109 \u0191 \u0270 \u024F \u0167 \u01C2\u016A \u0136 \u0127 \u01B0 \u0248 \u01C4 \u0167 \u0245 \u01BB \u0136 \u0168 \u0237 \u01C7 \u0237 \u0136 \u017E \u013A \u0109 \u0136 \u0167\u01A0 \u0248 \u0126 \u0126 \u018A \u016A \u018A \u010E \u0149 \u0205 \u0167 \u01BD \u0146 \u0175 \u0201 \u01FC \u0167 \u0175 \u01D5 \u0149 \u0152 \u0144 \u011B \u0101 \u0179 \u0119 \u0152 \u0255 \u0109 \u01A4 \u0100 \u01A4 \u01E5 \u01F8 \u0166 \u0106 \u016F \u0105 \u010A \u01B3 \u019F\u0237 \u019B \u0135 \u0129 \u0252 \u018F \u01AA \u0137 \u0210 \u01C1 \u0104 \u01E5 \u01E5 \u0136 \u012B \u0270 \u017F \u0100 \u0100 \u022B \u0229 \u0105 \u014A \u0210 \u013A \u0156 \u016C \u01A7 \u0166 \u0156 \u01F7 \u0177 \u011F \u01FC \u01E8 \u0144 \u0109 \u0137 \u01DF \u01DF \u019A\u025E \u01D1 \u01DF \u0188 \u0188 \u01F4 \u0101 \u01D1 \u01F3 \u0109 \u015E \u022B \u01A9 \u01DE \u0178 \u0100 \u021E \u01BF \u01E5 \u01E5 \u0123 \u01A0 \u01D0 \u01C6 \u0114 \u0123 \u018A \u01A1 \u0100 \u0208 \u0124 \u01B9 \u01B9 \u020A \u0166 \u0210 \u0148 \u0216 \u025D \u0217 \u01E4 \u0141 \u014E \u0104 \u01B1 \u01AC \u0123 \u01A7 \u0130 \u015A \u0221 \u019A \u018A \u025E \u01D6 \u0220 \u014F \u01CD \u011B \u0101 \u0179 \u0109 \u0152 \u0255 \u01A4 \u01A4 \u010A \u01B1 \u019F\u0237 \u0106 \u01B3 \u01F8 \u016F \u0105 \u01D6 \u018F \u0252 \u0137\u023C \u012B\u016A\u0156 \u0156 \u0177 \u01C1\u0127 \u01FC \u01DE \u022B \u0100 \u025E\u019A \u01A7 \u01DF \u0109 \u01FC \u01FC \u022B \u01BF \u01C6 \u01E5 \u0114 \u0123 \u01E5 \u014F \u0217 \u01B9 \u0124 \u014E \u0210 \u0130\u01C0 \u015A \u025E \u01CD \u012C \u01EE\u0120 \u0231 \u013A \u0108 \u01C0 \u01EE \u0192 \u0134\u013A \u021F \u0223 \u0231 \u01AE \u01E1 \u0116 \u01EE \u011E \u0136 \u0195 \u0141 \u0207 \u0238 \u027A\u0207 \u0193 \u022E \u0151 \u022E\u0163 \u0216 \u0216 \u022E \u01EE \u01EE \u01EE \u0163 \u01EE \u0269 \u012C \u01A3 \u012C \u0195 \u01C0 \u01EE \u0192 \u0116 \u011E \u0207 \u0141 \u022E \u0216 \u01EE \u01EE \u01EF \u0193 \u01EF \u01EF \u0118\u011E\u0100 \u0118 \u020F \u010E \u0101 \u011E \u013D \u01C0 \u026B \u0152 \u0254 \u017E \u0105 \u0195\u01F6 \u01AD \u0149 \u0193 \u0193 \u026B \u0149 \u0133\u016C \u0100\u011E \u01BE\u0180\u0143 \u01BB \u012B \u0248 \u01C9 \u01B6 \u021A \u011E \u01C9 \u0118 \u017C \u0173 \u017E \u01BA \u0172 \u01C1 \u011A \u0141 \u018D \u01B6 \u0152 \u0195 \u01F6 \u0164 \u0123 \u0146 \u0151 \u020F \u017A \u022D \u01E5 \u010F \u01E8 \u0154 \u01EB \u0105 \u0118 \u0141 \u01EA \u0259 \u0118 \u0198 \u0257 \u011A \u018A \u010F \u011B \u0135 \u01EF \u010C \u0136 \u012D \u01E5 \u027D \u0167 \u0144 \u0201 \u021A \u01A7 \u0198 \u01DD \u01A2 \u01CF \u0199 \u0136 \u01B1 \u018B \u01F8 \u01A5 \u017A \u0245 \u0151 \u0166 \u022E \u0207 \u0248 \u011B \u01A0 \u010B \u01A5 \u0217 \u01BB \u0105 \u01A3 \u0181 \u010D \u0166 \u0114 \u020C \u0151 \u0135 \u0100 \u010E \u0280 \u011F \u01C6 \u0248 \u0136 \u0152 \u01C0 \u0199 \u0173 \u0221 \u0123 \u010B \u0130 \u0152\u0155 \u01F7 \u0204 \u0155 \u0118 \u0101 \u010E \u013D \u01A5\u01CF \u0254 \u0151 \u017E \u0105 \u01AD \u0193 \u0149 \u0198 \u0118 \u01C9 \u011E \u017C \u0100 \u0164 \u0280 \u0152 \u01C1 \u0127\u0146 \u0172 \u0151 \u011A \u017A \u0154 \u01E5 \u0105 \u022D \u01E8 \u0259 \u01EA \u018A \u012D \u018B\u0143 \u0166 \u01B1 \u0207 \u0130 \u011B \u010B \u017A \u022E \u01A3 \u0181 \u0217 \u010D \u0114 \u0155 \u022F \u0166 \u0259 \u0152 \u0199 \u017A \u01B2 \u01BB \u017A \u022C \u0109 \u01EF \u0198 \u01D5 \u01A2 \u013A \u018A \u0167\u0197 \u01A1 \u0199 \u025E \u01A1 \u0140 \u0105 \u012C\u014A \u0109 \u019B \u013D\u017C \u013D\u013E \u01AD \u01AC \u0133 \u0142\u0118 \u019D \u01A1\u0181 \u0277 \u0192 \u0167 \u01A0 \u0142 \u0135 \u01D6 \u0122 \u017A \u01C9 \u01A8\u0162 \u013D\u017C \u0100 \u01B5 \u01A0 \u01B5 \u01DE \u0252 \u01BC \u0208 \u0175 \u01B4 \u0116 \u0133 \u01AF \u0116 \u0117 \u024A \u0156 \u018F \u01D9 \u021F\u018E \u013A \u0195 \u0118 \u01BB \u013D \u013D \u011E \u022E \u0140 \u01E3 \u0248 \u0142 \u0209 \u0224 \u011D \u01AC\u01AE \u01CD \u017F \u01DE \u0164 \u0173 \u017A \u0133 \u0149 \u01F7 \u01B4 \u0135 \u0173 \u022E \u0116 \u01F8 \u0178 \u024E \u0121\u0246 \u0109 \u022C \u01AE \u01DF \u01E8 \u01E5 \u011F \u01CF \u011E \u01D6 \u0279 \u01B4 \u01C2 \u01E3 \u0275 \u0248 \u01D1 \u01F1 \u022B \u0106 \u0106 \u0123 \u01EF \u027A \u0123 \u0127 \u0141 \u013C \u01E3 \u011C \u01E3 \u015E \u01EF \u0201 \u015E \u01A6 \u0105 \u01BF \u01CD \u0108 \u01F1 \u0166 \u024F \u011E \u0231 \u013D \u0161 \u0207 \u015E \u011F \u0142 \u022E \u0175 \u0224 \u0151 \u0212 \u0237 \u0123 \u0208 \u027C \u027A \u020C \u0106 \u0142 \u0251 \u01D6 \u0151 \u01F7 \u010C \u010B \u0213 \u020F \u0216 \u011C \u01B5 \u01BB \u0142 \u0105 \u01A4 \u0239 \u017A \u01EB \u01E1 \u0131 \u01C0 \u019F \u022E \u013D \u0271 \u01B9 \u0172 \u021A \u0123 \u01F7 \u01C0 \u0137 \u0100 \u011B \u013D \u025E \u01B4 \u0123 \u0225 \u01D6 \u0224 \u0152 \u010E \u0251 \u0116 \u0151 \u0265 \u0138 \u01EE \u0140 \u0105 \u013D\u017C \u01AC \u01AD \u01B5 \u0277 \u017A \u01D6 \u024A \u0118 \u011E \u013A \u0116 \u027C \u0133 \u013D \u01AF \u0156 \u0100 \u018E\u021F \u01E1 \u0140 \u0149 \u0172 \u0239 \u01F7 \u0173 \u01E3 \u01EE \u0138 \u011F \u0123 \u01CF \u0178 \u01E8 \u0106 \u0106 \u022B \u0279 \u01F1 \u01EB \u020F \u01E3 \u0142 \u0166 \u027A \u013C \u0213 \u022E \u015E \u020C \u0216\u01EE \u01F7 \u011C \u0130 \u01B4 \u010E \u0251 \u0152 \u01B1 \u0136 \u0136 \u0136 \u0105 \u0160 \u0100 \u0196 \u016C \u012B \u01C9 \u01F0\u010B \u01B6 \u01BF \u019B \u01E7 \u0173 \u01E1\u0104 \u01DD \u01D2 \u0127 \u01DF \u023C \u01E3 \u01BB \u022B \u0234 \u0105 \u0168 \u0206 \u017A \u01E1 \u020B\u014B \u017A\u0162 \u01B6 \u0286 \u019A \u010B \u0163 \u0206 \u01E1 \u0237 \u024A \u0168 \u01BF \u019A \u0286 \u01D6 \u0245 \u0245 \u0104 \u0103 \u0104 \u0148 \u027A \u01EE \u0275 \u0275 \u019B \u019C \u01A3 \u0230 \u0157 \u0135 \u0275 \u019A \u0145 \u01CE \u0117 \u0188 \u0145 \u0230 \u01BF \u01C9 \u01BB\u0252 \u0157\u0221 \u013A \u0164 \u0164 \u01B5 \u01D3 \u01A3 \u0270\u0147 \u010E \u0175 \u028D \u01BD \u015C \u01BF \u0138 \u019A \u01F1 \u01BF \u0175 \u01F8 \u0102 \u01CD \u01F1 \u0255 \u0198 \u013D \u0144 \u0240 \u0126 \u0106 \u017B \u01D9 \u019A \u0175 \u0140 \u010D \u0217 \u0217 \u021B \u01A4 \u0223 \u015E \u015E \u01DC \u0265 \u0270 \u01C5 \u019A \u0223 \u0226 \u0154 \u0154 \u0249 \u018C \u0151 \u0154 \u01D0 \u0154 \u0154 \u0126 \u0191 \u0105 \u0105 \u0127\u0138 \u0123 \u013A \u01A1 \u0161 \u01F1 \u022E \u0161 \u0107 \u0105 \u0161 \u0235 \u010E \u0106 \u01B8 \u0166 \u01EA \u0134 \u0252 \u0235 \u01A4 \u0123 \u01E1 \u0121 \u0105 \u01DF \u0106 \u016D \u0121 \u0136 \u0160 \u01AD \u0216 \u01BB \u010B \u010E \u01A4 \u0113 \u0123 \u01C0 \u0105 \u01F2 \u017E \u010E \u0134 \u018C \u013D \u019E \u010E \u0105 \u01E5 \u010E \u015C \u016F \u0254 \u010B \u012B \u017F \u01B3 \u0208 \u0117 \u01D6 \u01A0 \u0144 \u01D6 \u0205 \u019C \u0199 \u015D \u0122 \u01E3 \u010B \u01C1 \u0108 \u01B5 \u0109 \u0117 \u018F \u013D \u0134 \u0119 \u014A \u013A \u01BB \u010E\u01B6 \u0136 \u0116 \u019E \u017A\u0134 \u0122 \u0125 \u0117 \u024C \u01CF \u021F \u01C9 \u013A \u0143 \u0116 \u01B1 \u0118 \u011D \u0113\u018E \u0189 \u012B \u0153 \u01DD \u0152 \u0164 \u01D5 \u0136 \u01BC \u0133 \u0149 \u0223 \u01F7\u0127 \u018D \u0100 \u0100 \u011A \u0136 \u0172 \u01E7 \u0161\u016A\u01C7\u0166 \u018A \u0127 \u01A7 \u0148 \u013A \u0103 \u01A3 \u013D \u01E8 \u01BF \u0111 \u01BD \u0143 \u015F \u0178 \u0105 \u022D \u013E \u0125 \u023C \u01EB \u013C \u0119 \u020C \u0182\u010F \u0265 \u01CE \u0138 \u015C \u015C \u0103 \u0221 \u011F \u0138 \u027C \u0151 \u01C6 \u017F \u0188 \u0106 \u0179 \u0152 \u022D \u01FE \u010E \u019E \u0115 \u01B1 \u01B4 \u011D \u01D1 \u01EF \u01B2 \u0100\u011E \u0275 \u01D6 \u0126 \u0191 \u0137 \u0185 \u018F \u027C \u0138 \u0221 \u01F1 \u0142 \u024C \u0144 \u0105 \u019B \u0118 \u017F \u0265 \u01BF \u01DD \u01CF \u0133 \u0240 \u01F1 \u010E \u01E2 \u01E2 \u0265 \u01CD \u028B \u0136 \u0136 \u0105 \u01FE \u024F \u01C3 \u0201 \u017B \u0123 \u0119 \u0119 \u0198 \u01BB \u01E5 \u0195 \u013A \u021E \u0198 \u0108 \u013D \u0144 \u0118 \u01FF \u01AE \u01A0 \u0198 \u014E \u013C \u014B \u027A \u022E \u0140 \u0118 \u0118 \u012D \u0188 \u0224 \u0189 \u0141 \u01E5 \u01C6 \u015E \u0106 \u01A0 \u01FF \u017F \u017B \u0213 \u0146 \u01A7 \u021D \u010E \u01CE \u01B5 \u0198 \u017F \u0217 \u0151 \u0119 \u01EE \u010E \u010E \u0133 \u020A \u01A3 \u0114 \u01C6 \u010C \u016E \u015B \u023A \u0105 \u01B5 \u0152 \u017A \u0172 \u01AC \u01EB \u0201 \u0218 \u020C \u020C \u0193 \u0161 \u0131 \u01AC \u0141 \u0151 \u0273 \u0152 \u0199 \u012D \u01DD \u01A8 \u028B \u027A \u01C0 \u0160 \u0161 \u01FC \u0138 \u0191 \u0210 \u0153 \u01A2 \u015A \u010E \u01A4 \u0144 \u0153 \u0138 \u0223 \u0146 \u0150 \u01D9 \u0152 \u01E5 \u01D6 \u012D \u0138 \u018A \u0105 \u01F2 \u010E \u0122 \u0254 \u01D6 \u019C \u0134 \u01C1\u0127 \u0134 \u014A \u024C \u01D6 \u0122 \u0143 \u013A \u0134\u017A \u01C9 \u01DD \u0117 \u021F \u0161\u016A \u012B \u0103 \u0136 \u0164 \u018D \u028B \u01DD \u01A8 \u010E \u0172 \u018A \u0143 \u0152 \u01AC \u023C \u0138 \u017B \u0198 \u0138 \u0118 \u01CE \u0125 \u015C \u0265 \u01E8 \u010E \u01C6 \u0179\u0102 \u018F \u0106 \u027C \u01EF \u0275 \u0191 \u01B1 \u01B2 \u024C \u019E \u0137 \u017F \u0118 \u0188 \u0199 \u01C3 \u01BB \u0191 \u01BF \u01A0 \u0136 \u021E\u0151 \u01E5 \u0119 \u013A \u0201 \u01CD \u020A \u01E2 \u027A \u0213 \u0106 \u0189 \u012D \u0141 \u014B \u0198 \u0146 \u01EE \u015B \u023A \u0217 \u021D \u01C6 \u0136 \u0151 \u0162\u0161 \u020C \u0131 \u0218 \u0144 \u0160 \u0138 \u01C0\u020C \u012D \u0285\u019E \u0100 \u013A \u0138 \u0126 \u010F \u0123 \u013A \u019E\u01BC \u010E \u012C \u015A \u0160\u0109\u0123 \u0118 \u012C \u01CB \u01C9 \u0208 \u0142 \u0144 \u0178 \u013A\u0161 \u01B3\u0199 \u01A0 \u0198\u015E\u01C0 \u0118 \u0105 \u0110 \u0141 \u0162 \u0162 \u0117 \u0265 \u01D9 \u01C9 \u0123 \u0128 \u0102 \u019C \u012C \u01A0 \u0203 \u018E \u0156 \u015A \u018F \u0150 \u013A \u013D \u021D \u0138 \u01E2 \u0142 \u0127 \u0208 \u01B6 \u01B5 \u01E1 \u01AD \u0135 \u0116 \u0141 \u01B1 \u012A \u0105 \u0195 \u0105 \u0128 \u01C3 \u0105 \u01BA \u01FC \u0229 \u013C \u0164 \u0231 \u01A2 \u0142 \u0123 \u0174 \u01E1 \u0156 \u0223 \u0133 \u0195 \u0100 \u018C \u01D6 \u015A \u01D7 \u0127 \u017E \u0172 \u01A3 \u01B4 \u01AD \u01F7 \u0174 \u024C \u01E5 \u0159 \u0156 \u010E \u022C \u0265 \u013D \u010F \u013C \u0198 \u0105 \u017A \u01E8 \u01E8 \u01BB \u0151 \u01E8 \u0116 \u022C \u0137 \u01BF \u01E5 \u01E5 \u012E \u0144 \u013C \u017F \u01D1 \u0204 \u0129 \u01D6 \u0117 \u0153 \u013A \u01D5 \u0132 \u0175 \u0178 \u015E \u01F0 \u019E \u01D6 \u020D \u0198 \u0116 \u022C \u0128 \u0208 \u0106 \u0138 \u011B \u0279 \u01F5 \u017C \u0275 \u014D \u0106 \u0137 \u0100 \u0100 \u0137 \u0188 \u01D1 \u011D \u0106 \u01FE \u023C \u0116 \u01B5 \u0100 \u0218 \u010E \u0153 \u01FC \u01AD \u0194 \u024F \u01D5 \u0119 \u01BF\u01AD \u0144 \u01BF\u01AD \u01E5 \u012B \u0157 \u013A\u01BB \u01FE \u022C \u0123 \u01C1\u012B \u0208 \u01E3\u01E2 \u0275 \u0235 \u0144 \u01FC \u012F\u0142 \u013C \u0116 \u011D \u0186\u025A \u019C \u01C1\u0144 \u01FC \u0208 \u018A \u0247 \u0118 \u01C1 \u0165 \u01A5 \u0108 \u01FF \u022E \u010E \u01B1\u0144 \u0198 \u026B\u01AC \u0109 \u01B6 \u01B6 \u0100 \u0141 \u0123 \u010E \u0138 \u01BA \u0233 \u01BF \u01BF \u0100 \u022C \u0140 \u01E1 \u0245 \u01BA \u01AB \u010E \u0242 \u013E \u0213 \u0141 \u0100 \u0203 \u01AD \u0142 \u022E \u01C6 \u0206\u01D6 \u01BB \u0251 \u0132 \u0105 \u013C \u0162 \u0149 \u01BF \u011E \u0172 \u0100 \u0239 \u01BB \u01FC \u01EB \u0201 \u0193 \u0172 \u0163 \u0123 \u0245 \u0126 \u018A \u018A \u022C \u0158 \u0218 \u0105 \u01FC \u01D6 \u0242 \u018A \u015B \u0100 \u0117 \u0133 \u01F7 \u0151 \u0100 \u010E \u0180 \u0105 \u01C0 \u011B \u0195 \u0117 \u01C5 \u0144 \u01D4 \u01FC \u0221 \u019B \u0147 \u0105 \u0210 \u010F \u01D6 \u01C1 \u0225 \u0251 \u0147 \u01FC \u012D \u01B5 \u0138 \u0159 \u0285 \u0126 \u010E \u0208 \u01CB \u0118 \u0203 \u0128 \u0186 \u01C9 \u01D9 \u01B1 \u011D \u01D6 \u0128 \u01E1 \u0195 \u018F \u01AD \u01B5 \u0208 \u015B \u013D \u011E \u0142 \u0164 \u0231 \u01A3 \u0174 \u01B4 \u0127 \u0159 \u018C \u013C \u017A \u0138 \u01F6 \u0144\u01B1 \u01E5 \u0105 \u018A \u01BF \u013C \u020D \u0194 \u01D5 \u0275 \u01F0 \u0175 \u015E \u01FE \u023C \u0208 \u01EB \u0144 \u01C1 \u01E5 \u0144\u01B1 \u0119 \u01B6 \u0235 \u013C \u0100 \u0141 \u0247 \u022E \u010E \u0100 \u0198 \u01C1 \u0100 \u01FC \u013E \u022E \u0163 \u0172 \u0126 \u0105 \u01D6 \u0265 \u01C0 \u01FC \u0144 \u0221 \u012D \u0251 \u01D6 \u0181 \u018F \u0198 \u018A \u023E \u0198 \u0198 \u0123 \u023E \u01D6 \u0122 \u01E4 \u010E \u01EE\u023B \u01E4 \u023B \u0133\u01E4 \u01E8\u0276 \u0133 \u0198 \u01D4 \u01D4 \u0105 \u022E \u01AB \u01E8 \u0131 \u01B2 \u0106 \u01D6 \u0126 \u01E8\u0276 \u0137 \u0138 \u0152 \u018A \u0156 \u01D4 \u0138 \u01C2 \u010C \u0131 \u0137 \u0106 \u018F \u0123 \u01E4 \u0158 \u0158 \u01C1 \u0190 \u013A \u0111 \u0111 \u013A \u023B \u01B5 \u01B5 \u01D7 \u013A \u018A \u01D1 \u01B5 \u0111 \u01AD \u012C \u013A \u01B5 \u0111 \u0140 \u010B\u013F \u010B\u013F\u0140 \u01A7 \u01D4\u010B \u027C  \u0199 \u0201 \u0201 \u0181 \u01E6 \u01BA \u016C \u018C \u0239 \u012E \u018C \u0153 \u0138 \u024C \u01AD \u026C \u026C \u0100 \u015E \u0135 \u0151 \u0254 \u010B \u010B \u015E \u018E \u0165 \u0122 \u01B9 \u0100 \u0108 \u0123 \u01B5 \u0235 \u0123 \u0179 \u0147 \u0138 \u0200 \u0237 \u020F \u0123 \u0123 \u0123 \u0135\u017F \u01D5 \u01D9\u0123 \u018E \u020F \u0100 \u0235 \u0135\u01C0 \u0123 \u0237 \u01D6 \u0142 \u0199 \u013A \u013A \u021D \u0111\u021D\u0221 \u0208 \u01E4 \u01B5 \u0190\u01BC \u01C7 \u0133 \u0142 \u0221 \u0213 \u023A \u013D \u01BB \u0208 \u0190 \u013D \u0101 \u01D4 \u013B \u0101 \u0188 \u01B1 \u01B1 \u011D \u0199 \u0248 \u0208 \u0117 \u0191 \u0245 \u0212 \u0208 \u01A5 \u0224 \u0153 \u0153 \u0199 \u01EF \u01A0 \u0134 \u019E \u013D \u012A \u01B5 \u014D \u0118 \u0122 \u0118 \u0177 \u013C \u0116 \u0137 \u01EA \u0116 \u0123 \u022C \u011E \u0151 \u018A \u0123 \u0210 \u01BB \u0141 \u0119 \u0109 \u013C \u013C \u01DD \u016A \u01E5 \u0143 \u01A3 \u0247 \u0143 \u01DC \u0155 \u0106\u016B \u016B \u010E \u0188 \u010E \u010E \u0106\u010E\u0188\u016B \u010E \u01AD \u01AB \u01AB \u01C1 \u0128 \u0149 \u016A \u01C9 \u0180 \u016A \u0188 \u01AD \u0123 \u0116 \u01CE \u018F \u018F \u0165 \u01CD \u016A \u0149 \u014F \u0126 \u0141 \u0257 \u0167 \u0105 \u0165 \u0100 \u01B2 \u0180 \u027C \u01B5 \u0167 \u0123 \u0105 \u01E5 \u0197 \u0100 \u01B6 \u027C \u01B9 \u0165 \u0181 \u0128 \u01AD \u01AB \u01C1 \u0149\u0266\u0123 \u0116 \u018F \u01C9 \u01CE \u0188 \u0149\u0266 \u0105 \u0257 \u01B5 \u0197 \u0225 \u014B \u01D3\u0197 \u014B \u0123 \u0225 \u0225 \u01D3 \u01D0 \u0171 \u018F \u0171 \u0225 \u01D3 \u01D0 \u0161\u01E8\u0119 \u0119 \u023A \u0161\u01E8\u0119 \u0147 \u01F4 \u01C1 \u0172 \u016A                                         \u0170 \u0171\u0189 \u0158                                                ";
    HAN_SURNAME_READINGS = "\u4E50yue \u4E86liao \u4EC7qiu \u516Dlu \u533Aou \u5355shan \u53E5gou \u53ECshao \u5458yun \u555Cchuai \u6298she \u65BCyu \u66FEzeng \u6734piao \u67E5zha \u725Fmou \u76D6ge \u7E41po \u7F2Amiao \u80FDnai \u8584bo \u89E3xie \u90C4qie \u90D7xi \u90FDdu";
    HANJA_HANGUL = "\uC77C\uC815\uAD50\uCE60\uC0C1\uD558\uBA74\uB9CC\uC7A5\uC0BC\uC0C1\uD558\uAE30\uBD88\uC5EC\uBA74\uAC1C\uCD95\uCD95\uC804\uCC28\uBE44\uC138\uC138\uAD6C\uBCD1\uC5C5\uCD1D\uB3D9\uC0AC\uC2B9\uC8FC\uAD6C\uB7C9\uC8FC\uC720\uB7C9\uC5C4\uBCD1\uC0C1\uACE4\uAD6C\uAC1C\uC544\uC7A5\uC911\uADF9\uAC1C\uBD09\uAD00\uAD00\uCC2C\uC784\uCC29\uC8FC\uD558\uD658\uB2E8\uC704\uC8FC\uC815\uB824\uAC70\uBCC4\uBD88\uC774\uC608\uB0B4\uC624\uAD6C\uAD6C\uD0C1\uC694\uC758\uD638\uC9C0\uC624\uC0AC\uD638\uD54D\uC545\uC74C\uBCD1\uD401\uAD50\uD638\uAD34\uC2B9\uC2B9\uC744\uC740\uC57C\uBA00\uAD6C\uAC78\uC57C\uC2B5\uD5A5\uAC1C\uADDC\uD560\uD640\uC11C\uB458\uC2DC\uACC4\uB0AD\uAC08\uAC78\uB3CC\uBB20\uC62C\uB9E4\uB780\uCC30\uC720\uC124\uC5FC\uBCFC\uC0B4\uB098\uAC74\uC194\uC5BC\uC904\uC798\uAC74\uCE58\uAD6C\uAC74\uB780\uB9B0\uC758\uAD90\uB8CC\uB9C8\uC5EC\uC7C1\uC0AC\uC0AC\uC774\uCD09\uC6B0\uC6B0\uC6B8\uC6B4\uD638\uAE30\uC624\uC815\uC0AC\uC138\uAE0D\uAE0D\uC544\uC0AC\uC544\uC81C\uC544\uADF9\uB450\uB9DD\uD56D\uB300\uAD50\uD574\uC5ED\uC0B0\uD615\uBB34\uB780\uD5A5\uACBD\uC815\uB7C9\uD5A5\uACBD\uC57C\uCE5C\uBC15\uC6B0\uC124\uB2E8\uB834\uD0C0\uBBF8\uC778\uC778\uC9D1\uB77C\uB9DD\uC5B5\uC2ED\uC778\uB975\uC815\uCE21\uBD80\uBD80\uAD6C\uD314\uC7A5\uAE08\uAC1C\uBE59\uC789\uC885\uBD88\uC0B0\uB95C\uC5B4\uCC3D\uC790\uC0AC\uD0C0\uC7A5\uBD80\uC120\uD5CC\uD0C1\uD64D\uB3D9\uC778\uCC9C\uD55C\uD758\uC791\uB300\uB839\uC774\uCD08\uC7A5\uC0BC\uC0C1\uC758\uBB34\uBB38\uC778\uAC00\uCD08\uC559\uAC80\uC911\uBE44\uC6D4\uC624\uAC74\uAC1C\uC694\uBD09\uCC3D\uC784\uC655\uBE48\uC800\uBC29\uC885\uAE30\uD328\uC5EC\uC870\uB3C8\uBB38\uC5ED\uC2EC\uD56D\uC774\uAE09\uC560\uC624\uAE30\uBCF5\uBC8C\uD734\uADFC\uBC30\uCE68\uBD80\uB178\uC911\uC6B0\uD654\uD68C\uAD6C\uC26C\uC804\uC0B0\uC704\uC804\uAC70\uC544\uD604\uC0C1\uCC3D\uB95C\uCC3D\uC21C\uC2E0\uC704\uC800\uD0DD\uD604\uB178\uBC31\uACE0\uB2C8\uD0C1\uC124\uBC18\uD601\uB839\uC8FC\uC2E0\uC800\uC0AC\uD33D\uC0AC\uAC00\uBE44\uC774\uC0AC\uC774\uC815\uC804\uAC10\uB9E4\uB2E8\uC800\uD3EC\uAD6C\uD53C\uC18C\uCC28\uC704\uC800\uC8FC\uC88C\uC6B0\uC559\uCCB4\uC810\uD558\uD544\uD0C0\uC0AC\uC5EC\uC77C\uBD88\uC791\uAD6C\uB155\uD241\uB2C8\uD5CC\uAC70\uC6A9\uC640\uCCA8\uC11D\uCE74\uD3EC\uD328\uD68C\uAC01\uB8CC\uD56D\uD569\uC591\uBC31\uBC95\uBA85\uAC00\uC774\uBCD1\uAE38\uD55C\uAD04\uADA4\uC804\uC870\uAD50\uCC28\uC77C\uC0AC\uD615\uC2E0\uD0C1\uAC04\uC9C8\uD574\uB798\uC774\uCE58\uACFC\uAD11\uB840\uC74C\uC2DC\uBBF8\uC8FC\uD601\uC720\uC548\uB960\uBAA8\uC774\uB95C\uB3D9\uCC28\uCE59\uC21C\uACF5\uC8FC\uC758\uC5EC\uCC9C\uD611\uAC00\uC7AC\uB824\uACE0\uC694\uC815\uCE21\uAD50\uCF8C\uC81C\uB155\uB18D\uC9C4\uBAA8\uD6C4\uAD70\uC815\uC9C4\uC88C\uCD94\uCE68\uB824\uAD6D\uB450\uC815\uC2EC\uD0C8\uBC1C\uB0A8\uD6A8\uD3B8\uD1F4\uC6B0\uACC4\uCD09\uC544\uAD6C\uC11C\uAD11\uACE1\uC624\uC900\uC74D\uBCF4\uB7C9\uC870\uC18C\uB9AC\uC6A9\uD754\uACBD\uD604\uC0BC\uBC30\uC18D\uBD80\uD76C\uB9AC\uBA74\uBE59\uBCF4\uC720\uC0AC\uD611\uC2E0\uC218\uC624\uC81C\uAC70\uC8FC\uC9C0\uC5C4\uB7C9\uB824\uB798\uB9AC\uAC80\uC218\uBD80\uD654\uAD6C\uD6A8\uBC30\uCC9C\uD45C\uC219\uBE44\uBD09\uC544\uC5C4\uBE44\uC8FD\uD754\uBE44\uCE58\uCC3D\uC9C0\uBCD1\uAD6C\uD6A8\uC26C\uB7C9\uC6D0\uB798\uCC3D\uC885\uAC1C\uAD00\uBC30\uC804\uC219\uC219\uBB38\uB3C4\uB2F4\uAD74\uC218\uD589\uBD95\uB2F9\uD6C4\uC758\uAE30\uCC99\uAC04\uACBD\uCC28\uD734\uCC3D\uCCA9\uBC29\uCE58\uACF5\uAD8C\uC885\uAC70\uCC9C\uC608\uB95C\uD0C1\uC65C\uB77C\uC1A1\uB989\uD63C\uB3D9\uC0AC\uBD84\uBB34\uAD6C\uB2C8\uCC44\uAC80\uCC44\uC57C\uCE58\uC0AC\uACBD\uCCA9\uC601\uCE6D\uC804\uC5B8\uB09C\uB3D9\uC900\uAC00\uAC8C\uC704\uC6B0\uBCD1\uC57C\uC81C\uC678\uD3B8\uC548\uD48D\uD0D5\uC545\uC545\uD574\uCC28\uC131\uAC04\uC81C\uC8FC\uC0BD\uC815\uBC30\uC5FD\uD669\uC694\uB2F4\uCD08\uC5FC\uC720\uAC74\uC11C\uCC28\uCC28\uBD80\uD54D\uCE58\uCD1D\uBA74\uC9D1\uC758\uC124\uC21C\uC2DC\uB2E8\uCE21\uC815\uC6B0\uD22C\uD22C\uBE44\uCC30\uB8E8\uCCA9\uC704\uBD84\uC0C1\uAD34\uC218\uCE58\uC18C\uD560\uBD80\uC6D0\uC6A9\uB960\uB179\uC6D0\uAC15\uB9C8\uBC29\uC804\uB2F9\uD638\uAC78\uD61C\uC120\uACB8\uAC01\uCC3D\uCD95\uC0B0\uBE44\uD6A8\uC6A9\uC694\uD0D1\uC0AC\uC559\uBC8C\uBCD1\uAC00\uD0DC\uC7AC\uB2F9\uACE8\uBE48\uC800\uB098\uCC38\uB8B0\uCD5C\uC6A9\uC870\uCD1D\uBD95\uC885\uC624\uC804\uAD6C\uCC44\uCC99\uC0C1\uC0C1\uACBD\uC81C\uC0AC\uD55C\uC7A5\uACBD\uC5B8\uC81C\uC124\uB8E8\uBE44\uD45C\uADFC\uB828\uB959\uB9CC\uCCA8\uC120\uD0D0\uC6C5\uB3D9\uC120\uC0C1\uC120\uAD50\uAD70\uD1F4\uC900\uBCF5\uD76C\uB85C\uCC3D\uAD11\uB8CC\uAE30\uB4F1\uC794\uC704\uAE30\uBC88\uD61C\uCC9C\uCC38\uD0C4\uC694\uCD94\uC2B9\uBD84\uD55C\uACB0\uC545\uCD08\uCC38\uB3D9\uB9B0\uBD81\uACE0\uC120\uC18D\uD55C\uAC15\uBBFC\uC5FD\uAE08\uAC00\uCD08\uBCBD\uD48D\uCD94\uC560\uC0AC\uC758\uC900\uB18D\uCC9C\uC5B5\uB2F9\uACBD\uD604\uCF8C\uAC80\uCD08\uB2F4\uAD50\uC0AC\uC7AC\uCC2C\uBE48\uC555\uC720\uB300\uC8FC\uC81C\uB78C\uC758\uC9C4\uACAC\uB9F9\uBB34\uB155\uACBD\uC774\uC0C1\uB835\uB8B0\uB824\uAD11\uD3EC\uC721\uD45C\uCC2C\uC9C8\uC0AC\uC6B0\uD638\uCE5C\uCE24\uB825\uB4F1\uC704\uB871\uC800\uCC38\uC219\uC219\uD734\uB824\uB77C\uCC2C\uB098\uB2F9\uC5C4\uB798\uB0AD\uC778\uC62C\uC724\uC7A0\uC6D0\uD615\uCDA9\uC870\uD749\uC120\uAD11\uD0DC\uADF9\uD0DC\uBA74\uD1A0\uC7A5\uC544\uD0DC\uC544\uCE68\uD1A0\uC2DC\uC5F0\uC5F0\uC2DC\uC2ED\uB2F9\uCC9C\uB450\uBD84\uBAA8\uC2E0\uB450\uBC31\uAE0D\uB9AC\uD669\uC785\uB9DD\uB0B4\uC804\uB7C9\uC720\uD314\uACF5\uB959\uD61C\uD55C\uB780\uACF5\uCC9C\uC18C\uD765\uBCD1\uAE30\uAD6C\uC804\uC790\uBFD0\uC591\uACB8\uC218\uAE30\uC608\uAE30\uCC9C\uACBD\uBAA8\uC5FC\uB0B4\uC5D4\uBB18\uAC15\uC5FC\uCC45\uACBD\uCC45\uC7AC\uACFC\uACBD\uBAA8\uC8FC\uBAA8\uAD6C\uD6C4\uBA74\uBA71\uC6A9\uC720\uC0AC\uAC10\uAD70\uB18D\uC758\uBBF8\uC11D\uAD00\uBABD\uCD1D\uCDE8\uC6D0\uBA85\uAD6C\uB9BC\uBD80\uC0AC\uBA71\uBE59\uB3D9\uD0DC\uAC15\uD48D\uBE59\uD638\uCDA9\uACB0\uD638\uD669\uC57C\uB7AD\uBC18\uBD88\uBBFC\uB3D9\uC2B9\uB82C\uD611\uCCA8\uC815\uC218\uB9E4\uB3C4\uCC98\uACE0\uC900\uC1A1\uC815\uB7C9\uCCAD\uC870\uB989\uB3D9\uAE08\uAC10\uC778\uC8FC\uC758\uB960\uCC3D\uBA85\uC900\uCD5C\uC2DC\uD0C1\uAE08\uB984\uB984\uC751\uD76C\uB3C5\uADA4\uBC94\uBC94\uBC94\uBD09\uAC70\uCC98\uADA4\uD48D\uBAA9\uC9C0\uBD80\uD48D\uBE59\uD48D\uAC1C\uD669\uAC1C\uAC10\uB4F1\uBE59\uAC10\uD749\uAD34\uCCA0\uC694\uCD9C\uACA9\uB2F9\uD568\uD568\uCC29\uB3C4\uC870\uB3C4\uC778\uC778\uCC3D\uBD84\uC808\uC608\uAE30\uAC04\uCC9C\uCD0C\uCD94\uBB38\uAE30\uB2E8\uD615\uD654\uC644\uACB0\uB9AC\uC6D4\uB82C\uB958\uCE59\uAC15\uCC3D\uBD88\uCD08\uCC98\uC870\uC0B0\uBBFC\uB839\uC885\uD310\uBCC4\uAC81\uAC81\uD3EC\uB9AC\uC0B0\uBCC4\uC794\uACBD\uAD04\uAE0D\uB3C4\uCC3D\uADDC\uACE0\uD0C0\uC774\uC81C\uC1C4\uAD8C\uCC30\uC790\uAC01\uAC81\uD68C\uC790\uADC0\uAC1C\uD0C0\uC81C\uCCB4\uACBD\uB450\uB77C\uCE59\uC5F0\uC88C\uC0AD\uADF9\uB784\uC804\uCC30\uCC3D\uACFC\uAC80\uCC29\uB9AC\uCC99\uBE44\uBD80\uC794\uAE30\uCC3D\uC0AC\uAC15\uC644\uBC15\uAE30\uCCA0\uACBD\uC12C\uD0C1\uAC80\uC81C\uBC15\uC5C4\uADF9\uAD35\uC789\uC804\uD0C1\uB2E8\uC625\uACFC\uBD80\uC789\uAC80\uD560\uB2F5\uAC1C\uCC3D\uCC9C\uC0B0\uC804\uB959\uB9AC\uBD80\uC0BC\uD45C\uAD6C\uCD08\uAD04\uCD08\uADA4\uD68D\uCC28\uD0C1\uB834\uADF9\uBCBD\uB958\uD68C\uCD08\uADC0\uAC80\uAC80\uB2F9\uD655\uC81C\uAC80\uC758\uAC80\uC9C8\uCC38\uCC2C\uB9C8\uB9AC\uCD09\uB825\uC54C\uAD8C\uD310\uACF5\uAC00\uBB34\uB9E4\uB82C\uADFC\uAC31\uD611\uC9C0\uB3D9\uC870\uB178\uAC81\uAD6C\uCD08\uC77C\uC800\uB9C9\uB824\uACBD\uB85C\uB85C\uAD8C\uAD6C\uC591\uC65C\uD6A8\uBB34\uAD11\uD560\uB82C\uD575\uD575\uADF9\uACBD\uACE0\uBC1C\uBBFC\uCE59\uB791\uC6A9\uC6A9\uBA74\uADF9\uD6C8\uAD8C\uACBD\uB959\uBD80\uB9F9\uB798\uB975\uAC1C\uBA74\uB3D9\uC6B1\uC6B1\uAC10\uBB34\uC608\uD6C8\uC639\uC2B9\uB85C\uBAA8\uB959\uD45C\uC138\uC801\uADFC\uAC15\uCD08\uAD8C\uC591\uC608\uAC39\uBC88\uAD8C\uB3D9\uAC70\uB2E8\uD611\uB9E4\uD6C8\uD6C8\uB824\uB824\uCCA0\uC591\uAD8C\uD3EC\uC791\uADE0\uAD6C\uBB38\uAD6C\uBB3C\uADE0\uBB38\uB0B4\uAC1C\uAC1C\uD3EC\uCD1D\uC11D\uD749\uD3C9\uAD6D\uB3C4\uD569\uD3EC\uC555\uD3EC\uBCF5\uAD81\uB2F5\uAD6C\uAD81\uBE44\uD654\uBD81\uB1CC\uC2DC\uBC29\uAD6C\uC774\uC7A1\uC7A5\uAC15\uC7A5\uAD11\uD640\uAC11\uACE1\uBCC0\uADA4\uD611\uC7A5\uAD11\uBE44\uD640\uC720\uADA4\uADA4\uD68C\uB2E8\uADA4\uB834\uB834\uC0B0\uB3C5\uAD6C\uAC70\uD61C\uD544\uAD6C\uC758\uC554\uC5B8\uD3B8\uB2C9\uAD6C\uC2ED\uC2E0\uCC9C\uC785\uC0BD\uC878\uC2B9\uC624\uD6FC\uBC18\uC138\uC2ED\uB9CC\uD654\uD611\uB9CC\uBE44\uC878\uD0C1\uD611\uB2E8\uB9E4\uB0A8\uB2E8\uC9D1\uBC15\uC194\uBCF5\uAD00\uBCC0\uACC4\uC810\uC7A1\uB85C\uC720\uB85C\uC11C\uAD18\uC640\uC124\uC808\uC808\uC704\uC559\uACF5\uCE58\uBB18\uC778\uC704\uC18C\uC989\uAC01\uB780\uCE58\uAD8C\uC0AC\uD73C\uADFC\uAC01\uC62C\uC989\uC545\uACBD\uC2AC\uC0B0\uC5C4\uCCA8\uC561\uCCAD\uB825\uCC45\uC5C4\uB824\uC544\uC555\uC5FC\uC0AC\uC9C0\uCC28\uB871\uC573\uAC11\uC560\uC9C8\uCE21\uBC29\uC81C\uB9AC\uC0AC\uD6C4\uCCAD\uC218\uC870\uBE44\uC6D0\uCE21\uC6D0\uC0C1\uC5FC\uB825\uAD90\uD558\uC804\uC8FC\uAD6C\uADFC\uC624\uADA4\uC5FC\uC2DC\uB825\uCC3D\uAC10\uB824\uC5C4\uC5FC\uC6D0\uC0AC\uAD49\uB9B0\uAD6C\uAC70\uAC70\uBA70\uB8E8\uC8FC\uD604\uC804\uCC38\uCC38\uCC38\uCC38\uCC38\uC560\uCCB4\uC6B0\uCC28\uAE09\uC6B0\uC30D\uBC18\uC218\uCF8C\uBC1C\uBC1C\uC57D\uC0AC\uC219\uCCA0\uCDE8\uC218\uBCC0\uC11C\uAC00\uBC18\uC218\uACE0\uC704\uC218\uCCA9\uC608\uCD1D\uAD6C\uACE0\uAD6C\uB839\uAD18\uB3C4\uACE0\uC9C0\uADDC\uC18C\uD314\uC815\uAC00\uD0DC\uC9C8\uC0AC\uC6B0\uAD6C\uD30C\uD611\uD638\uC0AC\uC6B0\uCC99\uB825\uC870\uAE30\uB8CC\uD64D\uB9C8\uC6B0\uB9DD\uD758\uAC01\uD6E4\uC694\uC790\uD569\uAE38\uC801\uCD0C\uB3D9\uBA85\uD6C4\uB9AC\uD1A0\uD5A5\uD0C0\uD601\uC57C\uB824\uC544\uB9C8\uC6B0\uD654\uC758\uAD70\uCD94\uB9B0\uD0C4\uC74C\uD3D0\uD544\uC2EC\uC2EC\uAC1C\uBD80\uBD80\uD30C\uB454\uBD84\uC640\uD568\uC740\uD56D\uC804\uACC4\uD6A1\uC9C0\uC2E0\uC624\uC624\uCD08\uB20C\uD608\uD761\uCDE8\uB450\uBB38\uD6C4\uD6C4\uC624\uACE0\uD558\uADE0\uB824\uC560\uACA9\uB9E4\uB9E4\uACC4\uC815\uC624\uACE0\uBD80\uADDC\uD6C4\uCC99\uC2B9\uB20C\uD0C4\uBB34\uC608\uD0DC\uAD6C\uB825\uD328\uC6D0\uAD18\uAE30\uCC3D\uC624\uC561\uC2DC\uD604\uBCF8\uBB38\uB2C8\uBB34\uB839\uC5FC\uC720\uC800\uC8FC\uAE30\uC8FC\uCCA9\uD76C\uC608\uAE30\uD3C9\uC790\uACE0\uC790\uBBF8\uAD6C\uAC00\uB178\uD569\uBE44\uC77C\uD6A8\uC2E0\uD638\uBA85\uB2EC\uAC70\uC800\uAC10\uC7A1\uD0C0\uB3CC\uBD80\uD3EC\uD544\uBD88\uC559\uD654\uC0AC\uD654\uD574\uAD6C\uC601\uBD80\uD0C0\uC8FC\uC640\uC7A1\uACE0\uAC00\uC88C\uD3EC\uB871\uB3D9\uB155\uD0C0\uC0AC\uD604\uD68D\uC9D1\uC774\uC545\uAD49\uD0C0\uD76C\uC774\uB82C\uC790\uBBF8\uBBF8\uC9C0\uAD50\uAE38\uC8FC\uAC01\uC21C\uCC30\uC18C\uD574\uD68C\uACFC\uC2DC\uB3C4\uD568\uC54C\uD6E4\uD734\uAD18\uC778\uB85C\uC774\uC560\uD488\uC2E0\uB3D9\uD64D\uD749\uCE58\uC640\uD569\uC7AC\uC721\uC9C0\uACE0\uD5A5\uC560\uADFC\uAD11\uC544\uB2EC\uD6A8\uD544\uD670\uB144\uD654\uD589\uCF8C\uD0C0\uBFD0\uC81C\uB18D\uBAA8\uC57D\uD638\uC6D0\uB871\uD22C\uBC29\uAC00\uC544\uD558\uCD08\uB9AC\uB098\uC871\uD558\uACE1\uD6A8\uD604\uB85C\uBC1C\uCCA0\uCC30\uB7C9\uD314\uB9C8\uB82C\uC1E0\uBD80\uD3EC\uD55C\uD615\uACBD\uC124\uAC00\uC720\uC5B8\uACE1\uACE1\uD328\uD568\uC0AC\uC9C4\uC74D\uC560\uACB9\uB3C4\uB2E8\uC644\uB9AC\uD76C\uB2F9\uC11C\uC8FC\uCC28\uC624\uC870\uC544\uB450\uACC4\uC801\uCE68\uB9C8\uB9D0\uD64D\uB450\uAC83\uB85C\uB7C9\uC1C4\uC870\uD658\uB7AD\uC0AC\uC989\uC800\uC640\uBD09\uAE08\uD638\uAE30\uC218\uC720\uC1B0\uCC3D\uC560\uB824\uAC15\uC554\uCC28\uC721\uC810\uC5B4\uC804\uB798\uC0BD\uC11D\uD0C0\uD640\uC560\uC870\uB204\uC2B5\uD0C1\uD0C1\uC0C1\uC801\uD589\uB78C\uC544\uAD50\uAC15\uD1A4\uC624\uBB38\uCD40\uC7A1\uD640\uACC4\uACC4\uB3C4\uB2F4\uB2F4\uC644\uC790\uBE44\uCD40\uCCA0\uD654\uC544\uACC4\uCCA0\uBC30\uB7C9\uD568\uBE44\uC0AC\uB78D\uCC45\uC815\uAD18\uBC15\uC790\uC0C9\uC804\uAD50\uAD35\uB77C\uC554\uC801\uAD8C\uD0C4\uD30C\uC815\uB791\uC18C\uAC70\uB2F9\uC2DC\uC81C\uC554\uCD94\uB2F4\uAC1D\uC639\uC704\uB0A8\uC120\uC721\uCCA0\uB77C\uAC1C\uD6C4\uD568\uCCA9\uC8FC\uC7AC\uAD18\uC57C\uC6B1\uC74C\uC7A0\uC694\uC545\uBA74\uD638\uC6B4\uCC9C\uD6FC\uD658\uD658\uD76C\uAC08\uC989\uC704\uC885\uC704\uC0BD\uD6C4\uD669\uB3C4\uB151\uD6E4\uB7C9\uC720\uC0C1\uB07D\uAD50\uC5B8\uB2E8\uBD84\uC2DD\uB9AC\uC57D\uC0AC\uC704\uBB18\uC601\uBD84\uD3FF\uADDC\uACC4\uC720\uAE09\uB8E8\uACE1\uC18C\uD559\uC81C\uC694\uD559\uC0AC\uD6C4\uCC3D\uC0C9\uC639\uC18C\uD64D\uD611\uC775\uC0AD\uB9C8\uCC28\uD560\uD569\uD0D1\uC0C1\uC9C4\uC695\uC218\uC648\uACC4\uBC29\uC624\uACB8\uAE30\uACA9\uC790\uCC28\uB77D\uC639\uC62C\uC0AC\uCE58\uD638\uC0C9\uB95C\uD574\uC1C4\uC9C4\uC12D\uD558\uC9D3\uC1C4\uC740\uAC1C\uB098\uB2E4\uC560\uAC15\uD1B5\uD544\uC624\uC624\uB828\uCD5C\uCC28\uB9C9\uC218\uC8FC\uD0D0\uC801\uC7A1\uAD50\uCDA9\uAD50\uAC1C\uD0C4\uC0BC\uC870\uAC00\uC560\uD6A8\uD45C\uB8E8\uC54C\uD558\uAD50\uD638\uD61C\uAD35\uAD6C\uC5B8\uCC45\uC0C1\uD5C8\uD30C\uB4DD\uB9C8\uB9C8\uACE1\uB975\uB3C4\uC54C\uB2F9\uC57C\uBD95\uC575\uC0AC\uAD50\uBC00\uC18C\uD654\uB9E4\uC5F0\uCD5C\uD33D\uB85C\uC18C\uAE30\uCD09\uC870\uADC0\uCDE8\uD6A8\uC2DC\uD638\uBB34\uB8CC\uAD50\uD76C\uCD95\uD0C4\uB2F4\uBB35\uC190\uC624\uC900\uBC88\uB07D\uC704\uCC38\uB2F9\uCD95\uB2F4\uC728\uD1A4\uC7C1\uCD08\uC5F4\uD761\uAE30\uD638\uB828\uD5C8\uB4F1\uC704\uC74C\uBC15\uAD90\uAE08\uC2EC\uAD50\uB85C\uC0AC\uC5C4\uC751\uB2EC\uCCA8\uC624\uC8FC\uAE08\uB18D\uD670\uD670\uAE30\uC545\uC870\uD76C\uC11C\uAD50\uC5F0\uC560\uC639\uAC39\uCF8C\uC6B0\uBD84\uB3C4\uAC08\uD760\uD1A4\uB2F9\uC2E0\uC0C8\uBCBD\uBE44\uC74C\uCDE8\uB155\uC801\uB78C\uD0D1\uD68D\uC720\uD6A8\uD558\uC5FD\uB3CC\uBE44\uC8FC\uC81C\uC9C4\uD638\uCCB4\uC0C1\uD6C8\uB9C8\uCC30\uCCB4\uB85C\uD61C\uBC15\uC6B0\uAD50\uC740\uD559\uBB35\uD6A1\uCCA0\uB9AC\uB958\uD61C\uB0AD\uD6A8\uB9C8\uC5F0\uB825\uB85C\uB871\uBD80\uB2F4\uCE5C\uBE48\uBE44\uD5A5\uD559\uB9C8\uD76C\uD0C0\uACE1\uC5C4\uCC38\uC575\uC591\uC810\uB77C\uC218\uD6A8\uC791\uCCA0\uD6E4\uD68D\uC804\uC12D\uD6A8\uC7A1\uB9AC\uCC9C\uCC44\uB824\uC608\uB77C\uB0AD\uCC2C\uC18C\uD76C\uC99D\uAC04\uC798\uCD09\uB780\uC124\uB0AD\uB78C\uB77C\uAD6D\uD68C\uC778\uC218\uC0AC\uC778\uAC74\uD68C\uC2E0\uC778\uB2D9\uB2E8\uB2E8\uB3C8\uAC15\uC5F0\uACBD\uD3B8\uC6B4\uCC3D\uD640\uD68C\uC644\uC640\uAD6D\uACE4\uCC3D\uC704\uB3C4\uC704\uB95C\uAD6D\uADE0\uC77C\uB839\uACE0\uAD6D\uD0DC\uAD6D\uB3C4\uC720\uAD6D\uC740\uD63C\uD3EC\uC5B4\uD568\uC6D0\uB95C\uAD8C\uC5B4\uCCAD\uAD6D\uCC9C\uC704\uC6D0\uAD8C\uACE0\uD3EC\uC6D0\uC6D0\uC555\uC11C\uB3C4\uB3C4\uB2E8\uB7B5\uADA4\uC5ED\uC6D0\uB780\uB780\uD1A0\uC54C\uD1A0\uC815\uACE8\uBC15\uB85D\uC785\uC555\uC7AC\uC6B0\uC744\uC624\uC624\uADDC\uBE44\uC774\uC9C0\uCC9C\uCC9C\uC218\uC791\uD0D5\uACB9\uD558\uC0B0\uAD11\uC7A5\uAE30\uB148\uBAB0\uAE09\uAC08\uC9C0\uC9C0\uD310\uD6C8\uC5ED\uAE08\uB9E4\uADE0\uAC31\uB454\uBC29\uBD84\uBD84\uB2E8\uAC10\uBC30\uC88C\uAC31\uBE44\uD615\uC9C0\uACBD\uAE30\uAD34\uC9C0\uACBD\uACAC\uB2E8\uB825\uD30C\uC624\uBD84\uCD94\uD30C\uBC18\uB2F9\uACE4\uC800\uD0C4\uCC99\uC774\uAC10\uD3C9\uC810\uACFC\uB2C8\uB300\uBC30\uACBD\uC559\uBD88\uC694\uB959\uAD6C\uBAA9\uAC00\uAD6C\uD608\uBC1C\uC9C0\uD0C1\uB839\uC800\uBD80\uD638\uCE58\uC218\uB784\uB871\uB871\uB85C\uC694\uB300\uD3EC\uBBFC\uD615\uB3D9\uAC8C\uACA9\uB960\uC790\uCE58\uB8E8\uD574\uC778\uD6C4\uD1F4\uC870\uBCF5\uAD11\uC694\uD0C0\uD0C0\uADA4\uD0C0\uC591\uC740\uBC8C\uAD6C\uC6D0\uC9C8\uD611\uC740\uC0C1\uC218\uC545\uBCD1\uC810\uD64D\uC544\uACFC\uB2EC\uC694\uB2F9\uAC1C\uD589\uB1CC\uC548\uC131\uD604\uC644\uBC29\uBD80\uD30C\uC5ED\uC740\uD55C\uC11C\uC218\uC7A0\uACBD\uC560\uBD09\uBC29\uAC01\uC6A9\uC900\uD611\uC9C0\uB9E4\uB791\uD604\uC131\uC5F0\uCE68\uCCA0\uB784\uB784\uD3EC\uC815\uD654\uBCF4\uC2DC\uD6C8\uACFC\uACBD\uC57C\uB150\uC81C\uC5ED\uBD80\uC624\uAD8C\uC1C4\uBE44\uC815\uC644\uAD6C\uB95C\uC815\uACF5\uCD1D\uB3D9\uD0DC\uB2C8\uC554\uCC44\uC219\uBD09\uAC10\uC2DD\uD0C0\uC608\uC9D1\uC5ED\uBC30\uAE30\uC900\uAE30\uC18C\uCD94\uB2F4\uAD74\uACFC\uB2F9\uACE4\uC608\uACAC\uD1F4\uADFC\uAC15\uC721\uC545\uBD95\uACE0\uD1A0\uB989\uBC29\uC560\uCC38\uACE4\uC548\uC2EC\uD0C0\uB1CC\uB3CC\uC2B9\uC778\uD63C\uBCBD\uB828\uACFC\uCCA9\uC804\uD6C4\uBCF4\uBCF4\uC6B0\uC81C\uBB34\uACC4\uC5F0\uC54C\uAE0D\uAC10\uC885\uC720\uD669\uC545\uC694\uC5B8\uBCF4\uC990\uBBF8\uC7A5\uB3C4\uD0C0\uC554\uD48D\uC885\uACC4\uC9C4\uD589\uAC15\uCD98\uAC10\uBCD1\uB8E8\uD56D\uD669\uBC29\uB2E8\uB9CC\uC120\uAE30\uCC99\uAD34\uC601\uD0D1\uC2B9\uC6A9\uAC1C\uC18C\uC18C\uC2DC\uBA71\uD0D1\uC639\uC790\uB3C4\uB2F9\uACE0\uCD1D\uB960\uBD09\uBC29\uC0C8\uC7A5\uD1F4\uC804\uC624\uC815\uD6C8\uAC1D\uC9C4\uC560\uACF5\uC5FC\uAC10\uC804\uC6D0\uC628\uC0AC\uB958\uD574\uB791\uC7A5\uBD09\uBD95\uC9C4\uB85D\uB85C\uC6B0\uCC38\uB9E4\uB9C9\uC804\uC0C1\uC219\uB8E8\uC9C0\uB9CC\uD45C\uACBD\uCC99\uC11C\uCCB4\uC7A5\uAC10\uC6A9\uC810\uCC38\uCC99\uAE30\uACFD\uC7A5\uADFC\uC801\uC0C1\uBB18\uCD5C\uC5B8\uD0D1\uC99D\uAC74\uC7A5\uB7C9\uC704\uCD94\uC694\uC99D\uD5C8\uC120\uC120\uBC1C\uBCF5\uAD34\uB3D9\uBC88\uAC01\uBB35\uB3C8\uB3C8\uC900\uC9C0\uC131\uD0C0\uD0C0\uB2F4\uB4F1\uBB34\uBD84\uD669\uB2F4\uB2EC\uD654\uC800\uAC04\uC624\uC7A5\uACA9\uAD50\uAC04\uC5ED\uBE44\uBCBD\uC804\uAC15\uC57C\uC639\uD559\uB2E8\uB78C\uAC70\uAD34\uB2F9\uC591\uCC38\uD6C8\uD568\uC0C8\uD559\uC560\uC555\uB3C4\uD638\uC5F0\uC9C4\uB8E8\uAD11\uB85C\uC5FC\uB2F4\uC720\uAD34\uB871\uB871\uC608\uB825\uB9B0\uC591\uC804\uD6C8\uC554\uB8B0\uD30C\uB9CC\uC0AC\uC784\uC0B0\uC7A5\uC7A5\uC131\uC77C\uB9E4\uAC01\uC8FC\uC7A5\uD638\uD638\uACE4\uC77C\uD638\uC11C\uACE4\uC218\uB9DD\uC900\uC218\uC77C\uCE58\uACE0\uCC98\uAC15\uBD09\uBE44\uC7AC\uBCC0\uC1E0\uC900\uB989\uBCF5\uC88C\uD558\uD615\uC12D\uB178\uD558\uAE30\uC11D\uC678\uC6D0\uC6D0\uC219\uB2E4\uB2E4\uC57C\uCCAD\uC68B\uAD6C\uAD6C\uAE30\uBABD\uBABD\uC778\uACFC\uCE68\uB300\uB148\uCC9C\uD0DC\uBD80\uCF8C\uC694\uC559\uD56D\uD638\uC2E4\uB3C4\uD0DC\uB450\uC5FC\uBE44\uC774\uACFC\uD611\uD0C8\uD654\uCC9C\uC6B4\uD611\uD30C\uB9DD\uB834\uD658\uC800\uC5C4\uD3EC\uAD8C\uAE30\uB0B4\uBD09\uD608\uAC15\uC810\uC591\uADDC\uC8FC\uD658\uACC4\uAC1C\uCC28\uBD84\uD601\uC7A5\uD22C\uC7A5\uBD84\uD574\uD669\uBE44\uC870\uC21C\uAE0D\uC804\uC624\uC0AC\uC575\uBC18\uC624\uBB34\uC624\uC7A5\uB834\uD0C8\uC724\uC7A5\uC11D\uBD84\uD65C\uBE44\uB828\uCC28\uB140\uB178\uC815\uB0B4\uCC9C\uAC04\uC800\uAD6C\uB09C\uD0C0\uD638\uC120\uBC88\uAE30\uC791\uC5EC\uBE44\uB9DD\uD64D\uC7A5\uBD80\uB9C8\uB2F4\uC784\uBD80\uC815\uC5F0\uD574\uBB38\uC885\uD30C\uD22C\uAE30\uAC31\uC911\uC694\uAE08\uC6B4\uBB18\uBC30\uCE58\uACB0\uC7A5\uB274\uC548\uB0A9\uD754\uBD84\uBE44\uC5EC\uD0C0\uBD09\uC644\uBC29\uBB34\uAD6C\uADDC\uD22C\uBC1C\uB2C8\uCD95\uC791\uCD08\uB2EC\uB2C8\uC6D0\uC8FC\uD604\uC9C8\uC544\uB9E4\uB9D0\uCC98\uD544\uC2E0\uCCA9\uC544\uD654\uD6C4\uD54D\uC815\uBBFC\uBC18\uBAA8\uBD80\uB839\uC790\uC790\uC2DC\uC5FC\uC0B0\uC559\uB2F4\uC800\uACE0\uC0AC\uC131\uC704\uC790\uAC70\uC0B0\uD3C9\uC784\uC694\uB3D9\uAC15\uC8FC\uAE38\uD574\uD5A5\uD65C\uC5F0\uAD50\uAD6C\uBAA8\uAC04\uAC04\uC774\uB144\uC9C8\uC9C4\uD76C\uD5D8\uD56D\uAD11\uC21C\uACFC\uC548\uBA85\uB82C\uD328\uC555\uC720\uC5F0\uCC28\uC2E0\uC778\uC81C\uADA4\uC804\uC790\uC735\uC704\uD64D\uC65C\uB8E8\uC544\uC694\uAD50\uB828\uBE59\uD604\uC18C\uB9AC\uC131\uD608\uB9DD\uBD80\uC0AC\uBAA8\uBBF8\uADF9\uCC29\uCC29\uC815\uB0AD\uD615\uB0A8\uC624\uB098\uBD80\uB1CC\uC5F0\uC2E0\uC9C0\uD568\uC81C\uC7A5\uC544\uBE48\uD0DC\uD55C\uB9CC\uC624\uC5F0\uBB34\uC560\uC5B8\uC624\uC0AC\uC624\uC65C\uB9AC\uD55C\uCD94\uCDE8\uC218\uAE30\uD604\uCD2C\uB3D9\uCC3D\uB85D\uC560\uC544\uC544\uB8E8\uBA74\uC885\uBD80\uAD6D\uD30C\uCC44\uB989\uC644\uD45C\uD6A8\uC219\uAE30\uD734\uBC18\uC640\uC720\uB2F4\uBE44\uBE44\uCCA9\uCCA8\uC608\uAD8C\uC815\uD63C\uACBD\uAC04\uC804\uD589\uACE0\uC644\uB798\uBE44\uC778\uC8FC\uC791\uBD80\uC815\uB860\uC548\uB78C\uD63C\uC74C\uC544\uAC70\uB824\uC804\uD604\uD654\uD68D\uC601\uC120\uC2EC\uC815\uD0D5\uC694\uBB34\uB0A8\uC57C\uAC00\uC720\uC11C\uC6B0\uC704\uC81C\uC720\uBBF8\uB2F4\uB208\uCE5C\uD718\uC625\uC804\uCD98\uBB18\uBD80\uC800\uB2E8\uC774\uC911\uB9E4\uD669\uBA74\uC554\uC601\uD6E4\uAC1C\uC704\uBBF8\uC6D0\uC815\uCD94\uC81C\uC124\uD0C0\uB828\uBAA8\uC5FC\uC2DC\uD3B8\uC704\uC65C\uC720\uD638\uC624\uCCA9\uBCF4\uC218\uC720\uADDC\uCD94\uC694\uBE44\uC2DD\uC6D0\uC789\uC6A9\uC695\uCE58\uB958\uBBF8\uBC18\uC628\uB9C8\uAD6C\uAD34\uC9C4\uAC00\uC218\uC9C4\uC6D0\uCC28\uC6A9\uBA85\uC575\uC9C8\uC18C\uB1E8\uD610\uB3C4\uBC29\uB791\uB1E8\uC694\uC560\uBE44\uBE48\uC608\uD45C\uAD6C\uB8E8\uC120\uB9CC\uC608\uC7A5\uAC15\uC6A9\uB2C9\uB9AC\uC801\uADDC\uC5B8\uADFC\uC804\uD56D\uCC45\uD55C\uB208\uB85C\uBAA8\uC11C\uD638\uD638\uC624\uB208\uC7A5\uB9C8\uBCC4\uACE0\uBB34\uCD08\uD0C0\uC120\uBB18\uD55C\uD55C\uBB35\uB8CC\uB828\uD68D\uADDC\uB4F1\uC9C1\uC218\uC77C\uD654\uAE09\uADA4\uC694\uD76C\uC5F0\uC120\uAD50\uBBF8\uBC18\uBC88\uC12C\uC758\uD68C\uAD50\uBC18\uC11D\uD3D0\uC120\uC218\uC7A5\uB834\uD604\uD760\uB1E8\uB3D9\uC758\uCC38\uC560\uC591\uB155\uB9C8\uC870\uC218\uC9C4\uC790\uC5EC\uBE48\uC601\uC720\uB0B4\uC5FC\uB300\uC601\uCC38\uB1E8\uD655\uC601\uBA74\uBE44\uB9C8\uC2EC\uD765\uB2C9\uB3C5\uB958\uC5F0\uB780\uC5F0\uC0C1\uB839\uAD50\uC591\uB780\uC12C\uC601\uC30D\uD734\uAD8C\uBBF8\uB9AC\uB828\uC5C4\uCD09\uB780\uC790\uD608\uAD90\uAD90\uACF5\uC789\uC790\uC790\uC874\uC190\uBD80\uD328\uC790\uD6A8\uC2E0\uB9F9\uC0AC\uD0DC\uD3EC\uACC4\uACE0\uB178\uD559\uC720\uC804\uD574\uC0B0\uC190\uC704\uBA78\uC885\uAC04\uC219\uC794\uC544\uC790\uC758\uBD80\uC790\uB9AC\uD559\uBCBD\uC720\uB0B4\uC5BC\uC5BC\uC601\uC0B0\uBA74\uC800\uC6A9\uD0C0\uADC0\uD0DD\uAD81\uC6B0\uC218\uC548\uAC00\uC1A1\uC644\uC721\uC694\uAD49\uC758\uC815\uC900\uBCF5\uC8FC\uD0D5\uD6A1\uC885\uAD00\uC8FC\uC815\uC644\uC758\uBCF4\uC2E4\uC2E4\uCD1D\uC2EC\uAC1D\uC120\uC2E4\uC720\uD658\uC774\uC870\uC2DC\uD5CC\uAD81\uC131\uAD70\uAD81\uD6A8\uC7AC\uC790\uD3EC\uD574\uC5F0\uC18C\uAC00\uC2EC\uC2E0\uC6A9\uD669\uBC00\uAD6C\uAD00\uBE48\uC219\uCC44\uC7A0\uC801\uC6D0\uAE30\uC778\uBC00\uAD6C\uAC74\uCD94\uC815\uAC74\uBD80\uB155\uBCD1\uD658\uB9E4\uCE68\uD55C\uC6B0\uC2DD\uB155\uCE68\uB155\uCE58\uC720\uBCF4\uAD00\uB155\uCE68\uB9C9\uCC30\uAD6C\uACFC\uCE68\uD640\uC624\uC694\uC2E4\uB839\uCC44\uC2EC\uC704\uC0AC\uAD00\uD61C\uB8CC\uC900\uD658\uC608\uC758\uBCF4\uCE5C\uCD1D\uBCF4\uD48D\uCD0C\uB300\uC0AC\uC2EC\uB3C4\uB960\uB300\uC218\uD30C\uBD09\uBD80\uBD80\uC0AC\uADF9\uC7A5\uC7A5\uC804\uC704\uC874\uC2EC\uC8FC\uB300\uB3C4\uC18C\uC808\uC18C\uC774\uC774\uC774\uC18C\uCCA8\uC219\uC9C4\uC0C1\uC0C1\uB9C8\uAC00\uC0C1\uB8CC\uC120\uC120\uACE4\uC655\uC655\uC6B0\uB8CC\uB8CC\uC694\uBC29\uC655\uC655\uC655\uAC1C\uC694\uD0C0\uADC0\uC885\uCDE8\uAC10\uACE8\uCD94\uD1F4\uAC10\uCD94\uC2DC\uC724\uCC99\uACE0\uB2C8\uC9C4\uBBF8\uB1E8\uAD6D\uBE44\uCE35\uD76C\uBE44\uAC70\uACC4\uC804\uAD74\uCCB4\uACC4\uC625\uCD08\uC2DC\uC2DC\uBCD1\uADF9\uC124\uC9C4\uD76C\uB2C8\uC804\uC11C\uCD0C\uB9CC\uC544\uB8E8\uBCD1\uCCB4\uBE44\uC18D\uC12D\uB3C4\uB8E8\uB8E8\uC0AC\uCE35\uB9AC\uAD6C\uC12D\uAD6C\uAD50\uB8CC\uAD50\uC18D\uD76C\uC88C\uB454\uC5ED\uC0B0\uC815\uC120\uB825\uC54C\uB3C4\uD68C\uD64D\uD758\uAE30\uC778\uC62C\uD55C\uC2E0\uC11C\uCD9C\uC138\uAE30\uC778\uC6D4\uD310\uC694\uC559\uD558\uBB3C\uC808\uC555\uAE09\uACAC\uBD84\uC644\uAE30\uC7A0\uACB8\uAE30\uCC28\uAC1C\uAD6C\uAC15\uD604\uC624\uB78C\uB3C4\uD30C\uC791\uC791\uC559\uAC70\uAC15\uAC00\uAD6C\uD608\uD30C\uB9BD\uCD08\uC800\uC554\uBD88\uC218\uAC11\uB839\uD0C0\uBE44\uC720\uB300\uD56D\uC545\uAD6C\uD638\uBC31\uBBFC\uC548\uCD08\uB839\uC9C0\uD3C9\uB3D9\uC810\uADDC\uC218\uBB18\uB3D9\uD559\uC5ED\uBCC0\uD569\uD569\uB77D\uC561\uBD80\uC21C\uC9C8\uB960\uC740\uC774\uD574\uC804\uB3D9\uC774\uBAA8\uAC15\uC548\uC704\uD658\uCE58\uBC00\uB9AC\uACC4\uB3D9\uC678\uC6B0\uC0C1\uD611\uB9AC\uC694\uAD50\uC7C1\uB9CC\uAD50\uC544\uC544\uC695\uC0AC\uD3EC\uCD08\uADE0\uBD09\uBD09\uB178\uB9AC\uC720\uD604\uD6A1\uB3C4\uC2E0\uC131\uB3C4\uACBD\uC900\uD638\uD611\uC740\uC5B4\uB791\uAC10\uB85C\uB798\uD5D8\uAC01\uACF5\uC22D\uD654\uB2F5\uB9BC\uD654\uAC70\uB798\uAE30\uBBFC\uACE4\uACE4\uC904\uACE0\uCD5C\uC560\uC560\uAC15\uB95C\uB95C\uB989\uAD74\uD0C0\uC7C1\uACFD\uC74C\uB3D9\uC7C1\uC7C1\uC704\uD6A8\uBE44\uC5C4\uC22D\uCCA9\uBD95\uC904\uAD74\uB3D9\uCC38\uACE0\uC74C\uCE58\uC989\uD669\uC720\uC678\uC591\uBD09\uCD94\uB3C8\uCCB4\uC774\uCE58\uC2DC\uC7AC\uC694\uC545\uC8FC\uAC10\uB960\uC5B8\uBBF8\uAC10\uD61C\uD61C\uC644\uC815\uC2B9\uBBF8\uAC10\uBB34\uC6B0\uC885\uB78C\uAC08\uC554\uC554\uC678\uC885\uC0AC\uC138\uC601\uACFC\uAE08\uC720\uAE30\uB8E8\uB3C4\uD1F4\uACC4\uC639\uCC3D\uB2F9\uD615\uAC78\uC560\uB958\uC624\uC22D\uACE0\uC790\uC678\uD33D\uC804\uCC28\uACB8\uC6A9\uC5BC\uCC28\uCC99\uC2DC\uC57D\uC885\uC885\uAC15\uAD50\uAC15\uC0B0\uCCB4\uCC38\uC815\uB3C4\uB8E8\uC7A5\uCC38\uCC38\uC624\uC870\uAD6C\uC7A5\uCDE8\uCC38\uB3C4\uB3C4\uC2B5\uC704\uBC30\uB96D\uC0C1\uC99D\uD30C\uAE08\uCD08\uC5C4\uB85C\uC794\uB9B0\uB8CC\uB8CC\uCE68\uB4F1\uD0C0\uC900\uAD50\uAD90\uC694\uCD08\uC694\uAD90\uCCA8\uC5ED\uD559\uB18D\uC5C5\uC5C5\uC758\uC54C\uD5D8\uC9D1\uD574\uAC08\uC218\uC9C0\uC624\uC8C4\uBBF8\uC758\uC601\uB3C4\uB839\uC808\uC11C\uC545\uC740\uC218\uCC30\uB824\uD734\uB871\uB871\uC804\uC601\uD76C\uAD6D\uCC38\uC601\uADDC\uC554\uC678\uB178\uAD8C\uCD08\uCC2C\uB9CC\uC804\uC804\uC5BC\uC554\uC554\uD5CC\uB178\uD5CC\uCC9C\uAD34\uCC9C\uC8FC\uD669\uACBD\uC21C\uC18C\uC18C\uB835\uACF5\uC88C\uAD50\uAC70\uACF5\uAC71\uBB34\uBD80\uBD80\uCC28\uAD6C\uAD6C\uAE30\uC774\uC0AC\uD30C\uCE58\uC18C\uD56D\uC774\uADFC\uC190\uAD8C\uD31F\uC190\uAC74\uBD88\uC7A1\uC7A1\uC2DC\uD3EC\uC815\uC218\uBC94\uB151\uC0AC\uBD84\uD30C\uC9C0\uD76C\uD638\uB2F4\uC704\uC7A5\uD0D5\uB300\uB9D0\uD53C\uB9D0\uCCA9\uBD88\uB834\uC9C8\uCD94\uBC31\uCE58\uC81C\uB9E5\uC5ED\uC608\uBCD1\uAC11\uAD8C\uB140\uC218\uB300\uC815\uC138\uCD08\uC9C4\uC0AC\uAD70\uC11D\uBC29\uB300\uADC0\uC8FC\uBCD1\uC7A5\uC804\uC644\uB300\uC720\uC0C1\uC0BD\uAE30\uCC45\uAD35\uBAA8\uB3C4\uD6C4\uC815\uC218\uBA71\uC704\uC545\uD3ED\uAC1C\uBC29\uBCD1\uB151\uACF5\uBC18\uD669\uB3C4\uBA71\uAC00\uB4F1\uD718\uC885\uC0BC\uB9CC\uB9C9\uD45C\uAD35\uCC45\uB9C9\uBC29\uC7A5\uACBD\uCC9C\uBCF5\uCE58\uBB34\uBC88\uB2F9\uD3D0\uD3D0\uC7A5\uBA71\uC870\uCCA8\uBD84\uBABD\uBC29\uC8FC\uBA78\uC8FC\uC808\uD5CC\uB780\uAC04\uD3C9\uB144\uACAC\uBCD1\uBCD1\uD589\uAC04\uC694\uD658\uC720\uC720\uAE30\uC5C4\uBE44\uCCAD\uCE21\uAD11\uC7A5\uC800\uACBD\uBE44\uAE08\uB3C8\uC0C1\uAE30\uC544\uD754\uAC1C\uC11C\uB824\uBB34\uC555\uACE0\uC751\uC800\uD3EC\uC810\uC555\uBB18\uACBD\uC790\uBD80\uB3D9\uBC29\uD3D0\uC0C1\uC758\uC9C8\uC870\uCE58\uD734\uB3C4\uC88C\uD6A8\uB3C4\uAE30\uACE0\uBC29\uC815\uC720\uD3EC\uBCD1\uB989\uB798\uBE44\uC801\uC554\uC11C\uAC15\uC6A9\uD0C1\uC1A1\uC11C\uACBD\uC6B0\uC720\uBB18\uC218\uCE21\uC0C1\uD3D0\uAD6C\uD569\uC678\uB958\uD558\uB834\uB791\uC218\uCE58\uBD80\uACBD\uAD6C\uAD6C\uADFC\uC624\uD655\uB8E8\uC74C\uB8CC\uB300\uB85D\uC774\uC8FC\uC804\uB3C4\uC2DC\uD760\uBB18\uCC3D\uBB34\uD3D0\uAD11\uACF3\uAD34\uBCBD\uC7A5\uD574\uB984\uB984\uB8CC\uB824\uC801\uC601\uC120\uCCAD\uC639\uB824\uCCAD\uC778\uC21C\uC5F0\uC815\uC801\uBC15\uAC74\uD68C\uB0B4\uD68C\uACF5\uC785\uAC1C\uBCC0\uC774\uAE30\uB871\uBD84\uAC70\uAC10\uD601\uC7A5\uD3D0\uC775\uC77C\uC774\uC0BC\uC2DD\uC774\uC2DC\uC2DC\uAD81\uC870\uC778\uD638\uBD88\uD64D\uC624\uD1F4\uC774\uAC15\uD30C\uC2E0\uC81C\uC7A5\uAD74\uB3C4\uBD80\uC800\uBBF8\uD604\uD638\uCD08\uB178\uACBD\uC9C4\uC774\uBBF8\uD658\uB9CC\uC18C\uC57D\uD604\uACBD\uB3C8\uC7A5\uAC15\uAC15\uBD95\uD0C4\uAC15\uD544\uD544\uC12D\uD0C4\uAC74\uAD6C\uAC00\uBC1C\uD544\uAD6C\uC804\uBCC4\uC18C\uD0C4\uD655\uAC15\uD6A1\uBBF8\uD655\uB9CC\uD655\uACC4\uACC4\uADC0\uB2F9\uB85D\uB85D\uB2E8\uD61C\uCCB4\uD718\uD718\uC774\uC774\uC774\uC774\uD655\uD655\uC0BC\uD615\uBB38\uB3D9\uC5B8\uC5B8\uC6B1\uB9AC\uCC44\uD45C\uC870\uBE48\uD33D\uC6A9\uD45C\uCC3D\uC601\uB9AC\uCC99\uBC15\uD0C0\uAE09\uBC29\uC1A1\uC5ED\uC655\uCCA0\uD53C\uC9C0\uB839\uBD88\uC655\uC815\uC870\uC655\uACBD\uB300\uC11C\uC21C\uD754\uC591\uD68C\uB960\uD6C4\uB960\uC815\uCC99\uC11C\uACBD\uB3C4\uC885\uC885\uB798\uC885\uB4DD\uBC30\uC0AC\uB828\uAE30\uC0C1\uCE58\uC885\uC8FC\uB798\uC5B4\uC12D\uCC28\uAC74\uC2DC\uAC00\uD3B8\uD669\uBCF5\uC21C\uC704\uBC29\uC694\uBBF8\uD61C\uC815\uD45C\uC81C\uB355\uC9D5\uC9D5\uBCC4\uB355\uC885\uCCA0\uC694\uC678\uC694\uD718\uBBF8\uB8E1\uC591\uD3EC\uAD6C\uC2EC\uC2EC\uD544\uC5B5\uB975\uC778\uB3C4\uC815\uAC1C\uAE30\uC778\uC778\uCC9C\uD0D0\uD2B9\uD2B9\uAC04\uD758\uD0DC\uCD0C\uC9C0\uB9DD\uB9DD\uD61C\uBC94\uC751\uCCA8\uBBFC\uBBFC\uCDA9\uCDA9\uC624\uAE09\uC624\uD76C\uAC1C\uC6B0\uC644\uCD1D\uC885\uCF8C\uC5EC\uBCC0\uAE30\uC9C0\uCDCC\uCE68\uD0DC\uB3C8\uAC80\uB150\uD63C\uD749\uB274\uC655\uD5D8\uD754\uAC15\uD640\uD788\uBD84\uBD80\uD0DC\uC885\uBB34\uC6B0\uCC3D\uCC3D\uAC70\uC608\uD3EC\uCD08\uBBFC\uBE44\uC791\uC998\uC559\uAD6C\uBC18\uB85C\uB178\uC815\uD30C\uD3EC\uCCA9\uACE0\uD638\uC800\uB2EC\uB839\uC0AC\uC8FC\uC81C\uD0DC\uC774\uB3CC\uC6B0\uBD80\uAE09\uD3C9\uC131\uC6D0\uB2C8\uAD34\uBD88\uD76C\uD544\uC720\uAC81\uD604\uCD1D\uBCD1\uD669\uC6D4\uCD9C\uD53C\uCD9C\uC2E4\uD0C4\uC601\uCD1D\uB300\uB9D0\uAE30\uC5ED\uCE58\uC784\uC21C\uC2DC\uD790\uB85C\uD56D\uAD11\uBAA8\uC9C0\uD611\uB828\uC870\uD669\uC9C8\uD638\uACF5\uADA4\uD56D\uC11C\uAD50\uC11C\uC0AC\uACFC\uADDC\uC591\uC5D0\uD68C\uCE59\uAD04\uC774\uD749\uAD34\uB9B0\uD68C\uC790\uD73C\uCE58\uC0C1\uB275\uD55C\uC740\uAC01\uD1B5\uB150\uACF5\uC804\uC2DD\uD761\uC5F4\uBCD1\uAC04\uB355\uD61C\uC545\uADDC\uD1B5\uC5FC\uAC1C\uCE21\uB1CC\uC6B4\uB9DD\uC6A9\uC6A9\uC5F0\uBE44\uACE4\uCD08\uC5F4\uC5EC\uC11C\uACC4\uC2E4\uCCA0\uB9B0\uC81C\uD55C\uD638\uD611\uCC99\uD3EC\uC74D\uACAC\uD68C\uD76C\uD328\uBB38\uC608\uD615\uC1A1\uC804\uC815\uB9AC\uC624\uC624\uC720\uB9AC\uB7C9\uD658\uCD1D\uC5B5\uC5F4\uB9AC\uB2C8\uB1CC\uC545\uAC01\uD604\uAC04\uC624\uBBFC\uC885\uBE44\uBE44\uB355\uCDCC\uCC3D\uBBFC\uB824\uACC4\uAD00\uAD00\uD589\uB3C4\uCC98\uACF5\uCCA8\uB860\uC11D\uAC10\uACE4\uB141\uC815\uCD94\uB3C8\uACFC\uCCA8\uB7C9\uC644\uC6D0\uAE08\uAE30\uB78C\uCC3D\uD639\uD654\uAD8C\uB2F4\uCC99\uCC99\uB151\uB9DD\uCCA0\uD640\uD63C\uC11D\uCC3D\uD754\uC720\uD61C\uC545\uC1C4\uCD1D\uD604\uC218\uC810\uAD6C\uCC38\uC9D5\uB355\uBE44\uD611\uCC38\uD0C4\uAD00\uD0C0\uB1CC\uC6B4\uC0C1\uCDCC\uCCA9\uD669\uC900\uACBD\uC57C\uC131\uCE21\uD3B8\uD63C\uC218\uC81C\uCD08\uC218\uBC1C\uC120\uC678\uACA9\uAC74\uC704\uC720\uC720\uD54D\uD6E4\uD658\uBBFC\uD345\uC758\uBA74\uC6A9\uAC8C\uC0C1\uC74C\uC545\uC2EC\uBB34\uAC00\uAC01\uC6B0\uC560\uD611\uC5B8\uC5F0\uAC10\uC628\uCD1D\uC0C8\uB989\uBD84\uC601\uADA4\uAD34\uAC01\uACF5\uC6B4\uC18C\uC18C\uAE30\uC694\uC1A1\uD669\uC9C8\uACE8\uAD6C\uCC3D\uB2C9\uD611\uAC1C\uC815\uC6A9\uCD08\uC190\uC2E0\uBC15\uAC1C\uC6D0\uD574\uD754\uC6A9\uC559\uB960\uC18C\uB3C4\uC740\uC790\uD735\uACB8\uD0DC\uD669\uC628\uC2E0\uBA85\uACF5\uC12D\uC885\uD45C\uBAA8\uBAA8\uAD35\uCE59\uCC38\uCC38\uCC38\uCD5C\uBBFC\uD2B9\uC7A5\uD1B5\uC624\uC0C1\uB9CC\uAD00\uAC01\uC870\uAD6C\uD61C\uAC1C\uB828\uC6B0\uC885\uADFC\uC740\uB824\uC0C1\uC704\uB2E8\uB9CC\uAC04\uC2B5\uC6A9\uACBD\uAC15\uC81C\uC9D1\uB8E8\uAD8C\uCC99\uCC99\uC695\uBE59\uB8CC\uCD1D\uC6B0\uC6A9\uCE58\uD1B5\uB2F9\uAC8C\uD5C8\uD33D\uBE44\uBCC4\uC21C\uAD50\uC99D\uC81C\uB828\uBE59\uADA4\uD61C\uCD08\uC9D5\uC740\uC740\uD76C\uD76C\uD0C4\uB2F4\uD0C0\uB300\uB300\uC18D\uAD90\uCC45\uD6A8\uBC18\uBD84\uB85C\uB85C\uB3D9\uAC10\uAC8C\uD55C\uBBFC\uACBD\uB8CC\uBB34\uCC38\uD73C\uCD94\uD5CC\uC2EC\uC2B9\uBCBD\uC5B5\uCD08\uC12C\uB1CC\uB2F4\uD0C4\uACBD\uC1A1\uAC10\uC694\uC678\uD658\uB3D9\uADFC\uADFC\uAC70\uC870\uAC04\uD574\uC751\uC624\uBB34\uC5ED\uB984\uC0C9\uC900\uD68C\uBB38\uB77C\uC560\uB984\uC5FC\uAD04\uD558\uCCB4\uC5EC\uC740\uB300\uBABD\uC560\uBABD\uB300\uC81C\uB9C8\uB78C\uBB38\uC8FC\uCE58\uB098\uB098\uC5FC\uC591\uBC15\uCE58\uAD11\uAD11\uC6B0\uBD80\uB958\uBA78\uC9D5\uD61C\uCC38\uBABD\uB77C\uD68C\uD604\uC591\uCC38\uAE30\uAD6C\uD658\uC12D\uC758\uB828\uB09C\uB9C8\uB2F9\uD655\uB2F9\uB2F9\uB2F9\uACFC\uC6D4\uBB34\uC794\uC220\uC218\uC735\uD76C\uC131\uC544\uACC4\uAC00\uC794\uC7A5\uD639\uCC3D\uC804\uB3D9\uCC99\uC54C\uC9C8\uC801\uC54C\uADF9\uC2DC\uAC10\uC9D1\uADDC\uAC1C\uB4F1\uC804\uCC3D\uAC00\uC804\uC808\uC5ED\uC804\uC778\uB959\uD76C\uC804\uD76C\uD76C\uCC29\uB300\uAD6C\uD638\uD638\uD638\uC561\uC0AC\uD0DC\uBB18\uD638\uB824\uBC29\uC18C\uD3B8\uC810\uACBD\uC0C1\uC774\uC758\uC120\uD638\uBE44\uC5FC\uC218\uC218\uC7AC\uCC30\uAD6C\uB975\uBCF5\uBC30\uD0C0\uC789\uBD88\uC785\uC7AC\uD0C1\uC7A5\uC791\uAC15\uC6B0\uC6B0\uD55C\uC2E0\uCC28\uD0C0\uD758\uAD6C\uC62C\uB3C8\uCC9C\uC9D1\uC778\uD655\uBB38\uC18C\uC591\uB274\uBD84\uCC28\uC6B0\uAE09\uAE08\uBC18\uAC08\uC5B4\uBD80\uC624\uC11D\uBE44\uC9C0\uC790\uC561\uB3C8\uC870\uC2B9\uAE30\uC5F0\uAD11\uBCC0\uCD08\uAD6C\uBB38\uACE8\uC6D4\uACB0\uD30C\uCE68\uCE68\uC2B9\uC6B4\uC644\uB20C\uC5B5\uC11C\uC870\uBD80\uD22C\uB450\uD56D\uC808\uBD80\uBB34\uD3EC\uBC1C\uC694\uD0DD\uB2E8\uAD6C\uB95C\uCC3D\uADE0\uD638\uBCF4\uBCD1\uC9C0\uD3C9\uC5FC\uD3EC\uD53C\uD0DC\uC720\uC9C4\uC800\uC559\uD3EC\uD558\uB2C8\uC124\uC800\uC9C8\uBE44\uC7A1\uB9D0\uB9E4\uC2E0\uC555\uCD94\uAC81\uBBFC\uCD95\uAC00\uBD88\uC794\uC8FC\uB2E8\uD0C1\uBB34\uB150\uB78D\uBD80\uD3EC\uBC18\uBC15\uB839\uB77C\uAD34\uACB8\uAC70\uCC99\uBC1C\uD0C0\uD0C0\uC694\uAD6C\uC878\uBCC0\uCD08\uBC30\uBC30\uC800\uC758\uAC70\uD655\uB871\uAC04\uC7A1\uC639\uB780\uB155\uBC1C\uD0DD\uCC9C\uD754\uAD04\uC2DD\uAE38\uC99D\uB2D8\uACF5\uACF5\uAD8C\uC804\uC874\uCC30\uACE0\uCE58\uD611\uCC45\uD68C\uD3C9\uC608\uC2B5\uB098\uBCBD\uC9C0\uAD18\uC9C8\uD655\uD0C0\uD0C0\uC9C0\uC124\uC548\uB871\uC9C4\uACA9\uAD50\uACE0\uB3D9\uB098\uB3C4\uB82C\uCC28\uB824\uC811\uC54C\uACB0\uB82C\uAC70\uC9C0\uB828\uC544\uACFC\uB2EC\uD611\uC694\uB2F9\uAD50\uC7C1\uC81C\uD63C\uC7A0\uC6B0\uC560\uC138\uB098\uC88C\uBC1C\uACBD\uCCB4\uC9C4\uC815\uC0AC\uC0AC\uACBD\uB9E4\uB871\uAD6D\uBC29\uACAC\uC74D\uC815\uC5F0\uB1CC\uB9CC\uD611\uC0BD\uBD09\uACE4\uC624\uAD70\uAD6C\uD1B5\uACE4\uD601\uB3C4\uCC29\uBD80\uB784\uD314\uD55C\uC18C\uB0A0\uC5F0\uCE21\uC1A1\uC57C\uAC01\uD3EC\uC644\uCC99\uC900\uC608\uC7AC\uB824\uC218\uD0C8\uB85C\uC190\uBCD1\uAC80\uD658\uB3C4\uBBF8\uC644\uAE08\uBD09\uC0AC\uB82C\uBBFC\uBB38\uBD80\uD328\uAC70\uB3C4\uC640\uC560\uAD8C\uC545\uCD1D\uC804\uCD94\uCCA9\uD0DC\uBD84\uB0A0\uB150\uB1CC\uC878\uC54C\uC11C\uD754\uC7C1\uC810\uC18C\uB95C\uCCAD\uAC15\uCCA0\uC218\uB3C4\uBD80\uC800\uC7A5\uD63C\uAE30\uB3C4\uACB9\uAE30\uBC30\uC219\uACAC\uB989\uC561\uC544\uAD74\uC7C1\uB7C9\uAD18\uC608\uD639\uC12C\uC815\uB7B5\uCC44\uD0D0\uCCB4\uBD95\uC811\uCC99\uACF5\uCD94\uC5C4\uC870\uCD94\uAD6D\uCCA8\uACAC\uAE0D\uBC30\uC218\uAC8C\uB85C\uAD35\uBA85\uACBD\uCC99\uD0C4\uB9F9\uC12C\uC18C\uAD00\uD33D\uC5F0\uB099\uAC04\uC815\uCD94\uC804\uC720\uC5F0\uADDC\uB0A8\uD6A1\uC720\uBCBD\uC678\uC2DC\uC8FC\uC120\uBB18\uC81C\uC5F4\uC0BD\uC2DC\uCD1D\uCE68\uC74D\uC21C\uD669\uD3B8\uC591\uD658\uC5C4\uC7A0\uC554\uC11C\uC54C\uC545\uAC1D\uCDCC\uC989\uCCB4\uB784\uB784\uC815\uAC1C\uCD94\uCD94\uB3CC\uAC8C\uD718\uAE0D\uCDA9\uC0AD\uC124\uC124\uC6D0\uAC74\uC57C\uC0BD\uC0AC\uBC30\uC694\uBA78\uCC9C\uB78C\uC628\uD760\uCC38\uAC01\uB8E8\uCD1D\uAE0D\uAD50\uAD6C\uAE08\uC6A9\uAC01\uCD94\uCCB4\uC804\uC190\uC190\uBC15\uD735\uC6A9\uBC29\uCC28\uC18C\uAC11\uC694\uB3C4\uC9C0\uB179\uB78D\uB834\uC218\uAD6C\uACE0\uD5CC\uC0AD\uC0C1\uC9C4\uBA78\uC561\uCD94\uB2C9\uC120\uD0D1\uAC78\uB2F9\uBC18\uBC18\uD0D1\uB960\uB3C4\uACE8\uCE58\uC640\uD560\uAC74\uC628\uCC3D\uC804\uC9C4\uACA9\uD734\uB2C9\uAD8C\uCC28\uCC29\uACA9\uC624\uC740\uC12D\uAC15\uC12D\uD130\uD30C\uC694\uBE48\uC218\uD0C4\uC0B4\uC0B0\uC219\uADDC\uC6A9\uCC3D\uAD35\uBCD1\uBD09\uC194\uC81C\uCCB4\uC218\uC801\uB828\uB2F9\uB9AC\uAD00\uB85D\uB77C\uB8E8\uCD1D\uAC1C\uD638\uC0AC\uCC3D\uD0D5\uD654\uCD5C\uB0B4\uB9C8\uC7A5\uADDC\uC601\uCC99\uC624\uC9C0\uCCB4\uB9CC\uCC38\uAD6C\uC800\uC0C9\uB2E8\uCD08\uBAA8\uBAA8\uC811\uC12C\uACBD\uD45C\uAC15\uC74C\uAD6C\uACAC\uB7B5\uACA9\uC601\uADA4\uB0B4\uBCC4\uB85C\uB3C8\uD55C\uC5F0\uADC0\uC7A0\uC758\uC7A0\uD0F1\uD0F1\uC0B4\uC694\uD6A1\uC11C\uAC10\uAD11\uD0D1\uC900\uB144\uB9B0\uC99D\uD718\uB2F9\uAD50\uADF9\uC12C\uD0D0\uD0C4\uCCA0\uBC1C\uCC28\uC808\uCD08\uB8CC\uBD84\uBB34\uD6A8\uD30C\uCD2C\uCC29\uCC2C\uD0C0\uBC15\uD760\uB3C8\uB828\uD68D\uD790\uB85C\uAD50\uCC2C\uB2EC\uAC10\uAD50\uACFC\uAC80\uAC04\uC639\uB8B0\uB0AD\uB85C\uCC9C\uCC29\uD0DD\uBC15\uCC29\uACA9\uB2F9\uC0C9\uC870\uACBD\uACBD\uD658\uC811\uAE08\uD68C\uB2F4\uD734\uAC08\uBCBD\uBCBD\uC624\uAC70\uC5FD\uC54C\uB9F9\uC218\uBBF8\uC81C\uB300\uD0C1\uB3C4\uD615\uB78C\uCC30\uAC70\uC57C\uC720\uC5FD\uC5FD\uC758\uD654\uC808\uBE48\uB155\uAC01\uCC99\uC990\uD655\uB9C8\uC804\uD790\uB835\uD0C4\uD30C\uC218\uB85C\uB825\uC694\uC801\uBC18\uC591\uB8B0\uCC30\uD130\uCC2C\uB828\uD5CC\uAD70\uD655\uB825\uB784\uD658\uC601\uB85C\uB871\uAC74\uAC70\uCC2C\uAC74\uB780\uC12C\uC601\uBBF8\uC591\uCC38\uC601\uCC2C\uD734\uC12D\uB77C\uAD70\uBBF8\uB9AC\uCC2C\uB828\uD0C4\uCD2C\uB824\uC804\uC640\uB2F9\uAD50\uD655\uB78C\uB77C\uB0AD\uC9C0\uAE30\uADA4\uAE30\uC2EC\uBCF5\uBCF5\uC218\uACE0\uC720\uAC1C\uC774\uACF5\uAC04\uBC18\uBC29\uC815\uBC15\uCCA8\uAD6C\uBBFC\uBB34\uACE0\uAC11\uCC45\uD6A8\uBBF8\uCD95\uACA9\uD65C\uC11C\uAD50\uBBFC\uC9C4\uAD6C\uC2E0\uD0C8\uC5B4\uCE59\uC624\uD328\uC11C\uAD50\uD0C8\uB834\uB151\uD3D0\uCC3D\uC804\uCCA0\uC774\uAC10\uC0B0\uACFC\uC5FC\uB3C8\uAE30\uD22C\uD6A8\uCCA0\uAD50\uACBD\uC591\uD569\uBBFC\uC218\uC560\uACE0\uC560\uC815\uC801\uC9C4\uBD80\uC218\uB8CC\uAD6C\uD604\uD68C\uAD50\uC120\uAD50\uD0C1\uB450\uB834\uD3D0\uD0DC\uD6A8\uD6A8\uBB38\uD559\uC81C\uC81C\uC7AC\uBE48\uAC01\uC7AC\uB7C9\uBE44\uBC18\uBC18\uB780\uC720\uB780\uBBF8\uB450\uC2B9\uB8CC\uAC00\uACE1\uC0AC\uAC00\uC720\uC9D0\uAC01\uC54C\uC8FC\uCD95\uADFC\uCC99\uC740\uBD80\uC7A5\uCC38\uAD6C\uC791\uCC38\uB2E8\uCC29\uC0AC\uC2E0\uC791\uCC29\uADFC\uB9B0\uCC29\uCD09\uB2E8\uCD09\uBC29\uAC1C\uD56D\uC5B4\uC2DC\uD328\uC720\uBA70\uBC29\uAE30\uC804\uBAA8\uB824\uD328\uD53C\uB958\uBD80\uBC29\uC120\uC815\uC815\uB2C8\uC871\uC870\uC758\uB958\uC18C\uAC74\uC5C7\uC758\uAE30\uCE58\uBC88\uD45C\uBC88\uC804\uAD34\uC218\uC5EC\uBB34\uAE30\uAE30\uAE30\uD654\uC77C\uB2E8\uAD6C\uC9C0\uC870\uD611\uB3C4\uC21C\uC6B1\uC6B1\uB77C\uAC04\uD55C\uB300\uC801\uC6B0\uCC38\uC2DC\uAD11\uC591\uC2DC\uC655\uBBFC\uBBFC\uB3C8\uCD98\uC624\uC724\uD328\uC559\uCE21\uD310\uAC81\uACE4\uC2B9\uD638\uBC29\uD638\uACC4\uCC3D\uD6E4\uBA85\uD63C\uBD84\uAE08\uBB3C\uC5ED\uC11D\uD754\uC5F0\uCE21\uBC29\uC695\uC2E0\uAC70\uC591\uC7A0\uBCD1\uC131\uC601\uD604\uBD88\uC9C4\uB839\uCD98\uD638\uB9E4\uC791\uB9D0\uBCC0\uAD6C\uD63C\uC18C\uC885\uC2DC\uD558\uC6B1\uBE44\uC9C8\uBB18\uB2D0\uCC3D\uC628\uB3D9\uC560\uBCD1\uC559\uC8FC\uB871\uD604\uAD11\uC870\uC870\uC2DC\uD669\uD669\uD6E4\uAD34\uACFC\uAD50\uC9C4\uC9C8\uC9C4\uC0C1\uB3D9\uD64D\uC548\uD574\uD5A5\uC1C4\uD6A8\uC5FD\uD6C8\uD718\uD568\uD55C\uC900\uB9CC\uD604\uACE4\uC8FC\uD76C\uC131\uC131\uD3EC\uC808\uC808\uC624\uD658\uD68C\uD638\uC2E0\uB9CC\uC804\uD0C1\uC218\uC8FC\uBCF4\uACBD\uC11D\uC12C\uC608\uC11D\uCCAD\uACC4\uC815\uADC0\uC815\uC5ED\uC9C0\uC554\uC6D0\uB9BC\uB7C9\uCC3D\uC655\uD6A8\uC7A0\uBE44\uD6E4\uD658\uC774\uAC00\uD6C8\uD718\uBD80\uBBFC\uADDC\uAC08\uC601\uB3C4\uC704\uC11C\uCCAD\uBB34\uB0A8\uAC04\uB09C\uC554\uC591\uCD98\uC694\uCC28\uBCF4\uBA85\uAD50\uAC1C\uACE0\uC639\uCC3D\uAE30\uD638\uC548\uB825\uC560\uAE30\uACC4\uBB38\uC7A0\uC124\uD638\uBAA8\uB9C9\uC885\uB2D0\uC7A5\uD61C\uD3ED\uD55C\uC120\uC804\uB8CC\uC12C\uD0C4\uACBD\uBCC4\uB9B0\uB3C8\uD76C\uC5D0\uAE30\uD669\uD0DC\uC5FD\uC5FD\uB825\uB2F4\uB3D9\uD6A8\uBE44\uB2F4\uC870\uD638\uC5ED\uD5A5\uC131\uC0BC\uAD50\uD3EC\uACBD\uC5FC\uC560\uC5FD\uC720\uC11C\uBABD\uD6C8\uC694\uD3ED\uB824\uC2E0\uAD11\uCCA9\uB8CC\uC5F0\uD655\uB824\uD76C\uC735\uB871\uB0AD\uB77C\uB780\uC1C4\uB2F9\uC5C4\uCD09\uC648\uC555\uACE1\uC608\uACBD\uC608\uD640\uAC08\uC11C\uC870\uC870\uCC9C\uB9CC\uC99D\uC99D\uCCB4\uCD5C\uCC38\uC6B1\uD68C\uC778\uAC78\uBD84\uBE44\uC6D4\uC720\uC6D0\uBD95\uBC18\uBCF5\uB839\uAD74\uAD6C\uC138\uB275\uC870\uC0AD\uC9D0\uB791\uB791\uC804\uBA85\uD669\uB9DD\uB3C8\uC870\uAE30\uAE30\uC601\uC885\uB9DD\uB3D9\uB791\uB85C\uBABD\uB871\uBAA9\uBE48\uBBF8\uB9D0\uBCF8\uCC30\uCD9C\uCD9C\uBAB0\uC8FC\uC778\uD314\uBC15\uD0C0\uD0C0\uB3C4\uB825\uAD6C\uADA4\uADDC\uBE44\uD6C4\uC815\uC790\uC0B4\uC785\uC7A1\uAD8C\uCC9C\uC6B0\uAC04\uC624\uCC28\uC0BC\uC21C\uBC94\uC62C\uC790\uB9AC\uD589\uC7AC\uCD0C\uC778\uD45C\uD0C1\uCCB4\uC7A5\uB9DD\uCE58\uC775\uACE8\uAD81\uB450\uC774\uAE30\uC18D\uAC15\uC870\uBAA9\uC0B0\uD68C\uB798\uAD6C\uB9DD\uC591\uB9C8\uCD08\uC9C0\uC6D0\uD56D\uD3D0\uBC30\uAC78\uB3D9\uACE0\uBB18\uD5D8\uC800\uCD98\uD30C\uC218\uD654\uC2EC\uB274\uC800\uCD98\uC1A1\uD310\uC1A1\uAC81\uC6D4\uC9C4\uAD6C\uACC4\uBAA8\uBE44\uBE44\uC655\uC559\uBC29\uBD84\uC608\uBD80\uB0A8\uC11D\uD638\uC57C\uB450\uC2EC\uCE68\uC694\uB9BC\uC608\uC640\uB9E4\uC870\uACFC\uC9C0\uC885\uC6B4\uD654\uC2B9\uCD94\uC870\uACAC\uB825\uD638\uACAC\uC815\uC1A1\uCC3D\uD48D\uB2E8\uD6A8\uCE68\uACE0\uD3C9\uC774\uC2DC\uC9C0\uAD18\uD6A8\uAC00\uAC00\uAD6C\uD3EC\uB9D0\uC124\uC5FD\uC5FD\uC2DC\uC5BC\uD53C\uD0C0\uC774\uB839\uBCD1\uB2C8\uB78D\uD654\uBC18\uBC94\uC885\uB300\uC0AC\uC601\uBD80\uBC31\uBAA8\uAC10\uCE60\uC5FC\uC720\uBB34\uC18C\uC1A1\uC790\uD569\uC720\uC2E0\uAC70\uD0C1\uC791\uB0A8\uC800\uC601\uC800\uC9C8\uC0AC\uC0AC\uB2E8\uACE0\uD3EC\uAD6C\uC694\uBD88\uAC04\uBC1C\uB3CC\uAC00\uB0B4\uC8FC\uBE44\uB958\uC2DC\uCC45\uC0AC\uCD95\uBC30\uC2DC\uAD18\uC0AC\uC694\uC815\uC815\uC2DC\uCE58\uB958\uBAA8\uD68C\uC601\uCC45\uC870\uD45C\uC794\uC990\uB871\uB3D9\uB85C\uC0DD\uB825\uB780\uC601\uC218\uC21C\uC804\uACC4\uC815\uC11C\uB960\uCCB4\uD56D\uC9D0\uB824\uC0C9\uAD04\uAC04\uBCD1\uC784\uAD50\uBC31\uC784\uD48D\uC790\uC218\uC608\uCC28\uD5C8\uC8FC\uCC9C\uC81C\uC774\uC774\uC6B1\uBC8C\uACF5\uACE0\uB85C\uC804\uB82C\uD575\uC591\uD575\uADFC\uC9C0\uC2DD\uACA9\uC7AC\uB780\uBCF5\uAC78\uD56D\uACC4\uB3C4\uAD11\uC678\uAD11\uC5EC\uC548\uC548\uAD8C\uC774\uD0C1\uACE0\uC9C8\uACF5\uB3D9\uC0C1\uC0C1\uD658\uAE38\uAD6C\uD608\uD0C0\uD1F4\uC6B0\uCC30\uC0C1\uC575\uC2B9\uC11D\uC794\uC544\uC694\uC815\uB2F9\uAE30\uAD50\uD654\uD68C\uC7A5\uC7A5\uC2EC\uC0AC\uC0AC\uC9C4\uBC30\uC815\uAD04\uACBD\uBC1C\uBD84\uBD80\uC720\uD1B5\uAC01\uD76C\uB791\uB958\uBD09\uCE60\uC628\uAD70\uAC04\uC18D\uB7C9\uAD6C\uC815\uC720\uB9E4\uBC29\uB871\uD33D\uC7A5\uC81C\uD604\uB3C4\uC870\uC694\uACE1\uD3D0\uC801\uD568\uC7AC\uCE58\uC778\uD328\uACBD\uACAC\uD658\uB9CC\uB098\uD611\uC870\uAE30\uD6A8\uB824\uC644\uCD08\uC2EC\uBD84\uC1A1\uBABD\uC624\uB9AC\uB9AC\uB450\uCE68\uC601\uC0AC\uAD6D\uC81C\uACC4\uACE4\uD0C8\uC18C\uCC9C\uBC94\uBBF8\uC815\uB9AC\uBE48\uB85D\uBD88\uB3C4\uC9C0\uB798\uB828\uAC80\uC808\uB839\uB9AC\uAE30\uBCD1\uB95C\uCD1D\uCC9C\uBA74\uAE30\uAE30\uCC44\uACE4\uC12C\uB4DD\uBE44\uD328\uBD09\uBD80\uD63C\uC885\uC815\uC870\uADF9\uB824\uBD95\uC721\uC5B4\uACE0\uACE4\uB3D9\uB2F9\uAC15\uB9DD\uCCB4\uC11D\uBC88\uC7C1\uC794\uACC4\uC5F0\uC5FC\uC5ED\uAD8C\uC5ED\uC0BC\uC784\uCD94\uB989\uC11C\uC808\uBCF5\uACFC\uB798\uCD94\uCD94\uB3C4\uAD00\uBD84\uBD84\uB9BC\uACBD\uC608\uC644\uACFD\uB85D\uD638\uC811\uC758\uC8FC\uAD6C\uAD6D\uC2B9\uC878\uB7C9\uAC15\uC2DD\uCD94\uC544\uAC70\uBE44\uCD08\uD0C1\uCE58\uBE48\uBD95\uC815\uCD08\uCC3D\uB975\uD654\uAC80\uADDC\uC2ED\uB3C5\uCC38\uB3C4\uADC0\uC804\uB77C\uC9C0\uAD8C\uBA85\uBD80\uACBD\uBCD1\uC804\uC758\uD0C0\uC0BC\uD0C0\uC57C\uBCF5\uD718\uC678\uB2E8\uAC00\uC885\uAC10\uC774\uCE68\uBCF4\uC5B8\uC5F0\uC5F0\uC804\uCD98\uC6B0\uACA9\uC0AC\uC545\uD3B8\uBCF5\uC694\uD654\uC11C\uC57D\uC591\uB784\uC548\uBCF8\uD718\uADDC\uACC4\uADDC\uC0AC\uD48D\uC124\uD0C0\uC990\uAC74\uBAA9\uBB34\uCD08\uACE0\uD638\uB828\uB989\uC815\uB0A8\uC720\uC720\uBBF8\uC1A1\uC6D0\uD6E4\uC601\uC815\uD3B8\uC811\uC999\uAC08\uC5C5\uC800\uC21C\uC720\uC8FC\uC704\uB9E4\uCCB4\uADF9\uC808\uD574\uCD94\uC601\uC720\uD669\uB8E8\uC545\uCC9C\uD5A5\uD488\uC2E4\uAC1C\uD5D8\uB78C\uC628\uC720\uCE5C\uB824\uAC70\uC2E0\uCD94\uBE44\uC124\uAC00\uC775\uC804\uBD80\uB158\uD544\uB791\uC6A9\uACE1\uC9C4\uAD6C\uB2F5\uC694\uC9C4\uBC29\uC0B4\uC6D0\uC7AC\uBA85\uC18C\uAC00\uC694\uAC78\uD669\uAC04\uBE44\uC790\uAC74\uB9C8\uC21C\uC6D0\uC0AC\uC601\uC2DC\uC9C0\uCD5C\uC628\uC815\uB958\uC6A9\uB2F9\uAD50\uCC44\uC0AC\uC2B9\uD0D1\uD569\uD61C\uACE8\uAE30\uACE0\uACE0\uC190\uBC18\uB3C4\uB3C4\uC21C\uC804\uB204\uC9C8\uC0AD\uAD6C\uD1F4\uCC3D\uCC28\uACB8\uAD34\uB9E4\uD735\uACF5\uACE0\uD0C1\uD0C1\uAD50\uC591\uC804\uAC00\uD568\uCDE8\uB3C4\uB871\uBE48\uC800\uC0C1\uC2B5\uAE30\uB828\uD61C\uC6A9\uCC38\uACFD\uAC1C\uAC1C\uB2E8\uD654\uC0C9\uC0BC\uCD5C\uBD09\uC720\uACE1\uC7A5\uD638\uD658\uADC0\uC5BC\uC608\uACE0\uAC15\uADDC\uADDC\uC870\uB9CC\uADFC\uC801\uC7A5\uB77D\uB791\uC9C4\uC885\uB9AC\uC218\uACBD\uC0C1\uBC88\uD1B5\uAD00\uC801\uCD9C\uB958\uB85C\uB7C9\uBC00\uB8E8\uC18C\uC18D\uAC00\uC800\uD0F1\uD45C\uB85D\uADDC\uC790\uC0AC\uCD94\uC7A5\uB9CC\uBAA8\uC870\uC591\uC870\uBD09\uC8FC\uC0B4\uC11C\uAD8C\uD6A1\uACAC\uCD1D\uAE30\uC5F0\uC7A5\uC124\uC575\uC774\uC2EC\uC9C1\uCD08\uCD5C\uCD1D\uBC15\uC218\uD654\uADA4\uC9C4\uC900\uC6D4\uC804\uD61C\uCD98\uC874\uBC8C\uAC10\uBAA8\uBB34\uCDE8\uC694\uB9B0\uB958\uAD50\uD55C\uC724\uBC88\uC804\uD0C1\uB8CC\uC6B4\uC21C\uB3C8\uD0F1\uD0F1\uB9F9\uADE4\uB4F1\uC219\uAD90\uAD90\uB2F4\uD61C\uAE30\uB098\uC0C1\uD0C0\uB155\uC608\uC800\uB3D9\uC99D\uBD84\uACBD\uC5F0\uD6A1\uC2EC\uACE0\uB958\uB85C\uACE0\uC8FC\uD76C\uC2B9\uC790\uC0B0\uADF9\uB450\uC815\uB85C\uD55C\uCD94\uC5F0\uB2EC\uC218\uAC15\uB2E8\uB984\uB18D\uC740\uACA9\uC138\uC0BC\uCDE8\uC120\uC815\uAC04\uAD6D\uC8C4\uC5B5\uAE08\uBC15\uCCA8\uB8B0\uD48D\uD6FC\uB2F9\uACC4\uC218\uBCBD\uBCBD\uC815\uCD08\uACFC\uD68C\uC999\uD574\uAC00\uACBD\uC11D\uAC80\uC7A5\uB3C4\uC758\uD45C\uC1A1\uC591\uB984\uB825\uCC30\uBABD\uC740\uB3C4\uB300\uBA74\uAE30\uB2E8\uBE48\uD655\uACC4\uC5FC\uB2C8\uB155\uC758\uACE0\uD568\uC740\uB204\uACBD\uC5FC\uAE30\uBC00\uB3C4\uADA4\uCD98\uC81C\uAD34\uD30C\uB4F1\uC8FC\uAC01\uBA74\uC6B0\uC9C8\uD669\uCC9C\uB8E8\uB8B0\uCC30\uB85C\uB840\uCC2C\uB824\uBA78\uD61C\uC6B0\uB824\uC990\uACE0\uB3C5\uC5F0\uB825\uD3D0\uC800\uC218\uB828\uC804\uC8FC\uACBD\uC800\uB85C\uC5FC\uB825\uC800\uCE5C\uAC78\uC545\uC18C\uD68C\uC5BC\uC5EC\uB871\uB8B0\uCD08\uD5CC\uADC0\uAC70\uC18C\uB839\uC575\uCCA8\uC740\uC720\uC601\uC591\uB18D\uBC15\uCC38\uB780\uAC70\uC30D\uC12D\uCDE8\uCD1D\uAD8C\uAD6C\uC7A5\uAD6C\uC6B8\uB77C\uB824\uCC2C\uB780\uB2F9\uACFD\uC5C4\uB78C\uB780\uCD09\uB958\uB840\uD30C\uB0AD\uC6B8\uB839\uAD00\uD760\uCC28\uD658\uD754\uC5EC\uC728\uD568\uAD6C\uAD6C\uCD08\uCD9C\uACA9\uD574\uC778\uAD90\uD790\uC220\uD569\uC695\uAD34\uB791\uAD00\uC218\uD76C\uC560\uC758\uAE30\uD6CC\uCD5C\uD760\uAD00\uAC10\uAD00\uAC10\uCC9C\uC0BD\uACFC\uC778\uD760\uD5D0\uC720\uACB8\uD6A8\uC774\uAC00\uC624\uD0C4\uADFC\uAD6C\uD638\uC801\uD658\uD5C8\uBD84\uD76C\uC18C\uD6CC\uD761\uC120\uAC10\uCD09\uC5ED\uC74D\uC5EC\uCCA0\uD658\uC9C0\uC815\uCC28\uBCF4\uBB34\uAE30\uBCF4\uBCF4\uC65C\uAC70\uC804\uCE58\uC0C9\uCE58\uC0BD\uC885\uC138\uC138\uB825\uC0C9\uC6B0\uB825\uADC0\uC54C\uC54C\uC0AC\uC12C\uBAB0\uBAB0\uBAB0\uC694\uBAB0\uC870\uC559\uC9C4\uC0DD\uD0DC\uC0C1\uD601\uC21C\uC218\uC794\uACBD\uD45C\uACB9\uAD6C\uC18D\uAE0D\uC6B4\uC5FC\uC774\uBD80\uC2DD\uC5C5\uC794\uD63C\uD0C4\uADF9\uC5FD\uC9C4\uC6B4\uC628\uCD94\uBE48\uCCB4\uADFC\uC0C1\uC778\uC870\uCD95\uADA4\uCC2C\uC5D0\uD0C4\uB450\uAC15\uB834\uBE48\uB3C5\uC12C\uC12C\uC218\uAD6C\uB2E8\uC8FC\uC740\uC131\uC608\uC0B4\uAC01\uAC01\uD6A8\uC900\uC804\uD6FC\uD6FC\uACE1\uAC01\uACA9\uC758\uAD6C\uD6FC\uB2E8\uC758\uD6A8\uBB34\uAD00\uBAA8\uB9E4\uB9E4\uC560\uC790\uB3C5\uC721\uBE44\uD544\uBE44\uBE44\uBE44\uD3D0\uCC38\uBAA8\uC18C\uC0BC\uBE44\uBAA8\uAC00\uC804\uC2DC\uBAA9\uD0C0\uC21C\uC774\uC735\uC120\uAD6D\uBAA8\uD638\uAD6C\uB450\uBAA8\uB2F4\uBC30\uAD6D\uD0C8\uCDE8\uBE44\uC0B0\uCC38\uBAA8\uC2DC\uC720\uC720\uD0C0\uAC08\uAC74\uD0D1\uC0B0\uB8E8\uBAA8\uB9AC\uB3D9\uC6A9\uCC3D\uBC29\uB85C\uC804\uC18C\uC804\uBABD\uB85C\uAD6C\uCCA9\uC528\uC800\uBBFC\uAD90\uB9F9\uAE30\uD53C\uB0B4\uAE30\uB3C4\uC120\uCC9C\uBD84\uC591\uB0B4\uBCD1\uBD88\uC2E0\uB3D9\uACBD\uAE30\uC778\uC11C\uD574\uC591\uC548\uC544\uADF9\uACBD\uC544\uB3D9\uB2F4\uB85D\uCCAD\uC591\uC628\uC628\uC218\uC218\uC2B9\uBE59\uC601\uB2F9\uC218\uB975\uB2C9\uD0C4\uBC94\uADA4\uC815\uC999\uAD6C\uD314\uCE21\uBA74\uD0C4\uD718\uC870\uD55C\uCC28\uC791\uCC9C\uD658\uBC94\uB300\uC11D\uD0C1\uB9DD\uC218\uD758\uC0B0\uD30C\uD55C\uCC9C\uC624\uC624\uC2E0\uC0AC\uC5EC\uD64D\uAC15\uC9C0\uC624\uD1A0\uAD6C\uD0D5\uC9C0\uC9C0\uACAC\uACE8\uACE8\uC655\uC815\uC815\uC608\uADE0\uAD49\uD0DC\uACAC\uAE09\uBCC0\uD310\uAC10\uBB38\uC885\uBC29\uD749\uACB0\uC624\uC6B0\uAE30\uBD84\uC11C\uC11C\uC2EC\uAE30\uC625\uC6B4\uC6D0\uD56D\uC5F0\uCE68\uCE68\uD0D0\uC6B0\uB3C8\uD638\uD654\uC808\uBAA9\uB274\uBAB0\uB2F5\uBA74\uBB3C\uCDA9\uCCA8\uBE44\uC0AC\uC9C0\uD328\uBC18\uCD94\uC7A1\uAD6C\uC870\uBAB0\uD0DD\uD48D\uAD6C\uB825\uB95C\uCC3D\uD48D\uADDC\uD638\uB9D0\uB9E4\uC220\uC800\uC11D\uD0C1\uD0C0\uD0C0\uD558\uB824\uB824\uC2DC\uBC1C\uBE44\uC720\uC804\uCE58\uC18C\uACE0\uCCA8\uC5F0\uC0AC\uD669\uD615\uAD6C\uC124\uC218\uC77C\uAC00\uC885\uCC9C\uBC15\uD718\uBE44\uBD84\uC0C9\uCD9C\uB975\uC720\uACE0\uD64D\uAC10\uBC95\uBB18\uC0AC\uD638\uD3C9\uC790\uBC94\uC9C0\uC18C\uC800\uC815\uB839\uD3EC\uD30C\uC74D\uC0AC\uB2C8\uAD6D\uC6D4\uC8FC\uC0DD\uB8E8\uD604\uD608\uBD80\uBC18\uBBFC\uD0DC\uC559\uC81C\uC601\uAD00\uBE59\uD615\uB871\uB85C\uB2E8\uB77D\uC0AC\uBC1C\uD0DD\uACBD\uC740\uC8FC\uAE38\uC57D\uD68C\uD68C\uC7AC\uC2B9\uC778\uC704\uD6C4\uCC9C\uC591\uB82C\uC0AC\uACC4\uC774\uD589\uBCF4\uC138\uC0C9\uC9C0\uC778\uC624\uC138\uACE0\uC218\uD64D\uB77D\uB7B5\uC548\uB3D9\uC774\uBAA8\uB8B0\uC774\uBBF8\uCC9C\uC9C4\uBC31\uC720\uD6A8\uC124\uD64D\uD601\uC18D\uAD11\uB3C4\uACB0\uAC70\uC774\uC8FC\uC5EC\uBCD1\uC21C\uD749\uC9C8\uAD11\uC6D0\uBA85\uD65C\uC640\uD761\uD30C\uC624\uACE1\uB958\uC77C\uD611\uC815\uCC9C\uC7A5\uC694\uC815\uC0AC\uD0C1\uCE21\uBC8C\uD68C\uC81C\uB958\uC0B0\uD63C\uD5C8\uB18D\uC2EC\uC9C4\uB82C\uAD6C\uBBF8\uC808\uC900\uD568\uBE48\uBC29\uCC29\uC720\uD76C\uBC1C\uB450\uC644\uAD49\uC74D\uD3EC\uC601\uB78C\uD638\uB791\uD55C\uB9AC\uACBD\uBD80\uC624\uB9AC\uC21C\uBD09\uC775\uC695\uB3D9\uB85C\uD574\uCE68\uD611\uCDA9\uD615\uB9E4\uC218\uC801\uD328\uACAC\uC0BC\uB3C4\uACE4\uBE59\uC5F4\uAC04\uACBD\uC18C\uC12D\uB144\uB3C5\uC6A9\uD6A8\uC5F0\uC815\uC544\uC18D\uAD70\uC5F0\uC7A0\uCCB4\uB9AC\uC138\uC0AC\uB8E8\uC138\uB3C4\uB3C5\uB85C\uB798\uB828\uC704\uC640\uC6B4\uD658\uCC99\uD615\uC724\uAC04\uCC3D\uC0BD\uBD80\uAD00\uD589\uC218\uC1C4\uC560\uCCA0\uC561\uC561\uACF5\uC644\uD568\uD0C0\uB3D9\uD6C4\uC640\uAC70\uC0AC\uB7C9\uD63C\uB2F5\uD0C1\uC815\uCCA9\uB4DD\uAD8C\uCE58\uC11D\uD6A8\uAE30\uAD74\uACFC\uD568\uB9BC\uCC3D\uC8FC\uBD09\uD638\uCC3D\uC219\uCC98\uBC29\uCE59\uB959\uB1E8\uAD6D\uB3C4\uC885\uB8E8\uC81C\uBE59\uBE44\uC1A1\uC804\uBE44\uB2F4\uC5ED\uC608\uC5B4\uB85D\uAC10\uBC00\uC815\uB989\uB95C\uC74C\uC26C\uAC70\uD68C\uC721\uC2EC\uC2EC\uD45C\uC21C\uC62C\uC5F0\uB798\uD63C\uCCAD\uC5C4\uCC9C\uCCA8\uBB18\uC9C0\uC74C\uBA71\uBD84\uC5F0\uBB38\uC57D\uBE44\uCCAD\uC5F0\uAC08\uC81C\uC12D\uC5F0\uC0BD\uB85D\uC9C0\uB3C5\uAE30\uC810\uBBFC\uBE44\uBD80\uC5B4\uC5F0\uC2EC\uC0BC\uC720\uD658\uC800\uAC10\uB09C\uD22C\uCD94\uC815\uAC70\uB3C4\uD48D\uC0AC\uBC1C\uC545\uC640\uC81C\uC678\uC628\uC720\uC124\uCE21\uC704\uAC00\uD56D\uC5C4\uD64D\uC120\uBBF8\uAC08\uBB18\uC601\uC5F0\uC720\uAD49\uBB18\uC131\uBBF8\uC7AC\uD63C\uB0B4\uADDC\uB9BD\uC545\uBC30\uBBF8\uB828\uC74D\uC74D\uB9E4\uCCA8\uC8FC\uC704\uCC2C\uB2E8\uBA74\uD68C\uBC31\uC11C\uC999\uBD84\uC804\uAC74\uD638\uBD09\uC0C1\uC5ED\uC778\uB2F4\uC2DD\uAC1C\uC815\uD669\uD0C4\uC6B0\uBCBD\uBBFC\uC2DC\uB3CC\uC0DD\uC6A9\uACA9\uB3D9\uB2E8\uCD94\uCD94\uCD94\uC778\uD0D5\uB96D\uD68D\uC6D0\uB0A8\uBC24\uC720\uCC9C\uCD98\uB7C9\uC804\uBCF4\uC21C\uC5F4\uCE58\uB9CC\uC2B5\uB9CC\uC601\uC790\uADA4\uBD09\uCC9C\uC11C\uB8E8\uADDC\uAC1C\uAC00\uC601\uBC1C\uC9C4\uC5F0\uB2F9\uC6D0\uC1C4\uC6D0\uB834\uC694\uBABD\uC900\uC2B9\uD569\uD0DC\uB2F5\uC640\uB958\uAD6C\uC18C\uBA85\uC790\uC2DC\uC77C\uB860\uB9C8\uBD80\uBBF8\uB960\uC7AC\uC624\uACC4\uC628\uAC15\uC9C1\uC0AC\uC18C\uAE30\uC9C4\uC218\uC6B4\uCD94\uC740\uC6A9\uD63C\uC18C\uC0AD\uB2C9\uD0D1\uC2B5\uC695\uC678\uBC18\uCD95\uC800\uBC29\uC639\uCC3D\uBA78\uACA9\uC804\uD638\uD669\uD5D0\uC790\uCC99\uCE58\uD615\uBD80\uAC78\uD65C\uAC00\uC7AC\uB3C4\uB4F1\uC218\uD544\uAD50\uD68C\uACE4\uC81C\uACE0\uB871\uCCB4\uC5FC\uC12D\uB9CC\uD615\uC21C\uB824\uB78C\uB780\uD6A8\uBE48\uD0C4\uC5EC\uC218\uD638\uD544\uD45C\uCCB4\uACBD\uAD6C\uC0BC\uC0C1\uC801\uBC00\uC624\uB85C\uD638\uD638\uC720\uC0B0\uBC94\uC6A9\uACE4\uB9CC\uACBD\uC5B4\uD45C\uC801\uC560\uC18C\uCE60\uC0AC\uC81C\uB85D\uB8E8\uC735\uADFC\uAD35\uCD1D\uB8E8\uCE69\uAC1C\uAC15\uB9AC\uC5F0\uC870\uAD50\uCD1D\uC21C\uB2E8\uAD6C\uB4F1\uC57C\uC2B5\uBA71\uB2F9\uB9C9\uC0C1\uD55C\uB828\uB78C\uC640\uC2DC\uAC74\uBD09\uC120\uC758\uB9CC\uC9C0\uB9DD\uAC15\uD0D1\uBD95\uC218\uCC3D\uC7A5\uCDA9\uC11C\uD658\uACFD\uC810\uC5B8\uC0C1\uB958\uCD5C\uC81C\uC591\uC7A5\uC885\uC601\uD64D\uC21C\uC218\uAD00\uD615\uC18C\uCD1D\uACE4\uC11C\uB834\uC9C8\uC720\uBCC4\uC728\uCD08\uBC1C\uC0C1\uD61C\uACB0\uBB34\uD30C\uC9D1\uBC18\uADDC\uC219\uC7A0\uC7A0\uD761\uB85C\uC11D\uC190\uB3C8\uD669\uBBFC\uC724\uC18D\uB8CC\uC99D\uCD1D\uC774\uC9C0\uB9CC\uB2E8\uB2F4\uC870\uC2EC\uADA4\uC5F4\uC18C\uB3C4\uC800\uC0B0\uD751\uD544\uC0B0\uC794\uC794\uC11C\uB3D9\uBCF4\uB9B0\uC704\uC0BD\uC0BD\uC9D5\uACBD\uC9D5\uD670\uC694\uB85C\uCCA0\uAC10\uCD0C\uD6A1\uC2DC\uC8FC\uD33D\uD568\uC6B4\uB958\uD64D\uBCF5\uD638\uD654\uD55C\uAC04\uC0B0\uC11D\uC624\uB85C\uB780\uB155\uC6B0\uB984\uBBFC\uC870\uB2F9\uD55C\uD0DD\uD574\uC5EC\uB840\uC11C\uD559\uB839\uB9CC\uC790\uC639\uD68C\uCC2C\uB834\uC804\uC5C5\uC624\uD658\uCE5C\uC804\uB9CC\uB2F4\uB2F4\uC5B5\uC218\uBCBD\uAC70\uB2EC\uAE08\uACA9\uD0C1\uB834\uB18D\uACFC\uCE68\uBD84\uC0C9\uC999\uC218\uC608\uCD08\uB2F5\uCD1D\uC815\uC2AC\uC800\uB8B0\uBE48\uB834\uB2C8\uC2B5\uC11C\uBA71\uB155\uC601\uC601\uBABD\uC9C4\uAE30\uBE44\uC81C\uD638\uC720\uCDE8\uC54C\uB3C4\uC778\uC740\uB300\uC790\uD638\uC815\uB78C\uC900\uC560\uBCF5\uD0C1\uC720\uBE48\uACE1\uC7A0\uC601\uBE48\uD65C\uB9CC\uCC3D\uBB35\uCC9C\uC720\uB77D\uCC2C\uB824\uB840\uC6B0\uC591\uB85C\uC0AC\uC990\uD615\uB3C5\uC655\uD718\uC0AC\uBC18\uC2EC\uD45C\uC804\uB9D0\uB958\uCCA8\uD3ED\uC0C9\uC9D5\uACE1\uBE48\uACFD\uD5CC\uB85C\uCE5C\uD55C\uC601\uC735\uB825\uC815\uC18C\uD615\uC218\uC720\uD574\uD68C\uD638\uC800\uB871\uB8B0\uB300\uBC88\uACE1\uB8B0\uC218\uB9BC\uC601\uBBF8\uACC4\uB834\uCC9C\uC601\uBD84\uB9BC\uC775\uCCA8\uC57D\uCC38\uB300\uC591\uAC74\uB780\uBC88\uC0C1\uC5F0\uCC29\uD48D\uC12D\uB958\uB78C\uCD1D\uAD6C\uC639\uCCA8\uBC95\uAD00\uAD90\uC5FC\uD638\uD615\uC1C4\uCC2C\uB780\uC5FC\uB77C\uBBF8\uC120\uD0C4\uB2F9\uAD50\uCC9C\uC601\uD638\uD30C\uCD09\uB78C\uB780\uB0AD\uB9CC\uB780\uCC9C\uD604\uC5FC\uACF5\uC5FC\uC6B8\uD654\uD654\uBA78\uAD11\uC815\uD68C\uD6A8\uD6A8\uD718\uD64D\uB839\uC870\uC120\uAD6C\uD0C0\uC0AC\uC801\uC791\uC7AC\uC7AC\uCC2C\uC591\uAE30\uC885\uBD84\uB274\uACBD\uBB38\uBC15\uC5ED\uB85C\uCDE8\uBC30\uAC1C\uBC18\uC5FC\uAC1C\uBC29\uBAA9\uCD08\uB8CC\uACB0\uD56D\uB3C8\uAD11\uD754\uC790\uAD11\uAD11\uC704\uCC3D\uBCC0\uB2EC\uC555\uC815\uCD9C\uAC00\uC18C\uBD88\uBC1C\uD0C0\uD0C0\uB839\uC878\uD604\uAC70\uD0C4\uD3EC\uD615\uD3EC\uD0DC\uD0DC\uBCD1\uC559\uB3D9\uC12C\uC8FC\uC791\uC810\uC704\uC11D\uB828\uCE58\uD669\uC8FC\uD638\uC0AD\uB780\uACBD\uAD50\uD73C\uD589\uC804\uB82C\uD658\uC591\uD734\uD734\uC120\uC74C\uC624\uC8FC\uC694\uC2DD\uACC4\uB3D9\uD608\uC7AC\uAC1C\uD64D\uB77D\uD569\uCD09\uD6E4\uC99D\uBC15\uC5F0\uAD34\uAD11\uD0DD\uD68C\uACE0\uC2E0\uBC88\uC18C\uC5FD\uD68C\uAD00\uD0D5\uC2E0\uC5F4\uB82C\uD76C\uBD80\uACBD\uCCA0\uBCF4\uACBD\uC791\uC815\uC644\uD68C\uD33D\uB791\uC5F0\uD6CC\uBD09\uC801\uB96D\uACE1\uD76C\uC219\uD601\uD6C8\uACE1\uACB0\uC18C\uD76C\uC5B8\uD55C\uC7A5\uC900\uC81C\uCCA0\uAE30\uC624\uACE4\uB824\uD568\uC5FC\uD658\uBBFC\uAD6D\uB3C4\uBC30\uBD84\uB9B0\uD63C\uD63C\uB3C8\uC11D\uC26C\uBB34\uD64D\uCD08\uBD80\uC54C\uCD08\uCD1D\uBD09\uBD95\uAD81\uC124\uC11D\uACBD\uD754\uC791\uC5FC\uD601\uC57C\uC791\uC721\uAC15\uC5F0\uBE44\uACE0\uB9DD\uC2B9\uCC3D\uC18C\uBA85\uB150\uACBD\uAD74\uC2EC\uD601\uADDC\uC885\uB2E8\uD558\uD718\uD48D\uB828\uD6E4\uC131\uD669\uCD08\uC804\uD53D\uC601\uC790\uC704\uB2E8\uC810\uD76C\uB09C\uB09C\uBD88\uC5F0\uACBD\uACBD\uC6B1\uBBF8\uC0B4\uC704\uC7A1\uD754\uACBD\uC720\uB9E4\uD658\uD6C4\uC870\uC678\uBC88\uCD94\uC218\uC591\uB82C\uC790\uAC1C\uACE0\uACFC\uBCF4\uD638\uC628\uB0A8\uC2DD\uB7C9\uD3B8\uAD6C\uD1F4\uB2F9\uCD94\uC120\uC740\uBC15\uC5FD\uD611\uD76C\uBB34\uC2DD\uC628\uD569\uD6A8\uD76C\uC6B4\uC6C5\uB0B4\uC12C\uAD81\uC694\uD6C8\uBA85\uB834\uD615\uC624\uC6A9\uACF5\uB3C4\uCC3D\uB958\uD76C\uD544\uD45C\uCD1D\uB85D\uACAC\uC219\uC2B5\uB8E8\uBD09\uCD5C\uC775\uD1B5\uC791\uC885\uC704\uD638\uC774\uC790\uC624\uC704\uB8CC\uC120\uAD6C\uC5F4\uACBD\uB9CC\uACE4\uC801\uCC2C\uC99D\uC7A0\uD76C\uD76C\uD761\uC775\uC18C\uCE58\uD669\uCC9C\uC5FD\uCCA8\uC5F0\uC5FC\uC12C\uAD50\uC874\uB4F1\uB3C8\uC2E0\uCD08\uBD84\uC0AC\uB8CC\uC728\uB9B0\uB3D9\uC18C\uBD84\uBC88\uC5F0\uC2EC\uB780\uBBFC\uD0D5\uC77C\uACBD\uBBFC\uACBD\uCD08\uC601\uC6B1\uC5ED\uD45C\uB78C\uD0DC\uC870\uCC2C\uC218\uD76C\uACA9\uCD1D\uB834\uD6FC\uCD09\uC12D\uB839\uC560\uC758\uD611\uC870\uD68C\uB2EC\uB18D\uB78C\uC720\uD76C\uACE0\uD6C8\uC2E0\uC8FC\uB3C4\uC694\uD601\uB78C\uD45C\uC601\uB82C\uBB35\uD3ED\uC124\uB824\uB78D\uC624\uD6C8\uAD11\uC0AD\uB8CC\uB825\uB85C\uC791\uB8CC\uC12C\uD76C\uC12D\uB8E1\uC5FD\uCC2C\uC591\uC57D\uB780\uCD1D\uC791\uCDA9\uAD00\uAD6C\uCCA0\uBBF8\uB2F9\uB780\uCD09\uB78C\uB839\uCC2C\uC6B8\uC870\uC870\uD30C\uC7C1\uD3EC\uCE6D\uC6D0\uC560\uC704\uB8CC\uD655\uC791\uBD80\uC57C\uD30C\uB2E4\uC57C\uD6A8\uC870\uC0C1\uC774\uC7A5\uC0C1\uAC00\uC7A5\uCCA9\uC7A5\uC6A9\uC7A5\uD3B8\uD310\uBC18\uC18C\uC804\uD328\uB3C5\uCC3D\uD22C\uC0BD\uD3B8\uCCA9\uBC29\uBC15\uCC3D\uC720\uC6A9\uB3C5\uC544\uD0F1\uC6B0\uC6B0\uBE48\uAD6C\uBAA8\uD0C0\uBAA8\uB8B0\uC778\uB9DD\uBC29\uBAA8\uBAA9\uAC15\uBB3C\uC5B8\uAC00\uD328\uC0AC\uCC9C\uACE0\uC720\uAC00\uC0DD\uBB34\uC800\uACAC\uAD8C\uC804\uC790\uD2B9\uD76C\uBC29\uACBD\uACAC\uC624\uACE1\uC11C\uB9AC\uB9AC\uBD80\uC758\uAC15\uC9C1\uBD84\uAD8C\uC21C\uB3C5\uAD6C\uAC00\uAC74\uBD09\uD3B8\uACFC\uACA9\uD638\uCD94\uD76C\uBE44\uB77D\uAC1C\uB9C8\uC0BC\uC704\uB9AC\uB3C8\uB3D9\uAD50\uAC15\uD76C\uB840\uB3C5\uB835\uD53C\uD45C\uBC15\uD76C\uC8FC\uC704\uADDC\uC8FC\uACAC\uACAC\uBC1C\uBC94\uAD6C\uD658\uC2DC\uC791\uC548\uD790\uC0C1\uAD11\uB9C8\uC6B0\uAC15\uD328\uD6C4\uC544\uC740\uBCC0\uC0C1\uC724\uAD11\uB274\uC801\uACBD\uC911\uBAA9\uD328\uBE44\uACA9\uC758\uC131\uD3EC\uC555\uC774\uD638\uB839\uBE44\uD53C\uB2C8\uC694\uC720\uAD6C\uC6D4\uC800\uB2EC\uBC15\uACE0\uC120\uC601\uD6E4\uD55C\uAD50\uD559\uC870\uAE38\uC21C\uC0B0\uD0D1\uC735\uC218\uB3D9\uB85C\uB3C5\uD611\uC0AC\uD68C\uC7C1\uC625\uC190\uC5EC\uD3D0\uBC29\uD76C\uACAC\uB9AC\uD611\uC740\uC0B0\uB791\uD328\uC81C\uC5F0\uC0AC\uB9AC\uD55C\uD5D8\uACBD\uBC30\uBE44\uD6A8\uD328\uAE30\uC608\uD45C\uC740\uB798\uC791\uACAC\uAC15\uACE4\uC5FC\uACFC\uC885\uBBF8\uCC3D\uC758\uC81C\uC7C1\uC560\uB9F9\uC2DC\uC878\uC0AC\uB835\uC804\uB77C\uD638\uC885\uD6C4\uC678\uD48D\uC640\uC6D0\uC131\uC800\uBB18\uC704\uCC9C\uD5CC\uB2E8\uC54C\uB178\uD638\uAC00\uD6C4\uD3B8\uC720\uC720\uBBF8\uC0AC\uC694\uC190\uBC15\uBA85\uD65C\uC6D0\uC218\uB9C8\uC6D0\uC560\uC625\uC0AC\uD638\uAC15\uC775\uC9C4\uCC3D\uD638\uB9CC\uACBD\uC7A5\uBAA8\uC7A5\uCC38\uC624\uC624\uD638\uCD5C\uBD84\uAD90\uD3D0\uD3D0\uD669\uBCF5\uB9B0\uD73C\uB3D9\uAD50\uB8CC\uC0AD\uD6A8\uC218\uB3C8\uACA9\uAC08\uACAC\uB3C5\uC608\uD68C\uD5D8\uD574\uB784\uC120\uD6C8\uC601\uBE48\uD68D\uB204\uBABD\uB835\uC6B0\uAD11\uC218\uB85C\uB2EC\uD5CC\uBBF8\uC591\uD658\uB178\uB77C\uD5D8\uAE30\uD655\uD604\uBB18\uC790\uC194\uB85C\uC625\uC219\uC655\uADDC\uAC00\uC815\uB975\uD314\uAE30\uAC15\uC801\uCC9C\uAC04\uAD6C\uC6B0\uAE30\uC5EC\uCC3D\uB9C8\uAC15\uC624\uBD80\uBBFC\uAC1C\uC544\uBD84\uBCC0\uBC29\uBAA8\uACB0\uC724\uAC01\uC644\uAC10\uB9E4\uB2E8\uBE48\uC704\uBC30\uD604\uCC3D\uB839\uB300\uC608\uAC10\uD3C9\uC810\uBD80\uD604\uC0C8\uD30C\uC790\uAD6C\uAC11\uC18C\uBC15\uC790\uAC00\uC5FC\uC0DD\uC2E0\uC774\uC870\uAC00\uBBFC\uC0B0\uB958\uD544\uC9C4\uC9C4\uAC01\uBC95\uB871\uC9C4\uAD50\uCC9C\uB824\uAD11\uC120\uC8FC\uACF5\uC5F0\uD6C4\uC591\uD6C4\uB77D\uC219\uC8FC\uAE08\uC740\uC21C\uBCF4\uC774\uD5A5\uC694\uD569\uD615\uADDC\uCDA9\uC220\uBC18\uD328\uB85C\uB2F9\uB8B0\uD63C\uBB38\uC544\uC815\uC81C\uBB34\uC624\uC131\uAD70\uB9E4\uD328\uC815\uD604\uCC29\uD568\uC120\uC5B8\uAD6C\uD604\uB791\uB9AC\uC218\uBD80\uB958\uC57C\uD76C\uB989\uB9AC\uC9C4\uB828\uC1C4\uC18C\uBD09\uC644\uC815\uBCD1\uC794\uC26C\uBBFC\uC5ED\uAC70\uCE68\uB798\uBBFC\uB9DD\uC720\uC804\uC219\uD0C1\uBC30\uC7C1\uD638\uAE30\uC545\uACE4\uCC3D\uAE30\uBD09\uC644\uB85D\uC885\uAD00\uC5FC\uC870\uBC30\uB9BC\uAE08\uBE44\uD30C\uAC15\uD0C1\uAE08\uBC95\uAE08\uACBD\uB3C4\uAC1C\uD63C\uC6B0\uBAA8\uBBF8\uCD98\uC120\uC81C\uC131\uB300\uC720\uBBFC\uAC10\uC704\uC5F0\uD658\uD574\uCC9C\uC804\uC804\uCC3D\uB828\uC804\uD558\uB2E8\uC6D0\uC57C\uB178\uD638\uC601\uC720\uD669\uC11C\uC2AC\uB958\uC0AC\uC6A9\uC1C4\uC694\uC628\uC624\uC9C4\uC9C4\uD615\uB9C8\uB3C4\uB958\uB2F9\uB960\uB791\uAD34\uC804\uCC3D\uCC28\uACE1\uC870\uC694\uC560\uBE48\uC11C\uC0C1\uACE4\uC804\uC885\uADFC\uC608\uCD5C\uCD1D\uAE30\uB9AC\uC601\uC18C\uAD6C\uC120\uC624\uB828\uBB38\uC7A5\uC778\uD654\uC601\uCCB4\uB85C\uBB34\uB4F1\uC218\uC99D\uC2EC\uAC70\uD0D5\uB9B0\uB8CC\uACBD\uC219\uD669\uAD34\uBC15\uACBD\uBC88\uC9C4\uB958\uAE30\uD61C\uACBD\uC560\uBCBD\uCC2C\uAC70\uC870\uB2F9\uAD50\uACE4\uB2E8\uD68C\uD658\uC2AC\uC218\uC804\uCD08\uC5EC\uC2E0\uBD80\uBE48\uC219\uBB38\uCDE8\uB78C\uC0C8\uC81C\uC120\uC5F0\uD655\uAC1C\uB8B0\uB3C5\uB825\uC9C8\uC720\uB824\uCC2C\uACBD\uC801\uAD34\uC218\uB784\uB871\uB85C\uB825\uCC2C\uB780\uC601\uC0C8\uC591\uD734\uAD00\uB3C4\uCC2C\uD658\uACFC\uD3EC\uC9C8\uBC15\uD638\uC9D1\uD45C\uD310\uC591\uB840\uC640\uC2ED\uAC15\uCC9C\uD310\uBD84\uBC29\uB2F4\uC639\uAD6C\uBD84\uBAA8\uD1A4\uD638\uB839\uC774\uBCD1\uC790\uBC31\uACAC\uC7A5\uCE58\uB9AC\uB2F9\uB9F9\uBD80\uCD94\uBCD1\uBCC0\uCD94\uACAC\uB9AC\uC790\uC575\uACC4\uD568\uB8E8\uC801\uAD6C\uB9F9\uC804\uD33D\uB9B0\uC99D\uBB34\uBCBD\uB2F4\uC639\uC575\uC5B8\uAC10\uB300\uC2EC\uCCA8\uCCA8\uAC10\uC0C1\uC0DD\uCCAD\uC2E0\uC0B0\uC0B0\uC720\uC0DD\uC18C\uC0BC\uC6A9\uC194\uB85D\uBCF4\uC6A9\uBD09\uBABD\uB155\uC804\uC720\uAC11\uC2E0\uC0BD\uC804\uBD88\uB0A8\uC804\uBCD1\uC815\uD654\uC815\uACAC\uCE58\uB9F9\uBE44\uBE44\uAD6C\uC21C\uB958\uCC3D\uBB18\uADE0\uD310\uBD80\uACBD\uC804\uACC4\uACC4\uACAC\uC678\uBCF5\uC804\uBB18\uB2F5\uBC18\uAC15\uC640\uBCF5\uB0A8\uB958\uBD84\uC9C4\uCD95\uBB34\uBB34\uCE21\uC804\uD574\uD544\uB2F5\uCE58\uB7B5\uD734\uB7B5\uBC88\uC758\uBC88\uD654\uC5EC\uC5EC\uBB34\uC900\uC774\uB958\uC5EC\uCCA9\uC8FC\uD654\uB2F9\uCCA0\uAE30\uC6D0\uAC15\uC2B9\uCC3D\uD1A4\uB8B0\uAE30\uC7A1\uB958\uCCA9\uD0C4\uB9B0\uAC15\uAC15\uC8FC\uBCBD\uCCA9\uCCA9\uD544\uC12D\uB2E8\uC18C\uC18C\uCCB4\uC758\uB141\uB0B4\uC815\uBE44\uC808\uB8CC\uACF5\uD758\uAD6C\uC8FC\uD558\uC0B0\uD6C4\uD559\uB824\uC591\uC9C4\uC6B0\uD30C\uAC1C\uD608\uC800\uC544\uCDCC\uBE44\uC5ED\uB825\uC885\uCC3D\uD48D\uC8FC\uD3EC\uD53C\uAC10\uC544\uC790\uC124\uC800\uB2EC\uC9C4\uBC95\uC9C0\uB3D9\uC800\uC9C8\uBE44\uAD6C\uC810\uAC00\uD604\uC790\uBCD1\uB2D0\uC99D\uC639\uACBD\uC804\uCDA9\uD1B5\uC774\uD574\uC720\uD68C\uD0C0\uC591\uCE58\uCE58\uD754\uC544\uB9E4\uB450\uACBD\uD6A8\uD1B5\uB3C5\uB9DD\uBE44\uC18C\uC0B0\uBD80\uB9AC\uC9C0\uC88C\uD0C8\uC624\uC0AC\uB85C\uC218\uD0C4\uAC04\uC5ED\uBD95\uC7A5\uAD00\uB2F4\uBE44\uB9C8\uB9BC\uCE58\uACC4\uC804\uC554\uCCB4\uBE44\uBE44\uBBFC\uACE0\uD1F4\uC544\uC704\uC5B4\uCDCC\uC544\uCD09\uCD08\uB2E8\uCC38\uC885\uACC4\uC720\uD6C4\uD48D\uB784\uC591\uC2EC\uB3C4\uC720\uACFC\uC628\uD0C4\uACE0\uD558\uC74C\uC608\uB8E8\uC18C\uAD90\uACC4\uC2DD\uAD00\uC608\uC628\uCC99\uCC3D\uBC18\uC678\uB958\uCC44\uC218\uD559\uC804\uD0D1\uBCC4\uD0C4\uC7A5\uD45C\uCC38\uC871\uB77C\uC608\uC885\uCD94\uC7A5\uCC44\uC218\uC0C9\uAC00\uC870\uB8E8\uB8E8\uB9C9\uADFC\uC740\uC601\uD669\uBCF5\uB8CC\uB96D\uCD08\uB958\uB85C\uAC04\uD3D0\uB2E8\uC74C\uD559\uC554\uBC18\uAC04\uD658\uAD34\uB18D\uC720\uBBF8\uC5B5\uC639\uBCBD\uB8B0\uB824\uC11C\uB2F4\uB984\uC804\uB984\uB77C\uBCC4\uC81C\uCE58\uC591\uC120\uC808\uC9D5\uBB35\uB825\uACFD\uB77C\uC801\uC804\uC120\uC601\uC740\uAD6C\uC639\uD0C4\uC804\uB8E8\uB828\uB780\uBC1C\uAC04\uACC4\uBC1C\uBC1C\uB4F1\uBC1C\uBC31\uBC31\uAC00\uAE09\uC870\uC870\uBAA8\uC801\uD30C\uAC1C\uD669\uADC0\uCCB4\uB839\uACE0\uB9D0\uC989\uAD50\uD33D\uACE0\uC560\uC544\uD638\uD55C\uBCBD\uD658\uC8FC\uCC9C\uC11D\uC560\uD6A8\uD638\uD669\uD638\uCC45\uCD5C\uD638\uD6A8\uC5FD\uD30C\uD638\uAD50\uC560\uC131\uD669\uB825\uD45C\uD559\uC791\uD53C\uAC04\uD3EC\uCD94\uAD70\uAD6C\uC900\uC791\uC0AC\uACE0\uAD70\uAD70\uCD94\uC0AC\uC77C\uC804\uB3C5\uBA85\uAE30\uC601\uC6B0\uBC30\uC870\uCDA9\uBD84\uD569\uC601\uD654\uC775\uBC1C\uC644\uD569\uC559\uC794\uC5FC\uAC10\uD569\uC6B0\uD68C\uBC94\uAC1C\uB3C4\uBC18\uBCF4\uAD6C\uC131\uB3C4\uB85D\uC794\uB9F9\uB9AC\uC9C4\uD601\uAC10\uBC18\uAD00\uC554\uB85C\uC218\uC8FC\uD0D5\uC554\uACE0\uB824\uBAA9\uC815\uAC04\uC6B0\uB9F9\uB9DD\uC9C1\uAE30\uC6D0\uC804\uC0C1\uC21C\uD754\uD61C\uBC18\uBD09\uC21C\uBBFC\uBA85\uC131\uC2DC\uC6B4\uBA74\uD310\uBC29\uBB18\uD0D0\uBBF8\uBAA8\uAC04\uD604\uAD6C\uC2DC\uC559\uC815\uC720\uC2E0\uD65C\uB2F5\uC9C4\uD669\uAD6C\uC2E0\uC774\uC0DD\uB9E4\uB9D0\uC800\uC9C4\uC9C4\uBA74\uC800\uC6D0\uC9C8\uC774\uC790\uC790\uCD08\uC7A1\uD604\uBCD1\uBBF8\uB8E1\uD734\uB3D9\uBBF8\uC9C8\uC774\uC774\uBA85\uC21C\uCE58\uAD11\uAD8C\uBAA8\uC9C4\uC870\uC591\uC548\uB9E5\uC911\uB9E5\uCC29\uC815\uBBF8\uC900\uCD08\uD658\uD658\uC81C\uC815\uC88C\uACAC\uC544\uB9CC\uD604\uD76C\uACE4\uB798\uAC80\uC12C\uC804\uACE4\uC644\uB989\uC11D\uACBD\uB82C\uC560\uC815\uC815\uB9AC\uB798\uC218\uAD8C\uC218\uC218\uB3C5\uBE44\uBE44\uBAA9\uD63C\uC608\uB85D\uC5ED\uCCA9\uCC44\uCD94\uC720\uD63C\uB9D0\uD558\uC131\uD734\uACE4\uC7AC\uCD98\uAC74\uBBF8\uB3C4\uD6C4\uD6E4\uC81C\uADDC\uACE0\uC608\uBB34\uD601\uBC8C\uC62C\uBB18\uCD94\uADC0\uBBF8\uC639\uAD6C\uB2F9\uC9C4\uAC11\uC218\uD560\uACBD\uB9C9\uBA85\uB9CC\uD6C8\uCC45\uC7A5\uC608\uC870\uAD6C\uB9C9\uC21C\uC885\uB8E8\uB9AC\uB9CC\uD45C\uB2F9\uADDC\uBABD\uD658\uC21C\uBCC4\uD76C\uCD08\uBC15\uCD09\uC9D5\uC2EC\uC21C\uB8CC\uCCA0\uAC04\uAC10\uC5FD\uD73C\uB3D9\uBB34\uB9B0\uADC0\uD55C\uC5FD\uC560\uD68C\uCCA8\uAC80\uACE0\uC870\uAD6C\uBBF8\uCD94\uC18C\uB155\uD6C8\uC694\uD655\uBABD\uBA74\uBE48\uBA74\uB824\uAD11\uD655\uD604\uBA74\uD559\uB85C\uBABD\uB8E1\uAD00\uB9CC\uB9AC\uCD09\uB2F9\uAC10\uCD09\uBAA8\uAE0D\uAE0D\uC728\uC0AD\uC0C9\uD655\uC2DC\uC758\uC2E0\uC9C0\uD6C4\uC2E0\uC601\uAD6C\uC8FC\uAD50\uC88C\uB2E8\uC65C\uAD50\uC99D\uD655\uD328\uC11D\uC815\uCCB4\uAE30\uC790\uC548\uC62C\uD0C1\uACE8\uAC15\uC11D\uBC18\uAD11\uD0D5\uB9C8\uC0AC\uB2E8\uACB0\uB840\uBD80\uBBFC\uB098\uD68D\uAC15\uC9C0\uCCB4\uAC10\uAC1C\uBD84\uC555\uC544\uBE44\uCCA0\uC5F0\uC1C4\uC804\uCC28\uB3C8\uC640\uC5F0\uAE08\uD48D\uAC81\uB9D0\uC0AC\uC800\uC625\uB77C\uD0C0\uD0C0\uC9C0\uCC44\uCE68\uC561\uD3D0\uBAA8\uC8FC\uB9BD\uD3C4\uB178\uBE59\uD33D\uB839\uD3EC\uB825\uD30C\uBC1C\uBC15\uC2E0\uC7A1\uC560\uB824\uB871\uB3D9\uC6A9\uB825\uAD11\uCD9C\uAC31\uC804\uC8FC\uAD11\uADDC\uC555\uB1E8\uD560\uB960\uC704\uC560\uB77D\uAC04\uD615\uC5F0\uB3D9\uD33D\uC11C\uB85C\uD64D\uC11D\uD611\uAD50\uD68C\uC560\uAD50\uC5ED\uAC31\uCD08\uACE1\uCC9C\uB791\uAD49\uC5EC\uD6A8\uD611\uB9DD\uB871\uC6A9\uCC28\uCC99\uC544\uB958\uACBD\uB9DD\uD559\uC5F0\uC0AC\uACE4\uACE1\uC801\uD654\uB1E8\uC7A0\uD5D8\uD559\uC22D\uD0C1\uAC31\uBD95\uC5C4\uCD94\uACF5\uC7C1\uAE30\uC885\uCCAD\uB9BC\uADE0\uD30C\uC815\uBBFC\uC870\uC804\uD558\uB85D\uC560\uC1C4\uC791\uB989\uBE44\uC74C\uB300\uBB34\uAE30\uB860\uC644\uC804\uAC15\uBC30\uC801\uCC38\uC5F0\uC554\uC124\uC815\uB3C5\uD0C0\uAC08\uC601\uD3B8\uAC1D\uBCBD\uC678\uC11D\uCE68\uB2E8\uD558\uD0D5\uC81C\uB1CC\uD33D\uAC10\uC81C\uD0C4\uC0AC\uC815\uACC4\uC21C\uD48D\uC120\uD655\uD655\uB9C8\uACF5\uB144\uC194\uC561\uC790\uB958\uC0AC\uB2F9\uBC29\uD65C\uBE44\uC678\uC0C1\uB8B0\uCC28\uC804\uD560\uACC4\uB834\uBC18\uC560\uC6B4\uD1F4\uCC45\uAC1C\uB78D\uBD80\uC694\uACE4\uC804\uCC38\uCCB4\uC624\uD33D\uB959\uB1E8\uAC10\uCC3D\uCC38\uC740\uB8B0\uD45C\uC801\uB9C8\uCC99\uCD5C\uC885\uACBD\uC21C\uB95C\uAE30\uC120\uB85C\uAC70\uC99D\uB4F1\uAC04\uC11D\uB9B0\uC815\uC810\uAD11\uBC18\uC7A1\uAD50\uC81C\uB825\uAC04\uCD08\uD76C\uC7A5\uAD50\uB3C8\uD5D8\uC6B1\uCD94\uAD50\uACA9\uD0DD\uB8B0\uAC08\uCD08\uAE09\uAC01\uB2F9\uC758\uAC15\uBCBD\uBCBD\uC5EC\uBE48\uAE09\uC560\uAC1C\uAC10\uC5EC\uC5F0\uBABD\uD3EC\uC790\uBC15\uC591\uB9D0\uCC30\uD604\uAD11\uB8B0\uB8B0\uC9C8\uB824\uB825\uBC18\uD655\uD3EC\uC601\uB825\uB871\uB871\uB9C8\uBC15\uC0C1\uAD00\uB78C\uCC30\uC554\uC2DC\uC2DC\uB840\uC789\uC0AC\uC57D\uC0AC\uAE30\uC57C\uB9C8\uAC1C\uC694\uCC9C\uAE30\uAE30\uC9C0\uD33D\uB300\uCDA9\uC784\uC758\uC11D\uC6B0\uC9C8\uCD08\uBD88\uBD80\uBE44\uC870\uC9C0\uC0B0\uBBF8\uC870\uAC70\uD638\uCD95\uC2E0\uC218\uC0AC\uC2DC\uB2C8\uB824\uC6B0\uC0C1\uC624\uC870\uD45C\uC8FC\uADA4\uD611\uC9C0\uC81C\uACE0\uC815\uACE0\uC138\uCE68\uC2E0\uAC1C\uACE4\uCCB4\uB3C4\uD654\uB3C4\uAE30\uACE0\uAD00\uCD40\uB989\uB85D\uD488\uAE08\uB3C4\uC2DD\uB85D\uC120\uBE44\uC800\uD718\uC720\uACC4\uC778\uC790\uD654\uC815\uBCF5\uC6D0\uC6B0\uC120\uC591\uC81C\uC758\uB9E4\uC0AC\uCCB4\uBC30\uC791\uC9C4\uC601\uC9C1\uACE0\uB2F9\uC0AC\uB9C8\uD0D1\uBD80\uD6E4\uAE30\uC5B4\uD76C\uAE30\uC0AC\uC120\uB2F4\uD68C\uC218\uB840\uB18D\uB2C8\uB3C4\uB824\uC591\uC57D\uC81C\uCC2C\uB958\uC720\uC6B0\uC639\uB9AC\uC124\uAE08\uD654\uB3C5\uC218\uC0AC\uC778\uB3C5\uC790\uD0C0\uAC04\uC608\uC120\uBCD1\uB144\uCD94\uCD94\uCDA9\uBD84\uBAA8\uC6B4\uACFC\uCD08\uC9C0\uAC31\uBE44\uC9C0\uC5B4\uBE44\uACE0\uBC18\uD53C\uB2C8\uB825\uC720\uC870\uBE44\uBC1C\uB839\uB9D0\uCE6D\uC810\uC9C4\uC559\uC791\uC9C8\uC9C0\uCD9C\uAC70\uC790\uD65C\uC801\uCE6D\uB3D9\uCE58\uD65C\uD569\uC778\uC790\uC9C8\uAC08\uC784\uD22C\uC774\uC8FC\uC608\uB18D\uBD80\uD76C\uACE0\uB791\uBD80\uCE21\uC138\uB824\uACE4\uAC04\uAC31\uC81C\uC815\uB3C4\uCD08\uC138\uC544\uB95C\uB959\uACE0\uC791\uC784\uC900\uBC29\uD328\uAE30\uC9C1\uCE58\uADE0\uB989\uD33D\uACFC\uD488\uC870\uC878\uC6B1\uC18C\uC218\uD5A5\uC758\uC124\uBCC0\uAE30\uBCF5\uBCBD\uB098\uAC1C\uC885\uC885\uC11C\uCE6D\uB3C4\uC740\uB834\uC790\uC6B1\uC9C1\uCD95\uC9C4\uCE58\uB3C4\uAC00\uACC4\uACE0\uACE0\uACE1\uC6A9\uC218\uC6A9\uC81C\uAC15\uBAA9\uC0BC\uBBF8\uCE58\uAE30\uB959\uC18C\uC801\uC601\uC740\uCD94\uC0C9\uC870\uC775\uD669\uCCA9\uAE30\uC218\uD6A8\uBCF5\uAD50\uCC29\uB3D9\uCD5C\uB824\uC218\uB18D\uC0C9\uC608\uC591\uB098\uC5EC\uBE48\uC81C\uD1F4\uC628\uCE6D\uD655\uAD11\uB824\uD45C\uC0C9\uC591\uC791\uB9AC\uCC2C\uD608\uC54C\uAD6C\uAD81\uC11D\uAD81\uACF5\uC6B0\uC0BC\uC815\uC694\uCC9C\uB454\uB3CC\uB85C\uC808\uCC29\uC694\uD3C4\uBC15\uC694\uBCD1\uC640\uC904\uAD50\uADDC\uC870\uC624\uADDC\uC694\uC9C8\uCC3D\uC694\uC870\uAD50\uCC3D\uAD70\uD6A8\uC131\uAD6C\uCC2C\uC640\uB2F4\uAD74\uACFC\uCD2C\uD68D\uC194\uAD00\uADDC\uB450\uD0C1\uC74C\uC640\uC640\uC54C\uC720\uAD6C\uAD81\uC694\uC694\uC870\uB8CC\uC720\uC804\uC870\uAD6C\uB8CC\uC2E4\uC624\uADDC\uCC3D\uC18C\uAD00\uAD00\uB96D\uD0F1\uCDE8\uB8CC\uC870\uCC2C\uADDC\uAD81\uB450\uC870\uB871\uC808\uB9BD\uCC98\uC2ED\uBD80\uCC9C\uCD09\uD6A1\uAE30\uBAA8\uC2B9\uBD84\uC218\uBB18\uAD6C\uCC38\uC800\uB839\uB8E1\uBCD1\uACBD\uACBD\uC7A5\uBC31\uC0AC\uC900\uAD49\uB3D9\uC1A1\uC815\uC870\uC758\uC218\uC815\uAD6C\uAC08\uBCD1\uB2E8\uB9AC\uC804\uC99D\uB4F1\uC900\uD654\uACBD\uAC10\uACBD\uC8FD\uCD95\uB975\uBD09\uC6B0\uC9C0\uAC04\uB9DD\uCD95\uD658\uB3C5\uACC4\uD6A8\uD30C\uC0B0\uAE09\uC2E0\uC870\uC21C\uC544\uCCB4\uC6D0\uD640\uD56D\uC18C\uAE08\uBE44\uD544\uACAC\uC774\uB3D9\uC810\uC0DD\uAC11\uC801\uC904\uB0A9\uD0DC\uACE0\uB9BD\uCC28\uBBFC\uD3EC\uC18C\uC0AC\uBD80\uCC45\uBD84\uD328\uB2EC\uC790\uC81C\uB839\uCC29\uB178\uBD88\uAD6C\uBC88\uAC00\uAC00\uBC94\uC2DC\uBB18\uD30C\uC138\uC804\uACF5\uB871\uBA85\uBCC0\uB77D\uACC4\uACE1\uC9C0\uC778\uC694\uC120\uD544\uACF5\uAD04\uB4F1\uD6A8\uADFC\uC804\uC21C\uC5EC\uBC8C\uAD11\uCD95\uD1B5\uACC4\uB2F5\uD589\uCC45\uC911\uAD6C\uB8B0\uD544\uC0AC\uB2F9\uC7C1\uCC45\uBD80\uADE0\uB3C4\uD30C\uB9AC\uB791\uAC70\uAD00\uACAC\uD568\uD1B5\uAC11\uC9C0\uC131\uC0B0\uC11C\uC800\uC791\uC18C\uC18C\uC815\uD611\uC5F0\uACE0\uCF8C\uAC04\uC8FC\uAD11\uAC15\uC6B4\uC624\uCCA8\uC18C\uAC04\uBD80\uB798\uCD94\uBE44\uD3D0\uBE44\uAC1C\uC9C0\uAD34\uC5B4\uC804\uC870\uACE0\uD638\uC7C1\uC815\uC0BD\uCD94\uB85D\uBC15\uAE30\uB9BC\uC0B0\uADE0\uBCF5\uCC28\uACE0\uACF5\uACB8\uAD8C\uADE0\uCD94\uAD00\uC6D0\uCC45\uC878\uD30C\uCC45\uD611\uD0C1\uB77C\uB2E8\uC18C\uC57D\uC804\uD6E4\uD3B8\uC21C\uC0C1\uC120\uBCD1\uC7A0\uC131\uD638\uC774\uC800\uC57D\uC900\uB960\uC625\uB3D9\uC18C\uC0BD\uC808\uD669\uC131\uBBF8\uBC94\uCC9C\uC804\uD3B8\uBD09\uCD95\uD64D\uD611\uD6C4\uCD94\uBB18\uAC10\uACE0\uADA4\uC2DD\uB8E8\uC6B4\uD569\uB2F9\uD655\uCD94\uACE0\uBE44\uC57D\uC99D\uAD6C\uB148\uCC9C\uC18C\uCC2C\uACF5\uBC29\uB3C5\uB960\uBE44\uCC29\uC800\uC0AC\uC9C0\uCD95\uCC3D\uB871\uB78C\uC804\uBD80\uB9AC\uC218\uD544\uC801\uCD1D\uC5B8\uBD09\uC7A0\uCC2C\uD328\uD45C\uB450\uC5B4\uBA78\uC804\uCC45\uC0AC\uADA4\uC774\uD638\uC0B0\uAD6C\uC871\uBCD1\uCD94\uAE30\uADA4\uC18D\uB8E8\uCC29\uB85D\uB144\uC0AC\uCC2C\uC870\uC0AC\uB975\uB2E8\uB7C9\uC18C\uBC15\uBA71\uC2DC\uD0D5\uB8CC\uB2E8\uC810\uBCF4\uAC04\uBBFC\uADA4\uB300\uAD50\uB4F1\uD669\uC21C\uB85C\uC7A0\uC18C\uB85C\uC11C\uC7A0\uAE30\uD328\uAE30\uBE44\uAC04\uAC70\uB85C\uB85D\uCCA8\uD30C\uB2F9\uC0C8\uACFC\uAD6C\uCCA8\uB834\uBD80\uC8FC\uB8B0\uC2DD\uB78C\uADA4\uC5EC\uD655\uD638\uC9C4\uB300\uC801\uC12D\uC8FC\uC801\uC758\uAE30\uB4F1\uCC2C\uC8FC\uBC88\uC218\uCD94\uCCA8\uACFD\uB4F1\uB85D\uB85C\uC804\uD0C1\uC601\uC5B4\uB8B0\uB871\uCCA8\uB834\uB780\uCCA8\uC57D\uC885\uAC70\uB834\uBCC0\uB2E8\uCC2C\uB9AC\uC0AC\uB77C\uC601\uD655\uCC29\uC720\uBBF8\uC801\uC2ED\uC2E0\uCC45\uC2E0\uC5EC\uD758\uB958\uC120\uC790\uC778\uCD0C\uC7A5\uCC9C\uAD6C\uBE44\uD310\uBB3C\uC0AC\uAC15\uB274\uBD84\uBE44\uC218\uC778\uBAA8\uCC99\uD0DC\uD638\uD30C\uB9BD\uAC10\uAC70\uBC15\uB9D0\uC870\uC810\uC8FC\uB9AC\uC219\uC870\uB824\uC11C\uC18D\uD64D\uB3D9\uC790\uCC45\uC6D4\uC8FD\uB9B0\uC7A5\uBC31\uB178\uBD84\uC774\uACE1\uD569\uB7C9\uAC04\uBD80\uB7C9\uCC2C\uAC31\uB9AC\uC6D4\uB85D\uAD6D\uAE30\uC218\uD328\uC7A5\uB9B0\uC885\uC815\uACFC\uD654\uC0BC\uC0BC\uB2F9\uBCC0\uC720\uBA74\uD6C4\uC11C\uC885\uD638\uC804\uCC30\uC790\uB9AC\uC124\uBD80\uB2C9\uBE44\uACE1\uC218\uACE0\uB2F9\uAD6C\uAC00\uC870\uC7A5\uB2F9\uBBF8\uC0BC\uBD84\uC870\uAC15\uAC15\uBAA8\uC0BC\uC0B0\uB098\uCE58\uB7C9\uAC15\uAD34\uBCBD\uD658\uC11C\uC885\uD568\uB098\uB2E8\uC5BC\uB824\uCC29\uC801\uC5BC\uC870\uB780\uBA71\uBA71\uADDC\uACC4\uACF5\uC815\uADDC\uACF5\uAE30\uCC28\uC8FC\uC21C\uC57D\uD64D\uC6B0\uD758\uD658\uC778\uBB38\uBB38\uAD6C\uB0A9\uCE58\uB450\uB274\uBD80\uACC4\uC11C\uC21C\uBE44\uC9C4\uC0AC\uAD49\uC9C0\uAE09\uBD84\uC6B4\uC784\uB2F4\uAE08\uC18C\uBC29\uC0C9\uCD5C\uADDC\uCC30\uD30C\uAE34\uBD80\uC9C8\uCC98\uC790\uC8FC\uD6A1\uCC30\uB8E8\uC138\uBD88\uC124\uC2E0\uD53C\uC800\uAC70\uB839\uC8FC\uC18C\uAC10\uC559\uBD88\uD0C0\uC9C4\uD0DC\uCD9C\uC2DC\uC885\uD604\uC870\uACBD\uBC18\uAD6C\uB9E5\uC220\uBCF8\uAD11\uACBD\uC784\uD589\uC124\uACB0\uC8FC\uC218\uAD18\uBC31\uC808\uAD11\uD640\uCC28\uD658\uAE0D\uC870\uD608\uACE0\uAD50\uC804\uAC1C\uB77D\uD604\uBCD1\uC120\uBCF5\uAE09\uB3D9\uC735\uC870\uC778\uB958\uC124\uAD8C\uC11C\uD574\uC9C8\uD1B5\uC0AC\uAC15\uC0C1\uD68C\uC808\uC9D1\uACAC\uACAC\uCE58\uBB38\uC9C4\uB824\uC131\uAD6C\uC18C\uBC29\uD1B5\uCD08\uD658\uCE68\uACBD\uC218\uC81C\uC218\uD611\uAD49\uACA9\uBC1C\uC815\uC218\uD0DC\uACE4\uBD80\uACBD\uD638\uC9C0\uC5F0\uACBD\uBD09\uACC4\uC18D\uC774\uC885\uCE68\uD0C0\uB824\uB85D\uB7C9\uC8FC\uAD8C\uC18C\uAE30\uAE30\uC900\uAE30\uC6D0\uCC9C\uC120\uC218\uC720\uACC4\uB3C4\uAD00\uAC15\uB9DD\uBD95\uCCA0\uCC44\uACFC\uCD5C\uB95C\uB958\uAE30\uD0C4\uBCBD\uC791\uB989\uBA74\uCC98\uCCA9\uB2F4\uC885\uACE4\uCD94\uC11D\uCE58\uD589\uB7C9\uAE34\uBE44\uC720\uBBFC\uC5ED\uCD1D\uBC88\uB85D\uC11C\uC601\uC0C1\uC790\uC11C\uC0C1\uD568\uACA9\uC120\uC5F0\uBA74\uC9D1\uB2E8\uC885\uCCB4\uBBFC\uBB18\uC5F0\uC124\uBCF4\uC2DC\uCD94\uD3B8\uC644\uAE0D\uCD1D\uBA74\uC704\uBD80\uC704\uD22C\uAD6C\uBB18\uD608\uB828\uC885\uD3B8\uD63C\uC778\uC81C\uC65C\uCE58\uC628\uC815\uC804\uD0DC\uD558\uC5F0\uCD1D\uC11C\uC2B9\uC704\uAE0D\uC120\uC601\uC9C4\uC561\uCD94\uC5ED\uBC29\uACE8\uBC18\uCD94\uACB8\uCC29\uC804\uC0C1\uC628\uD560\uCD5C\uACC4\uC6A9\uB3C4\uBC15\uC6B4\uC9C4\uD638\uC695\uACE1\uC7AC\uB4F1\uD604\uC18C\uC9C4\uC885\uC870\uD669\uCC44\uD544\uBD09\uCD95\uB9AC\uCD95\uC5F0\uC1C4\uC885\uB958\uACAC\uACAC\uB9CC\uC9D1\uB8E8\uB9C9\uD45C\uB828\uBBF8\uC120\uCD1D\uC801\uC0BC\uC1C4\uBC88\uB960\uBD95\uC608\uC18C\uBB34\uC694\uAC15\uD63C\uC12C\uACC4\uB9AC\uC218\uC5F0\uC120\uC138\uAD50\uC99D\uCD2C\uC9C1\uC120\uC0B0\uB9B0\uC728\uBC88\uB8CC\uC791\uC900\uAC04\uC694\uCC9C\uC608\uC218\uADA4\uD68D\uCC2C\uD76C\uAC15\uC6B4\uB2EC\uC2B9\uD68C\uACC4\uC0C9\uACAC\uAC15\uD604\uC870\uCD1D\uD574\uACA9\uBCBD\uB2E8\uC5B5\uB18D\uC218\uC5ED\uC624\uC218\uACC4\uBE48\uACAC\uB78C\uBCF5\uD6C8\uCC2C\uC790\uBD09\uC57D\uBB35\uB8B0\uD790\uCC2C\uAD11\uC6B0\uC18D\uB958\uC12C\uC804\uAD50\uB85C\uC804\uC601\uC7AC\uC591\uC12C\uC218\uCC2C\uB77C\uB9AC\uB3C5\uB78C\uB958\uB828\uBA71\uADDC\uC6B0\uD64D\uC8FC\uC12C\uD758\uC57D\uAE09\uD658\uAD11\uAE30\uC778\uC704\uC6B4\uAD49\uC21C\uBE44\uC0AC\uB9DD\uB0A9\uC784\uC885\uB95C\uBD84\uC9C0\uBB38\uBC29\uC800\uC9C4\uB274\uC11C\uC120\uAC10\uC124\uBD88\uB828\uC870\uC2E0\uC138\uC9C1\uC885\uCD94\uBC18\uBD88\uCD9C\uC18C\uC5ED\uACBD\uD0DC\uBC29\uC735\uACB0\uACE0\uC694\uC9C8\uD589\uD68C\uAE09\uD604\uAC15\uB77D\uC808\uAD50\uD1B5\uACBD\uCD08\uACAC\uC218\uACA9\uC218\uC870\uACC4\uC81C\uC801\uC11C\uB989\uC601\uC18D\uAE30\uBE44\uC791\uC0C1\uACE4\uC2B9\uC720\uBA74\uC218\uBD95\uC8FC\uB3C4\uB958\uAD8C\uC885\uD0C4\uAD00\uB85D\uCCA0\uCE58\uACA9\uC0C1\uD568\uBA74\uB78C\uC81C\uBB18\uC9D1\uC628\uADA4\uC2DC\uC218\uB2E8\uD3B8\uC120\uAD6C\uCD94\uC644\uCCB4\uB8E8\uD3B8\uBBFC\uC5F0\uC9C4\uBC15\uC695\uC9C4\uBD09\uCD5C\uD638\uC804\uB9AC\uC561\uACB8\uBE48\uD45C\uB9CC\uB958\uC601\uCD95\uBB34\uC18C\uD790\uB8CC\uC120\uC99D\uAC15\uACAC\uC870\uD604\uACA9\uCC2C\uBD80\uC0AC\uD56D\uBD80\uACB0\uBD80\uACB0\uBC1C\uBCD1\uD56D\uC870\uD56D\uC575\uC575\uACBD\uD558\uAD00\uC900\uB2F4\uC7A5\uACC4\uC639\uC575\uB8B0\uB2F4\uB85C\uAD00\uB9DD\uB9DD\uB9DD\uB9DD\uD55C\uB77C\uB77C\uBD80\uBBF8\uBC8C\uACE0\uC8FC\uC800\uBAA8\uACE0\uBBFC\uAC15\uD30C\uAD18\uC81C\uACAC\uBD80\uC0BC\uC5C4\uC870\uC8C4\uAD18\uCCA0\uC5ED\uCE58\uC554\uBC8C\uB0A8\uC11C\uC2DC\uBE44\uB9E4\uB958\uD30C\uBC8C\uB9AC\uC870\uC704\uD544\uACC4\uC99D\uB3D9\uB958\uAE30\uACAC\uBA71\uC870\uB77C\uBE44\uAE30\uAE30\uB780\uC591\uBBF8\uAC15\uB2EC\uBBF8\uC591\uC720\uC720\uBD84\uD30C\uACE0\uC591\uACE0\uAC15\uC7A5\uACE0\uB839\uC758\uC800\uC800\uC218\uAC04\uC774\uC774\uC735\uAD70\uAD70\uAC04\uD658\uCD5C\uC120\uC758\uB7C9\uAC15\uACB8\uC720\uAC31\uAC08\uD0C4\uC644\uD76C\uBC88\uC804\uBD84\uC804\uB834\uB9AC\uAC31\uB204\uC559\uCC2C\uC6B0\uACF5\uC608\uCDA9\uC639\uBD84\uAD49\uC2DC\uC2DC\uCDE8\uBD88\uD569\uBD84\uC775\uB78D\uC775\uD53C\uB839\uB8CC\uC9C8\uAD6C\uC2B5\uD790\uC0C1\uD761\uD761\uAC70\uAD50\uD670\uD718\uC18C\uC0BD\uAD49\uAC15\uC801\uCDE8\uBE44\uC6B0\uC0BD\uC2DC\uC800\uC804\uD6E4\uC2DC\uD3B8\uC885\uC644\uD718\uD6C4\uD575\uD559\uD55C\uACE0\uD45C\uC608\uB828\uD6C4\uACE0\uB9B0\uBD84\uAD50\uACE0\uBC88\uC775\uD670\uD604\uB3C4\uC694\uB85C\uB85C\uACE0\uBAA8\uC790\uAE30\uAD6C\uAD6C\uAD6C\uC9C8\uC9C8\uC774\uC0AC\uC5F0\uB0B4\uB0B4\uB2E8\uB8B0\uC815\uC790\uACBD\uCD08\uBAA8\uC6B4\uD30C\uD53C\uCE58\uC0AC\uCC98\uAC00\uAC70\uD569\uC11C\uB85C\uB95C\uC801\uB2F9\uC6B0\uB8E8\uB204\uAC15\uBC29\uCC30\uB8E8\uAE30\uB85C\uD655\uC6B0\uB9C8\uD68C\uC774\uCCA9\uC815\uC57C\uD0D1\uC6A9\uAE08\uC6B4\uCE58\uB2F4\uD0D0\uAD49\uACBD\uC9C1\uBD84\uC12D\uB2F4\uC9C4\uCCA0\uB839\uC815\uC720\uC648\uB8CC\uB871\uC9C1\uB155\uC870\uC774\uC54C\uC811\uAD04\uC11C\uB828\uD638\uC131\uB835\uBE59\uC815\uCDE8\uBE44\uC800\uAD35\uBB38\uC11C\uBCD1\uCD1D\uC815\uC544\uC815\uAD6C\uCD1D\uADDC\uB828\uC678\uCD1D\uB828\uC639\uADC0\uB828\uB828\uCD1D\uC624\uC131\uC6A9\uCCAD\uC678\uC12D\uC9C1\uB2F4\uB155\uC808\uC801\uCCAD\uCCAD\uB871\uC728\uC0AC\uC870\uC0AC\uC219\uC774\uC219\uC0AC\uC870\uC870\uC721\uC5B5\uB975\uAE30\uAD6C\uAE0D\uC870\uD758\uC801\uD658\uD669\uC774\uC778\uCD08\uC5EC\uC8FC\uC5F0\uB450\uD56D\uC735\uAC04\uCC28\uC624\uC7A5\uACE0\uC9C0\uAE08\uBD80\uBE44\uBD84\uBC30\uBC29\uACAC\uBC29\uC21C\uC6B0\uB20C\uD56D\uAE0D\uC5F0\uAD49\uC721\uBB38\uD6A8\uAE30\uBE44\uD73C\uD790\uD790\uD3D0\uAE0D\uC815\uD0DC\uC2E0\uC885\uCC3D\uD611\uC2E0\uC704\uC8FC\uC9C8\uB2E8\uD544\uBC1C\uBC15\uAD6C\uC810\uBC30\uACE0\uD0DC\uC790\uAD74\uC9C0\uB2C8\uD3C9\uC790\uBD80\uBC18\uC9C4\uD604\uC870\uBC30\uAC11\uC131\uC9C0\uD3EC\uBB34\uAC70\uD638\uAC00\uC774\uC724\uC11C\uC559\uB871\uB3D9\uCE74\uB824\uACBD\uB178\uC5F0\uBC29\uACE0\uC774\uAD11\uD574\uAC01\uB3D9\uCE58\uD6A8\uD749\uD749\uC774\uC54C\uD589\uBCC0\uB2A5\uC790\uADDC\uC2B9\uC870\uC9C0\uCDE8\uB9E4\uD611\uCDE8\uD611\uB9E5\uB9E5\uCC99\uD611\uB144\uD68C\uC0B4\uC7A5\uC81C\uB1CC\uBBF8\uB18D\uB828\uB9CC\uBC1C\uBB38\uC644\uAD6C\uAC01\uACBD\uC720\uD615\uC88C\uB82C\uC804\uC815\uB9E4\uC21C\uC2E0\uD611\uD2B9\uCD5C\uCD09\uC218\uD754\uD0C8\uD3EC\uC815\uD1F4\uD3EC\uB450\uD0C8\uB1E8\uB1CC\uBE44\uC624\uB77C\uB9AC\uAC80\uCC3D\uC218\uCCA9\uB7C9\uC218\uBE44\uD45C\uB95C\uBCC0\uACFC\uADC0\uC218\uB2F4\uC804\uB1CC\uC815\uAC1C\uC11D\uC561\uC5C4\uC784\uC2E0\uCCA0\uBD80\uBD80\uAC70\uBE44\uAC15\uC644\uB3D9\uBE44\uAD35\uC885\uC815\uC545\uB9E4\uBD80\uC804\uC9C8\uC8FC\uB77C\uC6B0\uC81C\uC554\uC131\uB1CC\uC218\uCC9C\uB0A8\uC6B4\uC885\uC720\uC545\uC2DC\uB3CC\uC694\uAC74\uC678\uAC01\uC720\uAC00\uB2E8\uD53D\uC7A5\uBCF5\uC120\uB2C8\uBA74\uC62C\uB4F1\uD1F4\uBC29\uACB8\uB824\uC62C\uC218\uB2F9\uC18C\uCD94\uACA9\uC775\uBC15\uB8CC\uCC99\uBE44\uD574\uACE0\uB824\uBE48\uAD6C\uC7A5\uB85D\uAD35\uBC29\uCD5C\uD45C\uAC15\uBD80\uB2F9\uB9C9\uC2AC\uC804\uB960\uAD50\uC789\uB8E8\uC9C8\uC124\uB780\uB828\uB3D9\uD33D\uB2C8\uC2DC\uB8CC\uCDE8\uAD34\uD6A8\uB4F1\uBC88\uC9C1\uCD08\uC120\uBB34\uCDCC\uC724\uD5A5\uC218\uBD84\uC751\uC804\uACFC\uB2F4\uD68C\uB18D\uB454\uB834\uBE44\uC639\uAC39\uCD09\uC5B5\uC804\uB78D\uAC80\uC870\uB454\uACE0\uC81C\uCDE8\uBE48\uD6C8\uB178\uD655\uC7A5\uD604\uD45C\uD765\uACE4\uB78D\uC5F0\uB824\uD655\uC7A0\uB77C\uAD6C\uC7A5\uB828\uB2C8\uC7A0\uC2E0\uD604\uC640\uAD11\uC7A5\uB9BC\uAD11\uC790\uAD50\uC5BC\uCDE8\uAE30\uACE0\uCDE8\uBA74\uC5BC\uC9C0\uCE58\uACA9\uCC9C\uC9C8\uC9C4\uC218\uB300\uC9C4\uAD6C\uD568\uC720\uC0BD\uC694\uC5EC\uC6A9\uC11D\uC11D\uAD6C\uC5EC\uC5EC\uD765\uAC70\uAD6C\uD754\uC124\uC0AC\uC0AC\uAD6C\uC9C0\uB2F4\uC11C\uC9C0\uCCA8\uB2F4\uD3EC\uD3EC\uAD00\uD654\uCCA8\uCC9C\uC21C\uD560\uBB34\uC8FC\uB3C4\uAC15\uC0B0\uCC28\uBC94\uD30C\uD0DC\uBC94\uD310\uC120\uD56D\uBC29\uBC18\uBE44\uD638\uC911\uD568\uCC3D\uB839\uCD95\uCC45\uD0C0\uBC15\uD604\uAC00\uC120\uAC11\uB85C\uACF5\uBC29\uC11C\uACFC\uBD80\uC870\uBD09\uB9AC\uC18C\uC5EC\uB791\uC815\uB958\uBBF8\uBC15\uB9F9\uB150\uAC70\uD669\uC218\uC885\uD3B8\uBAA8\uC811\uB3C4\uBC29\uCC28\uC775\uC18C\uCC3D\uC870\uB8E8\uB300\uC124\uC694\uB3D9\uB4F1\uB2F9\uC7A5\uB85C\uC758\uC9D1\uD568\uD655\uBABD\uC81C\uB85C\uB85C\uCC38\uC30D\uAC04\uB7C9\uAC04\uAC04\uC0C9\uC5FC\uBD88\uBCD1\uC5FC\uC5FC\uCD08\uCD08\uC608\uB975\uC815\uAD6C\uC560\uC789\uCD08\uADDC\uC808\uBD09\uD658\uC775\uCC28\uBA74\uBBF8\uAC04\uCC9C\uC6B0\uC6B0\uC791\uAD81\uD1A0\uD558\uAE30\uB9DD\uC790\uD6FC\uC720\uCE58\uD5A5\uBE44\uBD80\uB454\uC21C\uBB34\uC9C0\uAC78\uC0BC\uBB38\uAC80\uC778\uBD80\uADDC\uAC1C\uD638\uC11C\uAE09\uAE08\uAE30\uC6D0\uBD84\uD30C\uC608\uC2EC\uAE30\uD654\uD654\uBC29\uD640\uACB0\uAD6C\uC9C0\uC6B4\uADFC\uC694\uCD94\uBAA8\uC544\uBE44\uC789\uD56D\uC885\uC74C\uC6B0\uBCC0\uC608\uC808\uC704\uB825\uD544\uC561\uD604\uC7A5\uCC3D\uC800\uC18C\uC81C\uC6D0\uC5FC\uB839\uD0DC\uCD08\uC801\uBB18\uACBD\uB9BD\uC6A9\uAC00\uBAA9\uD328\uD3EC\uAD6C\uBBFC\uC774\uC774\uAC70\uBE44\uC57D\uACE0\uC800\uB2C8\uBC31\uBCD1\uC810\uC218\uC694\uC120\uBD84\uD64D\uC601\uC791\uB3D9\uC800\uC9C8\uB0A0\uAC10\uD638\uD3C9\uB9E4\uBD80\uC0DD\uACE0\uD544\uBBF8\uBD88\uC904\uBB34\uBC94\uAC00\uBAA8\uBB18\uBC1C\uC790\uB9D0\uC790\uC800\uCE58\uADF9\uACBD\uB871\uCD1D\uC870\uC6D0\uD608\uD1A0\uACBD\uAC01\uBA85\uB824\uC735\uC778\uAC04\uCC9C\uCC44\uC2E0\uC728\uD734\uC790\uB82C\uC624\uB2E4\uADDC\uCC45\uCDA9\uC790\uAD6C\uAD11\uB9DD\uCE58\uAD50\uCD08\uBCF5\uC720\uC218\uC790\uAC15\uD68C\uC778\uB2E4\uD328\uC6A9\uC5EC\uCDA9\uB9DD\uB3D9\uC911\uACAC\uCD95\uC21C\uD658\uACFC\uC804\uD574\uB2F5\uD615\uD589\uCC9C\uCD08\uD615\uC774\uC548\uAD50\uCE58\uC784\uCC9C\uC774\uD669\uBCD1\uB824\uADFC\uBC30\uC220\uC7A5\uB2EC\uD611\uC694\uD544\uC989\uAD50\uD68C\uC81C\uD0D5\uC6B0\uC1A1\uD6C8\uD615\uB77D\uD615\uB2F4\uC2E0\uC190\uC74C\uB9E4\uD64D\uC870\uC57D\uB450\uBBF8\uB9AC\uB450\uBD80\uC778\uC74C\uD558\uBC1C\uCD08\uC724\uC801\uB3C4\uC720\uC218\uC131\uC2E0\uBB34\uBCC4\uD76C\uACBD\uB9AC\uBCF4\uC870\uBAB0\uB9AC\uC7A5\uC791\uD0C8\uCD9C\uC0AC\uC0AC\uCE68\uBD09\uAC70\uB9E4\uB9F9\uD589\uACBD\uCC28\uC2E0\uAD70\uC5F0\uC815\uC870\uC88C\uC644\uD568\uC720\uCC29\uD611\uB9DD\uC219\uB274\uC18C\uD604\uB791\uBD80\uC544\uB9C9\uBA74\uC989\uB0A8\uBAA9\uAC10\uB798\uB828\uC2DC\uC640\uD1A0\uB834\uD68D\uC720\uC625\uC575\uB2A6\uC21C\uB9DD\uB9DD\uC790\uC6B8\uCCAD\uC801\uAC70\uB3D9\uAD00\uCD94\uACE0\uB78D\uB85D\uAD6D\uBBF8\uADE0\uC784\uACE4\uD558\uBCF5\uCE58\uACE0\uACFC\uBCF5\uB860\uCC3D\uC8FC\uC22D\uC218\uC794\uBB38\uCC44\uBC1C\uB9AC\uB3C4\uD30C\uD568\uD3EC\uAE34\uAD8C\uC11D\uADFC\uC800\uC811\uBCF4\uD0D5\uADFC\uCD08\uD0DC\uACBD\uD654\uACE0\uB989\uBE44\uAE08\uC554\uB9DD\uBD09\uCD94\uC5B4\uC800\uACAC\uB984\uB2F4\uC219\uCCA8\uB3C4\uD638\uAE30\uD654\uCDCC\uB3C4\uCD98\uBE44\uC7A5\uD658\uBE44\uB798\uCC98\uB9F9\uD3C9\uC704\uB2F4\uC0BD\uCD94\uC5B8\uC758\uCD08\uC81C\uC644\uCC45\uB0B4\uCE68\uD0C1\uAD6C\uCCA9\uB77C\uBE44\uD658\uBD95\uBC15\uD3EC\uC815\uD615\uC601\uC601\uC18C\uC0B4\uCD94\uACFC\uD5A5\uB9CC\uC6B0\uC720\uBD80\uB828\uD6E4\uD6E4\uB0A8\uC989\uC640\uCD98\uC18C\uC720\uD3B8\uBAA8\uC554\uC545\uB77D\uC601\uD65C\uAD04\uAC15\uBA74\uC801\uC8FC\uC800\uBCF4\uC720\uC2DC\uC5FD\uC554\uAD6C\uAC04\uBCF5\uB960\uC804\uBD84\uD48D\uD64D\uD64D\uD6C4\uC5F0\uB3CC\uC800\uCE58\uC0C1\uC2EC\uAC08\uACC4\uACBD\uBBF8\uD669\uC0BC\uD3EC\uAC1C\uB3D9\uC870\uC804\uC704\uBC1C\uC678\uD30C\uACC4\uD638\uC7A5\uAC00\uB2E8\uC57D\uC900\uCD1D\uCC9C\uC704\uCE68\uADDC\uC815\uD6C8\uC0AC\uC2DC\uC999\uB78C\uC885\uC694\uC6D0\uBBF8\uC628\uC220\uCCB4\uC804\uAD00\uC5FC\uACF5\uCC9C\uAC1C\uAD34\uACF3\uC7A5\uB8E8\uC704\uD30C\uC720\uC218\uC740\uC0AC\uC21C\uC2DC\uC628\uC9C4\uB791\uB098\uBABD\uB825\uACB0\uC0B0\uC6D0\uB9AC\uAD6C\uC2DD\uBC29\uC81C\uC11C\uB3C4\uB958\uD655\uC810\uCC9C\uC870\uBC15\uCC28\uC6D0\uCD94\uC721\uAD34\uBC18\uD3EC\uD3EC\uB0A9\uC0AD\uD61C\uBD84\uC6B4\uC99D\uACB8\uC9C8\uC57D\uCC3D\uC740\uBBF8\uD638\uC190\uC9C4\uBA85\uC218\uCD95\uB958\uC11D\uACE8\uB791\uC6A9\uC639\uAC1C\uC88C\uC2DC\uB2F9\uB77C\uC695\uC0AC\uD55C\uBC30\uC694\uACC4\uBE44\uC885\uACE4\uC88C\uC218\uCC45\uBC30\uB78C\uB3C4\uACC4\uB9AC\uC0BC\uB791\uC5EC\uB989\uD615\uB9E5\uC870\uC218\uBAA8\uD1B5\uCD95\uBD09\uC554\uB828\uCD1D\uC0AC\uD3C9\uAD6C\uADFC\uC21C\uCCA9\uC720\uD1F4\uC870\uC5B4\uC608\uC9D1\uB8CC\uD544\uB85C\uC219\uBD80\uC7A5\uB958\uAC15\uB9CC\uC5F0\uB989\uAE30\uD45C\uACE4\uD55C\uC801\uC18D\uB85D\uC124\uC0C1\uC801\uBA78\uD6C8\uB9CC\uBCF5\uCCB4\uCC28\uC790\uC0BC\uC120\uC6B8\uACE1\uC624\uBBF8\uB8E8\uC8FC\uC885\uCC44\uD30C\uC7A5\uBC00\uCD1D\uC870\uC138\uAD8C\uC778\uC810\uC5B8\uC18C\uC74C\uADA4\uC9C4\uD638\uC0B4\uAD6C\uCC9C\uB9C8\uC7A5\uCC45\uC7A5\uB450\uB834\uB9B0\uAD6C\uC560\uD3D0\uB9AC\uC704\uADF9\uB2F4\uC2B9\uBC88\uB9F9\uC6B0\uCC9C\uC804\uC2EC\uCD08\uC608\uC608\uB958\uC720\uAD50\uC800\uD654\uAC04\uB9E4\uC6B4\uBCF4\uC720\uAC70\uB85C\uC694\uD61C\uC545\uC81C\uBE44\uC808\uCCB4\uD3D0\uC5EC\uBD84\uAD34\uC21C\uC720\uC544\uC218\uBCF5\uAD90\uD0D5\uBB34\uB3D9\uC0AC\uC18C\uC11D\uB96D\uC628\uCD08\uAE30\uAC04\uC628\uC190\uB839\uC5EC\uD558\uC639\uC999\uD64D\uC0AC\uB18D\uB8B0\uD6E4\uC628\uC6B1\uACA9\uD638\uBC15\uD638\uC560\uBBF8\uD68C\uC608\uACC4\uC790\uD5A5\uC644\uBA78\uC758\uB989\uAC15\uCC2C\uC0BC\uC7A5\uB834\uACFC\uC6D0\uB2EC\uCE58\uD0D5\uC124\uBCBD\uB2F4\uC190\uB834\uBC88\uC815\uD574\uACE0\uD574\uCD09\uCC9C\uACE0\uD6D9\uC0B4\uC2E0\uD6C8\uC57D\uBE44\uC218\uC11C\uD6C8\uB300\uBE48\uC6D0\uB155\uC8FC\uB9E4\uC720\uD45C\uB300\uC81C\uC870\uC9C4\uC9C4\uC774\uC758\uD615\uACE0\uCD1D\uD638\uAE30\uBC8C\uAC74\uC11C\uADDC\uC790\uBCC0\uC870\uBC00\uB78C\uC2E0\uC7A5\uBB18\uACBD\uAC78\uC120\uB8CC\uC6B0\uC0B0\uC18D\uB824\uC758\uC18D\uC0AC\uB824\uC608\uC57D\uB958\uD6A8\uC801\uCE58\uD53C\uB4F1\uC57D\uB9C8\uD658\uD45C\uBC88\uC218\uB2F4\uD1F4\uAD81\uCD08\uC704\uB958\uD68C\uCD94\uACE0\uC628\uBCF4\uB825\uC800\uC800\uC560\uB9B0\uC870\uD6E4\uCE5C\uB8B0\uACFD\uD0C1\uC624\uC608\uC608\uAE30\uD615\uB85C\uC18C\uD1F4\uB9DD\uC628\uBE48\uC5B4\uD6C8\uAE30\uACBD\uD6E4\uB9C8\uAD6C\uC5B4\uB3D9\uBD09\uC5BC\uBCBD\uC591\uC608\uC120\uC721\uAD6D\uB834\uB834\uC740\uC7A5\uC601\uB871\uD22C\uC704\uC57D\uB839\uAC70\uC694\uBC88\uBBF8\uB78C\uADC0\uB780\uACC4\uD0D5\uB9CC\uB958\uB958\uD734\uD48D\uC9C1\uC704\uAE30\uC7A0\uD68C\uB9AC\uACC4\uBBF8\uB958\uAD34\uB77C\uC81C\uAE30\uB85C\uCCA8\uC0B4\uB4F1\uB958\uAD8C\uD6A8\uC5ED\uB780\uBB38\uBCC4\uD638\uD638\uB85C\uD559\uD544\uC0AC\uD6A8\uAC74\uCC98\uD638\uD5C8\uCC28\uBCF5\uD5C8\uD5C8\uB85C\uD638\uC6B0\uD638\uAD50\uAC70\uAD35\uD3EC\uD604\uC794\uC794\uD734\uBC18\uD601\uC219\uD6FC\uADDC\uB3C4\uAE30\uADDC\uC815\uC2AC\uBCF5\uAD74\uCC45\uC0AC\uC6B0\uAC04\uC790\uD64D\uD6FC\uB9F9\uD758\uC218\uD558\uCC44\uC2DD\uC758\uB9C8\uD5A5\uBC29\uC561\uD30C\uCC99\uACAC\uBB38\uBB38\uC608\uBC29\uBE44\uC6D4\uC6D4\uADE0\uAE30\uB3D9\uC778\uAE30\uCC9C\uC6D0\uACB0\uD68C\uAE08\uAE30\uC911\uC544\uC790\uBAA9\uC655\uBD84\uBD84\uD56D\uACF5\uC870\uBCF4\uC5FC\uAC1C\uBD80\uCE58\uB450\uD3EC\uD604\uB2C8\uD2B9\uAD6C\uC720\uCC45\uD3C9\uC9C0\uC720\uAC00\uAC10\uAC70\uB825\uBD80\uC5FC\uCC30\uAD6C\uBE44\uD30C\uD604\uC8FC\uC870\uBCC4\uBCD1\uACE0\uC810\uC800\uC0AC\uCCA0\uB839\uACE0\uB2E8\uACE0\uD615\uB824\uC815\uACE1\uBAA8\uACA9\uC790\uD68C\uD68C\uBC29\uBD80\uC591\uC640\uB82C\uC8FC\uC774\uD55C\uD65C\uAD50\uB824\uC775\uBCD1\uAE38\uD569\uC124\uC774\uB9DD\uB9E5\uACF5\uACB0\uADA4\uACF5\uC9C8\uB9CC\uB178\uCE69\uD611\uC694\uC0AC\uC81C\uD615\uB82C\uAD6C\uC18C\uC6A9\uD611\uC138\uCC28\uD328\uC544\uD568\uCD09\uC120\uBD09\uC2E0\uC9C4\uD3EC\uD604\uCCA0\uC624\uBD80\uB9AC\uB791\uD3D0\uC11C\uC5F0\uC720\uAC81\uB2E8\uC5F0\uC815\uC804\uD0DC\uD68C\uC640\uC9C0\uC1A1\uBE44\uAC70\uBC00\uAE30\uAE30\uC721\uAD70\uC0AC\uB9F9\uAC15\uC0AC\uC11D\uB95C\uB824\uC811\uC870\uB3C4\uACE4\uD568\uD568\uC5ED\uBC29\uBE44\uBE44\uC704\uC724\uCC99\uC5F0\uC194\uAD8C\uACAC\uC608\uC608\uCCAD\uC720\uB7C9\uACFC\uC6D0\uB3D9\uC545\uD310\uCCB4\uB9DD\uC7A0\uC591\uC2B9\uAD35\uC120\uC815\uB78D\uACFC\uC989\uAC08\uC815\uBAA8\uC11C\uBA74\uC720\uAC1C\uC2DD\uD6E4\uD669\uC5B8\uD3B8\uC720\uC704\uBD80\uC5F0\uBBF8\uC704\uBCF5\uC724\uD608\uC720\uC720\uBAA8\uD558\uC601\uC2AC\uC911\uD0D5\uC800\uC885\uC81C\uBCF5\uC6D0\uADDC\uB9F9\uB784\uB3C5\uD638\uCD94\uC811\uB825\uC640\uC6B4\uAD6C\uB0A8\uB8E8\uCD98\uC601\uC2B9\uC7A5\uD1F4\uB791\uBC29\uC0AC\uC2E4\uC790\uD61C\uC6D0\uC639\uB834\uC218\uBC18\uC735\uC735\uC9C8\uC624\uD6C4\uD55C\uC9C4\uC774\uBE44\uD65C\uB2F9\uC758\uB450\uB0B4\uD560\uACE1\uD68C\uB9C8\uBA85\uC758\uBB38\uD615\uB4F1\uC720\uCC3D\uC18C\uAE30\uB9CC\uC870\uC0C1\uC11D\uC870\uB9AC\uCCB4\uC624\uB85D\uC704\uC9C8\uB2F9\uC9C4\uD45C\uAC70\uBE44\uC720\uC810\uB77C\uB8E8\uADFC\uC885\uC778\uC7A5\uC194\uBB38\uAD50\uB9CC\uCE69\uC790\uB9C8\uB9C8\uAD35\uB8CC\uBAA8\uC2E4\uCD1D\uB9AC\uB9CC\uC18C\uC0C1\uC7A5\uB9DD\uC0C1\uBB35\uC8FC\uC0AC\uCD94\uD2B9\uC9C1\uD33D\uD33D\uAD50\uAC70\uBCC4\uB8CC\uBC18\uC704\uD76C\uAE30\uC804\uD669\uBE44\uB85C\uAD90\uAD90\uD61C\uB2F4\uC120\uCD08\uC120\uC694\uC18C\uBAA8\uCDA9\uC2EC\uC0AC\uC8FC\uC815\uB2F9\uB824\uD574\uC120\uC758\uACBD\uB2EC\uC12C\uACC4\uC790\uD5A5\uC12D\uB77C\uAE08\uC2B9\uCC44\uB824\uC801\uD604\uB834\uCD09\uD0DD\uAC08\uB9DD\uD574\uC81C\uC601\uACAC\uBABD\uD638\uC5F0\uD655\uD0C1\uC808\uBE48\uD559\uBA78\uBC88\uB8B0\uC808\uB78D\uBC00\uB824\uC900\uB824\uCD94\uC5BC\uB85C\uB450\uC18C\uC800\uB871\uB9AC\uB8E1\uBD09\uC5F4\uBE44\uC0C1\uACE0\uACAC\uC601\uC11C\uD734\uC7A0\uAD6C\uAD8C\uB450\uC7A0\uB9CC\uAD6C\uC808\uCD09\uCC30\uD608\uD669\uB275\uBC30\uB275\uD754\uC911\uB9E5\uC774\uAC1D\uBA78\uD601\uD589\uC5F0\uAC04\uC6D0\uAC70\uB839\uD604\uC220\uD568\uB3D9\uD56D\uAC00\uD568\uC544\uD638\uC704\uB3C4\uCDA9\uC704\uB3C4\uC21C\uD615\uAD6C\uC758\uC758\uBCF4\uAC04\uC6B0\uD45C\uCC28\uC774\uC0BC\uCE5C\uBD80\uACE4\uBD84\uC1E0\uAC81\uB0A9\uC885\uB2F4\uC77C\uC911\uCDA9\uAC1C\uAE30\uC0AC\uC5FC\uC9C0\uC784\uAE08\uAE08\uADE0\uC6D0\uBA8C\uC81C\uC624\uB1E8\uC704\uB2E8\uAC00\uD0C0\uB839\uB300\uD3EC\uD3EC\uC694\uC88C\uD544\uC18C\uB2E8\uC800\uD558\uC220\uC218\uC9C4\uC774\uD30C\uBC1C\uC800\uB9D0\uBD80\uACE4\uC9C8\uC9C8\uC5FC\uBC88\uC608\uBB34\uD0C1\uAD74\uAD6C\uD604\uC810\uAC70\uD53C\uC721\uC2B5\uCE58\uBC1C\uBB34\uBCF5\uC774\uCE58\uACE0\uC784\uAC15\uAC81\uC874\uB9D0\uACB0\uC774\uAC01\uB140\uC8FC\uADDC\uC778\uC7AC\uB82C\uB871\uD589\uC7A5\uB2F9\uD608\uACE4\uAC04\uB1E8\uC218\uACB9\uACE4\uC815\uB9AC\uACAC\uC2E0\uBD80\uADF9\uC608\uC720\uC9C4\uB958\uAD6C\uAD70\uC81C\uC74D\uBCF4\uC7A5\uC138\uC0AC\uAD70\uB9AC\uB828\uCCA8\uACE0\uAC04\uD3EC\uCCA8\uBE44\uACE4\uB3C4\uC5F0\uB989\uCE58\uCC3D\uC8FC\uCCA0\uD45C\uB7C9\uC0C1\uBC30\uBC30\uBE44\uAD8C\uB77C\uACFC\uC554\uB3C5\uC11D\uC81C\uAC70\uAE30\uAE30\uCC99\uAD18\uAE0D\uCC98\uCCB4\uC81C\uBCF5\uC911\uC124\uD3B8\uC811\uACE4\uB2E8\uC720\uC720\uAC08\uC6D0\uD3EC\uBCF4\uBD80\uC720\uB2E8\uC5B8\uC704\uBC30\uC800\uB8E8\uD3EC\uB2E8\uC628\uB2F5\uAD6C\uB2F5\uD68C\uC6A9\uC6D0\uC695\uB0B4\uACBD\uCC28\uBC18\uD1F4\uCE58\uC0C1\uB1E8\uD615\uC11D\uAC74\uD68C\uACE0\uB828\uB78C\uB9AC\uC2B5\uC2DC\uB8E8\uC608\uCCA9\uC124\uC120\uC704\uD45C\uC870\uC801\uAC15\uC0BC\uD3EC\uC591\uD544\uBCF5\uAC04\uC120\uAC04\uCD2C\uADF9\uB2E8\uC7A1\uBC88\uBC1C\uC0C1\uC2EC\uBCC4\uC694\uB9CC\uB780\uC624\uD0C1\uAD34\uC870\uC218\uB18D\uCCA8\uCCA8\uBCBD\uAE08\uB2F9\uCD09\uB2E8\uBE44\uB78C\uBCF5\uC720\uCE58\uB300\uCD09\uB9D0\uC11D\uD53C\uD790\uBC15\uCE5C\uB8B0\uB871\uC2B5\uC12C\uB780\uC811\uB300\uAC70\uCC2C\uC2DC\uACAC\uBC18\uC608\uB780\uC544\uC11C\uC544\uC694\uBD09\uB2F4\uBCF5\uBB18\uBCF5\uD328\uD575\uAE30\uAE30\uACAC\uAD00\uBCC0\uC5C4\uADDC\uAC01\uD3B8\uBAA8\uBA71\uBA71\uBCC4\uC2DC\uC0AC\uC810\uB77C\uAC01\uB9E5\uC870\uB834\uC694\uC9C0\uADE0\uACA9\uC12C\uC704\uD601\uC804\uC720\uB78C\uC545\uB3C4\uCE5C\uBC29\uAE30\uBA85\uC601\uAD6C\uCC98\uCC38\uADFC\uAD00\uB4F1\uD55C\uB77C\uCC98\uAC04\uBBF8\uAC01\uCC98\uB77C\uB78C\uC2EC\uC801\uAD00\uACAC\uAD00\uC5C4\uADDC\uBA71\uC2DC\uC810\uB78C\uAC01\uAE30\uACA9\uC801\uC804\uC720\uAD6C\uADFC\uCC98\uAC01\uAD6C\uADFC\uCD94\uACB0\uC9C0\uCD08\uAE09\uACE0\uB2E8\uC790\uC800\uC0C1\uD574\uAD8C\uACA9\uC11C\uD574\uADA4\uAD49\uCD09\uD574\uD63C\uAD6C\uC131\uC18D\uC608\uAE30\uB85D\uCE58\uB2E4\uD544\uC131\uACE1\uC0C1\uAD49\uCE58\uD559\uCD09\uD734\uC758\uB825\uACB0\uD734\uC5F0\uD734\uC5B8\uC5B8\uC815\uBD80\uAD6C\uAD6C\uADDC\uAD49\uACC4\uBC94\uC2E0\uC870\uD64D\uCC28\uD1A0\uC6B0\uC54C\uC774\uC778\uD6C8\uC740\uC0B0\uD758\uD0C1\uAE30\uC2E0\uC740\uC640\uBD84\uC544\uC694\uC1A1\uC2E0\uC74C\uD754\uACB0\uD6A8\uB20C\uC6B0\uC6B0\uC9C0\uD749\uBC29\uC2E0\uCD08\uC124\uD604\uC0AC\uC900\uD5C8\uC5B5\uC5ED\uC18C\uCE58\uAC00\uC2E0\uD654\uC218\uC9C4\uC8FC\uC815\uAD6C\uC790\uC790\uCC38\uACE0\uBD80\uACAC\uC9C8\uB839\uC800\uC559\uB9AC\uB178\uBC18\uC8FC\uAC10\uC608\uAC70\uC694\uC0AC\uC774\uC774\uAC70\uC870\uD3C9\uD53C\uD615\uAD74\uBC1C\uB2EC\uC800\uB3C4\uC800\uC0AC\uC12D\uC601\uD6C4\uC21C\uC608\uD669\uD569\uC2DC\uCC30\uD6A8\uC2DC\uD604\uD0C0\uAD6C\uADA4\uC804\uD68C\uD790\uD654\uD574\uC0C1\uC678\uC120\uC218\uB3D9\uBBF8\uCCA8\uBA85\uC561\uD68C\uD604\uD749\uAD18\uC774\uBCD1\uC870\uCE58\uB8B0\uC8FC\uAD11\uACFC\uBB34\uC608\uB4F1\uAE30\uC9C0\uC778\uC18D\uB791\uC544\uAD11\uD76C\uC11C\uC815\uD0C4\uD328\uC810\uC720\uACBD\uCD08\uCE68\uC0AC\uC554\uC5B4\uD6A8\uC131\uACC4\uD604\uBB34\uC624\uACE0\uC1A1\uD3EC\uD68C\uACBD\uC124\uC9C4\uC124\uB3C5\uD654\uCC3D\uC218\uCCA9\uACFC\uAD74\uC885\uD6A8\uC218\uB9DD\uD604\uBE44\uCE58\uB2F5\uC758\uB098\uC740\uC870\uBE44\uCCA0\uCCA8\uCE68\uC21C\uAE30\uAE30\uB2F4\uCD94\uC704\uAD6D\uCCAD\uB3D9\uC7C1\uCC45\uCD94\uAC74\uCC29\uB7C9\uC804\uC219\uD558\uB860\uC2EC\uD45C\uD68C\uBC94\uC720\uCCA9\uC11C\uD3B8\uC2DC\uD6E4\uC2DC\uC6D0\uACFC\uC545\uC885\uCCB4\uD574\uBCF5\uBCF4\uC815\uAC04\uACC4\uC720\uC790\uC804\uC2DC\uD718\uC778\uC554\uD568\uB0A8\uC2EC\uD48D\uC81C\uC591\uC5B8\uD669\uD6E4\uACA9\uB77D\uC9D1\uBAA8\uC54C\uC704\uC131\uB4F1\uCD08\uC120\uAC74\uD3EC\uAD34\uD669\uD68D\uAC00\uC601\uBBF8\uC18C\uBC00\uD61C\uCC3D\uC9C4\uD559\uC81C\uC18D\uBC29\uC9C0\uACB8\uC775\uAC15\uC6D0\uC0AC\uD559\uB3C4\uC694\uC694\uD68D\uC6B0\uD45C\uCD1D\uACBD\uB9AC\uBAA8\uBAA8\uC0C1\uC801\uB958\uC804\uCC45\uC870\uB828\uB8E8\uCC38\uAD6C\uACE4\uC2B5\uC791\uC624\uC624\uADFC\uC9D1\uC774\uD638\uAC15\uB9CC\uC870\uD568\uD654\uCC9C\uD6C4\uC99D\uC0BD\uD76C\uCC28\uB300\uC99D\uB1E8\uB780\uC640\uC751\uD73C\uAE30\uC900\uAD50\uD30C\uD61C\uC120\uBB34\uCC38\uC7A1\uC2DD\uCD08\uB2F4\uCC38\uBCF4\uC2B9\uD604\uC870\uD0C4\uB2F9\uC218\uD5D8\uACA9\uAD50\uACBD\uC7A0\uB204\uC758\uC560\uC12C\uBE44\uD6FC\uD654\uC5ED\uC758\uC120\uC591\uB204\uACAC\uB300\uB2F5\uD638\uC8FC\uD638\uC758\uC575\uAC10\uC608\uC804\uD61C\uB3C5\uC801\uD604\uCC2C\uB8B0\uC2EC\uC704\uCCA8\uB825\uC720\uBCC0\uC12D\uC5F0\uC545\uC218\uC704\uC218\uC694\uCC38\uC591\uC740\uB780\uCC38\uD68D\uC12D\uD658\uCC2C\uC608\uB2F9\uC12C\uC5B8\uB3C5\uC5B8\uACC4\uC815\uBD80\uC778\uAE30\uC54C\uD64D\uD1A0\uC591\uC0B0\uD758\uD0C1\uD6C8\uC758\uC2E0\uAE30\uC778\uAC15\uD718\uAD6C\uAC70\uC544\uB20C\uD5C8\uC640\uB860\uD749\uC1A1\uD48D\uC124\uBC29\uACB0\uC815\uACE0\uAC00\uD3C9\uC800\uC2E0\uD615\uC0AC\uC18C\uC9C4\uC800\uCD08\uC0AC\uAD74\uC870\uD53C\uC5ED\uC774\uAD11\uB8B0\uC2DC\uAD18\uC2DC\uD790\uD68C\uC131\uC8FC\uC120\uD654\uD0C4\uAD6C\uC804\uADA4\uC21C\uC608\uC7C1\uD574\uC0C1\uD0C0\uC6D0\uD6C4\uC8FC\uACC4\uBB34\uC5B4\uCD08\uC624\uACE0\uC720\uD68C\uAD11\uC124\uC1A1\uD76C\uCCAD\uC81C\uCD94\uB099\uB3C5\uCC29\uBE44\uACFC\uC704\uC720\uC218\uC2EC\uC870\uCCA8\uB7C9\uC21C\uC218\uB2F4\uC2EC\uC758\uBAA8\uC2EC\uCCA9\uD669\uAC04\uD574\uD559\uC54C\uC704\uC545\uC720\uD6E4\uCC38\uC790\uC554\uC5B8\uCCB4\uBBF8\uD3B8\uC11C\uBAA8\uB2F9\uC18D\uC0AC\uC694\uBC29\uC775\uACB8\uBC00\uADFC\uB9CC\uC801\uC804\uB958\uB2F4\uCC38\uCD08\uB780\uBCF4\uD73C\uC5B8\uACAC\uC12C\uCC38\uACE1\uCC9C\uD6A1\uD558\uAC39\uD64D\uD568\uD64D\uACC4\uD61C\uD65C\uB8CC\uD568\uB3C5\uB871\uB450\uAC15\uAE30\uC2DC\uD48D\uB4F1\uC644\uBE44\uC218\uD568\uD48D\uC9C8\uC9C8\uC5FC\uC5FC\uC2DC\uCD95\uD68C\uB3C8\uC758\uB3C8\uC5ED\uACAC\uD30C\uD6C4\uC561\uC800\uC0C1\uD658\uACAC\uAC04\uD574\uAC70\uBD80\uD76C\uBE48\uD638\uC608\uC800\uAC00\uBD84\uD61C\uD639\uC628\uC6D0\uBE48\uC801\uC885\uBD84\uD76C\uCE58\uD45C\uC2DC\uD55C\uBE44\uB19C\uBE44\uAD6C\uB19C\uC720\uCD08\uB9E5\uC0AC\uD734\uD6E4\uAC04\uD559\uB9E5\uB9E5\uD55C\uBAA8\uB9AC\uC608\uD53C\uC720\uAC00\uB2E8\uBB18\uBE44\uD734\uC561\uB8E8\uB9E5\uCD94\uB2E8\uD658\uD655\uD328\uC815\uC6D0\uBD80\uC7AC\uACF5\uD2B9\uC774\uD56D\uC644\uBE48\uD654\uD310\uD0D0\uAD00\uCC45\uC9C8\uC774\uC800\uC138\uD53C\uC790\uC774\uADC0\uD3B8\uD3C4\uB9E4\uB300\uC0DD\uD669\uBE44\uCCA9\uC774\uC9C0\uBB34\uD558\uBD84\uB8B0\uC784\uD68C\uD574\uBCC0\uC790\uAC00\uD73C\uC801\uAD50\uD574\uC7A5\uCC9C\uC601\uC21C\uC9C4\uC0AC\uBE48\uBE48\uAD6C\uC0AC\uAD00\uC7A5\uC8FC\uB8B0\uCC2C\uC0AC\uCE68\uC0C1\uC804\uBC30\uAC31\uD604\uB9E4\uCC9C\uC218\uBD80\uD0D0\uC885\uC885\uC9C8\uC7AC\uC7A5\uB3C4\uC2E0\uD615\uCD98\uC6B4\uBCF4\uC7AC\uB8B0\uBD09\uCC3D\uC7AC\uC789\uC560\uC7A0\uBD80\uAD6C\uC0C8\uC0C9\uB8CC\uC704\uD328\uC0BC\uC644\uC9C0\uCDCC\uD45C\uC724\uC99D\uB2F4\uCC2C\uC548\uBCF5\uC12C\uB9CC\uC601\uC2E0\uAC10\uD604\uC7A5\uBE44\uB3C5\uC18D\uC548\uC0C1\uD604\uB8E1\uACF5\uC7A5\uD328\uC815\uBD80\uC6D0\uACF5\uC7AC\uCC45\uD604\uD328\uC7A5\uD654\uC9C8\uD310\uD0D0\uBE48\uD3C4\uAD6C\uC800\uAD00\uC774\uCC9C\uBD84\uC138\uCCA9\uADC0\uD669\uB300\uBB34\uBE44\uD558\uC774\uC801\uC9C0\uAC00\uD68C\uC790\uC784\uB8B0\uC7A5\uC790\uD574\uC2E0\uAD6C\uC9C4\uB8B0\uC0AC\uBD80\uB3C4\uC7AC\uC18D\uC0C1\uC0AC\uBE44\uC8FC\uAC31\uBC30\uD0D0\uB8B0\uBD09\uCDCC\uBD80\uC7A0\uC0C8\uC0C9\uC548\uCC2C\uC724\uC99D\uC12C\uC601\uACF5\uC801\uD601\uC0AC\uB09C\uB3D9\uD601\uC815\uD601\uC815\uC790\uD558\uB2F9\uC8FC\uC8FC\uB825\uADDC\uBD80\uC870\uAC04\uAE30\uC0B0\uACBD\uAE08\uC120\uC790\uACB0\uADFC\uC9C0\uC790\uC9C4\uC9C4\uC808\uC800\uCD08\uC800\uC2ED\uC7A0\uAD74\uC6D4\uCD94\uAE38\uCD94\uC8FC\uD65C\uD608\uC790\uC870\uD0C0\uB82C\uAC04\uC88C\uCD09\uD601\uC870\uC18D\uC74C\uAD6D\uACB8\uC791\uC7C1\uCD08\uC720\uB85D\uCDE8\uD0D5\uCD94\uC790\uC81C\uCD94\uCE59\uD669\uAD50\uAD50\uCD08\uC870\uC801\uC774\uCC2C\uCC2C\uC871\uD30C\uBC15\uC624\uD758\uB3C8\uACB0\uBD80\uCC38\uACAC\uBC29\uC9C0\uC0BD\uC6D4\uD30C\uAE30\uC57D\uCC3D\uD0C1\uD0DC\uC608\uC804\uB839\uB9E4\uBC1C\uC9C8\uACE0\uD0C0\uAC00\uCC28\uD3EC\uAC00\uC8FC\uAD6C\uC811\uCC99\uBD80\uBC18\uC800\uC0B0\uD30C\uB2C8\uAC70\uB825\uADFC\uC774\uC801\uB2E4\uC120\uAD50\uD0C0\uC8FC\uC804\uACFC\uC138\uADA4\uACF5\uADDC\uD56D\uCE58\uB85C\uBCC0\uCE58\uAC81\uB3C4\uC120\uCC9C\uB2EC\uAD50\uD544\uC120\uD0C0\uC81C\uAD6D\uAE30\uC219\uB3C4\uCD09\uACBD\uC12D\uC18C\uBCF4\uC608\uC900\uBB34\uC18C\uB7C9\uC6A9\uAC01\uC8FC\uAD50\uBD80\uB2F5\uCC9C\uAE30\uC704\uC720\uD0C1\uCCA9\uC801\uB150\uAD6D\uC12D\uB95C\uB959\uB989\uACFC\uAC70\uC9C0\uC6D0\uAD8C\uCC99\uBD81\uC878\uCCA9\uAE30\uCD95\uC885\uCC44\uC885\uBCD1\uAC04\uC815\uC810\uCC99\uC720\uD0C1\uB454\uC900\uC6A9\uC885\uC81C\uCC28\uCE68\uB2E8\uAC74\uACFC\uD0D5\uC6B0\uBCF5\uC871\uC811\uD3B8\uC720\uB0D1\uC81C\uC0AC\uD1F4\uAC74\uB3C4\uCC28\uD61C\uB2F5\uCC3D\uC804\uC804\uC81C\uCC99\uC12D\uB9CC\uB958\uC7A0\uD544\uC6A9\uB85D\uB8CC\uCD95\uB2F9\uB300\uCD95\uC0AC\uADDC\uC801\uCC99\uC7A5\uCC99\uB9CC\uC885\uB828\uBD95\uC870\uC5F0\uBCC4\uD1F4\uADE4\uB4F1\uCE35\uC120\uBC88\uC8FC\uC885\uC900\uBC1C\uCD95\uCD95\uAD90\uAD90\uB9B0\uB2F5\uAD50\uAD50\uBCF5\uB8CC\uB3C8\uCC2C\uAD00\uC870\uB2EC\uBCBD\uBCBD\uCD09\uAC70\uC800\uAD50\uB3C8\uC8FC\uC81C\uBB34\uC57D\uB144\uB9B0\uB835\uCC99\uB825\uC9C0\uC804\uC8FC\uB2E8\uC704\uB8E1\uB9B0\uC120\uC704\uCC2C\uB780\uC12D\uC591\uC124\uC12D\uB2F5\uAD6C\uC801\uCC2C\uCC2C\uC0AC\uAE30\uACFD\uB9B0\uC2E0\uAD81\uD0D0\uBD84\uAD6C\uCCB4\uD0C0\uD0C0\uAD81\uB791\uC778\uB77C\uC65C\uAE30\uAD6D\uB2F9\uACF5\uC7A5\uC5B8\uBBF8\uAC15\uAD6C\uB8E8\uB85C\uD0C0\uC9C1\uC548\uCCB4\uB3C4\uC751\uC625\uCC28\uC54C\uADA4\uAD70\uC138\uC6D4\uC120\uB300\uD5CC\uBC94\uC778\uC0B0\uAD11\uC218\uB3C8\uC9C4\uB300\uC561\uB0A9\uAE30\uBAA8\uC5F0\uC784\uAE08\uC804\uAD49\uD638\uAD6C\uD669\uC800\uB839\uD0DC\uC694\uC9C4\uBD84\uAD11\uC559\uD33D\uBC30\uACE0\uACE0\uD3EC\uC8FC\uC6A9\uC561\uBC1C\uCD95\uC9C0\uCD08\uAC00\uC77C\uACBD\uC2DD\uBCD1\uC774\uACF5\uAD6D\uAD50\uAD11\uB85C\uD574\uC804\uC8FC\uC7AC\uC9C0\uC694\uB7C9\uC695\uC18C\uC720\uC644\uAD70\uCCA9\uB9CC\uBCF4\uACBD\uC8FC\uC608\uB989\uCCA9\uC794\uB7C9\uCE58\uD718\uB9DD\uCCA0\uACFC\uAC10\uC758\uD33D\uCC9C\uACE4\uB828\uBCD1\uAD00\uBC30\uB95C\uBC30\uB7C9\uC5F0\uC720\uC9D1\uC591\uD568\uCC9C\uC8FC\uC21C\uAC08\uC720\uD6A1\uC218\uBCF5\uCE58\uBCF5\uC628\uBD84\uC804\uC5EC\uC628\uAC10\uACE1\uC9C4\uD560\uC6D0\uB85D\uAD50\uCD08\uC804\uC138\uC5F0\uC124\uCCA0\uAD50\uC794\uBCF5\uB8CC\uBD84\uBC88\uB9B0\uAC08\uC0C9\uAC10\uD658\uC758\uACA9\uB300\uC774\uC5EC\uD568\uAD49\uB8B0\uBE44\uB825\uB825\uB85C\uB9B0\uCC28\uC54C\uADA4\uD5CC\uB300\uC778\uC804\uC561\uB95C\uC5F0\uAD49\uACE0\uAC00\uB85C\uCD95\uC9C0\uC77C\uD638\uC9C4\uB825\uCD08\uACBD\uC2DD\uC7AC\uC9C0\uAD50\uC8FC\uC804\uB85C\uAD50\uCCA9\uBCF4\uB7C9\uB828\uBC30\uD718\uACE4\uB9DD\uB7C9\uCCA0\uCE58\uC8FC\uBCF5\uC9D1\uC628\uC218\uBE44\uC6D0\uD560\uC804\uB85D\uCCA0\uB9B0\uC2E0\uACE0\uC0AC\uC0AC\uD53C\uC8C4\uBCC0\uB784\uB784\uC0AC\uC124\uD310\uD310\uBCC0\uBCC0\uC124\uBCC0\uBC18\uC0AC\uBCC0\uBCC0\uC9C4\uC695\uB18D\uB18D\uC9C4\uCC29\uCC29\uC77C\uC789\uBCC0\uBCC0\uC2ED\uC785\uB8CC\uCCB4\uCC9C\uAC04\uCC9C\uC6B0\uC624\uD758\uC2E0\uC774\uACFC\uB9E4\uC11C\uC7A1\uAD11\uB3CC\uB454\uC601\uCCB4\uC6B4\uADFC\uD56D\uC544\uBC18\uC624\uCCB4\uC640\uD658\uC800\uC911\uC9C4\uC6D0\uC704\uB828\uC9C0\uCCA9\uB2C8\uCD08\uB82C\uC774\uD615\uAC00\uC9C4\uD0DC\uC774\uC801\uBC15\uC655\uC9C8\uCC45\uB3C4\uC220\uC774\uAC81\uACBD\uD68C\uB3D9\uC720\uBBF8\uBCD1\uC801\uB0B4\uC774\uACB0\uCD94\uB82C\uC900\uD1F4\uC1A1\uAD04\uB3C4\uBC29\uD6C4\uC5ED\uB3C8\uD615\uC120\uC190\uD3EC\uC720\uC18C\uC8FC\uD22C\uCD95\uAD6C\uCCB4\uCCB4\uB3C4\uACBD\uC801\uB450\uC758\uC800\uD1B5\uAD11\uC624\uC11C\uB839\uC18D\uC870\uC900\uBD09\uB828\uC0AC\uD68C\uB9AC\uACE1\uB798\uBD84\uCC29\uACB0\uBCD1\uD658\uCCB4\uB85D\uC720\uC8FC\uC9C4\uC721\uD0C1\uADDC\uC704\uC801\uC77C\uB2EC\uC6D0\uB77C\uD54D\uB0D1\uC720\uD0D5\uC218\uB454\uC218\uC5B8\uCC9C\uC9C0\uCCB4\uC6B0\uC2DD\uC815\uC720\uC6B4\uC545\uD3B8\uACFC\uC54C\uD558\uD669\uC8FC\uB3C4\uB2EC\uC704\uB0A8\uC720\uAD6C\uC694\uCD94\uB958\uC190\uB2F5\uCCB4\uC9C0\uC6D0\uC18C\uD0D1\uACAC\uD72D\uC694\uAD00\uC7A5\uC624\uC801\uC0BD\uCE59\uC18D\uC870\uCC28\uB454\uCCB4\uB8E8\uC9C0\uC88C\uB9B0\uC900\uC694\uCC9C\uC120\uD73C\uC720\uC624\uB8CC\uAC70\uC11C\uD53C\uC694\uB9E4\uD574\uC218\uD658\uC804\uB4F1\uC774\uB9C9\uBCC0\uBCC0\uB78D\uB824\uC6D0\uC720\uB77C\uB9AC\uC74D\uC815\uB4F1\uAE30\uC639\uC0B0\uD55C\uC6B0\uB9DD\uC5EC\uACF5\uC11D\uAD11\uBD80\uD56D\uBE48\uBC29\uD615\uB098\uD754\uC2EC\uBC29\uC6D0\uCD0C\uD654\uC0AC\uBC29\uAD50\uAD6C\uC6B0\uAC10\uD0DC\uAD6C\uD544\uBE44\uBCD1\uC18C\uD328\uC640\uC800\uCD94\uC5C5\uB9B0\uAD11\uADDC\uC8FC\uC2DC\uACE0\uC6B1\uAC1C\uD569\uADF9\uC9C8\uAE38\uC21C\uD6C4\uD615\uAD50\uD574\uADDC\uB098\uB791\uACB9\uD68C\uC815\uB791\uC6B4\uC5F0\uC131\uB450\uCE58\uB824\uBD80\uC624\uBD80\uACE0\uD559\uB791\uACB9\uACBD\uAD70\uC601\uBC1C\uADF9\uD328\uB825\uC6B4\uBD80\uD6A8\uCC98\uBE44\uCCAD\uACFD\uC8FC\uB2F4\uCD94\uBCD1\uB798\uC608\uCE68\uC6B0\uBD80\uD5A5\uB2E8\uACA9\uC639\uAD50\uC758\uB3C4\uC5B8\uBBF8\uC57D\uD328\uC545\uC720\uACAC\uC6B0\uC6B4\uD6C4\uADDC\uD5A5\uD5A5\uC218\uB2F9\uBA85\uC2DD\uC695\uCD95\uC790\uCD94\uACA9\uC624\uD5A5\uC6B4\uD638\uC6A9\uBE44\uB9C9\uC18C\uBD80\uB8CC\uC740\uC804\uD638\uAD50\uC5B8\uC7A5\uB9CC\uAD50\uD5C8\uB4F1\uD3D0\uC2EC\uBE44\uC99D\uC704\uC815\uBB34\uC120\uB9B0\uD30C\uB2E8\uB9F9\uC5C5\uC870\uD68C\uD48D\uBABD\uCD94\uAD11\uB828\uCC2C\uC804\uC6B0\uAE30\uC5F0\uCC38\uCC2C\uB839\uD658\uD734\uD48D\uCC2C\uB825\uC720\uC815\uCD94\uC791\uBC30\uC8FC\uC774\uD56D\uC6B0\uC8FC\uC5FC\uCDE8\uBAA8\uD0D0\uD6C4\uB450\uC9D0\uBD84\uC6D0\uBD80\uC628\uD0DC\uCCA8\uAC00\uD0C0\uCD08\uAC10\uACE0\uC18C\uBC1C\uC218\uC7AC\uBA85\uB77D\uCCA0\uC218\uC720\uB3D9\uC9C0\uC120\uC7A5\uC815\uC724\uB3C4\uD6A8\uB9E4\uD639\uC0B0\uB8B0\uD3EC\uCDE8\uD574\uC5FC\uC2DC\uC591\uC720\uB85D\uB9BC\uC5C4\uB3C4\uBC30\uC794\uC21C\uB2F4\uCDE8\uCCA0\uCD08\uACE4\uC81C\uD568\uB3C4\uD638\uC11C\uC131\uD0D0\uCD94\uC21C\uC628\uBC1C\uAC11\uC218\uBBF8\uCCA0\uCD94\uCC28\uC628\uC601\uC559\uC790\uD574\uB2F9\uC7A5\uD45C\uCC38\uC5B4\uB9AC\uC870\uB8CC\uC758\uC7A5\uBCF5\uCD08\uD61C\uB2F4\uBC1C\uB18D\uC5ED\uB840\uAC39\uC5FC\uC758\uC591\uC720\uD6C8\uC218\uC5F0\uB839\uBBF8\uBBF8\uC591\uD754\uC870\uC2DC\uBBF8\uC5FC\uBCC0\uCC44\uC11D\uC720\uC11D\uC11D\uB9AC\uC911\uC57C\uB7C9\uB9AC\uAE08\uAE08\uAD6C\uC744\uC870\uB3C4\uC1E0\uC815\uBC15\uAD6C\uD751\uBD80\uCE68\uCE69\uD314\uB780\uBD80\uB0B4\uC870\uC0BC\uCD08\uAD6C\uCC9C\uACB0\uBC94\uC6B0\uD654\uD55C\uACF5\uC7AC\uB9DD\uC77C\uCCB4\uC0AC\uD758\uC775\uCC44\uC0AC\uD1A0\uC11D\uB140\uCC9C\uD658\uC778\uBCBD\uC57C\uADFC\uD30C\uBC29\uCE68\uACAC\uB450\uC6D4\uC5F0\uBD80\uBE44\uB0A9\uC2EC\uC640\uACB0\uB454\uAD6C\uC778\uAC80\uD310\uC0BD\uC784\uCD08\uB274\uBD84\uC724\uC758\uAE08\uBE44\uACFC\uD6A1\uC74C\uADE0\uC870\uC5ED\uC911\uB151\uAC1C\uC77C\uD654\uD0DC\uD56D\uC6D0\uD638\uC561\uBB38\uD0C1\uC790\uB2C8\uB3CC\uC2DC\uBBFC\uACE0\uC544\uB839\uBCD1\uC0AC\uACE0\uBC1C\uD53C\uC625\uC0AC\uC791\uD3EC\uC720\uC804\uAC11\uC9C4\uC0AC\uC2DC\uCCA0\uAC70\uCCA9\uC0AC\uC0AC\uD604\uCD08\uD3EC\uD654\uD544\uC0DD\uC11C\uC11D\uBC15\uC8FC\uCE59\uC7A1\uD30C\uB3D9\uACB8\uBD88\uC7AC\uB958\uC5F0\uBD80\uB9BD\uC6D4\uBE44\uC559\uBC18\uBC1C\uAC81\uAD6C\uC220\uC815\uBB34\uB2C8\uB151\uCCB4\uAC00\uBAA9\uB2E8\uC2E0\uC774\uC0AC\uAD11\uAC00\uBD81\uAC10\uB3D9\uD615\uD64D\uAD50\uCE58\uC774\uB77D\uBCD1\uC2DD\uBAA8\uD611\uC740\uADE0\uC8FC\uCD1D\uD5A5\uB3D9\uBC31\uB8B0\uACC4\uC728\uC220\uC784\uC874\uC9C8\uACF5\uCC45\uCCB4\uC120\uACAC\uC804\uD53C\uCCA0\uC218\uD6C4\uBA85\uACFC\uC870\uC12C\uD568\uD734\uADE0\uCC28\uB85C\uAE38\uBCBD\uC5EC\uBBF8\uC758\uC778\uAD11\uC548\uC8FC\uC720\uC0C9\uACE0\uC804\uB780\uC0AC\uC560\uC870\uD55C\uC608\uC138\uAC31\uAD6C\uC18C\uC12D\uC218\uC7A5\uC81C\uC88C\uAD04\uD64D\uC885\uB450\uB824\uB9E4\uB791\uB9D8\uC790\uC724\uD328\uC625\uC18D\uC695\uC5F0\uC815\uBC1C\uD658\uD611\uD6A1\uC804\uBD09\uCCA8\uB9CC\uC9C0\uC0AC\uD604\uC624\uC5B4\uC870\uAD11\uCC29\uB82C\uD615\uCE68\uC2E0\uD568\uB82C\uC57C\uC11C\uC815\uAD6D\uD604\uCCA0\uB9DD\uD3EC\uB9AC\uBC18\uC608\uC131\uACE0\uB9AC\uD2B9\uBCD1\uC8FC\uADF9\uB3C5\uB958\uCD5C\uAC70\uCC3D\uC6D0\uACAC\uAC15\uC870\uB3C4\uC0C1\uB95C\uACFC\uB989\uD30C\uB85D\uB9AC\uCC3D\uBD80\uAD8C\uBBFC\uCD40\uD33D\uC548\uBE44\uD568\uC544\uCD94\uB8B0\uC544\uAD49\uD0D1\uACE4\uB3C5\uCD94\uCD94\uCE58\uC7C1\uBD84\uB151\uC885\uC21C\uB2F4\uC815\uAE30\uC804\uCCA0\uAE30\uC721\uAE08\uAD00\uBB18\uCC3D\uC804\uC11D\uB3D9\uC870\uACE0\uCC29\uC220\uC9C4\uB85D\uB9F9\uB85D\uD654\uD45C\uC54C\uB798\uAE0D\uBC29\uBB34\uB0B4\uB9D8\uCC38\uD638\uB4DD\uD754\uAE08\uD640\uACBD\uBC95\uBB38\uAC1C\uC601\uC2DC\uB828\uACFC\uC120\uB3C4\uB3CC\uC704\uC885\uBCF5\uC720\uC9D1\uC545\uAD70\uCE68\uC81C\uCC30\uD639\uC591\uB2E8\uD558\uC6B0\uAC31\uC131\uAD49\uC678\uBCF5\uCD08\uC0BD\uACC4\uC0AC\uAD49\uADDC\uCCA8\uBB34\uCD08\uCD08\uD6C4\uC720\uCD1D\uD658\uC12D\uBBFC\uAC10\uB2E8\uAC74\uC1A1\uADDC\uD638\uC120\uD0C0\uAC08\uCE68\uD3B8\uC885\uCE58\uC218\uC57C\uBBF8\uD30C\uC560\uACC4\uC804\uBBF8\uCC28\uB2F5\uBC29\uD560\uACB8\uC0C9\uAC1C\uB958\uC694\uD0D1\uB204\uC639\uC6A9\uB2F9\uC1C4\uC7C1\uB825\uC0AD\uCD94\uBC15\uBC18\uC0BD\uBE44\uC0C1\uAC15\uC790\uC624\uD615\uD669\uC870\uB958\uAC1C\uC900\uC1C4\uC218\uB9D8\uD638\uC9C4\uC9C4\uB77C\uC77C\uC6D0\uB2F9\uC5BC\uC2DD\uAC00\uAC00\uB9C8\uC804\uC1A1\uC870\uC1C4\uD558\uBD09\uC628\uB098\uB85C\uC1C4\uC6B0\uC871\uB2E8\uC218\uAD00\uC120\uB828\uC218\uC624\uB9CC\uB9C9\uB77C\uD544\uC608\uB958\uC801\uC0BC\uCD1D\uC778\uC624\uC624\uAC31\uC7A5\uCD5C\uCC99\uC0C1\uB2F9\uB9CC\uC6A9\uC0B0\uBD09\uACBD\uD45C\uC11C\uB8E8\uC218\uCD1D\uB871\uCC38\uC810\uC870\uB824\uD558\uC2E4\uAC15\uC0C1\uBD95\uC7A5\uACAC\uC7C1\uB85C\uD654\uC9D1\uBC15\uD61C\uAC15\uBC1C\uB9B0\uCC45\uC218\uC0B0\uC7C1\uADA4\uC0AC\uB958\uB1E8\uD6A1\uBCC4\uC218\uBC88\uAD50\uC804\uC591\uD0D5\uC0C1\uD73C\uCD08\uC900\uB8CC\uACB0\uB85C\uB300\uC2EC\uC7A0\uAE30\uAC04\uC885\uB4F1\uC544\uC601\uB300\uAD90\uB204\uCCB4\uBCF4\uCCA0\uAE08\uC7A5\uC815\uC120\uAC1C\uAC04\uBE44\uC218\uB85C\uC804\uD68C\uC624\uB834\uC791\uC870\uCCA8\uD0C1\uB8B0\uBCBD\uCCA0\uD658\uC5FD\uD0C1\uACFC\uB2F9\uAC70\uBD84\uB2EC\uD3D0\uC758\uC560\uBC88\uD6C8\uC870\uC8FC\uD6A1\uCD94\uC81C\uB2C8\uD0D1\uD655\uACBD\uBE48\uC601\uADA4\uB155\uC720\uAC10\uAC10\uACAC\uCC30\uC9C8\uBA78\uB824\uB8B0\uACC4\uCC2C\uAD11\uC0C1\uBD09\uB78D\uB3C5\uC0AD\uCC29\uB824\uD45C\uD3EC\uB178\uD604\uAD00\uB871\uC545\uB85C\uD760\uAC10\uB780\uBC15\uCCA8\uC57D\uCC38\uC591\uAC74\uD734\uAD00\uC7A5\uC12D\uB8B0\uCC2C\uAD6C\uBC18\uB77C\uCC2C\uB780\uCC29\uC54C\uACFD\uB2F9\uCD09\uB780\uAE08\uAD6C\uC744\uCE68\uC815\uC1E0\uBC15\uC870\uD1A0\uCC9C\uCC9C\uC0BC\uC0BD\uBC94\uC870\uBB38\uB140\uC591\uCC44\uACAC\uAC1C\uBE44\uD0DC\uAC70\uB454\uCD08\uC885\uB0A9\uD328\uAC15\uD310\uAC80\uC6D4\uD760\uADE0\uC624\uAD6C\uD56D\uBC29\uD654\uB450\uB274\uD30C\uC625\uC804\uC815\uACB8\uACE0\uBC1C\uC544\uD30C\uD3EC\uBC1C\uC6D4\uCCA9\uBAA9\uB2E8\uAC11\uC804\uC720\uCCA0\uBC15\uB839\uC0AD\uC5F0\uB958\uD3EC\uC2DC\uD604\uC0AC\uD544\uB2C8\uD53C\uD0C1\uD615\uACE0\uB85C\uC774\uB9DD\uC544\uC720\uC131\uD611\uC57C\uB1E8\uC9C8\uB2F9\uB3D9\uB824\uC870\uC778\uAC1C\uCC30\uC218\uC120\uC815\uC8FC\uC12C\uD654\uC804\uC1C4\uD611\uC870\uB77D\uBA85\uC7C1\uC0C9\uAD50\uC758\uC0B0\uCD1D\uD0D5\uC548\uC740\uC5EC\uC8FC\uB85C\uD3EC\uC5B4\uB798\uD2B9\uB828\uAC31\uC18C\uC1C4\uB9AC\uC815\uC11C\uACFC\uACE0\uCCA0\uC218\uC88C\uB82C\uBD09\uC790\uB958\uAC1C\uAC04\uC608\uC81C\uB791\uCE68\uAD6D\uC544\uCC3D\uD0C0\uCCA8\uCC29\uBB18\uBD84\uAE30\uB4DD\uACFC\uACE4\uCC3D\uC11D\uACE0\uB77C\uCD94\uCD94\uAE08\uC9C8\uD754\uAD8C\uD640\uBD80\uB2F4\uC815\uAC70\uAC70\uB9F9\uCE58\uACC4\uC601\uAC1C\uC7A5\uC1A1\uC545\uC0BD\uCD08\uC885\uB2E8\uC218\uAD49\uD658\uC560\uB3C4\uBBF8\uB8E8\uC790\uBE44\uBBF8\uB9C9\uC9C4\uBC15\uB825\uC12D\uB2F9\uC804\uC5BC\uB098\uB958\uD638\uBC29\uC77C\uAC00\uBE48\uC6A9\uD45C\uB2F9\uB9CC\uB77C\uBD95\uC6A9\uACBD\uC801\uC871\uC120\uB958\uC2EC\uAD90\uB8CC\uBC15\uB178\uB300\uB780\uBCF4\uCC2C\uAC15\uB4F1\uD655\uB8B0\uD658\uD0C1\uB834\uC758\uCC30\uD45C\uB78D\uCC38\uC591\uC7A5\uC7A5\uAD6C\uC624\uC808\uAD74\uB8CC\uBBF8\uC7A5\uBB38\uB9D0\uC0B0\uC12C\uD639\uBB38\uC5FC\uD3D0\uD55C\uD3D0\uC0B0\uAC1C\uD56D\uD33D\uAD49\uC724\uC0BC\uD55C\uD55C\uAC04\uBBFC\uD558\uC218\uB450\uAC11\uB1E8\uCCA8\uD3C9\uD558\uB839\uBCC0\uBE44\uC724\uC560\uAD00\uAC01\uD569\uBC8C\uCD95\uD64D\uADDC\uBBFC\uC11C\uACE4\uB791\uB824\uC815\uC0AC\uAD6D\uC5F4\uC5F4\uCC9C\uACA9\uB9B0\uCC3D\uC0B4\uACE4\uC5C4\uBB38\uC5FC\uC54C\uD63C\uC5ED\uBB38\uD56D\uD3EC\uD56D\uACA9\uC694\uBB38\uBC18\uC554\uC704\uC778\uD65C\uACB0\uB780\uB3C4\uCC9C\uD33D\uC804\uC5BC\uD0D1\uAC1C\uD569\uAD90\uD2C8\uAD00\uD22C\uACC4\uADDC\uB2F9\uAD00\uD45C\uD568\uD761\uADA4\uCC9C\uBCBD\uB2F9\uD658\uB2EC\uC628\uC6D0\uBB38\uC0B0\uC12C\uC5FC\uD55C\uD3D0\uBB38\uD2C8\uC724\uC704\uD55C\uAD49\uAC04\uBBFC\uD56D\uBBFC\uAC11\uB1E8\uADDC\uBB38\uB2EC\uBBFC\uB824\uAC1C\uBC8C\uAC01\uC560\uACE4\uAD6C\uC5F4\uB791\uB3C4\uC5ED\uC5C4\uCC3D\uD601\uBB38\uD63C\uC5FC\uC54C\uCC9C\uB780\uACA9\uADA4\uD65C\uACB0\uD569\uC804\uD0D1\uAD90\uD568\uD658\uBD80\uBD80\uB975\uB300\uC2E0\uCC9C\uC62C\uAC1C\uCE58\uC74C\uC591\uB450\uC561\uC2B9\uD310\uBC30\uAC31\uC724\uC644\uC9C0\uBE44\uC815\uBC29\uC591\uC74C\uC9C4\uACC4\uC815\uC561\uAC70\uC800\uC870\uC870\uC810\uB839\uC544\uD0C0\uD0C0\uD53C\uBCD1\uBD80\uC81C\uB959\uB871\uC9C4\uD615\uCE58\uB8E8\uB9E5\uAC15\uC218\uD0C0\uD55C\uC774\uADA4\uC6B0\uD574\uD569\uC900\uCD08\uD615\uC21C\uBD80\uD3D0\uD569\uC12C\uC2B9\uCC99\uD3EC\uB450\uC6D0\uC9C4\uC81C\uD568\uB3C4\uB0A0\uC6B4\uD5D8\uBC30\uBE44\uCD94\uAE30\uD1F4\uB95C\uC74C\uAD6D\uC218\uC9C4\uBE44\uB989\uB3C4\uD568\uB959\uC2B9\uD5D8\uC778\uC800\uC591\uC789\uD611\uC911\uC5B8\uC74C\uC720\uC81C\uC6B0\uB96D\uC704\uC678\uC5BC\uB300\uC218\uC554\uD669\uACC4\uC218\uC740\uAE30\uC5C4\uD734\uACA9\uC6B4\uC624\uC678\uC560\uADF9\uB2F9\uC81C\uC7A5\uB3C4\uC624\uADF9\uC740\uC0B0\uC694\uB9B0\uD1F4\uB4F1\uBE44\uC218\uC218\uC624\uD5D8\uBD84\uB2C8\uC774\uC81C\uB3C4\uC2B5\uC740\uCC99\uD734\uB871\uD76C\uC774\uB840\uB840\uCD94\uAC01\uCC99\uC900\uC804\uB09C\uC775\uC791\uC548\uAE08\uACAC\uC6C5\uC544\uC9D1\uACE0\uD658\uCE58\uAD6C\uC900\uC790\uC639\uC800\uCD94\uD638\uC7A1\uB77D\uC5EC\uC218\uC870\uC218\uD55C\uD655\uC30D\uAD00\uCD94\uC7A1\uC639\uACC4\uD734\uC218\uB958\uB9AC\uB09C\uD559\uC7A1\uC9D1\uC9D1\uC6B0\uC6B0\uC124\uB194\uBD80\uC0BD\uBAA9\uBB38\uBD84\uBC29\uC6B4\uB825\uB9BD\uC559\uB839\uB8B0\uC554\uBC15\uBABD\uC804\uD0D5\uD638\uBB34\uC870\uC218\uC81C\uBAA9\uCE68\uC18C\uC0BD\uC815\uC9C4\uD328\uB9E4\uB839\uCC98\uC8FC\uACFD\uC0BD\uBE44\uD64D\uC810\uC74C\uC608\uC8FC\uB454\uB9BC\uB839\uB3D9\uC601\uBB34\uB839\uC0C1\uB839\uD558\uD64D\uC74C\uB9E5\uB9E5\uC6B4\uB958\uBABD\uBE48\uBB34\uC704\uD655\uC74C\uC2B5\uC775\uC560\uB2F4\uB4F1\uC0B0\uD73C\uB85C\uB96D\uCCB4\uC999\uBC29\uC591\uD328\uBCBD\uBBF8\uD48D\uD76C\uC81C\uB9E4\uBABD\uBABD\uB8B0\uB825\uD655\uC560\uBE44\uCCB4\uB871\uB839\uC560\uD48D\uB825\uBCF4\uC791\uC870\uD559\uBE59\uCCAD\uCCAD\uC815\uCC9C\uC9C4\uC815\uC815\uC815\uC815\uC815\uC804\uC815\uCC9C\uBE44\uBE44\uACE0\uBBF8\uBA74\uBA74\uD3EC\uC5FD\uC804\uD68C\uC5FD\uD601\uC815\uCC44\uAC04\uC778\uC801\uB3C4\uC62C\uC778\uAE08\uADFC\uD654\uB274\uD30C\uC778\uC0BD\uB0A9\uB9D0\uC870\uB2EC\uBC18\uC608\uC694\uB3C4\uD53C\uAC08\uAD49\uD3EC\uC559\uBCD1\uC778\uD611\uB3C4\uAE38\uD61C\uC548\uC548\uD754\uACF5\uD558\uB2EC\uAD50\uC815\uB9CC\uACBD\uC1E0\uC870\uCD08\uD604\uACF5\uBD09\uD0D1\uC7A5\uBE44\uACFD\uAD6D\uB78D\uC12D\uC720\uBC29\uC555\uCD94\uCD94\uAC08\uCD08\uBB34\uAD6D\uAC74\uD3B8\uC81C\uCC9C\uC628\uB3C4\uAD6C\uD0D1\uBE44\uD61C\uBC18\uACA9\uD544\uACFD\uB2F9\uB8E8\uADA4\uAD50\uD654\uAE30\uCC9C\uAC15\uCCA8\uB2EC\uD68D\uD604\uCC9C\uB3C5\uB9D0\uCC9C\uB780\uC704\uC778\uBD88\uB9E4\uAD8C\uAC11\uC704\uCD08\uD55C\uD560\uB3C8\uC720\uC6B4\uC12D\uC704\uC704\uBC30\uB3C4\uAD6C\uC628\uACE0\uD544\uC704\uD61C\uB3C5\uB9D0\uB3C5\uC704\uC778\uBD88\uD55C\uC704\uC628\uB3C4\uAD6C\uAD6C\uAD6C\uD574\uC12C\uC81C\uC74C\uC7A1\uC6B4\uC18C\uB825\uBD09\uD669\uC601\uC6B4\uBD09\uC554\uC74C\uD5A5\uD638\uD608\uC815\uACBD\uADDC\uD56D\uC21C\uC548\uC218\uC774\uC6B1\uC640\uC1A1\uADDC\uAE30\uD56D\uC608\uC644\uBC18\uB3C8\uC801\uC810\uBC18\uD30C\uB839\uCC45\uACBD\uB8B0\uD569\uAD50\uC54C\uC561\uC704\uD790\uAD04\uC2E0\uC774\uC774\uD574\uD1F4\uD3B8\uBCD1\uB8B0\uBD80\uD611\uB450\uD68C\uADDC\uD611\uB784\uC815\uC815\uC601\uAD70\uD639\uC554\uACBD\uD1F4\uD1F4\uBE48\uB8B0\uD1F4\uC790\uC790\uCD94\uC815\uB8B0\uB2F4\uD568\uAC04\uACFC\uCDCC\uACBD\uAE08\uC774\uC2DC\uC81C\uC561\uC545\uC548\uC6D0\uD568\uC639\uC804\uC548\uD604\uC2E0\uC758\uC6D0\uC0C1\uC804\uC804\uAC15\uACE8\uB958\uB8CC\uD45C\uC758\uB9CC\uCD95\uD6A8\uD638\uCD08\uACE0\uC190\uC5C4\uD6FC\uC804\uC720\uD6D9\uBE48\uD604\uBE48\uB85C\uB78C\uC12D\uAD00\uD608\uC815\uACBD\uC548\uD56D\uC21C\uC218\uC6B1\uC644\uACE0\uB3C8\uAE30\uBC18\uC1A1\uD56D\uC608\uB85C\uB839\uD30C\uACBD\uD790\uD611\uC815\uD569\uC601\uACBD\uD574\uC774\uBE48\uD68C\uD1F4\uC554\uC601\uC601\uACFC\uC81C\uC639\uC545\uC804\uC548\uC561\uC12D\uB9CC\uC804\uC0C1\uD638\uB8B0\uC804\uC720\uBE48\uAD00\uD48D\uD45C\uD48D\uBD80\uD558\uC810\uBC15\uC0BD\uD0DC\uD0DC\uB82C\uAD04\uC120\uC18C\uAD6C\uD45C\uC2DC\uC704\uC591\uC694\uC218\uAC1C\uC18C\uBC94\uB958\uC2B5\uB8CC\uD45C\uD45C\uB958\uD45C\uD45C\uD45C\uB8CC\uD45C\uC2E4\uD48D\uD734\uD48D\uC591\uC810\uBC15\uC0BD\uAD6C\uC2DC\uC218\uC694\uB958\uD45C\uD45C\uD45C\uBE44\uBC88\uBE44\uBE44\uC2DD\uC2DD\uC190\uAE30\uC815\uC0AC\uD0C1\uC804\uC190\uD5A5\uB3C8\uC784\uC5B4\uAD8C\uCE59\uC74C\uBC18\uBC18\uC190\uC74C\uC8FC\uC774\uC791\uD544\uC790\uB3C4\uB958\uC790\uCCA0\uC0AC\uD3EC\uC2DD\uB3CC\uD574\uC784\uCCA8\uAD50\uD611\uBCD1\uC694\uB3D9\uC790\uD5A5\uC591\uAD8C\uC774\uC5FC\uB77D\uC758\uCC2C\uBC1C\uB1CC\uC544\uD3EC\uC900\uB450\uC18D\uC5EC\uD76C\uD6A8\uD63C\uACFC\uC2DD\uC804\uCCB4\uBCD1\uD568\uBD80\uC5C5\uB2F4\uBE44\uC7A5\uC704\uAD00\uC5B5\uB09C\uC6B4\uD638\uD669\uCCA0\uD6FC\uC804\uD6C4\uC560\uB2F9\uBD84\uC704\uACE8\uC0AC\uC1A1\uB2F9\uBC15\uACE0\uD76C\uADA4\uB958\uC218\uB3C4\uC5FD\uC628\uB9C9\uB2F9\uB9CC\uD544\uC5B4\uC218\uADFC\uC0B0\uADA4\uCC2C\uC120\uD76C\uB2F4\uC758\uAE30\uC694\uC7C1\uC639\uB3C4\uC608\uD5A5\uC804\uBD84\uD574\uBABD\uC5FC\uB9C8\uCC38\uC591\uB77C\uCC2C\uB0AD\uC2DD\uC815\uAE30\uD0C1\uB2F9\uB3C8\uD76C\uC784\uC5B4\uCE59\uBC18\uC74C\uC804\uC2DD\uD3EC\uC0AC\uB3CC\uC774\uC774\uC694\uD5A5\uD611\uB77D\uAD50\uC758\uBCD1\uBC1C\uB450\uC544\uC5EC\uB1CC\uC900\uACFC\uD63C\uD568\uAD00\uC0AC\uADA4\uACE8\uC218\uCC38\uC5FD\uB9C9\uBC15\uB958\uC218\uADFC\uB9CC\uC0B0\uCC2C\uC591\uC218\uADDC\uAD35\uD5A5\uBD84\uBC1C\uB2C8\uD544\uBC1C\uB3C4\uD568\uBE44\uC804\uC554\uC560\uBCF5\uD610\uC628\uD615\uBD84\uBE48\uD765\uB9C8\uC5B4\uD48D\uAC04\uC801\uD0C0\uD0C1\uCE58\uC21C\uC8FC\uC9C0\uD328\uADFC\uC77C\uC0BD\uC724\uBB38\uCE69\uB2F4\uB824\uC6B0\uBC15\uBCF4\uACB0\uD0DC\uC5ED\uAD6C\uBB38\uAD6C\uACBD\uD30C\uC870\uC6D0\uD3C9\uCD94\uAC70\uC8FC\uB178\uAD6C\uBE44\uC7A5\uAC00\uB839\uC9C4\uD0DC\uBD80\uC559\uC0AC\uD544\uD0C0\uD0C0\uC0AC\uB958\uB9E4\uBCC0\uC870\uCE58\uC735\uB4F1\uB3D9\uC21C\uC804\uC2E0\uACBD\uC774\uD574\uBC15\uC8FC\uC778\uB77D\uC8FC\uB2E8\uD574\uB958\uAD6D\uC1A1\uCE68\uBC29\uB791\uD55C\uB3C4\uD604\uD0DC\uC900\uC544\uBE59\uC131\uC560\uB85D\uCD94\uC8FC\uC0AC\uBCD1\uACE4\uB3C4\uB798\uC885\uACFC\uAE30\uAE30\uD5D8\uBE44\uC18C\uD5D8\uAC08\uC694\uBB34\uD3B8\uCD1D\uD3B8\uC804\uBE44\uD669\uAC74\uD68D\uC720\uC81C\uC804\uD558\uC885\uC885\uC720\uC0AC\uC65C\uD0C4\uADC0\uC218\uAC74\uC2B9\uC990\uB958\uD33D\uB4F1\uD61C\uCD08\uB3C5\uC548\uC6D0\uCD94\uC18C\uC120\uB824\uCE58\uC0C1\uB85D\uC2B5\uB77C\uC7A5\uB9E5\uC624\uCC38\uD45C\uCD1D\uAD6C\uD544\uC9C0\uC728\uD5C8\uD654\uBC1C\uC219\uD6A8\uB9B0\uC794\uB3C8\uB958\uD0C4\uC99D\uB2F4\uAD50\uCCA0\uD5D8\uB77C\uB2E8\uACBD\uC5ED\uC5C5\uD0C1\uBE48\uCDE8\uC5F0\uB8E1\uB824\uB4F1\uC591\uAE30\uC0C1\uAD6D\uD734\uD658\uB824\uD45C\uB9C8\uC5B4\uD0C0\uC21C\uCE58\uAD6C\uC77C\uBC15\uB824\uC7A5\uC0AC\uC0AC\uBD80\uAD6C\uCD94\uC8FC\uD0C0\uB178\uAC00\uC5ED\uD0DC\uD6A8\uB9E4\uC778\uAD50\uD654\uB77D\uD574\uBCC0\uD45C\uB824\uBE59\uD5D8\uC131\uCE68\uC900\uAE30\uAE30\uACFC\uCD94\uC885\uC219\uCC38\uD3B8\uC990\uC885\uC18C\uBB34\uC624\uB958\uAC74\uC120\uD45C\uB77C\uCD1D\uC794\uCDE8\uAE30\uC0C1\uC591\uACE8\uC704\uC704\uC704\uC6B0\uD55C\uC775\uD56D\uD22C\uAC08\uBC15\uD53C\uC790\uCCB4\uC800\uACE0\uD574\uAD50\uD6C4\uACFC\uACA9\uD1F4\uACBD\uBCC0\uBE44\uACFC\uAC00\uC6B0\uC218\uB8E8\uBC15\uD6A8\uBC29\uBC15\uC790\uAD00\uBE48\uB9C8\uB8CC\uB8E8\uD6A8\uCD09\uC7A5\uC218\uCCB4\uBE48\uAD00\uB85C\uACE0\uACE0\uACE0\uACE0\uAD50\uB85C\uC870\uD45C\uACE4\uACE4\uCCB4\uBC29\uD734\uC5FC\uBAA8\uB2F4\uACE4\uBE48\uBC1C\uCD08\uBE44\uC790\uBC1C\uC5FC\uCCB4\uD3EC\uD53C\uBB34\uBD88\uC774\uC6A9\uACE1\uACF5\uD734\uAD04\uACC4\uBD09\uC88C\uC18C\uC0AC\uCCB4\uB9AC\uBE48\uC885\uCCB4\uBD95\uC1A1\uC7C1\uAD8C\uC885\uC21C\uC804\uCD94\uD638\uB784\uCD94\uAE30\uB834\uC9C4\uBE48\uBD09\uB9C8\uC0BC\uB9CC\uB9CC\uC2B9\uC218\uB9CC\uAC04\uAC04\uB18D\uD658\uAD04\uB155\uBE48\uB835\uC591\uB450\uD22C\uB8CC\uD64D\uD601\uD22C\uD568\uD22C\uD22C\uAD6C\uCC3D\uC6B8\uC6B8\uACA9\uAD8C\uBD80\uC2EC\uADDC\uC885\uB958\uADDC\uC0C1\uC8FD\uADC0\uB9E4\uAE30\uAE30\uAC1C\uAD34\uD63C\uBC1C\uBC31\uB9E4\uD6CC\uC5FC\uC18C\uB7C9\uC5ED\uCD94\uAE30\uB9DD\uB7C9\uC704\uAC10\uB9AC\uD45C\uD544\uB9C8\uAE30\uD5C8\uC218\uC5FC\uCC38\uC5B4\uB3C4\uC778\uACB0\uC785\uD64D\uD0C1\uC870\uAE30\uC11C\uD654\uAC81\uC0AC\uD56D\uB3C8\uB9D0\uAC1C\uC2EC\uBC18\uC6D0\uBE44\uB85C\uBB38\uD638\uB85C\uC0AC\uBC29\uBD84\uB0A9\uC6B0\uD3B8\uBAA8\uAC00\uD569\uD5C8\uD568\uBE44\uB839\uD0C0\uBC1C\uC218\uD3C9\uBD88\uD544\uC81C\uBBF8\uAD6C\uC870\uBC31\uC720\uACE4\uD53C\uC810\uC131\uD0DC\uD3EC\uBD80\uC790\uAC70\uACE0\uC11D\uB3D9\uB300\uD0D1\uAE38\uC219\uD6C4\uC0C1\uC774\uC548\uC678\uC870\uC8FC\uC778\uB82C\uB77D\uB3D9\uC81C\uC9C0\uBCD1\uC720\uAD50\uBCF4\uD574\uC120\uD569\uD68C\uB85C\uBCF5\uACE0\uD734\uD0C8\uAD70\uC81C\uBA74\uC18C\uC790\uC0AC\uCE68\uC5EC\uB1CC\uCCA9\uACE4\uACBD\uC18C\uC6B0\uAD6C\uC120\uD3EC\uD658\uC870\uB9AC\uC0AC\uC0AC\uACE0\uBAB8\uC131\uB9AC\uC8FC\uD76C\uC6A9\uC2E0\uCE58\uAE30\uCCAD\uC0C1\uB1CC\uC21C\uACC4\uC870\uCCA9\uACE0\uCD94\uB3D9\uB798\uBE44\uC608\uC5ED\uACE4\uB959\uAD6C\uCC3D\uACBD\uB95C\uB989\uCD94\uB9AC\uB9F9\uC885\uC81C\uC5FC\uD638\uC5B4\uC800\uC2AC\uC18C\uD63C\uC81C\uD6C4\uC131\uB2E4\uB784\uC885\uC989\uD3B8\uD3B8\uD658\uCC9C\uC989\uC678\uC704\uC639\uCD98\uC720\uC811\uD669\uB828\uC5B8\uCD94\uCD94\uAC74\uBCBD\uC545\uC591\uBCF5\uC0C8\uD568\uD558\uD0C0\uD638\uC2E4\uC57D\uC120\uC628\uACB8\uD638\uC624\uBC29\uC18C\uB958\uB9C8\uC2DC\uC0AC\uD658\uC790\uB4F1\uD0D1\uC694\uC555\uC6A9\uAC74\uAE30\uC628\uC57D\uC2E0\uB828\uC624\uB975\uD718\uBBFC\uC81C\uC870\uAD6C\uACAC\uC18C\uB9CC\uC2B5\uC218\uD45C\uC801\uAE30\uCD95\uC7A5\uCD94\uC804\uC6A9\uC7A5\uAC15\uC124\uBCC4\uC728\uAC70\uC0C1\uBC1C\uAD50\uC2EC\uC219\uD669\uC900\uC120\uC120\uBC88\uAD90\uB9B0\uC2EC\uBB18\uD76C\uC99D\uD5A5\uBD84\uD658\uD6C4\uD68C\uC989\uC18C\uC804\uAC10\uADA4\uC2B9\uB840\uC0C1\uB8B0\uC11C\uC560\uC720\uC81C\uC11C\uD654\uC11C\uB824\uB835\uB825\uBA78\uCE68\uC0C1\uC545\uB85C\uAD00\uB824\uC120\uC5B4\uB3C4\uAE30\uC6B0\uB3C8\uB85C\uBC29\uD30C\uAC00\uBC1C\uD3C9\uC810\uB85C\uC720\uC790\uBD80\uBC31\uD3EC\uD6C4\uD53C\uD0DC\uD574\uAE38\uACE0\uC720\uC774\uB3D9\uC989\uD6C4\uD68C\uC81C\uAD50\uC120\uC790\uC0C1\uC2EC\uACBD\uB824\uB828\uACAC\uB9AC\uC2DC\uC870\uACE4\uC0AC\uD658\uAD70\uC989\uC6A9\uCCAD\uB989\uAE30\uCD94\uBE44\uACE4\uCC3D\uACE0\uC608\uC5FC\uC870\uACBD\uC18C\uC2AC\uCE58\uBD84\uC811\uBCBD\uC0C1\uC81C\uC628\uC678\uC0C8\uC545\uCD94\uBCF5\uD669\uCC9C\uC7A5\uD3B8\uC18C\uC624\uAE30\uD0D1\uD658\uC694\uBC29\uACB8\uB975\uD45C\uC124\uBCC4\uB9CC\uBBFC\uC6A9\uC704\uC2B5\uAD90\uC120\uB9B0\uC900\uD654\uAC10\uB840\uC804\uAD00\uC870\uC744\uBD80\uB825\uAD6C\uBCF5\uC548\uBD80\uB3C4\uACC4\uBD09\uC785\uAC04\uC2DC\uBD09\uBA85\uBCF4\uC5F0\uC9C0\uD638\uAE08\uBD80\uBC18\uBB38\uACAC\uC0AC\uC625\uBD80\uC694\uACB0\uACA9\uD544\uD658\uC9D0\uBCF4\uC548\uC544\uC815\uBC29\uBD09\uBB38\uAD6C\uD2B9\uAC00\uB178\uB839\uBA78\uD54D\uD0C0\uBBFC\uB9BD\uBCC0\uCE58\uAC00\uC6D0\uC790\uAD6C\uD6A8\uCE58\uB2E8\uC800\uC694\uACE0\uC885\uC728\uC559\uC728\uC555\uC77C\uC6A9\uC804\uD559\uD1F4\uC624\uC774\uAD04\uC560\uC9C0\uC548\uD589\uAD50\uC54C\uB82C\uC8FC\uC591\uC81C\uD64D\uB77D\uC5EC\uBAA8\uD569\uC784\uAD50\uD734\uC8FC\uCE58\uAC01\uD589\uB144\uBA85\uB780\uACB9\uAE30\uB3C4\uD658\uD0C0\uD3EC\uBB34\uACAC\uC695\uBC1C\uC900\uC900\uAC81\uD76C\uAD70\uACA9\uB3C5\uACBD\uC81C\uC544\uC544\uAD11\uACE1\uBB34\uC2E0\uB798\uAC01\uD310\uB85D\uBCD1\uC11C\uBCF5\uC554\uD0C1\uBD95\uAE08\uAC10\uD544\uC870\uB959\uC791\uACAC\uAD6D\uD1A0\uC544\uC6D0\uAE30\uB824\uC57C\uCD94\uACF5\uD0C8\uACE4\uC2B9\uAE30\uACBD\uC5ED\uC5ED\uCCAD\uCE58\uB798\uB3D9\uCC98\uC21C\uACBD\uAC70\uAD74\uC774\uC885\uACC4\uC220\uD615\uCE59\uBB18\uC720\uC554\uCD94\uC81C\uD638\uC81C\uC545\uAC1C\uBAA8\uBCF5\uCD98\uB3CC\uC5B8\uAC08\uC6D0\uD3B8\uACE4\uBBF8\uD638\uC601\uB2E8\uBAA9\uACA9\uAC04\uCC3D\uBC29\uD559\uC575\uC6D0\uAC74\uC639\uC0AC\uD559\uCD94\uB2F9\uD560\uC57D\uB958\uCC99\uACE8\uACB8\uC900\uD55C\uC790\uC790\uC775\uC694\uC548\uACC4\uB960\uC804\uAD6C\uCCB4\uCCB4\uC5ED\uB3C4\uB9C8\uAD50\uACE0\uC804\uC2E0\uAE09\uB2E8\uC790\uC624\uC694\uC608\uAD6C\uCE59\uC9C0\uB958\uC6A9\uB8E8\uD544\uC0C1\uC791\uC5B4\uBB34\uAD90\uC74C\uB2E8\uC0AC\uCD08\uC77C\uD654\uBCC4\uC575\uC219\uD669\uBC88\uAD50\uB8CC\uC5F0\uACE0\uCDE8\uD55C\uD55C\uB3C4\uB9E4\uC900\uD73C\uC751\uB85C\uB2E8\uD55C\uD559\uC758\uBCBD\uCD09\uB77C\uACC4\uC758\uACA9\uD0DD\uC6B0\uC804\uC5C5\uC591\uBCBD\uB155\uD655\uC2DC\uC575\uBABD\uC801\uC545\uC5EC\uB958\uBCF5\uB85C\uD559\uB871\uC0C1\uC57D\uC575\uAD00\uAD6C\uB9AC\uB780\uC870\uAD6C\uACC4\uC5F0\uBA85\uC2DC\uAD6C\uC544\uCC3D\uBCF4\uC9D0\uACE0\uB3D9\uB85C\uC555\uD6A8\uC559\uB839\uCE58\uAD6C\uC6D0\uD559\uD0C0\uC0AC\uC9C0\uC774\uAD04\uD734\uD589\uC8FC\uD569\uB780\uD64D\uBB34\uBC1C\uB9AC\uACAC\uACE1\uC544\uC695\uD55C\uC81C\uBB34\uC791\uBB18\uC554\uACE4\uD544\uBD95\uAC10\uC21C\uACBD\uC6D0\uC219\uD638\uAC08\uC545\uACE8\uCD94\uC790\uBBF8\uBAA9\uC5ED\uC694\uC5ED\uC21C\uCC99\uC775\uACB8\uD559\uC608\uC575\uC790\uB958\uB8CC\uCD08\uCDE8\uD73C\uB85C\uD658\uC804\uC751\uD655\uBABD\uAD00\uC0C1\uB85C\uAE0D\uB839\uAC10\uD568\uCC28\uAC10\uAC10\uC5FC\uCC28\uB85D\uC6B0\uCD94\uADA4\uD3EC\uCD94\uD3EC\uC870\uADE0\uC8FC\uACAC\uBBF8\uBBF8\uC6B0\uB958\uC2E0\uADE0\uB9B0\uC608\uAE30\uB85D\uAD6C\uADE0\uACBD\uB824\uD5A5\uC554\uAC00\uBBF8\uB960\uC0AC\uC7A5\uB9B0\uACBD\uC81C\uB839\uC554\uCD94\uB9E5\uB9E5\uD758\uCD08\uBD80\uBA74\uBA74\uBD80\uD3EC\uAC70\uAD6D\uBAA8\uBD80\uD55C\uB798\uAD6D\uBA74\uB9AC\uD48D\uBD80\uBD80\uBA74\uB9C8\uB9C8\uB9C8\uD718\uB9C8\uCD94\uD5A5\uBD84\uD669\uD669\uAE08\uAD11\uCCA8\uC8FC\uD6A1\uADDC\uAD11\uD6A1\uC11C\uB824\uC810\uB9AC\uD751\uD751\uC775\uAC80\uB2F4\uAE30\uB3C8\uBB35\uBB35\uACB8\uB300\uCD9C\uC720\uC810\uC774\uD790\uC5FC\uCD9C\uB9E4\uC554\uACBD\uC6B8\uB824\uB2F9\uB3C5\uCC38\uC548\uC554\uC554\uB2F4\uC554\uC9C4\uB300\uCC38\uC608\uBBF8\uB2F4\uC5FC\uB3C5\uB85C\uCE58\uBD84\uBD88\uBCF4\uBBFC\uBBFC\uC6D0\uCD95\uAC70\uC870\uC640\uC8FC\uC9C0\uB9F9\uC624\uBCC4\uD0C0\uBCBD\uC6D0\uC870\uD0C0\uC815\uBA71\uB0B4\uC815\uC790\uACE0\uACE0\uB3D9\uBD84\uB3C4\uC5F0\uBE44\uCC3D\uACE0\uCC99\uC5F0\uB2F9\uB4F1\uC11C\uC11C\uBD84\uD3D0\uBB38\uBC1C\uCD08\uD0C0\uC885\uAD6C\uC0DD\uC11D\uC720\uC2DC\uC815\uC624\uB144\uC815\uD63C\uACA9\uC5B8\uB3CC\uC0AC\uD61C\uACB8\uC5B8\uB8E8\uBE44\uADDC\uAD6C\uD55C\uC62C\uC62C\uD6C4\uD76C\uC54C\uC0AC\uD6C4\uC639\uCC28\uB18D\uB0AD\uC81C\uC7AC\uC81C\uC790\uC7AC\uC81C\uC81C\uC81C\uCE58\uCE5C\uCE5C\uD758\uC544\uC740\uACC4\uD3EC\uC0C9\uC138\uC7AC\uCE58\uC5B8\uC800\uCD08\uB839\uB839\uCC99\uAD8C\uC138\uAC04\uC124\uAD6C\uAD50\uCC29\uACE4\uC5B4\uC18C\uAE30\uC608\uC0C9\uCD94\uC6B0\uC6B4\uC5B8\uC6B0\uC545\uC545\uC775\uCC28\uCD94\uC804\uCD08\uAE08\uC54C\uCE58\uCE5C\uD758\uC740\uC800\uB839\uD3EC\uCD08\uC7AC\uAC04\uC5B4\uCC29\uC6B0\uC545\uB8E1\uB871\uACF5\uBC29\uC5C4\uB8E1\uB871\uACF5\uAC10\uB2F5\uB839\uB2F5\uB8E1\uACF5\uAC10\uAD6C\uCD94\uBCC4\uAD6C\uC57D\uCDE8\uD654\uB85D\uD574\uC720__________________________________________________________________________________________";
  }
});

// src/core/match/data/name-readings.ts
var KOREAN_SURNAMES, CANTONESE_SURNAMES, HAN_COMPOUND_SURNAMES, JAPANESE_SURNAMES, JAPANESE_GIVEN_NAMES;
var init_name_readings = __esm({
  "src/core/match/data/name-readings.ts"() {
    "use strict";
    KOREAN_SURNAMES = `
\uAE40|kim|gim
\uC774|lee|yi|rhee|ri|i|li
\uBC15|park|pak|bak
\uCD5C|choi|choe|chwe
\uC815|jung|jeong|chung|chong|jong
\uAC15|kang|gang
\uC870|cho|jo|joh
\uC724|yoon|yun
\uC7A5|jang|chang
\uC784|lim|im|rim|yim
\uD55C|han
\uC624|oh|o
\uC11C|seo|suh|so
\uC2E0|shin|sin
\uAD8C|kwon|gwon
\uD669|hwang
\uC548|ahn|an
\uC1A1|song
\uB958|ryu|yoo|yu|ryoo|ryu
\uC720|yoo|yu
\uC804|jeon|jun|chun|chon
\uD64D|hong
\uACE0|ko|go|koh
\uBB38|moon|mun
\uC591|yang|ryang
\uC190|son|sohn
\uBC30|bae|pae
\uBC31|baek|paek|paik
\uD5C8|heo|hur|ho
\uB0A8|nam
\uC2EC|shim|sim
\uB178|noh|no|roh|ro
\uD558|ha
\uACFD|kwak|gwak
\uC131|sung|seong|song
\uCC28|cha
\uC8FC|joo|ju|chu
\uC6B0|woo|u
\uAD6C|koo|gu|ku
\uBBFC|min
\uC9C4|jin|chin
\uB098|na|ra
\uC9C0|ji|chi
\uC5C4|um|eom|om
\uCC44|chae
\uC6D0|won
\uCC9C|cheon|chun|chon
\uBC29|bang|pang
\uACF5|kong|gong
\uD604|hyun|hyeon|hyon
\uD568|ham
\uBCC0|byun|byeon|pyon
\uC5FC|yeom|yum|yom
\uC5EC|yeo|yo
\uCD94|choo|chu
\uB3C4|do|to
\uC18C|so
\uC11D|seok|sok
\uC120|sun|seon|son
\uC124|seol|sol
\uB9C8|ma
\uAE38|gil|kil
\uC5F0|yeon|yon
\uC704|wi|wee
\uD45C|pyo
\uBA85|myung|myeong|myong
\uAE30|ki|gi
\uBC18|ban|pan
\uC655|wang
\uAE08|keum|kum|geum
\uC625|ok
\uC721|yuk
\uC778|in
\uB9F9|maeng
\uC81C|je|che
\uBAA8|mo
\uD0C1|tak
\uAD6D|kook|kuk|guk
\uC740|eun|un
\uD3B8|pyeon|pyon
\uC6A9|yong
\uC608|ye
\uACBD|kyung|kyeong|kyong
\uBD09|bong|pong
\uC0AC|sa
\uBD80|bu|pu
\uB9AC|ri|lee|li|yi
\uB7C9|ryang|yang
\uB85C|ro|roh|no
\uD669\uBCF4|hwangbo|hwangpo
\uB0A8\uAD81|namgung|namkung
\uC81C\uAC08|jegal|chegal
\uC120\uC6B0|sunwoo|seonu|sonu
\uB3C5\uACE0|dokgo|tokko
\uC0AC\uACF5|sagong|sakong
`;
    CANTONESE_SURNAMES = `
\u9648|chan
\u9673|chan
\u9EC4|wong
\u9EC3|wong
\u738B|wong
\u5F20|cheung
\u5F35|cheung
\u674E|lee|li
\u6881|leung
\u4F55|ho
\u5218|lau
\u5289|lau
\u5434|ng
\u5433|ng
\u66FE|tsang
\u90ED|kwok
\u6797|lam
\u5468|chow|chau
\u7F57|law|lo
\u7F85|law|lo
\u90D1|cheng
\u912D|cheng
\u8C22|tse
\u8B1D|tse
\u9093|tang
\u9127|tang
\u8521|choi|tsoi
\u8BB8|hui
\u8A31|hui
\u53F6|yip
\u8449|yip
\u6768|yeung
\u694A|yeung
\u6731|chu
\u9A6C|ma
\u99AC|ma
\u51AF|fung
\u99AE|fung
\u80E1|wu
\u5173|kwan
\u95DC|kwan
\u5362|lo|lou
\u76E7|lo|lou
\u82CF|so
\u8607|so
\u83AB|mok
\u9EA6|mak
\u9EA5|mak
\u8881|yuen
\u6F58|poon|pun
\u8427|siu
\u856D|siu
\u949F|chung
\u937E|chung
\u9418|chung
\u5F6D|pang
\u90B1|yau
\u4F59|yu|yue
\u5B54|hung
\u6C64|tong
\u6E6F|tong
\u59DA|yiu
\u5ED6|liu
\u6C5F|kong
\u65B9|fong
\u4E25|yim
\u56B4|yim
\u6E29|wan
\u6EAB|wan
\u6234|tai
\u9F9A|kung
\u9F94|kung
\u9ECE|lai
\u8C2D|tam
\u8B5A|tam
\u9AD8|ko
\u5F90|tsui
\u5B59|suen
\u5B6B|suen
\u5510|tong
\u7A0B|ching
\u8D75|chiu
\u8D99|chiu
\u7518|kam
\u91D1|kam
\u77F3|shek
\u533A|au
\u5340|au
\u6B27|au
\u6B50|au
\u909D|kwong
\u913A|kwong
\u7FC1|yung
\u53E4|koo
\u5C39|wan
\u97E6|wai
\u97CB|wai
\u5353|cheuk
\u9646|luk
\u9678|luk
\u7530|tin
\u5B8B|sung
\u6587|man
\u9F99|lung
\u9F8D|lung
\u6C88|shum|sum
\u4E01|ting
\u675C|to
\u90B9|chow
\u9112|chow
\u9B4F|ngai
`;
    HAN_COMPOUND_SURNAMES = "\u6B27\u9633 \u6B50\u967D \u53F8\u9A6C \u53F8\u99AC \u8BF8\u845B \u8AF8\u845B \u4E0A\u5B98 \u4E1C\u65B9 \u6771\u65B9 \u7687\u752B \u5C09\u8FDF \u5C09\u9072 \u516C\u5B59 \u516C\u5B6B \u6155\u5BB9 \u957F\u5B59 \u9577\u5B6B \u5B87\u6587 \u53F8\u5F92 \u590F\u4FAF \u4EE4\u72D0 \u8F69\u8F95 \u8ED2\u8F45 \u7AEF\u6728 \u767E\u91CC \u547C\u5EF6 \u6FB9\u53F0 \u897F\u95E8 \u897F\u9580 \u5357\u5BAB \u5357\u5BAE";
    JAPANESE_SURNAMES = `
\u4F50\u85E4|satou
\u9234\u6728|suzuki
\u9AD8\u6A4B|takahashi
\u7530\u4E2D|tanaka
\u4F0A\u85E4|itou
\u6E21\u8FBA|watanabe
\u6E21\u908A|watanabe
\u6E21\u9089|watanabe
\u6E21\u90E8|watanabe|watabe
\u5C71\u672C|yamamoto
\u4E2D\u6751|nakamura
\u5C0F\u6797|kobayashi
\u52A0\u85E4|katou
\u5409\u7530|yoshida
\u5C71\u7530|yamada
\u4F50\u3005\u6728|sasaki
\u5C71\u53E3|yamaguchi
\u677E\u672C|matsumoto
\u4E95\u4E0A|inoue
\u6728\u6751|kimura
\u6797|hayashi
\u658E\u85E4|saitou
\u6589\u85E4|saitou
\u6E05\u6C34|shimizu
\u5C71\u5D0E|yamazaki|yamasaki
\u68EE|mori
\u6C60\u7530|ikeda
\u6A4B\u672C|hashimoto
\u963F\u90E8|abe
\u5B89\u500D|abe
\u77F3\u5DDD|ishikawa
\u5C71\u4E0B|yamashita
\u4E2D\u5CF6|nakajima|nakashima
\u77F3\u4E95|ishii
\u5C0F\u5DDD|ogawa
\u524D\u7530|maeda
\u5CA1\u7530|okada
\u9577\u8C37\u5DDD|hasegawa
\u85E4\u7530|fujita
\u5F8C\u85E4|gotou
\u8FD1\u85E4|kondou
\u6751\u4E0A|murakami
\u9060\u85E4|endou
\u9752\u6728|aoki
\u5742\u672C|sakamoto
\u798F\u7530|fukuda
\u592A\u7530|oota
\u897F\u6751|nishimura
\u85E4\u4E95|fujii
\u91D1\u5B50|kaneko
\u5CA1\u672C|okamoto
\u85E4\u539F|fujiwara
\u4E2D\u91CE|nakano
\u4E09\u6D66|miura
\u539F\u7530|harada
\u4E2D\u5DDD|nakagawa
\u677E\u7530|matsuda
\u7AF9\u5185|takeuchi
\u5C0F\u91CE|ono
\u7530\u6751|tamura
\u4E2D\u5C71|nakayama
\u548C\u7530|wada
\u77F3\u7530|ishida
\u68EE\u7530|morita
\u4E0A\u7530|ueda
\u539F|hara
\u5185\u7530|uchida
\u67F4\u7530|shibata
\u9152\u4E95|sakai
\u5BAE\u5D0E|miyazaki
\u6A2A\u5C71|yokoyama
\u9AD8\u6728|takagi
\u5B89\u85E4|andou
\u5BAE\u672C|miyamoto
\u5927\u91CE|oono
\u5C0F\u5CF6|kojima
\u8C37\u53E3|taniguchi
\u4ECA\u4E95|imai
\u5DE5\u85E4|kudou
\u9AD8\u7530|takada
\u5897\u7530|masuda
\u4E38\u5C71|maruyama
\u6749\u5C71|sugiyama
\u6751\u7530|murata
\u5927\u585A|ootsuka
\u65B0\u4E95|arai
\u5C0F\u5C71|koyama
\u5E73\u91CE|hirano
\u85E4\u672C|fujimoto
\u6CB3\u91CE|kouno
\u4E0A\u91CE|ueno
\u91CE\u53E3|noguchi
\u6B66\u7530|takeda
\u677E\u4E95|matsui
\u5343\u8449|chiba
\u5CA9\u5D0E|iwasaki
\u83C5\u539F|sugawara
\u6728\u4E0B|kinoshita
\u4E45\u4FDD|kubo
\u4F50\u91CE|sano
\u91CE\u6751|nomura
\u677E\u5C3E|matsuo
\u83CA\u5730|kikuchi
\u83CA\u6C60|kikuchi
\u6749\u672C|sugimoto
\u5E02\u5DDD|ichikawa
\u53E4\u5DDD|furukawa
\u5927\u897F|oonishi
\u5CF6\u7530|shimada
\u6C34\u91CE|mizuno
\u685C\u4E95|sakurai
\u9AD8\u91CE|takano
\u5409\u5DDD|yoshikawa
\u5C71\u5185|yamauchi
\u897F\u7530|nishida
\u98EF\u7530|iida
\u83C5|suga
\u5CB8\u7530|kishida
\u9EBB\u751F|asou
\u5C0F\u6CC9|koizumi
\u9CE9\u5C71|hatoyama
\u91CE\u7530|noda
\u798F\u5CF6|fukushima
\u9EBB\u539F|asahara
\u5CB8|kishi
\u77F3\u7834|ishiba
\u91CD\u4FE1|shigenobu
\u5965\u5E73|okudaira
\u5CA1\u672C|okamoto
\u677E\u4E0B|matsushita
`;
    JAPANESE_GIVEN_NAMES = `
\u592A\u90CE|tarou
\u6B21\u90CE|jirou
\u4E09\u90CE|saburou
\u4E00\u90CE|ichirou
\u5065|ken
\u8AA0|makoto
\u5927\u8F14|daisuke
\u5927\u4ECB|daisuke
\u7FD4\u592A|shouta
\u62D3\u4E5F|takuya
\u76F4\u6A39|naoki
\u5065\u592A|kenta
\u6D69|hiroshi
\u535A|hiroshi
\u5F18|hiroshi
\u8302|shigeru
\u52DD|masaru
\u6E05|kiyoshi
\u9686|takashi
\u4FEE|osamu
\u5B66|manabu
\u660E|akira
\u664B\u4E09|shinzou
\u6587\u96C4|fumio
\u7D14\u4E00\u90CE|junichirou
\u7FA9\u5049|yoshihide
\u592A\u4E00|taichi
\u6B63|tadashi
\u548C\u592B|kazuo
\u4E00|hajime
\u5F70\u6643|shoukou
\u667A\u6D25\u592B|chizuo
\u88D5\u5B50|yuuko
\u512A\u5B50|yuuko
\u82B1\u5B50|hanako
\u6D0B\u5B50|youko
\u967D\u5B50|youko
\u6075\u5B50|keiko
\u5E78\u5B50|sachiko
\u7F8E\u7A42|miho
\u7531\u7F8E|yumi
\u76F4\u7F8E|naomi
\u4E45\u7F8E\u5B50|kumiko
\u771F\u7531\u7F8E|mayumi
\u611B|ai
\u7D50\u8863|yui
\u660E\u7F8E|akemi
\u667A\u5B50|tomoko
\u53CB\u5B50|tomoko
\u4EAC\u5B50|kyouko
\u548C\u5B50|kazuko
\u96C5\u5B50|masako
\u771F\u4E00|shinichi
\u6D69\u4E8C|kouji
\u5065\u4E8C|kenji
\u8CE2\u6CBB|kenji
\u79C0\u6A39|hideki
\u82F1\u6A39|hideki
\u5EB7\u5F18|yasuhiro
\u52C7|isamu
\u8C4A|yutaka
\u88D5|yutaka
\u9032|susumu
\u5B9F|minoru
\u7A14|minoru
\u8061|satoshi
\u525B|tsuyoshi
\u4EAE|ryou
\u7FD4|shou
\u84EE|ren
\u5927\u7FD4|hiroto
\u967D\u7FD4|haruto
\u60A0\u771F|yuuma
\u6E4A|minato
\u967D\u83DC|hina
\u8475|aoi
\u623F\u5B50|fusako
\u4FE1\u592B|nobuo
\u6B63\u7537|masao
\u5149\u7537|mitsuo
\u7FA9\u96C4|yoshio
\u529F|isao
\u6B66|takeshi
\u731B|takeshi
\u6BC5|takeshi
\u9686\u4E4B|takayuki
\u9054\u4E5F|tatsuya
\u548C\u4E5F|kazuya
\u54F2\u4E5F|tetsuya
\u96C4\u4E00|yuuichi
\u5065\u4E00|kenichi
\u5149|hikaru
\u6075|megumi
\u9999\u7E54|kaori
\u7F8E\u9999|mika
\u5343\u5C0B|chihiro
\u7F8E\u54B2|misaki
\u7531\u7D00|yuki
\u7531\u9999|yuka
`;
  }
});

// src/core/match/readings.ts
function table(raw) {
  const m = /* @__PURE__ */ new Map();
  for (const line of raw.split("\n")) {
    const [key, ...forms] = line.trim().split("|");
    if (key && forms.length) m.set(key, [.../* @__PURE__ */ new Set([...m.get(key) ?? [], ...forms])]);
  }
  return m;
}
function once(make) {
  let value;
  return () => value ??= make();
}
function hanReadings(ch) {
  const t = hanTables();
  const e = t.entries[(ch.codePointAt(0) ?? 0) - HAN_FIRST];
  if (!e) return [];
  const out = [];
  for (let i = 0; i < e.length; i++) out.push(t.syllables[e.charCodeAt(i) - 256] ?? "");
  return out;
}
function wadeGiles(s) {
  if (s === "er") return "erh";
  if (/^(zi|ci)$/.test(s)) return "tzu";
  if (s === "si") return "ssu";
  let rest = s;
  let initial = "";
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxzcrsyw])?(.*)$/.exec(s);
  if (m) [initial, rest] = [m[1] ?? "", m[2] ?? ""];
  const rule = WG_INITIALS.find(([re]) => re.test(initial));
  const wgInitial = rule ? initial.replace(rule[0], rule[1]) : initial;
  if (rest === "i" && /^(zh|ch|sh|r)$/.test(initial)) rest = "ih";
  rest = rest.replace(/ong$/, "ung").replace(/ian$/, "ien").replace(/ie$/, "ieh").replace(/ue$/, "ueh");
  if (rest === "e" && /^[gkh]$/.test(initial)) rest = "o";
  if (rest === "uo" && !/^(g|k|h|sh)$/.test(initial)) rest = "o";
  if (initial === "y" && rest === "e") rest = "eh";
  if (initial === "y" && rest === "an") rest = "en";
  if (initial === "y" && rest === "ou") return "yu";
  if (initial === "y" && rest === "i") return "i";
  return wgInitial + rest;
}
function loosePinyin(s) {
  return s.replace(/^x/, "sh").replace(/^q/, "ch").replace(/^zh/, "j").replace(/^c(?!h)/, "ts");
}
function hanJoined(chars) {
  const first = chars.map((c) => hanReadings(c)[0] ?? "");
  if (first.some((r) => !r)) return [];
  return [first.join(""), first.map(wadeGiles).join(""), first.map(loosePinyin).join("")];
}
function hanSurnameForms(word) {
  const t = hanTables();
  const chars = [...word];
  if (chars.length !== 1) return hanJoined(chars);
  const readings = [t.surname.get(word), ...hanReadings(word)].filter((r) => !!r);
  const forms = [];
  for (const r of readings.slice(0, 3)) forms.push(r, wadeGiles(r), loosePinyin(r));
  forms.push(...t.cantonese.get(word) ?? []);
  return forms;
}
function hepburnVariants(r) {
  const short = r.replace(/ou/g, "o").replace(/oo/g, "o").replace(/uu/g, "u").replace(/aa/g, "a");
  const h = r.replace(/ou|oo/g, "oh");
  return [r, short, h, r.replace(/ii/g, "i")];
}
function japaneseForms(word) {
  const t = hanTables();
  const hits = [...t.jpSurnames.get(word) ?? [], ...t.jpGiven.get(word) ?? []];
  return hits.flatMap(hepburnVariants);
}
function splitHanName(word) {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 4) return [word];
  const t = hanTables();
  if (t.jpSurnames.has(word) || t.jpGiven.has(word)) return [word];
  for (let n = Math.min(3, chars.length - 1); n >= 1; n--) {
    const head = chars.slice(0, n).join("");
    const tail = chars.slice(n).join("");
    if (t.jpSurnames.has(head) && (n >= 2 || t.jpGiven.has(tail))) return [head, tail];
  }
  const two = chars.slice(0, 2).join("");
  if (chars.length >= 3 && t.compound.has(two)) return [two, chars.slice(2).join("")];
  return [chars[0], chars.slice(1).join("")];
}
function isHanSurname(word) {
  const n = [...word].length;
  return n === 1 || n === 2 && hanTables().compound.has(word);
}
function hanjaHangul(word, asSurname) {
  let out = "";
  for (const ch of word) {
    const k = asSurname ? HANJA_SURNAME[ch] : void 0;
    const r = k ?? HANJA_HANGUL[(ch.codePointAt(0) ?? 0) - HAN_FIRST];
    if (!r || r === "_") return "";
    out += r;
  }
  return out;
}
function hanForms(word, asSurname) {
  const jp = japaneseForms(word);
  const zh = asSurname ? hanSurnameForms(word) : hanJoined([...word]);
  const hangul2 = hanjaHangul(word, asSurname);
  const ko = hangul2 ? hangulForms(hangul2).slice(0, 4) : [];
  return dedupe([...jp, ...zh.slice(0, 6), ...ko]);
}
function toHiragana(s) {
  let out = "";
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    out += c >= 12449 && c <= 12534 ? String.fromCharCode(c - 96) : ch;
  }
  return out;
}
function hepburn(kana) {
  const s = toHiragana(kana);
  let out = "";
  let double = false;
  for (const ch of s) {
    if (ch === "\u3063") {
      double = true;
      continue;
    }
    if (ch === "\u30FC") {
      const v2 = /[aeiou]$/.exec(out)?.[0];
      if (v2) out += v2;
      continue;
    }
    const y = SMALL_Y[ch];
    if (y !== void 0) {
      out = /(sh|ch|j)i$/.test(out) ? out.slice(0, -1) + y : out.replace(/i$/, "y") + y;
      continue;
    }
    const v = SMALL_VOWEL[ch];
    if (v !== void 0) {
      out = out === "u" || out.endsWith(" u") ? out.slice(0, -1) + "w" + v : out.replace(/[aeiou]$/, "") + v;
      continue;
    }
    let r = KANA_ROWS[ch] ?? ch;
    if (double && r) {
      r = (r.startsWith("ch") ? "t" : r[0] ?? "") + r;
      double = false;
    }
    out += r;
  }
  return out;
}
function kanaForms(word) {
  let r = "";
  let run = "";
  let kanji = false;
  const flush = () => {
    if (run) r += kanji ? japaneseForms(run)[0] ?? hanJoined([...run])[0] ?? "" : hepburn(run);
    run = "";
  };
  for (const ch of word) {
    const c = ch.charCodeAt(0);
    const k = c >= 19968 && c <= 40959;
    if (run && k !== kanji) flush();
    kanji = k;
    run += ch;
  }
  flush();
  const bare = r.replace(/fu(?=[^aeiou]|$)/g, "h").replace(/([kgszbpmrnhj]|sh|ch|ts)u(?=[^aeiou]|$)/g, "$1").replace(/([td])o(?=[^aeiou]|$)/g, "$1").replace(/(sh|ch|j)i(?=[^aeiou]|$)/g, "$1");
  return dedupe([
    ...hepburnVariants(r),
    ...hepburnVariants(r.replace(/r/g, "l")),
    bare,
    bare.replace(/r/g, "l")
  ]);
}
function hangulSyllable(code, initial, medial) {
  const i = initial[Math.floor(code / 588)] ?? "";
  const m = medial[Math.floor(code % 588 / 28)] ?? "";
  const f = HANGUL_FINAL[code % 28] ?? "";
  const init = i === "s" && m.startsWith("i") ? "sh" : i;
  return (init + m + f).replace(/_/g, "");
}
function hangulForms(word) {
  const codes = [];
  for (const ch of word) {
    const code = ch.charCodeAt(0) - 44032;
    if (code < 0 || code >= 11172) return [];
    codes.push(code);
  }
  const schemes = [
    [HANGUL_INITIAL.rr, HANGUL_MEDIAL.rr],
    [HANGUL_INITIAL.mr, HANGUL_MEDIAL.mr],
    [HANGUL_INITIAL.dprk, HANGUL_MEDIAL.mr],
    [HANGUL_INITIAL.rr, HANGUL_MEDIAL.custom]
  ];
  const forms = schemes.map(([i, m]) => codes.map((c) => hangulSyllable(c, i, m)).join(""));
  const surname = koreanTables().get(word);
  return dedupe([...surname ?? [], ...forms]);
}
function splitHangulName(word) {
  const chars = [...word];
  if (chars.length < 2 || chars.length > 4) return [word];
  const two = chars.slice(0, 2).join("");
  if (chars.length >= 3 && koreanTables().has(two)) return [two, chars.slice(2).join("")];
  return [chars[0], chars.slice(1).join("")];
}
function rtgs(word, finalsAsInitials = false) {
  const cs = [...word.replace(/\u0e4d\u0e32/g, "\u0E33").replace(THAI_TONES, "")];
  for (let i2 = 0; i2 < cs.length; i2++) {
    if (cs[i2] === "\u0E4C") {
      cs[i2] = "";
      if (i2 > 0) cs[i2 - 1] = "";
    }
  }
  const s = cs.filter((c) => c);
  const isC = (c) => c !== void 0 && THAI_CONSONANTS[c] !== void 0;
  let out = "";
  let i = 0;
  while (i < s.length) {
    let pre = "";
    if (THAI_PRE.has(s[i])) pre = s[i++];
    const c1 = s[i];
    if (!isC(c1)) {
      out += c1 === "\u0E24" ? "rue" : "";
      i++;
      continue;
    }
    i++;
    let initial = THAI_CONSONANTS[c1][0];
    const c2 = s[i];
    if (c1 === "\u0E2B" && /[มนลวยรงญ]/.test(c2 ?? "") || c1 === "\u0E2D" && c2 === "\u0E22") {
      initial = THAI_CONSONANTS[c2][0];
      i++;
    } else if (/[รลว]/.test(c2 ?? "") && /[กขคตปพผ]/.test(c1) && THAI_FOLLOWING.has(s[i + 1] ?? "")) {
      initial += THAI_CONSONANTS[c2][0];
      i++;
    }
    let vowel = "";
    while (THAI_FOLLOWING.has(s[i] ?? "")) {
      const v = s[i++];
      vowel += THAI_VOWELS[v] ?? "";
    }
    if (pre === "\u0E40") {
      if (vowel === "a" && s[i - 1] === "\u0E32") vowel = "ao";
      else if (vowel === "i" && s[i] === "\u0E22") [vowel, i] = ["ia", i + 1];
      else if (vowel === "ue" && s[i] === "\u0E2D") [vowel, i] = ["uea", i + 1];
      else if (vowel === "" && s[i] === "\u0E2D") [vowel, i] = ["oe", i + 1];
      else if (vowel === "i") vowel = "oe";
      else vowel = "e" + (vowel === "a" ? "" : vowel);
    } else if (pre === "\u0E41") vowel = "ae";
    else if (pre === "\u0E42") vowel = "o";
    else if (pre === "\u0E43" || pre === "\u0E44") vowel = "ai";
    else if (vowel === "a" && s[i - 1] === "\u0E31" && s[i] === "\u0E27") [vowel, i] = ["ua", i + 1];
    else if (vowel === "" && s[i] === "\u0E2D" && !THAI_FOLLOWING.has(s[i + 1] ?? "")) [vowel, i] = ["o", i + 1];
    let final = "";
    const next = s[i];
    if (isC(next) && !THAI_FOLLOWING.has(s[i + 1] ?? "") && !THAI_PRE.has(next)) {
      const [asInitial, asFinal] = THAI_CONSONANTS[next];
      const value = finalsAsInitials && asInitial ? asInitial : asFinal;
      if (value && !(pre && vowel === "ai")) {
        final = value;
        i++;
        if (i === s.length - 1 && isC(s[i]) && !THAI_FOLLOWING.has(s[i + 1] ?? "")) i++;
      }
    }
    if (!vowel) vowel = final ? "o" : "a";
    if (final === "i" && vowel === "a") [vowel, final] = ["ai", ""];
    if (final === "o" && vowel === "a") [vowel, final] = ["ao", ""];
    out += initial + vowel + final;
  }
  return out;
}
function thaiForms(word) {
  const r = rtgs(word);
  if (!r) return [];
  const foreign = rtgs(word, true);
  const forms = [
    r,
    r.replace(/ch/g, "sh"),
    r.replace(/ch/g, "s"),
    r.replace(/ph/g, "p").replace(/th/g, "t"),
    foreign
  ];
  if (/ตร์?$/.test(word)) forms.push(...forms.slice(0, 2).map((f) => `${f}ra`));
  return dedupe(forms);
}
function armenianForms(word) {
  const w = word.replace(/ու/g, "U");
  let out = "";
  [...w].forEach((ch, i) => {
    if (ch === "U") out += "u";
    else if (i === 0 && ch === "\u0565") out += "ye";
    else if (i === 0 && ch === "\u0578") out += "vo";
    else out += ARMENIAN[ch] ?? ch;
  });
  return dedupe([out, out.replace(/^ye/, "e").replace(/^vo/, "o")]);
}
function georgianForms(word) {
  let out = "";
  for (const ch of word) out += GEORGIAN[ch] ?? ch;
  return dedupe([out, out.replace(/q/g, "k")]);
}
function dedupe(forms) {
  return [...new Set(forms.filter((f) => f && /^[a-z]+$/.test(f)))].slice(0, MAX_FORMS);
}
var MAX_FORMS, hanTables, WG_INITIALS, HANJA_SURNAME, KANA_ROWS, SMALL_Y, SMALL_VOWEL, HANGUL_INITIAL, HANGUL_MEDIAL, HANGUL_FINAL, koreanTables, THAI_CONSONANTS, THAI_PRE, THAI_FOLLOWING, THAI_VOWELS, THAI_TONES, ARMENIAN, GEORGIAN;
var init_readings = __esm({
  "src/core/match/readings.ts"() {
    "use strict";
    init_han();
    init_name_readings();
    MAX_FORMS = 12;
    hanTables = once(() => {
      const syllables = HAN_SYLLABLES.split(" ");
      const entries = HAN_READINGS.split(" ");
      const surname = /* @__PURE__ */ new Map();
      for (const pair of HAN_SURNAME_READINGS.split(" ")) {
        const [ch = "", ...rest] = [...pair];
        surname.set(ch, rest.join(""));
      }
      return {
        syllables,
        entries,
        surname,
        cantonese: table(CANTONESE_SURNAMES),
        compound: new Set(HAN_COMPOUND_SURNAMES.split(" ")),
        jpSurnames: table(JAPANESE_SURNAMES),
        jpGiven: table(JAPANESE_GIVEN_NAMES)
      };
    });
    WG_INITIALS = [
      [/^zh/, "ch"],
      [/^ch/, "ch"],
      [/^sh/, "sh"],
      [/^b/, "p"],
      [/^d/, "t"],
      [/^g/, "k"],
      [/^j/, "ch"],
      [/^q/, "ch"],
      [/^x/, "hs"],
      [/^z/, "ts"],
      [/^c/, "ts"],
      [/^r/, "j"]
    ];
    HANJA_SURNAME = { \u91D1: "\uAE40" };
    KANA_ROWS = {
      \u3042: "a",
      \u3044: "i",
      \u3046: "u",
      \u3048: "e",
      \u304A: "o",
      \u304B: "ka",
      \u304D: "ki",
      \u304F: "ku",
      \u3051: "ke",
      \u3053: "ko",
      \u304C: "ga",
      \u304E: "gi",
      \u3050: "gu",
      \u3052: "ge",
      \u3054: "go",
      \u3055: "sa",
      \u3057: "shi",
      \u3059: "su",
      \u305B: "se",
      \u305D: "so",
      \u3056: "za",
      \u3058: "ji",
      \u305A: "zu",
      \u305C: "ze",
      \u305E: "zo",
      \u305F: "ta",
      \u3061: "chi",
      \u3064: "tsu",
      \u3066: "te",
      \u3068: "to",
      \u3060: "da",
      \u3062: "ji",
      \u3065: "zu",
      \u3067: "de",
      \u3069: "do",
      \u306A: "na",
      \u306B: "ni",
      \u306C: "nu",
      \u306D: "ne",
      \u306E: "no",
      \u306F: "ha",
      \u3072: "hi",
      \u3075: "fu",
      \u3078: "he",
      \u307B: "ho",
      \u3070: "ba",
      \u3073: "bi",
      \u3076: "bu",
      \u3079: "be",
      \u307C: "bo",
      \u3071: "pa",
      \u3074: "pi",
      \u3077: "pu",
      \u307A: "pe",
      \u307D: "po",
      \u307E: "ma",
      \u307F: "mi",
      \u3080: "mu",
      \u3081: "me",
      \u3082: "mo",
      \u3084: "ya",
      \u3086: "yu",
      \u3088: "yo",
      \u3089: "ra",
      \u308A: "ri",
      \u308B: "ru",
      \u308C: "re",
      \u308D: "ro",
      \u308F: "wa",
      \u3090: "i",
      \u3091: "e",
      \u3092: "o",
      \u3093: "n",
      \u3094: "vu"
    };
    SMALL_Y = { \u3083: "a", \u3085: "u", \u3087: "o" };
    SMALL_VOWEL = { \u3041: "a", \u3043: "i", \u3045: "u", \u3047: "e", \u3049: "o" };
    HANGUL_INITIAL = {
      rr: "g kk n d tt r m b pp s ss _ j jj ch k t p h".split(" "),
      mr: "k kk n t tt r m p pp s ss _ ch tch ch k t p h".split(" "),
      dprk: "k kk n t tt r m p pp s ss _ j jj ch k t p h".split(" ")
    };
    HANGUL_MEDIAL = {
      rr: "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split(" "),
      mr: "a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i".split(" "),
      // South Korean customary spellings: 정 Jung, 현 Hyun, 성 Sung.
      custom: "a ae ya yae u e yu ye o wa wae oe yo u wo we wi yu eu ui i".split(" ")
    };
    HANGUL_FINAL = "_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split(" ");
    koreanTables = once(() => table(KOREAN_SURNAMES));
    THAI_CONSONANTS = {
      \u0E01: ["k", "k"],
      \u0E02: ["kh", "k"],
      \u0E03: ["kh", "k"],
      \u0E04: ["kh", "k"],
      \u0E05: ["kh", "k"],
      \u0E06: ["kh", "k"],
      \u0E07: ["ng", "ng"],
      \u0E08: ["ch", "t"],
      \u0E09: ["ch", "t"],
      \u0E0A: ["ch", "t"],
      \u0E0B: ["s", "t"],
      \u0E0C: ["ch", "t"],
      \u0E0D: ["y", "n"],
      \u0E0E: ["d", "t"],
      \u0E0F: ["t", "t"],
      \u0E10: ["th", "t"],
      \u0E11: ["th", "t"],
      \u0E12: ["th", "t"],
      \u0E13: ["n", "n"],
      \u0E14: ["d", "t"],
      \u0E15: ["t", "t"],
      \u0E16: ["th", "t"],
      \u0E17: ["th", "t"],
      \u0E18: ["th", "t"],
      \u0E19: ["n", "n"],
      \u0E1A: ["b", "p"],
      \u0E1B: ["p", "p"],
      \u0E1C: ["ph", "p"],
      \u0E1D: ["f", "p"],
      \u0E1E: ["ph", "p"],
      \u0E1F: ["f", "p"],
      \u0E20: ["ph", "p"],
      \u0E21: ["m", "m"],
      \u0E22: ["y", "i"],
      \u0E23: ["r", "n"],
      \u0E25: ["l", "n"],
      \u0E27: ["w", "o"],
      \u0E28: ["s", "t"],
      \u0E29: ["s", "t"],
      \u0E2A: ["s", "t"],
      \u0E2B: ["h", ""],
      \u0E2C: ["l", "n"],
      \u0E2D: ["", ""],
      \u0E2E: ["h", ""]
    };
    THAI_PRE = /* @__PURE__ */ new Set(["\u0E40", "\u0E41", "\u0E42", "\u0E43", "\u0E44"]);
    THAI_FOLLOWING = /* @__PURE__ */ new Set(["\u0E30", "\u0E31", "\u0E32", "\u0E34", "\u0E35", "\u0E36", "\u0E37", "\u0E38", "\u0E39", "\u0E33", "\u0E47"]);
    THAI_VOWELS = {
      "\u0E30": "a",
      // ะ
      "\u0E31": "a",
      // ั
      "\u0E32": "a",
      // า
      "\u0E34": "i",
      // ิ
      "\u0E35": "i",
      // ี
      "\u0E36": "ue",
      // ึ
      "\u0E37": "ue",
      // ื
      "\u0E38": "u",
      // ุ
      "\u0E39": "u",
      // ู
      "\u0E33": "am",
      // ำ
      "\u0E47": ""
      // ็
    };
    THAI_TONES = /[\u0e48-\u0e4b\u0e4d\u0e4e]/g;
    ARMENIAN = {
      \u0561: "a",
      \u0562: "b",
      \u0563: "g",
      \u0564: "d",
      \u0565: "e",
      \u0566: "z",
      \u0567: "e",
      \u0568: "y",
      \u0569: "t",
      \u056A: "zh",
      \u056B: "i",
      \u056C: "l",
      \u056D: "kh",
      \u056E: "ts",
      \u056F: "k",
      \u0570: "h",
      \u0571: "dz",
      \u0572: "gh",
      \u0573: "ch",
      \u0574: "m",
      \u0575: "y",
      \u0576: "n",
      \u0577: "sh",
      \u0578: "o",
      \u0579: "ch",
      \u057A: "p",
      \u057B: "j",
      \u057C: "r",
      \u057D: "s",
      \u057E: "v",
      \u057F: "t",
      \u0580: "r",
      \u0581: "ts",
      \u0582: "v",
      \u0583: "p",
      \u0584: "k",
      \u0587: "ev",
      \u0585: "o",
      \u0586: "f"
    };
    GEORGIAN = {
      \u10D0: "a",
      \u10D1: "b",
      \u10D2: "g",
      \u10D3: "d",
      \u10D4: "e",
      \u10D5: "v",
      \u10D6: "z",
      \u10D7: "t",
      \u10D8: "i",
      \u10D9: "k",
      \u10DA: "l",
      \u10DB: "m",
      \u10DC: "n",
      \u10DD: "o",
      \u10DE: "p",
      \u10DF: "zh",
      \u10E0: "r",
      \u10E1: "s",
      \u10E2: "t",
      \u10E3: "u",
      \u10E4: "p",
      \u10E5: "k",
      \u10E6: "gh",
      \u10E7: "q",
      \u10E8: "sh",
      \u10E9: "ch",
      \u10EA: "ts",
      \u10EB: "dz",
      \u10EC: "ts",
      \u10ED: "ch",
      \u10EE: "kh",
      \u10EF: "j",
      \u10F0: "h"
    };
  }
});

// src/core/match/transliterate.ts
function mapChars(word, keys, values4) {
  let out = "";
  for (const ch of word) {
    const i = keys.indexOf(ch);
    out += i < 0 ? ch : (values4[i] ?? "").replace("_", "");
  }
  return out;
}
function cyrillicForms(word) {
  return Object.values(CYR_STANDARDS).map((v) => {
    const w = v === CYR_STANDARDS.bgn ? word.replace(/(^|[аеёиоуыэюяь])е/g, "$1\u0465") : word;
    return mapChars(w, CYR_KEYS + "\u0465", [...v, "ye"]);
  });
}
function greekForms(word) {
  const forms = Object.values(GREEK_STANDARDS).map((v) => {
    let w2 = word;
    for (const [re, to] of GREEK_DIGRAPHS) w2 = w2.replace(re, to);
    return mapChars(w2, GREEK_KEYS, v);
  });
  let w = word;
  for (const [re, to] of GREEK_FOREIGN) w = w.replace(re, to);
  const foreign = mapChars(w, GREEK_KEYS, GREEK_STANDARDS.elot).replace(/([a-z])\1/g, "$1");
  return [...forms, foreign, foreign.replace(/kh/g, "h")];
}
function vowelled(word, map, waw, yeh) {
  const letters = [...word];
  let out = "";
  let prevConsonant = false;
  letters.forEach((ch, i) => {
    const initial = i === 0;
    let r;
    let consonant = true;
    if (ch === waw) [r, consonant] = initial ? ["w", true] : ["u", false];
    else if (ch === yeh) [r, consonant] = initial ? ["y", true] : ["i", false];
    else if (ch === "\u0627" || ch === "\u05D0") [r, consonant] = ["a", false];
    else if (ch === "\u0639") [r, consonant] = ["", false];
    else r = map[ch] ?? ch;
    if (consonant && prevConsonant && r) out += "a";
    out += r;
    if (r) prevConsonant = consonant;
  });
  return out;
}
function vowelLessSkeletons(word, table2, waw, yeh) {
  let acc = [""];
  [...word].forEach((ch, i) => {
    let opts;
    if (ch === waw) opts = i === 0 ? ["w", "v"] : ["", "v"];
    else if (ch === yeh) opts = i === 0 ? ["y"] : [""];
    else opts = table2[ch] ?? [ch];
    if (i === word.length - 1 && ch === (waw === "\u05D5" ? "\u05D4" : "\u0647")) opts = [""];
    const next = [];
    for (const a of acc) for (const o of opts) if (next.length < 32) next.push(a + o);
    acc = next;
  });
  return [...new Set(acc.map((s) => skeleton(s)))];
}
function latinVariants(word) {
  if (word.length > 5) return [];
  const out = [];
  if (/^(x|hs|sh)[iu]/.test(word)) {
    const rest = word.replace(/^(x|hs|sh)/, "");
    for (const h of ["x", "hs", "sh"]) out.push(h + rest);
  }
  if (/^q[iu]/.test(word)) out.push(`ch${word.slice(1)}`);
  if (/eo|eu/.test(word)) out.push(word.replace(/eo/g, "o").replace(/eu/g, "u"));
  return out.filter((f) => f !== word);
}
function romanise(word, script) {
  let forms;
  let skels;
  switch (script) {
    case "arabic":
      forms = [...COMMON_ARABIC_NAMES[word] ?? [], vowelled(word, ARABIC_LATIN, "\u0648", "\u064A")];
      skels = vowelLessSkeletons(word, ARABIC_TABLE, "\u0648", "\u064A");
      break;
    case "hebrew":
      forms = [...COMMON_HEBREW_NAMES[word] ?? [], vowelled(word, HEBREW_LATIN, "\u05D5", "\u05D9")];
      skels = vowelLessSkeletons(word, HEBREW_SKELETON, "\u05D5", "\u05D9");
      break;
    case "cyrillic":
      forms = cyrillicForms(word);
      break;
    case "greek":
      forms = greekForms(word);
      break;
    case "hangul":
      forms = hangulForms(word);
      break;
    case "han":
      forms = /[\u3040-\u30ff]/.test(word) ? kanaForms(word) : hanForms(word, isHanSurname(word));
      break;
    case "kana":
      forms = kanaForms(word);
      break;
    case "thai":
      forms = thaiForms(word);
      break;
    case "armenian":
      forms = armenianForms(word);
      break;
    case "georgian":
      forms = georgianForms(word);
      break;
    case "latin":
      forms = [word, ...latinVariants(word)];
      break;
    default:
      forms = [word];
  }
  forms = [...new Set(forms.filter((f) => f))];
  const all = new Set(skels ?? []);
  for (const f of forms) all.add(skeleton(f));
  return { forms, skeletons: [...all] };
}
function writtenSounds(word, map, waw, yeh) {
  const letters = [...word.replace(/تش/g, "").replace(/וו/g, "")];
  let out = "";
  letters.forEach((ch, i) => {
    const last = i === letters.length - 1;
    if (ch === "") out += "ch";
    else if (ch === "") out += "v";
    else if (ch === waw) out += i === 0 ? "w" : "u";
    else if (ch === yeh) out += i === 0 ? "y" : "i";
    else if (ch === "\u0627" || ch === "\u05D0") out += "a";
    else if (last && (ch === "\u0647" || ch === "\u05D4")) out += "";
    else out += map[ch] ?? (/[a-z]/.test(ch) ? ch : "");
  });
  return out;
}
function soundForms(word, script, forms) {
  let spellings;
  if (script === "arabic")
    spellings = [
      writtenSounds(word, ARABIC_SOUND, "\u0648", "\u064A"),
      ...(COMMON_ARABIC_NAMES[word] ?? []).slice(0, 3)
    ];
  else if (script === "hebrew")
    spellings = [
      writtenSounds(word, HEBREW_SOUND, "\u05D5", "\u05D9"),
      ...(COMMON_HEBREW_NAMES[word] ?? []).slice(0, 3)
    ];
  else spellings = forms.slice(0, 8);
  return [...new Set(spellings.map(soundSymbols))];
}
var ARABIC_SKELETON, ARABIC_LATIN, HEBREW_SKELETON, HEBREW_LATIN, CYR_KEYS, CYR_STANDARDS, GREEK_KEYS, GREEK_STANDARDS, GREEK_DIGRAPHS, GREEK_FOREIGN, ARABIC_TABLE, ARABIC_SOUND, HEBREW_SOUND;
var init_transliterate = __esm({
  "src/core/match/transliterate.ts"() {
    "use strict";
    init_phonetic();
    init_sound();
    init_common_names();
    init_readings();
    ARABIC_SKELETON = {
      \u0627: "",
      \u0628: "b",
      \u062A: "t",
      \u062B: "t",
      \u062C: "j",
      \u062D: "h",
      \u062E: "k",
      \u062F: "d",
      \u0630: "d",
      \u0631: "r",
      \u0632: "s",
      \u0633: "s",
      \u0634: "s",
      \u0635: "s",
      \u0636: "d",
      \u0637: "t",
      \u0638: "s",
      \u0639: "",
      \u063A: "g",
      \u0641: "f",
      \u0642: "k",
      \u0643: "k",
      \u0644: "l",
      \u0645: "m",
      \u0646: "n",
      \u0647: "h",
      \u067E: "p",
      \u0686: "ch",
      \u0698: "s",
      \u06AF: "g"
    };
    ARABIC_LATIN = {
      ...ARABIC_SKELETON,
      \u062B: "th",
      \u062E: "kh",
      \u0630: "dh",
      \u0634: "sh",
      \u0632: "z",
      \u0638: "z",
      \u063A: "gh",
      \u0642: "q",
      \u0686: "ch",
      \u0698: "zh"
    };
    HEBREW_SKELETON = {
      \u05D0: [""],
      \u05D1: ["b", "v"],
      \u05D2: ["g", "j"],
      \u05D3: ["d"],
      \u05D4: ["h"],
      \u05D6: ["s", "j"],
      \u05D7: ["h", "k"],
      \u05D8: ["t"],
      \u05DB: ["k"],
      \u05DC: ["l"],
      \u05DE: ["m"],
      \u05E0: ["n"],
      \u05E1: ["s"],
      \u05E2: [""],
      \u05E4: ["p", "f"],
      \u05E6: ["ts", "c"],
      \u05E7: ["k"],
      \u05E8: ["r"],
      \u05E9: ["s"],
      \u05EA: ["t"]
    };
    HEBREW_LATIN = {
      \u05D0: "",
      \u05D1: "b",
      \u05D2: "g",
      \u05D3: "d",
      \u05D4: "h",
      \u05D6: "z",
      \u05D7: "ch",
      \u05D8: "t",
      \u05DB: "k",
      \u05DC: "l",
      \u05DE: "m",
      \u05E0: "n",
      \u05E1: "s",
      \u05E2: "",
      \u05E4: "p",
      \u05E6: "tz",
      \u05E7: "k",
      \u05E8: "r",
      \u05E9: "sh",
      \u05EA: "t"
    };
    CYR_KEYS = "\u0430\u0431\u0432\u0433\u0434\u0435\u0451\u0436\u0437\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F\u0456\u0457\u0454\u0491\u045E";
    CYR_STANDARDS = {
      bgn: "a b v g d e ye zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya i yi ye g w".split(" "),
      iso: "a b v g d e e z z i j k l m n o p r s t u f h c c s s _ y _ e u a i i e g u".split(" "),
      icao: "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch ie y _ e iu ia i i ie g u".split(" ")
    };
    GREEK_KEYS = "\u03B1\u03B2\u03B3\u03B4\u03B5\u03B6\u03B7\u03B8\u03B9\u03BA\u03BB\u03BC\u03BD\u03BE\u03BF\u03C0\u03C1\u03C3\u03C4\u03C5\u03C6\u03C7\u03C8\u03C9";
    GREEK_STANDARDS = {
      elot: "a v g d e z i th i k l m n x o p r s t y f ch ps o".split(" "),
      simple: "a b g d e z e th i k l m n ks o p r s t i ph kh ps o".split(" ")
    };
    GREEK_DIGRAPHS = [
      [/ου/g, "ou"],
      [/αι/g, "ai"],
      [/ει/g, "i"],
      [/οι/g, "i"],
      [/μπ/g, "b"],
      [/ντ/g, "d"],
      [/γκ/g, "g"],
      [/γγ/g, "ng"],
      [/αυ/g, "av"],
      [/ευ/g, "ev"]
    ];
    GREEK_FOREIGN = [
      [/τζ/g, "j"],
      [/τσ/g, "ch"],
      [/ου/g, "u"],
      [/μπ/g, "b"],
      [/ντ/g, "d"],
      [/γκ/g, "g"],
      [/χ/g, "kh"]
    ];
    ARABIC_TABLE = {
      ...Object.fromEntries(Object.entries(ARABIC_SKELETON).map(([k, v]) => [k, [v]])),
      \u062B: ["t", "s"],
      \u0630: ["d", "s"],
      \u0636: ["d", "s"],
      \u0638: ["s", "d"],
      \u0642: ["k", "g"],
      \u0634: ["s", "c"],
      \u062C: ["j", "g"]
    };
    ARABIC_SOUND = {
      ...ARABIC_LATIN,
      \u062C: "j",
      \u062D: "h",
      \u0639: "",
      \u0637: "t",
      \u0635: "s",
      \u0636: "d"
    };
    HEBREW_SOUND = { ...HEBREW_LATIN, \u05D7: "kh", \u05E6: "ts" };
  }
});

// src/core/match/data/org-types.ts
var ORG_TYPES_RAW;
var init_org_types = __esm({
  "src/core/match/data/org-types.ts"() {
    "use strict";
    ORG_TYPES_RAW = `
PLC|PLC|JSC
Public Limited Company|PLC|JSC
Public Limited Co.|PLC|JSC
Public Ltd. Co.|PLC|JSC
Public Limited|PLC|JSC
Plc. Ltd.|PLC|JSC
PLC Ltd.|PLC|JSC
PLC Company|PLC|JSC
P.L.Co.|PLC|JSC
Public Limited Corporation|PLC|JSC
Publicly Limited Company|PLC|JSC
Pub. Limited Co.|PLC|JSC
Pub. Ltd. Co.|PLC|JSC
Public Limted Company|PLC|JSC
Public Limited Compnay|PLC|JSC
Public Limitd Company|PLC|JSC
Pubic Limited Company|PLC|JSC
Public Limitied Company|PLC|JSC
Public Limitted Company|PLC|JSC
Pub Ltd Co|PLC|JSC
Pub. Lt. Co.|PLC|JSC
Public Lt. Co.|PLC|JSC
Public Lt Company|PLC|JSC
Pub Limited|PLC|JSC
Publicly Ltd Company|PLC|JSC
Public Ltd Corporation|PLC|JSC
Public Lmtd Company|PLC|JSC
Publi Limited Company|PLC|JSC
Publc Limited Company|PLC|JSC
P.L.C.|PLC|JSC
P L C|PLC|JSC
PLCs|PLC|JSC
\u1203\u120B\u134A\u1290\u1271 \u12E8\u1270\u12C8\u1230\u1290 \u12E8\u130D\u120D \u121B\u1205\u1260\u122D|\u1203\u120B\u134A\u1290\u1271 \u12E8\u1270\u12C8\u1230\u1290 \u12E8\u130D\u120D \u121B\u1205\u1260\u122D|JSC
\u80A1\u4EFD\u6709\u9650\u516C\u53F8|\u1203\u120B\u134A\u1290\u1271 \u12E8\u1270\u12C8\u1230\u1290 \u12E8\u130D\u120D \u121B\u1205\u1260\u122D|JSC
Sh.p.k.|Shpk|LLC
Shpk|Shpk|LLC
Shoq\xEBri me p\xEBrgjegj\xEBsi t\xEB kufizuar|Shpk|LLC
Sh.A.|ShA|JSC
ShA|ShA|JSC
Shoq\xEBri Aksionere|ShA|JSC
Shoq\xEBri Anonime|ShA|JSC
Sh.K.|ShK|LP
ShK|ShK|LP
Shoq\xEBri komandite|ShK|LP
ShK.|ShK|LP
Sh K.|ShK|LP
FZE|FZE|LLC
Free Zone Establishment|FZE|LLC
FZ Establishment|FZE|LLC
Free Zone Enterprise|FZE|LLC
FZ Enterprise|FZE|LLC
Free Zone Entity|FZE|LLC
FZ Entity|FZE|LLC
FZCO|FZCO|LLC
FZ-LLC|FZCO|LLC
FZLLC|FZCO|LLC
FZ-L.L.C.|FZCO|LLC
Free Zone Co.|FZCO|LLC
FreeZone Company|FZCO|LLC
Free Economic Zone LLC|FZCO|LLC
Trade Free Zone Company|FZCO|LLC
Special Economic Zone LLC|FZCO|LLC
Free Zone L.L.C.|FZCO|LLC
L.L.C-FZ|FZCO|LLC
F.Z. Co.|FZCO|LLC
Free Zone Company|FZCO|LLC
Free Zone Limited Liability Company|FZCO|LLC
DMCC|DMCC|LLC
Dubai Multi Commodities Centre|DMCC|LLC
Dubai Multi Commodities Centre Company|DMCC|LLC
DMCC Company|DMCC|LLC
DMCC Co.|DMCC|LLC
DMCC LLC|DMCC|LLC
DMCC Free Zone|DMCC|LLC
SCS|SCS|LP
S.C.S.|SCS|LP
Sociedad en Comandita Simple|SCS|LP
SCpA|SCpA|LP
S.C.p.A.|SCpA|LP
Sociedad en Comandita por Acciones|SCpA|LP
S.C.e I.|SCeI|LP
SCeI|SCeI|LP
scei|SCeI|LP
Sociedad de Capital e Industria|SCeI|LP
sociedad de capital e industria|SCeI|LP
S.E.|SE|SOE
SE|SE|SOE
Sociedad del Estado|SE|SOE
SGR|SGR|
S.G.R.|SGR|
Sociedad de Garant\xEDa Reciproca|SGR|
SAS|SAS|LLC
Sociedad por Acciones Simplificada|SAS|LLC
SAU|SAU|SP
Sociedad An\xF3nima Unipersonal|SAU|SP
S.A.I.C.A.|SAICA|JSC
SAICA|SAICA|JSC
Sociedades an\xF3nimas inscritas de capital abierto|SAICA|JSC
S.A.C.I. y F.|SACIF|JSC
SACIF|SACIF|JSC
Sociedad An\xF3nima Comercial Industrial y Financiera|SACIF|JSC
S.A.C.I.F.I.|SACIFI|JSC
SACIFI|SACIFI|JSC
S.A.C.I.F.I. y A.|SACIFIA|JSC
SACIFIA|SACIFIA|JSC
SA de CV|SACV|JSC
SACV|SACV|JSC
Sociedad An\xF3nima de Capital Variable|SACV|JSC
SOCIEDAD ANONIMA DE CAPITAL VARIABLE|SACV|JSC
Soc. An\xF3n. de Cap. Var.|SACV|JSC
S.A.C.V.|SACV|JSC
S.A. DE C.V.|SACV|JSC
S.A. DE C.V|SACV|JSC
SA. DE CV.|SACV|JSC
S.A DE C.V|SACV|JSC
SAdeCV|SACV|JSC
SA. de C.V.|SACV|JSC
S.A.P.I de C.V.|SAPICV|JSC
SAPICV|SAPICV|JSC
S.A.P.I. DE C.V.|SAPICV|JSC
S.A.P.I. DE C.V|SAPICV|JSC
SA.P.I. DE C.V.|SAPICV|JSC
SA.P.I. DE C.V|SAPICV|JSC
SAPI de C.V.|SAPICV|JSC
S. DE R.L. DE C.V.|SRLCV|LLC
SRLCV|SRLCV|LLC
S DE RL DE CV|SRLCV|LLC
S. de R.L. de C.V.|SRLCV|LLC
\u0395.\u03A0.\u0395.|\u0395P\u0395|LLC
\u0395P\u0395|\u0395P\u0395|LLC
\u03B5\u03C4\u03B1\u03B9\u03C1\u03AF\u03B1 \u03C0\u03B5\u03C1\u03B9\u03BF\u03C1\u03B9\u03C3\u03BC\u03AD\u03BD\u03B7\u03C2 \u03B5\u03C5\u03B8\u03CD\u03BD\u03B7\u03C2|\u0395P\u0395|LLC
LLP|LLP|LLP
Limited liability partnership|LLP|LLP
\u6709\u9650\u8CAC\u4EFB\u4E8B\u696D\u7D44\u5408|LLP|LLP
ILP|ILP|LP
Incorporated limited partnership|ILP|LP
NA|NA|FIN
N.A.|NA|FIN
National Association|NA|FIN
NT&SA|NT&SA|FIN
National Trust and Savings Association|NT&SA|FIN
NL|NL|
No liability|NL|
\u0406\u041F|IP|SP
IP|IP|SP
\u0406\u043D\u0434\u044B\u0432\u0456\u0434\u0443\u0430\u043B\u044C\u043D\u044B \u043F\u0440\u0430\u0434\u043F\u0440\u044B\u043C\u0430\u043B\u044C\u043D\u0456\u043A|IP|SP
\u041F\u0423\u041F|PUP|SP
PUP|PUP|SP
\u041F\u0440\u044B\u0432\u0430\u0442\u043D\u0430\u0435 \u0443\u043D\u0456\u0442\u0430\u0440\u043D\u0430\u0435 \u043F\u0440\u0430\u0434\u043F\u0440\u044B\u0435\u043C\u0441\u0442\u0432\u0430|PUP|SP
\u0418\u041F|IP|SP
\u0438\u043D\u0434\u0438\u0432\u0438\u0434\u0443\u0430\u043B\u044C\u043D\u044B\u0439 \u043F\u0440\u0435\u0434\u043F\u0440\u0438\u043D\u0438\u043C\u0430\u0442\u0435\u043B\u044C|IP|SP
\u0418\u041D\u0414\u0418\u0412\u0418\u0414\u0423\u0410\u041B\u042C\u041D\u042B\u0419 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u041D\u0418\u041C\u0410\u0422\u0415\u041B\u042C|IP|SP
\u0418\u043D\u0434\u0438\u0432\u0438\u0434\u0443\u0430\u043B\u044C\u043D\u044B\u0439 \u043F\u0440\u0435\u0434\u043F\u0440\u0438\u043D\u0438\u043C\u0430\u0442\u0435\u043B\u044C|IP|SP
d.d.|dd|JSC
dd|dd|JSC
dioni\u010Dko dru\u0161tvo|dd|JSC
a.d.|a.d.|JSC
akcionarsko dru\u0161tvo|a.d.|JSC
a.d|a.d.|JSC
aktsionerno druzhestvo|a.d.|JSC
\u0430.\u0434.|\u0430\u0434|JSC
\u0430\u0434|\u0430\u0434|JSC
\u0430.\u0434|\u0430\u0434|JSC
\u0430\u043A\u0446\u0438\u043E\u043D\u0430\u0440\u0441\u043A\u043E \u0434\u0440\u0443\u0448\u0442\u0432\u043E|\u0430\u0434|JSC
\u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E|\u0430\u0434|JSC
d.n.o.|dno|LLC
dno|dno|LLC
dru\u0161tvo s neograni\u010Denom solidarnom odgovorno\u0161\u0107u|dno|LLC
d.o.o.|doo|LLC
doo|doo|LLC
dru\u0161tvo s ograni\u010Denom odgovorno\u0161\u0107u|doo|LLC
dru\u017Eba z omejeno odgovornostjo|doo|LLC
d o o|doo|LLC
D.O.O.|doo|LLC
drustvo s ogranicenom odgovornoscu|doo|LLC
dru\u0161tvo ograni\u010Dene odgovornosti|doo|LLC
drustv ogranic odgovor|doo|LLC
s.r.o.|sro|LLC
sro|sro|LLC
S.R.O.|sro|LLC
spole\u010Dnost s ru\u010Den\xEDm omezen\xFDm|sro|LLC
spol. s r.o.|sro|LLC
spol s ruc omez|sro|LLC
spol s r.o.|sro|LLC
s r o|sro|LLC
k.d.|kd|LP
kd|kd|LP
komanditno dru\u0161tvo|kd|LP
komanditno druzhestvo|kd|LP
\u043A.\u0434.||LP
\u043A\u0434||LP
\u043A\u043E\u043C\u0430\u043D\u0434\u0438\u0442\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E||LP
\u043A\u043E\u043C\u0430\u043D\u0434\u0438\u0442\u043D\u043E \u0434\u0440\u0443\u0448\u0442\u0432\u043E||LP
s.p.||SP
samostalni preduzetnik||SP
EIRELI|EIRELI|LLC
Empresa Individual de Responsabilidade Limitada|EIRELI|LLC
Sole Proprietorship|Sole Proprietorship|SP
Private Enterprise|Sole Proprietorship|SP
GP|GP|GP
General Partnership|GP|GP
LP|LP|LP
Limited Partnership|LP|LP
PEEC|PEEC|SOE
Public Establishment with Economic characteristics|PEEC|SOE
SpA|SpA|JSC
Sociedad por acciones|SpA|JSC
SPA|SPA|JSC
S.P.A.|SPA|JSC
EIRL|EIRL|LLC
Empresa Individual de Responsabilidad Limitada|EIRL|LLC
empresa individual de responsabilidad limitada|EIRL|LLC
S.C.|SC|GP
SC|SC|GP
Sociedad Colectiva|SC|GP
sociedad colectiva|SC|GP
societatea comercial\u0103|SC|GP
\u12A0\u12AD\u1232\u12E9\u1295 \u121B\u1205\u1260\u122D|SC|GP
S. en C.|SC|LP
SC|SC|LP
Comandita Simple|SC|LP
S.C.A.|SCA|JSC
SCA|SCA|JSC
Comandita por Acciones|SCA|JSC
comandita por acciones|SCA|JSC
soci\xE9t\xE9 en commandite par actions|SCA|JSC
Empresa Unipersonal|Empresa Unipersonal|SP
eingetragenes einzelunternehmen|Empresa Unipersonal|SP
empresa unipersonal|Empresa Unipersonal|SP
C. por A.|CpA|JSC
CpA|CpA|JSC
Compa\xF1\xEDa por Acciones|CpA|JSC
EP|EP|SOE
Empresa P\xFAblica|EP|SOE
empresa p\xFAblica|EP|SOE
GmbH|GmbH|LLC
mbH|GmbH|LLC
-GmbH|GmbH|LLC
Gesellschaft mit beschr\xE4nkter Haftung|GmbH|LLC
GMBH|GmbH|LLC
gmbh|GmbH|LLC
Gesellschaft mbH|GmbH|LLC
GmbH.|GmbH|LLC
m.b.H.|GmbH|LLC
g.m.b.h|GmbH|LLC
gmb.h|GmbH|LLC
Gesellschaft mit besch Haftung|GmbH|LLC
Gesellschaft mit besch. Haftung|GmbH|LLC
Gesellschaft mit beschr Haftung|GmbH|LLC
Gesellschaft mit beschr. Haftung|GmbH|LLC
Gesellschaft mit beschraenkter Haftung|GmbH|LLC
Gesellschaft mit beschraenker Haftung|GmbH|LLC
Gesellschaft mit beschr\xE4nkter Haftng|GmbH|LLC
Ges. mit beschr. Haftung|GmbH|LLC
Ges. mit besch. Haftung|GmbH|LLC
G.m.beschr. Haftung|GmbH|LLC
G.m.besch. Haftung|GmbH|LLC
mit besch haftung|GmbH|LLC
mit beschr haftung|GmbH|LLC
mit beschr\xE4nkter haftung|GmbH|LLC
G.m.b.H.|GmbH|LLC
G m b H|GmbH|LLC
GmbHs|GmbH|LLC
Ges. m. b. H.|GmbH|LLC
Ges.m.b.H.|GmbH|LLC
GesmbH|GmbH|LLC
Gesellsch. m. b. H.|GmbH|LLC
G.M.B.H.|GmbH|LLC
Gesellschaft m.b.H.|GmbH|LLC
\u0433\u043C\u0431\u0445|GmbH|LLC
\u0433.\u043C.\u0431.\u0445.|GmbH|LLC
gGmbH|gGmbH|LLC
gemeinn\xFCtzige GmbH|gGmbH|LLC
Gemeinn\xFCtzige GmbH|gGmbH|LLC
gemeinn\xFCtzige Gesellschaft mit beschr\xE4nkter Haftung|gGmbH|LLC
UG|UG|LLC
UG (haftungsbeschr\xE4nkt)|UG|LLC
-UG (haftungsbeschr\xE4nkt)|UG|LLC
Unternehmergesellschaft (haftungsbeschr\xE4nkt)|UG|LLC
Unternehmergesellschaft|UG|LLC
UG haftungsbeschr\xE4nkt|UG|LLC
UG (haftungsbeschr.)|UG|LLC
UG (h.b.)|UG|LLC
Unternehmerges. (haftungsbeschr\xE4nkt)|UG|LLC
Unternehmerges.|UG|LLC
Unternehmerg.|UG|LLC
GmbH & Co. KG|GmbHCoKG|LP
GmbHCoKG|GmbHCoKG|LP
GmbH & Co KG|GmbHCoKG|LP
GmbH u. Co. KG|GmbHCoKG|LP
GmbH und Co. KG|GmbHCoKG|LP
-GmbH & Co. KG|GmbHCoKG|LP
Gesellschaft mbH & Co. KG|GmbHCoKG|LP
gmbh & co.|GmbHCoKG|LP
gmbh & co. kg|GmbHCoKG|LP
gmbh and \u0441o. kg|GmbHCoKG|LP
gmbh und co. kg|GmbHCoKG|LP
\u0433\u043C\u0431\u0445 \u0435\u043D\u0434 \u043A\u043E. \u043A\u0433|GmbHCoKG|LP
AG|AG|JSC
Aktiengesellschaft|AG|JSC
A.G.|AG|JSC
-AG|AG|JSC
Aktienges.|AG|JSC
Aktiengeselschaft|AG|JSC
Aktien Gesellschaft|AG|JSC
Aktien ges|AG|JSC
Aktienges|AG|JSC
AktG|AG|JSC
Akt Ges|AG|JSC
A G|AG|JSC
AGs|AG|JSC
Aktien-Gesellschaft|AG|JSC
AG Soci\xE9t\xE9 Anonyme|AG|JSC
KG|KG|LP
Kommanditgesellschaft|KG|LP
K.G.|KG|LP
K. G.|KG|LP
-KG|KG|LP
Kommandit-Gesellschaft|KG|LP
e.K.|eK|SP
eK|eK|SP
e. K.|eK|SP
e.K|eK|SP
e. K|eK|SP
eingetragener Kaufmann|eK|SP
Eingetragener Kaufmann|eK|SP
eingetr. Kaufmann|eK|SP
e.Kfm.|eK|SP
e. Kfm.|eK|SP
e.Kfm|eK|SP
e. Kfm|eK|SP
eKfm|eK|SP
Kfm.|eK|SP
e.Kfr.|eK|SP
e. Kfr.|eK|SP
e.Kfr|eK|SP
e. Kfr|eK|SP
eKfr|eK|SP
Kfr.|eK|SP
eingetragene Kauffrau|eK|SP
Eingetragene Kauffrau|eK|SP
KGaA|KGaA|LP
Kommanditgesellschaft auf Aktien|KGaA|LP
K.G.a.A.|KGaA|LP
OHG|OHG|GP
oHG|OHG|GP
Offene Handelsgesellschaft|OHG|GP
O.H.G.|OHG|GP
-OHG|OHG|GP
-oHG|OHG|GP
Offene Handels-Gesellschaft|OHG|GP
gUG|gUG|LLC
gUG (haftungsbeschr\xE4nkt)|gUG|LLC
gemeinn\xFCtzige UG|gUG|LLC
gemeinn\xFCtzige UG (haftungsbeschr\xE4nkt)|gUG|LLC
gemeinn\xFCtzige Unternehmergesellschaft|gUG|LLC
gemeinn\xFCtzige Unternehmergesellschaft (haftungsbeschr\xE4nkt)|gUG|LLC
UG & Co. KG|UGCoKG|LP
UGCoKG|UGCoKG|LP
UG (haftungsbeschr\xE4nkt) & Co. KG|UGCoKG|LP
UG & Co KG|UGCoKG|LP
UG (haftungsbeschr\xE4nkt) & Co KG|UGCoKG|LP
Unternehmergesellschaft & Co. KG|UGCoKG|LP
Unternehmergesellschaft (haftungsbeschr\xE4nkt) & Co. KG|UGCoKG|LP
AG & Co. KG|AGCoKG|LP
AGCoKG|AGCoKG|LP
AG & Co KG|AGCoKG|LP
AG und Co KG|AGCoKG|LP
AG und Co. KG|AGCoKG|LP
Aktiengesellschaft & Co. KG|AGCoKG|LP
SE & Co. KG|SECoKG|LP
SECoKG|SECoKG|LP
SE & Co KG|SECoKG|LP
Europ\xE4ische Gesellschaft & Co. KG|SECoKG|LP
Societas Europaea & Co. KG|SECoKG|LP
Stiftung & Co. KG|StiftungCoKG|LP
StiftungCoKG|StiftungCoKG|LP
Stiftung & Co KG|StiftungCoKG|LP
Stiftung und Co. KG|StiftungCoKG|LP
GmbH & Co. OHG|GmbHCoOHG|GP
GmbHCoOHG|GmbHCoOHG|GP
GmbH & Co OHG|GmbHCoOHG|GP
GmbH & Co. oHG|GmbHCoOHG|GP
GmbH & Co oHG|GmbHCoOHG|GP
UG & Co. OHG|UGCoOHG|GP
UGCoOHG|UGCoOHG|GP
UG (haftungsbeschr\xE4nkt) & Co. OHG|UGCoOHG|GP
UG & Co OHG|UGCoOHG|GP
eG & Co. KG|eGCoKG|LP
eGCoKG|eGCoKG|LP
eG & Co KG|eGCoKG|LP
eingetragene Genossenschaft & Co. KG|eGCoKG|LP
Genossenschaft & Co. KG|eGCoKG|LP
SE & Co. KGaA|SECoKGaA|LP
SECoKGaA|SECoKGaA|LP
SE & Co KGaA|SECoKGaA|LP
Europ\xE4ische Gesellschaft & Co. KGaA|SECoKGaA|LP
Societas Europaea & Co. KGaA|SECoKGaA|LP
GmbH & Co. KGaA|GmbHCoKGaA|LP
GmbHCoKGaA|GmbHCoKGaA|LP
GmbH & Co KGaA|GmbHCoKGaA|LP
Ltd. & Co. KG|LtdCoKG|LP
LtdCoKG|LtdCoKG|LP
Ltd & Co. KG|LtdCoKG|LP
Ltd. & Co KG|LtdCoKG|LP
Ltd & Co KG|LtdCoKG|LP
Limited & Co. KG|LtdCoKG|LP
Limited & Co KG|LtdCoKG|LP
mbH & Co. KG|GmbHCoKG|LP
mbH & Co KG|GmbHCoKG|LP
mbH u. Co. KG|GmbHCoKG|LP
m.b.H. & Co. KG|GmbHCoKG|LP
B.V. & Co. KG|BVCoKG|LP
BVCoKG|BVCoKG|LP
BV & Co. KG|BVCoKG|LP
B.V. & Co KG|BVCoKG|LP
BV & Co KG|BVCoKG|LP
AG & Co. KGaA|AGCoKGaA|LP
AGCoKGaA|AGCoKGaA|LP
AG & Co KGaA|AGCoKGaA|LP
Aktiengesellschaft & Co. KGaA|AGCoKGaA|LP
Stiftung & Co. KGaA|StiftungCoKGaA|LP
StiftungCoKGaA|StiftungCoKGaA|LP
Stiftung & Co KGaA|StiftungCoKGaA|LP
gAG|gAG|JSC
gemeinn\xFCtzige AG|gAG|JSC
gemeinn\xFCtzige Aktiengesellschaft|gAG|JSC
eGbR|eGbR|GP
e.GbR|eGbR|GP
eingetragene GbR|eGbR|GP
eingetragene Gesellschaft b\xFCrgerlichen Rechts|eGbR|GP
eingetragene Gesellschaft des b\xFCrgerlichen Rechts|eGbR|GP
PartG|PartG|GP
Part.G.|PartG|GP
Partnerschaftsgesellschaft|PartG|GP
Partnerschaft|PartG|GP
PartG mbB|PartGmbB|LLP
PartGmbB|PartGmbB|LLP
mbB|PartGmbB|LLP
Partnerschaft mbB|PartGmbB|LLP
Partnerschaftsgesellschaft mbB|PartGmbB|LLP
Part.G. mbB|PartGmbB|LLP
PartG m.b.B.|PartGmbB|LLP
Part. mbB|PartGmbB|LLP
PartmbB|PartGmbB|LLP
Partnerschaftsgesellschaft mit beschr\xE4nkter Berufshaftung|PartGmbB|LLP
Partnerschaft mit beschr\xE4nkter Berufshaftung|PartGmbB|LLP
eG|eG|COOP
e.G.|eG|COOP
e. G.|eG|COOP
eingetragene Genossenschaft|eG|COOP
Eingetragene Genossenschaft|eG|COOP
Genossenschaft|eG|COOP
eGen|eG|COOP
Stiftung|Stiftung|NGO
rechtsf\xE4hige Stiftung|Stiftung|NGO
gemeinn\xFCtzige Stiftung|Stiftung|NGO
Stiftung des \xF6ffentlichen Rechts|Stiftung|NGO
Stiftung des b\xFCrgerlichen Rechts|Stiftung|NGO
rechtsf. Stiftung|Stiftung|NGO
SCE|SCE|COOP
S.C.E.|SCE|COOP
Societas Cooperativa Europaea|SCE|COOP
Europ\xE4ische Genossenschaft|SCE|COOP
VVaG|VVaG|COOP
V.V.a.G.|VVaG|COOP
Versicherungsverein auf Gegenseitigkeit|VVaG|COOP
Versicherungsverein a.G.|VVaG|COOP
A\xF6R|A\xF6R|SOE
A.\xF6.R.|A\xF6R|SOE
Anstalt des \xF6ffentlichen Rechts|A\xF6R|SOE
Anstalt \xF6ffentlichen Rechts|A\xF6R|SOE
Kd\xF6R|Kd\xF6R|SOE
K.d.\xF6.R.|Kd\xF6R|SOE
K\xF6R|Kd\xF6R|SOE
K\xF6rperschaft des \xF6ffentlichen Rechts|Kd\xF6R|SOE
K\xF6rperschaft \xF6ffentlichen Rechts|Kd\xF6R|SOE
KU|KU|SOE
K.U.|KU|SOE
Kommunalunternehmen|KU|SOE
gKU|KU|SOE
gemeinn\xFCtziges Kommunalunternehmen|KU|SOE
Sp. z o.o.|Spzoo|LLC
Spzoo|Spzoo|LLC
spzoo|Spzoo|LLC
sp zoo|Spzoo|LLC
spz o.o.|Spzoo|LLC
spz oo.|Spzoo|LLC
sp. z o.o.|Spzoo|LLC
sp. z o.o. sp.k|Spzoo|LLC
sp. z oo|Spzoo|LLC
sp. zoo|Spzoo|LLC
Sp. z ogr. odp.|Spzoo|LLC
Sp\xF3lka z ogr odpow|Spzoo|LLC
spolka z ograniczona odpowiedzialnoscia|Spzoo|LLC
sp\xF3\u0142ka z ograniczon\u0105 odpowiedzialno\u015Bci\u0105|Spzoo|LLC
sp\xF3\u0142ka z o.o.|Spzoo|LLC
sp\xF3\u0142ka z o.o. sp.k.|Spzoo|LLC
3AT|3AT|
\u0437\u0430\u043A\u0440\u044B\u0442\u0430\u0435 \u0430\u0446\u044B\u044F\u043D\u0435\u0440\u043D\u0430\u0435 \u0442\u0430\u0432\u0430\u0440\u044B\u0441\u0442\u0432\u0430|3AT|
\u0410\u0410\u0422|\u0410\u0410\u0422|JSC
adkritaye aktsiyanernaye tavaristva|\u0410\u0410\u0422|JSC
adkrytae akcyyanernae tavarystva|\u0410\u0410\u0422|JSC
AAT|\u0410\u0410\u0422|JSC
\u0430\u0430\u0442|\u0410\u0410\u0422|JSC
\u0430\u0434\u043A\u0440\u044B\u0442\u0430\u0435 \u0430\u043A\u0446\u044B\u044F\u043D\u0435\u0440\u043D\u0430\u0435 \u0442\u0430\u0432\u0430\u0440\u044B\u0441\u0442\u0432\u0430|\u0410\u0410\u0422|JSC
AB|AB|
abp|AB|
aktiebolag|AB|
Aktiebolag|AB|
Aktie Bolag|AB|
Aktie-bolag|AB|
Aktiebol.|AB|
A-bolag|AB|
publikt aktiebolag|AB|
abv|abv|
aandeelhouder-bestuurde vennootschap|abv|
adsic|adsic|
adsitz|adsic|
aktsionerno druzhestvo sas spetsialna investitsionna tsel|adsic|
\u0430\u0434\u0441\u0438\u0446|adsic|
\u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E \u0441\u044A\u0441 \u0441\u043F\u0435\u0446\u0438\u0430\u043B\u043D\u0430 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u0430 \u0446\u0435\u043B|adsic|
ae|ae|
an\xF3nimi eter\xEDa|ae|
\u03B1\u03BD\u03CE\u03BD\u03C5\u03BC\u03B7 \u03B5\u03C4\u03B1\u03B9\u03C1\u03B5\u03AF\u03B1|ae|
aksiyadorlik jamiyati|aksiyadorlik jamiyati|JSC
\u0430\u043A\u0446\u0438\u044F\u0434\u043E\u0440\u043B\u0438\u043A \u0436\u0430\u043C\u0438\u044F\u0442\u0438|aksiyadorlik jamiyati|JSC
Det offentligretlige aktieselskab|aksiyadorlik jamiyati|JSC
Kumpanija b\u2019Ishma Kon\u0121unti|aksiyadorlik jamiyati|JSC
Aandelenvennootschap|aksiyadorlik jamiyati|JSC
a.m.b.a.|amba|LLC
amba|amba|LLC
andelsselskab med begr\xE6nset ansvar|amba|LLC
anl|anl|COOP
andelslag|anl|COOP
andelslag med begr\xE6nset ansvar|anl|COOP
PA|PA|NGO
professional association|PA|NGO
PLLC|PLLC|LLC
professional limited liability company|PLLC|LLC
anpo|anpo|NGO
autonomous non-profit organization|anpo|NGO
JSC|JSC|JSC
Joint Stock Company|JSC|JSC
Joint-Stock Company|JSC|JSC
Joint-stock Company|JSC|JSC
JointStock Company|JSC|JSC
Joint Stock Compan|JSC|JSC
Joint Stock Companie|JSC|JSC
Joint Stock Co.|JSC|JSC
JS Co.|JSC|JSC
JSC Company|JSC|JSC
J.S.C.|JSC|JSC
J S C|JSC|JSC
Jnt Stock Co|JSC|JSC
Joint Stock Corp|JSC|JSC
J Stock Company|JSC|JSC
Jt Stock Co|JSC|JSC
\u10E1\u10E1|\u10E1\u10E1|JSC
\u10E1\u10D0\u10D0\u10E5\u10EA\u10D8\u10DD \u10E1\u10D0\u10D6\u10DD\u10D2\u10D0\u10D3\u10DD\u10D4\u10D1\u10D0|\u10E1\u10E1|JSC
\u10D3\u10D0\u10EE\u10E3\u10E0\u10E3\u10DA\u10D8 \u10E1\u10D0\u10D0\u10E5\u10EA\u10D8\u10DD \u10E1\u10D0\u10D6\u10DD\u10D2\u10D0\u10D3\u10DD\u10D4\u10D1\u10D0|\u10E1\u10E1|JSC
PJSC|PJSC|JSC
Public Stock Company|PJSC|JSC
public jsc|PJSC|JSC
public stock company (PJSC)|PJSC|JSC
Public Joint-Stock Company|PJSC|JSC
Public joint stock company|PJSC|JSC
Sociedade p\xFAblica por a\xE7\xF5es|PJSC|JSC
Kumpanija b\u2019ishma kon\u0121unti pubbli\u010Bi|PJSC|JSC
Javno dioni\u010Dko dru\u0161tvo|PJSC|JSC
Javna delni\u0161ka dru\u017Eba|PJSC|JSC
\xE1llami tulajdonban l\xE9v\u0151 r\xE9szv\xE9nyt\xE1rsas\xE1g|PJSC|JSC
Vie\u0161oji akcin\u0117 bendrov\u0117|PJSC|JSC
OJSC|OJSC|JSC
otwarta sp\xF3\u0142ka akcyjna|OJSC|JSC
Open Joint-Stock Company|OJSC|JSC
openbare aandelenvennootschap|OJSC|JSC
\u041F\u0443\u0431\u043B\u0438\u0447\u043D\u043E \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E|OJSC|JSC
\u0394\u03B7\u03BC\u03CC\u03C3\u03B9\u03B1 \u03C3\u03C5\u03BC\u03BC\u03B5\u03C4\u03BF\u03C7\u03B9\u03BA\u03AE \u03B5\u03C4\u03B1\u03B9\u03C1\u03B5\u03AF\u03B1|OJSC|JSC
Pa\u0144stwowa Sp\xF3\u0142ka Akcyjna|OJSC|JSC
vennootschap op aandelen|OJSC|JSC
Openbare vennootschap op aandelen|OJSC|JSC
Openbare publiek-private vennootschap op aandelen|OJSC|JSC
sociedad limitada por acciones abierta|OJSC|JSC
sociedade por a\xE7\xF5es aberta|OJSC|JSC
soci\xE9t\xE9 par actions ouverte|OJSC|JSC
Verejn\xE1 akciov\xE1 spolo\u010Dnos\u0165|OJSC|JSC
Soci\xE9t\xE9 publique par actions|OJSC|JSC
Societatea public\u0103 pe ac\u021Biuni|OJSC|JSC
offene aktiengesellschaft|OJSC|JSC
open joint stock company|OJSC|JSC
O J S C|OJSC|JSC
Open Joint Stock Company|OJSC|JSC
Open Jnt Stock Co|OJSC|JSC
O Joint Stock Co|OJSC|JSC
Open JSC|OJSC|JSC
ve\u0159ejn\xE1 akciov\xE1 spole\u010Dnost|OJSC|JSC
AT|AT|JSC
\u0430\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u0435 \u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u043E|AT|JSC
Aktsionerne tovarystvo|AT|JSC
\u0430\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u043E\u0433\u043E \u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u0430|AT|JSC
\u0410\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u0435 \u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u043E|AT|JSC
\u041A\u0411|\u041A\u0411|FIN
\u041A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0438\u0439 \u0431\u0430\u043D\u043A|\u041A\u0411|FIN
ApS|ApS|LLC
anpartsselskab|ApS|LLC
AS|AS|JSC
akciju sabiedr\u012Bba|AS|JSC
akciov\xE1 spole\u010Dnost|AS|JSC
akciov\xE1 spolo\u010Dnos\u0165|AS|JSC
akc. spole\u010Dnost|AS|JSC
a. spole\u010Dnost|AS|JSC
aktieselskab|AS|JSC
aktieselskabet|AS|JSC
aktsiaselts|AS|JSC
anonim \u015Firket|AS|JSC
A. S.|AS|JSC
A.S.|AS|JSC
Anonim Sirket|AS|JSC
Anonim Ortakl\u0131k|AS|JSC
anonim \u015Firketi|AS|JSC
ASBL|ASBL|NGO
aisbl|ASBL|NGO
A.S.B.L.|ASBL|NGO
association internationale sans but lucratif|ASBL|NGO
association sans but lucratif|ASBL|NGO
ASC|ASC|NGO
a\xE7\u0131q s\u0259hmdar c\u0259miyy\u0259ti|ASC|NGO
A\xE7\u0131q S\u0259hmdar C\u0259miyy\u0259ti|ASC|NGO
ay|ay|GP
avoin yhti\xF6|ay|GP
bhd|bhd|LLC
berhad|bhd|LLC
BV|BV|LLC
B.V.|BV|LLC
besloten vennootschap|BV|LLC
B V|BV|LLC
Besloten Vennootschap|BV|LLC
Besl. Vennootschap|BV|LLC
B. Vennootschap|BV|LLC
Besloten Vennotschap|BV|LLC
Beslotn Vennootschap|BV|LLC
bvba|bvba|LLC
besloten vennootschap met beperkte aansprakelijkheid|bvba|LLC
vennootschap met beperkte aansprakelijkheid|bvba|LLC
ca|ca|LLC
compa\xF1\xEDa an\xF3nima|ca|LLC
CIC|CIC|NGO
cic|CIC|NGO
c.i.c.|CIC|NGO
community interest company|CIC|NGO
Co Ltd|CoLtd|LLC
CoLtd|CoLtd|LLC
cia ltda|CoLtd|LLC
coltd|CoLtd|LLC
co., ltd.|CoLtd|LLC
co.ltd|CoLtd|LLC
CO.,LTD|CoLtd|LLC
CO., LTD|CoLtd|LLC
compa\xF1\xEDa limitada|CoLtd|LLC
co-op|co-op|COOP
cooperation|co-op|COOP
cooperative|co-op|COOP
coop\xE9ratif|co-op|COOP
coop\xE9ration|co-op|COOP
coop\xE9rative|co-op|COOP
kooperatsia|co-op|COOP
kooperatif|co-op|COOP
sociedad cooperativa|co-op|COOP
sp\xF3\u0142dzielni|co-op|COOP
\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0446\u0438\u044F|co-op|COOP
\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0442\u0438\u0432|co-op|COOP
fond commun de placement|fond commun de placement|FIN
fond de placement|fond commun de placement|FIN
\u1205\u1265\u1228\u1275 \u1235\u122B \u121B\u1205\u1260\u122B\u1275|\u1205\u1265\u1228\u1275 \u1235\u122B \u121B\u1205\u1260\u122B\u1275|COOP
cty cp|cty cp|JSC
c\xF4ng ty c\u1ED5 ph\u1EA7n|cty cp|JSC
cty tnhh|cty tnhh|LLC
c\xF4ng ty tr\xE1ch nhi\u1EC7m h\u1EEFu h\u1EA1n|cty tnhh|LLC
cty tnhh mtv|cty tnhh mtv|LLC
cv|cv|LP
comm. v|cv|LP
commanditaire vennootschap|cv|LP
gewone commanditaire vennootschap|cv|LP
cva|cva|LP
comm. va|cva|LP
commanditaire vennootschap op aandelen|cva|LP
cvba|cvba|COOP
co\xF6peratieve vennootschap met beperkte aansprakelijkheid|cvba|COOP
cvoa|cvoa|COOP
co\xF6peratieve vennootschap met onbeperkte aansprakelijkheid|cvoa|COOP
c\xEDa|c\xEDa|LLC
compa\xF1\xEDa|c\xEDa|LLC
dis tic ltd|dis tic ltd|LLC
dis.tic.ltd|dis tic ltd|LLC
dnnn|dnnn|SOE
doanh nghi\u1EC7p nh\xE0 n\u01B0\u1EDBc|dnnn|SOE
dntn|dntn|LLC
doanh nghi\u1EC7p t\u01B0 nh\xE2n|dntn|LLC
dru\u0161tvo sa ograni\u010Denom odgovorno\u0161\u0107u|doo|LLC
DRU\u0160TVO SA OGRANI\u010CENOM ODGOVORNO\u0160\u0106U|doo|LLC
drustvo sa ogranicenom odgovornoscu|doo|LLC
dru\u0161tvo s ograni\u010Denom odgovornos\u0107u|doo|LLC
dru\u0161tvo sa ograni\u010Denom odgovornos\u0107u|doo|LLC
dru\u0161tvo s ogranicenom odgovorno\u0161\u0107u|doo|LLC
dru\u0161tvo sa ogranicenom odgovorno\u0161\u0107u|doo|LLC
dru\u0161tvo s ograni\u010Denom odgovornoscu|doo|LLC
dru\u0161tvo sa ograni\u010Denom odgovornoscu|doo|LLC
\u0434.\u043E.\u043E.|doo|LLC
\u0434\u043E\u043E|doo|LLC
\u0434\u0440\u0443\u0448\u0442\u0432\u043E \u0441\u0430 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043E\u043C \u043E\u0434\u0433\u043E\u0432\u043E\u0440\u043D\u043E\u0448\u045B\u0443|doo|LLC
dru\u0161tveno preduze\u0107e|dru\u0161tveno preduze\u0107e|LLC
Ribotos atsakomyb\u0117s bendrov\u0117|dru\u0161tveno preduze\u0107e|LLC
\u0434\u043F|dru\u0161tveno preduze\u0107e|LLC
\u0434\u0440\u0443\u0448\u0442\u0432\u0435\u043D\u043E \u043F\u0440\u0435\u0434\u0443\u0437\u0435\u045B\u0435|dru\u0161tveno preduze\u0107e|LLC
dtnn|dtnn|LLC
\u0414\u0417\u0417\u0414|\u0414\u0417\u0417\u0414|LLC
\u0434\u0437\u0437\u0434|\u0414\u0417\u0417\u0414|LLC
\u0415\u0410\u0414|\u0415\u0410\u0414|JSC
ednolichno aktsionerno druzhestvo|\u0415\u0410\u0414|JSC
\u0435\u0430\u0434|\u0415\u0410\u0414|JSC
\u0435\u0434\u043D\u043E\u043B\u0438\u0447\u043D\u043E \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E|\u0415\u0410\u0414|JSC
\xE9\xE9npersoons-BVBA|bvba|LLC
eenpersoons besloten vennootschap met beperkte aansprakelijkheid|bvba|LLC
evropeysko druzhestvo|evropeysko druzhestvo|JSC
e\u0432\u0440\u043E\u043F\u0435\u0439\u0441\u043A\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E|evropeysko druzhestvo|JSC
\u0435\u0434|evropeysko druzhestvo|JSC
EEIG|EEIG|COOP
european economic interest grouping|EEIG|COOP
evropeysko obedinenie po ikonomicheski interesi|EEIG|COOP
\u0435\u0432\u0440\u043E\u043F\u0435\u0439\u0441\u043A\u043E \u043E\u0431\u0435\u0434\u0438\u043D\u0435\u043D\u0438\u0435 \u043F\u043E \u0438\u043A\u043E\u043D\u043E\u043C\u0438\u0447\u0435\u0441\u043A\u0438 \u0438\u043D\u0442\u0435\u0440\u0435\u0441\u0438|EEIG|COOP
EWIV|EEIG|COOP
E.W.I.V.|EEIG|COOP
Europ\xE4ische wirtschaftliche Interessenvereinigung|EEIG|COOP
\u0435\u043E\u0438\u0438|EEIG|COOP
eingetragene genossenschaft|eG|COOP
genossenschaft|eG|COOP
ehf.|ehf.|LLC
einkahlutaf\xE9lag|ehf.|LLC
ei|ei|SP
entreprise individuelle|ei|SP
ek. f\xF6r.|ekfor|COOP
ekfor|ekfor|COOP
ekonomisk f\xF6rening|ekfor|COOP
ekd|ekd|COOP
evropeysko kooperativno druzhestvo|ekd|COOP
e\u0432\u0440\u043E\u043F\u0435\u0439\u0441\u043A\u043E \u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0442\u0438\u0432\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E|ekd|COOP
\u0435\u043A\u0434|ekd|COOP
\u0415\u041E\u041E\u0414|\u0415\u041E\u041E\u0414|LLC
ednolichno druzhestvo s ogranichena otgovornost|\u0415\u041E\u041E\u0414|LLC
\u0435\u0434\u043D\u043E\u043B\u0438\u0447\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u0430 \u043E\u0442\u0433\u043E\u0432\u043E\u0440\u043D\u043E\u0441\u0442|\u0415\u041E\u041E\u0414|LLC
\u0435\u043E\u043E\u0434|\u0415\u041E\u041E\u0414|LLC
esv|esv|COOP
economisch samenwerkingsverband|esv|COOP
\u0415\u0422|\u0415\u0422|SP
ednolichen targovets|\u0415\u0422|SP
\u0435\u0434\u043D\u043E\u043B\u0438\u0447\u0435\u043D \u0442\u044A\u0440\u0433\u043E\u0432\u0435\u0446|\u0415\u0422|SP
\u0435\u0442|\u0415\u0422|SP
EURL|EURL|LLC
entreprise unipersonnelle \xE0 responsabilit\xE9 limit\xE9e|EURL|LLC
e.V.|eV|NGO
eV|eV|NGO
e. V.|eV|NGO
e.V|eV|NGO
e. V|eV|NGO
e V|eV|NGO
eingetragener Verein|eV|NGO
Eingetragener Verein|eV|NGO
eingetr. Verein|eV|NGO
Verein|eV|NGO
eingetragene Vereinigung|eV|NGO
f:ma|f:ma|
enskild n\xE4ringsidkare|f:ma|
fie|fie|
f\xFC\xFCsilisest isikust ettev\xF5tja|fie|
fmba|fmba|
forening med begr\xE6nset ansvar|fmba|
GbR|GbR|GP
Gesellschaft b\xFCrgerlichen Rechts|GbR|GP
Gesellschaft des b\xFCrgerlichen Rechts|GbR|GP
BGB-Gesellschaft|GbR|GP
Ges. b\xFCrgerlichen Rechts|GbR|GP
gesbr|GbR|GP
gesellschaft des b\xFCrgerlichen rechts|GbR|GP
gesellschaft b\xFCrgerlichen rechts|GbR|GP
ges b\xFCr rechts|GbR|GP
GIE|GIE|COOP
groupement d'int\xE9r\xEAt \xE9conomique|GIE|COOP
gospodarsko interesno udru\u017Eenje|gospodarsko interesno udru\u017Eenje|COOP
GK|GK|LLC
\u5408\u540C\u4F1A\u793E|GK|LLC
\u5408\u540D\u4F1A\u793E|\u5408\u540D\u4F1A\u793E|GP
GNPP|GNPP|SOE
gosudarstvennoe nauchno proizvodstvennoe predpriyatie|GNPP|SOE
scientific & production enterprise|GNPP|SOE
scientific and production enterprise|GNPP|SOE
\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0435 \u043D\u0430\u0443\u0447\u043D\u043E-\u043F\u0440\u043E\u0438\u0437\u0432\u043E\u0434\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0435 \u043F\u0440\u0435\u0434\u043F\u0440\u0438\u044F\u0442\u0438\u0435|GNPP|SOE
\u0434\u0435\u0440\u0436\u0430\u0432\u043D\u0435 \u043D\u0430\u0443\u043A\u043E\u0432\u043E-\u0432\u0438\u0440\u043E\u0431\u043D\u0438\u0447\u0435 \u043F\u0456\u0434\u043F\u0440\u0438\u0454\u043C\u0441\u0442\u0432\u043E|GNPP|SOE
gensidigt selskab|gensidigt selskab|COOP
\u5408\u8CC7\u4F1A\u793E|\u5408\u8CC7\u4F1A\u793E|LP
haao|haao|JSC
halka a\xE7\u0131k anonim ortakl\u0131k|haao|JSC
Hf.|Hf|LLC
Hf|Hf|LLC
hlutaf\xE9lag|Hf|LLC
htx|htx|COOP
h\u1EE3p t\xE1c x\xE3|htx|COOP
huf|huf|SOE
hindu undivided family|huf|SOE
II|II|SP
inteprinderea individuala|II|SP
interprinderea individual\u0103|II|SP
intreprindere individuala|II|SP
intreprindere individual\u0103|II|SP
intreprinderea ibdividuala|II|SP
intreprinderea individuala|II|SP
intreprinderea individual\u0103|II|SP
intreprinderea indiviuala|II|SP
intreprinzator individual|II|SP
\xEEnterprinderea individual\u0103|II|SP
\xEEntreprindera individual\u0103|II|SP
\xEEntreprindere individual\u0103|II|SP
\xEEntreprinderea individual\xEE|II|SP
\xEEntreprinderea individual\u0103|II|SP
\xEEntreprindserea individual\u0103|II|SP
\xEEntreprinz\u0103tor individual|II|SP
\xEEntreprinz\u0103torul individual|II|SP
ik|ik|SOE
individu\u0101lais komersants|ik|SOE
im|im|SOE
\xEEntreprinderea municipal\u0103|im|SOE
Inc|Inc|LLC
incorp|Inc|LLC
incorporated|Inc|LLC
Incorporated|Inc|LLC
incorporation|Inc|LLC
incorpor\xE9e|Inc|LLC
Inc.|Inc|LLC
Incorp|Inc|LLC
Incorp.|Inc|LLC
Incorported|Inc|LLC
Incorporatd|Inc|LLC
Incorporado|Inc|LLC
Incorpor\xE9e|Inc|LLC
Incs|Inc|LLC
in|Inc|LLC
I N C|Inc|LLC
IS|IS|SOE
interessentskab|IS|SOE
intreprindere de stat alimentatiei publice|IS|SOE
intreprinderea de stat|IS|SOE
\xEEntreprinderea de stat|IS|SOE
ivs|ivs|LLC
iv\xE6rks\xE6tterselskab|ivs|LLC
jdoo|jdoo|LLC
j.d.o.o|jdoo|LLC
jednostavno dru\u0161tvo s ograni\u010Denom odgovorno\u0161\u0107u|jdoo|LLC
\u0408\u041F|\u0408\u041F|SOE
javno preduze\u0107e|\u0408\u041F|SOE
\u0458\u0430\u0432\u043D\u043E \u043F\u0440\u0435\u0434\u0443\u0437\u0435\u045B\u0435|\u0408\u041F|SOE
\u0408.\u041F.|\u0408\u041F|SOE
\u0408. \u041F.|\u0408\u041F|SOE
JSCB|JSCB|JSC
joint stock commercial bank|JSCB|JSC
Public Joint-Stock Commercial Bank|JSCB|JSC
Joint-Stock Bank|JSCB|JSC
PJSCB|JSCB|JSC
\u0410\u041A\u0411|JSCB|JSC
\u0410\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u0438\u0439 \u043A\u043E\u043C\u0435\u0440\u0446\u0456\u0439\u043D\u0438\u0439 \u0431\u0430\u043D\u043A|JSCB|JSC
\u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u044B\u0439 \u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0438\u0439 \u0431\u0430\u043D\u043A|JSCB|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u042B\u0419 \u041A\u041E\u041C\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0418\u0419 \u0411\u0410\u041D\u041A|JSCB|JSC
Aktsionerny Kommercheskiy Bank|JSCB|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u042B\u0419 \u041A\u041E\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0418\u0419 \u0411\u0410\u041D\u041A|JSCB|JSC
\u0410\u041A\u0426\u042B\u041E\u041D\u0415\u0420\u041D\u042B\u0419 \u041A\u041E\u041C\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0418\u0419 \u0411\u0410\u041D\u041A|JSCB|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u042B \u041A\u041E\u041C\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0418\u0419 \u0411\u0410\u041D\u041A|JSCB|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u042B\u0419 \u041A\u041E\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0418 \u0411\u0410\u041D\u041A|JSCB|JSC
\u0410\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0424\u0438\u043D\u0430\u043D\u0441\u043E\u0432\u043E-\u0441\u0442\u0440\u043E\u0438\u0442\u0435\u043B\u044C\u043D\u0430\u044F \u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F|\u0410\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0424\u0438\u043D\u0430\u043D\u0441\u043E\u0432\u043E-\u0441\u0442\u0440\u043E\u0438\u0442\u0435\u043B\u044C\u043D\u0430\u044F \u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F|JSC
jtd|jtd|JSC
j.t.d.|jtd|JSC
javno trgova\u010Dko dru\u0161tvo|jtd|JSC
jusikhoesa|jusikhoesa|JSC
\u321C|jusikhoesa|JSC
\uC8FC\uC2DD\uD68C\uC0AC|jusikhoesa|JSC
jv|jv|
joint venture|jv|
kb|kb|LP
kommanditbolag|kb|LP
kda|kda|LP
komanditno druzhestvo s aktsii|kda|LP
komanditno druzhestvo s aktsiyami|kda|LP
\u043A\u0434\u0430|kda|LP
\u043A\u043E\u043C\u0430\u043D\u0434\u0438\u0442\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E \u0441 \u0430\u043A\u0446\u0438\u0438|kda|LP
keG|keG|GP
kommanditerwerbsgesellschaft|keG|GP
Kft.|Kft.|LLC
kft|Kft.|LLC
korlatolt felelossegu tarsasag|Kft.|LLC
Korl\xE1tolt Felel\u0151ss\xE9g\u0171 T\xE1rsas\xE1g|Kft.|LLC
korl\xE1tolt felel\u0151ss\xE9g\xFC t\xE1rsas\xE1g, organiza\u010Dn\xED slo\u017Eka|Kft.|LLC
korl\xE1tolt felel\u0151ss\xE9g\u0171 t\xE1rsas\xE1g|Kft.|LLC
K f t|Kft.|LLC
Korlatolt Felelossegu Tarsasag|Kft.|LLC
\u682A\u5F0F\u4F1A\u793E|\u682A\u5F0F\u4F1A\u793E|JSC
koll. \u015Fti.|koll. \u015Fti.|GP
kolektif \u015Firket|koll. \u015Fti.|GP
kom. \u015Fti|kom. \u015Fti|LP
komandit \u015Firket|kom. \u015Fti|LP
koop|koop|COOP
kooperatif \u015Firket|koop|COOP
ks|ks|LP
komanditn\xED spole\u010Dnost|ks|LP
komand\u012Btsabiedr\u012Bba|ks|LP
kommanditselskab|ks|LP
ky|ky|LP
kommandiittiyhti\xF6|ky|LP
\u0422\u041E\u0412|OOO|LLC
OOO|OOO|LLC
\u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u043E \u0437 \u043E\u0431\u043C\u0435\u0436\u0435\u043D\u043E\u044E \u0432\u0456\u0434\u043F\u043E\u0432\u0456\u0434\u0430\u043B\u044C\u043D\u0456\u0441\u0442\u044E|OOO|LLC
\u0442\u043E\u0432|OOO|LLC
\u0442\u0437\u043E\u0432|OOO|LLC
TOV|TOV|LLC
tovarystvo z obmezhenoyu vidpovidalnistyu|TOV|LLC
Tovarystvo z obmezhenoiu vidpovidalnistiu|TOV|LLC
\u0421\u041F\u0414|SPD|SP
SPD|SPD|SP
\u0441\u0443\u0431\u044A\u0435\u043A\u0442 \u043F\u0440\u0435\u0434\u043F\u0440\u0438\u043D\u0438\u043C\u0430\u0442\u0435\u043B\u044C\u0441\u043A\u043E\u0439 \u0434\u0435\u044F\u0442\u0435\u043B\u044C\u043D\u043E\u0441\u0442\u0438|SPD|SP
\u0421\u0423\u0411\u042A\u0415\u041A\u0422 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u041D\u0418\u041C\u0410\u0422\u0415\u041B\u042C\u0421\u041A\u041E\u0419 \u0414\u0415\u042F\u0422\u0415\u041B\u042C\u041D\u041E\u0421\u0422\u0418|SPD|SP
\u0441\u0443\u0431'\u0454\u043A\u0442 \u043F\u0456\u0434\u043F\u0440\u0438\u0454\u043C\u043D\u0438\u0446\u044C\u043A\u043E\u0457 \u0434\u0456\u044F\u043B\u044C\u043D\u043E\u0441\u0442\u0456|SPD|SP
\u0421\u0423\u0411'\u0404\u041A\u0422 \u041F\u0406\u0414\u041F\u0420\u0418\u0404\u041C\u041D\u0418\u0426\u042C\u041A\u041E\u0407 \u0414\u0406\u042F\u041B\u042C\u041D\u041E\u0421\u0422\u0406|SPD|SP
\u0424\u041E\u041F|FOP|SP
FOP|FOP|SP
\u0444\u0438\u0437\u0438\u0447\u0435\u0441\u043A\u043E\u0435 \u043B\u0438\u0446\u043E-\u043F\u0440\u0435\u0434\u043F\u0440\u0438\u043D\u0438\u043C\u0430\u0442\u0435\u043B\u044C|FOP|SP
\u0424\u0418\u0417\u0418\u0427\u0415\u0421\u041A\u041E\u0415 \u041B\u0418\u0426\u041E-\u041F\u0420\u0415\u0414\u041F\u0420\u0418\u041D\u0418\u041C\u0410\u0422\u0415\u041B\u042C|FOP|SP
\u0444\u0456\u0437\u0438\u0447\u043D\u0430 \u043E\u0441\u043E\u0431\u0430-\u043F\u0456\u0434\u043F\u0440\u0438\u0454\u043C\u0435\u0446\u044C|FOP|SP
\u0424\u0406\u0417\u0418\u0427\u041D\u0410 \u041E\u0421\u041E\u0411\u0410-\u041F\u0406\u0414\u041F\u0420\u0418\u0404\u041C\u0415\u0426\u042C|FOP|SP
tavaristva z abmezhavanaj adkaznastsiu|tavaristva z abmezhavanaj adkaznastsiu|LLC
limited ortakl\u0131k|limited ortakl\u0131k|LP
limited partnership|LP|LP
L.P.|LP|LP
L.P|LP|LP
\u041B.\u041F.|LP|LP
\u041B.\u041F|LP|LP
\u5169\u5408\u516C\u53F8|LP|LP
LLC|LLC|LLC
Limited Liability Company|LLC|LLC
limited liability company|LLC|LLC
LIMITED LIABILITY CO|LLC|LLC
LIMITED LIABILITY COMP|LLC|LLC
LIMITED LIABILITY COMPANY|LLC|LLC
LIMITED LIABILITY CO.|LLC|LLC
LIMITED LIABILITY CORP|LLC|LLC
LIMITED LIABILITY CORPORATION|LLC|LLC
LIMITED LIABILITY CORP.|LLC|LLC
FOREIGN LIMITED LIABILITY COMPANY|LLC|LLC
LTD LIABILITY COMPANY|LLC|LLC
LTD LIABILITY COMP|LLC|LLC
LTD LIABILITY CO|LLC|LLC
L.L.C|LLC|LLC
L.L.C.|LLC|LLC
L L C|LLC|LLC
LLCs|LLC|LLC
LL|LLC|LLC
LC|LLC|LLC
Ltd Liability Co|LLC|LLC
Limited Liability Corp|LLC|LLC
Lmtd Liability Company|LLC|LLC
Lt Liability Company|LLC|LLC
Limited Liab Co|LLC|LLC
Ltd Liab Company|LLC|LLC
Limitd Liability Co|LLC|LLC
Limted Liability Co|LLC|LLC
private limited liability company|LLC|LLC
Ltd|Ltd|LLC
lda.|Ltd|LLC
limitada|Ltd|LLC
Limitada|Ltd|LLC
Limitd|Ltd|LLC
Limite|Ltd|LLC
limited|Ltd|LLC
Limited|Ltd|LLC
limited by guarantee|Ltd|LLC
limited by shares|Ltd|LLC
\u0427\u0410\u0421\u0422\u041D\u0410\u042F \u041A\u041E\u041C\u041F\u0410\u041D\u0418\u042F \u0421 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E, \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u0410\u041A\u0426\u0418\u042F\u041C\u0418|Ltd|LLC
\u0427\u0410\u0421\u0422\u041D\u0410\u042F \u041A\u041E\u041C\u041F\u0410\u041D\u0418\u042F \u0421 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|Ltd|LLC
Limited Co|Ltd|LLC
limited company|Ltd|LLC
Limit\xE9e|Ltd|LLC
Limted|Ltd|LLC
Lmtd|Ltd|LLC
Lt|Ltd|LLC
Lt.|Ltd|LLC
Ltd Co.|Ltd|LLC
ltd.|Ltd|LLC
Ltd. Co|Ltd|LLC
ltd. co.|Ltd|LLC
ltda|Ltd|LLC
Ltds|Ltd|LLC
private company with limited liability|Ltd|LLC
private limited company|Ltd|LLC
Cyf|Ltd|LLC
Cyfyngedig|Ltd|LLC
Cyf.|Ltd|LLC
\u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|Ltd|LLC
\u043B\u0442\u0434|Ltd|LLC
\u043B\u0438\u043C\u0438\u0442\u0435\u0434|Ltd|LLC
\u041B\u0456\u043C\u0456\u0442\u0435\u0434|Ltd|LLC
\u041B\u0418\u041C\u0418\u0422\u0415\u0414|Ltd|LLC
\u05D1\u05E2"\u05DE|Ltd|LLC
\u6709\u9650\u516C\u53F8|Ltd|LLC
\u6709\u9650|Ltd|LLC
\u0627\u0644\u0645\u062D\u062F\u0648\u062F\u0629|Ltd|LLC
\u0627\u0644\u0645\u0633\u0627\u0647\u0645\u0629 \u0627\u0644\u0645\u062D\u062F\u0648\u062F\u0629|Ltd|LLC
Ltd Sti|Ltd|LLC
Ltd. Sti.|Ltd|LLC
limited \u015Firket|Ltd|LLC
ltd.sti|Ltd|LLC
Limited \u015Eirket|Ltd|LLC
Ltd. \u015Eti.|Ltd|LLC
Ltd. Sti|Ltd|LLC
limited sti|Ltd|LLC
limited \u015Firketi|Ltd|LLC
\u10E8\u10DE\u10E1|\u10E8\u10DE\u10E1|LLC
\u10E8\u10D4\u10D6\u10E6\u10E3\u10D3\u10E3\u10DA\u10D8 \u10DE\u10D0\u10E1\u10E3\u10EE\u10D8\u10E1\u10DB\u10D2\u10D4\u10D1\u10DA\u10DD\u10D1\u10D8\u10E1 \u10E1\u10D0\u10D6\u10DD\u10D2\u10D0\u10D3\u10DD\u10D4\u10D1\u10D0|\u10E8\u10DE\u10E1|LLC
\u041C\u0427\u0416|\u041C\u0427\u0416|LLC
mas'uliyati cheklangan jamiyat|\u041C\u0427\u0416|LLC
\u043C\u0430\u0441\u044A\u0443\u043B\u0438\u044F\u0442\u0438 \u0447\u0435\u043A\u043B\u0430\u043D\u0433\u0430\u043D \u0436\u0430\u043C\u0438\u044F\u0442|\u041C\u0427\u0416|LLC
\u041C\u0430\u0441\u044A\u0443\u043B\u0438\u044F\u0442\u0438 \u0447\u0435\u043A\u043B\u0430\u043D\u0433\u0430\u043D \u0436\u0430\u043C\u0438\u044F\u0442|\u041C\u0427\u0416|LLC
Mas'uliyati cheklangan jamiyat|\u041C\u0427\u0416|LLC
MChJ|\u041C\u0427\u0416|LLC
MMC|MMC|LLC
m\u0259hdud m\u0259suliyy\u0259tli c\u0259miyy\u0259t|MMC|LLC
mt\xFC|mt\xFC|NGO
mittetulundus\xFChing|mt\xFC|NGO
NA|NA|
N.A|NA|
N.A.|NA|
national association|NA|
nin'i kumiai|nin'i kumiai|FIN
\u4EFB\u610F\u7D44\u5408|nin'i kumiai|FIN
NON-BANK CREDIT ORGANIZATION|nin'i kumiai|FIN
\u041D\u0435\u0431\u0430\u043D\u043A\u043E\u0432\u0441\u043A\u0430\u044F \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430\u044F \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F|nin'i kumiai|FIN
\u043D\u0435\u0431\u0430\u043D\u043A\u043E\u0432\u0441\u043A\u0430\u044F \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430\u044F \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F|nin'i kumiai|FIN
\u0420\u0430\u0441\u0447\u0435\u0442\u043D\u0430\u044F \u043D\u0435\u0431\u0430\u043D\u043A\u043E\u0432\u0441\u043A\u0430\u044F \u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430\u044F \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F|nin'i kumiai|FIN
Settlement non-banking credit organization|nin'i kumiai|FIN
\u043D\u043F|\u043D\u043F|NGO
\u043D\u0435\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u043E\u0435 \u043F\u0430\u0440\u0442\u043D\u0435\u0440\u0441\u0442\u0432\u043E|\u043D\u043F|NGO
\u043D\u0435\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u043E\u0435 \u043F\u0430\u0440\u0442\u043D\u0451\u0440\u0441\u0442\u0432\u043E|\u043D\u043F|NGO
NV|NV|JSC
N.V.|NV|JSC
N.V|NV|JSC
naamloze vennootschap|NV|JSC
N V|NV|JSC
Naamloze Vennootschap|NV|JSC
Naamlze Vennootschap|NV|JSC
N. Vennootschap|NV|JSC
Naaml. Vennootschap|NV|JSC
OAJ|OAJ|JSC
ochiq aksiyadorlik jamiyati|OAJ|JSC
\u043E\u0447\u0438\u049B \u0430\u043A\u0446\u0438\u044F\u0434\u043E\u0440\u043B\u0438\u043A \u0436\u0430\u043C\u0438\u044F\u0442\u0438|OAJ|JSC
od|od|LLC
o.d.|od|LLC
orta\u010Dko dru\u0161tvo|od|LLC
\u043E.\u0434.|od|LLC
\u043E\u0434|od|LLC
\u043E\u0440\u0442\u0430\u0447\u043A\u043E \u0434\u0440\u0443\u0448\u0442\u0432\u043E|od|LLC
\u041E\u0414\u041E|\u041E\u0414\u041E|LLC
obshchestvo s dopolnitel'noj otvetstvennost'yu|\u041E\u0414\u041E|LLC
\u043E\u0434\u043E|\u041E\u0414\u041E|LLC
\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u0434\u043E\u043F\u043E\u043B\u043D\u0438\u0442\u0435\u043B\u044C\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|\u041E\u0414\u041E|LLC
oeg|oeg|
offene erwerbsgesellschaft|oeg|
og|og|
offene gesellschaft|og|
oilaviy korxona|oilaviy korxona|SP
\u043E\u0438\u043B\u0430\u0432\u0438\u0439 \u043A\u043E\u0440\u0445\u043E\u043D\u0430|oilaviy korxona|SP
NGO|NGO|NGO
non-governmental organization|NGO|NGO
non governmental organization|NGO|NGO
non-government organisation|NGO|NGO
non governmental organisation|NGO|NGO
non-profit organization|NGO|NGO
non profit organization|NGO|NGO
non-profit organisation|NGO|NGO
non profit organisation|NGO|NGO
ngo|NGO|NGO
N.G.O.|NGO|NGO
N G O|NGO|NGO
n.g.o.|NGO|NGO
n.g.o|NGO|NGO
\u0646.\u0645.\u0645|NGO|NGO
\u0645\u0646\u0638\u0645\u0629 \u063A\u064A\u0631 \u062D\u0643\u0648\u0645\u064A\u0629|NGO|NGO
NON-PROFIT ORGANIZATION|NGO|NGO
NON PROFIT ORGANIZATION|NGO|NGO
NONPROFIT ORGANIZATION|NGO|NGO
NPO|NGO|NGO
N.P.O.|NGO|NGO
NON-PROFIT|NGO|NGO
NONPROFIT|NGO|NGO
niegovorni organizaciji|NGO|NGO
nevladine organizacije|NGO|NGO
nevladina organizacija|NGO|NGO
CHARITY|NGO|NGO
CHARITABLE ORGANIZATION|NGO|NGO
CHARITABLE ORGANISATION|NGO|NGO
CHARITABLE FUND|NGO|NGO
CHARITY FUND|NGO|NGO
Nichtregierungsorganisation|NGO|NGO
Organiza\u021Bia societ\u0103\u021Bii civile|NGO|NGO
Organiza\u021Bia societatii civile|NGO|NGO
Organiza\u021Bia neguvernamental\u0103|NGO|NGO
Organiza\u021Bia neguvernamentala|NGO|NGO
Niet-gouvernementele organisatie|NGO|NGO
Organizacja pozarz\u0105dowa|NGO|NGO
Organizacja pozarzadowa|NGO|NGO
Nevl\xE1dn\xED organizace|NGO|NGO
Nevladni organizace|NGO|NGO
Mimovl\xE1dna organiz\xE1cia|NGO|NGO
Mimovladna organizacia|NGO|NGO
CSO|CSO|NGO
civil society organization|CSO|NGO
civil society organisation|CSO|NGO
Civil Society Organization|CSO|NGO
Civil Society Organisation|CSO|NGO
ONG|ONG|NGO
Organisation non gouvernementale|ONG|NGO
Organizaci\xF3n no gubernamental|ONG|NGO
Organiza\xE7\xE3o n\xE3o governamental|ONG|NGO
Organizzazione non governativa|ONG|NGO
ood|ood|LLC
drujestvo s ogranichena otgovornost|ood|LLC
druzestvo s ogranicena otgovornost|ood|LLC
druzhestvo s ogranichena otgovornost|ood|LLC
\u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u0430 \u043E\u0442\u0433\u043E\u0432\u043E\u0440\u043D\u043E\u0441\u0442|ood|LLC
\u043E\u043E\u0434|ood|LLC
OPG|OPG|SP
obiteljsko poljoprivredno gospodarstvo|OPG|SP
ops|ops|NGO
obecn\u011B prosp\u011B\u0161n\xE1 spole\u010Dnost|ops|NGO
o.p.s.|ops|NGO
o.p.s|ops|NGO
ob\u010Dansk\xE9 sdru\u017Een\xED.|ob\u010Dansk\xE9 sdru\u017Een\xED.|NGO
OSCIP|OSCIP|NGO
osk|osk|
osuuskunta|osk|
owm|owm|FIN
onderlinge waarborgmaatschappij|owm|FIN
oy|oy|LLC
osakeyhti\xF6|oy|LLC
Osakeyhti\xF6|oy|LLC
Ab Company Oy|oy|LLC
Oy Company Ab|oy|LLC
Company Oy Ab|oy|LLC
O.Y.|oy|LLC
O/Y|oy|LLC
oyj|oyj|JSC
julkinen osakeyhti\xF6|oyj|JSC
o\xFC|o\xFC|
osa\xFChing|o\xFC|
pc|pc|
\u12AE\u122D\u1356\u122C\u123D\u1295|pc|
pe|pe|
\u12E8\u1218\u1295\u130D\u1235\u1275 \u120D\u121B\u1275 \u12F5\u122D\u1305\u1276\u127D|pe|
\u041F\u041F|\u041F\u041F|SP
\u043F\u0440\u0438\u0432\u0430\u0442\u043D\u0435 \u043F\u0456\u0434\u043F\u0440\u0438\u0454\u043C\u0441\u0442\u0432\u043E|\u041F\u041F|SP
PP|PP|SP
Pryvatne pidpryiemstvo|PP|SP
pr|pr|
preduzetnik|pr|
\u043F\u0440|pr|
\u043F\u0440\u0435\u0434\u0443\u0437\u0435\u0442\u043D\u0438\u043A|pr|
ps|ps|
partnerselskab|ps|
pilnsabiedr\u012Bba|ps|
pse|pse|
public sector enterprise|pse|
psu|psu|
public sector undertaking|psu|
pt|pt|
perseroan terbatas|pt|
pt tbk|pt tbk|
perseroan terbatas terbuka|pt tbk|
Pty Ltd|Ltd|LLC
proprietary limited|Ltd|LLC
proprietary limited company|Ltd|LLC
proprietary Ltd|Ltd|LLC
pty ltd|Ltd|LLC
Pty. Ltd.|Ltd|LLC
Pty. Ltd|Ltd|LLC
Pty Ltd.|Ltd|LLC
Pty Limited|Ltd|LLC
qk|qk|
qo'shma korxona|qk|
\u049B\u045E\u0448\u043C\u0430 \u043A\u043E\u0440\u0445\u043E\u043D\u0430|qk|
qmj|qmj|
qo'shimcha ma'suliyatli jamiyat|qmj|
\u049B\u045E\u0448\u0438\u043C\u0447\u0430 \u043C\u0430\u0441\u044A\u0443\u043B\u0438\u044F\u0442\u043B\u0438 \u0436\u0430\u043C\u0438\u044F\u0442|qmj|
QSC|QSC|
qapal\u0131 s\u0259hmdar c\u0259miyy\u0259ti|QSC|
qapal\u0131 tipli s\u0259hmdar c\u0259miyy\u0259ti|QSC|
rp|rp|
rekister\xF6ity puolue|rp|
rs|rs|
s\xE4\xE4ti\xF6|rs|
ry|ry|NGO
rekister\xF6ity yhdistys|ry|NGO
rekister\xF6ity yhdistys ry|ry|NGO
rekister\xF6ity yhdistys ry.|ry|NGO
rf|rf|NGO
reykjavikurf\xE9lag|rf|NGO
Registrerad f\xF6rening|rf|NGO
s.cra.|scra|LP
scra|scra|LP
sociedad comanditaria|scra|LP
SA|SA|JSC
s.a.|SA|JSC
S.A.|SA|JSC
S.A|SA|JSC
sarf|SA|JSC
sociedad anonima|SA|JSC
sociedad an\xF3nima|SA|JSC
sociedada anonima|SA|JSC
sociedade an\xF3nima|SA|JSC
sociedade an\xF4nima|SA|JSC
socied\xE1 an\xF3nima|SA|JSC
societat an\xF2nima|SA|JSC
Sociedad An\xF3nima|SA|JSC
Soci\xE9t\xE9 Anonyme|SA|JSC
Sociedade An\xF4nima|SA|JSC
Societa Anonima|SA|JSC
Societate Anonima|SA|JSC
societate pe ac\u021Biuni|SA|JSC
societatea pe actiuni|SA|JSC
societatea pe ac\u0163iuni|SA|JSC
Societatea pe ac\u021Biuni|SA|JSC
societateare pe actiuni|SA|JSC
societ\xE0 anonima|SA|JSC
soci\xE9t\xE9 anonyme|SA|JSC
soci\xE9t\xE9 par actions de r\xE9gime f\xE9d\xE9ral|SA|JSC
soci\xE9t\xE9 par actions|SA|JSC
sp\xF3\u0142ka akcyjna|SA|JSC
SP\xD3\u0141KA AKCYJNA|SA|JSC
\u0634\u0631\u0643\u0629 \u062E\u0641\u064A\u0629 \u0627\u0644\u0625\u0633\u0645|SA|JSC
SAD|SAD|JSC
sociedad an\xF3nima deportiva|SAD|JSC
sharikat al-mossahamah|sharikat al-mossahamah|JSC
\u0634\u0640\u0631\u0643\u0640\u0629 \u0627\u0644\u0640\u0645\u0640\u0633\u0640\u0627\u0647\u0640\u0645\u0640\u0629|sharikat al-mossahamah|JSC
saoc|saoc|JSC
soci\xE9t\xE9 anonyme omanaise close|saoc|JSC
saog|saog|JSC
soci\xE9t\xE9 anonyme omanaise g\xE9n\xE9rale|saog|JSC
sapa|sapa|LP
societ\xE0 in accomandita per azioni|sapa|LP
SARL|SARL|LLC
S.A.R.L.|SARL|LLC
soci\xE9t\xE9 \xE0 responsabilit\xE9 limit\xE9e|SARL|LLC
S A R L|SARL|LLC
Soci\xE9t\xE9 \xE0 Responsabilit\xE9 Limit\xE9e|SARL|LLC
Soc. \xE0 Resp. Limit\xE9e|SARL|LLC
Soc \xE0 Responsab Limit\xE9e|SARL|LLC
S. \xE0 R. L.|SARL|LLC
\u0634\u0651\u0631\u0643\u0629 \u0630\u0627\u062A \u0645\u0633\u0624\u0648\u0644\u064A\u0651\u0627\u062A \u0645\u062D\u062F\u0648\u062F\u0629 \u0634.\u0645.\u0645|SARL|LLC
sociedades por acciones simplificada|SAS|LLC
soci\xE9t\xE9 par actions simplifi\xE9e|SAS|LLC
S.A.S.|SAS|LLC
S A S|SAS|LLC
Soci\xE9t\xE9 par Actions Simplifi\xE9e|SAS|LLC
Soc. par Actions Simplifi\xE9e|SAS|LLC
Soci\xE9t\xE9 Actions Simplifi\xE9e|SAS|LLC
S. par A. S.|SAS|LLC
scc|scc|LLC
soci\xE9t\xE9 commerciale canadienne|scc|LLC
sce|sce|COOP
societas cooperativa europaea|sce|COOP
scop|scop|COOP
soci\xE9t\xE9 coop\xE9rative de production|scop|COOP
scpa|scpa|
sociedad civil privada|scpa|
secs|SCS|LP
s.c.s.|SCS|LP
sociedad en comandita simple|SCS|LP
soci\xE9t\xE9 en commandite simple|SCS|LP
SD|SD|LLC
s-ie|SD|LLC
sabiratelno druzhestvo (sd)/sadruzhie|SD|LLC
sd/s-ie|SD|LLC
\u0441-\u0438\u0435|SD|LLC
\u0441\u0434|SD|LLC
\u0441\u044A\u0431\u0438\u0440\u0430\u0442\u0435\u043B\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E|SD|LLC
\u0441\u044A\u0431\u0438\u0440\u0430\u0442\u0435\u043B\u043D\u043E \u0434\u0440\u0443\u0436\u0435\u0441\u0442\u0432\u043E (\u0441\u0434)/\u0441\u044A\u0434\u0440\u0443\u0436\u0438\u0435|SD|LLC
Sdn Bhd|Sdn Bhd|LLC
Sdn. Bhd.|Sdn Bhd|LLC
sendirian berhad|Sdn Bhd|LLC
SE|SE|JSC
S.E.|SE|JSC
Societas Europaea|SE|JSC
societas europaea|SE|JSC
Europ\xE4ische Aktiengesellschaft|SE|JSC
Europ\xE4ische Gesellschaft|SE|JSC
sem|sem|COOP
soci\xE9t\xE9 d'\xE9conomie mixte|sem|COOP
soci\xE9t\xE9 en participation|soci\xE9t\xE9 en participation|COOP
sf|sf|GP
sameignarf\xE9lag|sf|GP
SGR|SGR|COOP
sociedad de garantia reciproca|SGR|COOP
sociedad de garant\xEDa reciproca|SGR|COOP
Sociedad de Garantia Reciproca|SGR|COOP
S.G.R.|SGR|COOP
SIA|SIA|LLC
sabiedr\u012Bba ar ierobe\u017Eotu atbild\u012Bbu|SIA|LLC
Sabiedr\u012Bba ar ierobe\u017Eotu atbild\u012Bbu|SIA|LLC
S.I.A.|SIA|LLC
\u0441\u0438\u0430|SIA|LLC
sicaf|sicaf|FIN
soci\xE9t\xE9 d'investissement \xE0 capital fixe|sicaf|FIN
SICAV|SICAV|FIN
soci\xE9t\xE9 d'investissement \xE0 capital variable|SICAV|FIN
S I C A V|SICAV|FIN
Soci\xE9t\xE9 d'Investissement \xE0 Capital Variable|SICAV|FIN
Soc Invest Capital Variable|SICAV|FIN
SLL|SLL|LLC
sociedad limitada laboral|SLL|LLC
SLNE|SLNE|LLC
s.l.n.e.|SLNE|LLC
sociedad limitada nueva empresa|SLNE|LLC
Pte Ltd|Pte Ltd|LLC
Pte. Ltd.|Pte Ltd|LLC
pte ltd.|Pte Ltd|LLC
pte. ltd.|Pte Ltd|LLC
Single Member Private Limited Company|Pte Ltd|LLC
smba|smba|LLC
selskab med begr\xE6nset ansvar|smba|LLC
snc|snc|LP
soci\xE9t\xE9 en nom collectif|snc|LP
snt|snt|LP
\u0441\u0430\u0434\u043E\u0432\u043E\u0434\u0447\u0435\u0441\u043A\u043E\u0435 \u043D\u0435\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u043E\u0435 \u0442\u043E\u0432\u0430\u0440\u0438\u0449\u0435\u0441\u0442\u0432\u043E|snt|LP
s.p.|s.p.|SP
samostalni preduzetnik|s.p.|SP
st\xE1tn\xED podnik|s.p.|SP
societ\xE0 per azioni|SpA|JSC
SOCIETA' PER AZIONI|SpA|JSC
Sociedade por a\xE7\xF5es|SpA|JSC
spf|spf|NGO
stichting particulier fonds|spf|NGO
SPRL|SPRL|LLC
soci\xE9t\xE9 priv\xE9e \xE0 responsabilit\xE9 limit\xE9e|SPRL|LLC
soci\xE9t\xE9 priv\xE9e \xE0 responsabilit\xE9 limit\xE9e unipersonnelle|SPRL|LLC
SRL|SRL|LLC
intreprinderea cu responsabilitate limitata|SRL|LLC
s.r.l|SRL|LLC
s.r.l.|SRL|LLC
S R L|SRL|LLC
Societ\xE0 a Responsabilit\xE0 Limitata|SRL|LLC
Sociedad de Responsabilidad Limitada|SRL|LLC
Societate cu Raspundere Limitata|SRL|LLC
Soc. Resp. Limitada|SRL|LLC
Soc a Resp Limitata|SRL|LLC
sicietatea de raspundere limitata|SRL|LLC
sociedad de responsabilidad limitada|SRL|LLC
societata cu raspundere limitata|SRL|LLC
societate cu rasponbilitate limitata|SRL|LLC
societate cu raspundere limitata|SRL|LLC
societate cu responsabilitate limiiata|SRL|LLC
societate cu responsabilitate limitata|SRL|LLC
societate cu r\u0103spundere limitat\u0103|SRL|LLC
societate cu r\u0103spundre limitat\u0103|SRL|LLC
societatea cu rasdpundere limitata|SRL|LLC
societatea cu rasponsabilitate limitata|SRL|LLC
societatea cu raspundere|SRL|LLC
societatea cu raspundere limitata|SRL|LLC
societatea cu raspundere limitate|SRL|LLC
societatea cu responsabilitate limitata|SRL|LLC
societatea cu responsabilitatea limitata|SRL|LLC
societatea cu respundere limitata|SRL|LLC
societatea cu r\u0103spundere|SRL|LLC
societatea cu r\u0103spundere limitat\u0103|SRL|LLC
societatii cu raspunderea limitata|SRL|LLC
societete cu r\u0103spundere limitat\u0103|SRL|LLC
societ\xE0 a responsabilit\xE0 limitata|SRL|LLC
socitate cu responsabilitate limitata|SRL|LLC
Rt.|Rt.|JSC
r\xE9szv\xE9nyt\xE1rsas\xE1g|Rt.|JSC
Nyrt.|Nyrt.|JSC
nyilv\xE1nosan m\u0171k\xF6d\u0151 r\xE9szv\xE9nyt\xE1rsas\xE1g|Nyrt.|JSC
Nyilv\xE1nosan m\u0171k\xF6d\u0151 r\xE9szv\xE9nyt\xE1rsas\xE1g|Nyrt.|JSC
Zrt.|Zrt.|JSC
Z\xE1rtk\xF6r\u0171en M\u0171k\xF6d\u0151 R\xE9szv\xE9nyt\xE1rsas\xE1g|Zrt.|JSC
Bt.|Bt.|LP
Bet\xE9ti T\xE1rsas\xE1g|Bt.|LP
Kkt.|Kkt.|GP
K\xF6zkereseti T\xE1rsas\xE1g|Kkt.|GP
Egy\xE9ni V\xE1llalkoz\xF3|Egy\xE9ni V\xE1llalkoz\xF3|SP
Egy\xE9ni C\xE9g|Egy\xE9ni V\xE1llalkoz\xF3|SP
Sz\xF6v.|Sz\xF6v.|COOP
Sz\xF6vetkezet|Sz\xF6v.|COOP
sz\xF6vetkezet|Sz\xF6v.|COOP
Egyes.|Egyes.|NGO
egyes\xFClet|Egyes.|NGO
Alap.|Alap.|NGO
alap\xEDtv\xE1ny|Alap.|NGO
Kht.|Kht.|NGO
k\xF6zhaszn\xFA t\xE1rsas\xE1g|Kht.|NGO
EGE|EGE|COOP
eur\xF3pai gazdas\xE1gi egyes\xFCl\xE9s|EGE|COOP
Kjsz.|Kjsz.|SOE
k\xF6zjogi szervezet|Kjsz.|SOE
Kft. fi\xF3ktelep|Kft. fi\xF3ktelep|LLC
k\xFClf\xF6ldi sz\xE9khely\u0171 v\xE1llalkoz\xE1s fi\xF3ktelepe|Kft. fi\xF3ktelep|LLC
Et.|Et.|GP
egyszer\u0171 t\xE1rsas\xE1g|Et.|GP
Kv.|Kv.|JV
k\xF6z\xF6s v\xE1llalat|Kv.|JV
Ets.|Ets.|COOP
erd\xE9szeti t\xE1rsul\xE1s|Ets.|COOP
Ltda|Ltda|LLC
Sociedade limitada|Ltda|LLC
sociedada limitada|Ltda|LLC
s.r.o|sro|LLC
StG|StG|
stille gesellschaft|StG|
suarl|suarl|LLC
\u0634\u0651\u0631\u0643\u0629 \u0641\u0631\u062F\u064A\u0629 \u0630\u0627\u062A \u0645\u0633\u0624\u0648\u0644\u064A\u0651\u0627\u062A \u0645\u062D\u062F\u0648\u062F\u0629|suarl|LLC
t:mi|t:mi|
oiminimi|t:mi|
Sti|Sti|LLC
sirketi|Sti|LLC
\u015Firketi|Sti|LLC
\u015Fti|Sti|LLC
milit\xE4rische organisation|milit\xE4rische organisation|MIL
milit\xE4rische Organisation|milit\xE4rische organisation|MIL
milit\xE4rische Vereinigung|milit\xE4rische organisation|MIL
militarna organizacija|milit\xE4rische organisation|MIL
militarne organizacije|milit\xE4rische organisation|MIL
pmc|milit\xE4rische organisation|MIL
\u041F\u0440\u0438\u0432\u0430\u0442\u043D\u0430 \u0432\u0456\u0439\u0441\u044C\u043A\u043E\u0432\u0430 \u043A\u043E\u043C\u043F\u0430\u043D\u0456\u044F|milit\xE4rische organisation|MIL
\u0427\u0412\u041A|milit\xE4rische organisation|MIL
\u0427\u0430\u0441\u0442\u043D\u0430\u044F \u0432\u043E\u0435\u043D\u043D\u0430\u044F \u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F|milit\xE4rische organisation|MIL
ChVK|milit\xE4rische organisation|MIL
Private Military Company|milit\xE4rische organisation|MIL
tokumei kumiai|tokumei kumiai|LP
\u533F\u540D\u7D44\u5408|tokumei kumiai|LP
\u0422\u041E\u041E|\u0422\u041E\u041E|LLP
\u0442\u043E\u0432\u0430\u0440\u0438\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|\u0422\u041E\u041E|LLP
t\xFC|t\xFC|LP
t\xE4is\xFChing|t\xFC|LP
UAB|UAB|LLC
u\u017Edaroji akcin\u0117 bendrov\u0117|UAB|LLC
u\u017Edarosios akcin\u0117s bendrov\u0117s|UAB|LLC
unitar korxona|unitar korxona|SOE
\u0443\u043D\u0438\u0442\u0430\u0440 \u043A\u043E\u0440\u0445\u043E\u043D\u0430|unitar korxona|SOE
Ultd|Ultd|SP
unlimited|Ultd|SP
unlimited company|Ultd|SP
unlimited proprietary|Ultd|SP
unltd|Ultd|SP
\u7121\u9650\u516C\u53F8|Ultd|SP
Unlimited Proprietary|Ultd|SP
consorzio statale||SOE
den f\xF8derale statsejede budgetinstitution||SOE
empresa or\xE7amental do estado federal||SOE
empresa unitaria estatal de la||SOE
empresa unit\xE1ria estatal||SOE
entit\xE0 statali||SOE
entreprise unitaire d\u2019\xE9tat||SOE
gosudarstvennoe unitarnoe predpriyatie||SOE
Staatsinformatieagentschap||SOE
impresa unitaria statale||SOE
staatliches einheitsunternehmen||SOE
staatskonzern||SOE
state concern||SOE
state enterprise||SOE
state unitary enterprise||SOE
state unitary enterprise of the||SOE
st\xE1tn\xED jednotn\xFD podnik||SOE
st\xE1tn\xED koncern||SOE
unitarnoe predpriyatie||SOE
un\u0456tarnae pradpryemstva||SOE
\u0161t\xE1tny unit\xE1rny podnik||SOE
\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0433\u043E \u0443\u043D\u0438\u0442\u0430\u0440\u043D\u043E\u0433\u043E \u043F\u0440\u0435\u0434\u043F\u0440\u0438\u044F\u0442\u0438\u044F||SOE
\u0433\u043F||SOE
\u0434\u0435\u0440\u0436\u0430\u0432\u043D\u043E\u0433\u043E \u0443\u043D\u0456\u0442\u0430\u0440\u043D\u043E\u0433\u043E \u043F\u0456\u0434\u043F\u0440\u0438\u0454\u043C\u0441\u0442\u0432\u0430||SOE
\u0434\u0435\u0440\u0436\u0430\u0432\u043D\u0435 \u0443\u043D\u0456\u0442\u0430\u0440\u043D\u0435 \u043F\u0456\u0434\u043F\u0440\u0438\u0454\u043C\u0441\u0442\u0432\u043E||SOE
\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u0435 \u0434\u0435\u0440\u0436\u0430\u0432\u043D\u0435 \u0443\u043D\u0456\u0442\u0430\u0440\u043D\u0435 \u043F\u0456\u0434\u043F\u0440\u0438\u0454\u043C\u0441\u0442\u0432\u043E||SOE
\u0443\u043D\u0438\u0442\u0430\u0440\u043D\u043E\u0435 \u043F\u0440\u0435\u0434\u043F\u0440\u0438\u044F\u0442\u0438\u0435||SOE
\u0443\u043D\u0456\u0442\u0430\u0440\u043D\u0430\u0435 \u043F\u0440\u0430\u0434\u043F\u0440\u044B\u0435\u043C\u0441\u0442\u0432\u0430||SOE
\u0443\u043F||SOE
FGBU||SOE
federal state budgetary enterprise||SOE
federal state budgetary institution||SOE
federal state institution||SOE
federal state unitary enterprise||SOE
FEDERAL STATE BUDGETARY INSTITUTION||SOE
federalna bud\u017Cetowa instytucja||SOE
f\xF6derales staatseigenes unternehmen||SOE
\xCEntreprinderea unitar\u0103 a statului federal||SOE
Empresa P\xFAblica Unit\xE1ria Federal||SOE
Entreprise unitaire publique f\xE9d\xE9rale||SOE
federalne pa\u0144stwowe przedsi\u0119biorstwo unitarne||SOE
U\xDC|U\xDC|LP
usaldus\xFChing|U\xDC|LP
vof|vof|SP
vennootschap onder firma|vof|SP
vos|vos|SP
ve\u0159ejn\xE1 obchodn\xED spole\u010Dnost|vos|SP
vzw|vzw|NGO
internationale vereniging zonder winstoogmerk|vzw|NGO
ivzw|vzw|NGO
vereinigung ohne gewinnerzielungsabsicht|vzw|NGO
vereniging zonder winstoogmerk|vzw|NGO
vog|vzw|NGO
xk|xk|
xususiy korxona|xk|
\u0445\u0443\u0441\u0443\u0441\u0438\u0439 \u043A\u043E\u0440\u0445\u043E\u043D\u0430|xk|
xt|xt|
xususiy tadbirkorlik|xt|
\u0445\u0443\u0441\u0443\u0441\u0438\u0439 \u0442\u0430\u0434\u0431\u0438\u0440\u043A\u043E\u0440\u043B\u0438\u043A|xt|
yk|yk|LLC
\u6709\u9650\u4F1A\u793E|yk|LLC
yoaj|yoaj|JSC
yopiq aksiyadorlik jamiyati|yoaj|JSC
\u0451\u043F\u0438\u049B \u0430\u043A\u0446\u0438\u044F\u0434\u043E\u0440\u043B\u0438\u043A \u0436\u0430\u043C\u0438\u044F\u0442\u0438|yoaj|JSC
yu|yu|LLC
(yu)|yu|LLC
(\uC720)|yu|LLC
yuhanhoesa|yu|LLC
\uC720\uD55C\uD68C\uC0AC|yu|LLC
CJSC|CJSC|JSC
cjsc|CJSC|JSC
closed jsc|CJSC|JSC
closed joint stock company|CJSC|JSC
CLOSED JOINT-STOCK COMPANY|CJSC|JSC
ZAO|ZAO|JSC
zakrytoe akcionernoe obshchestvo|ZAO|JSC
zao|ZAO|JSC
ZAKRYTOE AKTSIONERNOE OBSHCHESTVO|ZAO|JSC
zakrytoe aktsionernoe obshchestvo|ZAO|JSC
Zakrytoye Aktsionernoye Obshchestvo|ZAO|JSC
zakrytoe aktsionernoe obshhestvo|ZAO|JSC
Zakrytoje Akcionernoje Obshchestvo|ZAO|JSC
Zakryte Akcjonarne Obschtschestwo|ZAO|JSC
zakritoe aktsionernoe obshchestvo|ZAO|JSC
\u0417\u0410\u0422|\u0417\u0410\u0422|JSC
zakritaye aktsiyanernaye tavaristva|\u0417\u0410\u0422|JSC
zakrytae akcyyanernae tavarystva|\u0417\u0410\u0422|JSC
\u0437\u0430\u043A\u0440\u044B\u0442\u0430\u0435 \u0430\u043A\u0446\u044B\u044F\u043D\u0435\u0440\u043D\u0430\u0435 \u0442\u0430\u0432\u0430\u0440\u044B\u0441\u0442\u0432\u0430|\u0417\u0410\u0422|JSC
\u0437\u0430\u0442|\u0417\u0410\u0422|JSC
zs|zs|NGO
z.s.|zs|NGO
zapsan\xFD spolek|zs|NGO
\u015Fb|\u015Fb|
\u015Fube|\u015Fb|
\u0442\u0434\u0430|\u0442\u0434\u0430|LLC
tavarystva z dadatkovaj adkaznascyu|\u0442\u0434\u0430|LLC
\u0442\u0430\u0432\u0430\u0440\u044B\u0441\u0442\u0432\u0430 \u0437 \u0434\u0430\u0434\u0430\u0442\u043A\u043E\u0432\u0430\u0439 \u0430\u0434\u043A\u0430\u0437\u043D\u0430\u0441\u0446\u044E|\u0442\u0434\u0430|LLC
\u0422\u0410\u0410|\u0422\u0410\u0410|LLC
tavarystva z abmezhavanay adkaznastsyu|\u0422\u0410\u0410|LLC
tavarystva z abmezhavanaj adkaznascyu|\u0422\u0410\u0410|LLC
\u0442\u0430\u0432\u0430\u0440\u044B\u0441\u0442\u0432\u0430 \u0437 \u0430\u0431\u043C\u0435\u0436\u0430\u0432\u0430\u043D\u0430\u0439 \u0430\u0434\u043A\u0430\u0437\u043D\u0430\u0441\u0446\u044E|\u0422\u0410\u0410|LLC
\u0442\u0431\u0431|\u0442\u0431\u0431|NGO
\u0442\u04E9\u0440\u0438\u0439\u043D \u0431\u0443\u0441 \u0431\u0430\u0439\u0433\u0443\u0443\u043B\u043B\u0430\u0433\u0430|\u0442\u0431\u0431|NGO
\u0442\u0441\u0436|\u0442\u0441\u0436|
\u0442\u043E\u0432\u0430\u0440\u0438\u0449\u0435\u0441\u0442\u0432\u043E \u0441\u043E\u0431\u0441\u0442\u0432\u0435\u043D\u043D\u0438\u043A\u043E\u0432 \u0436\u0438\u043B\u044C\u044F|\u0442\u0441\u0436|
\u0442\u043E\u0432\u0430\u0440\u0438\u0449\u0435\u0441\u0442\u0432\u043E \u0441\u043E\u0431\u0441\u0442\u0432\u0435\u043D\u043D\u0438\u043A\u043E\u0432 \u043D\u0435\u0434\u0432\u0438\u0436\u0438\u043C\u043E\u0441\u0442\u0438|\u0442\u0441\u0436|
\u0445\u043A|\u0445\u043A|JSC
\u0445\u0443\u0432\u044C\u0446\u0430\u0430\u0442 \u043A\u043E\u043C\u043F\u0430\u043D\u0438|\u0445\u043A|JSC
\u0445\u0445\u043A|\u0445\u0445\u043A|LLC
\u0445\u044F\u0437\u0433\u0430\u0430\u0440\u043B\u0430\u0433\u0434\u043C\u0430\u043B \u0445\u0430\u0440\u0438\u0443\u0446\u043B\u0430\u0433\u0430\u0442\u0430\u0439 \u043A\u043E\u043C\u043F\u0430\u043D\u0438|\u0445\u0445\u043A|LLC
\u041E\u0422\u0414\u0415\u041B \u0413\u041F\u0421|\u041E\u0422\u0414\u0415\u041B \u0413\u041F\u0421|SOE
\u041E\u0422\u0414\u0415\u041B \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0419 \u041F\u0420\u041E\u0422\u0418\u0412\u041E\u041F\u041E\u0416\u0410\u0420\u041D\u041E\u0419 \u0421\u041B\u0423\u0416\u0411\u042B|\u041E\u0422\u0414\u0415\u041B \u0413\u041F\u0421|SOE
\u0414/\u0421|\u0414/\u0421|
\u0414\u0415\u0422\u0421\u041A\u0418\u0419 \u0421\u0410\u0414|\u0414/\u0421|
\u041C\u041E\u0423|\u041C\u041E\u0423|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041C\u041E\u0423|SOE
\u041C\u0410\u0423|\u041C\u0410\u0423|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u0410\u0412\u0422\u041E\u041D\u041E\u041C\u041D\u041E\u0415 \u0414\u041E\u0428\u041A\u041E\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041C\u0410\u0423|SOE
\u041C\u0411\u041E\u0423|\u041C\u0411\u041E\u0423|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041C\u0411\u041E\u0423|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041C\u0411\u041E\u0423|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041C\u0411\u041E\u0423|SOE
\u041C\u0411\u0414\u041E\u0423|\u041C\u0411\u0414\u041E\u0423|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0415 \u0414\u041E\u0428\u041A\u041E\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041C\u0411\u0414\u041E\u0423|SOE
\u041C\u0411\u0423 \u0414\u041E|\u041C\u0411\u0423 \u0414\u041E|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415 \u0414\u041E\u041F\u041E\u041B\u041D\u0418\u0422\u0415\u041B\u042C\u041D\u041E\u0413\u041E \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u041D\u0418\u042F|\u041C\u0411\u0423 \u0414\u041E|SOE
\u041C\u041A \u0414\u041E\u0423|\u041C\u041A \u0414\u041E\u0423|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u041A\u0410\u0417\u0415\u041D\u041D\u041E\u0415 \u0414\u041E\u0428\u041A\u041E\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041C\u041A \u0414\u041E\u0423|SOE
\u0413\u0423|\u0413\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u0423|SOE
\u041E\u0413\u0423|\u041E\u0413\u0423|SOE
\u041E\u041A\u0420\u0423\u0416\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041E\u0413\u0423|SOE
\u0413\u041E\u0423|\u0413\u041E\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u041E\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u041E\u0423|SOE
\u0413\u0411\u041E\u0423|\u0413\u0411\u041E\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u0411\u041E\u0423|SOE
\u0413\u041A\u041E\u0423|\u0413\u041A\u041E\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041A\u0410\u0417\u0415\u041D\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u041A\u041E\u0423|SOE
\u0413\u041E \u0428\u041A-\u0418\u043D\u0442|\u0413\u041E \u0428\u041A-\u0418\u043D\u0442|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0411\u0429\u0415\u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u0410\u042F \u0428\u041A\u041E\u041B\u0410-\u0418\u041D\u0422\u0415\u0420\u041D\u0410\u0422|\u0413\u041E \u0428\u041A-\u0418\u043D\u0442|SOE
\u0413\u041E\u0423 \u0414\u0414\u041C\u0428\u0412|\u0413\u041E\u0423 \u0414\u0414\u041C\u0428\u0412|SOE
\u0413\u0410\u0423\u0421\u041E|\u0413\u0410\u0423\u0421\u041E|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0410\u0412\u0422\u041E\u041D\u041E\u041C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415 \u0421\u041E\u0426\u0418\u0410\u041B\u042C\u041D\u041E\u0413\u041E \u041E\u0411\u0421\u041B\u0423\u0416\u0418\u0412\u0410\u041D\u0418\u042F|\u0413\u0410\u0423\u0421\u041E|SOE
\u0413\u0411\u0421\u041A\u041E\u0423|\u0413\u0411\u0421\u041A\u041E\u0423|SOE
\u0413\u0421\u041A\u041E\u0423|\u0413\u0421\u041A\u041E\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0421\u041F\u0415\u0426\u0418\u0410\u041B\u042C\u041D\u041E\u0415 (\u041A\u041E\u0420\u0420\u0415\u041A\u0426\u0418\u041E\u041D\u041D\u041E\u0415) \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u0421\u041A\u041E\u0423|SOE
\u0413\u0414\u041E\u0423|\u0413\u0414\u041E\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0414\u041E\u0428\u041A\u041E\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u0414\u041E\u0423|SOE
\u0413\u0414\u041E\u0423 - \u0414/\u0421|\u0413\u0414\u041E\u0423 - \u0414/\u0421|SOE
\u0413\u041A\u0423|\u0413\u041A\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041A\u0410\u0417\u0401\u041D\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u041A\u0423|SOE
\u0413\u041A\u0421(\u043A)\u041E\u0423|\u0413\u041A\u0421(\u043A)\u041E\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041A\u0410\u0417\u0415\u041D\u041D\u041E\u0415 \u0421\u041F\u0415\u0426\u0418\u0410\u041B\u042C\u041D\u041E\u0415 (\u041A\u041E\u0420\u0420\u0415\u041A\u0426\u0418\u041E\u041D\u041D\u041E\u0415) \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u041A\u0421(\u043A)\u041E\u0423|SOE
\u0413\u041D\u0423|\u0413\u041D\u0423|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041D\u0410\u0423\u0427\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0413\u041D\u0423|SOE
\u0413\u043E\u0441\u041D\u0418\u0418|\u0413\u043E\u0441\u041D\u0418\u0418|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u042B\u0419 \u041D\u0410\u0423\u0427\u041D\u041E-\u0418\u0421\u0421\u041B\u0415\u0414\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u0421\u041A\u0418\u0419 \u0418\u041D\u0421\u0422\u0418\u0422\u0423\u0422|\u0413\u043E\u0441\u041D\u0418\u0418|SOE
\u0413\u041E\u0423 \u0412\u041F\u041E|\u0413\u041E\u0423 \u0412\u041F\u041E|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415 \u0412\u042B\u0421\u0428\u0415\u0413\u041E \u041F\u0420\u041E\u0424\u0415\u0421\u0421\u0418\u041E\u041D\u0410\u041B\u042C\u041D\u041E\u0413\u041E \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u041D\u0418\u042F|\u0413\u041E\u0423 \u0412\u041F\u041E|SOE
\u041E\u0423 \u0414\u041F\u041E|\u041E\u0423 \u0414\u041F\u041E|SOE
\u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415 \u0414\u041E\u041F\u041E\u041B\u041D\u0418\u0422\u0415\u041B\u042C\u041D\u041E\u0413\u041E \u041F\u0420\u041E\u0424\u0415\u0421\u0421\u0418\u041E\u041D\u0410\u041B\u042C\u041D\u041E\u0413\u041E \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u041D\u0418\u042F|\u041E\u0423 \u0414\u041F\u041E|SOE
\u0413\u041E\u0423 \u0414\u041F\u041E|\u0413\u041E\u0423 \u0414\u041F\u041E|SOE
\u041D\u041E\u0427\u0423 \u0414\u041F\u041E|\u041D\u041E\u0427\u0423 \u0414\u041F\u041E|SOE
\u041F\u041E\u0423|\u041F\u041E\u0423|SOE
\u041F\u0420\u041E\u0424\u0415\u0421\u0421\u0418\u041E\u041D\u0410\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041F\u041E\u0423|SOE
\u0413\u041F|\u0413\u041F|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|\u0413\u041F|SOE
\u0413\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0435 \u043F\u0440\u0435\u0434\u043F\u0440\u0438\u044F\u0442\u0438\u0435|\u0413\u041F|SOE
\u0413\u0423\u041F|GUP|SOE
GUP|GUP|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|GUP|SOE
\u0414\u0413\u0423\u041F|\u0414\u0413\u0423\u041F|SOE
\u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|\u0414\u0413\u0423\u041F|SOE
\u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041E\u0415 \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|\u0414\u0413\u0423\u041F|SOE
\u0413\u0423\u0421\u041F|\u0413\u0423\u0421\u041F|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0415 \u0421\u0415\u041B\u042C\u0421\u041A\u041E\u0425\u041E\u0417\u042F\u0419\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|\u0413\u0423\u0421\u041F|SOE
\u0413\u0423\u0414\u041F|\u0413\u0423\u0414\u041F|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0415 \u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|\u0413\u0423\u0414\u041F|SOE
\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0415 (\u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0415) \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|\u0413\u0423\u0414\u041F|SOE
\u0424\u0413\u041D\u0423|\u0424\u0413\u041D\u0423|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041D\u0410\u0423\u0427\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0424\u0413\u041D\u0423|SOE
\u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0415 \u0424\u0413\u0423\u041F|\u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0415 \u0424\u0413\u0423\u041F|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|\u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0415 \u0424\u0413\u0423\u041F|SOE
\u0424\u0413\u0411\u0414\u041E\u0423|\u0424\u0413\u0411\u0414\u041E\u0423|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0415 \u0414\u041E\u0428\u041A\u041E\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0424\u0413\u0411\u0414\u041E\u0423|SOE
\u0424\u0413\u0411\u041E\u0423 \u0414\u041F\u041E|\u0424\u0413\u0411\u041E\u0423 \u0414\u041F\u041E|SOE
\u0424\u0413\u0410\u041E\u0423 \u0414\u041F\u041E|\u0424\u0413\u0410\u041E\u0423 \u0414\u041F\u041E|SOE
\u0424\u0413\u0411\u041E\u0423 \u0412\u041E|\u0424\u0413\u0411\u041E\u0423 \u0412\u041E|SOE
\u0424\u0413\u041E\u0423 \u0412\u041F\u041E|\u0424\u0413\u041E\u0423 \u0412\u041F\u041E|SOE
\u0424\u0413\u041A\u0412\u041E\u0423 \u0412\u041F\u041E|\u0424\u0413\u041A\u0412\u041E\u0423 \u0412\u041F\u041E|SOE
\u041C\u0410\u041E\u0423|\u041C\u0410\u041E\u0423|SOE
\u041C\u041A\u0423|\u041C\u041A\u0423|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u041A\u0410\u0417\u0415\u041D\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041C\u041A\u0423|SOE
\u041C\u0420\u041E|\u041C\u0420\u041E|REL
\u041C\u0415\u0421\u0422\u041D\u0410\u042F \u041F\u0420\u0410\u0412\u041E\u0421\u041B\u0410\u0412\u041D\u0410\u042F \u0420\u0415\u041B\u0418\u0413\u0418\u041E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041C\u0420\u041E|REL
\u041C\u0415\u0421\u0422\u041D\u0410\u042F \u0420\u0415\u041B\u0418\u0413\u0418\u041E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041C\u0420\u041E|REL
\u0426\u0420\u041E|\u0426\u0420\u041E|REL
\u0426\u0415\u041D\u0422\u0420\u0410\u041B\u042C\u041D\u0410\u042F \u0420\u0415\u041B\u0418\u0413\u0418\u041E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u0426\u0420\u041E|REL
\u0420\u041E|\u0420\u041E|REL
\u0420\u0415\u041B\u0418\u0413\u0418\u041E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u0420\u041E|REL
\u0424\u0413\u0423|\u0424\u0413\u0423|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0424\u0413\u0423|SOE
\u0424\u0413\u041A\u0423|\u0424\u0413\u041A\u0423|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041A\u0410\u0417\u0415\u041D\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0424\u0413\u041A\u0423|SOE
\u0424\u041A\u0423|\u0424\u041A\u0423|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u041A\u0410\u0417\u0415\u041D\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0424\u041A\u0423|SOE
\u0424\u041A\u041F|\u0424\u041A\u041F|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u041A\u0410\u0417\u0415\u041D\u041D\u041E\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|\u0424\u041A\u041F|SOE
\u0424\u0413\u0411\u0412\u041E\u0423 \u0412\u041E|\u0424\u0413\u0411\u0412\u041E\u0423 \u0412\u041E|SOE
\u0424\u0413\u041A\u0412\u041E\u0423 \u0412\u041E|\u0424\u0413\u041A\u0412\u041E\u0423 \u0412\u041E|SOE
\u0424\u0413\u041A\u0412\u041E\u0423|\u0424\u0413\u041A\u0412\u041E\u0423 \u0412\u041E|SOE
\u0424\u0413\u0410\u041E\u0423 \u0412\u041E|\u0424\u0413\u0410\u041E\u0423 \u0412\u041E|SOE
\u0424\u0413\u041A\u041E\u0423 \u0414\u041F\u041E|\u0424\u0413\u041A\u041E\u0423 \u0414\u041F\u041E|SOE
\u0424\u0413\u041E\u0423 \u0414\u041F\u041E|\u0424\u0413\u041E\u0423 \u0414\u041F\u041E|SOE
\u0424\u0413\u0414\u041E\u0423|\u0424\u0413\u0414\u041E\u0423|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0414\u041E\u0428\u041A\u041E\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0424\u0413\u0414\u041E\u0423|SOE
\u0424\u0413\u0423\u041F|FGUP|SOE
FGUP|FGUP|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|FGUP|SOE
\u0424\u0413\u0411\u0423|FGBU|SOE
FGBU|FGBU|SOE
federalnoe gosudarstvennoe byudzhetnoe uchrezhdenie|FGBU|SOE
\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0435 \u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0435 \u0431\u044E\u0434\u0436\u0435\u0442\u043D\u043E\u0435 \u0443\u0447\u0440\u0435\u0436\u0434\u0435\u043D\u0438\u0435|FGBU|SOE
\u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|FGBU|SOE
\u0424\u0413\u0411\u0423 \u0414\u041F\u041E||SOE
\u041E\u041F\u041F\u041E|\u041E\u041F\u041F\u041E|SOE
\u041E\u0411\u042A\u0415\u0414\u0418\u041D\u0415\u041D\u041D\u0410\u042F \u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041E\u041F\u041F\u041E|SOE
\u041E\u0411\u042A\u0415\u0414\u0418\u041D\u0415\u041D\u041D\u0410\u042F (\u0422\u0415\u0420\u0420\u0418\u0422\u041E\u0420\u0418\u0410\u041B\u042C\u041D\u0410\u042F) \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041E\u041F\u041F\u041E|SOE
\u041F\u041F\u041E|\u041F\u041F\u041E|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041F\u041F\u041E|SOE
\u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u0420\u0410\u0411\u041E\u0422\u041D\u0418\u041A\u041E\u0412|\u041F\u041F\u041E|SOE
\u041F\u041F\u041E \u041E\u041E\u041E|\u041F\u041F\u041E \u041E\u041E\u041E|SOE
\u041F\u041F\u041E \u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0413\u041E \u041E\u041E\u041E|\u041F\u041F\u041E \u0414\u041E\u0427\u0415\u0420\u041D\u0415\u0413\u041E \u041E\u041E\u041E|SOE
\u041F\u041F\u041E \u041E\u0410\u041E|\u041F\u041F\u041E \u041E\u0410\u041E|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u041E\u0422\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0413\u041E \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0410|\u041F\u041F\u041E \u041E\u0410\u041E|SOE
\u041F\u041F\u041E \u0413\u041E\u0423\u0421\u041F\u041E|\u041F\u041F\u041E \u0413\u041E\u0423\u0421\u041F\u041E|SOE
\u041F\u041F\u041E \u0424\u0413\u0411\u0423|\u041F\u041F\u041E \u0424\u0413\u0411\u0423|SOE
\u041F\u041F\u041E \u0424\u0413\u0411\u041E\u0423 \u0412\u041E|\u041F\u041F\u041E \u0424\u0413\u0411\u041E\u0423 \u0412\u041E|SOE
\u041F\u041F\u041E \u0424\u041A\u0423|\u041F\u041F\u041E \u0424\u041A\u0423|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0413\u041E \u041A\u0410\u0417\u0415\u041D\u041D\u041E\u0413\u041E \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u042F|\u041F\u041F\u041E \u0424\u041A\u0423|SOE
\u041F\u041F\u041E \u0413\u0411\u0423|\u041F\u041F\u041E \u0413\u0411\u0423|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041F\u041F\u041E \u0413\u0411\u0423|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0413\u041E \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0413\u041E \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u042F|\u041F\u041F\u041E \u0413\u0411\u0423|SOE
\u041F\u041F\u041E \u0413\u0411\u041E\u0423|\u041F\u041F\u041E \u0413\u0411\u041E\u0423|SOE
\u041F\u041F\u041E \u0424\u0411\u0423|\u041F\u041F\u041E \u0424\u0411\u0423|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0413\u041E \u0411\u042E\u0414\u0416\u0415\u0422\u041D\u041E\u0413\u041E \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u042F|\u041F\u041F\u041E \u0424\u0411\u0423|SOE
\u041F\u041F\u041E \u0424\u0413\u0423\u041F|\u041F\u041F\u041E \u0424\u0413\u0423\u041F|SOE
\u041F\u041F\u041E \u0413\u0423\u041F|\u041F\u041F\u041E \u0413\u0423\u041F|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0413\u041E \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0413\u041E \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u042F|\u041F\u041F\u041E \u0413\u0423\u041F|SOE
\u041F\u041F\u041E \u041F\u0421\u0420\u0417|\u041F\u041F\u041E \u041F\u0421\u0420\u0417|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u0410 \u0420\u0410\u0411\u041E\u0422\u041D\u0418\u041A\u041E\u0412 \u0417\u0414\u0420\u0410\u0412\u041E\u041E\u0425\u0420\u0410\u041D\u0415\u041D\u0418\u042F|\u041F\u041F\u041E \u041F\u0421\u0420\u0417|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u041F\u0420\u041E\u0424\u0415\u0421\u0421\u0418\u041E\u041D\u0410\u041B\u042C\u041D\u041E\u0413\u041E \u0421\u041E\u042E\u0417\u0410 \u0420\u0410\u0411\u041E\u0422\u041D\u0418\u041A\u041E\u0412 \u0417\u0414\u0420\u0410\u0412\u041E\u041E\u0425\u0420\u0410\u041D\u0415\u041D\u0418\u042F|\u041F\u041F\u041E \u041F\u0421\u0420\u0417|SOE
\u041F\u041F\u041E\u041E|\u041F\u041F\u041E\u041E|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041F\u041F\u041E\u041E|SOE
\u041F\u041F\u041E\u041E \u0410\u041E|\u041F\u041F\u041E\u041E \u0410\u041E|SOE
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0413\u041E \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0410|\u041F\u041F\u041E\u041E \u0410\u041E|SOE
\u041F\u041E\u041F \u041E\u0411\u0413\u0423\u0417|\u041F\u041E\u041F \u041E\u0411\u0413\u0423\u0417|
\u041F\u041E\u041F\u0420\u0417|\u041F\u041E\u041F\u0420\u0417|
\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u0410 \u0420\u0410\u0411\u041E\u0422\u041D\u0418\u041A\u041E\u0412 \u0417\u0414\u0420\u0410\u0412\u041E\u041E\u0425\u0420\u0410\u041D\u0415\u041D\u0418\u042F|\u041F\u041E\u041F\u0420\u0417|
\u0423\u041F\u0420\u0410\u0412\u041B\u0415\u041D\u0418\u0415 \u0424\u0421\u0411 \u0420\u0424|\u0423\u041F\u0420\u0410\u0412\u041B\u0415\u041D\u0418\u0415 \u0424\u0421\u0411 \u0420\u0424|SOE
\u0423\u041F\u0420\u0410\u0412\u041B\u0415\u041D\u0418\u0415 \u0424\u0415\u0414\u0415\u0420\u0410\u041B\u042C\u041D\u041E\u0419 \u0421\u041B\u0423\u0416\u0411\u042B \u0411\u0415\u0417\u041E\u041F\u0410\u0421\u041D\u041E\u0421\u0422\u0418 \u0420\u041E\u0421\u0421\u0418\u0419\u0421\u041A\u041E\u0419 \u0424\u0415\u0414\u0415\u0420\u0410\u0426\u0418\u0418|\u0423\u041F\u0420\u0410\u0412\u041B\u0415\u041D\u0418\u0415 \u0424\u0421\u0411 \u0420\u0424|SOE
\u041E\u0413\u041A\u041E\u0423|\u041E\u0413\u041A\u041E\u0423|SOE
\u041E\u0411\u041B\u0410\u0421\u0422\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041A\u0410\u0417\u0415\u041D\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041E\u0413\u041A\u041E\u0423|SOE
\u041E\u0411\u041B\u0410\u0421\u0422\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041A\u0410\u0417\u0401\u041D\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041E\u0413\u041A\u041E\u0423|SOE
\u041E\u0411\u041B\u0410\u0421\u0422\u041D\u041E\u0415 \u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041A\u0410\u0417\u0401\u041D\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u041E\u0413\u041A\u041E\u0423|SOE
\u041C\u041E\u041E|\u041C\u041E\u041E|NGO
\u041C\u0415\u0421\u0422\u041D\u0410\u042F \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041C\u041E\u041E|NGO
\u041C\u0415\u0421\u0422\u041D\u0410\u042F \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F -|\u041C\u041E\u041E|NGO
\u041C\u041E\u041E - \u041F\u041F\u041E|\u041C\u041E\u041E - \u041F\u041F\u041E|NGO
\u041C\u0415\u0421\u0422\u041D\u0410\u042F \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041C\u041E\u041E - \u041F\u041F\u041E|NGO
\u041C\u0415\u0421\u0422\u041D\u0410\u042F \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F-\u041F\u0415\u0420\u0412\u0418\u0427\u041D\u0410\u042F \u041F\u0420\u041E\u0424\u0421\u041E\u042E\u0417\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041C\u041E\u041E - \u041F\u041F\u041E|NGO
\u041C\u041E\u041E - \u041F\u041F\u041E \u0413\u0423\u041F|\u041C\u041E\u041E - \u041F\u041F\u041E \u0413\u0423\u041F|NGO
\u041C\u0427\u0421 \u0420\u043E\u0441\u0441\u0438\u0438|\u041C\u0427\u0421 \u0420\u043E\u0441\u0441\u0438\u0438|SOE
\u041C\u0427\u0421 \u0420\u041E\u0421\u0421\u0418\u0418|\u041C\u0427\u0421 \u0420\u043E\u0441\u0441\u0438\u0438|SOE
\u041E\u041E|\u041E\u041E|NGO
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041E\u041E|NGO
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041E\u0411\u042A\u0415\u0414\u0418\u041D\u0415\u041D\u0418\u0415|\u041E\u041E|NGO
OBSHCHESTVENNOYE OBYEDINENIYE|\u041E\u041E|NGO
OB\u0160\u010CESTVENNOE OB'EDINENIE|\u041E\u041E|NGO
OBSCHESTVENNOE OBYEDINENIE|\u041E\u041E|NGO
OBSHCHESTVENNAYA ORGANIZATSIYA|\u041E\u041E|NGO
OBSCHESTVENNAYA ORGANIZATSIYA|\u041E\u041E|NGO
OB\u0160\u010CESTVENNAJA ORGANIZACIJA|\u041E\u041E|NGO
\u041D\u041E\u0423 \u0414\u041F\u041E|\u041D\u041E\u0423 \u0414\u041F\u041E|NGO
\u041D\u0415\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415 \u0414\u041E\u041F\u041E\u041B\u041D\u0418\u0422\u0415\u041B\u042C\u041D\u041E\u0413\u041E \u041F\u0420\u041E\u0424\u0415\u0421\u0421\u0418\u041E\u041D\u0410\u041B\u042C\u041D\u041E\u0413\u041E \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u041D\u0418\u042F|\u041D\u041E\u0423 \u0414\u041F\u041E|NGO
\u0421\u0410\u041A|AO|JSC
AO|AO|JSC
\u0421\u0422\u0420\u0410\u0425\u041E\u0412\u0410\u042F \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u0410\u042F \u041A\u041E\u041C\u041F\u0410\u041D\u0418\u042F|AO|JSC
\u0421\u0422\u0420\u0410\u0425\u041E\u0412\u0410\u042F \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420.\u041A\u041E\u041C\u041F\u0410\u041D\u0418\u042F|AO|JSC
\u0417\u0410\u041E|AO|JSC
\u0437\u0430\u043A\u0440\u0438\u0442\u0435 \u0430\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u0435 \u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u043E|AO|JSC
\u0437\u0430\u043A\u0440\u044B\u0442\u043E\u0435 \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E|AO|JSC
\u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0415 \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E|AO|JSC
\u0437\u0430\u043E|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u041E\u0418\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0420\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u042B\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0410 \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0428\u0415\u0421\u0422\u0412\u041E \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0413\u041E \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0410 \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041E\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0417\u0410\u041A\u0420\u042B\u0422\u041EE \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429E\u0421\u0422\u0412\u041E|AO|JSC
\u0437\u0430\u043A\u0440\u044B\u0442\u043Ee \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449e\u0441\u0442\u0432\u043E|AO|JSC
\u0437\u0430\u043A\u0440\u0438\u0442\u043E\u0435 \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E|AO|JSC
\u0417\u0410\u041A\u0420\u042B\u0422\u041E\u0415 \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429E\u0421\u0422\u0412\u041E|AO|JSC
\u0417\u0430\u043A\u0440\u044B\u0442\u043E\u0435 \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E|AO|JSC
\u0417\u0430\u043A\u0440\u044B\u0442\u043E\u0435 \u0430\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u0435 \u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u043E|AO|JSC
\u0417\u0430\u043A\u0440\u0438\u0442\u0435 \u0430\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u0435 \u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u043E|AO|JSC
\u041E\u0410\u041E|AO|JSC
OAO|AO|JSC
O.A.O.|AO|JSC
\u041E.\u0410.\u041E.|AO|JSC
Otkrytoe Aktsionernoye Obshestvo|AO|JSC
\u041E\u0422\u041A\u0420\u042B\u0422\u041E\u0415 \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E|AO|JSC
\u041E\u0422\u041A\u0420\u042B\u0422\u041E\u0415 \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u0413\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415P\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u041E\u0422\u041AP\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
\u0410\u041A\u0426\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u041E\u0422\u041A\u0420\u042B\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0410|AO|JSC
otkrytoe aktsionernoe obshchestvo|AO|JSC
\u043E\u0442\u043A\u0440\u044B\u0442\u043E\u0435 \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E|AO|JSC
otkrytoe akcionernoe obshchestvo|AO|JSC
OTKRYTOE AKTSIONERNOE OBSHCHESTVO|AO|JSC
Otkrytoye Aktsionernoye Obshchestvo|AO|JSC
Otkrytoe Akcionernoe Obshhestvo|AO|JSC
\u043E\u0442\u043A\u0440\u044B\u0442\u043E\u0435 \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449e\u0441\u0442\u0432\u043E|AO|JSC
PUBLICHNOE AKTSIONERNOE OBSHCHESTVO|AO|JSC
Otkrytoe Aktsionernoe Obschchestvo|AO|JSC
\u041E\u0422\u041A\u0420\u042B\u0422\u041E\u0415 \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429E\u0421\u0422\u0412\u041E|AO|JSC
\u0410\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u043E\u0442\u043A\u0440\u044B\u0442\u043E\u0433\u043E \u0442\u0438\u043F\u0430|AO|JSC
aktsionernoe obshchestvo otkrytogo tipa|AO|JSC
otkritoe aktsionernoe obshchestvo|AO|JSC
otkrytoe aktsionernoe obschestvo|AO|JSC
\u043E\u0442\u043A\u0440\u044B\u0442\u043Ee \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449e\u0441\u0442\u0432\u043E|AO|JSC
\u043E\u0442\u043A\u0440\u044B\u0442\u043E\u0435 \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043Doe \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E|AO|JSC
\u0410\u041A\u0426\u0406\u041E\u041D\u0415\u0420\u041D\u0415 \u0422\u041E\u0412\u0410\u0420\u0418\u0421\u0422\u0412\u041E \u0412\u0406\u0414\u041A\u0420\u0418\u0422\u041E\u0413\u041E \u0422\u0418\u041F\u0423|AO|JSC
OTKR AKTS OBSHCH|AO|JSC
Odkryte Akcjonarne Obschtschestwo|AO|JSC
Otkrytoje Akcionernoje Obshchestvo|AO|JSC
\u0412\u0410\u0422|\u0412\u0410\u0422|JSC
Vidkryte aktsionerne tovarystvo|\u0412\u0410\u0422|JSC
Vidkrite Akcionerne Tovaristvo|\u0412\u0410\u0422|JSC
\u0432\u0456\u0434\u043A\u0440\u0438\u0442\u0435 \u0430\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u0435 \u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u043E|\u0412\u0410\u0422|JSC
\u0412.\u0410.T.|\u0412\u0410\u0422|JSC
atviroji akcin\u0117 bendrov\u0117|atviroji akcin\u0117 bendrov\u0117|JSC
avatud aktsiaselts|atviroji akcin\u0117 bendrov\u0117|JSC
avoin osakeyhti\xF6|atviroji akcin\u0117 bendrov\u0117|JSC
cuideachta comhstoic oscailte|atviroji akcin\u0117 bendrov\u0117|JSC
\u0410\u041E|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u042B\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0410|AO|JSC
\u0410\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E|AO|JSC
A\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E|AO|JSC
\u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u0430\u044F \u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|AO|JSC
\u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0413\u041E \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0410|AO|JSC
aktsionernoe obschestvo|AO|JSC
AKTSIONERNOE OBSHCHESTVO|AO|JSC
ao|AO|JSC
PAO|PAO|JSC
Publichne aktsionerne tovarystvo|PAO|JSC
\u041F\u0410\u041E|AO|JSC
\u041F\u0423\u0411\u041B\u0418\u0427\u041D\u041E\u0415 \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E|AO|JSC
\u043F\u0430\u043E|AO|JSC
\u043F\u0440\u0438\u0432\u0430\u0442\u043D\u0435 \u0430\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u0435 \u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u043E|AO|JSC
\u043F\u0443\u0431\u043B\u0438\u0447\u043D\u043E\u0435 \u0430\u043A\u0446\u0438\u043E\u043D\u0435\u0440\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E|AO|JSC
\u041F\u0410\u0422|AO|JSC
\u041F\u0443\u0431\u043B\u0456\u0447\u043D\u0435 \u0430\u043A\u0446\u0456\u043E\u043D\u0435\u0440\u043D\u0435 \u0442\u043E\u0432\u0430\u0440\u0438\u0441\u0442\u0432\u043E|AO|JSC
\u041D\u0410\u041E|AO|JSC
\u041D\u0415\u041F\u0423\u0411\u041B\u0418\u0427\u041D\u041E\u0415 \u0410\u041A\u0426\u0418\u041E\u041D\u0415\u0420\u041D\u041E\u0415 \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E|AO|JSC
\u0421\u041F\u041A|\u0421\u041F\u041A|COOP
\u0421\u0415\u041B\u042C\u0421\u041A\u041E\u0425\u041E\u0417\u042F\u0419\u0421\u0422\u0412\u0415\u041D\u041D\u042B\u0419 \u041F\u0420\u041E\u0418\u0417\u0412\u041E\u0414\u0421\u0422\u0412\u0415\u041D\u041D\u042B\u0419 \u041A\u041E\u041E\u041F\u0415\u0420\u0410\u0422\u0418\u0412|\u0421\u041F\u041A|COOP
\u0421\u0423 \u0421\u041A \u0420\u0424|\u0421\u0423 \u0421\u041A \u0420\u0424|SOE
\u0421\u041B\u0415\u0414\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u0423\u041F\u0420\u0410\u0412\u041B\u0415\u041D\u0418\u0415 \u0421\u041B\u0415\u0414\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0413\u041E \u041A\u041E\u041C\u0418\u0422\u0415\u0422\u0410 \u0420\u041E\u0421\u0421\u0418\u0419\u0421\u041A\u041E\u0419 \u0424\u0415\u0414\u0415\u0420\u0410\u0426\u0418\u0418|\u0421\u0423 \u0421\u041A \u0420\u0424|SOE
\u041C\u0423\u041F|MUP|SOE
MUP|MUP|SOE
\u041C\u0423\u041D\u0418\u0426\u0418\u041F\u0410\u041B\u042C\u041D\u041E\u0415 \u0423\u041D\u0418\u0422\u0410\u0420\u041D\u041E\u0415 \u041F\u0420\u0415\u0414\u041F\u0420\u0418\u042F\u0422\u0418\u0415|MUP|SOE
\u0410\u041D\u041E|\u0410\u041D\u041E|NGO
\u0410\u0412\u0422\u041E\u041D\u041E\u041C\u041D\u0410\u042F \u041D\u0415\u041A\u041E\u041C\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u0410\u041D\u041E|NGO
AVTONOMNAYA NEKOMMERCHESKAYA ORGANIZATSIYA|\u0410\u041D\u041E|NGO
AVTONOMNAJA NEKOMMER\u010CESKAJA ORGANIZACIJA|\u0410\u041D\u041E|NGO
\u0430\u0432\u0442\u043E\u043D\u043E\u043C\u043D\u0430\u044F \u043D\u0435\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0430\u044F \u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F|\u0410\u041D\u041E|NGO
\u041D\u041A\u041E|\u041D\u041A\u041E|NGO
NEKOMMERCHESKAYA ORGANIZATSIYA FOND|\u041D\u041A\u041E|NGO
\u041D\u0415\u041A\u041E\u041C\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u0424\u041E\u041D\u0414|\u041D\u041A\u041E|NGO
\u041A\u0424\u0425|\u041A\u0424\u0425|
\u041A\u0420\u0415\u0421\u0422\u042C\u042F\u041D\u0421\u041A\u041E\u0415 (\u0424\u0415\u0420\u041C\u0415\u0420\u0421\u041A\u041E\u0415) \u0425\u041E\u0417\u042F\u0419\u0421\u0422\u0412\u041E|\u041A\u0424\u0425|
\u041A\u0420\u0415\u0421\u0422\u042C\u042F\u041D\u0421\u041A\u041E\u0415 \u0424\u0415\u0420\u041C\u0415\u0420\u0421\u041A\u041E\u0415 \u0425\u041E\u0417\u042F\u0419\u0421\u0422\u0412\u041E|\u041A\u0424\u0425|
\u041A\u0420\u0415\u0421\u0422\u042C\u042F\u041D\u0421\u041A\u041E\u0415 \u0425\u041E\u0417\u042F\u0419\u0421\u0422\u0412\u041E|\u041A\u0424\u0425|
\u041E\u041E\u041F|\u041E\u041E\u041F|LLP
\u041F\u0410\u0420\u0422\u041D\u0401\u0420\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|\u041E\u041E\u041F|LLP
\u041F\u0422|\u041F\u0422|GP
\u041F\u041E\u041B\u041D\u041E\u0415 \u0422\u041E\u0412\u0410\u0420\u0418\u0429\u0415\u0421\u0422\u0412\u041E|\u041F\u0422|GP
\u0414\u041E\u0423|\u0414\u041E\u0423|
\u0414\u041E\u0428\u041A\u041E\u041B\u042C\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415|\u0414\u041E\u0423|
\u041F\u041A\u041E\u041E\u041F|\u041F\u041A\u041E\u041E\u041F|COOP
\u041F\u041E\u0422\u0420\u0415\u0411\u0418\u0422\u0415\u041B\u042C\u0421\u041A\u0418\u0419 \u041A\u041E\u041E\u041F\u0415\u0420\u0410\u0422\u0418\u0412|\u041F\u041A\u041E\u041E\u041F|COOP
\u041F\u041A|\u041F\u041A|COOP
\u041F\u0420\u041E\u0418\u0417\u0412\u041E\u0414\u0421\u0422\u0412\u0415\u041D\u041D\u042B\u0419 \u041A\u041E\u041E\u041F\u0415\u0420\u0410\u0422\u0418\u0412|\u041F\u041A|COOP
\u041D\u0426|\u041D\u0426|
\u041D\u0410\u0423\u0427\u041D\u042B\u0419 \u0426\u0415\u041D\u0422\u0420|\u041D\u0426|
\u041E\u042E\u041B|\u041E\u042E\u041B|
\u041E\u0411\u042A\u0415\u0414\u0418\u041D\u0415\u041D\u0418\u0415 \u042E\u0420\u0418\u0414\u0418\u0427\u0415\u0421\u041A\u0418\u0425 \u041B\u0418\u0426|\u041E\u042E\u041B|
\u041D\u041F|\u041D\u041F|NGO
\u041D\u0415\u041A\u041E\u041C\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u041E\u0415 \u041F\u0410\u0420\u0422\u041D\u0401\u0420\u0421\u0422\u0412\u041E|\u041D\u041F|NGO
\u041D\u041E\u0423\u0414\u041E|\u041D\u041E\u0423\u0414\u041E|NGO
\u041D\u0415\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415 \u0414\u041E\u041F\u041E\u041B\u041D\u0418\u0422\u0415\u041B\u042C\u041D\u041E\u0413\u041E \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u041D\u0418\u042F|\u041D\u041E\u0423\u0414\u041E|NGO
\u041D\u0415\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0415 \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u0422\u0415\u041B\u042C\u041D\u041E\u0415 \u0423\u0427\u0420\u0415\u0416\u0414\u0415\u041D\u0418\u0415 \u0414\u041E\u041F\u041E\u041B\u041D\u0418\u0422\u0415\u041B\u042C\u041D\u041E\u0413\u041E \u041E\u0411\u0420\u0410\u0417\u041E\u0412\u0410\u041D\u0418\u042F \u0414\u0415\u0422\u0415\u0419|\u041D\u041E\u0423\u0414\u041E|NGO
\u041E\u041D\u041E\u0421\u0421|\u041E\u041D\u041E\u0421\u0421|NGO
\u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F \u041D\u0410\u0423\u0427\u041D\u041E\u0413\u041E \u041E\u0411\u0421\u041B\u0423\u0416\u0418\u0412\u0410\u041D\u0418\u042F \u0418 \u0421\u041E\u0426\u0418\u0410\u041B\u042C\u041D\u041E\u0419 \u0421\u0424\u0415\u0420\u042B|\u041E\u041D\u041E\u0421\u0421|NGO
\u041D\u041E|\u041D\u041E|NGO
\u041D\u0415\u041A\u041E\u041C\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041D\u041E|NGO
NEKOMMERCHESKAYA ORGANIZATSIYA|\u041D\u041E|NGO
NEKOMMERCHESKAYA ORGANIZACIYA|\u041D\u041E|NGO
NEKOMMERCESKAYA ORGANIZATSIYA|\u041D\u041E|NGO
NEKOMMERCESKAJA ORGANIZACIJA|\u041D\u041E|NGO
\u041E\u0411\u041E|\u041E\u0411\u041E|NGO
\u041E\u0411\u041B\u0410\u0421\u0422\u041D\u0410\u042F \u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041E\u0411\u041E|NGO
\u0411\u0424|\u0411\u0424|NGO
\u0411\u041B\u0410\u0413\u041E\u0422\u0412\u041E\u0420\u0418\u0422\u0415\u041B\u042C\u041D\u042B\u0419 \u0424\u041E\u041D\u0414|\u0411\u0424|NGO
BLAGOTVORITELNYY FOND|\u0411\u0424|NGO
BLAGOTVORITELNY FOND|\u0411\u0424|NGO
BLAGOTVORITEL'NYJ FOND|\u0411\u0424|NGO
\u0411\u041B\u0410\u0413\u041E\u0414\u0406\u0419\u041D\u0418\u0419 \u0424\u041E\u041D\u0414|\u0411\u0424|NGO
BLAHODIYNYY FOND|\u0411\u0424|NGO
BLAHOD\u0406JNYJ FOND|\u0411\u0424|NGO
\u0411\u041E|\u0411\u041E|NGO
\u0411\u041B\u0410\u0413\u041E\u0422\u0412\u041E\u0420\u0418\u0422\u0415\u041B\u042C\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u0411\u041E|NGO
\u0411\u041B\u0410\u0413\u041E\u0414\u0406\u0419\u041D\u0410 \u041E\u0420\u0413\u0410\u041D\u0406\u0417\u0410\u0426\u0406\u042F|\u0411\u041E|NGO
BLAHODIYNA ORHANIZATSIYA|\u0411\u041E|NGO
BLAGOTVORITELNAYA ORGANIZATSIYA|\u0411\u041E|NGO
BLAGOTVORITEL'NAJA ORGANIZACIJA|\u0411\u041E|NGO
BLAHOD\u0406JNA ORHAN\u0406ZAC\u0406JA|\u0411\u041E|NGO
\u0413\u041E|\u0413\u041E|NGO
\u0413\u0420\u041E\u041C\u0410\u0414\u0421\u042C\u041A\u0410 \u041E\u0420\u0413\u0410\u041D\u0406\u0417\u0410\u0426\u0406\u042F|\u0413\u041E|NGO
HROMADSKA ORHANIZATSIYA|\u0413\u041E|NGO
HROMADS'KA ORHANIZATSIYA|\u0413\u041E|NGO
HROMADS'KA ORHANIZACIJA|\u0413\u041E|NGO
\u0413\u0420\u041E\u041C\u0410\u0414\u0421\u042C\u041A\u0415 \u041E\u0411'\u0404\u0414\u041D\u0410\u041D\u041D\u042F|\u0413\u041E|NGO
HROMADSKE OBYEDNANNYA|\u0413\u041E|NGO
HROMADS'KE OB'JEDNANNJA|\u0413\u041E|NGO
\u0412\u041E|\u0412\u041E|NGO
\u0412\u041E\u041B\u041E\u041D\u0422\u0415\u0420\u0421\u042C\u041A\u0410 \u041E\u0420\u0413\u0410\u041D\u0406\u0417\u0410\u0426\u0406\u042F|\u0412\u041E|NGO
VOLONTERSKA ORHANIZATSIYA|\u0412\u041E|NGO
VOLONTERS'KA ORHANIZACIJA|\u0412\u041E|NGO
\u041D\u0414\u0410|\u041D\u0414\u0410|NGO
\u041D\u0415\u0414\u0417\u042F\u0420\u0416\u0410\u040E\u041D\u0410\u042F \u0410\u0420\u0413\u0410\u041D\u0406\u0417\u0410\u0426\u042B\u042F|\u041D\u0414\u0410|NGO
NEDZIARZHAUNAYA ARHANIZATSYYA|\u041D\u0414\u0410|NGO
NEDZ'AR\u017DA\u016CNAJA ARHANIZACYJA|\u041D\u0414\u0410|NGO
NEDZJARZHAUNAJA ARHANIZACYJA|\u041D\u0414\u0410|NGO
\u0414\u0410|\u0414\u0410|NGO
\u0414\u0410\u0411\u0420\u0410\u0427\u042B\u041D\u041D\u0410\u042F \u0410\u0420\u0413\u0410\u041D\u0406\u0417\u0410\u0426\u042B\u042F|\u0414\u0410|NGO
DABRACHYNNAYA ARHANIZATSYYA|\u0414\u0410|NGO
DABRA\u010CYNNAJA ARHANIZACYJA|\u0414\u0410|NGO
\u0414\u0424|\u0414\u0424|NGO
\u0414\u0410\u0411\u0420\u0410\u0427\u042B\u041D\u041D\u042B \u0424\u041E\u041D\u0414|\u0414\u0424|NGO
DABRACHYNNY FOND|\u0414\u0424|NGO
DABRA\u010CYNNY FOND|\u0414\u0424|NGO
\u041E\u0424|\u041E\u0424|NGO
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u042B\u0419 \u0424\u041E\u041D\u0414|\u041E\u0424|NGO
OBSHCHESTVENNYY FOND|\u041E\u0424|NGO
OB\u0160\u010CESTVENNYJ FOND|\u041E\u0424|NGO
OBSCESTVENNYJ FOND|\u041E\u0424|NGO
\u0413\u0410|\u0413\u0410|NGO
\u0413\u0420\u0410\u041C\u0410\u0414\u0421\u041A\u0410\u0415 \u0410\u0411'\u042F\u0414\u041D\u0410\u041D\u041D\u0415|\u0413\u0410|NGO
HRAMADSKAYE ABYADNANNE|\u0413\u0410|NGO
HRAMADSKAE AB'JADNANNE|\u0413\u0410|NGO
\u0413\u0420\u0410\u041C\u0410\u0414\u0421\u041A\u0410\u042F \u0410\u0420\u0413\u0410\u041D\u0406\u0417\u0410\u0426\u042B\u042F|\u0413\u0410|NGO
HRAMADSKAYA ARHANIZATSYYA|\u0413\u0410|NGO
HRAMADSKAJA ARHANIZACYJA|\u0413\u0410|NGO
\u041D\u0414\u041E|\u041D\u0414\u041E|NGO
\u041D\u0423\u041E|\u041D\u0414\u041E|NGO
\u041D\u0415\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F (\u041D\u0415\u041A\u041E\u041C\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0410\u042F) \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041D\u0414\u041E|NGO
\u041D\u0415\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041D\u0415\u041A\u041E\u041C\u041C\u0415\u0420\u0427\u0415\u0421\u041A\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041D\u0414\u041E|NGO
\u041D\u0415\u0413\u041E\u0421\u0423\u0414\u0410\u0420\u0421\u0422\u0412\u0415\u041D\u041D\u0410\u042F \u041E\u0420\u0413\u0410\u041D\u0418\u0417\u0410\u0426\u0418\u042F|\u041D\u0414\u041E|NGO
NEDERZHAVNA ORHANIZATSIYA|\u041D\u0414\u041E|NGO
\u041D\u0415\u041A\u041E\u041C\u0415\u0420\u0426\u0406\u0419\u041D\u0410 \u041E\u0420\u0413\u0410\u041D\u0406\u0417\u0410\u0426\u0406\u042F|\u041D\u0414\u041E|NGO
NEKOMERTSIYNA ORHANIZATSIYA|\u041D\u0414\u041E|NGO
NEKOMERC\u0406JNA ORHAN\u0406ZAC\u0406JA|\u041D\u0414\u041E|NGO
\u041D\u0415\u0414\u0415\u0420\u0416\u0410\u0412\u041D\u0410 \u041E\u0420\u0413\u0410\u041D\u0406\u0417\u0410\u0426\u0406\u042F|\u041D\u0414\u041E|NGO
NEDER\u017DAVNA ORHANIZACIJA|\u041D\u0414\u041E|NGO
\u041D\u0415\u0423\u0420\u042F\u0414\u041E\u0412\u0410 \u041E\u0420\u0413\u0410\u041D\u0406\u0417\u0410\u0426\u0406\u042F|\u041D\u0414\u041E|NGO
NEURYADOVA ORHANIZATSIYA|\u041D\u0414\u041E|NGO
NEURJADOVA ORHANIZACIJA|\u041D\u0414\u041E|NGO
\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|FIN
\u0417\u0430\u043A\u0440\u044B\u0442\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|FIN
\u041E\u0442\u043A\u0440\u044B\u0442\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|FIN
\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|FIN
\u0417\u0430\u043A\u0440\u044B\u0442\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|FIN
\u0411\u0438\u0440\u0436\u0435\u0432\u043E\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|FIN
Zakrytyy kombinirovannyy paevoy investitsionnyy fond|\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|FIN
Otkrytyy paevoy investitsionnyy fond|\u0418\u043D\u0442\u0435\u0440\u0432\u0430\u043B\u044C\u043D\u044B\u0439 \u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0439 \u043F\u0430\u0435\u0432\u043E\u0439 \u0438\u043D\u0432\u0435\u0441\u0442\u0438\u0446\u0438\u043E\u043D\u043D\u044B\u0439 \u0444\u043E\u043D\u0434|FIN
Obshchestvo s ohranychennoi otvetstvennostiu|OOO|LLC
obshchestvo s ogranichennoj otvetstvennost'yu|OOO|LLC
Obshchestvo s ogranichennoy otvetstvennostyu|OOO|LLC
OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU|OOO|LLC
obshchestvo s ogranichennoi otvetstvennostiu|OOO|LLC
\u041E\u041E\u041E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0410 \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u043E C \u041E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u041E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|OOO|LLC
\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0420\u0413\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0428\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0421\u0422\u0412\u0422\u0415\u041D\u041D\u0421\u041E\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041B \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041E\u041E\u0421\u0422\u042C|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u0413\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u0413\u041E\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0418 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u0430 \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E\u0418|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0412\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0427\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0420\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0421\u0422\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0418\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0412\u0422\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u0420 \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0419|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0412\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u041D\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u041B\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0421\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0423\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u0420\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0415\u0412\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0412\u0422\u0421\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0410\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u0413\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041A\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0422\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0413\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u041C\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u041D\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E\u0412|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u0418\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u0422\u0421\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0422\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0415\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E:|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0413\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041E\u041D\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0423\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0410\u0420\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0423\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0421\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u042C\u0422\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u041D\u0410\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u041B\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0420\u0413\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0412\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0427\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u0415\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u0418|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u0418\u041D\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041E\u0421\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041B\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E\u0413 \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0422\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u0415\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u041D\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0422\u0421\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u0411|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E\u042C \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u041E\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0421\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E.|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u0415\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u041D\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0421\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0427\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u0419\u041E \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E\u0422|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0415\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0413\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E\u0411|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u0421\u041E\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0421\u0412\u0415\u0415\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0422\u0415\u0422\u0421\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421\u0422 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0421\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u041C\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041E\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0412\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u0422\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u0422\u041E\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041E\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u0415\u0415\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u0415\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413P\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421\u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u041E\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u0418|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0412\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0418\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E,|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421\u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0412\u0415\u041D\u041D\u041E\u0421\u0421\u0422\u042C|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410\u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u0420\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E \u0421 \u041E\u0413\u0420\u0410 \u041D\u0418\u0427\u0415\u041D\u041D\u041E\u0419 \u041E\u0422\u0412\u0415\u0422\u0421\u0422\u0412\u0415\u041D\u041D\u041E\u0421\u0422\u042C\u042E|OOO|LLC
\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C|OOO|LLC
\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043E\u0441\u0442\u044C\u044E|OOO|LLC
\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E\u043C|OOO|LLC
\u041E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u041E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u041E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|OOO|LLC
\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|OOO|LLC
o\u0441oo|OOO|LLC
\u043B\u0438\u043A\u0432\u0438\u0434\u0430\u0446\u0438\u043E\u043D\u043D\u0430\u044F \u043A\u043E\u043C\u0438\u0441\u0441\u0438\u044F \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u0430 \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|OOO|LLC
\u043B\u0438\u043A\u0432\u0438\u0434\u0430\u0446\u0438\u043E\u043D\u043D\u0430\u044F \u043A\u043E\u043C\u0438\u0441\u0441\u0438\u044F \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|OOO|LLC
\u043B\u0438\u043A\u0432\u0438\u0434\u0430\u0446\u0438\u043E\u043D\u043D\u0430\u044F \u043A\u043E\u043C\u0438\u0441\u0441\u0438\u044F \u043E\u043E\u043E|OOO|LLC
\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E \u0441\u0442\u0440\u043E\u0438\u0442\u0435\u043B\u044C\u043D\u0430\u044F \u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F|OOO|LLC
\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E \u0442\u043E\u0440\u0433\u043E\u0432\u044B\u0439 \u0434\u043E\u043C|OOO|LLC
\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E \u0443\u043F\u0440\u0430\u0432\u043B\u044F\u044E\u0449\u0430\u044F \u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F|OOO|LLC
\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E \u0444\u0438\u0440\u043C\u0430|OOO|LLC
\u043E\u043E\u043E|OOO|LLC
\u0418\u043D\u043E\u0441\u0442\u0440\u0430\u043D\u043D\u043E\u0435 \u043E\u0431\u0449\u0435\u0441\u0442\u0432\u043E \u0441 \u043E\u0433\u0440\u0430\u043D\u0438\u0447\u0435\u043D\u043D\u043E\u0439 \u043E\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0441\u0442\u044C\u044E|OOO|LLC
`;
  }
});

// src/core/match/data/symbols.ts
var ORG_SYMBOLS_RAW, PERSON_PARTS_RAW, PERSON_PREFIXES_RAW;
var init_symbols = __esm({
  "src/core/match/data/symbols.ts"() {
    "use strict";
    ORG_SYMBOLS_RAW = `
co|company|\u0441ompany|c\u043E\u043Cpany|corporation|corp|compagnie|\u043A\u043E\u043C\u043F\u0430\u043D\u0438\u044F|kompani|kompania|komaniya|kompaniy|kampaniia|kompaniia|kompaniya|komp\u0101nija|kampaniya|kompanii|v\xE1llalat|\u043A\u044A\u043C\u043F\u0430\u043D\u0438|\u043A\u043E\u043C\u043F\u0430\u043D\u0438|\u043A\u043E\u0441\u043F\u0430\u043D\u0438\u044F|\u043A\u043E\u043C\u043F\u0430\u043D\u0438\u0439|\u043A\u043E\u043C\u043F\u0430\u043D\u0430|\u043A\u043E\u043C\u043F\u0430\u043D\u0456|co|coy|comp|\u043A\u043E\u043C\u043F\u0430\u043D\u0456\u044F|\u0634\u0631\u0643\u0629|compa\xF1\xEDa|compania|companie|companhia|kampani|kompanija|kongsi|kaisha|gongsi|shirkat|\u05D7\u05D1\u05E8\u05D4|societ\xE0|soci\xE9t\xE9|sociedad|gesellschaft|vennootschap|bendrov\u0117|\xEEntreprinderea|ettev\xF5te|firma|firm|\u0395\u03C4\u03B1\u03B9\u03C1\u03B5\u03AF\u03B1|Etaireia|spole\u010Dnost|\u015Firket|yhti\xF6|\u516C\u53F8|\u4F01\u696D|\u30D5\u30A1\u30FC\u30E0|\u4F01\u4E1A|\u0915\u0902\u092A\u0928\u0940|\uD68C\uC0AC
org|organization|organisation|organisations|org|\u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0456\u044F|orhanizatsiia|orhanizatsiya|organisasjon|organisasjonen|organisatie|organzation|orhanizatsiino|organizatsiya|organizacion|organizacja|organiz\xE1cie|organiz\xE1cia|organizaciju|organizace|organizacije|organizacija|organizaci|organizatia|\u043E\u0440\u0433\u0430\u043D\u0438\u0449\u0430\u0446\u0438\u044F|\u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F\u043C\u0438|\u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u044F|\u043E\u0440\u0433\u0430\u043D\u0438\u0437\u0430\u0446\u0438\u0438|organizatsii|organiza\u021Bia|organizaci\xF3n|organisaatio|\u039F\u03C1\u03B3\u03B1\u03BD\u03B9\u03C3\u03BC\u03CC\u03C2|Organismos|\u041E\u0411\u0429\u0415\u0421\u0422\u0412\u041E|OBSHCHESTVO|\u30D5\u30A1\u30FC\u30E0|\u56E3\u4F53|\u5354\u4F1A
corp|corporation|corporaton|corporate|\u0441orporation|corp|korp|\u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0438\u044F|\u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0456\u044F|\u0645\u0624\u0633\u0633\u0629|corporaci\xF3n|koroporatsiya|korporatsiyi|corpora\u021Bia|corporaciia|korporatsiia|korporatsiya|korporacija|corporations|corporacion|Corporaci\xF3n|Corporatie|Corpora\xE7\xE3o|Korporation|Corporatn|Corprtn|Corpo|\u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0438\u0438|\u043A\u043E\u0440\u043F\u0430\u0440\u0430\u0446\u0438\u044F|\u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0456\u0457|\u043A\u043E\u0440\u043F\u043E\u0440\u0430\u0446\u0438\u0439|societatea|sociedade|societ\xE0|\u5354\u529B\u7684\u306A|\u751F\u6D3B\u5354\u540C\u7D44\u5408|\u5408\u4F5C\u793E
coop|co-op|coop|co-operation|cooperation|co-operative|cooperative|koperasi|coop\xE9ratif|kooperatif|kooperativa|kooperattiva|coop\xE9ration|cooperativ\u0103|coop\xE9rative|kooperatsia|cooperatieve|cooperatives|cooperativo|cooperativa|corporativo|corporativos|sp\xF3\u0142dzielni|spoldzielczy|\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0446\u0438\u044F|\u03A3\u03C5\u03BD\u03B5\u03C4\u03B1\u03B9\u03C1\u03B9\u03C3\u03BC\u03CC\u03C2|Synetairismos
assoc|association|associations|\u0430\u0441\u0441\u043E\u0446\u0438\u0430\u0446\u0438\u044F|\u043E\u0431\u044A\u0435\u0434\u0438\u043D\u0435\u043D\u0438\u0435|\u0430\u0441\u043E\u0446\u0456\u0430\u0446\u0456\u044F|\u043E\u0431'\u0454\u0434\u043D\u0430\u043D\u043D\u044F|ASSOTSIATSIYA|ASSOCIACIYA|ASSOTSIACIJA|OBYEDINENIYE|OBYEDINENIE|OB'YEDNANNYA|OBYEDNANNYA|ASOTSIATSIIA|Associazione|Association|Assoc.|Asociaci\xF3n|Asociacion|Associa\xE7\xE3o|Associacao|Stowarzyszenie|Zwi\u0105zek|Zwiazek
ngo|ngo|n.g.o.|\u041D\u041A\u041E|\u0411\u0424|\u0411\u041E|CHARITY|Nichtregierungsorganisation|ONG|CSO
partner|partner|partners|\u043F\u0430\u0440\u0442\u043D\u0435\u0440|\u043F\u0430\u0440\u0442\u043D\u0435\u0440\u044B|\u043F\u0430\u0440\u0442\u043D\u0451\u0440|\u043F\u0430\u0440\u0442\u043D\u0435\u0440\u0438|\u0441\u043F\u0456\u043B\u044C\u043D\u0438\u043A|\u0441\u043F\u0456\u043B\u044C\u043D\u0438\u043A\u0438|\u0627\u0644\u0634\u0631\u0643\u0627\u0621|\u5408\u4F19\u4EBA|\u5408\u5925\u4EBA|\u4F19\u4F34|\u5171\u540C\u7D4C\u55B6\u8005|\u7D44\u5408\u54E1
bros|brothers|bros|fratelli|hermanos|fr\xE8res|irm\xE3os
center|\u0446\u0435\u043D\u0442\u0440|tsentr|cntr|center|centre|centras|Centro|Centrum|centr|centro|tsentrov|\u0446\u0435\u043D\u0442\u0440\u043E\u0432|\u0645\u0631\u0643\u0632
holding|holding|holdings|\u043F\u0440\u043E\u0432\u0435\u0434\u0435\u043D\u0438\u0435|\u0445\u043E\u043B\u0434\u0438\u043D\u0433|\u0445\u043B\u0434\u0438\u043D\u0433|xo\u043B\u0434\u0438h\u0433|kholdyng|kholding|\u0627\u0644\u0642\u0627\u0628\u0636\u0629|\u03A3\u03C5\u03BC\u03BC\u03B5\u03C4\u03BF\u03C7\u03CE\u03BD|Symmetochon|\u03A3\u03C5\u03BC\u03BC\u03B5\u03C4\u03BF\u03C7\u03AD\u03C2|Symmetoches|\u96C6\u4F53|\u4FDD\u6301|\u4FDD\u6709\u8CC7\u7523|\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0446\u0456\u044F|\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0442\u0438\u0432|\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0442\u0438\u0432\u043D\u0435|\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0442\u0438\u0432\u043D\u0430|\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0442\u0438\u0432\u0438|\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0442\u0438\u0432\u0443|\u043A\u043E\u043E\u043F\u0435\u0440\u0430\u0442\u0438\u0432\u0456\u0432
business|business|businesses|\u0431\u0438\u0437\u043D\u0435\u0441|\u0431\u0456\u0437\u043D\u0435\u0441|\u0623\u0639\u0645\u0627\u0644|\u0434\u0435\u043B\u043E\u0432\u043E\u0439|\u0434\u0435\u043B\u043E\u0432\u0430\u044F|\u0395\u03C0\u03B9\u03C7\u03B5\u03AF\u03C1\u03B7\u03C3\u03B7|\u039C\u03C0\u03AF\u03B6\u03BD\u03B5\u03C2|\u5546\u4E1A|\u5546
nominee|nominees|nominee|\u043D\u043E\u043C\u0438\u043D\u0430\u043B\u044C\u043D\u044B\u0439|\u043D\u043E\u043C\u0438\u043D\u0430\u043B\u044C\u043D\u0430\u044F|\u043D\u043E\u043C\u0456\u043D\u0430\u043B\u044C\u043D\u0438\u0439|\u043D\u043E\u043C\u0456\u043D\u0430\u043B\u044C\u043D\u0430
concern|kontsern|concern|konzern|\u043A\u043E\u043D\u0446\u0435\u0440\u043D|\u0645\u062C\u0645\u0648\u0639\u0629|consorcio|cons\xF3rcio
consortium|consortium|consorcio|cons\xF3rcio|consortum|konsortsium|consortile|\u043A\u043E\u043D\u0441\u043E\u0440\u0446\u0438\u0443\u043C|\u043A\u043E\u043D\u0441\u043E\u0440\u0446\u0456\u0443\u043C
service|service|services|servicio|servicios|servico|servicos|servi\xE7o|servi\xE7os|servis|servizio|servizi|\u0441\u043B\u0443\u0436\u0431\u044B|\u0441\u043B\u0443\u0436\u0431\u0430|\u0441\u0435\u0440\u0432\u0438\u0441|\u0441\u0435\u0440\u0432\u0456\u0441|\u0443\u0441\u043B\u0443\u0433|\u043E\u0431\u0441\u043B\u0443\u0436\u0438\u0432\u0430\u043D\u0438\u044F
dept|department|dept.|d\xE9partement|departament|departamento|departamentul|dipartimento|Abteilung|afdeling|afdelingen|\u043E\u0442\u0434\u0435\u043B
special|Specjalnych|special\u0103|special|speciale|Speciaal|Specijalni|\u0421\u043F\u0435\u0446\u0438\u0430\u043B\u044C\u043D\u044B\u0439|\u0441\u043F\u0435\u0446\u0438\u0430\u043B\u044C\u043D\u0430\u044F|\u0441\u043F\u0435\u0446\u0438\u0430\u043B\u044C\u043D\u043E\u0435|\u0441\u043F\u0435\u0446\u0456\u0430\u043B\u044C\u043D\u0438\u0439|\u0441\u043F\u0435\u0446\u0456\u0430\u043B\u044C\u043D\u0430|\u0441\u043F\u0435\u0446\u0456\u0430\u043B\u044C\u043D\u0435
spv|spv
agency|agency|agence|agentur|agencia|agencja|ag\xEAncia|agentschap|agenzia|ajans|\u0430\u0433\u0435\u043D\u0442\u0441\u0442\u0432\u0430|\u0430\u0433\u0435\u043D\u0442\u0441\u0442\u0432\u0435|\u0430\u0433\u0435\u043D\u0442\u0441\u0442\u0432\u043E|\u090F\u091C\u0947\u0902\u0938\u0940|\u0648\u0643\u0627\u0644\u0629
fund|fund|funds|fond|fondo|fonds|fundo|fondovy|\u0444\u043E\u043D\u0434|\u0635\u0646\u062F\u0648\u0642
intl|intl|int'l|international|interna\u021Bional|internantional|internatsionale|internationales|internasional|\u0438\u043D\u0442\u0435\u0440\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0439|\u0438\u043D\u0442\u0435\u0440\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u0430\u044F|\u0438\u043D\u0442\u0435\u0440\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435|internationale|internacional|internacionais|internacionales|\u0456\u043D\u0442\u0435\u0440\u043D\u0435\u0439\u0448\u043D\u043B|internazionale|internazionali|\u56FD\u969B\u7684|\u56FD\u969B|\u56FD\u9645\u7684|\u56FD\u9645
grp|group|\u0433\u0440\u0443\u043F\u043F\u0430|\u0433\u0440\u0443\u043F\u043F|\u0433\u0440\u0443\u043F\u043F\u044B|\u0433\u0440\u0443\u043F|\u30B0\u30EB\u30FC\u30D7|groupement|groupe|Grupa|grup\u0117|grupo|grupp|gruppo|Grupul|Gr\xFApa|Csoport|grup|\u038C\u03BC\u03B9\u03BB\u03BF\u03C2|\u039F\u03BC\u03AC\u03B4\u03B1|Skupina|hrupa|\u56E2\u4F53|\u56E2|\u96C6\u4F53
mgmt|management|\u043Canagement|gestion|gesti\xF3n|gerenciamento|\u043C\u0435\u043D\u0435\u0434\u0436\u043C\u0435\u043D\u0442|\u0443\u043F\u0440\u0432\u043B\u0435\u043D\u0438\u044E|\u043C\u0435\u043D\u0435\u0434\u0436\u043C\u0435\u043D\u0442\u0430|\u043C\u0435\u043D\u0435\u0434\u0436\u043C\u0435\u043D\u0442\u0443|\u0625\u062F\u0627\u0631\u0629|\u0443\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u0438\u0435|\u0443\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u0438\u044F|\u045E\u043F\u0440\u0430\u045E\u043B\u0435\u043D\u043D\u044F|\u0443\u043F\u0430\u0440\u0432\u043B\u0435\u043D\u0438\u044E|\u0443\u043F\u0430\u0440\u0432\u043B\u0435\u043D\u0438\u044F|\u0443\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u0438e|\u0443\u043F\u0440\u0430\u0432\u043B\u0435\u043D\u0438\u044E|\u0394\u03B9\u03B1\u03C7\u03B5\u03AF\u03C1\u03B9\u03C3\u03B7|Epicheirisi|\u7BA1\u7406|\u8F96
fed|federal|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0435|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0430\u044F|\u0444\u0435\u0434\u0435p\u0430\u043B\u044C\u043D\u043E\u0435|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u043D\u043E\u0435|\u0444\u0435\u0434\u0435\u043E\u0430\u043B\u044C\u043D\u0430\u044F|\u0444\u0435\u0434\u0435\u0440\u0435\u043B\u044C\u043D\u0430\u044F|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u043B\u044C\u043D\u0430\u044F|\u0444\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u0430\u044F|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0439|\u0444\u0435\u0434\u0435\u0440\u043F\u0430\u043B\u044C\u043D\u043E\u0435|\u0444\u0435\u0434\u0435\u0430\u0440\u043B\u044C\u043D\u0430\u044F|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u043D\u0430\u044F|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u0435|\u0444\u0435\u0434\u043D\u0440\u0430\u043B\u044C\u043D\u0430\u044F|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0435|\u0444e\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0435|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u043C\u0438|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0445|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u043C\u0443|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u0430|\u0444\u0435\u0434\u0440\u0430\u043B\u044C\u043D\u043E\u0435|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u0438\u0439|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0433\u043E|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0439|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u0430\u044F|\u0433\u043B\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0435|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u043C|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u0438\u0445|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u043C|\u0444\u0435\u0434\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0457|federalnyy|federatsyy|\u0444\u0435\u0434\u0435\u0440\u0430\u0446\u0438\u0438|feder\xE1ln\xED|feder\xE1lny|federalny|federatsiyi|federalna|feder\u0101la
natl|national|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0439|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u0430\u044F|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0435|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u043E\u0433\u043E|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u043E\u0439|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043D\u044B\u0445|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043Do\u0435|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043Da\u044F|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043Do\u0439|\u043D\u0430\u0446\u0438\u043E\u043D\u0430\u043B\u044C\u043Do\u0433\u043E|nationalnyy|nacionalnyy|nacionalna|nazionale|nacional|nationell|nasjonale|ulusal|narodowy|n\xE1rodn\xED|landelijk|valstybinis|\u56FD\u7ACB|\u56FD\u5BB6\u7684
allrussian|\u0412\u0421\u0415\u0420\u041E\u0421\u0421\u0418\u0419\u0421\u041A\u0418\u0419|all-russian|national
repu|republic|republics|\u0440\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0430|\u0440\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u043D\u0441\u043A\u0438\u0439|\u0440\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u043D\u0441\u043A\u0430\u044F|\u0440\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u043D\u0441\u043A\u0438\u0435|\u0440\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u043D\u0441\u043A\u043E\u0433\u043E|\u0440\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0430\u043D\u0441\u043A\u043E\u0439|\u0440\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0438|\u0440\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A|\u0440\u0435\u0441\u043F\u0443\u0431\u043B\u0438\u043A\u0435|r\xE9publique|respublikos|respubliky|republik|repubblica|republika|rep\xFAblica|\u5171\u548C\u56FD|cumhuriyet|\u062C\u0645\u0647\u0648\u0631\u064A\u0629|respublika|respublik
institute|institute|insitute|institut|in\u0161tit\xFAt|\u0448\u043A\u043E\u043B\u0430|\u0438\u043D\u0441\u0442\u0438\u0442\u0443\u0442|\u0456\u043D\u0441\u0442\u0438\u0442\u0443\u0442|\u0399\u03BD\u03C3\u03C4\u03B9\u03C4\u03BF\u03CD\u03C4\u03BF|institutu|instituta|instituto|instituti|in\u0161titut|institui\xE7\xE3o|ynstytut|institiut|instit\u016Bts|instytutu|instituut|instytut|istituto|institutas|institutul|instituutti|industite|instituutin|in\u0161tituta|institutului|\u7814\u7A76\u6240|\u5B66\u9662
club|club|clube|circolo|klub|kul\xFCp|\u043A\u043B\u0443\u0431|\u4FF1\u4E50\u90E8|\u30AF\u30E9\u30D6
institution|\u0443\u0447\u0440\u0435\u0436\u0434\u0435\u043D\u0438\u0435|institution|institucija|institu\u021Bia|\u0443\u0447\u0440\u0430\u0436\u0434\u0435\u043D\u0438\u0435|\u0443\u0447\u0440\u0435\u0434\u0436\u0435\u043D\u0438\u0435|\u0443\u0447\u0440\u0435\u0436\u0434\u0435\u043D\u0438\u0435\u043D\u0438\u0435
fdn|foundation|foudation|\u0444\u043E\u043D\u0434|fundacja|fundacion|fondation|funda\u021Bie|fundacija|Foundation|Fondacion|Fondacioni|Fundaci\xF3n|funda\u021Bia|Stiftung|Stichting|\u038A\u03B4\u03C1\u03C5\u03BC\u03B1|fdn|\u8CA1\u56E3|\u57FA\u91D1|\u8A2D\u7ACB
private|private|privat|privato|privati|privatiy|\u043F\u0440\u0438\u0432\u0430\u0442\u043D\u044B\u0439|\u043F\u0440\u0438\u0432\u0430\u0442\u043D\u0430\u044F|\u043F\u0440\u0438\u0432\u0430\u0442\u043D\u043E\u0435|\u043F\u0440\u0438\u0432\u0430\u0442\u043D\u044B\u0435
public|public|publiczny|publiczna|publiczne|\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0439|\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u0430\u044F|\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0435|\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0445|\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0433\u043E|\u043E\u0431\u0449\u0435\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0439|\u516C\u5171\u7684|\u516C\u5171\u7684\u306A
industry|industry|industries|indastris|industrial|industriyi|industriilor|industrialnyi|indastri|\u0438\u043D\u0434\u0443\u0441\u0442\u0440\u0438\u044F|\u0438\u043D\u0434\u0443\u0441\u0442\u0440\u0438\u0438|\u0438\u043D\u0434\u0443\u0441\u0442\u0440\u0438\u0430\u043B\u044C\u043D\u044B\u0439|\u0438\u043D\u0434\u0443\u0441\u0442\u0440\u0430\u043B\u044C\u043D\u044B\u0439|\u043F\u0440\u043E\u043C\u044B\u0448\u043B\u0435\u043D\u043D\u043E\u0441\u0442\u0438|industrijo|industria|industriia|industriala|industriji|industrji|industrije|industriya|industriei|industriju|industriales|indastrial|industriel|industriale|industrial\u0103|industrialny|industrie|industra|industrier|ind\xFAstrias|industri\xEBle|industriell|industrija|industrias|industrialna|industriais|ind\xFAstria|endustriyel|end\xFCstri|sanayi|\u696D\u754C
associates|associates|\u0430\u0441\u0441\u043E\u0446\u0438\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u044B\u0435
network|network|networks|netzwerk|\u0441\u0435\u0442\u0435\u0432\u043E\u0439|\u0441\u0435\u0442\u0435\u0432\u044B\u0435|\u0441\u0435\u0442\u0435\u0432\u043E\u0435
dev|development|dev|devt|devt.|\u03B1\u03BD\u03AC\u03C0\u03C4\u03C5\u03BE\u03B7|\u0440\u0430\u0437\u0432\u0438\u0442\u0438\u0435|\u0440\u0430\u0437\u0432\u0438\u0442\u0438\u044F|\u0440\u0430\u0437\u0432\u0438\u0442\u0438\u044E|\u03B1\u03BD\u03AC\u03C0\u03C4\u03C5\u03BE\u03B7\u03C2
enterprise|enterprise|enterprises|entreprise|enterpraizes|entreprises|empreendimento|empreendimentos|interprise|\u043F\u0440\u0435\u0434\u043F\u0440\u0438\u044F\u0442\u0438\u0435|\u043Fp\u0435\u0434\u043Fp\u0438\u044F\u0442\u0438\u0435|\u043F\u0440\u0435\u0434\u043F\u0440\u0438\u0438\u044F\u0442\u0438\u0435|\u043F\u0440\u0435\u0434\u043F\u0440\u0438\u044F\u0442\u0438\u044F|\u043F\u0440\u0435\u0434\u043F\u0440\u044F\u0442\u0438\u0435|\u043F\u0440\u0435\u0434\u043F\u0440\u0438\u044F\u0442\u0438\u0439|predpriyatie|empresa|impresa|\u043F\u0440\u0435\u0434\u043F\u0440\u0438\u0435\u043C\u0441\u0442\u0432\u043E|\u043F\u0456\u0434\u043F\u0440\u0438\u0454\u043C\u0441\u0442\u0432\u043E|\uAE30\uC5C5|\u092A\u094D\u0930\u0924\u093F\u0937\u094D\u0920\u093E\u0928|yritys
committee|committee|committees|\u043A\u043E\u043C\u0438\u0442\u0435\u0442|\u043A\u043E\u043C\u0438\u0442\u0435\u0442\u0430|\u043A\u043E\u043C\u0438\u0442\u0435\u0442\u044B|\u043A\u043E\u043C\u0456\u0442\u0435\u0442|\u043A\u043E\u043C\u0456\u0442\u0435\u0442\u0438|\u043A\u043E\u043C\u0438\u0442\u0435\u0442\u0443
kombinat|kombinat|\u043A\u043E\u043C\u0431\u0438\u043D\u0430\u0442|Kombinatas|\u043A\u043E\u043C\u0431\u0438\u043D\u0438\u0440\u043E\u0432\u0430\u043D\u043D\u043E\u0433\u043E
central|central|centrala|centrale|centralele|centrali|\u0446\u0435\u043D\u0442\u0440\u0430\u043B\u044C\u043D\u044B\u0439|\u0446\u0435\u043D\u0442\u0440\u0430\u043B\u044C\u043D\u0430\u044F|\u0446\u0435\u043D\u0442\u0440\u0430\u043B\u044C\u043D\u044B\u0435|\u0446\u0435\u043D\u0442\u0440\u0430\u043B\u044C\u043D\u043E\u0433\u043E|\u0446\u0435\u043D\u0442\u0440\u0430\u043B\u044C\u043D\u043E\u0439|\u0446\u0435\u043D\u0442\u0440\u0430\u043B\u0438\u0437\u043E\u0432\u0430\u043D\u043D\u0430\u044F
general|general|generale|\u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0439|\u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u0430\u044F|\u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0435|\u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0433\u043E|\u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u043E\u0439|\u0433\u0435\u043D\u0435\u0440\u0430\u043B\u044C\u043D\u044B\u0445
base|base|bases|baza|\u0431\u0430\u0437\u0430
global|global|weltweit|mondial|mondiale|glob\xE1ln\xED|globalny|k\xFCresel|\u0433\u043B\u043E\u0431\u0430\u043B\u044C\u043D\u044B\u0439|\u0433\u043B\u043E\u0431\u0430\u043B\u044C\u043D\u0430\u044F|\u0433\u043B\u043E\u0431\u0430\u043B\u044C\u043D\u044B\u0435|\u0433\u043B\u043E\u0431\u0430\u043B\u044C\u043D\u043E\u0433\u043E|\u0433\u043B\u043E\u0431\u0430\u043B\u044C\u043D\u043E\u0439|\u0433\u043B\u043E\u0431\u0430\u043B\u044C\u043D\u044B\u0445|\u0433\u043B\u043E\u0431\u0430\u043B\u044C\u043D\u043E
world|world|welt|worldwide|mundo|monde|\u043C\u0438\u0440|\u4E16\u754C
system|system|systems|systeme|\u0441\u0438\u0441\u0442\u0435\u043C\u0430|\u0441\u0438\u0441\u0442\u0435\u043C\u044B|sistema|sistemas|syst\xE8me|syst\xE8mes|sistemy|\u30B7\u30B9\u30C6\u30E0|\u30B7\u30B9\u30C6\u30E0\u30BA
association|association|associations|associa\xE7\xE3o|asociaciones|\u0430\u0441\u0441\u043E\u0446\u0438\u0430\u0446\u0438\u044F|\u0430\u0441\u0441\u043E\u0446\u0438\u0430\u0446\u0438\u0438
venture|venture|ventures|\u0432\u0435\u043D\u0447\u0443\u0440\u043D\u044B\u0439|\u0432\u0435\u043D\u0447\u0443\u0440\u043D\u0430\u044F|\u0432\u0435\u043D\u0447\u0443\u0440\u043D\u044B\u0435|\u0432\u0435\u043D\u0447\u0443\u0440\u043D\u044B\u0445|\u0432\u0435\u043D\u0447\u0443\u0440\u043D\u043E\u0433\u043E|\u0432\u0435\u043D\u0447\u0443\u0440\u043D\u043E\u0439|\u0432\u0435\u043D\u0447\u0443\u0440\u043D\u043E\u0435|empreendimentos
commerce|commerce|commercial|\u043A\u043E\u043C\u043C\u0435\u0440\u0446\u0438\u044F|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0430\u044F|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0438\u0435|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0438\u0445|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u043E\u0433\u043E|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u043E\u0439|\u043A\u043E\u043C\u0435\u0440\u0446\u0456\u0439\u043D\u0438\u0439
commercial|commercial|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0438\u0439|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0430\u044F|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u043E\u0435|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u043E\u0439|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0438\u0445|\u043A\u043E\u043C\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u043E\u0433\u043E|\u043A\u043E\u043C\u0435\u0440\u0447\u0435\u0441\u043A\u0438\u0439|comercial|commerciale|commerciaux|commercieel|comerciale|commerci\xEBle|kommercial|commerical|comercial\u0103|\u03B5\u03BC\u03C0\u03BF\u03C1\u03B9\u03BA\u03AE|\u5546\u696D|commerciell|\u05E7\u05D5\u05DE\u05E8\u05E6\u05D9\u05D0\u05DC\u05D9|\uC0C1\uC5C5\uC801|kommersiel|\u5546\u4E1A\u7684
municipal|municipal|municipality|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u044B\u0439|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u0430\u044F|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u044B\u0435|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u043E\u0433\u043E|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u043E\u0439|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u044B\u0445|\u043C\u0443\u043D\u0456\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u0438\u0439|\u043C\u0443\u043D\u0456\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u0430|\u043C\u0443\u043D\u0456\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u0456|\u043C\u0443\u043D\u0456\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u043E\u0433\u043E|\u043C\u0443\u043D\u0456\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u043E\u0457|\u043C\u0443\u043D\u0456\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u0438\u0445|munisipalitas|munisipaliteti|munisipalitetet|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u044C\u043D\u043E\u0435
city|city|cities|municipalit\xE9|municipale|municipals|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u0438\u0442\u0435\u0442|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u0438\u0442\u0435\u0442\u044B|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u0438\u0442\u0435\u0442\u0430|\u043C\u0443\u043D\u0438\u0446\u0438\u043F\u0430\u043B\u0438\u0442\u0435\u0442\u0430\u043C|\u0433\u043E\u0440\u043E\u0434\u0441\u043A\u0430\u044F|\u0433\u043E\u0440\u043E\u0434\u0441\u043A\u043E\u0433\u043E|\u0433\u043E\u0440\u043E\u0434\u0441\u043A\u0438\u0435|\u0433\u043E\u0440\u043E\u0434\u0441\u043A\u0438\u0445|\u0433\u043E\u0440\u043E\u0434\u0430
office|office|offices|\u043E\u0444\u0444\u0438\u0441|\u043E\u0444\u0438\u0441|\u043E\u0444\u0438\u0441\u044B|\u043E\u0444\u0438\u0441\u0430|\u043E\u0444\u0456\u0441|\u043E\u0444\u0456\u0441\u0438|oficina|oficinas|bureau|bureaux
bureau|bureau|\u0431\u044E\u0440\u043E|\u0431\u044E\u0440o|b\xFCr\xF6|b\xFCro|b\xFCron|b\xFCron\xFC
gov|gov|govmnt|government|governmental|regierung|staat|staatlich|staatliche|staatliches|\u653F\u5E9C|\u8F96|state|\u043F\u0440\u0430\u0432\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u0432\u043E|gouvernement|gouvernementale|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0435|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u0430\u044F|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0439|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u0435|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u044B\u0439|\u0433\u043E\u0441\u0443\u0434\u0430\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u043C|\u0433\u043E\u043C\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0439|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0432\u0435\u043D\u043D\u044B\u043C|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u043D\u043D\u044B\u0439|\u0433\u043E\u0441\u0443\u0434\u0430p\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0435|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u043E\u0432\u0435\u043D\u043D\u044B\u0439|\u0433\u043E\u0441\u0443\u0434\u0440\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0435|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u043C|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0433\u043E|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u043E\u0439|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u043C|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0435|\u0433\u043E\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0435\u043D\u043D\u044B\u0445|\u043F\u0440\u0430\u0432\u0438\u0442\u0435\u043B\u044C\u0441\u0442\u043E|\u0433\u043E\u0441\u043F\u0440\u0435\u0434\u043F\u0440\u0438\u044F\u0442\u0438\u0435|\u043A\u0430\u0437\u0435\u043D\u043D\u043E\u0435|gobierno|\u03BA\u03C5\u03B2\u03B5\u03C1\u03BD\u03B7\u03C3\u03B7|\u03BA\u03C5\u03B2\u03B5\u03C1\u03BD\u03B7\u03C4\u03B9\u03BA\u03AE
region|\u043E\u0431\u043B\u0430\u0441\u0442\u0438|\u043E\u0431\u043B\u0430\u0441\u0442|\u043E\u0431\u043B\u0430\u0441\u0442\u043D\u043E\u0435|\u043E\u0431\u043B\u0430\u0441\u0442\u043D\u0430\u044F|\u043E\u0431\u043B\u0430\u0441\u0442\u043D\u044B\u0435|\u0440\u0430\u0439\u043E\u043D\u0430|\u0440\u0430\u0439\u043E\u043D|\u0440\u0430\u0439\u043E\u043D\u043E\u0432|region|regions|regional|regionalny|regionala|regionali|regionales
named|im|\u0438\u043C\u0435\u043D\u0438|\u0456\u043C\u0435\u043D\u0456|\u0438\u043C|imeni
socalled|SO-CALLED|Self-proclaimed|A\u0219a-numita|Takozvana|Sogenannte|soi-disant|Soi-disant|Samh\xE4llsr\xF6relsen|Tzv.|\u0422.\u043D\u0430\u0440.
ministry|ministry|ministries|\u043Cinistry|minist\xE8re|ministeru|ministero|ministerio|ministerul|ministerium|ministerie|ministrerio|ministerstvo|ministerului|ministerij|\u043C\u0438\u043D\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u0430|\u043C\u0438\u043D\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043E
export|export|exports|eksportu|eksporty|\u044D\u043A\u0441\u043F\u043E\u0440\u0442|\u044D\u043A\u0441\u043F\u043E\u0440\u0442\u044B|\u0435\u043A\u0441\u043F\u043E\u0440\u0442\u0443|\u0435\u043A\u0441\u043F\u043E\u0440\u0442\u0438|\u044D\u043A\u0441\u043F\u043E\u0440\u0442\u0430|\u044D\u043A\u0441\u043F\u043E\u0440\u0442\u0438|\u044D\u043A\u0441\u043F\u043E\u0440\u0442\u0435|\u044D\u043A\u0441\u043F\u043E\u0440\u0442\u0438\u0432|\u044D\u043A\u0441\u043F\u043E\u0440\u0442\u0438\u0432\u0435|\u044D\u043A\u0441\u043F\u043E\u0440\u0442\u0438\u0432\u0443|\u044D\u043A\u0441\u043F\u043E\u0440\u0442\u0438\u0432\u044B|\u044D\u043A\u0441\u043F\u043E\u0440\u0442\u0438\u0432\u043E\u043C
import|import|imports|\u0438\u043C\u043F\u043E\u0440\u0442|\u0438\u043C\u043F\u043E\u0440\u0442\u044B|\u0438\u043C\u043F\u043E\u0440\u0442\u0430|\u0438\u043C\u043F\u043E\u0440\u0442\u043D\u044B\u0439|\u0438\u043C\u043F\u043E\u0440\u0442\u043D\u0430\u044F|\u0438\u043C\u043F\u043E\u0440\u0442\u043D\u044B\u0435|\u0438\u043C\u043F\u043E\u0440\u0442\u043D\u044B\u0445|\u0438\u043C\u043F\u043E\u0440\u0442\u043D\u043E\u0433\u043E|\u0438\u043C\u043F\u043E\u0440\u0442\u043D\u043E\u0439
trade|trade|trading|\u0442\u043E\u0440\u0433\u043E\u0432\u043B\u044F|\u0442\u043E\u0440\u0433\u0456\u0432\u043B\u044F|\u0442\u043E\u0440\u0433\u043E\u0432\u044C\u0439|\u0442\u043E\u0440\u0433\u043E\u0432\u044B\u0439|\u0442\u043E\u0440\u0433\u043E\u0432\u043E|\u0442\u043E\u0440\u0433\u043E\u0432\u0430\u044F|\u0442\u043E\u0440\u0433\u043E\u0432\u044B\u0435|\u0442\u043E\u0440\u0433\u043E\u0432\u044B\u0445|tr\u044Did|\u0442\u043E\u0440\u0433\u043E\u0432\u044B|comercio|commercio|com\xE9rcio|impex|ticaret|san.tic|san.ve|tes.tek.dis|tes.tek.d\u0131\u015F|tejarat|\u0417\u043E\u0432\u043D\u0456\u0448\u043D\u044C\u043E\u0442\u043E\u0440\u0433\u043E\u0432\u0435\u043B\u044C\u043D\u0430|Zovnishnotorhovelna|\u0395\u03BC\u03C0\u03BF\u03C1\u03B9\u03BA\u03AE|\u8D38\u6613|\u884C\u4E1A|\u5546\u4E1A|\u5546\u884C|\u8D38\u6613\u516C\u53F8
solution|solution|solutions|\u03BB\u03CD\u03C3\u03B7|\u03BB\u03CD\u03C3\u03B5\u03B9\u03C2|\u03BB\u03CD\u03C3\u03B5\u03C9\u03BD|\u0440\u0435\u0448\u0435\u043D\u0438\u0435|\u0440\u0435\u0448\u0435\u043D\u0438\u044F|\u0440\u0435\u0448\u0435\u043D\u0438\u044E|\u0440\u0435\u0448\u0435\u043D\u0438\u0438|\u0440\u0435\u0448\u0435\u043D\u0438\u0435\u0438|soluzioni|solutii|solu\xE7\xF5es|soluciones|solusi
project|project|projects|projetos|\u043F\u0440\u043E\u0435\u043A\u0442|\u043F\u0440\u043E\u0435\u043A\u0442\u044B|\u043F\u0440\u043E\u0435\u043A\u0442\u0430|\u043F\u0440\u043E\u0435\u043A\u0442\u043E\u0432|\u043F\u0440\u043E\u0435\u043A\u0442\u0443|\u043F\u0440\u043E\u0435\u043A\u0442\u043D\u043E|\u043F\u0440\u043E\u0435\u043A\u0442\u043D\u044B\u0439|projekat|projekt|projektas|projekti|projekti\u0173|projekto|projekt\u0173|projektoje|projekt\u0173je
product|product|products|\u043F\u0440\u043E\u0434\u0443\u043A\u0446\u0438\u044F|\u043F\u0440\u043E\u0434\u0443\u043A\u0446\u0456\u0456|\u043F\u0440\u043E\u0434\u0443\u043A\u0446\u0456\u0454\u044E|produkt|produtos|prodotto|prodotti|\u03C0\u03C1\u03BF\u03CA\u03CC\u03BD|\u03C0\u03C1\u03BF\u03CA\u03CC\u03BD\u03C4\u03B1|\xFCr\xFCn|\xFCr\xFCnler
alliance|alliance|alian\xE7a|allians|allianz|alianza|alleanza|alliantie|alian\u0163\u0103|ittifak|sojusz|\u0430\u043B\u044C\u044F\u043D\u0441|\u062A\u062D\u0627\u0644\u0641|\u0917\u0920\u092C\u0902\u0927\u0928|\u540C\u76DF|\uB3D9\uB9F9
capital|capital|\u03BA\u03B5\u03C6\u03AC\u03BB\u03B1\u03B9\u03BF|\u03BA\u03B5\u03C6\u03B1\u03BB\u03B1\u03B9\u03B1\u03BA\u03AE|\u043A\u0430\u043F\u0438\u0442\u0430\u043B|kapital|capitale|\u043A\u0430\u043F\u0438\u0442\u0430\u043B\u0430|capitalul|capitals
credit|credit|kredit|credits|\u041A\u0420\u0415\u0414\u0418\u0422\u041D\u0410\u042F|\u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430\u044F|\u043A\u0440\u0435\u0434\u0438\u0442\u043D\u044B\u0439|\u043A\u0440\u0435\u0434\u0438\u0442\u043D\u043E\u0435|\u043A\u0440\u0435\u0434\u0438\u0442|\u043A\u0440\u0435\u0434\u0438\u0442\u044B|\u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0438\u0439|\u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0430|\u043A\u0440\u0435\u0434\u0438\u0442\u043D\u0435
asset|asset|assets|\u0430\u043A\u0442\u0438\u0432\u044B|\u0430\u043A\u0442\u0438\u0432|\u0430\u043A\u0442\u0438\u0432\u043E\u0432|\u0430\u043A\u0442\u0438\u0432\u0438|\u0430\u043A\u0442\u0438\u0432\u0456\u0432
trust|trust|trusts|\u0444\u043E\u043D\u0434|\u0442\u0440\u0430\u0441\u0442|\u0442\u0440\u0435\u0441\u0442|\u0442\u0440\u0430\u0441\u0442\u043E\u0432\u0438\u0439|\u0442\u0440\u0430\u0441\u0442\u043E\u0432\u0430|\u0442\u0440\u0430\u0441\u0442\u043E\u0432\u0456|\u0442\u0440\u0430\u0441\u0442\u043E\u0432\u043E\u0457|\u0442\u0440\u0430\u0441\u0442\u043E\u0432\u043E\u0433\u043E|\u0444\u043E\u043D\u0434\u043E\u0432\u0438\u0439|\u0444\u043E\u043D\u0434\u043E\u0432\u0430|\u0444\u043E\u043D\u0434\u043E\u0432\u0456
union|union|\u0441\u043E\u044E\u0437|\u0441\u043E\u044E\u0437\u0430|uni\xF3n|Uni\xE3o|\u30E6\u30CB\u30AA\u30F3|\u7D44\u5408|\u8054\u76DF|zveza|zwi\u0105zek|savez|szakszervezet|\u043E\u0431\u0454\u0434\u043D\u0430\u043D\u043D\u044F|\u043E\u0431'\u0454\u0434\u043D\u0430\u043D\u043D\u044F
authority|authority|autoridad|autoridade|autorit\xE0|autoritat|autorit\xE4t|autoritate|autorit\u0101te|autorit\xE9|autoriteet|autoriteit|autoritet|autoritetas|autorytet|avtoritet|avtoriteta|awtoridad|awtorit\xE0|beh\xF6rde|hat\xF3s\xE1g|otoritas|otorite|\xFAdar\xE1s|viranomainen|\u0430\u0432\u0442\u043E\u0440\u0438\u0442\u0435\u0442|\u0430\u045E\u0442\u0430\u0440\u044B\u0442\u044D\u0442|\u10D0\u10D5\u10E2\u10DD\u10E0\u10D8\u10E2\u10D4\u10E2\u10D8|\u05E8\u05E9\u05D5\u05EA|\u0627\u0644\u0633\u0644\u0637\u0629|\u0905\u0927\u093F\u0915\u093E\u0930|\u6743\u5A01|\u6A29\u9650
party|party|p\xE1irt\xED|partai|partei|parti|partia|partid|partido|partij|partija|strana|stranka|\u043F\u0430\u0301\u0440\u0442\u0438\u044F|\u03BA\u03CC\u03BC\u03BC\u03B1|\u062D\u0632\u0628|\u0926\u0932|\u09A6\u09B2|\u653F\u9EE8|\u515A
liquidation|\u6E05\u7B97\u4E2D
repoff|
branch|branch|\u0444\u0438\u043B\u0438\u0430\u043B|filiale|zweigstelle
`;
    PERSON_PARTS_RAW = `
khuylo|putin|poetin|poutine|putinas|putins|putyin|p\xFAt\xEDn|\u043F\u0443\u0442\u0438\u043D|\u043F\u0443\u0442\u0456\u043D|\u043F\u0443\u0446\u0456\u043D|puty\xEDn|\u10DE\u10E3\u10E2\u10D8\u10DC\u10D8|\u054A\u0578\u0582\u057F\u056B\u0576|\u067E\u0648\u062A\u0646|\u05E4\u05D5\u05D8\u05D9\u05DF|\u0628\u0648\u062A\u064A\u0646|\u30D7\u30FC\u30C1\u30F3|\u666E\u4EAC|\u666E\u4E01|\uD478\uD2F4|\u0E1B\u0E39\u0E15\u0E34\u0E19|\u092A\u0941\u0924\u093F\u0928|\u03C0\u03BF\u03CD\u03C4\u03B9\u03BD|putinov\xE1|putina|poutina|p\xFAtina|\u30D7\u30FC\u30C1\u30CA|\u666E\u4EAC\u5A1C
qdfi|GADDAFI|Ghaddafi|ELKADDAFI|QADDAFI|Kaddafi|el Gadafi|al-Kaddafi|\u0627\u0644\u0642\u0630\u0627\u0641\u064A|\u041A\u0430\u0434\u0434\u0430\u0444\u0456|\u041A\u0430\u0434\u0434\u0430\u0444\u0438|\u0430\u043B-\u049A\u0430\u0437\u043E\u0444\u04E3|\u0259l-Q\u0259zzafi|Gheddafi|al-Qadhafi|GHATHAFI|Kadaffi|Khadafy|Qadhdhafi
`;
    PERSON_PREFIXES_RAW = `Mr|Mister|Mrs|Misses|Missis|Missus|Mistress|Miss|Ms|Mx|Mixter|Madam|Madame|Mme|Mmme|Monsieur|Fr\xE4ulein|Frau|Fr|Senor|Senorita|Herr|Hr|Dr|Doctor|Prof|Prof. Dr|Professor Dr|Professor|Associate Professor|Dott|Dottore|Dott.ssa|Dottor|Dott.sr|Dott.sra|President|Pr\xE4sident|Ambassador|Amb|Field Marshal|Admiral|General|Lieutenant General|Lieutenant Colonel|Brigadier|Colonel|Commodore|Captain|Capt.|Rear-Admiral|Rear Admiral|Private|Pvt.|Chair|Chairman|Chairwoman|Ex-Chair|Ex-Chairman|Ex-Chairwoman|Director|Ex-Director|Managing Director|Ex-Managing Director|Company Secretary|Ex-Company Secretary|Emperor|Empress|Queen|The Prince|The Princess|The Princess Royal|Grand Duke|Grand Duchess|His Majesty|Her Majesty|His Excellency|Her Excellency|His Royal Higness|Her Royal Higness|HRH|His Higness|Her Higness|Lord|Lady|Laird|Dame|Baroness|Baronet|Baronetess|Count|Countess|Duchess|Marchioness|Marquess|Seigneur|Sr|Sir|The Reverend|Reverend|The|Honourable|Honorable|Hon|His Honour|Her Honour|His Honor|Her Honor|The Honourable|The Honorable|The Hon|The Honble|The Honourable Lady|The Honorable Lady|Right Honourable|Right Honorable|The Right Honourable|The Right Honorable|Rt Hon|Rt. Hon.|The Most Honourable|The Most Honorable|The Most Hon|The Most Hon.|The Most Honble|The Much Honoured|The Much Honored|The Much Hon|The Much Hon.|The Most Noble|His Grace|Her Grace|The Worshipful|Worshipful|Excellency`;
  }
});

// src/core/match/tables.ts
function lines(raw) {
  return raw.split("\n").filter((l) => l.trim()).map((l) => l.split("|"));
}
var LEGAL_FORMS, LEGAL_FORM_MAX_WORDS, ORG_SYMBOLS, EXTRA_SYMBOLS, ORG_EXPANSIONS, RUN_TOGETHER_LEGAL, PERSON_PARTS, PERSON_PREFIXES;
var init_tables = __esm({
  "src/core/match/tables.ts"() {
    "use strict";
    init_org_types();
    init_symbols();
    init_fold();
    LEGAL_FORMS = /* @__PURE__ */ new Map();
    LEGAL_FORM_MAX_WORDS = 1;
    for (const [alias = "", compare = "", generic = ""] of lines(ORG_TYPES_RAW)) {
      const key = foldText(alias);
      if (!key || LEGAL_FORMS.has(key)) continue;
      LEGAL_FORMS.set(key, { compare: foldText(compare).replace(/ /g, "") || key, generic });
      LEGAL_FORM_MAX_WORDS = Math.max(LEGAL_FORM_MAX_WORDS, key.split(" ").length);
    }
    ORG_SYMBOLS = /* @__PURE__ */ new Map();
    for (const [cls = "", ...words] of lines(ORG_SYMBOLS_RAW)) {
      for (const w of words) {
        const key = foldText(w);
        if (key && !key.includes(" ") && !ORG_SYMBOLS.has(key)) ORG_SYMBOLS.set(key, cls);
      }
    }
    EXTRA_SYMBOLS = {
      assoc: ["\u062C\u0645\u0639\u064A\u0629", "\u062C\u0645\u0639\u064A\u062A", "\u0627\u0646\u062C\u0645\u0646", "\u0631\u0627\u0628\u0637\u0629"],
      fdn: ["\u0645\u0624\u0633\u0633\u0629", "\u0628\u0646\u064A\u0627\u062F", "\u0648\u0642\u0641"],
      ngo: ["\u062E\u064A\u0631\u064A\u0629", "\u0627\u0644\u062E\u064A\u0631\u064A\u0629", "\u0645\u0646\u0638\u0645\u0629", "\u0445\u0430\u0439\u0440\u0438\u044F"],
      trade: ["\u062A\u062C\u0627\u0631\u0629", "\u0644\u0644\u062A\u062C\u0627\u0631\u0629", "\u0627\u0644\u062A\u062C\u0627\u0631\u064A\u0629", "\u062A\u062C\u0627\u0631\u064A", "\u0628\u0627\u0632\u0631\u06AF\u0627\u0646\u06CC", "trdg", "trdng"],
      grp: ["\u0645\u062C\u0645\u0648\u0639\u0629", "\u06AF\u0631\u0648\u0647", "grp", "grps"],
      co: ["\u0634\u0631\u0643\u062A", "\u0634\u0631\u06A9\u062A"],
      // Abbreviations as lists and registries print them (our addition).
      industry: ["ind", "inds", "indus", "indust"],
      service: ["srvces", "srvcs", "svcs", "svc", "servs", "srvc"],
      mgmt: ["mgt"],
      tech: ["tech", "techs", "technology", "technologies", "technical", "tecnologia"],
      eng: ["eng", "engg", "engineering", "engineers"],
      mfg: ["mfg", "manufacturing", "manufacturers"],
      invest: ["investment", "investments", "invt", "inv"],
      holding: ["hldg", "hldgs"]
    };
    ORG_EXPANSIONS = /* @__PURE__ */ new Map([
      ["comp", "company"],
      ["corp", "corporation"]
    ]);
    RUN_TOGETHER_LEGAL = /^([a-z]{3,}?)(ltd|llc|gmbh|inc|jsc|ooo|plc|sarl|srl|pjsc|ojsc|cjsc|fze|fzco)$/;
    for (const [cls, words] of Object.entries(EXTRA_SYMBOLS)) {
      for (const w of words) if (!ORG_SYMBOLS.has(foldText(w))) ORG_SYMBOLS.set(foldText(w), cls);
    }
    PERSON_PARTS = /* @__PURE__ */ new Map();
    for (const [cls = "", ...words] of lines(PERSON_PARTS_RAW)) {
      for (const w of words) {
        const key = foldText(w).replace(/ /g, "");
        if (key) PERSON_PARTS.set(key, cls);
      }
    }
    PERSON_PREFIXES = new Set(
      PERSON_PREFIXES_RAW.split("|").map(foldText).filter((p) => p)
    );
  }
});

// src/core/match/normalise.ts
function letterCounts(s) {
  const h = new Uint8Array(27);
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i) - 97;
    const b = k >= 0 && k < 26 ? k : 26;
    h[b] = Math.min(255, h[b] + 1);
  }
  return h;
}
function splitWord(w) {
  if (ARTICLE_FORMS.has(w)) return ["al"];
  let m = /^(eddine?|edine|uddin|udin|uddeen|udeen|oudine?|addin|aldin)$/.exec(w);
  if (m) return ["al", "din"];
  m = /^(.{3,}?)(eddine?|edine|uddin|udin|uddeen|udeen|oudine?|addin|aldin)$/.exec(w);
  if (m) return [...splitWord(m[1]), "al", "din"];
  m = /^(.{3,}?)([uoai]ll?ah|[uoai]lla)$/.exec(w);
  if (m) return [...splitWord(m[1]), "allah"];
  m = /^abd(?:[aeiou]?[lr])?$/.exec(w);
  if (m) return w === "abd" ? ["abd"] : ["abd", "al"];
  m = /^abd(?:[aeiou]?[lr]|u)(.{3,})$/.exec(w);
  if (m) return ["abd", "al", m[1]];
  if (w.length > 3 && w.startsWith("\u0639\u0628\u062F")) return ["\u0639\u0628\u062F", ...splitWord(w.slice(3))];
  if (w.length > 5 && w.endsWith("\u0627\u0644\u0644\u0647")) return [...splitWord(w.slice(0, -4)), "\u0627\u0644\u0644\u0647"];
  if (w.length > 6 && w.endsWith("\u0627\u0644\u062F\u064A\u0646")) return [...splitWord(w.slice(0, -5)), "\u0627\u0644", "\u062F\u064A\u0646"];
  if (w.length > 3 && w.startsWith("\u0627\u0644") && w !== "\u0627\u0644\u0644\u0647") return ["\u0627\u0644", w.slice(2)];
  if (w.length > 4 && w.startsWith("\u0627\u0628\u0648")) return ["\u0627\u0628\u0648", w.slice(3)];
  return [w];
}
function makePart(word, kind) {
  const key = `${kind}:${word}`;
  const hit = PART_CACHE.get(key);
  if (hit) return hit;
  if (PART_CACHE.size >= PART_CACHE_LIMIT) PART_CACHE.clear();
  const part = kind === "legal" || kind === "generic" ? fixedPart(word, kind) : buildPart(word, kind);
  PART_CACHE.set(key, part);
  return part;
}
function buildPart(word, kind) {
  const script = scriptOf(word);
  const { forms, skeletons } = romanise(word, script);
  const group = PERSON_PARTS.get(word) ?? forms.map((f) => PERSON_PARTS.get(f)).find((g) => g);
  return {
    id: nextPartId++,
    text: word,
    script,
    kind,
    forms,
    skeletons,
    phonetics: forms.map(phoneticKey),
    group,
    initial: [...word].length === 1 && !SYLLABIC.has(script),
    sounds: void 0
  };
}
function fixedPart(text3, kind) {
  return {
    id: nextPartId++,
    text: text3,
    script: "latin",
    kind,
    forms: [text3],
    skeletons: [],
    phonetics: [],
    group: void 0,
    initial: false,
    sounds: void 0
  };
}
function nameId(parts, joinedForms, words) {
  let key = `${words}:`;
  for (const p of parts) key += `${p.id},`;
  key += `|${joinedForms.join(",")}`;
  let id = NAME_IDS.get(key);
  if (id === void 0) {
    if (NAME_IDS.size >= PART_CACHE_LIMIT) NAME_IDS.clear();
    id = nextNameId++;
    NAME_IDS.set(key, id);
  }
  return id;
}
function reorderName(name) {
  const i = name.indexOf(",");
  if (i < 0 || name.indexOf(",", i + 1) >= 0) return name;
  return `${name.slice(i + 1)} ${name.slice(0, i)}`;
}
function isPersonLike(schema) {
  return schema === void 0 || schema === "Person" || schema === "LegalEntity" || schema === "Thing";
}
function dropHonorifics(words) {
  let start = 0;
  let again = true;
  while (again && start < words.length - 1) {
    again = false;
    for (let n = Math.min(3, words.length - start - 1); n >= 1; n--) {
      if (PERSON_PREFIXES.has(words.slice(start, start + n).join(" "))) {
        start += n;
        again = true;
        break;
      }
    }
  }
  return words.slice(start);
}
function parseName(name, options = {}) {
  const { schema } = options;
  const personal = schema === "Person" || schema === void 0;
  const ordered = isPersonLike(schema) ? reorderName(name) : name;
  let words = foldWords(ordered);
  if (personal && ordered !== name) {
    const comma = name.indexOf(",");
    words = [
      ...dropHonorifics(foldWords(name.slice(comma + 1))),
      ...dropHonorifics(foldWords(name.slice(0, comma)))
    ];
  } else if (personal) words = dropHonorifics(words);
  if (words.length > MAX_NAME_WORDS) words = words.slice(0, MAX_NAME_WORDS);
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    if (word.length > MAX_WORD_CHARS) words[w] = word.slice(0, MAX_WORD_CHARS);
  }
  const orgLike = schema !== "Person";
  if (orgLike) {
    const split = /[a-z][A-Z]{2,5}\b/.test(name) ? foldWords(
      ordered.replace(
        /([a-z])([A-Z]{2,5})\b/g,
        (all, a, b) => LEGAL_FORMS.has(b.toLowerCase()) ? `${a} ${b}` : all
      )
    ) : words;
    words = split.flatMap((w) => {
      const m = RUN_TOGETHER_LEGAL.exec(w);
      if (m) return [m[1], m[2]];
      return [ORG_EXPANSIONS.get(w) ?? w];
    });
    if (words.length > MAX_NAME_WORDS) words = words.slice(0, MAX_NAME_WORDS);
  }
  const parts = [];
  const rawWords = [];
  const legalForms = [];
  let letters = "";
  let nameWords = 0;
  for (let i = 0; i < words.length; ) {
    if (orgLike) {
      let found = 0;
      for (let n = Math.min(LEGAL_FORM_MAX_WORDS, words.length - i); n >= 1 && !found; n--) {
        const lf = LEGAL_FORMS.get(words.slice(i, i + n).join(" "));
        if (lf && (n > 1 || words.length > 1)) {
          legalForms.push(lf);
          parts.push(makePart(lf.compare, "legal"));
          found = n;
        }
      }
      if (found) {
        i += found;
        continue;
      }
    }
    const word = words[i++];
    if (orgLike && !PARTICLES.has(word) && scriptOf(word) === "latin") letters += word[0] ?? "";
    const symbol = orgLike ? ORG_SYMBOLS.get(word) : void 0;
    if (symbol) {
      parts.push(makePart(symbol, "generic"));
      rawWords.push(word);
      continue;
    }
    const script = scriptOf(word);
    const pieces = script === "cyrillic" || script === "greek" ? splitWord(romanise(word, script).forms[0] ?? word) : script === "han" && words.length === 1 && !/[\u3040-\u30ff]/.test(word) ? splitHanName(word) : script === "hangul" && words.length === 1 ? splitHangulName(word) : [word];
    rawWords.push(script === "latin" ? word : romanise(word, script).forms[0] ?? word);
    let named = false;
    for (const piece of pieces.length > 1 ? pieces : splitWord(word)) {
      const part = makePart(
        piece,
        PARTICLES.has(piece) || piece === "allah" || piece === "\u0627\u0644\u0644\u0647" ? "particle" : "name"
      );
      if (part.kind === "name" && !part.initial) named = true;
      parts.push(part);
    }
    if (named) nameWords++;
  }
  const joined = parts.filter((p) => p.kind !== "legal").map((p) => p.forms[0] ?? "").join("");
  const joinedRaw = rawWords.join("");
  const only = parts.length === 1 && parts[0]?.kind === "name" ? parts[0].forms : [];
  const joinedForms = [.../* @__PURE__ */ new Set([joined, joinedRaw, ...only])].filter((f) => f.length >= 5);
  return {
    id: nameId(parts, joinedForms, nameWords),
    raw: name,
    parts,
    legalForms,
    joined,
    joinedRaw,
    joinedForms,
    joinedCounts: joinedForms.map(letterCounts),
    initials: letters.length >= 3 ? letters : "",
    orgLike,
    words: nameWords
  };
}
var SYLLABIC, PARTICLES, ARTICLE_FORMS, PART_CACHE, nextPartId, PART_CACHE_LIMIT, NAME_IDS, nextNameId, MAX_NAME_WORDS, MAX_WORD_CHARS;
var init_normalise = __esm({
  "src/core/match/normalise.ts"() {
    "use strict";
    init_fold();
    init_transliterate();
    init_readings();
    init_phonetic();
    init_tables();
    SYLLABIC = /* @__PURE__ */ new Set(["han", "kana", "hangul", "thai"]);
    PARTICLES = new Set(
      "al el ul ud ur ad ar as ash an bin ibn bint ben abu abou bou ould de da di del della dos das do du van von der den la le y of the and for und et \u0627\u0644 \u0628\u0646 \u0627\u0628\u0646 \u0628\u0646\u062A \u0627\u0628\u0648 \u05D1\u05DF \u05D1\u05EA".split(
        " "
      )
    );
    ARTICLE_FORMS = /* @__PURE__ */ new Set(["ul", "ud", "ur", "ad", "ar", "as", "ash", "an", "az", "at", "el"]);
    PART_CACHE = /* @__PURE__ */ new Map();
    nextPartId = 0;
    PART_CACHE_LIMIT = 2e5;
    NAME_IDS = /* @__PURE__ */ new Map();
    nextNameId = 0;
    MAX_NAME_WORDS = 24;
    MAX_WORD_CHARS = 48;
  }
});

// src/core/match/facts.ts
function factProperties(props) {
  const out = {};
  for (const k of FACT_PROPS) {
    const v = values(props, k);
    if (v.length) out[k] = v;
  }
  return out;
}
function values(props, key) {
  const v = props[key];
  if (v === void 0) return [];
  return (Array.isArray(v) ? v : [v]).filter((x) => typeof x === "string" && x.trim() !== "");
}
function normaliseIdentifier(value) {
  return foldText(value).replace(/ /g, "").toUpperCase();
}
function normaliseDate(value) {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) return "";
  return [m[1], m[2], m[3]].filter((x) => x).join("-");
}
function factsOf(thing) {
  const props = thing.properties;
  const schema = thing.schema;
  const rawNames = NAME_PROPS.flatMap((k) => values(props, k));
  if (rawNames.length === 0) {
    const parts = NAME_PART_PROPS.map((k) => values(props, k).join(" "));
    const composed = parts.filter((x) => x).join(" ");
    if (composed) rawNames.push(composed);
  }
  const seen = /* @__PURE__ */ new Set();
  const names2 = [];
  for (let r = 0; r < rawNames.length && r < MAX_NAMES * 4; r++) {
    const raw = rawNames[r];
    if (names2.length >= MAX_NAMES) break;
    const key = foldText(raw);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    names2.push(parseName(raw, { schema }));
  }
  const identifiers = /* @__PURE__ */ new Map();
  for (const prop of ID_PROPS) {
    for (const v of values(props, prop)) {
      const id = normaliseIdentifier(v);
      if (id.length >= 4 && !identifiers.has(id)) identifiers.set(id, prop);
    }
  }
  const countries = [
    ...new Set(COUNTRY_PROPS.flatMap((k) => values(props, k).map((v) => countryCode(v) ?? foldText(v))))
  ];
  const birthDates2 = [
    ...new Set(
      values(props, "birthDate").map(normaliseDate).filter((d) => d)
    )
  ];
  const genders = [...new Set(values(props, "gender").map(foldText))];
  return { schema, names: names2, identifiers, countries, birthDates: birthDates2, genders };
}
var NAME_PROPS, ID_PROPS, UNIQUE_ID_PROPS, MAX_NAMES, NAME_PART_PROPS, COUNTRY_PROPS, FACT_PROPS;
var init_facts = __esm({
  "src/core/match/facts.ts"() {
    "use strict";
    init_countries();
    init_fold();
    init_normalise();
    NAME_PROPS = ["name", "alias", "previousName", "weakAlias"];
    ID_PROPS = [
      "idNumber",
      "passportNumber",
      "registrationNumber",
      "imoNumber",
      "innCode",
      "taxNumber",
      "ogrnCode",
      "leiCode",
      "swiftBic",
      "vatCode",
      "mmsi",
      "callSign",
      "serialNumber",
      "icaoCode",
      "ssn",
      "okpoCode"
    ];
    UNIQUE_ID_PROPS = /* @__PURE__ */ new Set(["imoNumber", "mmsi", "leiCode", "innCode", "ogrnCode"]);
    MAX_NAMES = 128;
    NAME_PART_PROPS = ["firstName", "secondName", "middleName", "fatherName", "lastName"];
    COUNTRY_PROPS = ["country", "nationality", "citizenship", "jurisdiction", "flag"];
    FACT_PROPS = [
      ...NAME_PROPS,
      ...NAME_PART_PROPS,
      ...ID_PROPS,
      ...COUNTRY_PROPS,
      "birthDate",
      "gender"
    ];
  }
});

// src/core/match/distance.ts
function editDistance(a, b, max = Number.MAX_SAFE_INTEGER) {
  const n = a.length;
  const m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  if (n === 0 || m === 0) return Math.max(n, m);
  if (m + 1 > curr.length) {
    prev2 = new Int32Array(m + 1);
    prev = new Int32Array(m + 1);
    curr = new Int32Array(m + 1);
  }
  const big = max + 1;
  for (let j = 0; j <= m; j++) prev[j] = j <= max ? j : big;
  for (let i = 1; i <= n; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(m, i + max);
    curr[0] = i <= max ? i : big;
    if (lo > 1) curr[lo - 1] = big;
    if (hi < m) curr[hi + 1] = big;
    let rowMin = i <= max ? i : big;
    const ca = a.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, prev2[j - 2] + 1);
      }
      curr[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = curr;
    curr = t;
  }
  return Math.min(prev[m], big);
}
function jaroWinkler(a, b) {
  if (a === b) return 1;
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(n, m) / 2) - 1);
  const aMatch = new Uint8Array(n);
  const bMatch = new Uint8Array(m);
  let matches = 0;
  for (let i = 0; i < n; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(m - 1, i + window);
    for (let j = lo; j <= hi; j++) {
      if (!bMatch[j] && a.charCodeAt(i) === b.charCodeAt(j)) {
        aMatch[i] = 1;
        bMatch[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let k = 0;
  let transposed = 0;
  for (let i = 0; i < n; i++) {
    if (!aMatch[i]) continue;
    while (!bMatch[k]) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transposed++;
    k++;
  }
  const jaro = (matches / n + matches / m + (matches - transposed / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < n && prefix < m && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
function allowedEdits(length) {
  if (length <= 3) return 0;
  if (length <= 8) return 1;
  return length <= 12 ? 2 : 3;
}
function typoSimilarity(a, b, maxEdits) {
  if (a === b) return 1;
  const len = Math.max(a.length, b.length);
  const allowed = maxEdits ?? allowedEdits(len);
  if (allowed === 0) return 0;
  const d = editDistance(a, b, allowed);
  return d > allowed ? 0 : 1 - 0.5 * d / len;
}
var prev2, prev, curr;
var init_distance = __esm({
  "src/core/match/distance.ts"() {
    "use strict";
    prev2 = new Int32Array(64);
    prev = new Int32Array(64);
    curr = new Int32Array(64);
  }
});

// src/core/match/part-compare.ts
function crossScriptSkeleton(qForms, cForms, skeletonLength, top, floor) {
  let jw = 0;
  for (const a of qForms) for (const b of cForms) jw = Math.max(jw, jaroWinkler(a, b));
  const shape = Math.min(1, Math.max(0, (jw - 0.6) / 0.3));
  const lengthFactor = skeletonLength >= 3 ? 1 : skeletonLength === 2 ? 0.7 : 0.4;
  return floor + (top - floor) * shape * lengthFactor;
}
function intersects(a, b, minLength) {
  for (const x of a) if (x.length >= minLength && b.includes(x)) return x;
  return void 0;
}
function soundFormsOf(p) {
  let f = p.sounds;
  if (!f) {
    f = p.script === "latin" ? [soundSymbols(p.text)] : soundForms(p.text, p.script, p.forms);
    p.sounds = f;
  }
  return f;
}
function latinSound(q, c, opts) {
  if (q.script !== "latin" || c.script !== "latin" || q.kind !== "name" || c.kind !== "name") return 0;
  return gradeLatinSound(soundFormsOf(q)[0] ?? "", soundFormsOf(c)[0] ?? "", opts);
}
function gradeLatinSound(a, b, opts) {
  if (a.length < 4 || b.length < 4) return 0;
  const floor = a.length < 6 || b.length < 6 ? opts.latinShortSoundFloor : opts.latinSoundFloor;
  const sim = soundSimilarity(a, b, floor, true);
  if (sim < floor) return 0;
  const t = opts.latinSoundFloor < 1 ? (sim - opts.latinSoundFloor) / (1 - opts.latinSoundFloor) : 1;
  return opts.alignThreshold + (opts.latinSoundTop - opts.alignThreshold) * t;
}
function crossScriptSound(q, c, opts) {
  if (q.script === c.script || q.script === "latin" === (c.script === "latin")) return 0;
  if (NO_SOUND.has(q.script) || NO_SOUND.has(c.script) || q.kind !== "name" || c.kind !== "name") return 0;
  let best = 0;
  for (const a of soundFormsOf(q))
    for (const b of soundFormsOf(c)) best = Math.max(best, soundSimilarity(a, b, opts.soundFloor));
  return gradeSound(best, opts);
}
function genderPair(a, b) {
  const n = a.length;
  if (n < 4 || b.length !== n) return false;
  const x = a.charCodeAt(n - 1);
  const y = b.charCodeAt(n - 1);
  if (!(x === 97 && y === 111 || x === 111 && y === 97)) return false;
  return a.startsWith(b.slice(0, n - 1));
}
function comparePart(q, c, opts = NAME_DEFAULTS, vocabulary) {
  const fixed = (k) => k === "legal" || k === "generic";
  if (fixed(q.kind) || fixed(c.kind))
    return q.kind === c.kind && q.text === c.text ? [1, "exact"] : [0, "exact"];
  if (q.text === c.text) return [1, "exact"];
  if (q.group !== void 0 && q.group === c.group) return [1, "equivalent"];
  if (q.script === "latin" && c.script === "latin" && genderPair(q.text, c.text))
    return [opts.nearNameCeiling, "near"];
  if (q.initial !== c.initial && q.script === c.script && (q.forms[0] ?? "")[0] === (c.forms[0] ?? "")[0]) {
    return [opts.initialMatch, "initial"];
  }
  const syllabic = q.script !== c.script && (SYLLABIC2.has(q.script) || SYLLABIC2.has(c.script));
  let best = 0;
  for (const a of q.forms) {
    for (const b of c.forms) {
      if (a === b) return [q.script === c.script ? 1 : 0.97, "equivalent"];
      if (syllabic && (a.length <= 6 || b.length <= 6)) continue;
      const s = typoSimilarity(a, b);
      if (s > best) best = s;
    }
  }
  if (syllabic) {
    const sound = best < opts.soundTop ? crossScriptSound(q, c, opts) : 0;
    return sound > best ? [sound, "sound"] : [best, "typo"];
  }
  let how = "typo";
  if (q.kind === "particle" || c.kind === "particle") return [best, how];
  if (vocabulary && q.script === c.script) {
    const qf = q.forms[0] ?? "";
    const cf = c.forms[0] ?? "";
    if (best > 0 && !intersects(q.skeletons, c.skeletons, 1) && vocabulary.known(q)) {
      return [Math.min(best, opts.nearNameCeiling), "near"];
    } else if (best === 0 && qf.length === 3 && cf.length === 3 && !vocabulary.known(q) && editDistance(qf, cf, 1) === 1)
      best = opts.shortTypo;
  }
  if (best < opts.phoneticEqual && intersects(q.phonetics, c.phonetics, 2))
    [best, how] = [opts.phoneticEqual, "phonetic"];
  const vowelLess = VOWEL_LESS.has(q.script) !== VOWEL_LESS.has(c.script);
  const skel = vowelLess ? opts.skeletonCrossScript : opts.skeletonLatin;
  if (best < skel) {
    const shared = intersects(q.skeletons, c.skeletons, vowelLess ? 1 : 3);
    if (shared !== void 0 && (vowelLess || q.text[0] === c.text[0] || shared.length >= 4)) {
      let sim = vowelLess ? crossScriptSkeleton(q.forms, c.forms, shared.length, skel, opts.alignThreshold) : jaroWinkler(q.text, c.text) >= opts.latinSkeletonJw ? skel : 0;
      if (vowelLess && sim < opts.crossSkeletonMin) sim = 0;
      if (sim > best) [best, how] = [sim, "skeleton"];
    }
  }
  if (best < opts.soundTop) {
    const sound = q.script === c.script ? latinSound(q, c, opts) : crossScriptSound(q, c, opts);
    if (sound > best) [best, how] = [sound, "sound"];
  }
  return [best, how];
}
function gradeSound(best, opts) {
  if (best < opts.soundFloor) return 0;
  const t = (best - opts.soundFloor) / (1 - opts.soundFloor);
  return opts.alignThreshold + (opts.soundTop - opts.alignThreshold) * t;
}
var NAME_DEFAULTS, PART_MATCH_KINDS, SYLLABIC2, VOWEL_LESS, NO_SOUND;
var init_part_compare = __esm({
  "src/core/match/part-compare.ts"() {
    "use strict";
    init_distance();
    init_sound();
    init_transliterate();
    NAME_DEFAULTS = {
      alignThreshold: 0.7,
      kindWeights: { name: 1, particle: 0.25, generic: 0.2, legal: 0.15 },
      initialWeight: 0.3,
      initialMatch: 0.75,
      genericCeiling: 0.3,
      skeletonLatin: 0.75,
      skeletonCrossScript: 0.88,
      phoneticEqual: 0.9,
      nearNameCeiling: 0.6,
      contradiction: 0.15,
      bothLeftOver: 0.1,
      shortTypo: 0.75,
      unmatchedNameFloor: 0.6,
      unmatchedGeneric: 0.8,
      commonRarity: 0.6,
      commonDiscount: 0.85,
      acronym3: 0.75,
      acronym4: 0.85,
      soundFloor: 0.8,
      soundTop: 0.9,
      latinSoundFloor: 0.85,
      latinSoundTop: 0.85,
      latinShortSoundFloor: 0.9,
      oneWordDiscount: 0.85,
      inexactDiscount: 0.9,
      crossSkeletonMin: 0.76,
      latinSkeletonJw: 0.8
    };
    PART_MATCH_KINDS = [
      "exact",
      "equivalent",
      "typo",
      "phonetic",
      "skeleton",
      "joined",
      "initial",
      "acronym",
      "near",
      "sound"
    ];
    SYLLABIC2 = /* @__PURE__ */ new Set(["han", "hangul", "kana"]);
    VOWEL_LESS = /* @__PURE__ */ new Set(["arabic", "hebrew"]);
    NO_SOUND = /* @__PURE__ */ new Set(["han", "hangul"]);
  }
});

// src/core/match/token-stats.ts
function familyOf(schema) {
  if (schema === "Person") return "person";
  if (schema !== void 0 && ORG_SCHEMATA.has(schema)) return "org";
  return "other";
}
function familyIndex(schema) {
  if (schema === void 0 || schema === "LegalEntity" || schema === "Thing") return -1;
  return FAMILIES.indexOf(familyOf(schema));
}
function familyDf(stats, token, family) {
  if (family >= 0) return stats.df(token, family);
  let n = 0;
  for (let f = 0; f < FAMILIES.length; f++) n += stats.df(token, f);
  return n;
}
function familyTotal(stats, family) {
  if (family >= 0) return stats.totals[family] ?? 0;
  let n = 0;
  for (let f = 0; f < FAMILIES.length; f++) n += stats.totals[f] ?? 0;
  return n;
}
function partTokens(p) {
  const first = p.forms[0];
  return first && first !== p.text ? [p.text, first] : [p.text];
}
function rarity(df, total, opts = RARITY_DEFAULTS) {
  if (total <= 0) return 1;
  const rare = Math.max(opts.rareCount, opts.rareShare * total);
  if (df <= rare) return 1;
  const common = Math.max(rare * 2, opts.commonShare * total);
  const x = Math.min(1, Math.log(df / rare) / Math.log(common / rare));
  return 1 - (1 - opts.floor) * x;
}
function partRarity(stats, p, family, opts = RARITY_DEFAULTS) {
  let df = 0;
  for (const t of partTokens(p)) df = Math.max(df, familyDf(stats, t, family));
  return rarity(df, familyTotal(stats, family), opts);
}
var FAMILIES, ORG_SCHEMATA, RARITY_DEFAULTS;
var init_token_stats = __esm({
  "src/core/match/token-stats.ts"() {
    "use strict";
    FAMILIES = ["person", "org", "other"];
    ORG_SCHEMATA = /* @__PURE__ */ new Set(["Organization", "Company", "PublicBody"]);
    RARITY_DEFAULTS = {
      rareShare: 2e-3,
      rareCount: 5,
      commonShare: 0.05,
      floor: 0.35
    };
  }
});

// src/core/match/part-cache.ts
function memoRarity(tokens, p, family) {
  let memo = RARITY_MEMO.get(tokens);
  if (!memo) RARITY_MEMO.set(tokens, memo = /* @__PURE__ */ new Map());
  const key = p.id * 4 + family + 1;
  let r = memo.get(key);
  if (r === void 0) {
    if (memo.size >= RARITY_MEMO_LIMIT) memo.clear();
    r = partRarity(tokens, p, family);
    memo.set(key, r);
  }
  return r;
}
var RARITY_MEMO, RARITY_MEMO_LIMIT, PartCache;
var init_part_cache = __esm({
  "src/core/match/part-cache.ts"() {
    "use strict";
    init_part_compare();
    init_token_stats();
    RARITY_MEMO = /* @__PURE__ */ new WeakMap();
    RARITY_MEMO_LIMIT = 5e5;
    PartCache = class {
      /**
       * `tokens`: how often name parts occur in the indexed entities (the index
       * itself); without it every part weighs alike and no vocabulary is known.
       * `family`: the query's schema family (FAMILIES index, -1 for all).
       */
      constructor(opts = NAME_DEFAULTS, tokens, family = -1) {
        this.opts = opts;
        this.tokens = tokens;
        this.family = family;
      }
      opts;
      tokens;
      family;
      /** Candidate part id → similarity to each query part slot (NaN: not computed yet). */
      rows = /* @__PURE__ */ new Map();
      hows = /* @__PURE__ */ new Map();
      slots = /* @__PURE__ */ new Map();
      slotParts = [];
      nameSlots = /* @__PURE__ */ new Map();
      nameScores = /* @__PURE__ */ new Map();
      weights = /* @__PURE__ */ new Map();
      knownParts = /* @__PURE__ */ new Map();
      /** Evidence weight of a part: its kind's weight, times its rarity among the indexed entities. */
      weight(p) {
        let w = this.weights.get(p.id);
        if (w === void 0) {
          w = p.kind === "name" && p.initial ? this.opts.initialWeight : this.opts.kindWeights[p.kind];
          if (this.tokens && p.kind === "name" && !p.initial) w *= memoRarity(this.tokens, p, this.family);
          this.weights.set(p.id, w);
        }
        return w;
      }
      /** Rarity of a part alone (1 without token counts). */
      rarity(p) {
        return this.tokens && p.kind === "name" && !p.initial ? memoRarity(this.tokens, p, this.family) : 1;
      }
      /** Is this part itself a name carried by at least two indexed entities (so a near spelling of another name is not its typo)? */
      known(p) {
        const tokens = this.tokens;
        if (!tokens) return false;
        let k = this.knownParts.get(p.id);
        if (k === void 0) {
          k = partTokens(p).some((t) => familyDf(tokens, t, this.family) >= 2);
          this.knownParts.set(p.id, k);
        }
        return k;
      }
      /** Slot numbers of a query name's parts. */
      slotsOf(q) {
        let s = this.nameSlots.get(q);
        if (s) return s;
        s = Int32Array.from(q.parts, (p) => {
          let slot = this.slots.get(p.id);
          if (slot === void 0) {
            slot = this.slotParts.length;
            this.slots.set(p.id, slot);
            this.slotParts.push(p);
            this.rows.clear();
            this.hows.clear();
          }
          return slot;
        });
        this.nameSlots.set(q, s);
        return s;
      }
      /** Name scores of one query name already computed, by candidate name id (equal ids score alike). */
      scoresOf(q) {
        let m = this.nameScores.get(q.id);
        if (!m) {
          m = /* @__PURE__ */ new Map();
          this.nameScores.set(q.id, m);
        }
        return m;
      }
      /** Similarities of a candidate part to every query slot (computed lazily, once). */
      row(c) {
        let r = this.rows.get(c.id);
        if (!r) {
          r = new Float64Array(this.slotParts.length).fill(NaN);
          this.rows.set(c.id, r);
          this.hows.set(c.id, new Uint8Array(this.slotParts.length));
        }
        return r;
      }
      /** Similarity of query slot `slot` and candidate part `c`, given its row. */
      at(row, slot, c) {
        const v = row[slot];
        if (v === v) return v;
        const [s, how] = comparePart(this.slotParts[slot], c, this.opts, this);
        row[slot] = s;
        this.hows.get(c.id)[slot] = PART_MATCH_KINDS.indexOf(how);
        return s;
      }
      /** How a query part and a candidate part matched (after at()). */
      how(q, c) {
        const slot = this.slots.get(q.id);
        const h = slot === void 0 ? void 0 : this.hows.get(c.id)?.[slot];
        return PART_MATCH_KINDS[h ?? 2] ?? "typo";
      }
    };
  }
});

// src/core/match/schema.ts
function schemaCompatible(a, b) {
  const fa = a === void 0 ? "any" : FAMILY[a] ?? "any";
  const fb = b === void 0 ? "any" : FAMILY[b] ?? "any";
  if (fa === "any" || fb === "any" || fa === fb) return true;
  if (fa === "party") return fb === "person" || fb === "org";
  if (fb === "party") return fa === "person" || fa === "org";
  return false;
}
var FAMILY;
var init_schema = __esm({
  "src/core/match/schema.ts"() {
    "use strict";
    FAMILY = {
      Person: "person",
      Organization: "org",
      Company: "org",
      PublicBody: "org",
      Vessel: "vessel",
      Airplane: "airplane",
      LegalEntity: "party",
      Thing: "any"
    };
  }
});

// src/core/match/features.ts
function dateRelation(q, c) {
  let gap = Infinity;
  for (const a of q) {
    for (const b of c) {
      if (a.startsWith(b) || b.startsWith(a)) return { match: a.length >= b.length ? a : b, gap: 0 };
      gap = Math.min(gap, Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))));
    }
  }
  return { match: void 0, gap };
}
var list, FEATURES;
var init_features = __esm({
  "src/core/match/features.ts"() {
    "use strict";
    init_facts();
    init_schema();
    list = (xs) => [...xs].join("; ");
    FEATURES = [
      {
        id: "name_similarity",
        description: "Similarity of the best-aligned names: typo-tolerant by part length, transliterated, generic words discounted",
        weight: 0.95,
        evaluate: (_q, _c, { name }) => ({
          value: name.score,
          query: name.queryName,
          candidate: name.candidateName,
          detail: name.pairs.map((p) => `${p.query}~${p.candidate} ${p.how} ${p.similarity.toFixed(2)}`).join(", ") + (name.unmatched.length ? `; unmatched: ${name.unmatched.join(" ")}` : "")
        })
      },
      {
        id: "phonetic_agreement",
        description: "Share of the query's name parts that sound like a candidate part",
        weight: 0.05,
        evaluate: (_q, _c, { name }) => name.score > 0 ? {
          value: name.phonetic,
          query: name.queryName,
          candidate: name.candidateName,
          detail: "phonetic keys or consonant skeletons"
        } : void 0
      },
      {
        id: "identifier_match",
        description: "An identifier (passport, registration, IMO, INN\u2026) appears on both sides",
        weight: 0.5,
        evaluate: (q, c) => {
          for (const [id, prop] of q.identifiers) {
            const cprop = c.identifiers.get(id);
            if (cprop) return { value: 1, query: id, candidate: id, detail: `${prop} = ${cprop}` };
          }
          return void 0;
        }
      },
      {
        id: "identifier_mismatch",
        description: "Both sides carry a unique identifier of the same type (IMO, LEI, INN\u2026) and none agrees",
        weight: -0.2,
        evaluate: (q, c) => {
          for (const [, prop] of q.identifiers) {
            if (!UNIQUE_ID_PROPS.has(prop)) continue;
            const qs = [...q.identifiers].filter(([, p]) => p === prop).map(([v]) => v);
            const cs = [...c.identifiers].filter(([, p]) => p === prop).map(([v]) => v);
            if (cs.length && !qs.some((v) => cs.includes(v)))
              return { value: 1, query: list(qs), candidate: list(cs), detail: prop };
          }
          return void 0;
        }
      },
      {
        id: "birth_date_match",
        description: "Birth dates agree (small lift: many people share a birthday)",
        weight: 0.02,
        evaluate: (q, c) => {
          if (!q.birthDates.length || !c.birthDates.length) return void 0;
          const r = dateRelation(q.birthDates, c.birthDates);
          return r.match ? {
            value: 1,
            query: list(q.birthDates),
            candidate: list(c.birthDates),
            detail: `agree on ${r.match}`
          } : void 0;
        }
      },
      {
        id: "birth_date_mismatch",
        description: "Birth dates disagree: graded by the gap, since listed dates are often approximate",
        weight: -0.3,
        evaluate: (q, c) => {
          if (!q.birthDates.length || !c.birthDates.length) return void 0;
          const r = dateRelation(q.birthDates, c.birthDates);
          if (r.match) return void 0;
          const value = r.gap === 0 ? 0.2 : r.gap === 1 ? 0.3 : r.gap <= 4 ? 0.7 : 1;
          return {
            value,
            query: list(q.birthDates),
            candidate: list(c.birthDates),
            detail: `${r.gap} year(s) apart`
          };
        }
      },
      {
        id: "country_match",
        description: "A country (nationality, residence, jurisdiction) appears on both sides",
        weight: 0.02,
        evaluate: (q, c) => {
          const hit = q.countries.find((x) => c.countries.includes(x));
          return hit ? { value: 1, query: list(q.countries), candidate: list(c.countries), detail: hit } : void 0;
        }
      },
      {
        id: "country_mismatch",
        description: "Both sides name countries and none agrees",
        weight: -0.05,
        evaluate: (q, c) => {
          if (!q.countries.length || !c.countries.length) return void 0;
          if (q.countries.some((x) => c.countries.includes(x))) return void 0;
          const codes = (xs) => xs.every((x) => x.length === 2);
          if (codes(q.countries) !== codes(c.countries)) return void 0;
          return {
            value: 1,
            query: list(q.countries),
            candidate: list(c.countries),
            detail: "no shared country"
          };
        }
      },
      {
        id: "gender_mismatch",
        description: "Both sides state a gender and they differ",
        weight: -0.1,
        evaluate: (q, c) => {
          if (!q.genders.length || !c.genders.length || q.genders.some((g) => c.genders.includes(g)))
            return void 0;
          return { value: 1, query: list(q.genders), candidate: list(c.genders), detail: "different gender" };
        }
      },
      {
        id: "schema_mismatch",
        description: "The query and the candidate cannot be the same kind of thing (a person and a vessel)",
        weight: -1,
        evaluate: (q, c) => schemaCompatible(q.schema, c.schema) ? void 0 : { value: 1, query: q.schema ?? "", candidate: c.schema ?? "", detail: "incompatible schemata" }
      }
    ];
  }
});

// src/core/match/name-compare.ts
function countGap(a, b) {
  let more = 0;
  let less = 0;
  for (let k = 0; k < 27; k++) {
    const d = a[k] - b[k];
    if (d > 0) more += d;
    else less -= d;
  }
  return Math.max(more, less);
}
function joinedSimilarity(q, c) {
  let best = 0;
  for (let i = 0; i < q.joinedForms.length; i++) {
    const a = q.joinedForms[i];
    for (let j = 0; j < c.joinedForms.length; j++) {
      const b = c.joinedForms[j];
      const allowed = Math.floor(Math.max(a.length, b.length) / 10);
      if (Math.abs(a.length - b.length) > allowed) continue;
      if (countGap(q.joinedCounts[i], c.joinedCounts[j]) > allowed) continue;
      const s = typoSimilarity(a, b, allowed);
      if (s > best) best = s;
    }
  }
  return best;
}
function lengthsMeet(a, forms) {
  for (const f of forms) if (Math.abs(a - f.length) <= allowedEdits(Math.max(a, f.length))) return true;
  return false;
}
function joinSide(pairSide, pairUsed, oneSide, oneUsed, fromQuery, opts, cache, detail) {
  let gained = 0;
  for (let i = 0; i + 1 < pairSide.length; i++) {
    const a = pairSide[i];
    const b = pairSide[i + 1];
    if (pairUsed[i] || pairUsed[i + 1] || a.kind !== "name" || b.kind !== "name") continue;
    const length = (a.forms[0] ?? "").length + (b.forms[0] ?? "").length;
    let joined;
    let joinedSound;
    for (let j = 0; j < oneSide.length; j++) {
      const o = oneSide[j];
      if (oneUsed[j] || o.kind !== "name" || !lengthsMeet(length, o.forms)) continue;
      joined ??= (a.forms[0] ?? "") + (b.forms[0] ?? "");
      let s = 0;
      for (const f of o.forms) s = Math.max(s, typoSimilarity(joined, f));
      if (s < opts.alignThreshold && a.script === "latin" && b.script === "latin" && o.script === "latin") {
        joinedSound ??= (soundFormsOf(a)[0] ?? "") + (soundFormsOf(b)[0] ?? "");
        s = Math.max(s, gradeLatinSound(joinedSound, soundFormsOf(o)[0] ?? "", opts));
      }
      if (s < opts.alignThreshold) continue;
      pairUsed[i] = pairUsed[i + 1] = oneUsed[j] = 1;
      gained += s * (cache.weight(a) + cache.weight(b) + cache.weight(o));
      if (detail)
        detail.pairs.push({
          query: fromQuery ? `${a.text} ${b.text}` : o.text,
          candidate: fromQuery ? o.text : `${a.text} ${b.text}`,
          similarity: s,
          how: "joined"
        });
      break;
    }
  }
  return gained;
}
function joinLeftovers(q, c, opts, cache, detail) {
  return joinSide(q.parts, Q_USED, c.parts, C_USED, true, opts, cache, detail) + joinSide(c.parts, C_USED, q.parts, Q_USED, false, opts, cache, detail);
}
function joinAcrossScripts(runSide, runUsed, oneSide, oneUsed, fromQuery, opts, cache, detail) {
  let gained = 0;
  for (let j = 0; j < oneSide.length; j++) {
    const o = oneSide[j];
    if (oneUsed[j] || o.kind !== "name") continue;
    let best = 0;
    let at = -1;
    let len = 0;
    for (let i = 0; i < runSide.length; i++) {
      let joined = "";
      let names2 = 0;
      for (let k = 0; k < 3 && i + k < runSide.length; k++) {
        const p = runSide[i + k];
        if (runUsed[i + k] || p.kind !== "name" && p.kind !== "particle" || p.script === o.script) break;
        if (NO_SOUND.has(p.script) || NO_SOUND.has(o.script)) break;
        joined += soundFormsOf(p)[0] ?? "";
        if (p.kind === "name") names2++;
        if (k === 0 || names2 === 0) continue;
        for (const f of soundFormsOf(o)) {
          const sim = soundSimilarity(joined, f, opts.soundFloor);
          if (sim > best) [best, at, len] = [sim, i, k + 1];
        }
      }
    }
    const s = gradeSound(best, opts);
    if (s < opts.alignThreshold || at < 0) continue;
    let w = cache.weight(o);
    for (let k = 0; k < len; k++) {
      runUsed[at + k] = 1;
      w += cache.weight(runSide[at + k]);
    }
    oneUsed[j] = 1;
    gained += s * w;
    if (detail) {
      const run = runSide.slice(at, at + len).map((p) => p.text).join(" ");
      detail.pairs.push({
        query: fromQuery ? run : o.text,
        candidate: fromQuery ? o.text : run,
        similarity: s,
        how: "joined"
      });
    }
  }
  return gained;
}
function acronymSimilarity(q, c, opts) {
  const test = (short, long) => {
    if (!short.orgLike) return 0;
    const names2 = short.parts.filter((p) => p.kind !== "legal");
    const word = names2.length === 1 ? names2[0]?.forms[0] ?? "" : "";
    if (word.length < 3 || word.length > 8 || long.initials.length !== word.length) return 0;
    if (long.initials !== word) return 0;
    return word.length >= 4 ? opts.acronym4 : opts.acronym3;
  };
  return Math.max(test(q, c), test(c, q));
}
function nameScore(q, c, cache, opts = NAME_DEFAULTS, detail) {
  const n = q.parts.length;
  const m = c.parts.length;
  if (n * m > SIM.length) SIM = new Float64Array(n * m * 2);
  if (n > Q_USED.length || m > C_USED.length) {
    Q_USED = new Uint8Array(Math.max(n, m) * 2);
    C_USED = new Uint8Array(Math.max(n, m) * 2);
  }
  const qp = q.parts;
  const cp = c.parts;
  const slots = cache.slotsOf(q);
  for (let j = 0; j < m; j++) {
    const part = cp[j];
    const row = cache.row(part);
    for (let i = 0; i < n; i++) {
      const s = cache.at(row, slots[i], part);
      SIM[i * m + j] = s >= opts.alignThreshold ? s : 0;
    }
  }
  let matched = 0;
  let distinctive = false;
  let exact = false;
  let rarest = 0;
  let sounding = 0;
  Q_USED.fill(0, 0, n);
  C_USED.fill(0, 0, m);
  for (let k = Math.min(n, m); k > 0; k--) {
    let best = 0;
    let bi = -1;
    let bj = -1;
    for (let x = 0; x < n * m; x++) {
      const s = SIM[x];
      if (s > best) {
        best = s;
        bi = x;
      }
    }
    if (bi < 0) break;
    bj = bi % m;
    bi = (bi - bj) / m;
    for (let j = 0; j < m; j++) SIM[bi * m + j] = 0;
    for (let i = 0; i < n; i++) SIM[i * m + bj] = 0;
    Q_USED[bi] = 1;
    C_USED[bj] = 1;
    const a = qp[bi];
    const b = cp[bj];
    const sim = best;
    matched += sim * (cache.weight(a) + cache.weight(b));
    if (a.kind === "name" && b.kind === "name" && !a.initial) {
      distinctive = true;
      if (sim >= 0.97) exact = true;
      rarest = Math.max(rarest, cache.rarity(a));
    }
    if (a.kind === "name") sounding++;
    if (detail)
      detail.pairs.push({ query: a.text, candidate: b.text, similarity: sim, how: cache.how(a, b) });
  }
  if (n > 1 || m > 1) {
    let gained = joinLeftovers(q, c, opts, cache, detail);
    if (qp[0]?.script === "latin" !== (cp[0]?.script === "latin"))
      gained += joinAcrossScripts(qp, Q_USED, cp, C_USED, true, opts, cache, detail) + joinAcrossScripts(cp, C_USED, qp, Q_USED, false, opts, cache, detail);
    if (gained > 0) {
      distinctive = true;
      rarest = 1;
    }
    matched += gained;
  }
  let total = 0;
  let qNames = 0;
  let leftover = false;
  const unmatched = (p) => {
    const w = cache.weight(p);
    if (p.kind === "name" && !p.initial) {
      leftover = true;
      return Math.max(w, opts.unmatchedNameFloor);
    }
    return p.kind === "generic" && p.text !== "co" ? Math.max(w, opts.unmatchedGeneric) : w;
  };
  for (let i = 0; i < n; i++) {
    const p = qp[i];
    total += Q_USED[i] ? cache.weight(p) : unmatched(p);
    if (p.kind === "name") qNames++;
  }
  for (let j = 0; j < m; j++)
    total += C_USED[j] ? cache.weight(cp[j]) : unmatched(cp[j]);
  let score2 = total > 0 ? matched / total : 0;
  if (cache.tokens && leftover) {
    for (let i = 0; i < n; i++) {
      if (Q_USED[i]) continue;
      for (let j = 0; j < m; j++) {
        if (!C_USED[j] && cache.how(qp[i], cp[j]) === "near") {
          score2 -= opts.contradiction;
          break;
        }
      }
    }
  }
  if (cache.tokens && leftover && distinctive && qp[0]?.script === cp[0]?.script) {
    let qLeft = false;
    let cLeft = false;
    for (let i = 0; i < n; i++)
      if (!Q_USED[i] && qp[i].kind === "name" && !qp[i].initial) qLeft = true;
    for (let j = 0; j < m; j++)
      if (!C_USED[j] && cp[j].kind === "name" && !cp[j].initial) cLeft = true;
    if (qLeft && cLeft) score2 -= opts.bothLeftOver;
  }
  if (leftover && !c.orgLike && c.words === 1 && q.words >= 2) score2 *= opts.oneWordDiscount;
  if (leftover && distinctive && !exact && qp[0]?.script === cp[0]?.script) {
    for (let j = 0; j < m; j++) {
      const p = cp[j];
      if (!C_USED[j] && p.kind === "name" && !p.initial && !PATRONYMIC.test(p.text)) {
        score2 *= opts.inexactDiscount;
        break;
      }
    }
  }
  if (!distinctive) score2 = Math.min(score2, opts.genericCeiling);
  else if (cache.tokens && leftover && rarest < opts.commonRarity) score2 *= opts.commonDiscount;
  if (detail) {
    detail.phonetic = qNames > 0 ? Math.min(1, sounding / qNames) : 0;
    const aligned = new Set(detail.pairs.flatMap((p) => p.query.split(" ")));
    detail.unmatched = qp.filter((p) => p.kind === "name" && !aligned.has(p.text)).map((p) => p.text);
  }
  if (score2 < 1) {
    const acronym = q.initials.length || c.initials.length ? acronymSimilarity(q, c, opts) : 0;
    if (acronym > score2) {
      score2 = acronym;
      if (detail) {
        detail.pairs = [{ query: q.raw, candidate: c.raw, similarity: acronym, how: "acronym" }];
        detail.unmatched = [];
      }
    }
    const joined = q.parts.length !== c.parts.length || q.parts.length === 1 ? joinedSimilarity(q, c) : 0;
    if (joined > score2) {
      score2 = joined;
      if (detail) {
        detail.pairs = [{ query: q.joined, candidate: c.joined, similarity: joined, how: "joined" }];
        detail.unmatched = [];
      }
    }
  }
  if (detail) detail.score = score2;
  return score2;
}
function compareNames(q, c, opts = NAME_DEFAULTS, cache = new PartCache(opts)) {
  const detail = { score: 0, pairs: [], phonetic: 0, unmatched: [] };
  nameScore(q, c, cache, opts, detail);
  return detail;
}
var PATRONYMIC, SIM, Q_USED, C_USED;
var init_name_compare = __esm({
  "src/core/match/name-compare.ts"() {
    "use strict";
    init_distance();
    init_part_cache();
    init_part_compare();
    init_sound();
    init_part_compare();
    PATRONYMIC = /(?:vich|vna|vic|ogly|oglu|ovych|ivna)$/;
    SIM = new Float64Array(256);
    Q_USED = new Uint8Array(64);
    C_USED = new Uint8Array(64);
  }
});

// src/core/match/score.ts
function bestNameScore(query, candidate, cache, opts = NAME_DEFAULTS, pair) {
  let best = 0;
  let bq = 0;
  let bc = 0;
  outer: for (let i = 0; i < query.names.length; i++) {
    const qn = query.names[i];
    const memo = cache.scoresOf(qn);
    for (let j = 0; j < candidate.names.length; j++) {
      const cn = candidate.names[j];
      let s = memo.get(cn.id);
      if (s === void 0) {
        s = nameScore(qn, cn, cache, opts);
        memo.set(cn.id, s);
      }
      if (s > best) {
        best = s;
        bq = i;
        bc = j;
      }
      if (s >= 1) break outer;
    }
  }
  if (pair) [pair.score, pair.query, pair.candidate] = [best, bq, bc];
  return best;
}
function scoreCeiling(nameScoreValue, query, options = {}) {
  const opts = { ...SCORE_DEFAULTS, ...options };
  let ceiling = 0;
  for (const f of opts.features) {
    const w = opts.weights[f.id] ?? f.weight;
    if (f.id === "name_similarity") ceiling += w * nameScoreValue;
    else if (f.id === "identifier_match") ceiling += query.identifiers.size ? Math.max(0, w) : 0;
    else ceiling += Math.max(0, w);
  }
  return ceiling;
}
function bestNames(query, candidate, opts = NAME_DEFAULTS, cache = new PartCache(opts), pair) {
  let bq = pair?.query ?? 0;
  let bc = pair?.candidate ?? 0;
  if (!pair) {
    let best = -1;
    outer: for (let i = 0; i < query.names.length; i++) {
      for (let j = 0; j < candidate.names.length; j++) {
        const s = nameScore(query.names[i], candidate.names[j], cache, opts);
        if (s > best) [best, bq, bc] = [s, i, j];
        if (s >= 1) break outer;
      }
    }
  }
  const qn = query.names[bq];
  const cn = candidate.names[bc];
  if (!qn || !cn)
    return {
      score: 0,
      pairs: [],
      phonetic: 0,
      unmatched: [],
      queryName: qn?.raw ?? "",
      candidateName: cn?.raw ?? ""
    };
  return { ...compareNames(qn, cn, opts, cache), queryName: qn.raw, candidateName: cn.raw };
}
function score(query, candidate, options = {}, cache, pair) {
  const opts = { ...SCORE_DEFAULTS, ...options };
  const parts = cache ?? new PartCache(opts.name, opts.tokens, familyIndex(query.schema));
  const ctx = { name: bestNames(query, candidate, opts.name, parts, pair) };
  const explanations = [];
  let total = 0;
  for (const f of opts.features) {
    const ev = f.evaluate(query, candidate, ctx);
    if (!ev) continue;
    const weight = opts.weights[f.id] ?? f.weight;
    const contribution = weight * ev.value;
    total += contribution;
    explanations.push({
      feature: f.id,
      weight,
      value: ev.value,
      contribution,
      query: ev.query,
      candidate: ev.candidate,
      detail: ev.detail
    });
  }
  return { score: Math.max(0, Math.min(1, total)), raw: total, explanations };
}
var SCORE_DEFAULTS;
var init_score = __esm({
  "src/core/match/score.ts"() {
    "use strict";
    init_features();
    init_name_compare();
    init_part_cache();
    init_token_stats();
    SCORE_DEFAULTS = { features: FEATURES, weights: {}, name: NAME_DEFAULTS };
  }
});

// src/core/match/screen.ts
function checkOptions(o) {
  if (!(o.threshold >= 0 && o.threshold <= 1))
    throw new UsageError(`threshold ${o.threshold} is outside [0, 1]`, "pass a threshold such as 0.7");
  if (!(o.limit >= 1)) throw new UsageError(`limit ${o.limit} is below 1`, "pass a limit of at least 1");
}
function screen(index2, query, options = {}) {
  const opts = { ...SCREEN_DEFAULTS, ...options };
  checkOptions(opts);
  const facts = factsOf(query);
  if (facts.names.length === 0 && facts.identifiers.size === 0) {
    throw new UsageError(
      "the query has no name and no identifier",
      "set properties.name (or firstName/lastName) or an idNumber"
    );
  }
  const results = [];
  const scoring = { ...SCORE_DEFAULTS, ...opts.scoring };
  const cache = new PartCache(scoring.name, scoring.tokens ?? index2, familyIndex(facts.schema));
  const ceiling0 = scoreCeiling(0, facts, opts.scoring);
  const perName = scoreCeiling(1, facts, opts.scoring) - ceiling0;
  const pair = { score: 0, query: 0, candidate: 0 };
  for (const ordinal of index2.candidates(facts, opts.candidates)) {
    const e = index2.entity(ordinal);
    if (!e || opts.datasets.length && !opts.datasets.includes(e.dataset)) continue;
    const quick = bestNameScore(facts, e.facts, cache, scoring.name, pair);
    if (ceiling0 + perName * quick < opts.cutoff) continue;
    const r = score(facts, e.facts, opts.scoring, cache, pair);
    if (r.score < opts.cutoff) continue;
    results.push({
      id: e.id,
      caption: e.caption,
      schema: e.schema,
      score: Math.round(r.score * 1e4) / 1e4,
      match: r.score >= opts.threshold,
      explanations: r.explanations,
      dataset: e.dataset,
      version: e.version,
      raw: r.raw
    });
  }
  results.sort((a, b) => b.raw - a.raw || a.id.localeCompare(b.id));
  return results.slice(0, opts.limit).map(({ raw: _raw, ...m }) => m);
}
function scorePair(name1, name2, schema, options = {}) {
  const opts = { ...SCREEN_DEFAULTS, ...options };
  const a = factsOf({ schema, properties: { name: [name1] } });
  const b = factsOf({ schema, properties: { name: [name2] } });
  const r = score(a, b, opts.scoring);
  return {
    score: Math.round(r.score * 1e4) / 1e4,
    match: r.score >= opts.threshold,
    explanations: r.explanations
  };
}
var SCREEN_DEFAULTS;
var init_screen = __esm({
  "src/core/match/screen.ts"() {
    "use strict";
    init_errors();
    init_facts();
    init_part_cache();
    init_token_stats();
    init_score();
    SCREEN_DEFAULTS = {
      threshold: 0.7,
      limit: 10,
      cutoff: 0.5,
      // 30 loses no recall on the bench's perturbed UN names and cross-script pairs (20 does); each one costs a name pre-score.
      candidates: 30,
      datasets: [],
      scoring: SCORE_DEFAULTS
    };
  }
});

// src/core/model/entity.ts
function isBookkeeping(property) {
  return BOOKKEEPING_PROPERTIES.includes(property);
}
function caption(entity) {
  const p = entity.properties;
  for (const key of ["name", "alias", "lastName", "title", "registrationNumber", "imoNumber"]) {
    const v = p[key]?.[0];
    if (v) return v;
  }
  return entity.id;
}
function addValues(props, prop, ...values4) {
  for (const raw of values4) {
    if (raw === void 0 || raw === null) continue;
    const v = raw.trim();
    if (!v) continue;
    const list2 = props[prop] ?? (props[prop] = []);
    if (!list2.includes(v)) list2.push(v);
  }
}
var BOOKKEEPING_PROPERTIES, NODE_SCHEMATA, EDGE_SCHEMATA;
var init_entity = __esm({
  "src/core/model/entity.ts"() {
    "use strict";
    BOOKKEEPING_PROPERTIES = ["sourceRecord"];
    NODE_SCHEMATA = [
      "Person",
      "Organization",
      "Company",
      "LegalEntity",
      "PublicBody",
      "Vessel",
      "Airplane",
      "Country"
    ];
    EDGE_SCHEMATA = {
      Ownership: { source: "owner", target: "asset" },
      Directorship: { source: "director", target: "organization" },
      Membership: { source: "member", target: "organization" },
      Payment: { source: "payer", target: "beneficiary" },
      UnknownLink: { source: "subject", target: "object" },
      Family: { source: "person", target: "relative" },
      Associate: { source: "person", target: "associate" },
      Employment: { source: "employee", target: "employer" },
      Representation: { source: "agent", target: "client" }
    };
  }
});

// src/core/match/candidate-index.ts
function nameKeys(name) {
  const groups = [];
  const names2 = name.parts.filter((p) => p.kind === "name" || p.kind === "particle");
  for (const p of names2) {
    if (p.kind !== "name" || p.initial) continue;
    const keys = /* @__PURE__ */ new Set();
    for (const s of p.skeletons) if (s) keys.add(`s${s}`);
    for (const k of p.phonetics) if (k.length >= 2) keys.add(`p${k}`);
    if (p.group) keys.add(`g${p.group}`);
    for (const f of p.forms) {
      if (f.length < 5) continue;
      keys.add(`b${f.slice(0, 3)}`);
      keys.add(`e${f.slice(-3)}`);
    }
    groups.push([...keys]);
  }
  for (let i = 0; i + 1 < names2.length; i++) {
    const a = names2[i]?.forms[0] ?? "";
    const b = names2[i + 1]?.forms[0] ?? "";
    groups.push([`s${skeleton(a + b)}`]);
  }
  if (name.joined.length >= 4) groups.push([`j${skeleton(name.joined)}`]);
  return groups;
}
function identifierKeys(facts) {
  return [...facts.identifiers.keys()].map((id) => `i${id}`);
}
function decode(bytes) {
  return text.decode(bytes.buffer instanceof ArrayBuffer ? bytes : bytes.slice());
}
function contains(post, lo, hi, e) {
  let a = lo;
  let b = hi - 1;
  while (a <= b) {
    const mid = a + b >>> 1;
    const v = post[mid];
    if (v === e) return true;
    if (v < e) a = mid + 1;
    else b = mid - 1;
  }
  return false;
}
function buildIndexSync(source, options = {}) {
  const index2 = new CandidateIndex(options);
  for (const e of source) index2.add(e);
  return index2.freeze();
}
var INDEX_DEFAULTS, CANDIDATE_LIMITS, MAGIC, FORMAT, SECTIONS, platform, utf8, text, CandidateIndex;
var init_candidate_index = __esm({
  "src/core/match/candidate-index.ts"() {
    "use strict";
    init_entity();
    init_errors();
    init_facts();
    init_phonetic();
    init_token_stats();
    INDEX_DEFAULTS = { versions: {}, defaultDataset: "default" };
    CANDIDATE_LIMITS = {
      /** Key groups (query parts, joins, identifiers) considered. */
      groups: 64,
      /** Postings walked in full per query; beyond it, lists only credit entities already found. */
      postings: 4e4,
      /**
       * A list longer than this share of the index (and than `commonFloor`) is
       * common: it credits entities found through rarer keys but adds none of its
       * own once `limit` entities are found.
       */
      commonShare: 0.01,
      commonFloor: 64
    };
    MAGIC = 827152457;
    FORMAT = 1;
    SECTIONS = 8;
    platform = globalThis;
    utf8 = new platform.TextEncoder();
    text = new platform.TextDecoder();
    CandidateIndex = class _CandidateIndex {
      options;
      // Growing state (add), merged into the frozen arrays by freeze().
      building = /* @__PURE__ */ new Map();
      buildingTokens = /* @__PURE__ */ new Map();
      pendingRecords = [];
      // Frozen state.
      keyIds = /* @__PURE__ */ new Map();
      keyStart = new Uint32Array(1);
      postings = new Int32Array(0);
      tokenIds = /* @__PURE__ */ new Map();
      tokenDf = new Uint32Array(FAMILIES.length);
      recStart = new Uint32Array(1);
      records = new Uint8Array(0);
      loaded = [];
      count = 0;
      totals = new Uint32Array(FAMILIES.length);
      // Scratch for candidates().
      scores = new Float32Array(0);
      stamps = new Int32Array(0);
      constructor(options = {}) {
        this.options = { ...INDEX_DEFAULTS, ...options };
      }
      get size() {
        return this.count;
      }
      /** Add one list entity; call freeze() (or use buildIndex) before querying. */
      add(entity) {
        const facts = factsOf(entity);
        if (facts.names.length === 0 && facts.identifiers.size === 0) return;
        const ordinal = this.count++;
        const dataset = entity.datasets?.[0] ?? this.options.defaultDataset;
        const record = {
          id: entity.id,
          schema: entity.schema,
          caption: caption(entity),
          dataset,
          version: this.options.versions[dataset] ?? entity.last_seen ?? "",
          properties: factProperties(entity.properties)
        };
        this.pendingRecords.push(record);
        const { properties: _p, ...shown } = record;
        this.loaded[ordinal] = { ...shown, facts };
        const keys = new Set(identifierKeys(facts));
        const tokens = /* @__PURE__ */ new Set();
        for (const n of facts.names) {
          for (const g of nameKeys(n)) for (const k of g) keys.add(k);
          for (const p of n.parts) if (p.kind === "name") for (const t of partTokens(p)) tokens.add(t);
        }
        for (const k of keys) {
          const list2 = this.building.get(k);
          if (list2) list2.push(ordinal);
          else this.building.set(k, [ordinal]);
        }
        const family = FAMILIES.indexOf(familyOf(entity.schema));
        this.totals[family] = this.totals[family] + 1;
        for (const t of tokens) {
          let df = this.buildingTokens.get(t);
          if (!df) this.buildingTokens.set(t, df = new Uint32Array(FAMILIES.length));
          df[family] = df[family] + 1;
        }
      }
      /** Merge what was added into the compact arrays. Adding after freeze() and freezing again is allowed. */
      freeze() {
        if (this.building.size || this.pendingRecords.length) {
          this.mergeKeys();
          this.mergeTokens();
          this.mergeRecords();
        }
        this.scores = new Float32Array(this.count);
        this.stamps = new Int32Array(this.count).fill(-1);
        return this;
      }
      mergeKeys() {
        const all = /* @__PURE__ */ new Set([...this.keyIds.keys(), ...this.building.keys()]);
        const keys = [...all].sort();
        const start = new Uint32Array(keys.length + 1);
        let total = this.postings.length;
        for (const l of this.building.values()) total += l.length;
        const post = new Int32Array(total);
        let at = 0;
        keys.forEach((k, i) => {
          start[i] = at;
          const old = this.keyIds.get(k);
          if (old !== void 0) {
            const run = this.postings.subarray(this.keyStart[old], this.keyStart[old + 1]);
            post.set(run, at);
            at += run.length;
          }
          const added = this.building.get(k);
          if (added) {
            post.set(added, at);
            at += added.length;
          }
        });
        start[keys.length] = at;
        this.keyIds = new Map(keys.map((k, i) => [k, i]));
        this.keyStart = start;
        this.postings = post;
        this.building = /* @__PURE__ */ new Map();
      }
      mergeTokens() {
        const F = FAMILIES.length;
        const all = /* @__PURE__ */ new Set([...this.tokenIds.keys(), ...this.buildingTokens.keys()]);
        const tokens = [...all].sort();
        const df = new Uint32Array(tokens.length * F + F);
        tokens.forEach((t, i) => {
          const old = this.tokenIds.get(t);
          const added = this.buildingTokens.get(t);
          for (let f = 0; f < F; f++) {
            df[i * F + f] = (old !== void 0 ? this.tokenDf[old * F + f] : 0) + (added?.[f] ?? 0);
          }
        });
        df.set(this.totals, tokens.length * F);
        this.tokenIds = new Map(tokens.map((t, i) => [t, i]));
        this.tokenDf = df;
        this.buildingTokens = /* @__PURE__ */ new Map();
      }
      mergeRecords() {
        const encoded = this.pendingRecords.map((r) => utf8.encode(JSON.stringify(r)));
        const old = this.records.subarray(0, this.recStart[this.recStart.length - 1]);
        let total = old.length;
        for (const e of encoded) total += e.length;
        const records = new Uint8Array(total);
        records.set(old);
        const start = new Uint32Array(this.count + 1);
        start.set(this.recStart.subarray(0, this.recStart.length));
        let at = old.length;
        let i = this.recStart.length - 1;
        for (const e of encoded) {
          start[i++] = at;
          records.set(e, at);
          at += e.length;
        }
        start[i] = at;
        this.recStart = start;
        this.records = records;
        this.pendingRecords = [];
      }
      /** Entities carrying `token` among family `family` (FAMILIES index): the token weights' input. */
      df(token, family) {
        const t = this.tokenIds.get(token);
        return t === void 0 ? 0 : this.tokenDf[t * FAMILIES.length + family];
      }
      /** The indexed entity at `ordinal`; a loaded index makes its facts on first use. */
      entity(ordinal) {
        const hit = this.loaded[ordinal];
        if (hit || ordinal < 0 || ordinal >= this.count) return hit;
        const bytes = this.records.subarray(this.recStart[ordinal], this.recStart[ordinal + 1]);
        const { properties, ...shown } = JSON.parse(decode(bytes));
        const e = { ...shown, facts: factsOf({ schema: shown.schema, properties }) };
        this.loaded[ordinal] = e;
        return e;
      }
      /** Every indexed entity, in ordinal order (a loaded index makes all their facts: use entity() when you can). */
      get entities() {
        const out = [];
        for (let i = 0; i < this.count; i++) out.push(this.entity(i));
        return out;
      }
      /** Number of distinct keys and total postings, for memory reports. */
      stats() {
        this.freeze();
        return {
          keys: this.keyIds.size,
          postings: this.postings.length,
          tokens: this.tokenIds.size,
          bytes: this.keyStart.byteLength + this.postings.byteLength + this.tokenDf.byteLength + this.recStart.byteLength + this.records.byteLength
        };
      }
      /**
       * Ordinals of the likeliest candidates, at most `limit`: each query part
       * credits an entity once with the rarest key it shares (inverse document
       * frequency). Rare keys are walked first; common keys (Mohammed, Ali) only
       * credit entities already found once `limit` are found, and the postings
       * walked per query are capped, so a common or huge query costs little.
       */
      candidates(query, limit) {
        const n = this.count;
        if (this.scores.length !== n || this.building.size) this.freeze();
        const groups = [];
        const raw = identifierKeys(query).map((k) => [k]);
        for (const name of query.names) for (const g of nameKeys(name)) raw.push(g);
        for (const keys of raw.slice(0, CANDIDATE_LIMITS.groups * 4)) {
          const lists2 = [];
          for (const k of keys) {
            const id = this.keyIds.get(k);
            if (id !== void 0) lists2.push([this.keyStart[id], this.keyStart[id + 1]]);
          }
          if (!lists2.length) continue;
          lists2.sort((a, b) => a[1] - a[0] - (b[1] - b[0]));
          const size = lists2[0][1] - lists2[0][0];
          const idf = Math.log(1 + n / size) * (keys[0]?.[0] === "i" ? 4 : 1);
          groups.push({ lists: lists2, idf, size });
        }
        groups.sort((a, b) => a.size - b.size);
        groups.length = Math.min(groups.length, CANDIDATE_LIMITS.groups);
        const common = Math.max(CANDIDATE_LIMITS.commonFloor, CANDIDATE_LIMITS.commonShare * n);
        const touched = [];
        const { scores, stamps, postings } = this;
        let walked = 0;
        for (let g = 0; g < groups.length && walked < CANDIDATE_LIMITS.postings; g++) {
          const { lists: lists2, idf } = groups[g];
          for (const [lo, hi] of lists2) {
            const len = hi - lo;
            const adds = touched.length < limit || len <= common;
            const search = touched.length * Math.log2(len + 1);
            if (!adds && search < len) {
              walked += search;
              for (const e of touched) {
                if (stamps[e] === g || !contains(postings, lo, hi, e)) continue;
                stamps[e] = g;
                scores[e] = scores[e] + idf;
              }
              continue;
            }
            walked += len;
            for (let i = lo; i < hi; i++) {
              const e = postings[i];
              if (stamps[e] === g) continue;
              if (stamps[e] === -1) {
                if (!adds) continue;
                touched.push(e);
              }
              stamps[e] = g;
              scores[e] = scores[e] + idf;
            }
          }
        }
        let result = touched;
        if (touched.length > limit) {
          const sorted = Float32Array.from(touched, (e) => scores[e]).sort();
          const cutoff = sorted[sorted.length - limit];
          result = touched.filter((e) => scores[e] >= cutoff);
          result.sort((a, b) => scores[b] - scores[a] || a - b);
          result.length = Math.min(result.length, limit);
        }
        for (const e of touched) {
          scores[e] = 0;
          stamps[e] = -1;
        }
        return result;
      }
      /** The index as one byte buffer (layout in the class comment); fromBytes() reads it back. */
      toBytes() {
        this.freeze();
        const parts = [
          utf8.encode(JSON.stringify(this.options)),
          utf8.encode([...this.keyIds.keys()].join("\n")),
          new Uint8Array(this.keyStart.buffer, this.keyStart.byteOffset, this.keyStart.byteLength),
          new Uint8Array(this.postings.buffer, this.postings.byteOffset, this.postings.byteLength),
          utf8.encode([...this.tokenIds.keys()].join("\n")),
          new Uint8Array(this.tokenDf.buffer, this.tokenDf.byteOffset, this.tokenDf.byteLength),
          new Uint8Array(this.recStart.buffer, this.recStart.byteOffset, this.recStart.byteLength),
          this.records
        ];
        const header = 5 + 2 * SECTIONS;
        const align = (x) => x + 7 & ~7;
        let at = align(header * 4);
        const places = parts.map((p) => {
          const place = at;
          at = align(at + p.length);
          return place;
        });
        const out = new Uint8Array(at);
        const head = new Uint32Array(out.buffer, 0, header);
        head.set([MAGIC, FORMAT, this.count, this.keyIds.size, this.tokenIds.size]);
        parts.forEach((p, i) => {
          head[5 + 2 * i] = places[i];
          head[6 + 2 * i] = p.length;
          out.set(p, places[i]);
        });
        return out;
      }
      /**
       * An index from toBytes() output. Typed sections are views on `bytes` (no
       * copy), so `bytes` may live on a SharedArrayBuffer read by several threads;
       * it must start 8-byte aligned and not be changed afterwards.
       */
      static fromBytes(bytes) {
        const fail = (why) => new UsageError(`not a candidate index: ${why}`, "rebuild the index from the stored dataset");
        if (bytes.byteLength < (5 + 2 * SECTIONS) * 4 || bytes.byteOffset % 8 !== 0)
          throw fail("too short or not 8-byte aligned");
        const head = new Uint32Array(bytes.buffer, bytes.byteOffset, 5 + 2 * SECTIONS);
        if (head[0] !== MAGIC) throw fail("bad magic number");
        if (head[1] !== FORMAT) throw fail(`format ${head[1]}, this version reads ${FORMAT}`);
        const section = (i) => {
          const off = head[5 + 2 * i];
          const len = head[6 + 2 * i];
          if (off + len > bytes.byteLength || off % 8 !== 0) throw fail(`section ${i} out of bounds`);
          return bytes.subarray(off, off + len);
        };
        const u32 = (s) => new Uint32Array(s.buffer, s.byteOffset, s.byteLength / 4);
        const [count2, keyCount, tokenCount] = [head[2], head[3], head[4]];
        const index2 = new _CandidateIndex(JSON.parse(decode(section(0))));
        const keys = keyCount ? decode(section(1)).split("\n") : [];
        const tokens = tokenCount ? decode(section(4)).split("\n") : [];
        if (keys.length !== keyCount || tokens.length !== tokenCount) throw fail("key or token count differs");
        index2.keyIds = new Map(keys.map((k, i) => [k, i]));
        index2.keyStart = u32(section(2));
        const post = section(3);
        index2.postings = new Int32Array(post.buffer, post.byteOffset, post.byteLength / 4);
        index2.tokenIds = new Map(tokens.map((t, i) => [t, i]));
        index2.tokenDf = u32(section(5));
        index2.totals.set(index2.tokenDf.subarray(tokenCount * FAMILIES.length));
        index2.recStart = u32(section(6));
        index2.records = section(7);
        index2.count = count2;
        if (index2.keyStart.length !== keyCount + 1 || index2.recStart.length !== count2 + 1)
          throw fail("section sizes disagree with the header");
        index2.loaded = new Array(count2);
        return index2.freeze();
      }
      /** Frozen indexes of consecutive slices as one (mergeIndexes). */
      static merged(parts) {
        const F = FAMILIES.length;
        const index2 = new _CandidateIndex(parts[0].options);
        const base = [];
        let count2 = 0;
        for (const p of parts) {
          base.push(count2);
          count2 += p.count;
        }
        const allKeys = /* @__PURE__ */ new Set();
        let total = 0;
        for (const p of parts) {
          for (const k of p.keyIds.keys()) allKeys.add(k);
          total += p.postings.length;
        }
        const keys = [...allKeys].sort();
        allKeys.clear();
        const start = new Uint32Array(keys.length + 1);
        const post = new Int32Array(total);
        let at = 0;
        for (let i = 0; i < keys.length; i++) {
          const k = keys[i];
          start[i] = at;
          for (let j = 0; j < parts.length; j++) {
            const p = parts[j];
            const id = p.keyIds.get(k);
            if (id === void 0) continue;
            const lo = p.keyStart[id];
            const hi = p.keyStart[id + 1];
            const shift = base[j];
            for (let x = lo; x < hi; x++) post[at++] = p.postings[x] + shift;
          }
        }
        start[keys.length] = at;
        index2.keyIds = new Map(keys.map((k, i) => [k, i]));
        index2.keyStart = start;
        index2.postings = post;
        const allTokens = /* @__PURE__ */ new Set();
        for (const p of parts) for (const t of p.tokenIds.keys()) allTokens.add(t);
        const tokens = [...allTokens].sort();
        const df = new Uint32Array(tokens.length * F + F);
        for (let i = 0; i < tokens.length; i++) {
          const t = tokens[i];
          for (const p of parts) {
            const id = p.tokenIds.get(t);
            if (id === void 0) continue;
            for (let f = 0; f < F; f++)
              df[i * F + f] = df[i * F + f] + p.tokenDf[id * F + f];
          }
        }
        for (const p of parts)
          for (let f = 0; f < F; f++) index2.totals[f] = index2.totals[f] + p.totals[f];
        df.set(index2.totals, tokens.length * F);
        index2.tokenIds = new Map(tokens.map((t, i) => [t, i]));
        index2.tokenDf = df;
        let bytes = 0;
        for (const p of parts) bytes += p.recStart[p.count];
        const records = new Uint8Array(bytes);
        const recStart = new Uint32Array(count2 + 1);
        let r = 0;
        let e = 0;
        for (const p of parts) {
          const end = p.recStart[p.count];
          records.set(p.records.subarray(0, end), r);
          for (let i = 0; i < p.count; i++) recStart[e++] = r + p.recStart[i];
          r += end;
        }
        recStart[count2] = r;
        index2.recStart = recStart;
        index2.records = records;
        index2.count = count2;
        index2.loaded = new Array(count2);
        return index2.freeze();
      }
    };
  }
});

// src/core/match/proximity.ts
var init_proximity = __esm({
  "src/core/match/proximity.ts"() {
    "use strict";
    init_entity();
    init_errors();
    init_facts();
    init_fold();
  }
});

// src/core/match/network-entities.ts
var init_network_entities = __esm({
  "src/core/match/network-entities.ts"() {
    "use strict";
  }
});

// src/core/match/screen-network.ts
var init_screen_network = __esm({
  "src/core/match/screen-network.ts"() {
    "use strict";
    init_entity();
    init_network_entities();
    init_proximity();
    init_screen();
  }
});

// src/core/match/index.ts
var init_match = __esm({
  "src/core/match/index.ts"() {
    "use strict";
    init_screen();
    init_candidate_index();
    init_token_stats();
    init_normalise();
    init_facts();
    init_score();
    init_features();
    init_name_compare();
    init_normalise();
    init_facts();
    init_fold();
    init_transliterate();
    init_phonetic();
    init_distance();
    init_proximity();
    init_network_entities();
    init_screen_network();
  }
});

// bench/lib/transcribe.ts
function apply(word, rules, final) {
  let out = "";
  let i = 0;
  const w = word.toLowerCase();
  while (i < w.length) {
    const hit = rules.find(([from]) => w.startsWith(from, i));
    if (hit) {
      out += hit[1];
      i += hit[0].length;
    } else i++;
  }
  return final ? final(out) : out;
}
function arabicLike(word, persian) {
  const ya = persian ? "\u06CC" : "\u064A";
  const kaf = persian ? "\u06A9" : "\u0643";
  const rules = [
    ["sh", "\u0634"],
    ["kh", "\u062E"],
    ["th", "\u062B"],
    ["dh", "\u0630"],
    ["gh", "\u063A"],
    ["ch", persian ? "\u0686" : "\u062A\u0634"],
    ["zh", persian ? "\u0698" : "\u062C"],
    ["ou", "\u0648"],
    ["oo", "\u0648"],
    ["ee", ya],
    ["aa", "\u0627"],
    ["b", "\u0628"],
    ["p", persian ? "\u067E" : "\u0628"],
    ["t", "\u062A"],
    ["j", "\u062C"],
    ["h", "\u062D"],
    ["d", "\u062F"],
    ["r", "\u0631"],
    ["z", "\u0632"],
    ["s", "\u0633"],
    ["f", "\u0641"],
    ["v", persian ? "\u0648" : "\u0641"],
    ["q", "\u0642"],
    ["k", kaf],
    ["c", kaf],
    ["g", persian ? "\u06AF" : "\u062C"],
    ["l", "\u0644"],
    ["m", "\u0645"],
    ["n", "\u0646"],
    ["w", "\u0648"],
    ["y", ya],
    ["x", kaf + "\u0633"],
    ["i", ya],
    ["e", ""],
    ["u", "\u0648"],
    ["o", "\u0648"],
    ["a", ""]
  ];
  const w = word.toLowerCase();
  let head = "";
  let body = w;
  if (/^[aeiou]/.test(w)) {
    head = w[0] === "i" || w[0] === "e" ? "\u0627" : w[0] === "u" || w[0] === "o" ? "\u0627\u0648" : "\u0627";
    body = w.slice(1);
  }
  const tail = /a$/.test(body) ? "\u0627" : "";
  return head + apply(body.replace(/a$/, ""), rules) + tail;
}
function hebrew(word) {
  const rules = [
    ["sh", "\u05E9"],
    ["ch", "\u05D7"],
    ["kh", "\u05D7"],
    ["ts", "\u05E6"],
    ["tz", "\u05E6"],
    ["b", "\u05D1"],
    ["v", "\u05D5"],
    ["w", "\u05D5"],
    ["g", "\u05D2"],
    ["d", "\u05D3"],
    ["z", "\u05D6"],
    ["t", "\u05D8"],
    ["y", "\u05D9"],
    ["k", "\u05DB"],
    ["c", "\u05E7"],
    ["q", "\u05E7"],
    ["l", "\u05DC"],
    ["m", "\u05DE"],
    ["n", "\u05E0"],
    ["s", "\u05E1"],
    ["p", "\u05E4"],
    ["f", "\u05E4"],
    ["r", "\u05E8"],
    ["h", "\u05D4"],
    ["j", "\u05D2\u05F3"],
    ["x", "\u05E7\u05E1"],
    ["o", "\u05D5"],
    ["u", "\u05D5"],
    ["i", "\u05D9"],
    ["e", ""],
    ["a", ""]
  ];
  const w = word.toLowerCase();
  const head = /^[aeiou]/.test(w) ? "\u05D0" : "";
  return head + apply(/^[aeiou]/.test(w) && !/^[ou]/.test(w) ? w.slice(1) : w, rules);
}
function kanaCv(c, v) {
  const row = KANA_CV[c];
  const idx = "aiueo".indexOf(v);
  if (!row) return KANA_V[v] ?? "";
  if (row.length === 5) return row[idx] ?? "";
  const cells = row.match(/.[ァィゥェォャュョ]?/gu) ?? [];
  return cells[idx] ?? "";
}
function katakana(word) {
  const w = word.toLowerCase().replace(/l/g, "r").replace(/c(?!h)/g, "k").replace(/q/g, "k").replace(/x/g, "ks").replace(/y(?![aeiou])/g, "i");
  let out = "";
  let i = 0;
  while (i < w.length) {
    const two = w.slice(i, i + 2);
    const c = ["sh", "ch", "kh", "ts"].includes(two) ? two : w[i];
    if ("aeiou".includes(c)) {
      out += KANA_V[c] ?? "";
      i++;
      continue;
    }
    const v = w[i + c.length];
    if (v && "aeiou".includes(v)) {
      out += kanaCv(c, v);
      i += c.length + 1;
    } else if (c === "n") {
      out += "\u30F3";
      i++;
    } else {
      out += kanaCv(c, c === "t" || c === "d" ? "o" : c === "ch" || c === "sh" || c === "j" ? "i" : "u");
      i += c.length;
    }
  }
  return out;
}
function thai(word) {
  const w = word.toLowerCase();
  let out = "";
  let i = 0;
  const consonant = (at) => {
    const hit = THAI_C.find(([from]) => w.startsWith(from, at));
    return hit ? [hit[1], hit[0].length] : ["", 0];
  };
  while (i < w.length) {
    let [c, n] = consonant(i);
    if (!n) [c, n] = ["\u0E2D", 0];
    const rest = w.slice(i + n);
    const vm = /^(ai|ae|ao|oe|ia|ua|ee|oo|a|e|i|o|u)/.exec(rest);
    const v = vm?.[1] ?? "";
    i += n + v.length;
    const [fin, fn] = /^[aeiou]/.test(w.slice(i + 1)) ? ["", 0] : consonant(i);
    i += fn;
    if (!n && !v) {
      i++;
      continue;
    }
    const f = fin;
    const table2 = {
      a: `${c}\u0E32${f}`,
      i: `${c}\u0E34${f}`,
      u: `${c}\u0E38${f}`,
      e: `\u0E40${c}${f}`,
      o: `\u0E42${c}${f}`,
      ai: `\u0E44${c}${f}`,
      ae: `\u0E41${c}${f}`,
      ao: `\u0E40${c}\u0E32${f}`,
      oe: `\u0E40${c}\u0E2D${f}`,
      ia: `\u0E40${c}\u0E35\u0E22${f}`,
      ua: `${c}\u0E31\u0E27${f}`,
      ee: `${c}\u0E35${f}`,
      oo: `${c}\u0E39${f}`,
      "": `${c}${f}`
    };
    out += table2[v] ?? "";
  }
  return out;
}
function hanChar(syllable) {
  if (!hanBySyllable) {
    hanBySyllable = /* @__PURE__ */ new Map();
    const syl = HAN_SYLLABLES.split(" ");
    HAN_READINGS.split(" ").forEach((e, i) => {
      if (!e) return;
      const first = syl[e.charCodeAt(0) - 256];
      if (first && !hanBySyllable?.has(first) && HANJA_HANGUL[i] !== "_")
        hanBySyllable?.set(first, String.fromCodePoint(HAN_FIRST + i));
    });
  }
  return hanBySyllable.get(syllable);
}
function han(words) {
  let out = "";
  for (const word of words) {
    let w = word.toLowerCase();
    while (w) {
      const m = PINYIN.exec(w);
      if (!m) return void 0;
      let syl = m[0];
      while (syl.length > 1 && w.length > syl.length && !PINYIN.test(w.slice(syl.length)))
        syl = syl.slice(0, -1);
      const ch = hanChar(syl);
      if (!ch) return void 0;
      out += ch;
      w = w.slice(syl.length);
    }
  }
  return out;
}
function hangul(words, surnames) {
  if (!hangulBySpelling) {
    hangulBySpelling = /* @__PURE__ */ new Map();
    const init = "g kk n d tt r m b pp s ss _ j jj ch k t p h".split(" ");
    const initMr = "k kk n t tt r m p pp s ss _ ch tch ch k t p h".split(" ");
    const med = "a ae ya yae o e yo ye o wa wae oe yo u wo we wi yu u ui i".split(" ");
    const medRr = "a ae ya yae eo e yeo ye o wa wae oe yo u wo we wi yu eu ui i".split(" ");
    const fin = "_ k k k n n n t l k m l l l p l m p p t t ng t t k t p t".split(" ");
    for (const ff of [0, 4, 21, 8, 16, 1, 17, 19]) {
      for (let ii = 0; ii < 19; ii++) {
        for (let mm = 0; mm < 21; mm++) {
          const ch = String.fromCharCode(44032 + ii * 588 + mm * 28 + ff);
          for (const [i, m] of [
            [initMr, med],
            [init, medRr],
            [init, med]
          ]) {
            const s = `${i[ii]}${m[mm]}${fin[ff]}`.replace(/_/g, "");
            if (!hangulBySpelling.has(s)) hangulBySpelling.set(s, ch);
          }
        }
      }
    }
  }
  let out = "";
  for (const [n, word] of words.entries()) {
    const w = word.toLowerCase();
    const sur = n === 0 ? surnames.get(w) : void 0;
    if (sur) {
      out += sur;
      continue;
    }
    let rest = w;
    while (rest) {
      let found = "";
      for (let len = Math.min(6, rest.length); len >= 1 && !found; len--) {
        const ch = hangulBySpelling.get(rest.slice(0, len));
        if (ch && (len === rest.length || hangulBySpelling.has(rest.slice(len, len + 1)) || /^[bcdghjkmnprstwy]/.test(rest.slice(len)))) {
          out += ch;
          rest = rest.slice(len);
          found = ch;
        }
      }
      if (!found) return void 0;
    }
  }
  return out;
}
function hanja(words, surnames) {
  if (!hanjaByHangul) {
    hanjaByHangul = /* @__PURE__ */ new Map();
    for (let i = 0; i < HANJA_HANGUL.length; i++) {
      const h = HANJA_HANGUL[i];
      if (h !== "_" && !hanjaByHangul.has(h)) hanjaByHangul.set(h, String.fromCodePoint(HAN_FIRST + i));
    }
  }
  const written = hangul(words, surnames);
  if (!written) return void 0;
  let out = "";
  for (const ch of written) {
    const h = hanjaByHangul.get(ch);
    if (!h) return void 0;
    out += h;
  }
  return out;
}
function transcribe(words, script, koreanSurnames) {
  const each = (f) => {
    const out = words.map(f);
    return out.every((w) => w) ? out.join(" ") : void 0;
  };
  switch (script) {
    case "cyrillic":
      return each((w) => apply(w, CYRILLIC));
    case "greek":
      return each((w) => apply(w, GREEK, (s) => s.replace(/σ$/, "\u03C2")));
    case "arabic":
      return each((w) => arabicLike(w, false));
    case "persian":
      return each((w) => arabicLike(w, true));
    case "hebrew":
      return each(hebrew);
    case "armenian":
      return each((w) => apply(w, ARMENIAN2));
    case "georgian":
      return each((w) => apply(w, GEORGIAN2));
    case "kana":
      return words.map(katakana).join("\u30FB");
    case "thai":
      return each(thai);
    case "han":
      return han(words);
    case "hangul":
      return hangul(words, koreanSurnames);
    case "hanja":
      return hanja(words, koreanSurnames);
  }
}
var CYRILLIC, GREEK, ARMENIAN2, GEORGIAN2, KANA_V, KANA_CV, THAI_C, hanBySyllable, PINYIN, hangulBySpelling, hanjaByHangul;
var init_transcribe = __esm({
  "bench/lib/transcribe.ts"() {
    "use strict";
    init_han();
    CYRILLIC = [
      ["shch", "\u0449"],
      ["sh", "\u0448"],
      ["ch", "\u0447"],
      ["zh", "\u0436"],
      ["kh", "\u0445"],
      ["ts", "\u0446"],
      ["ya", "\u044F"],
      ["yu", "\u044E"],
      ["ye", "\u0435"],
      ["yo", "\u0451"],
      ["iy", "\u0438\u0439"],
      ["y", "\u0439"],
      ["j", "\u0434\u0436"],
      ["a", "\u0430"],
      ["b", "\u0431"],
      ["v", "\u0432"],
      ["w", "\u0432"],
      ["g", "\u0433"],
      ["d", "\u0434"],
      ["e", "\u0435"],
      ["z", "\u0437"],
      ["i", "\u0438"],
      ["k", "\u043A"],
      ["c", "\u043A"],
      ["q", "\u043A"],
      ["l", "\u043B"],
      ["m", "\u043C"],
      ["n", "\u043D"],
      ["o", "\u043E"],
      ["p", "\u043F"],
      ["r", "\u0440"],
      ["s", "\u0441"],
      ["t", "\u0442"],
      ["u", "\u0443"],
      ["f", "\u0444"],
      ["h", "\u0445"],
      ["x", "\u043A\u0441"]
    ];
    GREEK = [
      ["th", "\u03B8"],
      ["ch", "\u03C4\u03C3"],
      ["kh", "\u03C7"],
      ["ph", "\u03C6"],
      ["ps", "\u03C8"],
      ["sh", "\u03C3"],
      ["ou", "\u03BF\u03C5"],
      ["ks", "\u03BE"],
      ["mp", "\u03BC\u03C0"],
      ["nt", "\u03BD\u03C4"],
      ["b", "\u03BC\u03C0"],
      ["d", "\u03BD\u03C4"],
      ["g", "\u03B3\u03BA"],
      ["j", "\u03C4\u03B6"],
      ["a", "\u03B1"],
      ["v", "\u03B2"],
      ["e", "\u03B5"],
      ["z", "\u03B6"],
      ["i", "\u03B9"],
      ["y", "\u03B9"],
      ["k", "\u03BA"],
      ["c", "\u03BA"],
      ["q", "\u03BA"],
      ["l", "\u03BB"],
      ["m", "\u03BC"],
      ["n", "\u03BD"],
      ["x", "\u03BE"],
      ["o", "\u03BF"],
      ["p", "\u03C0"],
      ["r", "\u03C1"],
      ["s", "\u03C3"],
      ["t", "\u03C4"],
      ["u", "\u03BF\u03C5"],
      ["f", "\u03C6"],
      ["h", "\u03C7"],
      ["w", "\u03BF\u03C5"]
    ];
    ARMENIAN2 = [
      ["zh", "\u056A"],
      ["kh", "\u056D"],
      ["ts", "\u0581"],
      ["dz", "\u0571"],
      ["gh", "\u0572"],
      ["ch", "\u0579"],
      ["sh", "\u0577"],
      ["ou", "\u0578\u0582"],
      ["u", "\u0578\u0582"],
      ["ye", "\u0565"],
      ["a", "\u0561"],
      ["b", "\u0562"],
      ["g", "\u0563"],
      ["d", "\u0564"],
      ["e", "\u0565"],
      ["z", "\u0566"],
      ["i", "\u056B"],
      ["l", "\u056C"],
      ["k", "\u056F"],
      ["c", "\u056F"],
      ["q", "\u0584"],
      ["h", "\u0570"],
      ["m", "\u0574"],
      ["y", "\u0575"],
      ["n", "\u0576"],
      ["o", "\u0578"],
      ["p", "\u057A"],
      ["j", "\u057B"],
      ["r", "\u0580"],
      ["s", "\u057D"],
      ["v", "\u057E"],
      ["w", "\u057E"],
      ["t", "\u057F"],
      ["f", "\u0586"],
      ["x", "\u0584\u057D"]
    ];
    GEORGIAN2 = [
      ["zh", "\u10DF"],
      ["kh", "\u10EE"],
      ["ts", "\u10EA"],
      ["dz", "\u10EB"],
      ["gh", "\u10E6"],
      ["ch", "\u10E9"],
      ["sh", "\u10E8"],
      ["a", "\u10D0"],
      ["b", "\u10D1"],
      ["g", "\u10D2"],
      ["d", "\u10D3"],
      ["e", "\u10D4"],
      ["v", "\u10D5"],
      ["w", "\u10D5"],
      ["z", "\u10D6"],
      ["t", "\u10E2"],
      ["i", "\u10D8"],
      ["y", "\u10D8"],
      ["k", "\u10D9"],
      ["c", "\u10D9"],
      ["q", "\u10E7"],
      ["l", "\u10DA"],
      ["m", "\u10DB"],
      ["n", "\u10DC"],
      ["o", "\u10DD"],
      ["p", "\u10DE"],
      ["r", "\u10E0"],
      ["s", "\u10E1"],
      ["u", "\u10E3"],
      ["f", "\u10E4"],
      ["h", "\u10F0"],
      ["j", "\u10EF"],
      ["x", "\u10E5\u10E1"]
    ];
    KANA_V = { a: "\u30A2", i: "\u30A4", u: "\u30A6", e: "\u30A8", o: "\u30AA" };
    KANA_CV = {
      k: "\u30AB\u30AD\u30AF\u30B1\u30B3",
      g: "\u30AC\u30AE\u30B0\u30B2\u30B4",
      s: "\u30B5\u30B7\u30B9\u30BB\u30BD",
      z: "\u30B6\u30B8\u30BA\u30BC\u30BE",
      t: "\u30BF\u30C1\u30C4\u30C6\u30C8",
      d: "\u30C0\u30C2\u30C5\u30C7\u30C9",
      n: "\u30CA\u30CB\u30CC\u30CD\u30CE",
      h: "\u30CF\u30D2\u30D5\u30D8\u30DB",
      b: "\u30D0\u30D3\u30D6\u30D9\u30DC",
      p: "\u30D1\u30D4\u30D7\u30DA\u30DD",
      m: "\u30DE\u30DF\u30E0\u30E1\u30E2",
      r: "\u30E9\u30EA\u30EB\u30EC\u30ED",
      y: "\u30E4\u30A4\u30E6\u30A8\u30E8",
      w: "\u30EF\u30A6\u30A3\u30A6\u30A6\u30A7\u30F2",
      f: "\u30D5\u30A1\u30D5\u30A3\u30D5\u30D5\u30A7\u30D5\u30A9",
      v: "\u30F4\u30A1\u30F4\u30A3\u30F4\u30F4\u30A7\u30F4\u30A9",
      j: "\u30B8\u30E3\u30B8\u30B8\u30E5\u30B8\u30A7\u30B8\u30E7",
      sh: "\u30B7\u30E3\u30B7\u30B7\u30E5\u30B7\u30A7\u30B7\u30E7",
      ch: "\u30C1\u30E3\u30C1\u30C1\u30E5\u30C1\u30A7\u30C1\u30E7",
      kh: "\u30CF\u30D2\u30D5\u30D8\u30DB",
      ts: "\u30C4\u30A1\u30C4\u30A3\u30C4\u30C4\u30A7\u30C4\u30A9"
    };
    THAI_C = [
      ["ch", "\u0E0A"],
      ["sh", "\u0E0A"],
      ["kh", "\u0E04"],
      ["th", "\u0E17"],
      ["ph", "\u0E1E"],
      ["ng", "\u0E07"],
      ["k", "\u0E04"],
      ["c", "\u0E04"],
      ["q", "\u0E04"],
      ["g", "\u0E01"],
      ["j", "\u0E08"],
      ["s", "\u0E2A"],
      ["z", "\u0E0B"],
      ["d", "\u0E14"],
      ["t", "\u0E15"],
      ["n", "\u0E19"],
      ["b", "\u0E1A"],
      ["p", "\u0E1B"],
      ["f", "\u0E1F"],
      ["v", "\u0E27"],
      ["m", "\u0E21"],
      ["y", "\u0E22"],
      ["r", "\u0E23"],
      ["l", "\u0E25"],
      ["w", "\u0E27"],
      ["h", "\u0E2E"],
      ["x", "\u0E01\u0E0B"]
    ];
    PINYIN = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu|ou|ua|ui|un|uo|ue|a|e|i|o|u|v)/;
  }
});

// bench/lib/labelled.ts
function hash(s) {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}
function rng(key) {
  let x = hash(key) || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 2 ** 32;
  };
}
function namesOf(e) {
  return [...new Set(NAME_PROPS2.flatMap((p) => e.properties[p] ?? []))].filter(
    (n) => n.length <= 120 && !/\(|original script/i.test(n)
  );
}
function wordsOf(name) {
  const i = name.indexOf(",");
  const ordered = i > 0 && name.indexOf(",", i + 1) < 0 ? `${name.slice(i + 1)} ${name.slice(0, i)}` : name;
  return foldText(ordered).split(" ").filter(Boolean);
}
function sharesPart(a, b) {
  const sa = new Set(
    wordsOf(a).filter((w) => w.length > 2 && !PARTICLES2.has(w)).map(skeleton)
  );
  return wordsOf(b).some((w) => w.length > 2 && !PARTICLES2.has(w) && sa.has(skeleton(w)));
}
function typo(word, r) {
  const i = Math.floor(r() * word.length);
  const kind = Math.floor(r() * 4);
  const letter = "abcdefghijklmnoprstuvy"[Math.floor(r() * 22)];
  if (kind === 0) return word.slice(0, i) + letter + word.slice(i + 1);
  if (kind === 1 && word.length > 4) return word.slice(0, i) + word.slice(i + 1);
  if (kind === 2) return word.slice(0, i) + letter + word.slice(i);
  const j = Math.min(word.length - 2, i);
  return word.slice(0, j) + (word[j + 1] ?? "") + (word[j] ?? "") + word.slice(j + 2);
}
function buildLabelled({ entities, native }, perCategory = 1500, perScript = 600) {
  const out = [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const family = (schema) => schema === "Person" ? "Person" : "Organization";
  const parties = entities.filter(
    (e) => ["Person", "Organization", "Company", "LegalEntity"].includes(e.schema)
  );
  const push = (p, splitKey) => {
    if (p.a.trim() && p.b.trim() && p.a !== p.b) out.push({ ...p, split: splitOf(splitKey) });
  };
  const koreanSurnames = /* @__PURE__ */ new Map();
  for (const line of KOREAN_SURNAMES.split("\n")) {
    const [hangul2, ...spellings] = line.split("|");
    if (hangul2) {
      for (const s of spellings) if (!koreanSurnames.has(s)) koreanSurnames.set(s, hangul2);
    }
  }
  for (const e of parties) {
    const names2 = namesOf(e);
    const latin = names2.filter(isLatin);
    const primary = latin[0];
    const r = rng(e.id);
    const schema = family(e.schema);
    if (!primary) continue;
    const base = { schema, source: e.id };
    for (const alias of latin.slice(1, 4)) {
      const acronym = /^[A-Z]{3,8}$/.test(alias.replace(/[.\s]/g, "")) && alias.replace(/[.\s]/g, "").length <= 8;
      const category = acronym ? "acronym (listed alias)" : sharesPart(primary, alias) ? `alias variant (${schema === "Person" ? "person" : "org"})` : `alias, no shared part (${schema === "Person" ? "person" : "org"})`;
      push({ ...base, category, script: "latin", a: alias, b: primary, label: 1 }, e.id);
    }
    for (const n of names2.filter((x) => !isLatin(x) && scriptName(x) !== "latin").slice(0, 2))
      push(
        { ...base, category: "cross-script (listed)", script: scriptName(n), a: n, b: primary, label: 1 },
        e.id
      );
    const words = wordsOf(primary);
    if (schema === "Person" && words.length >= 2 && words.every((w) => /^[a-z]+$/.test(w))) {
      const scripts = [
        "cyrillic",
        "greek",
        "arabic",
        "persian",
        "hebrew",
        "armenian",
        "georgian",
        "kana",
        "thai"
      ];
      const chosen = /* @__PURE__ */ new Set([
        scripts[hash(`s1${e.id}`) % scripts.length],
        scripts[hash(`s2${e.id}`) % scripts.length]
      ]);
      const program = (e.properties.program ?? []).join(" ");
      if (/DPRK|NKSPEA/.test(program) || koreanSurnames.has(words[words.length - 1] ?? ""))
        chosen.add("hangul");
      const countries = [
        ...e.properties.nationality ?? [],
        ...e.properties.citizenship ?? [],
        ...e.properties.country ?? []
      ].join(" ");
      if (/\b(china|taiwan|hong kong|macau|cn|tw|hk)\b/i.test(countries) && !koreanSurnames.has(words[words.length - 1] ?? ""))
        chosen.add("han");
      if (/^(li|wang|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|lin|gao|luo|zheng|liang|xie|song|tang|han|feng|deng|cao|peng|zeng|xiao|tian|dong|pan|yuan|cai|jiang|yu|du|ye|cheng|wei|su|lu|ding|ren|shen|yao|jin|fan|qian|dai|fu|zhong|xi|shi|qin|hou|mao|bai|tan|kong)$/.test(
        words[words.length - 1] ?? ""
      ) && !koreanSurnames.has(words[words.length - 1] ?? ""))
        chosen.add("han");
      if (chosen.has("hangul")) chosen.add("hanja");
      for (const script of chosen) {
        if (!script) continue;
        const ordered = script === "han" || script === "hangul" || script === "hanja" ? [words[words.length - 1], ...words.slice(0, -1)] : words;
        const t = transcribe(ordered, script, koreanSurnames);
        if (t)
          push(
            {
              ...base,
              category: "cross-script (written)",
              script: script === "hanja" ? "han" : script,
              a: t,
              b: primary,
              label: 1
            },
            e.id
          );
      }
      {
        const w = [...words];
        const subs = RESPELL.filter(([re]) => w.some((x) => re.test(x)));
        for (let k = 0; k < 2 && subs.length; k++) {
          const [re, to] = subs[Math.floor(r() * subs.length)];
          const at = w.findIndex((x) => re.test(x) && x.length > 3);
          if (at >= 0) w[at] = w[at].replace(re, to);
        }
        push(
          {
            ...base,
            category: "spelling variant",
            script: "latin",
            a: w.map(upperFirst).join(" "),
            b: primary,
            label: 1
          },
          e.id
        );
      }
      {
        const at = words.findIndex((x, i2) => x.length >= 4 && i2 === Math.floor(r() * words.length));
        const i = at >= 0 ? at : words.findIndex((x) => x.length >= 4);
        if (i >= 0) {
          const w = [...words];
          w[i] = typo(w[i], r);
          push({ ...base, category: "typo", script: "latin", a: w.join(" "), b: primary, label: 1 }, e.id);
        }
      }
      push(
        {
          ...base,
          category: "reordered",
          script: "latin",
          a: [...words].reverse().join(" "),
          b: primary,
          label: 1
        },
        e.id
      );
      if (words.length >= 3) {
        const given = words.slice(0, -1).filter((w) => !PARTICLES2.has(w));
        push(
          {
            ...base,
            category: "initials",
            script: "latin",
            a: `${given.map((g) => `${g[0]?.toUpperCase()}.`).join(" ")} ${upperFirst(words[words.length - 1])}`,
            b: primary,
            label: 1
          },
          e.id
        );
      }
      push(
        {
          ...base,
          category: "title in front",
          script: "latin",
          a: `${TITLES[hash(`t${e.id}`) % TITLES.length]} ${words.join(" ")}`,
          b: primary,
          label: 1
        },
        e.id
      );
      if (words.some((w) => PARTICLES2.has(w)))
        push(
          {
            ...base,
            category: "particles",
            script: "latin",
            a: words.filter((w) => !PARTICLES2.has(w)).join(" "),
            b: primary,
            label: 1
          },
          e.id
        );
      else if (words.length >= 2)
        push(
          {
            ...base,
            category: "particles",
            script: "latin",
            a: [...words.slice(0, -1), `al-${words[words.length - 1]}`].join(" "),
            b: primary,
            label: 1
          },
          e.id
        );
      if (words.length >= 3)
        push(
          {
            ...base,
            category: "patronymic omitted",
            script: "latin",
            a: [words[0], ...words.slice(2)].join(" "),
            b: primary,
            label: 1
          },
          e.id
        );
      if (words.length >= 2)
        push(
          {
            ...base,
            category: "name-part fields",
            script: "latin",
            a: words.join(" "),
            fields: {
              firstName: [words[0]],
              ...words.length > 2 ? { middleName: [words.slice(1, -1).join(" ")] } : {},
              lastName: [words[words.length - 1]]
            },
            b: primary,
            label: 1
          },
          e.id
        );
    }
    if (schema === "Organization" && words.length >= 2) {
      const abbrev = ABBREV.filter(([re]) => re.test(primary));
      if (abbrev.length) {
        const [re, to] = abbrev[hash(`a${e.id}`) % abbrev.length];
        push(
          {
            ...base,
            category: "org abbreviations and legal forms",
            script: "latin",
            a: primary.replace(re, to),
            b: primary,
            label: 1
          },
          e.id
        );
      }
      const tail = LEGAL_TAIL.exec(primary);
      if (tail)
        push(
          {
            ...base,
            category: "org abbreviations and legal forms",
            script: "latin",
            a: primary.replace(LEGAL_TAIL, tail[1]),
            b: primary,
            label: 1
          },
          `${e.id}#run`
        );
    }
  }
  for (const n of native) {
    const e = byId.get(n.id);
    const primary = e && namesOf(e).filter(isLatin)[0];
    if (e && primary)
      push(
        {
          category: "cross-script (listed)",
          script: scriptName(n.name),
          schema: family(e.schema),
          a: n.name,
          b: primary,
          label: 1,
          source: e.id
        },
        e.id
      );
  }
  const tokenEntries = /* @__PURE__ */ new Map();
  const vocabulary = /* @__PURE__ */ new Map();
  for (const e of parties) {
    const primary = namesOf(e).filter(isLatin)[0];
    if (!primary) continue;
    const tokens = new Set(wordsOf(primary).filter((w) => w.length > 2 && !PARTICLES2.has(w)));
    for (const t of tokens) {
      const key = `${e.datasets?.[0]}|${family(e.schema)}|${t}`;
      let l = tokenEntries.get(key);
      if (!l) tokenEntries.set(key, l = []);
      l.push(e);
      if (e.schema === "Person") vocabulary.set(t, (vocabulary.get(t) ?? 0) + 1);
    }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const [key, list2] of tokenEntries) {
    if (list2.length < 2 || list2.length > 60) continue;
    const schema = key.split("|")[1];
    for (let i = 0; i + 1 < list2.length && i < 6; i++) {
      const x = list2[i];
      const y = list2[(i + 1 + hash(key) % (list2.length - 1)) % list2.length];
      if (x.id === y.id) continue;
      const pairKey = [x.id, y.id].sort().join("~");
      if (seen.has(pairKey)) continue;
      seen.add(pairKey);
      const a = namesOf(x).filter(isLatin)[0];
      const b = namesOf(y).filter(isLatin)[0];
      if (foldText(a) === foldText(b)) continue;
      const wa = wordsOf(a);
      const wb = wordsOf(b);
      const near = editDistance(wa.join(" "), wb.join(" "), 2) <= 2;
      const subset = schema === "Organization" && (wa.every((w) => wb.includes(w)) || wb.every((w) => wa.includes(w)));
      const category = near ? "near name (listed)" : subset ? "org contained in another (listed)" : `shared parts (${schema === "Person" ? "person" : "org"})`;
      push(
        { category, script: "latin", schema, a, b, label: 0, source: pairKey },
        [x.id, y.id].sort()[0]
      );
    }
  }
  const vocab = [...vocabulary.entries()].filter(([t, n]) => n >= 2 && t.length >= 4).map(([t]) => t);
  const neighbours = /* @__PURE__ */ new Map();
  const deletions = (t) => [t, ...[...t].map((_, i) => t.slice(0, i) + t.slice(i + 1))];
  for (const t of vocab) {
    for (const d of deletions(t)) {
      let l = neighbours.get(d);
      if (!l) neighbours.set(d, l = []);
      l.push(t);
    }
  }
  for (const e of parties) {
    if (e.schema !== "Person" || hash(`near${e.id}`) % 3 !== 0) continue;
    const primary = namesOf(e).filter(isLatin)[0];
    if (!primary) continue;
    const words = wordsOf(primary);
    for (let i = 0; i < words.length; i++) {
      const w = words[i];
      if (w.length < 4 || PARTICLES2.has(w)) continue;
      const pool = deletions(w).flatMap((d) => neighbours.get(d) ?? []);
      const other = pool.find(
        (t) => t !== w && editDistance(t, w, 1) === 1 && skeleton(t) !== skeleton(w) && phoneticKey(t) !== phoneticKey(w)
      );
      if (!other) continue;
      const changed2 = [...words];
      changed2[i] = other;
      push(
        {
          category: "near name (one letter, another real name)",
          script: "latin",
          schema: "Person",
          a: changed2.join(" "),
          b: primary,
          label: 0,
          source: e.id
        },
        e.id
      );
      break;
    }
  }
  const byCategory = /* @__PURE__ */ new Map();
  for (const p of out) {
    const key = p.category.startsWith("cross-script") ? `${p.category}|${p.script}` : p.category;
    let l = byCategory.get(key);
    if (!l) byCategory.set(key, l = []);
    l.push(p);
  }
  const result = [];
  for (const [key, list2] of byCategory) {
    const sorted = [...list2].sort((x, y) => hash(`${x.source}|${x.a}`) - hash(`${y.source}|${y.a}`));
    result.push(...sorted.slice(0, key.includes("|") ? perScript : perCategory));
  }
  return result;
}
var splitOf, NAME_PROPS2, isLatin, scriptName, PARTICLES2, TITLES, RESPELL, ABBREV, LEGAL_TAIL, upperFirst;
var init_labelled = __esm({
  "bench/lib/labelled.ts"() {
    "use strict";
    init_match();
    init_name_readings();
    init_transcribe();
    splitOf = (key) => hash(`split:${key}`) % 10 < 3 ? "tune" : "held-out";
    NAME_PROPS2 = ["name", "alias", "weakAlias", "previousName"];
    isLatin = (s) => {
      const f = foldText(s);
      return f !== "" && f.split(" ").every((w) => scriptOf(w) === "latin");
    };
    scriptName = (s) => {
      const f = foldText(s);
      const w = f.split(" ").find((x) => scriptOf(x) !== "latin" && scriptOf(x) !== "other");
      if (!w) return "latin";
      const sc = scriptOf(w);
      if (sc === "arabic" && /[پچژگکی]/.test(s)) return "persian";
      return sc;
    };
    PARTICLES2 = /* @__PURE__ */ new Set([
      "al",
      "el",
      "bin",
      "ibn",
      "bint",
      "abu",
      "van",
      "von",
      "de",
      "der",
      "da",
      "di",
      "du",
      "la",
      "le"
    ]);
    TITLES = ["President", "Sheikh", "Dr", "General", "Mr", "Haji", "Mullah", "Colonel", "Prof.", "Imam"];
    RESPELL = [
      [/ou/, "u"],
      [/u/, "ou"],
      [/ee/, "i"],
      [/i(?=[^aeiou])/, "ee"],
      [/kh/, "h"],
      [/q/, "k"],
      [/k/, "q"],
      [/y/, "i"],
      [/i$/, "y"],
      [/ov$/, "off"],
      [/ev$/, "ew"],
      [/j/, "dj"],
      [/sh/, "ch"],
      [/ch/, "tch"],
      [/w/, "v"],
      [/v/, "w"],
      [/ph/, "f"],
      [/f/, "ph"],
      [/c(?=[aou])/, "k"],
      [/([bdfglmnprst])\1/, "$1"],
      [/([aeiou])([bdlmnrst])([aeiou])/, "$1$2$2$3"],
      [/e/, "a"],
      [/a/, "e"],
      [/o/, "u"],
      [/ie/, "iye"]
    ];
    ABBREV = [
      [/\bCOMPANY\b/i, "COMP"],
      [/\bCOMPANY\b/i, "CO"],
      [/\bGROUP\b/i, "GRP"],
      [/\bTECHNOLOGY\b/i, "TECH"],
      [/\bTECHNOLOGIES\b/i, "TECH"],
      [/\bSERVICES\b/i, "SRVCES"],
      [/\bINTERNATIONAL\b/i, "INTL"],
      [/\bCORPORATION\b/i, "CORP"],
      [/\bLIMITED\b/i, "LTD"],
      [/\bINDUSTRIES\b/i, "IND"],
      [/\bTRADING\b/i, "TRDG"],
      [/\bMANAGEMENT\b/i, "MGMT"],
      [/\bENGINEERING\b/i, "ENG"],
      [/\bDEVELOPMENT\b/i, "DEV"],
      [/\bLTD\b\.?/i, "LIMITED"],
      [/\bLLC\b/i, "LIMITED LIABILITY COMPANY"],
      [/\bCO\b\.?/i, "COMPANY"],
      [/\bINC\b\.?/i, "INCORPORATED"],
      [/\bS\.?A\.?$/i, "SOCIEDAD ANONIMA"],
      [/\bGMBH\b/i, "GESELLSCHAFT MIT BESCHRANKTER HAFTUNG"],
      [/\bJSC\b/i, "JOINT STOCK COMPANY"],
      [/\bAG$/i, "AKTIENGESELLSCHAFT"]
    ];
    LEGAL_TAIL = /\s+(AG|SA|LTD|LLC|INC|GMBH|CO|PLC|JSC|OOO|SRL|BV|NV)\.?$/i;
    upperFirst = (w) => w ? w[0].toUpperCase() + w.slice(1) : w;
  }
});

// src/core/ingest/ingest-options.ts
function rejectRecord(error, options) {
  if (!options.skipInvalid) throw error;
  options.onSkip?.(error);
}
function guardRecord(fn, options) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InputError) {
      rejectRecord(e, options);
      return void 0;
    }
    throw e;
  }
}
var INGEST_DEFAULTS;
var init_ingest_options = __esm({
  "src/core/ingest/ingest-options.ts"() {
    "use strict";
    init_errors();
    INGEST_DEFAULTS = { skipInvalid: false };
  }
});

// src/core/ingest/ftm-json.ts
function toEntity(file, line, text3) {
  let data;
  try {
    data = JSON.parse(text3);
  } catch (e) {
    const m = /position (\d+)/.exec(e.message);
    throw new InputError(
      "E_PARSE",
      `not valid JSON: ${e.message}`,
      { file, line, ...m ? { column: Number(m[1]) + 1 } : {} },
      "the file may be truncated or not JSON lines"
    );
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    throw new InputError("E_SCHEMA", "expected a JSON object", { file, line }, FTM_HINT);
  const obj = data;
  for (const key of ["id", "schema"]) {
    if (typeof obj[key] !== "string" || !obj[key])
      throw new InputError("E_SCHEMA", `missing or empty "${key}"`, { file, line, path: key }, FTM_HINT);
  }
  const record = obj.id;
  const properties = {};
  const raw = obj.properties ?? {};
  if (typeof raw !== "object" || raw === null || Array.isArray(raw))
    throw new InputError(
      "E_SCHEMA",
      '"properties" must be an object',
      { file, line, record, path: "properties" },
      FTM_HINT
    );
  for (const [prop, list2] of Object.entries(raw)) {
    if (!Array.isArray(list2))
      throw new InputError(
        "E_VALUE",
        "property values must be a list of strings",
        { file, line, record, path: `properties.${prop}` },
        FTM_HINT
      );
    properties[prop] = list2.map((v, i) => {
      if (typeof v === "string") return v;
      if (typeof v === "number" || typeof v === "boolean") return String(v);
      throw new InputError(
        "E_VALUE",
        "property values must be strings",
        { file, line, record, path: `properties.${prop}[${i}]` },
        FTM_HINT
      );
    });
  }
  const entity = { id: record, schema: obj.schema, properties };
  const strings = (v) => Array.isArray(v) ? v.filter((x) => typeof x === "string") : void 0;
  const datasets = strings(obj.datasets);
  const referents = strings(obj.referents);
  if (datasets) entity.datasets = datasets;
  if (referents) entity.referents = referents;
  if (typeof obj.first_seen === "string") entity.first_seen = obj.first_seen;
  if (typeof obj.last_seen === "string") entity.last_seen = obj.last_seen;
  if (typeof obj.target === "boolean") entity.target = obj.target;
  return entity;
}
async function* parseFtmJson(file, lines2, options = INGEST_DEFAULTS) {
  let line = 0;
  const seen = /* @__PURE__ */ new Set();
  for await (const raw of lines2) {
    line++;
    const text3 = (line === 1 ? raw.replace(/^\ufeff/, "") : raw).trim();
    if (!text3) continue;
    const at = line;
    const entity = guardRecord(() => {
      const e = toEntity(file, at, text3);
      if (seen.has(e.id))
        throw new InputError(
          "E_VALUE",
          `entity id "${e.id}" appears twice`,
          { file, line: at, record: e.id, path: "id" },
          "merge the two lines or give them distinct ids"
        );
      return e;
    }, options);
    if (!entity) continue;
    seen.add(entity.id);
    yield entity;
  }
}
var FTM_HINT;
var init_ftm_json = __esm({
  "src/core/ingest/ftm-json.ts"() {
    "use strict";
    init_errors();
    init_ingest_options();
    FTM_HINT = 'each line must be an FtM entity: {"id": "...", "schema": "Person", "properties": {"name": ["..."]}}';
  }
});

// src/core/ingest/ofac-csv-records.ts
function clean(value, quoted2) {
  if (quoted2) return value;
  const v = value.trim();
  return v === "-0-" || v === "-0" ? "" : v;
}
function splitOfacRecord(text3) {
  const fields = [];
  let i = 0;
  for (; ; ) {
    if (text3[i] === '"') {
      let value = "";
      let j = i + 1;
      for (; ; ) {
        const q = text3.indexOf('"', j);
        if (q < 0) return void 0;
        value += text3.slice(j, q);
        if (text3[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      const comma = text3.indexOf(",", j);
      fields.push(clean(value, true));
      if (comma < 0) return fields;
      i = comma + 1;
    } else {
      const comma = text3.indexOf(",", i);
      fields.push(clean(comma < 0 ? text3.slice(i) : text3.slice(i, comma), false));
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}
function hasControlChar(text3) {
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 || c === 65533) return i;
  }
  return -1;
}
async function* ofacCsvRecords(file, lines2, options = {}) {
  let lineNo = 0;
  let pending = [];
  let start = 0;
  let ended = false;
  let markerLine = 0;
  for await (const rawLine of lines2) {
    lineNo++;
    let text3 = rawLine.endsWith("\r") ? rawLine.slice(0, -1) : rawLine;
    if (ended) {
      if (text3.trim() === "") continue;
      throw afterMarker(file, lineNo, markerLine);
    }
    const eof = text3.indexOf("");
    if (eof >= 0) {
      if (text3.slice(eof + 1).trim() !== "") throw afterMarker(file, lineNo, lineNo);
      text3 = text3.slice(0, eof);
      ended = true;
      markerLine = lineNo;
    }
    if (lineNo === 1 && text3.charCodeAt(0) === 65279) text3 = text3.slice(1);
    const bad = hasControlChar(text3);
    if (bad >= 0) {
      throw new InputError(
        "E_PARSE",
        `unexpected byte 0x${text3.charCodeAt(bad).toString(16).padStart(2, "0")} \u2014 the file is not Latin-1 or UTF-8 text`,
        { file, line: lineNo, column: bad + 1 },
        "download the CSV again from OFAC; UTF-16 or binary files cannot be read"
      );
    }
    if (pending.length === 0) {
      if (text3.trim() === "") continue;
      start = lineNo;
      const fields2 = splitOfacRecord(text3);
      if (fields2) {
        yield { fields: fields2, line: start, raw: text3 };
        continue;
      }
      pending.push(text3);
      continue;
    }
    pending.push(text3);
    if (!text3.includes('"')) {
      if (pending.length > MAX_RECORD_LINES) throw openQuote(file, start);
      continue;
    }
    const raw = pending.join("\n");
    const fields = splitOfacRecord(raw);
    if (!fields) {
      if (pending.length > MAX_RECORD_LINES) throw openQuote(file, start);
      continue;
    }
    yield { fields, line: start, raw };
    pending = [];
  }
  if (pending.length > 0) throw openQuote(file, start, true);
  if (options.requireEndMarker && !ended) {
    throw new InputError(
      "E_PARSE",
      "the file does not end with the 0x1A end byte OFAC writes: it looks cut short",
      { file, line: lineNo + 1 },
      "download the complete set again (an archived copy whose end byte was removed can be accepted with {allowMissingMarker})"
    );
  }
}
function openQuote(file, line, atEnd = false) {
  return new InputError(
    "E_PARSE",
    atEnd ? "the file ends inside a quoted field: it looks truncated" : `a quoted field stays open for more than ${MAX_RECORD_LINES} lines: the file is damaged`,
    { file, line },
    "download the complete file again"
  );
}
function afterMarker(file, line, markerLine) {
  return new InputError(
    "E_PARSE",
    `rows follow the 0x1A end byte (line ${markerLine}): the file was joined with other content`,
    { file, line },
    "download the file again; OFAC files end at that byte"
  );
}
var MAX_RECORD_LINES;
var init_ofac_csv_records = __esm({
  "src/core/ingest/ofac-csv-records.ts"() {
    "use strict";
    init_errors();
    MAX_RECORD_LINES = 64;
  }
});

// src/core/ingest/ofac-names.ts
function splitPersonName(listed) {
  const comma = listed.indexOf(",");
  if (comma < 0) return { name: listed.trim() };
  const lastName = listed.slice(0, comma).trim();
  const firstName = listed.slice(comma + 1).trim();
  if (!lastName || !firstName) return { name: listed.replace(",", "").trim() };
  return { name: `${firstName} ${lastName}`, firstName, lastName };
}
function splitPrograms(field) {
  return field.split(/\]\s*\[|\s*;\s*/).map((p) => p.replace(/[[\]]/g, "").trim()).filter(Boolean);
}
var init_ofac_names = __esm({
  "src/core/ingest/ofac-names.ts"() {
    "use strict";
  }
});

// src/core/ingest/ofac-dates.ts
function parseOfacDate(text3) {
  const t = text3.trim().replace(/\.$/, "");
  let m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2].toLowerCase()];
    return month ? `${m[3]}-${month}-${m[1].padStart(2, "0")}` : void 0;
  }
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[1].toLowerCase()];
    return month ? `${m[2]}-${month}` : void 0;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t) ?? /^(\d{4})-(\d{2})$/.exec(t) ?? /^(\d{4})$/.exec(t);
  if (m) return t;
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t);
  if (m) return `${m[3]}-${m[1]}-${m[2]}`;
  return void 0;
}
function parseOfacDatePhrase(text3) {
  const t = text3.trim().replace(/^circa\s+/i, "").replace(/^(approximately|approx\.)\s+/i, "");
  const range = /^(.+?)\s*(?:\bto\b|-(?=\s*\d{4}$))\s*(.+)$/.exec(t);
  if (range && !/^\d{4}-\d{2}(-\d{2})?$/.test(t)) {
    const from = parseOfacDate(range[1]);
    const to = parseOfacDate(range[2]);
    if (!from || !to) return [];
    return yearsBetween(from, to);
  }
  const single = parseOfacDate(t);
  return single ? [single] : [];
}
function yearsBetween(from, to) {
  const y1 = Number(from.slice(0, 4));
  const y2 = Number(to.slice(0, 4));
  if (y2 < y1 || y2 - y1 > MAX_RANGE_YEARS) return [from, to];
  const out = [from];
  for (let y = y1 + 1; y < y2; y++) out.push(String(y));
  if (to !== from) out.push(to);
  return out;
}
var MONTHS, MAX_RANGE_YEARS;
var init_ofac_dates = __esm({
  "src/core/ingest/ofac-dates.ts"() {
    "use strict";
    MONTHS = {
      jan: "01",
      feb: "02",
      mar: "03",
      apr: "04",
      may: "05",
      jun: "06",
      jul: "07",
      aug: "08",
      sep: "09",
      oct: "10",
      nov: "11",
      dec: "12"
    };
    MAX_RANGE_YEARS = 20;
  }
});

// src/core/ingest/ofac-remarks.ts
function parseRemarks(remarks) {
  const facts = { properties: {}, linkedTo: [], provisions: [] };
  const body = remarks.trim().replace(/\.$/, "");
  if (!body) return facts;
  for (const rawSegment of body.split(/;\s+/)) {
    const segment = rawSegment.trim().replace(/^alt\.\s+/, "");
    if (!segment) continue;
    const linked = /^Linked To: (.+)$/.exec(segment);
    if (linked) {
      facts.linkedTo.push(linked[1].trim());
      continue;
    }
    if (PROVISION.test(segment)) {
      facts.provisions.push(segment);
      continue;
    }
    if (!applyRule(facts.properties, segment)) addValues(facts.properties, "notes", segment);
  }
  return facts;
}
function applyRule(props, segment) {
  for (const rule of REMARK_RULES) {
    const m = rule.pattern.exec(segment);
    if (!m) continue;
    const values4 = rule.value(m[1]).filter(Boolean);
    if (values4.length === 0) return false;
    addValues(props, rule.property, ...values4);
    return true;
  }
  return false;
}
var identifier, text2, quoted, date, REMARK_RULES, PROVISION;
var init_ofac_remarks = __esm({
  "src/core/ingest/ofac-remarks.ts"() {
    "use strict";
    init_entity();
    init_ofac_dates();
    identifier = (t) => [
      t.replace(/\s+\([^)]*\).*$/, "").replace(/\s+(issued|expires)\b.*$/i, "").trim()
    ];
    text2 = (t) => [t.trim()];
    quoted = (t) => [t.trim().replace(/^'(.*)'$/s, "$1")];
    date = (t) => parseOfacDatePhrase(t);
    REMARK_RULES = [
      { pattern: /^DOB (.+)$/, property: "birthDate", value: date },
      { pattern: /^POB (.+)$/, property: "birthPlace", value: text2 },
      { pattern: /^nationality (.+)$/i, property: "nationality", value: text2 },
      { pattern: /^citizen (.+)$/i, property: "citizenship", value: text2 },
      { pattern: /^Gender (Male|Female)$/i, property: "gender", value: (t) => [t.toLowerCase()] },
      { pattern: /^a\.k\.a\.,? (.+)$/, property: "weakAlias", value: quoted },
      { pattern: /^f\.k\.a\.,? (.+)$/, property: "previousName", value: quoted },
      { pattern: /^n\.k\.a\.,? (.+)$/, property: "alias", value: quoted },
      { pattern: /\bIMO (\d{7})\b/, property: "imoNumber", value: text2 },
      { pattern: /^MMSI (.+)$/, property: "mmsi", value: identifier },
      { pattern: /^Call Sign (.+)$/i, property: "callSign", value: identifier },
      { pattern: /^Vessel Year of Build (.+)$/, property: "buildDate", value: date },
      { pattern: /^Former Vessel Flag (.+)$/, property: "pastFlags", value: text2 },
      { pattern: /^Vessel Flag (.+)$/, property: "flag", value: text2 },
      {
        pattern: /^Aircraft Manufacturer's Serial Number \(MSN\) (.+)$/,
        property: "serialNumber",
        value: identifier
      },
      { pattern: /^Aircraft Tail Number (.+)$/, property: "registrationNumber", value: identifier },
      { pattern: /^Aircraft Model (.+)$/, property: "model", value: text2 },
      { pattern: /^Aircraft Manufacture Date (.+)$/, property: "buildDate", value: date },
      { pattern: /^Website (.+)$/, property: "website", value: text2 },
      { pattern: /^Email Address (.+)$/, property: "email", value: text2 },
      { pattern: /^(?:Phone Number|Telephone(?: No\.)?) (.+)$/, property: "phone", value: text2 },
      { pattern: /^(?:Diplomatic )?Passport (?:No\.? )?(.+)$/, property: "passportNumber", value: identifier },
      {
        pattern: /^(?:Tax ID No\.|NIT #|RUC #|R\.F\.C\.|RFC|US FEIN|C\.U\.I\.T\.|RTN|RIF #|I\.N\.N\.|INN) (.+)$/,
        property: "taxNumber",
        value: identifier
      },
      { pattern: /^V\.A\.T\. Number (.+)$/, property: "vatCode", value: identifier },
      { pattern: /^D-U-N-S Number (.+)$/, property: "dunsCode", value: identifier },
      { pattern: /^SWIFT\/BIC (.+)$/, property: "swiftBic", value: identifier },
      { pattern: /^Legal Entity Number (.+)$/, property: "leiCode", value: identifier },
      { pattern: /^Organization Established Date (.+)$/, property: "incorporationDate", value: date },
      {
        pattern: /^(?:Registration Number|Registration ID|Company Number|UK Company Number|Commercial Registry Number|Business Registration Number|Business Registration Document #|Folio Mercantil No\.|Matricula Mercantil No|Chamber of Commerce Number|Trade License No\.|C\.R\. No\.|Certificate of Incorporation Number|Public Registration Number|Government Gazette Number|Unified Social Credit Code \(USCC\)|Registered Charity No\.|Enterprise Number|Economic Register Number \(CBLS\)) (.+)$/,
        property: "registrationNumber",
        value: identifier
      },
      {
        pattern: /^(?:National ID No\.|Cedula No\.|Identification Number|D\.N\.I\.|C\.U\.R\.P\.|SSN|Driver's License No\.|National Foreign ID Number|Personal ID Card|Residency Number|Birth Certificate Number|Kenyan ID No\.|Numero de Identidad|Credencial electoral|I\.F\.E\.|Travel Document Number|Electoral Registry No\.|Immigration No\.|Refugee ID Card|Stateless Person ID Card|Stateless Person Passport|Military Registration Number|Cartilla de Servicio Militar Nacional|Pasaporte) (.+)$/,
        property: "idNumber",
        value: identifier
      }
    ];
    PROVISION = /^(Additional Sanctions Information|Secondary sanctions risk|Transactions Prohibited|Executive Order \d+ information|CAATSA Section|IFCA Determination|Sanctions Risk|Effective Date|Listing Date|Purchase\/Sales For Divestment Date)/i;
  }
});

// src/core/ingest/ofac-entry.ts
function aliasProperty(alias) {
  const kind = alias.type.toLowerCase().replace(/[^a-z]/g, "");
  if (alias.weak && kind === "aka") return "weakAlias";
  return ALIAS_PROPERTY[kind] ?? "alias";
}
function ofacEntities(entry) {
  const id = ofacId(entry.entNum);
  const props = {};
  if (entry.type === "individual") {
    const person = splitPersonName(entry.listedName);
    addValues(props, "name", person.name);
    addValues(props, "firstName", person.firstName);
    addValues(props, "lastName", person.lastName);
    if (person.name !== entry.listedName) addValues(props, "alias", entry.listedName);
    addValues(props, "position", entry.title);
  } else {
    addValues(props, "name", entry.listedName);
    if (entry.title) addValues(props, "notes", entry.title);
  }
  if (entry.type === "aircraft" && /^[A-Z0-9]{1,3}-?[A-Z0-9]{2,6}$/.test(entry.listedName)) {
    addValues(props, "registrationNumber", entry.listedName);
  }
  const v = entry.vessel;
  if (v) {
    addValues(props, "callSign", v.callSign);
    addValues(props, "type", v.type);
    addValues(props, "tonnage", v.tonnage);
    addValues(props, "grossRegisteredTonnage", v.grt);
    addValues(props, "flag", v.flag);
    addValues(props, "ownerName", v.owner);
  }
  for (const alias of entry.aliases) addValues(props, aliasProperty(alias), alias.name);
  for (const address of entry.addresses) {
    addValues(props, "address", address.parts.filter(Boolean).join(", "));
    addValues(props, "country", address.country);
  }
  const facts = parseRemarks(entry.remarks);
  for (const [key, values4] of Object.entries(facts.properties)) addValues(props, key, ...values4);
  for (const [key, values4] of Object.entries(entry.extra ?? {})) addValues(props, key, ...values4);
  addValues(props, "program", ...entry.programs);
  addValues(props, "topics", "sanction");
  addValues(props, "sourceRecord", ...entry.sourceRecords);
  const entities = [{ id, schema: OFAC_SCHEMA[entry.type], properties: props }];
  if (entry.programs.length > 0) {
    const sanction = {};
    addValues(sanction, "entity", id);
    addValues(sanction, "program", ...entry.programs);
    addValues(sanction, "authority", OFAC_AUTHORITY);
    addValues(sanction, "country", "us");
    addValues(sanction, "authorityId", entry.entNum);
    addValues(sanction, "provisions", ...facts.provisions);
    entities.push({ id: `${id}-sanction`, schema: "Sanction", properties: sanction });
  }
  return { entities, linkedTo: facts.linkedTo };
}
var OFAC_SCHEMA, OFAC_AUTHORITY, ofacId, ALIAS_PROPERTY;
var init_ofac_entry = __esm({
  "src/core/ingest/ofac-entry.ts"() {
    "use strict";
    init_entity();
    init_ofac_names();
    init_ofac_remarks();
    OFAC_SCHEMA = {
      individual: "Person",
      entity: "Organization",
      vessel: "Vessel",
      aircraft: "Airplane"
    };
    OFAC_AUTHORITY = "Office of Foreign Assets Control";
    ofacId = (entNum) => `ofac-${entNum}`;
    ALIAS_PROPERTY = { aka: "alias", nka: "alias", fka: "previousName" };
  }
});

// src/core/ingest/ofac-linker.ts
function nameKey(name) {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}
function linkedEntities(linker, entry) {
  const { entities, linkedTo } = ofacEntities(entry);
  linker.addEntry(entry.entNum, entry.listedName);
  for (const name of linkedTo) linker.link(entry.entNum, name);
  return entities;
}
var OfacLinker;
var init_ofac_linker = __esm({
  "src/core/ingest/ofac-linker.ts"() {
    "use strict";
    init_ofac_entry();
    OfacLinker = class {
      primary = /* @__PURE__ */ new Map();
      pending = [];
      /** Remember an entry's listed name; links resolve by exact listed name only. */
      addEntry(entNum, listedName) {
        this.primary.set(listedName, entNum);
      }
      link(subjectEntNum, name) {
        this.pending.push({ subject: subjectEntNum, name });
      }
      resolve(name) {
        for (const candidate of [name, `${name}.`]) {
          const hit = this.primary.get(candidate);
          if (hit) return hit;
        }
        return void 0;
      }
      /** UnknownLink entities: `object` set when resolved, otherwise the name kept in `description`. */
      *links() {
        const seen = /* @__PURE__ */ new Set();
        for (const { subject, name } of this.pending) {
          const target = this.resolve(name);
          const props = { subject: [ofacId(subject)], role: ["Linked To"] };
          let id;
          if (target && target !== subject) {
            id = `${ofacId(subject)}-linked-${target}`;
            props.object = [ofacId(target)];
          } else {
            id = `${ofacId(subject)}-linked-name-${nameKey(name)}`;
            props.description = [name];
          }
          if (seen.has(id)) continue;
          seen.add(id);
          yield { id, schema: "UnknownLink", properties: props };
        }
      }
    };
  }
});

// src/core/ingest/ofac-csv.ts
function checkRecord(file, record, columns) {
  const entNum = record.fields[0] ?? "";
  const where = { file, line: record.line, .../^\d+$/.test(entNum) ? { record: entNum } : {} };
  if (record.fields.length !== columns.length) {
    throw new InputError(
      "E_SCHEMA",
      `expected ${columns.length} columns (${columns.join(", ")}), found ${record.fields.length}` + (record.fields.length < columns.length ? " \u2014 the record is cut short; the file may be truncated" : ""),
      where,
      `check that this is ${file} from the OFAC legacy CSV set and download it again if it is`
    );
  }
  if (!/^\d+$/.test(entNum)) {
    throw new InputError(
      "E_VALUE",
      `ent_num must be a whole number, got "${entNum}"`,
      { ...where, path: "ent_num" },
      "the first column holds the entry number"
    );
  }
  return entNum;
}
async function isSorted(file) {
  let last = -1;
  for await (const line of file.lines()) {
    const m = /^(\d+),/.exec(line);
    if (!m) continue;
    const n = Number(m[1]);
    if (n < last) return false;
    last = n;
  }
  return true;
}
function unpack(file, packed) {
  if (!file || packed === void 0) return [];
  return packed.split(NEXT).map((p) => {
    const cut = p.indexOf(SEP);
    const raw = p.slice(cut + 1);
    return { fields: splitOfacRecord(raw) ?? [], source: `${file.name}:${p.slice(0, cut)}: ${raw}` };
  });
}
function toEntry(files, record, side) {
  const file = files.main.name;
  const f = record.fields;
  const entNum = checkRecord(file, record, MAIN_COLUMNS);
  const type = TYPES[(f[2] ?? "").toLowerCase()];
  if (!type) {
    throw new InputError(
      "E_VALUE",
      `unknown SDN_Type "${f[2]}"`,
      { file, line: record.line, record: entNum, path: "SDN_Type" },
      "expected individual, vessel, aircraft or -0- (entity)"
    );
  }
  if (!f[1]) {
    throw new InputError(
      "E_VALUE",
      "SDN_Name is empty",
      { file, line: record.line, record: entNum, path: "SDN_Name" },
      "every entry needs a name"
    );
  }
  const alt = unpack(files.alt, side.alt);
  const add = unpack(files.add, side.add);
  const comments = unpack(files.comments, side.comments);
  const vessel = type === "vessel" ? { callSign: f[5], type: f[6], tonnage: f[7], grt: f[8], flag: f[9], owner: f[10] } : void 0;
  return {
    entNum,
    type,
    listedName: f[1],
    programs: splitPrograms(f[3] ?? ""),
    title: f[4] || void 0,
    ...vessel ? { vessel } : {},
    // sdn_comments.csv continues Remarks that were cut at the field limit, mid-word.
    remarks: (f[11] ?? "") + comments.map((c) => c.fields[1] ?? "").join(""),
    aliases: alt.filter((a) => a.fields[3]).map((a) => ({ type: a.fields[2] || "aka", name: a.fields[3] })),
    addresses: add.map((a) => ({ parts: a.fields.slice(2, 6), country: a.fields[4] || void 0 })),
    sourceRecords: [
      `${file}:${record.line}: ${record.raw}`,
      ...alt.map((a) => a.source),
      ...add.map((a) => a.source),
      ...comments.map((c) => c.source)
    ]
  };
}
async function* parseOfacCsv(files, options = INGEST_DEFAULTS) {
  const alt = new SideFile(files.alt, ALT_COLUMNS, options);
  const add = new SideFile(files.add, ADD_COLUMNS, options);
  const comments = new SideFile(files.comments, COMMENT_COLUMNS, options);
  for (const side of [alt, add, comments]) await side.open();
  const linker = new OfacLinker();
  const seen = /* @__PURE__ */ new Set();
  const records = ofacCsvRecords(files.main.name, files.main.lines(), {
    requireEndMarker: files.main.requireEndMarker
  });
  for await (const record of records) {
    const ent = /^\d+$/.test(record.fields[0] ?? "") ? record.fields[0] : void 0;
    const rows = ent ? { alt: await alt.take(ent), add: await add.take(ent), comments: await comments.take(ent) } : { alt: void 0, add: void 0, comments: void 0 };
    const entry = guardRecord(() => toEntry(files, record, rows), options);
    if (!entry) continue;
    if (seen.has(entry.entNum)) {
      rejectRecord(
        new InputError(
          "E_VALUE",
          `ent_num ${entry.entNum} appears twice`,
          { file: files.main.name, line: record.line, record: entry.entNum, path: "ent_num" },
          "each entry must be listed once"
        ),
        options
      );
      continue;
    }
    seen.add(entry.entNum);
    yield* linkedEntities(linker, entry);
  }
  for (const side of [alt, add, comments]) await side.finish();
  yield* linker.links();
}
var MAIN_COLUMNS, ALT_COLUMNS, ADD_COLUMNS, COMMENT_COLUMNS, TYPES, SEP, NEXT, SideFile;
var init_ofac_csv = __esm({
  "src/core/ingest/ofac-csv.ts"() {
    "use strict";
    init_errors();
    init_ingest_options();
    init_ofac_csv_records();
    init_ofac_linker();
    init_ofac_names();
    MAIN_COLUMNS = [
      "ent_num",
      "SDN_Name",
      "SDN_Type",
      "Program",
      "Title",
      "Call_Sign",
      "Vess_type",
      "Tonnage",
      "GRT",
      "Vess_flag",
      "Vess_owner",
      "Remarks"
    ];
    ALT_COLUMNS = ["ent_num", "alt_num", "alt_type", "alt_name", "alt_remarks"];
    ADD_COLUMNS = ["ent_num", "add_num", "address", "city_state_postal", "country", "add_remarks"];
    COMMENT_COLUMNS = ["ent_num", "Remarks_continued"];
    TYPES = {
      "": "entity",
      individual: "individual",
      vessel: "vessel",
      aircraft: "aircraft",
      entity: "entity"
    };
    SEP = "\0";
    NEXT = "";
    SideFile = class {
      constructor(file, columns, options) {
        this.file = file;
        this.columns = columns;
        this.options = options;
      }
      file;
      columns;
      options;
      rows = /* @__PURE__ */ new Map();
      records;
      last = -1;
      done = false;
      async open() {
        if (!this.file) {
          this.done = true;
          return;
        }
        this.records = ofacCsvRecords(this.file.name, this.file.lines(), {
          requireEndMarker: this.file.requireEndMarker
        })[Symbol.asyncIterator]();
        if (!await isSorted(this.file)) await this.readUntil(Infinity);
      }
      async readUntil(entNum) {
        while (!this.done && this.last <= entNum) {
          const next = await this.records.next();
          if (next.done) {
            this.done = true;
            break;
          }
          const record = next.value;
          const ent = guardRecord(() => checkRecord(this.file.name, record, this.columns), this.options);
          if (ent === void 0) continue;
          this.last = Number(ent);
          const packed = `${record.line}${SEP}${record.raw}`;
          const prev3 = this.rows.get(ent);
          this.rows.set(ent, prev3 === void 0 ? packed : `${prev3}${NEXT}${packed}`);
        }
      }
      /** Reads what is left (rows of entries the main file lacks are dropped) so the whole file is checked. */
      async finish() {
        while (!this.done) {
          const next = await this.records.next();
          if (next.done) this.done = true;
          else guardRecord(() => checkRecord(this.file.name, next.value, this.columns), this.options);
        }
        this.rows.clear();
      }
      /** The packed rows of this entry, removed from the buffer. */
      async take(entNum) {
        await this.readUntil(Number(entNum));
        const rows = this.rows.get(entNum);
        this.rows.delete(entNum);
        return rows;
      }
    };
  }
});

// src/core/ingest/xml-records.ts
import { SaxesParser } from "saxes";
function child(node, name) {
  return node.children.find((c) => c.name === name);
}
function childrenNamed(node, name) {
  return node.children.filter((c) => c.name === name);
}
function textOf(node, name) {
  return (node && child(node, name)?.text.trim()) ?? "";
}
function nodeToJson(node) {
  if (node.children.length === 0 && Object.keys(node.attributes).length === 0) return node.text.trim();
  const out = { ...node.attributes };
  for (const c of node.children) {
    const v = nodeToJson(c);
    const prev3 = out[c.name];
    out[c.name] = prev3 === void 0 ? v : Array.isArray(prev3) ? [...prev3, v] : [prev3, v];
  }
  return out;
}
async function* xmlRecords(spec, chunks) {
  const parser = new SaxesParser({ position: true });
  const ready = [];
  const stack = [];
  let depth = 0;
  let headerText = "";
  const fail = (message, hint) => {
    throw new InputError(
      "E_PARSE",
      message,
      { file: spec.file, line: parser.line, column: parser.column + 1 },
      hint
    );
  };
  parser.on(
    "error",
    (e) => fail(
      `broken XML: ${e.message.replace(/^(.*?:)?\d+:\d+: /, "").replace(/\.$/, "")}`,
      "the file is malformed or cut short; download it again"
    )
  );
  parser.on("opentag", (tag) => {
    const name = local(tag.name);
    depth++;
    if (depth > MAX_XML_DEPTH)
      fail(
        `elements nested more than ${MAX_XML_DEPTH} levels deep`,
        "the lists nest a few levels only: this is not a list file, or it is damaged"
      );
    if (depth === 1 && !spec.roots.includes(name)) {
      fail(
        `expected a <${spec.roots.join("> or <")}> document, found <${name}>`,
        "check that the file is the list this importer reads"
      );
    }
    headerText = "";
    if (stack.length === 0 && !spec.records.includes(name)) return;
    const attributes = {};
    for (const [k, v] of Object.entries(tag.attributes))
      attributes[local(k)] = typeof v === "string" ? v : v.value;
    const node = { name, attributes, children: [], text: "", line: parser.line };
    stack[stack.length - 1]?.children.push(node);
    stack.push(node);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
    else headerText += t;
  });
  parser.on("cdata", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("closetag", (tag) => {
    depth--;
    if (stack.length === 0) {
      if (headerText.trim()) spec.onHeader?.(local(tag.name), headerText.trim());
      headerText = "";
      return;
    }
    const node = stack.pop();
    if (stack.length === 0) ready.push(node);
  });
  let sawRoot = false;
  for await (const chunk of chunks) {
    parser.write(chunk);
    if (depth > 0) sawRoot = true;
    while (ready.length > 0) yield ready.shift();
  }
  if (!sawRoot && depth === 0 && parser.line <= 1) fail("the file is empty", "download it again");
  parser.close();
  while (ready.length > 0) yield ready.shift();
}
var MAX_XML_DEPTH, local;
var init_xml_records = __esm({
  "src/core/ingest/xml-records.ts"() {
    "use strict";
    init_errors();
    MAX_XML_DEPTH = 32;
    local = (name) => name.slice(name.indexOf(":") + 1);
  }
});

// src/core/ingest/ofac-xml.ts
function idFacts(entry, props) {
  for (const id of childrenNamed(child(entry, "idList") ?? entry, "id")) {
    const type = textOf(id, "idType");
    const number = textOf(id, "idNumber");
    if (!number) continue;
    const property = ID_TYPES.find(([re]) => re.test(type))?.[1];
    if (property === "gender") addValues(props, property, number.toLowerCase());
    else if (property) addValues(props, property, number);
    else addValues(props, "notes", `${type}: ${number}`);
  }
}
function listFacts(entry, props) {
  const each = (list2, item, field, use) => {
    for (const n of childrenNamed(child(entry, list2) ?? entry, item)) {
      const v = textOf(n, field);
      if (v) use(v);
    }
  };
  each(
    "dateOfBirthList",
    "dateOfBirthItem",
    "dateOfBirth",
    (v) => addValues(props, "birthDate", ...parseOfacDatePhrase(v))
  );
  each("placeOfBirthList", "placeOfBirthItem", "placeOfBirth", (v) => addValues(props, "birthPlace", v));
  each("nationalityList", "nationality", "country", (v) => addValues(props, "nationality", v));
  each("citizenshipList", "citizenship", "country", (v) => addValues(props, "citizenship", v));
  idFacts(entry, props);
}
function toEntry2(file, node) {
  const entNum = textOf(node, "uid");
  const where = { file, line: node.line, ...entNum ? { record: entNum } : {} };
  if (!/^\d+$/.test(entNum))
    throw new InputError(
      "E_SCHEMA",
      `<sdnEntry> needs a numeric <uid>, got "${entNum}"`,
      { ...where, path: "uid" },
      "every entry has a uid"
    );
  const rawType = textOf(node, "sdnType");
  const type = TYPES2[rawType.toLowerCase()];
  if (!type)
    throw new InputError(
      "E_VALUE",
      `unknown sdnType "${rawType}"`,
      { ...where, path: "sdnType" },
      "expected Individual, Entity, Vessel or Aircraft"
    );
  const last = textOf(node, "lastName");
  const first = textOf(node, "firstName");
  if (!last && !first)
    throw new InputError(
      "E_SCHEMA",
      "<sdnEntry> has no <lastName>",
      { ...where, path: "lastName" },
      "every entry needs a name"
    );
  const vi = child(node, "vesselInfo");
  const extra = {};
  listFacts(node, extra);
  return {
    entNum,
    type,
    listedName: first && last ? `${last}, ${first}` : last || first,
    programs: childrenNamed(child(node, "programList") ?? node, "program").map((p) => p.text.trim()).filter(Boolean),
    title: textOf(node, "title") || void 0,
    ...vi ? {
      vessel: {
        callSign: textOf(vi, "callSign"),
        type: textOf(vi, "vesselType"),
        tonnage: textOf(vi, "tonnage"),
        grt: textOf(vi, "grossRegisteredTonnage"),
        flag: textOf(vi, "vesselFlag"),
        owner: textOf(vi, "vesselOwner")
      }
    } : {},
    remarks: textOf(node, "remarks"),
    aliases: childrenNamed(child(node, "akaList") ?? node, "aka").map((a) => {
      const al = textOf(a, "lastName");
      const af = textOf(a, "firstName");
      return {
        type: textOf(a, "type") || "a.k.a.",
        name: al && af ? `${al}, ${af}` : al || af,
        weak: textOf(a, "category").toLowerCase() === "weak"
      };
    }),
    addresses: childrenNamed(child(node, "addressList") ?? node, "address").map((a) => ({
      parts: ["address1", "address2", "address3", "city", "stateOrProvince", "postalCode", "country"].map(
        (f) => textOf(a, f)
      ),
      country: textOf(a, "country") || void 0
    })),
    extra,
    sourceRecords: [`${file}:${node.line}: ${JSON.stringify(nodeToJson(node))}`]
  };
}
async function* parseOfacXml(file, chunks, options = INGEST_DEFAULTS, header = {}) {
  const linker = new OfacLinker();
  const seen = /* @__PURE__ */ new Set();
  const onHeader = (name, text3) => {
    if (name === "Publish_Date") header.publishDate = text3;
    if (name === "Record_Count") header.recordCount = Number(text3);
  };
  for await (const node of xmlRecords(
    { file, roots: ["sdnList"], records: ["sdnEntry"], onHeader },
    chunks
  )) {
    const entry = guardRecord(() => toEntry2(file, node), options);
    if (!entry) continue;
    if (seen.has(entry.entNum)) {
      rejectRecord(
        new InputError(
          "E_VALUE",
          `uid ${entry.entNum} appears twice`,
          { file, line: node.line, record: entry.entNum, path: "uid" },
          "each entry must be listed once"
        ),
        options
      );
      continue;
    }
    seen.add(entry.entNum);
    yield* linkedEntities(linker, entry);
  }
  yield* linker.links();
}
var TYPES2, ID_TYPES;
var init_ofac_xml = __esm({
  "src/core/ingest/ofac-xml.ts"() {
    "use strict";
    init_entity();
    init_errors();
    init_ingest_options();
    init_ofac_dates();
    init_ofac_linker();
    init_xml_records();
    TYPES2 = {
      individual: "individual",
      entity: "entity",
      vessel: "vessel",
      aircraft: "aircraft"
    };
    ID_TYPES = [
      [/^passport|^diplomatic passport/i, "passportNumber"],
      [/^(vessel registration identification|imo)/i, "imoNumber"],
      [/^mmsi/i, "mmsi"],
      [/^(tax id|nit|ruc|rfc|us fein|v\.a\.t)/i, "taxNumber"],
      [
        /^(registration|company number|commercial registry|business registration|folio mercantil|matricula mercantil|trade license|c\.r\. no)/i,
        "registrationNumber"
      ],
      [/^aircraft manufacturer's serial number/i, "serialNumber"],
      [/^aircraft tail number/i, "registrationNumber"],
      [/^aircraft model/i, "model"],
      [/^website/i, "website"],
      [/^email/i, "email"],
      [/^gender/i, "gender"],
      [/^d-u-n-s/i, "dunsCode"],
      [/^swift/i, "swiftBic"],
      [/(id no|identification|cedula|d\.n\.i|c\.u\.r\.p|ssn|driver|personal id|residency)/i, "idNumber"]
    ];
  }
});

// src/core/ingest/un-xml.ts
function birthDates(node) {
  const out = [];
  for (const d of childrenNamed(node, "INDIVIDUAL_DATE_OF_BIRTH")) {
    const date2 = textOf(d, "DATE");
    const year = textOf(d, "YEAR");
    const from = textOf(d, "FROM_YEAR");
    const to = textOf(d, "TO_YEAR");
    if (date2) out.push(date2.slice(0, 10));
    else if (year) out.push(year);
    else if (from && to) out.push(...yearsBetween(from, to));
    else if (from || to) out.push(from || to);
  }
  return out;
}
function documents(node, props) {
  for (const doc of childrenNamed(node, "INDIVIDUAL_DOCUMENT")) {
    const number = textOf(doc, "NUMBER");
    if (!number) continue;
    const type = `${textOf(doc, "TYPE_OF_DOCUMENT")} ${textOf(doc, "TYPE_OF_DOCUMENT2")}`;
    addValues(props, /pass|pasaporte|passeport/i.test(type) ? "passportNumber" : "idNumber", number);
  }
}
function toEntities(file, node) {
  const dataId = textOf(node, "DATAID");
  const where = { file, line: node.line, ...dataId ? { record: dataId } : {} };
  if (!/^\d+$/.test(dataId))
    throw new InputError(
      "E_SCHEMA",
      `<${node.name}> needs a numeric <DATAID>, got "${dataId}"`,
      { ...where, path: "DATAID" },
      "every UN record has a DATAID"
    );
  const person = node.name === "INDIVIDUAL";
  const name = ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"].map((f) => textOf(node, f)).filter(Boolean).join(" ");
  if (!name)
    throw new InputError(
      "E_SCHEMA",
      `<${node.name}> has no name`,
      { ...where, path: "FIRST_NAME" },
      "every UN record has a FIRST_NAME"
    );
  const id = `un-${dataId}`;
  const props = {};
  addValues(props, "name", name);
  if (person) {
    addValues(props, "firstName", textOf(node, "FIRST_NAME"));
    addValues(props, "secondName", textOf(node, "SECOND_NAME"));
    addValues(props, "middleName", textOf(node, "THIRD_NAME"));
    addValues(props, "gender", textOf(node, "GENDER").toLowerCase());
    addValues(props, "title", ...values2(node, "TITLE"));
    addValues(props, "position", ...values2(node, "DESIGNATION"));
    addValues(props, "nationality", ...values2(node, "NATIONALITY"));
    addValues(props, "birthDate", ...birthDates(node));
    for (const pob of childrenNamed(node, "INDIVIDUAL_PLACE_OF_BIRTH")) {
      addValues(props, "birthPlace", joinParts(pob, ["CITY", "STATE_PROVINCE", "COUNTRY"]));
      addValues(props, "birthCountry", textOf(pob, "COUNTRY"));
    }
    documents(node, props);
  }
  addValues(props, "alias", textOf(node, "NAME_ORIGINAL_SCRIPT"));
  for (const alias of childrenNamed(node, person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
    const quality = textOf(alias, "QUALITY").toLowerCase();
    addValues(props, UN_ALIAS_QUALITY[quality] ?? "alias", textOf(alias, "ALIAS_NAME"));
  }
  for (const address of childrenNamed(node, person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
    addValues(
      props,
      "address",
      joinParts(address, ["STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY"])
    );
    addValues(props, "country", textOf(address, "COUNTRY"));
  }
  addValues(props, "notes", textOf(node, "COMMENTS1"));
  addValues(props, "program", textOf(node, "UN_LIST_TYPE"));
  addValues(props, "topics", "sanction");
  addValues(props, "sourceRecord", `${file}:${node.line}: ${JSON.stringify(nodeToJson(node))}`);
  const sanction = {};
  addValues(sanction, "entity", id);
  addValues(sanction, "authority", UN_AUTHORITY);
  addValues(sanction, "program", textOf(node, "UN_LIST_TYPE"));
  addValues(sanction, "unscId", textOf(node, "REFERENCE_NUMBER"));
  addValues(sanction, "authorityId", textOf(node, "REFERENCE_NUMBER"));
  addValues(sanction, "listingDate", textOf(node, "LISTED_ON"));
  addValues(sanction, "modifiedAt", ...values2(node, "LAST_DAY_UPDATED"));
  return [
    { id, schema: person ? "Person" : "Organization", properties: props },
    { id: `${id}-sanction`, schema: "Sanction", properties: sanction }
  ];
}
async function* parseUnXml(file, chunks, options = INGEST_DEFAULTS) {
  const seen = /* @__PURE__ */ new Set();
  for await (const node of xmlRecords(
    { file, roots: ["CONSOLIDATED_LIST"], records: ["INDIVIDUAL", "ENTITY"] },
    chunks
  )) {
    const entities = guardRecord(() => toEntities(file, node), options);
    if (!entities) continue;
    const id = entities[0].id;
    if (seen.has(id)) {
      rejectRecord(
        new InputError(
          "E_VALUE",
          `DATAID ${id.slice(3)} appears twice`,
          { file, line: node.line, record: id.slice(3), path: "DATAID" },
          "each record must be listed once"
        ),
        options
      );
      continue;
    }
    seen.add(id);
    yield* entities;
  }
}
var UN_AUTHORITY, UN_ALIAS_QUALITY, values2, joinParts;
var init_un_xml = __esm({
  "src/core/ingest/un-xml.ts"() {
    "use strict";
    init_entity();
    init_errors();
    init_ingest_options();
    init_ofac_dates();
    init_xml_records();
    UN_AUTHORITY = "United Nations Security Council";
    UN_ALIAS_QUALITY = {
      good: "alias",
      "a.k.a.": "alias",
      "": "alias",
      low: "weakAlias",
      "f.k.a.": "previousName"
    };
    values2 = (node, list2) => childrenNamed(node, list2).flatMap((l) => childrenNamed(l, "VALUE").map((v) => v.text.trim()));
    joinParts = (node, fields) => fields.map((f) => textOf(node, f)).filter(Boolean).join(", ");
  }
});

// src/core/ingest/list-sanity.ts
function checkListSize(check) {
  if (check.total === 0) {
    throw new InputError(
      "E_VALUE",
      "the list holds no entities: refusing to store an empty version",
      { file: check.file },
      "the file is empty or cut short; download it again"
    );
  }
  const prev3 = check.previous;
  if (!prev3 || prev3.total === 0 || check.total >= prev3.total) return void 0;
  const lost = (prev3.total - check.total) / prev3.total;
  if (lost <= check.maxShrink) return void 0;
  if (!check.allowShrink) {
    throw new InputError(
      "E_VALUE",
      `the new version would hold ${check.total} entities, ${pct(lost)} fewer than version ${prev3.version} (${prev3.total}); at most ${pct(check.maxShrink)} may go at once`,
      { file: check.file },
      "a cut-short download looks like this: download the list again; if it really shrank, import it with {allowShrink} (recorded in the version)"
    );
  }
  return {
    fromVersion: prev3.version,
    previous: prev3.total,
    now: check.total,
    lost: Math.round(lost * 1e3) / 1e3,
    allowed: "allow-shrink"
  };
}
var DEFAULT_MAX_SHRINK, pct;
var init_list_sanity = __esm({
  "src/core/ingest/list-sanity.ts"() {
    "use strict";
    init_errors();
    DEFAULT_MAX_SHRINK = 0.1;
    pct = (share) => `${Math.round(share * 1e3) / 10} %`;
  }
});

// src/adapters/node/decode-lines.ts
import { createReadStream } from "node:fs";
function nulError(name, line, column) {
  return new InputError(
    "E_PARSE",
    "a NUL byte (0x00): the file is binary or damaged, not text",
    { file: name, line, column },
    "give the text file itself; remove the NUL bytes if it is damaged"
  );
}
function longLineError(name, line, max) {
  return new InputError(
    "E_PARSE",
    `line is longer than ${Math.round(max / 1024 / 1024)} MiB`,
    { file: name, line },
    "records are one per line: the file is not in this format, or it lacks its line breaks"
  );
}
function utf16Error(name) {
  return new InputError(
    "E_PARSE",
    "the file is UTF-16 text, not UTF-8 or Latin-1",
    { file: name, line: 1, column: 1 },
    "save or download it as UTF-8"
  );
}
function decodeLine(bytes, encoding, name, line) {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw nulError(name, line, nul + 1);
  if (encoding === "latin1") return latin1.decode(bytes);
  try {
    return utf82.decode(bytes);
  } catch {
    if (encoding === "auto") return latin1.decode(bytes);
    const lenient = new TextDecoder("utf-8").decode(bytes);
    const column = Buffer.byteLength(lenient.slice(0, Math.max(0, lenient.indexOf("\uFFFD")))) + 1;
    throw new InputError(
      "E_PARSE",
      `invalid UTF-8: byte 0x${bytes[column - 1]?.toString(16) ?? "??"} at byte ${column} of the line`,
      { file: name, line, column },
      "the file is not UTF-8: download it again, or convert it from its real encoding"
    );
  }
}
async function* decodeLines(path, options) {
  const name = options.name ?? path;
  const max = options.maxLineBytes ?? MAX_LINE_BYTES;
  let pieces = [];
  let pending = 0;
  let line = 0;
  let first = true;
  const take = (tail) => {
    if (pieces.length === 0) return tail;
    const whole = Buffer.concat([...pieces, tail], pending + tail.length);
    pieces = [];
    pending = 0;
    return whole;
  };
  for await (const raw of createReadStream(path, { highWaterMark: 1 << 16 })) {
    let chunk = raw;
    options.onBytes?.(chunk.length);
    if (first) {
      first = false;
      if (chunk[0] === 255 && chunk[1] === 254 || chunk[0] === 254 && chunk[1] === 255)
        throw utf16Error(name);
      const headBytes = chunk.subarray(0, 64);
      if (headBytes.length > 1 && headBytes.filter((b) => b === 0).length * 4 >= headBytes.length)
        throw utf16Error(name);
      if (chunk[0] === 239 && chunk[1] === 187 && chunk[2] === 191) chunk = chunk.subarray(3);
    }
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl >= 0; nl = chunk.indexOf(10, start)) {
      if (pending + nl - start > max) throw longLineError(name, line + 1, max);
      yield decodeLine(take(chunk.subarray(start, nl)), options.encoding, name, ++line);
      start = nl + 1;
    }
    if (start < chunk.length) {
      pieces.push(Uint8Array.from(chunk.subarray(start)));
      pending += chunk.length - start;
      if (pending > max) throw longLineError(name, line + 1, max);
    }
  }
  if (pending > 0) yield decodeLine(take(new Uint8Array(0)), options.encoding, name, ++line);
}
async function* decodeChunks(path, options) {
  for await (const line of decodeLines(path, options)) yield line + "\n";
}
var MAX_LINE_BYTES, utf82, latin1;
var init_decode_lines = __esm({
  "src/adapters/node/decode-lines.ts"() {
    "use strict";
    init_errors();
    MAX_LINE_BYTES = 64 * 1024 * 1024;
    utf82 = new TextDecoder("utf-8", { fatal: true });
    latin1 = new TextDecoder("latin1");
  }
});

// src/adapters/node/files.ts
import { createHash } from "node:crypto";
import {
  closeSync,
  createReadStream as createReadStream2,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync
} from "node:fs";
function assertReadable(path) {
  if (!existsSync(path))
    throw new InterdictError("E_IO", `no such file: ${path}`, void 0, "check the path");
  if (statSync(path).isDirectory())
    throw new InterdictError("E_IO", `${path} is a folder, not a file`, void 0, "name a file");
}
function sha256File(path) {
  return new Promise((resolve, reject) => {
    const hash2 = createHash("sha256");
    createReadStream2(path).on("data", (chunk) => hash2.update(chunk)).on("error", reject).on("end", () => resolve(hash2.digest("hex")));
  });
}
function sha256(text3) {
  return createHash("sha256").update(text3).digest("hex");
}
var MAX_TEXT_BYTES, strictUtf8;
var init_files = __esm({
  "src/adapters/node/files.ts"() {
    "use strict";
    init_errors();
    init_decode_lines();
    MAX_TEXT_BYTES = 64 * 1024 * 1024;
    strictUtf8 = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/adapters/node/progress.ts
function createProgress(sink, label, totalBytes, now = Date.now) {
  if (!sink.isTTY) return { advance: () => void 0, done: () => void 0 };
  let read = 0;
  let last = 0;
  const draw = () => {
    const pct2 = totalBytes > 0 ? Math.min(100, Math.round(100 * read / totalBytes)) : 100;
    sink.err(`\r${label}: ${pct2}% (${mb(read)} of ${mb(totalBytes)} MB)\x1B[K`);
  };
  return {
    advance(bytes) {
      read += bytes;
      const t = now();
      if (t - last >= 100) {
        last = t;
        draw();
      }
    },
    done() {
      read = totalBytes;
      draw();
      sink.err("\n");
    }
  };
}
var mb;
var init_progress = __esm({
  "src/adapters/node/progress.ts"() {
    "use strict";
    mb = (n) => (n / 1e6).toFixed(1);
  }
});

// src/adapters/node/import-list.ts
var import_list_exports = {};
__export(import_list_exports, {
  LIST_FORMATS: () => LIST_FORMATS,
  MAX_SKIP_EXAMPLES: () => MAX_SKIP_EXAMPLES,
  importList: () => importList,
  isListFormat: () => isListFormat
});
import { readdirSync, statSync as statSync2 } from "node:fs";
import { basename, join } from "node:path";
function findFile(dir, name) {
  const hit = readdirSync(dir).find((f) => f.toLowerCase() === name);
  return hit ? join(dir, hit) : void 0;
}
function ofacCsvPlan(dir, requireMarker) {
  if (!statSync2(dir, { throwIfNoEntry: false })?.isDirectory()) {
    throw new InterdictError(
      "E_IO",
      `${dir} is not a folder`,
      void 0,
      "give the folder that holds sdn.csv, alt.csv, add.csv (or cons_prim.csv \u2026)"
    );
  }
  const sdn = findFile(dir, "sdn.csv");
  const prefix = sdn ? "" : "cons_";
  const main = sdn ?? findFile(dir, "cons_prim.csv");
  if (!main)
    throw new InterdictError(
      "E_IO",
      `${dir} holds neither sdn.csv nor cons_prim.csv`,
      void 0,
      "give the folder of an OFAC legacy CSV set"
    );
  const side = (n, required) => {
    const f = findFile(dir, `${prefix}${n}.csv`);
    if (!f && required)
      throw new InterdictError(
        "E_IO",
        `${dir} has ${basename(main)} but no ${prefix}${n}.csv`,
        void 0,
        "download the whole CSV set"
      );
    return f;
  };
  const alt = side("alt", true);
  const add = side("add", true);
  const comments = side(sdn ? "sdn_comments" : "comments", false);
  const files = [main, alt, add, comments].filter((f) => Boolean(f));
  return {
    files,
    required: [main, alt, add],
    dataset: sdn ? "us_ofac_sdn" : "us_ofac_cons",
    entities: (onBytes, options) => {
      const lineFile = (path, requireEndMarker) => path ? {
        name: basename(path),
        lines: () => decodeLines(path, { encoding: "auto", name: basename(path), onBytes }),
        requireEndMarker
      } : void 0;
      return parseOfacCsv(
        {
          main: lineFile(main, requireMarker),
          alt: lineFile(alt, requireMarker),
          add: lineFile(add, requireMarker),
          comments: lineFile(comments, false)
        },
        options
      );
    }
  };
}
function filePlan(format, path) {
  assertReadable(path);
  const name = basename(path);
  const chunks = (onBytes) => decodeChunks(path, { encoding: "utf-8", name, onBytes });
  switch (format) {
    case "ofac-xml":
      return {
        files: [path],
        required: [path],
        dataset: /cons/i.test(name) ? "us_ofac_cons" : "us_ofac_sdn",
        entities: (b, o) => parseOfacXml(name, chunks(b), o)
      };
    case "un-xml":
      return {
        files: [path],
        required: [path],
        dataset: "un_sc_sanctions",
        entities: (b, o) => parseUnXml(name, chunks(b), o)
      };
    case "ftm":
      return {
        files: [path],
        required: [path],
        dataset: name.replace(/(\.ftm)?\.jsonl?$/i, "").replace(/[^A-Za-z0-9._-]/g, "_"),
        entities: (b, o) => parseFtmJson(name, decodeLines(path, { encoding: "utf-8", name, onBytes: b }), o)
      };
  }
}
function isListFormat(value) {
  return LIST_FORMATS.includes(value);
}
async function contentHash(files) {
  if (files.length === 1) return sha256File(files[0]);
  const parts = await Promise.all(
    files.map(async (f) => `${basename(f).toLowerCase()} ${await sha256File(f)}`)
  );
  return sha256(parts.join("\n"));
}
function assertNotEmpty(file) {
  if (statSync2(file).size === 0) {
    throw new InputError(
      "E_VALUE",
      "the file is empty (0 bytes)",
      { file: basename(file), line: 1 },
      "the download failed or was cut short; download it again"
    );
  }
}
async function importList(store, request) {
  const requireMarker = !request.allowMissingMarker;
  const plan = request.format === "ofac-csv" ? ofacCsvPlan(request.path, requireMarker) : filePlan(request.format, request.path);
  const dataset = request.dataset ?? plan.dataset;
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(dataset))
    throw new UsageError(`bad dataset name "${dataset}"`, "use letters, digits, . _ -");
  const maxShrink = request.maxShrink ?? DEFAULT_MAX_SHRINK;
  if (!(maxShrink >= 0 && maxShrink <= 1))
    throw new UsageError(`the allowed shrink must be a share from 0 to 1, got ${maxShrink}`);
  for (const f of plan.required) assertNotEmpty(f);
  const hash2 = await contentHash(plan.files);
  const latest = (await store.datasetVersions(dataset).catch((e) => {
    if (e instanceof NotFoundError) return [];
    throw e;
  })).at(-1);
  if ((request.skipIfUnchanged ?? true) && latest?.contentHash === hash2)
    return { info: latest, unchanged: true, skipped: 0, skippedExamples: [] };
  const total = plan.files.reduce((n, f) => n + statSync2(f).size, 0);
  const progress = createProgress(
    request.progress ?? { err: () => void 0, isTTY: false },
    `import ${basename(request.path)}`,
    total
  );
  const skippedExamples = [];
  let skipped = 0;
  const onSkip = (e) => {
    skipped++;
    if (skippedExamples.length < MAX_SKIP_EXAMPLES) skippedExamples.push(formatError(e));
  };
  const entities = plan.entities((n) => progress.advance(n), {
    skipInvalid: request.skipInvalid ?? false,
    onSkip
  });
  const notes = {};
  if (request.format === "ofac-csv" && !requireMarker)
    notes.endMarker = "not required (--allow-missing-marker)";
  const previous = latest && { version: latest.version, total: countOf(latest) };
  const info = await store.saveDataset(
    dataset,
    (async function* () {
      let n = 0;
      for await (const entity of entities) {
        n++;
        yield entity;
      }
      const shrink = checkListSize({
        file: basename(plan.required[0]),
        total: n,
        previous,
        maxShrink,
        allowShrink: request.allowShrink ?? false
      });
      if (shrink) notes.shrink = shrink;
      if (skipped > 0) Object.assign(notes, { skipped, skippedExamples });
    })(),
    {
      sourceFile: request.path,
      format: request.format,
      contentHash: hash2,
      notes,
      onWait: (message) => request.progress?.err(`${basename(request.path)}: ${message}
`)
    }
  );
  progress.done();
  return { info: { ...info, notes: { ...info.notes, ...notes } }, skipped, skippedExamples };
}
var LIST_FORMATS, MAX_SKIP_EXAMPLES, countOf;
var init_import_list = __esm({
  "src/adapters/node/import-list.ts"() {
    "use strict";
    init_errors();
    init_ftm_json();
    init_ofac_csv();
    init_ofac_xml();
    init_un_xml();
    init_list_sanity();
    init_decode_lines();
    init_files();
    init_progress();
    LIST_FORMATS = ["ofac-csv", "ofac-xml", "un-xml", "ftm"];
    MAX_SKIP_EXAMPLES = 20;
    countOf = (info) => Object.values(info.counts).reduce((a, b) => a + b, 0);
  }
});

// src/core/store/codec.ts
function encodeNetwork(network) {
  return JSON.stringify(network, (_k, v) => v === Infinity ? "unlimited" : v);
}
function decodeNetwork(text3) {
  if (!text3.includes('"capacity":"unlimited"')) return JSON.parse(text3);
  return JSON.parse(text3, (k, v) => k === "capacity" && v === "unlimited" ? Infinity : v);
}
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
function entityFingerprint(entity) {
  const properties = {};
  for (const [k, v] of Object.entries(entity.properties)) if (!isBookkeeping(k)) properties[k] = v;
  return canonicalJson({ schema: entity.schema, properties });
}
function hashString(text3) {
  let h1 = 2166136261;
  let h2 = 16777619;
  for (let i = 0; i < text3.length; i++) {
    const c = text3.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 1540483477);
  }
  return (h1 >>> 0).toString(16).padStart(8, "0") + (h2 >>> 0).toString(16).padStart(8, "0");
}
function networkCounts(network) {
  return {
    nodes: network.nodes.length,
    channels: network.channels.length,
    jurisdictions: network.jurisdictions.length,
    actions: network.actions.length,
    candidates: network.candidates?.length ?? 0
  };
}
function duplicateId(id, dataset) {
  return new InterdictError(
    "E_CONFLICT",
    `entity id "${id}" occurs twice in dataset "${dataset}"`,
    { record: id },
    "ids must be unique within a dataset"
  );
}
var init_codec = __esm({
  "src/core/store/codec.ts"() {
    "use strict";
    init_entity();
    init_errors();
  }
});

// src/core/store/diff.ts
function compareIds(a, b) {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x < 55296 && y < 55296) return x - y;
    const fx = x >= 57344 ? x - 2048 : x >= 55296 ? x + 8192 : x;
    const fy = y >= 57344 ? y - 2048 : y >= 55296 ? y + 8192 : y;
    return fx - fy;
  }
  return a.length - b.length;
}
function changedProperties(a, b) {
  const out = [];
  if (a.schema !== b.schema) out.push("schema");
  const keys = /* @__PURE__ */ new Set([...Object.keys(a.properties), ...Object.keys(b.properties)]);
  for (const k of [...keys].sort()) {
    if (isBookkeeping(k)) continue;
    const va = a.properties[k] ?? [];
    const vb = b.properties[k] ?? [];
    if (va.length !== vb.length || canonicalJson([...va].sort()) !== canonicalJson([...vb].sort()))
      out.push(k);
  }
  return out;
}
function stopIfAborted(options) {
  if (options.signal?.aborted) throw new Error("the diff was cancelled");
}
function referenced(e) {
  if (e.schema === "Sanction") return e.properties.entity ?? [];
  const edge = EDGE_SCHEMATA[e.schema];
  return edge ? [...e.properties[edge.source] ?? [], ...e.properties[edge.target] ?? []] : [];
}
async function namer(source, side, bodies) {
  const known = /* @__PURE__ */ new Map();
  for (const m of bodies) for (const [id, e] of m) known.set(id, e);
  const missing = /* @__PURE__ */ new Set();
  for (const m of bodies)
    for (const e of m.values())
      if (caption(e) === e.id) {
        for (const r of referenced(e)) if (!known.has(r)) missing.add(r);
      }
  await source.pause?.();
  const ids = [...missing];
  for (let i = 0; i < ids.length; i += BODY_BATCH)
    for (const e of await source.bodies(side.name, side.version, ids.slice(i, i + BODY_BATCH)))
      known.set(e.id, e);
  const nameOf = (id) => {
    const e = known.get(id);
    return e ? caption(e) : id;
  };
  return (e) => {
    let name = caption(e);
    const refs = name === e.id ? referenced(e) : [];
    if (refs.length && e.schema === "Sanction") {
      const program = e.properties.program?.[0];
      name = `Sanction on ${refs.map(nameOf).join(", ")}${program ? ` (${program})` : ""}`;
    } else if (refs.length) name = refs.map(nameOf).join(" \u2192 ");
    return { id: e.id, schema: e.schema, caption: name };
  };
}
async function diffDatasetVersions(source, from, to, options = {}) {
  const pageSize = Math.max(1, options.pageSize ?? DIFF_PAGE);
  const a = new Cursor(source, from, pageSize);
  const b = new Cursor(source, to, pageSize);
  const onlyA = [];
  const onlyB = [];
  const differ = [];
  let same = 0;
  let total = from.size + to.size;
  let lastPage = 0;
  const report = (done2) => options.progress?.(Math.min(done2, total), total);
  for (; ; ) {
    const [x, y] = [await a.peek(), await b.peek()];
    if (!x && !y) break;
    const c = !x ? 1 : !y ? -1 : compareIds(x.id, y.id);
    if (c < 0) {
      onlyA.push(x.id);
      a.next();
    } else if (c > 0) {
      onlyB.push(y.id);
      b.next();
    } else {
      if (x.hash === y.hash) same++;
      else differ.push(x.id);
      a.next();
      b.next();
    }
    const read2 = a.read + b.read;
    if (read2 - lastPage >= Math.min(pageSize, 500)) {
      lastPage = read2;
      stopIfAborted(options);
      report(read2);
      await source.pause?.();
    }
  }
  total = from.size + to.size + onlyA.length + onlyB.length + 2 * differ.length;
  let done = from.size + to.size;
  report(done);
  const read = async (side, ids) => {
    const out = /* @__PURE__ */ new Map();
    for (let i = 0; i < ids.length; i += BODY_BATCH) {
      stopIfAborted(options);
      const batch = ids.slice(i, i + BODY_BATCH);
      for (const e of await source.bodies(side.name, side.version, batch)) out.set(e.id, e);
      done += batch.length;
      report(done);
    }
    return out;
  };
  const removedBodies = await read(from, onlyA);
  const addedBodies = await read(to, onlyB);
  const before = await read(from, differ);
  const after = await read(to, differ);
  const namedBefore = await namer(source, from, [removedBodies, before]);
  const namedAfter = await namer(source, to, [addedBodies, after]);
  const list2 = async (ids, bodies, named) => {
    const out = [];
    for (let i = 0; i < ids.length; i++) {
      if (i % STRETCH === STRETCH - 1) await source.pause?.();
      const e = bodies.get(ids[i]);
      out.push(e ? named(e) : { id: ids[i], schema: "", caption: ids[i] });
    }
    return out;
  };
  const changed2 = [];
  let unchanged = same;
  for (let i = 0; i < differ.length; i++) {
    if (i % STRETCH === STRETCH - 1) {
      stopIfAborted(options);
      await source.pause?.();
    }
    const id = differ[i];
    const x = before.get(id);
    const y = after.get(id);
    if (!x || !y) continue;
    const properties = changedProperties(x, y);
    if (properties.length === 0) unchanged++;
    else changed2.push({ ...namedAfter(y), properties });
  }
  return {
    from: { name: from.name, version: from.version },
    to: { name: to.name, version: to.version },
    added: await list2(onlyB, addedBodies, namedAfter),
    removed: await list2(onlyA, removedBodies, namedBefore),
    changed: changed2,
    counts: { added: onlyB.length, removed: onlyA.length, changed: changed2.length, unchanged }
  };
}
var DIFF_PAGE, BODY_BATCH, STRETCH, Cursor;
var init_diff = __esm({
  "src/core/store/diff.ts"() {
    "use strict";
    init_entity();
    init_codec();
    DIFF_PAGE = 2e3;
    BODY_BATCH = 200;
    STRETCH = 100;
    Cursor = class {
      constructor(source, side, limit) {
        this.source = source;
        this.side = side;
        this.limit = limit;
      }
      source;
      side;
      limit;
      rows = [];
      at = 0;
      done = false;
      read = 0;
      async peek() {
        if (this.at < this.rows.length) return this.rows[this.at];
        if (this.done) return void 0;
        const after = this.rows.length ? this.rows[this.rows.length - 1].id : null;
        this.rows = await this.source.hashes(this.side.name, this.side.version, after, this.limit);
        this.at = 0;
        if (this.rows.length < this.limit) this.done = true;
        return this.rows[0];
      }
      next() {
        this.at++;
        this.read++;
      }
    };
  }
});

// src/adapters/node/sqlite-store.ts
var sqlite_store_exports = {};
__export(sqlite_store_exports, {
  PUBLISH_WAIT_MS: () => PUBLISH_WAIT_MS,
  SqliteStore: () => SqliteStore
});
import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
function yieldToEventLoop() {
  return new Promise((resolve) => setImmediate(resolve));
}
function toInfo(row) {
  const info = {
    kind: row.kind,
    name: row.name,
    version: row.version,
    contentHash: row.content_hash,
    importedAt: row.imported_at,
    counts: JSON.parse(row.counts)
  };
  if (row.source_file !== null) info.sourceFile = row.source_file;
  if (row.format !== null) info.format = row.format;
  if (row.notes !== null) info.notes = JSON.parse(row.notes);
  return info;
}
var MIGRATIONS, BUSY_TIMEOUT_MS, PUBLISH_WAIT_MS, SqliteStore;
var init_sqlite_store = __esm({
  "src/adapters/node/sqlite-store.ts"() {
    "use strict";
    init_errors();
    init_codec();
    init_diff();
    MIGRATIONS = [
      `CREATE TABLE versions (
     kind TEXT NOT NULL, name TEXT NOT NULL, version INTEGER NOT NULL,
     source_file TEXT, format TEXT, content_hash TEXT NOT NULL, imported_at TEXT NOT NULL,
     counts TEXT NOT NULL, notes TEXT,
     PRIMARY KEY (kind, name, version));
   CREATE TABLE networks (
     name TEXT NOT NULL, version INTEGER NOT NULL, body TEXT NOT NULL,
     PRIMARY KEY (name, version));
   CREATE TABLE entities (
     dataset TEXT NOT NULL, version INTEGER NOT NULL, id TEXT NOT NULL,
     schema TEXT NOT NULL, hash TEXT NOT NULL, body TEXT NOT NULL,
     PRIMARY KEY (dataset, version, id)) WITHOUT ROWID;`,
      `CREATE TABLE audit (
     id INTEGER PRIMARY KEY AUTOINCREMENT, at TEXT NOT NULL, key_id TEXT NOT NULL,
     action TEXT NOT NULL, dataset TEXT NOT NULL, dataset_version INTEGER NOT NULL,
     query TEXT NOT NULL, results TEXT NOT NULL, request_id TEXT);
   CREATE INDEX audit_dataset ON audit (dataset, id);`
    ];
    BUSY_TIMEOUT_MS = 15e3;
    PUBLISH_WAIT_MS = 10 * 60 * 1e3;
    SqliteStore = class {
      constructor(path) {
        this.path = path;
        if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
        try {
          this.db = new Database(path);
        } catch (e) {
          throw new InterdictError(
            "E_IO",
            `cannot open database ${path}: ${e.message}`,
            void 0,
            "check the path given by --db or INTERDICT_DB"
          );
        }
        this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
        this.db.pragma("journal_mode = WAL");
        this.db.pragma("synchronous = NORMAL");
        this.migrate();
      }
      path;
      db;
      stagings = 0;
      migrate() {
        const current = this.db.pragma("user_version", { simple: true });
        if (current > MIGRATIONS.length) {
          throw new InterdictError(
            "E_IO",
            `database ${this.path} has schema version ${current}, newer than this Interdict knows (${MIGRATIONS.length})`,
            void 0,
            "upgrade Interdict"
          );
        }
        for (let v = current; v < MIGRATIONS.length; v++) {
          this.db.transaction(() => {
            if (this.db.pragma("user_version", { simple: true }) !== v) return;
            this.db.exec(MIGRATIONS[v]);
            this.db.pragma(`user_version = ${v + 1}`);
          }).immediate();
        }
      }
      nextVersion(kind, name) {
        const row = this.db.prepare("SELECT MAX(version) AS v FROM versions WHERE kind = ? AND name = ?").get(kind, name);
        return (row.v ?? 0) + 1;
      }
      insertVersion(kind, name, version, meta, counts) {
        const row = {
          kind,
          name,
          version,
          source_file: meta.sourceFile ?? null,
          format: meta.format ?? null,
          content_hash: meta.contentHash,
          imported_at: (/* @__PURE__ */ new Date()).toISOString(),
          counts: JSON.stringify(counts),
          notes: meta.notes ? JSON.stringify(meta.notes) : null
        };
        this.db.prepare(
          "INSERT INTO versions VALUES (@kind, @name, @version, @source_file, @format, @content_hash, @imported_at, @counts, @notes)"
        ).run(row);
        return toInfo(row);
      }
      async saveNetwork(network, meta) {
        return this.db.transaction(() => {
          const version = this.nextVersion("network", network.id);
          this.db.prepare("INSERT INTO networks VALUES (?, ?, ?)").run(network.id, version, encodeNetwork(network));
          return this.insertVersion("network", network.id, version, meta, networkCounts(network));
        }).immediate();
      }
      info(kind, name, version) {
        const row = version === void 0 ? this.db.prepare("SELECT * FROM versions WHERE kind = ? AND name = ? ORDER BY version DESC LIMIT 1").get(kind, name) : this.db.prepare("SELECT * FROM versions WHERE kind = ? AND name = ? AND version = ?").get(kind, name, version);
        if (!row) {
          const what = version === void 0 ? `${kind} "${name}"` : `${kind} "${name}" version ${version}`;
          throw new NotFoundError(
            `no ${what}`,
            kind === "network" ? "list them with: interdict networks list" : "list them with: interdict datasets list"
          );
        }
        return toInfo(row);
      }
      async getNetwork(name, version) {
        const info = this.info("network", name, version);
        const row = this.db.prepare("SELECT body FROM networks WHERE name = ? AND version = ?").get(name, info.version);
        return { network: decodeNetwork(row.body), info };
      }
      latest(kind) {
        const rows = this.db.prepare(
          "SELECT v.* FROM versions v WHERE kind = ? AND version = (SELECT MAX(version) FROM versions w WHERE w.kind = v.kind AND w.name = v.name) ORDER BY name"
        ).all(kind);
        return rows.map(toInfo);
      }
      versions(kind, name) {
        const rows = this.db.prepare("SELECT * FROM versions WHERE kind = ? AND name = ? ORDER BY version").all(kind, name);
        if (rows.length === 0) this.info(kind, name);
        return rows.map(toInfo);
      }
      async listNetworks() {
        return this.latest("network");
      }
      async networkVersions(name) {
        return this.versions("network", name);
      }
      /**
       * Streams the entities into a staging table of this connection's temporary
       * database (no lock on the main file while the list is read), then
       * publishes the version in one short transaction. When another process
       * holds the write lock, the publish waits its turn (up to PUBLISH_WAIT_MS),
       * telling `meta.onWait` once.
       */
      async saveDataset(name, entities, meta) {
        const table2 = `temp.staging_${++this.stagings}`;
        this.db.exec(
          `CREATE TABLE ${table2} (id TEXT PRIMARY KEY, schema TEXT NOT NULL, hash TEXT NOT NULL, body TEXT NOT NULL) WITHOUT ROWID`
        );
        try {
          const insert = this.db.prepare(`INSERT INTO ${table2} VALUES (?, ?, ?, ?)`);
          const counts = {};
          const flush = this.db.transaction((batch2) => {
            for (const entity of batch2) {
              try {
                insert.run(
                  entity.id,
                  entity.schema,
                  hashString(entityFingerprint(entity)),
                  JSON.stringify(entity)
                );
              } catch (e) {
                if (e.code === "SQLITE_CONSTRAINT_PRIMARYKEY")
                  throw duplicateId(entity.id, name);
                throw e;
              }
              counts[entity.schema] = (counts[entity.schema] ?? 0) + 1;
            }
          });
          let batch = [];
          for await (const entity of entities) {
            batch.push(entity);
            if (batch.length >= 1e3) {
              flush(batch);
              batch = [];
            }
          }
          flush(batch);
          return await this.publish(() => {
            const version = this.nextVersion("dataset", name);
            this.db.prepare(`INSERT INTO entities SELECT ?, ?, id, schema, hash, body FROM ${table2}`).run(name, version);
            return this.insertVersion("dataset", name, version, meta, counts);
          }, meta.onWait);
        } finally {
          this.db.exec(`DROP TABLE IF EXISTS ${table2}`);
        }
      }
      /** Runs `write` as one IMMEDIATE transaction, retrying while another process holds the lock. */
      async publish(write, onWait) {
        const run = this.db.transaction(write);
        const start = Date.now();
        let told = false;
        for (; ; ) {
          this.db.pragma("busy_timeout = 200");
          try {
            return run.immediate();
          } catch (e) {
            if (e.code !== "SQLITE_BUSY") throw e;
            const waited = Date.now() - start;
            if (waited >= PUBLISH_WAIT_MS)
              throw new InterdictError(
                "E_CONFLICT",
                `another writer kept the database locked for ${Math.round(waited / 1e3)} s; nothing was stored`,
                void 0,
                "run the import again when the other import has finished"
              );
            if (!told) {
              told = true;
              onWait?.("another import is publishing to this database; waiting for it to finish");
            }
            await new Promise((r) => setTimeout(r, 50));
          } finally {
            this.db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
          }
        }
      }
      async listDatasets() {
        return this.latest("dataset");
      }
      async datasetVersions(name) {
        return this.versions("dataset", name);
      }
      async datasetInfo(name, version) {
        return this.info("dataset", name, version);
      }
      async *datasetEntities(name, version) {
        const info = this.info("dataset", name, version);
        const stmt = this.db.prepare("SELECT body FROM entities WHERE dataset = ? AND version = ? ORDER BY id");
        for (const row of stmt.iterate(name, info.version)) {
          yield JSON.parse(row.body);
        }
      }
      async getEntity(name, id, version) {
        const info = this.info("dataset", name, version);
        const row = this.db.prepare("SELECT body FROM entities WHERE dataset = ? AND version = ? AND id = ?").get(name, info.version, id);
        return row ? JSON.parse(row.body) : void 0;
      }
      async diffDatasets(name1, v1, name2, v2, options = {}) {
        const size = (info) => Object.values(info.counts).reduce((x, y) => x + y, 0);
        const from = { name: name1, version: v1, size: size(this.info("dataset", name1, v1)) };
        const to = { name: name2, version: v2, size: size(this.info("dataset", name2, v2)) };
        const first = this.db.prepare(
          "SELECT id, hash FROM entities WHERE dataset = ? AND version = ? ORDER BY id LIMIT ?"
        );
        const page = this.db.prepare(
          "SELECT id, hash FROM entities WHERE dataset = ? AND version = ? AND id > ? ORDER BY id LIMIT ?"
        );
        const bodies = this.db.prepare(
          "SELECT body FROM entities WHERE dataset = ? AND version = ? AND id IN (SELECT value FROM json_each(?))"
        );
        const source = {
          hashes: async (name, version, after, limit) => {
            await yieldToEventLoop();
            return after === null ? first.all(name, version, limit) : page.all(name, version, after, limit);
          },
          bodies: async (name, version, ids) => {
            await yieldToEventLoop();
            return bodies.all(name, version, JSON.stringify(ids)).map(
              (r) => JSON.parse(r.body)
            );
          },
          pause: yieldToEventLoop
        };
        return diffDatasetVersions(source, from, to, options);
      }
      async appendAudit(record) {
        const r = this.db.prepare(
          "INSERT INTO audit (at, key_id, action, dataset, dataset_version, query, results, request_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        ).run(
          record.at,
          record.keyId,
          record.action,
          record.dataset,
          record.datasetVersion,
          JSON.stringify(record.query),
          JSON.stringify(record.results),
          record.requestId ?? null
        );
        return { ...record, id: Number(r.lastInsertRowid) };
      }
      async listAudit(query = {}) {
        const where = [];
        const args = [];
        if (query.before !== void 0) {
          where.push("id < ?");
          args.push(query.before);
        }
        if (query.dataset !== void 0) {
          where.push("dataset = ?");
          args.push(query.dataset);
        }
        if (query.keyId !== void 0) {
          where.push("key_id = ?");
          args.push(query.keyId);
        }
        const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(" AND ")}` : ""} ORDER BY id DESC LIMIT ?`;
        const rows = this.db.prepare(sql).all(...args, query.limit ?? 100);
        return rows.map((row) => {
          const rec = {
            id: row.id,
            at: row.at,
            keyId: row.key_id,
            action: row.action,
            dataset: row.dataset,
            datasetVersion: row.dataset_version,
            query: JSON.parse(row.query),
            results: JSON.parse(row.results)
          };
          if (row.request_id !== null) rec.requestId = row.request_id;
          return rec;
        });
      }
      async close() {
        this.db.close();
      }
    };
  }
});

// bench/lib/entity-pairs.ts
var entity_pairs_exports = {};
__export(entity_pairs_exports, {
  buildEntityPairs: () => buildEntityPairs,
  unOfacLinks: () => unOfacLinks
});
function asQuery(e) {
  const properties = {};
  for (const p of COMPARED) if (e.properties[p]?.length) properties[p] = e.properties[p];
  return { id: e.id, schema: e.schema, properties, datasets: e.datasets };
}
function changed(a, b) {
  return COMPARED.some((p) => (a.properties[p] ?? []).join("") !== (b.properties[p] ?? []).join(""));
}
function unOfacLinks(un, ofac) {
  const byName = /* @__PURE__ */ new Map();
  const byId = /* @__PURE__ */ new Map();
  for (const e of ofac) {
    if (!PARTIES.has(e.schema)) continue;
    for (const n of values3(e, NAME_PROPS4)) {
      const k = nameKey2(n);
      if (!byName.has(k)) byName.set(k, []);
      byName.get(k)?.push(e);
    }
    for (const v of idValues(e)) if (v.length >= 6) byId.set(v, e);
  }
  const links = /* @__PURE__ */ new Map();
  for (const u of un) {
    if (!PARTIES.has(u.schema)) continue;
    let hit;
    for (const v of idValues(u)) if (v.length >= 6 && byId.get(v)?.schema === u.schema) hit ??= byId.get(v);
    if (!hit) {
      const dates = new Set(u.properties.birthDate ?? []);
      for (const n of values3(u, NAME_PROPS4)) {
        for (const e of byName.get(nameKey2(n)) ?? []) {
          if (e.schema !== u.schema) continue;
          const sameDate = (e.properties.birthDate ?? []).some((d) => dates.has(d));
          if (sameDate || u.schema !== "Person" && !dates.size) hit ??= e;
        }
      }
    }
    if (hit) links.set(u.id, hit.id);
  }
  return links;
}
function buildEntityPairs({ current, older, closest: closest2 }, perCategory = 1500) {
  const byId = new Map(current.map((e) => [e.id, e]));
  const sample = (xs) => xs.sort((a, b) => hash(`pick:${a.key}`) - hash(`pick:${b.key}`)).slice(0, perCategory);
  const out = [];
  const moved = sample(
    older.filter((o) => PARTIES.has(o.schema)).flatMap((o) => {
      const n = byId.get(o.id);
      return n && n.schema === o.schema && changed(o, n) ? [{ key: o.id, o, n }] : [];
    })
  );
  for (const { key, o, n } of moved)
    out.push({
      category: `same entry, SDN 2019 \u2192 2021, fields changed (${o.schema === "Person" ? "person" : "org"})`,
      query: asQuery(o),
      candidate: n,
      label: 1,
      split: splitOf2(key)
    });
  const un = current.filter((e) => e.datasets?.includes("un_sc_sanctions"));
  const ofac = current.filter((e) => e.id.startsWith("ofac-"));
  const links = unOfacLinks(un, ofac);
  for (const { key, u, o } of sample(
    [...links].flatMap(([u2, o2]) => {
      const a = byId.get(u2);
      const b = byId.get(o2);
      return a && b ? [{ key: u2, u: a, o: b }] : [];
    })
  ))
    out.push({ category: "same person or body, UN and OFAC", query: asQuery(u), candidate: o, label: 1, split: splitOf2(key) });
  const linked = new Set([...links].flatMap(([u, o]) => [`${u}|${o}`, `${o}|${u}`]));
  const listOf = (e) => e.datasets?.[0] ?? "";
  for (const family of ["person", "org"]) {
    const pool = sample(
      current.filter((e) => PARTIES.has(e.schema) && e.schema === "Person" === (family === "person")).map((e) => ({ key: `neg:${e.id}`, e }))
    );
    for (const { e } of pool) {
      const other = closest2(e).map((id) => byId.get(id)).find((c) => c && c.id !== e.id && listOf(c) === listOf(e) && !linked.has(`${e.id}|${c.id}`));
      if (!other) continue;
      out.push({
        category: `another entry of the list, closest by name (${family})`,
        query: asQuery(e),
        candidate: other,
        label: 0,
        split: splitOf2(e.id)
      });
    }
  }
  return out;
}
var NAME_PROPS4, ID_PROPS2, COMPARED, PARTIES, splitOf2, nameKey2, values3, idValues;
var init_entity_pairs = __esm({
  "bench/lib/entity-pairs.ts"() {
    "use strict";
    init_match();
    init_labelled();
    NAME_PROPS4 = ["name", "alias", "weakAlias", "previousName"];
    ID_PROPS2 = ["idNumber", "passportNumber", "registrationNumber", "taxNumber", "imoNumber", "leiCode"];
    COMPARED = [...NAME_PROPS4, "birthDate", "nationality", "country", "citizenship", "gender", ...ID_PROPS2];
    PARTIES = /* @__PURE__ */ new Set(["Person", "Organization", "Company", "LegalEntity"]);
    splitOf2 = (key) => hash(`split:${key}`) % 10 < 3 ? "tune" : "held-out";
    nameKey2 = (s) => {
      const i = s.indexOf(",");
      const ordered = i > 0 && s.indexOf(",", i + 1) < 0 ? `${s.slice(i + 1)} ${s.slice(0, i)}` : s;
      return foldText(ordered).split(" ").filter(Boolean).sort().join(" ");
    };
    values3 = (e, props) => props.flatMap((p) => e.properties[p] ?? []);
    idValues = (e) => new Set(values3(e, ID_PROPS2).map((v) => v.replace(/[^0-9A-Za-z]/g, "").toUpperCase()));
  }
});

// .scratch/dev.ts
init_match();
init_labelled();
import { performance } from "node:perf_hooks";

// bench/lib/evaluate.ts
var empty = () => ({ n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });
function count(pairs, scores, threshold) {
  const c = empty();
  pairs.forEach((p, i) => {
    const hit = scores[i] >= threshold;
    c.n++;
    if (p.label === 1) {
      if (hit) c.tp++;
      else c.fn++;
    } else if (hit) c.fp++;
    else c.tn++;
  });
  return c;
}
function prf(c) {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : NaN;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : NaN;
  const f1 = p + r ? 2 * p * r / (p + r) : NaN;
  return { p, r, f1 };
}
function overall(pairs, scores, threshold) {
  return prf(count(pairs, scores, threshold));
}

// bench/lib/lists.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
init_import_list();
import { parse } from "csv-parse/sync";

// src/service/screening.ts
init_match();
init_entity();
init_errors();

// src/service/algorithms.ts
init_match();
init_errors();
var NAME_FEATURE = /name|phonetic|schema/;
function featureDocs(filter) {
  return Object.fromEntries(
    FEATURES.filter((f) => filter(f.id)).map((f) => [
      f.id,
      { description: f.description, coefficient: f.weight }
    ])
  );
}
function configDocs(features) {
  const config = {
    candidates: {
      type: "integer",
      default: 30,
      minimum: 1,
      maximum: 200,
      description: "Candidates taken from the index and fully scored for each query."
    },
    name_align_threshold: {
      type: "number",
      default: NAME_DEFAULTS.alignThreshold,
      minimum: 0,
      maximum: 1,
      description: "Lowest similarity at which two name parts count as aligned."
    },
    name_initial_match: {
      type: "number",
      default: NAME_DEFAULTS.initialMatch,
      minimum: 0,
      maximum: 1,
      description: "Similarity of an initial to a name part starting with that letter."
    }
  };
  for (const [id, f] of Object.entries(features))
    config[`weight_${id}`] = {
      type: "number",
      default: f.coefficient,
      minimum: -2,
      maximum: 2,
      description: `Weight of the ${id} feature (${f.description}).`
    };
  return config;
}
function algorithm(name, description, filter) {
  const features = featureDocs(filter);
  return { name, description, features, config: configDocs(features) };
}
var ALGORITHMS = [
  algorithm(
    "interdict-v1",
    "Names (typo-tolerant, transliterated, phonetic), identifiers, birth dates, countries, gender and schema, each an explained feature with a weight.",
    () => true
  ),
  algorithm(
    "name-only",
    "Names and schema only: identifiers, dates and countries are ignored.",
    (id) => NAME_FEATURE.test(id)
  )
];

// src/service/query.ts
init_countries();
init_errors();
var THING = [
  "name",
  "alias",
  "previousName",
  "weakAlias",
  "country",
  "address",
  "addressEntity",
  "summary",
  "description",
  "notes",
  "topics",
  "keywords",
  "sourceUrl",
  "wikidataId",
  "program"
];
var LEGAL_ENTITY = [
  ...THING,
  "email",
  "phone",
  "website",
  "legalForm",
  "incorporationDate",
  "dissolutionDate",
  "status",
  "sector",
  "classification",
  "registrationNumber",
  "idNumber",
  "taxNumber",
  "innCode",
  "ogrnCode",
  "leiCode",
  "dunsCode",
  "swiftBic",
  "vatCode",
  "okpoCode",
  "jurisdiction",
  "mainCountry"
];
var PERSON = [
  ...LEGAL_ENTITY,
  "firstName",
  "secondName",
  "middleName",
  "fatherName",
  "motherName",
  "lastName",
  "title",
  "birthDate",
  "birthPlace",
  "birthCountry",
  "deathDate",
  "nationality",
  "citizenship",
  "gender",
  "passportNumber",
  "socialSecurityNumber",
  "position",
  "religion",
  "ethnicity",
  "education"
];
var ORGANIZATION = [...LEGAL_ENTITY, "cikCode", "permId"];
var VESSEL = [
  ...THING,
  "imoNumber",
  "mmsi",
  "callSign",
  "flag",
  "pastFlags",
  "type",
  "buildDate",
  "registrationNumber",
  "registrationPort",
  "tonnage",
  "grossRegisteredTonnage",
  "navigationArea"
];
var AIRPLANE = [
  ...THING,
  "serialNumber",
  "icaoCode",
  "model",
  "manufacturer",
  "type",
  "registrationNumber",
  "buildDate"
];
var QUERY_PROPERTIES = {
  // A Thing query may carry any property of the schemata below: it matches all of them.
  Thing: /* @__PURE__ */ new Set([...PERSON, ...ORGANIZATION, ...VESSEL, ...AIRPLANE]),
  LegalEntity: /* @__PURE__ */ new Set([...PERSON, ...ORGANIZATION]),
  Person: new Set(PERSON),
  Organization: new Set(ORGANIZATION),
  Company: /* @__PURE__ */ new Set([...ORGANIZATION, "capital", "ticker", "isinCode"]),
  PublicBody: new Set(ORGANIZATION),
  Vessel: new Set(VESSEL),
  Airplane: new Set(AIRPLANE)
};

// src/service/screening.ts
var MATCHABLE = new Set(NODE_SCHEMATA.filter((s) => s !== "Country"));
var REFERENCE_PROPERTIES = /* @__PURE__ */ new Set([
  "entity",
  "holder",
  "addressEntity",
  ...Object.values(EDGE_SCHEMATA).flatMap((e) => [e.source, e.target])
]);

// bench/lib/lists.ts
init_sqlite_store();
init_match();
function dataPath(rel) {
  return `${process.env.INTERDICT_DATA ?? `${process.cwd()}/../shared/data`}/${rel}`;
}
var NON_LATIN = /* @__PURE__ */ new Set(["arabic", "hebrew", "cyrillic", "greek"]);
var NAME_PROPS3 = ["name", "alias", "previousName", "weakAlias"];
function isNative(s) {
  const f = foldText(s);
  return f !== "" && f.split(" ").some((w) => NON_LATIN.has(scriptOf(w)));
}
function originalScriptName(e) {
  const record = e.properties.sourceRecord?.[0] ?? "";
  const json = record.slice(record.indexOf(": ") + 2);
  try {
    return JSON.parse(json).NAME_ORIGINAL_SCRIPT;
  } catch {
    return void 0;
  }
}
async function loadLists(dbPath) {
  const store = new SqliteStore(dbPath);
  const entities = [];
  const un = { entities: [], native: [] };
  try {
    for (const d of await store.listDatasets()) {
      for await (const e of store.datasetEntities(d.name, d.version)) {
        if (!MATCHABLE.has(e.schema)) continue;
        const entity = { ...e, datasets: [d.name] };
        if (d.name === "un_sc_sanctions") {
          const original = originalScriptName(e);
          if (original && isNative(original)) {
            un.native.push({ id: e.id, name: original });
            for (const p of NAME_PROPS3) {
              const values4 = entity.properties[p];
              if (values4?.includes(original))
                entity.properties = { ...entity.properties, [p]: values4.filter((n) => n !== original) };
            }
          }
          un.entities.push(entity);
        }
        entities.push(entity);
      }
    }
  } finally {
    await store.close();
  }
  return { entities, un };
}
function readTable(path) {
  return parse(readFileSync2(path, "utf8"), {
    columns: true,
    relax_quotes: true,
    skip_empty_lines: true
  });
}

// .scratch/dev.ts
var mode = process.argv[2] ?? "fp";
var SETS = JSON.parse(process.env.OPTS ?? "[{}]");
var NAME = NAME_DEFAULTS;
var SC = SCORE_DEFAULTS;
var lists = await loadLists("/tmp/matcher-lists.sqlite");
var t0 = performance.now();
var index = buildIndexSync(lists.entities);
console.error(`index ${(performance.now() - t0).toFixed(0)} ms, ${index.size}`);
for (const set of SETS) {
  NAME = { ...NAME_DEFAULTS, ...set };
  SC = { ...SCORE_DEFAULTS, name: NAME };
  console.log(JSON.stringify(set));
  if (mode === "fp") {
    const rows = ["negatives-global-1k.csv", "negatives-us-1k.csv"].flatMap((f) => readTable(dataPath(`matching/${f}`)));
    const given = rows.map((r) => r.first_name ?? "").filter(Boolean);
    const family = rows.map((r) => r.last_name ?? "").filter(Boolean);
    const from = Number(process.argv[3] ?? 1e5), n = Number(process.argv[4] ?? 2e4);
    let fp = 0;
    const ex = [];
    const t = performance.now();
    const c0 = process.cpuUsage();
    for (let i = from; i < from + n; i++) {
      const a = given[i * 7919 % given.length];
      const b = family[(i * 104729 + Math.floor(i / given.length)) % family.length];
      const r = screen(index, { schema: "Person", properties: { name: [`${a} ${b}`] } }, { scoring: SC });
      if (r.some((m) => m.match)) {
        fp++;
        ex.push(`${a} ${b} \u2192 ${r[0]?.caption} ${r[0]?.score} | ${r[0]?.explanations[0]?.detail}`);
      }
    }
    {
      const c = process.cpuUsage(c0);
      console.log(`fp ${fp}/${n} = ${(100 * fp / n).toFixed(2)}% in ${((performance.now() - t) / 1e3).toFixed(1)} s wall, ${((c.user + c.system) / 1e3 / n).toFixed(3)} ms CPU/query`);
    }
    if (process.env.V) console.log(ex.join("\n"));
  } else if (mode === "lab") {
    const split = process.argv[3] ?? "tune";
    const pairs = buildLabelled({ entities: lists.entities, native: lists.un.native }).filter((p) => p.split === split);
    const scores = pairs.map((p) => {
      if (p.fields) {
        const a = factsOf({ schema: p.schema, properties: p.fields });
        const b = factsOf({ schema: p.schema, properties: { name: [p.b] } });
        return score(a, b, { ...SC, tokens: index }).score;
      }
      return scorePair(p.a, p.b, p.schema, { scoring: { ...SC, tokens: index } }).score;
    });
    const mixed = pairs.map((p, i) => [p, i]).filter(([p]) => !p.category.startsWith("alias, no shared part"));
    const o = overall(mixed.map(([p]) => p), mixed.map(([, i]) => scores[i]), 0.7);
    console.log(`${split} mixed P ${o.p.toFixed(3)} R ${o.r.toFixed(3)} F1 ${o.f1.toFixed(3)}`);
    const byScript = {};
    pairs.forEach((p, i) => {
      if (!p.category.startsWith("cross-script")) return;
      const s = byScript[p.script] ??= [0, 0];
      s[1]++;
      if (scores[i] >= 0.7) s[0]++;
    });
    console.log(Object.entries(byScript).map(([k, [h, n]]) => `${k} ${(100 * h / n).toFixed(1)}`).join(", "));
    if (process.env.V) pairs.forEach((p, i) => {
      if (p.label === 1 !== scores[i] >= 0.7 && p.category.includes(process.env.V)) console.log(p.category, "|", p.a, "|", p.b, scores[i]);
    });
  }
}
if (mode === "ent") {
  const { buildEntityPairs: buildEntityPairs2 } = await Promise.resolve().then(() => (init_entity_pairs(), entity_pairs_exports));
  const { SqliteStore: SqliteStore2 } = await Promise.resolve().then(() => (init_sqlite_store(), sqlite_store_exports));
  const { importList: importList2 } = await Promise.resolve().then(() => (init_import_list(), import_list_exports));
  const { existsSync: existsSync3 } = await import("node:fs");
  const p19 = "/tmp/matcher-2019.sqlite";
  if (!existsSync3(p19)) {
    const st = new SqliteStore2(p19);
    await importList2(st, { format: "ofac-csv", path: dataPath("ofac-sdn-2019-01"), allowMissingMarker: true });
    await st.close();
  }
  const older = (await loadLists(p19)).entities;
  const t = performance.now();
  const pairs = buildEntityPairs2({ current: lists.entities, older, closest: (e) => screen(index, { schema: e.schema, properties: { name: e.properties.name ?? [] } }, { limit: 5, cutoff: 0 }).map((m) => m.id) });
  console.log(`built ${pairs.length} in ${((performance.now() - t) / 1e3).toFixed(1)} s`);
  const cats = /* @__PURE__ */ new Map();
  for (const split of ["tune", "held-out"]) {
    let right = 0, n = 0;
    for (const p of pairs.filter((x) => x.split === split)) {
      const s = score(factsOf(p.query), factsOf(p.candidate), { ...SC, tokens: index }).score;
      const ok = s >= 0.7 === (p.label === 1);
      right += ok ? 1 : 0;
      n++;
      const c = cats.get(`${split} ${p.category}`) ?? [0, 0];
      c[0] += ok ? 1 : 0;
      c[1]++;
      cats.set(`${split} ${p.category}`, c);
      if (!ok && process.env.V && split === "tune") console.log("WRONG", p.category, s, JSON.stringify(p.query.properties.name), p.query.properties.birthDate, "|", JSON.stringify(p.candidate.properties.name), p.candidate.properties.birthDate);
    }
    console.log(split, `${right}/${n} = ${(100 * right / n).toFixed(1)}%`);
  }
  for (const [k, [a, b]] of cats) console.log(`  ${k}: ${a}/${b}`);
}
