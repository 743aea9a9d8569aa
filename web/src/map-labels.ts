// Which actors' labels the map shows: a greedy pass in label priority order
// (terminals, then the best-linked actors) that keeps a label only when its
// box, measured in screen pixels, touches no label already kept. Run after
// every camera move, so zooming in reveals more labels and never stacks them.

export interface LabelBox {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  key: string;
  /** Screen position of the node's centre and its radius in pixels. */
  x: number;
  y: number;
  radius: number;
  text: string;
}

export interface LabelMetrics {
  font: string;
  size: number;
  /** Gap between a node's edge and its label (sigma's label margin). */
  margin: number;
  /** Background padding drawn around the text. */
  padding: number;
  /** Extra space kept free around each label. */
  spacing: number;
}

export const LABEL_METRICS: LabelMetrics = {
  font: 'Arial, Helvetica, sans-serif',
  size: 12,
  margin: 5,
  padding: 2,
  spacing: 3,
};

/** The box a label right of its node occupies (text, background padding). */
export function labelBox(c: LabelCandidate, textWidth: number, m: LabelMetrics = LABEL_METRICS): LabelBox {
  const height = m.size * 1.25 + 2 * m.padding;
  return {
    key: c.key,
    x: c.x + c.radius + m.margin - m.padding,
    y: c.y - height / 2,
    width: textWidth + 2 * m.padding,
    height,
  };
}

export function boxesOverlap(a: LabelBox, b: LabelBox, spacing = 0): boolean {
  return (
    a.x < b.x + b.width + spacing &&
    b.x < a.x + a.width + spacing &&
    a.y < b.y + b.height + spacing &&
    b.y < a.y + a.height + spacing
  );
}

/**
 * Keeps candidates in the order given while their boxes stay clear of the
 * boxes kept before and inside the viewport, up to `limit` labels. `pinned`
 * labels (the selected actor's) are kept first whatever their place, and the
 * others keep clear of them. A grid of cells finds the boxes near each one, so
 * thousands of candidates stay fast.
 */
export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  measure: (text: string) => number,
  viewport: { width: number; height: number },
  limit: number,
  options: { metrics?: LabelMetrics; pinned?: readonly LabelCandidate[] } = {},
): LabelBox[] {
  const m = options.metrics ?? LABEL_METRICS;
  const cell = 96;
  const grid = new Map<number, LabelBox[]>();
  const keyOf = (gx: number, gy: number) => gx * 100_003 + gy;
  const kept: LabelBox[] = [];
  const keys = new Set<string>();
  const cells = (box: LabelBox) => ({
    gx0: Math.floor((box.x - m.spacing) / cell),
    gx1: Math.floor((box.x + box.width + m.spacing) / cell),
    gy0: Math.floor((box.y - m.spacing) / cell),
    gy1: Math.floor((box.y + box.height + m.spacing) / cell),
  });
  const keep = (box: LabelBox) => {
    kept.push(box);
    keys.add(box.key);
    const { gx0, gx1, gy0, gy1 } = cells(box);
    for (let gx = gx0; gx <= gx1; gx++)
      for (let gy = gy0; gy <= gy1; gy++) {
        const k = keyOf(gx, gy);
        const list = grid.get(k);
        if (list) list.push(box);
        else grid.set(k, [box]);
      }
  };
  for (const c of options.pinned ?? []) if (!keys.has(c.key)) keep(labelBox(c, measure(c.text), m));
  for (const c of candidates) {
    if (kept.length >= limit) break;
    if (keys.has(c.key)) continue;
    const box = labelBox(c, measure(c.text), m);
    if (box.x < 0 || box.y < 0 || box.x + box.width > viewport.width || box.y + box.height > viewport.height)
      continue;
    const { gx0, gx1, gy0, gy1 } = cells(box);
    let clear = true;
    for (let gx = gx0; gx <= gx1 && clear; gx++)
      for (let gy = gy0; gy <= gy1 && clear; gy++)
        for (const other of grid.get(keyOf(gx, gy)) ?? [])
          if (boxesOverlap(box, other, m.spacing)) {
            clear = false;
            break;
          }
    if (clear) keep(box);
  }
  return kept;
}
