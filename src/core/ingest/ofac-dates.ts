// OFAC date phrases ("24 Jul 1964", "Jan 1960", "circa 1960", "1960 to 1962")
// as FtM date values: ISO prefixes, and every year of a range.

const MONTHS: Record<string, string> = {
  jan: '01',
  feb: '02',
  mar: '03',
  apr: '04',
  may: '05',
  jun: '06',
  jul: '07',
  aug: '08',
  sep: '09',
  oct: '10',
  nov: '11',
  dec: '12',
};

/** Ranges longer than this give their end years only, not every year. */
export const MAX_RANGE_YEARS = 20;

/** One date: "24 Jul 1964" → 1964-07-24, "Jul 1964" → 1964-07, "1964" → 1964. */
export function parseOfacDate(text: string): string | undefined {
  const t = text.trim().replace(/\.$/, '');
  let m = /^(\d{1,2}) ([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? `${m[3]}-${month}-${m[1]!.padStart(2, '0')}` : undefined;
  }
  m = /^([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(t);
  if (m) {
    const month = MONTHS[m[1]!.toLowerCase()];
    return month ? `${m[2]}-${month}` : undefined;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t) ?? /^(\d{4})-(\d{2})$/.exec(t) ?? /^(\d{4})$/.exec(t);
  if (m) return t;
  m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(t); // US order, used in the XML's Publish_Date
  if (m) return `${m[3]}-${m[1]}-${m[2]}`;
  return undefined;
}

/**
 * A date phrase, possibly "circa" or a range, as a list of FtM dates. An
 * approximate date keeps its precision; a range lists its years so that a
 * year comparison finds any of them. Returns [] when the phrase is not a date.
 */
export function parseOfacDatePhrase(text: string): string[] {
  const t = text
    .trim()
    .replace(/^circa\s+/i, '')
    .replace(/^(approximately|approx\.)\s+/i, '');
  const range = /^(.+?)\s*(?:\bto\b|-(?=\s*\d{4}$))\s*(.+)$/.exec(t);
  if (range && !/^\d{4}-\d{2}(-\d{2})?$/.test(t)) {
    const from = parseOfacDate(range[1]!);
    const to = parseOfacDate(range[2]!);
    if (!from || !to) return [];
    return yearsBetween(from, to);
  }
  const single = parseOfacDate(t);
  return single ? [single] : [];
}

/** Both ends, with every year between them when the span is short. */
export function yearsBetween(from: string, to: string): string[] {
  const y1 = Number(from.slice(0, 4));
  const y2 = Number(to.slice(0, 4));
  if (y2 < y1 || y2 - y1 > MAX_RANGE_YEARS) return [from, to];
  const out = [from];
  for (let y = y1 + 1; y < y2; y++) out.push(String(y));
  if (to !== from) out.push(to);
  return out;
}
