// Options every list parser takes, and the one rule for bad records: throw a
// located InputError, or with skipInvalid count it and report it instead.

import { InputError } from '../model/errors.js';

export interface IngestOptions {
  /** Skip malformed records (counted and reported) instead of failing the import. */
  skipInvalid: boolean;
  /** Called once per skipped record when skipInvalid is on. */
  onSkip?: (error: InputError) => void;
}

export const INGEST_DEFAULTS: IngestOptions = { skipInvalid: false };

/** Throws `error` unless skipping is on; then reports it and returns. */
export function rejectRecord(error: InputError, options: IngestOptions): void {
  if (!options.skipInvalid) throw error;
  options.onSkip?.(error);
}

/** Runs `fn`, turning an InputError it throws into a skip when skipping is on. */
export function guardRecord<T>(fn: () => T, options: IngestOptions): T | undefined {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InputError) {
      rejectRecord(e, options);
      return undefined;
    }
    throw e;
  }
}
