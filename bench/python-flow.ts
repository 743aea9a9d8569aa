// Times python-igraph's maxflow and NetworkX's preflow_push on a DIMACS file,
// in Debian's /usr/bin/python3 (package python3-igraph): the solve timed inside
// Python, or the whole process as a user would run it.

import { execFileSync } from 'node:child_process';
import { runProcess, type ProcessRun } from './lib/process.js';

export const PYTHON = '/usr/bin/python3';

const SCRIPT = String.raw`
import sys, json, time, resource
which, path = sys.argv[1], sys.argv[2]
n = s = t = 0
tails, heads, caps = [], [], []
with open(path) as f:
    for line in f:
        p = line.split()
        if not p: continue
        if p[0] == 'p': n = int(p[2])
        elif p[0] == 'n': 
            if p[2] == 's': s = int(p[1]) - 1
            else: t = int(p[1]) - 1
        elif p[0] == 'a':
            tails.append(int(p[1]) - 1); heads.append(int(p[2]) - 1); caps.append(float(p[3]))
if which == 'igraph':
    import igraph
    g = igraph.Graph(n=n, edges=list(zip(tails, heads)), directed=True)
    t0 = time.perf_counter()
    value = g.maxflow(s, t, capacity=caps).value
    dt = time.perf_counter() - t0
else:
    import networkx as nx
    from networkx.algorithms.flow import preflow_push
    G = nx.DiGraph()
    G.add_nodes_from(range(n))
    for u, v, c in zip(tails, heads, caps):
        if G.has_edge(u, v): G[u][v]['capacity'] += c
        else: G.add_edge(u, v, capacity=c)
    t0 = time.perf_counter()
    R = preflow_push(G, s, t)
    value = R.graph['flow_value']
    dt = time.perf_counter() - t0
print(json.dumps({'value': value, 'seconds': dt, 'maxRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
`;

export interface PythonTiming {
  value: number;
  seconds: number;
  maxRssMb: number;
}

/** Runs one solver; undefined when Python or the package is missing or the run exceeds the timeout. */
export function timePython(
  which: 'igraph' | 'networkx',
  dimacsPath: string,
  timeoutMs: number,
): PythonTiming | undefined {
  try {
    const out = execFileSync(PYTHON, ['-c', SCRIPT, which, dimacsPath], {
      encoding: 'utf8',
      timeout: timeoutMs,
      maxBuffer: 1 << 20,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return JSON.parse(out.trim().split('\n').pop()!) as PythonTiming;
  } catch {
    return undefined;
  }
}

/** python-igraph as a whole process: read the file, build the graph, solve; undefined when it fails or times out. */
export function igraphProcess(
  dimacsPath: string,
  timeoutMs: number,
): (ProcessRun & { value: number }) | undefined {
  const r = runProcess(PYTHON, ['-c', SCRIPT, 'igraph', dimacsPath], { timeoutMs });
  if (r.code !== 0) return undefined;
  try {
    return { ...r, value: (JSON.parse(r.stdout.trim().split('\n').pop()!) as PythonTiming).value };
  } catch {
    return undefined;
  }
}
