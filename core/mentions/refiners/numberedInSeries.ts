// "took the lead on lap 40", "from Lap 13", "on day three of the trial", "hole 17": a number
// after the noun of a series names one member of it, as the ordinal does ("the 40th lap"). Read
// as a count ("40" of something) it met the source's "the 40th lap" nowhere and was flagged.
import type { Token } from '../../text/tokenize.ts';
import { isNumberWord } from '../../values/numberWords.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Nouns of a series whose members copy numbers after the noun: "lap 40", "round 3", "day 5". */
const SERIES_NOUNS = new Set(['lap', 'round', 'stage', 'hole', 'leg', 'heat', 'day', 'week', 'game']);
/** Words before the noun that make it a phrase of its own: "the end of the day 65 of the 82 cars", "Every week three …". */
const OWN_PHRASE = /^(?:the|a|an|this|that|each|every|per|one|next|last|same)$/;

/** Words in "-s" that are no plural noun: "Lap 31 whereas Alonso …". */
const NOT_PLURAL = /^(?:this|thus|whereas|always|perhaps|across|unless|less|besides|towards|afterwards)$/;

/**
 * The token index of the series noun that numbers the figure at tokens [a, b) ("lap 40", or
 * "Lap 31" read as one mention), or -1. Not after a determiner or a hyphen ("a final-round 65").
 */
export function seriesNounAt(tokens: readonly Token[], a: number, b: number): number {
  const numeral = (t: Token | undefined): boolean => t !== undefined && (t.type === 'num' || isNumberWord(t.lower));
  const at = numeral(tokens[a]) && b === a + 1 && SERIES_NOUNS.has(tokens[a - 1]?.lower ?? '') ? a - 1
    : SERIES_NOUNS.has(tokens[a]?.lower ?? '') && b === a + 2 && numeral(tokens[a + 1]) ? a : -1;
  if (at < 0 || OWN_PHRASE.test(tokens[at - 1]?.lower ?? '') || tokens[at - 1]?.text === '-') return -1;
  return at;
}

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
