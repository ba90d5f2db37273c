// A figure a source names in other words than a number ("the quarter-finals" for "the last
// eight", "the opening period" for "the first half", "runner-up" for "second"): the source
// sentence that says those words and tells the same passage. The words are no figure of their
// own to cite, so the passage is, with the words as its value.
import type { AnalysedText } from './analyseText.ts';
import { passageEvidence } from './explain.ts';
import type { IndexData } from './sourceIndex.ts';
import type { Evidence } from '../types.ts';
import type { SentenceSpan } from '../text/splitSentences.ts';

/**
 * The first source sentence where `words` match and `tells` accepts the sentence as the draft
 * figure's passage; the evidence cites the matched words. Undefined when none does.
 */
export function namedOtherwise(data: IndexData, words: RegExp, tells: (source: AnalysedText, sentence: SentenceSpan, at: number, match: string) => boolean): (Evidence & { readonly value: string }) | undefined {
  for (const src of data.sources) {
    for (const s of src.analysis.sentences) {
      const found = words.exec(src.analysis.text.slice(s.start, s.end));
      if (!found) continue;
      const start = s.start + found.index;
      if (!tells(src.analysis, s, start, found[0])) continue;
      return passageEvidence(src.doc.id, src.analysis.text, s, start, start + found[0].length);
    }
  }
  return undefined;
}

