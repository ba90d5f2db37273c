// A sum or a difference the draft works out from two amounts it has just given, in their unit,
// with no cue word the narrower rules know:
//   "wiped out net debt of £740m and now holds net cash of £19m, a turnaround of £759m"
//   "Portland hit 108 degrees … Seattle reached 96 degrees, so Portland was 12 degrees hotter"
//   "a share buyback of up to £30m" of £50m, "which would leave at least £20m"
//   "rose to 3.4% … forecast 3.1%, … 0.3 percentage points above expectations"
// Newsroom copy spells out the arithmetic a reader would otherwise do. When no source states the
// figure, and two amounts the draft gives just before (same sentence or the one before it) are
// each stated by a source, their sum or difference within the figure's rounding and qualifier is
// supported as derived, citing the two source statements.
// The figure must be told as worked out: a word of total, gap or result stands near it ("a
// turnaround of", "taking the total … to", "which would leave", "past the old mark"). Digits
// that happen to add up say nothing: "weighs 95kg and carries 35kg" after "weighed 130kg".
// Amounts with a unit (money in one currency, a measure, a share) count: the unit makes a chance
// hit rare. Bare counts sum to small numbers by chance too often ("three of the five" from any two
// and three): a count counts only when a word says sum or gap outright ("taken together", "a
// deficit of") and each operand is ten or more, of the figure's own noun where both name one.
// The rule runs after every rule that finds the figure stated or
// contradicted, so it never overrides a source that states the quantity otherwise.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, compactAmount, evidenceOf, short } from '../explain.ts';
import { baseInterval, closedInterval, inDraftUnits } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { entriesInRange, type IndexData, type SourceEntry } from '../sourceIndex.ts';
import { mentionsBefore, previousSentenceMentions } from '../sentenceMentions.ts';

/** Families an amount carries its unit in: a currency, a measure's dimension, a share. */
const WITH_UNIT = /^(?:money:.*|dim:.*|percent|pp)$/;

/** Kinds of figure that are no amount to add or subtract: a rank, an age, a year, a date. */
const NOT_AMOUNTS: ReadonlySet<string> = new Set(['ordinal', 'age', 'year', 'date']);

/** An amount the sum or difference may be worked from: one value, not a rank, age, year or date. */
function operand(p: AnalysedMention, hedgedTarget: boolean): boolean {
  if (p.m.value === null || p.base === null || p.m.high !== undefined || NOT_AMOUNTS.has(p.m.kind)) return false;
  // A bound ("up to £30m") is an end of what may happen, and the figure worked from it is the
  // other end ("at least £20m"); a hedged amount gives only a hedged result.
  const b = p.m.bound;
  return b === undefined || b === 'exactly' || ((b === 'approximately' || b === 'nearly') && hedgedTarget) || b === 'at-most' || b === 'less-than';
}

/** A source statement of the draft amount's value, in its family: the operand is not the writer's own. */
function statedBy(data: IndexData, p: AnalysedMention): SourceEntry | undefined {
  const [lo, hi] = baseInterval(p);
  return entriesInRange(data, p.family, lo, hi, 1)[0];
}

/**
 * Words that tell a figure as the result of arithmetic: a total, a gap or change, what is left,
 * where a running figure ends up ("taking them to"), how far past or after another it lies.
 */
const WORKED_OUT = /^(?:total|totals|totalled|totaled|totalling|combined|together|altogether|overall|sum|turnaround|swing|gap|difference|margin|beat|saving|savings|shortfall|rise|increase|fall|drop|decline|gain|loss|leave|leaves|leaving|left|remaining|taking|took|take|takes|bringing|brought|bring|brings|past|ahead|behind|after|later|off|between)$/;
/** Words before the figure a cue may stand at ("the total across the three regions to £402m"), and after it. */
const CUE_BEFORE = 6;
const CUE_AFTER = 3;

/**
 * Whether a word near the figure (CUE_BEFORE words before it, CUE_AFTER after) tells it as worked
 * out: one of `cues`, or, with `inAll`, "in all".
 */
