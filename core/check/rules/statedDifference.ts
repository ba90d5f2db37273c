// A figure the draft words as a difference: "scored 19 goals, seven fewer than Osimhen" where the
// source gives Osimhen's 26; "opened a net eight stores" where it opened 12 and closed four; "a
// majority of 24" for a vote of 54 to 30; "won by almost 19,000 votes" for 118,412 to 99,654.
// Newsroom copy turns two stated figures into their gap every day. The draft's own wording must
// say it is a gap (a comparative with "than", "net", "majority", "margin", "won by"), and one
// source sentence must give two figures of its kind whose difference is the draft's figure.
// Runs before conflicts: the gap is not another value of either figure ("eight stores" is not a
// contradiction of "12 stores").
import { headsAgree } from '../../frames/headsAgree.ts';
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import { closedInterval, draftInterval, inDraftUnits, isLowerBound } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { namesBefore, sentenceNames } from '../namedNearFigure.ts';
import { sentencePairs } from '../sentencePairs.ts';
import { yearOf } from '../yearAnchor.ts';
import { BOUND_REACH, CHANGE_REACH } from '../tuning.ts';
import { previousSentenceMentions, sentenceIndexOf, sentenceMentions } from '../sentenceMentions.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import { COMPARATIVES, comparedByThan } from '../comparedByThan.ts';
import { sharedWords } from '../sharedWords.ts';


/** Words before a figure that make it a gap between two others: "a net 8", "a majority of 24", "a gap of about $6.70". */
const GAP_BEFORE: readonly (readonly string[])[] = [['net'], ['majority', 'of'], ['margin', 'of'], ['won', 'by'], ['win', 'by'], ['lost', 'by'], ['beat', 'by'], ['gap', 'of'], ['difference', 'of'],
  // The level before a change the sentence gives: "rose by £6,137 to £217,580, up from roughly £211,400".
  ['up', 'from'], ['down', 'from'],
  // The size of a change the sentence gives both ends of: "raised to 191,000 from 156,000, an
  // upgrade of 35,000", "slid to £239m from £344m, a fall of more than £100m".
  ['upgrade', 'of'], ['downgrade', 'of'], ['revision', 'of'], ['rise', 'of'], ['fall', 'of'], ['drop', 'of'], ['increase', 'of'],
  ['decrease', 'of'], ['decline', 'of'], ['jump', 'of'], ['cut', 'of'], ['reduction', 'of'], ['swing', 'of'],
  // "raising the intake from 45 to 60 pupils – an extra 15 a year".
  ['extra'], ['additional']];

/**
 * Comparatives of measure that make the figure before them a gap without a "than": the thing
 * compared with is in the sentence or the one before ("a magnitude 5.6 tremor …, making it 0.7
 * stronger"; "40C, just 1.3C hotter"). "More", "fewer" and "less" are not among them: without a
 * "than", "two more people died" counts additions, which other rules read.
 */
const MEASURE_COMPARATIVES: ReadonlySet<string> = new Set(['stronger', 'weaker', 'hotter', 'warmer', 'colder', 'cooler', 'taller', 'heavier', 'lighter', 'faster', 'slower', 'deeper', 'wider', 'cheaper', 'dearer']);

/** Words after a figure that place it against another: "1.3C above the record", "34 points behind", "two shots ahead of". */
const POSITION_AFTER = new Set(['above', 'below', 'behind', 'ahead', 'clear']);

/** Norms a figure "over" or "under" them is the gap to: "over the speed limit", "under budget". */
const NORMS = new Set(['limit', 'target', 'budget', 'estimate', 'estimates', 'forecast', 'forecasts', 'par', 'average', 'threshold', 'cap', 'quota']);

/** What a level is measured from, after "above" or "below": the figure is the level itself. */
const FIXED_ZERO = /^(?:sea level|sea|ground|the ground|zero|freezing|the surface|surface)\b/;

