import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenario } from '../../core/ingest/scenario.js';
import { caption } from '../../core/model/entity.js';
import type { Network } from '../../core/model/network.js';
import { wrapText, textWidth } from './font-metrics.js';
import { boxesIntersect, intersectingPairs, placeLabels } from './labels.js';
import { isotonic, layeredLayout } from './layout.js';
import { generatedNetwork } from './testing/generated-network.js';
import { networkLayout } from './testing/network-layout.js';

const article = parseScenario(readFileSync('data/scenarios/article.yaml', 'utf8'), {
  file: 'data/scenarios/article.yaml',
});

const layoutOf = (network: Network) => networkLayout(network);
const unfoldedColumns = (network: Network) => networkLayout(network, { aspect: 0 }).columns.length;

describe('layered layout', () => {
  it('reads left to right from sponsors through operators, fronts and transit to recipients', () => {
    const layout = layoutOf(article);
    const x = new Map(layout.nodes.map((n) => [n.id, n.x]));
    expect(x.get('iran')!).toBeLessThan(x.get('quds-force')!);
    expect(x.get('quds-force')!).toBeLessThan(x.get('unit-190')!);
    expect(x.get('unit-190')!).toBeLessThan(x.get('aid-fronts')!);
    // Fronts and transit points both sit one step from Unit 190: one column.
    expect(x.get('aid-fronts')).toBe(x.get('egypt'));
    expect(x.get('egypt')!).toBeLessThan(x.get('hamas')!);
    expect(x.get('hamas')).toBe(x.get('hezbollah'));
    // Khamenei (role other) stands beside what he directs.
    expect(x.get('khamenei')).toBe(x.get('iran'));
  });

  it('routes every channel forward, from its source actor to its target', () => {
    const layout = layoutOf(article);
    for (const e of layout.edges) {
      expect(e.backward).toBe(false);
      const to = layout.nodes.find((n) => n.id === e.to)!;
      expect(e.end.x).toBeCloseTo(to.x - to.r);
      expect(e.d.startsWith('M')).toBe(true);
    }
  });

  it('gives the article no two labels that meet, and no label over a shape', () => {
    const layout = layoutOf(article);
    expect(intersectingPairs(layout.labels.map((l) => l.box))).toEqual([]);
    for (const l of layout.labels)
      for (const s of layout.shapes) expect(boxesIntersect(l.box, s)).toBe(false);
  });

  it('keeps 200 actors’ labels apart, each one whole', () => {
    const network = generatedNetwork(200);
    const layout = layoutOf(network);
    expect(layout.labels).toHaveLength(200);
    expect(intersectingPairs([...layout.labels.map((l) => l.box), ...layout.shapes])).toEqual([]);
    for (const n of network.nodes) {
      const label = layout.labels.find((l) => l.id === n.id)!;
      expect(label.lines.join(' ')).toBe(caption(n));
    }
  });

  it('folds tall columns so 200 actors lay out near landscape, every channel still reading left to right', () => {
    const network = generatedNetwork(200);
    const unfolded = layeredLayout(
      network.nodes.map((n) => ({ id: n.id, role: n.role, label: caption(n) })),
      [...network.channels, ...(network.candidates ?? [])],
      { aspect: 0 },
    );
    expect(unfolded.width / unfolded.height).toBeLessThan(0.3); // one tall strip
    const layout = layoutOf(network);
    const aspect = layout.width / layout.height;
    expect(aspect).toBeGreaterThan(1);
    expect(aspect).toBeLessThan(2);
    expect(layout.columns.length).toBeGreaterThan(unfolded.columns.length);
    expect(layout.edges.filter((e) => e.backward).length).toBe(
      unfolded.edges.filter((e) => e.backward).length,
    );
    const x = new Map(layout.nodes.map((n) => [n.id, n.x]));
    for (const c of network.channels)
      if (x.get(c.from)! >= x.get(c.to)!) expect.fail(`${c.id} runs backward`);
    // The article is wide already: it keeps one column per step.
    expect(layoutOf(article).columns).toHaveLength(unfoldedColumns(article));
  });

  it('is deterministic: the same network gives the same picture', () => {
    const a = layoutOf(generatedNetwork(120, 3));
    const b = layoutOf(generatedNetwork(120, 3));
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('survives a cycle and a channel against the reading direction', () => {
    const layout = layeredLayout(
      [
        { id: 'a', role: 'sponsor', label: 'A' },
        { id: 'b', role: 'operator', label: 'B' },
        { id: 'c', role: 'operator', label: 'C' },
        { id: 'd', role: 'recipient', label: 'D' },
      ],
      [
        { id: 'ab', from: 'a', to: 'b' },
        { id: 'bc', from: 'b', to: 'c' },
        { id: 'cb', from: 'c', to: 'b' },
        { id: 'cd', from: 'c', to: 'd' },
        { id: 'da', from: 'd', to: 'a' },
      ],
    );
    expect(
      layout.edges
        .filter((e) => e.backward)
        .map((e) => e.id)
        .sort(),
    ).toEqual(['cb', 'da']);
    expect(intersectingPairs(layout.labels.map((l) => l.box))).toEqual([]);
  });
});

describe('isotonic regression', () => {
  it('pools adjacent violators into their mean', () => {
    expect(isotonic([1, 3, 2, 4])).toEqual([1, 2.5, 2.5, 4]);
    expect(isotonic([5, 4, 3])).toEqual([4, 4, 4]);
    expect(isotonic([])).toEqual([]);
  });
});

describe('label placement', () => {
  it('never lets two placed labels or a label and an obstacle meet, however crowded', () => {
    const obstacles = [{ x: 40, y: 40, width: 30, height: 20 }];
    const requests = Array.from({ length: 60 }, (_v, i) => ({
      id: String(i),
      x: 50 + (i % 5),
      y: 50 + (i % 3),
      width: 24,
      height: 11,
    }));
    const boxes = placeLabels(requests, obstacles);
    expect(intersectingPairs([...boxes, ...obstacles])).toEqual([]);
  });

  it('leaves a label on its anchor when the space is free', () => {
    const [b] = placeLabels([{ id: 'a', x: 10, y: 10, width: 8, height: 4 }], []);
    expect(b).toEqual({ x: 6, y: 8, width: 8, height: 4 });
  });
});

describe('text metrics', () => {
  it('wraps at spaces within the width and keeps every word', () => {
    const text = 'Humanitarian aid organisations (fronts) of the Quds Force';
    const lines = wrapText(text, 120, 11);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe(text);
  });
});
