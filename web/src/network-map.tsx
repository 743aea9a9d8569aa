// The sigma.js map: draws the graph from map-graph.ts with dashed edges for
// confidence and arrows for direction, and reports clicks on nodes and channels.

import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { extremityArrow, layerDashed, layerPlain, pathLine } from 'sigma/rendering';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs } from './map-graph';

interface Props {
  graph: MultiDirectedGraph<NodeAttrs, EdgeAttrs>;
  onSelect: (id: string | undefined) => void;
}

function createSigma(container: HTMLElement, graph: MultiDirectedGraph<NodeAttrs, EdgeAttrs>) {
  return new Sigma(graph, container, {
    primitives: {
      edges: {
        paths: [pathLine()],
        extremities: [extremityArrow()],
        variables: {
          dashSize: { type: 'number', default: 0 },
          gapSize: { type: 'number', default: 0 },
        },
        // A solid stroke, and over it dashes whose gaps are painted in the
        // background colour; a zero gap leaves the solid stroke (confirmed).
        layers: [
          layerPlain(),
          layerDashed({
            dashSize: { attribute: 'dashSize', default: 0, mode: 'pixels' },
            gapSize: { attribute: 'gapSize', default: 0, mode: 'pixels' },
            gapColor: '#ffffff',
          }),
        ],
        defaultHead: 'arrow',
      },
    },
    styles: {
      nodes: {
        x: { attribute: 'x' },
        y: { attribute: 'y' },
        size: { attribute: 'size' },
        color: { attribute: 'color' },
        label: { attribute: 'label' },
        labelVisibility: 'visible',
        labelPosition: 'below',
        labelSize: 13,
        labelBackgroundColor: 'rgba(255,255,255,0.85)',
        labelBackgroundPadding: 2,
        cursor: 'pointer',
      },
      edges: {
        size: { attribute: 'size' },
        color: { attribute: 'color' },
        opacity: { attribute: 'opacity' },
        zIndex: { attribute: 'zIndex' },
        dashSize: { attribute: 'dashSize' },
        gapSize: { attribute: 'gapSize' },
        label: { attribute: 'label' },
        labelVisibility: { whenState: 'isHovered', then: 'visible', else: 'hidden' },
        head: 'arrow',
        cursor: 'pointer',
      },
    },
    settings: {
      enableEdgeEvents: true,
      renderEdgeLabels: true,
      stagePadding: 70,
      labelRenderedSizeThreshold: 0,
      itemSizesReference: 'screen',
    },
  });
}

export function NetworkMap({ graph, onSelect }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const shown = useRef(new MultiDirectedGraph<NodeAttrs, EdgeAttrs>());
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!container.current) return;
    // Sigma sizes its camera from the graph's extent: give it the graph first.
    shown.current.import(graph.export());
    let s: ReturnType<typeof createSigma>;
    try {
      s = createSigma(container.current, shown.current);
    } catch (e) {
      container.current.textContent = `The map needs WebGL 2: ${(e as Error).message}. The lists beside it show the same network.`;
      return;
    }
    const on = s.on.bind(s) as (event: string, fn: (p: { node?: string; edge?: string }) => void) => void;
    on('clickNode', (p) => select.current(p.node));
    on('clickEdge', (p) => select.current(p.edge));
    on('clickStage', () => select.current(undefined));
    return () => {
      s.kill();
    };
  }, []);

  useEffect(() => {
    // Replace the contents in place so sigma keeps its camera.
    const g = shown.current;
    if (g.order && JSON.stringify(g.export()) === JSON.stringify(graph.export())) return;
    g.clear();
    g.import(graph.export());
  }, [graph]);

  return (
    <div
      className="map"
      ref={container}
      role="img"
      aria-label="Network map: sponsor on the left, recipients on the right"
    />
  );
}
