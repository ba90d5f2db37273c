// A draft that reports news in the present perfect ("at least 11 people have been killed") tells
// of the story's own event: English does not join the present perfect to a finished past time
// ("*have been killed in July 2016"). So a source figure pinned to a finished past time, "In July
// 2016, a bomb killed about 80 people", "killing 16 people … a week ago", "last month … killed
// 22", is an earlier event's figure and neither supports nor contradicts the draft's. A source
// sentence that also names a day ("on Monday") tells of the story's own event and is kept.
import type { SentenceSpan } from '../text/splitSentences.ts';
import type { Token } from '../text/tokenize.ts';
import type { AnalysedText } from './analyseText.ts';
import { dateClass } from './compareDates.ts';
import { ownTimeNearer } from './ownTimePhrase.ts';
import { sentenceMentions } from './sentenceMentions.ts';
import { PAST_SCOPE, YEAR_REACH } from './tuning.ts';
import { IRREGULAR_PARTICIPLES } from '../frames/lexicon.ts';

/** Words before a time that make it the base of a comparison: "down 4.5% from last year", "up on 2019". */
const COMPARISON_BASE = new Set(['from', 'than', 'on', 'over', 'versus', 'vs', 'with']);

/** Words a participle may follow after "has": "has also been", "have now died". */
const MAX_ADVERBS = 2;

/** Periods that, after "last" or before "ago", name a finished time before the story's own. */
const PAST_PERIODS = /^(weeks?|months?|years?|decades?|summer|winter|spring|autumn)$/;

function participle(t: Token | undefined): boolean {
  return t !== undefined && t.type === 'word' && (IRREGULAR_PARTICIPLES.has(t.lower) || /[a-z]{2,}(ed|en)$/.test(t.lower));
}

/** Finite verbs and relative words that open another clause, with its own tense, before the figure. */
const OTHER_CLAUSE = new Set(['is', 'are', 'was', 'were', 'am', 'had', 'did', 'does', 'do', 'will', 'would', 'can', 'could',
  'may', 'might', 'shall', 'should', 'must', 'who', 'which', 'that', 'when', 'where', 'while', 'after', 'before', 'since']);

/** Finite auxiliaries: one between a time and a figure is a clause verb the time does not reach. */
const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'am', 'has', 'have', 'had', 'did', 'does', 'do', 'will', 'would', 'can',
  'could', 'may', 'might', 'shall', 'should', 'must']);

/** Words from the figure to its own verb when the figure is the subject: "30 people have been killed" (2). */
const SUBJECT_REACH = 3;

/** Index of the participle completing a "has"/"have" at `k` ("has also been"), or -1. */
function perfectAt(toks: readonly Token[], k: number, end: number): number {
  const tk = toks[k];
  if (!tk || (tk.lower !== 'has' && tk.lower !== 'have' && tk.lower !== 've')) return -1;
  for (let r = k + 1; r <= k + 1 + MAX_ADVERBS && r < toks.length; r++) {
    const u = toks[r];
    if (!u || u.type !== 'word' || u.start >= end) return -1;
    if (participle(u)) return r;
    if (!/ly$/.test(u.lower) && !['also', 'now', 'so', 'already', 'just', 'not', 'never', 'again'].includes(u.lower)) return -1;
  }
  return -1;
}

/**
 * Whether the figure at tokens [from, to) is told in the present perfect: its own verb ("30
 * people have been killed"), or one before it with no other clause between ("militants have
 * attacked a hospital, killing at least 14"); not "has said it is concerned about six workers".
 */
export function presentPerfect(t: AnalysedText, s: SentenceSpan, from: number, to: number): boolean {
  const toks = t.tokens;
  for (let k = to; k <= to + SUBJECT_REACH && k < toks.length; k++) {
    if ((toks[k]?.start ?? s.end) >= s.end) break;
    if (perfectAt(toks, k, s.end) >= 0) return true;
  }
  for (let k = from - 1; k >= 0; k--) {
    const tk = toks[k];
    if (!tk || tk.start < s.start) break;
    if (perfectAt(toks, k, s.end) >= 0) return true;
    if (OTHER_CLAUSE.has(tk.lower)) return false;
  }
  return false;
}

/**
 * Whether a time at token `at` reaches the figure at `tok`: before it within PAST_SCOPE with no
 * other clause between (a fronted adverbial governs its clause); after it within YEAR_REACH, or further while no punctuation or
 * new clause intervenes ("killing 16 people in Kabul in suicide attacks a week ago").
 */
function reaches(toks: readonly Token[], at: number, tok: number): boolean {
  if (at < tok) {
    if (tok - at > PAST_SCOPE) return false;
    // The time must govern the figure's clause, not sit in another one before the clause's own
    // verb: "The firm, founded in 2010, has 300 staff" and "… which began in 2014, were 30 people"
    // are not pinned; "an attack last month that killed 22 people" is.
    for (let k = at + 1; k < tok; k++) if (AUXILIARIES.has(toks[k]?.lower ?? '')) return false;
    return true;
  }
  if (at - tok <= YEAR_REACH) return true;
  if (at - tok > PAST_SCOPE) return false;
  for (let k = tok + 1; k < at; k++) {
    const t = toks[k];
    if (!t || (t.type === 'sym' && t.text !== '-') || OTHER_CLAUSE.has(t.lower) || t.lower === 'and' || t.lower === 'but') return false;
  }
  return true;
}

/**
 * Whether the source figure at token `tok` is pinned to a finished past time: a year or month
 * ("In July 2016"), "last month", "a week ago", in a sentence naming no day.
 */
export function pastAnchored(source: AnalysedText, s: SentenceSpan, tok: number): boolean {
  // "35 goals that Rayo have scored this season": the figure's own predicate says it is now.
  if (ownTimeNearer(source.tokens, tok, [], s.end)) return false;
  let pinned = false;
  for (const sm of sentenceMentions(source, s.start)) {
    if (sm.m.tokStart === tok) continue;
    const d = sm.m.date;
    const year = sm.m.kind === 'year' && sm.m.value !== null;
    if (!d && !year) continue;
    if (d && (dateClass(d) === 'day' || d.day !== undefined)) return false;
    if (!reaches(source.tokens, sm.m.tokStart, tok)) continue;
    // "a net profit of €4.5 billion, down 4.5% from last year": the time a change is measured
    // from dates the base, not the figure.
    if (COMPARISON_BASE.has(source.tokens[sm.m.tokStart - 1]?.lower ?? '')) continue;
    if (year || d?.year !== undefined || /^last-(week|month|year)$/.test(d?.relative ?? '')) pinned = true;
  }
  if (pinned) return true;
  const toks = source.tokens;
  for (let k = Math.max(0, tok - PAST_SCOPE); k <= tok + PAST_SCOPE && k < toks.length; k++) {
    const t = toks[k];
    if (!t || t.start < s.start) continue;
    if (t.start >= s.end) break;
    const next = toks[k + 1];
    // "the last decade", "over the last two years": a span up to now, not a finished time.
    if (t.lower === 'last' && next && PAST_PERIODS.test(next.lower) && toks[k - 1]?.lower !== 'the' && !COMPARISON_BASE.has(toks[k - 1]?.lower ?? '') && reaches(toks, k, tok)) return true;
    if (t.lower === 'ago' && k > 0 && PAST_PERIODS.test(toks[k - 1]?.lower ?? '') && reaches(toks, k, tok)) return true;
  }
  return false;
}
