// What every verdict rule reads: the draft mention, its source candidates scored by how well their
// frames match and how their values relate, and the best support and conflict among them.
// Built once per draft figure; rules only read it.
import type { Claim } from '../types.ts';
import { frameMatch, type Frame } from '../frames/frameOf.ts';
import { FEMALE, MALE, framesAgree, isSubgroup, namesPeople, otherScoringUnit, peopleAndThings, peopleDiffer } from '../frames/headsAgree.ts';
import { isPartitiveWhole, wholeOfPart } from '../frames/partitiveWhole.ts';
import { BROADER, EVENT_CONCEPTS, stem } from '../frames/lexicon.ts';
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { INF, draftInterval, inDraftUnits, nearInterval, scoreRelation } from './intervals.ts';
import { entriesInRange, frameKeys, type IndexData, type SourceEntry } from './sourceIndex.ts';
import {
  CROWDED_VALUES, ELIDED_RANK_CONTEXT, FRACTION_BOUND, MAGNITUDES_APART, ELIDED_RANK_SHARED_WORDS, GENERIC_KEY, KEY_FANOUT, LOOSE_CANDIDATES, STRONG, VALUE_LOOKUP_SLACK, WEAK_MIN,
  YEAR_REACH,
} from './tuning.ts';
import { countsTheWhole } from './partOfWhole.ts';
import { countsStreak } from './streak.ts';
import { sameStatedFigure } from './sameStatedFigure.ts';
import { PRECISE_DIGITS, significantDigits } from './preciseFigure.ts';
import { scaleOrUnitTwin } from './scaleOrUnitTwin.ts';
import type { Scored } from './scored.ts';
import type { Token } from '../text/tokenize.ts';
import { otherAgeGroup } from './ageGroup.ts';
import { sentenceMentions } from './sentenceMentions.ts';
import { namesBefore } from './namedNearFigure.ts';
import { sharedWords } from './sharedWords.ts';
import { hasTotalCue } from './totalCue.ts';
import { comparedByThan } from './comparedByThan.ts';
import { tokenAt } from '../mentions/refiners/refiner.ts';
import { perYear } from './ratePeriod.ts';
import { otherYear, sentenceYears, sourceYear, yearHasOwnFigure, yearsNear, yearsOfSentenceBefore } from './yearAnchor.ts';
import { isRoundToPar, isToPar } from './roundToPar.ts';
import { isNumberWord } from '../values/numberWords.ts';
import { pastAnchored, presentPerfect } from './pastEventAnchor.ts';

export type { Scored } from './scored.ts';

export interface Judgement {
  readonly draft: AnalysedText;
  readonly a: AnalysedMention;
  readonly data: IndexData;
  readonly published: string | undefined;
  /** The draft's own wording of the figure. */
  readonly dText: string;
  /** Candidates, best frame first. */
  readonly scored: readonly Scored[];
  /** Candidates whose value supports the draft's. */
  readonly support: readonly Scored[];
  /** Candidates that state the same quantity with another value. */
  readonly conflicts: readonly Scored[];
  readonly bestSupport: Scored | undefined;
  readonly bestConflict: Scored | undefined;
  /** The same digits at another scale, unit or currency (computed on first use). */
  readonly miss: () => Scored | null;
  /** A candidate that is the whole set of a partitive, never a value of the draft's count. */
  readonly isWhole: (s: Scored) => boolean;
  /**
   * Whether a source figure is another quantity than the draft's, though framed alike: the level a
   * change started from ("from 4.7 percent to … 4.9 percent"), an addition against a total ("11
   * more" / "207"), another member of a series whose draft member a source names ("80th minute").
   */
  readonly anotherQuantity: (s: Scored) => boolean;
}

/** A verdict rule: a claim when it applies, null to pass the figure on to the next rule. */
export interface VerdictRule {
  readonly name: string;
  judge(j: Judgement): Claim | null;
}

/** The start of a fact box's line up to a figure: a bullet mark, then a label or words ("- Victim: ", "• 2,809 records from "). */
const BULLET_LINE = /^[ \t]*[-•*–][ \t]/;

/** Families whose figures a year anchors to its event. */
const ANCHORED = /^(count|money:.*|percent|pp)$/;

/** Nouns a rank in a table takes, which copy may leave out ("are third"). */
const PLACE_NOUNS = new Set(['place', 'position', 'spot'].map(stem));

/** "of its kind", "of their type": the class an elided rank's subject belongs to. */
const KIND_NOUNS = new Set(['kind', 'type', 'sort']);

/** Distance within which an outcome word stands right beside its figure: "rescue [10]", "[10] trapped". */
const BESIDE = 1;

/** Reach within which a figure's nearest outcome word is what it counts (as frameMatch reads it). */
const OUTCOME_REACH = 6;

/**
 * Both figures count an outcome and not the same one: "three people were injured" against "three
 * people were killed and 12 injured". The value alone never makes the killed the injured.
 */
