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
 * fact box's "- Score: USA 5, Japan 2", "Result: Portugal 1 France 0 (after extra time)", "Result on
 * Friday: England 5 Albania 0". A tally of three digits ("Final score: Raptors 114, Warriors 110")
 * or in half points ("Final score: Europe 17.5, USA 10.5") only under such a label: a line of two
 * names and hundreds is less surely a result.
 */
const RESULT_LINE = /^[ \t]*(?:[-•*][ \t]*)?((?:Final[ \t]+)?(?:Score|Result|Scoreline|Final score)(?:[ \t]+[\p{L}]+){0,3}[ \t]*:[ \t]*)?((?:[\p{Lu}][\p{L}'’.&-]*[ \t]){1,6})(\d{1,3}(?:\.5)?),?(?:[ \t]+|[ \t]*\n[ \t]*)((?:[\p{Lu}][\p{L}'’.&-]*[ \t]){1,6})(\d{1,3}(?:\.5)?)(?=[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*$)/gmu;

export const feedScores: MentionRefiner = {
  name: 'feedScores',
  refine({ text, tokens }, mentions) {
    const feed = text.includes(' ends, ') || text.includes('Goal!') || text.includes('Time, ');
    if (!feed && !text.includes('\n')) return mentions;
    // Keyed by where the first tally ends: the scanner may have read it with the name before it ("Zealand 57").
    const pairs = new Map<number, { start: number; end: number; home: number; away: number }>();
    const sides = (m: RegExpMatchArray, at: number): void => {
      const [homeName, home, , away] = [m[at]!, m[at + 1]!, m[at + 2]!, m[at + 3]!];
      const homeAt = m.index! + m[0].indexOf(home, m[0].indexOf(homeName) + homeName.length);
      pairs.set(homeAt + home.length, { start: homeAt, end: m.index! + m[0].length, home: Number(home), away: Number(away) });
    };
    if (feed) for (const m of text.matchAll(FEED_SCORE)) sides(m, 1);
    for (const m of text.matchAll(RESULT_LINE)) {
      if (m[1] === undefined && (Math.max(Number(m[3]), Number(m[5])) >= 100 || m[3]!.includes('.') || m[5]!.includes('.'))) continue;
      sides(m, 2);
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
