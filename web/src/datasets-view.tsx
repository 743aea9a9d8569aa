// Datasets: every stored list with its versions, and what changed between
// a version and the one before it.

import { useEffect, useState } from 'react';
import { api, ApiError } from './api';
import type { DatasetDiffOut, DiffEntityOut, JobEvent, JobStatus, VersionSummary } from './types';

const SHOWN = 50;

/** One named entity: its name, then schema and id in small type. */
function Named({ e }: { e: DiffEntityOut }) {
  return (
    <>
      {e.caption}{' '}
      <small className="muted">
        {e.schema} {e.id}
      </small>
    </>
  );
}

function More({ total }: { total: number }) {
  return total > SHOWN ? <li className="muted">… {total - SHOWN} more</li> : null;
}

/** The diff of version `to - 1` → `to`, run as a job with its progress shown. */
function Diff({ name, to }: { name: string; to: number }) {
  const [job, setJob] = useState<JobStatus>();
  const [diff, setDiff] = useState<DatasetDiffOut>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    let source: EventSource | undefined;
    let stale = false;
    setJob(undefined);
    setDiff(undefined);
    setError(undefined);
    api.startDiff(name, to - 1, to).then(
      (started) => {
        if (stale) return;
        setJob(started);
        source = new EventSource(`/jobs/${started.id}/events`);
        const on = (ev: MessageEvent<string>) => {
          const e = JSON.parse(ev.data) as JobEvent;
          if (stale) return;
          setJob(e.job);
          if (e.job.state === 'done')
            api.diffResult(e.job.id).then(
              (d) => !stale && setDiff(d),
              (x: Error) => !stale && setError(x.message),
            );
          if (e.job.state === 'failed') setError(e.job.error ?? 'the diff failed');
          if (['done', 'failed', 'cancelled'].includes(e.job.state)) source?.close();
        };
        source.addEventListener('progress', on);
        source.addEventListener('state', on);
      },
      (x: Error) => {
        if (stale) return;
        // A server that runs jobs only for API keys still answers the plain
        // diff request (without progress).
        if (x instanceof ApiError && x.status === 401)
          api.datasetDiff(name, to - 1, to).then(
            (d) => !stale && setDiff(d),
            (y: Error) => !stale && setError(y.message),
          );
        else setError(x.message);
      },
    );
    return () => {
      stale = true;
      source?.close();
    };
  }, [name, to]);
  if (error) return <p className="error">{error}</p>;
  if (!diff)
    return (
      <p role="status">
        Comparing version {to - 1} with {to}…{' '}
        <progress max={job?.progress.total || 1} value={job?.progress.done ?? 0} />{' '}
        {job && job.progress.total > 0
          ? `${Math.round((100 * job.progress.done) / job.progress.total)} %`
          : ''}
      </p>
    );
  const c = diff.counts;
  return (
    <div className="diff">
      <h3>
        Version {to - 1} → {to}: {c.added} added, {c.removed} removed, {c.changed} changed, {c.unchanged}{' '}
        unchanged
      </h3>
      <p className="muted">Compared by content: a row that only moved in the source file is not a change.</p>
      <ul className="plain">
        {diff.added.slice(0, SHOWN).map((e) => (
          <li key={`a${e.id}`} className="added">
            + <Named e={e} />
          </li>
        ))}
        <More total={diff.added.length} />
        {diff.removed.slice(0, SHOWN).map((e) => (
          <li key={`r${e.id}`} className="removed">
            − <Named e={e} />
          </li>
        ))}
        <More total={diff.removed.length} />
        {diff.changed.slice(0, SHOWN).map((ch) => (
          <li key={`c${ch.id}`}>
            ~ <Named e={ch} /> — changed: {ch.properties.join(', ')}
          </li>
        ))}
        <More total={diff.changed.length} />
      </ul>
    </div>
  );
}

function Versions({ name }: { name: string }) {
  const [versions, setVersions] = useState<VersionSummary[]>();
  const [shown, setShown] = useState<number>();
  useEffect(() => {
    api.datasetVersions(name).then(setVersions, () => setVersions([]));
  }, [name]);
  return (
    <>
      <table className="versions">
        <thead>
          <tr>
            <th>version</th>
            <th>imported</th>
            <th>source</th>
            <th>entities</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {versions?.map((v) => (
            <tr key={v.version}>
              <td>{v.version}</td>
              <td>{v.importedAt.slice(0, 16).replace('T', ' ')}</td>
              <td>
                {v.format ?? ''}{' '}
                {v.sourceFile ? <small className="muted">{v.sourceFile.split('/').pop()}</small> : null}
              </td>
              <td>{Object.values(v.counts).reduce((a, b) => a + b, 0)}</td>
              <td>
                {v.version > 1 && (
                  <button type="button" onClick={() => setShown(v.version)}>
                    What changed
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown !== undefined && <Diff name={name} to={shown} />}
    </>
  );
}

export function DatasetsView() {
  const [datasets, setDatasets] = useState<VersionSummary[]>();
  const [error, setError] = useState<string>();
  useEffect(() => {
    api.datasets().then(setDatasets, (e: Error) => setError(e.message));
  }, []);
  if (error) return <p className="error">{error}</p>;
  if (datasets && datasets.length === 0)
    return (
      <p className="empty">
        No dataset stored yet. Import one with <code>interdict import …</code>.
      </p>
    );
  return (
    <div className="stack">
      {datasets?.map((d) => (
        <section key={d.name} className="panel">
          <h2>
            {d.name} <small className="muted">latest v{d.version}</small>
          </h2>
          <Versions name={d.name} />
        </section>
      ))}
    </div>
  );
}
