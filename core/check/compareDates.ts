// Date comparison. With both publication dates known, mentions are placed on the calendar and
// compared as ranges; without them, by category: a weekday is not the weekend (unless it is
// Saturday or Sunday), November is not February, and relative words only match themselves.
import type { DateParts } from '../mentions/scanMentions.ts';
import { resolveDate } from '../mentions/resolveDate.ts';

/** Mentions only compare within a class: day-level, calendar (month/day/year) or clock time. */
export function dateClass(p: DateParts): 'day' | 'calendar' | 'time' | 'other' {
  if (p.time !== undefined) return 'time';
  if (p.month !== undefined || p.year !== undefined) return 'calendar';
  if (p.weekend || p.weekday !== undefined || (p.relative !== undefined && /^(yesterday|today|tonight|tomorrow|last-night|this-morning)$/.test(p.relative))) return 'day';
  return 'other';
}

type Range = { from: string; to: string } | null;

/**
 * Look-up keys under which a date is filed and found: a weekend and its Saturday and Sunday
 * share keys, as do a month and its dates, and anchored mentions share their calendar days.
 */
export function dateKeys(p: DateParts, range: Range): string[] {
  const keys: string[] = [];
  if (p.weekend) keys.push('weekend', 'wd:0', 'wd:6');
  if (p.weekday !== undefined && p.month === undefined) {
    keys.push(`wd:${p.weekday}`);
    if (p.weekday === 0 || p.weekday === 6) keys.push('weekend');
  }
  // "Sunday, November 6, 2011" is found by a draft's "on Sunday" too (judgeDate reads its weekday).
  if (p.weekday !== undefined && p.month !== undefined) keys.push(`wd:${p.weekday}`);
  if (p.relative !== undefined) keys.push(`rel:${p.relative}`);
  if (p.time !== undefined) {
    keys.push(`time:${p.time}`);
    // "half past one", "1:30" with no am or pm: filed under both halves of the day, as compareTimes reads it.
    const hm = /^(\d{2}):(\d{2})$/.exec(p.time);
    if (p.timeAmbiguous && hm) keys.push(`time:${String((Number(hm[1]) + 12) % 24).padStart(2, '0')}:${hm[2]}`);
  }
  if (p.month !== undefined) keys.push(`mon:${p.month}`);
  else if (p.year !== undefined) keys.push(`yr:${p.year}`);
  if (range && range.from <= range.to) {
    const from = Date.parse(`${range.from}T00:00:00Z`);
    const to = Date.parse(`${range.to}T00:00:00Z`);
    if (Number.isFinite(from) && Number.isFinite(to) && to - from <= 3 * 86_400_000) {
      for (let t = from; t <= to; t += 86_400_000) keys.push(`day:${new Date(t).toISOString().slice(0, 10)}`);
    }
  }
  return keys;
}

export function compareDates(d: DateParts, dPub: string | undefined, s: DateParts, sPub: string | undefined,
  dResolved?: Range, sResolved?: Range): 'same' | 'different' | 'unknown' {
  // Two named weekdays are two days, whatever else they share: "Saturday, 7 February" is not the
  // source's "Sunday, 7 February", though the date alone would match.
  if (d.weekday !== undefined && s.weekday !== undefined && d.weekday !== s.weekday) return 'different';
  const dr = dResolved !== undefined ? dResolved : resolveDate(d, dPub);
  const sr = sResolved !== undefined ? sResolved : resolveDate(s, sPub);
  if (dr && sr && (dPub !== undefined || d.year !== undefined) && (sPub !== undefined || s.year !== undefined)) {
    return dr.from <= sr.to && sr.from <= dr.to ? 'same' : 'different';
  }
  if (d.time !== undefined || s.time !== undefined) return compareTimes(d, s);
  if (d.month !== undefined || s.month !== undefined) {
    if (d.month === undefined || s.month === undefined) {
      if (d.year !== undefined && s.year !== undefined) return d.year === s.year ? 'same' : 'different';
      return 'unknown';
    }
    if (d.month !== s.month) return 'different';
    if (d.year !== undefined && s.year !== undefined && d.year !== s.year) return 'different';
    if (d.day !== undefined && s.day !== undefined && d.day !== s.day) return 'different';
    return 'same';
  }
  if (d.relative !== undefined || s.relative !== undefined) {
    // "yesterday" in one text and "on Monday" in another may be the same day: undecidable.
    if (d.relative !== undefined && d.relative === s.relative) return 'same';
    return 'unknown';
  }
  const dWeekend = d.weekend === true || d.weekday === 0 || d.weekday === 6;
  const sWeekend = s.weekend === true || s.weekday === 0 || s.weekday === 6;
  if (d.weekend || s.weekend) return dWeekend && sWeekend ? 'same' : 'different';
  if (d.weekday !== undefined && s.weekday !== undefined) {
    // "next Thursday" is a day to come, a week on from its own text's date; a plain "on
    // Thursday" in news copy is most often the day just gone. Without dates the two words
    // cannot be placed on one calendar, so neither confirms nor refutes the other.
    if ((d.rel === 'next') !== (s.rel === 'next')) return 'unknown';
    return d.weekday === s.weekday ? 'same' : 'different';
  }
  return 'unknown';
}

/** Minutes within which two times of one event are the same: newsrooms round to five minutes. */
const SAME_TIME_MINUTES = 5;
/** Minutes apart beyond which two fully stated times of one event are different. */
const OTHER_TIME_MINUTES = 60;

/**
 * Two clock times: the same within a writer's rounding; different when both say am or pm (or use
 * the 24-hour clock) and are an hour or more apart; otherwise undecided. "9:00" with no am/pm
 * matches 09:00 and 21:00 alike and contradicts neither.
 */
function compareTimes(d: DateParts, s: DateParts): 'same' | 'different' | 'unknown' {
  const minutes = (t: string | undefined): number | undefined => {
    const m = t === undefined ? null : /^(\d{2}):(\d{2})$/.exec(t);
    return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
  };
  const a = minutes(d.time);
  const b = minutes(s.time);
  if (a === undefined || b === undefined) return d.time === s.time ? 'same' : 'unknown';
  const apart = (x: number, y: number): number => Math.min(Math.abs(x - y), 1440 - Math.abs(x - y));
  const gap = d.timeAmbiguous || s.timeAmbiguous ? Math.min(apart(a, b), apart((a + 720) % 1440, b), apart(a, (b + 720) % 1440)) : apart(a, b);
  if (gap <= SAME_TIME_MINUTES) return 'same';
  return !d.timeAmbiguous && !s.timeAmbiguous && gap >= OTHER_TIME_MINUTES ? 'different' : 'unknown';
}
