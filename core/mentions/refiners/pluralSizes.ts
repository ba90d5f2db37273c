// "a substitute pair of size eights": a clothing or shoe size told as a plural number word. The
// scanner reads no number in "eights", so a draft's "a size-eight pair" found nothing to match
// and a wrong "size nines" nothing to contradict it.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Plural number words a size is told in, with their values. */
const SIZE_WORDS = new Map([['fours', 4], ['fives', 5], ['sixes', 6], ['sevens', 7], ['eights', 8], ['nines', 9], ['tens', 10],
  ['elevens', 11], ['twelves', 12], ['fourteens', 14], ['sixteens', 16], ['eighteens', 18]]);

export const pluralSizes: MentionRefiner = {
  name: 'pluralSizes',
  refine({ tokens }, mentions) {
    const added: RawMention[] = [];
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      const value = SIZE_WORDS.get(t.lower);
      if (value === undefined || tokens[i - 1]?.lower !== 'size') continue;
      if (mentions.some((m) => m.start <= t.start && t.start < m.end)) continue;
      added.push({ start: t.start, end: t.end, kind: 'count', value, tokStart: i, tokEnd: i + 1, precision: 1, words: true, parts: { num: [t.start, t.end], numValue: value, scaleValue: 1 } });
    }
    return added.length ? [...mentions, ...added].sort((x, y) => x.start - y.start) : mentions;
  },
};
