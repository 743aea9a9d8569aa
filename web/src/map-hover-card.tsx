// The card shown over the map for the actor, community or channel under the pointer.

import type { MultiDirectedGraph } from 'graphology';
import type { EdgeAttrs, NodeAttrs } from './map-graph';

export interface Hover {
  kind: 'node' | 'edge';
  key: string;
  x: number;
  y: number;
}

export function hoverCard(g: MultiDirectedGraph<NodeAttrs, EdgeAttrs>, h: Hover) {
  if (h.kind === 'node') {
    if (!g.hasNode(h.key)) return undefined;
    const a = g.getNodeAttributes(h.key);
    if (a.lod === 'cluster')
      return (
        <>
          <strong>
            {a.members === 1
              ? a.label
              : a.role
                ? `${a.members} actors, most of them ${a.role}s`
                : `Community of ${a.members} actors`}
          </strong>
          {a.members !== 1 && <span>named after {a.label.replace(/ \+\d+$/, '')}</span>}
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
