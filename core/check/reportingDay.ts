// A day word after a verb of saying dates the saying, not the event: "struck late on Monday,
// killing 38 people, officials said on Tuesday". Wire copy dates both in one sentence, so the
// statement's day must not contradict a draft's "on Monday night" for the quake itself, nor the
// quake's day a draft's "officials said on Tuesday". Each contradicts only its own kind.
import type { Token } from '../text/tokenize.ts';

/** Verbs of saying whose day word is the day of the statement. */
const SAYING = new Set(['said', 'says', 'say', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'confirmed',
  'confirms', 'added', 'stated', 'declared', 'disclosed', 'revealed', 'tweeted', 'wrote']);

/** Words that may stand between the verb and the day: "said in a statement on", "told reporters late on". */
const BETWEEN = new Set(['on', 'late', 'early', 'in', 'a', 'an', 'the', 'statement', 'reporters', 'journalists', 'it', 'them']);

/** Tokens back from the day word within which its verb of saying is looked for. */
const SAYING_REACH = 5;

/** Whether the date starting at token `tok` follows a verb of saying in its clause. */
export function datesStatement(tokens: readonly Token[], tok: number): boolean {
  for (let k = tok - 1; k >= Math.max(0, tok - SAYING_REACH); k--) {
    const w = tokens[k]?.lower ?? '';
    if (SAYING.has(w)) return true;
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}