function otherOutcome(d: Frame, s: Frame): boolean {
  const dc = d.concepts[0];
  const sc = s.concepts[0];
  if (!dc || !sc || dc.distance > OUTCOME_REACH || sc.distance > OUTCOME_REACH) return false;
  if (!EVENT_CONCEPTS.has(dc.concept) || !EVENT_CONCEPTS.has(sc.concept) || dc.concept === sc.concept) return false;
  // A figure that is the object of one outcome's verb and the subject of another's ("trying to
  // rescue 10 people trapped in their homes") is told of both: the source's "rescue 10 who were
  // stuck" is the same ten, whichever word each frame reads first.
  const beside = (f: Frame, c: string): boolean => f.concepts.some((x) => x.concept === c && x.distance <= BESIDE);
  if (beside(d, sc.concept) || beside(s, dc.concept)) return false;
  return BROADER[dc.concept] !== sc.concept && BROADER[sc.concept] !== dc.concept;
}

/** Tokens from a figure to the month that dates it: "5.2 per cent [in] October" (1), up to three. */
const MONTH_AFTER = 3;

/** The month named right after a figure in its sentence ("a low of 5.2% in October"), or undefined. */
function monthAfter(t: AnalysedText, a: AnalysedMention): number | undefined {
  const next = sentenceMentions(t, a.sentence.start).find((o) => o.m.start >= a.m.end && o.m.tokStart - a.m.tokEnd <= MONTH_AFTER && o.m.date?.month !== undefined && o.m.date.day === undefined);
  return next?.m.date?.month;
}

/**
 * Both figures dated by the same month right after them ("a low of 5.2% in October" and "a 2016
 * low of 5.2 per cent in October"): the draft tells the same month's figure, whichever year the
 * source names beside it, so the year does not set them apart.
 */
function sameMonthBeside(draftMonth: number | undefined, source: AnalysedText, s: AnalysedMention): boolean {
  return draftMonth !== undefined && draftMonth === monthAfter(source, s);
}

/** Tokens before a figure, and after it, within which a word of sex tells whose it is: "Male unemployment fell by [39,000]", "[39,000] among men". */
const SEX_BEFORE = 4;
const SEX_AFTER = 3;

/** The sex a figure is told of, read up to a clause break or another figure either side. */
function sexOf(tokens: readonly Token[], m: AnalysedMention): 'm' | 'f' | undefined {
  // The nouns of each sex that keep two heads apart ("three women" / "three men"), here read
  // beside the figure: "Male unemployment", "among women".
  const of = (t: Token | undefined): 'm' | 'f' | undefined => (t === undefined ? undefined : MALE.has(stem(t.lower)) ? 'm' : FEMALE.has(stem(t.lower)) ? 'f' : undefined);
  const stops = (t: Token | undefined): boolean => t === undefined || t.type === 'num' || /^[,;.:!?()]$/.test(t.text) || isNumberWord(t.lower);
  for (let k = m.m.tokEnd; k < m.m.tokEnd + SEX_AFTER && !stops(tokens[k]); k++) { const x = of(tokens[k]); if (x) return x; }
  for (let k = m.m.tokStart - 1; k >= Math.max(0, m.m.tokStart - SEX_BEFORE) && !stops(tokens[k]); k--) { const x = of(tokens[k]); if (x) return x; }
  return undefined;
}

/**
 * One figure is told of men, the other of women: "Male unemployment fell by 39,000" against
 * "Unemployment among women fell by 10,000". The same words around them do not make them one
 * figure, to support or to contradict.
 */
function otherSex(dTokens: readonly Token[], d: AnalysedMention, sTokens: readonly Token[], s: AnalysedMention): boolean {
  const [ds, ss] = [sexOf(dTokens, d), sexOf(sTokens, s)];
  return ds !== undefined && ss !== undefined && ds !== ss;
}

/** Words after "N of" that make N a part of a whole told before: "52 of those deaths", "four of them". */
const PART_OF = /^(?:those|these|them|whom|which|its|their)$/;

/** Words that make the year after them the yardstick of a change, not its time: "a dip of 4.8% on last year". */
const YARDSTICK = /^(?:on|from|than|below|above|over|versus|vs|against|with|since)$/;

