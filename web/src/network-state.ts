// The network view's state as one reducer: choosing another network (or
// version, or other sponsors and recipients) resets everything that belonged
// to the old one at once, and every answer from the server carries the scope
// (and measures) it was asked for, so a late answer for an old request is
// dropped. The state a reader needs to come back to (network, version,
// measures, budget, selection, rebuild) round-trips through the URL.

import type {
  FlowResponse,
  FrontierResponse,
  FrontierPoint,
  NetworkResponse,
  RebuildResponse,
  VersionSummary,
  WeakLinksResponse,
} from './types';

/** Sponsors and recipients whose flow counts `weight` times in the plan's objective. */
export interface WeightedPair {
  from: string[];
  to: string[];
  weight: number;
}

/** A request in flight, done, or failed (with the message to show). */
export type Remote<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'error'; message: string };

const idle = { status: 'idle' } as const;
const loading = { status: 'loading' } as const;

/** The weak links of each recipient on its own (the shared bottleneck hides them otherwise). */
export type RecipientWeakLinks = { recipient: string; response: WeakLinksResponse }[];

/** Measures and budget as they were before a change, for undo. */
interface Snapshot {
  applied: string[];
  budget?: number;
}

export interface NetworkState {
  /** The chosen network's name. */
  id?: string;
  /** The chosen version; the latest when undefined. */
  version?: number;
  /** Sponsors and recipients picked in the browser; the network's roles when empty. */
  from: string[];
  to: string[];
  /** Weighted sponsor–recipient pairs the plan and the frontier work against (from/to alone when empty). */
  pairs: WeightedPair[];
  network: Remote<NetworkResponse>;
  versions: Remote<VersionSummary[]>;
  frontier: Remote<FrontierResponse>;
  /** Points of the frontier computed so far, while it runs as a job. */
  frontierProgress?: { done: number; total: number };
  /** Measures applied, in the order chosen. */
  applied: string[];
  /** The budget chosen on the slider, once it has been moved. */
  budget?: number;
  /** Earlier measures, newest last (undo pops one). */
  past: Snapshot[];
  flow: Remote<FlowResponse>;
  /** Measures the shown flow was computed for (the flow may lag the checkboxes). */
  flowFor: string[];
  /** Why the latest what-if failed, while the last good figures stay on screen. */
  flowError?: string;
  weakLinks: Remote<RecipientWeakLinks>;
  showRebuild: boolean;
  /** What the adversary may spend on the rebuild; the server's default when undefined. */
  rebuildBudget?: number;
  rebuild: Remote<RebuildResponse>;
  selected?: string;
}

export const INITIAL_STATE: NetworkState = {
  from: [],
  to: [],
  pairs: [],
  network: idle,
  versions: idle,
  frontier: idle,
  applied: [],
  past: [],
  flow: idle,
  flowFor: [],
  weakLinks: idle,
  showRebuild: false,
  rebuild: idle,
};

/** What the URL keeps of the state. */
export interface UrlState {
  id?: string;
  version?: number;
  from?: string[];
  to?: string[];
  pairs?: WeightedPair[];
  applied?: string[];
  budget?: number;
  selected?: string;
  showRebuild?: boolean;
  rebuildBudget?: number;
}

export type NetworkAction =
  | { type: 'choose-network'; id: string; version?: number; restore?: UrlState }
  | { type: 'set-terminals'; from: string[]; to: string[] }
  | { type: 'set-pairs'; pairs: WeightedPair[] }
  | { type: 'network'; id: string; result: Remote<NetworkResponse> }
  | { type: 'versions'; id: string; result: Remote<VersionSummary[]> }
  | { type: 'frontier'; id: string; result: Remote<FrontierResponse> }
  | { type: 'frontier-progress'; id: string; done: number; total: number }
  | { type: 'flow'; id: string; actions: string[]; result: Remote<FlowResponse> }
  | { type: 'weak-links'; id: string; actions: string[]; result: Remote<RecipientWeakLinks> }
  | { type: 'rebuild'; id: string; actions: string[]; result: Remote<RebuildResponse> }
  | { type: 'toggle-measure'; action: string }
  | { type: 'clear-measures' }
  | { type: 'undo' }
  | { type: 'set-budget'; budget: number }
  | { type: 'show-rebuild'; show: boolean }
  | { type: 'set-rebuild-budget'; budget: number | undefined }
  | { type: 'select'; id: string | undefined };

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/** Longest undo history kept. */
const UNDO_DEPTH = 50;

/**
 * What answers are keyed by: the network, its version and the terminals.
 * A network alone (latest version, its own roles) is keyed by its name.
 */
