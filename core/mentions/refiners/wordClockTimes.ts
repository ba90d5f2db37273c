// Clock times told in words: "quarter past two", "half past nine", "ten to six", "five o'clock".
// The scanner reads the hour as a count ("two") and "half" as a fraction; here they become one
// time on the 24-hour reading clockTimes gives figures ("02:15"), so "at about quarter past two on
// Friday morning" is the source's "at about 02:15 GMT on Friday". The half of the day comes from
// the words after it ("in the morning", "on Friday afternoon", "pm") and else stays open, as
// "9:00" does: morning or afternoon, it never contradicts.
import type { RawMention } from '../scanMentions.ts';
import { canonicalTime } from './clockTimes.ts';
import type { MentionRefiner } from './refiner.ts';

/** Minutes a word before "past" or "to" stands for. */
const MINUTES: Readonly<Record<string, number>> = { quarter: 15, half: 30, five: 5, ten: 10, twenty: 20, 'twenty-five': 25 };
const HOUR_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
/** How far after the hour a word may say which half of the day it is ("on Friday morning"). */
const HALF_REACH = 4;
const MORNING = new Set(['morning', 'am', 'a.m']);
const AFTERNOON = new Set(['afternoon', 'evening', 'pm', 'p.m']);

export const wordClockTimes: MentionRefiner = {
  name: 'wordClockTimes',
  refine({ tokens }, mentions) {
    const times: RawMention[] = [];
    for (const m of mentions) {
      if (m.kind !== 'count' || m.tokEnd !== m.tokStart + 1 || m.bound !== undefined) continue;
      const hourTok = tokens[m.tokStart];
      const hour = hourTok?.type === 'num' ? Number(hourTok.text) : HOUR_WORDS[hourTok?.lower ?? ''];
      if (hour === undefined || !Number.isInteger(hour) || hour < 1 || hour > 12) continue;
      const rel = tokens[m.tokStart - 1]?.lower;
      const minutesWord = tokens[m.tokStart - 2]?.lower ?? '';
      let from = m.tokStart;
      let to = m.tokEnd;
      let h = hour;
      let min = 0;
      // "fell from twenty to ten" is a change of a figure, not 9:40: a figure of minutes needs no
      // "from", "between" or "by" before it ("quarter" and "half" say minutes by themselves).
      const figureRange = minutesWord !== 'quarter' && minutesWord !== 'half' && /^(?:from|between|by)$/.test(tokens[m.tokStart - 3]?.lower ?? '');
      if ((rel === 'past' || rel === 'to') && MINUTES[minutesWord] !== undefined && !figureRange) {
        from = m.tokStart - 2;
        if (tokens[from - 1]?.lower === 'a' && minutesWord === 'quarter') from--;
        min = MINUTES[minutesWord]!;
        if (rel === 'to') { h = hour === 1 ? 12 : hour - 1; min = 60 - min; }
      } else if (/^o['’]clock$/.test(tokens[m.tokEnd]?.lower ?? '')) {
        to = m.tokEnd + 1;
      } else continue;
      let half: 'am' | 'pm' | undefined;
      for (let k = to; k < to + HALF_REACH && k < tokens.length; k++) {
        const w = tokens[k]!.lower;
        if (MORNING.has(w)) { half = 'am'; break; }
        if (AFTERNOON.has(w)) { half = 'pm'; break; }
        if (w === '.' || w === ';') break;
      }
      // Written as clockTimes reads a figure ("2:15pm"), so both put it on the 24-hour clock alike.
      const time = canonicalTime(`${h}:${String(min).padStart(2, '0')}${half ?? ''}`);
      times.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end, kind: 'date', value: null, tokStart: from, tokEnd: to, precision: 1,
        date: { time, ...(half === undefined ? { timeAmbiguous: true } : {}) } });
    }
    if (times.length === 0) return mentions;
    // The time replaces the words it was read from: the hour's count, "half" as a fraction.
    const kept = mentions.filter((m) => !times.some((t) => m.start < t.end && t.start < m.end));
    return [...kept, ...times].sort((a, b) => a.start - b.start);
  },
};
