// Hostile and huge inputs through the real readers: time grows linearly with
// the input (ratios, never absolute times), lines and whole-file reads are
// bounded, deep nesting and alias bombs are located errors, and invalid
// UTF-8 or NUL bytes are refused in every text file a command reads.

import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFtmJson } from '../../core/ingest/ftm-json.js';
import { ofacCsvRecords } from '../../core/ingest/ofac-csv-records.js';
import { InputError } from '../../core/model/errors.js';
import { runCli, tempDb, tempDir } from '../cli/testing/run-cli.js';
import { errorText } from '../../testing/error-text.js';
import { decodeLines } from './decode-lines.js';

const MB = 1024 * 1024;

/** A file of `size` bytes written in pieces from `piece(i)` (never held whole). */
function writeGenerated(path: string, parts: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const p of parts) writeSync(fd, p);
  } finally {
    closeSync(fd);
  }
}

/** One FtM entity on one line of about `bytes` bytes: a name list of many values. */
function* oneLongEntity(bytes: number): Generator<string> {
  yield '{"id":"long","schema":"Person","properties":{"name":["first"';
  const value = `,"${'x'.repeat(1000)}"`;
  for (let n = 0; n < bytes; n += value.length) yield value;
  yield ']}}';
}

/** The least CPU time of a few runs: other work on a busy machine changes wall time, not this. */
async function fastest(runs: number, fn: () => Promise<void>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    await fn();
    const c = process.cpuUsage(c0);
    best = Math.min(best, c.user + c.system);
  }
  return best;
}

async function drain(it: AsyncIterable<unknown>): Promise<number> {
  let n = 0;
  for await (const _ of it) n++;
  return n;
}

