// A text's mentions grouped by sentence, built once per analysed text: rules that read a source
// sentence's other figures (its dates, its ages) look them up here instead of walking every
// mention of every source for each draft figure.
import type { AnalysedMention, AnalysedText } from './analyseText.ts';

const CACHE = new WeakMap<AnalysedText, Map<number, AnalysedMention[]>>();

/** The mentions of the sentence starting at `sentenceStart`, in text order. */
export function sentenceMentions(t: AnalysedText, sentenceStart: number): readonly AnalysedMention[] {
  let c = CACHE.get(t);
  if (!c) {
    c = new Map();
    for (const a of t.mentions) {
      const list = c.get(a.sentence.start) ?? [];
      list.push(a);
      c.set(a.sentence.start, list);
    }
    CACHE.set(t, c);
  }
  return c.get(sentenceStart) ?? [];
}
