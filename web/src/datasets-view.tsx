// Datasets: every stored list with its versions, and what changed between
// a version and the one before it.

import { useEffect, useState } from 'react';
import { api } from './api';
import type { DatasetDiffOut, VersionSummary } from './types';

function Versions({ name }: { name: string }) {
  const [versions, setVersions] = useState<VersionSummary[]>();
  const [diff, setDiff] = useState<{ to: number; diff: DatasetDiffOut }>();
  useEffect(() => {
    api.datasetVersions(name).then(setVersions, () => setVersions([]));
  }, [name]);
  const show = async (to: number) => setDiff({ to, diff: await api.datasetDiff(name, to - 1, to) });
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
                  <button type="button" onClick={() => void show(v.version)}>
                    What changed
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {diff && (
        <div className="diff">
          <h3>
            Version {diff.to - 1} → {diff.to}: {diff.diff.counts.added} added, {diff.diff.counts.removed}{' '}
            removed, {diff.diff.counts.changed} changed, {diff.diff.counts.unchanged} unchanged
          </h3>
          <ul className="plain">
            {diff.diff.added.slice(0, 50).map((id) => (
              <li key={`a${id}`} className="added">
                + {id}
              </li>
            ))}
            {diff.diff.removed.slice(0, 50).map((id) => (
              <li key={`r${id}`} className="removed">
                − {id}
              </li>
            ))}
            {diff.diff.changed.slice(0, 50).map((c) => (
              <li key={`c${c.id}`}>
                ~ {c.id} <small>{c.properties.join(', ')}</small>
              </li>
            ))}
          </ul>
        </div>
      )}
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
