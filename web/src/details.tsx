// The details panel: properties and sources of the selected actor or
// channel (an actor tied to list entries links to their entity pages), and a
// keyboard-usable list of every actor and channel. A new selection scrolls
// the panel into view (below the map in a narrow window).

import { useEffect, useRef } from 'react';
import type { FlowResponse, NetworkDocument } from './types';
import { fmt } from './format';

interface Props {
  network: NetworkDocument;
  selected?: string;
  flow?: FlowResponse;
  onSelect: (id: string) => void;
}

type Sources = { citation: string; date?: string; url?: string; quote?: string }[] | undefined;

function SourceList({ sources }: { sources: Sources }) {
  if (!sources?.length) return <p className="muted">No source given.</p>;
  return (
    <ul className="sources">
      {sources.map((s, i) => (
        <li key={i}>
          {s.quote && <q>{s.quote}</q>}
          <cite>
            {s.url ? <a href={s.url}>{s.citation}</a> : s.citation}
            {s.date ? `, ${s.date}` : ''}
          </cite>
        </li>
      ))}
    </ul>
  );
}

export function Details({ network, selected, flow, onSelect }: Props) {
  const node = network.nodes.find((n) => n.id === selected);
  const channel = [...network.channels, ...(network.candidates ?? [])].find((c) => c.id === selected);
  const name = (id: string) => network.nodes.find((n) => n.id === id)?.properties.name?.[0] ?? id;
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!selected || !panel.current) return;
    const r = panel.current.getBoundingClientRect();
    if (r.top < 0 || r.top > window.innerHeight - 80) panel.current.scrollIntoView({ block: 'start' });
  }, [selected]);
  return (
    <section className="panel details" aria-live="polite" ref={panel}>
      <h2>Details</h2>
      {node && (
        <div data-testid="details">
          <h3>{name(node.id)}</h3>
          <dl>
            <dt>schema</dt>
            <dd>{node.schema}</dd>
            <dt>role</dt>
            <dd>{node.role}</dd>
            {node.listed && node.listed.length > 0 && (
              <>
                <dt>listed as</dt>
                <dd data-testid="listed">
                  {node.listed.map((id, i) => (
                    <span key={id}>
                      {i > 0 ? ', ' : ''}
                      <a href={`#/entity/${encodeURIComponent(id)}`}>{id}</a>
                    </span>
                  ))}
                </dd>
              </>
            )}
            {node.jurisdiction && (
              <>
                <dt>jurisdiction</dt>
                <dd>{node.jurisdiction}</dd>
              </>
            )}
            {Object.entries(node.properties)
              .filter(([k]) => k !== 'name')
              .map(([k, v]) => (
                <div key={k} className="row">
                  <dt>{k}</dt>
                  <dd>{v.join('; ')}</dd>
                </div>
              ))}
          </dl>
          <SourceList sources={node.sources} />
        </div>
      )}
      {channel && (
        <div data-testid="details">
          <h3>
            {name(channel.from)} → {name(channel.to)}
          </h3>
          <dl>
            <dt>kind</dt>
            <dd>{channel.kind}</dd>
            {channel.label && (
              <>
                <dt>label</dt>
                <dd>{channel.label}</dd>
              </>
            )}
            <dt>capacity</dt>
            <dd>{fmt(channel.capacity)}</dd>
            <dt>flow now</dt>
            <dd>{fmt(flow?.channelFlow[channel.id] ?? 0)}</dd>
            <dt>confidence</dt>
            <dd>
              {channel.confidenceLabel} ({channel.confidence})
            </dd>
            {channel.jurisdiction && (
              <>
                <dt>crosses</dt>
                <dd>{channel.jurisdiction}</dd>
              </>
            )}
          </dl>
          <SourceList sources={channel.sources} />
        </div>
      )}
      {!node && !channel && (
        <p className="muted">Click an actor or a channel on the map, or pick one below.</p>
      )}
      <details>
        <summary>All actors and channels</summary>
        <ul className="plain picker">
          {network.nodes.map((n) => (
            <li key={n.id}>
              <button type="button" className="link" onClick={() => onSelect(n.id)}>
                {name(n.id)}
              </button>{' '}
              <small>{n.role}</small>
            </li>
          ))}
          {network.channels.map((c) => (
            <li key={c.id}>
              <button type="button" className="link" onClick={() => onSelect(c.id)}>
                {name(c.from)} → {name(c.to)}
              </button>{' '}
              <small>{c.kind}</small>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
