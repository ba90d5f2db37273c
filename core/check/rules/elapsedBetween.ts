// "declared dead some two hours later" where the source has the punch "at around 9pm" and the
// death "at around 11pm"; "in court two days earlier" where it has a hearing on Thursday and a
// court appearance on Tuesday; "on March 18 – two days before paramedics were called" where it
// dates the call March 20. A length of time the draft gives as the gap between two events
// ("later", "earlier", "after", "before") is supported as derived when one source states two
// clock times, two days of the week, or two calendar dates that far apart, within the draft's rounding.
import { frameMatch } from '../../frames/frameOf.ts';
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, evidenceOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { yearOf } from '../yearAnchor.ts';
import { COMMON_YEAR, DAY_MS, dayNumber } from './spanOfDates.ts';
import { sentenceIndexOf, sentenceMentions } from '../sentenceMentions.ts';
import { SHARED_EVENT_WORDS, sharedWordsWith } from '../sharedWords.ts';

/** Words after a length of time that make it the gap between two events. */
const GAP_WORDS = new Set(['later', 'earlier', 'after', 'before']);
const MINUTES_IN: Readonly<Record<string, number>> = { minute: 1, hour: 60, day: 24 * 60 };
const DAYS_IN_A_WEEK = 7;
const DAYS_IN_COMMON_YEAR = 365;
/** Days in the units a gap between two calendar dates is told in; a month is the calendar's mean. */
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: DAYS_IN_A_WEEK, month: 365.25 / 12 };

function minutesOf(m: AnalysedMention): number | undefined {
  const d = m.m.date;
  if (!d?.time || d.timeAmbiguous) return undefined;
  const [h, min] = d.time.split(':').map(Number);
  return h === undefined || min === undefined ? undefined : h * 60 + min;
}

