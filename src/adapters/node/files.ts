// File access for the CLI and server: text and line streams with the
// file name kept for error messages, and content hashes for provenance.

import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InterdictError } from '../../core/model/errors.js';

export function assertReadable(path: string): void {
  if (!existsSync(path))
    throw new InterdictError('E_IO', `no such file: ${path}`, undefined, 'check the path');
  if (statSync(path).isDirectory())
    throw new InterdictError('E_IO', `${path} is a folder, not a file`, undefined, 'name a file');
}

export function readText(path: string): string {
  assertReadable(path);
  return readFileSync(path, 'utf8');
}

/**
 * Lines of a UTF-8 file, streamed. The file is opened on first iteration: a
 * readline interface that closes before anyone iterates it would hang.
 */
export function readLines(path: string, encoding: BufferEncoding = 'utf8'): AsyncIterable<string> {
  assertReadable(path);
  return {
    async *[Symbol.asyncIterator]() {
      yield* createInterface({ input: createReadStream(path, { encoding }), crlfDelay: Infinity });
    },
  };
}

export function sha256File(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', reject)
      .on('end', () => resolve(hash.digest('hex')));
  });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Write a file so that readers see the old content or the whole new one, never a part. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}
