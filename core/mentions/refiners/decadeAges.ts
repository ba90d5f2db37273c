// "a Houston resident in her 60s", "a man in his early 20s": a decade of life is an age told as a
// range, the newsroom's way of giving an age it rounds or does not know exactly. Read as the
// decade's years ("in her 60s" is 60–69; "early" the first four, "mid" the middle three, "late"
// the last three), a source's "Wilkinson, 62" supports it and "Wilkinson, 52" contradicts it.
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Possessives a decade of life follows: "in his 40s", "in their 20s". */
const POSSESSIVES = new Set(['his', 'her', 'their']);

/** The years of a decade each part names, as offsets from its start: early 0–3, mid 3–6, late 6–9. */
const PARTS: Readonly<Record<string, readonly [number, number]>> = { early: [0, 3], mid: [3, 6], late: [6, 9] };

export const decadeAges: MentionRefiner = {
  name: 'decadeAges',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null || m.bound !== undefined || m.high !== undefined || m.unit !== undefined) return m;
      if (!Number.isInteger(m.value) || m.value < 10 || m.value > 100 || m.value % 10 !== 0) return m;
      const i = tokenAt(tokens, m.start);
      // The plural "s" is a token of its own after the digits ("60|s"); "60's" is written too.
      const s = tokens[i + 1];
      if (m.tokEnd !== i + 1 || s === undefined || s.spaced !== false || !/^(?:s|'s|’s)$/.test(s.text)) return m;
      // "early 20s", "mid-40s" (its hyphen a token of its own), "late 60s".
      let k = i - 1;
      if (tokens[k]?.text === '-' && tokens[k - 1]?.lower === 'mid') k--;
      const part = PARTS[tokens[k]?.lower ?? ''] ? tokens[k]!.lower : undefined;
      if (part !== undefined) k--;
      if (!POSSESSIVES.has(tokens[k]?.lower ?? '') || tokens[k - 1]?.lower !== 'in') return m;
      const [from, to] = part !== undefined ? PARTS[part]! : [0, 9];
      return { ...m, kind: 'age', unit: 'year', value: m.value + from, high: m.value + to, end: s.end, tokEnd: i + 2, precision: 1 };
    });
  },
};