/** Verbs that, with a "by" before the figure, make it the margin between two levels: "beats the record of 38.5C by 0.2C". */
const OUTDO_VERBS = /^(?:beat|beats|beating|exceed|exceeds|exceeded|exceeding|top|tops|topped|topping|surpass|surpasses|surpassed|surpassing|outstrip|outstrips|outstripped|trail|trails|trailed|trailing|lead|leads|led|leading|break|breaks|broke|breaking|eclipse|eclipses|eclipsed|better|bettered|betters)$/;


/**
 * Two figures are compared by their gap only on one scale: a share price of "$41.57" and a market
 * value of "$69.7bn" differ by the larger one, which no writer calls a gap. The smaller must be at
 * least this share of the larger.
 */
const COMPARABLE = 0.001;
const comparable = (x: number, y: number): boolean => Math.min(Math.abs(x), Math.abs(y)) >= COMPARABLE * Math.max(Math.abs(x), Math.abs(y));

/** Tokens from "margin" to its figure: "margin [against Xiao was] seven" (4). */
const MARGIN_SUBJECT_REACH = 5;

/** A worked-out figure as copy writes it: "105,000,000", "0.2". */
const figure = (v: number): string => (Math.round(v * 100) / 100).toLocaleString('en-GB');

/** "ten points ahead" in a sentence that gives shares of a vote: points between two percentages. */
function pointsOfShares(j: Parameters<VerdictRule['judge']>[0]): boolean {
  const { a, draft } = j;
  return a.family === 'count' && a.frame.head === 'point' && draft.mentions.some((m) => m.family === 'percent' && m.sentence.start === a.sentence.start);
}

/** Nouns of a gap after a figure hyphened to its unit: "a 30-vote margin", "a 12-point lead". */
const GAP_NOUNS = /^(?:margin|majority|lead|gap|advantage|deficit|cushion|swing)$/;

function wordedAsGap(j: Parameters<VerdictRule['judge']>[0]): boolean {
  const { a, draft } = j;
  const t = draft.tokens;
  const lower = (k: number): string => t[k]?.lower ?? '';
  // A hedge stands between the cue and the figure ("won by almost 19,000"): the cue ends before it.
  const k = tokenAt(t, a.m.start) - 1;
  for (const cue of GAP_BEFORE) {
    if (cue.every((w, i) => lower(k - cue.length + 1 + i) === w)) return true;
  }
  // "His winning margin against Xiao was seven frames": the margin named as the clause's subject.
  for (let c = k; c >= 0 && c >= k - MARGIN_SUBJECT_REACH; c--) {
    if (t[c]?.text === ',' || t[c]?.text === '.' || t[c]?.type === 'num') break;
    if (lower(c) === 'margin') return true;
  }
  // "a 30-vote margin", "a 12-point lead", "a 17-seat majority": the figure hyphened to its noun
  // before a word of gap.
  if (t[a.m.tokEnd]?.text === '-' && !t[a.m.tokEnd]!.spaced && t[a.m.tokEnd + 1]?.type === 'word' && GAP_NOUNS.test(lower(a.m.tokEnd + 2))) return true;
  // Percentage points are a difference of two percentages by definition: "10.6 per cent … against
  // 6.4 per cent – a jump of more than four percentage points".
  if (a.m.unit === 'pp') return true;
  // "beats the previous record of 38.5C by 0.2C": the margin of a verb of outdoing, in its clause.
  if (lower(k) === 'by') {
    for (let c = k - 1; c >= 0 && c >= k - CHANGE_REACH; c--) {
      if (t[c]?.text === ',' || t[c]?.text === '.' || t[c]?.text === ';') break;
      if (OUTDO_VERBS.test(lower(c))) return true;
    }
  }
  // "1.3C above the new record", "34 points behind", "five points clear". A level's fixed zero
  // makes it a height or a reading, not a gap: "1,500 metres above sea level", "5C below freezing".
  // The figure's noun may come between where the figure is points between shares: "ten points
  // ahead of Reed" (a league table's points are pointsGap's, which asks whose side is whose).
  const position = POSITION_AFTER.has(lower(a.m.tokEnd)) ? a.m.tokEnd : pointsOfShares(j) && POSITION_AFTER.has(lower(a.m.tokEnd + 1)) ? a.m.tokEnd + 1 : -1;
  if (position >= 0 && !FIXED_ZERO.test(t.slice(position + 1, position + 3).map((x) => x.lower).join(' '))) return true;
  // "20mph over the 30mph limit", "£2m under budget": the gap to a norm the figure is measured against.
  if (/^(?:over|under|above|below)$/.test(lower(a.m.tokEnd)) && t.slice(a.m.tokEnd + 1, a.m.tokEnd + 5).some((x) => NORMS.has(x.lower))) return true;
  // "making it 0.7 stronger": a comparative of measure needs no "than".
  if (MEASURE_COMPARATIVES.has(lower(a.m.tokEnd))) return true;
  // "2018 and 2021 respectively, three years apart"; "0.7C short of the year's high".
  if (lower(a.m.tokEnd) === 'apart' || (/^(?:short|shy)$/.test(lower(a.m.tokEnd)) && lower(a.m.tokEnd + 1) === 'of')) return true;
  // "seven fewer than", "five fewer goals than", "73 cents a month lower".
  return comparedByThan(t, a.m.tokEnd);
}

