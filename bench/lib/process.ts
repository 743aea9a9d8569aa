// Times a whole process as a user runs it: wall time from spawn to exit and,
// where GNU time is installed (/usr/bin/time, Debian package `time`), its peak
// resident set size.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  ms: number;
  /** Peak RSS of the process in MB (undefined without GNU time). */
  rssMb?: number;
  /** CPU seconds (user + system) of the process (undefined without GNU time). */
  cpuS?: number;
  code: number;
  stdout: string;
  stderr: string;
}

/** One run of `cmd args…`; `ms` includes process start and exit. */
export function runProcess(
  cmd: string,
  args: string[],
  options: { timeoutMs?: number; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): ProcessRun {
  const wrap = existsSync(GNU_TIME);
  const [file, argv] = wrap ? [GNU_TIME, ['-f', '\n@rss %M %U %S', cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const r = spawnSync(file, argv, {
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 600_000,
    maxBuffer: 256 << 20,
    cwd: options.cwd,
    env: options.env ?? process.env,
  });
  const ms = performance.now() - t0;
  let stderr = r.stderr ?? '';
  let rssMb: number | undefined;
  let cpuS: number | undefined;
  const m = /\n?@rss (\d+) ([\d.]+) ([\d.]+)\s*$/.exec(stderr);
  if (m) {
    rssMb = Number(m[1]) / 1024;
    cpuS = Number(m[2]) + Number(m[3]);
    stderr = stderr.slice(0, m.index);
  }
  return {
    ms,
    ...(rssMb !== undefined ? { rssMb, cpuS } : {}),
    code: r.status ?? -1,
    stdout: r.stdout ?? '',
    stderr,
  };
}

/** The median of `xs` (the mean of the middle two for an even count). */
export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

/** Median wall time over `runs` runs (and the largest peak RSS); throws if a run fails. */
export function medianRun(
  cmd: string,
  args: string[],
  runs: number,
  options: { timeoutMs?: number; cwd?: string; env?: NodeJS.ProcessEnv } = {},
): ProcessRun {
  const all: ProcessRun[] = [];
  for (let i = 0; i < runs; i++) {
    const r = runProcess(cmd, args, options);
    if (r.code !== 0) {
      throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}: ${r.stderr.slice(0, 2000)}`);
    }
    all.push(r);
  }
  const sorted = [...all].sort((a, b) => a.ms - b.ms);
  const mid = sorted[sorted.length >> 1]!;
  const rss = all.map((r) => r.rssMb).filter((x): x is number => x !== undefined);
  return { ...mid, ...(rss.length ? { rssMb: Math.max(...rss) } : {}) };
}
