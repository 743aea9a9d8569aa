// Reads a text file as decoded lines without loading it whole: splits on the
// 0x0A byte, decodes UTF-8 (strict) or Latin-1, and rejects UTF-16 early.

import { createReadStream } from 'node:fs';
import { InputError } from '../../core/model/errors.js';

/** utf-8: strict; latin1: every byte is a character; auto: UTF-8 where a line is valid UTF-8, else Latin-1. */
export type TextEncoding = 'utf-8' | 'latin1' | 'auto';

export interface DecodeOptions {
  encoding: TextEncoding;
  /** Name used in error messages (defaults to the path). */
  name?: string;
  /** Called with the number of bytes consumed, for progress. */
  onBytes?: (bytes: number) => void;
  /** Longest line accepted, bytes (default MAX_LINE_BYTES): memory stays bounded whatever the file. */
  maxLineBytes?: number;
}

/** The longest line read by default: 64 MiB. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

function nulError(name: string, line: number, column: number): InputError {
  return new InputError(
    'E_PARSE',
    'a NUL byte (0x00): the file is binary or damaged, not text',
    { file: name, line, column },
    'give the text file itself; remove the NUL bytes if it is damaged',
  );
}

function longLineError(name: string, line: number, max: number): InputError {
  return new InputError(
    'E_PARSE',
    `line is longer than ${Math.round(max / 1024 / 1024)} MiB`,
    { file: name, line },
    'records are one per line: the file is not in this format, or it lacks its line breaks',
  );
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

function utf16Error(name: string): InputError {
  return new InputError(
    'E_PARSE',
    'the file is UTF-16 text, not UTF-8 or Latin-1',
    { file: name, line: 1, column: 1 },
    'save or download it as UTF-8',
  );
}

function decodeLine(bytes: Uint8Array, encoding: TextEncoding, name: string, line: number): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw nulError(name, line, nul + 1);
  if (encoding === 'latin1') return latin1.decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    if (encoding === 'auto') return latin1.decode(bytes);
    // The replacement character marks the first bad sequence; its byte offset is the column.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const column = Buffer.byteLength(lenient.slice(0, Math.max(0, lenient.indexOf('\ufffd')))) + 1;
    throw new InputError(
      'E_PARSE',
      `invalid UTF-8: byte 0x${bytes[column - 1]?.toString(16) ?? '??'} at byte ${column} of the line`,
      { file: name, line, column },
      'the file is not UTF-8: download it again, or convert it from its real encoding',
    );
  }
}

/**
 * The file's lines, without their \n (a trailing \r is left for the parser).
 * A line's pieces are joined once, when its end is found: time stays linear
 * in the file's size however long a line is.
 */
export async function* decodeLines(path: string, options: DecodeOptions): AsyncGenerator<string> {
  const name = options.name ?? path;
  const max = options.maxLineBytes ?? MAX_LINE_BYTES;
  // The unfinished line: pieces copied out of the reader's buffers, and their total length.
  let pieces: Uint8Array[] = [];
  let pending = 0;
  let line = 0;
  let first = true;
  const take = (tail: Uint8Array): Uint8Array => {
    if (pieces.length === 0) return tail;
    const whole = Buffer.concat([...pieces, tail], pending + tail.length);
    pieces = [];
    pending = 0;
    return whole;
  };
  for await (const raw of createReadStream(path, { highWaterMark: 1 << 16 })) {
    let chunk: Uint8Array = raw as Buffer;
    options.onBytes?.(chunk.length);
    if (first) {
      first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
        throw utf16Error(name);
      // UTF-16 text of Latin letters is every other byte NUL; a stray NUL is reported on its line.
      const headBytes = chunk.subarray(0, 64);
      if (headBytes.length > 1 && headBytes.filter((b) => b === 0).length * 4 >= headBytes.length)
        throw utf16Error(name);
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl >= 0; nl = chunk.indexOf(0x0a, start)) {
      if (pending + nl - start > max) throw longLineError(name, line + 1, max);
      yield decodeLine(take(chunk.subarray(start, nl)), options.encoding, name, ++line);
      start = nl + 1;
    }
    if (start < chunk.length) {
      // Copy so the reader's buffer can be released.
      pieces.push(Uint8Array.from(chunk.subarray(start)));
      pending += chunk.length - start;
      if (pending > max) throw longLineError(name, line + 1, max);
    }
  }
  if (pending > 0) yield decodeLine(take(new Uint8Array(0)), options.encoding, name, ++line);
}

/** Lines with their \n restored, for parsers that take text chunks (XML). */
export async function* decodeChunks(path: string, options: DecodeOptions): AsyncGenerator<string> {
  for await (const line of decodeLines(path, options)) yield line + '\n';
}
