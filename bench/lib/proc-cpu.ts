// CPU time of processes from /proc (Linux): one process, or every descendant
// of one (a browser and its GPU and renderer processes), in milliseconds.

import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

function stat(pid: number): { ppid: number; cpuMs: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = text.slice(text.lastIndexOf(') ') + 2).split(' ');
    return { ppid: Number(f[1]), cpuMs: (Number(f[11]) + Number(f[12])) * TICK_MS };
  } catch {
    return undefined;
  }
}

/** CPU milliseconds (user + system) `pid` has used; 0 when it is gone or /proc is missing. */
export function processCpuMs(pid: number | undefined): number {
  return pid ? (stat(pid)?.cpuMs ?? 0) : 0;
}

/** CPU milliseconds of every living descendant of `root`, leaving out the subtrees of `except`. */
export function descendantsCpuMs(root: number, except: readonly number[] = []): number {
  if (!existsSync('/proc')) return 0;
  const children = new Map<number, number[]>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (!s) continue;
    cpu.set(pid, s.cpuMs);
    const list = children.get(s.ppid);
    if (list) list.push(pid);
    else children.set(s.ppid, [pid]);
  }
  let total = 0;
  const walk = (pid: number) => {
    for (const c of children.get(pid) ?? []) {
      if (except.includes(c)) continue;
      total += cpu.get(c) ?? 0;
      walk(c);
    }
  };
  walk(root);
  return total;
}
