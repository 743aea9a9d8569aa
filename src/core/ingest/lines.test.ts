import { describe, expect, it } from 'vitest';
import { forEachLine } from './lines.js';

async function linesIn(chunks: string[]): Promise<[string, number][]> {
  const out: [string, number][] = [];
  await forEachLine(chunks, (text, start, end, line) => {
    out.push([text.slice(start, end), line]);
  });
  return out;
}

describe('lines of text chunks', () => {
  const text = '\ufeffone\r\ntwo\n\nthree\u001a\r\nfour';
  const expected: [string, number][] = [
    ['one', 1],
    ['two', 2],
    ['', 3],
    ['three', 4],
    ['four', 5],
  ];

  it('drop the BOM of the first line, carriage returns and the DOS end-of-file byte, whatever the chunks', async () => {
    expect(await linesIn([text])).toEqual(expected);
    for (let size = 1; size <= text.length; size++) {
      const pieces: string[] = [];
      for (let i = 0; i < text.length; i += size) pieces.push(text.slice(i, i + size));
      expect(await linesIn(pieces), `chunks of ${size}`).toEqual(expected);
    }
  });

  it('keep a BOM that is not at the start of the first line', async () => {
    expect(await linesIn(['a\n\ufeffb\n'])).toEqual([
      ['a', 1],
      ['\ufeffb', 2],
    ]);
    expect(await linesIn(['', '\n', 'x'])).toEqual([
      ['', 1],
      ['x', 2],
    ]);
  });
});
