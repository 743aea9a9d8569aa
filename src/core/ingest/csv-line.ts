// Split one CSV line into fields (RFC 4180 quoting within a line), reporting
// the 1-based column where each field starts for error messages.

export interface CsvField {
  value: string;
  column: number;
}

export function splitCsvLine(text: string, delimiter = ','): CsvField[] {
  const fields: CsvField[] = [];
  let i = 0;
  const n = text.length;
  while (i <= n) {
    const start = i;
    let value = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          value += text.slice(i);
          i = n;
          break;
        }
        value += text.slice(i, q);
        if (text[q + 1] === '"') {
          value += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      const d = text.indexOf(delimiter, i);
      i = d < 0 ? n + 1 : d + 1;
    } else {
      const d = text.indexOf(delimiter, i);
      const end = d < 0 ? n : d;
      value = text.slice(i, end);
      i = end + 1;
    }
    fields.push({ value: value.trim(), column: start + 1 });
    if (i > n) break;
  }
  return fields;
}
