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
      const parts = { num: [start, t.end] as [number, number], numValue: WEEKS_IN_A_FORTNIGHT, scaleValue: 1, unit: [t.start, t.end] as [number, number] };
      const tokStart = a ? i - 1 : i;
      // "a fortnight ago" is a date back from now, as "two weeks ago" is.
      const ago = tokens[i + 1]?.lower === 'ago' ? tokens[i + 1] : undefined;
      if (ago) {
        out.push({
          start, end: ago.end, kind: 'date', value: WEEKS_IN_A_FORTNIGHT, tokStart, tokEnd: i + 2, precision: 1, words: true,
          unit: 'week', unitInfo: week, parts, date: { ago: { amount: WEEKS_IN_A_FORTNIGHT, unit: 'week' } },
        });
        continue;
      }
      out.push({ start, end: t.end, kind: 'duration', value: WEEKS_IN_A_FORTNIGHT, tokStart, tokEnd: i + 1, precision: 1, words: true, unit: 'week', unitInfo: week, parts });
    }
    return out.sort((x, y) => x.start - y.start);
  },
};
