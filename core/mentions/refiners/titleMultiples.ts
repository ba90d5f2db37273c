// "the double heavyweight champion", "a treble Olympic winner": sports copy counts a title won
// more than once with "double", "treble", "triple", and a draft's "two-time champion" restates
// it. The scanner knows no number in those words. Only before a title noun (within three words):
// "a double murder", "triple the cost" and "a treble" of trophies in one season are other things.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const MULTIPLES: Readonly<Record<string, number>> = { double: 2, treble: 3, triple: 3, quadruple: 4 };
const TITLES = new Set(['champion', 'champions', 'champ', 'winner', 'winners', 'medallist', 'medallists', 'medalist', 'medalists']);

/** Words allowed between the multiple and the title: "double [world heavyweight] champion". */
const TITLE_REACH = 3;

export const titleMultiples: MentionRefiner = {
  name: 'titleMultiples',
  refine({ tokens }, mentions) {
    const added: RawMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const value = t ? MULTIPLES[t.lower] : undefined;
      if (!t || value === undefined) continue;
      let k = i + 1;
      while (k <= i + TITLE_REACH && tokens[k]?.type === 'word' && !TITLES.has(tokens[k]!.lower)) k++;
      if (!TITLES.has(tokens[k]?.lower ?? '')) continue;
      if (mentions.some((m) => m.start <= t.start && t.start < m.end)) continue;
      added.push({ start: t.start, end: t.end, kind: 'count', value, tokStart: i, tokEnd: i + 1, precision: 1, words: true, parts: { num: [t.start, t.end], numValue: value, scaleValue: 1 } });
    }
    return added.length ? [...mentions, ...added].sort((x, y) => x.start - y.start) : mentions;
  },
};
