// "Ireland made 165 for five", "the Afghans reached 171 for four": cricket copy writes an innings
// as runs "for" wickets, which scorecards and reports also write "165-5". Read as the score it is,
// so the two forms compare; the scanner saw two counts, the second of which counted nothing.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Words that may follow the wickets: the end of the innings' phrase, never a noun they count. */
const AFTER_WICKETS = /^(?:in|off|after|with|as|declared|and|from|when|before|at|on|to|but|while|until|till|by|inside|within)$/;
/** Fewest runs read as an innings' score anywhere; below it ("one for two") only in a cricket story. */
const MIN_RUNS = 10;
/** A story about cricket: its words for wickets, overs and how batsmen go out. */
const CRICKET_STORY = /\b(?:wickets?|innings|overs|lbw|bowled|batsman|batsmen|stumps)\b/i;

/** Most wickets an innings has. */
const MAX_WICKETS = 10;

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
