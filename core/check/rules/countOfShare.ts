// A share is often told with the count it comes to: "51% of homicides (29 cases)", "51% of cases,
// 29 killings". The count restates the share, so the noun after it is the whole's, in either
// text's own word ("cases", "killings"), and says nothing against the match. A source that tells
// the same share with the same count states the draft's count. Tried last before the digits are
// called a near miss: by then no source frames the count better, with this value or another.
import { claimOf, evidenceOf, phraseOf, short, sourcePhrase } from '../explain.ts';
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import { entriesInRange } from '../sourceIndex.ts';

/** Tokens from the end of a share to the count that restates it: "51% of cases, [29]" (3), "51% ([29]" (1). */
const SHARE_REACH = 3;

/** The share a count restates: a percentage right before it, the count after "(" or ",". */
function shareBefore(t: AnalysedText, a: AnalysedMention): AnalysedMention | undefined {
  const opener = t.tokens[a.m.tokStart - 1]?.text;
  if (opener !== '(' && opener !== ',') return undefined;
  return sentenceMentions(t, a.sentence.start).find((p) => p.family === 'percent' && p.m.kind === 'percent'
    && p.m.tokEnd <= a.m.tokStart && a.m.tokStart - p.m.tokEnd <= SHARE_REACH);
}

export const countOfShare: VerdictRule = {
  name: 'countOfShare',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.family !== 'count' || a.base === null || a.m.bound !== undefined) return null;
    const share = shareBefore(draft, a);
    if (!share || share.base === null) return null;
    // Every source count of the value, not only the judgement's candidates: the pair of share and
    // count is the same statement whatever year the source's sentence names beside it.
    for (const e of entriesInRange(data, 'count', a.base, a.base)) {
      const src = data.sources[e.sourceIndex]?.analysis;
      const theirs = src && shareBefore(src, e.a);
      if (!theirs || theirs.base !== share.base) continue;
      return claimOf(draft, a, 'supported',
        `Source: '${short(sourcePhrase(data, { sourceIndex: e.sourceIndex, a: theirs }))}' (${short(sourcePhrase(data, e))}), the same share told as a count. Draft: '${short(phraseOf(draft.text, a))}'.`,
        [evidenceOf(data, e)], published);
    }
    return null;
  },
};
