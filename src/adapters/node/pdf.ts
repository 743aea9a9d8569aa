// Prints a report's HTML to PDF with Chromium (through playwright-core):
// A4, page numbers in the footer, and the table of contents filled with the
// page each section starts on (read from the named destinations of a first print).

import { existsSync } from 'node:fs';
import { UsageError } from '../../core/model/errors.js';

/** Flags for every headless Chromium this project starts (printing adds --disable-gpu: a PDF draws no WebGL). */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
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
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_FLAGS, '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    // The outline and the tags (a third of a print's time) change no page break:
    // the print that only finds the pages goes without them.
    const print = (final: boolean) =>
      page.pdf({
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: FOOTER,
        outline: final,
        tagged: final,
      });
    const sections = options.sections ?? [];
    if (sections.length) {
      // Print once, read where each section's anchor landed, fill the contents, print again.
      const pages = pdfDestinationPages(await print(false));
      await page.evaluate(
        fillContents(Object.fromEntries(sections.map((id) => [id, pages.get(id) ?? null]))),
      );
    }
    return await print(true);
  } finally {
    await browser.close();
  }
}

/** The text of object `n 0 obj … endobj` of a PDF. */
function pdfObject(text: string, n: number): string {
  const m = new RegExp(`(?:^|\\s)${n} 0 obj\\b([\\s\\S]*?)endobj`).exec(text);
  return m?.[1] ?? '';
}

/**
 * The page (1-based) of every named destination of a PDF Chromium wrote:
 * the catalog's /Dests dictionary maps each anchor id to a page object, and
 * the page tree's /Kids give the page order.
 */
export function pdfDestinationPages(pdf: Uint8Array): Map<string, number> {
  const text = Buffer.from(pdf).toString('latin1');
  const catalog = /\/Type\s*\/Catalog([\s\S]*?)endobj/.exec(text)?.[1] ?? '';
  const ref = (dict: string, key: string) => {
    const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
    return m ? Number(m[1]) : undefined;
  };
  const order = new Map<number, number>();
  const walk = (n: number) => {
    const obj = pdfObject(text, n);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(obj);
    if (/\/Type\s*\/Pages\b/.test(obj) && kids) {
      for (const k of kids[1]!.matchAll(/(\d+) 0 R/g)) walk(Number(k[1]));
    } else order.set(n, order.size + 1);
  };
  const root = ref(catalog, 'Pages');
  if (root !== undefined) walk(root);
  const out = new Map<string, number>();
  const dests = ref(catalog, 'Dests');
  if (dests === undefined) return out;
  for (const m of pdfObject(text, dests).matchAll(/\/([^\s/[\]]+)\s*\[\s*(\d+) 0 R/g)) {
    const page = order.get(Number(m[2]));
    if (page !== undefined) out.set(m[1]!, page);
  }
  return out;
}

// Run in the page (as source text: the adapter is compiled without DOM types).
function fillContents(pages: Record<string, number | null>): string {
  return `const pages = ${JSON.stringify(pages)};
for (const [id, page] of Object.entries(pages)) {
  const slot = document.querySelector('.toc-page[data-for="' + id + '"]');
  if (slot && page !== null) slot.textContent = String(page);
}`;
}
