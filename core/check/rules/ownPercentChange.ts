// "25 million arrivals this year, up from 21 million, … a rise of nearly 20%", "sales rose from
// 200 to 250, an increase of 25%": the size of a change in percent, worked out from the two
// levels the draft gives itself earlier in the sentence. It states nothing the levels do not, so
// it is supported as derived when (after − before) ÷ before lies within the percent's rounding
// and qualifier; the levels are checked against the sources on their own.
import type { AnalysedMention } from '../analyseText.ts';
import { CHANGE_VERBS } from '../../mentions/changeVerbs.ts';
import { claimOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

/** Nouns of a change before "of": "a rise of nearly 20%". */
const CHANGE_NOUNS = new Set(['rise', 'increase', 'fall', 'drop', 'decrease', 'reduction', 'cut', 'jump', 'gain', 'loss', 'decline', 'growth']);
/** Tokens back from the percent in which its change word stands: "a rise of [nearly] 20%", "up [by] 19%". */
const CUE_REACH = 3;

export const ownPercentChange: VerdictRule = {
  name: 'ownPercentChange',
  judge(j) {
    const { a, draft, published, dText } = j;
    // A share told as a fraction ("a rise of about a fifth") is a percent change too; its value
    // and rounding are in parts of one, not of a hundred.
    if (a.family !== 'percent' || a.m.value === null || (a.m.kind !== 'percent' && a.m.kind !== 'fraction')) return null;
    const unit = a.m.kind === 'fraction' ? 100 : 1;
    const t = draft.tokens;
    const cue = t.slice(Math.max(0, a.m.tokStart - CUE_REACH), a.m.tokStart).some((w) => CHANGE_NOUNS.has(w.lower) || CHANGE_VERBS.has(w.lower));
    if (!cue) return null;
    const before = mentionsBefore(draft, a);
    // The level before the change ("from 21 million"), and the level after it: the figure its
    // "to" gives, or the same kind of figure just before "up from" ("25 million …, up from 21 million").
    const from = before.find((p) => p.role === 'from');
    if (!from || from.base === null || from.base === 0) return null;
    const same = (p: AnalysedMention) => p.family === from.family && p.base !== null && p.m.bound === undefined && p !== from;
    const to = before.find((p) => p.role === 'to' && same(p)) ?? before.filter((p) => p.m.end <= from.m.start && same(p)).at(-1);
    if (!to) return null;
    const change = Math.abs((to.base! - from.base) / from.base) * 100;
    const [lo, hi] = draftInterval(a);
    if (change < lo * unit || change > hi * unit) return null;
    const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    return claimOf(draft, a, 'supported', `Derived: from the draft's own ${said(from)} to ${said(to)} is ${round(change)}%. Draft: '${short(dText)}'.`, [], published);
  },
};
