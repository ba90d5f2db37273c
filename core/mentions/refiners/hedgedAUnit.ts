// "lasting more than an hour", "nearly a year later", "less than a mile away": one unit named with
// "a" behind a hedge is a bounded length, the way "more than two hours" is. The scanner reads no
// figure there (a bare "an hour" is as often a rate, "£9 an hour"), so the draft's "less than an
// hour" against the source's "more than an hour" was never compared. Only after a hedge, which
// no rate takes, or a length of time after "for" or "within" ("suspended for a week") or before
// "earlier" or "later" ("a week earlier").
import { findUnit } from '../../values/units.ts';
import { QUALIFIER_PHRASES } from '../qualifiers.ts';
import type { RawMention } from '../scanMentions.ts';
import type { MentionRefiner } from './refiner.ts';

/** Prepositions that make "a week" a length: "for a week", "within a year", "50mm of rain fell in an hour". */
const SPAN_WORDS = new Set(['for', 'within', 'in']);

/** Words after a length that tell an event from another by it: "a week earlier", "a year later". */
const OFFSET_WORDS = new Set(['earlier', 'later', 'before', 'after']);

/** One-word hedges that are also prepositions. */
const AMBIGUOUS = new Set(['over', 'under', 'above', 'below', 'some', 'estimated', 'approaching']);

/** Units a hedged "a …" measures: lengths of time and of way. */
const ONE_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'mile', 'kilometre', 'kilometer', 'metre', 'meter', 'foot', 'yard']);

export const hedgedAUnit: MentionRefiner = {
  name: 'hedgedAUnit',
  refine({ tokens }, mentions) {
    const out: RawMention[] = [...mentions];
    let added = false;
    for (let i = 1; i < tokens.length - 1; i++) {
      const art = tokens[i]!;
      const unitTok = tokens[i + 1]!;
      if ((art.lower !== 'a' && art.lower !== 'an') || !ONE_UNITS.has(unitTok.lower)) continue;
      // "£9 an hour", "twice a week": a figure right before makes it a rate.
      if (tokens[i - 1]?.type === 'num' || out.some((m) => m.start < unitTok.end && art.start < m.end)) continue;
      // "pushing for a second goal": "a second" before its noun is the ordinal, not a length.
      if (unitTok.lower === 'second' && tokens[i + 2]?.type === 'word' && !OFFSET_WORDS.has(tokens[i + 2]!.lower) && !/^(?:or|and|of)$/.test(tokens[i + 2]!.lower)) continue;
      // "half an hour later" is half of it: fractionsOfAUnit reads the whole.
      if (/^(?:half|quarter|third|quarters|thirds)$/.test(tokens[i - 1]?.lower ?? '')) continue;
      // "run over a mile and a quarter": a unit and a fraction is fractionsOfAUnit's.
      if (tokens[i + 2]?.lower === 'and' && /^(?:a|an)$/.test(tokens[i + 3]?.lower ?? '')) continue;
      // A bare "over" or "under" is as often a preposition ("run over a mile", "under a year's
      // ban" is a sentence): only a hedge that is nothing else.
      const hedge = QUALIFIER_PHRASES.find(([words]) => words.every((w, k) => tokens[i - words.length + k]?.lower === w)
        && !(words.length === 1 && AMBIGUOUS.has(words[0]!)));
      const unit = findUnit(unitTok.lower);
      // "suspended for a week", "within a year": a length after "for" or "within" is no rate either.
      // So is one an event is told from: "made the call a week earlier", "a year later".
      const span = !hedge && (SPAN_WORDS.has(tokens[i - 1]?.lower ?? '') || OFFSET_WORDS.has(tokens[i + 2]?.lower ?? '')) && unit?.dimension === 'time';
      if ((!hedge && !span) || !unit) continue;
      const from = hedge ? tokens[i - hedge[0].length]! : art;
      const parts = { num: [art.start, unitTok.end] as [number, number], numValue: 1, scaleValue: 1, unit: [unitTok.start, unitTok.end] as [number, number] };
      out.push({
        start: from.start, end: unitTok.end, kind: unit.dimension === 'time' ? 'duration' : 'quantity', value: 1, ...(hedge ? { bound: hedge[1] } : {}),
        tokStart: i, tokEnd: i + 2, precision: 1, words: true, unit: unit.unit, unitInfo: unit, parts,
      });
      added = true;
    }
    return added ? out.sort((x, y) => x.start - y.start) : mentions;
  },
};
