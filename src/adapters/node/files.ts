// File access for the CLI and server: text and line streams with the
// file name kept for error messages, and content hashes for provenance.

import { isAscii } from 'node:buffer';
import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { InputError, InterdictError } from '../../core/model/errors.js';
import { decodeLines } from './decode-lines.js';

export function assertReadable(path: string): void {
  if (!existsSync(path))
    throw new InterdictError('E_IO', `no such file: ${path}`, undefined, 'check the path');
  if (statSync(path).isDirectory())
    throw new InterdictError('E_IO', `${path} is a folder, not a file`, undefined, 'name a file');
}

/** The largest file read whole (scenarios, reports): 64 MiB. */
export const MAX_TEXT_BYTES = 64 * 1024 * 1024;

/**
 * A whole UTF-8 text file. Invalid UTF-8 and NUL bytes are refused with
 * their line and column, and so is a file larger than `maxBytes`.
 */
export function readText(path: string, maxBytes = MAX_TEXT_BYTES): string {
  assertReadable(path);
  const size = statSync(path).size;
  if (size > maxBytes)
    throw new InputError(
      'E_VALUE',
      `the file is ${(size / 1024 / 1024).toFixed(0)} MiB; files read whole are limited to ${Math.round(maxBytes / 1024 / 1024)} MiB`,
      { file: path },
      'a network this large belongs in FtM JSON lines or a CSV edge list, which are streamed',
    );
  return decodeText(readFileSync(path), path);
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });
type StrictDecoder = typeof strictUtf8;

