// `interdict serve`: the HTTP API and the web app on one port, until
// interrupted; settings from flags and environment, read once here.

import { InterdictError, UsageError } from '../../../core/model/errors.js';
import type { Store } from '../../../core/store/store.js';
import { storeDemoLists, storeDemoNetwork } from '../../node/demo-data.js';
import { packagePath } from '../../node/package-root.js';
import { openStore } from '../../node/open-store.js';
import { openMonitorStore } from '../../node/open-monitor-store.js';
import { startMonitorScheduler } from '../../node/monitor-scheduler.js';
import { resolveDbPath } from '../../node/paths.js';
import { TeamState } from '../../node/team-state.js';
import { buildServer } from '../../server/app.js';
import { loadKeyring, SERVER_DEFAULTS } from '../../server/config.js';
import { COMMON_OPTIONS, flag, numberOpt, stringOpt, type Command } from '../command.js';
import { storeDesignatedNetwork } from './demo-network-build.js';

/** Store the demo network and the demo list records (unchanged content is not stored twice). */
export async function ensureDemo(store: Store): Promise<void> {
  await storeDemoNetwork(store);
  await storeDemoLists(store);
}

/** Longest a stop (SIGTERM, SIGINT) may take. */
const SHUTDOWN_MS = 4500;

export const serveCommand: Command = {
  path: ['serve'],
  summary: 'Serve the HTTP API (OpenAPI at /openapi.json, docs at /docs) and the web app',
  usage:
    'interdict serve [--port 8080] [--host 127.0.0.1] [--db FILE] [--keys FILE] [--reads open|keyed] [--anonymous-jobs] [--max-jobs-per-key N] [--demo] [--rate-limit N] [--body-limit BYTES] [--log-level info] [--monitor-every SECONDS] [--chunk-size ROWS] [--chunk-timeout S] [--reload-every S]',
  examples: [
    'interdict serve --demo',
    'INTERDICT_API_KEYS=ci:0123456789abcdef0123 interdict serve --port 9000 --reads keyed',
  ],
  options: {
    ...COMMON_OPTIONS,
    port: { type: 'string' },
    host: { type: 'string' },
    keys: { type: 'string' },
    reads: { type: 'string' },
    demo: { type: 'boolean', default: false },
    'anonymous-jobs': { type: 'boolean', default: false },
    'max-jobs-per-key': { type: 'string' },
    'rate-limit': { type: 'string' },
    'body-limit': { type: 'string' },
    'log-level': { type: 'string' },
    'monitor-every': { type: 'string' },
    'chunk-size': { type: 'string' },
    'chunk-timeout': { type: 'string' },
    'supervise-every': { type: 'string' },
    'reload-every': { type: 'string' },
  },
  async run(args, io) {
    const port = numberOpt(args, 'port', Number(io.env.PORT ?? 8080))!;
    const host = stringOpt(args, 'host') ?? '127.0.0.1';
    const reads = stringOpt(args, 'reads') ?? 'open';
    if (reads !== 'open' && reads !== 'keyed')
      throw new UsageError(`--reads must be open or keyed, got "${reads}"`, 'pass --reads keyed');
    const { keys, admins } = loadKeyring(io.env, stringOpt(args, 'keys'));
    // The demo's web app sends no key; anywhere else a job needs one unless asked.
    const anonymousJobs = flag(args, 'anonymous-jobs') || flag(args, 'demo');
    const dbPath = resolveDbPath(stringOpt(args, 'db'), io.env);
    const store = await openStore(dbPath);
    if (flag(args, 'demo')) await ensureDemo(store).then(() => storeDesignatedNetwork(store));
    const monitor = await openMonitorStore(dbPath);
    // A team server keeps what replicas share in PostgreSQL; its batch jobs go to `interdict worker` processes.
    let team: TeamState | undefined;
    if (/^postgres(ql)?:\/\//.test(dbPath)) {
      const chunkTimeout = numberOpt(args, 'chunk-timeout');
      const every = numberOpt(args, 'supervise-every');
      team = await TeamState.open(dbPath, {
        ...(chunkTimeout ? { chunkTimeout } : {}),
        ...(every ? { superviseEvery: every } : {}),
      });
      await team.addKeys(keys, admins);
    }
    const chunkSize = numberOpt(args, 'chunk-size', SERVER_DEFAULTS.jobChunkSize)!;
    if (!Number.isInteger(chunkSize) || chunkSize < 1)
      throw new UsageError(`--chunk-size ${chunkSize} must be a whole number ≥ 1`, 'pass --chunk-size 2000');
    const app = await buildServer(store, {
      ...(team ? { team } : {}),
      jobChunkSize: chunkSize,
      reloadEveryMs: numberOpt(args, 'reload-every', SERVER_DEFAULTS.reloadEveryMs / 1000)! * 1000,
      keys,
      admins,
      anonymousJobs,
      maxJobsPerKey: numberOpt(args, 'max-jobs-per-key', SERVER_DEFAULTS.maxJobsPerKey)!,
      reads,
      rateLimit: numberOpt(args, 'rate-limit', SERVER_DEFAULTS.rateLimit)!,
      bodyLimit: numberOpt(args, 'body-limit', SERVER_DEFAULTS.bodyLimit)!,
      webRoot: packagePath('web', 'dist'),
      logger: { level: stringOpt(args, 'log-level') ?? 'info' },
      privateStrings: [dbPath],
      monitor,
    });
    const scheduler = startMonitorScheduler(
      store,
      monitor,
      numberOpt(args, 'monitor-every', 60)! * 1000,
      (msg, detail) => app.log.info(detail, msg),
    );
    if (team)
      io.err(
        'team server: keys, rate limits, the audit log and batch jobs are shared in PostgreSQL; run `interdict worker --db …` to screen jobs\n',
      );
    else if (keys.size === 0)
      io.err('no API keys configured (INTERDICT_API_KEYS or --keys): writes are refused\n');
    if (anonymousJobs) io.err('clients without a key may start jobs (--anonymous-jobs or --demo)\n');
    let address: string;
    try {
      address = await app.listen({ port, host });
    } catch (e) {
      await app.close();
      await team?.close();
      await store.close();
      const code = (e as { code?: string }).code;
      if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
        const why =
          code === 'EADDRINUSE'
            ? 'is in use'
            : code === 'EACCES'
              ? 'is not open to this user'
              : 'is not available';
        throw new InterdictError(
          'E_IO',
          `port ${port} on ${host} ${why}`,
          undefined,
          `pass --port ${port + 1}, or stop what holds it`,
        );
      }
      throw e;
    }
    io.err(`Interdict on ${address} — web app /, API docs /docs, OpenAPI /openapi.json\n`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    // Running jobs are cancelled (preClose); whatever still holds on is cut after SHUTDOWN_MS.
    const force = setTimeout(() => {
      io.err(`shutdown took longer than ${SHUTDOWN_MS / 1000} s; exiting\n`);
      process.exit(1);
    }, SHUTDOWN_MS);
    force.unref();
    io.err('stopping: cancelling running jobs\n');
    await scheduler.stop();
    await app.close();
    await team?.close();
    await monitor.close();
    await store.close();
    clearTimeout(force);
    return 0;
  },
};
