// "Match ends, Inverness CT 2, Hamilton Academical 1." A live-match feed (BBC Sport's, run into
// the report) gives the score as each side's name and tally, at a goal, at half-time and at the
// end. The scanner reads two counts of nothing; read together they are the score "2-1", which a
// draft's "a 2-1 victory" or "a 2-0 lead at the interval" restates, winner's tally first.
// A round-up's results line ("Arsenal 2 Wolves 1", a line of its own above each match report)
// gives a final score the same way.
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/**
 * The feed's moments that state the score, then two sides: a name (no digits, no comma) and its
 * tally. Names run to at most six words ("Inverness Caledonian Thistle", "Brighton and Hove Albion").
 */
const FEED_SCORE = /\b(?:Match ends|First Half ends|Second Half ends|Half Time|Full Time|Goal!)[,!.]?\s+((?:[\p{Lu}][\p{L}'’.&-]*\s){1,6})(\d{1,2}),\s+((?:[\p{Lu}][\p{L}'’.&-]*\s){1,6})(\d{1,2})\b/gu;

/**
 * A results line: two sides and their tallies, and nothing else on the line (or each on a line of
 * its own, as a scoreboard above a report gives them: "All Blacks 57" / "South Africa 15"); or a
 * fact box's "- Score: USA 5, Japan 2", "Result: Portugal 1 France 0 (after extra time)".
 */
const RESULT_LINE = /^[ \t]*(?:[-•*][ \t]*)?(?:(?:Final[ \t]+)?(?:Score|Result|Scoreline|Final score)[ \t]*:[ \t]*)?((?:[\p{Lu}][\p{L}'’.&-]*[ \t]){1,6})(\d{1,2}),?(?:[ \t]+|[ \t]*\n[ \t]*)((?:[\p{Lu}][\p{L}'’.&-]*[ \t]){1,6})(\d{1,2})(?=[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*$)/gmu;

export const feedScores: MentionRefiner = {
  name: 'feedScores',
  refine({ text, tokens }, mentions) {
    const feed = text.includes(' ends, ') || text.includes('Goal!') || text.includes('Time, ');
    if (!feed && !text.includes('\n')) return mentions;
    // Keyed by where the first tally ends: the scanner may have read it with the name before it ("Zealand 57").
    const pairs = new Map<number, { start: number; end: number; home: number; away: number }>();
    for (const m of [...(feed ? text.matchAll(FEED_SCORE) : []), ...text.matchAll(RESULT_LINE)]) {
      const homeAt = m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length);
      const awayEnd = m.index + m[0].length;
      pairs.set(homeAt + m[2]!.length, { start: homeAt, end: awayEnd, home: Number(m[2]), away: Number(m[4]) });
    }
    if (pairs.size === 0) return mentions;
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k]!;
      const pair = pairs.get(m.end);
      const away = mentions.findIndex((n, j) => j > k && n.end === pair?.end);
      // Only two plain tallies with nothing read between them but the second side's name.
      if (!pair || m.kind !== 'count' || away !== k + 1 || mentions[away]!.kind !== 'count') { out.push(m); continue; }
      // Prose gives the winner's tally first whoever was at home ("Derby eased to a 3-0 win at
      // Ipswich" for "Ipswich Town 0, Derby County 3"), so the feed's score is read that way.
      out.push({
        start: pair.start, end: pair.end, kind: 'score', value: Math.max(pair.home, pair.away), high: Math.min(pair.home, pair.away), precision: 1,
        tokStart: tokenAt(tokens, pair.start), tokEnd: tokenAt(tokens, pair.end),
      });
      k = away;
    }
    return out;
  },
};
