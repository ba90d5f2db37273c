// A year anchors the figures of its clause to its event: "In 2009 almost 300 people died" is that
// year's toll, not today's. Years are read per sentence (calendar dates count by their year).
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import type { SentenceSpan } from '../text/splitSentences.ts';
import { dateClass } from './compareDates.ts';
import { perText } from './perText.ts';
import { sentenceMentions } from './sentenceMentions.ts';
import { ownTimeNearer } from './ownTimePhrase.ts';
import { YEAR_REACH } from './tuning.ts';
import { tokenAt } from '../mentions/refiners/refiner.ts';

interface Years { bySentence: Map<number, number[]>; at: Map<number, { year: number; tok: number; full: boolean }[]>; latest: number | undefined; daySentences: Set<number> }

const yearsOf = perText((t: AnalysedText): Years => {
  const bySentence = new Map<number, number[]>();
  const at = new Map<number, { year: number; tok: number; full: boolean }[]>();
  const daySentences = new Set<number>();
  let latest: number | undefined;
  for (const a of t.mentions) {
    if (a.m.date && dateClass(a.m.date) === 'day') daySentences.add(a.sentence.start);
    const y = a.m.kind === 'year' ? a.m.value : a.m.date?.year;
    if (typeof y !== 'number') continue;
    // "Rayo Vallecano (2013-) 65 apps, 26 goals": a span left open runs to now, so it anchors
    // nothing to the past.
    const dash = t.tokens[a.m.tokEnd];
    if (a.m.kind === 'year' && a.m.high === undefined && (dash?.text === '-' || dash?.text === '–') && t.tokens[a.m.tokEnd + 1]?.type !== 'num') continue;
    // "the lowest since January 2009", "for the first month since 2009": a year after "since"
    // opens a span that runs to now, the yardstick of a record, not the time of the figure.
    // So is a period after "since": "the lowest total since March to May 2008".
    if (afterSince(t, a.m.tokStart)) continue;
    // "the final quarter of 2012/13", "the 2014-15 season": a financial year or season is both of
    // its years, and its figures are the later year's news as much as the earlier's.
    const years = a.m.kind === 'year' && a.m.high === y + 1 ? [y, y + 1] : [y];
    const marks = at.get(a.sentence.start) ?? [];
    const list = bySentence.get(a.sentence.start) ?? [];
    const forecast = forecastYear(t, a);
    for (const year of years) {
      marks.push({ year, tok: a.m.tokStart, full: a.m.date?.day !== undefined && a.m.date.month !== undefined });
      if (!list.includes(year)) list.push(year);
      if (!forecast) latest = latest === undefined ? year : Math.max(latest, year);
    }
    at.set(a.sentence.start, marks);
    bySentence.set(a.sentence.start, list);
  }
  return { bySentence, at, latest, daySentences };
});

/** Words that tell of what is yet to come: "will", "is expected to", "estimates Apple to account for". */
const FUTURE = /^(?:will|shall)$/;
const FORECAST = /^(?:expects?|expected|expecting|forecasts?|forecasted|forecasting|predicts?|predicted|predicting|projects?|projected|projecting|anticipates?|anticipated|estimates?|estimated|due|set)$/;

/**
 * Whether a year is the time of a forecast: "Juniper estimates Apple to account for 30% of the
 * market in 2015", "output will fall in 2017". Such a year is the source's future, not its "now":
 * a report on 2014 that looks ahead to 2015 still tells 2014's figures as its news.
 */
function forecastYear(t: AnalysedText, a: AnalysedMention): boolean {
  let forecast = false;
  for (let k = tokenAt(t.tokens, a.sentence.start); k < a.m.tokStart; k++) {
    const w = t.tokens[k]?.lower ?? '';
    if (FUTURE.test(w)) return true;
    if (FORECAST.test(w)) forecast = true;
    else if (forecast && w === 'to') return true;
  }
  return false;
}

/** Words a period after "since" may open with before its year: "since [March to] May 2008", "since [the] summer of 2019". */
const SINCE_PERIOD = /^(?:january|february|march|april|may|june|july|august|september|october|november|december|to|-|–|the|spring|summer|autumn|fall|winter|of|early|late|mid)$/;
/** Tokens back from a year to the "since" of its period: "since March to May 2008" (3). */
const SINCE_REACH = 4;

/** Whether the year at token `tok` closes a period opened by "since" (see yearsOf). */
function afterSince(t: AnalysedText, tok: number): boolean {
  for (let k = tok - 1; k >= Math.max(0, tok - 1 - SINCE_REACH); k--) {
    const w = t.tokens[k]?.lower ?? '';
    if (w === 'since') return true;
    if (!SINCE_PERIOD.test(w)) return false;
  }
  return false;
}

