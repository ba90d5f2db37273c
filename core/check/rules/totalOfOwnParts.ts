// "with 120 staff and 80 players kept away …, some 200 people in all": a total the draft adds up
// from counts or amounts it gives itself earlier in the sentence, worded as a total (totalCue.ts). It states
// nothing the parts do not, so it is supported from the draft's own figures when they sum to it
// within its rounding; each part is checked against the sources on its own, and a wrong part is
// flagged there.
import { claimOf, round, short } from '../explain.ts';
import { draftInterval, isLowerBound } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { MAX_PARTS, SUM_ROUNDING } from '../tuning.ts';
import { mentionsBefore, previousSentenceMentions, sentenceMentions } from '../sentenceMentions.ts';
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import { hasTotalCue } from '../totalCue.ts';
import type { Token } from '../../text/tokenize.ts';

/** Words a listed thing may take after its "a": "a [truck]", "a [life raft]". */
const SINGLE_WORDS = 2;

/**
 * Things listed with "a" or "an" right beside a counted part, in the list just before the total
 * at token `total`: "[a lifeboat] and two life rafts, three …", "six cars and [a truck], seven …".
 */
function listedSingles(tokens: readonly Token[], parts: readonly (readonly [number, number])[], total: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const [start, end] of parts) {
    // "a lifeboat and two …": an article and its noun, then "and" right before the part.
    for (let w = 1; w <= SINGLE_WORDS; w++) {
      const k = start - 2 - w;
      if (tokens[start - 1]?.lower === 'and' && /^(?:a|an)$/.test(tokens[k]?.lower ?? '') && tokens.slice(k + 1, start - 1).every((t) => t.type === 'word')) {
        out.push({ start: tokens[k]!.start, end: tokens[start - 2]!.end });
        break;
      }
    }
    // "six cars and a truck, seven …": the part's noun, "and", an article and its noun, then the
    // comma before the total.
    const and = tokens.findIndex((t, i) => i >= end && i <= end + SINGLE_WORDS && t.lower === 'and');
    if (and > 0 && tokens.slice(end, and).every((t) => t.type === 'word') && /^(?:a|an)$/.test(tokens[and + 1]?.lower ?? '')) {
      const comma = tokens.findIndex((t, i) => i > and + 1 && (t.type !== 'word' || i === total));
      if (comma > and + 2 && comma - (and + 2) <= SINGLE_WORDS && tokens[comma]?.text === ',' && comma === total - 1) out.push({ start: tokens[and + 1]!.start, end: tokens[comma - 1]!.end });
    }
  }
  return out;
}

export const totalOfOwnParts: VerdictRule = {
  name: 'totalOfOwnParts',
  judge(j) {
    const { a, draft } = j;
    if ((a.family !== 'count' && !a.family.startsWith('money:')) || a.m.value === null || a.m.kind === 'ordinal') return null;
    const named = namedParts(draft, a) ?? partsAfter(draft, a);
    if (named) return sumClaim(j, named, []);
    if (!hasTotalCue(draft, a)) return null;
    // Lower bounds add up to a lower bound: "more than 70 million" and "more than 25 million" make
    // "more than 95 million"; an exact part may join them, an upper bound may not.
    const lower = isLowerBound(a.m.bound);
    // Amounts add up in one currency: "$138 million, $34 million and $20 million; those three
    // payments came to roughly $200 million".
    const parts = mentionsBefore(draft, a).filter((p) => p.family === a.family && !p.m.impliedOnly
      && p.m.kind !== 'ordinal' && p.m.kind !== 'age' && p.m.value !== null);
    // "a lifeboat and two life rafts, three survival craft in all", "six cars and a truck, seven
    // vehicles in all": a thing listed with "a" beside a counted part is one more.
    const singles = a.family === 'count' ? listedSingles(draft.tokens, parts.map((p) => [p.m.tokStart, p.m.tokEnd] as const), a.m.tokStart) : [];
    if (parts.length + singles.length < 2 || parts.length > MAX_PARTS) return null;
    // Every count before the total is a part of it: a sum of only some would pick its addends to
    // fit. So one that cannot be added (a range, an upper bound, a lower bound under an exact
    // total) leaves the total unexplained.
    if (parts.some((p) => p.m.high !== undefined || (p.m.bound !== undefined && !(lower && isLowerBound(p.m.bound))))) return null;
    return sumClaim(j, parts, singles);
  },
};

/** Supported when the parts (and things listed singly) add up to the total within its rounding. */
function sumClaim(j: Parameters<VerdictRule['judge']>[0], parts: readonly AnalysedMention[], singles: readonly { start: number; end: number }[]): ReturnType<VerdictRule['judge']> {
  const { a, draft, published, dText } = j;
  if (a.m.value === null) return null;
  const lower = isLowerBound(a.m.bound);
  const sum = parts.reduce((s, p) => s + (p.m.value ?? 0), singles.length);
  // The parts are exact, so their total is too: a hedge ("some 200") may round it by no more
  // than SUM_ROUNDING, not by the hedge's whole reach ("about 300" is no total of 200 and 50).
  // A bound of bounds is their sum itself, which its own open interval leaves out.
  const [lo, hi] = lower && parts.some((p) => p.m.bound !== undefined) ? [sum, sum] : draftInterval(a);
  if (sum < lo || sum > hi || Math.abs(sum - a.m.value) > SUM_ROUNDING * a.m.value) return null;
  const list = [...parts.map((p) => p.m), ...singles].sort((x, y) => x.start - y.start).map((p) => `'${short(draft.text.slice(p.start, p.end))}'`).join(' + ');
  return claimOf(draft, a, 'supported', `Derived: the draft's own ${list} = ${round(sum)}. Draft: '${short(dText)}'.`, [], published);
}

