// The details panel: properties and sources of the selected actor or
// channel (an actor tied to list entries links to their entity pages), and a
// keyboard-usable list of every actor and channel (on a large network, those
// matching what is typed). A new selection scrolls the panel into view (below
// the map in a narrow window).

import { memo, useEffect, useMemo, useRef, useState } from 'react';
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

/** The network's actors and channels by id, built once per network. */
function useById(network: NetworkDocument) {
  return useMemo(
    () => ({
      nodes: new Map(network.nodes.map((n) => [n.id, n])),
      channels: new Map([...network.channels, ...(network.candidates ?? [])].map((c) => [c.id, c])),
    }),
    [network],
  );
}

export const Details = memo(function Details({ network, selected, flow, onSelect }: Props) {
  const byId = useById(network);
  const node = selected === undefined ? undefined : byId.nodes.get(selected);
  const channel = selected === undefined ? undefined : byId.channels.get(selected);
  const name = (id: string) => byId.nodes.get(id)?.properties.name?.[0] ?? id;
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
      <AllItems network={network} name={name} onSelect={onSelect} />
    </section>
  );
});

/** Up to this many actors and channels the list shows them all; beyond, those whose name matches the filter. */
const LIST_ALL = 600;
const LIST_MATCHES = 200;

/**
 * Every actor and channel as buttons, drawn only while the list is open; on a
 * large network, the first matches of what is typed (so the page never holds
 * tens of thousands of buttons).
 */
function AllItems({
  network,
  name,
  onSelect,
}: {
  network: NetworkDocument;
  name: (id: string) => string;
  onSelect: (id: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const total = network.nodes.length + network.channels.length;
  const all = total <= LIST_ALL;
  const items = useMemo(() => {
    if (!open) return [];
    const q = filter.trim().toLowerCase();
    const out: { id: string; text: string; kind: string }[] = [];
    const add = (id: string, text: string, kind: string) => {
      if (all || (q && text.toLowerCase().includes(q))) out.push({ id, text, kind });
    };
    for (const n of network.nodes) {
      if (out.length >= (all ? total : LIST_MATCHES)) break;
      add(n.id, name(n.id), n.role);
    }
    for (const c of network.channels) {
      if (out.length >= (all ? total : LIST_MATCHES)) break;
      add(c.id, `${name(c.from)} → ${name(c.to)}`, c.kind);
    }
    return out;
    // `name` follows `network`.
  }, [open, filter, network, all, total]);
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>All actors and channels</summary>
      {open && !all && (
        <input
          type="search"
          className="picker-filter"
          value={filter}
          placeholder={`Type a name (${total.toLocaleString('en')} actors and channels)`}
          aria-label="Find actors and channels by name"
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <ul className="plain picker">
        {items.map((it) => (
          <li key={it.id}>
            <button type="button" className="link" onClick={() => onSelect(it.id)}>
              {it.text}
            </button>{' '}
            <small>{it.kind}</small>
          </li>
        ))}
      </ul>
    </details>
  );
}
