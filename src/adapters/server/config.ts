// Server settings, read once at the edge (flags, environment, key file) and
// passed down; every setting has a default in SERVER_DEFAULTS.

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { UsageError } from '../../core/model/errors.js';
import type { MonitorStore } from '../../service/monitor-store.js';
import type { TeamState } from '../node/team-state.js';

export interface ServerConfig {
  /** API key → key id (the id is what logs and the audit record show). */
  keys: Map<string, string>;
  /** Key ids that may see, read and cancel every key's jobs. */
  admins: Set<string>;
  /** Let clients without a key start jobs (off: a job needs a key). */
  anonymousJobs: boolean;
  /** Most jobs one key (or all anonymous clients together) may have queued or running. */
  maxJobsPerKey: number;
  /** `open`: anyone may read; `keyed`: reads need a key too. Writes always need one. */
  reads: 'open' | 'keyed';
  /** Largest request body, bytes. */
  bodyLimit: number;
  /** Requests per minute per key (or per address without a key); 0 turns limiting off. */
  rateLimit: number;
  /** Folder of the built web app; undefined serves no web app. */
  webRoot?: string;
  /** The monitor's state (watches, alerts, outbox); without it the monitoring endpoints are not served. */
  monitor?: MonitorStore;
  /** How often the alert stream and the scheduler look for new work, ms. */
  monitorPollMs: number;
  /** Named collections of datasets (`default` always holds every dataset). */
  collections?: Record<string, string[]>;
  /** Wrong API keys one client address may send per window before it is refused (429). */
  authFailures: { max: number; windowMs: number };
  /** Strings no error body may contain (the database location); the working and home folders are added. */
  privateStrings: string[];
  /**
   * State shared by replicas in PostgreSQL (keys, rate limits, batch jobs run by
   * `interdict worker` processes); without it all of that lives in this process.
   */
  team?: TeamState;
  /** Rows per chunk of a distributed batch job. */
  jobChunkSize: number;
  /** How often a replica looks for new dataset versions to load their indexes, ms (0: never). */
  reloadEveryMs: number;
  /** Fastify logger: true for JSON logs on stdout, false for none. */
  logger: boolean | { level: string };
}

export const SERVER_DEFAULTS: ServerConfig = {
  keys: new Map(),
  admins: new Set(),
  anonymousJobs: false,
  maxJobsPerKey: 4,
  authFailures: { max: 20, windowMs: 60_000 },
  privateStrings: [],
  reads: 'open',
  bodyLimit: 10 * 1024 * 1024,
  rateLimit: 1200,
  monitorPollMs: 1000,
  jobChunkSize: 2000,
  reloadEveryMs: 10_000,
  logger: false,
};

/** A key id that names the key without revealing it. */
export function keyIdOf(key: string): string {
  return `key-${createHash('sha256').update(key).digest('hex').slice(0, 8)}`;
}

/** Parse `id:key` or bare `key` entries, separated by commas or newlines; `#` starts a comment. */
export function parseKeys(text: string, where: string): Map<string, string> {
  const keys = new Map<string, string>();
  for (const raw of text.split(/[\n,]/)) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const colon = line.indexOf(':');
    const [id, key] =
      colon > 0 ? [line.slice(0, colon).trim(), line.slice(colon + 1).trim()] : [keyIdOf(line), line];
    if (key.length < 16) {
      throw new UsageError(
        `${where}: API key "${id}" is shorter than 16 characters`,
        'use a long random key, e.g. openssl rand -hex 24',
      );
    }
    keys.set(key, id);
  }
  return keys;
}

export interface Keyring {
  keys: Map<string, string>;
  /** Ids of the admin keys (also in `keys`). */
  admins: Set<string>;
}

/**
 * Keys from INTERDICT_API_KEYS and a key file, and admin keys from
 * INTERDICT_ADMIN_KEYS and key-file lines starting with `admin `, merged.
 */
export function loadKeyring(env: Record<string, string | undefined>, keyFile?: string): Keyring {
  const admins = new Set<string>();
  const keys = new Map<string, string>();
  const add = (text: string, where: string) => {
    const plain: string[] = [];
    for (const line of text.split(/\n/)) {
      const m = /^\s*admin\s+(.*)$/.exec(line);
      if (!m) {
        plain.push(line);
        continue;
      }
      for (const [k, id] of parseKeys(m[1]!, where)) {
        keys.set(k, id);
        admins.add(id);
      }
    }
    for (const [k, id] of parseKeys(plain.join('\n'), where)) keys.set(k, id);
  };
  if (env.INTERDICT_API_KEYS) add(env.INTERDICT_API_KEYS, 'INTERDICT_API_KEYS');
  if (env.INTERDICT_ADMIN_KEYS)
    for (const [k, id] of parseKeys(env.INTERDICT_ADMIN_KEYS, 'INTERDICT_ADMIN_KEYS')) {
      keys.set(k, id);
      admins.add(id);
    }
  if (keyFile) add(readKeyFile(keyFile), keyFile);
  return { keys, admins };
}

function readKeyFile(keyFile: string): string {
  try {
    return readFileSync(keyFile, 'utf8');
  } catch (e) {
    throw new UsageError(
      `cannot read key file ${keyFile}: ${(e as Error).message}`,
      'give a file with one id:key per line',
    );
  }
}

/** Keys from INTERDICT_API_KEYS and from a key file, merged. */
export function loadKeys(env: Record<string, string | undefined>, keyFile?: string): Map<string, string> {
  return loadKeyring(env, keyFile).keys;
}
