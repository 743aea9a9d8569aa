// The sigma.js map: shapes by role, parallel channels as separate curves,
// dashes for confidence and arrows for direction; labels placed in priority
// order without overlap after every camera move; for large networks the
// communities as super-nodes when zoomed out and edges hidden while moving.
// Each level of detail is its own graph handed to sigma when the zoom crosses
// LOD_RATIO: zoomed out, a frame draws the communities and nothing else.
// Zoom, fit, search (centres the actor found), hover cards, SVG and PNG export.

import { useEffect, useMemo, useRef, useState } from 'react';
import { MultiDirectedGraph } from 'graphology';
import { copyLevel, detailWindow, graphExtent, type Box, type EdgeAttrs, type NodeAttrs } from './map-graph';
import { buildActorIndex, type ActorIndex, type IndexedActor } from './actor-index';
import { LABEL_METRICS, placeLabels, type LabelBox, type LabelCandidate } from './map-labels';
import { exportPng, exportSvg } from './map-export';
import { hoverCard, type Hover } from './map-hover-card';
import { mapPicture } from './map-picture';
import { applyScaleSettings, createSigma, type MapSigma } from './map-sigma';
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
/**
 * Zoomed in on a large network the map draws the actors in the view and this share of
 * its width and height beyond each side (and the channels that touch them), taken again
 * when the view leaves that part or becomes much smaller than it: a frame draws a few
 * thousand actors, not every one (at LOD_RATIO, about a fifth of them).
 */
const WINDOW_MARGIN = 0.25;
const FONT = LABEL_METRICS.font;

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

