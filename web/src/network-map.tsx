// The sigma.js map: shapes by role, parallel channels as separate curves,
// dashes for confidence and arrows for direction; labels placed in priority
// order without overlap after every camera move; for large networks the
// communities as super-nodes when zoomed out and edges hidden while moving.
// Zoom, fit, search (centres the actor found), hover cards, SVG and PNG export.

import { useEffect, useRef, useState } from 'react';
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
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs } from './map-graph';
import { LABEL_METRICS, placeLabels, type LabelBox, type LabelCandidate } from './map-labels';
import { exportPng, exportSvg, type ExportItem } from './map-export';
import { LABEL_BACKGROUND, LABEL_COLOUR } from './map-style';
import './map.css';

type Graph = MultiDirectedGraph<NodeAttrs, EdgeAttrs>;

interface Props {
  graph: Graph;
  onSelect: (id: string | undefined) => void;
  /** The selected actor or channel, highlighted in place. */
  selected?: string;
  /** File name (without extension) of exported pictures. */
  name?: string;
}

/** Camera ratio above which a large network shows its communities. */
const LOD_RATIO = 0.3;
const FONT = LABEL_METRICS.font;

interface Hover {
  kind: 'node' | 'edge';
  key: string;
  x: number;
  y: number;
}

/** The zoom buttons of the map's toolbar. */
const ZOOM_BUTTONS = [
  { how: 'in', label: 'Zoom in', title: 'Zoom in', text: '+' },
  { how: 'out', label: 'Zoom out', title: 'Zoom out', text: '−' },
  { how: 'fit', label: 'Fit the whole network', title: 'Fit', text: 'Fit' },
] as const;

/** What tests and the export read: the sigma instance and the labels the last pass kept. */
export interface MapHandle {
  sigma: MapSigma;
  labels: () => LabelBox[];
  zoomedOut: () => boolean;
  /** Milliseconds of the last label pass. */
  lastLabelPassMs: () => number;
  /** Whether a label pass is waiting to run (the camera moved since the last one). */
  labelPassPending: () => boolean;
}

declare global {
  interface Window {
    __interdictMap?: MapHandle;
  }
}

