// Load a network from the browser: a scenario (YAML or JSON), FtM JSON lines,
// a CSV edge list or DIMACS, stored with the API key as the next version.

import { useState, type FormEvent } from 'react';
import { api, apiKey, errorText, type UploadFormat } from './api';

const FORMATS: { id: UploadFormat; label: string }[] = [
  { id: 'scenario', label: 'scenario (YAML or JSON)' },
  { id: 'ftm', label: 'FtM JSON lines' },
  { id: 'csv', label: 'CSV edge list (from,to,capacity[,cost])' },
  { id: 'dimacs', label: 'DIMACS max-flow' },
];

/** The format a file name suggests (the reader can change it). */
export function formatOf(fileName: string, head: string): UploadFormat {
  const lower = fileName.toLowerCase();
  if (/\.(jsonl|ndjson|ftm\.json)$/.test(lower)) return 'ftm';
  if (lower.endsWith('.csv')) return 'csv';
  if (/\.(max|dimacs|dmx)$/.test(lower)) return 'dimacs';
  if (lower.endsWith('.json')) {
    const first = head.split('\n', 1)[0] ?? '';
    if (/^\s*\{.*"schema".*"properties"/.test(first)) return 'ftm';
  }
  return 'scenario';
}

export function UploadPanel({ onStored }: { onStored: (name: string, version: number) => void }) {
  const [file, setFile] = useState<File>();
  const [format, setFormat] = useState<UploadFormat>('scenario');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ error?: string; ok?: string }>({});
  const pick = async (f: File | undefined) => {
    setFile(f);
    setMessage({});
    if (!f) return;
    setFormat(formatOf(f.name, await f.slice(0, 4096).text()));
    if (!name)
      setName(
        f.name
          .replace(/\.(ftm\.json|jsonl|ndjson|json|ya?ml|csv|max|dimacs|dmx)$/i, '')
          .replace(/[^A-Za-z0-9._-]+/g, '-'),
      );
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setMessage({});
    try {
      const info = await api.upload(await file.text(), format, name || undefined);
      setMessage({
        ok: info.unchanged
          ? `${info.name} v${info.version} already holds this content: nothing new stored.`
          : `Stored ${info.name} v${info.version}.`,
      });
      onStored(info.name, info.version);
    } catch (x) {
      setMessage({ error: errorText(x) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="upload">
      <summary>Load a network…</summary>
      <form onSubmit={(e) => void submit(e)} className="upload-form">
        <input
          type="file"
          aria-label="Network file"
          data-testid="upload-file"
          accept=".yaml,.yml,.json,.jsonl,.ndjson,.csv,.max,.dimacs,.dmx"
          onChange={(e) => void pick(e.target.files?.[0])}
        />
        <label>
          Format{' '}
          <select
            value={format}
            onChange={(e) => setFormat(e.target.value as UploadFormat)}
            data-testid="upload-format"
          >
            {FORMATS.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Name{' '}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder={format === 'scenario' ? "the scenario's id" : 'required'}
            data-testid="upload-name"
          />
        </label>
        <button type="submit" disabled={!file || busy} data-testid="upload-submit">
          {busy ? 'Storing…' : 'Store'}
        </button>
        {!apiKey() && <small className="muted">Storing needs an API key (field at the top).</small>}
      </form>
      {message.error && (
        <p className="error" role="alert">
          {message.error}
        </p>
      )}
      {message.ok && <p role="status">{message.ok}</p>}
    </details>
  );
}
