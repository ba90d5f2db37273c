// "The two men traded blows", "how the two goalkeepers respond": past a story's first sentence,
// "the" with a small count refers back to people or things the story has already introduced; the
// count is where they were introduced, and here it only says which ones. Read in a source, the
// count still states a quantity a draft may give ("two men" for "the two men"); a draft's is not
// put to the editor (impliedOnly), as "the pair" is not. Not a unit or a time ("the two years
// since" measures), not a part ("the two of them"), not a compound ("the two-day strike").
import { UNIT_WORDS } from '../../values/units.ts';
import type { MentionRefiner } from './refiner.ts';

/** Counts a reader keeps track of without a figure: a pair or a trio the story has named. */
const SMALL_SETS = new Set(['two', 'three']);
/** Plurals without an "-s" that may follow. */
const PLURALS = new Set(['men', 'women', 'children', 'people', 'police']);
const SENTENCE_END = new Set(['.', '!', '?']);

export const definiteReferences: MentionRefiner = {
  name: 'definiteReferences',
  refine({ tokens }, mentions) {
    let changed = false;
    // Where the story's first sentence ends: a reference back needs something before it.
    const firstEnd = tokens.findIndex((t) => t.type === 'sym' && SENTENCE_END.has(t.text));
    const out = mentions.map((m) => {
      if (m.kind !== 'count' || !m.words || m.tokEnd !== m.tokStart + 1 || m.bound !== undefined || m.unit !== undefined) return m;
      const word = tokens[m.tokStart];
      const noun = tokens[m.tokEnd];
      if (!word || !noun || !SMALL_SETS.has(word.lower) || tokens[m.tokStart - 1]?.lower !== 'the') return m;
      if (noun.type !== 'word' || !(PLURALS.has(noun.lower) || /[^su]s$/.test(noun.lower)) || UNIT_WORDS.has(noun.lower)) return m;
      if (tokens[m.tokEnd + 1]?.lower === 'of') return m;
      // The story's first sentence introduces: "The two men were arrested on Friday" is its news.
      if (firstEnd < 0 || firstEnd > m.tokStart) return m;
      changed = true;
      return { ...m, impliedOnly: true };
    });
    return changed ? out : mentions;
  },
};
