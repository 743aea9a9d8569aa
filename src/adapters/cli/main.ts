// The `interdict` command line: picks the command from the leading words,
// loads only that command's module, parses its options, runs it, and maps
// errors to messages and exit codes.

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatError, isInterdictError } from '../../core/model/errors.js';
import { packagePath } from '../node/package-root.js';
import { COMMAND_ENTRIES, type CommandEntry } from './commands/index.js';
import type { Command, Io } from './command.js';
import { closest } from '../../core/model/suggest.js';

/** Exit codes: 0 ok, 1 failure, 2 bad input or usage. */
export const EXIT = { ok: 0, failure: 1, input: 2 } as const;

function defaultIo(): Io {
  return {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
  };
}

function findEntry(argv: string[]): { entry: CommandEntry; rest: string[] } | undefined {
  let best: CommandEntry | undefined;
  for (const c of COMMAND_ENTRIES) {
    if (c.path.every((w, i) => argv[i] === w) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best ? { entry: best, rest: argv.slice(best.path.length) } : undefined;
}

export function version(): string {
  const pkg = JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

function commandList(entries: CommandEntry[]): string[] {
  const width = Math.max(...entries.map((c) => c.path.join(' ').length));
  return entries.map((c) => `  ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
}

export function helpText(): string {
  const lines = [
    'interdict — map illicit support networks, screen them against sanctions lists, plan how to cut them off',
    '',
    'Usage: interdict <command> [options]    (interdict <command> --help for details)',
    '',
    'Commands:',
    ...commandList(COMMAND_ENTRIES),
    '',
    'Examples:',
  ];
  for (const c of COMMAND_ENTRIES) if (c.example) lines.push(`  ${c.example}`);
  lines.push(
    '',
    'Common options: --json (one JSON document on stdout), --db FILE|postgres://… (or INTERDICT_DB; default: a SQLite file in the per-user data folder)',
    'interdict --version prints the version.',
    '',
  );
  return lines.join('\n');
}

/** The sub-commands of a group such as `networks`. */
export function groupHelp(group: string): string {
  const entries = COMMAND_ENTRIES.filter((c) => c.path.length > 1 && c.path[0] === group);
  return [
    `interdict ${group} — ${entries.length} commands`,
    '',
    `Usage: interdict ${group} <command> [options]    (interdict ${group} <command> --help for details)`,
    '',
    'Commands:',
    ...commandList(entries),
    '',
  ].join('\n');
}

export function commandHelp(c: Command): string {
  return [
    `interdict ${c.path.join(' ')} — ${c.summary}`,
    '',
    `Usage: ${c.usage}`,
    '',
    'Examples:',
    ...c.examples.map((e) => `  ${e}`),
    '',
  ].join('\n');
}

const isGroup = (word: string | undefined): boolean =>
  COMMAND_ENTRIES.some((c) => c.path.length > 1 && c.path[0] === word);

/** Help, a group's list, or "unknown command" with the closest known one. */
function noCommand(argv: string[], io: Io): number {
  const [first, second] = argv;
  if (isGroup(first)) {
    if (second === undefined || second === '--help' || second === '-h') {
      io.out(groupHelp(first!));
      return EXIT.ok;
    }
    const subs = COMMAND_ENTRIES.filter((c) => c.path[0] === first).map((c) => c.path[1]!);
    const guess = closest(second, subs);
    io.err(
      `interdict: unknown command "${first} ${second}"${guess ? `; did you mean "interdict ${first} ${guess}"?` : ''}\n\n${groupHelp(first!)}`,
    );
    return EXIT.input;
  }
  const words = [...new Set(COMMAND_ENTRIES.map((c) => c.path[0]!))];
  const guess = first === undefined ? undefined : closest(first, words);
  const hint = guess
    ? `did you mean "interdict ${guess}"? (interdict --help lists every command)`
    : 'run interdict --help for the list';
  io.err(`interdict: unknown command "${argv.join(' ')}"; ${hint}\n`);
  return EXIT.input;
}

/** The parseArgs message, with the closest known option for an unknown one. */
function optionError(e: Error, command: Command): string {
  const m = /Unknown option '(-{1,2})([^'=]+)'/.exec(e.message);
  if (!m) return e.message;
  const written = `${m[1]}${m[2]}`;
  const guess = closest(m[2]!, Object.keys(command.options));
  return guess
    ? `unknown option ${written}; did you mean --${guess}?`
    : `unknown option ${written}; the options are listed below`;
}

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    if (argv[0] === 'help' && argv.length > 1) return main([...argv.slice(1), '--help'], io);
    io.out(helpText());
    return EXIT.ok;
  }
  if (argv[0] === '--version' || argv[0] === '-V') {
    io.out(`interdict ${version()}\n`);
    return EXIT.ok;
  }
  const found = findEntry(argv);
  if (!found) return noCommand(argv, io);
  const command = await found.entry.load();
  let parsed;
  try {
    parsed = parseArgs({ args: found.rest, options: command.options, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(
      `interdict ${command.path.join(' ')}: ${optionError(e as Error, command)}\n\n${commandHelp(command)}`,
    );
    return EXIT.input;
  }
  if (parsed.values.help === true) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.run(parsed, io);
  } catch (e) {
    if (isInterdictError(e)) {
      io.err(`interdict ${command.path.join(' ')}: ${formatError(e, 'cli')}\n`);
      return e.code === 'E_IO' ? EXIT.failure : EXIT.input;
    }
    io.err(`interdict ${command.path.join(' ')}: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.failure;
  }
}
