// "Tries from No.8 Billy Vunipola", "fly-half and No 10 Owen Farrell", "number eight Sam
// Simmonds": rugby and football copy names a player by the number on his shirt, which is his
// position. "No 8" before a name is part of what he is called, as "Type 22" is part of a frigate's
// name: no quantity, no claim to check. Not "world No 1 Novak Djokovic" (a ranking, see
// isWorldRanking), nor "the No 3 seed" (seedNumbers), nor "the No. 1 spot".
import { isWorldRanking, numberSignAt } from '../seriesNouns.ts';
import { opensSentence, type MentionRefiner } from './refiner.ts';
import { MONTHS, WEEKDAYS } from '../dateWords.ts';

/** Largest number on a starting player's shirt: rugby union's 15 (football's squad numbers run higher, but its positions stop at 11). */
const LAST_SHIRT = 15;

export const shirtNumbers: MentionRefiner = {
  name: 'shirtNumbers',
  refine({ tokens }, mentions) {
    const out = mentions.filter((m) => {
      if (m.kind !== 'count' || m.value === null || !Number.isInteger(m.value) || m.value < 1 || m.value > LAST_SHIRT || m.tokEnd !== m.tokStart + 1 || m.bound !== undefined) return true;
      // "No.8", "No. 8", "No 8", "number eight".
      if (numberSignAt(tokens, m.tokStart) < 0 || isWorldRanking(tokens, m.tokStart)) return true;
      // A player's name right after it: a capitalised word that opens no sentence and dates nothing.
      const next = tokens[m.tokEnd];
      const name = next !== undefined && /^\p{Lu}\p{Ll}+$/u.test(next.text) && !opensSentence(tokens, m.tokEnd) && MONTHS[next.lower] === undefined && WEEKDAYS[next.lower] === undefined;
      return !name;
    });
    return out.length === mentions.length ? mentions : out;
  },
};
