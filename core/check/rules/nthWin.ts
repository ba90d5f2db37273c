// "his fifth Masters title" where the source has "won the Masters for the fifth time"; "England
// are world champions for the first time" for "England won their first World Cup": sports copy
// counts a win either by the occasion ("for the fifth time") or by what was won ("his fifth
// title", "a 15th major", "their second win in the Grand National"). Both are the same ordinal of
// the same winning, so a source ordinal of that value told as a win supports the draft's, where
// the two sentences name the same side or event and a competition the draft names is the one the
// source sentence names ("a fifth Wimbledon title" is not "won the Australian Open for the fifth
// time"). A value no source gives as a win is left to the rules after.
import type { Token } from '../../text/tokenize.ts';
import { isStopword } from '../../frames/lexicon.ts';
import { MONTHS, WEEKDAYS } from '../../mentions/dateWords.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { claimOf, passageEvidence, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** What a win is counted in: "fifth title", "a 15th major", "second win", "first crown". */
const WON_THINGS = /^(?:titles?|crowns?|triumphs?|wins?|victory|victories|majors?|championships?|trophy|trophies|golds?)$/;
/** Words between the ordinal and what was won that say which run or event: "a third [consecutive] 100m title". */
const STREAK = /^(?:consecutive|straight|successive|successful)$/;
/** Words of winning before an occasion counted: "won the Masters for the fifth time", "world champions for the first time". */
const WIN_WORDS = /^(?:win|wins|won|winning|winner|winners|lift|lifts|lifted|lifting|claim|claims|claimed|clinch|clinches|clinched|capture|captured|champion|champions)$/;
/** Tokens back from the ordinal within which its verb of winning stands: "won [the US PGA Championship] for the second time". */
const WIN_REACH = 8;
/** Words of a competition's name written in lower case: "a 15th grand slam title". */
const NAME_WORDS = new Set(['grand', 'slam']);

/** A capitalised word of a name: not a month or a day. */
const nameWord = (t: Token | undefined): boolean => t !== undefined && t.type === 'word' && /^\p{Lu}/u.test(t.text) && MONTHS[t.lower] === undefined && WEEKDAYS[t.lower] === undefined;

/**
 * How the ordinal counts a win, with the competition it names there ("Masters" in "fifth Masters
 * title", "Australian Open" in "won his fifth Australian Open"), or undefined when it counts no win.
 */
function winCounted(t: AnalysedText, m: AnalysedMention): { competition: string[] } | undefined {
  const tokens = t.tokens;
  const winBefore = (): number => {
    for (let k = m.m.tokStart - 1; k >= Math.max(0, m.m.tokStart - WIN_REACH); k--) {
      const tok = tokens[k]!;
      if (tok.start < m.sentence.start || /^[;:.!?]$/.test(tok.text)) break;
      if (WIN_WORDS.test(tok.lower)) return k;
    }
    return -1;
  };
  // "his fifth Masters title", "a 15th grand slam title", "won his fifth Australian Open".
  const competition: string[] = [];
  let k = m.m.tokEnd;
  // An event's distance is part of its name ("100m", "4x100m relay"): a figure and its unit.
  const eventWord = (i: number): boolean => tokens[i]?.type === 'num' || (tokens[i - 1]?.type === 'num' && /^\p{Ll}{1,2}$/u.test(tokens[i]?.text ?? ''));
  while (STREAK.test(tokens[k]?.lower ?? '')) k++;
  for (; nameWord(tokens[k]) || NAME_WORDS.has(tokens[k]?.lower ?? '') || eventWord(k); k++) if (nameWord(tokens[k])) competition.push(tokens[k]!.text);
  if (WON_THINGS.test(tokens[k]?.lower ?? '')) return { competition };
  if (competition.length > 0) return winBefore() >= 0 ? { competition } : undefined;
  // "won the Masters for the fifth time", "for only the second time".
  const before = tokens.slice(Math.max(0, m.m.tokStart - 3), m.m.tokStart).map((x) => x.lower).join(' ');
  if (tokens[m.m.tokEnd]?.lower !== 'time' || !/\bfor (?:only )?(?:the|a)$/.test(before)) return undefined;
  const win = winBefore();
  if (win < 0) return undefined;
  return { competition: tokens.slice(win + 1, m.m.tokStart).filter(nameWord).map((x) => x.text) };
}

/** What a tally of wins counts, in the plural: "seven world titles", "five majors". */
const WON_PLURALS = /^(?:titles|crowns|triumphs|wins|victories|majors|championships|trophies|golds)$/;

/**
 * A count of wins ("Hendry's seven world titles", "his 18 majors") is the tally the latest of them
 * ranks: the source's "won the World Championship for a seventh time" makes seven titles. One
 * word may describe them ("world", "major"); a competition the count names must be the source's.
 */
function winsCounted(t: AnalysedText, m: AnalysedMention): { competition: string[] } | undefined {
  const tokens = t.tokens;
  const competition: string[] = [];
  let k = m.m.tokEnd;
  for (; nameWord(tokens[k]); k++) competition.push(tokens[k]!.text);
  if (competition.length === 0 && /^\p{Ll}+$/u.test(tokens[k]?.text ?? '') && !isStopword(tokens[k]!.lower) && !WON_PLURALS.test(tokens[k]!.lower)) k++;
  return WON_PLURALS.test(tokens[k]?.lower ?? '') ? { competition } : undefined;
}

/**
 * The capitalised words of a mention's sentence: its names, and perhaps the word it opens on
 * ("Defeat left Nadal …"), which only matters if the other sentence has it capitalised too.
 */
function sentenceNames(t: AnalysedText, m: AnalysedMention): Set<string> {
  const out = new Set<string>();
  for (let k = tokenAt(t.tokens, m.sentence.start); k < t.tokens.length && t.tokens[k]!.start < m.sentence.end; k++) {
    const tok = t.tokens[k]!;
    if (tok.start < m.sentence.start || tok.end > m.sentence.end) continue;
    // "Reed's first major championship" names Reed.
    if (nameWord(tok) && !isStopword(tok.lower)) out.add(tok.text.replace(/['’]s$/, ''));
  }
  return out;
}

export const nthWin: VerdictRule = {
  name: 'nthWin',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if ((a.m.kind !== 'ordinal' && a.m.kind !== 'count') || a.m.value === null) return null;
    const mine = a.m.kind === 'ordinal' ? winCounted(draft, a) : winsCounted(draft, a);
    if (!mine) return null;
    const names = sentenceNames(draft, a);
    for (const e of data.byValue.get('ordinal') ?? []) {
      if (e.a.m.value !== a.m.value) continue;
      const src = data.sources[e.sourceIndex]!;
      const theirs = winCounted(src.analysis, e.a);
      if (!theirs) continue;
      const sourceNames = sentenceNames(src.analysis, e.a);
      const sourceSentence = src.analysis.text.slice(e.a.sentence.start, e.a.sentence.end);
      // The draft's competition is the source sentence's; and the sentences share a side or an event.
      if (!mine.competition.every((w) => sourceSentence.includes(w))) continue;
      if (![...names].some((n) => sourceNames.has(n))) continue;
      const evidence = passageEvidence(src.doc.id, src.analysis.text, e.a.sentence, e.a.m.start, e.a.m.end);
      return claimOf(draft, a, 'supported', `Source: '${short(sourceSentence)}'. Draft: '${short(dText)}': the same win, counted.`, [evidence], published);
    }
    return null;
  },
};
