// A difference the draft works out between two figures it gives itself:
//   "a lamb … weighed 24lb in north Wales, 4lb more than Ben" after "Ben weighed in at 20lb"
//   "a 66, nine shots better than McIlroy" after McIlroy's "three-over-par 75"
//   "clocked 4:19.12 …, taking 3.48 seconds off Murray's mark of 4:22.60"
//   "killing 12 staff and seven patients, with staff outnumbering patients by five"
//   "a £89m fee … eclipses the previous record, the £85.3m paid for Bale, by roughly £3.7m"
// Newsroom copy spells out the gap a reader would otherwise work out. The gap states nothing the
// two figures do not, so it is supported as derived when it is their difference within the
// draft's rounding; each figure is checked against the sources on its own. The first figure is
// the one the gap is told against (the last before it in its sentence, or the record it was
// taken off); the other may stand a few sentences back, where the draft gave it.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, round, short } from '../explain.ts';
import { closedInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import { mentionsBefore, sentenceIndexOf, sentenceMentions } from '../sentenceMentions.ts';

/** Comparatives that tell a gap: "4lb more than", "nine shots better than", "2.55 seconds quicker". */
const COMPARATIVE = /^(?:more|less|fewer|lighter|heavier|longer|shorter|older|younger|better|worse|higher|lower|bigger|smaller|faster|slower|quicker|taller|cheaper|dearer|greater)$/;
/** Verbs that take a gap off a mark: "taking 3.48 seconds off", "shaved two seconds off". */
const TAKE_OFF = /^(?:take|takes|taking|took|taken|shave|shaves|shaving|shaved|knock|knocks|knocking|knocked|clip|clips|clipping|clipped|slice|sliced|slicing|lop|lopped)$/;
/**
 * Sentences back the other count may stand: the draft tells the first figure of a comparison
 * shortly before. A measure or an amount may stand anywhere before (Ben's "20lb" five sentences
 * up): with its unit, a gap that lands on one by chance is rare, where small counts abound.
 */
const OTHER_SENTENCES_BACK = 3;
/** Tokens before a margin's figure that "by" may stand: "by [roughly] [£]3.7m". */
const BY_REACH = 3;
/** Verbs of going past a mark, which a margin after "by" is told against: "eclipses the record … by £3.7m". */
const SURPASS = /^(?:eclipse[sd]?|eclipsing|surpass(?:es|ed|ing)?|exceed(?:s|ed|ing)?|outstrip(?:s|ped|ping)?|beat(?:s|ing|en)?|top(?:s|ped|ping)|break(?:s|ing)?|broke|smash(?:es|ed|ing)?|better(?:s|ed|ing)?)$/;
/** Comparatives that put the figure compared below the one compared with: "three fewer than". */
const BELOW = /^(?:less|fewer|lighter|shorter|younger|worse|lower|smaller|slower|cheaper)$/;
/** Tokens from "than" to the figure it compares with: "than [the provisional figure of] 73". */
const THAN_REACH = 6;
/** Share of the gap its exact arithmetic may differ by: two figures to the same precision give their gap exactly. */
const ARITHMETIC_ROUNDING = 0.02;

/** A figure a gap may be worked from: a value, no range or bound, not a rank, age or year. */
const plain = (p: AnalysedMention): boolean => p.m.value !== null && p.base !== null && p.m.high === undefined
  && (p.m.bound === undefined || p.m.bound === 'exactly') && p.m.kind !== 'ordinal' && p.m.kind !== 'age' && p.m.kind !== 'year' && p.m.kind !== 'date';

export const ownDifference: VerdictRule = {
  name: 'ownDifference',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.m.value === null || a.base === null || a.m.high !== undefined || a.m.kind === 'ordinal' || a.m.kind === 'age' || a.m.kind === 'year') return null;
    if (a.family !== 'count' && !a.family.startsWith('dim:') && !a.family.startsWith('money:')) return null;
    const t = draft.tokens;
    const ages = ageGap(j);
    if (ages) return ages;
    // The comparative right after the figure, or after its noun ("nine shots better").
    // "7lb above that band", "two points below the mark": a gap told against a named level.
    const against = /^(?:above|below|over|under)$/.test(t[a.m.tokEnd]?.lower ?? '') && /^(?:that|the|this|its|their|his|her)$/.test(t[a.m.tokEnd + 1]?.lower ?? '');
    const comparative = against || COMPARATIVE.test(t[a.m.tokEnd]?.lower ?? '') || (t[a.m.tokEnd]?.type === 'word' && COMPARATIVE.test(t[a.m.tokEnd + 1]?.lower ?? ''));
    const takenOff = TAKE_OFF.test(t[a.m.tokStart - 1]?.lower ?? '') && (t[a.m.tokEnd]?.lower === 'off' || t[a.m.tokEnd + 1]?.lower === 'off');
    // "12 staff and seven patients …, with staff outnumbering patients among the dead by five".
    const outnumbered = t[a.m.tokStart - 1]?.lower === 'by' && t.slice(tokenAt(t, a.sentence.start), a.m.tokStart).some((x) => /^outnumber/.test(x.lower));
    // "The deal eclipses the previous record, the £85.3m Real Madrid paid for Bale, by roughly
    // £3.7m": a record or rival beaten by a margin, told against the last figure before.
    // "by" may stand before a hedge and a currency sign: "by roughly £3.7m".
    const surpassedBy = t.slice(Math.max(0, a.m.tokStart - BY_REACH), a.m.tokStart).some((x) => x.lower === 'by') && t.slice(tokenAt(t, a.sentence.start), a.m.tokStart).some((x) => SURPASS.test(x.lower));
    if (!comparative && !takenOff && !outnumbered && !surpassedBy) return null;
    const sameKind = (p: AnalysedMention) => p !== a && p.family === a.family && plain(p);
    const inSentence = sentenceMentions(draft, a.sentence.start);
    const before = mentionsBefore(draft, a);
    // What the gap is told against: the mark after "off" ("… off Murray's mark of 4:22.60"), or
    // the last figure before the gap in its sentence ("weighed 24lb …, 4lb more than Ben").
    if (outnumbered) {
      // The two counts compared may stand anywhere before in the sentence, a total between them and the gap.
      const counts = before.filter(sameKind);
      for (const x of counts) for (const y of counts) {
        if (x.m.start >= y.m.start || Math.abs(Math.abs(x.base! - y.base!) - a.base) > 1e-9) continue;
        return claimOf(draft, a, 'supported', `Derived: the gap between the draft's own '${short(draft.text.slice(x.m.start, x.m.end))}' and '${short(draft.text.slice(y.m.start, y.m.end))}'. Draft: '${short(dText)}'.`, [], published);
      }
      return null;
    }
    // "The new toll … was 47 higher than the provisional figure of 73": the figure after "than"
    // is what the gap is told against, the other the draft gave before.
    const thanAt = comparative ? t.slice(a.m.tokEnd, a.m.tokEnd + 3).findIndex((x) => x.lower === 'than') : -1;
    const than = thanAt < 0 ? undefined : inSentence.find((p) => p.m.start > a.m.end && sameKind(p) && p.m.tokStart - (a.m.tokEnd + thanAt) <= THAN_REACH);
    const first = takenOff ? inSentence.find((p) => p.m.start > a.m.end && sameKind(p)) : than ?? [...before].reverse().find(sameKind);
    if (!first || (!takenOff && !than && !surpassedBy && before.at(-1) !== first && !sameFamilyRunEnd(before, first))) return null;
    const at = sentenceIndexOf(draft, a);
    // A gap told with a bound ("as much as 13 degrees above") is near its round number, not any smaller gap.
    const [lo, hi] = closedInterval(a);
    const unit = a.base / a.m.value;
    // Against a figure after "than", the other may be a toll told as a floor ("killed at least 120
    // … The new toll was 47 higher than … 73"): the new figure is the floor's value.
    const otherKind = (p: AnalysedMention) => sameKind(p) || (than !== undefined && p !== a && p.family === a.family && p.m.bound === 'at-least' && plain({ ...p, m: { ...p.m, bound: undefined } }));
    for (const other of draft.mentions) {
      if (other === first || !otherKind(other) || other.m.start >= a.m.start && !(takenOff && other.m.start < first.m.start)) continue;
      const k = sentenceIndexOf(draft, other);
      if (k > at || (a.family === 'count' && at - k > OTHER_SENTENCES_BACK)) continue;
      // Against "than": "47 higher than 73" is a figure above 73, "three fewer than" one below.
      if (than !== undefined && Math.sign(other.base! - first.base!) !== (BELOW.test(t[a.m.tokEnd + thanAt - 1]?.lower ?? '') ? -1 : 1)) continue;
      const gap = Math.abs(first.base! - other.base!) / unit;
      if (gap < lo || gap > hi || Math.abs(gap - a.m.value) > ARITHMETIC_ROUNDING * a.m.value + 1e-9) continue;
      const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
      return claimOf(draft, a, 'supported', `Derived: the gap between the draft's own ${said(first)} and ${said(other)} is ${round(gap)}. Draft: '${short(dText)}'.`, [], published);
    }
    return null;
  },
};

