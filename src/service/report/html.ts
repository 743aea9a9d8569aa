// The standalone HTML shell every report shares: inline print styles, a
// cover with a table of contents, numbered sections, tables. No scripts.

import { escapeXml, FONT_FAMILY } from './svg.js';

export const esc = escapeXml;

export function formatNumber(v: number | 'unbounded'): string {
  if (v === 'unbounded' || v === Infinity) return 'unlimited';
  if (Number.isInteger(v)) return v.toLocaleString('en-US');
  return v.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

export function formatPercent(v: number): string {
  return `${(v * 100).toFixed(v < 0.1 ? 1 : 0)}%`;
}

export type Cell = string | number | { html: string };

/** A table; numbers are right-aligned and formatted, `{ html }` cells are trusted markup. */
export function table(headers: string[], rows: Cell[][], caption?: string): string {
  const cell = (c: Cell, tag: 'td' | 'th' = 'td') =>
    typeof c === 'number'
      ? `<${tag} class="num">${esc(formatNumber(c))}</${tag}>`
      : typeof c === 'string'
        ? `<${tag}>${esc(c)}</${tag}>`
        : `<${tag}>${c.html}</${tag}>`;
  return [
    '<table>',
    caption ? `<caption>${esc(caption)}</caption>` : '',
    `<thead><tr>${headers.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.map((r) => `<tr>${r.map((c) => cell(c)).join('')}</tr>`).join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

export interface Section {
  /** Anchor id, also used to find the section's page when printing. */
  id: string;
  title: string;
  body: string;
  /** Printed on a landscape page (wide pictures). */
  wide?: boolean;
}

export interface DocumentSpec {
  title: string;
  /** Cover lines (trusted markup), shown above the contents. */
  cover: string;
  sections: Section[];
}

const STYLE = `
@page { size: A4; margin: 16mm 14mm 18mm 14mm; }
@page wide { size: A4 landscape; margin: 14mm 14mm 16mm 14mm; }
* { box-sizing: border-box; }
html { font-family: ${FONT_FAMILY}; font-size: 10pt; color: #111; line-height: 1.35; }
body { margin: 0 auto; max-width: 1040px; padding: 12px; }
h1 { font-size: 20pt; margin: 0 0 8px; }
h2 { font-size: 14pt; margin: 0 0 8px; border-bottom: 1.5px solid #111; padding-bottom: 3px; }
h3 { font-size: 11pt; margin: 14px 0 6px; }
p { margin: 4px 0 8px; }
section { padding-top: 4px; }
section.report-section { break-before: page; }
section.wide { page: wide; }
.cover dl, dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 12px 0; }
.cover dt, dl.facts dt { font-weight: bold; }
.cover dd, dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.notice { border: 2px solid #111; padding: 8px 10px; margin: 12px 0; font-weight: bold; }
nav.toc ol { padding-left: 18px; }
nav.toc li { display: flex; gap: 6px; }
nav.toc li a { color: #111; text-decoration: none; }
nav.toc .dots { flex: 1; border-bottom: 1px dotted #777; margin-bottom: 4px; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px; font-size: 8.5pt; }
caption { text-align: left; font-weight: bold; margin-bottom: 3px; }
th, td { border-bottom: 0.6px solid #999; padding: 2px 5px; text-align: left; vertical-align: top; }
th { border-bottom: 1.2px solid #111; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr { break-inside: avoid; }
figure { margin: 6px 0 12px; break-inside: avoid; }
figure svg { display: block; max-width: 100%; height: auto; }
figure.network svg { max-height: 125mm; }
section:not(.wide) figure.network svg { max-height: 200mm; }
figcaption { font-size: 8.5pt; color: #333; margin-top: 4px; }
.pair figure.network svg { max-height: 62mm; }
.pair.side { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; }
.pair.side figure.network svg { max-height: 225mm; }
.quote { font-style: italic; }
.muted { color: #555; }
.key { font-weight: bold; }
`;

export function documentHtml(spec: DocumentSpec, tocPages?: ReadonlyMap<string, number>): string {
  const toc = spec.sections
    .map(
      (s, i) =>
        `<li><a href="#${esc(s.id)}">${i + 1}. ${esc(s.title)}</a><span class="dots"></span><span class="toc-page" data-for="${esc(s.id)}">${tocPages?.get(s.id) ?? ''}</span></li>`,
    )
    .join('\n');
  const sections = spec.sections
    .map(
      (s, i) =>
        `<section id="${esc(s.id)}" class="report-section${s.wide ? ' wide' : ''}">\n<h2>${i + 1}. ${esc(s.title)}</h2>\n${s.body}\n</section>`,
    )
    .join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(spec.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<section class="cover" id="cover">
${spec.cover}
<nav class="toc"><h3>Contents</h3><ol>
${toc}
</ol></nav>
</section>
${sections}
</body>
</html>
`;
}
