// A mention refiner: one small rule run after the scanner over all of a text's mentions, in the
// order configuration.ts gives. It may relabel, merge, drop or add mentions, never reorder them.
import type { Token } from '../../text/tokenize.ts';
import type { RawMention } from '../scanMentions.ts';

export interface RefineContext {
  readonly text: string;
  readonly tokens: readonly Token[];
}

export interface MentionRefiner {
  readonly name: string;
  refine(ctx: RefineContext, mentions: RawMention[]): RawMention[];
}

/** Index of the token starting exactly at `offset`, or of the first token after it. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

const SENTENCE_END = new Set(['.', '!', '?', '"', '“', '”', ':', '\n']);

/** True when token i opens a sentence (its capital says nothing about a name). */
export function opensSentence(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // The full stop of an initial ("U.S. Highway 101", "J.R.R. Tolkien") ends no sentence.
  if (prev?.text === '.' && /^\p{Lu}$/u.test(tokens[i - 2]?.text ?? '') && !prev.spaced) return false;
  return prev === undefined || (prev.type === 'sym' && SENTENCE_END.has(prev.text));
}

export function isCapitalised(t: Token | undefined): boolean {
  if (!t || t.type !== 'word') return false;
  const c = t.text[0] ?? '';
  return c !== c.toLowerCase();
}

/**
 * Adds to `out` an ordinal a word states without a number ("maiden", "top spot", "completed the
 * podium") at tokens [from, to), unless a mention already stands on its first token. Implied only:
 * a draft's own such word is the writer's, no figure to check. Returns whether it was added.
 */
export function addImpliedOrdinal(out: RawMention[], tokens: readonly Token[], from: number, to: number, value: number, owner?: string): boolean {
  const first = tokens[from]!;
  if (out.some((m) => m.start < first.end && first.start < m.end)) return false;
  out.push({ start: first.start, end: tokens[to - 1]!.end, kind: 'ordinal', value, tokStart: from, tokEnd: to, precision: 1, words: true, impliedOnly: true, ...(owner ? { owner } : {}) });
  return true;
}

