// Reads DIMACS max-flow files into raw arrays and writes instances as DIMACS
// for the Python solvers, without building per-arc objects.

import { readFileSync, writeFileSync } from 'node:fs';
import { ArcBuffer, type FlowInstance } from './generators/flow-instance.js';

export function readDimacsInstance(path: string, family: string): FlowInstance {
  const text = readFileSync(path, 'utf8');
  let n = 0;
  let source = -1;
  let sink = -1;
  const arcs = new ArcBuffer(1024);
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] === 'p') n = Number(f[2]);
    else if (f[0] === 'n' && f[2] === 's') source = Number(f[1]) - 1;
    else if (f[0] === 'n' && f[2] === 't') sink = Number(f[1]) - 1;
    else if (f[0] === 'a') arcs.add(Number(f[1]) - 1, Number(f[2]) - 1, Number(f[3]));
  }
  return arcs.instance(family, n, source, sink);
}

export function writeDimacsInstance(path: string, g: FlowInstance): void {
  const m = g.tails.length;
  const lines: string[] = [`p max ${g.n} ${m}`, `n ${g.source + 1} s`, `n ${g.sink + 1} t`];
  for (let i = 0; i < m; i++) lines.push(`a ${g.tails[i]! + 1} ${g.heads[i]! + 1} ${g.caps[i]!}`);
  writeFileSync(path, lines.join('\n') + '\n');
}
