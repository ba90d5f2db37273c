// "Del Potro secured a 3-6 6-3 7-6 (7-2) 6-3 win": the first set of a scoreline after "a" reads
// to the scanner as a range ("a 3-6", as in "a 3-6 month wait"), though the sets after it are
// scores. A pair of small figures joined by a dash and followed straight away by a score is the
// first set of that scoreline, and a score itself.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Most games a set score shows (7-6 on a tie-break; 6-7 the other way). */
const MAX_SET_GAMES = 7;
/** Characters between the first set and the next: one space. */
const SET_GAP = 2;

const setLike = (m: RawMention): boolean => m.value !== null && m.high !== undefined && Number.isInteger(m.value) && Number.isInteger(m.high)
  && m.value <= MAX_SET_GAMES && m.high <= MAX_SET_GAMES;

export const setScores: MentionRefiner = {
  name: 'setScores',
  refine(_ctx, mentions) {
    let changed = false;
    const out = [...mentions];
    // From the last set back, so that a scoreline whose first two sets both read as ranges ("The
    // 4-6, 6-7 (7-4), 6-4 … match") becomes scores set by set.
    for (let k = out.length - 2; k >= 0; k--) {
      const m = out[k]!;
      const next = out[k + 1]!;
      if (m.kind !== 'count' || m.bound !== undefined || m.unit !== undefined || !setLike(m) || next.kind !== 'score' || !setLike(next) || next.start - m.end > SET_GAP) continue;
      changed = true;
      out[k] = { ...m, kind: 'score' };
    }
    return changed ? out : mentions;
  },
};
