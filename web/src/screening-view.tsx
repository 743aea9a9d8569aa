// Screening: one name (with country and birth date when known) against the
// stored lists, or a CSV run as a job with progress. Each result is one
// entity across datasets, explained feature by feature in plain words, opens
// its entity page, and can be accepted into a network (tying an actor to the
// list entry). Results download as CSV and JSON; a bad CSV row is reported
// with its line number while the rest is screened.

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { api, errorText, followJob, isAbort, openReport, type ScreenQuery } from './api';
import { ExportLinks, type Row } from './export-table';
import type { BatchScreenResult, JobStatus, MatchResult, NetworkDocument, VersionSummary } from './types';

type Hit = Pick<MatchResult, 'id' | 'caption' | 'schema' | 'score' | 'match' | 'explanations' | 'datasets'>;
type Explanation = MatchResult['explanations'][number];

const FEATURES: Record<string, { title: string; plain: (e: Explanation) => string }> = {
  name_similarity: {
    title: 'Names',
    plain: (e) => `The names "${e.query}" and "${e.candidate}" are ${Math.round(e.value * 100)} % alike.`,
  },
  phonetic_agreement: {
    title: 'Sound of the names',
    plain: (e) =>
      e.value > 0
        ? `The names sound alike when spoken (${e.detail}).`
        : `The names do not sound alike (${e.detail}).`,
  },
  identifier_match: {
    title: 'Identifier',
    plain: (e) => `The same identifier appears on both: ${e.detail}.`,
  },
  identifier_mismatch: {
    title: 'Identifier differs',
    plain: (e) =>
      `Both give an identifier of the same kind (${e.detail}) and they differ: ${e.query} vs ${e.candidate}.`,
  },
  birth_date_match: {
    title: 'Birth date',
    plain: (e) => `The birth dates ${e.detail}: ${e.query} and ${e.candidate}.`,
  },
  birth_date_mismatch: {
    title: 'Birth date differs',
    plain: (e) => `The birth dates are ${e.detail}: ${e.query} vs ${e.candidate}.`,
  },
  country_match: {
    title: 'Country',
    plain: (e) => `They share a country: ${e.detail}.`,
  },
  country_mismatch: {
    title: 'Country differs',
    plain: (e) => `They name no country in common (${e.query} vs ${e.candidate}).`,
  },
  gender_mismatch: {
    title: 'Gender differs',
    plain: (e) => `The genders differ: ${e.query} vs ${e.candidate}.`,
  },
  schema_mismatch: {
    title: 'Kind of entity',
    plain: (e) => `A ${e.query} was asked for and this is a ${e.candidate}.`,
  },
};

/** A feature's explanation as a sentence a compliance officer can read. */
export function explain(e: Explanation): { title: string; text: string } {
  const f = FEATURES[e.feature];
  return f
    ? { title: f.title, text: f.plain(e) }
    : { title: e.feature, text: `${e.detail} (${e.query} / ${e.candidate})` };
}

