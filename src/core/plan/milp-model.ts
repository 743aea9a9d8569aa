// Max-flow interdiction as a mixed-integer model in CPLEX LP format: the dual
// (minimum-cut) formulation of Wood (1993), extended to partial and multi-arc
// actions (partial reductions of one arc multiply, as in model/measures.ts) and weighted pairs.

import { UsageError } from '../model/errors.js';
import type { InterdictionProblem } from './problem.js';

export interface MilpModelOptions {
  /**
   * `general`: w ≥ u·θ − Σ d·x per arc (any actions, pairs); `textbook`: Wood's
   * α/β/γ model, for single-arc removals and one pair (the benchmark's reference).
   */
  formulation: 'general' | 'textbook';
}

export const MILP_MODEL_DEFAULTS: MilpModelOptions = { formulation: 'general' };

export interface MilpModel {
  lp: string;
  /** Column name of each action's 0/1 variable, by action index. */
  actionColumns: string[];
}

/** Collects LP terms and wraps long rows (some readers cap line length). */
class LpWriter {
  readonly lines: string[] = [];
  row(name: string, terms: [number, string][], sense: string, rhs: number): void {
    this.lines.push(` ${name}: ${wrap(terms)} ${sense} ${num(rhs)}`);
  }
}

function num(v: number): string {
  return Number.isInteger(v) ? String(v) : v.toPrecision(15).replace(/\.?0+$/, '');
}

function wrap(terms: [number, string][]): string {
  if (terms.length === 0) return '0 x_zero';
  const parts = terms.map(([c, v], i) => `${c < 0 ? '-' : i ? '+' : ''} ${num(Math.abs(c))} ${v}`);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i += 8) out.push(parts.slice(i, i + 8).join(' '));
  return out.join('\n  ');
}

export function milpModel(problem: InterdictionProblem, opts: Partial<MilpModelOptions> = {}): MilpModel {
  const o = { ...MILP_MODEL_DEFAULTS, ...opts };
  return o.formulation === 'textbook' ? textbook(problem) : general(problem);
}

function general(problem: InterdictionProblem): MilpModel {
  const w = new LpWriter();
  const obj: [number, string][] = [];
  const bounds: string[] = [];
  const binaries: string[] = problem.actions.map((_a, k) => `x${k}`);
  const general: string[] = [];
  const actionsOn = new Map<number, [number, number][]>();
  problem.actions.forEach((a, k) => {
    for (let i = 0; i < a.arcs.length; i++) {
      const list = actionsOn.get(a.arcs[i]!) ?? [];
      list.push([k, a.fractions[i]!]);
      actionsOn.set(a.arcs[i]!, list);
    }
  });
  let usesZero = false;
  // q{a}_j: share of arc a kept after its first j actions, q_j = q_{j−1}·(1 − f_j·x_j),
  // linearised exactly by q_j ≥ (1 − f_j)·q_{j−1} and q_j ≥ q_{j−1} − f_j·x_j (q ≤ 1).
  const keptColumns = new Map<number, string>();
  const keptShare = (a: number, acts: [number, number][]): string => {
    const known = keptColumns.get(a);
    if (known) return known;
    let prev: string | undefined;
    acts.forEach(([k, f], j) => {
      const q = `q${a}_${j}`;
      bounds.push(` 0 <= ${q} <= 1`);
      if (prev) {
        w.row(
          `kf${a}_${j}`,
          [
            [1, q],
            [-(1 - f), prev],
          ],
          '>=',
          0,
        );
        w.row(
          `kx${a}_${j}`,
          [
            [1, q],
            [-1, prev],
            [f, `x${k}`],
          ],
          '>=',
          0,
        );
      } else {
        w.row(`kf${a}_${j}`, [[1, q]], '>=', 1 - f);
        w.row(
          `kx${a}_${j}`,
          [
            [1, q],
            [f, `x${k}`],
          ],
          '>=',
          1,
        );
      }
      prev = q;
    });
    keptColumns.set(a, prev!);
    return prev!;
  };
  problem.scenarios.forEach((sc, s) => {
    if (sc.weight === 0) return;
    const g = sc.graph;
    const p = (v: number) => `p${s}_${v}`;
    for (let v = 0; v < g.n; v++) general.push(p(v));
    for (const v of sc.sources) bounds.push(` ${p(v)} = 1`);
    for (const v of sc.sinks) bounds.push(` ${p(v)} = 0`);
    for (let a = 0; a < g.m; a++) {
      const u = g.caps[a]!;
      if (u === 0) continue;
      const tail = p(g.tails[a]!);
      const head = p(g.heads[a]!);
      const acts = actionsOn.get(a) ?? [];
      if (u === Infinity) {
        // Crossing the cut is allowed only where an action removes the arc.
        const removers = acts.filter(([, f]) => f >= 1);
        w.row(
          `unl${s}_${a}`,
          [[1, tail], [-1, head], ...removers.map(([k]): [number, string] => [-1, `x${k}`])],
          '<=',
          0,
        );
        continue;
      }
      const t = `t${s}_${a}`;
      bounds.push(` 0 <= ${t} <= 1`);
      w.row(
        `cut${s}_${a}`,
        [
          [1, t],
          [-1, tail],
          [1, head],
        ],
        '>=',
        0,
      );
      if (acts.length === 0) {
        obj.push([sc.weight * u, t]);
        continue;
      }
      const r = `w${s}_${a}`;
      obj.push([sc.weight, r]);
      if (acts.filter(([, f]) => f < 1).length < 2) {
        // At most one partial action: w ≥ u·t − Σ u·f·x is exact (a removal leaves 0 either way).
        w.row(
          `cap${s}_${a}`,
          [[1, r], [-u, t], ...acts.map(([k, f]): [number, string] => [u * f, `x${k}`])],
          '>=',
          0,
        );
        continue;
      }
      // Several partial actions multiply: w ≥ u·q − u·(1 − t), q the share the arc keeps.
      w.row(
        `cap${s}_${a}`,
        [
          [1, r],
          [-u, keptShare(a, acts)],
          [-u, t],
        ],
        '>=',
        -u,
      );
    }
  });
  const budget: [number, string][] = problem.actions.map((a, k) => [a.cost, `x${k}`]);
  if (budget.length === 0) usesZero = true;
  w.row('budget', budget, '<=', problem.budget);
  if (obj.length === 0) usesZero = true;
  if (usesZero) bounds.push(' x_zero = 0');
  // p variables are 0/1: declared binary.
  const lp = [
    'Minimize',
    ` obj: ${wrap(obj)}`,
    'Subject To',
    ...w.lines,
    'Bounds',
    ...bounds,
    'Binary',
    ...chunk([...binaries, ...general]),
    'End',
    '',
  ].join('\n');
  return { lp, actionColumns: binaries };
}

