// "Cody Miller of the United States won the bronze in 58.87", "Kirani James took silver":
// Olympic and championship copy gives a finishing place as its medal. A source's medal states the
// place a draft gives as "third in 58.87", "second". Implied only: a draft's "won bronze" is the
// writer's phrase, no figure to check.
import type { RawMention } from '../scanMentions.ts';
import { addImpliedOrdinal, type MentionRefiner } from './refiner.ts';

/** The place each medal is won for. */
const PLACES: Readonly<Record<string, number>> = { gold: 1, silver: 2, bronze: 3 };
/** Verbs that award a medal to their subject: "won", "took", "claimed", "settle for". */
const WIN = /^(?:won|wins|win|winning|took|takes|take|taking|claimed|claims|claim|claiming|grabbed|grabs|collected|collects|earned|earns|snatched|bagged|for)$/;
/** Words after the medal that make it a count or a thing of its own: "two bronze medals", "bronze medallist". */
const NOT_A_PLACE = /^(?:medals|medallists|medalists|-)$/;

export const medalsAsPlaces: MentionRefiner = {
  name: 'medalsAsPlaces',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [...mentions];
    let added = false;
    for (let i = 1; i < tokens.length; i++) {
      const place = PLACES[tokens[i]!.lower];
      if (place === undefined) continue;
      // "won the bronze", "took silver", "had to settle for silver".
      const verbAt = tokens[i - 1]?.lower === 'the' ? i - 2 : i - 1;
      if (!WIN.test(tokens[verbAt]?.lower ?? '') || NOT_A_PLACE.test(tokens[i + 1]?.lower ?? '')) continue;
      // "for" only after "settle": "a bid for gold" is no place won.
      if (tokens[verbAt]!.lower === 'for' && !/^settle[ds]?$/.test(tokens[verbAt - 1]?.lower ?? '')) continue;
      const end = tokens[i + 1]?.lower === 'medal' ? i + 2 : i + 1;
      added = addImpliedOrdinal(out, tokens, i, end, place) || added;
    }
    return added ? out.sort((x, y) => x.start - y.start) : mentions;
  },
};
