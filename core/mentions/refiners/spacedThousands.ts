// "50, 000" is 50,000 with a space after the separator, as some feeds and tokenised archives
// print it, and "7 000" is 7,000 with a space for the separator. The scanner reads "50" and "000"
// apart. A group of three digits starting with 0 after ", " cannot be a number of its own in a list
// ("1, 2, 3"), so the two are one figure.
import { parseDigits } from '../../values/numberWords.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Rounding unit of a whole number written with trailing zeros: 50,000 -> 10,000. */
function roundingOf(v: number): number {
  let p = 1;
  while (v > 0 && v % (p * 10) === 0) p *= 10;
  return p;
}

/** Characters from one spaced figure to the next within which both are of one list. */
const LIST_REACH = 40;

export const spacedThousands: MentionRefiner = {
  name: 'spacedThousands',
  refine({ text: source, tokens }, mentions) {
    // One space between two digit groups, as typeset: a plain, no-break or thin space.
    const oneSpace = (from: number, to: number): boolean => /^[ \u00a0\u202f\u2009]$/.test(source.slice(from, to));
    const out: RawMention[] = [];
    let lastSpaced: number | undefined;
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
      // "Almost 7 000 tickets", "12 500 roubles": the space as the thousands separator (the SI and
      // European style). Digits of one to three, then groups of exactly three each set off by one
      // space; not inside a list of figures ("3, 7 000").
      // A list whose figures are spaced that way ("559 315 in Virginia, 496 828 in North
      // Carolina") has them after commas too: a spaced figure just before says which style it is.
      const before = tokens[m.tokStart - 1];
      const spacedList = before?.text === ',' && lastSpaced !== undefined && m.start - lastSpaced <= LIST_REACH;
      if (m.kind !== 'date' && m.code === undefined && m.high === undefined && m.value !== null && head?.type === 'num' && m.tokEnd === m.tokStart + 1
        && /^\d{1,3}$/.test(head.text) && !((before?.text === ',' && !spacedList) || before?.type === 'num')) {
        let end = m.tokEnd;
        let digits = head.text;
        let j = k;
        while (tokens[end]?.type === 'num' && tokens[end]!.spaced && /^\d{3}$/.test(tokens[end]!.text) && oneSpace(tokens[end - 1]!.end, tokens[end]!.start)
          && mentions[j + 1]?.tokStart === end) {
          digits += tokens[end]!.text;
          end++;
          j++;
        }
        const last = mentions[j];
        if (end > m.tokEnd && last) {
          const numValue = Number(digits);
          // The group's own unit or scale, if it read one ("12 500 roubles"), is the figure's.
          const value = numValue * (last.parts?.scaleValue ?? 1);
          // The first group's hedge and currency ("Almost 7 000", "£2 000"), the last group's unit.
          const merged: RawMention = { ...last, ...m, end: last.end, tokEnd: last.tokEnd, value, precision: roundingOf(value) };
          if (m.kind === 'count' && last.kind !== 'count') {
            merged.kind = last.kind;
            if (last.unit !== undefined) merged.unit = last.unit;
            if (last.unitInfo !== undefined) merged.unitInfo = last.unitInfo;
          }
          if (last.parts) merged.parts = { ...last.parts, num: [head.start, tokens[end - 1]!.end], numValue };
          out.push(merged);
          lastSpaced = merged.end;
          k = j;
          continue;
        }
      }
      out.push(m);
    }
    return out;
  },
};
