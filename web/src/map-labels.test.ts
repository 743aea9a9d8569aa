import { describe, expect, it } from 'vitest';
import { boxesOverlap, placeLabels, type LabelCandidate } from './map-labels';

const at = (key: string, x: number, y: number): LabelCandidate => ({ key, x, y, radius: 4, text: key });
const measure = (text: string) => text.length * 7;
const view = { width: 800, height: 600 };

describe('placeLabels', () => {
  it('keeps labels in priority order and drops one that would touch a label kept', () => {
    const boxes = placeLabels(
      [at('first-actor', 100, 100), at('second', 110, 104), at('third', 100, 300)],
      measure,
      view,
      10,
    );
    expect(boxes.map((b) => b.key)).toEqual(['first-actor', 'third']);
  });

  it('places a pinned label first, even of low priority, and keeps the others clear of it', () => {
    const pinned = at('selected-actor', 112, 102);
    const boxes = placeLabels(
      [at('first-actor', 100, 100), pinned, at('third', 100, 300)],
      measure,
      view,
      10,
      {
        pinned: [pinned],
      },
    );
    expect(boxes.map((b) => b.key)).toEqual(['selected-actor', 'third']);
    for (const a of boxes) for (const b of boxes) if (a !== b) expect(boxesOverlap(a, b)).toBe(false);
  });

  it('keeps a pinned label partly outside the viewport (it is drawn anyway), and the others clear of it', () => {
    const pinned = at('near-the-edge', 700, 300);
    const boxes = placeLabels([at('abc', 640, 300), at('xy', 740, 302)], measure, view, 10, {
      pinned: [pinned],
    });
    expect(boxes.map((b) => b.key)).toEqual(['near-the-edge', 'abc']);
    expect(boxes[0]!.x + boxes[0]!.width).toBeGreaterThan(view.width);
  });
});
