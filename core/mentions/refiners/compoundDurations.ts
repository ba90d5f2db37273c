// "Seven years and six months" is one sentence of seven and a half years, as court copy writes
// it; the scanner reads two durations, so a draft's "seven and a half years" met only "six
// months" and was contradicted. A duration followed by "and" (or a comma) and a duration in a
// smaller unit of time is one duration, in the first one's unit; so is a race time written with
// nothing between its minutes and seconds ("14 minutes 49.12 seconds", "2 hours 15 minutes"),
// or a sentence with nothing between its years and months ("three years six months"),
// and a third, smaller unit continues it ("two hours, six minutes, and 28 seconds"). A record's
// age to the day is one age: "aged 40 years and 76 days", "the oldest winner at 40 years and 76 days".
// One of the larger unit may come with its article: "leads by a minute and 26 seconds".
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';
import { UNIT_WORDS } from '../../values/units.ts';

const YEAR = UNIT_WORDS.get('year');

export const compoundDurations: MentionRefiner = {
  name: 'compoundDurations',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      let m = withOneUnitBefore(mentions[k] as RawMention);
      // "two hours, six minutes, and 28 seconds", "2 hours 16 minutes 34 seconds": each smaller
      // unit joins the one before it, so a three-part race time is one duration.
      let last = m.unitInfo ?? (m.kind === 'age' && m.unit === 'year' ? YEAR : undefined);
      let joined = false;
      for (let next = mentions[k + 1]; next && joins(m, next, last); next = mentions[k + 1]) {
        last = next.unitInfo;
        const ratio = (next.unitInfo?.factor ?? 1) / ((m.unitInfo ?? YEAR)?.factor ?? 1);
        m = { ...m, end: next.end, tokEnd: next.tokEnd, value: (m.value ?? 0) + (next.value ?? 0) * ratio, precision: next.precision * ratio, parts: undefined };
        joined = true;
        k++;
      }
      // "the oldest man to win the title at 40 years and 76 days": a record's age to the day,
      // years and a smaller unit after "at", is an age, as "aged 40 years and 76 days" is.
      if (joined && m.kind === 'duration' && m.unit === 'year' && tokens[m.tokStart - 1]?.lower === 'at') m = { ...m, kind: 'age' };
      out.push(m);
    }
    return out;

    /**
     * "leads by a minute and 26 seconds", "an hour and 10 minutes": one of a larger unit of time
     * written with its article before the duration is one duration, in the smaller unit.
     */
    function withOneUnitBefore(m: RawMention): RawMention {
      const small = m.unitInfo;
      const unitAt = m.tokStart - 2;
      const big = UNIT_WORDS.get(tokens[unitAt]?.lower ?? '');
      if (m.kind !== 'duration' || !small || m.value === null || m.high !== undefined || m.bound !== undefined || tokens[m.tokStart - 1]?.lower !== 'and'
        || !big || big.dimension !== 'time' || big.factor <= small.factor || !/^(?:a|an|one)$/.test(tokens[unitAt - 1]?.lower ?? '')) return m;
      const first = tokens[unitAt - 1]!;
      return { ...m, start: first.start, tokStart: unitAt - 1, value: m.value + big.factor / small.factor, parts: undefined };
    }

    /** Whether `next` is a smaller unit of time that continues `m`'s duration. */
    function joins(m: RawMention, next: RawMention, previous = m.unitInfo): boolean {
      const big = previous;
      const small = next.unitInfo;
      // "aged 40 years and 76 days": an age in years goes on in days as a duration does.
      const ageInYears = m.kind === 'age' && m.unit === 'year';
      if ((m.kind !== 'duration' && !ageInYears) || next.kind !== 'duration' || !big || !small || m.value === null || next.value === null
        || m.high !== undefined || next.high !== undefined || next.bound !== undefined || small.factor >= big.factor) return false;
      const gap = next.tokStart - m.tokEnd;
      const joint = tokens.slice(m.tokEnd, next.tokStart).map((t) => t.lower).join(' ');
      // So a court's "three years six months", years then months with nothing between.
      return (gap === 0 && (small.factor * 60 === big.factor || (m.unit === 'year' && next.unit === 'month'))) || joint === 'and' || joint === ',' || joint === ', and';
    }
  },
};
