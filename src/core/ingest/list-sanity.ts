// The checks a list import passes before its version may become current: a
// list with no entities, or one that lost more than a set share of the
// previous version's entities, is far more likely cut short than real.

import { InputError } from '../model/errors.js';

/** The share of the previous version's entities a new version may lose without --allow-shrink. */
export const DEFAULT_MAX_SHRINK = 0.1;

export interface ListSizeCheck {
  /** The file named in errors. */
  file: string;
  /** Entities in the new version. */
  total: number;
  /** The dataset's latest stored version, if any. */
  previous?: { version: number; total: number };
  /** Largest allowed loss as a share of the previous total (0–1). */
  maxShrink: number;
  /** Accept a larger loss (it is recorded). */
  allowShrink: boolean;
}

/** What to record in the version's notes about an accepted shrink. */
export interface ShrinkNote {
  fromVersion: number;
  previous: number;
  now: number;
  /** Share of the previous total lost, rounded to 0.1 %. */
  lost: number;
  allowed: 'allow-shrink';
}

const pct = (share: number): string => `${Math.round(share * 1000) / 10} %`;

/**
 * Throws a located InputError when the new version holds nothing, or
 * shrinks past `maxShrink` without `allowShrink`; returns the note to keep
 * when a shrink past the limit was allowed.
 */
export function checkListSize(check: ListSizeCheck): ShrinkNote | undefined {
  if (check.total === 0) {
    throw new InputError(
      'E_VALUE',
      'the list holds no entities: refusing to store an empty version',
      { file: check.file },
      'the file is empty or cut short; download it again',
    );
  }
  const prev = check.previous;
  if (!prev || prev.total === 0 || check.total >= prev.total) return undefined;
  const lost = (prev.total - check.total) / prev.total;
  if (lost <= check.maxShrink) return undefined;
  if (!check.allowShrink) {
    throw new InputError(
      'E_VALUE',
      `the new version would hold ${check.total} entities, ${pct(lost)} fewer than version ${prev.version} ` +
        `(${prev.total}); at most ${pct(check.maxShrink)} may go at once`,
      { file: check.file },
      'a cut-short download looks like this: download the list again; if it really shrank, import it with {allowShrink} (recorded in the version)',
    );
  }
  return {
    fromVersion: prev.version,
    previous: prev.total,
    now: check.total,
    lost: Math.round(lost * 1000) / 1000,
    allowed: 'allow-shrink',
  };
}
