// "The offences took place over five and a half years, between 1 July 2006 and 31 December 2011":
// a length of time the sentence gives as the span between two calendar dates ("between … and …",
// "from … to …"). When the draft's own sentence states both dates, the length is the draft's own
// arithmetic (each date is checked on its own); when only a source sentence states them, the
// length is derived from the source. Either way it is supported when the span, counted with both
// ends inclusive as a period of offences or of service is, is the draft's figure within its rounding.
import { frameMatch } from '../../frames/frameOf.ts';
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { claimOf, evidenceOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';

/** Days in each unit a length of time may be given in (a year and a month on average). */
const DAYS_IN: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.4375, year: 365.25 };
/**
 * Share of the figure a calendar span may differ by and still be it: months and years are not of
 * one length, so "six months" from 1 January to 30 June (181 days) is six months.
 */
const CALENDAR_SLACK = 0.02;
/** Words that open a span of two dates, just before the first ("between", "from"). */
const SPAN_OPENS = /\b(?:between|from)\s*$/i;
/** What joins the two dates of a span: "and", "to", "until", a dash. */
const SPAN_JOINS = /^\s*(?:and|to|until|till|through|[-–—])\s*$/i;

/** A year of 365 days, to count a span whose dates give none. */
export const COMMON_YEAR = 2001;
const DAYS_IN_COMMON_YEAR = 365;
export const DAY_MS = 86_400_000;

interface Span { readonly from: AnalysedMention; readonly to: AnalysedMention; readonly days: number }

/** Days since the epoch of a date mention with day, month and year (the year may come from `year`). */
export function dayNumber(m: AnalysedMention, year: number | undefined): number | undefined {
  const d = m.m.date as { day?: number; month?: number; year?: number } | undefined;
  const y = d?.year ?? year;
  if (d?.day === undefined || d.month === undefined || y === undefined) return undefined;
  return Date.UTC(y, d.month - 1, d.day) / DAY_MS;
}

/** The spans of two full dates a text gives, each within one sentence ("between 1 July 2006 and 31 December 2011"). */
function spansIn(text: AnalysedText): Span[] {
  const dates = text.mentions.filter((m) => m.family === 'date');
  const out: Span[] = [];
  for (let i = 0; i + 1 < dates.length; i++) {
    const [from, to] = [dates[i]!, dates[i + 1]!];
    if (from.sentence.start !== to.sentence.start || !SPAN_JOINS.test(text.text.slice(from.m.end, to.m.start))) continue;
    // "on 20-21 November": two days joined tight by a dash are a span with no opening word.
    const tight = /^[-–]$/.test(text.text.slice(from.m.end, to.m.start));
    if (!tight && !SPAN_OPENS.test(text.text.slice(Math.max(from.sentence.start, from.m.start - 12), from.m.start))) continue;
    // "between 1 July and 31 December 2011": the first takes the second's year.
    // With no year written ("20-21 November") the span is counted in a common year: only a
    // February 29 could tell, and a span that crosses it names its year.
    const written = (to.m.date as { year?: number } | undefined)?.year ?? (from.m.date as { year?: number } | undefined)?.year;
    const toYear = written ?? COMMON_YEAR;
    let end = dayNumber(to, toYear);
    const start = dayNumber(from, toYear);
    // "between 1 September and 22 March", no year written: the span runs into the next year.
    if (written === undefined && start !== undefined && end !== undefined && end < start) end += DAYS_IN_COMMON_YEAR;
    if (start === undefined || end === undefined || end < start) continue;
    out.push({ from, to, days: end - start + 1 });
  }
  return out;
}

export const spanOfDates: VerdictRule = {
  name: 'spanOfDates',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const perUnit = a.m.unit === undefined ? undefined : DAYS_IN[a.m.unit];
    if (a.m.kind !== 'duration' || a.m.value === null || perUnit === undefined || a.m.high !== undefined) return null;
    // "over five and a half years, between …" tells the span, not a bound on it: the span may be
    // the figure itself, though not less than "over" nor more than "under" allows.
    const [lo, hi] = draftInterval(a);
    const slack = CALENDAR_SLACK * a.m.value;
    const low = a.m.bound === 'more-than' || a.m.bound === 'at-least' ? a.m.value - slack : lo - slack;
    const high = a.m.bound === 'less-than' || a.m.bound === 'at-most' ? a.m.value + slack : hi + slack;
    const fits = (span: Span) => span.days / perUnit >= low && span.days / perUnit <= high;
    const said = (text: AnalysedText, span: Span) => `'${short(text.text.slice(span.from.m.start, span.to.m.end))}'`;
    const own = spansIn(draft).find((x) => x.from.sentence.start === a.sentence.start && fits(x));
    if (own) {
      return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(draft, own)} is ${round(own.days / perUnit)} ${a.m.unit}s. Draft: '${short(dText)}'.`, [], published);
    }
    for (const [sourceIndex, src] of data.sources.entries()) {
      // The source's span must be of what the draft's length is of: some word around both meets.
      const span = spansIn(src.analysis).find((x) => fits(x) && frameMatch(a.frame, x.from.frame).context > 0);
      if (span) return claimOf(draft, a, 'supported', `Derived: ${said(src.analysis, span)} is ${round(span.days / perUnit)} ${a.m.unit}s. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex, a: span.from })], published);
    }
    return null;
  },
};
