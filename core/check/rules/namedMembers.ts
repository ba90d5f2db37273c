// A count of places or things the source names one by one: "damaged houses across two mountain
// districts" where the source has "in the districts of Jumla and Kalikot"; "three airports" for
// "Heathrow, Gatwick and Stansted airports"; "seven counties" for "The affected counties are
// Conwy, Anglesey, … and Powys". The names are the members of the set the draft
// counts, so their number is the draft's figure. Tried before conflicts, where a figure in the
// same sentence ("340 were destroyed") would read as another value of the count.
import { stem } from '../../frames/lexicon.ts';
import type { Token } from '../../text/tokenize.ts';
import type { AnalysedText } from '../analyseText.ts';
import { claimOf, short } from '../explain.ts';
import { perText } from '../perText.ts';
import type { VerdictRule } from '../judgement.ts';
import { MAX_NAMED_MEMBERS } from '../tuning.ts';

/** Names in a list starting at token `i`: "Jumla and Kalikot", "Heathrow, Gatwick and Stansted". */
function namesAt(toks: readonly Token[], i: number): { count: number; end: number } {
  let count = 0;
  let k = i;
  for (;;) {
    const t = toks[k];
    if (!t || t.type !== 'word' || !/^[A-Z]/.test(t.text)) break;
    // A name may run over several capitalised words ("New Delhi").
    while (toks[k + 1]?.type === 'word' && /^[A-Z]/.test(toks[k + 1]?.text ?? '')) k++;
    count++;
    const sep = toks[k + 1];
    if (sep?.text === ',' && toks[k + 2]?.lower === 'and') { k += 3; continue; }
    if (sep?.text === ',' || sep?.lower === 'and') { k += 2; continue; }
    return { count, end: k + 1 };
  }
  // A list ends on a name: a trailing "and" or comma was not one.
  return { count: 0, end: i };
}

/** Token indices of each plural noun's stem in a text, found once per text. */
const pluralsOf = perText((t: AnalysedText): Map<string, number[]> => {
  const at = new Map<string, number[]>();
  t.tokens.forEach((tok, k) => {
    if (tok.type !== 'word' || !/s$/.test(tok.lower)) return;
    const key = stem(tok.lower);
    const list = at.get(key) ?? [];
    list.push(k);
    at.set(key, list);
  });
  return at;
});

export const namedMembers: VerdictRule = {
  name: 'namedMembers',
  judge(j) {
    const { a, data, draft, published, dText } = j;
    const n = a.m.value;
    const head = a.frame.head;
    if (a.family !== 'count' || n === null || n < 2 || n > MAX_NAMED_MEMBERS || !Number.isInteger(n) || a.m.bound !== undefined || head === undefined) return null;
    for (let si = 0; si < data.sources.length; si++) {
      const src = data.sources[si];
      if (!src) continue;
      const toks = src.analysis.tokens;
      // The set's own noun, in the plural: "districts" for the draft's "two mountain districts".
      for (const k of pluralsOf(src.analysis).get(head) ?? []) {
        const t = toks[k];
        if (!t) continue;
        // "the districts of Jumla and Kalikot" …
        let list = toks[k + 1]?.lower === 'of' ? namesAt(toks, k + 2) : { count: 0, end: k };
        let from = k;
        let to = list.end;
        // … or "Jumla and Kalikot districts".
        if (list.count < 2) {
          let b = k - 1;
          while (b >= 0 && (toks[b]?.type === 'word' && /^[A-Z]/.test(toks[b]?.text ?? '') || toks[b]?.lower === 'and' || toks[b]?.text === ',')) b--;
          list = namesAt(toks, b + 1);
          from = b + 1;
          to = k + 1;
          if (list.end !== k) list = { count: 0, end: k };
        }
        // … or "The affected counties are Conwy, Anglesey … and Powys", "the districts hit were …".
        if (list.count < 2) {
          let c = k + 1;
          if (/ed$/.test(toks[c]?.lower ?? '') || toks[c]?.lower === 'hit') c++;
          if (toks[c]?.lower === 'are' || toks[c]?.lower === 'were') {
            const named = namesAt(toks, c + 1);
            if (named.count >= 2) { list = named; from = k; to = named.end; }
          }
        }
        if (list.count !== n) continue;
        const start = toks[from]?.start ?? t.start;
        const end = toks[to - 1]?.end ?? t.end;
        const quote = src.analysis.text.slice(start, end);
        const ev = { sourceId: src.doc.id, start, end, quote, value: quote, valueStart: start, valueEnd: end };
        return claimOf(draft, a, 'supported', `Derived: '${short(quote)}' names ${n}. Draft: '${short(dText)}'.`, [ev], published);
      }
    }
    return null;
  },
};
