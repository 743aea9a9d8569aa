// Nesting limits for JSON and YAML text: a document nested thousands of
// levels deep overflows every recursive reader, so depth is checked first,
// by a linear scan that needs no recursion.

import { InputError } from '../model/errors.js';

/** The deepest nesting of arrays and objects any input may have. */
export const MAX_NESTING = 64;

/**
 * Offset of the first `[` or `{` that opens a level deeper than `max`, or -1.
 * Brackets inside double-quoted strings (JSON, YAML) and single-quoted
 * strings and comments (YAML, `yaml: true`) are not counted.
 */
export function nestingOverflow(text: string, max: number, yaml = false): number {
  let depth = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > max) return i;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    } else if (yaml && c === 0x27 /* ' */ && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) {
      const end = text.indexOf("'", i + 1);
      i = end < 0 ? n : end;
    } else if (yaml && c === 0x23 /* # */ && (i === 0 || /\s/.test(text[i - 1]!))) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end;
    }
  }
  return -1;
}

/** Line and column (1-based) of an offset in text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}

/** Throws a located InputError when `text` nests deeper than `max`. */
export function assertNesting(text: string, file: string, max = MAX_NESTING, yaml = false): void {
  const at = nestingOverflow(text, max, yaml);
  if (at < 0) return;
  throw new InputError(
    'E_PARSE',
    `nested more than ${max} levels deep`,
    { file, ...lineColumn(text, at) },
    'flatten the document: no valid input nests this deep',
  );
}

/** True for the error a recursive reader throws when the stack runs out. */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}
