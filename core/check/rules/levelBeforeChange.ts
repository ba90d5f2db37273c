// "Revenue jumped 20 percent to $62.9 billion …, up from roughly $52 billion a year earlier": the
// level before a change, worked out from the change in percent and the level after it, both of
// which the draft's sentence gives before it. Newsroom copy adds the earlier level a reader would
// otherwise compute. It states nothing the two figures do not, so it is supported as derived when
// after ÷ (1 ± change) lies within its rounding and qualifier; those figures are checked against
// the sources on their own. The direction is the change word's: a fall divides by 1 − change.
import type { AnalysedMention } from '../analyseText.ts';
import { FALLING_VERBS } from '../../mentions/changeVerbs.ts';
import { claimOf, compactAmount, short } from '../explain.ts';
import { baseInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

/** Tokens back from the percent in which its change word stands ("jumped [by] 20 percent", "fell 20 percent"). */
const CUE_REACH = 3;

export const levelBeforeChange: VerdictRule = {
  name: 'levelBeforeChange',
  judge(j) {
    const { a, draft, published, dText } = j;
    if (a.role !== 'from' || a.m.value === null || a.base === null || a.m.high !== undefined || a.family === 'percent') return null;
    const before = mentionsBefore(draft, a);
    const to = before.find((p) => p.role === 'to' && p.family === a.family && p.base !== null && p.m.high === undefined);
    const change = before.find((p) => p.family === 'percent' && p.role === 'by' && p.m.value !== null && p.m.high === undefined && p.m.unit !== 'pp');
    if (!to || !change || change.m.value === null || to.base === null) return null;
    const t = draft.tokens;
    const fall = t.slice(Math.max(0, change.m.tokStart - CUE_REACH), change.m.tokStart).some((w) => FALLING_VERBS.has(w.lower));
    const factor = fall ? 1 - change.m.value / 100 : 1 + change.m.value / 100;
    if (factor <= 0) return null;
    const level = to.base / factor;
    const [lo, hi] = baseInterval(a);
    if (level < lo || level > hi) return null;
    const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(to)} after a change of ${said(change)} was ${compactAmount((level - a.offset) / a.factor)} before. Draft: '${short(dText)}'.`, [], published);
  },
};
