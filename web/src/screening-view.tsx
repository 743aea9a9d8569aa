// Screening: one name against a dataset, or a CSV run as a job with
// progress (server-sent events); every result shows its explanation.

import { useEffect, useState, type FormEvent } from 'react';
import { api } from './api';
import type { BatchScreenResult, JobEvent, JobStatus, MatchResult, VersionSummary } from './types';

function Explanations({ result }: { result: Pick<MatchResult, 'explanations'> }) {
  return (
    <table className="explain">
      <thead>
        <tr>
          <th>feature</th>
          <th>query</th>
          <th>candidate</th>
          <th>contribution</th>
        </tr>
      </thead>
      <tbody>
        {result.explanations.map((e, i) => (
          <tr key={i} title={e.detail}>
            <td>{e.feature}</td>
            <td>{e.query}</td>
            <td>{e.candidate}</td>
            <td className={e.contribution < 0 ? 'neg' : ''}>{e.contribution.toFixed(3)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ResultRow({
  r,
}: {
  r: Pick<MatchResult, 'id' | 'caption' | 'schema' | 'score' | 'match' | 'explanations' | 'datasets'>;
}) {
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
      </details>
    </li>
  );
}

function Batch({ dataset }: { dataset: string }) {
  const [job, setJob] = useState<JobStatus>();
  const [result, setResult] = useState<BatchScreenResult>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    if (!job || job.state !== 'queued') return;
    const source = new EventSource(`/jobs/${job.id}/events`);
    const on = (ev: MessageEvent<string>) => {
      const e = JSON.parse(ev.data) as JobEvent;
      setJob(e.job);
      if (e.job.state === 'done') api.jobResult(e.job.id).then(setResult, (x: Error) => setError(x.message));
      if (['done', 'failed', 'cancelled'].includes(e.job.state)) source.close();
    };
    source.addEventListener('progress', on);
    source.addEventListener('state', on);
    return () => source.close();
  }, [job?.id]);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setResult(undefined);
    setError(undefined);
    try {
      setJob(await api.startBatch(dataset, await file.text()));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section className="panel">
      <h2>Screen a CSV</h2>
      <p className="muted">
        A header row naming name and any of: schema, country, birth_date, id_number, id (the columns of
        interdict screen --input).
      </p>
      <input
        type="file"
        accept=".csv,text/csv"
        aria-label="CSV file to screen"
        onChange={(e) => void upload(e.target.files?.[0])}
      />
      {job && (
        <p>
          <progress max={job.progress.total || 1} value={job.progress.done} /> {job.progress.done}/
          {job.progress.total} · {job.state}{' '}
          {job.state === 'running' && (
            <button type="button" onClick={() => void api.cancelJob(job.id).then(setJob)}>
              Cancel
            </button>
          )}
        </p>
      )}
      {error && <p className="error">{error}</p>}
      {result && (
        <>
          <p>
            {result.rows.length} rows, {result.matched} with a match (dataset version {result.version}).
          </p>
          <ul className="plain">
            {result.rows.map((row) => (
              <li key={row.key}>
                <b>{row.name}</b> <small className="muted">row {row.key}</small>
                <ul className="plain results">
                  {row.results.length ? (
                    row.results.map((r) => <ResultRow key={r.id} r={r} />)
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

export function ScreeningView() {
  const [datasets, setDatasets] = useState<VersionSummary[]>();
  const [dataset, setDataset] = useState('default');
  const [name, setName] = useState('');
  const [schema, setSchema] = useState('Thing');
  const [threshold, setThreshold] = useState(0.7);
  const [results, setResults] = useState<MatchResult[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.datasets().then(setDatasets, (e: Error) => setError(e.message));
  }, []);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await api.match(dataset, name, schema, threshold);
      setResults(r.responses.q?.results ?? []);
    } catch (x) {
      setError((x as Error).message);
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
  return (
    <div className="columns">
      <section className="panel">
        <h2>Screen a name</h2>
        <form onSubmit={(e) => void submit(e)} className="screen-form">
          <label>
            Name <input value={name} onChange={(e) => setName(e.target.value)} required autoFocus />
          </label>
          <label>
            Type{' '}
            <select value={schema} onChange={(e) => setSchema(e.target.value)}>
              {['Thing', 'LegalEntity', 'Person', 'Organization', 'Company', 'Vessel', 'Airplane'].map(
                (s) => (
                  <option key={s}>{s}</option>
                ),
              )}
            </select>
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
              value={threshold}
              onChange={(e) => setThreshold(Number(e.target.value))}
            />
          </label>
          <button type="submit">Screen</button>
        </form>
        {error && <p className="error">{error}</p>}
        {results && (
          <ul className="plain results" data-testid="match-results">
            {results.length ? (
              results.map((r) => <ResultRow key={r.id} r={r} />)
            ) : (
              <li className="muted">No candidate above the cutoff.</li>
            )}
          </ul>
        )}
      </section>
      <Batch dataset={dataset} />
    </div>
  );
}
