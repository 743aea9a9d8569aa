// Export of any table the app shows, as CSV (RFC 4180, a header row) or JSON
// (the rows as objects), downloaded in the browser.

export type Cell = string | number | boolean | null | undefined;
export type Row = Record<string, Cell>;

function csvCell(v: Cell): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\n\r]/.test(s) || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text for the rows, columns in the order given (or of the first row). */
export function toCsv(rows: readonly Row[], columns?: readonly string[]): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  const lines = [cols.map(csvCell).join(',')];
  for (const r of rows) lines.push(cols.map((c) => csvCell(r[c])).join(','));
  return `${lines.join('\r\n')}\r\n`;
}

/** Offer text as a file download. */
export function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "Export: CSV · JSON" for a table; `json` is what the JSON file holds (the rows by default). */
export function ExportLinks({
  name,
  rows,
  columns,
  json,
}: {
  name: string;
  rows: readonly Row[];
  columns?: readonly string[];
  json?: unknown;
}) {
  if (!rows.length) return null;
  return (
    <span className="export-links">
      <button
        type="button"
        className="link"
        data-testid={`export-${name}-csv`}
        onClick={() => download(`${name}.csv`, toCsv(rows, columns), 'text/csv')}
      >
        CSV
      </button>
      {' · '}
      <button
        type="button"
        className="link"
        data-testid={`export-${name}-json`}
        onClick={() =>
          download(`${name}.json`, `${JSON.stringify(json ?? rows, null, 2)}\n`, 'application/json')
        }
      >
        JSON
      </button>
    </span>
  );
}
