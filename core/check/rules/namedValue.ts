// "Philip Anthony finished second with 1,569 votes" where the source has "Philip Anthony received
// 1,569 (36.33%) and David Sprawls received 848 votes": the source's figure of the same value,
// told of the same name, is the draft's; the better-framed figure beside it is another person's.
// A figure's name outranks its noun: "848 votes" counts votes too, but Sprawls's. So before
// conflicts, a source figure with the draft's value, told right after the very name the draft
// gives its figure, supports it where the conflicting figure is told of another.
import type { Token } from '../../text/tokenize.ts';
import type { AnalysedMention, AnalysedText } from '../analyseText.ts';
import type { VerdictRule } from '../judgement.ts';
import { supportedClaim } from '../supportedClaim.ts';

/** Words back from a figure within which its name stands: "Philip Anthony [received] 1,569", "Anthony [finished second with] 1,569". */
const NAME_REACH = 5;
/** Nouns a number labels rather than counts: "in game six", "at hole 17", "on page 3". */
const LABEL_NOUNS = new Set(['game', 'set', 'round', 'hole', 'stage', 'race', 'match', 'page', 'number', 'no', 'chapter', 'day', 'week', 'level', 'lap', 'heat', 'gate', 'platform', 'room', 'row', 'seat', 'section', 'court', 'pitch', 'tee']);

/** The run of capitalised words nearest before a figure, within its clause: "Philip Anthony", "Natural History Museum". */
function nameRun(text: AnalysedText, m: AnalysedMention): string | undefined {
  const t: readonly Token[] = text.tokens;
  for (let k = m.m.tokStart - 1; k >= Math.max(0, m.m.tokStart - NAME_REACH); k--) {
    const tok = t[k];
    if (!tok || tok.start < m.sentence.start || (tok.type === 'sym' && /^[.;:!?,]$/.test(tok.text))) return undefined;
    if (tok.type !== 'word' || !/^\p{Lu}\p{Ll}/u.test(tok.text)) continue;
    let from = k;
    while (from > 0 && t[from - 1]!.type === 'word' && /^\p{Lu}\p{Ll}/u.test(t[from - 1]!.text) && t[from - 1]!.start >= m.sentence.start) from--;
    // A sentence's first word is capitalised whatever it is.
    if (from === k && t[k - 1] !== undefined && /^[.!?]$/.test(t[k - 1]!.text)) return undefined;
    return t.slice(from, k + 1).map((x) => x.lower.replace(/['’]s$/, '')).join(' ');
  }
  return undefined;
}

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
