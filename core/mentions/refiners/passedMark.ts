// "passed the both important and symbolic threshold of 1°C", "crossed the 1,000 mark": a figure
// named as a mark that something went past is a bound, as "more than 1°C" is. The verb of passing
// ("passed", "crossed", "broke", "topped") stands before the mark's noun, a few words back; the
// figure is the mark's, either after "of" or just before the noun.
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Verbs of going past a mark. */
const PASSING = new Set(['passed', 'passes', 'passing', 'crossed', 'crosses', 'crossing', 'broke', 'breaks', 'broken', 'breaking', 'breached', 'breaches',
  'topped', 'tops', 'surpassed', 'surpasses', 'exceeded', 'exceeds', 'eclipsed']);
/** Nouns that name a figure as a mark. */
const MARKS = new Set(['mark', 'threshold', 'barrier', 'milestone', 'level']);
/** Words from the verb to the mark's noun: "passed [the both important and symbolic] threshold" (up to six). */
const MARK_REACH = 7;

export const passedMark: MentionRefiner = {
  name: 'passedMark',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.bound !== undefined || m.value === null || (m.kind !== 'count' && m.kind !== 'quantity' && m.kind !== 'money' && m.kind !== 'percent')) return m;
      const i = tokenAt(tokens, m.start);
      // "the threshold of 1°C", or "the 1,000 mark".
      const noun = tokens[i - 1]?.lower === 'of' && MARKS.has(tokens[i - 2]?.lower ?? '') ? i - 2
        : MARKS.has(tokens[m.tokEnd]?.lower ?? '') ? i - 1 : -1;
      if (noun < 0) return m;
      for (let k = noun - 1; k >= Math.max(0, noun - MARK_REACH); k--) {
        const t = tokens[k]!;
        if (t.type !== 'word') return m;
        if (PASSING.has(t.lower)) return { ...m, bound: 'more-than' };
      }
      return m;
    });
  },
};
