// "Hendry's record of 775 centuries", "his 32 Test centuries": snooker and cricket count breaks and
// innings of a hundred or more as centuries. Read as hundreds of years, "775 centuries" was a
// duration of 77,500 years that no draft's "775" could meet. Past what any story spans in
// centuries (MAX_CENTURIES), the word counts hundreds, and the figure is a count of them.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Most centuries a story tells a span of time in: "for 20 centuries", "some 30 centuries ago". */
const MAX_CENTURIES = 30;

export const hundredsAsCenturies: MentionRefiner = {
  name: 'hundredsAsCenturies',
  refine({ tokens }, mentions) {
    let changed = false;
    const out = mentions.map((m): RawMention => {
      if (m.kind !== 'duration' || m.unitInfo?.unit !== 'century' || m.value === null || m.value <= MAX_CENTURIES || m.high !== undefined) return m;
      const num = tokens[m.tokStart];
      if (!num || num.type !== 'num') return m;
      changed = true;
      const { unit: _unit, unitInfo: _info, ...rest } = m;
      return { ...rest, kind: 'count', end: num.end, tokEnd: m.tokStart + 1, parts: m.parts ? { ...m.parts, unit: undefined } : undefined };
    });
    return changed ? out : mentions;
  },
};
