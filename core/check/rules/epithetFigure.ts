// Copy names a person once and then by a definite description: "Andy Murray …" becomes "The
// Briton, 30, won 6-2 4-6 6-1 7-5", "the striker, 35, scored". The description refers back to
// someone named elsewhere, so it is no name of its own: where the sources give the draft's person
// no figure by name, the same figure given to "the Briton" may be theirs, and states it. It never
// contradicts: a description may as well be another person, and a figure named for this person
// is attributedFigure's to judge, after this rule passes.
import { claimOf, evidenceOf, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import type { SourceEntry } from '../sourceIndex.ts';

export const epithetFigure: VerdictRule = {
  name: 'epithetFigure',
  judge(j) {
    const { a, data, draft, published } = j;
    const owner = a.m.owner;
    if (owner === undefined || a.m.value === null) return null;
    let described: SourceEntry | undefined;
    let from = 0;
    for (const e of data.byValue.get(a.family) ?? []) {
      // Any figure the sources give this person by name decides instead.
      if (e.a.m.owner === owner || e.a.m.ownerGiven === owner) return null;
      if (described !== undefined || e.a.m.owner === undefined || e.a.base !== a.base) continue;
      // "The Briton, 30": an owner right before the figure's comma, after "the".
      const toks = data.sources[e.sourceIndex]?.analysis.tokens ?? [];
      const k = e.a.m.tokStart;
      if (toks[k - 1]?.text === ',' && toks[k - 2]?.lower === e.a.m.owner && toks[k - 3]?.lower === 'the') {
        described = e;
        from = toks[k - 3]?.start ?? 0;
      }
    }
    if (described === undefined) return null;
    const src = data.sources[described.sourceIndex]?.analysis.text ?? '';
    return claimOf(draft, a, 'supported',
      `Source: '${short(src.slice(from, described.a.m.end))}', a description of someone it names elsewhere: check it is the draft's person. Draft: '${short(phraseOf(draft.text, a))}'.`,
      [evidenceOf(data, described)], published);
  },
};
