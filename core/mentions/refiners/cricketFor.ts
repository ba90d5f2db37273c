// "Ireland made 165 for five", "the Afghans reached 171 for four": cricket copy writes an innings
// as runs "for" wickets, which scorecards and reports also write "165-5". Read as the score it is,
// so the two forms compare; the scanner saw two counts, the second of which counted nothing.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner, RefineContext } from './refiner.ts';

/** Words that may follow the wickets: the end of the innings' phrase, never a noun they count. */
const AFTER_WICKETS = /^(?:in|off|after|with|as|declared|and|from|when|before|at|on|to|but|while|until|till|by|inside|within)$/;
/** Fewest runs read as an innings' score anywhere; below it ("one for two") only in a cricket story. */
const MIN_RUNS = 10;
/** A story about cricket: its words for wickets, overs and how batsmen go out. */
const CRICKET_STORY = /\b(?:wickets?|innings|overs|lbw|bowled|batsman|batsmen|stumps)\b/i;

/** Most wickets an innings has. */
const MAX_WICKETS = 10;

/** Words before a bowler's figures: "taking five for 50", "figures of five for 50". */
const BOWLED_BEFORE = /^(?:taking|took|takes|take|claimed|claiming|returned|returning|of|with)$/;
/** Most runs a bowler's figures give in an innings. */
const MAX_BOWLING_RUNS = 300;

/**
 * Whether "N for M" is a bowler's figures: at most ten wickets for more runs, after a verb of
 * taking, in a cricket story; or told in full, "four wickets for 25 (runs)".
 */
function bowling(tokens: RefineContext['tokens'], m: RawMention, w: RawMention, text: string): boolean {
  if (m.kind !== 'count' || w.kind !== 'count' || m.value === null || w.value === null || !Number.isInteger(m.value) || !Number.isInteger(w.value)
    || m.value < 0 || m.value > MAX_WICKETS || w.value <= MAX_WICKETS || w.value >= MAX_BOWLING_RUNS || m.unit !== undefined || w.unit !== undefined || m.bound !== undefined) return false;
  const inFull = /^wickets?$/.test(tokens[m.tokEnd]?.lower ?? '') && tokens[m.tokEnd + 1]?.lower === 'for' && w.tokStart === m.tokEnd + 2;
  return (inFull || (tokens[m.tokEnd]?.lower === 'for' && w.tokStart === m.tokEnd + 1 && BOWLED_BEFORE.test(tokens[m.tokStart - 1]?.lower ?? ''))) && CRICKET_STORY.test(text);
}

/**
 * Whether a score is a bowler's figures, wickets first ("figures of 5-50", "taking five for 50"):
 * its first side is a count of wickets, which a source's figures state as "took five wickets" does.
 */
export function bowlingFigures(tokens: RefineContext['tokens'], m: RawMention): boolean {
  const before = tokens[m.tokStart - 1]?.lower ?? '';
  return m.kind === 'score' && m.value !== null && m.high !== undefined && m.value <= MAX_WICKETS && m.high > MAX_WICKETS && m.high < MAX_BOWLING_RUNS
    && (BOWLED_BEFORE.test(before) || before === 'figures' || /^wickets?$/.test(tokens[m.tokStart + 1]?.lower ?? ''));
}

export const cricketFor: MentionRefiner = {
  name: 'cricketFor',
  refine({ text, tokens }, mentions) {
    const out: RawMention[] = [];
    // "slumped to one for two": an innings may collapse before it has ten runs.
    const minRuns = CRICKET_STORY.test(text) ? 0 : MIN_RUNS;
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as RawMention;
      const w = mentions[k + 1];
      const runs = m.value;
      const after = w ? tokens[w.tokEnd] : undefined;
      // "taking five for 50": a bowler's figures, wickets for runs, which scorecards write "5-50".
      if (w && bowling(tokens, m, w, text)) {
        out.push({ ...m, end: w.end, tokEnd: w.tokEnd, kind: 'score', value: m.value!, high: w.value!, precision: 1 });
        k++;
        continue;
      }
      if (!w || m.kind !== 'count' || w.kind !== 'count' || runs === null || w.value === null || m.unit !== undefined || m.bound !== undefined
        || !Number.isInteger(runs) || runs < minRuns || runs >= 1000 || !Number.isInteger(w.value) || w.value > MAX_WICKETS || w.value < 0
        || tokens[m.tokEnd]?.lower !== 'for' || w.tokStart !== m.tokEnd + 1 || (after && after.type === 'word' && !AFTER_WICKETS.test(after.lower))) {
        out.push(m);
        continue;
      }
      out.push({ ...m, end: w.end, tokEnd: w.tokEnd, kind: 'score', value: runs, high: w.value, precision: 1 });
      k++;
    }
    return out;
  },
};
