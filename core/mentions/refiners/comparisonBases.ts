// "2.7% higher than a year earlier", "up 3% on a year ago", "down from 7.6% a year before": the
// period a change is measured against, named with "a". It says what the change is compared with
// (changePeriod reads it so), not a length of time the writer claims, and "higher than" before it
// is the comparison, no hedge. Read but not put to the editor (impliedOnly), as "a decade" is.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Words after the period that make it the base of a comparison. */
const BACK = new Set(['earlier', 'ago', 'before', 'previously']);
/** Words of comparison a hedge-like "than" follows: "higher than", "lower than", "more than". */
const COMPARATIVE = /^(?:higher|lower|more|less|fewer|greater|bigger|smaller|up|down|above|below|better|worse|faster|slower|cheaper|dearer)$/;

export const comparisonBases: MentionRefiner = {
  name: 'comparisonBases',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if ((m.kind !== 'duration' && m.kind !== 'date') || m.value !== 1 || m.impliedOnly) return m;
      // "a [year] earlier": the article, the unit, then the word that looks back.
      const article = m.tokEnd - 2;
      const back = tokens[m.tokEnd];
      if (!/^an?$/.test(tokens[article]?.lower ?? '') || !back || !BACK.has(back.lower)) return m;
      // The comparison before it: "than" after a comparative, or "on", "from", "with", "over".
      const before = tokens[article - 1]?.lower ?? '';
      const compared = (before === 'than' && COMPARATIVE.test(tokens[article - 2]?.lower ?? '')) || /^(?:on|from|with|over|against|versus)$/.test(before);
      if (!compared) return m;
      const { bound: _bound, ...rest } = m;
      return { ...rest, start: tokens[article]!.start, tokStart: article, impliedOnly: true };
    });
  },
};
