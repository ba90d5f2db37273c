// "three dozen" is 36 (the scanner reads "three" and "dozen" apart), "half a dozen" six, and so
// are "a half-dozen" and "half dozen", the same measure written as one word; "a couple of" is two.
import type { RawMention } from '../scanMentions.ts';
import { UNIT_WORDS } from '../../values/units.ts';
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
      // "half a dozen" is six: the scanner reads "half" as a fraction and "a dozen" as twelve; so
      // is "a half dozen", whose "a" the fraction took.
      if (m.kind === 'fraction' && m.value === 0.5 && tokens[m.tokEnd - 1]?.lower === 'half' && next && next.kind === 'count'
        && next.value === DOZEN && next.tokStart === m.tokEnd && (tokens[next.tokStart]?.lower === 'a' || next.tokEnd === next.tokStart + 1)
        && tokens[next.tokEnd - 1]?.lower === 'dozen') {
        out.push({ ...next, start: m.start, tokStart: m.tokStart, value: DOZEN / 2, parts: { num: [m.start, next.end], numValue: DOZEN / 2, scaleValue: 1 } });
        k++;
        continue;
      }
      // "a half-dozen games": the scanner leaves "half" before a hyphen alone and reads the dozen.
      const dash = tokens[m.tokStart - 1];
      const half = tokens[m.tokStart - 2];
      if (m.kind === 'count' && m.value === DOZEN && m.tokEnd === m.tokStart + 1 && tokens[m.tokStart]?.lower === 'dozen' && half?.lower === 'half'
        && (dash?.text === '-' || dash?.text === '‑') && !dash.spaced && !tokens[m.tokStart]?.spaced) {
        const a = tokens[m.tokStart - 3]?.lower === 'a' ? tokens[m.tokStart - 3] : undefined;
        const start = a?.start ?? half.start;
        // The scanner read "a half" as a fraction of its own.
        if (out.length > 0 && (out[out.length - 1] as RawMention).end > start) out.pop();
        out.push({ ...m, start, tokStart: m.tokStart - (a ? 3 : 2), value: DOZEN / 2, words: true, parts: { num: [start, m.end], numValue: DOZEN / 2, scaleValue: 1 } });
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
      // "a couple of weeks" is a length of time, two weeks, as "two weeks" is.
      const unit = tokens[i + 3];
      const time = unit ? UNIT_WORDS.get(unit.lower) : undefined;
      if (unit && time?.dimension === 'time') {
        out.push({ start: a.start, end: unit.end, kind: 'duration', value: 2, unit: time.unit, unitInfo: time, tokStart: i, tokEnd: i + 4, precision: 1, words: true, parts: { num: [a.start, c.end], numValue: 2, scaleValue: 1, unit: [unit.start, unit.end] } });
        continue;
      }
      out.push({ start: a.start, end: c.end, kind: 'count', value: 2, tokStart: i, tokEnd: i + 2, precision: 1, words: true, parts: { num: [a.start, c.end], numValue: 2, scaleValue: 1 } });
    }
    return out.sort((x, y) => x.start - y.start);
  },
};
