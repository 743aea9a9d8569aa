// Records of OFAC's legacy CSV files: quoted fields may hold commas and, in
// principle, line breaks; `-0-` marks an empty field; 0x1A ends the file.

import { InputError } from '../model/errors.js';

export interface CsvRecord {
  /** Field values, `-0-` already turned into ''. */
  fields: string[];
  /** 1-based line where the record starts. */
  line: number;
  /** The record as it stood in the file, for provenance. */
  raw: string;
}

/** An unquoted `-0-` (some trimmed copies end in `-0`) means "no value". */
function clean(value: string, quoted: boolean): string {
  if (quoted) return value;
  const v = value.trim();
  return v === '-0-' || v === '-0' ? '' : v;
}

/** Splits one record; returns undefined if a quoted field is still open at the end. */
export function splitOfacRecord(text: string): string[] | undefined {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q < 0) return undefined;
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      // Tolerate stray spaces between the closing quote and the comma.
      const comma = text.indexOf(',', j);
      fields.push(clean(value, true));
      if (comma < 0) return fields;
      i = comma + 1;
    } else {
      const comma = text.indexOf(',', i);
      fields.push(clean(comma < 0 ? text.slice(i) : text.slice(i, comma), false));
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}

function hasControlChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) return i;
  }
  return -1;
}

/**
 * Streams records from the lines of one file. A record whose quote is still
 * open when the file ends means the file was cut short.
 */
export async function* ofacCsvRecords(
  file: string,
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<CsvRecord> {
  let lineNo = 0;
  let pending = '';
  let start = 0;
  for await (const rawLine of lines) {
    lineNo++;
    let text = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    const eof = text.indexOf('\u001a');
    if (eof >= 0) text = text.slice(0, eof);
    if (lineNo === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const bad = hasControlChar(text);
    if (bad >= 0) {
      throw new InputError(
        'E_PARSE',
        `unexpected byte 0x${text.charCodeAt(bad).toString(16).padStart(2, '0')} — the file is not Latin-1 or UTF-8 text`,
        { file, line: lineNo, column: bad + 1 },
        'download the CSV again from OFAC; UTF-16 or binary files cannot be read',
      );
    }
    if (pending === '') {
      if (text.trim() === '') continue;
      start = lineNo;
      pending = text;
    } else {
      pending += '\n' + text;
    }
    const fields = splitOfacRecord(pending);
    if (!fields) continue;
    yield { fields, line: start, raw: pending };
    pending = '';
  }
  if (pending !== '') {
    throw new InputError(
      'E_PARSE',
      'the file ends inside a quoted field: it looks truncated',
      { file, line: start },
      'download the complete file again',
    );
  }
}
