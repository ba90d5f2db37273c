// "Temperatures have reached 35C (95F), some 12 degrees above the usual summer level of about
// 23C": a gap in "degrees" with no scale after it is a temperature difference where its sentence
// gives temperatures, in their scale (the first the sentence writes). Read bare it is a count of "degrees" that
// meets nothing, and the gap the draft works out (35 - 23) finds no figure to check it against.
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Words after "degrees" that make it a gap between two temperatures. */
const GAP_AFTER = /^(?:above|below|warmer|cooler|hotter|colder|higher|lower|more|less)$/;

export const bareDegrees: MentionRefiner = {
  name: 'bareDegrees',
  refine({ text, tokens }, mentions) {
    if (!/\bdegrees?\b/i.test(text)) return mentions;
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.code !== undefined || !/^degrees?$/.test(tokens[m.tokEnd]?.lower ?? '')) return m;
      // Only a gap ("12 degrees above", "warmer", "by 1.8 degrees"): a level in bare degrees
      // ("Portland hit 108 degrees, about 42C") may be in the other scale.
      const at = tokenAt(tokens, m.start);
      const gap = GAP_AFTER.test(tokens[m.tokEnd + 1]?.lower ?? '') || tokens[at - 1]?.lower === 'by';
      if (!gap) return m;
      // The sentence's temperatures: the nearest stop before and after bound it.
      let from = at;
      while (from > 0 && !/^[.!?]$/.test(tokens[from - 1]!.text)) from--;
      let to = m.tokEnd;
      while (to < tokens.length && !/^[.!?]$/.test(tokens[to]!.text)) to++;
      const scale = mentions.find((o) => o !== m && o.unitInfo?.dimension === 'temperature' && o.tokStart >= from && o.tokEnd <= to);
      if (scale?.unit === undefined || scale.unitInfo === undefined) return m;
      return { ...m, kind: 'quantity', unit: scale.unit, unitInfo: scale.unitInfo, end: tokens[m.tokEnd]!.end, tokEnd: m.tokEnd + 1 };
    });
  },
};
