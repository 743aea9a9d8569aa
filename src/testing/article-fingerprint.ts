// A fingerprint of a text that lets tests check that a quotation is verbatim
// without the repository holding the whole text: the set of hashed runs of
// SHINGLE consecutive words (split at whitespace; punctuation at the edges of a
// word is dropped, so a quote may stop before a comma).

import { createHash } from 'node:crypto';

export const SHINGLE = 5;

function words(text: string): string[] {
  return text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

function hash(run: string[]): string {
  return createHash('sha256').update(run.join(' ')).digest('hex').slice(0, 16);
}

/** The sorted, distinct hashes of every run of SHINGLE words in `text`. */
export function shingles(text: string): string[] {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(hash(w.slice(i, i + SHINGLE)));
  return [...out].sort();
}

/**
 * Whether `quote` is made of runs of the fingerprinted text: every run of
 * SHINGLE words in it occurs in the text. A quote shorter than SHINGLE words
 * cannot be checked and is reported as not found.
 */
export function quotedFrom(quote: string, fingerprint: ReadonlySet<string>): boolean {
  const w = words(quote);
  if (w.length < SHINGLE) return false;
  for (let i = 0; i + SHINGLE <= w.length; i++)
    if (!fingerprint.has(hash(w.slice(i, i + SHINGLE)))) return false;
  return true;
}
