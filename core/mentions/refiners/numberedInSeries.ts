// "took the lead on lap 40", "from Lap 13", "on day three of the trial", "hole 17": a number
// after the noun of a series names one member of it, as the ordinal does ("the 40th lap"). Read
// as a count ("40" of something) it met the source's "the 40th lap" nowhere and was flagged.
import { seriesNounAt } from '../seriesNouns.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Words in "-s" that are no plural noun: "Lap 31 whereas Alonso …". */
const NOT_PLURAL = /^(?:this|thus|whereas|always|perhaps|across|unless|less|besides|towards|afterwards)$/;

export const numberedInSeries: MentionRefiner = {
  name: 'numberedInSeries',
  refine({ tokens }, mentions) {
    let changed = false;
    const out = mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || !Number.isInteger(m.value) || m.value < 1 || m.bound !== undefined || m.high !== undefined || m.parts?.scale) return m;
      if (seriesNounAt(tokens, m.tokStart, m.tokEnd) < 0) return m;
      // "round 2,000 people": a noun after the number is what it counts, and "round" is "around".
      const next = tokens[m.tokEnd];
      if (next?.type === 'word' && ((/^\p{Ll}{3,}s$/u.test(next.text) && !NOT_PLURAL.test(next.text)) || /^(?:people|men|women|children)$/.test(next.lower))) return m;
      changed = true;
      return { ...m, kind: 'ordinal' };
    });
    return changed ? out : mentions;
  },
};
