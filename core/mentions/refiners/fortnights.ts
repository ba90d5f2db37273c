// "a fortnight" is two weeks (British usage, common in UK copy): the scanner knows no such unit,
// so a source's fortnight stated nothing a draft's "two weeks" or "14 days" could match.
import { findUnit } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const WEEKS_IN_A_FORTNIGHT = 2;

export const fortnights: MentionRefiner = {
  name: 'fortnights',
  refine({ tokens }, mentions) {
    const week = findUnit('week');
    if (week === undefined) return mentions;
    const out: RawMention[] = [...mentions];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      // Only the noun: "fortnightly" is a rate, and "fortnights" would need its count.
      if (t?.lower !== 'fortnight') continue;
      if (out.some((m) => m.start < t.end && t.start < m.end)) continue;
      const a = tokens[i - 1]?.lower === 'a' ? tokens[i - 1]! : undefined;
      const start = a?.start ?? t.start;
      out.push({
        start, end: t.end, kind: 'duration', value: WEEKS_IN_A_FORTNIGHT, tokStart: a ? i - 1 : i, tokEnd: i + 1, precision: 1, words: true,
        unit: 'week', unitInfo: week, parts: { num: [start, t.end], numValue: WEEKS_IN_A_FORTNIGHT, scaleValue: 1, unit: [t.start, t.end] },
      });
    }
    return out.sort((x, y) => x.start - y.start);
  },
};
