// Across scripts, names are cut into words differently: a run of two or
// three parts on one side may sound like one part on the other (ابدول for
// Abd al, نسرللح for Nasr Allah). The runs' sound spellings are joined once a
// query, and a query run's similarity to a candidate part is kept in the part
// cache's run slots.
import type { NameComparison } from './name-compare.js';
import type { NamePart } from './normalise.js';
import type { PartCache } from './part-cache.js';
import {
  bestSound,
  gradeSound,
  NO_SOUND,
  soundFormsOf,
  soundMasksOf,
  soundRunnable,
  type NameCompareOptions,
} from './part-compare.js';
import { joinSoundMasks, SOUND_MASK_WORDS } from './sound.js';

/**
 * The sound spellings of runs of parts of one side, joined (runSide[i..i+k] at
 * i * 3 + k), kept while the same parts are compared: a query's parts meet
 * every candidate name, so their runs are joined once a query, not once a pair.
 */
interface Runs {
  of: NamePart[] | undefined;
  made: Uint8Array;
  text: string[];
  /** The runs' sound masks, SOUND_MASK_WORDS at `at` × SOUND_MASK_WORDS. */
  masks: Int32Array;
  /** Per part of `of`: 1 when it may be in a run (a name or particle in a script compared by sound). */
  runnable: Uint8Array;
}
const RUNS: Runs[] = [0, 1].map(() => ({
  of: undefined,
  made: new Uint8Array(64),
  text: new Array<string>(64),
  masks: new Int32Array(64 * SOUND_MASK_WORDS),
  runnable: new Uint8Array(22),
}));

/** The run at `at` (the run at `at - 1`, `before`, joined with part `p`'s first sound spelling), joined once. */
function runOf(runs: Runs, at: number, before: string, p: NamePart): string {
  if (runs.made[at]) return runs.text[at] as string;
  const joined = before + (soundFormsOf(p)[0] ?? '');
  const masks = soundMasksOf(p);
  if (before === '')
    for (let w = 0; w < SOUND_MASK_WORDS; w++) runs.masks[at * SOUND_MASK_WORDS + w] = masks[w] as number;
  else joinSoundMasks(runs.masks, (at - 1) * SOUND_MASK_WORDS, masks, 0, runs.masks, at * SOUND_MASK_WORDS);
  runs.made[at] = 1;
  runs.text[at] = joined;
  return joined;
}

/**
 * Across scripts, runs of two or three adjacent unaligned parts (particles
 * included) on one side against one unaligned part on the other, by sound:
 * names are cut into words differently in different scripts (ابدول for
 * Abd al, نسرللح for Nasr Allah, ال نكا for Alenka). With `runSlots` (the
 * query name's, PartCache.runSlotsOf; runs of the query's parts only), each
 * run's similarity to a part is kept in the part's row for the query.
 */
export function joinAcrossScripts(
  runSide: NamePart[],
  runUsed: Uint8Array,
  oneSide: NamePart[],
  oneUsed: Uint8Array,
  fromQuery: boolean,
  opts: NameCompareOptions,
  cache: PartCache,
  detail?: NameComparison,
  runSlots = -1,
): number {
  let gained = 0;
  const runs = RUNS[fromQuery ? 0 : 1] as Runs;
  if (runs.of !== runSide) {
    runs.of = runSide;
    runs.made.fill(0);
    if (runs.made.length < runSide.length * 3) {
      runs.made = new Uint8Array(runSide.length * 6);
      runs.text.length = runSide.length * 6;
      runs.masks = new Int32Array(runSide.length * 6 * SOUND_MASK_WORDS);
    }
    if (runs.runnable.length < runSide.length) runs.runnable = new Uint8Array(runSide.length * 2);
    for (let i = 0; i < runSide.length; i++) runs.runnable[i] = soundRunnable(runSide[i] as NamePart) ? 1 : 0;
  }
  for (let j = 0; j < oneSide.length; j++) {
    const o = oneSide[j] as NamePart;
    if (oneUsed[j] || o.kind !== 'name' || NO_SOUND.has(o.script)) continue;
    const row = runSlots >= 0 ? cache.row(o) : -1;
    let best = 0;
    let at = -1;
    let len = 0;
    for (let i = 0; i < runSide.length; i++) {
      let joined = '';
      let names = 0;
      for (let k = 0; k < 3 && i + k < runSide.length; k++) {
        const p = runSide[i + k] as NamePart;
        // A particle aligned on its own may still sound inside a run (عزيز ال رحمان ~ Azizirahman when
        // ال took the al of Abdul), though a run neither starts nor ends on it; a name aligned on its own may not.
        const through = runUsed[i + k] === 1;
        if ((through && (p.kind !== 'particle' || k === 0)) || !runs.runnable[i + k] || p.script === o.script)
          break;
        const r = i * 3 + k;
        joined = runOf(runs, r, joined, p);
        if (p.kind === 'name') names++;
        if (k === 0 || names === 0 || through) continue;
        let sim: number;
        if (row < 0)
          // Only a higher similarity counts: the work stops once `best` cannot be beaten.
          sim = bestSound(
            joined,
            runs.masks,
            r * SOUND_MASK_WORDS,
            o,
            best > opts.soundFloor ? best : opts.soundFloor,
          );
        else {
          // Kept at the floor: a value below `best` does not count, however it was found.
          sim = cache.runValue(row, runSlots + i * 2 + k - 1);
          if (Number.isNaN(sim)) {
            sim = bestSound(joined, runs.masks, r * SOUND_MASK_WORDS, o, opts.soundFloor);
            cache.setRunValue(row, runSlots + i * 2 + k - 1, sim);
          }
        }
        if (sim > best) {
          best = sim;
          at = i;
          len = k + 1;
        }
      }
    }
    const s = gradeSound(best, opts);
    if (s < opts.alignThreshold || at < 0) continue;
    let w = cache.weight(o);
    for (let k = 0; k < len; k++) {
      // A particle already aligned counts once.
      if (runUsed[at + k]) continue;
      runUsed[at + k] = 1;
      w += cache.weight(runSide[at + k] as NamePart);
    }
    oneUsed[j] = 1;
    gained += s * w;
    if (detail) {
      const run = runSide
        .slice(at, at + len)
        .map((p) => p.text)
        .join(' ');
      detail.pairs.push({
        query: fromQuery ? run : o.text,
        candidate: fromQuery ? o.text : run,
        similarity: s,
        how: 'joined',
      });
    }
  }
  return gained;
}
