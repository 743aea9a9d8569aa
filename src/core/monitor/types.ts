// Monitoring vocabulary: watches over networks and counterparty books, the
// alert events the rules raise, the alerts they become and the decisions
// analysts take on them. Pure data: storage and delivery live in adapters.

import type { Entity } from '../model/entity.js';

/** When a watch runs: on a cron schedule, or whenever a watched snapshot gets a new version. */
export type WatchSchedule = { type: 'cron'; expression: string } | { type: 'on-new-version' };

/** Where a watch's alerts go besides the store (every alert is also kept and fed). */
export type DeliveryChannel = { type: 'webhook'; url: string; secret: string } | { type: 'log' };

/** Thresholds of the network rules; every figure is in the network's flow units. */
export interface NetworkThresholds {
  /** Residual at or below which the network counts as cut off. */
  epsilon: number;
  /** Residual above which `residual-breach` fires (absolute). */
  breachAbove: number;
  /** Rise since acknowledgement that reopens an acknowledged breach. */
  breachDelta: number;
  /** `plan-drift` fires when the best plan for the same budget is better by more than this. */
  driftMargin: number;
  /** Largest extra budget tried when looking for the cheapest patch. */
  patchBudget: number;
}

export const NETWORK_THRESHOLDS: NetworkThresholds = {
  epsilon: 1e-9,
  breachAbove: 0,
  breachDelta: 1,
  driftMargin: 1e-9,
  patchBudget: 6,
};

export interface NetworkWatch {
  kind: 'network';
  id: string;
  name?: string;
  /** Stored network name. */
  network: string;
  /** Sponsor → recipient pairs (default: every sponsor to every recipient). */
  pairs?: { from: string[]; to: string[]; weight?: number }[];
  /** Ids of the adopted plan's actions (as `interdict plan --json` lists them). */
  plan: string[];
  /** Budget the plan was adopted for (drift compares against the best plan for it). */
  budget: number;
  thresholds: NetworkThresholds;
  schedule: WatchSchedule;
  channels: DeliveryChannel[];
  createdAt: string;
}

/** One screened party of a book, with the material fields a match depends on. */
export interface Counterparty {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

export interface BookWatch {
  kind: 'book';
  id: string;
  name?: string;
  /** Datasets whose new versions are re-screened against the book. */
  datasets: string[];
  /** Score at or above which a pair raises an alert. */
  threshold: number;
  /** A stored pair whose score moves by at least this much is re-raised. */
  scoreDelta: number;
  counterparties: Counterparty[];
  schedule: WatchSchedule;
  channels: DeliveryChannel[];
  createdAt: string;
}

export type Watch = NetworkWatch | BookWatch;

export const ALERT_RULES = [
  'reconnection',
  'residual-breach',
  'plan-drift',
  'restored-capacity',
  'new-front',
  'provenance-retracted',
  'list-match',
  'delisting',
  'sanction-removed',
] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

export type Severity = 'high' | 'medium' | 'low';

/** The snapshots an event was derived from: enough to derive it again. */
export type SnapshotRef =
  | { kind: 'network'; name: string; from: number; to: number }
  | { kind: 'dataset'; name: string; from: number; to: number };

/** A flow path with the amount it carries, in actor ids and channel ids. */
export interface EvidencePath {
  nodes: string[];
  channels: string[];
  amount: number;
}

/** What an element that changed between the snapshots does to the residual on its own. */
export interface Contribution {
  element: { type: 'channel' | 'node'; id: string };
  change: 'added' | 'removed' | 'capacity' | 'sources';
  /** Residual under the plan with the element as it is now. */
  residualWith: number;
  /** Residual under the plan with only this element put back as it was. */
  residualWithout: number;
}

export interface PlanPatch {
  /** Extra actions to add to the adopted plan. */
  actions: string[];
  cost: number;
  residual: number;
}

export interface NetworkEvidence {
  residualBefore: number;
  residualAfter: number;
  paths: EvidencePath[];
  contributions: Contribution[];
  patch?: PlanPatch;
  /** Best plan for the same budget (plan drift). */
  bestPlan?: { actions: string[]; residual: number };
}

export interface MatchEvidence {
  counterparty: string;
  entity: string;
  caption: string;
  score: number;
  previousScore?: number;
  explanations: { feature: string; score: number; detail?: string }[];
  /** Material fields that changed on the list entity, when it changed. */
  changedFields?: string[];
}

/** What a rule found in one evaluation. */
export interface AlertEvent {
  /** One alert per key: the same finding on a later run updates it instead of repeating it. */
  key: string;
  watch: string;
  rule: AlertRule;
  severity: Severity;
  title: string;
  /** The figure that decides escalation (residual, score). */
  value: number;
  /** Fingerprint of the material facts; a changed fingerprint is a material change. */
  fingerprint: string;
  snapshot: SnapshotRef;
  subject: { type: 'channel' | 'node' | 'network' | 'pair'; id: string };
  evidence: NetworkEvidence | MatchEvidence;
}

export const ALERT_STATES = ['open', 'acknowledged', 'resolved'] as const;
export type AlertState = (typeof ALERT_STATES)[number];

export const RESOLUTIONS = [
  'true-match',
  'false-positive',
  'not-material',
  'duplicate',
  'auto-cleared',
] as const;
export type Resolution = (typeof RESOLUTIONS)[number];

export interface AlertHistoryEntry {
  at: string;
  state: AlertState;
  by: string;
  note?: string;
  value?: number;
}

export interface Alert {
  id: string;
  key: string;
  watch: string;
  rule: AlertRule;
  state: AlertState;
  resolution?: Resolution;
  openedAt: string;
  updatedAt: string;
  /** The latest event behind the alert. */
  event: AlertEvent;
  /** Value when the alert was acknowledged (for escalation by a rise). */
  ackValue?: number;
  /** Consecutive runs in which the rule did not find it (auto-clear needs `clearAfterRuns`). */
  quietRuns: number;
  history: AlertHistoryEntry[];
}

/** An analyst's decision on a (counterparty, list entity) pair; it holds across list versions. */
export interface Decision {
  counterparty: string;
  /** The list entity's id; its referents are kept so a merged id still finds the decision. */
  entity: string;
  referents: string[];
  verdict: 'true-match' | 'false-positive' | 'not-material';
  by: string;
  at: string;
  why: string;
  /** Fingerprints of the two sides' material fields when the decision was taken. */
  fingerprints: { counterparty: string; entity: string };
}

/** Material fields of a party or list entity: what a match decision rests on. */
export const MATERIAL_FIELDS = [
  'name',
  'alias',
  'firstName',
  'middleName',
  'lastName',
  'fatherName',
  'birthDate',
  'country',
  'nationality',
  'citizenship',
  'jurisdiction',
  'idNumber',
  'passportNumber',
  'registrationNumber',
  'taxNumber',
  'imoNumber',
  'innCode',
  'gender',
] as const;

/** A stable fingerprint (FNV-1a, hex) of an entity's material fields, order-insensitive within a field. */
export function materialFingerprint(e: Pick<Entity, 'schema' | 'properties'>): string {
  const parts: string[] = [e.schema];
  for (const f of MATERIAL_FIELDS) {
    const v = e.properties[f];
    if (v?.length) parts.push(`${f}=${[...v].sort().join('\u001f')}`);
  }
  return fnv1a(parts.join('\u001e'));
}

export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}
