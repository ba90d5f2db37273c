// "runner-up in 2:06:28, 82 seconds behind", "won in 2:23:15, four seconds ahead of Deba", "third
// at 31 seconds, 27 seconds behind Powless" (each at his time behind the leader): a
// race report gives each finisher's time, and the draft tells the gap between two of them. The
// source rarely states that gap; it states both times, often in different sentences ("Mutai won
// in two hours, five minutes and six seconds … Emmanuel Mutai ran two hours, six minutes and 28
// seconds"). So a duration the draft words as a lead or a deficit is supported as derived when
// two of the source's finishing times differ by it, and, when the draft's sentence gives a time
// of its own before it, one of those two is that time.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import { draftInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { mentionsBefore } from '../sentenceMentions.ts';

/** Words after a duration that make it a gap between finishers: "82 seconds behind", "four seconds ahead of". */
const MARGIN_WORDS = new Set(['behind', 'ahead', 'clear', 'adrift', 'slower', 'quicker', 'faster']);
/**
 * A finishing time, or a rider's time behind the leader, is told to the second (or finer):
 * "2:06:28", "14 minutes 49.12 seconds", "at 31 seconds". A duration rounded coarser ("three
 * hours", "within three minutes of the restart") is no time of a finisher, and the gap between two
 * such is no lead. In seconds, the family's base unit.
 */
const FINISH_PRECISION = 1;
/** Context a source's own gap must share with the draft's to be the gap the draft tells ("beat … by more than 40 seconds"). */
const STATED_CONTEXT = 2;

function isFinishTime(m: AnalysedMention): boolean {
  if (m.family !== 'dim:time' || m.base === null || m.baseHigh !== undefined || m.m.bound !== undefined || !m.m.value) return false;
  // The writer's rounding step, in seconds.
  return m.m.precision * (m.base / m.m.value) <= FINISH_PRECISION + 1e-9;
}

export const raceMargin: VerdictRule = {
  name: 'raceMargin',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'dim:time' || a.m.value === null || a.m.high !== undefined || !MARGIN_WORDS.has(draft.tokens[a.m.tokEnd]?.lower ?? '')) return null;
    // A source that tells this gap itself, otherwise ("beat … by more than 40 seconds" against the
    // draft's "nearly 40 seconds clear"), is what the draft restates; two other riders' times that
    // happen to differ by it say nothing.
    if (j.scored.some((s) => s.close && s.rel !== 'entails' && s.context >= STATED_CONTEXT)) return null;
    const [lo, hi] = draftInterval(a);
    const factor = (a.base ?? 0) / a.m.value;
    if (!(factor > 0)) return null;
    // The draft's own time told just before its gap ("in 2:06:28 — 82 seconds behind") is one end.
    const own = mentionsBefore(draft, a).filter(isFinishTime).at(-1);
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      const times = src.analysis.mentions.filter(isFinishTime);
      for (let x = 0; x < times.length; x++) {
        for (let y = x + 1; y < times.length; y++) {
          const [p, q] = [times[x]!, times[y]!];
          if (own && ![p, q].some((t) => Math.abs((t.base ?? 0) - (own.base ?? 0)) <= FINISH_PRECISION / 2)) continue;
          const gap = Math.abs((p.base ?? 0) - (q.base ?? 0)) / factor;
          if (gap < lo || gap > hi) continue;
          const [slow, fast] = (p.base ?? 0) >= (q.base ?? 0) ? [p, q] : [q, p];
          const said = (m: AnalysedMention): string => short(src.analysis.text.slice(m.m.start, m.m.end));
          return claimOf(draft, a, 'supported', `Derived: the source's times ${said(slow)} and ${said(fast)} are ${Math.round(gap * 100) / 100} ${a.m.unit ?? ''}(s) apart. Draft: '${short(dText)}'.`,
            [evidenceOf(data, { sourceIndex: si, a: slow }), evidenceOf(data, { sourceIndex: si, a: fast })], published);
        }
      }
    }
    return null;
  },
};
