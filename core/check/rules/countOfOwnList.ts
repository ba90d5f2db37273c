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
import { MAX_OWN_LISTED } from '../tuning.ts';

/** Tokens between the count and the colon that opens its list: "five [things he would campaign on]:". */
const COLON_REACH = 8;
const LIST_JOINS = new Set([',', 'and', 'or']);
const LIST_ENDS = new Set(['.', ';', '!', '?', '\n']);
/** A dash that sets off an aside: an en or em dash, or a hyphen with spaces round it. */
function isDash(t: Token | undefined): boolean {
  return t !== undefined && (t.text === '—' || t.text === '–' || (t.text === '-' && t.spaced === true));
}

/** Words that open a relative clause about the item before them. */
const RELATIVES = new Set(['which', 'who', 'whose', 'whom', 'where']);

interface Item { readonly words: string[]; named: boolean; determined: boolean }

/**
 * The items after token `colon`, each as the stems of its content words and whether it opens with
 * a capital; closed when an "and" or "or" joined its last item, so the list ends there.
 */
function listItems(tokens: readonly Token[], colon: number): { items: Item[]; closed: boolean } {
  const items: Item[] = [{ words: [], named: false, determined: false }];
  let closed = false;
  for (let i = colon + 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (LIST_ENDS.has(t.text) || isDash(t)) break;
    const item = items[items.length - 1]!;
    // "Sinn Féin and Alliance, and a Presbyterian minister": the "and" closed the list; a comma
    // after its last item ends it.
    if (t.text === ',' && closed && item.words.length > 0) break;
    if (t.lower === 'and' || t.lower === 'or') closed = true;
    // "the ITU, which manages the spectrum, and the ICAO": a relative clause tells of the item
    // before it and is no item of its own; it runs to the next comma.
    if (t.text === ',' && RELATIVES.has(tokens[i + 1]?.lower ?? '') && item.words.length > 0) {
      i++;
      while (i + 1 < tokens.length && tokens[i + 1]!.text !== ',' && !LIST_ENDS.has(tokens[i + 1]!.text)) i++;
      continue;
    }
    if (LIST_JOINS.has(t.lower)) {
      if (item.words.length > 0) items.push({ words: [], named: false, determined: false });
      continue;
    }
    addWord(item, t);
  }
  return { items: items.filter((it) => it.words.length > 0), closed };
}

/** A word of a listed item: its first says whether the item is a name or a determined phrase. */
function addWord(item: Item, t: Token): void {
  if (t.type !== 'word') return;
  if (item.words.length === 0 && !item.determined) {
    item.named = isCapitalised(t);
    item.determined = DETERMINERS.has(t.lower);
  }
  if (!isStopword(t.lower)) item.words.push(stem(t.lower));
}

/**
 * Words that open a listed noun phrase: "a pen, an apple and a pineapple", "her sister and her
 * father", "the semi-final and the final". A list in apposition is of names or of such phrases.
 */
const DETERMINERS = new Set(['a', 'an', 'the', 'her', 'his', 'their', 'its', 'our', 'my', 'herself', 'himself', 'themselves']);

/**
 * Words after a count that close the list before it, right after it or after its noun: "Smith,
 * David and his sister, three people [in all]", read on the three words after the count.
 */
const IN_ALL = /^(?:\S+ )?(?:in all|in total|altogether|between them|among them)(?: |$)/;

/** The list before a count in apposition ("Mrs Smith, David and his sister, three people in all"), from the sentence start. */
function listBefore(tokens: readonly Token[], from: number, comma: number): Item[] {
  const items: Item[] = [];
  let current: Item = { words: [], named: false, determined: false };
  for (let i = from; i < comma; i++) {
    const t = tokens[i]!;
    if (LIST_JOINS.has(t.lower)) {
      if (current.words.length > 0) items.push(current);
      current = { words: [], named: false, determined: false };
      continue;
    }
    addWord(current, t);
  }
  if (current.words.length > 0) items.push(current);
  return items;
}

/**
 * The names listed right before the comma at `comma`, back to the first word that is neither a
 * name nor a join ("at [Apple, Microsoft and Google]"): empty unless an "and" or "or" closes
 * them and every item is a name.
 */
function namesJustBefore(tokens: readonly Token[], comma: number): Item[] {
  let from = comma;
  while (from > 0 && (isCapitalised(tokens[from - 1]) || LIST_JOINS.has(tokens[from - 1]!.lower))) from--;
  // A sentence's first word is capitalised whatever it is: the list may not run into it.
  if (from === 0 || /^[.!?\n]$/.test(tokens[from - 1]?.text ?? '')) return [];
  const joined = tokens.slice(from, comma).some((t) => t.lower === 'and' || t.lower === 'or');
  const items = listBefore(tokens, from, comma);
  return joined && items.every((it) => it.named) ? items : [];
}

/** Pronouns an item may be: the subject itself ("the two sisters, herself and Nicole"). */
const REFLEXIVES = new Set(['herself', 'himself', 'themselves', 'myself', 'ourselves']);