describe('long lines', () => {
  it('reads a single-line FtM file in time linear in its size', async () => {
    const dir = tempDir();
    const small = join(dir, 'small.ftm.json');
    const large = join(dir, 'large.ftm.json');
    writeGenerated(small, oneLongEntity(1.5 * MB));
    writeGenerated(large, oneLongEntity(24 * MB));
    const read = (path: string) => async () => {
      expect(await drain(parseFtmJson('f', decodeLines(path, { encoding: 'utf-8' })))).toBe(1);
    };
    const tSmall = await fastest(3, read(small));
    const tLarge = await fastest(3, read(large));
    // 16 times the input: linear gives about 16, quadratic about 256.
    expect(tLarge / tSmall).toBeLessThan(64);
  });

  it('refuses a line longer than the cap, naming it, without reading the rest', async () => {
    const path = join(tempDir(), 'one-line.ftm.json');
    writeGenerated(path, oneLongEntity(6 * MB));
    const err = await drain(
      decodeLines(path, { encoding: 'utf-8', name: 'one-line.ftm.json', maxLineBytes: MB }),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect(errorText(err).text).toMatch(/^one-line\.ftm\.json:1: line is longer than 1 MiB/);
  });

  it('stops at an OFAC CSV quote left open, however much follows, in bounded time and memory', async () => {
    const dir = tempDir();
    // Rows without quotes after the open one: before, every row re-split the growing record.
    const row = '36,AEROCARIBBEAN AIRLINES,-0- ,CUBA,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n';
    const withTail = (name: string, bytes: number, oneLine: boolean) => {
      const path = join(dir, name);
      writeGenerated(
        path,
        (function* () {
          yield row;
          yield '10,"OPEN QUOTE';
          for (let n = 0; n < bytes; n += row.length) yield oneLine ? row.replace('\r\n', ' ') : row;
        })(),
      );
      return path;
    };
    const read = (path: string, message: RegExp) => async () => {
      const err = await drain(ofacCsvRecords('sdn.csv', decodeLines(path, { encoding: 'auto' }))).catch(
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(InputError);
      expect(errorText(err).text).toMatch(message);
    };
    const before = process.memoryUsage().heapUsed;
    const manyLines = /^sdn\.csv:2: a quoted field stays open for more than 64 lines/;
    const tSmall = await fastest(2, read(withTail('small.csv', MB, false), manyLines));
    const tLarge = await fastest(2, read(withTail('large.csv', 8 * MB, false), manyLines));
    expect(tLarge / tSmall).toBeLessThan(24);
    const atEnd = /^sdn\.csv:2: the file ends inside a quoted field/;
    const tSmallLine = await fastest(2, read(withTail('small-line.csv', MB, true), atEnd));
    const tLargeLine = await fastest(2, read(withTail('large-line.csv', 8 * MB, true), atEnd));
    expect(tLargeLine / tSmallLine).toBeLessThan(24);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(96 * MB);
  });
});

describe('files that cannot be read safely', () => {
  it('refuses a 200 MB scenario before reading it', async () => {
    const path = join(tempDir(), 'huge.json');
    writeFileSync(path, '{"interdict": 1, "nodes": [');
    const fd = openSync(path, 'r+');
    writeSync(fd, ' ', 200 * MB); // the rest is a hole: nothing is written
    closeSync(fd);
    const r = await runCli(['networks', 'import', path, '--db', tempDb()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/huge\.json: the file is 200 MiB; files read whole are limited to 32 MiB/);
  });

  it('refuses a YAML alias bomb and nesting 100,000 deep with located errors, not stack traces', async () => {
    const dir = tempDir();
    const bomb = ['interdict: 1', 'a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++)
      bomb.push(
        `a${i}: &a${i} [${Array(10)
          .fill(`*a${i - 1}`)
          .join(', ')}]`,
      );
    const cases: [string, string, RegExp][] = [
      ['bomb.yaml', bomb.join('\n') + '\n', /bomb\.yaml: YAML aliases expand to more than 1000 copies/],
      [
        'deep.json',
        `{"interdict": 1, "x": ${'['.repeat(100000)}${']'.repeat(100000)}}`,
        /deep\.json:1:\d+: nested more than 64 levels deep/,
      ],
      [
        'deep.yaml',
        `interdict: 1\nx: ${'{a: '.repeat(100000)}1${'}'.repeat(100000)}\n`,
        /deep\.yaml:2:\d+: nested more than 64 levels/,
      ],
      [
        'block.yaml',
        `interdict: 1\nx:\n  ${'- '.repeat(100000)}a\n`,
        /block\.yaml:3:\d+: nested too deeply to read/,
      ],
    ];
    for (const [name, text, message] of cases) {
      writeFileSync(join(dir, name), text);
      const r = await runCli(['networks', 'import', join(dir, name), '--db', tempDb()]);
      expect(r.code, name).toBe(2);
      expect(r.stderr, name).toMatch(message);
      expect(r.stderr, name).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses UN XML nested 100,000 deep with a located error', async () => {
    const path = join(tempDir(), 'consolidated.xml');
    writeFileSync(
      path,
      `<?xml version="1.0"?>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>${'<X>'.repeat(100000)}${'</X>'.repeat(100000)}</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>\n`,
    );
    const r = await runCli(['import', 'un-xml', path, '--db', tempDb()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/consolidated\.xml:2:\d+: elements nested more than 32 levels deep/);
  });

  it('refuses invalid UTF-8 and NUL bytes in every network file, naming line and column, and stores nothing', async () => {
    const dir = tempDir();
    const files: [string, string][] = [
      ['net.yaml', 'interdict: 1\nid: net\nname: "Caf\u00ff"\nnodes: []\nchannels: []\n'],
      ['edges.csv', 'from,to,capacity\ns,t\u00ff,5\n'],
      ['g.max', 'p max 2 1\nn 1 s\nn 2 t\na 1 2 5 \u00ff\n'],
      ['n.ftm.json', '{"id":"a","schema":"Person","properties":{"name":["\u00ff"]}}\n'],
    ];
    for (const [name, text] of files) {
      const db = tempDb();
      // Latin-1 bytes: \u00ff becomes the single byte 0xFF, never valid in UTF-8.
      writeFileSync(join(dir, name), Buffer.from(text, 'latin1'));
      const bad = await runCli(['networks', 'import', join(dir, name), '--db', db]);
      expect(bad.code, name).toBe(2);
      expect(bad.stderr, name).toMatch(new RegExp(`${name.replace('.', '\\.')}:\\d+:\\d+: invalid UTF-8`));
      const nul = `nul-${name}`;
      writeFileSync(join(dir, nul), Buffer.from(text.replace('\u00ff', '\u0000'), 'latin1'));
      const withNul = await runCli(['networks', 'import', join(dir, nul), '--db', db]);
      expect(withNul.code, nul).toBe(2);
      expect(withNul.stderr, nul).toMatch(/:\d+:\d+: a NUL byte/);
      const list = JSON.parse((await runCli(['networks', 'list', '--db', db, '--json'])).stdout);
      expect(list.networks, name).toEqual([]);
    }
  });
});
