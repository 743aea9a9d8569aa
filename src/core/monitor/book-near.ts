// Spellings one edit apart, among a book's distinct name parts: any two
// spellings within one edit (an insertion, deletion, substitution or swap of
// two adjacent letters) share a deletion neighbour, the spelling itself or it
// less one letter. The neighbours are kept for the book's distinct
// spellings, not its entries, so the index of the book holds one key per
// spelling and a list part finds the spellings near its own here.

import { editDistance } from '../match/distance.js';
import type { NamePart } from '../match/normalise.js';
import { NEAR_MIN } from './book-keys.js';

/** A spelling and, when one edit is allowed on it, each of its one-letter deletions. */
function deletions(f: string): string[] {
  const out = new Set([f]);
  if (f.length > NEAR_MIN) for (let i = 0; i < f.length; i++) out.add(f.slice(0, i) + f.slice(i + 1));
  return [...out];
}

export class NearForms {
  /** Spellings by themselves and by each of their one-letter deletions. */
  private readonly near = new Map<string, string[]>();

  /** `count` distinct parts, `forms(t)` the spellings of part t to index (none: not a name part). */
  constructor(count: number, forms: (t: number) => readonly string[]) {
    const seen = new Set<string>();
    for (let t = 0; t < count; t++) {
      for (const f of forms(t)) {
        if (f.length < NEAR_MIN || seen.has(f)) continue;
        seen.add(f);
        for (const v of deletions(f)) {
          const list = this.near.get(v);
          if (list) list.push(f);
          else this.near.set(v, [f]);
        }
      }
    }
  }

  /** The indexed spellings one edit from a spelling of `q`, where the matcher allows one (four letters on). */
  of(q: NamePart): string[] {
    const out = new Set<string>();
    for (const f of q.forms) {
      if (f.length < NEAR_MIN) continue;
      for (const v of deletions(f))
        for (const g of this.near.get(v) ?? [])
          if (g !== f && Math.max(f.length, g.length) > NEAR_MIN && editDistance(f, g, 1) <= 1) out.add(g);
    }
    return [...out];
  }
}
