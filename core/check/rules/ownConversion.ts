// "lambs who came in at 8-10lb, roughly 4kg each", "20st, about 127kg": a figure the draft gives
// beside another of the same dimension in another unit is a conversion of it, the newsroom's
// way to serve readers of both systems. It states nothing the first figure does not, so it is
// supported as derived when it converts that figure within the draft's rounding; the first
// figure is checked against the sources on its own. So is a hedged restatement of the figure in
// its own unit, rounded ("shared 948 times, almost a thousand").
import { claimOf, round, short } from '../explain.ts';
import { boundMisstates, draftInterval, inDraftUnits } from '../intervals.ts';
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';
import { GAP_CUE_REACH } from '../tuning.ts';
import { COMPARATIVES } from '../comparedByThan.ts';

/** Words that may stand between a figure and its conversion: "8-10lb, roughly 4kg", "20st (about 127kg)". */
const BETWEEN = new Set([',', '(', 'or', 'roughly', 'about', 'around', 'approximately', 'some', 'nearly', 'almost', 'just', 'well', 'over', 'under', 'more', 'less', 'than']);
/** Tokens of a share's whole ("of the world's airspace") that may stand before its restatement. */
const SHARE_WHOLE_REACH = 6;
/** Smallest hedged conversion read as rounded to the nearest five: below it a five is as likely exact. */
const ROUND_FIVE_FROM = 20;
/** Tokens that may stand between them: "53 hours[, more than] two days" (3). */
const REACH = 3;

/**
 * The values a conversion may have. A writer converting their own figure rounds the result, and a
 * hedged result ending in five ("a 60-metre try, roughly 65 yards") is rounded to the nearest five
 * (65.6), as a source's hedged figure is not taken to be.
 */
function conversionInterval(a: AnalysedMention): [number, number] {
  const [lo, hi] = draftInterval(a);
  const v = a.m.value ?? 0;
  if (a.m.bound !== 'approximately' || a.m.high !== undefined || a.m.precision !== 1 || !Number.isInteger(v) || v < ROUND_FIVE_FROM || v % 5 !== 0) return [lo, hi];
  return [Math.min(lo, v - 2.5), Math.max(hi, v + 2.5)];
}

/** A figure the draft gives as another of its own told again, and the value that other one comes to in its units. */
interface Restatement {
  readonly prev: AnalysedMention;
  /** The earlier figure converted into the later one's units (a range's middle). */
  readonly mid: number;
  /** The later figure is a hedged rounding in its own unit, or a share told again, rather than a conversion. */
  readonly rounding: boolean;
  /** Whether the two stand as "X (Y)" or "X, or Y": a conversion set off as such. */
  readonly setOff: boolean;
}

/** The draft's own figure that the figure at `a` restates, when it stands right after it as a conversion or a rounding. */
function restatementOf(draft: AnalysedText, a: AnalysedMention): Restatement | null {
  if (a.base === null) return null;
  // A rounded restatement of the figure just before, in the same unit: "shared 948 times, almost
  // a thousand". Only a hedged one: a bare second figure is a second fact.
  // "around 70% of the world's airspace, more than two-thirds": a share told again as a fraction.
  const rounding = a.m.bound !== undefined && (a.family === 'count' || a.family.startsWith('dim:') || a.family === 'percent');
  if (!rounding && (!a.family.startsWith('dim:') || a.m.unit === undefined)) return null;
  // "165,801, more than 20,000 fewer than the 182,994": a comparative after it makes the figure
  // a gap between two others (statedDifference's), not the one before it told again.
  if (rounding && COMPARATIVES.has(draft.tokens[a.m.tokEnd]?.lower ?? '') && draft.tokens.slice(a.m.tokEnd + 1, a.m.tokEnd + 1 + GAP_CUE_REACH).some((t) => t.lower === 'than')) return null;
  const prev = mentionsBefore(draft, a).at(-1);
  // A bound converts with its value: "gusts of up to 75mph, or about 120km/h" gives the 75's
  // other unit, the "up to" still standing. A bound rounded in its own unit is another figure.
  if (!prev || prev.family !== a.family || prev.base === null || (prev.m.unit === a.m.unit && !rounding) || (prev.m.bound !== undefined && prev.m.unit === a.m.unit)) return null;
  // "53 hours of footage, more than two days", "948 times, almost a thousand": the first
  // figure's noun may stand between, up to the comma.
  let gap = draft.tokens.slice(prev.m.tokEnd, a.m.tokStart);
  if (gap[0]?.lower === 'of' && gap[1]?.type === 'word' && gap[2]?.text === ',') gap = gap.slice(2);
  // "around 70% of the world's airspace, more than two-thirds": a share's whole told between, up to the comma.
  else if (a.family === 'percent' && gap[0]?.lower === 'of') {
    const comma = gap.findIndex((t) => t.text === ',');
    if (comma > 0 && comma <= SHARE_WHOLE_REACH) gap = gap.slice(comma);
  }
  else if (gap[0]?.type === 'word' && !BETWEEN.has(gap[0].lower) && gap[1]?.text === ',') gap = gap.slice(1);
  if (gap.length === 0 || gap.length > REACH || !gap.every((t) => BETWEEN.has(t.lower))) return null;
  const from = inDraftUnits(prev.base, a);
  const to = inDraftUnits(prev.baseHigh ?? prev.base, a);
  // A range converts to a range: its middle must fall within the draft's rounding.
  const setOff = gap.some((t) => t.text === '(') || (gap[0]?.text === ',' && gap[1]?.lower === 'or');
  return { prev, mid: (from + to) / 2, rounding, setOff };
}

