// The README's examples, run as written (in-process, from the repository
// root) against a fresh temporary store: every file they name ships with the
// repository, and the networks, lists and screening commands succeed.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './testing/run-cli.js';

const README = readFileSync('README.md', 'utf8');

/** The `sh` code blocks of the README, each as its command lines. */
function shellBlocks(): string[][] {
  const blocks: string[][] = [];
  for (const m of README.matchAll(/```sh\n([\s\S]*?)```/g))
    blocks.push(
      m[1]!
        .split('\n')
        .map((l) => l.trim())
        .filter((l) => l.startsWith('npx interdict ')),
    );
  return blocks;
}

/** Words of a command line as a POSIX shell splits them (quotes, `#` comments, `> FILE`). */
export function shellWords(line: string): { words: string[]; stdoutTo?: string } {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      word ??= '';
    } else if (c === ' ' || c === '\t') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === '#' && word === undefined) break;
    else word = (word ?? '') + c;
  }
  if (word !== undefined) words.push(word);
  const redirect = words.indexOf('>');
  if (redirect < 0) return { words };
  return { words: words.slice(0, redirect), stdoutTo: words[redirect + 1]! };
}

const block = (first: string): string[] => {
  const found = shellBlocks().find((b) => b.some((l) => l.includes(first)));
  if (!found) throw new Error(`no README example block with "${first}"`);
  return found;
};

/** Runs one README line: outputs go to `dir`, the store is `db`. */
async function run(line: string, dir: string, db: string) {
  const { words, stdoutTo } = shellWords(line);
  expect(words.slice(0, 2)).toEqual(['npx', 'interdict']);
  const args = words.slice(2).map((w, i, all) => (all[i - 1] === '--output' ? join(dir, w) : w));
  const r = await runCli([...args, '--db', db], {});
  if (stdoutTo) writeFileSync(join(dir, stdoutTo), r.stdout);
  return r;
}

describe('README examples', () => {
  it('parse like a shell', () => {
    expect(shellWords('npx interdict screen "محمد علي" --schema Person   # a comment')).toEqual({
      words: ['npx', 'interdict', 'screen', 'محمد علي', '--schema', 'Person'],
    });
    expect(shellWords('npx interdict export ftm x > sdn.ftm.json')).toEqual({
      words: ['npx', 'interdict', 'export', 'ftm', 'x'],
      stdoutTo: 'sdn.ftm.json',
    });
  });

  it('name only files the repository ships', () => {
    const written = new Set<string>();
    for (const line of shellBlocks().flat()) {
      const { words, stdoutTo } = shellWords(line);
      if (stdoutTo) written.add(stdoutTo);
      words.forEach((w, i) => {
        if (words[i - 1] === '--output') written.add(w);
        const looksLikeFile =
          /^[\w./-]+\.(csv|jsonl|json|yaml|yml|max|xml)$/.test(w) || /^(test|data|examples)\//.test(w);
        if (looksLikeFile && !written.has(w) && words[i - 1] !== '--output')
          expect(existsSync(w), `${w} (in: ${line})`).toBe(true);
      });
    }
  });

  it('run as written: networks, sanctions lists and screening on a fresh store', async () => {
    const dir = tempDir();
    const db = join(dir, 'readme.db');
    const lines = [
      ...block('networks import data/scenarios/article.yaml'),
      ...block('import ofac-csv').filter((l) => !/lists update/.test(l)), // lists update downloads
      ...block('screen "Hizbullah"'),
    ];
    const outputs: Record<string, { code: number; stdout: string; stderr: string }> = {};
    for (const line of lines) {
      const r = await run(line, dir, db);
      expect(r.code, `${line}\n${r.stderr}`).toBe(0);
      outputs[line] = r;
    }
    const hizbullah = Object.entries(outputs).find(([l]) => l.includes('screen "Hizbullah"'))![1];
    expect(hizbullah.stdout).toMatch(/HIZBALLAH/);
    const results = readFileSync(join(dir, 'results.jsonl'), 'utf8').trim().split('\n');
    expect(results).toHaveLength(readFileSync('examples/parties.csv', 'utf8').trim().split('\n').length - 1);
    const first = JSON.parse(results[0]!) as { query: { name: string }; results: { match: boolean }[] };
    expect(first.query.name).toBe('HIZBALLAH');
    expect(first.results[0]?.match).toBe(true);
    const scores = readFileSync(join(dir, 'scores.csv'), 'utf8').trim().split('\n');
    expect(scores[0]).toBe('name1,name2,schema,score,match');
    expect(scores).toHaveLength(readFileSync('examples/pairs.csv', 'utf8').trim().split('\n').length);
    expect(readFileSync(join(dir, 'sdn.ftm.json'), 'utf8').length).toBeGreaterThan(1000);
  }, 600_000);
});
