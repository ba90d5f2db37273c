// "She weighed 20st … She now weighs 12.5st, a loss of 7.5st": the size of a change the draft
// works out from two levels it gives itself; likewise the gap between two it gives side by side
// ("claimed £2,114 a month while the owner received £1,150, a margin of £964"). It states nothing the levels do not, so it is
// supported as derived when the latest earlier level in the same unit and one before it differ
// by the draft's figure within its rounding; the levels are checked against the sources on their own.
import { CHANGE_VERBS } from '../../mentions/changeVerbs.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import { claimOf, round, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import type { AnalysedMention } from '../analyseText.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

/** Nouns of a change before "of" ("a loss of 7.5st"), and verbs beyond CHANGE_VERBS ("shed 3kg"). */
const CHANGE_NOUNS = new Set(['loss', 'gain', 'drop', 'fall', 'rise', 'increase', 'decrease', 'reduction', 'cut']);
/** Nouns of the gap between two levels told side by side ("a margin of £964", "a difference of 3kg"). */
const GAP_NOUNS = new Set(['margin', 'difference', 'gap']);
const MORE_CHANGE_VERBS = new Set(['lost', 'gained', 'shed', 'losing', 'gaining', 'shedding']);

export const changeOfOwnLevels: VerdictRule = {
  name: 'changeOfOwnLevels',
  judge(j) {
    const { a, draft, published, dText } = j;
    // A count has no unit: "rising from seven to 16, an increase of nine" changes a count of its own.
    // "a loss of some 100 sq km" after "about 375 … about 275 sq km": a hedged change of hedged levels.
    if (a.m.value === null || (a.m.unit === undefined && a.family !== 'count') || a.base === null || (a.m.bound !== undefined && a.m.bound !== 'approximately')) return null;
    const t = draft.tokens;
    // From the figure's first token: "of [£]964" opens on its currency sign.
    const first = tokenAt(t, a.m.start);
    const before = t[first - 1]?.lower ?? '';
    const noun = t[first - 2]?.lower ?? '';
    const isChange = (before === 'of' && (CHANGE_NOUNS.has(noun) || GAP_NOUNS.has(noun))) || CHANGE_VERBS.has(before) || MORE_CHANGE_VERBS.has(before);
    if (!isChange) return null;
    const [lo, hi] = draftInterval(a);
    const q = (p: AnalysedMention): string => short(draft.text.slice(p.m.start, p.m.end));
    const unit = a.m.unit === undefined ? '' : ` ${a.m.unit}`;
    // "rising from seven to 16, an increase of nine": both levels in one "from … to" figure.
    const span = mentionsBefore(draft, a).filter((p) => p.family === a.family && p.m.unit === a.m.unit).at(-1);
    if (span && span.m.value !== null && span.m.high !== undefined && /^from\b/i.test(q(span))) {
      const size = Math.abs(span.m.high - span.m.value);
      if (size >= lo && size <= hi) return claimOf(draft, a, 'supported', `Derived: the draft's own '${q(span)}' is a change of ${round(size)}${unit}. Draft: '${short(dText)}'.`, [], published);
    }
    const levels = draft.mentions.filter((p) => p.m.end <= a.m.start && p.family === a.family && p.m.unit === a.m.unit && p.m.value !== null && p.m.high === undefined);
    const latest = levels.at(-1);
    if (!latest || latest.m.value === null) return null;
    for (const earlier of levels.slice(0, -1)) {
      const size = Math.abs((earlier.m.value ?? 0) - latest.m.value);
      if (size < lo || size > hi) continue;
      return claimOf(draft, a, 'supported', `Derived: from the draft's own '${q(earlier)}' to '${q(latest)}' is ${round(size)}${unit}. Draft: '${short(dText)}'.`, [], published);
    }
    return null;
  },
};
