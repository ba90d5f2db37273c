// "top spot of Group D", "the top place in the table", "Warriors top the table": the top spot is
// first place, so a source
// that says so states the ordinal a draft gives as "first place". Implied only, as
// maidenAsFirst's "maiden": the draft's own "top spot" is the writer's word, no figure to put to
// the editor.
import type { RawMention } from '../scanMentions.ts';
import { addImpliedOrdinal, type MentionRefiner } from './refiner.ts';

/** Nouns that "top" makes first: "top spot", "top place", "the top position". */
const TOP_NOUNS = new Set(['spot', 'place', 'position']);
/** What a side tops: "top the table", "topped the group". */
const TABLES = new Set(['table', 'league', 'standings', 'group', 'pool', 'division', 'charts', 'chart', 'rankings']);

export const topAsFirst: MentionRefiner = {
  name: 'topAsFirst',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [...mentions];
    let added = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // "Glasgow Warriors top the table": to top a table is to stand first in it.
      const tops = /^(?:top|tops|topped|topping)$/.test(t.lower) && tokens[i + 1]?.lower === 'the' && TABLES.has(tokens[i + 2]?.lower ?? '');
      if (!tops && (t.lower !== 'top' || !TOP_NOUNS.has(tokens[i + 1]?.lower ?? ''))) continue;
      added = addImpliedOrdinal(out, tokens, i, i + 1, 1) || added;
    }
    return added ? out.sort((x, y) => x.start - y.start) : mentions;
  },
};
