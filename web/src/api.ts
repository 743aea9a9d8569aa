// Calls to the Interdict API, typed with the shared contract; errors come
// back as ApiError carrying the server's code, message and hint.

import type {
  AnalysisRequest,
  DatasetDiffOut,
  ErrorBody,
  FlowResponse,
  FrontierResponse,
  JobStatus,
  MatchResponse,
  NetworkResponse,
  VersionSummary,
  BatchScreenResult,
  RebuildResponse,
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

async function call<T>(method: string, url: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
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

export const api = {
  networks: (signal?: AbortSignal) => call<VersionSummary[]>('GET', '/networks', undefined, signal),
  network: (id: string, signal?: AbortSignal) =>
    call<NetworkResponse>('GET', `/networks/${enc(id)}`, undefined, signal),
  flow: (id: string, request: AnalysisRequest, signal?: AbortSignal) =>
    call<FlowResponse>('POST', `/networks/${enc(id)}/flow`, request, signal),
  frontier: (id: string, signal?: AbortSignal) =>
    call<FrontierResponse>('POST', `/networks/${enc(id)}/frontier`, {}, signal),
  /** The adversary's answer, with the server's default rebuild budget. */
  rebuild: (id: string, actions: string[], signal?: AbortSignal) =>
    call<RebuildResponse>('POST', `/networks/${enc(id)}/rebuild`, { actions }, signal),
  datasets: () => call<VersionSummary[]>('GET', '/datasets'),
  datasetVersions: (id: string) => call<VersionSummary[]>('GET', `/datasets/${enc(id)}/versions`),
  datasetDiff: (id: string, from: number, to: number) =>
    call<DatasetDiffOut>('GET', `/datasets/${enc(id)}/diff?from=${from}&to=${to}`),
  startDiff: (dataset: string, from: number, to: number) =>
    call<JobStatus>('POST', '/jobs/diff', { dataset, from, to }),
  diffResult: (id: string) => call<DatasetDiffOut>('GET', `/jobs/${enc(id)}/result`),
  match: (dataset: string, name: string, schema: string, threshold: number) =>
    call<MatchResponse>('POST', `/match/${enc(dataset)}?limit=10&threshold=${threshold}`, {
      queries: { q: { schema, properties: { name: [name] } } },
    }),
  startBatch: (dataset: string, csv: string) => call<JobStatus>('POST', '/jobs/screen', { dataset, csv }),
  job: (id: string) => call<JobStatus>('GET', `/jobs/${enc(id)}`),
  jobResult: (id: string) => call<BatchScreenResult>('GET', `/jobs/${enc(id)}/result`),
  cancelJob: (id: string) => call<JobStatus>('DELETE', `/jobs/${enc(id)}`),
};
