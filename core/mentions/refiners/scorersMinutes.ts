// "Goals: Nainggolan (13), Robson-Kanu (55), Vokes (86)": a fact box's line of scorers gives each
// goal's minute in brackets after the scorer. The scanner read bare counts; each is the minute the
// goal came in, which a report writes "a 13th-minute lead" or "in the 86th minute": a rank in the
// match's minutes.
import type { RawMention } from '../scanMentions.ts';
import { isScorersMinute } from '../seriesNouns.ts';
import type { MentionRefiner } from './refiner.ts';

export const scorersMinutes: MentionRefiner = {
  name: 'scorersMinutes',
  refine({ text, tokens }, mentions) {
    if (!text.includes('(')) return mentions;
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.code !== undefined || m.high !== undefined || m.bound !== undefined || !isScorersMinute(tokens, m.tokStart, m.tokEnd, m.value)) return m;
      return { ...m, kind: 'ordinal' };
    });
  },
};
