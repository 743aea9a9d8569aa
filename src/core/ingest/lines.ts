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
