// The support network: actors (FtM entities with a role), directed channels
// carrying capacity and confidence with provenance, jurisdictions, actions.

import type { Entity, NodeSchema } from './entity.js';
import { numberedNodesOf } from './numbered-nodes.js';

export const ROLES = ['sponsor', 'operator', 'front', 'carrier', 'transit', 'recipient', 'other'] as const;
export type Role = (typeof ROLES)[number];

export const CHANNEL_KINDS = [
  'financial',
  'arms',
  'air-route',
  'sea-route',
  'land-route',
  'ownership',
  'membership',
  'directorship',
  'unknown',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export const CONFIDENCE_LABELS = ['alleged', 'reported', 'confirmed'] as const;
export type ConfidenceLabel = (typeof CONFIDENCE_LABELS)[number];

/** Default probability for each confidence label when only the label is given. */
export const CONFIDENCE_DEFAULTS: Record<ConfidenceLabel, number> = {
  alleged: 0.4,
  reported: 0.7,
  confirmed: 0.95,
};

/** The label for a probability given without one: alleged below 0.55, reported below 0.85. */
export function confidenceLabelFor(value: number): ConfidenceLabel {
  return value >= 0.85 ? 'confirmed' : value >= 0.55 ? 'reported' : 'alleged';
}

export const ACTION_KINDS = ['designate', 'freeze', 'inspect', 'pressure'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** A citation backing a node, channel or action. */
export interface Source {
  citation: string;
  date?: string;
  url?: string;
  /** The sentence of the source the claim rests on. */
  quote?: string;
  /** For a claim read from a stored list or FtM dataset: its name, version and record. */
  dataset?: string;
  datasetVersion?: number;
  /** Where in the dataset: file and line, or the entity id, of the record the claim rests on. */
  record?: string;
}

/**
 * What a link built from data rests on: an FtM edge, an OFAC "Linked To:"
 * remark, a listing relation (a UN record citing another, an OFAC vessel's
 * listed owner), or a value two records share.
 */
export const LINK_KINDS = [
  'ownership',
  'directorship',
  'membership',
  'family',
  'associate',
  'unknown-link',
  'payment',
  'linked-to',
  'un-reference',
  'vessel-owner',
  'shared-identifier',
  'shared-address',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** One designation naming an actor: who listed it, under which programmes, and when. */
export interface Designation {
  authority: string;
  programs: string[];
  /** ISO date when the list gives it. */
  listingDate?: string;
  /** The list entity designated (ofac-…, un-…). */
  entity: string;
  dataset: string;
  datasetVersion: number;
}

export interface NetworkNode extends Entity {
  schema: NodeSchema;
  role: Role;
  /** True when the actor is on a sanctions list (FtM Sanction entity or analyst flag). */
  designated?: boolean;
  sources?: Source[];
  /** Country code of the actor's home jurisdiction, if known. */
  jurisdiction?: string;
  /** Ids of the list entities this actor stands for (`ofac-4697`, `un-6908432`). */
  listed?: string[];
  /** Designations naming the actor, when it was built from lists. */
  designations?: Designation[];
}

export interface Channel {
  id: string;
  from: string;
  to: string;
  kind: ChannelKind;
  /** Support the channel can carry per period; `Infinity` means unlimited. */
  capacity: number;
  /** Probability that the channel exists and works, 0–1. */
  confidence: number;
  confidenceLabel: ConfidenceLabel;
  sources?: Source[];
  validFrom?: string;
  validTo?: string;
  /** Code of the jurisdiction whose territory or authority the channel crosses. */
  jurisdiction?: string;
  /**
   * Cost to cut this channel on its own (CSV edge lists, DIMACS). `null` means
   * it cannot be interdicted; undefined means no direct action is defined.
   */
  cost?: number | null;
  label?: string;
  /** For a channel built from data: what the link rests on (its confidence follows from it). */
  link?: LinkKind;
}

export interface Jurisdiction {
  id: string;
  name: string;
  /** How well the jurisdiction enforces against the network, 0 (not at all) – 1 (fully). */
  enforcement: number;
  sources?: Source[];
}

export type ActionTarget =
  { type: 'node'; id: string } | { type: 'channel'; id: string } | { type: 'jurisdiction'; id: string };

export type ActionEffect = { type: 'remove' } | { type: 'reduce'; fraction: number };

export interface Action {
  id: string;
  kind: ActionKind;
  target: ActionTarget;
  cost: number;
  effect: ActionEffect;
  label?: string;
  sources?: Source[];
}

export interface Network {
  id: string;
  name: string;
  description?: string;
  /** A caveat shown with every result (for example: capacities are illustrative). */
  notice?: string;
  /** Enforcement assumed for jurisdictions that do not state one. */
  defaultEnforcement?: number;
  nodes: NetworkNode[];
  channels: Channel[];
  jurisdictions: Jurisdiction[];
  actions: Action[];
  /** Channels the adversary could open to rebuild (cost to open in `cost`). */
  candidates?: Channel[];
}

export const DEFAULT_ENFORCEMENT = 0.5;

export function nodeById(network: Network): Map<string, NetworkNode> {
  return new Map(network.nodes.map((n) => [n.id, n]));
}

/** Ids of nodes with the given role, in file order. */
export function nodesWithRole(network: Network, role: Role): string[] {
  const numbered = numberedNodesOf(network);
  if (numbered) {
    const ks: number[] = [];
    for (const [k, r] of numbered.roles) if (r === role) ks.push(k);
    return ks.sort((a, b) => a - b).map(String);
  }
  return network.nodes.filter((n) => n.role === role).map((n) => n.id);
}

/** Whether a channel is in force on a date (ISO yyyy-mm-dd; prefixes compare correctly). */
export function channelActiveOn(channel: Channel, date: string | undefined): boolean {
  if (!date) return true;
  if (channel.validFrom && channel.validFrom > date) return false;
  if (channel.validTo && channel.validTo < date) return false;
  return true;
}

export function enforcementOf(network: Network, jurisdictionId: string | undefined): number {
  const fallback = network.defaultEnforcement ?? DEFAULT_ENFORCEMENT;
  if (!jurisdictionId) return fallback;
  return network.jurisdictions.find((j) => j.id === jurisdictionId)?.enforcement ?? fallback;
}
