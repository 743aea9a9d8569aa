// The pure entry point of monitoring: two snapshots, a watch (its rules and
// adopted plan) and the decisions taken so far → the alert events. Storage,
// schedule and delivery are the adapters' business; the same inputs always
// give the same events, which is what makes `monitor replay` possible.

import type { Network } from '../model/network.js';
import type { BookIndex } from './book-index.js';
import {
  bookIndex,
  reverseRescreen,
  type ListChange,
  type ReverseRescreen,
  type StoredPair,
} from './list-rules.js';
import { evaluateNetworkRules, type NetworkRuleOptions } from './network-rules.js';
import type { AlertEvent, AlertRule, BookWatch, Decision, NetworkWatch } from './types.js';

export type MonitorInput =
  | {
      watch: NetworkWatch;
      previous: { network: Network; version: number };
      current: { network: Network; version: number };
      decisions?: readonly Decision[];
      options?: NetworkRuleOptions;
    }
  | {
      watch: BookWatch;
      change: ListChange;
      decisions: readonly Decision[];
      stored?: readonly StoredPair[];
      index?: BookIndex;
      /** How the reverse re-screen runs (default: reverseRescreen on this thread); the result must be the same. */
      rescreen?: ReverseRescreen;
    };

export const NETWORK_RULES: AlertRule[] = [
  'reconnection',
  'residual-breach',
  'plan-drift',
  'restored-capacity',
  'new-front',
  'provenance-retracted',
];
export const LIST_RULES: AlertRule[] = ['list-match', 'delisting', 'sanction-removed'];

export interface Evaluation {
  events: AlertEvent[];
  /** Rules that ran (alerts of other rules are left as they are). */
  evaluated: AlertRule[];
  stats: Record<string, number>;
  /** Network watches: the best plan for the budget this evaluation found (the next one's hint). */
  bestPlan?: string[];
}

export async function evaluate(input: MonitorInput): Promise<Evaluation> {
  if (input.watch.kind === 'network' && 'previous' in input) {
    const confirmed = (input.decisions ?? [])
      .filter((d) => d.verdict === 'true-match')
      .map((d) => d.counterparty);
    let bestPlan: string[] | undefined;
    const events = await evaluateNetworkRules(input.watch, input.previous, input.current, {
      confirmedHits: confirmed,
      ...input.options,
      onBestPlan: (actions) => {
        bestPlan = actions;
      },
    });
    const evaluated = input.options?.skipPlanner
      ? NETWORK_RULES.filter((r) => r !== 'plan-drift')
      : NETWORK_RULES;
    return {
      events,
      evaluated,
      stats: { actors: input.current.network.nodes.length },
      ...(bestPlan ? { bestPlan } : {}),
    };
  }
  if (input.watch.kind === 'book' && 'change' in input) {
    const stored = input.stored ?? [];
    const r = input.rescreen
      ? await input.rescreen(
          input.watch,
          input.change,
          input.decisions,
          stored,
          input.index ?? bookIndex(input.watch.counterparties),
        )
      : reverseRescreen(input.watch, input.change, input.decisions, stored, input.index);
    return {
      events: r.events,
      evaluated: LIST_RULES,
      stats: {
        screened: r.screened,
        skipped: r.skipped,
        weighed: r.weighed,
        scored: r.scored,
        refined: r.refined,
      },
    };
  }
  throw new Error('evaluate: a network watch needs network snapshots, a book watch a list change');
}
