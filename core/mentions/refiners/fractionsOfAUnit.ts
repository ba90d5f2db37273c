// "Three-quarters of a mile", "half an hour", "half a century", "two-thirds of a million (tonnes)": a fraction of one unit
// (or of one scale word) is that much of it, not a share. The scanner reads the fraction as a
// percentage with no whole, which no source figure can support, and "a million" beside it as a
// figure of its own. Only "a quarter of a million" and "half a million" were read as counts.
import { UNIT_WORDS } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner, RefineContext } from './refiner.ts';

/** Scale words a fraction may take after "of a". */
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

export const fractionsOfAUnit: MentionRefiner = {
  name: 'fractionsOfAUnit',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [];
    for (let k = 0; k < mentions.length; k++) {
      const m = mentions[k] as RawMention;
      const whole = unitAndAFraction(tokens, m);
      if (whole) { out.push(whole); continue; }
      // "half a century", "half an hour": "half" alone takes its unit without "of".
      const skip = tokens[m.tokEnd]?.lower === 'of' ? 1 : m.value === 0.5 && tokens[m.tokEnd - 1]?.lower === 'half' ? 0 : -1;
      const art = tokens[m.tokEnd + skip]?.lower;
      const word = tokens[m.tokEnd + skip + 1];
      if (m.kind !== 'fraction' || m.value === null || skip < 0 || (art !== 'a' && art !== 'an') || !word || word.type !== 'word') { out.push(m); continue; }
      // The writer's rounding: a fraction is good to about a tenth of itself.
      const precision = m.value * 0.1;
      const scale = SCALES[word.lower];
      const info = word.lower.length > 2 ? UNIT_WORDS.get(word.lower) : undefined;
      const tokEnd = m.tokEnd + skip + 2;
      if (word.lower === 'percentage' && tokens[tokEnd]?.lower === 'point') {
        // "half a percentage point": 0.5 points, as "50 basis points" is.
        const point = tokens[tokEnd]!;
        out.push({ ...m, end: point.end, tokEnd: tokEnd + 1, kind: 'percent', unit: 'pp', precision, parts: { num: [m.start, point.end], numValue: m.value, scaleValue: 1 } });
      } else if (scale !== undefined) {
        const value = m.value * scale;
        // "two-thirds of a million tonnes": the unit after the scale word measures the whole figure.
        const unitTok = tokens[tokEnd];
        const unit = unitTok && unitTok.type === 'word' && unitTok.lower.length > 2 ? UNIT_WORDS.get(unitTok.lower) : undefined;
        if (unit && unit.dimension !== 'currency' && unit.dimension !== 'time') {
          out.push({ ...m, end: unitTok!.end, tokEnd: tokEnd + 1, kind: 'quantity', value, unit: unit.unit, unitInfo: unit, precision: precision * scale,
            parts: { num: [m.start, word.end], numValue: value, scaleValue: 1, unit: [unitTok!.start, unitTok!.end] } });
        } else out.push({ ...m, end: word.end, tokEnd, kind: 'count', value, precision: precision * scale, parts: { num: [m.start, word.end], numValue: value, scaleValue: 1 } });
      } else if (info && info.dimension !== 'currency') {
        const parts = { num: [m.start, tokens[m.tokEnd - 1]?.end ?? m.end] as [number, number], numValue: m.value, scaleValue: 1, unit: [word.start, word.end] as [number, number] };
        // "a quarter of a century ago" is a date back from now, as "25 years ago" is.
        const ago = info.dimension === 'time' && tokens[tokEnd]?.lower === 'ago' ? tokens[tokEnd] : undefined;
        if (ago) out.push({ ...m, end: ago.end, tokEnd: tokEnd + 1, kind: 'date', unit: info.unit, unitInfo: info, precision, parts, date: { ago: { amount: m.value, unit: info.unit } } });
        else out.push({ ...m, end: word.end, tokEnd, kind: info.dimension === 'time' ? 'duration' : 'quantity', unit: info.unit, unitInfo: info, precision, parts });
      } else { out.push(m); continue; }
      // The scanner's separate reading of the scale word ("a million") is part of this figure.
      while (k + 1 < mentions.length && (mentions[k + 1] as RawMention).start < word.end) k++;
    }
    return out;
  },
};

/**
 * "a mile and a quarter", "an hour and a half", "a year and a half", "the mile-and-a-half race":
 * one unit and a fraction of it, 1.25 miles or 1.5 hours. The scanner read only "a quarter", a share of nothing. An "of" after
 * it leaves it the same span ("within a day and a half of arrival" is 36 hours).
 */
function unitAndAFraction(tokens: RefineContext['tokens'], m: RawMention): RawMention | undefined {
  if (m.kind !== 'fraction' || m.value === null || m.value >= 1) return undefined;
  // "the mile-and-a-half race": hyphened into a compound, with no article before the unit.
  const s = m.tokStart;
  const hyphened = ['-', 'a', '-', 'and', '-'].every((w, d) => tokens[s - 1 - d]?.lower === w && !tokens[s - d]?.spaced);
  const unit = tokens[hyphened ? s - 6 : s - 2];
  const art = tokens[s - 3]?.lower;
  if (!unit || unit.type !== 'word' || (!hyphened && (tokens[s - 1]?.lower !== 'and' || (art !== 'a' && art !== 'an' && art !== 'one')))) return undefined;
  const info = unit.lower.length > 2 ? UNIT_WORDS.get(unit.lower) : undefined;
  if (!info || info.dimension === 'currency') return undefined;
  // The figure opens on the unit of the compound, or on the article of the phrase.
  const from = hyphened ? s - 6 : s - 3;
  const start = tokens[from]!;
  const value = 1 + m.value;
  return {
    ...m, start: start.start, tokStart: from, kind: info.dimension === 'time' ? 'duration' : 'quantity', value,
    unit: info.unit, unitInfo: info, precision: m.value * 0.1,
    parts: { num: [start.start, m.end], numValue: value, scaleValue: 1, unit: [unit.start, unit.end] },
  };
}

