// "the late 16th Century" against the source's "the early 16th Century", "the mid-1990s" against
// "the late 1990s": a period's part is part of the figure. The same century said of another part
// of it is another time, so the draft's is contradicted, side by side; without a part word on
// either side, the rules after this one read the century as usual.
import { claimOf, evidenceOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import type { Token } from '../../text/tokenize.ts';

/** The part of a period a word names. */
const PARTS = new Map([['early', 'early'], ['mid', 'mid'], ['middle', 'mid'], ['late', 'late']]);

/** The part word right before a figure ("late 16th", "mid-1990s", "the early part of …" not read). */
function partBefore(tokens: readonly Token[], at: number): string | undefined {
  const prev = tokens[at - 1];
  if (prev && (prev.text === '-' || prev.text === '‑') && prev.spaced === false) return PARTS.get(tokens[at - 2]?.lower ?? '');
  return PARTS.get(prev?.lower ?? '');
}

/** Whether the figure names a period a part word can take: "16th Century", "1990s". */
function isPeriod(tokens: readonly Token[], end: number, text: string): boolean {
  return /^centur(?:y|ies)$/i.test(tokens[end]?.text ?? '') || /\d0s$/.test(text);
}

export const partOfPeriod: VerdictRule = {
  name: 'partOfPeriod',
  judge(j) {
    const { a, draft, data, published, dText } = j;
    const dt = draft.tokens;
    if (!isPeriod(dt, a.m.tokEnd, dText)) return null;
    const mine = partBefore(dt, a.m.tokStart);
    for (const s of j.scored) {
      if (s.rel !== 'entails' || s.e.a.m.value !== a.m.value) continue;
      const src = data.sources[s.e.sourceIndex];
      if (!src) continue;
      const st = src.analysis.tokens;
      if (!isPeriod(st, s.e.a.m.tokEnd, src.analysis.text.slice(s.e.a.m.start, s.e.a.m.end))) continue;
      const theirs = partBefore(st, s.e.a.m.tokStart);
      if (mine === undefined || theirs === undefined || mine === theirs) continue;
      const ev = evidenceOf(data, s.e);
      const noun = (tokens: readonly Token[], end: number) => (/^centur/i.test(tokens[end]?.text ?? '') ? ` ${tokens[end]!.text}` : '');
      return claimOf(draft, a, 'contradicted', `Source: '${theirs} ${short(ev.value ?? src.analysis.text.slice(s.e.a.m.start, s.e.a.m.end))}${noun(st, s.e.a.m.tokEnd)}'. Draft: '${mine} ${short(dText)}${noun(dt, a.m.tokEnd)}'.`, [ev], published);
    }
    return null;
  },
};
