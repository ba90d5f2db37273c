// Numbers in set phrases that state no quantity: "one of the world's best-known", "one of
// them" (a member of a group, not a count of one), "their 100% start", "a 100 per cent record"
// (sports writing for "won every game so far"), "100% sure"; names of rounds and formats
// ("a quarter-final place", "the one-day international"); "from one minute to the next", "one
// week at a time", "not the first time".
import type { MentionRefiner } from './refiner.ts';

/** Words after "100%" that make it an idiom of completeness, not a share. */
const COMPLETE_AFTER = new Set(['start', 'record', 'sure', 'certain', 'committed', 'fit', 'behind', 'confident']);

/** "quarter-final(s)": a round of a competition, not a fraction. */
const ROUND_NAMES = new Set(['final', 'finals', 'finalist', 'finalists']);
/** "one-day international", "one-day series": a cricket format. */
const FORMAT_AFTER = new Set(['international', 'internationals', 'series', 'cup', 'match', 'matches', 'game', 'games', 'format', 'side', 'squad', 'captain']);

export const figureIdioms: MentionRefiner = {
  name: 'figureIdioms',
  refine({ tokens }, mentions) {
    const out: typeof mentions = [];
    for (const m of mentions) {
      const next = tokens[m.tokEnd];
      const first = tokens[m.tokStart];
      // "one of his abductors" names one member, which a draft's "one abductor" may rest on: it
      // stays as a figure the text implies, never one put to the editor or one that contradicts.
      if (m.kind === 'count' && m.value === 1 && m.words && m.bound === undefined && first?.lower === 'one' && next?.lower === 'of') { out.push({ ...m, impliedOnly: true }); continue; }
      if (keeps(m)) out.push(m);
    }
    return out;

    /** Whether the words from `at` make "the one" a pronoun: "… that", "… he chose", "… recorded in 2015". */
    function pronounOne(at: number): boolean {
      const w = tokens[at]?.lower ?? '';
      if (/^(?:that|which|who|whom|whose|where|when|he|she|they|we|i|you|it)$/.test(w)) return true;
      // A participle with no noun after it: "the one recorded at", "the one seen on" (not "the one injured man").
      return /^\p{Ll}+ed$/u.test(tokens[at]?.text ?? '') && /^(?:at|in|on|by|for|from|during|last|this|before|after|since|[,.;:)])$/.test(tokens[at + 1]?.lower ?? '.');
    }

    function keeps(m: (typeof mentions)[number]): boolean {
      const next = tokens[m.tokEnd];
      const first = tokens[m.tokStart];
      if (m.kind === 'percent' && m.value === 100 && m.high === undefined && next && COMPLETE_AFTER.has(next.lower)) return false;
      // "It is not the first time she has made headlines": the writer's link to earlier news, no rank.
      if (m.kind === 'ordinal' && m.value === 1 && first?.lower === 'first' && next?.lower === 'time' && tokens[m.tokStart - 1]?.lower === 'the'
        && /(?:^not|n't|n’t)$/.test(tokens[m.tokStart - 2]?.lower ?? '')) return false;
      // "take things one week at a time", "one game at a time": a way of going on, not a count.
      if (m.value === 1 && first?.lower === 'one' && [0, 1].some((k) => tokens[m.tokEnd + k]?.lower === 'at' && tokens[m.tokEnd + k + 1]?.lower === 'a' && tokens[m.tokEnd + k + 2]?.lower === 'time')) return false;
      // "from one minute to the next", "from one day to the next": change told, not a count.
      if (m.value === 1 && first?.lower === 'one' && tokens[m.tokStart - 1]?.lower === 'from'
        && [1, 2].some((k) => tokens[m.tokStart + k]?.lower === 'to' && tokens[m.tokStart + k + 1]?.lower === 'the' && /^(?:next|other)$/.test(tokens[m.tokStart + k + 2]?.lower ?? ''))) return false;
      // A lone word "one", in the three phrases below.
      const loneOne = m.value === 1 && first?.lower === 'one' && m.tokEnd === m.tokStart + 1;
      // "At one point it was up nearly 400 points", "at one stage five players were tied": a moment
      // told, no count; nor is "one-off costs", a thing that happens once by its nature.
      if (loneOne && tokens[m.tokStart - 1]?.lower === 'at' && /^(?:point|stage|time|moment)$/.test(next?.lower ?? '')) return false;
      if (loneOne && next?.text === '-' && !next.spaced && tokens[m.tokEnd + 1]?.lower === 'off') return false;
      // "The annual rate matched the one recorded at the end of 2015", "the one that got away":
      // "the one" before a relative word, a pronoun or a participle that takes no noun is a
      // pronoun standing for a noun told before, no count.
      if (loneOne && tokens[m.tokStart - 1]?.lower === 'the' && pronounOne(m.tokEnd)) return false;
      // Names of rounds and formats: "a quarter-final place", "a one-day international".
      const joined = next?.text === '-' && !next.spaced ? tokens[m.tokEnd + 1]?.lower ?? '' : '';
      if (ROUND_NAMES.has(joined) && (first?.lower === 'quarter' || tokens[m.tokEnd - 1]?.lower === 'quarter')) return false;
      // The format may be named in between, in up to two tokens: "one-day Twenty20 international".
      const formatAfter = [0, 1, 2].some((k) => FORMAT_AFTER.has(tokens[m.tokEnd + k]?.lower ?? ''));
      if (m.value === 1 && first?.lower === 'one' && tokens[m.tokEnd - 1]?.lower === 'day' && formatAfter) return false;
      return true;
    }
  },
};
