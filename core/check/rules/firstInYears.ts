// "the first giraffe born at the zoo in 20 years" where the source says "the first giraffe born at
// the zoo since Jedi 20 years ago": a first told "in N years" is the first since N years ago. The
// draft's length of time is the source's time ago, told from the other end; the same sentence of
// each must tell a first.
import type { Token } from '../../text/tokenize.ts';
import { claimOf, evidenceOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** Whether the sentence span [from, to) of `tokens` says "first". */
function tellsFirst(tokens: readonly Token[], from: number, to: number): boolean {
  return tokens.some((t) => t.start >= from && t.end <= to && t.lower === 'first');
}

export const firstInYears: VerdictRule = {
  name: 'firstInYears',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    if (a.family !== 'dim:time' || a.base === null || a.m.bound !== undefined || draft.tokens[a.m.tokStart - 1]?.lower !== 'in') return null;
    if (!tellsFirst(draft.tokens, a.sentence.start, a.m.start)) return null;
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si]?.analysis;
      if (!src) continue;
      for (const s of src.mentions) {
        if (s.family !== 'ago' || s.base !== a.base || !tellsFirst(src.tokens, s.sentence.start, s.m.start)) continue;
        // Told as what the first is counted from: "since Jedi 20 years ago", "since 20 years ago".
        if (!/\bsince\b/i.test(src.text.slice(s.sentence.start, s.m.start))) continue;
        const e = { sourceIndex: si, a: s };
        return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, e))}', the first since then. Draft: 'in ${short(dText)}'.`, [evidenceOf(data, e)], published);
      }
    }
    return null;
  },
};
