// The period a change is measured over: economic copy gives a month's change and the year's side
// by side ("rose 0.4% in September, … up 8.2% from a year earlier"; "prices up 0.3% on the month,
// 4.8% over the year"). A month's change and a year's are two quantities, whichever is right, so
// neither supports nor contradicts the other (judgement's candidate filter).
export type ChangePeriod = 'month' | 'year';

/** Characters either side of a figure within which its period is read: "Over the 12 months to September, prices were up [8.2%]". */
const PERIOD_REACH = 60;

const YEAR = /\b(?:annual(?:ly|i[sz]ed)?|year[- ](?:on|over)[- ]year|a year (?:earlier|ago|before)|(?:the|a|previous|prior|last) year|(?:12|twelve) months|same (?:period|month|quarter) (?:a|last|of the previous) year|same period in \d{4}|year to)\b/gi;
// "rose 0.4% in September": a change told in a named month is that month's.
const MONTH = /\b(?:monthly|month[- ](?:on|over)[- ]month|a month (?:earlier|ago|before)|(?:on|over|in) the month|(?:previous|prior|last) month|(?:in|during) (?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?! \d))\b/g;

/** A named month of MONTH: "in September". */
const NAMED_MONTH = /^(?:in|during) /;

/** The nearest period named either side of the figure at [start, end) within `span` (its stretch of the sentence), or undefined. */
export function changePeriod(text: string, span: { start: number; end: number }, start: number, end: number): ChangePeriod | undefined {
  const from = Math.max(span.start, start - PERIOD_REACH);
  const to = Math.min(span.end, end + PERIOD_REACH);
  let best: { period: ChangePeriod; distance: number; named: boolean } | undefined;
  for (const [period, re] of [['year', YEAR], ['month', MONTH]] as const) {
    for (const m of text.slice(from, to).matchAll(re)) {
      const at = from + m.index;
      const distance = at >= end ? at - end : at + m[0].length <= start ? start - (at + m[0].length) : 0;
      if (!best || distance < best.distance) best = { period, distance, named: period === 'month' && NAMED_MONTH.test(m[0]) };
    }
  }
  // "annual house price growth stood at 0.4% in October": the year's change named before the
  // figure, the month after it only dates the reading. No figure may stand between the two ("the
  // annual rate has risen from a 2016 low of 5.2 per cent in October" is that October's low).
  if (best?.period === 'month' && best.named) {
    const before = text.slice(from, start);
    const year = [...before.matchAll(YEAR)].pop();
    if (year && !/\d/.test(before.slice(year.index + year[0].length))) return 'year';
    // So after it: "rose by 2.7% in May year-on-year", no figure between.
    const after = text.slice(end, to);
    const later = [...after.matchAll(YEAR)][0];
    if (later && !/\d/.test(after.slice(0, later.index))) return 'year';
  }
  return best?.period;
}
