// Figures below zero: "minus 20C", "-20C", "-5%". The scanner reads the digits; the sign before
// them is a hyphen with a space before it and none after ("2-1" and "COVID-19" have none
// before), the word "minus", or "negative" as a reading's sign ("a negative 20.9"). Without it
// "-20C" would be supported by "20C".
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Words before "negative" that make it a sign: "a negative 20.9", "of negative 1.6", "at negative 5". Not "negative 20 times". */
const NEGATIVE_BEFORE = /^(?:a|of|at|to|from|was|is|minus|reading|index|gauge|rate)$/;

export const signedFigures: MentionRefiner = {
  name: 'signedFigures',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if ((m.kind !== 'quantity' && m.kind !== 'percent' && m.kind !== 'count' && m.kind !== 'money') || m.value === null || m.value <= 0 || m.code !== undefined) return m;
      const num = tokens[m.tokStart];
      const sign = tokens[m.tokStart - 1];
      if (!num || num.type !== 'num' || !sign || num.start !== m.start) return m;
      const hyphen = (sign.text === '-' || sign.text === '−') && !num.spaced && (sign.spaced || m.tokStart === 1) && tokens[m.tokStart - 2]?.type !== 'num';
      // "a negative 20.9", "negative 1.6 in December": an index read below zero, as surveys word it.
      const word = (sign.lower === 'minus' || (sign.lower === 'negative' && NEGATIVE_BEFORE.test(tokens[m.tokStart - 2]?.lower ?? ''))) && num.spaced;
      if (!hyphen && !word) return m;
      const signed: RawMention = { ...m, start: sign.start, value: -m.value };
      if (m.high !== undefined) signed.high = -m.high;
      return signed;
    });
  },
};
