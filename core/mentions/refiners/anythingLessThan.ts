// "anything less than 100 per cent would make things complicated", "nothing short of 100 per
// cent": the figure is the mark the sentence measures against, not a bound on a quantity. The
// draft states the 100 per cent itself, which "if they are not 100 per cent" supports.
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Pronouns before a comparative that make its figure a threshold. */
const ANY = new Set(['anything', 'nothing']);

export const anythingLessThan: MentionRefiner = {
  name: 'anythingLessThan',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.bound === undefined) return m;
      const i = tokenAt(tokens, m.start);
      if (!ANY.has(tokens[i - 1]?.lower ?? '')) return m;
      const { bound: _bound, ...rest } = m;
      const figure = tokens[m.tokStart];
      return { ...rest, start: figure?.start ?? m.start };
    });
  },
};
