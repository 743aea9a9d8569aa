// Paths to the real data files kept in the repository for tests
// (test/fixtures; its README gives the source, date and licence of each).

import { fileURLToPath } from 'node:url';

/** Absolute path of the fixtures folder. */
export const FIXTURES = fileURLToPath(new URL('../../test/fixtures/', import.meta.url));

/** Absolute path of a fixture file or folder, e.g. `fixture('maxflow/gl1.max')`. */
export function fixture(rel: string): string {
  return fileURLToPath(new URL(rel, new URL('../../test/fixtures/', import.meta.url)));
}
