// Prints a report's HTML to PDF with Chromium (through playwright-core):
// A4, page numbers in the footer, and the table of contents filled with the
// page each section starts on (found by printing each section on its own).

import { existsSync } from 'node:fs';
import { UsageError } from '../../core/model/errors.js';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The Chromium to print with: INTERDICT_CHROMIUM, else the first one installed. */
export function findChromium(env: Record<string, string | undefined> = {}): string | undefined {
  const given = env.INTERDICT_CHROMIUM;
  if (given) return existsSync(given) ? given : undefined;
  return CHROMIUM_CANDIDATES.find((p) => existsSync(p));
}

const FOOTER = `<div style="font-family: 'DejaVu Sans', Verdana, sans-serif; font-size: 8px; width: 100%; text-align: center; color: #444;">page <span class="pageNumber"></span> of <span class="totalPages"></span></div>`;

/** Counts the pages of a PDF Chromium wrote (each page object is `/Type /Page`). */
export function pdfPageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

export interface PdfOptions {
  env?: Record<string, string | undefined>;
  /** Section ids in order; the table of contents gets each one's first page. */
  sections?: string[];
}

export async function htmlToPdf(html: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const executablePath = findChromium(options.env);
  if (!executablePath)
    throw new UsageError(
      'printing to PDF needs Chromium, which is not installed',
      'install it (Debian: apt-get install chromium), set INTERDICT_CHROMIUM=/path/to/chromium, or write --output report.html',
    );
  let chromium: typeof import('playwright-core').chromium;
  try {
    ({ chromium } = await import('playwright-core'));
  } catch {
    throw new UsageError(
      'printing to PDF needs the playwright-core package',
      'run npm install playwright-core',
    );
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const print = () =>
      page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: FOOTER,
        outline: true,
        tagged: true,
      });
    const sections = options.sections ?? [];
    if (sections.length) {
      // Every section starts a page, so its first page is 1 + the pages of everything before it.
      const ids = ['cover', ...sections];
      const counts: number[] = [];
      for (const id of ids) {
        await page.evaluate(showOnly(id));
        counts.push(pdfPageCount(await print()));
      }
      await page.evaluate(fillContents(ids, counts));
    }
    return await print();
  } finally {
    await browser.close();
  }
}

// Run in the page (as source text: the adapter is compiled without DOM types).
function showOnly(id: string | null): string {
  return `for (const s of document.querySelectorAll('body > section')) s.style.display = ${JSON.stringify(id)} === null || s.id === ${JSON.stringify(id)} ? '' : 'none';`;
}

function fillContents(ids: string[], counts: number[]): string {
  return `${showOnly(null)}
let at = 1;
const ids = ${JSON.stringify(ids)};
const counts = ${JSON.stringify(counts)};
ids.forEach((id, i) => {
  const slot = document.querySelector('.toc-page[data-for="' + id + '"]');
  if (slot) slot.textContent = String(at);
  at += counts[i];
});`;
}
