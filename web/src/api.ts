// Calls to the Interdict API, typed with the shared contract; errors come
// back as ApiError carrying the server's code, message and hint. Every call
// takes an AbortSignal; writes (and jobs) send the API key typed in the
// header's key field (kept for this browser tab only).

import type {
  AnalysisRequest,
  DatasetDiffOut,
  ErrorBody,
  FlowResponse,
  FrontierResponse,
  JobEvent,
  JobStatus,
  MatchResponse,
  NetworkResponse,
  PlanRequest,
  VersionSummary,
  BatchScreenResult,
  RebuildResponse,
  WeakLinksResponse,
} from './types';

/** The message to show for a failed call: the server's message and its hint. */
export function errorText(e: unknown): string {
  if (e instanceof ApiError) return `${e.message}${e.hint ? ` — ${e.hint}` : ''}`;
  return e instanceof Error ? e.message : String(e);
}

/** True when the call was cancelled (the answer is no longer wanted). */
export function isAbort(e: unknown): boolean {
  return e instanceof DOMException && e.name === 'AbortError';
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

const KEY_ITEM = 'interdict-key';

/** The API key typed in this tab, if any. */
export function apiKey(): string {
  return sessionStorage.getItem(KEY_ITEM) ?? '';
}

export function setApiKey(key: string): void {
  if (key) sessionStorage.setItem(KEY_ITEM, key);
  else sessionStorage.removeItem(KEY_ITEM);
}

function keyHeader(): Record<string, string> {
  const k = apiKey();
  return k ? { authorization: `ApiKey ${k}` } : {};
}

/** Fetch a report with the key and open it (HTML in a new tab) or save it (PDF, CSV, JSON). */
export async function openReport(
  path: string,
  format: 'html' | 'pdf' | 'csv' | 'json',
  name: string,
): Promise<void> {
  const sep = path.includes('?') ? '&' : '?';
  const res = await fetch(`${path}${sep}format=${format}`, { headers: keyHeader() });
  if (!res.ok) throw new Error(`${name}: ${res.status} ${res.statusText}`);
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  if (format === 'html') a.target = '_blank';
  else a.download = `${name}.${format}`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

async function call<T>(
  method: string,
  url: string,
  body?: unknown,
  signal?: AbortSignal,
  contentType = 'application/json',
): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': contentType }), ...keyHeader() },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal,
  });
  const data: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    const e = (data as ErrorBody | undefined)?.error;
    throw new ApiError(
      res.status,
      e?.code ?? 'E_HTTP',
      e?.message ?? `${res.status} ${res.statusText}`,
      e?.hint,
    );
  }
  return data as T;
}

const enc = encodeURIComponent;

/** One screening query: a name and what else is known. */
export interface ScreenQuery {
  name: string;
  schema: string;
  country?: string;
  birthDate?: string;
  threshold: number;
  limit?: number;
}

/** An entity as GET /entities/{id} returns it (FtM, merged across datasets). */
export interface EntityPage {
  id: string;
  caption: string;
  schema: string;
  properties: Record<string, unknown[]>;
  datasets: string[];
  versions?: Record<string, number>;
  referents: string[];
  first_seen: string | null;
  last_seen: string | null;
  last_change: string | null;
}

export type UploadFormat = 'scenario' | 'ftm' | 'csv' | 'dimacs';

export interface LinkResult {
  info: VersionSummary;
  node: string;
  changed: boolean;
}

/**
 * Follow a job's server-sent events until it finishes, with the API key sent
 * (EventSource cannot send headers, so the stream is read with fetch).
 * Resolves with the last status; rejects when cancelled through `signal`.
 */
export async function followJob(
  id: string,
  onStatus: (status: JobStatus) => void,
  signal?: AbortSignal,
): Promise<JobStatus> {
  const res = await fetch(`/jobs/${enc(id)}/events`, { headers: keyHeader(), signal });
  if (!res.ok || !res.body) {
    const e = ((await res.json().catch(() => undefined)) as ErrorBody | undefined)?.error;
    throw new ApiError(res.status, e?.code ?? 'E_HTTP', e?.message ?? res.statusText, e?.hint);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  let last: JobStatus | undefined;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block
        .split('\n')
        .filter((l) => l.startsWith('data:'))
        .map((l) => l.slice(5).trim())
        .join('\n');
      if (!data) continue;
      last = (JSON.parse(data) as JobEvent).job;
      onStatus(last);
    }
  }
  if (!last) throw new ApiError(0, 'E_HTTP', 'the job stream ended without a status');
  return last;
}

