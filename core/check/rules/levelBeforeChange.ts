// "Revenue jumped 20 percent to $62.9 billion …, up from roughly $52 billion a year earlier": the
// level before a change, worked out from the change in percent and the level after it, both of
// which the draft's sentence gives before it. Newsroom copy adds the earlier level a reader would
// otherwise compute. It states nothing the two figures do not, so it is supported as derived when
// after ÷ (1 ± change) lies within its rounding and qualifier; those figures are checked against
// the sources on their own. The direction is the change word's: a fall divides by 1 − change.
// A change in the level's own unit ("dropped $1.31 to $18.05, from $19.36") adds back, or takes off.
import type { AnalysedMention } from '../analyseText.ts';
import { FALLING_VERBS } from '../../mentions/changeVerbs.ts';
import { claimOf, compactAmount, short } from '../explain.ts';
import { baseInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';

/** Tokens back from the percent in which its change word stands ("jumped [by] 20 percent", "fell 20 percent"). */
const CUE_REACH = 3;

export const levelBeforeChange: VerdictRule = {
  name: 'levelBeforeChange',
  judge(j) {
    const { a, draft, published, dText } = j;
    // "from roughly $19.36": a hedge between "from" and the figure leaves it the level before.
    const from = a.role === 'from' || (a.role === undefined && draft.tokens[tokenAt(draft.tokens, a.m.start) - 1]?.lower === 'from');
    if (!from || a.m.value === null || a.base === null || a.m.high !== undefined || a.family === 'percent') return null;
    const before = mentionsBefore(draft, a);
    const to = before.find((p) => p.role === 'to' && p.family === a.family && p.base !== null && p.m.high === undefined);
    // The change in percent ("jumped 20 percent"), or in the level's own unit ("dropped $1.31 to
    // around $18.05 …, from roughly $19.36"), which adds back.
    const change = before.find((p) => p.role === 'by' && p.m.value !== null && p.m.high === undefined && p.m.unit !== 'pp'
      && (p.family === 'percent' || (p.family === a.family && p.base !== null)));
    if (!to || !change || change.m.value === null || to.base === null) return null;
    const t = draft.tokens;
    const fall = t.slice(Math.max(0, change.m.tokStart - CUE_REACH), change.m.tokStart).some((w) => FALLING_VERBS.has(w.lower));
    let level: number;
    if (change.family === 'percent') {
      const factor = fall ? 1 - change.m.value / 100 : 1 + change.m.value / 100;
      if (factor <= 0) return null;
      level = to.base / factor;
    } else {
      level = fall ? to.base + change.base! : to.base - change.base!;
    }
    const [lo, hi] = baseInterval(a);
    if (level < lo || level > hi) return null;
    const said = (p: AnalysedMention) => `'${short(draft.text.slice(p.m.start, p.m.end))}'`;
    return claimOf(draft, a, 'supported', `Derived: the draft's own ${said(to)} after a change of ${said(change)} was ${compactAmount((level - a.offset) / a.factor)} before. Draft: '${short(dText)}'.`, [], published);
  },
};
