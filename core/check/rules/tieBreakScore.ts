// "took the opening-set tiebreak 7-5" where the source has "won 7-6(5) 6-3": a tennis scoreline
// gives a tie-break in brackets after its set, either whole ("7-6 (7/2)", "7-6 (7-4)") or, by the
// usual convention, as the loser's points alone ("7-6(5)"). The winner of a tie-break needs seven
// points and a lead of two, so the loser's n points mean a 7-n tie-break below six and (n+2)-n from
// six on. A draft's tie-break score is supported by a source tie-break that comes to the same two
// numbers, in a sentence that tells the same match (a shared name).
import { claimOf, passageEvidence, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sharedWordsWith } from '../sharedWords.ts';

/** A set won or lost on a tie-break, then its tie-break in brackets: "7-6 (5)", "6-7(4)", "7-6 (7/2)". */
const TIE_BREAK = /\b(?:7-6|6-7)\s*\(\s*(\d{1,2})(?:\s*[-/]\s*(\d{1,2}))?\s*\)/g;
/** Words that name a tie-break near a draft's score. */
const TIE_BREAK_WORDS = /^(?:tie-?breaks?|tie-?breakers?|breakers?)$/;
/** Tokens either side of the score within which the tie-break is named ("the tiebreak 7-5", "on tie-breaks, winning them 7-2"). */
const REACH = 6;
/**
 * Content words the source's sentence must share with the draft's (or the one before) to tell the
 * same match: one, a player's name ("Evans"), as a tie-break's exact score in brackets is itself
 * rare enough to tell a match by.
 */
const SAME_MATCH_WORDS = 1;
/** Points a tie-break is played to. */
const TIE_BREAK_POINTS = 7;

/** The two scores of a bracketed tie-break, the winner's first. */
function tieBreakOf(first: string, second: string | undefined): [number, number] {
  const a = Number(first);
  if (second !== undefined) return [Math.max(a, Number(second)), Math.min(a, Number(second))];
  return [Math.max(TIE_BREAK_POINTS, a + 2), a];
}

export const tieBreakScore: VerdictRule = {
  name: 'tieBreakScore',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.kind !== 'score' || a.m.value === null || a.m.high === undefined) return null;
    const t = draft.tokens;
    let named = false;
    for (let k = Math.max(0, a.m.tokStart - REACH); k < a.m.tokEnd + REACH && k < t.length && !named; k++) {
      const tok = t[k];
      if (tok && tok.start >= a.sentence.start && tok.end <= a.sentence.end) named = TIE_BREAK_WORDS.test(tok.lower) || (tok.lower === 'tie' && t[k + 1]?.text === '-' && t[k + 2]?.lower.startsWith('break') === true);
    }
    if (!named) return null;
    const want = [Math.max(a.m.value, a.m.high), Math.min(a.m.value, a.m.high)];
    for (const src of data.sources) {
      const text = src.analysis.text;
      for (const s of src.analysis.sentences) {
        for (const m of text.slice(s.start, s.end).matchAll(TIE_BREAK)) {
          const [w, l] = tieBreakOf(m[1]!, m[2]);
          // The words are compared only for a sentence whose tie-break has the draft's numbers.
          if (w !== want[0] || l !== want[1] || sharedWordsWith(draft, a, src.analysis, s) < SAME_MATCH_WORDS) continue;
          const start = s.start + m.index;
          const evidence = passageEvidence(src.doc.id, text, s, start, start + m[0].length);
          return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}', a tie-break won ${w}-${l}. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidence], published);
        }
      }
    }
    return null;
  },
};
