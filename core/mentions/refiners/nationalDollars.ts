// "half a million Australian dollars", "20 Canadian dollars": a dollar named by its country is
// that country's currency, as "A$500,000" is. The scanner knows "dollars" after a figure only as
// the US dollar, and with a country's name between them reads no money at all, so the figure was a
// bare count that no source amount could support.
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** The country words before "dollar(s)", and the ISO code each names. */
const DOLLAR_COUNTRIES: Readonly<Record<string, string>> = {
  australian: 'AUD', canadian: 'CAD', us: 'USD', american: 'USD', singapore: 'SGD', taiwan: 'TWD',
};
/** Two-word country names before "dollar(s)". */
const DOLLAR_COUNTRY_PAIRS: Readonly<Record<string, string>> = { 'hong kong': 'HKD', 'new zealand': 'NZD' };

export const nationalDollars: MentionRefiner = {
  name: 'nationalDollars',
  refine({ tokens }, mentions) {
    return mentions.map((m): RawMention => {
      if (m.kind !== 'count' || m.value === null) return m;
      const w1 = tokens[m.tokEnd];
      const w2 = tokens[m.tokEnd + 1];
      const w3 = tokens[m.tokEnd + 2];
      const isDollar = (t: typeof w1): boolean => t?.lower === 'dollars' || t?.lower === 'dollar';
      let code: string | undefined;
      let last = w2;
      if (w1 && isDollar(w2)) code = DOLLAR_COUNTRIES[w1.lower];
      if (code === undefined && w1 && w2 && isDollar(w3)) { code = DOLLAR_COUNTRY_PAIRS[`${w1.lower} ${w2.lower}`]; last = w3; }
      if (code === undefined || !w1 || !last) return m;
      const parts = m.parts ? { ...m.parts, currency: [w1.start, last.end] as [number, number] } : undefined;
      return { ...m, kind: 'money', unit: code, end: last.end, tokEnd: tokens.indexOf(last, m.tokEnd) + 1, ...(parts ? { parts } : {}) };
    });
  },
};
