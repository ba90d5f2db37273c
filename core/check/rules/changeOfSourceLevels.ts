// The size of a change in its own unit, where the source gives the levels before and after: "Net
// debt climbed by almost £100m to £642m" where it says "Net debt increased to £642m, up from £543m".
// A draft figure that is the size of a change (role "by") is supported as derived when one source
// sentence gives a level before ("from …") and after ("to …") of the same kind, framed as the
// draft's figure is, that differ by the draft's figure within its rounding, in the verb's direction.
import { FALLING_VERBS } from '../../mentions/changeVerbs.ts';
import { claimOf, evidenceOf, round, short } from '../explain.ts';
import { draftInterval, inDraftUnits } from '../intervals.ts';
import { frameMatch } from '../../frames/frameOf.ts';
import type { VerdictRule } from '../judgement.ts';
import { STRONG } from '../tuning.ts';
import { sourceLevelPairs } from '../sourceLevels.ts';
import { SHARED_EVENT_WORDS, sharedWordsWith } from '../sharedWords.ts';

export const changeOfSourceLevels: VerdictRule = {
  name: 'changeOfSourceLevels',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    // A change in percent is percentChange's (a share of the level); points of a rate stay here.
    if (a.role !== 'by' || a.m.value === null || a.base === null || (a.family === 'percent' && a.m.kind === 'percent' && a.m.unit !== 'pp')) return null;
    const dt = draft.tokens;
    let k = a.m.tokStart - 1;
    while (k > 0 && dt[k]?.type !== 'word') k--;
    if (dt[k]?.lower === 'by' || /^(?:almost|nearly|about|around|roughly|some|just|over|under)$/.test(dt[k]?.lower ?? '')) k--;
    if (dt[k]?.lower === 'by') k--;
    const down = FALLING_VERBS.has(dt[k]?.lower ?? '');
    const [lo, hi] = draftInterval(a);
    for (const { sourceIndex, before, after } of sourceLevelPairs(data)) {
      if (before.family !== a.family) continue;
      // The change of the same thing: framed as the draft's figure is, or told in the same words
      // ("Net debt climbed by …" / "Net debt increased to …") with nothing that clashes.
      const src = data.sources[sourceIndex]!.analysis;
      const framed = Math.max(frameMatch(a.frame, before.frame).score, frameMatch(a.frame, after.frame).score);
      if (framed < STRONG && (framed < 0 || sharedWordsWith(draft, a, src, before.sentence) < SHARED_EVENT_WORDS)) continue;
      const change = after.base! - before.base!;
      if ((down && change > 0) || (!down && change < 0)) continue;
      const size = inDraftUnits(Math.abs(change), a);
      if (size < lo || size > hi) continue;
      const text = src.text;
      const ev = evidenceOf(data, { sourceIndex, a: before });
      return claimOf(draft, a, 'supported', `Derived: from ${short(text.slice(before.m.start, before.m.end))} to ${short(text.slice(after.m.start, after.m.end))} is ${down ? 'down' : 'up'} ${round(size)}. Draft: '${short(dText)}'.`, [ev], published);
    }
    return null;
  },
};