export function buildJudgement(draft: AnalysedText, a: AnalysedMention, data: IndexData, published: string | undefined): Judgement {
  const dText = draft.text.slice(a.m.start, a.m.end);
  // Candidates: same family, value in reach, plus same-frame entries with any value.
  const [lo, hi] = a.m.kind === 'score' ? [a.m.value ?? 0, a.m.value ?? 0] : draftInterval(a);
  const toBase = (v: number): number => v * a.factor + a.offset;
  const valueCands = entriesInRange(data, a.family,
    Number.isFinite(lo) ? toBase(lo) - Math.abs(toBase(lo)) * VALUE_LOOKUP_SLACK : -INF,
    Number.isFinite(hi) ? toBase(hi) + Math.abs(toBase(hi)) * VALUE_LOOKUP_SLACK : INF);
  const framed = new Set<SourceEntry>();
  const fk = data.byKey.get(a.family);
  if (fk) {
    for (const k of frameKeys(a)) {
      const list = fk.get(k);
      if (!list) continue;
      // A context word filed under hundreds of figures says little about any one of them.
      if (k.startsWith('n:') && list.length > GENERIC_KEY) continue;
      for (let i = 0; i < list.length && i < KEY_FANOUT; i++) framed.add(list[i] as SourceEntry);
    }
  }
  // Common values ("one", "two", "2022") recur across hundreds of sources: keep those that also
  // share a frame key, plus a few for the weak, value-only reading.
  const cands = new Set<SourceEntry>(framed);
  // A score written from the other side ("6-3" for the source's "3-6") is filed under its other value.
  if (a.m.kind === 'score' && a.m.high !== undefined && a.m.high !== a.m.value) {
    for (const e of entriesInRange(data, a.family, toBase(a.m.high), toBase(a.m.high))) if (e.a.m.kind === 'score' && e.a.m.high === a.m.value) cands.add(e);
  }
  const crowded = valueCands.length > CROWDED_VALUES;
  let loose = 0;
  for (const e of valueCands) {
    if (!crowded || framed.has(e)) cands.add(e);
    else if (loose++ < LOOSE_CANDIDATES) cands.add(e);
  }
  const scored: Scored[] = [];
  const near = nearInterval(a);
  const draftYears = sentenceYears(draft, a.sentence);
  // A fact box's line ("- 2,809 records reviewed from 11 Boston-area hospitals") restates the
  // story's figures without the years its sentences gave them: the same figure stated the same
  // way is the story's, whatever year the source sets beside it.
  const factBoxLine = BULLET_LINE.test(draft.text.slice(draft.text.lastIndexOf('\n', a.m.start - 1) + 1, a.m.start));
  // A draft telling the news in the present perfect, with no year of its own, is about now,
  // unless the draft pins this figure to a finished past time itself ("has been blamed for 68
  // deaths, compared with about 4,700 last summer").
  // A sentence dated "this year" or "last year" is dated, if not to a written year: the draft's
  // "have fled Syria this year" is the source's "have fled Syria in 2016".
  const relativeYear = sentenceMentions(draft, a.sentence.start).some((m) => /^(?:this|last)-year$/.test(m.m.date?.relative ?? ''));
  // "more than 13% below last year's 12.36 billion": a sentence dated "last year" (and no written
  // year) tells of the year before each source's own now, as "this year" tells of that now.
  // Only a "last year" that dates this figure: one just before it ("last year's 12.36 billion"),
  // or one after it within YEAR_REACH words that is no yardstick ("rose 1.4% last year", not "a
  // dip of 4.8% on last year" nor the 10.78 billion of "… and 13% below last year's 12.36 billion").
  const lastYear = draftYears.length === 0 && sentenceMentions(draft, a.sentence.start).some((m) => m.m.date?.relative === 'last-year'
    && (m.m.tokEnd === a.m.tokStart || (m.m.tokStart >= a.m.tokEnd && m.m.tokStart - a.m.tokEnd <= YEAR_REACH && !YARDSTICK.test(draft.tokens[m.m.tokStart - 1]?.lower ?? ''))));
  const draftNow = draftYears.length === 0 && !relativeYear && ANCHORED.test(a.family) && presentPerfect(draft, a.sentence, a.m.tokStart, a.m.tokEnd)
    && !pastAnchored(draft, a.sentence, a.m.tokStart);
  const dPer = perYear(draft, a);
  // A sentence with no year of its own goes on with the event the sentence before it in the
  // paragraph dated: "The theft, on March 18, 1990, remains the biggest art heist. Two men dressed
  // as police officers were let in …" tells of 1990, and meets the source's figures of 1990.
  // Within a sentence, the years of the figure's own clause where it has any: "the forecast for
  // 2017 falls from 2.5% to 2.1%, while 2018 is now expected to come in at 2.2%" dates the 2.1% to 2017.
  const ownYears = yearsNear(draft, a.sentence, a.m.tokStart);
  const anchorYears = ownYears.length > 0 ? ownYears : draftYears.length > 0 || relativeYear ? draftYears : yearsOfSentenceBefore(draft, a.sentence);
  // The years the draft's lead dates its story by (see otherYear).
  const storyYears = draft.sentences[0] ? sentenceYears(draft, draft.sentences[0]) : [];
  // The month dating the draft's figure (see sameMonthBeside), read once and only when a year
  // would set a candidate apart; a year beside the figure would say which October, so then none.
  let month: number | null | undefined;
  const draftMonth = (): number | undefined => (month === undefined ? (month = (yearsNear(draft, a.sentence, a.m.tokStart).length === 0 ? monthAfter(draft, a) : undefined) ?? null) : month) ?? undefined;
  for (const e of cands) {
    // A figure anchored to another year's event neither supports nor contradicts this one.
    const src = data.sources[e.sourceIndex];
    // Tolls, amounts and shares belong to their year; a distance or a size ("the 1500m record
    // set in 1985") names the same thing whatever the year.
    // Unless it is the draft's very statement and only the year beside it differs: then the
    // year is the slip, and yearOfFigure flags it ("Ian killed more than 140 people in 2021").
    const sourceNow = lastYear && src ? sourceYear(src.doc.published, src.analysis) : undefined;
    const years = sourceNow !== undefined ? [sourceNow - 1] : anchorYears;
    if (src && ANCHORED.test(a.family) && otherYear(years, src.analysis, e.a.sentence, src.doc.published, e.a.m.tokStart, storyYears)
      && !((draftYears.length > 0 || factBoxLine) && sameStatedFigure(a, e.a) && !yearHasOwnFigure(src.analysis, e.a, years)) && !sameMonthBeside(draftMonth(), src.analysis, e.a)) continue;
    if (src && draftNow && pastAnchored(src.analysis, e.a.sentence, e.a.m.tokStart) && !sameMonthBeside(draftMonth(), src.analysis, e.a)) continue;
    // "Q4" is the fourth quarter of a year, and only that: no "fourth place", nor the reverse.
    if ((a.m.quarterOfYear === true && !quarterOrdinal(src?.analysis, e.a)) || (e.a.m.quarterOfYear === true && !quarterOrdinal(draft, a))) continue;
    // "doubled to 400" and "rose from 200 to 400": the value after a change is another quantity
    // than the value before it, so neither supports nor contradicts the other.
    if (a.role && e.a.role && a.role !== e.a.role) continue;
    // "prices were up 8.2%" and "a nearly 5% drop in gas prices": a rise is no value of a fall.
    if (a.direction && e.a.direction && a.direction !== e.a.direction) continue;
    // "up 8.2% over the 12 months to September" and "rose 0.4% in September, … a month earlier": a year's change is no month's.
    if (a.period && e.a.period && a.period !== e.a.period) continue;
    // "1,050 a week" and "150 a day" are different quantities, whichever is right (ratePerPeriod
    // derives one from the other).
    const sPer = src ? perYear(src.analysis, e.a) : undefined;
    if (dPer !== undefined && sPer !== undefined && dPer !== sPer) continue;
    const fm = frameMatch(a.frame, e.a.frame, a.family === 'count');
    const sv = inDraftUnits(e.a.base ?? 0, a);
    const rel = scoreRelation(a, e.a);
    const close = a.m.kind === 'score' ? rel === 'entails' : sv >= near[0] && sv <= near[1];
    // Years are filed among counts too, in case either side misreads "2,000" as a year: such an
    // entry can only confirm the very figure, never bound or contradict a count ("killed 2021").
    if (a.family === 'count' && (e.a.m.kind === 'year' || e.a.m.kind === 'date') && !close) continue;
    // A count a noun implies ("the pair", "within a decade") may confirm the draft's figure, but
    // what it counts is too loosely told to bound or contradict one.
    if (e.a.m.impliedOnly && !close) continue;
    scored.push({ e, score: fm.score, context: fm.context, subset: fm.subset, rel, close });
  }
  scored.sort((x, y) => y.score - x.score);
  // A weakly framed source figure supports only when it is the draft's own figure, not merely
  // inside a bound ("up to 35%" is not supported by an unrelated "20%").
  // A source hedge the draft dropped ("for at least two years" -> "for two years") still
  // supports it: the explanation quotes the source's own wording.
  // Short of a strong frame, the value alone supports only when the nouns agree: "first round"
  // is not "first time", "two suspects" are not "two Britons".
  // An ordinal ranks a noun ("first win", "second round"): a bare "first" in a source ranks
  // something unknown, so for ordinals both nouns must be there to agree.
  const ranked = (f: Frame): boolean => f.head !== undefined || f.compound !== undefined;
  // Unless both leave the noun out ("City are fourth" / "a precarious fourth in the league", "a
  // birdie at the 18th" / "a birdie on the 18th"): an elided noun is the one the context gives,
  // so where the words around them meet they rank the same thing.
  // A table's "place" or "position" is the noun an elided rank means ("Atletico, third" / "their
  // grip on third place"): it agrees with the elided one on the same terms.
  // So is "second-placed Spurs": the rank's place told in a compound.
  const placeOrElided = (f: Frame): boolean => !ranked(f) || (f.head !== undefined && PLACE_NOUNS.has(f.head) && f.compound === undefined)
    || (f.compound !== undefined && PLACE_NOUNS.has(f.compound));
  // "the first of its kind" ranks whatever its subject is ("the Kansas law is the first of its
  // kind in the United States" / "Kansas is the first US state to …"): any noun, where the words
  // around both meet.
  const ofItsKind = (s: Scored): boolean => {
    const t = data.sources[s.e.sourceIndex]?.analysis.tokens;
    const k = s.e.a.m.tokEnd;
    return t?.[k]?.lower === 'of' && (t[k + 1]?.lower === 'its' || t[k + 1]?.lower === 'their') && KIND_NOUNS.has(t[k + 2]?.lower ?? '');
  };
  // Or where a precise figure stands beside both ("Smeshko … was sixth on 6.04%" / "Ihor Smeshko
  // holds the sixth result with 6.04%"): the rank is the one that figure goes with.
  const sameMoment = (s: Scored): boolean => {
    const src = data.sources[s.e.sourceIndex]?.analysis;
    return src !== undefined && (sharedWords(draft, a, src, s.e.a) >= ELIDED_RANK_SHARED_WORDS || sharesPreciseFigure(draft, a, src, s.e.a));
  };
  const rankOk = (s: Scored): boolean => a.m.kind !== 'ordinal' || (ranked(a.frame) && ranked(s.e.a.frame))
    // "second-placed Spurs" ranks Spurs: a draft naming Spurs beside its rank meets it there.
    || (placeOrElided(a.frame) && placeOrElided(s.e.a.frame) && (s.context > 0 || (s.e.a.frame.head !== undefined && a.frame.near.has(s.e.a.frame.head))))
    || (!ranked(s.e.a.frame) && s.context > 0 && ofItsKind(s))
    // A draft that leaves the noun out ("the baby, her first with partner Charlie Thomson") ranks
    // the source's noun ("her first child with partner Charlie Thomson") where the words around
    // both meet closely, not on one shared word.
    || (!ranked(a.frame) && ranked(s.e.a.frame) && (s.context >= ELIDED_RANK_CONTEXT || sameMoment(s)))
    // So the other way: "the second earthquake in the area in two months" for the source's
    // "a tremor - the second in two months".
    || (ranked(a.frame) && !ranked(s.e.a.frame) && s.e.a.frame.head === undefined && (s.context >= ELIDED_RANK_CONTEXT || sameMoment(s)));
  // A round share names its whole ("a quarter of the budget") but not what takes it: the words
  // around both must meet somewhere beyond the head ("health"), or the 25% may be another share.
  // A precise one ("5.2pc") is unlikely to recur for something else.
  const draftStreak = countsStreak(draft.tokens, a);
  const roundShare = a.family === 'percent' && (a.m.kind === 'fraction' || Number.isInteger((a.m.value ?? 0) / 5));
  // An outcome word says what a count counts (the killed, the injured); a length of time beside
  // one ("13 days in hospital … before she died", "after nearly two weeks … from her injuries")
  // counts days whichever outcome is nearer.
  const outcomeClash = (s: Scored): boolean => !a.family.startsWith('dim:') && otherOutcome(a.frame, s.e.a.frame);
  // A weak frame has only the value to go on, so the value must be of the same kind: a year
  // ("changed career in 1975") is no count of pupils, however near "around 2,000" it falls.
  // A rate ("almost three a day") is weakly met only by a rate of the same period: "three men"
  // is another kind of quantity, whatever its digits.
  const rateOk = (s: Scored): boolean => { const src = data.sources[s.e.sourceIndex]; return dPer === undefined || (src !== undefined && perYear(src.analysis, s.e.a) === dPer); };
  // An age's words say whose it is, not what it counts: "The 39-year-old former Hearts boss" and
  // "the 39-year-old paid tribute" are ages, whatever noun follows either.
  // Only where neither says whose: "a six-year-old girl" is no "six-year-old daughter" of another.
  const bothAges = (s: Scored): boolean => a.m.kind === 'age' && s.e.a.m.kind === 'age' && a.m.owner === undefined && s.e.a.m.owner === undefined;
  // A share told in words with a hedge ("nearly two-thirds", "about a quarter") is how copy
  // rounds the source's percentage ("63 percent"): its hedge, not the fraction's digits, says how
  // near the value lies, so a source value the hedge entails is near enough (draftInterval gives
  // "about a fifth" the shares nearer to a fifth than to a sixth or a quarter). An open bound
  // reaches only FRACTION_BOUND past its fraction: "more than half" is not 80%.
  const fractionNear = (s: Scored): boolean => {
    if (a.m.kind !== 'fraction' || s.e.a.m.kind === 'fraction' || a.m.value === null || s.e.a.base === null || s.e.a.m.high !== undefined) return false;
    const share = a.m.value * a.factor + a.offset;
    const v = s.e.a.base;
    switch (a.m.bound) {
      case 'approximately': case 'nearly': return true;
      case 'more-than': return v <= share + FRACTION_BOUND;
      case 'less-than': return v >= share - FRACTION_BOUND;
      default: return false;
    }
  };
  const weakOk = (s: Scored): boolean => (s.close || fractionNear(s)) && s.score >= WEAK_MIN && (framesAgree(a.frame, s.e.a.frame) || bothAges(s)) && s.e.a.family === a.family
    && rankOk(s) && rateOk(s)
    && (!roundShare || s.context > 0) && !outcomeClash(s);
  // A strong frame still needs the same people ("441 protesters" are not "441 officers") and the
  // same outcome: "31 people died" shares words with "killing five people and injuring 31", but
  // the 31 were injured.
  // Nor is a set counted whole support for a part of it: "six of the wounded" against "wounding
  // six"; nor a period's or a rank's ordinal for a streak ("a third quarter running" against
  // "third-quarter revenue").
  const whole = (s: Scored): boolean => {
    const toks = data.sources[s.e.sourceIndex]?.analysis.tokens ?? [];
    return countsTheWhole(draft.tokens, a, toks, s.e.a) || (draftStreak && !countsStreak(toks, s.e.a));
  };
  // An age says whose it is by a name or a noun ("Khan, 21", "a 21-year-old man"); an age that is
  // itself the person ("stabbed a 19-year-old") may be anyone's in the story, so it contradicts no
  // age the draft gives a noun or a name ("A 21-year-old man who fatally stabbed a teenager").
  const unplacedAge = (s: Scored): boolean => a.m.kind === 'age' && s.e.a.m.kind === 'age' && (a.frame.head !== undefined || a.m.owner !== undefined)
    && s.e.a.frame.head === undefined && s.e.a.m.owner === undefined;
  const sexDiffers = (s: Scored): boolean => otherSex(draft.tokens, a, data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a);
  const support = scored.filter((s) => ((s.rel === 'entails' && ((s.score >= STRONG && !peopleDiffer(a.frame.head, s.e.a.frame.head) && !outcomeClash(s)) || weakOk(s)))
    || (s.rel === 'overlaps' && a.m.bound === undefined && s.e.a.m.bound !== undefined && weakOk(s))) && !whole(s) && !otherScoringUnit(a.frame.head, s.e.a.frame.head)
    && !sexDiffers(s));
  // A conflict needs more than a shared noun: the words around both figures must agree too.
  // The whole of a partitive ("4 of Spain's [17] regions") is a set's size, no value of a part.
  // Nor is the whole the draft gives its part ("eight of the council's 13 seats") a value of it.
  const draftWhole = isPartitiveWhole(draft.tokens, a.m.tokStart);
  const partOf = wholeOfPart(draft.tokens, a.m.tokEnd);
  // Nor is a part the source takes of a whole ("landed 179-of-423 punches") a value of the draft's whole.
  const isWhole = (s: Scored): boolean => (!draftWhole && isPartitiveWhole(data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a.m.tokStart))
    || (partOf !== undefined && s.e.a.m.value === partOf)
    || (draftWhole && wholeOfPart(data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a.m.tokEnd) !== undefined);
  // Nor is a source figure the draft gives, in the same sentence, to another figure in the
  // source's own words: "extends life by around four months, with overall survival of 17 months"
  // puts the source's "overall survival of 17 months" on its own 17, not against the four. A
  // swapped pair ("Belfast on 27 and Sheffield Steelers on 25" for "Sheffield Steelers on 27 and
  // Belfast 25") still conflicts: the words beside the sibling are not the source's.
  const siblings = sentenceMentions(draft, a.sentence.start).filter((o) => o !== a && o.family === a.family && o.base !== undefined);
  const claimedBySibling = (s: Scored): boolean => {
    const src = data.sources[s.e.sourceIndex]?.analysis.tokens;
    // Or to the very person the source gives it to: "Porterfield made 39" beside the draft's
    // "Thompson top-scored with 56", where the source has "captain William Porterfield (39)".
    const owner = s.e.a.m.owner;
    // A figure the source gives a person ("Ayrton Senna (65)") is that person's in the draft too,
    // whatever value the draft gives them ("behind only Ayrton Senna, on 68"): it bears on their
    // figure, not on the draft's other one ("third place for career poles with 47").
    return src !== undefined && siblings.some((o) => (o.base === s.e.a.base && sameWordsBeside(draft.tokens, o.m.tokStart, o.m.tokEnd, src, s.e.a.m.tokStart, s.e.a.m.tokEnd))
      || (owner !== undefined && (o.m.owner ?? namesBefore(draft, o)[0]) === owner));
  };
  // A match runs through many scores of one kind ("a 5-3 lead" overnight, "a 12-4 lead" by the
  // evening): where a source states the draft's very score with its noun, another score with that
  // noun is an earlier or later moment of the match, not another value of this one.
  const statedScore = a.m.kind === 'score' && a.frame.head !== undefined
    && scored.some((s) => s.rel === 'entails' && s.e.a.m.kind === 'score' && s.e.a.frame.head === a.frame.head);
  const laterMoment = (s: Scored): boolean => statedScore && s.e.a.m.kind === 'score' && s.e.a.frame.head === a.frame.head;
  // A total the draft says it added up ("In all, 13,000 tickets") is not contradicted by a smaller
  // figure of the same thing: that may be one of its parts (totalOfSourceParts sums them).
  const cuedTotal = a.base !== null && hasTotalCue(draft, a);
  const draftPart = a.family === 'count' && draft.tokens[a.m.tokEnd]?.lower === 'of' && PART_OF.test(draft.tokens[a.m.tokEnd + 1]?.lower ?? '');
  const partOfTotal = (s: Scored): boolean => (cuedTotal && s.e.a.base !== null && a.base !== null && s.e.a.base > 0 && s.e.a.base < a.base)
    // Nor is a part the draft takes of a whole ("52 of those deaths", "four of them") contradicted
    // by a larger figure: that may be the whole, or another whole it is part of.
    || (draftPart && s.e.a.base !== null && a.base !== null && s.e.a.base > a.base);
  // Nor is a source's gap ("12 points more than the Treble-winning team") a level the draft's
  // plain figure ("Liverpool's 91 points") could misstate.
  const draftCompared = comparedByThan(draft.tokens, a.m.tokEnd);
  const sourceGap = (s: Scored): boolean => !draftCompared && comparedByThan(data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a.m.tokEnd);
  // Nor is a rate's base ("per 100,000 people") a value of a rate ("67.9 per 100,000"), or the
  // other way round: one says what the rate is counted over, the other the rate.
  const perBase = (tokens: readonly Token[], m: AnalysedMention): boolean => tokens[tokenAt(tokens, m.m.start) - 1]?.lower === 'per';
  const draftBase = perBase(draft.tokens, a);
  const otherRole = (s: Scored): boolean => perBase(data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a) !== draftBase;
  // Nor does an amount thousands of times the draft's: it is another quantity (MAGNITUDES_APART).
  const apart = (s: Scored): boolean => a.base !== null && s.e.a.base !== null && a.base > 0 && s.e.a.base > 0
    && Math.max(a.base / s.e.a.base, s.e.a.base / a.base) >= MAGNITUDES_APART;
  // Nor is a round's score against par ("a one-under-par 71") a value of the tournament's total
  // against par ("finishing at 17-under overall"), or the other way round.
  const draftRound = isRoundToPar(draft, a);
  const otherToPar = (s: Scored): boolean => {
    const t = data.sources[s.e.sourceIndex]?.analysis;
    return isToPar(a) && isToPar(s.e.a) && t !== undefined && isRoundToPar(t, s.e.a) !== draftRound;
  };
  // Nor is a bare figure that says nothing of what it counts (no noun, no outcome) a count of the
  // people the draft names: "two strokes clear of three players, Molinari, Oosthuizen and Reed"
  // against "an 8-under 276 and a two-stroke victory over Molinari, Oosthuizen and Reed". The
  // names around both tell whose story it is, not what 276 counts.
  const draftPeople = a.family === 'count' && a.frame.head !== undefined && namesPeople(a.frame.head);
  const countsNothing = (s: Scored): boolean => draftPeople && s.e.a.frame.head === undefined && s.e.a.frame.concepts.length === 0 && s.e.a.m.owner === undefined;
  // Nor is an addition ("put another 21 Starlink satellites into orbit") a value of the total it
  // adds to ("more than 4,600 Starlink satellites in orbit"), or the other way round.
  const draftAdds = addition(draft.tokens, a.m.tokStart, a.m.tokEnd);
  const otherAddition = (s: Scored): boolean => addition(data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a.m.tokStart, s.e.a.m.tokEnd) !== draftAdds;
  // Nor is the level a change started from ("rose from 4.7 percent to a still-low 4.9 percent") a
  // value of a draft figure that gives the level it ended at, with no change told: that is the
  // level now, and the source states it.
  const startingLevel = (s: Scored): boolean => {
    if (a.role !== undefined || s.e.a.role !== 'from') return false;
    const src = data.sources[s.e.sourceIndex]?.analysis;
    return src !== undefined && sentenceMentions(src, s.e.a.sentence.start).some((o) => o.role === 'to' && o.family === a.family && o.base === a.base);
  };
  // Nor is another member of a series ("in the 80th minute") a value of the draft's ordinal where
  // a source names the draft's very member with its noun ("in the 91st [minute]"): each minute,
  // round or Test is its own.
  const ownMember = a.m.kind === 'ordinal' && a.frame.head !== undefined
    && support.some((s) => s.e.a.m.kind === 'ordinal' && s.e.a.base === a.base && s.e.a.frame.head === a.frame.head);
  const otherMember = (s: Scored): boolean => ownMember && s.e.a.m.kind === 'ordinal' && s.e.a.frame.head === a.frame.head;
  // Nor is a side's record in brackets after its name ("Paige had 21 for the Heels (33-7)") a
  // score of the game ("a 77-74 victory"), or the other way round.
  const draftRecord = bracketedRecord(draft.tokens, a);
  const otherRecord = (s: Scored): boolean => a.m.kind === 'score' && s.e.a.m.kind === 'score'
    && bracketedRecord(data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a) !== draftRecord;
  const anotherQuantity = (s: Scored): boolean => startingLevel(s) || otherAddition(s) || otherMember(s) || otherRecord(s);
  // Nor do people and things conflict: "three charges" against "two suspects … charged".
  const conflicts = scored.filter((s) => s.rel !== 'entails' && s.score >= STRONG && s.context >= 1 && !s.subset && !claimedBySibling(s) && !laterMoment(s) && !anotherQuantity(s) && !partOfTotal(s) && !apart(s) && !sourceGap(s) && !otherToPar(s) && !countsNothing(s) && !otherRole(s)
    && !isSubgroup(a.frame.head, s.e.a.frame.head) && !isWhole(s) && !sexDiffers(s) && !unplacedAge(s)
    // "one aged 19" against "two aged 17": groups of different ages.
    && !otherAgeGroup(draft.tokens, a, data.sources[s.e.sourceIndex]?.analysis.tokens ?? [], s.e.a)
    && !peopleAndThings(draft.text, a.frame, data.sources[s.e.sourceIndex]?.analysis.text ?? '', s.e.a.frame));
  let miss: Scored | null | undefined;
  return {
    draft, a, data, published, dText, scored, support, conflicts, isWhole, anotherQuantity,
    bestSupport: support[0],
    bestConflict: conflicts[0],
    miss: () => (miss === undefined ? (miss = scaleOrUnitTwin(a, data)) : miss),
  };
}