function textbook(problem: InterdictionProblem): MilpModel {
  const sc = problem.scenarios[0];
  if (problem.scenarios.length !== 1 || !sc || sc.sources.length !== 1 || sc.sinks.length !== 1) {
    throw new UsageError(
      'textbook model: needs exactly one source and one sink',
      'use the general formulation',
    );
  }
  const g = sc.graph;
  const gamma = new Map<number, number>();
  problem.actions.forEach((a, k) => {
    if (a.arcs.length !== 1 || a.fractions[0] !== 1 || gamma.has(a.arcs[0]!)) {
      throw new UsageError(
        `textbook model: action "${a.id}" is not the only removal of one arc`,
        'use the general formulation',
      );
    }
    gamma.set(a.arcs[0]!, k);
  });
  const w = new LpWriter();
  const obj: [number, string][] = [];
  const binaries: string[] = [];
  const bounds: string[] = [` a${sc.sources[0]} = 0`, ` a${sc.sinks[0]} = 1`];
  for (let v = 0; v < g.n; v++) binaries.push(`a${v}`);
  for (let a = 0; a < g.m; a++) {
    const u = g.caps[a]!;
    const terms: [number, string][] = [
      [1, `a${g.tails[a]}`],
      [-1, `a${g.heads[a]}`],
    ];
    if (u !== Infinity) {
      terms.push([1, `b${a}`]);
      obj.push([u, `b${a}`]);
      binaries.push(`b${a}`);
    }
    const k = gamma.get(a);
    if (k !== undefined) terms.push([1, `x${k}`]);
    w.row(`c${a}`, terms, '>=', 0);
  }
  const actionColumns = problem.actions.map((_a, k) => `x${k}`);
  w.row(
    'budget',
    problem.actions.map((a, k) => [a.cost, `x${k}`]),
    '<=',
    problem.budget,
  );
  const lp = [
    'Minimize',
    ` obj: ${wrap(obj)}`,
    'Subject To',
    ...w.lines,
    'Bounds',
    ...bounds,
    'Binary',
    ...chunk([...actionColumns, ...binaries]),
    'End',
    '',
  ].join('\n');
  return { lp, actionColumns };
}

function chunk(names: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < names.length; i += 10) out.push(' ' + names.slice(i, i + 10).join(' '));
  return out;
}
