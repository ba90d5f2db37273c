// A score is two figures, and a slip usually changes one of them: "trails 11-6" where the source
// has 11-5 is wrong in its 6, and the 11 stands. The contradiction points at the side that
// differs, as a date's points at its day or a range's at its differing end.
import type { AnalysedMention } from './analyseText.ts';

/** Offsets of the one side of draft score `d` that differs from source score `s`, or null. */
export function differingScoreSide(text: string, d: AnalysedMention, s: AnalysedMention): [number, number] | null {
  if (d.m.kind !== 'score' || s.m.kind !== 'score') return null;
  const sameFirst = d.m.value === s.m.value;
  const sameSecond = d.m.high === s.m.high;
  if (sameFirst === sameSecond) return null;
  const sides = [...text.slice(d.m.start, d.m.end).matchAll(/\d+/g)];
  const side = sides.length === 2 ? sides[sameFirst ? 1 : 0] : undefined;
  if (!side) return null;
  const at = d.m.start + (side.index ?? 0);
  return [at, at + side[0].length];
}