/** Line and column (1-based, in bytes) of a byte offset. */
function position(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Checks one block of `file` and, when `decode` is set, decodes it as strict UTF-8 (with
 * `stream`, a character cut at the block's end is carried over to the next block). NUL and
 * invalid bytes are E_PARSE errors at their line and column in the file; `linesBefore`
 * counts the lines before the block and is called only for an error.
 */
function checkBlock(
  bytes: Uint8Array,
  file: string,
  decoder: StrictDecoder,
  linesBefore: () => number,
  opts: { stream: boolean; decode: boolean },
): string {
  const fail = (offset: number, message: string, hint: string): never => {
    const at = position(bytes, offset);
    throw new InputError(
      'E_PARSE',
      message,
      { file, line: linesBefore() + at.line, column: at.column },
      hint,
    );
  };
  const nul = bytes.indexOf(0);
  if (nul >= 0)
    fail(
      nul,
      'a NUL byte (0x00): the file is binary, UTF-16 or damaged, not UTF-8 text',
      'save it as UTF-8 text',
    );
  if (!opts.decode) return '';
  try {
    return decoder.decode(bytes, { stream: opts.stream });
  } catch {
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const offset = Buffer.byteLength(lenient.slice(0, Math.max(0, lenient.indexOf('\ufffd'))));
    return fail(
      offset,
      `invalid UTF-8: byte 0x${bytes[offset]?.toString(16).padStart(2, '0') ?? '??'}`,
      'the file is not UTF-8: convert it from its real encoding (e.g. iconv -f latin1 -t utf-8)',
    );
  }
}

/** What a streaming decoder still holds at the end of `file`; a file that ends inside a character is an error. */
function finishBlocks(decoder: StrictDecoder, file: string, lines: () => number): string {
  try {
    return decoder.decode();
  } catch {
    throw new InputError(
      'E_PARSE',
      'invalid UTF-8: the file ends inside a character',
      { file, line: lines() + 1 },
      'the file is cut short or not UTF-8',
    );
  }
}

/** Strict UTF-8 text of `bytes` (a leading BOM dropped); NUL and invalid bytes are located errors. */
export function decodeText(bytes: Uint8Array, file: string): string {
  return checkBlock(bytes, file, strictUtf8, () => 0, { stream: false, decode: true }).replace(/^\ufeff/, '');
}

/**
 * Lines of a UTF-8 file, streamed, without their line ends. Invalid UTF-8
 * and NUL bytes are refused with their line and column; lines are bounded
 * (see decodeLines). The file is opened on first iteration.
 */
export function readLines(path: string): AsyncIterable<string> {
  assertReadable(path);
  return {
    async *[Symbol.asyncIterator]() {
      for await (const line of decodeLines(path, { encoding: 'utf-8' }))
        yield line.endsWith('\r') ? line.slice(0, -1) : line;
    },
  };
}

/**
 * SHA-256 of a file. Node's crypto module (a few milliseconds to load) is loaded on the first
 * call, not with this module, which every command reading a file loads.
 */
export async function sha256File(path: string): Promise<string> {
  const { createHash } = await import('node:crypto');
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

/** Write a file so that readers see the old content or the whole new one, never a part. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/**
 * A file's bytes in fresh blocks of up to `size` bytes, read synchronously: a command reading
 * its input file has nothing else to do meanwhile, and a stream would cost a thread-pool round
 * trip per block (and load Node's stream modules) for no gain.
 */
function* fileBlocks(path: string, size = 1 << 20): Generator<Buffer> {
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const buf = Buffer.allocUnsafe(size);
      const n = readSync(fd, buf, 0, size, null);
      if (n <= 0) return;
      yield n === size ? buf : buf.subarray(0, n);
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * A UTF-8 file as bytes in blocks of about 1 MB, read block by block, for the byte scanners of large
 * files: the same checks as `readChunks` (NUL bytes and invalid UTF-8 are located errors),
 * but ASCII blocks are passed on as they are, with no text made.
 */
export function readByteChunks(path: string): AsyncIterable<Uint8Array> {
  assertReadable(path);
  return {
    async *[Symbol.asyncIterator]() {
      const decoder = new TextDecoder('utf-8', { fatal: true });
      // Once a block is not ASCII, every later block goes through the decoder: a character may span blocks.
      let strict = false;
      let done = 0; // bytes of the blocks before this one
      const before = () => linesBefore(path, done);
      for (const raw of fileBlocks(path)) {
        strict ||= !isAscii(raw);
        checkBlock(raw, path, decoder, before, { stream: true, decode: strict });
        done += raw.length;
        // A plain view: Uint8Array's own indexOf, not Buffer's native call per search.
        yield new Uint8Array(raw.buffer, raw.byteOffset, raw.length);
      }
      finishBlocks(decoder, path, before);
    },
  };
}

/** Newlines in the first `bytes` bytes of a file (for locating an error, so counted only then). */
function linesBefore(path: string, bytes: number): number {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let lines = 0;
    for (let left = bytes; left > 0;) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, left), null);
      if (n <= 0) break;
      for (let i = buf.indexOf(0x0a); i >= 0 && i < n; i = buf.indexOf(0x0a, i + 1)) lines++;
      left -= n;
    }
    return lines;
  } finally {
    closeSync(fd);
  }
}

/** A UTF-8 file in blocks of about 1 MB, read block by block (for the line scanners of large files). */
export function readChunks(path: string): AsyncIterable<string> {
  assertReadable(path);
  return {
    async *[Symbol.asyncIterator]() {
      // Strict UTF-8 across chunk borders; NUL and invalid bytes are located errors.
      const decoder = new TextDecoder('utf-8', { fatal: true });
      let lines = 0;
      let first = true;
      const before = () => lines;
      for (const raw of fileBlocks(path)) {
        let text = checkBlock(raw, path, decoder, before, { stream: true, decode: true });
        for (let i = raw.indexOf(0x0a); i >= 0; i = raw.indexOf(0x0a, i + 1)) lines++;
        if (first) text = text.replace(/^\ufeff/, '');
        first = false;
        if (text) yield text;
      }
      const rest = finishBlocks(decoder, path, before);
      if (rest) yield rest;
    },
  };
}