export function NetworkMap({ graph, onSelect, selected, name = 'network-map' }: Props) {
  const container = useRef<HTMLDivElement>(null);
  /** Every item: what search, hover cards and selection read. */
  const shown = useRef<Graph>(new MultiDirectedGraph<NodeAttrs, EdgeAttrs>());
  /** What sigma draws of a large network zoomed out: the communities. */
  const far = useRef<Graph>(new MultiDirectedGraph<NodeAttrs, EdgeAttrs>());
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
  /**
   * The graph sigma draws for the camera, handed to it when the level of detail changes
   * (`rebuild`: the network changed, the zoomed-in part is taken again).
   */
  const level = useRef<(rebuild?: boolean) => Graph>(() => shown.current);
  /** The highlighted actor: its label is placed first and the others keep clear of it. */
  const pinnedKey = useRef<string | undefined>(undefined);
  /** The search index over the actors shown, dropped when they change. */
  const index = useRef<ActorIndex>(undefined);
  const large = useMemo(() => graph.someNode((_k, a) => a.lod === 'cluster'), [graph]);
  const largeRef = useRef(large);
  largeRef.current = large;

  useEffect(() => {
    if (!container.current) return;
    shown.current.import(graph.export());
    if (large) copyLevel(far.current, shown.current, 'cluster');
    // Set once sigma is killed: a late timer, camera animation or effect then touches nothing.
    let dead = false;
    let s: MapSigma;
    try {
      // Zoomed out at first (the camera's ratio is 1).
      s = createSigma(container.current, large ? far.current : shown.current, large);
    } catch (e) {
      container.current.textContent = `The map needs WebGL 2: ${(e as Error).message}. The lists beside it show the same network.`;
      return;
    }
    sigma.current = s;
    // Both levels share one frame (the extent of every item), so the camera stays put when they swap.
    if (large) s.setCustomBBox(graphExtent(shown.current)).refresh();
    /** The graph drawn now. */
    let g = s.getGraph() as Graph;
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
    /** The drawn graph's actors by label priority, sorted once per graph and level. */
    let orders = new Map<Graph, string[]>();
    const orderOf = (of: Graph) => {
      let order = orders.get(of);
      if (!order) {
        order = of.nodes().sort((a, b) => of.getNodeAttribute(a, 'rank') - of.getNodeAttribute(b, 'rank'));
        orders.set(of, order);
      }
      return order;
    };
    let labelled = new Set<string>();
    let passMs = 0;
    let pending = false;
    const isZoomedOut = () => largeRef.current && camera.getState().ratio > LOD_RATIO;
    /** The zoomed-in part of a large network and the rectangle it was taken for. */
    let near: Graph | undefined;
    let nearBox: Box | undefined;
    /** The view in graph coordinates (the corners' extent, whatever the camera's angle). */
    const view = (): Box => {
      const { width, height } = s.getDimensions();
      const corners = [
        { x: 0, y: 0 },
        { x: width, y: 0 },
        { x: 0, y: height },
        { x: width, y: height },
      ].map((p) => s.viewportToGraph(p));
      const xs = corners.map((p) => p.x);
      const ys = corners.map((p) => p.y);
      return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    };
    /**
     * The graph for the camera. Constant work per frame: the zoomed-in part is taken
     * again (a walk over every item) only when the view leaves it, or, at rest, when
     * the view has become much smaller than it; the levels swap when the zoom crosses LOD_RATIO.
     */
    const levelGraph = (rest: boolean, rebuild: boolean): Graph => {
      if (!largeRef.current) return shown.current;
      if (isZoomedOut()) return far.current;
      const v = view();
      const inside =
        nearBox && v.x0 >= nearBox.x0 && v.x1 <= nearBox.x1 && v.y0 >= nearBox.y0 && v.y1 <= nearBox.y1;
      const loose = nearBox && rest && nearBox.x1 - nearBox.x0 > 2 * (v.x1 - v.x0);
      if (!near || rebuild || !inside || loose) {
        const dx = (v.x1 - v.x0) * WINDOW_MARGIN;
        const dy = (v.y1 - v.y0) * WINDOW_MARGIN;
        nearBox = { x0: v.x0 - dx, x1: v.x1 + dx, y0: v.y0 - dy, y1: v.y1 + dy };
        near = detailWindow(shown.current, nearBox);
      }
      return near;
    };
    /** Hands sigma the graph for the camera when it changed. */
    const applyLevel = (rest = false, rebuild = false) => {
      if (dead) return;
      const want = levelGraph(rest, rebuild);
      if (want === g) return;
      g = want;
      s.setGraph(g);
      // Sigma keeps the states of the items the new graph holds: the labels of the others are gone.
      labelled = new Set([...labelled].filter((k) => g.hasNode(k)));
      const pin = pinnedKey.current;
      if (pin && g.hasNode(pin)) s.setNodeState(pin, { isHighlighted: true });
    };
    level.current = (rebuild = false) => {
      applyLevel(false, rebuild);
      return g;
    };
    const place = () => {
      if (dead) return;
      const t = performance.now();
      applyLevel(true);
      const { width, height } = s.getDimensions();
      const candidate = (key: string): LabelCandidate | undefined => {
        const a = g.getNodeAttributes(key);
        const d = s.getNodeDisplayData(key);
        if (!d || !a.label) return undefined;
        const p = s.framedGraphToViewport(d);
        if (p.x < -20 || p.y < -20 || p.x > width || p.y > height + 20) return undefined;
        return { key, x: p.x, y: p.y, radius: s.scaleSize(d.size), text: a.label };
      };
      function* candidates(): Generator<LabelCandidate> {
        for (const key of orderOf(g)) {
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
      if (dead) return;
      // The level of detail follows the zoom at once; labels once the camera rests.
      applyLevel();
      clearTimeout(timer);
      pending = true;
      timer = setTimeout(place, 90);
    };
    relabel.current = () => {
      orders = new Map();
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
      dead = true;
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
    const rebuilt = copyLevel(shown.current, graph, 'all');
    if (large) copyLevel(far.current, shown.current, 'cluster');
    else far.current.clear();
    const s = sigma.current;
    if (rebuilt) {
      index.current = undefined;
      if (s) {
        applyScaleSettings(s, shown.current.order, large);
        s.setCustomBBox(large ? graphExtent(shown.current) : null).refresh();
      }
    }
    level.current(true);
    relabel.current();
  }, [graph]);

  useEffect(() => {
    const s = sigma.current;
    if (!s || !selected || !shown.current.hasNode(selected)) return;
    // Highlighted now if drawn at this level, else when its level is drawn.
    if (level.current().hasNode(selected)) s.setNodeState(selected, { isHighlighted: true });
    pinnedKey.current = selected;
    replace.current();
    return () => {
      if (pinnedKey.current === selected) pinnedKey.current = undefined;
      if (level.current().hasNode(selected)) s.setNodeState(selected, { isHighlighted: false });
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
    // Built on the first query after the network's actors change, then reused: a query is a binary search.
    if (!index.current) {
      const actors: IndexedActor[] = [];
      shown.current.forEachNode((key, a) => {
        if (a.lod !== 'cluster') actors.push({ key, label: a.label, rank: a.rank });
      });
      index.current = buildActorIndex(actors);
    }
    setFound(index.current.find(q, 8));
  };

  const centre = (key: string) => {
    const s = sigma.current;
    if (!s) return;
    const camera = s.getCamera();
    const ratio = Math.min(camera.getState().ratio, large ? LOD_RATIO / 3 : 0.6);
    // Where the actor is in the camera's frame, drawn at this level or not (the levels share the frame).
    const a = shown.current.getNodeAttributes(key);
    const d = s.graphToFramedGraph({ x: a.x, y: a.y });
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

  const download = async (format: 'svg' | 'png') => {
    const s = sigma.current;
    if (!s) return;
    const picture = mapPicture(s, level.current(), labelsRef.current);
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
