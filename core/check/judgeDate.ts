// Dates: compared on the calendar when both publication dates are known, else by category, and
// only contradicted when the frames share an event or the sources name a single period of the kind.
import type { Claim } from '../types.ts';
import { frameScore } from '../frames/frameOf.ts';
import { formatRange, resolveDate } from '../mentions/resolveDate.ts';
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { compareDates, dateClass, dateKeys } from './compareDates.ts';
import { datesStatement } from './reportingDay.ts';
import { claimOf, differingPart, evidenceOf, short, uniqueBySource, withResolvedYear } from './explain.ts';
import type { Scored } from './judgement.ts';
import { entriesInRange, frameKeys, type IndexData, type SourceEntry } from './sourceIndex.ts';
import { calendarWeekday, weekdayName, weekdayOfDateBefore, wrongWeekday } from './weekdayOfDate.ts';
import { eventVerb, otherEventDate } from './eventVerb.ts';
import { otherEventPassage } from './datePassage.ts';
import { DATE_KEY_FANOUT, GENERIC_KEY } from './tuning.ts';
import { sentenceNames } from './namedNearFigure.ts';
import { isStopword } from '../frames/lexicon.ts';
import { opensSentence, tokenAt } from '../mentions/refiners/refiner.ts';

export function judgeDate(draft: AnalysedText, a: AnalysedMention, data: IndexData, dText: string, published?: string): Claim {
  const dp = a.m.date ?? {};
  const cls = dateClass(dp);
  const dRange = resolveDate(dp, published);
  const compatible: Scored[] = [];
  const incompatible: Scored[] = [];
  // Candidates: dates filed under this date's keys (the compatible ones), dates in a similar
  // frame (the ones that could contradict it), and the single day word the sources use, if one.
  const pool = new Set<SourceEntry>();
  for (const k of dateKeys(dp, dRange)) for (const e of data.datesByKey.get(k) ?? []) pool.add(e);
  const fk = data.byKey.get('date');
  if (fk) {
    for (const k of frameKeys(a)) {
      const l = fk.get(k) ?? [];
      if (k.startsWith('n:') && l.length > GENERIC_KEY) continue;
      for (let i = 0; i < l.length && i < DATE_KEY_FANOUT; i++) pool.add(l[i] as SourceEntry);
    }
  }
  if (cls === 'day' && data.dayTexts.size === 1) {
    for (const k of ['weekend', 'wd:0', 'wd:1', 'wd:2', 'wd:3', 'wd:4', 'wd:5', 'wd:6']) for (const e of (data.datesByKey.get(k) ?? []).slice(0, 50)) pool.add(e);
  }
  // A weekday meets the page's dateline too (see isDateline below).
  const datelines = cls === 'day' && dp.weekday !== undefined ? datelinesOf(data) : NO_DATELINES;
  for (const e of datelines) pool.add(e);
  const draftStatement = datesStatement(draft.tokens, a.m.tokStart);
  const fromDateline = new Set<SourceEntry>();
  const filedOnDay = new Map<SourceEntry, number>();
  for (const e of pool) {
    const written = e.a.m.date;
    // "Sunday, November 6, 2011": a calendar date that writes its weekday states that day too, so
    // a draft's "on Sunday" is read against the weekday, as against a source's own "on Sunday".
    // So does a page's dateline with no weekday written ("8:15 PM - 23 May 2015", "Date: Tue, 19
    // Apr 2016 11:01:18 EDT"): the calendar gives the day the story was filed.
    const filedOn = written !== undefined && datelines.has(e) ? calendarWeekday(written) : undefined;
    const sd = cls === 'day' && dp.weekday !== undefined && written?.weekday !== undefined && dateClass(written) === 'calendar' ? { weekday: written.weekday }
      : filedOn !== undefined ? { weekday: filedOn } : written;
    if (!sd || dateClass(sd) !== cls) continue;
    const statement = datesStatement(data.sources[e.sourceIndex]?.analysis.tokens ?? [], e.a.m.tokStart);
    const srcPub = data.sources[e.sourceIndex]?.doc.published;
    const r = compareDates(dp, published, sd, srcPub, dRange, sd === written ? data.dateRanges.get(e) ?? null : null);
    if (r === 'unknown') continue;
    // A dated line is often the day the story was filed ("Tuesday 7 March 2023 — … struck late on
    // Monday"): its weekday may confirm the draft's day, never contradict it.
    // Not a date the source gives its event "on": "a 114-110 victory … on Thursday (Jun 13)" dates
    // the win, and confirms the draft's "on Thursday" as the source's own "on Thursday" would.
    const onEvent = sd !== written && filedOn === undefined && /^on\b/i.test(data.sources[e.sourceIndex]?.analysis.text.slice(e.a.m.start, e.a.m.end) ?? '');
    if (sd !== written && r !== 'same' && !onEvent) continue;
    if (sd !== written && !onEvent) fromDateline.add(e);
    if (filedOn !== undefined) filedOnDay.set(e, filedOn);
    const s: Scored = { e, score: frameScore(a.frame, e.a.frame), context: 0, close: true, rel: r === 'same' ? 'entails' : 'disjoint' };
    // The day of a statement says nothing against the day of the event it reports, nor the
    // reverse: each contradicts only its own kind.
    if (r !== 'same' && statement !== draftStatement) continue;
    (r === 'same' ? compatible : incompatible).push(s);
  }
  // "arrested on December 12" where the source has "his arrest on December 10" and, of another
  // event, "in December": a month does not state the day, so where a source gives another day of
  // that month, a month alone is no support for the draft's day.
  if (dp.day !== undefined && !compatible.some((s) => s.e.a.m.date?.day !== undefined)
    && incompatible.some((s) => s.e.a.m.date?.day !== undefined && s.e.a.m.date.month === dp.month)) compatible.length = 0;
  // "in December 2015" where the source has "last December" and, of the same event, "in December
  // 2016": a month without its year does not state the year, so where a source gives that month
  // (and day, if any) with another year, the yearless month is no support for the draft's year.
  if (dp.year !== undefined && dp.month !== undefined && !compatible.some((s) => s.e.a.m.date?.year !== undefined)
    && incompatible.some((s) => { const d = s.e.a.m.date; return d !== undefined && d.month === dp.month && d.day === dp.day && d.year !== undefined && d.year !== dp.year; })) compatible.length = 0;
  // Nor does it confirm a day a source tells otherwise: "Tuesday 7 March 2023 — … struck late on
  // Monday" is no support for "on Tuesday night".
  if (incompatible.length > 0) for (let k = compatible.length - 1; k >= 0; k--) if (fromDateline.has(compatible[k]!.e)) compatible.splice(k, 1);
  compatible.sort((x, y) => y.score - x.score);
  incompatible.sort((x, y) => y.score - x.score);
  const best = compatible[0];
  const worst = incompatible[0];
  // A relative date ("yesterday", "on Friday") reads differently from each text's own date:
  // say which days they come to, or "'yesterday' vs 'yesterday'" would explain nothing.
  const onDay = (text: string, range: { from: string; to: string } | null | undefined): string =>
    `'${short(text)}'${range && !/\d/.test(text) ? ` (${formatRange(range)})` : ''}`;
  const explain = (e: SourceEntry, value: string): string => {
    const filed = filedOnDay.get(e);
    return filed !== undefined ? `Source: dated '${short(value)}', a ${weekdayName(filed)}. Draft: ${onDay(dText, dRange)}.`
      : `Source: ${onDay(value, data.dateRanges.get(e))}. Draft: ${onDay(dText, dRange)}.`;
  };
  // Only the person tells: "French" in both is no tie-breaker, "Lazarevic" in one is.
  const namesOnlyIn = (better: SourceEntry, rival: SourceEntry): boolean => {
    const names = sentenceProperNames(draft, a);
    const namedIn = (e: SourceEntry): Set<string> => {
      const src = data.sources[e.sourceIndex]?.analysis;
      return new Set(src === undefined ? [] : names.filter((n) => sentenceNames(src, e.a, n)));
    };
    const mine = namedIn(better);
    const theirs = namedIn(rival);
    return [...mine].some((n) => !theirs.has(n)) && [...theirs].every((n) => mine.has(n));
  };
  // "setting out on 28 October 2005, a Friday": a weekday set off after the full date it names
  // states that date's day, which the calendar settles; the date is checked on its own.
  const before = draft.mentions.filter((o) => o.m.end <= a.m.start).at(-1);
  const calendarDay = dp.weekday !== undefined && dp.day === undefined && dp.month === undefined && before?.sentence.start === a.sentence.start
    ? weekdayOfDateBefore(draft.text, before.m.date, before.m.end, a.m.start, published) : undefined;
  if (calendarDay !== undefined && before) {
    const dateText = short(draft.text.slice(before.m.start, before.m.end));
    const day = weekdayName(calendarDay);
    return calendarDay === dp.weekday
      ? claimOf(draft, a, 'supported', `Derived: the draft's own '${dateText}' was a ${day}. Draft: '${short(dText)}'.`, [], published)
      // Flagged as wrongWeekday flags a day with no source's date to cite: the calendar is no source.
      : claimOf(draft, a, 'unsupported', `${dateText} was a ${day}, not a ${short(dText.replace(/^(?:on\s+)?(?:a\s+)?/i, ''))}.`, [], published);
  }
  // "Saturday, August 30, 1942" when that date was a Sunday: wrong, whichever source gives the date.
  const wrongDay = wrongWeekday(dp, draft.text, a.m.start, a.m.end, published);
  if (wrongDay) {
    const calendarPart = draft.text.slice(wrongDay.span[1], a.m.end).replace(/^[\s,]+/, '');
    const why = `${calendarPart} was a ${wrongDay.calendarDay}, not a ${draft.text.slice(wrongDay.span[0], wrongDay.span[1])}.`;
    if (best) {
      const ev = evidenceOf(data, best.e);
      return claimOf(draft, a, 'contradicted', `${why} Source: '${short(ev.value ?? '')}'.`, [ev], published, wrongDay.span);
    }
    return claimOf(draft, a, 'unsupported', why, [], published, wrongDay.span);
  }
  // "expelled on 12 June" where the source's 12 June is a deadline and "10 June - Hereford
  // expelled" dates the expulsion: the draft's date is another event's (eventVerb.ts).
  const verb = eventVerb(draft.tokens, a.m.tokStart);
  const rival = verb && otherEventDate(verb.stem, compatible.map((s) => s.e), incompatible.map((s) => s.e));
  if (verb && rival) {
    const ev = evidenceOf(data, rival);
    return claimOf(draft, a, 'contradicted', `Source: '${verb.text}' on ${short(ev.value ?? '')}; its ${short(dText.replace(/[.,;]$/, ''))} dates something else.`, [ev], published);
  }
  const passage = otherEventPassage(a.frame, compatible.map((s) => s.e), incompatible.map((s) => s.e));
  if (passage) {
    const ev = evidenceOf(data, passage);
    return claimOf(draft, a, 'contradicted', `Source tells this on ${short(ev.value ?? '')}; its ${short(dText.replace(/[.,;]$/, ''))} dates something else.`, [ev], published,
      differingPart(a, withResolvedYear(passage.a, data.sources[passage.sourceIndex]?.doc.published)));
  }
  // The date told of the person the draft names ("Serge Lazarevic was released in December
  // 2014" against "In a separate incident in December 2014, French hostage Serge Lazarevic was
  // freed") states it, however much more of the passage another date's sentence shares: a date
  // fronted before its clause frames few of the clause's words.
  // Asked only where the rival would otherwise win: else the draft's date is supported below anyway.
  if (best && worst && best.score < worst.score - 1 && namesOnlyIn(best.e, worst.e)) {
    const ev = evidenceOf(data, best.e);
    return claimOf(draft, a, 'supported', explain(best.e, ev.value ?? ''), [ev], published);
  }
  if (best && (!worst || best.score >= worst.score - 1)) {
    const ev = evidenceOf(data, best.e);
    return claimOf(draft, a, 'supported', explain(best.e, ev.value ?? ''), [ev], published);
  }
  if (worst) {
    // Without a shared event in the frame, a date is only contradicted when the sources name a
    // single period of this kind, so there is no other event it could belong to.
    const single = cls === 'day' ? data.dayTexts.size === 1
      : new Set(incompatible.map((s) => data.sources[s.e.sourceIndex]?.analysis.text.slice(s.e.a.m.start, s.e.a.m.end).toLowerCase())).size === 1;
    if (worst.score >= 1.5 || single || (cls === 'calendar' && worst.score >= 1)) {
      const evidence = uniqueBySource(incompatible.filter((s) => s.score >= worst.score - 1)).slice(0, 3).map((s) => evidenceOf(data, s.e));
      return claimOf(draft, a, 'contradicted', explain(worst.e, evidence[0]?.value ?? ''), evidence, published, differingPart(a, withResolvedYear(worst.e.a, data.sources[worst.e.sourceIndex]?.doc.published)));
    }
  }
  // A source does date it so, and no other date is framed well enough to contradict it: the
  // better-framed rival was only nearer in topic ("arrested … on Tuesday" beside "charge over the
  // shooting on Monday", where the source has "killing an employee Monday").
  if (best) {
    const ev = evidenceOf(data, best.e);
    return claimOf(draft, a, 'supported', explain(best.e, ev.value ?? ''), [ev], published);
  }
  return claimOf(draft, a, 'unsupported', `No source dates this '${short(dText)}'.`, [], published, unfoundPart(a, data));
}

