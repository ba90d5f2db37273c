// "Children under the age of 15 should not work": the bound stands before "the age of", so the
// scanner read an exact 15 (a count), and a draft's "children under 15" (a bound, and an age)
// found nothing to meet. Both are read as an age, bounded. "Adults 65 years and older" is an
// age too, the group's boundary, and so is "adults 65 years of age and older".
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Words for people a bounded age may follow: "children under 15". */
const PEOPLE = new Set(['children', 'people', 'adults', 'pupils', 'students', 'those', 'anyone', 'everyone', 'girls', 'boys', 'men', 'women', 'teenagers', 'patients', 'drivers', 'workers', 'players', 'voters', 'residents']);
/** Oldest age a bound may give. */
const MAX_AGE = 120;

const AGE_BOUNDS: Readonly<Record<string, 'less-than' | 'more-than'>> = { under: 'less-than', below: 'less-than', over: 'more-than', above: 'more-than' };

export const ageBounds: MentionRefiner = {
  name: 'ageBounds',
  refine({ tokens }, mentions) {
    let changed = false;
    const out = mentions.map((m): RawMention => {
      // "adults aged 65 and over", "adults 65 years and older": an age group's boundary, the age
      // itself. A group is told by its boundary, so it compares exactly: "60 and over" is another
      // group than "65 and older", not a looser bound on it.
      const yearsWord = m.kind === 'duration' && m.unit === 'year' ? 0 : /^years?$/.test(tokens[m.tokEnd]?.lower ?? '') ? 1 : 0;
      // "adults 65 years of age and older": "of age" may come between.
      const ofAge = tokens[m.tokEnd + yearsWord]?.lower === 'of' && tokens[m.tokEnd + yearsWord + 1]?.lower === 'age' ? 2 : 0;
      const andOver = m.tokEnd + yearsWord + ofAge;
      if ((m.kind === 'age' || m.kind === 'count' || (m.kind === 'duration' && m.unit === 'year')) && m.value !== null && m.high === undefined && m.bound === undefined && Number.isInteger(m.value) && m.value <= MAX_AGE
        && tokens[andOver]?.lower === 'and' && /^(?:over|older|above)$/.test(tokens[andOver + 1]?.lower ?? '')
        && (m.kind === 'age' || PEOPLE.has(tokens[tokenAt(tokens, m.start) - 1]?.lower ?? '') || tokens[tokenAt(tokens, m.start) - 1]?.lower === 'aged')) {
        changed = true;
        return { ...m, kind: 'age', unit: 'year', end: tokens[andOver + 1]!.end, tokEnd: andOver + 2 };
      }
      if ((m.kind !== 'count' && m.kind !== 'age') || m.value === null || m.high !== undefined) return m;
      const k = m.tokStart;
      // "children under 15", "people over 65": a bound on a figure right after a word for people,
      // with no noun of its own, is their age.
      if (m.kind === 'count' && (m.bound === 'less-than' || m.bound === 'more-than') && Number.isInteger(m.value) && m.value <= MAX_AGE
        && PEOPLE.has(tokens[tokenAt(tokens, m.start) - 1]?.lower ?? '') && !/^\p{Ll}+s$/u.test(tokens[m.tokEnd]?.text ?? '')) {
        changed = true;
        return { ...m, kind: 'age', unit: 'year' };
      }
      // "the over-75s", "under-16s": an age group, bounded by its word.
      const group = AGE_BOUNDS[tokens[k - 2]?.lower ?? ''];
      if (m.kind === 'count' && m.bound === undefined && group !== undefined && /^[-‑]$/.test(tokens[k - 1]?.text ?? '') && tokens[m.tokEnd]?.lower === 's' && !tokens[m.tokEnd]!.spaced) {
        changed = true;
        return { ...m, kind: 'age', unit: 'year', bound: group };
      }
      if (m.bound !== undefined) return m;
      if (tokens[k - 1]?.lower !== 'of' || tokens[k - 2]?.lower !== 'age' || tokens[k - 3]?.lower !== 'the') return m;
      const bound = AGE_BOUNDS[tokens[k - 4]?.lower ?? ''];
      if (bound === undefined) return m;
      changed = true;
      return { ...m, kind: 'age', unit: 'year', bound, start: tokens[k - 4]!.start, tokStart: k - 4 };
    });
    return changed ? out : mentions;
  },
};