export function scopeOf(
  s: Pick<NetworkState, 'id' | 'version' | 'from' | 'to'> & { pairs?: readonly WeightedPair[] },
): string {
  let key = s.id ?? '';
  if (s.version !== undefined) key += `@${s.version}`;
  if (s.from.length || s.to.length) key += `|${s.from.join(',')}>${s.to.join(',')}`;
  if (s.pairs?.length) key += `|pairs:${pairsText(s.pairs)}`;
  return key;
}

/** `a,b>c*2;d>e*1`: the pairs as the URL and the scope key write them. */
export function pairsText(pairs: readonly WeightedPair[]): string {
  return pairs.map((p) => `${p.from.join(',')}>${p.to.join(',')}*${p.weight}`).join(';');
}

/** Reads pairsText back; a malformed pair is left out. */
export function parsePairs(text: string | null): WeightedPair[] | undefined {
  if (!text) return undefined;
  const out: WeightedPair[] = [];
  for (const part of text.split(';')) {
    const m = /^([^>]+)>([^*]+)\*([0-9.]+)$/.exec(part);
    if (!m) continue;
    const weight = Number(m[3]);
    const from = m[1]!.split(',').filter(Boolean);
    const to = m[2]!.split(',').filter(Boolean);
    if (Number.isFinite(weight) && weight >= 0 && from.length && to.length) out.push({ from, to, weight });
  }
  return out.length ? out : undefined;
}

/** What the network document and its versions are keyed by: name and version. */
export function networkKey(s: Pick<NetworkState, 'id' | 'version'>): string {
  return scopeOf({ ...s, from: [], to: [], pairs: [] });
}

/** Everything computed for a scope, reset at once (what a new network, version or pair needs). */
function resetFigures(state: NetworkState, keepNetwork: boolean): NetworkState {
  return {
    ...state,
    network: keepNetwork ? state.network : loading,
    versions: keepNetwork ? state.versions : loading,
    frontier: loading,
    frontierProgress: undefined,
    applied: [],
    budget: undefined,
    past: [],
    flow: loading,
    flowFor: [],
    flowError: undefined,
    weakLinks: loading,
    rebuild: state.showRebuild ? loading : idle,
  };
}

export function networkReducer(state: NetworkState, action: NetworkAction): NetworkState {
  const scope = scopeOf(state);
  switch (action.type) {
    case 'choose-network': {
      if (action.id === state.id && action.version === state.version && !action.restore) return state;
      // Everything belongs to the old network: reset in one step.
      const r = action.restore ?? {};
      const showRebuild = r.showRebuild ?? state.showRebuild;
      const next = resetFigures(
        {
          ...INITIAL_STATE,
          id: action.id,
          version: action.version,
          from: r.from ?? [],
          to: r.to ?? [],
          pairs: r.pairs ?? [],
          showRebuild,
          rebuildBudget: r.rebuildBudget ?? (action.id === state.id ? state.rebuildBudget : undefined),
          selected: r.selected,
        },
        false,
      );
      return { ...next, applied: r.applied ?? [], budget: r.budget };
    }
    case 'set-terminals':
      if (sameList(action.from, state.from) && sameList(action.to, state.to)) return state;
      return resetFigures({ ...state, from: action.from, to: action.to }, true);
    case 'set-pairs':
      if (pairsText(action.pairs) === pairsText(state.pairs)) return state;
      return resetFigures({ ...state, pairs: action.pairs }, true);
    case 'network':
      return action.id === networkKey(state) ? { ...state, network: action.result } : state;
    case 'versions':
      return action.id === state.id ? { ...state, versions: action.result } : state;
    case 'frontier':
      return action.id === scope ? { ...state, frontier: action.result, frontierProgress: undefined } : state;
    case 'frontier-progress':
      return action.id === scope && state.frontier.status === 'loading'
        ? { ...state, frontierProgress: { done: action.done, total: action.total } }
        : state;
    case 'flow':
      if (action.id !== scope || !sameList(action.actions, state.applied)) return state;
      // A failed what-if keeps the last figures on screen next to the error.
      if (action.result.status === 'error' && state.flow.status === 'done')
        return { ...state, flowError: action.result.message };
      return { ...state, flow: action.result, flowFor: action.actions, flowError: undefined };
    case 'weak-links':
      if (action.id !== scope || !sameList(action.actions, state.applied)) return state;
      return { ...state, weakLinks: action.result };
    case 'rebuild':
      if (action.id !== scope || !sameList(action.actions, state.applied)) return state;
      return { ...state, rebuild: action.result };
    case 'toggle-measure': {
      const applied = state.applied.includes(action.action)
        ? state.applied.filter((a) => a !== action.action)
        : [...state.applied, action.action];
      return withMeasures(state, applied, undefined);
    }
    case 'clear-measures':
      return withMeasures(state, [], undefined);
    case 'undo': {
      const last = state.past[state.past.length - 1];
      if (!last) return state;
      const undone = withMeasures(state, last.applied, last.budget);
      return { ...undone, past: state.past.slice(0, -1) };
    }
    case 'set-budget': {
      const points = state.frontier.status === 'done' ? state.frontier.value.points : [];
      const point = frontierPointFor(points, action.budget);
      return withMeasures(state, point?.actions ?? [], clampBudget(points, action.budget));
    }
    case 'show-rebuild':
      return {
        ...state,
        showRebuild: action.show,
        rebuild: action.show && state.id ? loading : idle,
      };
    case 'set-rebuild-budget':
      if (action.budget === state.rebuildBudget) return state;
      return {
        ...state,
        rebuildBudget: action.budget,
        rebuild: state.showRebuild && state.id ? loading : idle,
      };
    case 'select':
      return { ...state, selected: action.id };
  }
}