function Explanations({ result }: { result: Pick<MatchResult, 'explanations' | 'score'> }) {
  return (
    <table className="explain">
      <thead>
        <tr>
          <th>evidence</th>
          <th>what it means</th>
          <th title="weight × value, summed into the score">effect on score</th>
        </tr>
      </thead>
      <tbody>
        {result.explanations.map((e, i) => {
          const x = explain(e);
          return (
            <tr key={i} title={`${e.feature}: weight ${e.weight} × value ${e.value.toFixed(2)}`}>
              <td>{x.title}</td>
              <td>{x.text}</td>
              <td className={e.contribution < 0 ? 'neg' : ''}>
                {e.contribution >= 0 ? '+' : '−'}
                {Math.abs(e.contribution).toFixed(2)}
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <td colSpan={2}>score (clamped to 0–1)</td>
          <td>{result.score.toFixed(2)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Where accepted hits go: a network and one of its actors. */
interface Target {
  network?: NetworkDocument;
  node?: string;
}

function Accept({ hit, target }: { hit: Hit; target: Target }) {
  const [state, setState] = useState<{ busy?: boolean; ok?: string; error?: string }>({});
  if (!target.network || !target.node) return null;
  const network = target.network;
  const node = target.node;
  const nodeName = network.nodes.find((n) => n.id === node)?.properties.name?.[0] ?? node;
  const accept = async () => {
    setState({ busy: true });
    try {
      const r = await api.link(network.id, { node, entity: hit.id, dataset: hit.datasets[0]! });
      setState({
        ok: r.changed
          ? `${nodeName} is now tied to ${hit.id} (${network.id} v${r.info.version})`
          : `${nodeName} was already tied to ${hit.id}`,
      });
    } catch (e) {
      setState({ error: errorText(e) });
    }
  };
  return (
    <span className="accept">
      <button
        type="button"
        disabled={state.busy || !!state.ok}
        onClick={() => void accept()}
        data-testid={`accept-${hit.id}`}
      >
        Accept as {nodeName}
      </button>
      {state.ok && (
        <small role="status" data-testid="accepted">
          {' '}
          ✓ {state.ok}
        </small>
      )}
      {state.error && (
        <small className="error" role="alert">
          {' '}
          {state.error}
        </small>
      )}
    </span>
  );
}

function ResultRow({ r, target }: { r: Hit; target: Target }) {
  return (
    <li className={r.match ? 'hit match' : 'hit'}>
      <details>
        <summary>
          <b>{r.caption}</b> <small>{r.schema}</small> <span className="score">{r.score.toFixed(2)}</span>{' '}
          {r.match ? <span className="badge">match</span> : null}{' '}
          <small className="muted">
            {r.datasets.join(', ')} · {r.id}
          </small>
        </summary>
        <Explanations result={r} />
        <p className="hit-actions">
          <a href={`#/entity/${encodeURIComponent(r.id)}`} data-testid={`entity-link-${r.id}`}>
            Open the entity page
          </a>{' '}
          <Accept hit={r} target={target} />
        </p>
      </details>
    </li>
  );
}

/** One flat table row per result (and one per query without a result). */
function hitRows(key: string, query: string, hits: readonly Hit[]): Row[] {
  if (!hits.length)
    return [
      { key, query, id: '', caption: '', schema: '', score: '', match: '', datasets: '', evidence: '' },
    ];
  return hits.map((h) => ({
    key,
    query,
    id: h.id,
    caption: h.caption,
    schema: h.schema,
    score: Number(h.score.toFixed(4)),
    match: h.match,
    datasets: h.datasets.join(' '),
    evidence: h.explanations.map((e) => explain(e).text).join(' '),
  }));
}

/** The screening dossier of the audit log's latest decisions, to file (needs a key that may read the audit). */
function Dossier() {
  const [error, setError] = useState<string>();
  return (
    <p className="muted" data-testid="screening-dossier">
      Screening dossier of the latest decisions, with list versions and the audit trail:{' '}
      {(['html', 'pdf', 'csv', 'json'] as const).map((f) => (
        <button
          key={f}
          type="button"
          onClick={() => {
            setError(undefined);
            openReport('/audit/report?limit=100', f, 'screening-dossier').catch((e: Error) =>
              setError(e.message),
            );
          }}
        >
          {f.toUpperCase()}
        </button>
      ))}
      {error ? (
        <span className="error" role="alert">
          {' '}
          {error}
        </span>
      ) : null}
    </p>
  );
}

function TargetPicker({ target, setTarget }: { target: Target; setTarget: (t: Target) => void }) {
  const [networks, setNetworks] = useState<VersionSummary[]>([]);
  useEffect(() => {
    const c = new AbortController();
    api.networks(c.signal).then(setNetworks, () => setNetworks([]));
    return () => c.abort();
  }, []);
  const chooseNetwork = (id: string) => {
    if (!id) return setTarget({});
    api.network(id).then(
      (r) => setTarget({ network: r.network }),
      () => setTarget({}),
    );
  };
  const nodes = target.network?.nodes.filter((n) => n.schema !== 'Country') ?? [];
  return (
    <fieldset className="target">
      <legend>Accept hits into a network</legend>
      <label>
        Network{' '}
        <select
          value={target.network?.id ?? ''}
          onChange={(e) => chooseNetwork(e.target.value)}
          data-testid="accept-network"
        >
          <option value="">—</option>
          {networks.map((n) => (
            <option key={n.name} value={n.name}>
              {n.name}
            </option>
          ))}
        </select>
      </label>{' '}
      {target.network && (
        <label>
          as actor{' '}
          <select
            value={target.node ?? ''}
            onChange={(e) => setTarget({ ...target, node: e.target.value || undefined })}
            data-testid="accept-node"
          >
            <option value="">—</option>
            {nodes.map((n) => (
              <option key={n.id} value={n.id}>
                {n.properties.name?.[0] ?? n.id}
              </option>
            ))}
          </select>
        </label>
      )}
      <small className="muted"> Accepting stores a new network version (needs an API key).</small>
    </fieldset>
  );
}

function Batch({ dataset, threshold, target }: { dataset: string; threshold: number; target: Target }) {
  const [job, setJob] = useState<JobStatus>();
  const [result, setResult] = useState<BatchScreenResult>();
  const [error, setError] = useState<string>();
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => () => controller.current?.abort(), []);
  const running = job?.state === 'queued' || job?.state === 'running';
  const upload = async (file: File | undefined) => {
    if (!file) return;
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setResult(undefined);
    setError(undefined);
    try {
      const started = await api.startBatch(dataset, await file.text(), threshold);
      setJob(started);
      const last = await followJob(started.id, setJob, c.signal);
      if (last.state === 'done') setResult(await api.jobResult(last.id));
      else if (last.state === 'failed') setError(last.error ?? 'the batch failed');
    } catch (e) {
      if (!isAbort(e)) setError(errorText(e));
    }
  };
  const failed = result?.rows.filter((r) => r.error) ?? [];
  const rows = result?.rows.flatMap((r) => hitRows(r.key, r.name, r.error ? [] : r.results)) ?? [];
  return (
    <section className="panel">
      <h2>Screen a CSV</h2>
      <p className="muted">
        A header row naming <code>name</code> and any of: <code>key</code>, <code>schema</code>,{' '}
        <code>country</code>, <code>birthDate</code>, <code>idNumber</code>. A row that cannot be screened is
        reported with its line; the others are screened.
      </p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="CSV file to screen"
        data-testid="batch-file"
        disabled={running}
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      {job && (
        <p role="status">
          <progress max={job.progress.total || 1} value={job.progress.done} /> {job.progress.done}/
          {job.progress.total} rows · {job.state}{' '}
          {running && (
            <button type="button" onClick={() => void api.cancelJob(job.id).then(setJob)}>
              Cancel
            </button>
          )}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {result && (
        <>
          <p data-testid="batch-summary">
            {result.rows.length} rows, {result.matched} with a match
            {failed.length ? `, ${failed.length} could not be screened` : ''} (dataset version{' '}
            {result.version}). Download: <ExportLinks name="batch-results" rows={rows} json={result} />
          </p>
          {failed.length > 0 && (
            <ul className="plain row-errors" data-testid="batch-errors">
              {failed.map((r) => (
                <li key={r.key} className="error">
                  line {r.error!.line}: {r.error!.message}
                  {r.error!.hint ? ` — ${r.error!.hint}` : ''}
                </li>
              ))}
            </ul>
          )}
          <ul className="plain">
            {result.rows
              .filter((r) => !r.error)
              .map((row) => (
                <li key={row.key}>
                  <b>{row.name}</b> <small className="muted">line {row.line}</small>
                  <ul className="plain results">
                    {row.results.length ? (
                      row.results.map((r) => <ResultRow key={r.id} r={r} target={target} />)
                    ) : (
                      <li className="muted">no candidate</li>
                    )}
                  </ul>
                </li>
              ))}
          </ul>
        </>
      )}
    </section>
  );
}

const SCHEMAS = ['Thing', 'LegalEntity', 'Person', 'Organization', 'Company', 'Vessel', 'Airplane'];

export function ScreeningView() {
  const [datasets, setDatasets] = useState<VersionSummary[]>();
  const [dataset, setDataset] = useState('default');
  const [query, setQuery] = useState<ScreenQuery>({ name: '', schema: 'Thing', threshold: 0.7 });
  const [results, setResults] = useState<{ query: ScreenQuery; hits: MatchResult[] }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const [target, setTarget] = useState<Target>({});
  const controller = useRef<AbortController | undefined>(undefined);
  useEffect(() => {
    const c = new AbortController();
    api.datasets(c.signal).then(setDatasets, (e: unknown) => !isAbort(e) && setError(errorText(e)));
    return () => {
      c.abort();
      controller.current?.abort();
    };
  }, []);
  const set = (patch: Partial<ScreenQuery>) => setQuery((q) => ({ ...q, ...patch }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    controller.current?.abort();
    const c = new AbortController();
    controller.current = c;
    setError(undefined);
    setResults(undefined);
    setBusy(true);
    const started = performance.now();
    try {
      const r = await api.match(dataset, query, c.signal);
      setResults({ query, hits: r.responses.q?.results ?? [] });
      document.body.dataset.lastScreenMs = String(Math.round(performance.now() - started));
    } catch (x) {
      if (!isAbort(x)) setError(errorText(x));
    } finally {
      if (controller.current === c) setBusy(false);
    }
  };
  if (datasets && datasets.length === 0) {
    return (
      <p className="empty">
        No dataset stored yet. Import a sanctions list first, e.g.{' '}
        <code>interdict import ofac-xml sdn.xml</code>.
      </p>
    );
  }
  const rows = results ? hitRows('q', results.query.name, results.hits) : [];
  return (
    <div className="columns">
      <section className="panel">
        <h2>Screen a name</h2>
        <form onSubmit={(e) => void submit(e)} className="screen-form">
          <label>
            Name{' '}
            <input value={query.name} onChange={(e) => set({ name: e.target.value })} required autoFocus />
          </label>
          <label>
            Type{' '}
            <select value={query.schema} onChange={(e) => set({ schema: e.target.value })}>
              {SCHEMAS.map((s) => (
                <option key={s} value={s}>
                  {s === 'Thing' ? 'Thing (any)' : s}
                </option>
              ))}
            </select>
          </label>
          <label>
            Country{' '}
            <input
              value={query.country ?? ''}
              placeholder="name or ISO code"
              onChange={(e) => set({ country: e.target.value || undefined })}
              data-testid="screen-country"
            />
          </label>
          <label>
            Birth date{' '}
            <input
              value={query.birthDate ?? ''}
              placeholder="yyyy or yyyy-mm-dd"
              pattern="\d{4}(-\d{2}(-\d{2})?)?"
              title="a year, or yyyy-mm, or yyyy-mm-dd"
              onChange={(e) => set({ birthDate: e.target.value || undefined })}
              data-testid="screen-birth-date"
            />
          </label>
          <label>
            Dataset{' '}
            <select value={dataset} onChange={(e) => setDataset(e.target.value)}>
              <option value="default">all datasets</option>
              {datasets?.map((d) => (
                <option key={d.name} value={d.name}>
                  {d.name} (v{d.version})
                </option>
              ))}
            </select>
          </label>
          <label>
            Threshold{' '}
            <input
              type="number"
              min={0}
              max={1}
              step={0.05}
              value={query.threshold}
              onChange={(e) => set({ threshold: Number(e.target.value) })}
            />
          </label>
          <button type="submit" disabled={busy} data-testid="screen-submit">
            {busy ? 'Screening…' : 'Screen'}
          </button>
        </form>
        {busy && (
          <p role="status" className="muted" data-testid="screen-busy">
            <progress /> Screening “{query.name}” against {dataset === 'default' ? 'every dataset' : dataset}…
          </p>
        )}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <TargetPicker target={target} setTarget={setTarget} />
        {results && (
          <>
            <p className="muted">
              {results.hits.length} result{results.hits.length === 1 ? '' : 's'} for “{results.query.name}”,
              one per entity across datasets. Download:{' '}
              <ExportLinks name="screening-results" rows={rows} json={results.hits} />
            </p>
            <ul className="plain results" data-testid="match-results">
              {results.hits.length ? (
                results.hits.map((r) => <ResultRow key={r.id} r={r} target={target} />)
              ) : (
                <li className="muted">No candidate above the cutoff.</li>
              )}
            </ul>
          </>
        )}
      </section>
      <Batch dataset={dataset} threshold={query.threshold} target={target} />
      <Dossier />
    </div>
  );
}