export const elapsedBetween: VerdictRule = {
  name: 'elapsedBetween',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.kind !== 'duration' || a.m.value === null || a.m.unit === undefined) return null;
    const [lo, hi] = draftInterval(a);
    // "coverage runs from 18:30 for two hours" where the source lists "17:30-19:30": a length told
    // with "for" is the span of a range of clock times the source gives.
    const per = MINUTES_IN[a.m.unit];
    // "coverage running from 5.30pm to 7.30pm, a window of two hours": the draft's own range of
    // clock times, in the length's sentence, is the draft's own arithmetic.
    if (per !== undefined) {
      const times = sentenceMentions(draft, a.sentence.start).filter((m) => minutesOf(m) !== undefined);
      for (const [k, from] of times.entries()) {
        const to = times[k + 1];
        if (!to) continue;
        // "between 9.30am and 1.30pm" is a range as "from 9.30am to 1.30pm" is.
        const between = /\bbetween\s*$/i.test(draft.text.slice(Math.max(0, from.m.start - 10), from.m.start)) && /^\s*and\s*$/.test(draft.text.slice(from.m.end, to.m.start));
        if (!RANGE_JOIN.test(draft.text.slice(from.m.end, to.m.start)) && !between) continue;
        const gap = clockSpan(from, to, per);
        if (gap >= lo && gap <= hi) return claimOf(draft, a, 'supported', `Derived: the draft's own '${short(draft.text.slice(from.m.start, to.m.end))}' is ${round(gap)} ${a.m.unit}s. Draft: '${short(dText)}'.`, [], published);
      }
    }
    if (draft.tokens[a.m.tokStart - 1]?.lower === 'for' && per !== undefined) {
      const span = spanOfRange(j, per, lo, hi);
      if (span) return span;
      const told = spanOfTwoTimes(j, per, lo, hi);
      if (told) return told;
    }
    if (!GAP_WORDS.has(draft.tokens[a.m.tokEnd]?.lower ?? '')) return null;
    // "The official count came two days after ADP's National Employment Report" where the
    // source, written on the day of the count, has the report "just two days ago": the same gap
    // told from the story's day, where the two sentences tell the same event in the same words.
    for (const [i, src] of data.sources.entries()) {
      for (const m of src.analysis.mentions) {
        const ago = m.m.date?.ago;
        if (!ago || ago.unit !== a.m.unit || ago.amount < lo || ago.amount > hi) continue;
        if (sharedWordsWith(draft, a, src.analysis, m.sentence) < SHARED_EVENT_WORDS) continue;
        return claimOf(draft, a, 'supported', `Source: '${short(src.analysis.text.slice(m.m.start, m.m.end))}', the same gap told from the day of the story. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: i, a: m })], published);
      }
    }
    if (a.m.unit === 'year') {
      const years = yearsApart(j, lo, hi);
      if (years) return years;
    }
    // Days, weeks and months between two calendar dates: "more than two months after being
    // admitted on January 29" where the death is dated April 1.
    const days = DAYS_IN[a.m.unit];
    if (days !== undefined) {
      const dated = daysApart(j, lo * days, hi * days, a.m.unit);
      if (dated) return dated;
    }
    // "7.68 million a month earlier" where the source has "at the end of August, up from 7.68
    // million in July"; "on the 4,296 recorded a year earlier" where it has "October 2023" and
    // "October 2022": months a source names, told in months or years.
    // Months named without days are coarse points, and a sentence may name several ("punished in
    // February after being replaced … last November, two months before …"): a length the source
    // states otherwise for the same thing is the one to compare.
    const months = MONTHS_IN[a.m.unit];
    if (months !== undefined && !j.scored.some((x) => x.rel === 'disjoint' && x.context >= 1)) {
      const dated = monthsApart(j, lo * months, hi * months);
      if (dated) return dated;
    }
    if (per === undefined) return null;
    // Hours and minutes come from clock times, days from days of the week.
    const byDays = a.m.unit === 'day';
    for (const [i, src] of data.sources.entries()) {
      const points = src.analysis.mentions.filter((m) => (byDays ? m.m.date?.weekday !== undefined && m.m.date.time === undefined : minutesOf(m) !== undefined));
      for (const [k, p] of points.entries()) {
        for (const q of points.slice(k + 1)) {
          let gaps: number[];
          if (byDays) {
            const d = Math.abs((p.m.date?.weekday ?? 0) - (q.m.date?.weekday ?? 0));
            // Saturday to Monday is two days, as Monday to Wednesday is.
            gaps = d === 0 ? [] : [d, DAYS_IN_A_WEEK - d];
          } else {
            gaps = [Math.abs((minutesOf(p) ?? 0) - (minutesOf(q) ?? 0)) / per];
          }
          const gap = gaps.find((g) => g > 0 && g >= lo && g <= hi);
          if (gap === undefined) continue;
          const ev = evidenceOf(data, { sourceIndex: i, a: p });
          const [first, second] = p.m.start < q.m.start ? [p, q] : [q, p];
          const text = (m: AnalysedMention): string => short(src.analysis.text.slice(m.m.start, m.m.end));
          return claimOf(draft, a, 'supported', `Derived: '${text(first)}' and '${text(second)}' are ${round(gap)} ${a.m.unit}${gap === 1 ? '' : 's'} apart. Draft: '${short(dText)}'.`, [ev, evidenceOf(data, { sourceIndex: i, a: q })], published);
        }
      }
    }
    return null;
  },
};

/**
 * "during a 2012 court case …, five years after the purchase" where the source dates the
 * purchase 2007: years apart are derived from two years a source gives, one of them the year the
 * draft's own sentence names (so the gap is told from an event the draft places).
 */
function yearsApart(j: Parameters<VerdictRule['judge']>[0], lo: number, hi: number): ReturnType<VerdictRule['judge']> {
  return pointsApart(j, lo, hi, yearOf, (gap) => `${gap} years`);
}

/** Day number of a calendar date with a day and a month, its year set aside (counted in a common year), or undefined. */
function dayOfYear(m: AnalysedMention): number | undefined {
  const d = m.m.date;
  return d?.day === undefined || d.month === undefined ? undefined : Date.UTC(COMMON_YEAR, d.month - 1, d.day) / DAY_MS;
}

/**
 * "a fumigation on March 18 – two days before paramedics were called", where a source dates the
 * call March 20: days apart from two calendar dates a source gives, one of them the date the
 * draft's own sentence names (so the gap is told from an event the draft places).
 */
function daysApart(j: Parameters<VerdictRule['judge']>[0], lo: number, hi: number, unit: string): ReturnType<VerdictRule['judge']> {
  // Two dates that both give their year are counted across it: "30 December 2019" to
  // "1 January 2020" is two days, "28 February 2020" to "1 March 2020" two, and "18 March 2019"
  // and "20 March 2021" are not two days apart. Otherwise the gap is the shorter way round the
  // year: "born on Nov. 14 … the calf, born Jan. 22" are 69 days apart, not 296.
  const gapOf = (p: AnalysedMention, q: AnalysedMention): number => {
    if (p.m.date?.year !== undefined && q.m.date?.year !== undefined) return Math.abs(dayNumber(p, undefined)! - dayNumber(q, undefined)!);
    return shorterWayRound(Math.abs(dayOfYear(p)! - dayOfYear(q)!), DAYS_IN_COMMON_YEAR);
  };
  const told = (gap: number): string => unit === 'day' ? `${gap} day${gap === 1 ? '' : 's'}` : `${gap} days (${round(gap / (DAYS_IN[unit] ?? 1))} ${unit}s)`;
  return pointsApart(j, lo, hi, dayOfYear, told, gapOf);
}

/** A gap `d` within a year of `cycle` units, counted the shorter way round it (November to January is two months). */
function shorterWayRound(d: number, cycle: number): number {
  return Math.min(d, cycle - d);
}

/** Months in the units a gap between two months is told in. */
const MONTHS_IN: Readonly<Record<string, number>> = { month: 1, year: 12 };
const MONTHS_IN_A_YEAR = 12;

/** A month a mention names with no day of its own ("in July", "October 2022"), as 1–12. */
function monthOf(m: AnalysedMention): number | undefined {
  const d = m.m.date;
  return d?.month !== undefined && d.day === undefined ? d.month : undefined;
}

/**
 * Months apart from two months a source names, one of them a month the draft's own sentence
 * names: across the years when both give theirs ("October 2022" to "October 2023" is twelve),
 * else the shorter way round the year ("July" to "August" is one).
 */
function monthsApart(j: Parameters<VerdictRule['judge']>[0], lo: number, hi: number): ReturnType<VerdictRule['judge']> {
  const gapOf = (p: AnalysedMention, q: AnalysedMention): number => {
    const [py, qy] = [p.m.date?.year, q.m.date?.year];
    if (py !== undefined && qy !== undefined) return Math.abs((py - qy) * MONTHS_IN_A_YEAR + monthOf(p)! - monthOf(q)!);
    return shorterWayRound(Math.abs(monthOf(p)! - monthOf(q)!), MONTHS_IN_A_YEAR);
  };
  return pointsApart(j, lo, hi, monthOf, (gap) => `${gap} month${gap === 1 ? '' : 's'}`, gapOf);
}

/**
 * A gap between two points a source gives (years, days of the year), one of them a point the
 * draft's own sentence names, that lies within the draft's figure [lo, hi]: yearsApart and daysApart.
 */
function pointsApart(
  j: Parameters<VerdictRule['judge']>[0], lo: number, hi: number, pointOf: (m: AnalysedMention) => number | undefined, told: (gap: number) => string,
  gapOf = (p: AnalysedMention, q: AnalysedMention): number => Math.abs(pointOf(p)! - pointOf(q)!),
): ReturnType<VerdictRule['judge']> {
  const { a, data, draft, published, dText } = j;
  const own = new Set(draft.mentions.filter((m) => m.sentence.start === a.sentence.start).map(pointOf).filter((p): p is number => p !== undefined));
  if (own.size === 0) return null;
  for (const [i, src] of data.sources.entries()) {
    const points = src.analysis.mentions.filter((m) => pointOf(m) !== undefined);
    for (const p of points) {
      if (!own.has(pointOf(p)!)) continue;
      for (const q of points) {
        const gap = gapOf(p, q);
        if (gap === 0 || gap < lo || gap > hi) continue;
        const text = (m: AnalysedMention): string => short(src.analysis.text.slice(m.m.start, m.m.end));
        return claimOf(draft, a, 'supported', `Derived: '${text(p)}' and '${text(q)}' are ${told(gap)} apart. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: i, a: p }), evidenceOf(data, { sourceIndex: i, a: q })], published);
      }
    }
  }
  return null;
}