function withMeasures(state: NetworkState, applied: string[], budget: number | undefined): NetworkState {
  if (sameList(applied, state.applied) && budget === state.budget) return state;
  const past = [...state.past, { applied: state.applied, budget: state.budget }].slice(-UNDO_DEPTH);
  return {
    ...state,
    applied,
    budget,
    past,
    flow: state.flow.status === 'done' ? state.flow : loading,
    weakLinks: state.weakLinks.status === 'done' ? state.weakLinks : loading,
    rebuild: state.showRebuild ? loading : idle,
  };
}

/** The frontier's best plan within a budget: the last point whose budget is at most it. */
export function frontierPointFor(
  points: readonly FrontierPoint[],
  budget: number,
): FrontierPoint | undefined {
  let best: FrontierPoint | undefined;
  for (const p of points) if (p.budget <= budget + 1e-9) best = p;
  return best;
}

/** Slider bounds from the frontier: 0 to the last point's budget, in the frontier's step. */
export function budgetRange(points: readonly FrontierPoint[]): { max: number; step: number } {
  const max = points[points.length - 1]?.budget ?? 0;
  const step = points.length > 1 ? points[1]!.budget - points[0]!.budget : 1;
  return { max, step: step > 0 ? step : 1 };
}

function clampBudget(points: readonly FrontierPoint[], budget: number): number {
  return Math.min(Math.max(0, budget), budgetRange(points).max);
}

/** True while the figures on screen are not yet those of the chosen measures. */
export function flowIsStale(state: NetworkState): boolean {
  return state.flow.status !== 'done' || !sameList(state.flowFor, state.applied);
}

const list = (v: string | null): string[] | undefined => (v ? v.split(',').filter(Boolean) : undefined);
const num = (v: string | null): number | undefined => {
  if (v === null || v === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
};

/** The state kept in a URL query (`net`, `v`, `from`, `to`, `pairs`, `m`, `b`, `sel`, `rebuild`, `rb`). */
export function parseUrlState(query: string): UrlState {
  const p = new URLSearchParams(query);
  const out: UrlState = {};
  const id = p.get('net');
  if (id) out.id = id;
  const version = num(p.get('v'));
  if (version !== undefined && Number.isInteger(version) && version >= 1) out.version = version;
  const from = list(p.get('from'));
  if (from) out.from = from;
  const to = list(p.get('to'));
  if (to) out.to = to;
  const pairs = parsePairs(p.get('pairs'));
  if (pairs) out.pairs = pairs;
  const applied = list(p.get('m'));
  if (applied) out.applied = applied;
  const budget = num(p.get('b'));
  if (budget !== undefined) out.budget = budget;
  const selected = p.get('sel');
  if (selected) out.selected = selected;
  if (p.get('rebuild') === '1') out.showRebuild = true;
  const rebuildBudget = num(p.get('rb'));
  if (rebuildBudget !== undefined) out.rebuildBudget = rebuildBudget;
  return out;
}

/** The URL query for a state (empty parts left out); parseUrlState reads it back. */
export function urlQuery(state: NetworkState): string {
  const p = new URLSearchParams();
  if (state.id) p.set('net', state.id);
  if (state.version !== undefined) p.set('v', String(state.version));
  if (state.from.length) p.set('from', state.from.join(','));
  if (state.to.length) p.set('to', state.to.join(','));
  if (state.pairs.length) p.set('pairs', pairsText(state.pairs));
  if (state.applied.length) p.set('m', state.applied.join(','));
  if (state.budget !== undefined) p.set('b', String(state.budget));
  if (state.selected) p.set('sel', state.selected);
  if (state.showRebuild) p.set('rebuild', '1');
  if (state.rebuildBudget !== undefined) p.set('rb', String(state.rebuildBudget));
  return p.toString().replace(/%2C/g, ',').replace(/%3E/g, '>').replace(/%3B/g, ';').replace(/%2A/g, '*');
}