/** Whether every item's words occur somewhere in the sources: the list is the story's, told apart. */
function groundedApart(items: readonly Item[], sourceWords: ReadonlySet<string>): boolean {
  return items.every((it) => it.words.some((w) => sourceWords.has(w) || REFLEXIVES.has(w)));
}

export const countOfOwnList: VerdictRule = {
  name: 'countOfOwnList',
  judge(j) {
    const { a, data, draft, published } = j;
    const n = a.m.value;
    if (a.family !== 'count' || n === null || a.m.bound !== undefined || n < 2 || n > MAX_OWN_LISTED || !Number.isInteger(n)) return null;
    const dt = draft.tokens;
    let colon = -1;
    for (let i = a.m.tokEnd; i < dt.length && i <= a.m.tokEnd + COLON_REACH; i++) {
      // "three names — Zeke, Prince or Duke —": a dash opens the list as a colon does.
      if (dt[i]?.text === ':' || dt[i]?.text === ',' || isDash(dt[i])) { colon = i; break; }
      if (LIST_ENDS.has(dt[i]?.text ?? '')) break;
      // "Gosden's two other fillies Enable and Coronet": names right after the counted noun,
      // not a name modifying it ("two former Ibrox players, …").
      // Nor a place or a name after a preposition ("three others in California and another …").
      // "the two regions of Donetsk and Luhansk": or names after the counted noun's "of".
      const afterNoun = i > a.m.tokEnd && dt[i - 1]?.type === 'word' && !isCapitalised(dt[i - 1]) && !isStopword(dt[i - 1]!.lower);
      const afterOf = dt[i - 1]?.lower === 'of' && dt[i - 2]?.end === a.frame.headEnd;
      if (isCapitalised(dt[i]) && (afterNoun || afterOf)) {
        let j = i;
        while (isCapitalised(dt[j + 1])) j++;
        if (dt[j + 1]?.lower === 'and' || dt[j + 1]?.text === ',') { colon = i - 1; break; }
      }
    }
    let items: Item[] = [];
    // Bare phrases may be listed only when one source sentence names every one of them.
    let bare = false;
    if (colon >= 0) {
      const list = listItems(dt, colon);
      items = list.items;
      // A list in apposition is of names or of determined phrases, and ends where an item is
      // neither: "two former players, Neil Alexander and Nacho Novo, and was visited by …" lists
      // two, "three objects, a pen, an apple and a pineapple, combined over …" three.
      // Or it is of bare phrases that an "and" closes at the count: "three charges, conspiracy
      // to murder, conspiracy to rape and robbery" lists three.
      if (dt[colon]?.text !== ':') {
        const end = items.findIndex((it) => !it.named && !it.determined);
        // The bare list stands right after the counted noun, not after a later phrase ("three
        // students logged behaviours including the pose, reaching, grappling and mating").
        // The noun may take an "of" phrase: "two kinds of sanction, warning orders and banning orders".
        const headAt = dt.findIndex((t) => t.end === a.frame.headEnd);
        const ofPhrase = headAt >= 0 && dt[headAt + 1]?.lower === 'of' && colon - headAt >= 3 && colon - headAt <= 4
          && dt.slice(headAt + 2, colon).every((t) => t.type === 'word' && !isStopword(t.lower));
        const afterNoun = colon > a.m.tokEnd && (dt[colon - 1]?.end === a.frame.headEnd || ofPhrase);
        if (end >= 0 && list.closed && items.length === n && afterNoun) bare = true;
        else if (end >= 0) items = items.slice(0, end);
      }
    }
    // "Mrs Smith, David and his sister, three people in all, fled": the list before the count.
    const sentenceStart = dt.findIndex((t) => t.start >= a.sentence.start);
    const after = dt.slice(a.m.tokEnd + 1, a.m.tokEnd + 4).map((t) => t.lower).join(' ');
    if (items.length !== n && dt[a.m.tokStart - 1]?.text === ',' && IN_ALL.test(after)) {
      const before = listBefore(dt, sentenceStart, a.m.tokStart - 1);
      if (before.length >= 2 && before.every((it) => it.named || it.determined)) items = before;
    }
    // "the default at Apple, Microsoft and Google, three of the biggest names in tech": names
    // closed by "and" just before a count that takes "of" in apposition.
    if (items.length !== n && dt[a.m.tokStart - 1]?.text === ',' && dt[a.m.tokEnd]?.lower === 'of') {
      const names = namesJustBefore(dt, a.m.tokStart - 1);
      if (names.length >= 2) items = names;
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
    // No one sentence names them all, but the story names each somewhere: the count is the
    // draft's own list's, worked out from the draft (each item is the story's, not a figure).
    const sourceWords = new Set(data.sources.flatMap((src) => src.analysis.tokens.filter((t) => t.type === 'word').map((t) => stem(t.lower))));
    if (!bare && groundedApart(items, sourceWords)) {
      return claimOf(draft, a, 'supported', `Derived: the draft's own list counts ${n}, and the story names each. Draft: '${short(draft.text.slice(a.m.start, a.m.end))}'.`, [], published);
    }
    return null;
  },
};
