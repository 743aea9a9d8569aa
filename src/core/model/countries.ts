// ISO 3166-1 alpha-2 country codes with their English short names and the
// common other names lists and users write ("Russia", "Iran", "Burma"), so a
// country given by name or code compares as one value. Kosovo's user-assigned
// code XK is included, as sanctions lists use it.

const TABLE = `ad:Andorra|ae:United Arab Emirates;UAE;Emirates|af:Afghanistan|ag:Antigua and Barbuda|ai:Anguilla
al:Albania|am:Armenia|ao:Angola|aq:Antarctica|ar:Argentina|as:American Samoa|at:Austria|au:Australia|aw:Aruba
ax:Åland Islands;Aland Islands|az:Azerbaijan|ba:Bosnia and Herzegovina;Bosnia|bb:Barbados|bd:Bangladesh
be:Belgium|bf:Burkina Faso|bg:Bulgaria|bh:Bahrain|bi:Burundi|bj:Benin|bl:Saint Barthélemy|bm:Bermuda
bn:Brunei Darussalam;Brunei|bo:Bolivia;Plurinational State of Bolivia|bq:Bonaire, Sint Eustatius and Saba
br:Brazil|bs:Bahamas;The Bahamas|bt:Bhutan|bv:Bouvet Island|bw:Botswana|by:Belarus|bz:Belize|ca:Canada
cc:Cocos (Keeling) Islands|cd:Congo, Democratic Republic of the;Democratic Republic of the Congo;DR Congo;DRC;Congo-Kinshasa;Zaire
cf:Central African Republic|cg:Congo;Republic of the Congo;Congo-Brazzaville|ch:Switzerland|ci:Côte d'Ivoire;Cote d'Ivoire;Ivory Coast
ck:Cook Islands|cl:Chile|cm:Cameroon|cn:China;People's Republic of China;PRC|co:Colombia|cr:Costa Rica|cu:Cuba
cv:Cabo Verde;Cape Verde|cw:Curaçao;Curacao|cx:Christmas Island|cy:Cyprus|cz:Czechia;Czech Republic|de:Germany
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
pt:Portugal|pw:Palau|py:Paraguay|qa:Qatar|re:Réunion;Reunion|ro:Romania|rs:Serbia|ru:Russia;Russian Federation
rw:Rwanda|sa:Saudi Arabia|sb:Solomon Islands|sc:Seychelles|sd:Sudan|se:Sweden|sg:Singapore|sh:Saint Helena
si:Slovenia|sj:Svalbard and Jan Mayen|sk:Slovakia|sl:Sierra Leone|sm:San Marino|sn:Senegal|so:Somalia
sr:Suriname|ss:South Sudan|st:Sao Tome and Principe|sv:El Salvador|sx:Sint Maarten|sy:Syria;Syrian Arab Republic
sz:Eswatini;Swaziland|tc:Turks and Caicos Islands|td:Chad|tf:French Southern Territories|tg:Togo|th:Thailand
tj:Tajikistan|tk:Tokelau|tl:Timor-Leste;East Timor|tm:Turkmenistan|tn:Tunisia|to:Tonga|tr:Türkiye;Turkey
tt:Trinidad and Tobago|tv:Tuvalu|tw:Taiwan|tz:Tanzania;United Republic of Tanzania|ua:Ukraine|ug:Uganda
um:United States Minor Outlying Islands|us:United States;United States of America;USA;US;America|uy:Uruguay
uz:Uzbekistan|va:Holy See;Vatican;Vatican City|vc:Saint Vincent and the Grenadines|ve:Venezuela;Bolivarian Republic of Venezuela
vg:British Virgin Islands;Virgin Islands, British|vi:U.S. Virgin Islands;Virgin Islands, U.S.|vn:Viet Nam;Vietnam
vu:Vanuatu|wf:Wallis and Futuna|ws:Samoa|xk:Kosovo|ye:Yemen|yt:Mayotte|za:South Africa|zm:Zambia|zw:Zimbabwe`;

/** Lower case, accents and punctuation folded to spaces: the comparison form of a country name. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

import { closest } from './suggest.js';

let byKey: Map<string, string> | undefined;
let names: Map<string, string> | undefined;

function tables(): { byKey: Map<string, string>; names: Map<string, string> } {
  if (!byKey || !names) {
    byKey = new Map();
    names = new Map();
    for (const entry of TABLE.split(/[|\n]/)) {
      const [code, list] = entry.split(':') as [string, string];
      const all = list.split(';');
      names.set(code, all[0]!);
      byKey.set(code, code);
      for (const n of all) byKey.set(fold(n), code);
    }
  }
  return { byKey, names };
}

/** The ISO 3166-1 alpha-2 code (lower case) of a country given by code or name; undefined when unknown. */
export function countryCode(value: string): string | undefined {
  const key = fold(value);
  if (!key) return undefined;
  const { byKey: t } = tables();
  return t.get(key) ?? t.get(key.replace(/^the /, ''));
}

/** The English short name of a code. */
export function countryName(code: string): string | undefined {
  return tables().names.get(code.toLowerCase());
}

/**
 * The country a mistyped value most likely meant, as `Name (code)`: the
 * closest name or other name by edit distance; undefined when none is close.
 */
export function suggestCountry(value: string): string | undefined {
  const key = fold(value);
  if (key.length < 3) return undefined;
  const t = tables();
  const keys = [...t.byKey.keys()].filter((k) => k.length > 2);
  const near = closest(key, keys);
  if (near === undefined) return undefined;
  const code = t.byKey.get(near)!;
  return `${t.names.get(code)} (${code})`;
}

/** Every code, sorted. */
export function countryCodes(): string[] {
  return [...tables().names.keys()].sort();
}
