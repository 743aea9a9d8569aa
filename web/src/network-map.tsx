// The sigma.js map: shapes by role, parallel channels as separate curves,
// dashes for confidence and arrows for direction; labels placed in priority
// order without overlap after every camera move; for large networks the
// communities as super-nodes when zoomed out and edges hidden while moving.
// Zoom, fit, search (centres the actor found), hover cards, SVG and PNG export.

import { useEffect, useMemo, useRef, useState } from 'react';
import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs } from './map-graph';
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
  /** The search index over the actors shown, dropped when they change. */
  const index = useRef<ActorIndex>(undefined);
  const large = useMemo(() => graph.someNode((_k, a) => a.lod === 'cluster'), [graph]);
  const largeRef = useRef(large);
  largeRef.current = large;

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
    const isZoomedOut = () => largeRef.current && camera.getState().ratio > LOD_RATIO;
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
      index.current = undefined;
      if (sigma.current) applyScaleSettings(sigma.current, g.order, large);
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

  const download = async (format: 'svg' | 'png') => {
    const s = sigma.current;
    if (!s) return;
    const picture = mapPicture(s, shown.current, labelsRef.current);
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
