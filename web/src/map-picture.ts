// What is on the map's screen, as items for the SVG and PNG export: the
// actors and channels in view (hidden ones left out), at their rendered
// positions and sizes, parallel channels bent apart, and the labels shown.

import type { MultiDirectedGraph } from 'graphology';
import type { ExportItem } from './map-export';
import type { EdgeAttrs, NodeAttrs } from './map-graph';
import type { LabelBox } from './map-labels';
import type { MapSigma } from './map-sigma';

export function mapPicture(
  s: MapSigma,
  g: MultiDirectedGraph<NodeAttrs, EdgeAttrs>,
  labels: readonly LabelBox[],
): { items: ExportItem[]; width: number; height: number } {
  const { width, height } = s.getDimensions();
  const labelled = new Set(labels.map((b) => b.key));
  const items: ExportItem[] = [];
  const visible = new Map<string, { x: number; y: number; r: number }>();
  g.forEachNode((key) => {
    const d = s.getNodeDisplayData(key);
    if (!d || d.visibility === 'hidden') return;
    const p = s.framedGraphToViewport(d);
    if (p.x < -50 || p.y < -50 || p.x > width + 50 || p.y > height + 50) return;
    visible.set(key, { x: p.x, y: p.y, r: s.scaleSize(d.size) });
  });
  const parallel = new Map<string, number>();
  g.forEachEdge((key, a, source, target) => {
    const from = visible.get(source);
    const to = visible.get(target);
    const d = s.getEdgeDisplayData(key);
    if (!from || !to || !d || d.visibility === 'hidden') return;
    const pair = source < target ? `${source}\u0000${target}` : `${target}\u0000${source}`;
    const index = parallel.get(pair) ?? 0;
    parallel.set(pair, index + 1);
    items.push({
      type: 'edge',
      x1: from.x,
      y1: from.y,
      x2: to.x,
      y2: to.y,
      bend: index === 0 ? 0 : (index % 2 ? 1 : -1) * Math.ceil(index / 2) * 0.25,
      colour: a.color,
      width: Math.max(1, a.size),
      opacity: a.opacity,
      dash: a.dashSize ? `${a.dashSize} ${a.gapSize}` : undefined,
    });
  });
  for (const [key, p] of visible) {
    const a = g.getNodeAttributes(key);
    items.push({ type: 'node', x: p.x, y: p.y, r: p.r, shape: a.shape, colour: a.color });
  }
  for (const b of labels)
    if (labelled.has(b.key) && visible.has(b.key))
      items.push({
        type: 'label',
        x: b.x,
        y: b.y,
        width: b.width,
        height: b.height,
        text: g.getNodeAttribute(b.key, 'label'),
      });
  return { items, width, height };
}
