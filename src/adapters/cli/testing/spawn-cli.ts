// Starts the CLI in a child process (through tsx, from the sources) and
// collects its output and exit code.

import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ENTRY = join(import.meta.dirname, 'cli-entry.ts');

export interface SpawnedCli {
  child: ChildProcess;
  /** Everything written to stderr so far. */
  stderr: () => string;
  stdout: () => string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnCli(args: string[], env: Record<string, string> = {}): SpawnedCli {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, stderr: () => err, stdout: () => out, exited };
}
