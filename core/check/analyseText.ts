// One pass over a text: tokens, sentences, mentions and each mention's frame and comparison key.
// Sources go through this once when indexed; draft paragraphs each time their text changes.
import { frameOf, type Frame } from '../frames/frameOf.ts';
import { changePeriod, type ChangePeriod } from './changePeriod.ts';
import { CHANGE_VERBS, changeDirection, changeRole, type ChangeDirection, type ChangeRole } from '../mentions/changeVerbs.ts';
import { conceptOf, stem } from '../frames/lexicon.ts';
import { readMentions } from '../mentions/configuration.ts';
import { tokenAt } from '../mentions/refiners/refiner.ts';
import { bowlingFigures } from '../mentions/refiners/cricketFor.ts';
import type { RawMention } from '../mentions/scanMentions.ts';
import { crossReferences } from '../text/crossReferences.ts';
import { splitSentences, type SentenceSpan } from '../text/splitSentences.ts';
import { tokenize, type Token } from '../text/tokenize.ts';

export interface AnalysedMention {
  readonly m: RawMention;
  readonly frame: Frame;
  /** Sentence containing the mention. */
  readonly sentence: SentenceSpan;
  /** Comparison family: values only compare inside one ("count", "percent", "money:USD", "dim:length" …). */
  readonly family: string;
  /** Value (and upper bound) in the family's base unit; null for categorical dates. */
  readonly base: number | null;
  readonly baseHigh?: number;
  /** Factor from the mention's own unit into the base unit (1 when unitless). */
  readonly factor: number;
  /** Offset added after the factor (temperatures only). */
  readonly offset: number;
  /** The value before ("from") or after ("to") a change the sentence tells: "rose from 200 to 400". */
  readonly role?: ChangeRole;
  /**
   * Which way the change this figure sizes went ("up 8.2%", "a 5% drop"), for shares and amounts;
   * for a length of time, the side of the event it lies on ("a month earlier" down, "later" up).
   */
  readonly direction?: ChangeDirection;
  /** The period a share's change is measured over ("0.3% on the month", "8.2% from a year earlier"). */
  readonly period?: ChangePeriod;
}

export interface AnalysedText {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly SentenceSpan[];
  readonly mentions: readonly AnalysedMention[];
}

/** Smallest ordinal told without its noun that continues the sentence's series before it ("in the 91st" after "the 80th minute"): past a match's sets, games and Tests. */
const ELIDED_SERIES_MIN = 13;

/**
 * Adverbs after a length of time that put it before ("down") or after ("up") the event the clause
 * tells. Not the prepositions "before" and "after": "Ben's arrival came a fortnight after the
 * largest lamb" is the draft's "two weeks earlier a lamb called The Big One weighed in", one
 * fact told from either event.
 */
const RELATIVE_SIDE: Readonly<Record<string, ChangeDirection>> = {
  earlier: 'down', previously: 'down', beforehand: 'down',
  later: 'up', afterwards: 'up', afterward: 'up',
};

/** Families whose figures size a change that goes one way: shares and amounts. */
const CHANGE_FAMILIES = /^(?:percent|pp|money:.*)$/;

function familyOf(m: RawMention): { family: string; factor: number } {
  if (m.code !== undefined) return { family: `code`, factor: 1 };
  switch (m.kind) {
    case 'percent': return { family: m.unit === 'pp' ? 'pp' : 'percent', factor: 1 };
    case 'fraction': return { family: 'percent', factor: 100 };
    case 'money': return { family: `money:${m.unit ?? 'USD'}`, factor: 1 };
    case 'quantity':
    case 'duration':
      return m.unitInfo ? { family: `dim:${m.unitInfo.dimension}`, factor: m.unitInfo.factor } : { family: 'count', factor: 1 };
    case 'date':
      if (m.date?.ago && m.unitInfo) return { family: 'ago', factor: m.unitInfo.factor };
      if (m.date?.ago) return { family: 'ago', factor: 1 };
      return { family: 'date', factor: 1 };
    default:
      return { family: m.kind, factor: 1 };
  }
}

/** Index of the last element with start <= pos. */
function findSentence(sentences: readonly SentenceSpan[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let ans = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sentences[mid]?.start ?? 0) <= pos) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}