export const api = {
  networks: (signal?: AbortSignal) => call<VersionSummary[]>('GET', '/networks', undefined, signal),
  network: (id: string, version?: number, signal?: AbortSignal) =>
    call<NetworkResponse>(
      'GET',
      `/networks/${enc(id)}${version !== undefined ? `?version=${version}` : ''}`,
      undefined,
      signal,
    ),
  networkVersions: (id: string, signal?: AbortSignal) =>
    call<VersionSummary[]>('GET', `/networks/${enc(id)}/versions`, undefined, signal),
  flow: (id: string, request: AnalysisRequest, signal?: AbortSignal) =>
    call<FlowResponse>('POST', `/networks/${enc(id)}/flow`, request, signal),
  weakLinks: (id: string, request: AnalysisRequest, signal?: AbortSignal) =>
    call<WeakLinksResponse>('POST', `/networks/${enc(id)}/weak-links`, request, signal),
  frontier: (id: string, request: PlanRequest = {}, signal?: AbortSignal) =>
    call<FrontierResponse>('POST', `/networks/${enc(id)}/frontier`, request, signal),
  /** The adversary's answer to `actions`, within `budget` (the server's default when absent). */
  rebuild: (id: string, request: PlanRequest, signal?: AbortSignal) =>
    call<RebuildResponse>('POST', `/networks/${enc(id)}/rebuild`, request, signal),
  /** A frontier, plan or rebuild as a job (a worker thread on the server). */
  startPlanJob: (
    network: string,
    kind: 'frontier' | 'plan' | 'rebuild',
    request: PlanRequest,
    signal?: AbortSignal,
  ) => call<JobStatus>('POST', '/jobs/plan', { network, kind, ...request }, signal),
  /** Store a network from a file's text as the next version of `name`. */
  upload: (text: string, format: UploadFormat, name: string | undefined, signal?: AbortSignal) => {
    const q = new URLSearchParams();
    if (format !== 'scenario') q.set('format', format);
    if (name) q.set('name', name);
    const isJson = format === 'scenario' && /^\s*[{[]/.test(text);
    return call<VersionSummary & { unchanged?: boolean }>(
      'POST',
      `/networks${q.size ? `?${q.toString()}` : ''}`,
      text,
      signal,
      isJson ? 'application/json' : format === 'scenario' ? 'application/yaml' : 'text/plain',
    );
  },
  /** Tie an actor of a network to the list entity it stands for (stores a new version). */
  link: (
    network: string,
    body: { node: string; entity: string; dataset: string; note?: string },
    signal?: AbortSignal,
  ) => call<LinkResult>('POST', `/networks/${enc(network)}/link`, body, signal),
  entity: (id: string, signal?: AbortSignal) =>
    call<EntityPage>('GET', `/entities/${enc(id)}`, undefined, signal),
  datasets: (signal?: AbortSignal) => call<VersionSummary[]>('GET', '/datasets', undefined, signal),
  datasetVersions: (id: string, signal?: AbortSignal) =>
    call<VersionSummary[]>('GET', `/datasets/${enc(id)}/versions`, undefined, signal),
  datasetDiff: (id: string, from: number, to: number) =>
    call<DatasetDiffOut>('GET', `/datasets/${enc(id)}/diff?from=${from}&to=${to}`),
  startDiff: (dataset: string, from: number, to: number) =>
    call<JobStatus>('POST', '/jobs/diff', { dataset, from, to }),
  diffResult: (id: string) => call<DatasetDiffOut>('GET', `/jobs/${enc(id)}/result`),
  match: (dataset: string, q: ScreenQuery, signal?: AbortSignal) => {
    const properties: Record<string, string[]> = { name: [q.name] };
    if (q.country) properties.country = [q.country];
    if (q.birthDate) properties.birthDate = [q.birthDate];
    return call<MatchResponse>(
      'POST',
      `/match/${enc(dataset)}?limit=${q.limit ?? 10}&threshold=${q.threshold}`,
      { queries: { q: { schema: q.schema, properties } } },
      signal,
    );
  },
  startBatch: (dataset: string, csv: string, threshold?: number) =>
    call<JobStatus>('POST', '/jobs/screen', {
      dataset,
      csv,
      ...(threshold !== undefined ? { threshold } : {}),
    }),
  job: (id: string) => call<JobStatus>('GET', `/jobs/${enc(id)}`),
  jobResult: (id: string) => call<BatchScreenResult>('GET', `/jobs/${enc(id)}/result`),
  jobOutput: <T>(id: string, signal?: AbortSignal) =>
    call<T>('GET', `/jobs/${enc(id)}/result`, undefined, signal),
  cancelJob: (id: string) => call<JobStatus>('DELETE', `/jobs/${enc(id)}`),
};

/**
 * The frontier as a job with progress when the server runs jobs for this
 * caller (an API key, or anonymous jobs allowed), else the direct request.
 */
export async function frontierWithProgress(
  id: string,
  request: PlanRequest,
  progress: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<FrontierResponse> {
  let job: JobStatus;
  try {
    job = await api.startPlanJob(id, 'frontier', request, signal);
  } catch (e) {
    if (e instanceof ApiError && (e.status === 401 || e.status === 429))
      return api.frontier(id, request, signal);
    throw e;
  }
  const cancel = () => void api.cancelJob(job.id).catch(() => undefined);
  signal?.addEventListener('abort', cancel, { once: true });
  const last = await followJob(job.id, (s) => progress(s.progress.done, s.progress.total), signal);
  signal?.removeEventListener('abort', cancel);
  if (last.state !== 'done')
    throw new ApiError(0, 'E_JOB', last.error ?? `the frontier job was ${last.state}`);
  return api.jobOutput<FrontierResponse>(job.id, signal);
}
