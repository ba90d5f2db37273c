// "50, 000" is 50,000 with a space after the separator, as some feeds and tokenised archives
// print it. The scanner reads "50" and "000" apart. A group of three digits starting with 0 after
// ", " cannot be a number of its own in a list ("1, 2, 3"), so the two are one figure.
import { parseDigits } from '../../values/numberWords.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Rounding unit of a whole number written with trailing zeros: 50,000 -> 10,000. */
function roundingOf(v: number): number {
  let p = 1;
  while (v > 0 && v % (p * 10) === 0) p *= 10;
  return p;
}

export const spacedThousands: MentionRefiner = {
  name: 'spacedThousands',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as RawMention;
      const next = mentions[k + 1];
      const head = tokens[m.tokEnd - 1];
      const comma = tokens[m.tokEnd];
      const group = tokens[m.tokEnd + 1];
      if (next && m.kind !== 'date' && m.code === undefined && m.high === undefined && m.value !== null && head?.type === 'num'
        && /^\d{1,3}$/.test(head.text) && comma?.text === ',' && !comma.spaced && group?.type === 'num' && group.spaced
        && /^0\d\d$/.test(group.text) && next.tokStart === m.tokEnd + 1 && next.tokEnd === m.tokEnd + 2) {
        const numValue = (parseDigits(head.text) ?? 0) * 1000 + (parseDigits(group.text) ?? 0);
        const value = numValue * (m.parts?.scaleValue ?? 1);
        const merged: RawMention = { ...m, end: group.end, tokEnd: m.tokEnd + 2, value, precision: roundingOf(value) };
        if (m.parts) merged.parts = { ...m.parts, num: [head.start, group.end], numValue };
        out.push(merged);
        k++;
        continue;
      }
      out.push(m);
    }
    return out;
  },
};
