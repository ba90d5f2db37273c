// How far a draft sentence and a source sentence tell the same event in the same words: the
// content words they share, counting the draft's sentence before as its context. Rules that match
// a figure told in another form ("Five years on," for "five years ago", "had stood for 25 years"
// for "a 25-year-old record") use it where the figure's own frame has few words to compare.
import { isStopword } from '../frames/lexicon.ts';
import type { AnalysedText } from './analyseText.ts';

/** Content words the source's sentence must share with the draft's, or the draft's sentence before, to tell the same event ("Derby", "loan"). */
export const SHARED_EVENT_WORDS = 2;

/** Content words (four letters or more) of the source sentence that the draft's sentence at `start`, or the one before it, also uses. */
export function sharedWords(draft: AnalysedText, start: number, source: AnalysedText, sourceStart: number): number {
  const words = (t: AnalysedText, from: number, to: number): Set<string> => new Set(t.tokens.filter((k) => k.type === 'word' && k.start >= from && k.end <= to && k.lower.length >= 4 && !isStopword(k.lower)).map((k) => k.lower));
  const at = draft.sentences.findIndex((x) => x.start === start);
  const from = draft.sentences[Math.max(0, at - 1)]?.start ?? start;
  const to = draft.sentences[at]?.end ?? start;
  const own = words(draft, from, to);
  const sentence = source.sentences.find((x) => x.start === sourceStart);
  if (!sentence) return 0;
  return [...words(source, sentence.start, sentence.end)].filter((w) => own.has(w)).length;
}
