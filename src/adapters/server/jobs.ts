// Long work as jobs: a runner gets a progress callback and an abort signal;
// status is polled or streamed (listeners), and finished jobs expire.

import { randomUUID } from 'node:crypto';
import type { JobState, JobStatus } from '../../contract/jobs.js';
import { formatError, isInterdictError } from '../../core/model/errors.js';

export interface JobContext {
  signal: AbortSignal;
  progress(done: number, total: number): void;
}

export type JobRunner = (ctx: JobContext) => Promise<unknown>;

/** Called with a snapshot on every progress step and state change. */
export type Listener = (status: JobStatus, type: 'progress' | 'state') => void;

interface Job {
  status: JobStatus;
  result?: unknown;
  controller: AbortController;
  listeners: Set<Listener>;
  owner: string;
}

export const JOBS_DEFAULTS = { keepMs: 60 * 60 * 1000, maxRunning: 2, maxPerOwner: 4 };

/** Thrown by submit when the owner already has `maxPerOwner` unfinished jobs. */
export class JobLimitError extends Error {
  constructor(readonly limit: number) {
    super(`this key already has ${limit} jobs queued or running`);
  }
}

const finished = (state: JobState): boolean =>
  state === 'done' || state === 'failed' || state === 'cancelled';

export class JobQueue {
  private readonly jobs = new Map<string, Job>();
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: typeof JOBS_DEFAULTS = JOBS_DEFAULTS) {}

  /** Queue a job owned by `owner` (a key id); throws JobLimitError past the per-owner cap. */
  submit(kind: string, owner: string, runner: JobRunner): JobStatus {
    let open = 0;
    for (const j of this.jobs.values()) if (j.owner === owner && !finished(j.status.state)) open++;
    if (open >= this.options.maxPerOwner) throw new JobLimitError(this.options.maxPerOwner);
    const id = randomUUID();
    const job: Job = {
      status: {
        id,
        kind,
        state: 'queued',
        progress: { done: 0, total: 0 },
        createdAt: new Date().toISOString(),
      },
      controller: new AbortController(),
      listeners: new Set(),
      owner,
    };
    this.jobs.set(id, job);
    void this.run(job, runner);
    return { ...job.status };
  }

  private async slot(): Promise<void> {
    if (this.running < this.options.maxRunning) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }

  private async run(job: Job, runner: JobRunner): Promise<void> {
    await this.slot();
    try {
      if (job.controller.signal.aborted) return;
      this.setState(job, 'running');
      let last = 0;
      job.result = await runner({
        signal: job.controller.signal,
        progress: (done, total) => {
          job.status.progress = { done, total };
          const now = Date.now();
          if (now - last > 100 || done === total) {
            last = now;
            this.emit(job, 'progress');
          }
        },
      });
      if (job.controller.signal.aborted) return;
      this.setState(job, 'done');
    } catch (e) {
      if (!job.controller.signal.aborted) {
        job.status.error = isInterdictError(e) ? formatError(e, 'http') : (e as Error).message;
        this.setState(job, 'failed');
      }
    } finally {
      this.release();
      setTimeout(() => this.jobs.delete(job.status.id), this.options.keepMs).unref();
    }
  }

  private setState(job: Job, state: JobState): void {
    job.status.state = state;
    if (state === 'done' || state === 'failed' || state === 'cancelled')
      job.status.finishedAt = new Date().toISOString();
    this.emit(job, 'state');
  }

  private emit(job: Job, type: 'progress' | 'state'): void {
    const snapshot = { ...job.status, progress: { ...job.status.progress } };
    for (const l of job.listeners) l(snapshot, type);
  }

  get(id: string): { status: JobStatus; result?: unknown; owner: string } | undefined {
    const job = this.jobs.get(id);
    return job && { status: { ...job.status }, result: job.result, owner: job.owner };
  }

  /** Every job, or only those of one owner. */
  list(owner?: string): JobStatus[] {
    return [...this.jobs.values()]
      .filter((j) => owner === undefined || j.owner === owner)
      .map((j) => ({ ...j.status }));
  }

  /** Cancel a queued or running job; false when it had already finished. */
  cancel(id: string): boolean {
    const job = this.jobs.get(id);
    if (!job || finished(job.status.state)) return false;
    job.controller.abort();
    this.setState(job, 'cancelled');
    return true;
  }

  /** Listen to a job's progress and state; returns the unsubscribe function. */
  subscribe(id: string, listener: Listener): () => void {
    const job = this.jobs.get(id);
    if (!job) return () => {};
    job.listeners.add(listener);
    return () => job.listeners.delete(listener);
  }

  /** Cancel everything (server shutdown). */
  close(): void {
    for (const id of this.jobs.keys()) this.cancel(id);
  }
}

/** Yield to the event loop so a long loop lets requests (and cancellation) in. */
export function yieldNow(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
