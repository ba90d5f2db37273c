// "raping two 12-year-old girls and fondling a third": after a count of two (or a second of a
// series: "a second inquest …, and a third, in 2017"), "a third" is the third of them, its noun
// left unsaid, not a share of a whole (which needs "of": "a third of the girls"). Read as the
// ordinal, it meets the source's "a third girl"; read as a fraction, nothing.
import { ORDINALS } from '../../values/numberWords.ts';
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Tokens that end the phrase right after "a third": no noun follows, so none is being shared. */
const PHRASE_END = new Set(['.', ',', ';', ':', '!', '?', 'and', 'but', 'or', 'who', 'which', 'was', 'were', 'is', 'are', 'in', 'on', 'at', 'with', 'from', 'to']);

export const ellipticOrdinals: MentionRefiner = {
  name: 'ellipticOrdinals',
  refine({ tokens }, mentions) {
    return mentions.map((m, k): RawMention => {
      if (m.kind !== 'fraction' || m.value === null) return m;
      const i = tokenAt(tokens, m.start);
      const word = tokens[m.tokEnd - 1];
      const n = word ? ORDINALS[word.lower] : undefined;
      if (!(tokens[i]?.lower === 'a' || tokens[i]?.lower === 'an') || n === undefined || n < 2) return m;
      if (!PHRASE_END.has(tokens[m.tokEnd]?.lower ?? '.')) return m;
      // The count it continues: n - 1 of the same things, earlier in the sentence; or the series
      // it continues: "a second inquest in 2012 …, and a third, in 2017".
      const count = mentions.slice(0, k).reverse().find((o) => o.kind === 'count' && o.value === n - 1);
      const continuesCount = count !== undefined && !tokens.slice(count.tokEnd, i).some((t) => /^[.!?]$/.test(t.text));
      const continuesSeries = (): boolean => {
        for (let b = i - 1; b >= 0 && !/^[.!?]$/.test(tokens[b]!.text); b--) if (ORDINALS[tokens[b]!.lower] === n - 1) return true;
        return false;
      };
      if (!continuesCount && !continuesSeries()) return m;
      return { ...m, start: word!.start, tokStart: m.tokEnd - 1, kind: 'ordinal', value: n, words: true, parts: { num: [word!.start, word!.end], numValue: n, scaleValue: 1 } };
    });
  },
};