/** Tokens either side within which another figure of the sentence is a figure's neighbour. */
const NEIGHBOUR_TOKENS = 12;

/** Words that open a change's starting point: "up from 7.68 million", "down from 1,250". */
const CHANGE_FROM = new Set(['up', 'down', 'rising', 'falling', 'rose', 'fell', 'increased', 'decreased', 'dropped', 'climbed']);

/**
 * "7.75 million people were waiting … at the end of August, up from 7.68 million in July": a level
 * and the one it changed from are one statement however many words lie between, so each is the
 * other's neighbour, as figures a few words apart are.
 */
function changePair(tokens: readonly Token[], m: RawMention, o: RawMention): boolean {
  const from = (x: RawMention) => tokens[x.tokStart - 1]?.lower === 'from' && CHANGE_FROM.has(tokens[x.tokStart - 2]?.lower ?? '');
  return (o.tokStart > m.tokStart && from(o)) || (m.tokStart > o.tokStart && from(m));
}

export function analyseText(text: string, asSource = false): AnalysedText {
  const tokens = tokenize(text);
  const sentences = splitSentences(text);
  // A source's links to other stories state nothing of its own.
  const links = asSource ? crossReferences(text) : [];
  const raw = links.length === 0 ? readMentions(text, tokens)
    : readMentions(text, tokens).filter((m) => !links.some(([s, e]) => m.start >= s && m.end <= e));
  const mentions: AnalysedMention[] = [];
  // Temperatures told as differences (see temperatureDifference).
  const differences = new Set<RawMention>();
  const fallback = { start: 0, end: text.length, text };
  for (let mi = 0; mi < raw.length; mi++) {
    const m = raw[mi] as RawMention;
    const si = findSentence(sentences, m.start);
    const sentence = sentences[si] ?? fallback;
    const sa = tokenAt(tokens, sentence.start);
    const sb = tokenAt(tokens, sentence.end);
    const neighbours = new Set<number>();
    for (let k = Math.max(0, mi - 3); k <= mi + 3 && k < raw.length; k++) {
      const o = raw[k];
      if (k === mi || !o || o.value === null || o.start < sentence.start || o.end > sentence.end) continue;
      if (Math.abs(o.tokStart - m.tokStart) <= NEIGHBOUR_TOKENS || changePair(tokens, m, o)) neighbours.add(o.value);
    }
    let frame: Frame = neighbours.size > 0 ? { ...frameOf(tokens, m.tokStart, m.tokEnd, sa, sb), neighbours } : frameOf(tokens, m.tokStart, m.tokEnd, sa, sb);
    // An age states what it counts itself ("a 12-year-old boy", "Lee, 34"), whatever verb is near:
    // the same as "a boy aged 12", so both frame it as an age first.
    if (m.kind === 'age' && frame.concepts[0]?.concept !== 'age') {
      frame = { ...frame, concepts: [{ concept: 'age', distance: 0 }, ...frame.concepts.filter((c) => c.concept !== 'age')] };
    }
    // "Tottenham 1-1 Chelsea": the name after a score is the other side, not what the score counts.
    if (m.kind === 'score' && frame.headEnd !== undefined) {
      // The head ends a token: the last one starting before its end.
      const headToken = tokens[tokenAt(tokens, frame.headEnd) - 1];
      if (headToken !== undefined && /^\p{Lu}/u.test(headToken.text)) {
        const { head: _head, headEnd: _headEnd, ...rest } = frame;
        frame = rest;
      }
    }
    // "equalised in the 80th minute and Gray won it … in the 91st": an ordinal with no noun, after
    // "the", ranks what the sentence's ordinal before it ranked, its noun left unsaid. Only in a
    // long series (minutes, laps, holes): "a break in the seventh game but … a tiebreak in the
    // second" means the second set, and small ordinals leave too many nouns to choose from.
    if (m.kind === 'ordinal' && (m.value ?? 0) >= ELIDED_SERIES_MIN && frame.head === undefined && frame.compound === undefined && tokens[m.tokStart - 1]?.lower === 'the') {
      const before = [...mentions].reverse().find((o) => o.m.kind === 'ordinal' && o.sentence === sentence);
      if (before?.frame.head !== undefined && tokens[before.m.tokStart - 1]?.lower === 'the' && !/^\p{L}/u.test(tokens[m.tokEnd]?.text ?? '.')) frame = { ...frame, head: before.frame.head };
    }
    const { family, factor } = familyOf(m);
    // A temperature converted from a difference just before it is that difference too: "1.2C
    // above pre-industrial levels, equivalent to 2.2F".
    const previous = mentions[mentions.length - 1];
    const convertedDifference = previous !== undefined && differences.has(previous.m)
      && previous.m.start >= sentence.start && CONVERSION_LEAD.test(text.slice(previous.m.end, m.start));
    const difference = family === 'dim:temperature' && (convertedDifference || temperatureDifference(tokens, m));
    if (difference) differences.add(m);
    const offset = m.unitInfo?.offset !== undefined && !difference ? m.unitInfo.offset : 0;
    const base = m.value === null ? null : m.value * factor + offset;
    const am: { m: RawMention; frame: Frame; sentence: SentenceSpan; family: string; base: number | null; baseHigh?: number; factor: number; offset: number; role?: ChangeRole; direction?: ChangeDirection; period?: ChangePeriod } = {
      m, frame, sentence, family, base, factor, offset,
    };
    // From the hedge, when there is one: "rose to nearly 39%" is the level after the change.
    const first = Math.min(m.tokStart, tokenAt(tokens, m.start));
    const role = changeRole(tokens, first);
    if (role && !(role === 'by' && annualRate(tokens, m))) am.role = role;
    // "prices were up 8.2%" and "a nearly 5% drop in gas prices": a rise and a fall are two changes.
    if (role !== 'from' && role !== 'to' && CHANGE_FAMILIES.test(family)) {
      const direction = changeDirection(tokens, first, m.tokEnd);
      if (direction) am.direction = direction;
    }
    // "a month earlier" and "a month later": a length of time told before or after the event its
    // clause tells is a time on one side of it, never the other.
    if (family === 'dim:time') {
      const side = RELATIVE_SIDE[tokens[m.tokEnd]?.lower ?? ''];
      if (side) am.direction = side;
    }
    if (role !== 'from' && role !== 'to' && (family === 'percent' || family === 'pp')) {
      // Only up to the next share either side: "rose 0.6% in September and 6.6% from a year ago".
      let [p, q] = [mi - 1, mi + 1];
      while (p >= 0 && raw[p]!.kind !== m.kind && raw[p]!.end > sentence.start) p--;
      while (q < raw.length && raw[q]!.kind !== m.kind && raw[q]!.start < sentence.end) q++;
      const prev = raw[p]?.kind === m.kind ? raw[p] : undefined;
      const next = raw[q]?.kind === m.kind ? raw[q] : undefined;
      const span = { start: Math.max(sentence.start, prev?.end ?? 0), end: Math.min(sentence.end, next?.start ?? text.length) };
      const period = changePeriod(text, span, m.start, m.end);
      if (period) am.period = period;
    }
    if (am.role === 'to' || am.role === 'from') {
      const measure = measureOfChange(tokens, m, sa);
      if (measure !== undefined && !frame.concepts.some((c) => c.distance <= MEASURE_DISTANCE)) {
        am.frame = { ...frame, concepts: [{ concept: measure, distance: MEASURE_DISTANCE }, ...frame.concepts.filter((c) => c.concept !== measure)] };
      }
    }
    if (m.high !== undefined) am.baseHigh = m.high * factor + offset;
    mentions.push(am);
    // A bowler's figures ("figures of four for 23") state the wickets taken: a count of wickets.
    if (asSource && bowlingFigures(tokens, m)) {
      mentions.push({ m: { ...m, kind: 'count', high: undefined }, frame: { ...frame, head: stem('wickets') }, sentence, family: 'count', base: m.value, factor: 1, offset: 0 });
    }
    // A calendar date that names a year also counts as a year ("in February 2022" supports "2022").
    if (asSource && m.kind === 'date' && m.date?.year !== undefined) {
      mentions.push({ m, frame, sentence, family: 'year', base: m.date.year, factor: 1, offset: 0 });
    }
  }
  return { text, tokens, sentences, mentions };
}

