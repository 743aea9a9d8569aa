// Server settings, read once at the edge (flags, environment, key file) and
// passed down; every setting has a default in SERVER_DEFAULTS.

import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { UsageError } from '../../core/model/errors.js';

export interface ServerConfig {
  /** API key → key id (the id is what logs and the audit record show). */
  keys: Map<string, string>;
  /** `open`: anyone may read; `keyed`: reads need a key too. Writes always need one. */
  reads: 'open' | 'keyed';
  /** Largest request body, bytes. */
  bodyLimit: number;
  /** Requests per minute per key (or per address without a key); 0 turns limiting off. */
  rateLimit: number;
  /** Folder of the built web app; undefined serves no web app. */
  webRoot?: string;
  /** Fastify logger: true for JSON logs on stdout, false for none. */
  logger: boolean | { level: string };
}

export const SERVER_DEFAULTS: ServerConfig = {
  keys: new Map(),
  reads: 'open',
  bodyLimit: 10 * 1024 * 1024,
  rateLimit: 1200,
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

/** Keys from INTERDICT_API_KEYS and from a key file, merged. */
export function loadKeys(env: Record<string, string | undefined>, keyFile?: string): Map<string, string> {
  const keys = env.INTERDICT_API_KEYS
    ? parseKeys(env.INTERDICT_API_KEYS, 'INTERDICT_API_KEYS')
    : new Map<string, string>();
  if (keyFile) {
    let text: string;
    try {
      text = readFileSync(keyFile, 'utf8');
    } catch (e) {
      throw new UsageError(
        `cannot read key file ${keyFile}: ${(e as Error).message}`,
        'give a file with one id:key per line',
      );
    }
    for (const [k, id] of parseKeys(text, keyFile)) keys.set(k, id);
  }
  return keys;
}
