// "The favourite beat Vintage Folly into second" where the source has "she beat runner-up Vintage
// Folly by a length": a race or a final names its second place "runner-up" as often as
// "second". A draft's "second" is supported by a source sentence that says runner-up and tells
// the same result (shared words); the word is no figure of its own to cite, so the passage is.
import { claimOf, phraseOf, short } from '../explain.ts';
import { namedOtherwise } from '../namedOtherwise.ts';
import type { VerdictRule } from '../judgement.ts';
import { SHARED_EVENT_WORDS, sharedWordsWith } from '../sharedWords.ts';

const RUNNER_UP = /\brunners?[-\s]up\b/i;
/** Tokens before the draft's "second" in which the name of who came second stands. */
const NAME_REACH = 4;
/** Characters either side of the source's "runner-up" in which that name must stand. */
const NAME_CHARS = 40;

/** Words before a draft's "second" that make it a finishing place: "into second", "finished second", "was second". */
const PLACE_BEFORE = /^(?:into|in|finished|finishing|came|coming|was|were|ended|placed|home)$/;

export const runnerUp: VerdictRule = {
  name: 'runnerUp',
  judge(j) {
    const { a, data, draft, published } = j;
    if (a.m.kind !== 'ordinal' || a.m.value !== 2 || !PLACE_BEFORE.test(draft.tokens[a.m.tokStart - 1]?.lower ?? '')) return null;
    // "into second", "finished second place": no other noun after it.
    const next = draft.tokens[a.m.tokEnd];
    if (next && next.type === 'word' && !/^(?:place|spot|and|but|with|behind|to|in|at|on|after|by)$/.test(next.lower)) return null;
    // Who came second: the name just before it ("beat Vintage Folly into second").
    const names = draft.tokens.slice(Math.max(0, a.m.tokStart - NAME_REACH), a.m.tokStart).filter((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text)).map((t) => t.lower);
    if (names.length === 0) return null;
    const evidence = namedOtherwise(data, RUNNER_UP, (source, sentence, at, match) => {
      if (sharedWordsWith(draft, a, source, sentence) < SHARED_EVENT_WORDS) return false;
      // The source names the same runner-up beside the word.
      const around = source.text.slice(Math.max(sentence.start, at - NAME_CHARS), Math.min(sentence.end, at + match.length + NAME_CHARS)).toLowerCase();
      const words = new Set(around.match(/\p{L}+/gu) ?? []);
      return names.some((n) => words.has(n));
    });
    if (evidence) return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}', second place. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidence], published);
    return null;
  },
};