/** Whether an ordinal counts quarters of a year: "Q4", "the fourth quarter". */
function quarterOrdinal(t: AnalysedText | undefined, m: AnalysedMention): boolean {
  if (m.m.kind !== 'ordinal') return false;
  // "the fourth quarter", "fourth-quarter revenue", "the third fiscal quarter".
  return m.m.quarterOfYear === true || [0, 1, 2].some((k) => /^quarters?$/.test(t?.tokens[m.m.tokEnd + k]?.lower ?? ''));
}

/** Whether a score stands alone in brackets right after a name: a side's record ("the Heels (33-7)"), not a game's score. */
function bracketedRecord(t: readonly Token[], m: AnalysedMention): boolean {
  const at = tokenAt(t, m.m.start);
  return m.m.kind === 'score' && t[at - 1]?.text === '(' && t[m.m.tokEnd]?.text === ')' && /^\p{Lu}/u.test(t[at - 2]?.text ?? '');
}

/** Hedges that may stand between an addition's word and its figure: "another [almost] 300". */
const ADDITION_HEDGES = new Set(['almost', 'nearly', 'about', 'around', 'some', 'roughly', 'over', 'up', 'to']);

/** Whether the figure in tokens [tok, end) is told as an addition: "another 21", "a further 300", "an additional £5m", "an extra two", "11 more". */
function addition(t: readonly Token[], tok: number, end: number): boolean {
  // "as 11 more diagnosed", "Eleven more people": "more" right after the figure adds it on, where
  // "11 more than last week" compares it.
  if (t[end]?.lower === 'more' && t[end + 1]?.lower !== 'than') return true;
  let k = tok - 1;
  while (k >= 0 && (ADDITION_HEDGES.has(t[k]!.lower) || t[k]!.type === 'sym' && /^[£$€]$/.test(t[k]!.text))) k--;
  const w = t[k]?.lower;
  return w === 'another' || ((w === 'further' || w === 'additional' || w === 'extra') && /^(?:a|an)$/.test(t[k - 1]?.lower ?? ''));
}