/** For "September 2022" when no source names September: point at the month, not the year. */
function unfoundPart(a: AnalysedMention, data: IndexData): [number, number] | null {
  const d = a.m.date;
  if (!d?.spans || d.month === undefined || d.year === undefined) return null;
  const monthSeen = (data.datesByKey.get(`mon:${d.month}`)?.length ?? 0) > 0;
  const yearSeen = entriesInRange(data, 'year', d.year, d.year, 1).length > 0;
  if (!monthSeen && d.spans.month) {
    const m = d.spans.month;
    const day = d.spans.day;
    return day ? [Math.min(m[0], day[0]), Math.max(m[1], day[1])] : m;
  }
  if (monthSeen && !yearSeen && d.spans.year) return d.spans.year;
  return null;
}

/**
 * The people and places a date's sentence names: capitalised words not opening the sentence, not
 * function words, not the date's own words (months, days), lower-cased.
 */
function sentenceProperNames(text: AnalysedText, a: AnalysedMention): string[] {
  const out = new Set<string>();
  for (let k = tokenAt(text.tokens, a.sentence.start); k < text.tokens.length && text.tokens[k]!.end <= a.sentence.end; k++) {
    const t = text.tokens[k]!;
    if (t.start >= a.m.start && t.end <= a.m.end) continue;
    if (t.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(t.text) || opensSentence(text.tokens, k) || isStopword(t.lower)) continue;
    if (CALENDAR_WORDS.test(t.lower)) continue;
    out.add(t.lower.replace(/['’]s$/, ''));
  }
  return [...out];
}

const CALENDAR_WORDS = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['’]s)?$/;

/** Each index's dateline dates with no weekday written, found once: a library holds many dates. */
const DATELINES = new WeakMap<IndexData, ReadonlySet<SourceEntry>>();
const NO_DATELINES: ReadonlySet<SourceEntry> = new Set();

function datelinesOf(data: IndexData): ReadonlySet<SourceEntry> {
  let found = DATELINES.get(data);
  if (found === undefined) {
    found = new Set(data.dates.filter((e) => e.a.m.date?.weekday === undefined && dateClass(e.a.m.date ?? {}) === 'calendar' && isDateline(data.sources[e.sourceIndex]!.analysis, e.a)));
    DATELINES.set(data, found);
  }
  return found;
}

/** Words a dateline may carry beside its date and clock time: labels, weekdays, time zones. */
const DATELINE_WORDS = /^(?:date|dated|published|posted|updated|last|modified|on|at|am|pm|a\.m|p\.m|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|[a-z]{0,2}[sd]t|gmt|utc|cet|cest)$/;

/**
 * Whether a full calendar date stands as the page's dateline: alone on its line but for a label,
 * a weekday, a clock time and a time zone ("Date: Tue, 19 Apr 2016 11:01:18 EDT", "8:15 PM - 23
 * May 2015"), or closing the page's first line, its headline. A date inside a sentence dates its
 * event, not the filing.
 */
function isDateline(t: AnalysedText, m: AnalysedMention): boolean {
  const d = m.m.date;
  if (d?.day === undefined || d.month === undefined || d.year === undefined) return false;
  const lineStart = t.text.lastIndexOf('\n', m.m.start - 1) + 1;
  const nl = t.text.indexOf('\n', m.m.end);
  const lineEnd = nl < 0 ? t.text.length : nl;
  const before = t.text.slice(lineStart, m.m.start).toLowerCase();
  const after = t.text.slice(m.m.end, lineEnd).toLowerCase();
  const words = `${before} ${after}`.match(/[a-z]+(?:\.[a-z])?/g) ?? [];
  // A headline that closes on its date ("Barclay's Premier League Round-Up 30/10/10") is dated so too.
  const headline = lineStart === 0 && !/[a-z]/.test(after);
  return headline || (words.length <= 6 && words.every((w) => DATELINE_WORDS.test(w)));
}