/**
 * "dropped by 158 to 1,092, from 1,250", "rose by £6,137 to £217,580, up from £211,443": a level
 * told after "from" when its clause has just given a change "by" one figure "to" another. The
 * level before is the level after less a rise, or plus a fall: a sum or a difference of the two.
 */
function levelBefore(j: Parameters<VerdictRule['judge']>[0]): boolean {
  const t = j.draft.tokens;
  const k = tokenAt(t, j.a.m.start) - 1;
  if (t[k]?.lower !== 'from') return false;
  const window = t.slice(Math.max(0, k - CHANGE_REACH), k).map((x) => x.lower);
  return window.includes('by') && window.includes('to');
}

export const statedDifference: VerdictRule = {
  name: 'statedDifference',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.value === null || a.m.kind === 'ordinal' || a.m.kind === 'year' || a.family === 'date') return null;
    const before = levelBefore(j);
    if (!before && !wordedAsGap(j)) return null;
    const [, open] = draftInterval(a);
    // An upper bound is no gap far under it: "as much as 13 degrees above normal" is not 1.
    const [lo] = closedInterval(a);
    // A lower bound is no gap an order of magnitude above it: "more than four points" is not 45.
    const hi = isLowerBound(a.m.bound) ? Math.min(open, (a.m.value ?? 0) * BOUND_REACH) : open;
    // "seven fewer than": the frame takes the comparative for a head noun; it names nothing.
    const shares = pointsOfShares(j);
    const head = (a.frame.head !== undefined && COMPARATIVES.has(a.frame.head)) || shares ? undefined : a.frame.head;
    // A difference of plain figures: ranges, bounds and hedges state no exact value to subtract.
    // A gap in percentage points is between two percentages.
    const family = a.family === 'pp' || shares ? 'percent' : a.family;
    const usable = (m: AnalysedMention): boolean => m.family === family && m.base !== null && m.baseHigh === undefined
      && m.m.bound === undefined && m.m.kind !== 'year' && m.m.kind !== 'ordinal';
    // "165 tries in 176 appearances, just 11 fewer tries than games", "full by 2018 and 2021, three
    // years apart": the gap between two figures the draft's sentence gives itself before it.
    // The sentence before, in the same paragraph, may give one of them: "… will add $2.49 a month.
    // Staff had recommended $3.22 a month, so the rise is 73 cents a month lower."
    // And the figure compared with may follow it: "reached 32C, just 0.7C short of the year's high of 32.7C".
    const own = [...previousSentenceMentions(draft, a), ...sentenceMentions(draft, a.sentence.start).filter((p) => p !== a)]
      // A level told roughly ("about 50mph, 20mph over the 30mph limit") is the writer's own figure to subtract.
      .filter((p) => (p.m.bound === undefined || p.m.bound === 'approximately') && p.m.high === undefined);
    const level = (p: AnalysedMention): number | undefined => (a.m.unit === 'year' && yearOf(p) !== undefined ? yearOf(p)
      : p.family === family && p.m.kind !== 'year' && p.m.kind !== 'ordinal' ? p.m.value ?? undefined : undefined);
    for (let x = 0; x < own.length; x++) {
      for (let y = x + 1; y < own.length; y++) {
        const [p, q] = [own[x]!, own[y]!];
        const [vp, vq] = [level(p), level(q)];
        if (vp === undefined || vq === undefined) continue;
        const said = (m: AnalysedMention): string => short(draft.text.slice(m.m.start, m.m.end));
        const gap = Math.abs(vp - vq);
        if (gap !== 0 && gap >= lo && gap <= hi && comparable(vp, vq)) return claimOf(draft, a, 'supported', `Derived: the draft's own '${said(p)}' and '${said(q)}' differ by ${figure(gap)}. Draft: '${short(dText)}'.`, [], published);
        // "dropped by 158 to 1,092, from 1,250": the level before a fall is the level after it and the fall.
        if (before && vp + vq >= lo && vp + vq <= hi) return claimOf(draft, a, 'supported', `Derived: the draft's own '${said(p)}' and '${said(q)}' add up to ${figure(vp + vq)}. Draft: '${short(dText)}'.`, [], published);
      }
    }
    // "17 years older than the defendant": a gap in years between two people's ages. A story gives
    // each person's age where it first names them, so the two ages are any two of the source's.
    // (The comparative is the frame's head; `head` above has already set it aside.)
    const ageGap = a.m.unit === 'year' && (a.frame.head === 'older' || a.frame.head === 'younger');
    for (let si = 0; ageGap && si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      const ages = src.analysis.mentions.filter((m) => m.m.kind === 'age' && m.base !== null && m.baseHigh === undefined && m.m.bound === undefined);
      for (let x = 0; x < ages.length; x++) {
        for (let y = x + 1; y < ages.length; y++) {
          const [p, q] = [ages[x]!, ages[y]!];
          const gap = Math.abs((p.base ?? 0) - (q.base ?? 0));
          if (gap === 0 || gap < lo || gap > hi) continue;
          const [big, small] = (p.base ?? 0) >= (q.base ?? 0) ? [p, q] : [q, p];
          const evs = [evidenceOf(data, { sourceIndex: si, a: big }), evidenceOf(data, { sourceIndex: si, a: small })];
          return claimOf(draft, a, 'supported', `Derived: ages ${big.base} − ${small.base} = ${gap}. Draft: '${short(dText)}'.`, evs, published);
        }
      }
    }
    // "won by seven frames", "a winning margin of three goals": the gap between a result's two sides ("13-6").
    // The result is the one of the sides the draft names ("against Xiao"); one that names no side
    // takes a source's only result.
    if (a.family === 'count') {
      const names = namesBefore(draft, a);
      for (let si = 0; si < data.sources.length; si++) {
        const src = data.sources[si];
        const scores = src?.analysis.mentions.filter((m) => m.m.kind === 'score' && m.base !== null && m.baseHigh !== undefined) ?? [];
        const score = scores.find((m) => Math.abs(m.base! - m.baseHigh!) >= lo && Math.abs(m.base! - m.baseHigh!) <= hi
          && (names.length > 0 ? names.some((n) => sentenceNames(src!.analysis, m, n)) : scores.length === 1));
        if (src && score) return claimOf(draft, a, 'supported', `Derived: ${src.analysis.text.slice(score.m.start, score.m.end)} is a margin of ${Math.abs(score.base! - score.baseHigh!)}. Draft: '${short(dText)}'.`, [evidenceOf(data, { sourceIndex: si, a: score })], published);
      }
    }
    // The gap between two source figures, in the draft's units.
    const gapBetween = (p: AnalysedMention, q: AnalysedMention): number => Math.abs(inDraftUnits(p.base ?? 0, a) - inDraftUnits(q.base ?? 0, a));
    // The draft's gap supported by two figures of source `si`, the larger first in the evidence.
    const gapOf = (si: number, p: AnalysedMention, q: AnalysedMention, gap: number) => {
      const text = data.sources[si]!.analysis.text;
      const [big, small] = (p.base ?? 0) >= (q.base ?? 0) ? [p, q] : [q, p];
      const evs = [evidenceOf(data, { sourceIndex: si, a: big }), evidenceOf(data, { sourceIndex: si, a: small })];
      return claimOf(draft, a, 'supported', `Derived: ${text.slice(big.m.start, big.m.end)} − ${text.slice(small.m.start, small.m.end)} = ${Math.round(gap * 100) / 100}. Draft: '${short(dText)}'.`, evs, published);
    };
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      const ms = src.analysis.mentions.filter(usable);
      for (const [p, q] of sentencePairs(ms)) {
        // Both count the same kind of thing, and it is the draft's when the draft names it.
        if (p.frame.head !== undefined && q.frame.head !== undefined && !headsAgree(p.frame.head, q.frame.head)) continue;
        if (head !== undefined && p.frame.head !== head && q.frame.head !== head) continue;
        const gap = gapBetween(p, q);
        if (gap < lo || gap > hi || !comparable(p.base ?? 0, q.base ?? 0)) continue;
        // The pair's sentence tells the draft's event in some of the gap's own sentence's words:
        // "half a point above his earlier target" for borrowing is no gap between the same
        // speech's growth forecasts.
        if (sharedWords(draft, a, src.analysis, p, true) === 0) continue;
        return gapOf(si, p, q, gap);
      }
      // "Mary Norwood: 46 percent / Kasim Reed: 36 percent": a list told a line at a time, each
      // line's only figure of the kind, and the gap between two lines that follow one another.
      const alone = (m: AnalysedMention) => ms.filter((o) => o.sentence.start === m.sentence.start).length === 1;
      const text = src.analysis.text;
      for (let k = 0; k + 1 < ms.length; k++) {
        const [p, q] = [ms[k]!, ms[k + 1]!];
        if (sentenceIndexOf(src.analysis, q) - sentenceIndexOf(src.analysis, p) !== 1 || !alone(p) || !alone(q) || !text.slice(p.m.end, q.m.start).includes('\n')) continue;
        if (p.frame.head !== undefined && q.frame.head !== undefined && !headsAgree(p.frame.head, q.frame.head)) continue;
        const gap = gapBetween(p, q);
        if (gap !== 0 && gap >= lo && gap <= hi && comparable(p.base ?? 0, q.base ?? 0)) return gapOf(si, p, q, gap);
      }
      // "It beats the record of 38.5C by 0.2C" where the source gives the new 38.7C sentences
      // away from the old record: a measure in units (degrees, kilometres, magnitudes) is rare
      // enough in a story that two of one unit anywhere in it are the levels its gap is between.
      // Counts and sums of money are many, and a gap between any two of them proves nothing.
      // A bound reaches too far for a pair found so far apart: only a stated or rounded gap.
      if (a.m.kind !== 'quantity' || a.m.unit === undefined || (a.m.bound !== undefined && a.m.bound !== 'approximately' && a.m.bound !== 'exactly')) continue;
      const measures = ms.filter((m) => m.m.kind === 'quantity' && m.m.unit === a.m.unit);
      for (let x = 0; x < measures.length; x++) {
        for (let y = x + 1; y < measures.length; y++) {
          const [p, q] = [measures[x]!, measures[y]!];
          if (q.sentence.start === p.sentence.start) continue;
          const gap = gapBetween(p, q);
          if (gap === 0 || gap < lo || gap > hi || !comparable(p.base ?? 0, q.base ?? 0)) continue;
          return gapOf(si, p, q, gap);
        }
      }
    }
    return null;
  },
};
