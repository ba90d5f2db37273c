// Two figures of one source sentence, taken as a pair: the tallies a gap is the difference of
// ("Celtic 70, Rangers 63"), the levels a change is worked out from. Mentions come in text order,
// so the pairs of a sentence end at the first mention of the next one.
import type { AnalysedMention } from './analyseText.ts';

/** Every pair of mentions in the same sentence, the earlier first. */
export function* sentencePairs(ms: readonly AnalysedMention[]): Generator<readonly [AnalysedMention, AnalysedMention]> {
  for (let x = 0; x < ms.length; x++) {
    const p = ms[x] as AnalysedMention;
    for (let y = x + 1; y < ms.length; y++) {
      const q = ms[y] as AnalysedMention;
      if (q.sentence.start !== p.sentence.start) break;
      yield [p, q];
    }
  }
}
