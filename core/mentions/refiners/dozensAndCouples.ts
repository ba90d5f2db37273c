// "three dozen" is 36 (the scanner reads "three" and "dozen" apart), "half a dozen" six; "a couple
// of" is two.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

const DOZEN = 12;

export const dozensAndCouples: MentionRefiner = {
  name: 'dozensAndCouples',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as RawMention;
      const next = mentions[k + 1];
      if (m.kind === 'count' && m.value !== null && m.words && next && next.kind === 'count' && next.value === DOZEN && next.tokStart === m.tokEnd
        && tokens[next.tokStart]?.lower === 'dozen' && next.tokEnd === next.tokStart + 1) {
        out.push({ ...m, end: next.end, tokEnd: next.tokEnd, value: m.value * DOZEN, parts: { num: [m.start, next.end], numValue: m.value * DOZEN, scaleValue: 1 } });
        k++;
        continue;
      }
      // "half a dozen" is six: the scanner reads "half" as a fraction and "a dozen" as twelve.
      if (m.kind === 'fraction' && m.value === 0.5 && tokens[m.tokStart]?.lower === 'half' && m.tokEnd === m.tokStart + 1 && next && next.kind === 'count'
        && next.value === DOZEN && next.tokStart === m.tokEnd && tokens[next.tokStart]?.lower === 'a' && tokens[next.tokEnd - 1]?.lower === 'dozen') {
        out.push({ ...next, start: m.start, tokStart: m.tokStart, value: DOZEN / 2, parts: { num: [m.start, next.end], numValue: DOZEN / 2, scaleValue: 1 } });
        k++;
        continue;
      }
      out.push(m);
    }
    // "a couple of": two, in newsroom usage (AP: "a couple of" takes a plural and means two).
    for (let i = 0; i + 2 < tokens.length; i++) {
      const a = tokens[i];
      const c = tokens[i + 1];
      if (a?.lower !== 'a' || c?.lower !== 'couple' || tokens[i + 2]?.lower !== 'of') continue;
      if (out.some((m) => m.start <= c.start && c.start < m.end)) continue;
      out.push({ start: a.start, end: c.end, kind: 'count', value: 2, tokStart: i, tokEnd: i + 2, precision: 1, words: true, parts: { num: [a.start, c.end], numValue: 2, scaleValue: 1 } });
    }
    return out.sort((x, y) => x.start - y.start);
  },
};
