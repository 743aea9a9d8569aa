// Where Interdict keeps its data on this machine: the SQLite file defaults to a
// per-user data folder, overridden by --db or INTERDICT_DB.

import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: Record<string, string | undefined>): string {
  if (env.XDG_DATA_HOME) return join(env.XDG_DATA_HOME, 'interdict');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'interdict');
  if (process.platform === 'win32' && env.APPDATA) return join(env.APPDATA, 'interdict');
  return join(homedir(), '.local', 'share', 'interdict');
}

export function resolveDbPath(
  flagValue: string | undefined,
  env: Record<string, string | undefined>,
): string {
  return flagValue ?? env.INTERDICT_DB ?? join(defaultDataDir(env), 'interdict.db');
}
