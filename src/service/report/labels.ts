// Label boxes and their placement: a greedy placer that tries positions
// around an anchor, nearest first, and keeps the first that touches no box
// already placed and no obstacle.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A label as drawn: its text lines and the box they occupy. */
export interface LabelBox {
  /** Id of what the label names (an actor, a channel's mark …). */
  id: string;
  kind: 'actor' | 'mark';
  lines: string[];
  box: Box;
}

/** Whether two boxes overlap by more than `tolerance` in both directions (touching is not overlapping). */
export function boxesIntersect(a: Box, b: Box, tolerance = 0): boolean {
  return (
    a.x + a.width - tolerance > b.x &&
    b.x + b.width - tolerance > a.x &&
    a.y + a.height - tolerance > b.y &&
    b.y + b.height - tolerance > a.y
  );
}

/** Every pair of intersecting boxes, as index pairs (a sweep over x, so large sets stay fast). */
export function intersectingPairs(boxes: readonly Box[]): [number, number][] {
  const order = boxes.map((_b, i) => i).sort((i, j) => boxes[i]!.x - boxes[j]!.x);
  const out: [number, number][] = [];
  for (let k = 0; k < order.length; k++) {
    const a = boxes[order[k]!]!;
    for (let m = k + 1; m < order.length; m++) {
      const b = boxes[order[m]!]!;
      if (b.x >= a.x + a.width) break;
      if (boxesIntersect(a, b)) out.push([Math.min(order[k]!, order[m]!), Math.max(order[k]!, order[m]!)]);
    }
  }
  return out;
}

export interface PlacementRequest {
  id: string;
  /** The point the label belongs to. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacerOptions {
  /** Space kept between a label and anything else. */
  padding: number;
  /** Distance between successive rings of tried positions. */
  step: number;
  /** Most rings tried before giving up on the free space near the anchor. */
  rings: number;
}

export const PLACER_DEFAULTS: PlacerOptions = { padding: 2, step: 6, rings: 40 };

const grow = (b: Box, by: number): Box => ({
  x: b.x - by,
  y: b.y - by,
  width: b.width + 2 * by,
  height: b.height + 2 * by,
});

/**
 * Places each request in turn at the free position nearest its anchor:
 * centred on it first, then on rings of 8 positions at growing distances.
 * When every ring is taken the label goes below everything placed, so no two
 * results ever intersect.
 */
export function placeLabels(
  requests: readonly PlacementRequest[],
  obstacles: readonly Box[],
  options: Partial<PlacerOptions> = {},
): Box[] {
  const o = { ...PLACER_DEFAULTS, ...options };
  const taken: Box[] = obstacles.map((b) => grow(b, o.padding));
  const out: Box[] = [];
  for (const r of requests) {
    const at = (dx: number, dy: number): Box => ({
      x: r.x + dx - r.width / 2,
      y: r.y + dy - r.height / 2,
      width: r.width,
      height: r.height,
    });
    const free = (b: Box) => !taken.some((t) => boxesIntersect(t, b));
    let chosen: Box | undefined = free(at(0, 0)) ? at(0, 0) : undefined;
    for (let ring = 1; !chosen && ring <= o.rings; ring++) {
      const d = ring * o.step;
      const tries: [number, number][] = [
        [0, -d],
        [0, d],
        [d, 0],
        [-d, 0],
        [d, -d],
        [-d, -d],
        [d, d],
        [-d, d],
      ];
      for (const [dx, dy] of tries) {
        const b = at(dx, dy);
        if (free(b)) {
          chosen = b;
          break;
        }
      }
    }
    if (!chosen) {
      const bottom = taken.reduce((m, t) => Math.max(m, t.y + t.height), r.y);
      chosen = { x: r.x - r.width / 2, y: bottom + o.padding, width: r.width, height: r.height };
    }
    out.push(chosen);
    taken.push(grow(chosen, o.padding));
  }
  return out;
}
