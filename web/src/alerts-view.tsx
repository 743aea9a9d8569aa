// Alerts: what the watches raised, with the evidence behind each alert (the
// flow paths through what changed, each change's own contribution, the
// cheapest patch, or the match and its features) and the decision buttons.
// New transitions arrive over server-sent events; writes send the API key
// typed here (kept for this browser tab only).

import { useCallback, useEffect, useState } from 'react';
import type { AlertOut, EvidenceOut } from '../../src/contract/monitor';
import { apiKey, openReport } from './api';

const STATES = ['open', 'acknowledged', 'resolved'] as const;
type State = (typeof STATES)[number];
const VERDICTS = [
  ['true-match', 'True match'],
  ['false-positive', 'False positive'],
  ['not-material', 'Not material'],
  ['duplicate', 'Duplicate'],
] as const;

function keyHeader(): Record<string, string> {
  const k = apiKey();
  return k ? { authorization: `ApiKey ${k}` } : {};
}

async function post(url: string, body: unknown): Promise<void> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...keyHeader() },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    const e = (await res.json().catch(() => undefined)) as
      { error?: { message?: string; hint?: string } } | undefined;
    throw new Error(`${e?.error?.message ?? res.statusText}${e?.error?.hint ? ` — ${e.error.hint}` : ''}`);
  }
}

/** A report printed by the server: HTML in a new tab, or a PDF download (sends the API key typed here). */
const fmt = (x: number) => (Number.isFinite(x) ? String(Math.round(x * 1000) / 1000) : '∞');

/** The paths of the evidence, with the elements that changed marked. */
function Paths({ ev }: { ev: EvidenceOut }) {
  const changed = new Set((ev.contributions ?? []).map((c) => c.element.id));
  if (!ev.paths?.length) return null;
  return (
    <div>
      <h4>Flow paths under the plan</h4>
      <ol className="plain evidence-paths">
        {ev.paths.map((p, i) => (
          <li key={i}>
            {p.nodes.map((n, j) => (
              <span key={j}>
                {j > 0 ? ' → ' : ''}
                {changed.has(n) ? <mark title="changed since the last snapshot">{n}</mark> : n}
              </span>
            ))}{' '}
            <small className="muted">carries {fmt(p.amount)}</small>
          </li>
        ))}
      </ol>
    </div>
  );
}