/**
 * Whether two figures have the same two words before them, or the same two after, one of them a
 * word of four letters or more ("survival of 17 months" / "survival of 17 months"): the draft
 * took the figure with its phrase.
 */
function sameWordsBeside(a: readonly Token[], aStart: number, aEnd: number, b: readonly Token[], bStart: number, bEnd: number): boolean {
  const same = (ka: number, kb: number): boolean => {
    const x = [a[ka], a[ka + 1]];
    const y = [b[kb], b[kb + 1]];
    return x.every((t, i) => t !== undefined && t.lower === y[i]?.lower) && x.some((t) => t!.type === 'word' && t!.lower.length >= 4);
  };
  // "6-4 6-1" in both: a set's score after the same set before it is that next set.
  const scoreBefore = (t: readonly Token[], k: number): string | undefined => {
    const [x, dash, y] = [t[k - 3], t[k - 2], t[k - 1]];
    return x?.type === 'num' && dash?.text === '-' && y?.type === 'num' ? `${x.text}-${y.text}` : undefined;
  };
  const previousSet = scoreBefore(a, aStart);
  return (aStart >= 2 && bStart >= 2 && same(aStart - 2, bStart - 2)) || same(aEnd, bEnd) || (previousSet !== undefined && previousSet === scoreBefore(b, bStart));
}

/** Whether the sentences of a draft figure and a source figure each hold another figure, the same precisely written value in both. */
function sharesPreciseFigure(draft: AnalysedText, a: AnalysedMention, src: AnalysedText, s: AnalysedMention): boolean {
  const theirs = sentenceMentions(src, s.sentence.start).filter((o) => o !== s && o.base !== null);
  return sentenceMentions(draft, a.sentence.start).some((o) => o !== a && o.base !== null && significantDigits(draft.text.slice(o.m.start, o.m.end)) >= PRECISE_DIGITS
    && theirs.some((t) => t.family === o.family && t.base === o.base && t.m.kind === o.m.kind));
}
