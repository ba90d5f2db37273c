// "his maiden Six Nations", "a maiden century", "her maiden title": sports and political copy
// says "maiden" for the first of a series, so a source's "maiden" states the ordinal a draft
// gives as "first". So does "initial" before its noun: "the initial report of the blaze" is the
// first report. Implied only: a draft's "maiden" is the writer's word, no figure to check.
import type { RawMention } from '../scanMentions.ts';
import { addImpliedOrdinal, type MentionRefiner } from './refiner.ts';

export const maidenAsFirst: MentionRefiner = {
  name: 'maidenAsFirst',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [...mentions];
    let added = false;
    for (let i = 0; i < tokens.length - 1; i++) {
      const t = tokens[i]!;
      const next = tokens[i + 1]!;
      // "maiden name" is a surname, not a first of anything.
      if ((t.lower !== 'maiden' && t.lower !== 'initial') || next.type !== 'word' || next.lower === 'name' || next.lower === 'names') continue;
      added = addImpliedOrdinal(out, tokens, i, i + 1, 1) || added;
    }
    return added ? out.sort((x, y) => x.start - y.start) : mentions;
  },
};
