// "an 83 year-old woman", "a 92 year old man": copy that drops a hyphen of "83-year-old" still gives
// an age. The scanner read "83 year" as a length of time, so the draft's "83-year-old woman" found
// no age to match and a wrong "84-year-old" no age against it.
import type { RawMention } from '../scanMentions.ts';
import { MAX_APPOSITIVE_AGE } from '../tuning.ts';
import type { MentionRefiner } from './refiner.ts';

export const spacedAges: MentionRefiner = {
  name: 'spacedAges',
  refine({ tokens }, mentions) {
    let changed = false;
    const out = mentions.map((m): RawMention => {
      if (m.kind !== 'duration' || m.unit !== 'year' || m.value === null || !Number.isInteger(m.value) || m.value < 1 || m.value > MAX_APPOSITIVE_AGE || m.high !== undefined) return m;
      if (!/^years?$/.test(tokens[m.tokEnd - 1]?.lower ?? '')) return m;
      const dash = tokens[m.tokEnd];
      const hyphened = dash !== undefined && /^[-‑]$/.test(dash.text) && !dash.spaced && tokens[m.tokEnd + 1]?.lower === 'old' && !tokens[m.tokEnd + 1]!.spaced;
      const spaced = tokens[m.tokEnd]?.lower === 'old';
      if (!hyphened && !spaced) return m;
      const old = tokens[hyphened ? m.tokEnd + 1 : m.tokEnd]!;
      changed = true;
      return { ...m, kind: 'age', end: old.end, tokEnd: hyphened ? m.tokEnd + 2 : m.tokEnd + 1 };
    });
    return changed ? out : mentions;
  },
};
