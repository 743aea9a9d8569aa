// The kinds of link a network can be built from, and the confidence each
// carries: a link a record states outranks a shared identifier, which
// outranks a shared address.

import { UsageError } from '../model/errors.js';
import {
  LINK_KINDS,
  confidenceLabelFor,
  type ChannelKind,
  type ConfidenceLabel,
  type LinkKind,
} from '../model/network.js';

export { LINK_KINDS, type LinkKind };

/** How a link is known: stated by a record, or derived from a value two records share. */
export type LinkBasis = 'stated' | 'shared-identifier' | 'shared-address';

export const BASIS_CONFIDENCE: Record<LinkBasis, number> = {
  stated: 0.9,
  'shared-identifier': 0.7,
  'shared-address': 0.4,
};

export function basisOf(kind: LinkKind): LinkBasis {
  return kind === 'shared-identifier' || kind === 'shared-address' ? kind : 'stated';
}

export function linkConfidence(kind: LinkKind): { confidence: number; confidenceLabel: ConfidenceLabel } {
  const confidence = BASIS_CONFIDENCE[basisOf(kind)];
  return { confidence, confidenceLabel: confidenceLabelFor(confidence) };
}

/** The channel kind a link becomes (analyses group channels by it). */
export const CHANNEL_KIND_OF: Record<LinkKind, ChannelKind> = {
  ownership: 'ownership',
  directorship: 'directorship',
  membership: 'membership',
  family: 'unknown',
  associate: 'unknown',
  'unknown-link': 'unknown',
  payment: 'financial',
  'linked-to': 'unknown',
  'un-reference': 'unknown',
  'vessel-owner': 'ownership',
  'shared-identifier': 'unknown',
  'shared-address': 'unknown',
};

/** FtM edge schemata read as links, and the kind each becomes. */
export const EDGE_LINK_KIND: Record<string, LinkKind> = {
  Ownership: 'ownership',
  Directorship: 'directorship',
  Membership: 'membership',
  Family: 'family',
  Associate: 'associate',
  UnknownLink: 'unknown-link',
  Payment: 'payment',
};

/** Words accepted by --link-kinds besides the kind names: groups of kinds. */
export const LINK_KIND_GROUPS: Record<string, LinkKind[]> = {
  all: [...LINK_KINDS],
  stated: LINK_KINDS.filter((k) => basisOf(k) === 'stated'),
  ftm: Object.values(EDGE_LINK_KIND),
  listing: ['linked-to', 'un-reference', 'vessel-owner'],
  derived: ['shared-identifier', 'shared-address'],
};

export function isLinkKind(value: string): value is LinkKind {
  return (LINK_KINDS as readonly string[]).includes(value);
}

/** Kind names and group words (all, stated, ftm, listing, derived) to the kinds they stand for. */
export function expandLinkKinds(words: readonly string[]): LinkKind[] {
  const out = new Set<LinkKind>();
  for (const w of words) {
    const group = LINK_KIND_GROUPS[w];
    if (group) group.forEach((k) => out.add(k));
    else if (isLinkKind(w)) out.add(w);
    else
      throw new UsageError(
        `unknown link kind "${w}"`,
        `kinds: ${LINK_KINDS.join(', ')}; groups: ${Object.keys(LINK_KIND_GROUPS).join(', ')}`,
      );
  }
  return [...out];
}
