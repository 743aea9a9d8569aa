// A prebuilt index for finding actors by name or id as the user types: every
// word start of every label (and the id) as a lowercased key, sorted once, so
// one query is two binary searches and a walk over the hits, whatever the
// network's size. Hits rank an exact id or a label that starts with the query
// first, then a later word of the label, then by label priority.

export interface IndexedActor {
  key: string;
  label: string;
  /** Label priority: 0 first. */
  rank: number;
}

export interface ActorIndex {
  /** Up to `limit` actors whose id or a word of whose label starts with `query` (case-insensitive). */
  find(query: string, limit: number): string[];
  readonly size: number;
}

const SEPARATORS = new Set(' \t-.,;:/()[]\'’"·');

/** Word starts: the first character and each one after a space, a dash, a dot, a comma, a bracket or a quote. */
function wordStarts(text: string): number[] {
  const out = [0];
  for (let i = 1; i < text.length; i++)
    if (SEPARATORS.has(text[i - 1]!) && !SEPARATORS.has(text[i]!)) out.push(i);
  return out;
}

export function buildActorIndex(actors: Iterable<IndexedActor>): ActorIndex {
  const list: IndexedActor[] = [];
  const keys: string[] = [];
  /** Per entry: actor index, and 0 for the label's or id's start, 1 for a later word. */
  const entries: { text: string; actor: number; later: number }[] = [];
  for (const a of actors) {
    const i = list.length;
    list.push(a);
    keys.push(a.key);
    const label = a.label.toLowerCase();
    for (const start of wordStarts(label))
      if (start < label.length)
        entries.push({ text: label.slice(start), actor: i, later: start === 0 ? 0 : 1 });
    entries.push({ text: a.key.toLowerCase(), actor: i, later: 0 });
  }
  entries.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  const texts = entries.map((e) => e.text);
  /** First entry whose text is ≥ `q`. */
  const lowerBound = (q: string) => {
    let lo = 0;
    let hi = texts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (texts[mid]! < q) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  /** Hits read beyond the limit so the best-ranked of them come first. */
  const SCAN = 2000;
  return {
    size: list.length,
    find(query, limit) {
      const q = query.trim().toLowerCase();
      if (!q) return [];
      const best = new Map<number, number>();
      for (let i = lowerBound(q), n = 0; i < texts.length && texts[i]!.startsWith(q) && n < SCAN; i++, n++) {
        const e = entries[i]!;
        const score = keys[e.actor]!.toLowerCase() === q ? -1 : e.later;
        const was = best.get(e.actor);
        if (was === undefined || score < was) best.set(e.actor, score);
      }
      return [...best]
        .sort(([a, sa], [b, sb]) => sa - sb || list[a]!.rank - list[b]!.rank)
        .slice(0, limit)
        .map(([a]) => keys[a]!);
    },
  };
}