function createSigma(container: HTMLElement, graph: Graph, large: boolean) {
  const lodVisible = (lod: unknown, gs: { zoomedOut?: boolean }) =>
    lod === 'all' || (lod === 'cluster') === !!gs.zoomedOut ? 'visible' : 'hidden';
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
        visibility: (a: NodeAttrs, _s: unknown, gs: { zoomedOut?: boolean }) => lodVisible(a.lod, gs),
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
        visibility: (a: EdgeAttrs, _s: unknown, gs: { zoomedOut?: boolean }) => lodVisible(a.lod, gs),
        labelVisibility: { whenState: 'isHovered', then: 'visible', else: 'hidden' },
        head: 'arrow',
        cursor: 'pointer',
      },
    },
    settings: {
      enableEdgeEvents: !large,
      renderEdgeLabels: !large,
      hideEdgesOnMove: large,
      hideLabelsOnMove: large,
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

type MapSigma = ReturnType<typeof createSigma>;

export function NetworkMap({ graph, onSelect, selected, name = 'network-map' }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const shown = useRef<Graph>(new MultiDirectedGraph<NodeAttrs, EdgeAttrs>());
  const sigma = useRef<MapSigma>(undefined);
  const select = useRef(onSelect);
  select.current = onSelect;
  const [hover, setHover] = useState<Hover>();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const labelsRef = useRef<LabelBox[]>([]);
  const relabel = useRef<() => void>(() => {});
  /** Runs the label pass again (after the highlighted actor changes). */
  const replace = useRef<() => void>(() => {});
  /** The highlighted actor: its label is placed first and the others keep clear of it. */
  const pinnedKey = useRef<string | undefined>(undefined);
  const large = graph.someNode((_k, a) => a.lod === 'cluster');

  useEffect(() => {
    if (!container.current) return;
    // Sigma sizes its camera from the graph's extent: give it the graph first.
    shown.current.import(graph.export());
    let s: MapSigma;
    try {
      s = createSigma(container.current, shown.current, large);
    } catch (e) {
      container.current.textContent = `The map needs WebGL 2: ${(e as Error).message}. The lists beside it show the same network.`;
      return;
    }
    sigma.current = s;
    const g = shown.current;
    const camera = s.getCamera();
    const measureCtx = document.createElement('canvas').getContext('2d')!;
    measureCtx.font = `${LABEL_METRICS.size}px ${FONT}`;
    const widths = new Map<string, number>();
    const measure = (text: string) => {
      let w = widths.get(text);
      if (w === undefined) {
        w = measureCtx.measureText(text).width;
        widths.set(text, w);
      }
      return w;
    };
    let order: string[] = [];
    const sortNodes = () => {
      order = g.nodes().sort((a, b) => g.getNodeAttribute(a, 'rank') - g.getNodeAttribute(b, 'rank'));
    };
    sortNodes();
    let labelled = new Set<string>();
    let passMs = 0;
    let pending = false;
    const isZoomedOut = () => large && camera.getState().ratio > LOD_RATIO;
    const place = () => {
      const t = performance.now();
      const out = isZoomedOut();
      if (!!(s.getGraphState() as { zoomedOut?: boolean }).zoomedOut !== out)
        s.setGraphState({ zoomedOut: out } as never);
      const { width, height } = s.getDimensions();
      const candidate = (key: string): LabelCandidate | undefined => {
        const a = g.getNodeAttributes(key);
        if (a.lod !== 'all' && (a.lod === 'cluster') !== out) return undefined;
        const d = s.getNodeDisplayData(key);
        if (!d || !a.label) return undefined;
        const p = s.framedGraphToViewport(d);
        if (p.x < -20 || p.y < -20 || p.x > width || p.y > height + 20) return undefined;
        return { key, x: p.x, y: p.y, radius: s.scaleSize(d.size), text: a.label };
      };
      function* candidates(): Generator<LabelCandidate> {
        for (const key of order) {
          const c = candidate(key);
          if (c) yield c;
        }
      }
      // Sigma draws the highlighted actor's label whatever the pass says: place it first.
      const pin = pinnedKey.current;
      const pinned = pin && g.hasNode(pin) ? candidate(pin) : undefined;
      const limit = Math.max(20, Math.floor((width * height) / 3000));
      const boxes = placeLabels(candidates(), measure, { width, height }, limit, {
        pinned: pinned ? [pinned] : [],
      });
      const next = new Set(boxes.map((b) => b.key));
      const dropped = [...labelled].filter((k) => !next.has(k) && g.hasNode(k));
      const added = [...next].filter((k) => !labelled.has(k));
      if (dropped.length) s.setNodesState(dropped, { labelShown: false } as never);
      if (added.length) s.setNodesState(added, { labelShown: true } as never);
      labelled = next;
      labelsRef.current = boxes;
      passMs = performance.now() - t;
      pending = false;
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      // The level of detail follows the zoom at once; labels once the camera rests.
      const out = isZoomedOut();
      if (!!(s.getGraphState() as { zoomedOut?: boolean }).zoomedOut !== out)
        s.setGraphState({ zoomedOut: out } as never);
      clearTimeout(timer);
      pending = true;
      timer = setTimeout(place, 90);
    };
    relabel.current = () => {
      sortNodes();
      labelled = new Set([...labelled].filter((k) => g.hasNode(k)));
      schedule();
    };
    replace.current = schedule;
    camera.on('updated', schedule);
    s.on('resize', schedule);
    place();
    window.__interdictMap = {
      sigma: s,
      labels: () => labelsRef.current,
      zoomedOut: isZoomedOut,
      lastLabelPassMs: () => passMs,
      labelPassPending: () => pending,
    };
    const on = s.on.bind(s) as (
      event: string,
      fn: (p: { node?: string; edge?: string; event?: { x: number; y: number } }) => void,
    ) => void;
    on('clickNode', (p) => {
      const a = g.getNodeAttributes(p.node!);
      if (a.lod === 'cluster') {
        // A community: zoom in on it.
        const d = s.getNodeDisplayData(p.node!)!;
        void camera.animate({ x: d.x, y: d.y, ratio: LOD_RATIO * 0.6 }, { duration: 300 });
        return;
      }
      select.current(p.node);
    });
    on('clickEdge', (p) => !p.edge?.startsWith('community-link:') && select.current(p.edge));
    on('clickStage', () => select.current(undefined));
    on('enterNode', (p) => setHover({ kind: 'node', key: p.node!, x: p.event!.x, y: p.event!.y }));
    on('leaveNode', () => setHover(undefined));
    on('enterEdge', (p) => setHover({ kind: 'edge', key: p.edge!, x: p.event!.x, y: p.event!.y }));
    on('leaveEdge', () => setHover(undefined));
    return () => {
      clearTimeout(timer);
      if (window.__interdictMap?.sigma === s) delete window.__interdictMap;
      sigma.current = undefined;
      s.kill();
    };
    // The sigma instance lives as long as the component; graph changes are applied below.
  }, []);

  useEffect(() => {
    // Replace the contents in place so sigma keeps its camera; when only
    // attributes changed (measures, flow), update them without rebuilding.
    const g = shown.current;
    const sameShape =
      g.order === graph.order &&
      g.size === graph.size &&
      graph.everyNode((k) => g.hasNode(k)) &&
      graph.everyEdge((k) => g.hasEdge(k));
    if (sameShape) {
      g.updateEachNodeAttributes((k) => graph.getNodeAttributes(k));
      g.updateEachEdgeAttributes((k) => graph.getEdgeAttributes(k));
    } else {
      g.clear();
      g.import(graph.export());
    }
    relabel.current();
  }, [graph]);

  useEffect(() => {
    const s = sigma.current;
    if (!s || !selected || !shown.current.hasNode(selected)) return;
    s.setNodeState(selected, { isHighlighted: true });
    pinnedKey.current = selected;
    replace.current();
    return () => {
      if (pinnedKey.current === selected) pinnedKey.current = undefined;
      if (shown.current.hasNode(selected)) s.setNodeState(selected, { isHighlighted: false });
      replace.current();
    };
  }, [selected, graph]);

  const search = (text: string) => {
    setQuery(text);
    const q = text.trim().toLowerCase();
    if (q.length < 2) {
      setFound([]);
      return;
    }
    const g = shown.current;
    const hits: { key: string; score: number; rank: number }[] = [];
    g.forEachNode((key, a) => {
      if (a.lod === 'cluster') return;
      const label = a.label.toLowerCase();
      const k = key.toLowerCase();
      const score = k === q || label.startsWith(q) ? 0 : label.includes(q) || k.includes(q) ? 1 : -1;
      if (score >= 0) hits.push({ key, score, rank: a.rank });
    });
    hits.sort((a, b) => a.score - b.score || a.rank - b.rank);
    setFound(hits.slice(0, 8).map((h) => h.key));
  };

  const centre = (key: string) => {
    const s = sigma.current;
    if (!s) return;
    const camera = s.getCamera();
    const ratio = Math.min(camera.getState().ratio, large ? LOD_RATIO / 3 : 0.6);
    // Leave the zoomed-out view first so the actor's own position is drawn.
    if (large) s.setGraphState({ zoomedOut: false } as never);
    const d = s.getNodeDisplayData(key);
    if (!d) return;
    setFound([]);
    setQuery(shown.current.getNodeAttribute(key, 'label'));
    setStatus(`Centred on ${shown.current.getNodeAttribute(key, 'label')}`);
    void camera.animate({ x: d.x, y: d.y, ratio }, { duration: 300 });
    select.current(key);
  };

  const zoom = (how: 'in' | 'out' | 'fit') => {
    const camera = sigma.current?.getCamera();
    if (!camera) return;
    if (how === 'in') void camera.animate({ ratio: camera.getState().ratio / 1.6 }, { duration: 200 });
    else if (how === 'out') void camera.animate({ ratio: camera.getState().ratio * 1.6 }, { duration: 200 });
    else void camera.animate({ x: 0.5, y: 0.5, ratio: 1, angle: 0 }, { duration: 250 });
  };

  const exportItems = (): { items: ExportItem[]; width: number; height: number } | undefined => {
    const s = sigma.current;
    if (!s) return undefined;
    const g = shown.current;
    const { width, height } = s.getDimensions();
    const labelled = new Set(labelsRef.current.map((b) => b.key));
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
    for (const b of labelsRef.current)
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
  };

  const download = async (format: 'svg' | 'png') => {
    const picture = exportItems();
    if (!picture) return;
    const blob = format === 'svg' ? exportSvg(picture) : await exportPng(picture);
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = `${name}.${format}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const card = hover ? hoverCard(shown.current, hover) : undefined;
  return (
    <div className="map-frame">
      <div
        className="map"
        ref={container}
        role="img"
        aria-label={`Network map of ${graph.order} items: ${large ? 'communities when zoomed out, actors when zoomed in' : 'sponsors on the left, recipients on the right'}`}
        data-testid="network-map"
      />
      <div className="map-tools" role="toolbar" aria-label="Map tools">
        <div className="map-search">
          <input
            type="search"
            aria-label="Find an actor on the map"
            placeholder="Find an actor…"
            value={query}
            data-testid="map-search"
            onChange={(e) => search(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && found[0]) centre(found[0]);
              if (e.key === 'Escape') setFound([]);
            }}
          />
          {found.length > 0 && (
            <ul className="map-found" role="listbox" aria-label="Actors found">
              {found.map((key) => (
                <li key={key} role="option" aria-selected={false}>
                  <button type="button" onClick={() => centre(key)}>
                    {shown.current.getNodeAttribute(key, 'label')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {ZOOM_BUTTONS.map(({ how, label, title, text }) => (
          <button
            key={how}
            type="button"
            onClick={() => zoom(how)}
            aria-label={label}
            title={title}
            data-testid={`zoom-${how}`}
          >
            {text}
          </button>
        ))}
        <button
          type="button"
          onClick={() => void download('svg')}
          data-testid="export-svg"
          title="Download the map as SVG"
        >
          SVG
        </button>
        <button
          type="button"
          onClick={() => void download('png')}
          data-testid="export-png"
          title="Download the map as PNG"
        >
          PNG
        </button>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {card && (
        <div
          className="map-card"
          style={{ left: hover!.x + 14, top: hover!.y + 14 }}
          data-testid="hover-card"
        >
          {card}
        </div>
      )}
    </div>
  );
}

function hoverCard(g: Graph, h: Hover) {
  if (h.kind === 'node') {
    if (!g.hasNode(h.key)) return undefined;
    const a = g.getNodeAttributes(h.key);
    if (a.lod === 'cluster')
      return (
        <>
          <strong>Community of {a.members} actors</strong>
          <span>best linked: {a.label.replace(/ \+\d+$/, '')}</span>
          <span>click to zoom in</span>
        </>
      );
    return (
      <>
        <strong>{a.label}</strong>
        <span>{a.role}</span>
        <span>
          {g.inDegree(h.key)} channels in · {g.outDegree(h.key)} out
        </span>
      </>
    );
  }
  if (!g.hasEdge(h.key)) return undefined;
  const a = g.getEdgeAttributes(h.key);
  const [from, to] = g.extremities(h.key);
  return (
    <>
      <strong>{a.label}</strong>
      <span>
        {g.getNodeAttribute(from, 'label')} → {g.getNodeAttribute(to, 'label')}
      </span>
    </>
  );
}
