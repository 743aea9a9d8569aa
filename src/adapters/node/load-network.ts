// Turns a FILE|NETWORK argument into a Network: a scenario (YAML/JSON), FtM
// JSON lines, a CSV edge list, a DIMACS file, or a stored network name[@version].

import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { UsageError } from '../../core/model/errors.js';
import type { Network } from '../../core/model/network.js';
import { openNetwork, parseNetworkRef } from '../../service/networks.js';
import { readByteChunks, readChunks, readLines, readText, sha256File } from './files.js';
import { openStore } from './open-store.js';
import { resolveDbPath } from './paths.js';

/** The largest scenario file read (scenarios are read whole; big networks stream as FtM or CSV). */
export const MAX_SCENARIO_BYTES = 32 * 1024 * 1024;

export const NETWORK_FORMATS = ['scenario', 'ftm', 'csv', 'dimacs'] as const;
export type NetworkFormat = (typeof NETWORK_FORMATS)[number];

export interface LoadedNetwork {
  network: Network;
  /** What the network was loaded from, for messages. */
  label: string;
  format: NetworkFormat | 'stored';
  /** SHA-256 of the source file (files only, and only when asked for: `hash: true`). */
  contentHash?: string;
  version?: number;
}

function idFromPath(path: string): string {
  const base = basename(path).replace(/\.(ftm\.json|jsonl|ndjson|json|ya?ml|csv|max|dimacs)$/i, '');
  return base.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'network';
}

/** The first `bytes` bytes of a file as text (a cut character at the end is dropped). */
function readHead(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Guess the format from the file name and, for .json, from the first line. */
export function detectFormat(path: string): NetworkFormat {
  const lower = path.toLowerCase();
  if (/\.ya?ml$/.test(lower)) return 'scenario';
  if (/\.(jsonl|ndjson|ftm\.json)$/.test(lower)) return 'ftm';
  if (lower.endsWith('.csv')) return 'csv';
  if (/\.(max|dimacs|dmx)$/.test(lower)) return 'dimacs';
  if (lower.endsWith('.json')) {
    const head = readHead(path, 4096);
    const firstLine = head.split('\n', 1)[0] ?? '';
    try {
      const obj = JSON.parse(firstLine) as Record<string, unknown>;
      if (obj && typeof obj === 'object' && 'schema' in obj && 'properties' in obj) return 'ftm';
    } catch {
      // multi-line JSON: a scenario
    }
    return 'scenario';
  }
  throw new UsageError(`cannot tell the format of ${path}`, `pass --format ${NETWORK_FORMATS.join('|')}`);
}

export async function loadNetworkFile(
  path: string,
  format: NetworkFormat = detectFormat(path),
  options: { hash?: boolean } = {},
): Promise<LoadedNetwork> {
  const file = path;
  const id = idFromPath(path);
  let network: Network;
  // Each reader is loaded only for its format (the scenario reader brings YAML and JSON Schema).
  switch (format) {
    case 'scenario': {
      const { parseScenario } = await import('../../core/ingest/scenario.js');
      network = parseScenario(readText(path, MAX_SCENARIO_BYTES), { file });
      break;
    }
    case 'ftm': {
      const { parseFtmNetwork } = await import('../../core/ingest/ftm-network.js');
      network = await parseFtmNetwork(readLines(path), { file, id });
      break;
    }
    case 'csv': {
      const { parseEdgeListChunks } = await import('../../core/ingest/edge-list.js');
      network = await parseEdgeListChunks(readChunks(path), { file, id });
      break;
    }
    case 'dimacs': {
      const { parseDimacsBytes } = await import('../../core/ingest/dimacs.js');
      network = await parseDimacsBytes(readByteChunks(path), { file, id });
      break;
    }
  }
  // Hashing reads the file a second time: only for callers that store or report the hash.
  const loaded: LoadedNetwork = { network, label: path, format };
  if (options.hash) loaded.contentHash = await sha256File(path);
  return loaded;
}

export interface LoadOptions {
  env: Record<string, string | undefined>;
  db?: string | undefined;
  format?: string | undefined;
  /** Compute the file's SHA-256 (`contentHash`): for storing the network or reporting its source. */
  hash?: boolean;
}

/** A path to an existing file, else a stored network `name[@version]`. */
export async function loadNetwork(arg: string, options: LoadOptions): Promise<LoadedNetwork> {
  if (options.format !== undefined && !(NETWORK_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`unknown format "${options.format}"`, `use one of: ${NETWORK_FORMATS.join(', ')}`);
  }
  if (existsSync(arg))
    return loadNetworkFile(arg, options.format as NetworkFormat | undefined, { hash: options.hash ?? false });
  const ref = parseNetworkRef(arg);
  if (!ref)
    throw new UsageError(
      `no such file or stored network: ${arg}`,
      'give a file path or a stored network name (interdict networks list)',
    );
  const store = await openStore(resolveDbPath(options.db, options.env));
  try {
    const { network, info, label } = await openNetwork(store, ref);
    return { network, label, format: 'stored', version: info.version };
  } catch (e) {
    if ((e as { code?: string }).code === 'E_NOT_FOUND') {
      throw new UsageError(
        `no such file or stored network: ${arg}`,
        'give a file path, or import it first with: interdict networks import FILE',
      );
    }
    throw e;
  } finally {
    await store.close();
  }
}
