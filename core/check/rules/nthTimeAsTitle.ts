// "Woods won the Masters for a fifth time" for "won a fifth Masters title"; "Germany won the
// World Cup for the fourth time" for "Germany's fourth world title": the how-many-th time
// something was won is the how-many-th title, win or crown. The ordinal's nouns differ ("time",
// "title"), so the rule that ranks a noun passes it by; the words around both must still meet
// (the Masters, the World Cup), since a story has many fifths.
import { stem } from '../../frames/lexicon.ts';
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';

const TIME = stem('time');
/** Nouns of a thing won, whose ordinal counts the times it was won. */
const WON = new Set(['title', 'titles', 'win', 'victory', 'crown', 'championship', 'triumph', 'trophy', 'cup', 'major', 'medal', 'gold'].map(stem));
/** Frame score the source's ordinal must reach: the event's words, not the ordinal alone. */
const SHARED_CONTEXT = 1;

export const nthTimeAsTitle: VerdictRule = {
  name: 'nthTimeAsTitle',
  judge(j) {
    const { a, draft, scored, conflicts } = j;
    if (a.m.kind !== 'ordinal' || a.m.value === null || a.frame.head !== TIME) return null;
    // "for a fifth time", "for the fourth time".
    const t = draft.tokens;
    if (t[a.m.tokStart - 2]?.lower !== 'for' || !/^(?:a|the)$/.test(t[a.m.tokStart - 1]?.lower ?? '')) return null;
    const same = scored.find((s) => s.rel === 'entails' && s.close && s.e.a.m.kind === 'ordinal' && s.e.a.m.value === a.m.value
      && s.e.a.frame.head !== undefined && WON.has(s.e.a.frame.head) && s.score >= SHARED_CONTEXT);
    return same ? supportedClaim(j, same, conflicts) : null;
  },
};
