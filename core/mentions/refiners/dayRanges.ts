// "on 20-21 November", "from 20 to 22 November", "November 20-21": two days of one month, the
// month written once. The scanner read the first form as a count range beside a bare month, and
// the last as a date followed by a count, so neither day was a date: a draft's "two-day visit"
// or "on 20 November" found nothing to meet. Each day becomes a date of that month (and of its
// year where one is written); the pair reads as a span, as "between 1 July and 31 December" does.
import type { DateParts, RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const LAST_DAY_OF_MONTH = 31;

const isDay = (n: number | null | undefined): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1 && n <= LAST_DAY_OF_MONTH;

/**
 * A dash with spaces round it joins two days only where nothing follows the second day but a
 * comma, a bracket, a full stop or "weekend": a listings heading's "(March 17 - 19, 2017)", not
 * "on March 17 - 19 people died".
 */
function spacedDayEnd(tokens: readonly { text: string; lower: string }[], after: number): boolean {
  const t = tokens[after];
  return t === undefined || /^[,).]$/.test(t.text) || t.lower === 'weekend';
}

export const dayRanges: MentionRefiner = {
  name: 'dayRanges',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      const next = mentions[k + 1];
      // "20-21 November", "from 20 to 22 November": a range of two bare days, the month right after.
      if (m.kind === 'count' && m.date === undefined && isDay(m.value) && isDay(m.high) && m.value < m.high && next?.kind === 'date'
        && next.tokStart === m.tokEnd && next.date?.month !== undefined && next.date.day === undefined && next.date.weekday === undefined) {
        const nums = tokens.slice(m.tokStart, m.tokEnd).filter((t) => t.type === 'num');
        const first = nums[0];
        const last = nums[nums.length - 1];
        if (nums.length === 2 && first && last && Number(first.text) === m.value && Number(last.text) === m.high) {
          const firstAt = tokens.indexOf(first, m.tokStart);
          const lastAt = tokens.indexOf(last, m.tokStart);
          const month = next.date;
          const firstParts: DateParts = { ...month, day: m.value, spans: { ...month.spans, day: [first.start, first.end] } };
          const lastParts: DateParts = { ...month, day: m.high, spans: { ...month.spans, day: [last.start, last.end] } };
          out.push({ start: first.start, end: first.end, kind: 'date', value: null, tokStart: firstAt, tokEnd: firstAt + 1, precision: 1, date: firstParts });
          out.push({ ...next, start: last.start, tokStart: lastAt, date: lastParts });
          k++;
          continue;
        }
      }
      // "November 20-21": a dated day, a dash, and the later day of the same month.
      const dash = tokens[m.tokEnd];
      const dayTok = tokens[m.tokEnd + 1];
      if (m.kind === 'date' && m.date?.month !== undefined && isDay(m.date.day) && m.date.weekday === undefined && next && next.kind === 'count'
        && next.date === undefined && next.high === undefined && dash && /^[-–]$/.test(dash.text) && (dash.start === tokens[m.tokEnd - 1]?.end || spacedDayEnd(tokens, next.tokEnd))
        && dayTok && next.tokStart === m.tokEnd + 1 && next.tokEnd === m.tokEnd + 2 && isDay(next.value) && next.value > m.date.day) {
        // "November 20-21, 2014": the year written after the second day dates both.
        const after = mentions[k + 2];
        const year = after?.kind === 'year' && after.value !== null && m.date.year === undefined && tokens.slice(next.tokEnd, after.tokStart).every((t) => t.text === ',') ? after : undefined;
        const yearParts = year ? { year: year.value!, spans: { ...m.date.spans, year: [year.start, year.end] as [number, number] } } : {};
        const firstParts: DateParts = { ...m.date, ...yearParts };
        out.push({ ...m, date: firstParts });
        out.push({ ...next, end: year?.end ?? next.end, tokEnd: year?.tokEnd ?? next.tokEnd, kind: 'date', value: null,
          date: { ...firstParts, day: next.value, spans: { ...firstParts.spans, day: [dayTok.start, dayTok.end] } } });
        k += year ? 2 : 1;
        continue;
      }
      // "16 and 17 October": a bare day joined by "and" to a dated day of a month is a day of it.
      const join = tokens[m.tokEnd];
      if (m.kind === 'count' && m.date === undefined && m.high === undefined && isDay(m.value) && join && DAY_JOINS.has(join.lower) && next?.kind === 'date'
        && next.tokStart === m.tokEnd + 1 && next.date?.month !== undefined && isDay(next.date.day) && next.date.weekday === undefined && m.value < next.date.day
        && next.date.spans?.day !== undefined && next.date.spans.day[0] === next.start) {
        const { day: _day, ...month } = next.date;
        out.push({ ...m, kind: 'date', value: null, date: { ...month, day: m.value, spans: { ...month.spans, day: [m.start, m.end] } } });
        continue;
      }
      // "October 16 and 17": a dated day, "and", and a later bare day of the same month, where
      // nothing after the bare day makes it a count ("October 16 and 17 people").
      const after = tokens[next?.tokEnd ?? -1];
      if (m.kind === 'date' && m.date?.month !== undefined && isDay(m.date.day) && m.date.weekday === undefined && join && DAY_JOINS.has(join.lower)
        && next?.kind === 'count' && next.date === undefined && next.high === undefined && next.tokStart === m.tokEnd + 1 && next.tokEnd === m.tokEnd + 2
        && isDay(next.value) && next.value > m.date.day && (after === undefined || after.type !== 'word' || AFTER_DAY.has(after.lower))) {
        out.push(m);
        out.push({ ...next, kind: 'date', value: null, date: { ...m.date, day: next.value, spans: { ...m.date.spans, day: [next.start, next.end] } } });
        k++;
        continue;
      }
      out.push(m);
    }
    return out;
  },
};

/** Words that join two days of one month: "16 and 17 October", "on May 3 or 4". */
const DAY_JOINS = new Set(['and', 'or', '&']);
/** Words after a bare day that leave it a day ("October 16 and 17 in Darwin"), not a count. */
const AFTER_DAY = new Set(['in', 'at', 'on', 'and', 'when', 'to', 'as', 'with', 'before', 'after', 'for', 'this', 'last', 'next', 'but', 'while', 'from', 'across', 'during']);
