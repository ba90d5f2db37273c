// "N more" adds to the count before it: "The pair executed five people inside the pool hall and
// took to the street to shoot two more" tells of seven. So the five is a part, not the toll, and
// the draft's "executed seven people" is their sum, supported as derived. Shares and amounts add
// the same way: "a 4% rise this year and another 4% next year" is 8% over two years, "€42
// million, with a further €8 million in add-ons" up to €50m. Tried before conflicts, where the
// part alone would read as another value of the same toll.
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import { claimOf, evidenceOf, round, short } from '../explain.ts';
import { draftInterval, inDraftUnits, isBound, nearInterval } from '../intervals.ts';
import type { VerdictRule } from '../judgement.ts';
import { perText } from '../perText.ts';
import { frameMatch } from '../../frames/frameOf.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import { MORE_REACH, QUANTITY_CONCEPT_REACH } from '../tuning.ts';

/** Families whose figures add: counts, shares of one whole ("4% this year and another 4% next"), sums of money. */
const ADDABLE = /^(count|percent|money:.*)$/;

interface AddedOn { readonly part: AnalysedMention; readonly more: AnalysedMention; readonly sum: number; readonly said: string }

/** Each count with an "N more" (or "another N") after it in its sentence, found once per text. */
const pairsOf = perText((t: AnalysedText): readonly AddedOn[] => {
  const found: AddedOn[] = [];
  const toks = t.tokens;
  const ms = t.mentions;
  for (let k = 0; k + 1 < ms.length; k++) {
    const part = ms[k] as AnalysedMention;
    // The next figure of the part's family; a date between them ("4% this year and another 4%
    // next year") is passed over.
    let r = k + 1;
    while (r + 1 < ms.length && (ms[r] as AnalysedMention).family === 'date') r++;
    const more = ms[r] as AnalysedMention;
    if (!ADDABLE.test(part.family) || more.family !== part.family || part.base === null || more.base === null) continue;
    if (part.m.bound !== undefined || more.m.bound !== undefined || part.m.high !== undefined || more.m.high !== undefined) continue;
    if (part.sentence.start !== more.sentence.start || more.m.tokStart - part.m.tokEnd > MORE_REACH) continue;
    const after = toks[more.m.tokEnd];
    // "another 4%", "a further €8 million": the word stands before the figure's first token.
    const first = tokenAt(toks, more.m.start);
    const before = toks[first - 1]?.lower;
    if (after?.lower !== 'more' && before !== 'another' && !(before === 'further' && toks[first - 2]?.lower === 'a')) continue;
    const said = t.text.slice(more.m.start, after?.lower === 'more' ? after.end : more.m.end);
    found.push({ part, more, sum: part.base + more.base, said });
  }
  return found;
});

export const moreAddsOn: VerdictRule = {
  name: 'moreAddsOn',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const primary = a.frame.concepts[0];
    if (!ADDABLE.test(a.family) || a.m.value === null) return null;
    // A count is tied to its outcome by a concept; a share or an amount, which seldom has one,
    // by a context word shared with either figure ("an 8% rise" and "a 4% pay rise … another 4%").
    const counted = a.family === 'count';
    if (counted && (!primary || primary.distance > QUANTITY_CONCEPT_REACH)) return null;
    // "Up to €50m" may be the whole of "€42 million, with a further €8 million" when its top is the sum.
    if (isBound(a.m.bound) && a.m.bound !== 'at-most') return null;
    const [lo, hi] = a.m.bound === 'at-most' ? nearInterval(a) : draftInterval(a);
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      for (const { part, more, sum, said } of pairsOf(src.analysis)) {
        if (part.family !== a.family || sum < lo || sum > hi) continue;
        if (counted ? !part.frame.concepts.some((c) => c.concept === primary?.concept && c.distance <= QUANTITY_CONCEPT_REACH)
          : Math.max(frameMatch(a.frame, part.frame).context, frameMatch(a.frame, more.frame).context) < 1) continue;
        const ev = evidenceOf(data, { sourceIndex: si, a: part });
        const partSaid = counted ? String(part.base) : `'${src.analysis.text.slice(part.m.start, part.m.end)}'`;
        return claimOf(draft, a, 'supported', `Derived: ${partSaid} and '${short(said)}' = ${round(inDraftUnits(sum, a))}. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};
