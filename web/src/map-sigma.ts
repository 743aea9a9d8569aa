// The sigma.js renderer of the map: shapes by role, parallel channels as
// curves, dashes for confidence, arrows for direction, labels shown only for
// the actors the label pass keeps (or hovered, or highlighted), and the level
// of detail (communities zoomed out, actors zoomed in) as a graph state. For
// large networks edges and labels are hidden while the camera moves and edge
// events are off, so a frame costs what the GPU draws, not a walk over every item.

import Sigma from 'sigma';
import {
  extremityArrow,
  layerDashed,
  layerFill,
  layerPlain,
  pathCurved,
  pathLine,
  sdfCircle,
  sdfDiamond,
  sdfSquare,
  sdfTriangle,
} from 'sigma/rendering';
import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs } from './map-graph';
import { LABEL_METRICS } from './map-labels';
import { LABEL_BACKGROUND, LABEL_COLOUR } from './map-style';

type Graph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;
const FONT = LABEL_METRICS.font;

/** Above this many actors the map hides edges and labels while it moves and stops edge events. */
export const HEAVY_ACTORS = 2000;

/**
 * The settings that follow the network's size: a large network draws no edge
 * labels, picks no edges under the pointer, and hides edges and labels while
 * the camera moves (a frame then draws the actors only), and picks what is
 * under the pointer from a coarser buffer.
 */
export function scaleSettings(actors: number, large: boolean) {
  const heavy = large || actors > HEAVY_ACTORS;
  return {
    enableEdgeEvents: !heavy,
    renderEdgeLabels: !heavy,
    hideEdgesOnMove: heavy,
    hideLabelsOnMove: heavy,
    // Each frame also draws every item into the picking buffer (what is under the pointer):
    // a coarser one costs a quarter of the fill (in software WebGL, most of a frame).
    pickingDownSizingRatio: heavy ? 4 : 2,
  };
}

/** Applies `scaleSettings` to a running map (the network changed). */
export function applyScaleSettings(s: MapSigma, actors: number, large: boolean): void {
  for (const [name, value] of Object.entries(scaleSettings(actors, large)))
    if ((s.getSetting as (n: string) => unknown)(name) !== value)
      (s.setSetting as (n: string, v: unknown) => void)(name, value);
}

export function createSigma(container: HTMLElement, graph: Graph, large: boolean) {
  return new Sigma(graph, container, {
    primitives: {
      nodes: {
        shapes: [sdfCircle(), sdfSquare(), sdfTriangle(), sdfDiamond()],
        layers: [layerFill()],
      },
      edges: {
        paths: [pathLine(), pathCurved()],
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
        size: {
          whenState: 'isHighlighted',
          then: (a: NodeAttrs) => a.size + 5,
          else: { attribute: 'size' },
        },
        color: { attribute: 'color' },
        shape: { attribute: 'shape' },
        label: { attribute: 'label' },
        labelVisibility: (
          _a: NodeAttrs,
          s: { labelShown?: boolean; isHovered: boolean; isHighlighted: boolean },
        ) => (s.labelShown || s.isHovered || s.isHighlighted ? 'visible' : 'hidden'),
        labelPosition: 'right',
        labelSize: LABEL_METRICS.size,
        labelFont: FONT,
        labelColor: LABEL_COLOUR,
        labelBackgroundColor: LABEL_BACKGROUND,
        labelBackgroundPadding: LABEL_METRICS.padding,
        cursor: 'pointer',
        // An actor whose label is shown, or the highlighted one, is drawn over the actors
        // around it: where a dense picture stacks discs (5,000 actors), the disc a label
        // names is whole on screen, and a click on it picks it, not a neighbour drawn
        // later. A change of layer costs no reordering of the others (a zIndex change would).
        depth: (_a: NodeAttrs, s: { labelShown?: boolean; isHighlighted: boolean }) =>
          s.labelShown || s.isHighlighted ? 'topNodes' : 'nodes',
        zIndex: { whenState: 'isHighlighted', then: 2, else: 0 },
      },
      edges: {
        path: 'line',
        parallelPath: 'curved',
        parallelSpread: 0.5,
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
      ...scaleSettings(graph.order, large),
      stagePadding: 40,
      // The map's panel can be hidden or not yet laid out (a route change, a narrow window):
      // the renderer then waits for a size instead of throwing.
      allowInvalidContainer: true,
      labelRenderedSizeThreshold: 0,
      itemSizesReference: 'screen',
      zoomDuration: 200,
    } as never,
  } as never);
}

export type MapSigma = ReturnType<typeof createSigma>;
