// "Philip Anthony finished second with 1,569 votes" where the source has "Philip Anthony received
// 1,569 (36.33%) and David Sprawls received 848 votes": the source's figure of the same value,
// told of the same name, is the draft's; the better-framed figure beside it is another person's.
// A figure's name outranks its noun: "848 votes" counts votes too, but Sprawls's. So before
// conflicts, a source figure with the draft's value, told right after the very name the draft
// gives its figure, supports it where the conflicting figure is told of another.
import type { VerdictRule } from '../judgement.ts';
import { nameRun } from '../namedNearFigure.ts';
import { supportedClaim } from '../supportedClaim.ts';

/** Nouns a number labels rather than counts: "in game six", "at hole 17", "on page 3". */
const LABEL_NOUNS = new Set(['game', 'set', 'round', 'hole', 'stage', 'race', 'match', 'page', 'number', 'no', 'chapter', 'day', 'week', 'level', 'lap', 'heat', 'gate', 'platform', 'room', 'row', 'seat', 'section', 'court', 'pitch', 'tee']);

export const namedValue: VerdictRule = {
  name: 'namedValue',
  judge(j) {
    const c = j.bestConflict;
    const { a, data, draft } = j;
    if (!c || a.m.value === null) return null;
    const name = nameRun(draft, a);
    if (name === undefined) return null;
    const run = (x: typeof c): string | undefined => { const src = data.sources[x.e.sourceIndex]?.analysis; return src && nameRun(src, x.e.a); };
    if (run(c) === name) return null;
    const labelled = (x: typeof c): boolean => LABEL_NOUNS.has(data.sources[x.e.sourceIndex]?.analysis.tokens[x.e.a.m.tokStart - 1]?.lower ?? '');
    const own = j.scored.find((x) => x.rel === 'entails' && x.close && x.e.a.family === a.family && x.e.a.m.value === a.m.value && x.e.a.m.bound === a.m.bound
      && (x.e.a.frame.head === undefined || x.e.a.frame.head === a.frame.head) && !labelled(x) && run(x) === name);
    return own ? supportedClaim(j, own, []) : null;
  },
};
