// "Four more days", "about 10 more hours", "two further weeks": the unit stands after "more", so
// the scanner read a bare count and compared it with any four in the source ("4 of Spain's 17
// regions"). The figure is a duration (or a distance) still to come, in the unit after the word.
// So is a run of periods: "for a record-breaking 43 consecutive months", "three straight years",
// "seven different decades"; and time told with how it felt: "For 9.81 glorious seconds".
import { UNIT_WORDS } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Words between a figure and its unit that add to something already there. */
const MORE = new Set(['more', 'further', 'extra', 'additional', 'other']);
/**
 * Words between a figure and a unit of time that make the periods one unbroken run, or tell each
 * apart without changing their number: "work spanned seven different decades" is "seven decades".
 */
const RUN = new Set(['consecutive', 'straight', 'successive', 'continuous', 'uninterrupted', 'different', 'separate', 'distinct']);

/**
 * Words between a figure and a unit of time that say how the time felt, not how much of it there
 * was: "For 9.81 glorious seconds", "five long years", "two full days", "10 agonising minutes".
 */
const FELT = new Set(['long', 'full', 'whole', 'short', 'brief', 'glorious', 'agonising', 'agonizing', 'anxious', 'nervous', 'nervy',
  'tense', 'frantic', 'painful', 'hard', 'difficult', 'gruelling', 'grueling', 'happy', 'dramatic', 'turbulent', 'frustrating', 'miserable']);

export const moreBeforeUnit: MentionRefiner = {
  name: 'moreBeforeUnit',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.code !== undefined || m.value === null || m.parts?.scale) return m;
      const more = tokens[m.tokEnd];
      const word = tokens[m.tokEnd + 1];
      // Whole words only: a single letter ("m", "t") is a unit only when glued to its digits.
      const info = word && word.lower.length > 2 ? UNIT_WORDS.get(word.lower) : undefined;
      if (!more || !(MORE.has(more.lower) || ((RUN.has(more.lower) || FELT.has(more.lower)) && info?.dimension === 'time')) || !word || !info || info.dimension === 'currency') return m;
      return {
        ...m, end: word.end, tokEnd: m.tokEnd + 2, kind: info.dimension === 'time' ? 'duration' : 'quantity', unit: info.unit, unitInfo: info,
        parts: m.parts ? { ...m.parts, unit: [word.start, word.end] } : undefined,
      };
    });
  },
};
