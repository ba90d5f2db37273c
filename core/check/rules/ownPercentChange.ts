// "25 million arrivals this year, up from 21 million, … a rise of nearly 20%", "sales rose from
// 200 to 250, an increase of 25%": the size of a change in percent, worked out from the two
// levels the draft gives itself in the sentence, before it or right after it ("jumping by nearly a
// fifth, from £214,934 to £256,636"). It states nothing the levels do not, so
// it is supported as derived when (after − before) ÷ before lies within the percent's rounding
// and qualifier; the levels are checked against the sources on their own.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { CHANGE_VERBS } from '../../mentions/changeVerbs.ts';
import { claimOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore, sentenceMentions } from '../sentenceMentions.ts';

/** Nouns of a change before "of": "a rise of nearly 20%". */
const CHANGE_NOUNS = new Set(['rise', 'increase', 'fall', 'drop', 'decrease', 'reduction', 'cut', 'jump', 'gain', 'loss', 'decline', 'growth']);
/** Tokens back from the percent in which its change word stands: "a rise of [nearly] 20%", "up [by] 19%". */
const CUE_REACH = 3;

const exact = (p: AnalysedMention, from: AnalysedMention) => p.family === from.family && p.base !== null && p.m.bound === undefined && p !== from;

/**
 * The level before the change ("from 21 million"), and the level after it: the figure its "to"
 * gives, or the same kind of figure just before "up from" ("25 million …, up from 21 million").
 */
function levelsBefore(draft: AnalysedText, a: AnalysedMention): [AnalysedMention & { base: number }, AnalysedMention] | undefined {
  const before = mentionsBefore(draft, a);
  const from = before.find((p) => p.role === 'from');
  if (!from || from.base === null || from.base === 0) return undefined;
  const to = before.find((p) => p.role === 'to' && exact(p, from)) ?? before.filter((p) => p.m.end <= from.m.start && exact(p, from)).at(-1);
  return to ? [from as AnalysedMention & { base: number }, to] : undefined;
}

/**
 * The two levels told right after the change: "jumping by nearly a fifth in 2016, from £214,934
 * to £256,636". Only a "from … to …" pair that is the next figures after the percent, a date
 * between them aside, so that a later clause's levels never stand in for this change's.
 */
function levelsAfter(draft: AnalysedText, a: AnalysedMention): [AnalysedMention & { base: number }, AnalysedMention] | undefined {
  const after = sentenceMentions(draft, a.sentence.start).filter((p) => p.m.start >= a.m.end && p.family !== 'year' && p.family !== 'date');
  const [from, to] = after;
  if (!from || !to || from.role !== 'from' || to.role !== 'to' || from.base === null || from.base === 0 || !exact(to, from)) return undefined;
  return [from as AnalysedMention & { base: number }, to];
}

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
    const levels = levelsBefore(draft, a) ?? levelsAfter(draft, a);
    if (!levels) return null;
    const [from, to] = levels;
    const change = Math.abs((to.base! - from.base) / from.base) * 100;
    const [lo, hi] = draftInterval(a);
    if (change < lo * unit || change > hi * unit) return null;
    const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    return claimOf(draft, a, 'supported', `Derived: from the draft's own ${said(from)} to ${said(to)} is ${round(change)}%. Draft: '${short(dText)}'.`, [], published);
  },
};
