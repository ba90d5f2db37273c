// "IMAX screens produced 19% of the gross, about $33m", after "opening with $174.8m": the amount a
// share the draft gives comes to, worked from a whole the draft gave before. Newsroom copy turns a
// share into money or a count a reader takes in. The amount states nothing the share and the whole
// do not, so it is supported as derived when the share of the whole lies within the amount's
// rounding and hedge; the share and the whole are checked against the sources on their own.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, round, short } from '../explain.ts';
import { closedInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore, sentenceIndexOf } from '../sentenceMentions.ts';

/** What stands between the share's noun and the amount it comes to: "19% of the gross, about $33m", "85% of the term, or more than 76 years". */
const SHARE_TO_AMOUNT = /^\s+of\s+(?:the|its|their|his|her|this)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*(?:,\s*(?:or\s+)?|\(\s*|\s[–—-]\s*)$/u;
/**
 * Sentences before the share's own that its whole may stand in, as far as the check reads back:
 * the passage's opening may give it ("opening with $174.8m", sentences before "19% of the gross,
 * about $33m"). Was two, which left that pair unread; no set lost a flag at five.
 */
const WHOLE_SENTENCES_BACK = 5;

/** An amount a share may come to: money, a measure or a count; one value, not an age, a rank or a year. */
const amount = (p: AnalysedMention): boolean => (p.family === 'count' || p.family.startsWith('money:') || p.family.startsWith('dim:')) && p.base !== null && p.base > 0
  && p.m.high === undefined && p.m.kind !== 'ordinal' && p.m.kind !== 'age' && p.m.kind !== 'year' && p.m.kind !== 'score';

export const amountOfOwnShare: VerdictRule = {
  name: 'amountOfOwnShare',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (!amount(a)) return null;
    const share = mentionsBefore(draft, a).at(-1);
    if (!share || share.family !== 'percent' || share.m.value === null || share.m.high !== undefined || share.m.value <= 0 || share.m.value >= 100
      || !SHARE_TO_AMOUNT.test(draft.text.slice(share.m.end, a.m.start))) return null;
    const fraction = (share.m.value * share.factor + share.offset) / 100;
    const [lo, hi] = closedInterval(a);
    const earliest = sentenceIndexOf(draft, a) - WHOLE_SENTENCES_BACK;
    // The whole: the nearest earlier amount of the same kind larger than the one the share comes
    // to. Only that one: a share is never matched against a whole picked to fit.
    const whole = draft.mentions.filter((p) => p.m.end <= share.m.start && sentenceIndexOf(draft, p) >= earliest && amount(p) && p.family === a.family && p.base! > a.base!).at(-1);
    if (!whole) return null;
    const part = (whole.base! * fraction - a.offset) / a.factor;
    if (part < lo || part > hi) return null;
    const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(share)} of its ${said(whole)} is ${round(part)}. Draft: '${short(dText)}'.`, [], published);
  },
};
