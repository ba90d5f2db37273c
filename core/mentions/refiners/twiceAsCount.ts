// "Haaland scored twice", "the company has been fined twice": "twice" is two occasions, and a
// draft's "two goals" or "two fines" restates it. The scanner knows no number in it. Not when it
// multiplies ("twice as many", "twice the size", "twice what it paid") or sets a rate ("twice a
// week"): those are not counts of two.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Words after "twice" that make it a multiplier or a frequency rather than a count. */
const NOT_A_COUNT = new Set(['as', 'the', 'that', 'what', 'a', 'an', 'per', 'each', 'every', 'over', 'his', 'her', 'its', 'their', 'our', 'my', 'your']);

export const twiceAsCount: MentionRefiner = {
  name: 'twiceAsCount',
  refine({ tokens }, mentions) {
    const added: RawMention[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (t?.lower !== 'twice' || NOT_A_COUNT.has(tokens[i + 1]?.lower ?? '')) continue;
      if (mentions.some((m) => m.start <= t.start && t.start < m.end)) continue;
      added.push({ start: t.start, end: t.end, kind: 'count', value: 2, tokStart: i, tokEnd: i + 1, precision: 1, words: true, parts: { num: [t.start, t.end], numValue: 2, scaleValue: 1 } });
    }
    return added.length ? [...mentions, ...added].sort((x, y) => x.start - y.start) : mentions;
  },
};
