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

/** The file's lines, without their \n (a trailing \r is left for the parser). */
export async function* decodeLines(path: string, options: DecodeOptions): AsyncGenerator<string> {
  const name = options.name ?? path;
  let carry: Uint8Array = new Uint8Array(0);
  let line = 0;
  let first = true;
  for await (const raw of createReadStream(path, { highWaterMark: 1 << 16 })) {
    const chunk = raw as Buffer;
    options.onBytes?.(chunk.length);
    if (first) {
      first = false;
      if ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
        throw utf16Error(name);
      if (chunk.length > 1 && chunk.subarray(0, 64).includes(0)) throw utf16Error(name);
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
        carry = chunk.subarray(3);
        continue;
      }
    }
    let data: Uint8Array = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    let start = 0;
    for (let nl = data.indexOf(0x0a, start); nl >= 0; nl = data.indexOf(0x0a, start)) {
      yield decodeLine(data.subarray(start, nl), options.encoding, name, ++line);
      start = nl + 1;
    }
    data = data.subarray(start);
    // Copy so the reader's buffer can be released.
    carry = Uint8Array.from(data);
  }
  if (carry.length > 0) yield decodeLine(carry, options.encoding, name, ++line);
}

/** Lines with their \n restored, for parsers that take text chunks (XML). */
export async function* decodeChunks(path: string, options: DecodeOptions): AsyncGenerator<string> {
  for await (const line of decodeLines(path, options)) yield line + '\n';
}