function toldAsWorkedOut(j: Parameters<VerdictRule['judge']>[0], cues: RegExp, inAll: boolean): boolean {
  const t = j.draft.tokens;
  const { tokStart, tokEnd } = j.a.m;
  for (let i = Math.max(0, tokStart - CUE_BEFORE); i < Math.min(t.length, tokEnd + CUE_AFTER); i++) {
    if (i >= tokStart && i < tokEnd) continue;
    if (cues.test(t[i]!.lower) || (inAll && t[i]!.lower === 'all' && t[i - 1]?.lower === 'in')) return true;
  }
  return false;
}

/**
 * Words that tell a count as a sum or a gap outright: "Taken together, the two sessions knocked
 * 461 points off", "a deficit of 132", "about 30 points shy of the mark".
 */
const COUNT_WORKED_OUT = /^(?:total|totals|totalled|totaled|totalling|combined|together|altogether|sum|deficit|margin|gap|difference|lead|shy|short|clear|swing|turnaround)$/;
/**
 * Smallest operand a count may be worked from: small counts add up to each other by chance
 * ("three of the five" from any two and three); counts of ten and more, told with a word of sum
 * or gap, rarely do.
 */
const MIN_COUNT_OPERAND = 10;

/**
 * A count the sum or difference may be worked from: ten or more, of the figure's own noun when
 * both name one ("130 points" and "331 points" for "461 points").
 */
function countOperand(p: AnalysedMention, a: AnalysedMention): boolean {
  return p.family === 'count' && p.base !== null && p.base >= MIN_COUNT_OPERAND && (a.frame.head === undefined || p.frame.head === undefined || p.frame.head === a.frame.head);
}

export const ownArithmetic: VerdictRule = {
  name: 'ownArithmetic',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.m.value === null || a.base === null || a.m.high !== undefined || NOT_AMOUNTS.has(a.m.kind)) return null;
    // A count only with a word of sum or gap, and from counts of ten or more (countOperand).
    const count = a.family === 'count';
    if (count ? !toldAsWorkedOut(j, COUNT_WORKED_OUT, false) : !WITH_UNIT.test(a.family) || !toldAsWorkedOut(j, WORKED_OUT, true)) return null;
    const hedged = a.m.bound === 'approximately' || a.m.bound === 'nearly';
    // A gap between two shares is told in points: "0.3 percentage points" from 3.4% and 3.1%.
    const family = a.family === 'pp' ? 'percent' : a.family;
    // Each operand with the source statement of its value, looked up once: one no source states
    // is the writer's own, and works out nothing.
    const pool = [...previousSentenceMentions(draft, a), ...mentionsBefore(draft, a)]
      .filter((p) => p !== a && p.family === family && operand(p, hedged) && p.m.value !== a.m.value && (!count || countOperand(p, a)))
      .map((p) => ({ p, stated: statedBy(data, p) }))
      .filter((x): x is { p: AnalysedMention; stated: SourceEntry } => x.stated !== undefined);
    if (pool.length < 2) return null;
    // A bound the writer puts on what they worked out is the round number just past it: "a saving
    // of more than £11" is not £17.99 + £7, however far above £11 that lies. As far past it as
    // "nearly" may fall short (NEARLY_FLOOR).
    const [lo, hi] = baseInterval(a, closedInterval(a));
    for (let x = 0; x < pool.length; x++) {
      for (let y = x + 1; y < pool.length; y++) {
        const { p, stated: ep } = pool[x]!;
        const { p: q, stated: eq } = pool[y]!;
        // Two temperatures, like two shares, differ; they do not add up.
        const ways: [string, number][] = a.family === 'pp' || a.offset !== 0 || p.offset !== 0
          ? [['-', Math.abs(p.base! - q.base!)]]
          : [['+', p.base! + q.base!], ['-', Math.abs(p.base! - q.base!)]];
        for (const [op, result] of ways) {
          if (result < lo || result > hi || result === 0) continue;
          const [first, second] = op === '-' && q.base! > p.base! ? [q, p] : [p, q];
          const text = (m: AnalysedMention) => draft.text.slice(m.m.start, m.m.end);
          const how = `'${short(text(first))}' ${op} '${short(text(second))}' = ${compactAmount(inDraftUnits(result, a))}`;
          return claimOf(draft, a, 'supported', `Derived: the draft's own ${how}, each a figure a source states. Draft: '${short(dText)}'.`, [evidenceOf(data, ep), evidenceOf(data, eq)], published);
        }
      }
    }
    return null;
  },
};
