// What a test reads from a thrown core error: the line a CLI user sees
// (`file:line:col: message; hint`) beside the fields it is made of.

import { formatError, isInterdictError, type Location } from '../core/model/errors.js';

export interface ErrorText {
  code: string;
  /** The error as the CLI prints it. */
  text: string;
  /** The bare message. */
  message: string;
  location: Location | undefined;
  hint: string | undefined;
}

export function errorText(e: unknown): ErrorText {
  if (!isInterdictError(e)) throw e;
  return {
    code: e.code,
    text: formatError(e, 'cli'),
    message: e.message,
    location: e.location,
    hint: e.hint,
  };
}

/** The CLI text of the core error a promise rejects with (or a function throws). */
export async function thrownText(run: Promise<unknown> | (() => unknown)): Promise<string> {
  try {
    await (typeof run === 'function' ? run() : run);
  } catch (e) {
    return errorText(e).text;
  }
  throw new Error('expected an error');
}

/** The error a function throws. */
export function catchError(run: () => unknown): unknown {
  try {
    run();
  } catch (e) {
    return e;
  }
  throw new Error('expected an error');
}
