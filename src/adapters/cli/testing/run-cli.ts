// Runs the CLI in-process with captured output, for tests.

import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  argv: string[],
  env: Record<string, string | undefined> = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (t) => {
      stdout += t;
    },
    err: (t) => {
      stderr += t;
    },
    isTTY: false,
    env,
  });
  return { code, stdout, stderr };
}

export function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'interdict-cli-')), 'test.db');
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'interdict-cli-'));
}
