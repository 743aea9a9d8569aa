// Downloads list files into a cache folder with conditional requests
// (ETag / If-Modified-Since), retries with backoff and SHA-256 checksums.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { InterdictError } from '../../core/model/errors.js';
import { sha256File } from './files.js';
import type { ListSource } from './list-sources.js';

export interface FetchOptions {
  /** Attempts per file (network errors, 5xx and 429 are retried). */
  attempts: number;
  /** First retry delay in ms; doubles each time. */
  backoffMs: number;
  fetch: typeof fetch;
  timeoutMs: number;
}

export const FETCH_DEFAULTS: FetchOptions = {
  attempts: 4,
  backoffMs: 500,
  fetch: globalThis.fetch,
  timeoutMs: 120_000,
};

interface CacheEntry {
  url: string;
  etag?: string;
  lastModified?: string;
  sha256: string;
}

export interface FetchedFile {
  file: string;
  url: string;
  status: 'downloaded' | 'not-modified';
  sha256: string;
}

const STATE = 'state.json';

function readState(dir: string): Record<string, CacheEntry> {
  const p = join(dir, STATE);
  return existsSync(p) ? (JSON.parse(readFileSync(p, 'utf8')) as Record<string, CacheEntry>) : {};
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function request(
  url: string,
  headers: Record<string, string>,
  options: FetchOptions,
): Promise<Response> {
  let lastError = '';
  for (let attempt = 1; attempt <= options.attempts; attempt++) {
    try {
      const res = await options.fetch(url, { headers, signal: AbortSignal.timeout(options.timeoutMs) });
      if (res.status < 500 && res.status !== 429) return res;
      lastError = `HTTP ${res.status}`;
      await res.body?.cancel();
    } catch (e) {
      lastError = (e as Error).message;
    }
    if (attempt < options.attempts) await sleep(options.backoffMs * 2 ** (attempt - 1));
  }
  throw new InterdictError(
    'E_IO',
    `cannot fetch ${url} after ${options.attempts} attempts: ${lastError}`,
    undefined,
    'check the network and the URL, or try again later',
  );
}

/** Fetches one source's files into `dir`; a cached file is reused when the server says it is unchanged. */
export async function fetchSource(
  source: ListSource,
  dir: string,
  options: FetchOptions = FETCH_DEFAULTS,
): Promise<FetchedFile[]> {
  mkdirSync(dir, { recursive: true });
  const state = readState(dir);
  const out: FetchedFile[] = [];
  for (const { url, file, sha256: expected } of source.files) {
    const path = join(dir, file);
    const cached = state[file];
    // Only trust the cache if the file on disk is the one we recorded.
    const usable =
      cached && cached.url === url && existsSync(path) && (await sha256File(path)) === cached.sha256;
    const headers: Record<string, string> = {};
    if (usable && cached.etag) headers['If-None-Match'] = cached.etag;
    if (usable && cached.lastModified) headers['If-Modified-Since'] = cached.lastModified;
    const res = await request(url, headers, options);
    if (res.status === 304 && usable) {
      out.push({ file, url, status: 'not-modified', sha256: cached.sha256 });
      continue;
    }
    if (!res.ok)
      throw new InterdictError(
        'E_IO',
        `fetching ${url} gave HTTP ${res.status}`,
        undefined,
        'check the URL in the sources',
      );
    const body = new Uint8Array(await res.arrayBuffer());
    const digest = createHash('sha256').update(body).digest('hex');
    if (expected && expected.toLowerCase() !== digest) {
      throw new InterdictError(
        'E_IO',
        `checksum mismatch for ${url}: expected ${expected}, got ${digest}`,
        undefined,
        'the download is corrupt or the list changed; fetch again or update the checksum',
      );
    }
    const declared = res.headers.get('content-length');
    if (declared && Number(declared) !== body.length) {
      throw new InterdictError(
        'E_IO',
        `${url} was cut short: ${body.length} of ${declared} bytes`,
        undefined,
        'try again',
      );
    }
    writeFileSync(`${path}.part`, body);
    renameSync(`${path}.part`, path);
    state[file] = {
      url,
      sha256: digest,
      ...(res.headers.get('etag') ? { etag: res.headers.get('etag')! } : {}),
      ...(res.headers.get('last-modified') ? { lastModified: res.headers.get('last-modified')! } : {}),
    };
    writeFileSync(join(dir, STATE), JSON.stringify(state, null, 2));
    out.push({ file, url, status: 'downloaded', sha256: digest });
  }
  return out;
}
