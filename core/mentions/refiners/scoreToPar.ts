// "a six-under-par 66", "a three-over-par 75", "share second place on five under": golf copy
// tells a round against the course's par. The scanner read "six" as a bare count, which the
// round's 66 then "contradicted". Read as strokes under (or over) par, it compares only with other
// scores against par; the round itself is a count of its own.
import { OVER_PAR, UNDER_PAR } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/**
 * Words before a bare "five under" that put it on a leaderboard: "on five under", "at three
 * over", and the verbs a player reaches a mark with ("to finish one under", "ended one under",
 * "to reach seven under", "was two over"). What follows must still be a leaderboard's word
 * (LEADERBOARD_NEXT), so "finished one under budget" stays a count.
 */
const LEADERBOARD = new Set(['on', 'at', 'to', 'finish', 'finished', 'finishing', 'end', 'ended', 'ending', 'reach', 'reached', 'reaching', 'get', 'got', 'getting',
  'move', 'moved', 'moving', 'climb', 'climbed', 'slip', 'slipped', 'drop', 'dropped', 'fell', 'sit', 'sits', 'sat', 'stand', 'stands', 'stood', 'is', 'was', 'lies', 'lay', 'remain', 'remains', 'remained']);

/**
 * Words that may follow a bare "five under" on a leaderboard: "at 7 under after a 67", "on five
 * under alongside McIlroy". Not a noun or "the": "at 7 under the bridge" is no score.
 */
const LEADERBOARD_NEXT = new Set(['and', 'after', 'with', 'through', 'for', 'heading', 'going', 'when', 'while', 'following', 'alongside', 'behind', 'ahead', 'at', 'before', 'overall', 'par']);

/** A label before a colon that makes the bare "12 under" after it a score: "Winning score: 12 under". */
const SCORE_LABEL = /^(?:score|total|finish)$/;

/** Words only golf copy uses: a signed total after "at" or "was" is a score to par only there. */
const GOLF_WORDS = new Set(['birdie', 'birdies', 'bogey', 'bogeys', 'eagle', 'par', 'under-par', 'over-par', 'golf', 'golfer', 'golfers', 'putt', 'fairway', 'tee']);

export const scoreToPar: MentionRefiner = {
  name: 'scoreToPar',
  refine({ tokens }, mentions) {
    // "a six-under 66": the round after a hyphenated score to par is a plain count, though the
    // scanner read "under 66" as a bound.
    const rounds = new Set<number>();
    // Whether the text is golf copy, read once and only when a signed figure asks.
    let isGolf: boolean | undefined;
    const golf = (): boolean => (isGolf ??= tokens.some((t) => GOLF_WORDS.has(t.lower)));
    const out = mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.unit !== undefined || m.high !== undefined) return m;
      // A leaderboard line: "-10 J Guerrier (Fra), N Norgaard (Den)": a signed total before an
      // initial and a surname is strokes under par (a plus sign, over), as "on 10 under" is.
      // signedFigures has read the minus already; a plus is still the token before the digits.
      const plus = tokens[m.tokStart - 1]?.text === '+' && !tokens[m.tokStart]?.spaced;
      const sign = m.value < 0 ? '-' : plus ? '+' : undefined;
      const [initial, surname] = [tokens[m.tokEnd], tokens[m.tokEnd + 1]];
      if (sign !== undefined && Number.isInteger(m.value) && m.value !== 0
        && /^\p{Lu}\.?$/u.test(initial?.text ?? '') && /^\p{Lu}\p{Ll}/u.test(surname?.text ?? '')) {
        const info = sign === '+' ? OVER_PAR : UNDER_PAR;
        // The player's name is read with the total, so the evidence quotes whose it is.
        // Its initial is kept as the given name: "-2 D Johnson" is not Zach Johnson's total.
        return { ...m, end: surname!.end, tokEnd: m.tokEnd + 2, value: Math.abs(m.value), kind: 'quantity', unit: info.unit, unitInfo: info, owner: surname!.lower, ownerGiven: initial!.text.replace('.', '').toLowerCase() };
      }
      // "Rahm finished the tournament at -6", "Oosthuizen, who was -5": a signed total after a
      // leaderboard's word, in golf copy, is strokes against par too.
      const signAt = /^[-‑+−]$/.test(tokens[m.tokStart - 1]?.text ?? '') ? m.tokStart - 1 : m.tokStart;
      // So is one set after a player's name and a comma, as a leaderboard lists it ("Rickie Fowler, -5").
      const afterName = tokens[signAt - 1]?.text === ',' && /^\p{Lu}\p{Ll}/u.test(tokens[signAt - 2]?.text ?? '');
      if (sign !== undefined && Number.isInteger(m.value) && m.value !== 0 && (LEADERBOARD.has(tokens[signAt - 1]?.lower ?? '') || afterName) && golf()) {
        const info = sign === '+' ? OVER_PAR : UNDER_PAR;
        // The listed player owns the total, as on a "-10 J Guerrier" line.
        const given = tokens[signAt - 3];
        const owner = afterName ? { owner: tokens[signAt - 2]!.lower, ...(given && /^\p{Lu}\p{Ll}+$/u.test(given.text) && !/^[.!?\n]$/.test(tokens[signAt - 4]?.text ?? '.') ? { ownerGiven: given.lower } : {}) } : {};
        return { ...m, value: Math.abs(m.value), kind: 'quantity', unit: info.unit, unitInfo: info, ...owner };
      }
      let k = m.tokEnd;
      const joined = /^[-‑]$/.test(tokens[k]?.text ?? '') && tokens[k]?.spaced === false;
      if (joined) k++;
      const side = tokens[k]?.lower;
      if (side !== 'under' && side !== 'over') return m;
      let end = k + 1;
      const hyphen = /^[-‑]$/.test(tokens[end]?.text ?? '') && tokens[end]?.spaced === false;
      const round = joined && tokens[end]?.type === 'num';
      if (tokens[end + (hyphen ? 1 : 0)]?.lower === 'par') end += hyphen ? 2 : 1;
      else if (round) rounds.add(end);
      // A fact box's "Winning score: 12 under" labels it a score, in golf copy.
      else if (!(LEADERBOARD.has(tokens[m.tokStart - 1]?.lower ?? '') || (tokens[m.tokStart - 1]?.text === ':' && SCORE_LABEL.test(tokens[m.tokStart - 2]?.lower ?? '') && golf()))
        || /^\p{L}/u.test(tokens[end]?.text ?? '') && !LEADERBOARD_NEXT.has(tokens[end]?.lower ?? '')) return m;
      const info = side === 'under' ? UNDER_PAR : OVER_PAR;
      return { ...m, end: tokens[end - 1]!.end, tokEnd: end, kind: 'quantity', unit: info.unit, unitInfo: info };
    });
    if (rounds.size === 0) return out;
    return out.map((m): RawMention => {
      const num = m.tokEnd - 1;
      if (!rounds.has(num) || m.start >= tokens[num]!.start || m.kind !== 'count') return m;
      const { bound: _bound, ...rest } = m;
      return { ...rest, start: tokens[num]!.start };
    });
  },
};