/** Whether the restatement is a conversion set off as such ("X (Y)", "X, or Y") into another unit of the same dimension. */
function setOffConversion(r: Restatement, a: AnalysedMention): boolean {
  return r.setOff && r.prev.m.unit !== a.m.unit && a.family.startsWith('dim:');
}

export const ownConversion: VerdictRule = {
  name: 'ownConversion',
  judge(j) {
    const { a, draft, published, dText } = j;
    const r = restatementOf(draft, a);
    if (!r) return null;
    const { prev, mid, rounding } = r;
    const [lo, hi] = conversionInterval(a);
    // A conversion set off as such ("at least 2 feet (60cm)" for 61cm) may round either way by a
    // whole step of its last digit, as wrongOwnConversion allows: what it does not flag, it supports.
    const step = setOffConversion(r, a) ? a.m.precision / 2 : 0;
    if (mid < lo - step || mid > hi + step) return null;
    // A bound an order of magnitude off restates nothing: "165,801, more than 20,000 fewer than …"
    // tells a gap, not the 165,801 again (as a source's figure that far off is no support).
    if (rounding && boundMisstates(a, mid, mid)) return null;
    const prevText = draft.text.slice(prev.m.start, prev.m.end);
    if (a.family === 'percent') return claimOf(draft, a, 'supported', `Derived: the draft's own '${short(prevText)}', told as a share. Draft: '${short(dText)}'.`, [], published);
    if (prev.m.unit === a.m.unit) return claimOf(draft, a, 'supported', `Derived: the draft's own '${short(prevText)}', rounded. Draft: '${short(dText)}'.`, [], published);
    return claimOf(draft, a, 'supported', `Derived: the draft's own '${short(prevText)}' is about ${round(mid)} ${a.m.unit}. Draft: '${short(dText)}'.`, [], published);
  },
};

/**
 * "did not drop below 42.6C, or about 104F": a figure set off as the conversion of the one before
 * ("X, or Y", "X (Y)") in another unit states only that conversion, so a wrong one is the draft's
 * error whatever else a source says (a "40C" elsewhere is 104F). Contradicted, with the right value,
 * before any source figure can support it.
 */
export const wrongOwnConversion: VerdictRule = {
  name: 'wrongOwnConversion',
  judge(j) {
    const { a, draft, published, dText } = j;
    const r = restatementOf(draft, a);
    if (!r || !setOffConversion(r, a)) return null;
    // A conversion is rounded either way by a whole step of its last digit ("105F (40C)" for
    // 40.6C, "13 stone (82kg)" for 82.6kg): only one further off is wrong.
    const [lo, hi] = conversionInterval(a);
    if (r.mid >= lo - a.m.precision / 2 && r.mid <= hi + a.m.precision / 2) return null;
    // The sources' own pair ("37.6C (97.9F)" copied from a source that gives it so) is theirs to answer for.
    if (j.support.some((x) => x.e.a.m.unit === a.m.unit && x.e.a.m.value === a.m.value)) return null;
    const prevText = draft.text.slice(r.prev.m.start, r.prev.m.end);
    return claimOf(draft, a, 'contradicted', `Derived: the draft's own '${short(prevText)}' is about ${round(r.mid)} ${a.m.unit}. Draft: '${short(dText)}'.`, [], published);
  },
};
