// "about 80mph (129 km/h)", "more than 1,000km (620 miles)": a conversion in brackets right after
// a measure is the same quantity in other units, worked out from the figure as written. It carries
// that figure's hedge: the 129 km/h is "about" too, not a precise 80.2mph that "more than 80mph"
// would meet. Read bare, the conversion lends a hedged figure a precision it never had.
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

export const bracketedConversions: MentionRefiner = {
  name: 'bracketedConversions',
  refine({ tokens }, mentions) {
    return mentions.map((m, k): RawMention => {
      const before = mentions[k - 1];
      if (!before || before.bound === undefined || m.bound !== undefined || m.unitInfo === undefined || before.unitInfo === undefined
        || m.unitInfo.dimension !== before.unitInfo.dimension || m.unitInfo.unit === before.unitInfo.unit || m.high !== undefined || before.high !== undefined) return m;
      const i = tokenAt(tokens, m.start);
      // The brackets open right after the measure and hold the conversion alone.
      if (tokens[i - 1]?.text !== '(' || before.tokEnd !== i - 1 || tokens[m.tokEnd]?.text !== ')') return m;
      return { ...m, bound: before.bound };
    });
  },
};
