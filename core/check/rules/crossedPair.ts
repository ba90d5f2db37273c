// Two figures of one sentence, each stated once in a source, but each beside
// the other's words: "Macs contributed $4.9 billion and iPads $5.2 billion" where the source has
// "… Mac revenue of $5.2 billion and iPad sales of $4.9 billion"; "suspended for 18 months, and
// banned from driving for two years" where the court "suspended for two years and banned from
// driving for 18 months". Each value is stated, so each would read as supported on its own; the
// words right beside each figure say the draft crossed them. swappedPair reads the same slip by
// names and frames; this rule reads it by the few words either side of each figure, which is
// what a list of like figures ("construction 6,000, mining 23,000") differs by.
import { isStopword, stem } from '../../frames/lexicon.ts';
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import type { SourceEntry } from '../sourceIndex.ts';
import { previousSentenceMentions, sentenceIndexOf, sentenceMentions } from '../sentenceMentions.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import { SWAP_APART } from '../tuning.ts';
import { partOrEnds } from '../pairShape.ts';

/** Tokens before a figure whose words say what it is: "Macs contributed [$4.9 billion]", "banned from driving for [18 months]". */
const BEFORE = 4;
/** Tokens after it: "[0.9 per cent] to $1.2721", "[$26 million] for debt service". */
const AFTER = 3;
/** Words and marks that end a figure's phrase in a list: the next item begins after them. */
const JOINS = /^(?:and|or|but|while|whereas|,|;|\(|\)|–|—)$/;

/**
 * The content words, stemmed, within BEFORE tokens before a figure and AFTER after it, inside its
 * sentence and short of any other figure (`others`), names included, numbers not.
 */
function beside(t: AnalysedText, m: AnalysedMention, others: readonly AnalysedMention[]): Set<string> {
  const out = new Set<string>();
  const first = tokenAt(t.tokens, m.m.start);
  const blocked = (k: number): boolean => others.some((o) => o !== m && k >= o.m.tokStart && k < o.m.tokEnd);
  const take = (k: number): boolean => {
    const tok = t.tokens[k];
    // A join ends the figure's phrase: "$4.9 billion [and] iPads" is the next item's.
    if (!tok || tok.start < m.sentence.start || tok.end > m.sentence.end || blocked(k) || JOINS.test(tok.lower)) return false;
    if (tok.type === 'word' && !isStopword(tok.lower) && !/^(?:per|cent|percent|billion|million|thousand)$/.test(tok.lower)) out.add(stem(tok.lower));
    return true;
  };
  for (let k = first - 1; k >= first - BEFORE; k--) if (!take(k)) break;
  for (let k = m.m.tokEnd; k < m.m.tokEnd + AFTER; k++) if (!take(k)) break;
  return out;
}

/** Whether one figure converts the other, in brackets right after it: "400km (250 miles)". */
function conversion(t: AnalysedText, x: AnalysedMention, y: AnalysedMention): boolean {
  const [p, q] = x.m.tokStart < y.m.tokStart ? [x, y] : [y, x];
  return q.m.unit !== p.m.unit && t.tokens[tokenAt(t.tokens, q.m.start) - 1]?.text === '(' && tokenAt(t.tokens, q.m.start) - 1 === p.m.tokEnd;
}

const shared = (x: ReadonlySet<string>, y: ReadonlySet<string>): number => { let n = 0; for (const w of x) if (y.has(w)) n++; return n; };

/** The content words of a figure's sentence, stemmed. */
function sentenceWords(t: AnalysedText, m: AnalysedMention): Set<string> {
  const out = new Set<string>();
  for (let k = tokenAt(t.tokens, m.sentence.start); k < t.tokens.length && t.tokens[k]!.start < m.sentence.end; k++) {
    const tok = t.tokens[k]!;
    if (tok.type === 'word' && !isStopword(tok.lower)) out.add(stem(tok.lower));
  }
  return out;
}

/** Whether the draft's words meet the other source figure's by a word its own source sentence lacks. */
const crossesBy = (draftWords: ReadonlySet<string>, other: ReadonlySet<string>, own: ReadonlySet<string>): boolean => [...draftWords].some((w) => other.has(w) && !own.has(w));

