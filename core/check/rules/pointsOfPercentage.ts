// "Govia Thameslink gained 9 points to reach 70.9%", "unemployment to average 5.5%, 0.1 points
// lower than last month's forecast": beside a percentage, "points" are percentage points, which a
// source may write out ("by 9pp", "down 0.1 percentage points"). Read alone, "points" counts
// anything (an index's points, a team's), so the draft's figure is only supported here, by a
// source's percentage points of that very value; a value no source gives stays unsupported, and
// nothing here reads a source's "points" as percentage points (a poll's "up 4 points to 38%" and
// an index's "lost 653 points, or 2.9%" keep the reading they have).
import { frameMatch } from '../../frames/frameOf.ts';
import { stem } from '../../frames/lexicon.ts';
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import type { SourceEntry } from '../sourceIndex.ts';

const POINTS = stem('points');

export const pointsOfPercentage: VerdictRule = {
  name: 'pointsOfPercentage',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.family !== 'count' || a.m.value === null || a.frame.head !== POINTS) return null;
    // A percentage in the draft's own sentence makes its "points" percentage points.
    if (!draft.mentions.some((o) => o.family === 'percent' && o.m.start >= a.sentence.start && o.m.end <= a.sentence.end)) return null;
    let best: { e: SourceEntry; score: number } | null = null;
    for (const e of data.byValue.get('pp') ?? []) {
      if (e.a.m.value !== a.m.value || e.a.m.bound !== a.m.bound) continue;
      const score = frameMatch(a.frame, e.a.frame, false).score;
      if (!best || score > best.score) best = { e, score };
    }
    if (!best) return null;
    return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, best.e))}' (percentage points). Draft: '${short(phraseOf(draft.text, a))}', beside a percentage.`, [evidenceOf(data, best.e)], published);
  },
};