/** Units of `per` minutes from clock time `p` to the later clock time `q`, across midnight if need be. */
function clockSpan(p: AnalysedMention, q: AnalysedMention, per: number): number {
  return ((minutesOf(q)! - minutesOf(p)! + 24 * 60) % (24 * 60)) / per;
}

/** What joins the two ends of a range of times: "17:30-19:30", "from 9am to 5pm", "until". */
const RANGE_JOIN = /^\s*(?:-|–|to|until|till)\s*$/;

/** A range of two clock times in a source whose span, in units of `per` minutes, is the draft's length of time (see the caller). */
function spanOfRange(j: Parameters<VerdictRule['judge']>[0], per: number, lo: number, hi: number): ReturnType<VerdictRule['judge']> {
  const { a, data, draft, published, dText } = j;
  for (const [i, src] of data.sources.entries()) {
    const times = src.analysis.mentions.filter((m) => minutesOf(m) !== undefined);
    for (let k = 0; k + 1 < times.length; k++) {
      const [p, q] = [times[k]!, times[k + 1]!];
      if (!RANGE_JOIN.test(src.analysis.text.slice(p.m.end, q.m.start))) continue;
      const span = clockSpan(p, q, per);
      if (span <= 0 || span < lo || span > hi) continue;
      const text = (m: AnalysedMention): string => short(src.analysis.text.slice(m.m.start, m.m.end));
      return claimOf(draft, a, 'supported', `Derived: '${text(p)}' to '${text(q)}' is ${round(span)} ${a.m.unit}${span === 1 ? '' : 's'}. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: i, a: p }), evidenceOf(data, { sourceIndex: i, a: q })], published);
    }
  }
  return null;
}

/**
 * "shut for 11 hours" where the source has the road closed "after the crash at 03:00 GMT" and the
 * closure "lifted at 14:00 GMT" in the next sentence: a length told with "for" is the time from one
 * clock time to a later one the source gives in the same or the next sentence, when the words
 * around one of them meet the draft's (what was shut, what lasted).
 */
function spanOfTwoTimes(j: Parameters<VerdictRule['judge']>[0], per: number, lo: number, hi: number): ReturnType<VerdictRule['judge']> {
  const { a, data, draft, published, dText } = j;
  for (const [i, src] of data.sources.entries()) {
    const times = src.analysis.mentions.filter((m) => minutesOf(m) !== undefined);
    for (let k = 0; k + 1 < times.length; k++) {
      const p = times[k]!;
      const from = sentenceIndexOf(src.analysis, p);
      for (const q of times.slice(k + 1)) {
        if (sentenceIndexOf(src.analysis, q) - from > 1) break;
        const span = clockSpan(p, q, per);
        if (span <= 0 || span < lo || span > hi) continue;
        if (frameMatch(a.frame, p.frame).context <= 0 && frameMatch(a.frame, q.frame).context <= 0) continue;
        const text = (m: AnalysedMention): string => short(src.analysis.text.slice(m.m.start, m.m.end));
        return claimOf(draft, a, 'supported', `Derived: '${text(p)}' to '${text(q)}' is ${round(span)} ${a.m.unit}${span === 1 ? '' : 's'}. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: i, a: p }), evidenceOf(data, { sourceIndex: i, a: q })], published);
      }
    }
  }
  return null;
}
