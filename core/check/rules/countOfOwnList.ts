// "He listed five things he would campaign on: more jobs, homes, business, childcare and security
// in retirement." A count the draft itself spells out after a colon counts its own list; it is
// supported as derived when the list has that many items and one source sentence names every one
// of them ("'more jobs, more homes, more business, more childcare, more security in retirement'").
// Likewise a list of names in apposition: "with two Liverpool groups, Spirit of Shankly and Spion
// Kop 1906", or right after the counted noun: "Gosden's two other fillies Enable and Coronet". Only
// names: the list ends where an item opens in lower case ("…, Neil Alexander and Nacho Novo, and
// was visited …").
import { isStopword, stem } from '../../frames/lexicon.ts';
import { isCapitalised } from '../../mentions/refiners/refiner.ts';
import type { Token } from '../../text/tokenize.ts';
import type { Evidence } from '../../types.ts';
import { claimOf, quoteOf, short } from '../explain.ts';
import type { VerdictRule } from '../judgement.ts';
import { MAX_LISTED } from '../tuning.ts';

/** Tokens between the count and the colon that opens its list: "five [things he would campaign on]:". */
const COLON_REACH = 8;
const LIST_JOINS = new Set([',', 'and', 'or']);
const LIST_ENDS = new Set(['.', ';', '!', '?', '\n']);

interface Item { readonly words: string[]; named: boolean }

/** The items after token `colon`, each as the stems of its content words and whether it opens with a capital. */
function listItems(tokens: readonly Token[], colon: number): Item[] {
  const items: Item[] = [{ words: [], named: false }];
  for (let i = colon + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (LIST_ENDS.has(t.text)) break;
    const item = items[items.length - 1]!;
    if (LIST_JOINS.has(t.lower)) {
      if (item.words.length > 0) items.push({ words: [], named: false });
      continue;
    }
    if (t.type !== 'word') continue;
    if (item.words.length === 0) item.named = isCapitalised(t);
    if (!isStopword(t.lower)) item.words.push(stem(t.lower));
  }
  return items.filter((it) => it.words.length > 0);
}

export const countOfOwnList: VerdictRule = {
  name: 'countOfOwnList',
  judge(j) {
    const { a, data, draft, published } = j;
    const n = a.m.value;
    if (a.family !== 'count' || n === null || a.m.bound !== undefined || n < 2 || n > MAX_LISTED || !Number.isInteger(n)) return null;
    const dt = draft.tokens;
    let colon = -1;
    for (let i = a.m.tokEnd; i < dt.length && i <= a.m.tokEnd + COLON_REACH; i++) {
      if (dt[i]?.text === ':' || dt[i]?.text === ',') { colon = i; break; }
      if (LIST_ENDS.has(dt[i]?.text ?? '')) break;
      // "Gosden's two other fillies Enable and Coronet": names right after the counted noun,
      // not a name modifying it ("two former Ibrox players, …").
      // Nor a place or a name after a preposition ("three others in California and another …").
      if (i > a.m.tokEnd && isCapitalised(dt[i]) && dt[i - 1]?.type === 'word' && !isCapitalised(dt[i - 1]) && !isStopword(dt[i - 1]!.lower)) {
        let j = i;
        while (isCapitalised(dt[j + 1])) j++;
        if (dt[j + 1]?.lower === 'and' || dt[j + 1]?.text === ',') { colon = i - 1; break; }
      }
    }
    if (colon < 0) return null;
    const named = dt[colon]?.text !== ':';
    let items = listItems(dt, colon);
    // A list of names ends where a lower-case word opens the next item: "two former players,
    // Neil Alexander and Nacho Novo, and was visited by …" lists two.
    if (named) {
      const end = items.findIndex((it) => !it.named);
      if (end >= 0) items = items.slice(0, end);
    }
    if (items.length !== n) return null;
    for (const src of data.sources) {
      const st = src.analysis.tokens;
      // Sentences and tokens both run in text order: one walk gives each sentence its words,
      // not a scan of the whole source per sentence.
      let k = 0;
      for (const sentence of src.analysis.sentences) {
        while (k < st.length && st[k]!.start < sentence.start) k++;
        const words = new Set<string>();
        for (let i = k; i < st.length && st[i]!.start < sentence.end; i++) {
          const t = st[i]!;
          if (t.end <= sentence.end && t.type === 'word') words.add(stem(t.lower));
        }
        if (!items.every((it) => it.words.some((w) => words.has(w)))) continue;
        const q = quoteOf(src.analysis.text, sentence, sentence.start, sentence.end);
        const ev: Evidence = { sourceId: src.doc.id, start: q.start, end: q.end, quote: q.quote, value: q.quote, valueStart: q.start, valueEnd: q.end };
        return claimOf(draft, a, 'supported', `Derived: the draft lists ${n}, and the source names each: '${short(q.quote)}'. Draft: '${short(draft.text.slice(a.m.start, a.m.end))}'.`, [ev], published);
      }
    }
    return null;
  },
};
