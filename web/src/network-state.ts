// The network view's state as one reducer: choosing another network resets
// everything at once, and every answer from the server carries the network
// (and measures) it was asked for, so a late answer for an old request is dropped.

import type {
  FlowResponse,
  FrontierResponse,
  FrontierPoint,
  NetworkResponse,
  RebuildResponse,
} from './types';

/** A request in flight, done, or failed (with the message to show). */
export type Remote<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'done'; value: T }
  | { status: 'error'; message: string };

const idle = { status: 'idle' } as const;
const loading = { status: 'loading' } as const;

export interface NetworkState {
  /** The chosen network's name. */
  id?: string;
  network: Remote<NetworkResponse>;
  frontier: Remote<FrontierResponse>;
  /** Measures applied, in the order chosen. */
  applied: string[];
  /** The budget chosen on the slider, once it has been moved. */
  budget?: number;
  flow: Remote<FlowResponse>;
  /** Measures the shown flow was computed for (the flow may lag the checkboxes). */
  flowFor: string[];
  /** Why the latest what-if failed, while the last good figures stay on screen. */
  flowError?: string;
  showRebuild: boolean;
  rebuild: Remote<RebuildResponse>;
  selected?: string;
}

export const INITIAL_STATE: NetworkState = {
  network: idle,
  frontier: idle,
  applied: [],
  flow: idle,
  flowFor: [],
  showRebuild: false,
  rebuild: idle,
};

export type NetworkAction =
  | { type: 'choose-network'; id: string }
  | { type: 'network'; id: string; result: Remote<NetworkResponse> }
  | { type: 'frontier'; id: string; result: Remote<FrontierResponse> }
  | { type: 'flow'; id: string; actions: string[]; result: Remote<FlowResponse> }
  | { type: 'rebuild'; id: string; actions: string[]; result: Remote<RebuildResponse> }
  | { type: 'toggle-measure'; action: string }
  | { type: 'clear-measures' }
  | { type: 'set-budget'; budget: number }
  | { type: 'show-rebuild'; show: boolean }
  | { type: 'select'; id: string | undefined };

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

export function networkReducer(state: NetworkState, action: NetworkAction): NetworkState {
  switch (action.type) {
    case 'choose-network':
      if (action.id === state.id) return state;
      // Everything belongs to the old network: reset in one step.
      return {
        ...INITIAL_STATE,
        id: action.id,
        network: loading,
        frontier: loading,
        flow: loading,
        showRebuild: state.showRebuild,
        rebuild: state.showRebuild ? loading : idle,
      };
    case 'network':
      return action.id === state.id ? { ...state, network: action.result } : state;
    case 'frontier':
      return action.id === state.id ? { ...state, frontier: action.result } : state;
    case 'flow':
      if (action.id !== state.id || !sameList(action.actions, state.applied)) return state;
      // A failed what-if keeps the last figures on screen next to the error.
      if (action.result.status === 'error' && state.flow.status === 'done')
        return { ...state, flowError: action.result.message };
      return { ...state, flow: action.result, flowFor: action.actions, flowError: undefined };
    case 'rebuild':
      if (action.id !== state.id || !sameList(action.actions, state.applied)) return state;
      return { ...state, rebuild: action.result };
    case 'toggle-measure': {
      const applied = state.applied.includes(action.action)
        ? state.applied.filter((a) => a !== action.action)
        : [...state.applied, action.action];
      return withMeasures(state, applied, undefined);
    }
    case 'clear-measures':
      return withMeasures(state, [], undefined);
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
    case 'select':
      return { ...state, selected: action.id };
  }
}

function withMeasures(state: NetworkState, applied: string[], budget: number | undefined): NetworkState {
  if (sameList(applied, state.applied) && budget === state.budget) return state;
  return {
    ...state,
    applied,
    budget,
    flow: state.flow.status === 'done' ? state.flow : loading,
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
