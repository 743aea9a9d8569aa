// SHA-256 of text, for content hashes (kept apart from files.ts so that reading a file does not
// load Node's crypto module).

import { createHash } from 'node:crypto';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