/**
 * Words for the measures a company reports, whose levels a change sentence gives: profit is not
 * revenue. Not "income", whose kinds ("net interest income", "operating income") are neither.
 */
const MEASURE_WORDS = new Set(['profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'turnover']);
/** Tokens back from a change's level to its verb ("fell 27% in its fiscal third quarter, to $7.8 billion from"), and from the verb to the measure it changes. */
const VERB_BACK = 16;
const SUBJECT_BACK = 20;
/** Where the measure named as a change's subject stands in the levels' frames: as near as a word right before them. */
const MEASURE_DISTANCE = 2;

/**
 * "Apple's net profit fell 27% in its fiscal third quarter, to $7.8 billion from $10.68 billion":
 * both levels of a change are levels of what the change's subject measures, however far that
 * subject stands from them. The measure named nearest before the verb of change, in its sentence.
 */
function measureOfChange(tokens: readonly Token[], m: RawMention, sa: number): string | undefined {
  let v = m.tokStart - 1;
  while (v >= sa && v >= m.tokStart - VERB_BACK && !CHANGE_VERBS.has(tokens[v]!.lower)) v--;
  if (v < sa || v < m.tokStart - VERB_BACK) return undefined;
  for (let k = v - 1; k >= sa && k >= v - SUBJECT_BACK; k--) {
    const c = conceptOf(tokens[k]!.lower);
    if (c !== undefined) return MEASURE_WORDS.has(tokens[k]!.lower) ? c : undefined;
  }
  return undefined;
}

/** What may stand between a temperature and its conversion: "above pre-industrial levels, equivalent to", ", or". */
const CONVERSION_LEAD = /^[^.;\d]{0,40}?(?:,\s*|\s)(?:equivalent\s+to|or|which\s+is|that\s+is)\s+(?:about\s+|around\s+|some\s+|roughly\s+)?$/i;

/** Words after a temperature that make it a difference from another: "1C above pre-industrial levels", "2F warmer". */
const DIFFERENCE_AFTER = new Set(['above', 'below', 'warmer', 'cooler', 'hotter', 'colder', 'higher', 'lower']);
/** Nouns of change before "of" that make the temperature after them a difference: "a rise of 1.5C". */
const DIFFERENCE_NOUNS = new Set(['rise', 'increase', 'warming', 'fall', 'drop', 'change', 'anomaly']);

/**
 * "Temperatures rose more than 1C (1.8F) above pre-industrial levels": a temperature told as the
 * difference from another converts without the scales' offset (a rise of 1C is one of 1.8F, where
 * a reading of 1C is 33.8F). A temperature followed, past any bracketed conversion, by a word of
 * comparison, or after "by" or a noun of change and "of".
 */
function temperatureDifference(tokens: readonly Token[], m: RawMention): boolean {
  let k = m.tokEnd;
  if (tokens[k]?.text === '(') while (k < tokens.length && tokens[k]!.text !== ')') k++;
  if (tokens[k]?.text === ')') k++;
  if (DIFFERENCE_AFTER.has(tokens[k]?.lower ?? '')) return true;
  const before = tokens[m.tokStart - 1]?.lower ?? '';
  return before === 'by' || (before === 'of' && DIFFERENCE_NOUNS.has(tokens[m.tokStart - 2]?.lower ?? ''));
}

/** Tokens after a percentage within which a twelve-month period makes it an annual rate: "rose by 4.5% [in the 12 months to] May" (5). */
const ANNUAL_REACH = 6;

/**
 * "Core inflation rose by 4.5% in the 12 months to May": statistics releases give an annual rate
 * as the rise over twelve months, so the figure is the rate's level (the draft's "eased to
 * 4.5%"), not a change in it. A percentage after a verb of change, with a twelve-month period
 * or "year on year" close after it.
 */
function annualRate(tokens: readonly Token[], m: RawMention): boolean {
  if (m.unit !== '%') return false;
  const after = tokens.slice(m.tokEnd, m.tokEnd + ANNUAL_REACH).map((t) => t.lower).join(' ');
  return /\b(?:in|over) the (?:12|twelve) months\b|\b(?:in|over) the year to\b|\byear[- ]on[- ]year\b|\bon an annual basis\b/.test(after);
}
