// `interdict worker`: screen queued chunks of distributed batch runs until
// stopped (SIGTERM or SIGINT finish the chunk in hand first).

import { UsageError } from '../../../core/model/errors.js';
import { runWorker } from '../../node/distributed-screen.js';
import { resolveDbPath } from '../../node/paths.js';
import { COMMON_OPTIONS, numberOpt, stringOpt, type Command } from '../command.js';

export const workerCommand: Command = {
  path: ['worker'],
  summary: 'Screen chunks of distributed batch runs from the PostgreSQL queue until stopped',
  usage: 'interdict worker --db postgres://USER@HOST/DB [--threads N] [--supervise-every S]',
  examples: [
    'interdict worker --db postgres://interdict@db.internal/interdict',
    'interdict worker --db postgres://interdict@db.internal/interdict --threads 4',
  ],
  options: { ...COMMON_OPTIONS, 'supervise-every': { type: 'string' }, threads: { type: 'string' } },
  async run(args, io) {
    const db = resolveDbPath(stringOpt(args, 'db'), io.env);
    if (!/^postgres(ql)?:\/\//.test(db))
      throw new UsageError('a worker needs the team store', 'pass --db postgres://USER@HOST/DB');
    const every = numberOpt(args, 'supervise-every');
    const threads = numberOpt(args, 'threads');
    if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 256))
      throw new UsageError(
        `--threads ${threads} must be a whole number from 1 to 256`,
        'pass --threads 4 (one per core; the threads share one index)',
      );
    const stop = new AbortController();
    const onSignal = (): void => stop.abort();
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    try {
      await runWorker({
        db,
        ...(threads ? { threads } : {}),
        signal: stop.signal,
        log: (line) => io.err(`${line}\n`),
        ...(every ? { timing: { superviseEvery: every } } : {}),
      });
    } finally {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    }
    return 0;
  },
};
