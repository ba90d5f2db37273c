// "Honey Rose denies one count of gross negligence manslaughter" where the source says she "denies
// a charge of gross negligence manslaughter": "a" before a noun states one of it, and a draft that
// writes the one out states no more. So does "the" before a singular noun: "one update had been
// shared 948 times" where the source says "The update was shared 948 times". Supported when a source writes the draft's noun (or a
// synonym) after "a" or "an" beside a word the draft's figure has beside it too, so the one is of
// the same thing told of the same act; the source's "a" is no figure of its own to cite, so the
// passage is.
import { stem } from '../../frames/lexicon.ts';
import { claimOf, passageEvidence, phraseOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';

/** Plurals without an "-s", which "the" does not make one of. */
const PLURALS = new Set(['men', 'women', 'children', 'people', 'police', 'staff', 'data']);

/** Relative pronouns that open a clause describing the noun before them. */
const RELATIVE = /^(?:who|which|that)$/;

/** Token index of the draft figure's head noun, right after the figure ("One driver"), or -1. */
function draftHeadAt(j: Parameters<VerdictRule['judge']>[0]): number {
  const next = j.draft.tokens[j.a.m.tokEnd];
  return next !== undefined && stem(next.lower) === j.a.frame.head ? j.a.m.tokEnd : -1;
}

/** Tokens either side of the source's noun in which a word of the draft's figure must recur. */
const CONTEXT_REACH = 6;

export const oneAsArticle: VerdictRule = {
  name: 'oneAsArticle',
  judge(j) {
    const { a, data, draft, published } = j;
    const head = a.frame.head;
    if (a.m.value !== 1 || !a.m.words || a.m.bound !== undefined || a.family !== 'count' || head === undefined || a.frame.near.size === 0) return null;
    for (const src of data.sources) {
      const t = src.analysis.tokens;
      for (let i = 0; i + 1 < t.length; i++) {
        const det = t[i]!.lower;
        if (det !== 'a' && det !== 'an' && det !== 'the') continue;
        // "a charge", "a single charge", "a consolation bonus point": the noun right after, or
        // after up to two modifiers, with no break between.
        const run = [t[i + 1], t[i + 2], t[i + 3]];
        const stop = run.findIndex((x) => x === undefined || x.type !== 'word');
        const noun = (stop < 0 ? run : run.slice(0, stop)).find((x) => x !== undefined && stem(x.lower) !== '' && agrees(head, stem(x.lower)));
        if (!noun) continue;
        // "The update was shared 948 times" is one update too, but "the updates" are not.
        if (det === 'the' && (/[^s]s$/.test(noun.lower) || PLURALS.has(noun.lower))) continue;
        const at = t.indexOf(noun, i);
        const around = t.slice(Math.max(0, at - CONTEXT_REACH), at + CONTEXT_REACH + 1).map((x) => stem(x.lower));
        // "One driver who saw the crash" for "A driver who witnessed the accident": the same noun
        // with a relative clause of its own picks out one person either way, in other words.
        const headAt = draftHeadAt(j);
        const relative = headAt >= 0 && RELATIVE.test(t[at + 1]?.lower ?? '') && RELATIVE.test(draft.tokens[headAt + 1]?.lower ?? '');
        if (!relative && !around.some((w) => a.frame.near.has(w))) continue;
        const [start, end] = [t[i]!.start, noun.end];
        const sentence = src.analysis.sentences.find((s) => s.start <= start && end <= s.end) ?? { start, end };
        const evidence = passageEvidence(src.doc.id, src.analysis.text, sentence, start, end);
        return claimOf(draft, a, 'supported', `Source: '${short(evidence.value)}'. Draft: '${short(phraseOf(draft.text, a))}'.`, [evidence], published);
      }
    }
    return null;
  },
};

/** The same noun, or one that names the same thing; never a mere shared concept ("one player", "a coach"). */
function agrees(head: string, other: string): boolean {
  return head === other || SAME_THINGS.some((g) => g.has(head) && g.has(other));
}

/** Nouns a legal story uses for one thing: a count on an indictment is a charge. */
const SAME_THINGS: readonly ReadonlySet<string>[] = [
  new Set(['count', 'charge', 'offence', 'offense'].map(stem)),
];
