// Numbers in set phrases that state no quantity: "one of the world's best-known", "one of
// them" (a member of a group, not a count of one), "their 100% start", "a 100 per cent record"
// (sports writing for "won every game so far"), "100% sure".
import type { MentionRefiner } from './refiner.ts';

/** Words after "100%" that make it an idiom of completeness, not a share. */
const COMPLETE_AFTER = new Set(['start', 'record', 'sure', 'certain', 'committed', 'fit', 'behind', 'confident']);

export const figureIdioms: MentionRefiner = {
  name: 'figureIdioms',
  refine({ tokens }, mentions) {
    return mentions.filter((m) => {
      const next = tokens[m.tokEnd];
      const first = tokens[m.tokStart];
      if (m.kind === 'count' && m.value === 1 && m.words && m.bound === undefined && first?.lower === 'one' && next?.lower === 'of') return false;
      if (m.kind === 'percent' && m.value === 100 && m.high === undefined && next && COMPLETE_AFTER.has(next.lower)) return false;
      return true;
    });
  },
};