/** "three years her senior", "five years older", "two years his junior": an age gap after a length in years. */
function toldAsAgeGap(t: Parameters<VerdictRule['judge']>[0]['draft']['tokens'], end: number): boolean {
  const next = t[end]?.lower ?? '';
  return next === 'older' || next === 'younger' || (/^(?:her|his|their)$/.test(next) && /^(?:senior|junior)$/.test(t[end + 1]?.lower ?? ''));
}

/**
 * "Her husband, Richard Ratcliffe, 41 - three years her senior" after "The 38-year-old": the gap
 * between two ages the draft gives, in years. Supported as derived when two of its ages before it
 * are that far apart; each age is checked against the sources on its own.
 */
function ageGap(j: Parameters<VerdictRule['judge']>[0]): ReturnType<VerdictRule['judge']> {
  const { a, draft, published, dText } = j;
  if (a.m.kind !== 'duration' || a.m.unit !== 'year' || a.m.bound !== undefined || !toldAsAgeGap(draft.tokens, a.m.tokEnd)) return null;
  // A person's age holds for the whole story: the other may stand anywhere before.
  const ages = draft.mentions.filter((p) => p.m.kind === 'age' && p.m.value !== null && p.m.high === undefined && p.m.start < a.m.start);
  for (const x of ages) for (const y of ages) {
    if (x.m.start >= y.m.start || Math.abs(x.m.value! - y.m.value!) !== a.m.value) continue;
    return claimOf(draft, a, 'supported', `Derived: the draft's own ages '${short(draft.text.slice(x.m.start, x.m.end))}' and '${short(draft.text.slice(y.m.start, y.m.end))}' are ${a.m.value} years apart. Draft: '${short(dText)}'.`, [], published);
  }
  return null;
}

/** Whether `p` is the last of its family before the gap, with only figures of other kinds after it ("24lb in north Wales"). */
function sameFamilyRunEnd(before: readonly AnalysedMention[], p: AnalysedMention): boolean {
  return before.slice(before.indexOf(p) + 1).every((q) => q.family !== p.family);
}
