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

export interface CsvRecordOptions {
  /** The file must end with the 0x1A byte (OFAC writes it; a file cut at a line boundary lacks it). */
  requireEndMarker?: boolean;
}

/**
 * Streams records from the lines of one file. A record whose quote is still
 * open when the file ends means the file was cut short, and so does a
 * missing 0x1A end byte when `requireEndMarker` is set; anything but blank
 * space after that byte is refused.
 */
export async function* ofacCsvRecords(
  file: string,
  lines: AsyncIterable<string> | Iterable<string>,
  options: CsvRecordOptions = {},
): AsyncGenerator<CsvRecord> {
  let lineNo = 0;
  let pending: string[] = [];
  let start = 0;
  let ended = false;
  let markerLine = 0;
  for await (const rawLine of lines) {
    lineNo++;
    let text = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (ended) {
      if (text.trim() === '') continue;
      throw afterMarker(file, lineNo, markerLine);
    }
    const eof = text.indexOf('\u001a');
    if (eof >= 0) {
      if (text.slice(eof + 1).trim() !== '') throw afterMarker(file, lineNo, lineNo);
      text = text.slice(0, eof);
      ended = true;
      markerLine = lineNo;
    }
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
    if (pending.length === 0) {
      if (text.trim() === '') continue;
      start = lineNo;
      // A lone line is split at once; only a line whose quote stays open is kept.
      const fields = splitOfacRecord(text);
      if (fields) {
        yield { fields, line: start, raw: text };
        continue;
      }
      pending.push(text);
      continue;
    }
    pending.push(text);
    // A quoted field closes on a line holding a quote: only then is the record split again.
    if (!text.includes('"')) {
      if (pending.length > MAX_RECORD_LINES) throw openQuote(file, start);
      continue;
    }
    const raw = pending.join('\n');
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
      'E_PARSE',
      'the file does not end with the 0x1A end byte OFAC writes: it looks cut short',
      { file, line: lineNo + 1 },
      'download the complete set again (an archived copy whose end byte was removed can be accepted with {allowMissingMarker})',
    );
  }
}

/** A record longer than this many lines is an unclosed quote, not a field with line breaks. */
export const MAX_RECORD_LINES = 64;

function openQuote(file: string, line: number, atEnd = false): InputError {
  return new InputError(
    'E_PARSE',
    atEnd
      ? 'the file ends inside a quoted field: it looks truncated'
      : `a quoted field stays open for more than ${MAX_RECORD_LINES} lines: the file is damaged`,
    { file, line },
    'download the complete file again',
  );
}

function afterMarker(file: string, line: number, markerLine: number): InputError {
  return new InputError(
    'E_PARSE',
    `rows follow the 0x1A end byte (line ${markerLine}): the file was joined with other content`,
    { file, line },
    'download the file again; OFAC files end at that byte',
  );
}
