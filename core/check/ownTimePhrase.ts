// A figure that carries its own "now" ("17 goals for Rayo Vallecano this season", "35 goals that
// Rayo have scored so far") is about the present, whatever year sits a few words off: in copy
// where a caption or a fact file runs into the next sentence without a full stop ("… against Real
// Union in November 2008 Bueno has scored 17 goals … this season") the year before the figure
// belongs to the caption, and the time phrase of the figure's own predicate says which period it
// counts.
import type { Token } from '../text/tokenize.ts';
import { YEAR_REACH } from './tuning.ts';

/** Second words of "this season", "this year" … : the present period. */
const PRESENT_PERIODS = new Set(['season', 'year', 'term', 'campaign', 'month', 'week']);

/** Token index of each "this season", "so far" … in tokens [from, to). */
function presentPhrases(tokens: readonly Token[], from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = Math.max(0, from); i < to - 1; i++) {
    const w = tokens[i]?.lower;
    const next = tokens[i + 1]?.lower ?? '';
    if ((w === 'this' && PRESENT_PERIODS.has(next)) || (w === 'so' && next === 'far')) out.push(i);
  }
  return out;
}

/**
 * True when a present-time phrase follows the figure at token `tok` within YEAR_REACH words of
 * its sentence (ending at offset `sentenceEnd`) with no year of `yearToks` between them: the figure's own predicate dates it ("scored 17 goals for
 * Rayo Vallecano this season"), and a year before the figure is another clause's.
 */
export function ownTimeNearer(tokens: readonly Token[], tok: number, yearToks: readonly number[], sentenceEnd: number): boolean {
  let to = tok + 1;
  while (to < tokens.length && to <= tok + YEAR_REACH && (tokens[to]?.end ?? Infinity) <= sentenceEnd) to++;
  const nowAt = presentPhrases(tokens, tok + 1, to);
  return nowAt.some((n) => !yearToks.some((y) => y > tok && y < n));
}
