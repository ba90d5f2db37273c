// Sentence boundaries by rule rather than by model: the engine splits every source once and every
// edited paragraph per keystroke, so this must be linear, allocation-light and identical in Node
// and in a Web Worker. Newlines always end a sentence because headlines and bullets carry no stop.

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

// Words after which a full stop does not end a sentence.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen',
  'rep', 'rev', 'hon', 'pres', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'no', 'nos', 'vs', 'etc', 'inc', 'ltd', 'co', 'corp', 'approx', 'est', 'fig', 'al',
  'mt', 'ft', 'vol', 'dept', 'univ', 'ave', 'rd', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'a.m', 'p.m', 'u.s.a',
]);

// Closed-class words that open sentences: after "U.S." one of these starts a new sentence, while
// another capitalised word ("Ambassador", "Open", "Virgin") continues the name.
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'it', 'its', 'he', 'she', 'they', 'we', 'i',
  'you', 'his', 'her', 'their', 'our', 'my', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for',
  'as', 'after', 'before', 'when', 'while', 'if', 'since', 'although', 'though', 'because', 'some',
  'many', 'most', 'all', 'no', 'one', 'two', 'three', 'officials', 'police', 'meanwhile', 'however',
  'still', 'now', 'then', 'last', 'earlier', 'later', 'what', 'why', 'how', 'who', 'mr', 'mrs', 'ms', 'dr',
]);

/** The word starting at `at`, lower-cased, without leading quotes or brackets. */
function firstWord(text: string, at: number): string {
  const m = /^["'“‘([]*([\p{L}]+)/u.exec(text.slice(at, at + 40));
  return (m?.[1] ?? '').toLowerCase();
}

/** Whether a word ending in a full stop is an abbreviation or an initial ("Gov.", "U.S.", "F."), not a sentence end. */
export function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[^\p{L}]+/u, '').replace(/\.$/, '').toLowerCase();
  return ABBREVIATIONS.has(bare) || /^\p{L}$/u.test(bare);
}

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00a0' || c === '\u2009' || c === '\u202f';
}

function wordBefore(text: string, dot: number): string {
  let i = dot;
  while (i > 0) {
    const c = text[i - 1] ?? '';
    if (!/[A-Za-z.]/.test(c)) break;
    i--;
  }
  return text.slice(i, dot).toLowerCase();
}

function isContinuation(text: string, nl: number): boolean {
  let p = nl - 1;
  while (p >= 0 && (text[p] === ' ' || text[p] === '\t' || text[p] === '\r')) p--;
  let q = nl + 1;
  while (q < text.length && (text[q] === ' ' || text[q] === '\t')) q++;
  const before = text[p] ?? '';
  const after = text[q] ?? '';
  return /[\p{L}\p{N},]/u.test(before) && /\p{Ll}/u.test(after);
}

/** Splits text into sentences; offsets index the original string, whitespace is trimmed off each span. */
export function splitSentences(text: string): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  if (typeof text !== 'string' || text.length === 0) return out;
  const n = text.length;
  let start = 0;
  const push = (s: number, e: number): void => {
    while (s < e && /\s/.test(text[s] ?? '')) s++;
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > s) out.push({ start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < n; i++) {
    const c = text[i];
    if (c === '\n' || c === '\r' || c === '\u2029' || c === '\u2028') {
      // A hard-wrapped line ("… killed three\npeople …") continues; a blank line, a heading
      // or a bullet does not.
      if (c === '\n' && isContinuation(text, i)) continue;
      push(start, i);
      start = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // Run of terminal punctuation and closing quotes.
    let j = i + 1;
    while (j < n && (text[j] === '.' || text[j] === '!' || text[j] === '?' || CLOSERS.has(text[j] ?? ''))) j++;
    if (j >= n) continue;
    if (!isSpace(text[j] ?? '')) {
      // Paragraphs pasted without their breaks run together: "… for longer.MSCI's index fell",
      // "… strategist.New Zealand's central bank". A full stop (or a closing quote after one)
      // glued to a capital that opens a word, after a word ending in three lower-case letters or
      // a figure ("fell 0.97%.\"It …"), ends the sentence; "U.S.A", "Node.js", "3.5" and
      // "bbc.co.uk" do not match.
      if (c === '.' && /^\p{Lu}[\p{L}'’]/u.test(text.slice(j, j + 2)) && /(?:(?:^|[^\p{L}.])\p{L}*\p{Ll}{3}|\d%?|%)$/u.test(text.slice(Math.max(0, i - 30), i)) && !ABBREVIATIONS.has(wordBefore(text, i))) {
        // A straight quote between the stop and the capital closes a quotation only when one is
        // open: "… fell 0.97%.\"It concerns …" opens the next sentence's.
        const quotes = (text.slice(start, i).match(/"/g) ?? []).length;
        const end = j === i + 2 && text[i + 1] === '"' && quotes % 2 === 0 ? i + 1 : j;
        push(start, end);
        start = end;
        i = end - 1;
      }
      continue;
    }
    let k = j;
    while (k < n && isSpace(text[k] ?? '')) k++;
    const next = text[k] ?? '';
    if (next === '\n' || next === '\r') continue; // the newline ends it anyway
    if (!/[\p{Lu}\p{N}"'“‘([]/u.test(next)) continue;
    if (c === '.') {
      const w = wordBefore(text, i);
      const bare = w.replace(/^\.+/, '');
      // A unit written onto its number ("slimming down to 12.5st.", "stands 6ft.") is no
      // abbreviation: "St." opens a name, "12.5st." ends a sentence.
      const unit = /\d/.test(text[i - w.length - 1] ?? '');
      if (ABBREVIATIONS.has(bare) && !unit) {
        // "Feb. 24" or "Dr. Smith" continue. A dotted name ("U.S.") ends a sentence before a quote
        // or a word that opens sentences ("in the U.S. The …", "… U.S. He …"); before any other
        // capital it is part of a name: "the U.S. Ambassador", "the U.S. Virgin Islands".
        const opensQuote = /["'“‘([]/u.test(next);
        if (!(bare.includes('.') && (opensQuote || (/\p{Lu}/u.test(next) && SENTENCE_OPENERS.has(firstWord(text, k)))))) continue;
      }
      // A title with a stop inside it: "the report, entitled Putin. War, is based on …". A title
      // word after "entitled", and a capitalised word then a comma after the stop, is one name
      // (unless that word opens sentences: "… called Heat. Then, it ended").
      if (/\b(?:entitled|titled|called)\s+\p{Lu}[\p{L}'’-]*$/u.test(text.slice(Math.max(start, i - 60), i)) && /^\p{Lu}[\p{L}'’-]*,/u.test(text.slice(k, k + 40)) && !SENTENCE_OPENERS.has(firstWord(text, k))) continue;
      if (/^[a-z]$/.test(bare) && /\p{Lu}/u.test(text[i - 1] ?? '')) continue; // initials: "John F. Kennedy"
      // Run-together initials before a name: "J.R.R. Tolkien", "J.K. Rowling" (known ones such as
      // "U.S." are in the list above and may still end a sentence).
      if (/^(?:[a-z]\.)+[a-z]$/.test(bare) && !ABBREVIATIONS.has(bare) && /\p{Lu}/u.test(next)) continue;
    }
    push(start, j);
    start = j;
    i = j - 1;
  }
  push(start, n);
  return out;
}
