// How the map encodes the network: role by shape and colour, channel kind by
// colour, width by capacity, dashes by confidence, and the marks of the
// minimum cut (black, drawn on top) and the rebuild (orange, long dashes).
// Colours come from palettes chosen to stay distinct for colour-blind
// readers (Okabe and Ito for roles, Paul Tol's muted scheme for channel
// kinds); roles never rely on colour alone, and the cut and the rebuild
// differ in lightness and pattern as well as hue.

export const ROLE_COLOURS: Record<string, string> = {
  sponsor: '#d55e00',
  operator: '#e69f00',
  front: '#8c6d00',
  carrier: '#56b4e9',
  transit: '#009e73',
  recipient: '#0072b2',
  other: '#6b7280',
};

/** Shapes sigma draws (see network-map.tsx): terminals and operators each have their own. */
export type NodeShape = 'circle' | 'square' | 'triangle' | 'diamond';

export const ROLE_SHAPES: Record<string, NodeShape> = {
  sponsor: 'square',
  operator: 'triangle',
  front: 'circle',
  carrier: 'circle',
  transit: 'circle',
  recipient: 'diamond',
  other: 'circle',
};

export const KIND_COLOURS: Record<string, string> = {
  financial: '#117733',
  arms: '#882255',
  'air-route': '#44aa99',
  'sea-route': '#332288',
  'land-route': '#aa4499',
  ownership: '#777777',
  membership: '#777777',
  directorship: '#777777',
  unknown: '#bbbbbb',
};

/** The minimum cut: black, darker than any kind's colour, drawn over the others. */
export const CUT_COLOUR = '#000000';
/** Channels the adversary opens: orange with long dashes. */
export const REBUILD_COLOUR = '#ee7733';
export const REMOVED_COLOUR = '#d1d5db';
/** Community super-nodes when zoomed out. */
export const CLUSTER_COLOUR = '#4b5563';
/** Text of labels and their background: contrast 15.3:1. */
export const LABEL_COLOUR = '#1f2937';
export const LABEL_BACKGROUND = '#ffffff';

/** Dash and gap in pixels for each confidence label (confirmed is solid). */
export const DASHES: Record<string, { dash: number; gap: number }> = {
  confirmed: { dash: 0, gap: 0 },
  reported: { dash: 10, gap: 4 },
  alleged: { dash: 4, gap: 5 },
};
export const REBUILD_DASH = { dash: 12, gap: 6 };

/** Column of each role in the fallback left-to-right layout: sponsor → … → recipient. */
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
  return ROLE_COLOURS[role] ?? '#6b7280';
}

export function ROLE_SHAPE_OF(role: string): NodeShape {
  return ROLE_SHAPES[role] ?? 'circle';
}

/** WCAG relative luminance contrast of two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
    const [r, g, bl] = c.map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)) as [
      number,
      number,
      number,
    ];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
