// A multiple the draft works out between two amounts it gives itself:
//   "spending some £500m on transfer fees, almost 30 times the cost of the Palace side" after
//   "whose entire starting line-up cost just £17m"
// Newsroom copy turns two amounts into how many times one is the other. The multiple states nothing
// the amounts do not, so it is supported as derived when the amount just before it over another
// amount of the same kind the draft gave before the multiple lands within the multiple's rounding and hedge;
// each amount is checked against the sources on its own.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore, sentenceIndexOf } from '../sentenceMentions.ts';

/** Words after "N times" that make it a multiple of something: "the cost", "as much", "bigger", "its 2% goal", "this year's rise". */
const MULTIPLE_OF = /^(?:the|its|their|his|her|this|these|those|as|that|what|more|bigger|larger|higher|greater|longer|heavier|faster)$/;
/** Determiners between "times" and the figure it names: "times the 365", "times its 2% goal". */
const NAMED_AFTER = /^(?:the|its|their|his|her)$/;
/** Share of the multiple its exact arithmetic may differ by, unhedged: the writer rounds to the whole. */
const ARITHMETIC_ROUNDING = 0.05;

/** An amount a multiple may be worked from: money or a measure, a value, not a range. */
const amount = (p: AnalysedMention): boolean => (p.family.startsWith('money:') || p.family.startsWith('dim:')) && p.base !== null && p.base > 0 && p.m.high === undefined;

export const ownMultiple: VerdictRule = {
  name: 'ownMultiple',
  judge(j) {
    const { a, draft, published, dText } = j;
    // A multiple is more than one ("about 1.8 times the average"); "one times" is no comparison.
    if (a.family !== 'count' || a.m.value === null || a.m.value <= 1 || a.m.high !== undefined) return null;
    const t = draft.tokens;
    if (t[a.m.tokEnd]?.lower !== 'times' || !MULTIPLE_OF.test(t[a.m.tokEnd + 1]?.lower ?? '')) return null;
    const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    // A length of time that dates something ("up 10.6 per cent on a year earlier") is no amount.
    const dating = (p: AnalysedMention): boolean => p.m.kind === 'duration' && /^(?:earlier|ago|later|before|after|previously)$/.test(t[p.m.tokEnd]?.lower ?? '');
    const [lo, hi] = draftInterval(a);
    const hedged = a.m.bound !== undefined;
    // "More than three times" names the largest whole multiple the ratio passes: 3.4, not 4.4.
    const hiNamed = (a.m.bound === 'more-than' || a.m.bound === 'at-least') && Number.isInteger(a.m.value) ? a.m.value + 1 : hi;
    // "polling 1,255 votes, more than three times the 365 won by the runner-up": the multiple
    // names both figures itself, the one before it and the one right after "times the", so
    // counts may be compared too.
    // So may shares: "inflation at 9.9%, nearly five times its 2% goal".
    const named = draft.mentions.find((o) => o.m.tokStart === a.m.tokEnd + 2 && NAMED_AFTER.test(t[a.m.tokEnd + 1]?.lower ?? ''));
    // (A date or a time ago between them dates the first: "9.9% in August, nearly five times its 2%
    // goal", "30.0% higher than a year earlier, more than three times the 9.5% growth".)
    const prior = mentionsBefore(draft, a).filter((p) => p.m.kind !== 'date' && !dating(p)).at(-1);
    if (named && prior && named.family === prior.family && named.base !== null && prior.base !== null && named.base > 0 && named.m.high === undefined && prior.m.high === undefined
      && (named.family === 'count' || named.family === 'percent' || amount(named)) && named.m.kind !== 'age' && named.m.kind !== 'year' && prior.m.kind !== 'age' && prior.m.kind !== 'year') {
      const ratio = prior.base / named.base;
      if (ratio >= lo && ratio <= hiNamed && (hedged || Math.abs(ratio - a.m.value) <= ARITHMETIC_ROUNDING * a.m.value)) {
        return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(prior)} is ${round(ratio)} times its ${said(named)}. Draft: '${short(dText)}'.`, [], published);
      }
    }
    // The amount just before the multiple; or, where its sentence gives none ("By that measure the
    // deal is worth roughly 80 million times the price of the cheapest seat"), the draft's largest
    // amount of the sentences just before, which "that measure" points back to.
    const first = [...mentionsBefore(draft, a)].reverse().find((p) => amount(p) && !dating(p)) ?? largestBefore(draft, a);
    if (!first) return null;
    // A stated amount before a bounded one ("an average of £171,709" before "above £170,000").
    const before = draft.mentions.filter((o) => o.m.start < a.m.start);
    for (const other of [...before.filter((o) => o.m.bound === undefined), ...before.filter((o) => o.m.bound !== undefined)]) {
      if (other === first || other.family !== first.family || !amount(other) || other.base! >= first.base!) continue;
      const ratio = first.base! / other.base!;
      if (ratio < lo || ratio > hi || (!hedged && Math.abs(ratio - a.m.value) > ARITHMETIC_ROUNDING * a.m.value)) continue;
      return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(first)} is ${round(ratio)} times its ${said(other)}. Draft: '${short(dText)}'.`, [], published);
    }
    return null;
  },
};

/** Sentences back the amount of a multiple whose own sentence gives none may stand. */
const AMOUNT_SENTENCES_BACK = 2;

/** The largest amount in the sentences just before the multiple's, or undefined. */
function largestBefore(draft: Parameters<VerdictRule['judge']>[0]['draft'], a: AnalysedMention): AnalysedMention | undefined {
  const at = sentenceIndexOf(draft, a);
  let best: AnalysedMention | undefined;
  for (const p of draft.mentions) {
    if (p.m.start >= a.m.start) break;
    const k = sentenceIndexOf(draft, p);
    if (k < at - AMOUNT_SENTENCES_BACK || k >= at || !amount(p)) continue;
    if (!best || (p.family === best.family ? p.base! > best.base! : p.family.startsWith('money:') && !best.family.startsWith('money:'))) best = p;
  }
  return best;
}
