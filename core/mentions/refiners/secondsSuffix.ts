// "finished 10s ahead of McLaren's Button", "Bolt ran 9.58s", "2.5s behind": sports copy glues an
// "s" for seconds to the number. Read bare, the figure met the draft's "10 seconds ahead"
// nowhere. A decimal with the "s" is a time whatever follows; a whole number only before a word
// of a gap ("ahead", "behind"), since "the 20s" and "1990s" are ages and decades.
import { findUnit } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Words after a whole number of seconds that make it a gap in a race: "10s ahead". */
const GAP_WORDS = /^(?:ahead|behind|clear|adrift|back|faster|slower|quicker|off|down|margin|gap)$/;

export const secondsSuffix: MentionRefiner = {
  name: 'secondsSuffix',
  refine({ tokens }, mentions) {
    const second = findUnit('second');
    if (second === undefined) return mentions;
    let changed = false;
    const out = mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.unit !== undefined || m.high !== undefined || m.parts?.scale) return m;
      const s = tokens[m.tokEnd];
      if (s?.text !== 's' || s.spaced !== false || tokens[m.tokEnd - 1]?.type !== 'num') return m;
      const decimal = /\./.test(tokens[m.tokEnd - 1]!.text);
      if (!decimal && !GAP_WORDS.test(tokens[m.tokEnd + 1]?.lower ?? '')) return m;
      changed = true;
      return { ...m, kind: 'duration', unit: second.unit, unitInfo: second, end: s.end, tokEnd: m.tokEnd + 1 };
    });
    return changed ? out : mentions;
  },
};
