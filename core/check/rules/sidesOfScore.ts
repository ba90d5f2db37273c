// A score told side by side in words: "by 329 votes to 300" for the source's "329-300"; "winning
// 33 receiving points to Vondrousova's 18" for "receiving points won (33-18)". Copy spells out a
// tally that a source writes as a score, one side's figure, "to", the other's. Each side is then
// that score's side, stated by it: supported when a source gives the score with both sides, in
// either order, before another figure of the same noun (the majority of 29 votes) reads as a
// conflict with either.
import type { AnalysedMention } from '../analyseText.ts';
import { claimOf, evidenceOf, short, sourcePhrase } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { sentenceMentions } from '../sentenceMentions.ts';
import type { Token } from '../../text/tokenize.ts';

/** Words of the first side's noun that may stand before "to": "329 votes to 300", "33 receiving points to …". */
const NOUN_WORDS = 3;

/** A plain count that may be a side of a score: one value, no bound, no rank. */
const side = (p: AnalysedMention): boolean => p.family === 'count' && p.m.value !== null && p.m.high === undefined
  && p.m.bound === undefined && p.m.kind !== 'ordinal' && p.m.kind !== 'age';

/**
 * Whether the words between two figures join them as the sides of one score: the first's noun,
 * "to", and the other side's name in the possessive ("… to Vondrousova's 18", "… to her rival's two").
 */
function joinsSides(tokens: readonly Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to);
  const at = words.findIndex((t) => t.lower === 'to');
  if (at < 0 || at > NOUN_WORDS || words.slice(0, at).some((t) => t.type !== 'word')) return false;
  const after = words.slice(at + 1);
  if (after.length === 0) return true;
  // "to Vondrousova's", "to her rival's", "to the Tories' ": a possessive of at most three words.
  const last = after[after.length - 1]!;
  return /['’]s?$/.test(last.text) && after.length <= 4;
}

export const sidesOfScore: VerdictRule = {
  name: 'sidesOfScore',
  judge(j) {
    const { a, data, draft, published } = j;
    if (!side(a)) return null;
    const ms = sentenceMentions(draft, a.sentence.start);
    const k = ms.indexOf(a);
    const next = ms[k + 1];
    const prev = ms[k - 1];
    const other = next && side(next) && joinsSides(draft.tokens, a.m.tokEnd, next.m.tokStart) ? next
      : prev && side(prev) && joinsSides(draft.tokens, prev.m.tokEnd, a.m.tokStart) ? prev : undefined;
    if (!other) return null;
    const pair = [a.m.value, other.m.value].sort((x, y) => (x ?? 0) - (y ?? 0)).join();
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si]!;
      const score = src.analysis.mentions.find((s) => s.m.kind === 'score' && s.m.value !== null && s.m.high !== undefined
        && [s.m.value, s.m.high].sort((x, y) => (x ?? 0) - (y ?? 0)).join() === pair);
      if (!score) continue;
      const told = draft.text.slice(Math.min(a.m.start, other.m.start), Math.max(a.m.end, other.m.end));
      return claimOf(draft, a, 'supported', `Source: '${short(sourcePhrase(data, { sourceIndex: si, a: score }))}', the score told side by side. Draft: '${short(told)}'.`, [evidenceOf(data, { sourceIndex: si, a: score })], published);
    }
    return null;
  },
};
