// The sponsors and recipients picked in the browser (needed when a network
// names none), and weighted pairs for the plan and the frontier. The pickers
// list every actor of a small network; on a large one they list the actors
// whose name matches what is typed in the box above them (a prebuilt index),
// so the page never holds a list of every actor.

import { useMemo, useRef, useState } from 'react';
import { buildActorIndex, type ActorIndex } from './actor-index';
import type { NetworkAction, NetworkState } from './network-state';
import type { NetworkDocument } from './types';

type Dispatch = (action: NetworkAction) => void;

/** Up to this many actors a picker lists them all; beyond, the matches of its filter. */
export const PICKER_ALL = 1000;
/** Matches a filtered picker lists. */
const PICKER_MATCHES = 200;

interface Actors {
  /** Every actor, by name. */
  sorted: { id: string; name: string; role: string }[];
  names: Map<string, string>;
  /** Built on first use. */
  index: () => ActorIndex;
}

function useActors(network: NetworkDocument | undefined): Actors {
  const cache = useRef<ActorIndex>(undefined);
  return useMemo(() => {
    cache.current = undefined;
    const sorted = (network?.nodes ?? [])
      .map((n) => ({ id: n.id, name: n.properties.name?.[0] ?? n.id, role: n.role }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const names = new Map(sorted.map((a) => [a.id, a.name]));
    const index = () =>
      (cache.current ??= buildActorIndex(sorted.map((a, rank) => ({ key: a.id, label: a.name, rank }))));
    return { sorted, names, index };
  }, [network]);
}

function ActorPicker({
  label,
  value,
  set,
  testid,
  actors,
}: {
  label: string;
  value: string[];
  set: (v: string[]) => void;
  testid: string;
  actors: Actors;
}) {
  const [filter, setFilter] = useState('');
  const all = actors.sorted.length <= PICKER_ALL;
  const options = useMemo(() => {
    if (all) return actors.sorted;
    const byId = new Map(actors.sorted.map((a) => [a.id, a]));
    const hits = filter.trim() ? actors.index().find(filter, PICKER_MATCHES) : [];
    const ids = [...new Set([...value, ...hits])];
    return ids.map((id) => byId.get(id)).filter((a) => a !== undefined);
  }, [actors, all, filter, value]);
  return (
    <label className="terminal">
      {label}
      {!all && (
        <input
          type="search"
          value={filter}
          placeholder={`Type a name (${actors.sorted.length.toLocaleString('en')} actors)`}
          aria-label={`${label}: find actors by name`}
          data-testid={`${testid}-filter`}
          onChange={(e) => setFilter(e.target.value)}
        />
      )}
      <select
        multiple
        size={Math.min(6, Math.max(3, options.length))}
        value={value}
        data-testid={testid}
        onChange={(e) => set([...e.target.selectedOptions].map((o) => o.value))}
      >
        {options.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
            {a.role !== 'other' ? ` (${a.role})` : ''}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Sponsors and recipients chosen in the browser: needed when the network has no roles. */
export function TerminalsPanel({
  network,
  state,
  dispatch,
}: {
  network?: NetworkDocument;
  state: NetworkState;
  dispatch: Dispatch;
}) {
  const nodes = network?.nodes;
  const hasRoles = useMemo(
    () => !!nodes && nodes.some((n) => n.role === 'sponsor') && nodes.some((n) => n.role === 'recipient'),
    [nodes],
  );
  const [from, setFrom] = useState<string[]>(state.from);
  const [to, setTo] = useState<string[]>(state.to);
  const [weight, setWeight] = useState('1');
  const actors = useActors(network);
  if (!network) return null;
  const name = (id: string) => actors.names.get(id) ?? id;
  const picker = (label: string, value: string[], set: (v: string[]) => void, testid: string) => (
    <ActorPicker label={label} value={value} set={set} testid={testid} actors={actors} />
  );
  return (
    <section className="panel">
      <details open={!hasRoles || state.from.length > 0 || state.to.length > 0 || state.pairs.length > 0}>
        <summary>
          <h2 className="inline">Sponsors and recipients</h2>
        </summary>
        {!hasRoles && state.from.length === 0 && (
          <p className="notice" data-testid="no-roles">
            This network names no sponsor or no recipient: pick where the support starts and where it arrives,
            then press Analyse.
          </p>
        )}
        {hasRoles && (
          <p className="muted">
            By default the network's own sponsors and recipients; pick others to ask about a pair.
          </p>
        )}
        <div className="terminals">
          {picker('From (sponsors)', from, setFrom, 'pick-from')}
          {picker('To (recipients)', to, setTo, 'pick-to')}
        </div>
        <p className="buttons">
          <button
            type="button"
            disabled={(from.length === 0) !== (to.length === 0) && !hasRoles}
            onClick={() => dispatch({ type: 'set-terminals', from, to })}
            data-testid="apply-terminals"
          >
            Analyse
          </button>{' '}
          {(state.from.length > 0 || state.to.length > 0) && (
            <button
              type="button"
              onClick={() => {
                setFrom([]);
                setTo([]);
                dispatch({ type: 'set-terminals', from: [], to: [] });
              }}
            >
              Use the network's roles
            </button>
          )}
        </p>
        <h3>Weighted pairs</h3>
        <p className="muted">
          For the plan and the frontier: add the sponsors and recipients picked above as a pair with a weight;
          the best plan at each budget then minimises the weighted sum of the pairs' flows.
        </p>
        <p className="buttons">
          <label>
            Weight{' '}
            <input
              type="number"
              min={0}
              step="any"
              value={weight}
              onChange={(e) => setWeight(e.target.value)}
              data-testid="pair-weight"
              className="pair-weight"
            />
          </label>{' '}
          <button
            type="button"
            disabled={!from.length || !to.length || !(Number(weight) >= 0) || weight.trim() === ''}
            onClick={() =>
              dispatch({ type: 'set-pairs', pairs: [...state.pairs, { from, to, weight: Number(weight) }] })
            }
            data-testid="add-pair"
          >
            Add as a weighted pair
          </button>
        </p>
        {state.pairs.length > 0 && (
          <>
            <ul data-testid="pairs">
              {state.pairs.map((p, i) => (
                <li key={i}>
                  {p.from.map(name).join(', ')} → {p.to.map(name).join(', ')}, weight {p.weight}{' '}
                  <button
                    type="button"
                    aria-label={`Remove pair ${i + 1}`}
                    onClick={() =>
                      dispatch({ type: 'set-pairs', pairs: state.pairs.filter((_q, j) => j !== i) })
                    }
                  >
                    Remove
                  </button>
                </li>
              ))}
            </ul>
            <p className="buttons">
              <button type="button" onClick={() => dispatch({ type: 'set-pairs', pairs: [] })}>
                Clear the pairs
              </button>
            </p>
          </>
        )}
      </details>
    </section>
  );
}