/** The one source figure stating a draft figure: its value, and no other of that value. */
function soleStatement(j: Parameters<VerdictRule['judge']>[0], m: AnalysedMention): SourceEntry | undefined {
  // A hedge either side is how copy rounds the same statement ("about 18,000 MW" / "18,000 MW").
  const same = (j.data.byValue.get(m.family) ?? []).filter((e) => e.a.base === m.base && e.a.m.high === m.m.high && e.a.m.kind === m.m.kind);
  return same.length === 1 ? same[0] : undefined;
}

export const crossedPair: VerdictRule = {
  name: 'crossedPair',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.value === null || a.base === null || a.base <= 0 || a.m.kind === 'year' || a.m.kind === 'ordinal' || a.m.kind === 'age' || a.family === 'date') return null;
    const sa = soleStatement(j, a);
    if (!sa) return null;
    const src = data.sources[sa.sourceIndex]?.analysis;
    if (!src) return null;
    const siblings = sentenceMentions(draft, a.sentence.start);
    // The pair may also be told in two sentences of one paragraph: "The S&P 500 gained 21.51
    // points, or 0.8 percent … The Nasdaq added 49.58 points, or 0.7 percent".
    const i = sentenceIndexOf(draft, a);
    const next = draft.sentences[i + 1];
    const following = next !== undefined && !draft.text.slice(a.sentence.end, next.start).includes('\n') ? sentenceMentions(draft, next.start) : [];
    // The words beside the draft's figure, read once for every figure it may be crossed with.
    const da = beside(draft, a, siblings);
    // The words of the figure's own source sentence, read once and only when a crossing is weighed.
    let ownWords: Set<string> | undefined;
    for (const b of [...siblings, ...previousSentenceMentions(draft, a), ...following]) {
      // Like figures ("18 months" and "two years" alike), not a conversion ("400km (250 miles)").
      if (b === a || b.family !== a.family || b.m.kind !== a.m.kind || b.base === null || b.base <= 0 || b.base === a.base || conversion(draft, a, b)) continue;
      if (Math.max(a.base / b.base, b.base / a.base) >= SWAP_APART) continue;
      // Levels of a change ("from $4,903 a semester to $5,207") are read in their order by
      // swappedLevels, and a part and its whole ("one of three") are no like pair.
      if (a.role !== undefined || b.role !== undefined || partOrEnds(draft, a, b)) continue;
      const sb = soleStatement(j, b);
      if (!sb || sb.sourceIndex !== sa.sourceIndex) continue;
      // The two statements may stand in one sentence, on lines of one list, or apart ("guaranteed
      // $5 million to face Spence" … "$4 million for the Vargas fight"): the words beside each decide.
      const srcOthers = sentenceMentions(src, sa.a.sentence.start).concat(sentenceMentions(src, sb.a.sentence.start));
      const db = beside(draft, b, sentenceMentions(draft, b.sentence.start));
      const [ta, tb] = [beside(src, sa.a, srcOthers), beside(src, sb.a, srcOthers)];
      const crossA = shared(da, tb);
      const straightA = shared(da, ta);
      const crossB = shared(db, ta);
      const straightB = shared(db, tb);
      // Each figure's words meet the other's source figure, at least as well as its own, and the
      // crossed reading is the better one overall.
      if (crossA === 0 || crossB === 0 || crossA < straightA || crossB < straightB || crossA + crossB <= straightA + straightB) continue;
      // Statements in two sentences: a crossing is made by a word the figure's own source
      // sentence lacks, on one side at least. "Health care … 34,000 new jobs" meets "a gain of
      // 13,000 jobs" only by "jobs", and "13,000 in ambulatory care" meets "Health care added
      // 34,000" only by "care": the source's own sentences have both, so nothing is crossed.
      if (sa.a.sentence.start !== sb.a.sentence.start && !crossesBy(da, tb, ownWords ??= sentenceWords(src, sa.a)) && !crossesBy(db, ta, sentenceWords(src, sb.a))) continue;
      const bText = short(draft.text.slice(b.m.start, b.m.end));
      return claimOf(draft, a, 'contradicted', `Source: '${short(sourcePhrase(data, sb))}'. Draft: '${short(phraseOf(draft.text, a))}' here and '${bText}' for the source's '${short(sourcePhrase(data, sa))}': the two figures are swapped.`,
        [evidenceOf(data, sb), evidenceOf(data, sa)], published);
    }
    return null;
  },
};
