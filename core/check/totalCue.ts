// Words that make a figure a total of others: after it ("four in all", "200 people in total",
// "seven altogether", "95 million combined", "£3m between them") or before it ("a combined seven
// games", "a combined following of more than 95 million", "a total of 12", "came to £3m"). A draft that cues a
// total says it added figures up; the rules that check a sum (totalOfOwnParts, totalOfSourceParts)
// read only figures so cued, so no coincidence of digits passes as arithmetic.
import { tokenAt } from '../mentions/refiners/refiner.ts';
import type { AnalysedMention, AnalysedText } from './analyseText.ts';

const TOTAL_AFTER: readonly (readonly string[])[] = [['in', 'all'], ['in', 'total'], ['altogether'], ['combined'], ['between', 'them']];
/** Verbs that give a total before it: "totalled £3m", "those three payments came to roughly $200 million", "added up to 12". */
const TOTAL_VERBS = new Set(['totalled', 'totaled', 'totalling', 'totaling', 'totals', 'total']);
const TO_TOTAL = new Set(['came', 'come', 'comes', 'coming', 'amounted', 'amounts', 'amount', 'amounting']);

/**
 * A running total carried to the figure: "bringing the total bill to £21,800", "That brought the
 * day's toll from the two blasts to 14", "taking his tally to 30". The noun says it is a sum; the
 * verb says this figure is where the sum now stands.
 */
const TOTAL_NOUNS = new Set(['total', 'toll', 'tally', 'tallies', 'totals', 'tolls']);
const CARRY_VERBS = /^(?:bring|brings|brought|bringing|take|takes|took|taking|push|pushes|pushed|pushing|raise|raises|raised|raising|lift|lifts|lifted|lifting|put|puts|putting|send|sends|sent|sending)$/;
/** Tokens before "to" within which the carried total and its verb stand: "brought [the day's toll from the two blasts] to" (9). */
const CARRY_REACH = 10;

/** Cues that open the figure's sentence: "In all, 13,000 tickets …", "Taken together, the roughly 13,000 tickets …". */
const TOTAL_OPENING: readonly (readonly string[])[] = [['in', 'all'], ['in', 'total'], ['altogether'], ['all', 'told'], ['taken', 'together'], ['combined'], ['together']];
/** Tokens from the opening cue to the figure it totals: "Taken together, the roughly [13,000]". */
const OPENING_CUE_REACH = 5;

export function hasTotalCue(text: AnalysedText, a: AnalysedMention): boolean {
  const t = text.tokens;
  // The cue opens the sentence, the figure close after it with no other figure between.
  const s0 = tokenAt(t, a.sentence.start);
  const opening = TOTAL_OPENING.find((cue) => cue.every((w, i) => t[s0 + i]?.lower === w) && t[s0 + cue.length]?.text === ',');
  if (opening && tokenAt(t, a.m.start) - (s0 + opening.length) <= OPENING_CUE_REACH
    && !text.mentions.some((m) => m !== a && m.m.start >= t[s0]!.start && m.m.start < a.m.start)) return true;
  const after = (k: number) => TOTAL_AFTER.some((cue) => cue.every((w, i) => t[k + i]?.lower === w));
  // "At least 27 people, 23 of them children, were killed": a part told of it in apposition makes
  // the figure the whole the part is of.
  const partAfter = (k: number) => t[k]?.text === ',' && text.mentions.some((m) => m.m.tokStart === k + 1 && m.m.tokEnd === k + 2)
    && t[k + 2]?.lower === 'of' && /^(?:them|whom|those)$/.test(t[k + 3]?.lower ?? '');
  // The cue follows the figure, or the noun it counts: "four in all", "200 people in all".
  const headEnd = a.frame.headEnd === undefined ? a.m.tokEnd : tokenAt(t, a.frame.headEnd);
  // "three survival craft in all": past a second word of the noun.
  if (after(a.m.tokEnd) || after(headEnd) || partAfter(headEnd) || (t[headEnd]?.type === 'word' && !TOTAL_AFTER.some((cue) => cue[0] === t[headEnd]!.lower) && after(headEnd + 1))) return true;
  // "for a total of 157": the scanner may take the cue into the figure's own words.
  if (/^(?:a\s+)?(?:total|combined\s+total)\s+of\s/i.test(text.text.slice(a.m.start, a.m.end))) return true;
  // The figure's first token, its hedge included ("[more] than 95 million").
  const start = tokenAt(t, a.m.start);
  const before = (k: number) => t[k]?.lower ?? '';
  if (before(start - 1) === 'to') {
    let noun = false;
    for (let k = start - 2; k >= 0 && k >= start - 1 - CARRY_REACH; k--) {
      if (/^[.;,]$/.test(t[k]?.text ?? '.') || t[k]?.type === 'num') break;
      if (TOTAL_NOUNS.has(before(k))) noun = true;
      else if (noun && CARRY_VERBS.test(before(k))) return true;
    }
  }
  // "meaning 45 were led by a head of state", "meaning upwards of 42,000 homes were hit": the
  // figure the writer works out from those just told.
  if (before(start - 1) === 'meaning') return true;
  // "carrying 220 people: 207 passengers plus 13 crew": a list of its parts after a colon.
  if (t[headEnd]?.text === ':' && text.mentions.some((m) => m.m.tokStart === headEnd + 1)
    && t.slice(headEnd + 2, headEnd + 6).some((x) => x.lower === 'plus' || x.lower === 'and')) return true;
  // "All 165 people aboard", "all 50 states": the whole group, every part of it.
  if (before(start - 1) === 'all' && a.m.bound === undefined) return true;
  return before(start - 1) === 'combined' || TOTAL_VERBS.has(before(start - 1))
    || (before(start - 1) === 'to' && (TO_TOTAL.has(before(start - 2)) || (before(start - 2) === 'up' && before(start - 3).startsWith('add'))))
    || (before(start - 1) === 'of' && (before(start - 2) === 'total' || before(start - 2) === 'combined' || before(start - 3) === 'combined'));
}
