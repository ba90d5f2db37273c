// A share the draft works out from a part and a whole it gives just before:
//   "56 human cases …, 37 of them fatal, a death rate of about two-thirds"
//   "31 trucks had been built …, of which just six, or about a fifth, had reached customers"
// Newsroom copy turns a pair of counts into the proportion a reader takes in. The share states
// nothing the two counts do not, so it is supported as derived when the part over the whole lies
// within the share's rounding and qualifier; each count is checked against the sources on its own.
// The whole and the part are the last two counts before the share in its sentence, the part
// after the whole and smaller ("56 human cases, 37 of them fatal"), or before it where "of" or
// "a possible" or "in" marks the whole ("286 points from a possible 300", "165 tries in 176
// appearances"): a share is never matched
// against a pair picked to fit.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, round, short } from '../explain.ts';
import { baseInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { wholeOfPart } from '../../frames/partitiveWhole.ts';
import { stem } from '../../frames/lexicon.ts';
import { mentionsBefore, sentenceIndexOf } from '../sentenceMentions.ts';

/** A count the share may be worked from: exact, not a bound. */
const countable = (p: AnalysedMention): boolean => p.family === 'count' && p.m.value !== null && p.m.value > 0
  && (p.m.bound === undefined || p.m.bound === 'exactly') && p.m.kind !== 'ordinal' && p.m.kind !== 'age';

export const ownShare: VerdictRule = {
  name: 'ownShare',
  judge(j) {
    const { a, draft } = j;
    if (a.family !== 'percent' || a.m.value === null || a.role !== undefined) return null;
    // A range ("between 2003 and 2014") is neither part nor whole.
    const counts = mentionsBefore(draft, a).filter((p) => p.family === 'count' && p.m.high === undefined);
    // "286 points from a possible 300", "25 of 30", "165 tries in 176 appearances": the part comes
    // first there, and the whole after "possible", "of" or "in".
    let [whole, part] = counts.slice(-2);
    // So does a partitive with a determiner before its whole: "39 of the 118 passengers, roughly a third".
    if (whole && part && (/^(?:possible|of|in)$/.test(draft.tokens[part.m.tokStart - 1]?.lower ?? '') || wholeOfPart(draft.tokens, whole.m.tokEnd) === part.m.value)) [whole, part] = [part, whole];
    // "286 points from a possible 300, dropping just 14 - more than 95%": a pair marked "from a
    // possible" states its part and whole outright, whatever figure is told after it.
    else {
      const k = counts.findIndex((p, i) => i > 0 && draft.tokens[p.m.tokStart - 1]?.lower === 'possible');
      if (k > 0) [part, whole] = [counts[k - 1], counts[k]];
    }
    // In percent, the family's base: "about two-thirds" is written as a fraction of one.
    const [lo, hi] = baseInterval(a);
    // A hedged share may be worked from hedged counts: "around 3,000 … around 1,000 die, roughly one in three".
    const hedged = a.m.bound === 'approximately' || a.m.bound === 'nearly';
    const usable = (p: AnalysedMention): boolean => countable(p) || (hedged && p.family === 'count' && p.m.value !== null && p.m.value > 0 && (p.m.bound === 'approximately' || p.m.bound === 'nearly') && p.m.kind !== 'ordinal' && p.m.kind !== 'age');
    if (whole && part && usable(whole) && usable(part) && part.m.value! < whole.m.value!) {
      const share = (part.m.value! / whole.m.value!) * 100;
      if (share >= lo && share <= hi) return shareClaim(j, part, whole, share);
    }
    return shareOfTotal(j, lo, hi) ?? shareThenPart(j, lo, hi) ?? complement(j, lo, hi);
  },
};

/** Between "of them" and the part that follows it as an aside: "More than half of them - 304 -", "a third of them (120)". */
const PART_AFTER_SHARE = /^\s*(?:[,(–—]|\s-)\s*$/;

/**
 * "545 homes … sold for £1m or more. More than half of them - 304 - were in Greater London": a
 * share of a whole told before ("of them"), its part given straight after it as an aside. The
 * whole is the nearest larger count before the share, in its sentence or the two before.
 */
function shareThenPart(j: Parameters<VerdictRule['judge']>[0], lo: number, hi: number): ReturnType<VerdictRule['judge']> {
  const { a, draft } = j;
  const t = draft.tokens;
  const them = t[a.m.tokEnd + 1];
  if (t[a.m.tokEnd]?.lower !== 'of' || !them || !/^(?:them|these|those)$/.test(them.lower)) return null;
  const part = draft.mentions.find((p) => p.m.start > a.m.end && p.sentence.start === a.sentence.start);
  if (!part || !countable(part) || !PART_AFTER_SHARE.test(draft.text.slice(them.end, part.m.start))) return null;
  const earliest = sentenceIndexOf(draft, a) - WHOLE_SENTENCES_BACK;
  const whole = draft.mentions.filter((p) => p.m.end <= a.m.start && countable(p) && p.m.value! > part.m.value! && sentenceIndexOf(draft, p) >= earliest).pop();
  if (!whole) return null;
  const share = (part.m.value! / whole.m.value!) * 100;
  return share >= lo && share <= hi ? shareClaim(j, part, whole, share) : null;
}

/** Words between two shares that make the second the rest of the whole: "leaves 70% uncovered, meaning only 30% is monitored". */
const REST_WORDS = /\b(?:meaning|leaving|so|remaining|rest|other|others|left|while|whereas)\b/i;

/**
 * "leaves around 70% of the world's airspace uncovered, meaning only about 30% is monitored": the
 * rest of a whole the draft has just shared out, told after a word that says so. Supported as
 * the draft's own arithmetic when the two add up to the whole within the share's rounding.
 */
function complement(j: Parameters<VerdictRule['judge']>[0], lo: number, hi: number): ReturnType<VerdictRule['judge']> {
  const { a, draft, published, dText } = j;
  if (a.m.bound !== undefined && a.m.bound !== 'approximately') return null;
  for (const p of mentionsBefore(draft, a)) {
    if (p.family !== 'percent' || p.m.value === null || p.m.high !== undefined || (p.m.bound !== undefined && p.m.bound !== 'approximately') || !REST_WORDS.test(draft.text.slice(p.m.end, a.m.start))) continue;
    const rest = 100 - p.m.value * p.factor;
    if (rest >= lo && rest <= hi) return claimOf(draft, a, 'supported', `Derived: the rest of the draft's own '${short(draft.text.slice(p.m.start, p.m.end))}' is ${round(rest)}%. Draft: '${short(dText)}'.`, [], published);
  }
  return null;
}

/** Tokens from the share's "of" to the whole it names: "of [the] 239,000" (2), "of [its] 77,000-tonne" (2). */
const WHOLE_AFTER_OF = 3;
/** Sentences before the share's own that its whole may stand in ("worth $1.8bn. … received nearly $1.1bn, more than half of the total"). */
const WHOLE_SENTENCES_BACK = 2;
/**
 * How far past its bound a bounded share may run: "more than half" is up to three-quarters,
 * "under a third" down to a sixth. Beyond, the writer would have said "most" or "a fraction":
 * the bound misstates the share, as BOUND_REACH says of figures.
 */
const SHARE_BOUND_REACH = 1.5;
/**
 * What may stand between the part and its share: "$18.4bn respectively, more than 95% of …", the
 * part's own noun phrase set off by a comma or a dash ("1.5 billion passengers, more than a third
 * of the total", "47 patients – nearly nine in ten –", "38 of the confirmed cases, more than
 * two-thirds,"): at most seven words, no figure among them.
 */
const PART_TO_SHARE = /^\s*(?:[\p{L}'’-]+\s+){0,6}?(?:[\p{L}'’-]+\s*)?(?:[,–—]\s*|\s-\s*)?(?:respectively\s*,?\s*|or\s+)?$/iu;
/** A share set off as an aside closes on one of these: "47 patients – nearly nine in ten – had not …". */
const ASIDE_CLOSE = /^\s*[,–—)]|^\s+-\s/;

/**
 * "received nearly $1.1bn, more than half of the total", after "worth $1.8bn": a share told in
 * apposition to the amount it is of ("of the total", "of the annual total"), the part the figure
 * right before it and the whole the nearest larger figure of its kind before that, in the same
 * sentence or the two before. Supported as the draft's own arithmetic when the part over the
 * whole lies within the share's rounding and bound.
 */
function shareOfTotal(j: Parameters<VerdictRule['judge']>[0], lo: number, hi: number): ReturnType<VerdictRule['judge']> {
  const { a, draft } = j;
  const of = draft.tokens[a.m.tokEnd]?.lower === 'of';
  if (!of && !ASIDE_CLOSE.test(draft.text.slice(a.m.end, a.m.end + 3))) return null;
  const before = draft.mentions.filter((p) => p.m.end <= a.m.start);
  const part = before[before.length - 1];
  if (!part || !amount(part) || part.sentence.start !== a.sentence.start || !PART_TO_SHARE.test(draft.text.slice(part.m.end, a.m.start))) return null;
  // "less than a fifth of the 239,000 miles", "roughly a quarter of its 77,000-tonne cargo": the
  // whole named after the share's "of", within its noun phrase.
  const after = of ? draft.mentions.find((p) => p.m.start > a.m.end && p.sentence.start === a.sentence.start && p.m.tokStart - a.m.tokEnd <= WHOLE_AFTER_OF) : undefined;
  let whole: AnalysedMention | undefined = after && amount(after) && after.family === part.family && after.base! > part.base! ? after : undefined;
  // Else the nearest larger figure of its kind before it, one that counts the part's own noun
  // first ("38 of the confirmed cases" is of "53 confirmed cases", not of "47 patients").
  const earliest = sentenceIndexOf(draft, a) - WHOLE_SENTENCES_BACK;
  const candidates = before.slice(0, -1).filter((p) => sentenceIndexOf(draft, p) >= earliest && amount(p) && p.family === part.family && p.base! > part.base!).reverse();
  whole ??= candidates.find((p) => p.frame.head !== undefined && p.frame.head === part.frame.head) ?? candidates[0];
  // "…, nearly 45% of the budget": the whole the share names by its noun, told earlier in the
  // draft as that noun's figure ("a $72.6 million budget"), however many sentences back.
  const named = of ? ofNoun(draft, a.m.tokEnd) : undefined;
  if (!whole && named !== undefined) whole = before.slice(0, -1).reverse().find((p) => amount(p) && p.family === part.family && p.base! > part.base! && p.frame.head === named);
  if (!whole) return null;
  const value = (a.m.value ?? 0) * a.factor + a.offset;
  const low = a.m.bound === 'less-than' || a.m.bound === 'at-most' ? value / SHARE_BOUND_REACH : lo;
  const high = a.m.bound === 'more-than' || a.m.bound === 'at-least' ? Math.min(100, value * SHARE_BOUND_REACH) : hi;
  const share = (part.base! / whole.base!) * 100;
  return share < low || share > high ? null : shareClaim(j, part, whole, share);
}

/** Words between a share's "of" and the noun it names: "of [the] budget", "of [all its] spending". */
const OF_DETERMINERS = /^(?:the|its|their|his|her|all|this|that)$/;

/** The stem of the noun a share's "of" at token `of` names, when a determiner or two and then a word follow. */
function ofNoun(draft: Parameters<VerdictRule['judge']>[0]['draft'], of: number): string | undefined {
  let k = of + 1;
  while (OF_DETERMINERS.test(draft.tokens[k]?.lower ?? '') && k < of + 3) k++;
  const t = draft.tokens[k];
  // The noun itself ends the phrase: "of the budget." not "of the budget office".
  const next = draft.tokens[k + 1];
  return t?.type === 'word' && (next === undefined || next.type !== 'word' || /^(?:and|but|while|for|in|on|this|last|next)$/.test(next.lower)) ? stem(t.lower) : undefined;
}

/** The share supported as the draft's own arithmetic: its part over its whole, in percent. */
function shareClaim(j: Parameters<VerdictRule['judge']>[0], part: AnalysedMention, whole: AnalysedMention, share: number): ReturnType<VerdictRule['judge']> {
  const { a, draft, published, dText } = j;
  const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
  return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(part)} of ${said(whole)} is ${round(share)}%. Draft: '${short(dText)}'.`, [], published);
}

/** An amount a share may be of: a count or a sum of money, exact or hedged, not a range, rank or age. */
function amount(p: AnalysedMention): boolean {
  return (p.family === 'count' || p.family.startsWith('money:') || p.family.startsWith('dim:')) && p.base !== null && p.base > 0 && p.m.high === undefined
    && p.m.kind !== 'ordinal' && p.m.kind !== 'age' && p.m.kind !== 'year';
}
