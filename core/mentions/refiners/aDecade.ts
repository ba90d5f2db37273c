// "within a decade" is ten years and "a century ago" a hundred: a period named with "a" is one of
// its unit, as "a fortnight" is two weeks. Only the long periods, which copy never uses for a
// rate ("£25 a month", "twice a year" are rates); "once a decade" still is one, so a frequency
// word before "a" leaves it alone. A draft's "a decade" is read but not checked: "nearly a
// decade", "more than a decade", "a century since 1915" round a span the writer did not count.
import { findUnit } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const LONG_PERIODS = new Set(['decade', 'century']);

/** Words that make "a decade" a frequency ("once a decade"), not a length of time. */
const FREQUENCY = new Set(['once', 'twice', 'thrice', 'times']);

export const aDecade: MentionRefiner = {
  name: 'aDecade',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [...mentions];
    let added = false;
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i];
      const a = tokens[i - 1];
      if (!t || !a || !LONG_PERIODS.has(t.lower) || (a.lower !== 'a' && a.lower !== 'one')) continue;
      const before = tokens[i - 2];
      if (before && (FREQUENCY.has(before.lower) || before.type === 'num' || before.lower === 'half' || before.lower === 'quarter')) continue;
      const unit = findUnit(t.lower);
      if (!unit || out.some((m) => m.start < t.end && a.start < m.end)) continue;
      const parts = { num: [a.start, t.end] as [number, number], numValue: 1, scaleValue: 1, unit: [t.start, t.end] as [number, number] };
      // "a decade ago" is a date back from now, as "ten years ago" is.
      const ago = tokens[i + 1]?.lower === 'ago' ? tokens[i + 1] : undefined;
      out.push(ago
        ? { start: a.start, end: ago.end, kind: 'date', value: 1, tokStart: i - 1, tokEnd: i + 2, precision: 1, words: true, impliedOnly: true,
          unit: unit.unit, unitInfo: unit, parts, date: { ago: { amount: 1, unit: unit.unit } } }
        : { start: a.start, end: t.end, kind: 'duration', value: 1, tokStart: i - 1, tokEnd: i + 1, precision: 1, words: true, impliedOnly: true,
          unit: unit.unit, unitInfo: unit, parts });
      added = true;
    }
    return added ? out.sort((x, y) => x.start - y.start) : mentions;
  },
};
