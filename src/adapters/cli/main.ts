// The `interdict` command line: picks the command from the leading words,
// parses its options, runs it, and maps errors to messages and exit codes.

import { parseArgs } from 'node:util';
import { isInterdictError } from '../../core/model/errors.js';
import { COMMANDS } from './commands/index.js';
import type { Command, Io } from './command.js';

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

function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  let best: Command | undefined;
  for (const c of COMMANDS) {
    if (c.path.every((w, i) => argv[i] === w) && (!best || c.path.length > best.path.length)) best = c;
  }
  return best ? { command: best, rest: argv.slice(best.path.length) } : undefined;
}

export function helpText(): string {
  const lines = [
    'interdict — map illicit support networks, screen them against sanctions lists, plan how to cut them off',
    '',
    'Usage: interdict <command> [options]    (interdict <command> --help for details)',
    '',
    'Commands:',
  ];
  const width = Math.max(...COMMANDS.map((c) => c.path.join(' ').length));
  for (const c of COMMANDS) lines.push(`  ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  lines.push('', 'Examples:');
  const featured = ['demo', 'import', 'screen', 'paths', 'flow', 'plan', 'rebuild', 'serve'];
  const seen = new Set<string>();
  for (const c of COMMANDS) {
    const word = c.path[0]!;
    if (!featured.includes(word) || seen.has(word)) continue;
    seen.add(word);
    const e = c.examples[0];
    if (e) lines.push(`  ${e}`);
  }
  lines.push(
    '',
    'Common options: --json (one JSON document on stdout), --db FILE|postgres://… (or INTERDICT_DB; default: a SQLite file in the per-user data folder)',
    '',
  );
  return lines.join('\n');
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

export async function main(argv: string[], io: Io = defaultIo()): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(helpText());
    return EXIT.ok;
  }
  const found = findCommand(argv);
  if (!found) {
    io.err(`interdict: unknown command "${argv.join(' ')}"; run interdict --help for the list\n`);
    return EXIT.input;
  }
  const { command, rest } = found;
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`interdict ${command.path.join(' ')}: ${(e as Error).message}\n\n${commandHelp(command)}`);
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
      io.err(`interdict ${command.path.join(' ')}: ${e.message}\n`);
      return e.code === 'E_IO' ? EXIT.failure : EXIT.input;
    }
    io.err(`interdict ${command.path.join(' ')}: unexpected error: ${(e as Error).stack ?? String(e)}\n`);
    return EXIT.failure;
  }
}
