// "For a third quarter running", "a fifth straight win", "the fourth consecutive year": an
// ordinal that counts a streak. A source ordinal that names something else, the period
// "third-quarter revenue" or a rank, says nothing of how long a streak is, so it is no support.
import type { Token } from '../text/tokenize.ts';
import type { AnalysedMention } from './analyseText.ts';
import { STREAK_REACH } from './tuning.ts';
import { isNumberWord } from '../values/numberWords.ts';

const STREAK_WORDS = new Set(['running', 'straight', 'consecutive', 'successive']);

/** The ordinal at `a` counts a streak ("a third quarter running", "fifth straight", "second in a row"), or the duration is one ("six straight months"). */
export function countsStreak(tokens: readonly Token[], a: AnalysedMention): boolean {
  // So does a length of time whose own words make it a run: "seven straight months of growth".
  // Only a word between the figure and its unit: an "in a row" after the length may tell of the
  // clause ("waiting for three years in a row"), and copy writes "for 43 months in a row" where a
  // source's "43 consecutive months" is the same run.
  if (a.m.kind === 'duration') return tokens.slice(a.m.tokStart + 1, a.m.tokEnd).some((t) => STREAK_WORDS.has(t.lower));
  if (a.m.kind !== 'ordinal') return false;
  for (let k = a.m.tokEnd; k < a.m.tokEnd + STREAK_REACH && k < tokens.length; k++) {
    const w = tokens[k]?.lower ?? '';
    if (STREAK_WORDS.has(w) || (w === 'in' && tokens[k + 1]?.lower === 'a' && tokens[k + 2]?.lower === 'row')) return true;
    if (tokens[k]?.type === 'sym' && tokens[k]?.text !== '-') return false;
    // "a bogey at the 10th and three straight double-bogeys": past a join or another figure the
    // streak word is the other figure's.
    if (k > a.m.tokEnd && (tokens[k]?.type === 'num' || isNumberWord(w) || /^(?:and|or|but)$/.test(w))) return false;
  }
  return false;
}
