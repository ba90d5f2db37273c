// "17 months against 13", "a 3.2% rise compared with 2.9": the second figure of a comparison
// leaves its unit unwritten because the first one gives it; "19 or 20C" leaves the first's; so
// does a part of a length just told ("26 months, with 13 to be served inside"). Read bare, "13" is a count and meets
// any 13 in the source; read as the writer meant it, it is 13 months.
import type { RawMention } from '../scanMentions.ts';
import { tokenAt, type MentionRefiner } from './refiner.ts';

/** Words that set a figure against another of the same measure. */
const AGAINST = new Set(['against', 'versus', 'vs']);
/** Second words of two-word comparisons: "compared with", "compared to". */
const COMPARED = new Set(['with', 'to']);

/** Tokens a length's part may stand after it: "26 months in prison, with [13]". */
const PART_REACH = 6;
/** How a part of a length just told is introduced: "…, with 13", "…, of which 13". */
const PART_OF_LENGTH = /(?:^|\s)(?:with|of which)$/;
/** What may follow the part: what is done with it ("to be served", "suspended"), or the clause's end. */
const PART_AFTER = /^(?:to|suspended|served|spent|remaining|left|[,.;)]|-)$/;

/** What joins the figures of a list: a comma, "and", or both. */
const LIST_JOIN = /^(?:,|and|, and)$/;

export const elidedUnits: MentionRefiner = {
  name: 'elidedUnits',
  refine({ text, tokens }, mentions) {
    return mentions.map((m, k): RawMention => {
      const prev = mentions[k - 1];
      if (m.kind !== 'count' || m.code !== undefined || m.value === null || m.parts?.scale || !prev) return m;
      const measured = prev.kind === 'percent' ? prev.unit !== 'pp' : (prev.kind === 'duration' || prev.kind === 'quantity') && prev.unitInfo !== undefined;
      if (!measured || prev.code !== undefined) return m;
      // The comparison word sits right between the two figures ("17 months against 13").
      let i = tokenAt(tokens, m.start) - 1;
      if (tokens[i]?.lower === '.' && tokens[i - 1]?.lower === 'vs') i--;
      const word = tokens[i];
      if (!word) return m;
      const between = AGAINST.has(word.lower) ? i : COMPARED.has(word.lower) && tokens[i - 1]?.lower === 'compared' ? i - 1 : -1;
      if (between < 0 || between !== prev.tokEnd) return m;
      // A unit written after the second figure is its own ("17 months against 13 weeks").
      return { ...m, kind: prev.kind, unit: prev.unit, unitInfo: prev.unitInfo };
    }).map((m, k, all): RawMention => {
      // "it should be 19 or 20C", "a rise of 5 or 6%": two alternatives of one measure, the unit
      // written once, after the second; the first is as much degrees or per cent as the second.
      const next = all[k + 1];
      if (m.kind !== 'count' || m.code !== undefined || m.value === null || m.parts?.scale || !next || next.code !== undefined) return m;
      const measured = next.kind === 'percent' ? next.unit !== 'pp' : next.kind === 'quantity' && next.unitInfo !== undefined;
      // "the 5,000- and 10,000-metre titles": a hyphen left hanging after the first figure says
      // it takes the unit hyphened to the second, whichever the join.
      const hanging = tokens[m.tokEnd]?.text === '-' && !tokens[m.tokEnd]!.spaced && /^(?:and|or)$/.test(tokens[m.tokEnd + 1]?.lower ?? '') && next.tokStart === m.tokEnd + 2;
      // "narrowed from 0.9 to 0.8 percentage points": a change's two levels, the unit written once
      // after the second; the first is as many points as the second.
      const change = tokens[m.tokStart - 1]?.lower === 'from' && tokens[m.tokEnd]?.lower === 'to' && next.tokStart === m.tokEnd + 1 && (measured || next.unit === 'pp');
      if (change) return { ...m, kind: next.kind, unit: next.unit, unitInfo: next.unitInfo };
      if (!measured || (!hanging && (tokens[m.tokEnd]?.lower !== 'or' || next.tokStart !== m.tokEnd + 1))) return m;
      return { ...m, kind: next.kind, unit: next.unit, unitInfo: next.unitInfo };
    }).map((m, k, all): RawMention => {
      // "26 months, with 13 to be served inside": the part of a length just told, its unit left out.
      // Not "with all but 22 suspended": the part is what remains, and reading it as years lets a
      // difference ("faces 46 years behind bars") pass for the time served.
      const prev = all[k - 1];
      if (m.kind !== 'count' || m.code !== undefined || m.value === null || m.parts?.scale || m.words || !prev || prev.kind !== 'duration' || prev.unitInfo === undefined || prev.high !== undefined) return m;
      const between = tokens.slice(prev.tokEnd, m.tokStart).map((t) => t.lower);
      if (between.length > PART_REACH || between.some((w) => /^[.;:!?]$/.test(w)) || !PART_OF_LENGTH.test(between.join(' '))) return m;
      if (!PART_AFTER.test(tokens[m.tokEnd]?.lower ?? '.') || (prev.value !== null && m.value >= prev.value)) return m;
      return { ...m, kind: prev.kind, unit: prev.unit, unitInfo: prev.unitInfo };
    }).reduceRight((out: RawMention[], m): RawMention[] => {
      // "jailed for 14, 15 and 12 years respectively": a list of figures of one measure, the unit
      // written once, after the last; each before it, joined by a comma or "and", is as many years.
      const next = out[0];
      const join = tokens.slice(m.tokEnd, next?.tokStart ?? m.tokEnd).map((t) => t.lower).join(' ');
      // Not a unit hyphened on as a compound's ("5,000 and 10,000-metre titles"), which names
      // the last figure's thing only.
      const measured = next !== undefined && next.code === undefined && next.high === undefined && (next.kind === 'duration' || next.kind === 'quantity') && next.unitInfo !== undefined
        && !/\d[-‑]\p{L}/u.test(text.slice(next.start, next.end))
        // Nor a measure told with an article ("closed at 17,307, a day after …"): a list of figures
        // of one measure gives each in figures, and "a day" opens a phrase of its own.
        && !/^an?$/.test(tokens[next.tokStart]?.lower ?? '');
      if (m.kind === 'count' && m.code === undefined && m.value !== null && m.high === undefined && !m.parts?.scale && !m.words && measured && LIST_JOIN.test(join)) {
        out.unshift({ ...m, kind: next.kind, unit: next.unit, unitInfo: next.unitInfo });
      } else out.unshift(m);
      return out;
    }, []);
  },
};
