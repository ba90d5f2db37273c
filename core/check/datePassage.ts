// A date is told with its event's words around it: "relegated on the final day of the season on
// 29 April". Where the source tells those words (two or more of them) around another date ("26
// April - Hereford stay up on final day of Conference Premier season") and none of them around any
// date of the draft's value (its 29 April is a supporters' trust's offer), the draft's date is
// another event's. Both frames' words are read as frameOf gathers them (near and window).
import type { Frame } from '../frames/frameOf.ts';
import type { SourceEntry } from './sourceIndex.ts';

/** Event words two passages must share to tell the same event. */
const SHARED_WORDS = 2;

const wordsOf = (f: Frame): Set<string> => new Set([...f.near, ...f.window]);

function sharedCount(a: Set<string>, f: Frame): number {
  let n = 0;
  for (const w of wordsOf(f)) if (a.has(w)) n++;
  return n;
}

/** The source date of another value whose passage tells the draft's, when none of the draft's value does. */
export function otherEventPassage(draft: Frame, own: readonly SourceEntry[], others: readonly SourceEntry[]): SourceEntry | undefined {
  const mine = wordsOf(draft);
  if (own.length === 0 || mine.size < SHARED_WORDS || own.some((s) => sharedCount(mine, s.a.frame) > 0)) return undefined;
  return others.find((e) => sharedCount(mine, e.a.frame) >= SHARED_WORDS);
}