function Evidence({ alert }: { alert: AlertOut }) {
  const ev = alert.event.evidence;
  if (ev.counterparty !== undefined) {
    return (
      <div className="evidence">
        <p>
          Counterparty <strong>{ev.counterparty}</strong> against <strong>{ev.caption}</strong>{' '}
          <small className="muted">{ev.entity}</small> — score {ev.score?.toFixed(2)}
          {ev.previousScore !== undefined ? ` (was ${ev.previousScore.toFixed(2)})` : ''}
        </p>
        {ev.changedFields?.length ? <p>Changed on the list: {ev.changedFields.join(', ')}</p> : null}
        {ev.explanations?.length ? (
          <table>
            <thead>
              <tr>
                <th scope="col">feature</th>
                <th scope="col">contribution</th>
                <th scope="col">detail</th>
              </tr>
            </thead>
            <tbody>
              {ev.explanations.map((x, i) => (
                <tr key={i}>
                  <td>{x.feature}</td>
                  <td>{x.score.toFixed(2)}</td>
                  <td>{x.detail ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    );
  }
  return (
    <div className="evidence">
      <p>
        Residual flow under the adopted plan: {fmt(ev.residualBefore ?? 0)} →{' '}
        <strong>{fmt(ev.residualAfter ?? 0)}</strong>
      </p>
      <Paths ev={ev} />
      {ev.contributions?.length ? (
        <table>
          <caption>What each change does on its own</caption>
          <thead>
            <tr>
              <th scope="col">element</th>
              <th scope="col">change</th>
              <th scope="col">residual with it</th>
              <th scope="col">with it put back</th>
            </tr>
          </thead>
          <tbody>
            {ev.contributions.map((c) => (
              <tr key={`${c.element.type}:${c.element.id}`}>
                <td>
                  {c.element.type} {c.element.id}
                </td>
                <td>{c.change}</td>
                <td>{fmt(c.residualWith)}</td>
                <td>{fmt(c.residualWithout)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {ev.patch ? (
        <p>
          Cheapest patch: <strong>{ev.patch.actions.join(', ') || 'none found'}</strong> (extra cost{' '}
          {fmt(ev.patch.cost)}) → residual {fmt(ev.patch.residual)}
        </p>
      ) : null}
      {ev.bestPlan ? (
        <p>
          Best plan for the same budget: {ev.bestPlan.actions.join(', ')} → residual{' '}
          {fmt(ev.bestPlan.residual)}
        </p>
      ) : null}
    </div>
  );
}

function AlertCard({ alert, onChange }: { alert: AlertOut; onChange: () => void }) {
  const [why, setWhy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const act = (url: string, body: unknown) => {
    setBusy(true);
    setError(undefined);
    post(url, body).then(
      () => {
        setBusy(false);
        onChange();
      },
      (e: Error) => {
        setBusy(false);
        setError(e.message);
      },
    );
  };
  return (
    <section className="panel alert" aria-labelledby={`t-${alert.id}`}>
      <h3 id={`t-${alert.id}`}>
        <span className={`badge severity-${alert.event.severity}`}>{alert.event.severity}</span> {alert.rule}:{' '}
        {alert.event.title}
      </h3>
      <p className="muted">
        {alert.event.snapshot.name} version {alert.event.snapshot.from} → {alert.event.snapshot.to} ·{' '}
        {alert.state}
        {alert.resolution ? ` (${alert.resolution})` : ''} · opened {alert.openedAt}
      </p>
      <Evidence alert={alert} />
      {alert.state !== 'resolved' ? (
        <div className="decide">
          {alert.state === 'open' ? (
            <button type="button" disabled={busy} onClick={() => act(`/alerts/${alert.id}/ack`, {})}>
              Acknowledge
            </button>
          ) : null}
          <label>
            Why{' '}
            <input
              value={why}
              onChange={(e) => setWhy(e.target.value)}
              placeholder="reason, kept in the audit trail"
            />
          </label>
          {VERDICTS.map(([v, label]) => (
            <button
              key={v}
              type="button"
              disabled={busy || !why.trim()}
              onClick={() => act(`/alerts/${alert.id}/resolve`, { as: v, why })}
            >
              {label}
            </button>
          ))}
        </div>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

export function AlertsView() {
  const [state, setState] = useState<State>('open');
  const [alerts, setAlerts] = useState<AlertOut[]>();
  const [error, setError] = useState<string>();
  const load = useCallback(() => {
    const ctl = new AbortController();
    fetch(`/alerts?state=${state}`, { headers: keyHeader(), signal: ctl.signal })
      .then(async (r) => {
        if (r.status === 404) throw new Error('this server does not run the monitor');
        if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
        return (await r.json()) as { alerts: AlertOut[] };
      })
      .then(
        (d) => {
          setAlerts(d.alerts);
          setError(undefined);
        },
        (e: Error) => e.name !== 'AbortError' && setError(e.message),
      );
    return () => ctl.abort();
  }, [state]);
  useEffect(() => load(), [load]);
  useEffect(() => {
    const source = new EventSource('/alerts/stream');
    const reload = () => load();
    for (const t of [
      'alert.opened',
      'alert.reopened',
      'alert.escalated',
      'alert.updated',
      'alert.cleared',
      'alert.acknowledged',
      'alert.resolved',
    ])
      source.addEventListener(t, reload);
    return () => source.close();
  }, [load]);
  return (
    <div className="stack">
      <div className="toolbar">
        <fieldset>
          <legend className="sr-only">Alert state</legend>
          {STATES.map((s) => (
            <label key={s}>
              <input type="radio" name="alert-state" checked={state === s} onChange={() => setState(s)} /> {s}
            </label>
          ))}
        </fieldset>
        <span>
          Digest:{' '}
          {(['html', 'pdf'] as const).map((f) => (
            <button
              key={f}
              type="button"
              onClick={() =>
                openReport('/monitor/digest', f, 'monitoring-digest').catch((e: Error) => setError(e.message))
              }
            >
              {f === 'html' ? 'Export digest' : 'PDF'}
            </button>
          ))}{' '}
          <button
            type="button"
            title="The screening decisions of the audit log, explained, with list versions (needs an API key)"
            onClick={() =>
              openReport('/audit/report', 'pdf', 'screening-dossier').catch((e: Error) => setError(e.message))
            }
          >
            Screening dossier (PDF)
          </button>
        </span>
      </div>
      {error ? <p className="error">{error}</p> : null}
      {!alerts && !error ? <p className="muted">Loading alerts…</p> : null}
      {alerts && alerts.length === 0 ? (
        <p className="empty">
          No {state} alerts. Watches are added with <code>interdict watch add</code> or{' '}
          <code>POST /watches</code>.
        </p>
      ) : null}
      {alerts?.map((a) => (
        <AlertCard key={a.id} alert={a} onChange={load} />
      ))}
    </div>
  );
}
