// How far a draft sentence and a source sentence tell the same event in the same words: the
// content words they share, counting the draft's sentence before as its context. Rules that match
// a figure told in another form ("Five years on," for "five years ago", "had stood for 25 years"
// for "a 25-year-old record") use it where the figure's own frame has few words to compare.
import { americanSpelling, isStopword } from '../frames/lexicon.ts';
import { tokenAt } from '../mentions/refiners/refiner.ts';
import type { AnalysedMention, AnalysedText } from './analyseText.ts';
import { sentenceIndexOf } from './sentenceMentions.ts';

/** Content words the source's sentence must share with the draft's, or the draft's sentence before, to tell the same event ("Derby", "loan"). */
export const SHARED_EVENT_WORDS = 2;

/** Content words (four letters or more) of a text between two offsets, lower-cased. */
function contentWords(t: AnalysedText, from: number, to: number): Set<string> {
  const out = new Set<string>();
  for (let k = tokenAt(t.tokens, from); k < t.tokens.length && t.tokens[k]!.end <= to; k++) {
    const w = t.tokens[k]!;
    if (w.type === 'word' && w.lower.length >= 4 && !isStopword(w.lower)) out.add(americanSpelling(w.lower));
  }
  return out;
}

/**
 * Content words of source mention `s`'s sentence that draft mention `a`'s sentence, or the one
 * before it, also uses; with `ownSentenceOnly`, only `a`'s own sentence.
 */
export function sharedWords(draft: AnalysedText, a: AnalysedMention, source: AnalysedText, s: AnalysedMention, ownSentenceOnly = false): number {
  return sharedWordsWith(draft, a, source, s.sentence, ownSentenceOnly);
}

/** Content words of a source sentence that draft mention `a`'s sentence, or the one before it (unless `ownSentenceOnly`), also uses. */
export function sharedWordsWith(draft: AnalysedText, a: AnalysedMention, source: AnalysedText, sentence: { readonly start: number; readonly end: number }, ownSentenceOnly = false): number {
  const at = sentenceIndexOf(draft, a);
  const from = ownSentenceOnly ? a.sentence.start : draft.sentences[Math.max(0, at - 1)]?.start ?? a.sentence.start;
  const own = contentWords(draft, from, a.sentence.end);
  return [...contentWords(source, sentence.start, sentence.end)].filter((w) => own.has(w)).length;
}
