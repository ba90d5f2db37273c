// "kept out for the last month", "over the past week", "during the past year": "the last" or
// "the past" with one unit of time, after a preposition of extent, is that span up to now, a
// length of one unit as "the last two weeks" is two. The scanner read "last month" as the
// calendar month before this one (or missed "past week"), so a draft's "for a month" found nothing
// to meet. "Last month, he left" and "in March last year" stay dates: no "the" before them.
import { findUnit } from '../../values/units.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Prepositions of extent a span up to now follows: "for the last month", "over the past year". */
const EXTENT = new Set(['for', 'over', 'during', 'throughout', 'in', 'within']);
const UNITS = new Set(['day', 'week', 'month', 'year', 'decade', 'century']);

export const lastUnitSpans: MentionRefiner = {
  name: 'lastUnitSpans',
  refine({ tokens }, mentions) {
    // The scanner's date reading of the same words ("last month") gives way.
    const out: RawMention[] = mentions.filter((m) => !spanAt(m.tokStart));
    let added = false;
    for (let i = 2; i < tokens.length - 1; i++) {
      if (!spanAt(i)) continue;
      const unitTok = tokens[i + 1]!;
      const unit = findUnit(unitTok.lower);
      if (!unit) continue;
      const the = tokens[i - 1]!;
      const parts = { num: [the.start, tokens[i]!.end] as [number, number], numValue: 1, scaleValue: 1, unit: [unitTok.start, unitTok.end] as [number, number] };
      out.push({ start: the.start, end: unitTok.end, kind: 'duration', value: 1, tokStart: i - 1, tokEnd: i + 2, precision: 1, words: true, unit: unit.unit, unitInfo: unit, parts });
      added = true;
    }
    return added ? out.sort((x, y) => x.start - y.start) : mentions;

    /** Whether token i is the "last" or "past" of "<extent> the last <unit>". */
    function spanAt(i: number): boolean {
      return /^(?:last|past)$/.test(tokens[i]?.lower ?? '') && tokens[i - 1]?.lower === 'the' && EXTENT.has(tokens[i - 2]?.lower ?? '') && UNITS.has(tokens[i + 1]?.lower ?? '');
    }
  },
};