/** The one year a mention gives: a year ("in 1956"), not a span of them, or a date's ("on 9 October 1961"). */
export function yearOf(m: AnalysedMention): number | undefined {
  if (m.m.kind === 'year') return m.m.high === undefined && m.m.value !== null ? m.m.value : undefined;
  return m.m.kind === 'date' ? m.m.date?.year : undefined;
}

/** Years named in the sentence. */
export function sentenceYears(t: AnalysedText, s: SentenceSpan): readonly number[] {
  return yearsOf(t).bySentence.get(s.start) ?? [];
}

/** Years the sentence before `s` names, when it stands in the same paragraph; none otherwise. */
export function yearsOfSentenceBefore(t: AnalysedText, s: SentenceSpan): readonly number[] {
  const i = t.sentences.findIndex((x) => x.start === s.start);
  const before = i > 0 ? t.sentences[i - 1] : undefined;
  if (!before || t.text.slice(before.end, s.start).includes('\n')) return [];
  return sentenceYears(t, before);
}

/** Years anchoring the figure at token `tok` of a sentence: named within YEAR_REACH words of it. */
export function yearsNear(t: AnalysedText, s: SentenceSpan, tok: number): number[] {
  const first = tokenAt(t.tokens, s.start);
  return (yearsOf(t).at.get(s.start) ?? []).filter((x) => (Math.abs(x.tok - tok) <= YEAR_REACH || frontedYear(t, first, x.tok, tok)) && x.tok !== tok && !comparisonBase(t, tok, x.tok)
    && !presentClauseBetween(t, x.tok, tok) && !nextClauseYear(t, s, x.tok, tok)).map((x) => x.year);
}

/**
 * Whether a source gives one of `years` a figure of its own of the kind of `s`, in the sentence
 * of `s`: "2017 growth down from 2.5 per cent to 2.2 per cent and 2018 growth at 2.1 per cent"
 * gives 2017 its 2.2, so a draft's "2.1%" for 2017 misstates the figure, not the year.
 */
export function yearHasOwnFigure(t: AnalysedText, s: AnalysedMention, years: readonly number[]): boolean {
  return sentenceMentions(t, s.sentence.start).some((o) => o !== s && o.family === s.family && o.base !== s.base
    && yearsNear(t, o.sentence, o.m.tokStart).some((y) => years.includes(y)));
}

/** Words that open a clause of its own before a year: "…, while 2018 is now expected to come in at 2.2%". */
const CLAUSE_OPENERS = /^(?:while|whereas|but|;)$/;
/** Words that may join a clause or only a list: "… and 2018 growth at 2.1 per cent" / "with 2007 and 2016". */
const LIST_JOINS = /^(?:and|,)$/;
/** Words after a year that open a phrase of the sentence, not the year's own clause: "2016 [for] the second lowest". */
const YEAR_PHRASE_AFTER = /^(?:for|in|on|at|to|of|with|by|as|from|and|or)$/;
/** Tokens from a year after "and" to a figure that makes it a clause's ("2018 growth at 2.1" 3); a list of years has none. */
const CLAUSE_FIGURE_REACH = 4;

/**
 * Whether a year after a figure opens the next clause, which gives it figures of its own: "2017
 * growth down from 2.5 per cent to 2.2 per cent and 2018 growth at 2.1 per cent" dates the 2.2
 * to 2017 alone. "up from 4m in 2016" still dates the 4m, and so does a list of years.
 */
function nextClauseYear(t: AnalysedText, s: SentenceSpan, yearTok: number, tok: number): boolean {
  if (yearTok <= tok) return false;
  const join = t.tokens[yearTok - 1]?.lower ?? '';
  // After "and", the year must be its clause's subject ("and 2018 growth at"), not a list's last
  // item before a phrase of the sentence ("with 2007 and 2016 for the second lowest").
  const subject = t.tokens[yearTok + 1]?.type === 'word' && !YEAR_PHRASE_AFTER.test(t.tokens[yearTok + 1]!.lower);
  const reach = CLAUSE_OPENERS.test(join) ? Number.POSITIVE_INFINITY : LIST_JOINS.test(join) && subject ? CLAUSE_FIGURE_REACH : -1;
  return sentenceMentions(t, s.start).some((m) => m.m.tokStart > yearTok && m.m.tokStart - yearTok <= reach && m.m.kind !== 'year' && m.m.kind !== 'date');
}

/** Verbs in the present that open a clause of their own after "and": "… in 1831 and has a collection of 8,000 plants". */
const PRESENT_VERBS = new Set(['has', 'have', 'is', 'are', 'holds', 'hold', 'contains', 'employs', 'remains', 'now', 'still', 'today']);

/**
 * Whether a figure after a year stands in a clause of its own told in the present: "was created
 * on its current site in 1831 and has a collection of 8,000 plants". The year dates the first
 * clause; the figure is today's.
 */
