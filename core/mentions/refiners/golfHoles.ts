// "birdies at four, five and seven", "Bogeys followed at eight, nine, 11 and 14", "a 12-footer at
// two": golf copy names a hole by its bare number after "at", where a draft writes "the fourth".
// In a sentence that scores holes (a birdie, a bogey, an eagle), such a number is the hole's place
// in the round, an ordinal, not a count of anything; read as a count it met no draft's "fourth".
import type { MentionRefiner } from './refiner.ts';

/** Words that score a hole: the sentence is about holes played. */
const HOLE_SCORES = /^(?:birdies?|birdied|bogeys?|bogeyed|eagles?|eagled|double-bogeys?|double-bogeyed|pars?|parred)$/;
/** Holes on a golf course. */
const HOLES = 18;

export const golfHoles: MentionRefiner = {
  name: 'golfHoles',
  refine({ tokens }, mentions) {
    let changed = false;
    const out = [...mentions];
    for (let k = 0; k < out.length; k++) {
      const m = out[k]!;
      if (m.kind !== 'count' || m.value === null || !Number.isInteger(m.value) || m.value < 1 || m.value > HOLES || m.bound !== undefined || m.high !== undefined || m.unit !== undefined) continue;
      const before = tokens[m.tokStart - 1]?.lower;
      const prev = out[k - 1];
      // After "at", or next in a list whose first stands after "at": "at eight, nine, 11 and 14".
      const listed = prev !== undefined && prev.kind === 'ordinal' && prev.tokEnd >= m.tokStart - 2 && (before === ',' || before === 'and');
      if (before !== 'at' && !listed) continue;
      // The figure names no thing of its own: "at two" ends there, "at four shots" counts shots.
      const next = tokens[m.tokEnd];
      if (next?.type === 'word' && /^\p{Ll}{3,}s$/u.test(next.text) && !/^(?:was|has|is|does)$/.test(next.lower) && !HOLE_SCORES.test(next.lower)) continue;
      if (!sentenceScoresHoles(tokens, m.tokStart)) continue;
      out[k] = { ...m, kind: 'ordinal' };
      changed = true;
    }
    return changed ? out : mentions;
  },
};

/** Whether the sentence around token `at` has a word that scores a hole. */
function sentenceScoresHoles(tokens: readonly { text: string; lower: string }[], at: number): boolean {
  for (let k = at; k >= 0 && !/^[.!?]$/.test(tokens[k]!.text); k--) if (HOLE_SCORES.test(tokens[k]!.lower)) return true;
  for (let k = at; k < tokens.length && !/^[.!?]$/.test(tokens[k]!.text); k++) if (HOLE_SCORES.test(tokens[k]!.lower)) return true;
  return false;
}