/**
 * "three homes in Sydney, two of them in Cranebrook and one at Earlwood": a total the sentence
 * breaks down after it, the first part told "N of them" and the rest joined by "and" or commas.
 * Every figure of the breakdown is a part: the draft names them, so none is picked to fit.
 */
function partsAfter(draft: AnalysedText, a: AnalysedMention): readonly AnalysedMention[] | undefined {
  const t = draft.tokens;
  const after = sentenceMentions(draft, a.sentence.start).filter((p) => p.m.start > a.m.end);
  const first = after[0];
  // The breakdown opens at a comma a few words after the total: "three homes in Sydney, two of them …".
  const comma = first ? first.m.tokStart - 1 : -1;
  if (!first || first.family !== a.family || first.m.value === null || first.m.bound !== undefined || first.m.high !== undefined || t[comma]?.text !== ',' || comma - a.m.tokEnd > TOTAL_TO_BREAKDOWN || t.slice(a.m.tokEnd, comma).some((x) => x.type !== 'word')) return undefined;
  // "two of them in Cranebrook and one at Earlwood"; or, told in apposition with no "of them",
  // "the 12 jurors, six men and six women": then only a noun and the join stand between the parts.
  const ofThem = t[first.m.tokEnd]?.lower === 'of' && /^(?:them|whom)$/.test(t[first.m.tokEnd + 1]?.lower ?? '');
  const parts = [first];
  for (const p of after.slice(1)) {
    if (p.family !== a.family || p.m.value === null || p.m.bound !== undefined || p.m.high !== undefined) break;
    // Joined to the part before by "and" or a comma, a few words of where or what between.
    const gap = t.slice(parts[parts.length - 1]!.m.tokEnd, p.m.tokStart);
    if (gap.length > (ofThem ? BREAKDOWN_GAP : APPOSITION_GAP) || !gap.some((x) => x.lower === 'and' || x.text === ',')) break;
    parts.push(p);
  }
  // The breakdown ends where its parts reach the total ("two of them … and one at Earlwood, and
  // sparked four bushfires" ends before the fires): the first run of two or more that sums to it.
  let sum = 0;
  for (let n = 0; n < parts.length; n++) {
    sum += parts[n]!.m.value!;
    if (n >= 1 && sum === a.m.value) return parts.slice(0, n + 1);
  }
  return undefined;
}

/** Most tokens between two parts of a breakdown: "two of them in Cranebrook and one". */
const BREAKDOWN_GAP = 6;
/** Most tokens between two parts of a breakdown in apposition: "six [men and] six women". */
const APPOSITION_GAP = 3;
/** Most words between a total and the comma that opens its breakdown: "three homes in Sydney,". */
const TOTAL_TO_BREAKDOWN = 5;

/** Words that open a sentence totalling the parts the sentence before gave: "Together the two counties …". */
const TOGETHER = /^(?:together|combined|between)$/;

/**
 * "Orange County has been hit hardest, with 22, … Los Angeles County … with 10. Together the two
 * counties account for 32 cases": a sentence that opens on "Together" and says how many parts it
 * adds ("the two counties", "those three areas") totals the last that many figures of the
 * sentence before, in the same family. The draft names the count of its addends, so no choice of
 * figures is made to fit.
 */
function namedParts(draft: AnalysedText, a: AnalysedMention): readonly AnalysedMention[] | undefined {
  const t = draft.tokens;
  const s0 = tokenAt(t, a.sentence.start);
  let k = s0;
  if (!TOGETHER.test(t[k]?.lower ?? '')) return undefined;
  k++;
  if (t[k]?.text === ',') k++;
  if (!/^(?:the|those|these|all)$/.test(t[k]?.lower ?? '')) return undefined;
  const n = draft.mentions.find((m) => m.m.tokStart === k + 1 && m.m.kind === 'count' && m.m.tokEnd === k + 2);
  if (!n || n.m.value === null || !Number.isInteger(n.m.value) || n.m.value < 2 || n.m.value > MAX_PARTS || n.m.end > a.m.start) return undefined;
  // No other figure between the count of parts and the total.
  if (draft.mentions.some((m) => m.m.start > n.m.end && m.m.start < a.m.start)) return undefined;
  // A multiple ("nearly three times as many") compares the parts; it is none of them.
  const before = previousSentenceMentions(draft, a).filter((p) => p.family === a.family && !p.m.impliedOnly && p.m.kind !== 'ordinal' && p.m.kind !== 'age' && p.m.value !== null
    && !/^times$/.test(t[p.m.tokEnd]?.lower ?? ''));
  const parts = before.slice(-n.m.value);
  if (parts.length !== n.m.value || parts.some((p) => p.m.high !== undefined || p.m.bound === 'less-than' || p.m.bound === 'at-most')) return undefined;
  return parts;
}
