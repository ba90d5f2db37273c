// "39 of the 118 passengers had been rescued" where the source has "39 people were rescued,
// leaving 76 of the ferry's 118 passengers still unaccounted for": copy puts a count the source
// gives on its own beside the whole the source's sentence gives for another part. The draft's
// partitive is then composed from two stated figures, and the source's other part ("76 of the
// … 118") counts other members of the whole, not these. It is supported when the source's
// sentence states the draft's part, with the same outcome verb ("rescued"), and the whole, as a
// partitive's whole of the same noun. Without the same verb the part may have been moved onto
// another outcome ("39 of the 118 were unaccounted for"), which the other rules judge.
import type { Token } from '../../text/tokenize.ts';
import { isPartitiveWhole, wholeOfPart } from '../../frames/partitiveWhole.ts';
import { stem } from '../../frames/lexicon.ts';
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** Tokens after a part within which its outcome verb stands: "39 of the 118 passengers, roughly a third, had been rescued" puts it twelve tokens on. */
const OUTCOME_REACH = 14;

/** The stem of the first past participle after token `from` in its sentence, which ends at offset `end` ("were rescued", "unaccounted"). */
function outcomeVerb(tokens: readonly Token[], from: number, end: number): string | undefined {
  for (let k = from; k < Math.min(tokens.length, from + OUTCOME_REACH) && tokens[k]!.start < end; k++) {
    const t = tokens[k]!;
    if (t.type === 'word' && /^\p{Ll}{3,}ed$/u.test(t.text)) return stem(t.lower);
    if (t.text === ';' || t.text === '.') return undefined;
  }
  return undefined;
}

export const partOfStatedWhole: VerdictRule = {
  name: 'partOfStatedWhole',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'count' || a.m.value === null || a.m.bound !== undefined || a.frame.head === undefined) return null;
    const whole = wholeOfPart(draft.tokens, a.m.tokEnd);
    if (whole === undefined || whole <= a.m.value) return null;
    const verb = outcomeVerb(draft.tokens, a.m.tokEnd, a.sentence.end);
    if (verb === undefined) return null;
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si]!.analysis;
      for (const s of src.mentions) {
        if (s.family !== 'count' || s.m.value !== a.m.value || s.m.bound !== undefined || wholeOfPart(src.tokens, s.m.tokEnd) !== undefined) continue;
        if (outcomeVerb(src.tokens, s.m.tokEnd, s.sentence.end) !== verb) continue;
        const w = src.mentions.find((o) => o.sentence.start === s.sentence.start && o.m.value === whole && o.family === 'count'
          && o.frame.head === a.frame.head && isPartitiveWhole(src.tokens, o.m.tokStart));
        if (!w) continue;
        return claimOf(draft, a, 'supported', `Derived: the source gives '${short(src.text.slice(s.m.start, s.m.end))}' and the whole, '${short(src.text.slice(w.m.start, w.m.end))}', in one sentence. Draft: '${short(dText)}'.`,
          [evidenceOf(data, { sourceIndex: si, a: s }), evidenceOf(data, { sourceIndex: si, a: w })], published);
      }
    }
    return null;
  },
};