function presentClauseBetween(t: AnalysedText, yearTok: number, tok: number): boolean {
  if (yearTok >= tok) return false;
  for (let k = yearTok + 1; k < tok; k++) {
    if ((t.tokens[k]?.lower === 'and' || t.tokens[k]?.text === ',') && PRESENT_VERBS.has(t.tokens[k + 1]?.lower ?? '')) return true;
  }
  return false;
}

/** Tokens from a sentence's start to the year of its opening adverbial: "In [November] 2005," (2). */
const FRONTED_YEAR_REACH = 3;

/**
 * "In November 2005, Menino won his bid for a fourth term with 68 percent of the vote": a year in
 * the adverbial that opens the sentence, closed by its comma, dates the whole clause after it,
 * however far the figure stands from it.
 */
function frontedYear(t: AnalysedText, first: number, yearTok: number, tok: number): boolean {
  if (yearTok - first > FRONTED_YEAR_REACH || tok < yearTok || t.tokens[first]?.lower !== 'in') return false;
  for (let k = yearTok + 1; k <= yearTok + 2; k++) if (t.tokens[k]?.text === ',') return true;
  return false;
}

/**
 * Words after a change that name what it is measured against: "a 30% decrease from the comparable
 * period in 2021", "about 172,000, just under the 2016 average".
 */
const COMPARED_WITH = new Set(['from', 'than', 'compared', 'versus', 'vs', 'against', 'under', 'below', 'above']);

/**
 * Whether the year at `yearTok` is the base a figure at `tok` is compared with, not its own
 * time: "a 30% decrease from the comparable period in 2021", "higher than in 2019", "just under
 * the 2016 average". The
 * figure tells the latest period's change; the year after "from" or "than" is the one before.
 */
function comparisonBase(t: AnalysedText, tok: number, yearTok: number): boolean {
  if (yearTok <= tok) return false;
  for (let k = tok + 1; k < yearTok; k++) if (COMPARED_WITH.has(t.tokens[k]?.lower ?? '')) return true;
  return false;
}

/** The latest year a text names. */
export function latestYear(t: AnalysedText): number | undefined {
  return yearsOf(t).latest;
}

/** The year of a publication date ("2015-05-23"), or undefined when none is given. */
function publishedYear(published: string | undefined): number | undefined {
  return published !== undefined && /^\d{4}/.test(published) ? Number(published.slice(0, 4)) : undefined;
}

/** The year a source is dated by: its publication year, else the latest year it names. */
export function sourceYear(published: string | undefined, t: AnalysedText): number | undefined {
  return publishedYear(published) ?? latestYear(t);
}


/**
 * Whether a source figure belongs to another year's event than the draft's: a year anchors it
 * (within YEAR_REACH words) and the draft's sentence names other years, or names none while the
 * anchoring years all lie before the source's "now" (a look back, "In 2009 …", in a story about now).
 */
export function otherYear(draftYears: readonly number[], source: AnalysedText, s: SentenceSpan, published: string | undefined, tok: number, storyYears: readonly number[] = []): boolean {
  const sy = yearsNear(source, s, tok);
  if (sy.length === 0) return false;
  // A draft whose lead dates its story by the newest year the source names ("Airlines carried
  // more than 4 billion passengers in 2017", from a report on 2017) tells of that year
  // throughout: a source figure of that year is no look back. A lead dating an older event
  // ("The theft, on March 18, 1990, is still unsolved") leaves the story's now later.
  const newest = latestYear(source);
  if (draftYears.length === 0 && newest !== undefined && storyYears.includes(newest) && sy.includes(newest)) return false;
  // "17 goals … this season" after a caption's "November 2008": the figure's own "now" is nearer.
  const yearToks = (yearsOf(source).at.get(s.start) ?? []).filter((x) => Math.abs(x.tok - tok) <= YEAR_REACH && x.tok !== tok).map((x) => x.tok);
  if (ownTimeNearer(source.tokens, tok, yearToks, s.end)) return false;
  if (draftYears.length > 0) return !sy.some((y) => draftYears.includes(y));
  const { daySentences } = yearsOf(source);
  // A sentence that also names a day ("on Monday") tells of the story's own event.
  if (daySentences.has(s.start)) return false;
  // "Now" is the source's publication year; failing that, a story told in day words ("on
  // Monday", "yesterday") is later than any year it names; failing that, its latest year.
  const now = publishedYear(published) ?? (daySentences.size > 0 ? Number.POSITIVE_INFINITY : newest);
  // Unless the figure is dated to the day in the newest year the story names: "record revenue of
  // $17.37 billion for the quarter ending June 30, 2011", in a story whose "issued Thursday" is
  // that year's, is the story's own news. A bare year ("In 2009 almost 300 people died") stays a
  // look back.
  if (!published && daySentences.size > 0) {
    const dated = (yearsOf(source).at.get(s.start) ?? []).filter((x) => x.full && x.year === newest && Math.abs(x.tok - tok) <= YEAR_REACH);
    if (dated.length > 0) return false;
  }
  return now !== undefined && sy.every((y) => y < now);
}
