// "had struck 13 baseline winners" where the source has "firing his 13th baseline winner": an
// ordinal of a thing someone keeps doing ("his 13th baseline winner", "her 20th goal of the
// season") says how many they have done so far. A draft count of the same things, of that value,
// restates it. Only after a possessive ("his", "her", "their", "its"): "the 13th winner" may rank
// another player's; or in a streak ("for the 27th consecutive quarter" is 27 quarters running).
import { frameMatch } from '../../frames/frameOf.ts';
import { isStopword, stem } from '../../frames/lexicon.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

const POSSESSIVES = new Set(['his', 'her', 'their', 'its']);
/** Words after an ordinal that make it the latest of a streak: "the 27th consecutive quarter". */
const STREAK = /^(?:consecutive|straight|successive)$/;
/** Words after an ordinal read as its noun phrase: "13th [baseline winner]". */
const NOUN_RUN = 3;

/** Heads that name no thing of their own, only that a count is a tally: "14 times", "his tally to 22". */
const TALLY_HEADS = new Set(['time', 'times', 'tally', 'total'].map(stem));
/** Verbs of winning, before the ordinal of what is won: "Wins Historic 14th French Open". */
const WIN_VERBS = /^(?:wins?|won|winning|claims?|claimed|clinch(?:es|ed)?|secures?|secured|takes?|took|seals?|sealed|lifts?|lifted|grabs?|grabbed)$/;
/** Words back from an ordinal within which its verb of winning stands ("Wins [Historic] 14th"). */
const WIN_REACH = 2;

/** Words before an ordinal that leave its verb of winning in place: "to claim a record-equalling 20th". */
const DETERMINERS = /^(?:a|an|the|his|her|their|its)$/;

/**
 * Whether a verb of winning stands just before the ordinal at token `tok`, past at most WIN_REACH
 * adjectives (a hyphened one, "record-equalling", is one) and a determiner.
 */
function wonBefore(tokens: readonly { lower: string; type: string; text: string }[], tok: number): boolean {
  let words = 0;
  for (let k = tok - 1; k >= 0; k--) {
    const t = tokens[k];
    if (WIN_VERBS.test(t?.lower ?? '')) return true;
    if (t?.text === '-' && tokens[k - 1]?.type === 'word') continue;
    if (t?.type !== 'word') return false;
    if (DETERMINERS.test(t.lower)) continue;
    if (tokens[k - 1]?.text === '-') continue;
    if (++words > WIN_REACH) return false;
  }
  return false;
}

const TIME = stem('times');

/** Whether the ordinal at tokens [start, end) is "for the Nth time". */
function nthTime(tokens: readonly { lower: string }[], start: number, end: number): boolean {
  return tokens[start - 1]?.lower === 'the' && tokens[start - 2]?.lower === 'for' && tokens[end]?.lower === 'time';
}

export const ordinalAsTally: VerdictRule = {
  name: 'ordinalAsTally',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.kind !== 'count' || a.m.value === null || !Number.isInteger(a.m.value) || a.m.value < 2 || a.m.bound !== undefined) return null;
    // A tally told with no noun of its own ("take his Grand Slam tally to 22", "now 14 times"):
    // the ranked noun must then be a word of the draft's sentence ("22nd Grand Slam title").
    const headless = a.frame.head === undefined || TALLY_HEADS.has(a.frame.head);
    const sentenceWords = headless ? new Set(draft.tokens.filter((t) => t.start >= a.sentence.start && t.end <= a.sentence.end && t.type === 'word').map((t) => stem(t.lower))) : undefined;
    for (const e of data.byValue.get('ordinal') ?? []) {
      if (e.a.m.value !== a.m.value) continue;
      const src = data.sources[e.sourceIndex]?.analysis;
      // So is "the 27th consecutive quarter": a streak's latest counts the streak, whoever ranks.
      const streak = src !== undefined && src.tokens[e.a.m.tokStart - 1]?.lower === 'the' && STREAK.test(src.tokens[e.a.m.tokEnd]?.lower ?? '');
      // So is "Nadal Wins Historic 14th French Open, 22nd Grand Slam Title": what someone wins
      // is the latest of their wins.
      const won = src !== undefined && wonBefore(src.tokens, e.a.m.tokStart);
      // "lost in Miami for the fifth time in six visits": the times so far, the draft's "five times"
      // where the words around both meet.
      if (src !== undefined && nthTime(src.tokens, e.a.m.tokStart, e.a.m.tokEnd)) {
        if (a.frame.head === TIME && frameMatch(a.frame, e.a.frame).context > 0) return claimOf(draft, a, 'supported', `Derived: the source's '${short(src.text.slice(src.tokens[e.a.m.tokStart - 2]!.start, src.tokens[e.a.m.tokEnd]!.end))}' makes ${a.m.value} times so far. Draft: '${short(dText)}'.`, [evidenceOf(data, e)], published);
        continue;
      }
      if (!src || (!POSSESSIVES.has(src.tokens[e.a.m.tokStart - 1]?.lower ?? '') && !streak && !won)) continue;
      // The ranked noun phrase, in the source's words ("13th [baseline winner]"), and where it ends.
      const nouns: string[] = [];
      let end = e.a.m.end;
      for (let k = e.a.m.tokEnd; k < e.a.m.tokEnd + NOUN_RUN && src.tokens[k]?.type === 'word' && !isStopword(src.tokens[k]!.lower); k++) {
        nouns.push(stem(src.tokens[k]!.lower));
        end = src.tokens[k]!.end;
      }
      const derived = (phrase: string) => claimOf(draft, a, 'supported', `Derived: the source's '${short(phrase)}' makes ${a.m.value} so far. Draft: '${short(dText)}'.`, [evidenceOf(data, e)], published);
      if (sentenceWords !== undefined) {
        if (!nouns.some((w) => sentenceWords.has(w) && !TALLY_HEADS.has(w))) continue;
        return derived(src.text.slice(e.a.m.start, end));
      }
      // Its noun is the last of those words ("winner"), which must be the draft's.
      const head = nouns.at(-1);
      if (head === undefined || a.frame.head === undefined || head !== stem(a.frame.head)) continue;
      if (frameMatch(a.frame, e.a.frame).context <= 0) continue;
      return derived(src.text.slice(src.tokens[e.a.m.tokStart - 1]!.start, end));
    }
    return null;
  },
};
