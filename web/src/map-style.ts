// How the map encodes the network: colour by role and channel kind, width by
// capacity, dashes by confidence, and the colours of flow, cuts and rebuild.

export const ROLE_COLOURS: Record<string, string> = {
  sponsor: '#b91c1c',
  operator: '#c2410c',
  front: '#a16207',
  carrier: '#0e7490',
  transit: '#6d28d9',
  recipient: '#1d4ed8',
  other: '#4b5563',
};

export const KIND_COLOURS: Record<string, string> = {
  financial: '#15803d',
  arms: '#b91c1c',
  'air-route': '#2563eb',
  'sea-route': '#0891b2',
  'land-route': '#92400e',
  ownership: '#7c3aed',
  membership: '#7c3aed',
  directorship: '#7c3aed',
  unknown: '#6b7280',
};

export const REBUILD_COLOUR = '#db2777';
export const CUT_COLOUR = '#dc2626';
export const REMOVED_COLOUR = '#d1d5db';

/** Dash and gap in pixels for each confidence label (confirmed is solid). */
export const DASHES: Record<string, { dash: number; gap: number }> = {
  confirmed: { dash: 0, gap: 0 },
  reported: { dash: 10, gap: 4 },
  alleged: { dash: 4, gap: 5 },
};

/** Column of each role in the left-to-right layout: sponsor → … → recipient. */
export const ROLE_COLUMN: Record<string, number> = {
  other: 0,
  sponsor: 0,
  operator: 1,
  front: 2,
  carrier: 2.5,
  transit: 3,
  recipient: 4,
};

export function ROLE_COLOUR_OF(role: string): string {
  return ROLE_COLOURS[role] ?? '#4b5563';
}
