// Line iteration helpers shared by the line-based parsers: number lines,
// strip a trailing carriage return and the DOS end-of-file byte (0x1A).

export type LineSource = AsyncIterable<string> | Iterable<string>;

export interface NumberedLine {
  line: number;
  text: string;
}

export async function* numberedLines(source: LineSource): AsyncGenerator<NumberedLine> {
  let line = 0;
  for await (const raw of source) {
    line++;
    let text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (text.endsWith('\u001a')) text = text.slice(0, -1);
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    yield { line, text };
  }
}

/** Split text into lines (for tests and small inputs). */
export function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Text in pieces of any size (a file read in blocks); a line may span pieces. */
export type TextChunks = AsyncIterable<string> | Iterable<string>;

/** Lines given one by one, as text chunks (each line ends with a newline). */
export function* chunksOfLines(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield line + '\n';
}

/** Lines as text chunks, for either kind of line source. */
export function asChunks(source: LineSource): TextChunks {
  if (Symbol.asyncIterator in source) {
    return (async function* () {
      for await (const line of source) yield line + '\n';
    })();
  }
  return chunksOfLines(source);
}

/**
 * Calls `onLine(text, start, end, line)` for every line of the chunks, where
 * the line is `text.slice(start, end)` (no newline, no carriage return, no BOM
 * on the first line, no DOS end-of-file byte) and `line` is its 1-based number.
 * Lines are not copied out of the chunks except when one spans two chunks.
 */
export async function forEachLine(
  chunks: TextChunks,
  onLine: (text: string, start: number, end: number, line: number) => void,
): Promise<void> {
  let carry = '';
  let line = 0;
  const emit = (text: string, start: number, end: number): void => {
    line++;
    if (line === 1 && text.charCodeAt(start) === 0xfeff) start++;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    if (end > start && text.charCodeAt(end - 1) === 0x1a) end--;
    onLine(text, start, end, line);
  };
  for await (const chunk of chunks) {
    const text = carry ? carry + chunk : chunk;
    let start = 0;
    // The first line goes through emit (a BOM to drop); the rest inline it: one call per line.
    if (line === 0) {
      const nl = text.indexOf('\n');
      if (nl >= 0) {
        emit(text, 0, nl);
        start = nl + 1;
      }
    }
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      let end = nl;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      if (end > start && text.charCodeAt(end - 1) === 0x1a) end--;
      onLine(text, start, end, ++line);
      start = nl + 1;
    }
    carry = start < text.length ? text.slice(start) : '';
  }
  if (carry) emit(carry, 0, carry.length);
}
