// "#" standing for "£": the British variant of 7-bit ASCII (BS 4730) put the pound sign where
// ASCII has "#", and text that passed through it (older feeds, archives) prints "# 1m" for "£1m".
// A "#" before a figure ("# 1,000", "# 1m") is therefore read as the pound, "1m" as a million.
import { CURRENCY_SYMBOLS } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Scales written straight after a pound figure: "# 1m", "PS2.5m" (transliteratedPound too). */
export const POUND_SCALES: Readonly<Record<string, number>> = { m: 1e6, bn: 1e9, k: 1e3 };

export const hashAsPound: MentionRefiner = {
  name: 'hashAsPound',
  refine({ tokens }, mentions) {
    const gbp = CURRENCY_SYMBOLS.get('£') ?? 'GBP';
    return mentions.map((m): RawMention => {
      if ((m.kind !== 'count' && m.kind !== 'quantity') || m.code !== undefined || m.value === null) return m;
      const i = tokenAt(tokens, m.start);
      const hash = tokens[i - 1];
      const num = tokens[m.tokStart];
      if (hash?.text !== '#' || i !== m.tokStart || !num || num.type !== 'num') return m;
      // "#1" glued is "number one" (a chart position, a ranking); the pound reading needs the
      // space that "£ 1" never has but "# 1" from a re-encoded "£1" keeps, or a scale ("#1m").
      if (!num.spaced && m.kind !== 'quantity') return m;
      const unitWord = m.kind === 'quantity' ? tokens[m.tokEnd - 1]?.lower ?? '' : '';
      const scale = m.kind === 'quantity' ? POUND_SCALES[unitWord] : 1;
      if (scale === undefined) return m;
      const numValue = m.parts?.numValue ?? m.value;
      const { unitInfo: _u, ...rest } = m;
      const parts = { num: [num.start, num.end] as [number, number], numValue, scaleValue: scale, currency: [hash.start, hash.end] as [number, number] };
      return { ...rest, start: hash.start, kind: 'money', unit: gbp, value: numValue * scale, precision: m.precision * scale, parts };
    });
  },
};
