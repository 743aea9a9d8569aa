// What a CLI command is: a name, its help, its options for node:util
// parseArgs, and a run function that returns an exit code.

import type { ParseArgsConfig } from 'node:util';
import { toJson } from '../../contract/json.js';
import { UsageError } from '../../core/model/errors.js';
import type { Store } from '../../core/store/store.js';
import { openStore } from '../node/open-store.js';
import { resolveDbPath } from '../node/paths.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when stderr is a terminal (progress bars go there). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
}

export interface ParsedArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

export interface Command {
  /** Words that select the command, e.g. `['networks', 'import']`. */
  path: string[];
  summary: string;
  usage: string;
  examples: string[];
  options: OptionSpec;
  run(args: ParsedArgs, io: Io): Promise<number>;
}

/** Options most commands share. */
export const COMMON_OPTIONS: OptionSpec = {
  json: { type: 'boolean', default: false },
  db: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
};

export function stringOpt(args: ParsedArgs, name: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : undefined;
}

export function listOpt(args: ParsedArgs, name: string): string[] {
  const v = args.values[name];
  if (v === undefined) return [];
  const list = Array.isArray(v) ? v : [v];
  return list
    .flatMap((x) => String(x).split(','))
    .map((x) => x.trim())
    .filter(Boolean);
}

export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

export function numberOpt(args: ParsedArgs, name: string, fallback?: number): number | undefined {
  const raw = stringOpt(args, name);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n)) {
    throw new UsageError(`--${name} must be a number, got "${raw}"`, `pass --${name} 10`);
  }
  return n;
}

export function printJson(io: Io, value: unknown): void {
  io.out(toJson(value, 2) + '\n');
}

/** Open the store named by --db / INTERDICT_DB, run `fn`, and always close it. */
export async function withStore<T>(args: ParsedArgs, io: Io, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(resolveDbPath(stringOpt(args, 'db'), io.env));
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}
