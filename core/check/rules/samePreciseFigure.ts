// "stopping the clock at 57.13" for the source's "to finish in 57.13", "1,123 residential
// buildings" for "1,123 residential structures were destroyed", "finished on 281" for "a
// one-over-par total of 281": a figure written to three or more significant digits (or an amount
// with its scale and a decimal, "$3.1bn") that a source states exactly, where no rule before found
// the two framed alike. Digits that precise do not recur by chance in one story (see
// preciseFigure), so the source states this quantity, worded its own way; the verdict says so and
// asks the editor to check what it counts.
// Not where anything says otherwise: another noun counted, another unit or currency, another
// hedge ("more than £3.48m" for "up to £3.48m"), another rate's period ("263 more trains a day"
// for "263 more weekly trains"), another second figure ("86-5" for "86-4"), a source sentence
// about someone else, or one pinned to another time ("Last year the bank made …").
// Ages, years, dates and ranks are left to their own rules: their digits recur as such.
// Runs after every support and conflict rule, just before the digits are called a near miss.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import type { VerdictRule } from '../judgement.ts';
import { wordedDifferently } from '../supportedClaim.ts';
import type { IndexData, SourceEntry } from '../sourceIndex.ts';
import { namesBefore, sentenceNames } from '../namedNearFigure.ts';
import { PRECISE_DIGITS, preciseAmount, significantDigits } from '../preciseFigure.ts';
import { perYear } from '../ratePeriod.ts';
import { pastAnchored } from '../pastEventAnchor.ts';
import { isCalendarWord } from '../../mentions/dateWords.ts';
import { GENERIC_HEADS } from '../../frames/lexicon.ts';
import { synonymousHeads } from '../../frames/headsAgree.ts';

/** Kinds whose digits recur as what they are (an age, a year, a rank), whatever their precision. */
const OWN_RULES = new Set(['age', 'year', 'date', 'ordinal']);


/** The plural noun a figure counts, as written ("windows" of "365 windows"), or undefined: a frame's head may be a verb ("1,295 arrive"). */
function countedPlural(text: string, a: AnalysedMention): string | undefined {
  if (a.frame.headEnd === undefined) return undefined;
  const word = /\p{L}+$/u.exec(text.slice(0, a.frame.headEnd))?.[0];
  return word !== undefined && /^\p{Ll}+[^su]s$/u.test(word) ? word : undefined;
}

/**
 * Whether a figure is written to PRECISE_DIGITS: a price to the penny ("£12.50") only by
 * convention, and the same price recurs across a story's products (see preciseAmount).
 */
function precise(text: string, a: AnalysedMention): boolean {
  if (a.family.startsWith('money:') && /\.\d{2}\b/.test(text)) return preciseAmount(text);
  // An amount with its scale and a decimal ("$3.1bn", "£2.4 million") names a sum too exact to
  // recur by chance, with two significant digits.
  if (a.family.startsWith('money:') && /\d\.\d\s*(?:thousand|million|billion|trillion|bn|m|k|tn)\b/i.test(text)) return true;
  return significantDigits(text) >= PRECISE_DIGITS;
}

/** Whether two figures may be one statement: the same value (and second value), unit, hedge and rate. */
function sameStatement(d: AnalysedMention, dText: string, s: AnalysedMention, sText: string): boolean {
  // An amount's currency must be the source's own: "£1.02 billion" is not a dollar story's "1.02bn".
  const unit = d.family.startsWith('money:') ? s.family === d.family : d.m.unit === undefined || s.m.unit === undefined || d.m.unit === s.m.unit;
  // "365 windows" is not "365 occupants": two nouns counted, unless one names the other.
  const nouns = countedPlural(dText, d) === undefined || countedPlural(sText, s) === undefined || GENERIC_HEADS.has(d.frame.head ?? '') || GENERIC_HEADS.has(s.frame.head ?? '')
    || d.frame.head === s.frame.head || synonymousHeads(d.frame.head, s.frame.head);
  return s.m.value === d.m.value && (s.m.high === d.m.high || d.m.high === undefined) && !OWN_RULES.has(s.m.kind) && s.family !== 'year'
    && unit && nouns && s.m.bound === d.m.bound;
}

/**
 * Whether source figure `s` states the draft's figure `a`, both written precisely (see precise),
 * as one statement (see sameStatement), at the same rate and time, told of no one else.
 */
export function preciselyStated(draft: AnalysedText, a: AnalysedMention, text: AnalysedText, s: AnalysedMention): boolean {
  if (a.m.value === null || OWN_RULES.has(a.m.kind) || a.family === 'year' || !precise(draft.text.slice(a.m.start, a.m.end), a)) return false;
  if (!sameStatement(a, draft.text, s, text.text) || !precise(text.text.slice(s.m.start, s.m.end), s) || perYear(text, s) !== perYear(draft, a)) return false;
  // "Last year the bank made a net profit of €4.5 billion" is another time's figure than the
  // draft's undated "has made a net profit of €4.5bn" (see pastEventAnchor): an amount of two
  // digits recurs from year to year where one of three or more does not.
  const fewDigits = significantDigits(draft.text.slice(a.m.start, a.m.end)) < PRECISE_DIGITS;
  if (fewDigits && pastAnchored(text, s.sentence, s.m.tokStart) && !pastAnchored(draft, a.sentence, a.m.tokStart)) return false;
  // "Garcia finished on 277" for the source's Ortiz sentence, "Wales … £156,205" for Scotland's:
  // a figure told of one name in the draft and of others in the source is another's. Every name
  // back to the clause's start counts.
  const actors = namesBefore(draft, a, Number.POSITIVE_INFINITY).filter((n) => !isCalendarWord(n));
  const theirs = namesBefore(text, s, Number.POSITIVE_INFINITY).filter((n) => !isCalendarWord(n));
  return actors.length === 0 || theirs.length === 0 || actors.some((n) => theirs.includes(n) || sentenceNames(text, s, n));
}

/** Every source figure by its exact value, built once per index: a figure is looked up, not searched for. */
const BY_VALUE = new WeakMap<IndexData, ReadonlyMap<number, readonly SourceEntry[]>>();

function entriesOfValue(data: IndexData, value: number): readonly SourceEntry[] {
  let map = BY_VALUE.get(data);
  if (!map) {
    const built = new Map<number, SourceEntry[]>();
    data.sources.forEach((src, sourceIndex) => {
      for (const s of src.analysis.mentions) {
        if (s.m.value === null) continue;
        const list = built.get(s.m.value) ?? [];
        list.push({ sourceIndex, a: s });
        built.set(s.m.value, list);
      }
    });
    map = built;
    BY_VALUE.set(data, map);
  }
  return map.get(value) ?? [];
}

export const samePreciseFigure: VerdictRule = {
  name: 'samePreciseFigure',
  judge(j) {
    const { a, data, draft } = j;
    if (a.m.value === null) return null;
    for (const e of entriesOfValue(data, a.m.value)) {
      const src = data.sources[e.sourceIndex];
      if (src && preciselyStated(draft, a, src.analysis, e.a)) return wordedDifferently(j, e);
    }
    return null;
  },
};
