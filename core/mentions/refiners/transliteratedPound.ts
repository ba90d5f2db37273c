// "PS" standing for "£": text folded to plain ASCII by transliteration (the Unicode name "POUND
// SIGN" shortened, as unidecode and iconv's //TRANSLIT do) prints "PS640" for "£640" and "PS2.5m"
// for "£2.5m". The scanner reads such a figure as a code like "F16"; this rule reads it as pounds.
// Only where the text has no "£" of its own (a text that kept the sign folded nothing), and only
// for an amount: a lone digit after "PS" is a name ("PS5", the games console), so the figure
// needs two digits, a decimal point or a scale ("PS1m").
import { CURRENCY_SYMBOLS } from '../../values/units.ts';
import { figurePrecision, type RawMention } from '../scanMentions.ts';
import { POUND_SCALES } from './hashAsPound.ts';
import type { MentionRefiner } from './refiner.ts';

export const transliteratedPound: MentionRefiner = {
  name: 'transliteratedPound',
  refine({ text, tokens }, mentions) {
    if (text.includes('£')) return mentions;
    const gbp = CURRENCY_SYMBOLS.get('£') ?? 'GBP';
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.code === undefined || m.value === null || !m.code.startsWith('PS')) return m;
      const ps = tokens[m.tokStart - 1];
      const num = tokens[m.tokStart];
      if (ps?.text !== 'PS' || !num || num.type !== 'num' || num.spaced || m.tokEnd !== m.tokStart + 1) return m;
      const after = tokens[m.tokStart + 1];
      const scale = after && !after.spaced && after.type === 'word' ? POUND_SCALES[after.lower] : undefined;
      if (scale === undefined && !/\d\d|[.,]/.test(num.text)) return m;
      const numValue = m.value;
      const { code: _c, ...rest } = m;
      const end = scale === undefined ? num.end : after!.end;
      const parts = { num: [num.start, num.end] as [number, number], numValue, scaleValue: scale ?? 1, currency: [ps.start, ps.end] as [number, number] };
      return { ...rest, start: ps.start, end, tokEnd: scale === undefined ? m.tokEnd : m.tokEnd + 1, kind: 'money', unit: gbp, value: numValue * (scale ?? 1), precision: figurePrecision(num.text, numValue) * (scale ?? 1), parts };
    });
  },
};
