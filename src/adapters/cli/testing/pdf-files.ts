// What the PDF report tests share: whether the tools to print and read a PDF
// are installed (Chromium; pdftoppm, pdftotext and pdfinfo from poppler-utils),
// and the PDF turned into PNG pages and text.

import { execFileSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../../node/pdf.js';

const havePoppler = ['pdftoppm', 'pdftotext', 'pdfinfo'].every((tool) => {
  try {
    execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});

/** Why PDF tests cannot run here ('' when they can). */
export const pdfSkipReason = !findChromium(process.env)
  ? 'Chromium is missing (apt-get install chromium)'
  : !havePoppler
    ? 'poppler-utils is missing (apt-get install poppler-utils)'
    : '';

/** Turns every page of `pdf` into `DIR/NAME-N.png` (replacing earlier ones) and returns pdfinfo's page count. */
export function pdfToPngs(pdf: string, dir: string, name: string): number {
  for (const f of readdirSync(dir)) if (f.startsWith(`${name}-`) && f.endsWith('.png')) rmSync(join(dir, f));
  execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(dir, name)]);
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

/** The text of `pdf` (or of one page), as pdftotext reads it. */
export function pdfText(pdf: string, opts: { layout?: boolean; page?: number } = {}): string {
  const range = opts.page ? ['-f', String(opts.page), '-l', String(opts.page)] : [];
  return execFileSync('pdftotext', [...(opts.layout ? ['-layout'] : []), ...range, pdf, '-'], {
    encoding: 'utf8',
  });
}

/** The text of `pdf` read once: the whole of it and each page as `pdfText` gives them. */
export interface PdfPages {
  all: string;
  /** Page `n` (1-based); pdftotext ends every page with a form feed. */
  page(n: number): string;
  count: number;
}

export function pdfPages(pdf: string, opts: { layout?: boolean } = {}): PdfPages {
  const all = pdfText(pdf, opts);
  const pages = all
    .split('\f')
    .slice(0, -1)
    .map((p) => `${p}\f`);
  return {
    all,
    count: pages.length,
    page: (n) => {
      const text = pages[n - 1];
      if (text === undefined) throw new Error(`${pdf} has ${pages.length} pages, not ${n}`);
      return text;
    },
  };
}
