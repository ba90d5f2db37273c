// "the national tests, which cover three subjects" where the source has "the national tests,
// which assess English, maths and science": a count of a set the source lists item by item
// without naming the set. Supported as derived when one source sentence that tells the same
// statement (it shares at least LIST_SHARED_WORDS content words with the draft's sentence) holds a
// list of exactly that many items, three or more ("A, B and C": two joined by "and" are too
// common to count anything), and the source gives the draft's noun no other count there. A draft
// that names the list's last item after its count ("three Scottish clubs and Edinburgh Rugby" for
// "Celtic, Hibs, Hearts and Edinburgh Rugby") counts the others.
import { isStopword, stem } from '../../frames/lexicon.ts';
import { tokenAt } from '../../mentions/refiners/refiner.ts';
import type { Token } from '../../text/tokenize.ts';
import type { AnalysedText } from '../analyseText.ts';
import { claimOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { perText } from '../perText.ts';
import { LIST_SHARED_WORDS, MAX_LISTED } from '../tuning.ts';

/** Words an item may run over: "English, maths and computer science". */
const ITEM_WORDS = 2;

interface SourceList {
  readonly count: number;
  readonly start: number;
  readonly end: number;
  /** Content-word stems of the sentence outside the list. */
  readonly words: ReadonlySet<string>;
}

/**
 * A word an item may be made of. Not a number: "four people, three men and one woman" lists
 * groups with their counts, not three members of a set.
 */
const content = (t: Token | undefined): boolean => t !== undefined && t.type === 'word' && t.lower.length > 2 && !isStopword(t.lower) && !NUMBER_WORD.test(t.lower);
const NUMBER_WORD = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|dozen|dozens|hundreds|thousands)$/;

/** Articles an item may open with: "a bakery, a pottery and a bike shop". */
const ARTICLES = new Set(['a', 'an', 'the']);

/** The list that starts at token `i`: items of one or two content words joined by commas, the last by "and" or "or". */
function listAt(toks: readonly Token[], i: number, end: number): { count: number; end: number } | undefined {
  let k = i;
  let count = 0;
  for (;;) {
    let w = 0;
    if (count > 0 && ARTICLES.has(toks[k]?.lower ?? '')) k++;
    while (k < end && w < ITEM_WORDS && content(toks[k])) { k++; w++; }
    if (w === 0) return undefined;
    count++;
    const sep = toks[k]?.lower;
    if (sep === ',' && (toks[k + 1]?.lower === 'and' || toks[k + 1]?.lower === 'or')) { k += 2; continue; }
    if (sep === 'and' || sep === 'or') {
      // The last item follows; the list ends after it.
      let v = 0;
      k++;
      if (ARTICLES.has(toks[k]?.lower ?? '')) k++;
      while (k < end && v < ITEM_WORDS && content(toks[k])) { k++; v++; }
      if (v === 0) return undefined;
      count++;
      return count >= 3 ? { count, end: k } : undefined;
    }
    if (sep === ',') { k++; continue; }
    return undefined;
  }
}

/** Every list of three or more items in a source, with the words of its sentence, found once per text. */
const sourceLists = perText((t: AnalysedText): SourceList[] => {
  const out: SourceList[] = [];
  for (const s of t.sentences) {
    const first = tokenAt(t.tokens, s.start);
    const last = tokenAt(t.tokens, s.end);
    for (let i = first; i < last; i++) {
      // A list opens after a word that is not part of it: a verb, a preposition, a colon.
      const opens = i;
      if (ARTICLES.has(t.tokens[i]?.lower ?? '') && content(t.tokens[i + 1])) i++;
      if (!content(t.tokens[i]) || (i === opens && content(t.tokens[i - 1]))) continue;
      let l = listAt(t.tokens, i, last);
      if (!l || l.count > MAX_LISTED) continue;
      // "assess English, maths and science": the verb is no part of the first item.
      const shorter = listAt(t.tokens, i + 1, last);
      const from = shorter && shorter.count === l.count && shorter.end === l.end ? i + 1 : opens;
      if (from !== opens) l = shorter!;
      const words = new Set<string>();
      for (let k = first; k < last; k++) if ((k < from || k >= l.end) && content(t.tokens[k])) words.add(stem(t.tokens[k]!.lower));
      out.push({ count: l.count, start: t.tokens[from]!.start, end: t.tokens[l.end - 1]!.end, words });
      i = l.end - 1;
    }
  }
  return out;
});

/** Longest counted noun phrase, in tokens, before "and" + a name ("Scottish football clubs"). */
const NOUN_PHRASE = 4;

/**
 * The name after the counted noun phrase and "and" that closes the phrase: "three Scottish
 * football clubs and Edinburgh Rugby" gives "Edinburgh Rugby"; undefined when there is none.
 */
function namedAfter(toks: readonly Token[], from: number, end: number): string | undefined {
  for (let k = from; k < Math.min(toks.length, from + NOUN_PHRASE + 1); k++) {
    const t = toks[k]!;
    if (t.start >= end || t.type !== 'word') return undefined;
    if (t.lower !== 'and') continue;
    let e = k + 1;
    while (e < toks.length && toks[e]!.type === 'word' && /^\p{Lu}/u.test(toks[e]!.text)) e++;
    const closes = e >= toks.length || toks[e]!.start >= end || /^[.,;:!?]$/.test(toks[e]!.text);
    return e > k + 1 && e - k - 1 <= ITEM_WORDS && closes ? toks.slice(k + 1, e).map((w) => w.text).join(' ') : undefined;
  }
  return undefined;
}

export const countOfSourceList: VerdictRule = {
  name: 'countOfSourceList',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const n = a.m.value;
    const head = a.frame.head;
    if (a.family !== 'count' || n === null || !Number.isInteger(n) || n < 3 || n > MAX_LISTED || a.m.bound !== undefined || head === undefined) return null;
    const toks = draft.tokens;
    const dWords = new Set<string>();
    for (let k = tokenAt(toks, a.sentence.start); k < toks.length && (toks[k]?.start ?? Infinity) < a.sentence.end; k++) {
      if (content(toks[k]) && (k < a.m.tokStart || k >= a.m.tokEnd)) dWords.add(stem(toks[k]!.lower));
    }
    const plus = namedAfter(toks, a.m.tokEnd, a.sentence.end);
    for (const src of data.sources) {
      for (const l of sourceLists(src.analysis)) {
        if (l.words.has(head)) continue;
        // "three Scottish clubs and Edinburgh Rugby" for "Celtic, Hibs, Hearts and Edinburgh
        // Rugby": the draft names the list's last item, and counts the rest.
        const endsWithNamed = plus !== undefined && src.analysis.text.slice(l.start, l.end).toLowerCase().endsWith(` ${plus.toLowerCase()}`);
        const named = endsWithNamed && l.count === n + 1;
        if (endsWithNamed ? !named : l.count !== n) continue;
        let shared = 0;
        for (const w of dWords) if (l.words.has(w)) shared++;
        // A named item the two share ties the statements as a shared word does.
        if (shared + (named ? 1 : 0) < LIST_SHARED_WORDS) continue;
        const quote = src.analysis.text.slice(l.start, l.end);
        const ev = { sourceId: src.doc.id, start: l.start, end: l.end, quote, value: quote, valueStart: l.start, valueEnd: l.end };
        const says = l.count === n ? `lists ${n}` : `lists ${l.count}, ${plus} among them, so ${n} others`;
        return claimOf(draft, a, 'supported', `Derived: '${short(quote)}' ${says}. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};
